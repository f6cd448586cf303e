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

import replay.filekind as filekind
from replay.errors import DatabaseCorrupt, DatabaseLocked, StoreError
from replay.store import migrations, rows, verified
from replay.store.target import PgTarget

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
def translate_errors(path: Path | PgTarget) -> Iterator[None]:
    """Turn any ``sqlite3.Error`` raised inside the block into a typed StoreError.

    Parameters
    ----------
    path : Path or PgTarget
        The library file, named in the error; for a PostgreSQL library, psycopg's errors
        are translated instead (``replay.store.pg.translate_errors``).

    Raises
    ------
    DatabaseLocked, DatabaseCorrupt, StoreError
        Instead of the ``sqlite3`` error (chained as ``__cause__``).
    """
    if isinstance(path, PgTarget):
        from replay.store import pg

        with pg.translate_errors(path):
            yield
        return
    try:
        yield
    except sqlite3.Error as exc:
        cls, reason = _reason(exc)
        if cls is DatabaseCorrupt:
            verified.forget(path)  # the next open checks every page again
        raise cls(path, reason) from exc


@contextlib.contextmanager
def write_transaction(path: Path | PgTarget, db: Database) -> Iterator[Database]:
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
    if isinstance(path, PgTarget):
        from replay.store import pg

        with pg.write_transaction(path, db) as pgdb:  # type: ignore[arg-type]
            yield pgdb  # type: ignore[misc]
        return
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


def unwritable(path: Path) -> bool:
    """Return True when an existing library file or its folder is read-only.

    Such a library can only be opened read-only (``Library.open(readonly=True)``), and
    then as ``immutable``: SQLite could not create (and must not leave) the ``-wal`` and
    ``-shm`` files a WAL library's readers need. A missing file is not unwritable.
    """
    try:
        regular = stat.S_ISREG(os.lstat(path).st_mode)
    except (OSError, ValueError):  # missing, a name too long, a NUL: the normal open refuses it
        return False
    # anything but a regular file (a link, a FIFO, a device) goes the normal way, refused there
    return regular and (_read_only(path) or _read_only(path.parent))


#: ``PRAGMA application_id`` of every replay library (header offset 68, fileformat.html
#: 1.3.14): the ASCII bytes "RPLY". A file is ours only when it carries this number, or, for
#: libraries made before replay set it, when it has replay's tables and a known user_version.
APPLICATION_ID = 0x52504C59
#: The tables (and some of their columns) every replay library has had since schema v1.
REPLAY_TABLES: dict[str, frozenset[str]] = {
    "sessions": frozenset(
        {"id", "source", "source_name", "format", "content_hash", "report_json"}
    ),
    "channels": frozenset({"session_id", "channel", "column", "dtype", "n", "data"}),
    "session_texts": frozenset({"session_id", "name", "json"}),
    "detections": frozenset({"session_id", "detector_version", "config_hash", "hits_json"}),
    "categories": frozenset({"code", "label", "description", "position", "active"}),
    "tags": frozenset({"id", "session_id", "start_ms", "end_ms", "category", "severity"}),
    "tag_history": frozenset({"seq", "tag_id", "session_id", "action"}),
}
_SIDECARS = ("-journal", "-wal", "-shm")


def check_file(path: Path, *, create: bool, readonly: bool) -> bool:
    """Check the library file before SQLite opens it; never modify it.

    Nothing is opened for writing here, and no SQLite connection that could create a
    journal, switch the journal mode or roll back a hot journal is made: the file is
    looked at with ``os.stat``, its 100-byte header is read with ``O_NONBLOCK`` (a FIFO
    cannot hang the check), and a library made before replay set its application_id is
    recognised through an ``immutable`` read-only connection (no locks, no side files).

    Parameters
    ----------
    path : Path
        The library file.
    create : bool
        Whether a missing file may be created (with its parent folders).
    readonly : bool
        Whether the library will be opened read-only.

    Returns
    -------
    bool
        True when the file is new or empty (replay will create the library in it).

    Raises
    ------
    StoreError
        Missing file (and ``create`` false or ``readonly``), not a regular file (folder,
        FIFO, device, socket, symlink to one of those or to nothing), a side file
        (``-wal``, ``-shm``, ``-journal``) that is not a regular file, another program's
        SQLite file, a read-only file or folder when opening for writing.
    DatabaseCorrupt
        Not an SQLite file, or shorter than its own header says (truncated).
    """
    if filekind.name_too_long(path):
        raise StoreError(path, "the file name is too long for the file system")
    mode, problem = filekind.existing_kind(path)
    if problem is not None:
        raise StoreError(path, f"cannot use this library path: {problem}")
    if mode is not None and not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            raise StoreError(path, "is a folder, not a library file")
        raise StoreError(
            path,
            f"is not a regular file (it is {filekind.kind_of(mode)}); "
            "a library must be a regular file: it was left untouched",
        )
    for suffix in _SIDECARS:
        side = Path(f"{path}{suffix}")
        try:
            side_mode = os.lstat(side).st_mode
        except OSError:
            continue
        if not stat.S_ISREG(side_mode):
            raise StoreError(
                path,
                f"its SQLite side file {side.name} is {filekind.kind_of(side_mode)}, "
                "not a regular file; nothing was opened",
            )
    if mode is None:
        if readonly or not create:
            raise StoreError(path, "no library here (import a session to create one)")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(path, f"cannot create the library's folder: {exc.strerror}") from exc
        if _read_only(path.parent):
            raise StoreError(path, "the folder is read-only: cannot create a library in it")
        return True
    new = _check_header(path)
    if readonly and unwritable(path):
        _check_no_live_wal(path)
    if not readonly:
        if _read_only(path):
            raise StoreError(path, "the library file is read-only: nothing can be saved to it")
        if _read_only(path.parent):
            raise StoreError(
                path, "the library's folder is read-only: SQLite needs it for its journal"
            )
    return new


def _check_no_live_wal(path: Path) -> None:
    """Refuse a read-only library whose ``-wal`` file still holds changes.

    A read-only library is opened ``immutable`` (no side files), which reads the main file
    only: the changes still in the ``-wal`` file (left by a replay that was stopped before
    it closed the library) would be missing, and merging them in is a write.
    """
    try:
        size = Path(f"{path}-wal").stat().st_size
    except OSError:
        return
    if size > 0:
        raise StoreError(
            path,
            f"the library is read-only and its {path.name}-wal file still holds changes "
            "(replay was stopped before it closed the library); nothing was read or written: "
            "open it once where it is writable so replay folds them in",
        )


def _too_new(path: Path, version: int) -> StoreError:
    return StoreError(
        path,
        f"made by a newer replay (schema v{version}, this replay knows up to "
        f"v{migrations.SCHEMA_VERSION}); it was left untouched: upgrade replay",
    )


def _not_ours(path: Path, why: str) -> StoreError:
    return StoreError(
        path, f"is an SQLite file but not a replay library ({why}); it was left untouched"
    )


def _check_header(path: Path) -> bool:
    """Identify the file as a replay library from its header; True for an empty file.

    Refuses a file that is not SQLite, is shorter than its header's page count, carries
    another program's application_id, or (without an application_id) lacks replay's tables.
    """
    try:
        with filekind.open_regular(path) as fh:
            head = fh.read(100)
            size = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        raise StoreError(path, f"cannot read the library file: {exc.strerror}") from exc
    if size == 0:
        return True  # an empty file is a valid, empty SQLite database: replay fills it
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise DatabaseCorrupt(
            path, "is not a replay library (not an SQLite file); it was left untouched"
        )
    # user_version at offset 60, application_id at 68 (fileformat.html 1.3).
    version = int.from_bytes(head[60:64], "big")
    app_id = int.from_bytes(head[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise _not_ours(
            path, f"its application_id is {app_id:#010x}, replay's is {APPLICATION_ID:#010x}"
        )
    if app_id == 0:
        _check_legacy(path, version)
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
    return False


def _check_legacy(path: Path, version: int) -> None:
    """Accept a file without application_id only if it is a library of an earlier replay.

    Those had ``user_version`` 1 or more and all of :data:`REPLAY_TABLES`. The schema is
    read through an ``immutable=1`` read-only connection: SQLite then takes no lock,
    creates no ``-wal``/``-shm``/``-journal`` file and never rolls back a hot journal.
    """
    if version == 0:
        raise _not_ours(path, "no replay application_id and no replay schema version")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        probe = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DatabaseCorrupt(
            path, f"cannot read the file ({exc}); it was left untouched"
        ) from exc
    try:
        names = {
            str(r[0]) for r in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        missing = sorted(set(REPLAY_TABLES) - names)
        if missing:
            raise _not_ours(path, f"no {', '.join(missing[:3])} table")
        for table, wanted in REPLAY_TABLES.items():
            columns = {str(r[1]) for r in probe.execute(f'PRAGMA table_info("{table}")')}
            if not wanted <= columns:
                raise _not_ours(path, f"its {table} table is not replay's")
    except sqlite3.Error as exc:
        raise DatabaseCorrupt(path, f"the file is damaged ({exc}); it was left untouched") from exc
    finally:
        probe.close()


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
            # A read-only file or folder: immutable (no locks, no -wal/-shm created or left;
            # check_file refused a live -wal). Otherwise a plain read-only connection.
            uri = f"{path.resolve().as_uri()}?mode=ro"
            if unwritable(path):
                uri += "&immutable=1"
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


def application_id(conn: sqlite3.Connection) -> int:
    """Return ``PRAGMA application_id`` (:data:`APPLICATION_ID` for a replay library)."""
    return int(conn.execute("PRAGMA application_id").fetchone()[0])


def stamp_new(path: Path, conn: sqlite3.Connection) -> None:
    """Write replay's application_id into a new, empty file: the first write, before WAL.

    A crash right after this leaves a file that is recognisably replay's, so the next open
    completes it instead of refusing it as foreign.
    """
    with translate_errors(path):
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


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
    if readonly and version < migrations.SCHEMA_VERSION and unwritable(path):
        raise StoreError(
            path,
            f"the library is read-only and made by an older replay (schema v{version}, "
            f"this replay reads v{migrations.SCHEMA_VERSION} read-only): it cannot be "
            "upgraded in place; nothing was read or written: copy it to a writable folder "
            "(or make it writable) and open it once",
        )
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


#: What ``typeof()`` may answer in a column of each declared type (SQLite's rules of type
#: affinity: an INTEGER or REAL column keeps text that is not a number as text).
_ALLOWED_TYPES = {
    "integer": ("integer", "real", "null"),
    "real": ("integer", "real", "null"),
    "text": ("text", "null"),
}


def _affinity(declared: str) -> str | None:
    """Return the kind of value a column declared ``declared`` holds (None: anything)."""
    decl = declared.upper()
    if "INT" in decl:
        return "integer"
    if any(word in decl for word in ("CHAR", "CLOB", "TEXT")):
        return "text"
    if any(word in decl for word in ("REAL", "FLOA", "DOUB")):
        return "real"
    return None


def check_types(path: Path, conn: sqlite3.Connection) -> None:
    """Refuse a library holding a value of the wrong type in any column of its tables.

    SQLite's columns are not typed: another program (or a teammate's damaged file, merged)
    can store ``'12abc'`` in ``tags.start_ms`` or bytes in ``tags.note``, and every reader
    of that row would then fail. One query per table (``typeof`` of each typed column,
    stopping at the first bad row) runs with :func:`check_pages`, on every open of a file
    that changed since replay last checked it; ``replay merge`` opens the other library
    the same way, so such a value never reaches the user's own library.
    """
    tables = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        typed = [
            (str(row[1]), kind)
            for row in conn.execute(f'PRAGMA table_info("{table}")')
            if (kind := _affinity(str(row[2] or ""))) is not None
        ]
        if not typed:
            continue
        tests = " OR ".join(
            f'typeof("{name}") NOT IN ({", ".join(repr(t) for t in _ALLOWED_TYPES[kind])})'
            for name, kind in typed
        )
        names = ", ".join(f'"{name}"' for name, _kind in typed)
        bad = conn.execute(f'SELECT {names} FROM "{table}" WHERE {tests} LIMIT 1').fetchone()
        if bad is None:
            continue
        for (name, kind), value in zip(typed, bad, strict=True):
            found = _sqlite_type(value)
            if found not in _ALLOWED_TYPES[kind]:
                verified.forget(path)
                want = "text" if kind == "text" else "a number"
                raise DatabaseCorrupt(
                    path,
                    f"the library is damaged: {table}.{name} holds {found} "
                    f"({_preview(value)}) where {want} belongs; it was left untouched: "
                    "restore a backup (a .bak-* file beside it) or open another library",
                )


def _sqlite_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool | int):
        return "integer"
    if isinstance(value, float):
        return "real"
    return "text" if isinstance(value, str) else "bytes"


def _preview(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


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
    if user_version(conn) == migrations.SCHEMA_VERSION and application_id(conn) == APPLICATION_ID:
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
            if application_id(conn) != APPLICATION_ID:
                # A library of an earlier replay (recognised by its tables): adopt it.
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return made
