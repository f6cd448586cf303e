"""`replay tag`, `replay codebook` and `replay export` through click and a real subprocess."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from replay.cli import cli
from replay.importers import import_file
from replay.store.library import Library

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def db_path(library_target: Any) -> Any:
    """Every test here that uses ``db_path`` runs on SQLite and on PostgreSQL."""
    return library_target


@pytest.fixture
def library_file(db_path: Path, rrweb_dir: Path) -> Path:
    """A real library file with one real rrweb recording imported (session id returned as 1)."""
    library = Library.open(db_path)
    try:
        library.add_session(import_file(rrweb_dir / "dev-rage-desktop-wide.rrweb.json"))
    finally:
        library.close()
    return db_path


@pytest.fixture(scope="module")
def refusing_library(module_library_target: Any, rrweb_dir: Path) -> Any:
    """As ``library_file``, built once per backend for the tests of refused commands.

    A refused command writes nothing, so the cases share one library (they used to
    import the recording into a new library each, on both backends).
    """
    with Library.open(module_library_target) as library:
        library.add_session(import_file(rrweb_dir / "dev-rage-desktop-wide.rrweb.json"))
    return module_library_target


def run(db: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, [*args, "--db", str(db)], catch_exceptions=False)


def session_id(db: Path) -> int:
    library = Library.open(db)
    try:
        return int(library.db.execute("SELECT MIN(id) FROM sessions").fetchone()[0])
    finally:
        library.close()


def test_tag_add_list_edit_delete_undo(library_file: Path) -> None:
    sid = str(session_id(library_file))
    res = run(library_file, "tag", "add", sid, "--at", "1500", "--category", "slow_response",
              "--severity", "3", "--note", "ช้า, \"มาก\"", "--reviewer", "Ploy")  # fmt: skip
    assert res.exit_code == 0, res.output
    tag_id = res.output.strip()
    assert tag_id.isdigit()

    res = run(library_file, "tag", "list", sid, "--json")
    [tag] = json.loads(res.output)
    assert (tag["id"], tag["kind"], tag["note"], tag["reviewer"]) == (
        int(tag_id), "point", "ช้า, \"มาก\"", "Ploy"
    )  # fmt: skip

    res = run(library_file, "tag", "edit", tag_id, "--end", "4000", "--note", "결제", "--json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["kind"] == "range"

    assert run(library_file, "tag", "delete", tag_id).exit_code == 0
    assert json.loads(run(library_file, "tag", "list", "--json").output) == []
    res = run(library_file, "tag", "undo", sid)
    assert res.output.startswith("undo: delete of tag")
    [tag] = json.loads(run(library_file, "tag", "list", "--json").output)
    assert tag["note"] == "결제"
    res = run(library_file, "tag", "redo")
    assert res.output.startswith("redo: delete of tag")
    res = run(library_file, "tag", "history", sid, "--json")
    assert [e["action"] for e in json.loads(res.output)] == ["create", "edit", "delete"]


def test_reviewer_defaults_to_env(library_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPLAY_REVIEWER", "李伟")
    sid = str(session_id(library_file))
    res = run(library_file, "tag", "add", sid, "--at", "0", "--category", "other", "--json")
    assert json.loads(res.output)["reviewer"] == "李伟"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["tag", "add", "999", "--at", "0", "--category", "other"], "no session 999"),
        (["tag", "add", "{sid}", "--at", "0", "--category", "nope"], "unknown category"),
        (["tag", "add", "{sid}", "--at", "10", "--end", "5", "--category", "other"], "before"),
        (["tag", "edit", "77", "--note", "x"], "no tag 77"),
        (["tag", "delete", "77"], "no tag 77"),
        (["codebook", "add", "Bad Code", "--label", "x"], "category code"),
        (["codebook", "deactivate", "nope"], "no category 'nope'"),
        (["export", "--out", "/proc/x.csv"], "cannot write the CSV"),
    ],
)
def test_errors_are_one_line(refusing_library: Path, args: list[str], message: str) -> None:
    library_file = refusing_library
    sid = str(session_id(library_file))
    res = CliRunner().invoke(
        cli, [a.replace("{sid}", sid) for a in args] + ["--db", str(library_file)]
    )
    assert res.exit_code == 1
    assert message in res.output
    assert res.output.startswith("error: ")
    assert res.output.count("\n") == 1
    assert "Traceback" not in res.output


def test_severity_out_of_range_is_a_usage_error(refusing_library: Path) -> None:
    res = run(
        refusing_library, "tag", "add", "1", "--at", "0", "--category", "other", "--severity", "5"
    )
    assert res.exit_code == 2
    assert "0<=x<=4" in res.output


def test_codebook_commands(library_file: Path) -> None:
    res = run(library_file, "codebook", "--json")
    codes = [c["code"] for c in json.loads(res.output)]
    assert codes[0] == "broken_link_or_button"
    assert codes[-1] == "other"
    assert (
        run(library_file, "codebook", "add", "checkout_bug", "--label", "결제 오류").exit_code == 0
    )
    res = run(library_file, "codebook", "edit", "checkout_bug", "--description", "支付")
    assert res.exit_code == 0, res.output
    assert run(library_file, "codebook", "deactivate", "checkout_bug").exit_code == 0
    assert "checkout_bug" not in run(library_file, "codebook").output
    res = CliRunner().invoke(cli, ["codebook", "--db", str(library_file), "--all", "--json"])
    [cat] = [c for c in json.loads(res.output) if c["code"] == "checkout_bug"]
    assert (cat["label"], cat["description"], cat["active"]) == ("결제 오류", "支付", False)


def test_export_command(library_file: Path, tmp_path: Path) -> None:
    sid = str(session_id(library_file))
    run(library_file, "tag", "add", sid, "--at", "100", "--category", "other", "--note", "=1+1")
    out = tmp_path / "f.csv"
    res = run(library_file, "export", "--out", str(out), "--session", sid, "--no-bom")
    assert res.exit_code == 0, res.output
    assert res.output.strip() == f"wrote 1 rows to {out}"
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"), newline="")))
    assert rows[0]["note"] == "'=1+1"
    assert rows[0]["source_file"] == "dev-rage-desktop-wide.rrweb.json"


def test_real_subprocess_round_trip(library_file: Path) -> None:
    sid = str(session_id(library_file))
    cmd = [sys.executable, "-m", "replay", "tag", "add", sid, "--at", "42", "--category",
           "confusing_layout", "--note", "ไม่เข้าใจ 😕", "--db", str(library_file)]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=REPO)
    assert done.returncode == 0, done.stderr
    tag_id = int(done.stdout)
    listed = subprocess.run(
        [sys.executable, "-m", "replay", "tag", "list", "--json", "--db", str(library_file)],
        capture_output=True, text=True, check=True, cwd=REPO,
    )  # fmt: skip
    [tag] = json.loads(listed.stdout)
    assert (tag["id"], tag["note"], tag["start_ms"]) == (tag_id, "ไม่เข้าใจ 😕", 42)
    bad = subprocess.run(
        [sys.executable, "-m", "replay", "tag", "delete", "999", "--db", str(library_file)],
        capture_output=True, text=True, check=False, cwd=REPO,
    )  # fmt: skip
    assert bad.returncode == 1
    assert bad.stderr.startswith("error: ")
    assert "Traceback" not in bad.stderr
