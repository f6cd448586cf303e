"""Team review through the CLI on real library files and real recordings (issue 16).

Two reviewers each code in their own library file, merge, measure agreement, settle the
disagreements in a consensus pass and calibrate the detectors on the consensus.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import sqlite3
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from replay.cli import cli
from replay.signals import load_config
from replay.store.library import Library
from replay.team import merge as merge_module

DEAD = "dev-dead-clicks-laptop.rrweb.json"
FORM = "dev-form-reentry-wide.rrweb.json"
ERRATIC = "dev-erratic-cursor-wide.rrweb.json"


def run(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, input=input, catch_exceptions=False)


def ok(*args: str, **kw: object) -> Result:
    res = run(*args, **kw)  # type: ignore[arg-type]
    assert res.exit_code == 0, res.output
    return res


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def session_by_name(db: Path, name: str) -> int:
    rows = json.loads(ok("sessions", "--json", "--db", str(db)).stdout)
    return next(r["id"] for r in rows if r["source_name"] == name)


@pytest.fixture
def two_libraries(tmp_path: Path, rrweb_dir: Path) -> tuple[Path, Path]:
    """alice.sqlite (3 sessions, alice's tags) and bob.sqlite (2 of them, other order, bob's)."""
    a, b = tmp_path / "alice.sqlite", tmp_path / "bob.sqlite"
    ok("import", "--db", str(a), *(str(rrweb_dir / n) for n in (DEAD, ERRATIC, FORM)))
    ok("import", "--db", str(b), *(str(rrweb_dir / n) for n in (FORM, DEAD)))
    da, db_ = session_by_name(a, DEAD), session_by_name(b, DEAD)
    fa = session_by_name(a, FORM)
    for args in (
        (str(da), "--at", "3000", "--category", "broken_link_or_button"),
        (str(da), "--at", "9000", "--end", "12000", "--category", "slow_response"),
        (str(fa), "--at", "5000", "--category", "form_problem", "--note", "ล้างช่อง"),
    ):
        ok("--reviewer", "alice", "tag", "add", *args, "--db", str(a))
    for args in (
        (str(db_), "--at", "3400", "--category", "broken_link_or_button"),
        (str(db_), "--at", "11000", "--end", "13000", "--category", "confusing_layout"),
        (str(db_), "--at", "20000", "--category", "other", "--note", "=HYPERLINK(1)"),
    ):
        ok("tag", "add", *args, "--db", str(b), env={"REPLAY_REVIEWER": "bob"})
    ok("--reviewer", "bob", "done", str(db_), "--db", str(b))
    return a, b


def test_merge_round_trip_is_idempotent_and_keeps_reviewers_apart(
    two_libraries: tuple[Path, Path],
) -> None:
    a, b = two_libraries
    first = json.loads(ok("merge", str(b), "--db", str(a), "--json").stdout)
    assert first["sessions_added"] == 0
    assert first["sessions_matched"] == 2
    assert first["tags_added"] == 3
    assert first["done_marks_added"] == 1
    assert first["conflicts"] == []
    again = json.loads(ok("merge", str(b), "--db", str(a), "--json").stdout)
    assert again["tags_added"] == 0
    assert again["tags_unchanged"] == 3
    assert again["sessions_added"] == 0
    assert again["done_marks_added"] == 0
    # and the other way: bob's file gains the session only alice had, and alice's tags
    back = json.loads(ok("merge", str(a), "--db", str(b), "--json").stdout)
    assert back["sessions_added"] == 1
    assert back["tags_added"] == 3
    assert back["tags_unchanged"] == 3
    tags_a = json.loads(ok("tag", "list", "--json", "--db", str(a)).stdout)
    tags_b = json.loads(ok("tag", "list", "--json", "--db", str(b)).stdout)
    assert sorted(t["reviewer"] for t in tags_a) == ["alice"] * 3 + ["bob"] * 3
    key = lambda t: (t["uid"], t["category"], t["start_ms"], t["note"], t["reviewer"])  # noqa: E731
    assert sorted(map(key, tags_a)) == sorted(map(key, tags_b))
    # the merged session's recording came along whole
    info = json.loads(
        ok("info", str(session_by_name(b, ERRATIC)), "--json", "--db", str(b)).stdout
    )
    assert info["channels"]["pointer"] > 0
    # history travelled with the tags, but is not undoable in the other file
    sid = session_by_name(a, DEAD)
    history = json.loads(ok("tag", "history", str(sid), "--json", "--db", str(a)).stdout)
    assert {h["reviewer"] for h in history} == {"alice", "bob"}
    assert (
        json.loads(ok("tag", "undo", "--json", "--db", str(a)).stdout)["after"]["reviewer"]
        == "alice"
    )


def test_merge_brings_later_edits_and_reports_conflicts(two_libraries: tuple[Path, Path]) -> None:
    a, b = two_libraries
    ok("merge", str(b), "--db", str(a))
    bob_tags = json.loads(ok("tag", "list", "--reviewer", "bob", "--json", "--db", str(b)).stdout)
    first, second = bob_tags[0], bob_tags[1]
    # bob edits one tag after the merge: the next merge brings the edit (fast-forward)
    ok("tag", "edit", str(first["id"]), "--severity", "4", "--db", str(b))
    res = json.loads(ok("merge", str(b), "--db", str(a), "--json").stdout)
    assert res["tags_updated"] == 1
    assert res["conflicts"] == []
    in_a = {t["uid"]: t for t in json.loads(ok("tag", "list", "--json", "--db", str(a)).stdout)}
    assert in_a[first["uid"]]["severity"] == 4
    # both files edit the same tag differently: a conflict, this file's version kept
    ok("tag", "edit", str(second["id"]), "--category", "other", "--db", str(b))
    ok(
        "tag",
        "edit",
        str(in_a[second["uid"]]["id"]),
        "--category",
        "slow_response",
        "--db",
        str(a),
    )
    res = run("merge", str(b), "--db", str(a))
    assert res.exit_code == 0
    assert "1 conflict(s)" in res.output
    assert "was edited in both files" in res.output
    in_a = {t["uid"]: t for t in json.loads(ok("tag", "list", "--json", "--db", str(a)).stdout)}
    assert in_a[second["uid"]]["category"] == "slow_response"


def test_merge_is_all_or_nothing(
    two_libraries: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, rrweb_dir: Path
) -> None:
    a, b = two_libraries
    ok("merge", str(a), "--db", str(b))  # b now holds 3 sessions and 6 tags
    target = a.parent / "fresh.sqlite"
    ok("import", "--db", str(target), str(rrweb_dir / DEAD))
    before = json.loads(ok("sessions", "--json", "--db", str(target)).stdout)
    calls = {"n": 0}
    real = merge_module._merge_tag

    def failing(*args: object, **kw: object) -> None:
        calls["n"] += 1
        if calls["n"] == 4:
            raise sqlite3.OperationalError("disk is full")
        real(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(merge_module, "_merge_tag", failing)
    res = run("merge", str(b), "--db", str(target))
    assert res.exit_code == 1
    assert res.output.count("\n") == 1
    assert "disk is full" in res.output
    monkeypatch.undo()
    assert json.loads(ok("sessions", "--json", "--db", str(target)).stdout) == before
    assert json.loads(ok("tag", "list", "--json", "--db", str(target)).stdout) == []


def test_merge_refuses_foreign_newer_and_itself(
    two_libraries: tuple[Path, Path], tmp_path: Path
) -> None:
    a, _b = two_libraries
    foreign = tmp_path / "notes.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    text = tmp_path / "library.txt"
    text.write_text("not a library", encoding="utf-8")
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(a.read_bytes())
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)  # opening it to read would block: it must be refused before that
    before = sha(a)
    for other, words in (
        (foreign, "not a replay library"),
        (text, "not a replay library"),
        (newer, "newer replay"),
        (a, "this library itself"),
        (tmp_path / "missing.sqlite", "no such library file"),
        (fifo, "not a regular file"),
    ):
        snapshot = sha(other) if other.is_file() else None
        res = run("merge", str(other), "--db", str(a))
        assert res.exit_code == 1, (other, res.output)
        assert res.output.startswith("error: ")
        assert res.output.count("\n") == 1
        assert words in res.output, res.output
        if snapshot is not None:
            assert sha(other) == snapshot  # left byte-for-byte unchanged
    assert sha(a) == before


def test_blind_mode_hides_other_reviewers_in_every_cli_output(
    two_libraries: tuple[Path, Path], tmp_path: Path
) -> None:
    a, b = two_libraries
    ok("merge", str(b), "--db", str(a))
    ok("detect", "--db", str(a))
    dead = str(session_by_name(a, DEAD))
    ok("blind", "on", "--spikes", "--db", str(a))
    assert json.loads(ok("blind", "--json", "--db", str(a)).stdout) == {
        "blind": True,
        "hide_spikes": True,
    }
    as_alice = ("--reviewer", "alice")
    # tag list: alice sees her own tags only, and is told that some are hidden
    res = run(*as_alice, "tag", "list", "--json", "--db", str(a))
    assert {t["reviewer"] for t in json.loads(res.stdout)} == {"alice"}
    assert "3 tag(s) of other reviewers hidden" in res.output
    # the env var works as well as --reviewer: bob marked the dead-click session done in his
    # file (the mark came with the merge), so he sees alice's tags there, not elsewhere
    res = run("tag", "list", "--json", "--db", str(a), env={"REPLAY_REVIEWER": "bob"})
    seen = json.loads(res.stdout)
    assert {t["session_id"] for t in seen if t["reviewer"] == "alice"} == {int(dead)}
    assert len(seen) == 5
    assert "1 tag(s) of other reviewers hidden" in res.output
    # sessions and info: tag counts of visible tags, no score or spikes
    rows = {
        r["id"]: r for r in json.loads(ok(*as_alice, "sessions", "--json", "--db", str(a)).stdout)
    }
    assert rows[int(dead)]["tags"] == 2
    assert rows[int(dead)]["score"] is None
    assert rows[int(dead)]["spikes"] is None
    info = json.loads(ok(*as_alice, "info", dead, "--json", "--db", str(a)).stdout)
    assert info["tags"] == 2
    assert info["score"] is None
    text = ok(*as_alice, "info", dead, "--db", str(a)).output
    assert "tags         2" in text
    # export: alice's rows only, no spikes
    out = tmp_path / "alice.csv"
    ok(*as_alice, "export", "--out", str(out), "--include-spikes", "--db", str(a))
    rows_csv = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert {r["reviewer"] for r in rows_csv} == {"alice"}
    assert all(r["kind"] != "spike" for r in rows_csv)
    # signals: refused with one line while the spikes are hidden
    res = run(*as_alice, "signals", dead, "--db", str(a))
    assert res.exit_code == 1
    assert "blind mode hides" in res.output
    # once alice marks the session done, everything of it shows
    ok(*as_alice, "done", dead, "--db", str(a))
    tags = json.loads(ok(*as_alice, "tag", "list", dead, "--json", "--db", str(a)).stdout)
    assert {t["reviewer"] for t in tags} == {"alice", "bob"}
    info = json.loads(ok(*as_alice, "info", dead, "--json", "--db", str(a)).stdout)
    assert info["tags"] == 5
    assert info["score"] is not None
    assert "config " in ok(*as_alice, "signals", dead, "--db", str(a)).output
    # other sessions stay blind; blind off shows all
    form_tags = json.loads(ok("--reviewer", "bob", "tag", "list", "--json", "--db", str(a)).stdout)
    assert all(t["reviewer"] == "bob" or t["session_id"] == int(dead) for t in form_tags)
    ok("blind", "off", "--db", str(a))
    assert len(json.loads(ok(*as_alice, "tag", "list", "--json", "--db", str(a)).stdout)) == 6


def test_agreement_cli_json_and_formula_safe_csv(
    two_libraries: tuple[Path, Path], tmp_path: Path
) -> None:
    a, b = two_libraries
    ok("merge", str(b), "--db", str(a))
    data = json.loads(ok("agreement", "--json", "--db", str(a)).stdout)
    assert data["reviewers"] == ["alice", "bob"]
    pair = data["tags"]["pairs"][0]
    # units on the shared session: (broken, broken), (slow, confusing), (none, other);
    # alice's form_problem is in a session bob did not review: missing, not counted.
    assert pair["n"] == 3
    assert pair["observed_agreement"] == pytest.approx(1 / 3)
    # p_e: alice broken 1/3, slow 1/3, none 1/3; bob broken 1/3, confusing 1/3, other 1/3
    # -> p_e = 1/9 -> kappa = (1/3 - 1/9) / (8/9) = 0.25
    assert pair["cohen_kappa"] == pytest.approx(0.25)
    assert len(data["disagreements"]) == 2
    only = json.loads(
        ok("agreement", "--reviewers", "alice,bob", "--tolerance-ms", "100", "--json",
           "--session", str(session_by_name(a, DEAD)), "--db", str(a)).stdout
    )  # fmt: skip
    assert only["tolerance_ms"] == 100
    assert only["sessions"] == [session_by_name(a, DEAD)]
    # 3400 vs 3000 is 400 ms apart: with 100 ms they no longer match
    assert only["tags"]["pairs"][0]["n"] == 4
    out = tmp_path / "agreement.csv"
    ok("agreement", "--out", str(out), "--db", str(a))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["scope", "session_id", "measure", "reviewers", "category", "value", "n"]
    kappa = next(r for r in rows if r[0] == "tags" and r[2] == "cohen_kappa" and not r[4])
    assert float(kappa[5]) == pytest.approx(0.25)
    # a reviewer named like a formula is neutralised
    ok(
        "--reviewer",
        "=cmd",
        "tag",
        "add",
        "1",
        "--at",
        "100",
        "--category",
        "other",
        "--db",
        str(a),
    )
    ok("agreement", "--out", str(out), "--db", str(a))
    text = out.read_text(encoding="utf-8-sig")
    assert "'=cmd" in text
    assert ",=cmd" not in text


def test_consensus_pass_stdin_and_file_then_calibration(
    two_libraries: tuple[Path, Path], tmp_path: Path
) -> None:
    a, b = two_libraries
    ok("merge", str(b), "--db", str(a))
    pending = json.loads(
        ok("consensus", "--reviewer", "lead", "--list", "--json", "--db", str(a)).stdout
    )
    assert len(pending) == 2
    # interactive answers on stdin: take alice's tag for the first, skip the second
    res = ok("consensus", "--reviewer", "lead", "--db", str(a), input="1\ns\n")
    assert "disagreement 1 of 2" in res.output
    assert "1 decision(s) recorded, 1 left" in res.output
    # digits int() refuses (a superscript, thousands of digits) are not tag numbers
    for answer in ("²", "9" * 5000):  # catch_exceptions=False: a ValueError fails here
        res = run("consensus", "--reviewer", "lead", "--db", str(a), input=f"{answer}\n")
        assert res.exit_code == 1, res.output
        assert f"error: unknown category {answer!r}" in res.output
    # input that ends early stops the pass cleanly (no "Aborted!", exit 0)
    res = ok("consensus", "--reviewer", "lead", "--db", str(a), input="")
    assert "0 decision(s) recorded, 1 left" in res.output
    # the rest from a decisions file: no problem
    left = json.loads(
        ok("consensus", "--reviewer", "lead", "--list", "--json", "--db", str(a)).stdout
    )
    assert len(left) == 1
    deep = tmp_path / "deep.json"  # Python's json recurses: a RecursionError traceback
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    res = run("consensus", "--reviewer", "lead", "--decisions", str(deep), "--db", str(a))
    assert res.exit_code == 1, res.output
    assert f"error: {deep}: not valid JSON: nested too deeply" in res.output
    for name, value in (("category", [1]), ("note", {"a": 1}), ("from", 5), ("decision", 5)):
        wrong = tmp_path / f"wrong-{name}.json"
        wrong.write_text(json.dumps([{"key": left[0]["key"], "decision": "tag", name: value}]))
        res = run("consensus", "--reviewer", "lead", "--decisions", str(wrong), "--db", str(a))
        assert res.exit_code == 1, res.output
        assert f"error: {wrong}: decision 1: {name} must be text" in res.output
    decisions = tmp_path / "decisions.json"  # with a BOM, as Windows editors save it
    decisions.write_text(
        json.dumps([{"key": left[0]["key"], "decision": "no_problem"}]), encoding="utf-8-sig"
    )
    got = json.loads(
        ok("consensus", "--reviewer", "lead", "--decisions", str(decisions), "--json",
           "--db", str(a)).stdout
    )  # fmt: skip
    assert [d["decision"] for d in got] == ["no_problem"]
    assert got[0]["lead"] == "lead"
    assert "no disagreements left" in ok("consensus", "--reviewer", "lead", "--db", str(a)).output
    # the consensus tag is kept apart: origin consensus, export kind consensus,
    # agreement unchanged by it
    tags = json.loads(ok("tag", "list", "--json", "--db", str(a)).stdout)
    cons = [t for t in tags if t["origin"] == "consensus"]
    assert len(cons) == 1
    assert cons[0]["reviewer"] == "lead"
    assert cons[0]["category"] == "slow_response"
    data = json.loads(ok("agreement", "--json", "--db", str(a)).stdout)
    assert data["reviewers"] == ["alice", "bob"]
    assert data["tags"]["pairs"][0]["n"] == 3
    out = tmp_path / "export.csv"
    ok("export", "--out", str(out), "--db", str(a))
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["kind"] for r in rows if r["reviewer"] == "lead"] == ["consensus"]
    # consensus truth for calibration: the agreed place (both tagged broken_link_or_button
    # at 3.0 and 3.4 s) plus the lead's consensus tag; the "no problem" place is not truth
    cal = json.loads(ok("calibrate", "--json", "--db", str(a)).stdout)
    assert cal["truth"] == "consensus"
    assert cal["truth_tags"] == 2
    assert cal["sessions"] == [session_by_name(a, DEAD)]
    # a bad decisions file: one line, exit 1
    decisions.write_text("{not json")
    res = run("consensus", "--reviewer", "lead", "--decisions", str(decisions), "--db", str(a))
    assert res.exit_code == 1
    assert res.output.startswith("error: ")


def test_calibrate_on_consensus_applies_the_best_f1(tmp_path: Path, rrweb_dir: Path) -> None:
    db = tmp_path / "lib.sqlite"
    ok("import", "--db", str(db), str(rrweb_dir / DEAD))
    ok("detect", "--db", str(db))
    hits = json.loads(ok("signals", "1", "--json", "--db", str(db)).stdout)
    dead = [h for h in hits if h["signal"] == "dead_click"]
    assert dead, "the dead-click recording must give dead clicks"
    # the lead confirms the first dead click as a problem; the others are false alarms
    h = dead[0]
    ok("--reviewer", "lead", "tag", "add", "1", "--at", str(h["start_ms"]), "--category",
       "broken_link_or_button", "--db", str(db))  # fmt: skip
    ok("--reviewer", "lead", "done", "1", "--db", str(db))
    config = tmp_path / "thresholds.toml"
    config.write_text("[rage_click]\nmin_clicks = 3\n", encoding="utf-8")
    out = tmp_path / "report.csv"
    data = json.loads(
        ok("calibrate", "--truth", "lead", "--out", str(out), "--json", "--apply",
           "--apply-to", str(config), "--db", str(db)).stdout
    )  # fmt: skip
    assert data["truth"] == "lead"
    assert data["truth_tags"] == 1
    assert data["sessions"] == [1]
    curve = next(d for d in data["detectors"] if d["signal"] == "dead_click")
    assert curve["setting"] == "dead_click.mutation_ms"
    assert curve["current"] == 2500
    points = curve["points"]
    assert all(p["truth"] == 1 for p in points)
    for p in points:  # precision = matched / hits, recall = matched / truth
        if p["detected"]:
            assert p["precision"] == pytest.approx(p["matched_hits"] / p["detected"])
        assert p["recall"] == pytest.approx(p["matched_truth"] / 1)
    best = max(p["f1"] for p in points)
    assert best > 0
    assert next(p for p in points if p["value"] == curve["suggested"])["f1"] == pytest.approx(best)
    # applied: the file keeps its other keys and loads as a valid config
    written = tomllib.loads(config.read_text(encoding="utf-8"))
    assert written["rage_click"]["min_clicks"] == 3
    if curve["suggested"] != 2500:
        assert written["dead_click"]["mutation_ms"] == curve["suggested"]
    assert data["applied_config_hash"] == load_config(config).config_hash
    # recorded with the results in the library
    with Library.open(db) as lib:
        row = lib.db.execute(
            "SELECT truth, config_hash, applied_config_hash, results_json FROM calibration_runs"
        ).fetchone()
    assert row[0] == "lead"
    assert row[2] == data["applied_config_hash"]
    assert json.loads(row[3])[1]["signal"] == "dead_click"
    # the CSV has every point
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == sum(len(d["points"]) for d in data["detectors"])
    # a reviewer who never reviewed anything: one line, exit 1
    res = run("calibrate", "--truth", "nobody", "--db", str(db))
    assert res.exit_code == 1
    assert "nobody" in res.output


def test_calibration_judges_dead_clicks_on_the_stored_page(
    tmp_path: Path, rrweb_dir: Path
) -> None:
    """The dead-click sweep runs on the session with its stored page, as `replay detect`."""
    from replay.signals import dead_click
    from replay.team.calibrate import Sweep, calibrate

    db = tmp_path / "lib.sqlite"
    ok("import", "--db", str(db), str(rrweb_dir / DEAD))
    sid = session_by_name(db, DEAD)
    ok("--reviewer", "ann", "done", str(sid), "--db", str(db))
    judged: list[object] = []

    def watched(session: object, cfg: object, prep: object = None) -> object:
        out = dead_click.detect(session, cfg, prep=prep)  # type: ignore[arg-type]
        judged.extend(h.evidence.get("judged_by") for h in out.hits)
        return out

    sweep = Sweep("dead_click", "dead_click", "mutation_ms", (2500,), watched)  # type: ignore[arg-type]
    with Library.open(db) as lib:
        calibrate(lib, load_config(), truth="ann", sweeps=[sweep])
    assert judged
    assert set(judged) == {"page"}
