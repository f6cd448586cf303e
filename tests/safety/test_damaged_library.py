"""Damaged, foreign and unwritable libraries (issue 7, "Faults", third point).

Every case runs the real CLI in a child process (``replay sessions`` to read, ``replay
import`` to write) and asserts: exit 1, exactly one ``error:`` line on stderr naming the
library, no traceback, and the library's bytes (and every file beside it) unchanged. A
migration must copy the file aside before touching it.

Unwritable cases: CI containers run as root, and root ignores file modes, so as root the
file or folder is also made immutable (``chattr +i``), which stops root too.
The full disk is a real 2 MiB ``tmpfs`` when we may mount one (root), else a
``RLIMIT_FSIZE`` file-size limit on the child; the test records which one it used.
"""

from __future__ import annotations

import contextlib
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from safetykit import (
    child_env,
    file_digest,
    integrity,
    read_only,
    record,
    replay_cmd,
    tree_digest,
)

from replay.store import migrations
from replay.store.library import Library

pytestmark = pytest.mark.full  # heavy: the fast tier (plain pytest) leaves it out


def run_cli(
    *args: str, preexec: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``replay ARGS`` in a child and capture its output."""
    return subprocess.run(
        replay_cmd(*args),
        capture_output=True,
        text=True,
        env=child_env(),
        preexec_fn=preexec,
        timeout=120,
        check=False,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess[str], db: Path) -> str:
    """Exit 1, one ``error:`` line on stderr naming ``db``, no traceback; return the line."""
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert proc.returncode == 1, (proc.returncode, proc.stdout, proc.stderr)
    errors = [ln for ln in lines if ln.startswith("error:")]
    assert len(errors) == 1, lines
    assert db.name in errors[0], errors[0]
    return errors[0]


def copy_library(src: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    dst = folder / "library.sqlite"
    shutil.copyfile(src, dst)
    return dst


def check_refused(db: Path, recording: Path) -> list[str]:
    """Read and write commands both refuse ``db`` cleanly and leave its folder as it was."""
    before = tree_digest(db.parent)
    errors = [
        assert_one_line_error(run_cli("sessions", "--db", str(db)), db),
        assert_one_line_error(run_cli("import", "--db", str(db), str(recording)), db),
    ]
    assert tree_digest(db.parent) == before, "a refused library was modified"
    return errors


# -- corrupt and truncated files --------------------------------------------------------


def test_random_bytes_refused(tmp_path: Path, one_recording: Path) -> None:
    db = tmp_path / "library.sqlite"
    db.write_bytes(random.Random(1).randbytes(64 * 1024))
    check_refused(db, one_recording)


def test_text_file_refused(tmp_path: Path, one_recording: Path) -> None:
    db = tmp_path / "library.sqlite"
    db.write_text("my notes, not a library\n", encoding="utf-8")
    check_refused(db, one_recording)


def truncated_copies(src: Path, folder: Path) -> Iterator[tuple[str, Path]]:
    """Copies of a real library truncated at several points (inside and after the header)."""
    data = src.read_bytes()
    page = int.from_bytes(data[16:18], "big") or 65536
    for at in (50, 100, 1024, page, len(data) // 2, len(data) - page, len(data) - 1):
        dst = folder / f"trunc{at}" / "library.sqlite"
        dst.parent.mkdir()
        dst.write_bytes(data[:at])
        yield f"truncated at byte {at} of {len(data)}", dst


def zeroed_copies(src: Path, folder: Path) -> Iterator[tuple[str, Path]]:
    """Copies of a real library with one page overwritten by zeros (first, second, middle, last)."""
    data = src.read_bytes()
    page = int.from_bytes(data[16:18], "big") or 65536
    pages = len(data) // page
    for index in (0, 1, pages // 2, pages - 1):
        buf = bytearray(data)
        buf[index * page : (index + 1) * page] = bytes(page)
        dst = folder / f"zero{index}" / "library.sqlite"
        dst.parent.mkdir()
        dst.write_bytes(bytes(buf))
        yield f"page {index + 1} of {pages} zeroed", dst


def sqlite_sees_damage(db: Path) -> bool:
    """True when SQLite's own integrity_check (on a throw-away copy) finds the damage."""
    probe = db.with_name("probe.sqlite")
    shutil.copyfile(db, probe)
    try:
        return integrity(probe) != "ok"
    except sqlite3.DatabaseError:
        return True
    finally:
        for p in probe.parent.glob("probe.sqlite*"):
            p.unlink()


def test_truncated_libraries_refused(
    real_library: Path, tmp_path: Path, one_recording: Path
) -> None:
    """Every truncation is refused, even of the last byte (which SQLite itself does not notice)."""
    refused = []
    for what, db in truncated_copies(real_library, tmp_path):
        check_refused(db, one_recording)
        refused.append(what)
    record(f"truncated libraries refused, bytes unchanged: {len(refused)} ({'; '.join(refused)})")


# -- a newer schema ---------------------------------------------------------------------


def test_newer_schema_refused(real_library: Path, tmp_path: Path, one_recording: Path) -> None:
    db = copy_library(real_library, tmp_path / "newer")
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    con.close()
    lines = check_refused(db, one_recording)
    assert "newer" in lines[0].lower()


# -- migrations back up first -----------------------------------------------------------


def dump(db: Path) -> list[str]:
    """The database's full SQL dump and user_version (a backup copy may differ in bytes)."""
    con = sqlite3.connect(db)
    try:
        return [*con.iterdump(), str(con.execute("PRAGMA user_version").fetchone()[0])]
    finally:
        con.close()


def test_migration_backs_up_the_file_first(tmp_path: Path) -> None:
    from sqlite_utils import Database

    db = tmp_path / "library.sqlite"
    old = Database(db)
    migrations.MIGRATIONS.apply(old, stop_before="m002_default_codebook")
    old.execute("PRAGMA user_version = 1")
    old.close()
    original = dump(db)
    Library.open(db).close()
    backups = [p for p in tmp_path.iterdir() if p.name not in {db.name, db.name + "-wal",
                                                                db.name + "-shm"}]  # fmt: skip
    assert len(backups) == 1, backups
    assert dump(backups[0]) == original  # the v1 file, as it was, next to the migrated one
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    con.close()


# -- read-only file and folder ----------------------------------------------------------


def test_read_only_file(real_library: Path, tmp_path: Path, one_recording: Path) -> None:
    db = copy_library(real_library, tmp_path / "lib")
    with read_only(db) as how:
        before = tree_digest(db.parent)
        line = assert_one_line_error(run_cli("import", "--db", str(db), str(one_recording)), db)
        assert "read-only" in line.lower() or "permission" in line.lower(), line
        # Reading a read-only library works (test_read_only_library.py: every read).
        proc = run_cli("sessions", "--db", str(db))
        assert proc.returncode == 0, proc.stderr
        assert "dev-" in proc.stdout  # the sessions are listed
        assert tree_digest(db.parent) == before
    record(f"read-only library file ({how}): import refused in one line: {line}")


def test_read_only_folder(real_library: Path, tmp_path: Path, one_recording: Path) -> None:
    """WAL needs ``library.sqlite-wal`` beside the file: a read-only folder is refused clearly."""
    db = copy_library(real_library, tmp_path / "lib")
    with read_only(db.parent) as how:
        before = tree_digest(db.parent)
        line = assert_one_line_error(run_cli("import", "--db", str(db), str(one_recording)), db)
        assert "folder" in line.lower() or "read-only" in line.lower(), line
        assert tree_digest(db.parent) == before
    record(f"read-only library folder ({how}): refused in one line: {line}")


# -- full disk --------------------------------------------------------------------------


@contextlib.contextmanager
def tiny_disk(size: str) -> Iterator[Path | None]:
    """Mount a tmpfs of ``size``; yield None when mounting is not allowed here."""
    folder = Path(tempfile.mkdtemp(prefix="replay-full-", dir="/tmp"))
    mounted = False
    try:
        if os.geteuid() == 0:
            done = subprocess.run(
                ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                capture_output=True,
                check=False,
            )
            mounted = done.returncode == 0
        yield folder if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=False)
        shutil.rmtree(folder, ignore_errors=True)


def test_full_disk(real_library: Path, balabit_files: list[Path]) -> None:
    big = max(balabit_files, key=lambda p: p.stat().st_size)  # needs far more than is free
    with tiny_disk("2m") as disk:
        if disk is not None:
            how = "a real 2 MiB tmpfs filled to ~100 KiB free"
            db = copy_library(real_library, disk / "lib")
            free = shutil.disk_usage(disk).free
            (disk / "filler").write_bytes(bytes(max(free - 100 * 1024, 0)))
            preexec = None
        else:
            how = "RLIMIT_FSIZE = library size + 64 KiB on the child"
            db = copy_library(real_library, Path(tempfile.mkdtemp()) / "lib")
            limit = db.stat().st_size + 64 * 1024

            def preexec() -> None:
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

        before = file_digest(db)
        sessions_before = 3  # real_library holds three sessions
        proc = run_cli("import", "--db", str(db), str(big), preexec=preexec)
        assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr
        assert proc.returncode == 1, (proc.stdout, proc.stderr)
        err = [ln for ln in proc.stderr.splitlines() if ln.strip()]
        assert any("full" in ln.lower() or "space" in ln.lower() for ln in err), err
        assert file_digest(db) == before, "the library's bytes changed after a failed import"
        if disk is not None:
            (disk / "filler").unlink()  # room for our own checking connection's -wal/-shm
        assert integrity(db) == "ok"
        con = sqlite3.connect(db)
        assert con.execute("SELECT count(*) FROM sessions").fetchone()[0] == sessions_before
        con.close()
    record(f"full disk ({how}): import refused, library bytes unchanged: {err[-1]}")


# -- values of the wrong type (SQLite's columns are not typed) ----------------------------

#: (table, column, SQL value): what another program (or a teammate's damaged file) can
#: store, since SQLite keeps text in an INTEGER column when it is not a number.
WRONG_TYPES = (
    ("tags", "start_ms", "'12abc'"),
    ("tags", "end_ms", "'=1+2'"),
    ("tags", "version", "'v2'"),
    ("tags", "note", "X'00ff'"),
    ("tags", "created_at", "X'31'"),
    ("sessions", "duration_ms", "'long'"),
    ("sessions", "started_at_ms", "'yesterday'"),
    ("sessions", "source_name", "X'2e2e'"),
    ("detections", "score", "'high'"),
    ("channels", "n", "'many'"),
)


def tagged_library(src: Path, folder: Path) -> Path:
    """A copy of the real library with detections and two reviewers' tags (CLI-made)."""
    db = copy_library(src, folder)
    assert run_cli("detect", "--db", str(db)).returncode == 0
    for reviewer in ("ana", "bob"):
        done = run_cli("--reviewer", reviewer, "tag", "add", "1", "--at", "100", "--end",
                       "900", "--category", "other", "--db", str(db))  # fmt: skip
        assert done.returncode == 0, done.stderr
    return db


def test_values_of_the_wrong_type_are_refused(
    real_library: Path, tmp_path: Path, one_recording: Path
) -> None:
    """A library holding text where a number belongs (or bytes where text belongs) is
    damaged: every command refuses it in one line naming the column, bytes unchanged, and
    ``replay merge`` never carries such a value into the user's own library."""
    template = tagged_library(real_library, tmp_path / "template")
    mine = tagged_library(real_library, tmp_path / "mine")
    lines = []
    for table, column, value in WRONG_TYPES:
        db = copy_library(template, tmp_path / f"{table}-{column}")
        with contextlib.closing(sqlite3.connect(db)) as con, con:
            con.execute(f'UPDATE {table} SET "{column}" = {value}')  # every row
        before = tree_digest(db.parent)
        for args in (("sessions",), ("export", "--out", str(tmp_path / "x.csv")),
                     ("agreement",), ("info", "1"), ("import", str(one_recording))):  # fmt: skip
            line = assert_one_line_error(run_cli(*args, "--db", str(db)), db)
            assert f"{table}.{column}" in line, (args, line)
        assert tree_digest(db.parent) == before, f"{table}.{column}: the library was modified"
        mine_before = tree_digest(mine.parent)
        line = assert_one_line_error(run_cli("merge", str(db), "--db", str(mine)), db)
        assert tree_digest(mine.parent) == mine_before, f"{table}.{column}: merged anyway"
        lines.append(line)
    assert run_cli("export", "--out", str(tmp_path / "ok.csv"), "--db", str(mine)).returncode == 0
    record(
        f"libraries with a value of the wrong type refused by 5 commands and by merge, "
        f"bytes unchanged: {len(lines)} columns; e.g. {lines[0]}"
    )


def test_json_nested_too_deeply_in_the_library(real_library: Path, tmp_path: Path) -> None:
    """A JSON column nested 100,000 levels deep (Python's json recurses) is one line, exit 1."""
    db = tagged_library(real_library, tmp_path / "deep")
    with contextlib.closing(sqlite3.connect(db)) as con, con:
        con.execute("UPDATE tags SET signals_json = ?", ["[" * 100_000 + "]" * 100_000])
    before = tree_digest(db.parent)
    for args in (("tag", "list", "1"), ("export", "--out", str(tmp_path / "x.csv"))):
        proc = run_cli(*args, "--db", str(db))
        assert "Traceback" not in proc.stderr, proc.stderr
        assert proc.returncode == 1, proc.stderr
        assert proc.stderr.strip().splitlines() == [
            "error: data nested too deeply to read (a damaged library or input file?)"
        ]
    assert tree_digest(db.parent) == before
