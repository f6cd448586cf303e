"""``replay copy SRC DST``: a whole library moved exactly, verified, all or nothing (issue 18).

The library is built through the CLI from real recordings (rrweb with pages, a Balabit
mouse log), with detection results, insight tables, a changed codebook, tags with edits,
a delete and an undo in their history, a done mark, blind mode and outcomes. The copy is
then checked twice: by its own verification and, independently, by reopening both
libraries and comparing what the commands print.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import replay.store.copy as copy_mod
from replay.cli import cli
from replay.store.copy import catalog, copy_library, table_hashes
from replay.store.library import Library


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def ok(*args: str) -> Result:
    result = run(*args)
    assert result.exit_code == 0, (args, result.output, result.exception)
    return result


def build_library(db: str, rrweb_files: list[Path], balabit_file: Path, tmp: Path) -> None:
    """Fill ``db`` (a file or URL) with every kind of row the schema has."""
    ok("import", "--db", db, str(rrweb_files[0]), str(rrweb_files[5]), str(balabit_file))
    ok("detect", "--db", db)
    ok("pages", "--db", db)  # builds the insight tables
    ok("codebook", "add", "trial_x", "--label", "ทดลอง 試驗", "--db", db)
    ok("codebook", "edit", "other", "--label", "기타", "--db", db)
    ok("tag", "add", "1", "--at", "1000", "--category", "other", "--note", "한국어 노트",
       "--reviewer", "ana", "--db", db)  # fmt: skip
    ok("tag", "add", "1", "--at", "2000", "--end", "5000", "--category", "trial_x",
       "--reviewer", "bo", "--db", db)  # fmt: skip
    ok("tag", "add", "3", "--at", "10", "--category", "slow_response", "--severity", "4",
       "--reviewer", "ana", "--db", db)  # fmt: skip
    ok("tag", "edit", "1", "--severity", "3", "--note", "edited 編輯", "--db", db)
    ok("tag", "delete", "2", "--db", db)
    ok("tag", "undo", "--db", db)  # brings tag 2 back: an undone row in the history
    ok("tag", "delete", "3", "--db", db)
    ok("--reviewer", "ana", "done", "1", "--db", db)
    ok("blind", "on", "--db", db)
    outcomes = tmp / "outcomes.csv"
    outcomes.write_text("session_id,converted,value,currency\n1,1,12.5,EUR\n2,0,,\n")
    ok("outcomes", "import", str(outcomes), "--db", db)


def views(db: str) -> dict[str, object]:
    """What the commands print about a library (ids, tags, history, codebook...)."""
    out: dict[str, object] = {}
    out["sessions"] = json.loads(ok("sessions", "--db", db, "--json").output)
    out["codebook"] = ok("codebook", "--db", db).output
    out["tags"] = ok("tag", "list", "--db", db).output
    out["history"] = [ok("tag", "history", str(s), "--db", db).output for s in (1, 2, 3)]
    out["blind"] = ok("blind", "--db", db, "--json").output
    out["signals"] = ok("signals", "1", "--db", db).output
    return out


@pytest.fixture(scope="module")
def balabit_file(balabit_dir: Path) -> Path:
    path = balabit_dir / "user29" / "session_2786719181"  # the smallest (0.6 MB)
    if not path.exists():
        pytest.fail(f"shared test data missing: {path}")
    return path


@pytest.fixture(scope="module")
def built(
    tmp_path_factory: pytest.TempPathFactory, rrweb_files: list[Path], balabit_file: Path
) -> Path:
    folder = tmp_path_factory.mktemp("built")
    db = folder / "team.replay"
    build_library(str(db), rrweb_files, balabit_file, folder)
    return db


@pytest.fixture
def source(built: Path, tmp_path: Path) -> Path:
    """A fresh copy (by bytes) of the built library, closed and checkpointed."""
    assert not Path(f"{built}-wal").exists() or Path(f"{built}-wal").stat().st_size == 0
    db = tmp_path / "team.replay"
    shutil.copyfile(built, db)
    return db


def hashes_of(target: str | Path) -> dict[str, tuple[int, str]]:
    with Library.open(target, create=False, readonly=True) as lib:
        return table_hashes(lib, catalog(lib))


def test_sqlite_to_sqlite_is_exact(source: Path, tmp_path: Path) -> None:
    dst = tmp_path / "out" / "copy.replay"
    dst.parent.mkdir()
    result = run("copy", str(source), str(dst), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["verified"] is True
    tables = {t["table"]: t for t in report["tables"]}
    # Every kind of content was there to copy.
    for name in ("sessions", "channels", "page_chunks", "page_keyframes", "detections",
                 "tags", "tag_history", "categories", "session_done", "library_settings",
                 "outcomes", "insight_pages", "session_terms"):  # fmt: skip
        assert tables[name]["source_rows"] > 0, name
        assert tables[name]["match"] is True
    assert tables["sessions"]["source_rows"] == 3
    # Independently: reopened, both libraries hash alike and print alike.
    assert hashes_of(source) == hashes_of(dst)
    assert {k: v for k, (_, v) in hashes_of(dst).items()} == {
        t["table"]: t["destination_sha256"] for t in report["tables"]
    }
    assert views(str(source)) == views(str(dst))
    with Library.open(source, readonly=True) as a, Library.open(dst, readonly=True) as b:
        for sid in (1, 2, 3):
            sa, sb = a.load_session(sid), b.load_session(sid)
            assert sa.meta == sb.meta
            for name, channel in sa.channels.items():
                for column, values in channel.columns.items():
                    other = sb.channels[name].columns[column]
                    assert values.dtype == other.dtype, (name, column)
                    assert values.tobytes() == other.tobytes(), (name, column)
        assert a.load_page(1) == b.load_page(1)
    # A new tag in the copy gets a fresh id and history sequence, as in the original.
    new = ok("tag", "add", "1", "--at", "5", "--category", "other", "--db", str(dst), "--json")
    assert json.loads(new.output)["id"] == 4
    # The copy is an ordinary library file, readable by others as SQLite makes them.
    umask = os.umask(0)
    os.umask(umask)
    assert dst.stat().st_mode & 0o777 == 0o666 & ~umask
    assert sorted(p.name for p in dst.parent.iterdir()) == ["copy.replay"]


def test_table_output_and_progress(source: Path, tmp_path: Path) -> None:
    result = run("copy", str(source), str(tmp_path / "b.replay"))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"copied {source} (sqlite) -> {tmp_path / 'b.replay'} (sqlite): ")
    assert lines[1].split() == [
        "table",
        "source",
        "rows",
        "copied",
        "rows",
        "sha256",
        "(both)",
        "match",
    ]
    assert any(line.split()[0] == "channels" and line.endswith("ok") for line in lines)
    assert lines[-1].startswith("verified: all ")
    assert "rows (" in result.stderr  # the progress bar, on stderr


@pytest.mark.parametrize("kind", ["library", "other file"])
def test_existing_destination_is_refused_untouched(
    source: Path, tmp_path: Path, kind: str, rrweb_files: list[Path]
) -> None:
    dst = tmp_path / "taken.replay"
    if kind == "library":
        ok("import", "--db", str(dst), str(rrweb_files[1]))
    else:
        dst.write_bytes(b"my notes")
    before = dst.read_bytes()
    result = run("copy", "--quiet", str(source), str(dst))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "already exists: replay copy writes only a new library" in result.stderr
    assert dst.read_bytes() == before


def test_same_file_and_missing_source_are_refused(source: Path, tmp_path: Path) -> None:
    result = run("copy", str(source), str(source))
    assert result.exit_code == 1
    assert "is the source itself" in result.stderr
    result = run("copy", str(tmp_path / "nope.replay"), str(tmp_path / "b.replay"))
    assert result.exit_code == 1
    assert "no library here" in result.stderr
    assert not (tmp_path / "b.replay").exists()
    result = run("copy", str(source), str(tmp_path / "no" / "such" / "folder" / "b.replay"))
    assert result.exit_code == 1
    assert "does not exist" in result.stderr
    result = run("copy", str(source), "/dev/null")
    assert result.exit_code == 1
    assert "not a regular file" in result.stderr


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_failure_midway_leaves_nothing(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    calls = []

    def boom(table: str, done: int, total: int) -> None:
        calls.append(table)
        if table == "page_chunks":
            raise OSError(28, "No space left on device")

    with pytest.raises(copy_mod.CopyFailed, match="cannot write the library: No space left"):
        copy_library(source, out / "b.replay", progress=boom)
    assert "channels" in calls  # rows had been written before the failure
    assert _leftovers(out) == []


def test_verification_mismatch_keeps_nothing(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    real = copy_mod.table_hashes

    def tampered(
        library: Library, tables: dict[str, copy_mod.Table]
    ) -> dict[str, tuple[int, str]]:
        got = real(library, tables)
        got["tag_history"] = (got["tag_history"][0], "0" * 64)
        return got

    monkeypatch.setattr(copy_mod, "table_hashes", tampered)
    result = run("copy", "-q", str(source), str(out / "b.replay"))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "verification failed: table tag_history" in result.stderr
    assert "nothing was kept" in result.stderr
    assert _leftovers(out) == []


def test_canonical_values_equal_across_types() -> None:
    from decimal import Decimal

    c = copy_mod._canonical
    assert c(True) == c(1)
    assert c(Decimal("3")) == c(3)
    assert c(Decimal("2.5")) == c(2.5)
    assert c(memoryview(b"\x00\x01")) == c(b"\x00\x01")
    assert c(1) != c(1.0)
    assert c("1") != c(1)
    assert c(None) != c("")
    assert c(b"") != c("")


# -- PostgreSQL (a real server: tests/pgserver.py) --------------------------------------


@pytest.mark.full
def test_sqlite_to_postgresql_to_sqlite_round_trip(
    source: Path, tmp_path: Path, pg_url: str, rrweb_files: list[Path]
) -> None:
    to_pg = run("copy", "-q", str(source), pg_url, "--json")
    assert to_pg.exit_code == 0, to_pg.output
    up = json.loads(to_pg.stdout)
    assert up["destination_backend"] == "postgresql"
    assert up["verified"] is True
    back_file = tmp_path / "back.replay"
    to_file = run("copy", "-q", pg_url, str(back_file), "--json")
    assert to_file.exit_code == 0, to_file.output
    down = json.loads(to_file.stdout)
    assert down["source_backend"] == "postgresql"
    # The same content hash for every table in all three libraries.
    original = hashes_of(source)
    assert hashes_of(pg_url) == original
    assert hashes_of(back_file) == original
    assert {t["table"]: t["source_sha256"] for t in up["tables"]} == {
        k: v for k, (_, v) in original.items()
    }
    assert original["channels"][0] > 0
    assert original["tag_history"][0] >= 6
    # What reviewers see is the same on the server and after the way back.
    assert views(pg_url) == views(str(source)) == views(str(back_file))
    # The server's id sequences continue after the copied rows.
    new = ok("tag", "add", "1", "--at", "5", "--category", "other", "--db", pg_url, "--json")
    assert json.loads(new.output)["id"] == 4
    ok("import", "--db", pg_url, str(rrweb_files[2]))
    listed = json.loads(ok("sessions", "--db", pg_url, "--json").stdout)
    assert sorted(s["id"] for s in listed) == [1, 2, 3, 4]


@pytest.mark.full
def test_postgresql_destination_must_be_empty_and_failure_keeps_nothing(
    source: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(table: str, done: int, total: int) -> None:
        if table == "page_chunks":
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        copy_library(source, pg_url, progress=boom)
    # Nothing of the rows written before the failure is on the server.
    listed = ok("sessions", "--db", pg_url, "--json")
    assert json.loads(listed.stdout) == []
    # The (empty) library left there takes the copy.
    ok("copy", "-q", str(source), pg_url)
    again = run("copy", "-q", str(source), pg_url)
    assert again.exit_code == 1
    assert again.stderr.count("\n") == 1
    assert "is not empty (its sessions table has rows)" in again.stderr


def test_a_killed_copys_temporary_files_are_removed_by_the_next(
    source: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dead = out / ".b.replay.999999999.abcdefgh.replay-tmp"  # no such process
    dead.write_bytes(b"half a library")
    Path(f"{dead}-wal").write_bytes(b"wal")
    alive = out / f".b.replay.{os.getpid()}.zzzzzzzz.replay-tmp"  # a live copy's: kept
    alive.write_bytes(b"")
    other = out / f".notes.txt.{os.getpid()}.abcdefgh.replay-tmp"  # a live export's: kept
    other.write_bytes(b"")
    ok("copy", "-q", str(source), str(out / "b.replay"))
    assert _leftovers(out) == sorted(["b.replay", alive.name, other.name])


def test_a_killed_copys_files_are_removed_by_the_next_export_too(
    source: Path, tmp_path: Path
) -> None:
    """One cleaner for every writer: an export into the folder clears a killed copy's files.

    Look-alikes stay: a side file that is a symlink (its target untouched) or a FIFO, and
    the side files of a temporary library a live copy holds locked.
    """
    import fcntl

    out = tmp_path / "out"
    out.mkdir()
    dead = out / ".b.replay.999999999.abcdefgh.replay-tmp"
    dead.write_bytes(b"half a library")
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{dead}{suffix}").write_bytes(b"side")
    orphan = out / ".c.replay.999999999.abcdefgh.replay-tmp-shm"  # its temporary is gone
    orphan.write_bytes(b"shm")
    precious = tmp_path / "precious.txt"
    precious.write_text("mine")
    link = out / ".d.replay.999999999.abcdefgh.replay-tmp-wal"
    link.symlink_to(precious)
    fifo = out / ".e.replay.999999999.abcdefgh.replay-tmp-shm"
    os.mkfifo(fifo)
    locked = out / ".f.replay.999999999.abcdefgh.replay-tmp"  # a live writer's (locked)
    locked.write_bytes(b"")
    Path(f"{locked}-wal").write_bytes(b"live wal")
    fd = os.open(locked, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        ok("export", "--db", str(source), "--out", str(out / "tags.csv"))
    finally:
        os.close(fd)
    assert _leftovers(out) == sorted(
        ["tags.csv", link.name, fifo.name, locked.name, f"{locked.name}-wal"]
    )
    assert precious.read_text() == "mine"


def _tag_count(target: str | Path) -> int:
    with Library.open(target, create=False, readonly=True) as lib:
        row = lib.conn.execute("SELECT count(*) FROM tags").fetchone()
    return int(row[0])


def _write_while_copying(source: str | Path, dst: str | Path) -> tuple[int, int]:
    """Copy while another writer adds a tag to the source mid-way; return tags before/after."""
    before = _tag_count(source)
    wrote = []

    def writer(table: str, done: int, total: int) -> None:
        if table == "channels" and not wrote:
            with Library.open(source) as other:
                other.tags.add(session_id=1, start_ms=7, category="other", reviewer="zoe")
            wrote.append(True)

    result = copy_library(source, dst, progress=writer)
    assert wrote
    assert result.verified
    return before, _tag_count(dst)


def test_the_source_is_copied_as_of_one_moment(source: Path, tmp_path: Path) -> None:
    before, copied = _write_while_copying(source, tmp_path / "b.replay")
    assert copied == before  # the copy is the library as it was when the copy began
    assert _tag_count(source) == before + 1  # the other writer was not blocked


@pytest.mark.full
def test_killed_copy_leaves_nothing(source: Path, tmp_path: Path, pg_url: str) -> None:
    """SIGKILL in the middle of a copy: no rows on the server, no library file."""
    import signal
    import subprocess
    import sys

    out = tmp_path / "out"
    out.mkdir()
    script = (
        "import sys, time\n"
        "from replay.store.copy import copy_library\n"
        "def slow(table, done, total):\n"
        "    print(table, flush=True)\n"
        "    time.sleep(0.3 if table == 'channels' else 0)\n"
        "copy_library(sys.argv[1], sys.argv[2], progress=slow)\n"
    )
    for dst in (pg_url, str(out / "b.replay")):
        proc = subprocess.Popen(
            [sys.executable, "-c", script, str(source), dst],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        seen = 0
        for line in proc.stdout:
            seen += line.strip() == "channels"
            if seen >= 2:  # rows of channels were written
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        assert seen >= 2, "the copy ended before it could be killed mid-way"
    listed = run("sessions", "--db", pg_url, "--json")
    assert listed.exit_code == 1 or json.loads(listed.stdout) == []
    assert not (out / "b.replay").exists()
    assert all(p.name.endswith((".replay-tmp", "-wal", "-shm", "-journal")) for p in out.iterdir())
    # The next copy to each takes its place (and clears what the killed one left).
    ok("copy", "-q", str(source), pg_url)
    ok("copy", "-q", str(source), str(out / "b.replay"))
    assert _leftovers(out) == ["b.replay"]
    assert hashes_of(pg_url) == hashes_of(source) == hashes_of(out / "b.replay")


@pytest.mark.full
def test_a_postgresql_source_is_copied_as_of_one_moment(
    source: Path, tmp_path: Path, pg_url: str
) -> None:
    ok("copy", "-q", str(source), pg_url)
    before, copied = _write_while_copying(pg_url, tmp_path / "b.replay")
    assert copied == before  # REPEATABLE READ: the reviewer's new tag came after
    assert _tag_count(pg_url) == before + 1


@pytest.mark.full
def test_postgresql_to_postgresql(source: Path, pg_url: str, pg_server: object) -> None:
    ok("copy", "-q", str(source), pg_url)
    other = pg_server.create_database()  # type: ignore[attr-defined]
    try:
        url = pg_server.url(other)  # type: ignore[attr-defined]
        report = json.loads(ok("copy", "-q", pg_url, url, "--json").stdout)
        assert report["source_backend"] == report["destination_backend"] == "postgresql"
        assert report["verified"] is True
        assert hashes_of(url) == hashes_of(source)
    finally:
        pg_server.drop_database(other)  # type: ignore[attr-defined]


@pytest.mark.full
def test_a_value_postgresql_cannot_keep_fails_verification_with_the_row(
    source: Path, pg_url: str
) -> None:
    """PostgreSQL text holds no NUL (the backend stores U+FFFD): the copy says where, keeps nothing."""
    import sqlite3

    with sqlite3.connect(source) as conn:  # as another program could have written it
        conn.execute("UPDATE tags SET note = ? WHERE id = 1", ["a\x00b"])
    conn.close()
    result = run("copy", "-q", str(source), pg_url)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "verification failed: table tags" in result.stderr
    assert "first difference: row id=1, column note: 'a\\x00b' became 'a\\ufffdb'" in result.stderr
    listed = ok("sessions", "--db", pg_url, "--json")
    assert json.loads(listed.stdout) == []
