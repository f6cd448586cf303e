"""Another program's SQLite file is never touched (issue 10, class 2).

A replay library is identified positively: ``PRAGMA application_id`` is replay's
(``0x52504C59``), or, for a library made before replay set it, ``user_version`` >= 1 and
all of replay's tables with their columns. Until that check passes nothing may change:
no journal mode, no migration, no backup, no ``-wal``/``-shm``/``-journal`` created.

The foreign files are generated (hypothesis, derandomised): every combination of journal
mode, page size, user_version, application_id, tables (none, other, replay's names with
other columns, some of replay's) and a live ``-wal`` beside it. Each is opened by
``Library.open`` (read-write and read-only) and by the CLI; the folder's bytes must be
identical afterwards.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from safetykit import record

from replay.cli import cli
from replay.errors import StoreError
from replay.store import connection, migrations
from replay.store.library import Library

pytestmark = pytest.mark.full  # the safety suite runs in the full tier (README command)

JOURNALS = ("delete", "wal", "truncate", "persist")
TABLE_SETS = {
    "none": [],
    "other": ["CREATE TABLE recipes (name TEXT, minutes INTEGER)"],
    "replay_names_other_columns": [
        f"CREATE TABLE {t} (x INTEGER)" for t in connection.REPLAY_TABLES
    ],
    "some_replay_tables": [
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY, source TEXT, source_name TEXT, "
        "format TEXT, content_hash TEXT, report_json TEXT)",
        "CREATE TABLE tags (id INTEGER, session_id INTEGER, start_ms INTEGER, end_ms INTEGER, "
        "category TEXT, severity INTEGER)",
    ],
    "index_and_view": [
        "CREATE TABLE t (a)",
        "CREATE INDEX i ON t(a)",
        "CREATE VIEW v AS SELECT a FROM t",
    ],
}


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def make_foreign(
    folder: Path,
    *,
    journal: str,
    page_size: int,
    user_version: int,
    app_id: int,
    tables: str,
    live_wal: bool,
) -> Path:
    """Write another program's SQLite file (with its -wal left beside it when asked)."""
    db = folder / "other.sqlite"
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA page_size = {page_size}")
    con.execute(f"PRAGMA journal_mode = {journal}")
    for sql in TABLE_SETS[tables]:
        con.execute(sql)
    if tables != "none":
        first = TABLE_SETS[tables][0].split()[2]
        con.execute(f"INSERT INTO {first} VALUES ({', '.join(['1'] * _ncols(con, first))})")
    con.execute(f"PRAGMA user_version = {user_version}")
    con.execute(f"PRAGMA application_id = {app_id}")
    con.commit()
    if live_wal and journal == "wal":
        con.execute("CREATE TABLE late (z)")  # stays in the -wal while con is open
        con.commit()
        snap = folder / "snap"
        snap.mkdir()
        for suffix in ("", "-wal", "-shm"):
            src = Path(f"{db}{suffix}")
            if src.exists():
                shutil.copyfile(src, snap / f"other.sqlite{suffix}")
        con.close()
        db.unlink()
        for suffix in ("-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        for item in snap.iterdir():
            shutil.move(str(item), folder / item.name)
        snap.rmdir()
        return db
    con.close()
    return db


def _ncols(con: sqlite3.Connection, table: str) -> int:
    return len(con.execute(f'PRAGMA table_info("{table}")').fetchall())


def assert_untouched(db: Path) -> str:
    """Open ``db`` every way replay does; return the refusal; the folder must not change."""
    before = folder_bytes(db.parent)
    messages = []
    for readonly in (False, True):
        with pytest.raises(StoreError) as err:
            Library.open(db, readonly=readonly).close()
        messages.append(str(err.value))
        assert folder_bytes(db.parent) == before, "the foreign file or its folder changed"
    for args in (["sessions"], ["tag", "add", "1", "--at", "0", "--category", "other"],
                 ["export", "--out", str(db.parent.parent / "out.csv")]):  # fmt: skip
        res = CliRunner().invoke(cli, [*args, "--db", str(db)])
        assert res.exit_code == 1, res.output
        assert res.output.startswith("error: "), res.output
        assert res.output.count("\n") == 1, res.output
        assert folder_bytes(db.parent) == before, f"{args} changed the folder"
    return messages[0]


FOREIGN_APP_IDS = st.one_of(
    st.sampled_from([0, 1, 0x0F055111, 0x4C495445, -1, 2**31 - 1, -(2**31)]),
    st.integers(-(2**31), 2**31 - 1),
).filter(lambda v: v != connection.APPLICATION_ID)

SEEN: list[str] = []


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    journal=st.sampled_from(JOURNALS),
    page_size=st.sampled_from([512, 4096, 65536]),
    user_version=st.sampled_from([0, 1, 2, migrations.SCHEMA_VERSION, 7, 2**31 - 1, -1]),
    app_id=FOREIGN_APP_IDS,
    tables=st.sampled_from(sorted(TABLE_SETS)),
    live_wal=st.booleans(),
)
def test_foreign_sqlite_files_are_left_byte_for_byte(
    journal: str, page_size: int, user_version: int, app_id: int, tables: str, live_wal: bool
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "lib"
        folder.mkdir()
        db = make_foreign(folder, journal=journal, page_size=page_size,
                          user_version=user_version, app_id=app_id, tables=tables,
                          live_wal=live_wal)  # fmt: skip
        message = assert_untouched(db)
        assert "left untouched" in message or "newer" in message, message
        SEEN.append(f"{journal}/{page_size}/v{user_version}/{tables}/wal={live_wal}")


def test_foreign_counts_recorded() -> None:
    """Runs after the generated test (file order): say how many shapes were proven."""
    if SEEN:
        record(f"foreign SQLite files: {len(SEEN)} generated shapes (journal modes, page "
               "sizes, user_version, application_id, tables, live -wal) refused by "
               "Library.open rw/ro and 3 CLI commands; every byte and side file unchanged")  # fmt: skip


@pytest.mark.parametrize("tables", sorted(TABLE_SETS))
@pytest.mark.parametrize("user_version", [1, 2])
def test_the_issue_examples(tmp_path: Path, tables: str, user_version: int) -> None:
    """Other tables with user_version 1 or 2: no backup, no WAL, no replay tables, no version."""
    folder = tmp_path / "lib"
    folder.mkdir()
    db = make_foreign(folder, journal="delete", page_size=4096, user_version=user_version,
                      app_id=0, tables=tables, live_wal=False)  # fmt: skip
    assert "not a replay library" in assert_untouched(db)
    assert sorted(p.name for p in folder.iterdir()) == ["other.sqlite"]


# -- what must still open: replay's own libraries, old and new -------------------------


def legacy_library(path: Path, version: int) -> None:
    """A library as replay made it before the application_id (migrations up to ``version``)."""
    from sqlite_utils import Database

    db = Database(path)
    stop = (
        None
        if version >= migrations.SCHEMA_VERSION
        else (migrations.MIGRATIONS._migrations[version].name)
    )
    migrations.MIGRATIONS.apply(db, stop_before=stop)
    db.execute(f"PRAGMA user_version = {version}")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("INSERT INTO categories (code, label) VALUES ('mine', 'Mine')")
    db.conn.commit()
    db.close()


@pytest.mark.parametrize("version", range(1, migrations.SCHEMA_VERSION + 1))
def test_libraries_of_earlier_replay_open_and_are_adopted(tmp_path: Path, version: int) -> None:
    db = tmp_path / "library.sqlite"
    legacy_library(db, version)
    assert sqlite3.connect(db).execute("PRAGMA application_id").fetchone()[0] == 0
    with Library.open(db) as lib:
        assert "mine" in {c.code for c in lib.tags.categories(include_inactive=True)}
        assert connection.application_id(lib.db.conn) == connection.APPLICATION_ID
        assert connection.user_version(lib.db.conn) == migrations.SCHEMA_VERSION
    with Library.open(db, readonly=True) as lib:
        assert lib.sessions() == []


def test_new_library_carries_the_application_id(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    Library.open(db).close()
    head = db.read_bytes()[:100]
    assert int.from_bytes(head[68:72], "big") == connection.APPLICATION_ID == 0x52504C59
    empty = tmp_path / "empty.sqlite"
    empty.touch()  # an empty file is an empty database: replay may fill it
    Library.open(empty).close()
    assert int.from_bytes(empty.read_bytes()[68:72], "big") == connection.APPLICATION_ID


def test_replay_id_with_foreign_tables_and_no_version_is_refused(tmp_path: Path) -> None:
    """Our id but someone else's tables at user_version 0: refused, unchanged."""
    folder = tmp_path / "lib"
    folder.mkdir()
    db = make_foreign(folder, journal="delete", page_size=4096, user_version=0,
                      app_id=connection.APPLICATION_ID, tables="other", live_wal=False)  # fmt: skip
    before = folder_bytes(folder)
    with pytest.raises(StoreError, match="not a replay library"):
        Library.open(db)
    assert folder_bytes(folder) == before
