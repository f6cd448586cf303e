"""CLI: replay import / sessions / info / delete on real recordings and real library files."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from replay.cli import cli
from replay.store.library import Library

REPLAY = Path(sys.executable).with_name("replay")
CONTRACT = ("id", "source", "format", "device", "events", "duration_ms")


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty_folder").mkdir()
    files = {
        "empty": folder / "empty.json",
        "truncated": folder / "truncated.rrweb.json",
        "shape": folder / "shape.json",
        "folder": folder / "empty_folder",
    }
    files["empty"].write_bytes(b"")
    files["truncated"].write_text(
        '[{"type": 4, "data": {"href": "x", "width": 10', encoding="utf-8"
    )
    files["shape"].write_text('{"hello": "สวัสดี"}', encoding="utf-8")
    return files


def test_import_lines_summary_and_reimport(
    db_path: Path, rrweb_dir: Path, balabit_files: list[Path]
) -> None:
    out = run("import", str(rrweb_dir), str(balabit_files[0]), "--db", str(db_path))
    assert out.exit_code == 0, out.output
    lines = out.stdout.splitlines()
    assert len(lines) == 14 + 1 + 1  # a line per session, then the summary
    assert lines[0].startswith("#1  rrweb  ")
    assert " events  " in lines[0]
    assert lines[0].endswith(str(rrweb_dir / "dev-calm-desktop-basket.rrweb.json"))
    assert lines[14].startswith("#15  mouselog  ")
    assert "15 new" in lines[-1]
    assert "0 file(s) refused" in lines[-1]
    # truth.csv and ABOUT.md in the folder are not sessions and are skipped silently
    assert "truth.csv" not in out.output
    # the Balabit file has 65535 coordinates: one warning line naming it
    warnings = [ln for ln in out.stderr.splitlines() if ln.startswith("warning:")]
    assert any(str(balabit_files[0]) in w and "dropped" in w for w in warnings), out.stderr
    again = run(
        "import", str(rrweb_dir / "dev-calm-desktop-basket.rrweb.json"), "--db", str(db_path)
    )
    assert again.exit_code == 0
    assert "(already in library as #1)" in again.stdout
    assert "0 new, 1 already in the library" in again.stdout
    with Library.open(db_path) as lib:
        assert lib.session_count() == 15


def test_import_json_lines(db_path: Path, rrweb_files: list[Path]) -> None:
    out = run("import", "--json", str(rrweb_files[0]), str(rrweb_files[1]), "--db", str(db_path))
    assert out.exit_code == 0, out.output
    objs = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(objs) == 2
    for obj, path in zip(objs, rrweb_files[:2], strict=True):
        assert set(CONTRACT) <= set(obj)
        assert obj["source"] == str(path)
        assert obj["format"] == "rrweb"
        assert obj["created"] is True
        assert obj["warnings"] == []
        assert obj["events"] > 0
    assert "imported 2 session(s)" in out.stderr  # the summary stays out of the JSON
    again = run("import", "--json", str(rrweb_files[0]), "--db", str(db_path))
    assert json.loads(again.stdout)["created"] is False


def test_refused_files_one_line_each_good_ones_still_import(
    db_path: Path, bad_files: dict[str, Path], rrweb_files: list[Path]
) -> None:
    args = [str(p) for p in bad_files.values()]
    out = run("import", *args, str(rrweb_files[2]), "--db", str(db_path))
    assert out.exit_code == 1
    assert "Traceback" not in out.output
    errors = [ln for ln in out.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 4, out.stderr
    for path in bad_files.values():
        assert sum(str(path) in e for e in errors) == 1, (path, errors)
    assert any("empty" in e and "byte 0" in e for e in errors)
    assert any("no sessions" in e for e in errors)
    assert "4 file(s) refused" in out.stdout
    with Library.open(db_path) as lib:
        assert [r.source for r in lib.sessions()] == [str(rrweb_files[2])]


def test_corrupt_library_one_line(db_path: Path, rrweb_files: list[Path]) -> None:
    db_path.write_bytes(b"\x00garbage" * 100)
    for args in (
        ["import", str(rrweb_files[0])],
        ["sessions"],
        ["info", "1"],
        ["delete", "1", "--yes"],
    ):
        out = run(*args, "--db", str(db_path))
        assert out.exit_code == 1, args
        assert out.stderr.startswith("error: "), out.stderr
        assert out.stderr.count("\n") == 1, out.stderr
        assert str(db_path) in out.stderr
    assert db_path.read_bytes() == b"\x00garbage" * 100


@pytest.fixture
def library(db_path: Path, rrweb_dir: Path, balabit_files: list[Path]) -> Path:
    out = run("import", str(rrweb_dir), *map(str, balabit_files[:2]), "--db", str(db_path))
    assert out.exit_code == 0, out.output
    return db_path


def test_sessions_table_and_json(library: Path) -> None:
    out = run("sessions", "--db", str(library))
    assert out.exit_code == 0
    header, *rows = out.stdout.splitlines()
    assert header.split() == ["id", "format", "device", "viewport", "started", "(UTC)", "duration",
                              "events", "score", "spikes", "tags", "source"]  # fmt: skip
    assert len(rows) == 16
    assert rows[0].split()[:4] == ["1", "rrweb", "desktop", "1920x1080"]
    data = json.loads(run("sessions", "--json", "--db", str(library)).stdout)
    assert [d["id"] for d in data] == list(range(1, 17))
    assert all(set(CONTRACT) <= set(d) for d in data)
    assert {d["format"] for d in data} == {"rrweb", "mouselog"}


@pytest.mark.parametrize(
    ("args", "check"),
    [
        (["--format", "mouselog"], lambda d: [x["format"] for x in d] == ["mouselog"] * 2),
        (["--device", "mobile"], lambda d: d and all(x["device"] == "mobile" for x in d)),
        (["--min-duration", "3600000"], lambda d: [x["format"] for x in d] == ["mouselog"] * 2),
        (["--max-duration", "45000"], lambda d: d and all(x["duration_ms"] <= 45000 for x in d)),
        (
            ["--sort", "events", "--desc"],
            lambda d: [x["events"] for x in d] == sorted((x["events"] for x in d), reverse=True),
        ),
        (
            ["--sort", "duration"],
            lambda d: [x["duration_ms"] for x in d] == sorted(x["duration_ms"] for x in d),
        ),
        (
            ["--search", "rotation"],
            lambda d: [x["source"].endswith("dev-rotation-phone.rrweb.json") for x in d] == [True],
        ),
    ],
)
def test_sessions_filters(library: Path, args: list[str], check: object) -> None:
    out = run("sessions", "--json", *args, "--db", str(library))
    assert out.exit_code == 0, out.output
    assert check(json.loads(out.stdout))  # type: ignore[operator]


def test_sessions_bad_sort_and_missing_library(tmp_path: Path) -> None:
    out = run("sessions", "--sort", "nope", "--db", str(tmp_path / "x.sqlite"))
    assert out.exit_code == 2
    assert "Traceback" not in out.output
    missing = run("sessions", "--json", "--db", str(tmp_path / "none.sqlite"))
    assert missing.exit_code == 0
    assert json.loads(missing.stdout) == []
    assert not (tmp_path / "none.sqlite").exists()


def test_info_text_and_json(library: Path) -> None:
    out = run("info", "15", "--db", str(library))
    assert out.exit_code == 0, out.output
    assert "format       mouselog" in out.stdout
    assert "mutations    absent" in out.stdout  # a mouse log cannot record the DOM
    assert "import report: dropped" in out.stdout
    obj = json.loads(run("info", "15", "--json", "--db", str(library)).stdout)
    assert set(CONTRACT) <= set(obj)
    assert obj["channels"]["pointer"] == obj["counts"]["pointer"] > 10_000
    assert "mutations" in obj["absent_channels"]
    assert len(obj["content_hash"]) == 64
    assert obj["report"]["dropped"]
    missing = run("info", "99", "--db", str(library))
    assert missing.exit_code == 1
    assert missing.stderr.startswith("error: ")
    assert "#99" in missing.stderr


def test_delete_asks_and_cascades(library: Path) -> None:
    con = sqlite3.connect(library)
    with con:
        con.execute(
            "INSERT INTO tags (session_id, start_ms, category, created_at, updated_at)"
            " VALUES (3, 0, 'other', 'now', 'now')"
        )
    con.close()
    no = run("delete", "3", "--db", str(library), input="n\n")
    assert no.exit_code == 1
    assert "1 tag(s)" in no.output
    with Library.open(library) as lib:
        assert lib.session_row(3).tag_count == 1
    yes = run("delete", "3", "--db", str(library), input="y\n")
    assert yes.exit_code == 0, yes.output
    assert "deleted session #3" in yes.stdout
    forced = run("delete", "4", "--yes", "--db", str(library))
    assert forced.exit_code == 0
    with Library.open(library) as lib:
        assert [r.id for r in lib.sessions()][:4] == [1, 2, 5, 6]
    con = sqlite3.connect(library)
    assert con.execute("SELECT count(*) FROM tags").fetchone()[0] == 0
    con.close()
    again = run("delete", "3", "--yes", "--db", str(library))
    assert again.exit_code == 1
    assert "Traceback" not in again.output


def test_default_library_from_env(
    tmp_path: Path, rrweb_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "env" / "lib.sqlite"
    monkeypatch.setenv("REPLAY_DB", str(db))
    assert run("import", str(rrweb_files[0])).exit_code == 0
    assert json.loads(run("sessions", "--json").stdout)[0]["source"] == str(rrweb_files[0])


def _replay(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "REPLAY_DB"}
    return subprocess.run(
        [str(REPLAY), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=300,
        check=False,
    )


def test_real_process(
    tmp_path: Path, rrweb_dir: Path, balabit_dir: Path, bad_files: dict[str, Path]
) -> None:
    """The installed ``replay`` script, as a user runs it: globs, folders, bad input, corrupt db."""
    assert REPLAY.exists(), REPLAY
    db = tmp_path / "real.sqlite"
    ok = _replay(
        "import", str(rrweb_dir / "dev-rage-*.rrweb.json"), str(balabit_dir / "user7"), "--json",
        "--db", str(db), cwd=tmp_path,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    objs = [json.loads(line) for line in ok.stdout.splitlines()]
    assert [o["format"] for o in objs][:1] == ["rrweb"]
    assert {o["format"] for o in objs[1:]} == {"mouselog"}
    assert all(set(CONTRACT) <= set(o) for o in objs)
    assert "Traceback" not in ok.stderr
    bad = _replay("import", *map(str, bad_files.values()), "--db", str(db), cwd=tmp_path)
    assert bad.returncode == 1
    assert "Traceback" not in bad.stdout + bad.stderr
    assert len([ln for ln in bad.stderr.splitlines() if ln.startswith("error:")]) == 4
    listed = _replay(
        "sessions", "--json", "--sort", "events", "--desc", "--db", str(db), cwd=tmp_path
    )
    assert listed.returncode == 0
    assert len(json.loads(listed.stdout)) == len(objs)
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    for args in (["sessions"], ["import", str(rrweb_dir / "dev-rotation-phone.rrweb.json")]):
        out = _replay(*args, "--db", str(corrupt), cwd=tmp_path)
        assert out.returncode == 1
        assert "Traceback" not in out.stdout + out.stderr
        assert out.stderr.startswith(f"error: {corrupt}")
