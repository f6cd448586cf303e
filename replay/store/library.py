"""Library: the one object that opens the SQLite library file (STYLE.md 6.2).

Everything that reads or writes the library goes through a :class:`Library`: the app,
the CLI, the detectors' results and the tags (``replay/store/tags.py`` and ``results.py``
use ``library.db`` with :meth:`Library.write` and :meth:`Library.guard`).

Writes of several statements run in :meth:`Library.write`: ``BEGIN IMMEDIATE`` (take the
write lock first, so the busy timeout applies instead of a mid-transaction "database is
locked") and all-or-nothing. A tag change is such a transaction too: the tag row and
its history row, committed by :class:`~replay.store.tags.TagStore` in one ``BEGIN
IMMEDIATE`` ... ``COMMIT`` before the call returns, so with ``synchronous=FULL`` it
survives SIGKILL and power loss.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from sqlite_utils import Database

from replay.errors import NotFound, StoreError
from replay.model.session import Device, Session, SessionMeta
from replay.store import codec, connection
from replay.store.rows import SELECT_ROWS, SORT_KEYS, SessionRow, listing_query
from replay.store.tags import TagStore

__all__ = ["SORT_KEYS", "Library", "SessionRow"]

_INSERT_SESSION = """
INSERT INTO sessions (source, source_name, format, device, viewport_width_px,
    viewport_height_px, started_at_ms, duration_ms, content_hash, imported_at, title,
    n_events, n_pointer, n_clicks, n_scroll, counts_json, report_json, extra_json)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
_INSERT_CHANNEL = 'INSERT INTO channels (session_id, channel, "column", dtype, n, data) VALUES (?, ?, ?, ?, ?, ?)'
_INSERT_TEXT = "INSERT INTO session_texts (session_id, name, json) VALUES (?, ?, ?)"


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Library:
    """A replay library: one SQLite file of sessions, detections and tags.

    Use :meth:`open`; close with :meth:`close` or a ``with`` block.

    Attributes
    ----------
    path : Path
        The library file.
    db : sqlite_utils.Database
        The one connection (WAL, synchronous=FULL, foreign keys, busy timeout).
    readonly : bool
        Opened read-only: every write raises StoreError.
    backup_path : Path or None
        The backup made before migrating this file at open, if any.
    """

    def __init__(
        self, path: Path, db: Database, *, readonly: bool, backup_path: Path | None
    ) -> None:
        self.path = path
        self.db = db
        self.readonly = readonly
        self.backup_path = backup_path

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        readonly: bool = False,
        busy_timeout_ms: int = connection.DEFAULT_BUSY_TIMEOUT_MS,
    ) -> Library:
        """Open (or create) the library at ``path``; refuse rather than overwrite.

        Parameters
        ----------
        path : str or Path
            The library file. Parent folders are created for a new library.
        create : bool
            Create the file when missing (otherwise StoreError).
        readonly : bool
            Open without write access (``mode=ro``); the schema must be current.
        busy_timeout_ms : int
            How long a write waits for another process's lock before DatabaseLocked.

        Raises
        ------
        DatabaseCorrupt
            Not SQLite, truncated, or damaged: the file is left untouched.
        DatabaseLocked
            Another process held the write lock for longer than ``busy_timeout_ms``.
        StoreError
            Newer schema, not a replay library, read-only file or folder, disk full.
        """
        path = Path(path)
        connection.check_file(path, create=create, readonly=readonly)
        conn = connection.connect(path, readonly=readonly, busy_timeout_ms=busy_timeout_ms)
        try:
            with connection.translate_errors(path):
                db = Database(conn, execute_plugins=False)
                connection.check_version(path, conn, readonly=readonly)
                connection.check_pages(path, conn)
                if not readonly:
                    connection.enable_wal(path, conn)
                made = None if readonly else connection.migrate(path, conn, db)
        except BaseException:
            conn.close()
            raise
        return cls(path, db, readonly=readonly, backup_path=made)

    @classmethod
    def in_memory(cls) -> Library:
        """Return a new, empty library in memory (same schema; gone when closed).

        For a session shown without a library (tests, screenshots): its tags still go
        through the one :class:`TagStore`, with the same rules and undo/redo.
        """
        path = Path(":memory:")
        conn = connection.connect(
            path, readonly=False, busy_timeout_ms=connection.DEFAULT_BUSY_TIMEOUT_MS
        )
        try:
            with connection.translate_errors(path):
                db = Database(conn, execute_plugins=False)
                connection.migrate(path, conn, db)
        except BaseException:
            conn.close()
            raise
        return cls(path, db, readonly=False, backup_path=None)

    @functools.cached_property
    def tags(self) -> TagStore:
        """The library's tags and codebook (every change committed before it returns)."""
        return TagStore(self.db)

    def close(self) -> None:
        """Close the connection (committed data is already on disk)."""
        self.db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def guard(self) -> contextlib.AbstractContextManager[None]:
        """Return a context that turns sqlite3 errors into DatabaseLocked/DatabaseCorrupt/StoreError."""
        return connection.translate_errors(self.path)

    @contextlib.contextmanager
    def write(self) -> Iterator[Database]:
        """Run the block as one all-or-nothing write transaction under the write lock.

        ``BEGIN IMMEDIATE`` waits up to the busy timeout for other writers; then either
        everything in the block is committed or (on any exception) nothing is. Nested
        use becomes a savepoint (``db.atomic()``).

        Raises
        ------
        StoreError
            Read-only library, disk full, or (DatabaseLocked) still locked after the timeout.
        """
        if self.readonly:
            raise StoreError(self.path, "the library was opened read-only: nothing was written")
        with connection.write_transaction(self.path, self.db) as db:
            yield db

    # -- sessions ---------------------------------------------------------------------

    def find_by_hash(self, content_hash: str) -> int | None:
        """Return the id of the session imported from content ``content_hash``, or None."""
        with self.guard():
            row = self.db.conn.execute(
                "SELECT id FROM sessions WHERE content_hash = ?", [content_hash]
            ).fetchone()
        return None if row is None else int(row[0])

    def add_session(self, session: Session, *, samples: bool = True) -> tuple[int, bool]:
        """Store ``session`` in one transaction; a re-import returns the existing id.

        Parameters
        ----------
        session : Session
            As returned by ``replay.importers.import_file``.
        samples : bool
            Also store the channels and texts (default). False stores only the session's
            row, for an in-memory library that holds the tags of a session shown without
            a library (:meth:`in_memory`); :meth:`load_session` cannot load it back.

        Returns
        -------
        (int, bool)
            The session id and whether it was created (False: same content already here).

        Raises
        ------
        StoreError
            Locked, read-only, full disk: nothing of the session was written and nothing
            else in the library changed.
        """
        meta = session.meta
        counts = session.counts()
        with self.write() as db:
            existing = self.find_by_hash(meta.content_hash)
            if existing is not None:
                return existing, False
            cur = db.conn.execute(
                _INSERT_SESSION,
                [
                    codec.safe_text(meta.source),
                    codec.safe_text(Path(meta.source).name or meta.source),
                    meta.format,
                    str(meta.device.value if isinstance(meta.device, Device) else meta.device),
                    int(meta.viewport_width_px),
                    int(meta.viewport_height_px),
                    None if meta.started_at_ms is None else int(meta.started_at_ms),
                    int(meta.duration_ms),
                    meta.content_hash,
                    _now_iso(),
                    codec.safe_text(meta.title),
                    session.event_count,
                    counts.get("pointer", 0),
                    counts.get("clicks", 0),
                    counts.get("scroll", 0),
                    codec.dumps_text(counts),
                    codec.dumps_text(session.report.to_json()),
                    codec.dumps_text(dict(meta.extra)),
                ],
            )
            session_id = int(cur.lastrowid or 0)
            if samples:
                db.conn.executemany(_INSERT_CHANNEL, codec.channel_rows(session_id, session))
                db.conn.executemany(_INSERT_TEXT, codec.text_rows(session_id, session))
        return session_id, True

    def _meta_row(self, session_id: int) -> tuple[SessionRow, str]:
        with self.guard():
            row = self.db.conn.execute(SELECT_ROWS + " WHERE s.id = ?", [session_id]).fetchone()
            hash_row = self.db.conn.execute(
                "SELECT content_hash FROM sessions WHERE id = ?", [session_id]
            ).fetchone()
        if row is None or hash_row is None:
            raise NotFound(f"{self.path}: no session #{session_id} in this library")
        return SessionRow.from_db(tuple(row)), str(hash_row[0])

    def session_row(self, session_id: int) -> SessionRow:
        """Return the listing facts of one session.

        Raises
        ------
        NotFound
            No session with that id.
        """
        return self._meta_row(session_id)[0]

    def load_session(self, session_id: int) -> Session:
        """Load one session: metadata, channels (read-only views of the BLOBs), texts.

        Raises
        ------
        NotFound
            No session with that id.
        DatabaseCorrupt
            A stored BLOB does not match its dtype, length or channel schema.
        """
        row, content_hash = self._meta_row(session_id)
        with self.guard():
            channel_rows = self.db.conn.execute(
                'SELECT channel, "column", dtype, n, data FROM channels WHERE session_id = ?',
                [session_id],
            ).fetchall()
            text_rows = self.db.conn.execute(
                "SELECT name, json FROM session_texts WHERE session_id = ?", [session_id]
            ).fetchall()
        channels = codec.decode_channels(channel_rows, path=self.path, session_id=session_id)
        strings, nodes = codec.decode_texts(text_rows, path=self.path, session_id=session_id)
        meta = SessionMeta(
            source=row.source,
            format=row.format,
            device=Device(row.device)
            if row.device in Device._value2member_map_
            else Device.UNKNOWN,
            viewport_width_px=row.viewport_width_px,
            viewport_height_px=row.viewport_height_px,
            started_at_ms=row.started_at_ms,
            duration_ms=row.duration_ms,
            content_hash=content_hash,
            title=row.title,
            extra=dict(row.extra),
        )
        return Session(
            meta=meta, channels=channels, strings=strings, nodes=nodes, report=row.report
        )

    def sessions(
        self,
        *,
        sort: str = "id",
        descending: bool = False,
        format: str | None = None,
        device: str | None = None,
        min_duration_ms: int | None = None,
        max_duration_ms: int | None = None,
        search: str | None = None,
        limit: int | None = None,
    ) -> list[SessionRow]:
        """List sessions, filtered and sorted (no channel data is read).

        Parameters
        ----------
        sort : str
            One of :data:`SORT_KEYS`: id, source, format, device, duration, started,
            events, score, spikes, tags. Missing values (no detection yet) sort last.
        descending : bool
            Largest first.
        format, device : str, optional
            Exact match.
        min_duration_ms, max_duration_ms : int, optional
            Inclusive bounds on the duration.
        search : str, optional
            Substring of the source path, title or format-specific facts.
        limit : int, optional
            At most this many rows.

        Raises
        ------
        ValueError
            On an unknown sort key.
        """
        sql, params = listing_query(
            sort=sort,
            descending=descending,
            filters={
                "format": format,
                "device": device,
                "min_duration_ms": min_duration_ms,
                "max_duration_ms": max_duration_ms,
                "search": search,
            },
            limit=limit,
        )
        with self.guard():
            rows = self.db.conn.execute(sql, params).fetchall()
        return [SessionRow.from_db(tuple(r)) for r in rows]

    def delete_session(self, session_id: int) -> None:
        """Delete a session with its channels, texts, detections, tags and tag history.

        Raises
        ------
        NotFound
            No session with that id.
        """
        with self.write() as db:
            cur = db.conn.execute("DELETE FROM sessions WHERE id = ?", [session_id])
            if cur.rowcount == 0:
                raise NotFound(f"{self.path}: no session #{session_id} in this library")
            # tag_history has no foreign key (it outlives soft deletes), so clear it by hand.
            db.conn.execute("DELETE FROM tag_history WHERE session_id = ?", [session_id])

    def set_reviewed(self, session_id: int, *, reviewer: str, reviewed: bool = True) -> None:
        """Mark a session reviewed by ``reviewer`` now (or clear the mark).

        Raises
        ------
        NotFound
            No session with that id.
        """
        values = (_now_iso(), codec.safe_text(reviewer)) if reviewed else (None, None)
        with self.write() as db:
            cur = db.conn.execute(
                "UPDATE sessions SET reviewed_at = ?, reviewed_by = ? WHERE id = ?",
                [*values, session_id],
            )
            if cur.rowcount == 0:
                raise NotFound(f"{self.path}: no session #{session_id} in this library")

    def session_count(self) -> int:
        """Return the number of sessions."""
        with self.guard():
            return int(self.db.conn.execute("SELECT count(*) FROM sessions").fetchone()[0])
