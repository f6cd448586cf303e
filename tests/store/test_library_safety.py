"""Library.open refuses rather than overwrites; locks, full disks and migrations (issue 7)."""

from __future__ import annotations

import multiprocessing
import os
import random
import sqlite3
import stat
from pathlib import Path

import pytest
from sessions_factory import assert_same_session, make_session
from sqlite_utils.migrations import Migrations

from replay.errors import DatabaseCorrupt, DatabaseLocked, StoreError
from replay.store import migrations
from replay.store.library import Library


@pytest.fixture
def real_db(db_path: Path) -> Path:
    """A cleanly closed library with three sessions (no -wal file left)."""
    with Library.open(db_path) as lib:
        for seed in range(3):
            lib.add_session(make_session(3000, seed=seed))
    assert not Path(f"{db_path}-wal").exists()
    return db_path


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_new_library_policy(tmp_path: Path) -> None:
    db = tmp_path / "deep" / "er" / "library.sqlite"
    with Library.open(db) as lib:
        conn = lib.db.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 10_000
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert lib.backup_path is None
    assert db.exists()


@pytest.mark.parametrize("content", [b"not a database\n" * 10, random.Random(7).randbytes(65536)])
def test_non_sqlite_file_refused_untouched(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    with pytest.raises(DatabaseCorrupt, match="not an SQLite file") as info:
        Library.open(db_path)
    assert str(db_path) in info.value.one_line()
    assert folder_state(db_path.parent) == {db_path.name: content}


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.999])
def test_truncated_library_refused_untouched(real_db: Path, keep: float) -> None:
    data = real_db.read_bytes()
    cut = data[: int(len(data) * keep)]
    real_db.write_bytes(cut)
    with pytest.raises(DatabaseCorrupt, match=r"truncated|damaged"):
        Library.open(real_db)
    assert folder_state(real_db.parent) == {real_db.name: cut}


def test_damage_found_at_use_is_corrupt_not_a_traceback(real_db: Path) -> None:
    """A zeroed page deep in the file passes open; reading it raises DatabaseCorrupt."""
    data = bytearray(real_db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for index in range(2, len(data) // page):
        data[index * page : (index + 1) * page] = bytes(page)
    real_db.write_bytes(bytes(data))
    # Either open or the first read finds it.
    with pytest.raises(DatabaseCorrupt), Library.open(real_db) as lib:  # noqa: PT012
        for row in lib.sessions():
            lib.load_session(row.id)
    assert real_db.read_bytes() == bytes(data)


def test_newer_schema_refused_untouched(real_db: Path) -> None:
    con = sqlite3.connect(real_db)
    con.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    con.close()
    before = folder_state(real_db.parent)
    with pytest.raises(StoreError, match="newer replay"):
        Library.open(real_db)
    with pytest.raises(StoreError, match="newer replay"):
        Library.open(real_db, readonly=True)
    assert folder_state(real_db.parent) == before


def test_other_programs_database_refused(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="not a replay library"):
        Library.open(db_path)
    assert db_path.read_bytes() == before


def test_missing_library(db_path: Path) -> None:
    with pytest.raises(StoreError, match="no library"):
        Library.open(db_path, create=False)
    with pytest.raises(StoreError, match="no library"):
        Library.open(db_path, readonly=True)
    assert not db_path.exists()
    with pytest.raises(StoreError, match="folder"):
        Library.open(db_path.parent)


def test_read_only_file_refused_for_writing(real_db: Path) -> None:
    real_db.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        before = folder_state(real_db.parent)
        with pytest.raises(StoreError, match="read-only") as info:
            Library.open(real_db)
        assert str(real_db) in info.value.one_line()
        assert folder_state(real_db.parent) == before
        with Library.open(real_db, readonly=True) as lib:  # reading still works
            assert len(lib.sessions()) == 3
        # Opened immutable: every file as it was, no -wal/-shm companion left beside it.
        assert folder_state(real_db.parent) == before
        assert not Path(f"{real_db}-wal").exists()
        assert not Path(f"{real_db}-shm").exists()
    finally:
        real_db.chmod(0o644)


def test_read_only_folder_refused(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreError, match="folder is read-only"):
            Library.open(folder / "library.sqlite")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_write_lock_held_too_long_is_database_locked(real_db: Path) -> None:
    holder = sqlite3.connect(real_db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with Library.open(real_db, busy_timeout_ms=200) as lib:
            assert len(lib.sessions()) == 3  # WAL: readers are not blocked
            with pytest.raises(DatabaseLocked, match="another replay process") as info:
                lib.add_session(make_session(100, seed=50))
            assert str(real_db) in info.value.one_line()
            assert lib.find_by_hash(make_session(100, seed=50).meta.content_hash) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Library.open(real_db) as lib:
        assert lib.add_session(make_session(100, seed=50))[1]


def test_disk_full_writes_nothing(real_db: Path) -> None:
    with Library.open(real_db) as lib:
        used = lib.db.conn.execute("PRAGMA page_count").fetchone()[0]
        lib.db.conn.execute(f"PRAGMA max_page_count = {used + 5}")  # a nearly full disk
        with pytest.raises(StoreError, match="disk is full"):
            lib.add_session(make_session(200_000, seed=60))
        assert len(lib.sessions()) == 3
        lib.db.conn.execute("PRAGMA max_page_count = 1073741823")
        assert lib.add_session(make_session(200_000, seed=60))[1]
    con = sqlite3.connect(real_db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


CURRENT = migrations.SCHEMA_VERSION


def _next_migrations(fail: bool) -> Migrations:
    """Today's migrations plus one more (a future replay's schema)."""
    fresh = Migrations("replay")
    for known in migrations.MIGRATIONS._migrations:
        fresh(name=known.name)(known.fn)

    @fresh()
    def m002_test(db: migrations.Database) -> None:
        db.execute("ALTER TABLE sessions ADD COLUMN test_note TEXT")
        if fail:
            raise RuntimeError("migration bug")

    return fresh


def test_migration_backs_up_first(real_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Library.open(real_db) as lib:
        kept = lib.load_session(1)
    original = real_db.read_bytes()
    monkeypatch.setattr(migrations, "MIGRATIONS", _next_migrations(fail=False))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", CURRENT + 1)
    with Library.open(real_db) as lib:
        assert lib.backup_path is not None
        assert lib.backup_path.name.startswith(f"library.sqlite.bak-v{CURRENT}-")
        assert lib.db.conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT + 1
        assert "test_note" in lib.db["sessions"].columns_dict
        backup = lib.backup_path
    # The backup is a complete library of the old version with the same data.
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == CURRENT
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", CURRENT)
    with Library.open(backup, readonly=True) as old:
        assert_same_session(kept, old.load_session(1))
    assert len(original) > 0
    # A second open does not back up again.
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", CURRENT + 1)
    with Library.open(real_db) as lib:
        assert lib.backup_path is None


def test_failed_migration_leaves_library_as_it_was(
    real_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", _next_migrations(fail=True))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", CURRENT + 1)
    with pytest.raises(RuntimeError, match="migration bug"):
        Library.open(real_db)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", CURRENT)
    with Library.open(real_db) as lib:
        assert "test_note" not in lib.db["sessions"].columns_dict
        assert lib.db.conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT
        assert len(lib.sessions()) == 3
    assert len(list(real_db.parent.glob(f"library.sqlite.bak-v{CURRENT}-*"))) == 1


def _add_many(db: str, first_seed: int, count: int) -> None:
    with Library.open(db) as lib:
        for seed in range(first_seed, first_seed + count):
            session_id, _ = lib.add_session(make_session(2000, seed=seed))
            lib.set_reviewed(session_id, reviewer=f"p{first_seed}")


def test_two_processes_write_at_once(real_db: Path) -> None:
    """Two processes importing into one library: every session of both is there."""
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_add_many, args=(str(real_db), s, 15)) for s in (100, 200)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    with Library.open(real_db) as lib:
        assert lib.session_count() == 3 + 30
        assert sum(1 for r in lib.sessions() if r.reviewed_by) == 30
        assert lib.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_opening_a_new_library_from_two_processes(tmp_path: Path) -> None:
    db = str(tmp_path / "new.sqlite")
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_add_many, args=(db, s, 3)) for s in (1, 10, 20)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    assert os.path.getsize(db) > 0
    with Library.open(db) as lib:
        assert lib.session_count() == 9
        assert all(r.reviewed_by for r in lib.sessions())
