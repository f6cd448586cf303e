"""Opening the library file safely: checks, connection policy, migrations with a backup.

Issue 7 asks that a corrupt, truncated, newer, read-only or full library gets a clear
message and is never overwritten. So the file is checked *before* SQLite may write to it
(header magic and size, folder and file permissions), every ``sqlite3`` error is turned
into a typed :class:`~replay.errors.StoreError` by :func:`translate_errors`, and
migrations run under the write lock after a backup copy of the file was taken.

The connection policy (one connection per :class:`~replay.store.library.Library`):
WAL journal (readers never block the writer), ``synchronous=FULL`` (a committed tag
survives SIGKILL and power loss; https://sqlite.org/pragma.html#pragma_synchronous),
foreign keys on (``ON DELETE CASCADE``), and a busy timeout so two processes importing and
tagging at once wait for each other instead of failing.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from replay.errors import DatabaseCorrupt, DatabaseLocked, StoreError
from replay.store import migrations, rows, verified

if TYPE_CHECKING:
    from sqlite_utils import Database

#: Every SQLite 3 file starts with these 16 bytes (https://sqlite.org/fileformat.html 1.3).
SQLITE_MAGIC = b"SQLite format 3\x00"
#: How long a writer waits for another process's write lock before giving up.
DEFAULT_BUSY_TIMEOUT_MS = 10_000


def _reason(exc: sqlite3.Error) -> tuple[type[StoreError], str]:
    """Return the error class and user-facing reason for a sqlite3 error."""
    code = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return DatabaseLocked, (
            "the library is busy: another replay process is writing to it; "
            "nothing was written, try again when it has finished"
        )
    if code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return DatabaseCorrupt, (
            f"the library file is damaged ({text}); it was left untouched: "
            "restore a backup or use another --db"
        )
    if code == "SQLITE_FULL" or "disk is full" in text:
        return StoreError, "the disk is full: nothing of this change was written; free some space"
    if code.startswith("SQLITE_READONLY") or "readonly" in text:
        return StoreError, (
            "the library is read-only (file, folder or read-only open): nothing was written"
        )
    if code.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return StoreError, "cannot open the library file (check the folder exists and is writable)"
    if code.startswith("SQLITE_IOERR"):
        return StoreError, f"disk input/output error ({text}): nothing of this change was kept"
    return StoreError, f"database error: {text}"


@contextlib.contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn any ``sqlite3.Error`` raised inside the block into a typed StoreError.

    Parameters
    ----------
    path : Path
        The library file, named in the error.

    Raises
    ------
    DatabaseLocked, DatabaseCorrupt, StoreError
        Instead of the ``sqlite3`` error (chained as ``__cause__``).
    """
    try:
        yield
    except sqlite3.Error as exc:
        cls, reason = _reason(exc)
        if cls is DatabaseCorrupt:
            verified.forget(path)  # the next open checks every page again
        raise cls(path, reason) from exc


@contextlib.contextmanager
def write_transaction(path: Path, db: Database) -> Iterator[Database]:
    """Run the block as one all-or-nothing write transaction, committed before it ends.

    ``BEGIN IMMEDIATE`` waits up to the busy timeout for other writers; ``COMMIT`` runs
    inside the guarded block, so a failed commit rolls back instead of leaving an open
    transaction behind. Inside a caller's transaction the block becomes a savepoint.
    The one write path of the library and its tags.

    Raises
    ------
    DatabaseLocked, DatabaseCorrupt, StoreError
        Translated from the ``sqlite3`` error (see :func:`translate_errors`).
    """
    conn = db.conn
    with translate_errors(path):
        if conn.in_transaction:
            with db.atomic():
                yield db
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def _read_only(path: Path) -> bool:
    """Return True when ``path`` cannot or must not be written.

    The mode bits count even for root (who may write anything): a user who marked the
    library or its folder read-only means it.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return True
    return not os.access(path, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def check_file(path: Path, *, create: bool, readonly: bool) -> None:
    """Check the library file before SQLite opens it; never modify it.

    Parameters
    ----------
    path : Path
        The library file.
    create : bool
        Whether a missing file may be created (with its parent folders).
    readonly : bool
        Whether the library will be opened read-only.

    Raises
    ------
    StoreError
        Missing file (and ``create`` false or ``readonly``), a folder where the file should
        be, a read-only file or folder when opening for writing.
    DatabaseCorrupt
        Not an SQLite file, or shorter than its own header says (truncated).
    """
    if path.is_dir():
        raise StoreError(path, "is a folder, not a library file")
    if not path.exists():
        if readonly or not create:
            raise StoreError(path, "no library here (import a session to create one)")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(path, f"cannot create the library's folder: {exc.strerror}") from exc
        if _read_only(path.parent):
            raise StoreError(path, "the folder is read-only: cannot create a library in it")
        return
    _check_header(path)
    if not readonly:
        if _read_only(path):
            raise StoreError(path, "the library file is read-only: nothing can be saved to it")
        if _read_only(path.parent):
            raise StoreError(
                path, "the library's folder is read-only: SQLite needs it for its journal"
            )


def _too_new(path: Path, version: int) -> StoreError:
    return StoreError(
        path,
        f"made by a newer replay (schema v{version}, this replay knows up to "
        f"v{migrations.SCHEMA_VERSION}); it was left untouched: upgrade replay",
    )


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite, or is shorter than its header's page count."""
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise StoreError(path, f"cannot read the library file: {exc.strerror}") from exc
    if size == 0:
        return  # an empty file is a valid, empty SQLite database
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise DatabaseCorrupt(
            path, "is not a replay library (not an SQLite file); it was left untouched"
        )
    # user_version lives at header offset 60 (fileformat.html 1.3): refuse a newer
    # library before SQLite opens it at all (check_version re-checks through SQLite).
    version = int.from_bytes(head[60:64], "big")
    if version > migrations.SCHEMA_VERSION:
        raise _too_new(path, version)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    n_pages = int.from_bytes(head[28:32], "big")
    # The in-header page count is valid when the change counter matches "version valid
    # for" (fileformat.html 1.3.7). With a live -wal file a checkpoint may be mid-way,
    # so the size check only runs on a closed, checkpointed library.
    valid = head[24:28] == head[92:96]
    wal = Path(f"{path}-wal")
    if valid and not wal.exists() and (size % page_size or size < n_pages * page_size):
        raise DatabaseCorrupt(
            path,
            f"the library file is truncated ({size} bytes, its header says "
            f"{n_pages * page_size}); it was left untouched: restore a backup",
        )


def connect(path: Path, *, readonly: bool, busy_timeout_ms: int) -> sqlite3.Connection:
    """Open a connection with replay's policy (synchronous=FULL, foreign keys, busy timeout).

    Nothing is written here: WAL is switched on by :func:`enable_wal` once the file's
    version has been accepted.

    Raises
    ------
    StoreError
        Via :func:`translate_errors` when SQLite refuses the file.
    """
    with translate_errors(path):
        if readonly:
            uri = f"{path.resolve().as_uri()}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000)
        else:
            conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            # The one session search rule, callable from the listing query.
            conn.create_function(
                rows.SQL_MATCHES_SEARCH, 7, rows.sql_matches_search, deterministic=True
            )
            # Reading the schema parses sqlite_master: a damaged file fails here, at open.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            conn.close()
            raise
    return conn


def enable_wal(path: Path, conn: sqlite3.Connection) -> None:
    """Switch the file to WAL (a write: only after :func:`check_version` accepted it)."""
    with translate_errors(path):
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError(path, f"cannot switch the library to WAL journaling (got {mode})")


def user_version(conn: sqlite3.Connection) -> int:
    """Return ``PRAGMA user_version`` (replay's schema version; 0 for a new file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _foreign_tables(conn: sqlite3.Connection) -> list[str]:
    """Return the user tables of a version-0 file (non-empty means: not a replay library)."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return [str(r[0]) for r in rows]


def check_version(path: Path, conn: sqlite3.Connection, *, readonly: bool) -> int:
    """Refuse a library made by a newer replay, another program's database, or a stale read-only one.

    Returns
    -------
    int
        The file's schema version.
    """
    version = user_version(conn)
    if version > migrations.SCHEMA_VERSION:
        raise _too_new(path, version)
    if version == 0 and _foreign_tables(conn):
        raise StoreError(path, "is an SQLite file but not a replay library; it was left untouched")
    if readonly and version < migrations.SCHEMA_VERSION:
        raise StoreError(
            path,
            f"the library (schema v{version}) needs an upgrade to "
            f"v{migrations.SCHEMA_VERSION}: open it once for writing",
        )
    return version


def check_pages(path: Path, conn: sqlite3.Connection) -> None:
    """Refuse a library whose pages SQLite finds damaged, before anything is written to it.

    The header check in :func:`check_file` only sees a wrong or truncated file; a zeroed or
    overwritten page inside it shows only here. ``PRAGMA quick_check`` reads every page but
    skips the index-content cross-checks of ``integrity_check``: about 18 ms for a 51 MB
    library of all 65 Balabit sessions, 0.3-0.8 s for 10 000 sessions (330 MB), so it
    runs on every open of a file that changed since replay last checked or closed it
    (``replay/store/verified.py``).
    """
    row = conn.execute("PRAGMA quick_check(1)").fetchone()
    verdict = str(row[0]) if row else "no answer"
    if verdict != "ok":
        verified.forget(path)
        raise DatabaseCorrupt(
            path,
            f"the library is damaged (SQLite quick_check: {verdict}); it was left untouched: "
            "restore a backup (a .bak-* file beside it) or open another library",
        )


def backup(path: Path, *, old_version: int) -> Path:
    """Copy the library to ``<name>.bak-v<old>-<UTC timestamp>`` with SQLite's backup API.

    Uses its own read connection, so it works while the caller holds the write lock
    (WAL readers see the last committed state; that is what is about to be migrated).
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.bak-v{old_version}-{stamp}")
    with translate_errors(path):
        src = sqlite3.connect(str(path))
        try:
            dst = sqlite3.connect(str(target))
            try:
                src.backup(dst)
            finally:
                dst.close()
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        finally:
            src.close()
    return target


def migrate(path: Path, conn: sqlite3.Connection) -> Path | None:
    """Apply pending migrations under the write lock, backing up a library with data first.

    Returns
    -------
    Path or None
        The backup file, when one was made.
    """
    if user_version(conn) == migrations.SCHEMA_VERSION:
        return None
    made: Path | None = None
    with translate_errors(path):
        # BEGIN IMMEDIATE takes the write lock first, so two processes opening a new
        # library at once cannot both create the tables; the loser re-reads the version.
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = check_version(path, conn, readonly=False)
            if version < migrations.SCHEMA_VERSION:
                if version > 0:
                    made = backup(path, old_version=version)
                from sqlite_utils import Database

                migrations.apply(Database(conn, execute_plugins=False))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return made
