"""CLI: replay detect / signals / evaluate on a real library file with real recordings."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from replay.cli import cli
from replay.importers import import_file
from replay.store.library import Library

FILES = ("dev-rage-desktop-wide.rrweb.json", "dev-calm-desktop-basket.rrweb.json")


@pytest.fixture
def library(db_path: Path, rrweb_dir: Path) -> Path:
    with Library.open(db_path) as lib:
        for name in FILES:
            lib.add_session(import_file(rrweb_dir / name))
    return db_path


def test_detect_then_noop_then_force(library: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(cli, ["detect", "--db", str(library)])
    assert first.exit_code == 0, first.output
    assert "detected 2 session(s)" in first.output
    again = runner.invoke(cli, ["detect", "--db", str(library)])
    assert "up to date" in again.output
    assert "detected 0 session(s)" in again.output
    forced = runner.invoke(cli, ["detect", "--db", str(library), "--force", "1"])
    assert "detected 1 session(s)" in forced.output


def test_signals_json_contract(library: Path) -> None:
    out = CliRunner().invoke(
        cli, ["signals", "dev-rage-desktop-wide.rrweb.json", "--db", str(library), "--json"]
    )
    assert out.exit_code == 0, out.output
    hits = json.loads(out.output)
    rage = [h for h in hits if h["signal"] == "rage_click"]
    assert len(rage) == 2
    for key in ("signal", "start_ms", "end_ms", "strength", "reason", "evidence"):
        assert key in rage[0]
    assert rage[0]["start_ms"] == 16088
    assert rage[0]["end_ms"] == 16802


def test_config_change_reruns(library: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    runner.invoke(cli, ["detect", "--db", str(library)])
    cfg = tmp_path / "t.toml"
    cfg.write_text("[rage_click]\nmin_clicks = 5\n", encoding="utf-8")
    out = runner.invoke(cli, ["detect", "--db", str(library), "--config", str(cfg)])
    assert "detected 2 session(s)" in out.output
    bad = tmp_path / "bad.toml"
    bad.write_text("[rage_click]\nmin_clicks = 'x'\n", encoding="utf-8")
    err = runner.invoke(cli, ["detect", "--db", str(library), "--config", str(bad)])
    assert err.exit_code == 1
    assert "bad.toml" in err.output
    assert "Traceback" not in err.output


def test_unknown_session_is_one_line(library: Path) -> None:
    out = CliRunner().invoke(cli, ["signals", "nope.json", "--db", str(library)])
    assert out.exit_code == 1
    assert "no session" in out.output


def test_evaluate_with_import(db_path: Path, rrweb_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "rec"
    folder.mkdir()
    for p in rrweb_dir.iterdir():
        shutil.copy(p, folder / p.name)
    out = CliRunner().invoke(
        cli,
        [
            "evaluate",
            "--truth",
            str(folder / "truth.csv"),
            "--import",
            str(folder),
            "--db",
            str(db_path),
            "--json",
        ],
    )
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["false_spikes"] == []
    assert len(data["calm_sessions"]) == 4
    for row in data["signals"]:
        assert row["precision"] >= 0.9, row
        assert row["recall"] >= 0.9, row


def test_end_to_end_as_a_user_runs_it(tmp_path: Path, rrweb_dir: Path) -> None:
    """import -> detect -> sessions -> signals -> evaluate, each a real `replay` process."""
    db = tmp_path / "lib.sqlite"
    env = dict(os.environ)
    env.pop("REPLAY_DB", None)
    env.pop("REPLAY_CONFIG", None)
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # no user thresholds.toml
    env["REPLAY_SETTINGS_DIR"] = str(tmp_path / "settings")

    def replay(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "replay", *args, "--db", str(db)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=300,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Traceback" not in done.stderr
        return done.stdout

    assert "14 new" in replay("import", str(rrweb_dir))
    assert "detected 14 session(s)" in replay("detect")
    rows = json.loads(replay("sessions", "--json", "--sort", "score", "--desc"))
    assert rows[0]["source_name"] == "dev-rage-desktop-wide.rrweb.json"
    assert rows[0]["score"] > 0
    assert rows[0]["spikes"] == 2
    calm = [r for r in rows if r["source_name"].startswith("dev-calm-")]
    assert len(calm) == 4
    assert all(r["score"] == 0 and r["spikes"] == 0 for r in calm)
    hits = json.loads(replay("signals", str(rows[0]["id"]), "--json"))
    assert [(h["signal"], h["start_ms"], h["end_ms"]) for h in hits] == [
        ("rage_click", 16088, 16802),
        ("rage_click", 37059, 39496),
    ]
    report = replay("evaluate", "--truth", str(rrweb_dir / "truth.csv"))
    lines = {line.split()[0]: line.split() for line in report.splitlines() if line}
    for signal in ("rage_click", "dead_click", "erratic_cursor", "scroll_thrash", "quick_back"):
        assert lines[signal][4:7] == ["1.00", "1.00", "1.00"], report
    assert "false detections on 4 calm session(s) (no truth rows): 0" in report
    assert "false spikes on 4 calm session(s): 0" in report


def test_evaluate_part_and_anchors_on_the_wide_corpus(db_path: Path) -> None:
    wide = Path(__file__).resolve().parent / "data" / "rrweb-wide"
    args = ["evaluate", "--truth", str(wide / "truth.csv"), "--import", str(wide)]
    out = CliRunner().invoke(
        cli, [*args, "--db", str(db_path), "--part", "tuning", "--anchors", "--json"]
    )
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert len(data["calm_sessions"]) == 3
    assert data["calm_detections"] == []
    assert sum(row["truth"] for row in data["signals"]) == 18  # the tuning part only
    anchors = {row["signal"]: row for row in data["anchors"]["signals"]}
    assert set(anchors) == {"rage_click", "dead_click", "erratic_cursor"}
    assert anchors["dead_click"]["precision"] < 0.5  # OpenReplay's rule flags reading clicks
    assert data["anchors"]["calm_detections"]
    text = CliRunner().invoke(
        cli,
        [
            "evaluate",
            "--truth",
            str(wide / "truth.csv"),
            "--db",
            str(db_path),
            "--part",
            "heldout",
            "--anchors",
        ],
    )
    assert text.exit_code == 0, text.output
    assert "anchor rules on the same recordings" in text.output
    assert "false detections on 3 calm session(s)" in text.output
    bad = CliRunner().invoke(
        cli,
        ["evaluate", "--truth", str(wide / "truth.csv"), "--db", str(db_path), "--part", "nope"],
    )
    assert bad.exit_code == 1
    assert "no recording in part 'nope' (parts: heldout, tuning)" in bad.output


@pytest.mark.parametrize("name", ["²", "9" * 5000])
def test_a_session_named_by_digits_int_refuses(library: Path, name: str) -> None:
    """``str.isdigit`` takes superscripts and any length; the answer is "no session", one line."""
    out = CliRunner().invoke(cli, ["signals", name, "--db", str(library)])
    assert out.exit_code == 1, out.output
    assert out.exception is None or isinstance(out.exception, SystemExit), out.exception
    assert "no session" in out.output


@pytest.mark.parametrize(
    ("start", "end", "needle"),
    [
        ("1e400", "2000", "must be numbers of ms from 0 to 2147483647"),
        ("nan", "2000", "must be numbers of ms"),
        ("-5", "2000", "must be numbers of ms"),
        ("1000", "3e12", "must be numbers of ms"),
        ("5000", "4000", "end_ms 4000 is before start_ms 5000"),
    ],
)
def test_evaluate_refuses_a_truth_row_out_of_range_naming_file_and_line(
    library: Path, tmp_path: Path, start: str, end: str, needle: str
) -> None:
    truth = tmp_path / "truth.csv"
    truth.write_text(
        "recording,signal,start_ms,end_ms,notes\n"
        "dev-rage-desktop-wide,rage_click,1000,2000,fine\n"
        f"dev-rage-desktop-wide,rage_click,{start},{end},hostile\n",
        encoding="utf-8",
    )
    out = CliRunner().invoke(cli, ["evaluate", "--truth", str(truth), "--db", str(library)])
    assert out.exit_code == 1, out.output
    assert out.exception is None or isinstance(out.exception, SystemExit), out.exception
    assert f"{truth}: line 3: " in out.output
    assert needle in out.output
    assert len(out.output.strip().splitlines()) == 1
