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
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, cast

from replay.errors import NotFound, StoreError
from replay.store import connection, search, verified
from replay.store.migrations import SCHEMA_VERSION
from replay.store.rows import (
    SELECT_ROWS,
    SELECT_TABLE,
    SORT_KEYS,
    SessionRow,
    listing_query,
    stored_search_text,
)
from replay.store.search import SessionQuery
from replay.store.target import PgTarget, parse_target

if TYPE_CHECKING:
    from sqlite_utils import Database

    from replay.model.page import PageRecord
    from replay.model.session import Session
    from replay.store.listing import Listing
    from replay.store.pg import PgConnection
    from replay.store.tags import TagStore

# numpy, the model and the BLOB codec load on first use (in add_session, load_session,
# listing): ``replay sessions`` lists 10 000 sessions without them.

__all__ = ["SORT_KEYS", "Library", "SessionRow"]

_INSERT_SESSION = """
INSERT INTO sessions (source, source_name, format, device, viewport_width_px,
    viewport_height_px, started_at_ms, duration_ms, content_hash, imported_at, title,
    n_events, n_pointer, n_clicks, n_scroll, counts_json, report_json, extra_json)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (content_hash) DO NOTHING
"""
_INSERT_CHANNEL = 'INSERT INTO channels (session_id, channel, "column", dtype, n, data) VALUES (?, ?, ?, ?, ?, ?)'
_INSERT_CHUNK = (
    'INSERT INTO channel_chunks (session_id, channel, "column", seq, data) VALUES (?, ?, ?, ?, ?)'
)
_INSERT_TEXT = "INSERT INTO session_texts (session_id, name, json) VALUES (?, ?, ?)"
_INSERT_TERM = "INSERT OR IGNORE INTO session_terms (session_id, kind, value) VALUES (?, ?, ?)"


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Library:
    """A replay library: one SQLite file of sessions, detections and tags.

    Use :meth:`open`; close with :meth:`close` or a ``with`` block.

    Attributes
    ----------
    path : Path
        The library file.
    conn : sqlite3.Connection
        The one connection (WAL, synchronous=FULL, foreign keys, busy timeout).
    db : sqlite_utils.Database
        The same connection through sqlite-utils (made on first use).
    readonly : bool
        Opened read-only: every write raises StoreError.
    backup_path : Path or None
        The backup made before migrating this file at open, if any.
    """

    def __init__(
        self,
        path: Path | PgTarget,
        conn: sqlite3.Connection,
        *,
        readonly: bool,
        backup_path: Path | None,
        backup_hint: str | None = None,
    ) -> None:
        self.path = path
        self.conn = conn
        self.readonly = readonly
        self.backup_path = backup_path
        self.backup_hint = backup_hint

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return "postgresql" if isinstance(self.path, PgTarget) else "sqlite"

    @functools.cached_property
    def db(self) -> Database:
        """The sqlite-utils view of :attr:`conn` (made on first use: it imports numpy).

        On PostgreSQL, :class:`replay.store.pg.PgDatabase`: the same subset (``conn``,
        ``execute``, ``query``, ``table(...).upsert``, ``atomic``).
        """
        if isinstance(self.path, PgTarget):
            from replay.store.pg import PgDatabase

            return cast("Database", PgDatabase(cast("PgConnection", self.conn)))
        from sqlite_utils import Database

        return Database(self.conn, execute_plugins=False)

    @classmethod
    def open(
        cls,
        path: str | Path | PgTarget,
        *,
        create: bool = True,
        readonly: bool = False,
        busy_timeout_ms: int = connection.DEFAULT_BUSY_TIMEOUT_MS,
        connect_timeout_s: int | None = None,
    ) -> Library:
        """Open (or create) the library at ``path``; refuse rather than overwrite.

        Parameters
        ----------
        path : str, Path or PgTarget
            The library file (parent folders are created for a new library), or a
            PostgreSQL database: ``postgresql://user@host[:port]/dbname``, ``postgres://``
            or libpq keywords (``service=team``), see ``replay.store.target``.
        create : bool
            Create the file when missing (otherwise StoreError).
        readonly : bool
            Open without write access (``mode=ro``); the schema must be current.
        busy_timeout_ms : int
            How long a write waits for another process's lock before DatabaseLocked.
        connect_timeout_s : int, optional
            PostgreSQL: how long to wait for the server (default 10 s; deep links wait less).

        Every page is checked (``PRAGMA quick_check``) unless the file is exactly as
        replay last checked or closed it (``replay/store/verified.py``).

        Raises
        ------
        DatabaseCorrupt
            Not SQLite, truncated, or damaged: the file is left untouched.
        DatabaseLocked
            Another process held the write lock for longer than ``busy_timeout_ms``.
        StoreError
            Newer schema, not a replay library, read-only file or folder, disk full.
        """
        target = parse_target(path)
        if isinstance(target, PgTarget):
            return cls._open_pg(
                target, create=create, readonly=readonly, connect_timeout_s=connect_timeout_s
            )
        path = target
        new = connection.check_file(path, create=create, readonly=readonly)
        state = verified.fingerprint(path)  # before connecting: WAL mode adds a -wal file
        conn = connection.connect(path, readonly=readonly, busy_timeout_ms=busy_timeout_ms)
        try:
            with connection.translate_errors(path):
                if new and not readonly and connection.application_id(conn) == 0:
                    connection.stamp_new(path, conn)
                connection.check_version(path, conn, readonly=readonly)
                current = connection.user_version(conn) == SCHEMA_VERSION
                if not (current and verified.is_verified(path, state)):
                    connection.check_pages(path, conn)
                    connection.check_types(path, conn)
                if not readonly:
                    connection.enable_wal(path, conn)
                made = None if readonly else connection.migrate(path, conn)
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, readonly=readonly, backup_path=made)

    @classmethod
    def open_to_read(cls, path: str | Path | PgTarget, *, create: bool = True) -> Library:
        """Open the library for a command that only reads it.

        A library file that is read-only (its mode bits, or its folder's: an archived
        study on a read-only share, a colleague's file) is opened as ``replay merge``
        opens the other library: ``readonly=True``, which :func:`connection.connect`
        makes ``immutable`` for such a file, so nothing at all is written beside it. Any
        other library opens as :meth:`open` does (upgraded to the current schema first).

        Raises
        ------
        StoreError
            As :meth:`open`; a read-only library of an older schema, or one whose
            ``-wal`` file still holds changes, is refused (reading it would need a write).
        """
        target = parse_target(path)
        if isinstance(target, Path) and connection.unwritable(target):
            return cls.open(target, create=False, readonly=True)
        return cls.open(target, create=create)

    @classmethod
    def _open_pg(
        cls, target: PgTarget, *, create: bool, readonly: bool, connect_timeout_s: int | None
    ) -> Library:
        """Open a PostgreSQL library; create its schema in an empty database (under a lock)."""
        from replay.store import pg

        conn = (
            pg.connect(target)
            if connect_timeout_s is None
            else pg.connect(target, connect_timeout_s=connect_timeout_s)
        )
        try:
            hint = None
            if readonly:  # the server refuses every write, as SQLite's mode=ro does
                with pg.translate_errors(target):
                    conn.execute("SET default_transaction_read_only = on")
            with pg.translate_errors(target):
                version, foreign = pg.schema_state(conn)
                if version == 0 and not foreign and (readonly or not create):
                    raise StoreError(
                        target.display, "no library here (import a session to create one)"
                    )
                pg.check_state(target, version, foreign, readonly=readonly)
                if not readonly and version != SCHEMA_VERSION:
                    before, after = pg.migrate(conn)
                    if 0 < before < after:  # (another replay may have upgraded it first)
                        hint = pg.backup_hint(target, before)
        except BaseException:
            conn.close()
            raise
        return cls(
            target,
            cast("sqlite3.Connection", conn),
            readonly=readonly,
            backup_path=None,
            backup_hint=hint,
        )

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
                connection.migrate(path, conn)
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, readonly=False, backup_path=None)

    @functools.cached_property
    def tags(self) -> TagStore:
        """The library's tags and codebook (every change committed before it returns)."""
        from replay.store.tags import TagStore

        return TagStore(self.db, path=self.path)

    def close(self) -> None:
        """Close the connection (committed data is already on disk).

        The file's pages were checked at open and replay wrote only through SQLite since,
        so its state now is recorded as checked (the next open skips the full read).
        """
        self.conn.close()
        if isinstance(self.path, Path) and str(self.path) != ":memory:":
            verified.remember(self.path)

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
            row = self.conn.execute(
                "SELECT id FROM sessions WHERE content_hash = ?", [content_hash]
            ).fetchone()
        return None if row is None else int(row[0])

    def find_by_hash_prefix(self, prefix: str) -> int | None:
        """Return the id of the one session whose content hash starts with ``prefix``.

        None when no session matches, or when the prefix is ambiguous (several match).
        """
        with self.guard():
            rows = self.db.conn.execute(
                "SELECT id FROM sessions WHERE substr(content_hash, 1, ?) = ? LIMIT 2",
                [len(prefix), prefix.lower()],
            ).fetchall()
        return int(rows[0][0]) if len(rows) == 1 else None

    def content_hash(self, session_id: int) -> str:
        """Return the content hash of session ``session_id`` (NotFound when absent)."""
        return self._meta_row(session_id)[1]

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
        from replay.model.session import Device
        from replay.store import codec

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
            if cur.rowcount == 0:
                # Imported by another machine between our look-up and our insert
                # (PostgreSQL: its row committed first): one session, theirs.
                other = self.find_by_hash(meta.content_hash)
                if other is not None:
                    return other, False
            session_id = int(cur.lastrowid or 0)
            stored = db.conn.execute(
                "SELECT source, title, format, device, extra_json FROM sessions WHERE id = ?",
                [session_id],
            ).fetchone()
            db.conn.execute(
                "UPDATE sessions SET search_text = ? WHERE id = ?",
                [stored_search_text(session_id, *stored), session_id],
            )
            if samples:
                db.conn.executemany(_INSERT_CHANNEL, codec.channel_rows(session_id, session))
                db.conn.executemany(_INSERT_CHUNK, codec.chunk_rows(session_id, session))
                db.conn.executemany(_INSERT_TEXT, codec.text_rows(session_id, session))
                db.conn.executemany(_INSERT_TERM, search.session_terms_rows(session_id, session))
                if session.page is not None:
                    from replay.store import pages

                    pages.save_page(db.conn, session_id, session.page)
        return session_id, True

    def load_page(self, session_id: int) -> PageRecord:
        """Load the recorded page of a session (status ``none`` when it has none).

        Raises
        ------
        NotFound
            No session with that id.
        """
        from replay.store import pages

        self._meta_row(session_id)
        with self.guard():
            return pages.load_page(self.db.conn, session_id)

    def _meta_row(self, session_id: int) -> tuple[SessionRow, str]:
        with self.guard():
            row = self.conn.execute(SELECT_ROWS + " WHERE s.id = ?", [session_id]).fetchone()
            hash_row = self.conn.execute(
                "SELECT content_hash FROM sessions WHERE id = ?", [session_id]
            ).fetchone()
        if row is None or hash_row is None:
            raise NotFound(f"{self.path}: no session #{session_id} in this library")
        return SessionRow.from_db(row), str(hash_row[0])

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
        from replay.model.bounds import bound_session
        from replay.model.session import Device, Session, SessionMeta
        from replay.store import codec

        row, content_hash = self._meta_row(session_id)
        with self.guard():
            channel_rows = self.conn.execute(
                'SELECT channel, "column", dtype, n, data FROM channels WHERE session_id = ?',
                [session_id],
            ).fetchall()
            text_rows = self.conn.execute(
                "SELECT name, json FROM session_texts WHERE session_id = ?", [session_id]
            ).fetchall()
            if any(n and not len(data) for _c, _col, _d, n, data in channel_rows):
                channel_rows = codec.join_chunks(
                    channel_rows,
                    self.conn.execute(
                        'SELECT channel, "column", data FROM channel_chunks WHERE session_id = ?'
                        ' ORDER BY channel, "column", seq',
                        [session_id],
                    ),
                )
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
        # A session imported before replay bounded times (issue 10) gets the same limits
        # here, so one absurd stored span cannot break the app or the detectors.
        return bound_session(
            Session(meta=meta, channels=channels, strings=strings, nodes=nodes, report=row.report)
        )

    def sessions(
        self,
        query: SessionQuery | None = None,
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
        """List sessions, filtered and sorted, in one query (no channel data is read).

        Parameters
        ----------
        query : SessionQuery, optional
            The cross-session search (``replay/store/search.py``); the keyword filters
            below are added to it.
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
            Free words, each in the source path, title, format, device, ``#id`` or
            format-specific facts.
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
            query=_merge(
                query,
                format=format,
                device=device,
                min_duration_ms=min_duration_ms,
                max_duration_ms=max_duration_ms,
                search=search,
            ),
            limit=limit,
        )
        with self.guard():
            rows = self.conn.execute(sql, params).fetchall()
        return [SessionRow.from_db(r) for r in rows]

    def session_table(
        self,
        query: SessionQuery | None = None,
        *,
        sort: str = "id",
        descending: bool = False,
        limit: int | None = None,
    ) -> list[tuple[Any, ...]]:
        """Return what ``replay sessions`` prints, as plain tuples (one query, no JSON).

        Each tuple: id, format, device, viewport ("1280x800"), start ("2026-01-31
        12:00:00" UTC, "-" if unknown), duration_ms, events, score, spikes, tags,
        source. Same filters and order as :meth:`sessions`.
        """
        sql, params = listing_query(
            sort=sort, descending=descending, query=query or SessionQuery(), limit=limit,
            select=SELECT_TABLE,
        )  # fmt: skip
        with self.guard():
            return self.conn.execute(sql, params).fetchall()

    def listing(self, query: SessionQuery | None = None) -> Listing:
        """Return the session list's columns (id order) for the sessions matching ``query``.

        One query, no per-row objects: what the app's session table shows and sorts by.
        """
        from replay.store.listing import Listing, listing_columns_query

        sql, params = listing_columns_query(query or SessionQuery())
        with self.guard():
            rows = self.conn.execute(sql, params).fetchall()
        return Listing.from_rows(rows)

    def session_ids(self, query: SessionQuery) -> list[int]:
        """Return the ids (ascending) of the sessions matching ``query``."""
        where, params = search.where_sql(query)
        sql = (
            "SELECT s.id FROM sessions AS s LEFT JOIN detections AS d"
            " INDEXED BY idx_detections_listing ON d.session_id = s.id"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        with self.guard():
            return [r[0] for r in self.conn.execute(sql + " ORDER BY s.id", params)]

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
        from replay.store import codec

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
            return int(self.conn.execute("SELECT count(*) FROM sessions").fetchone()[0])


def _merge(query: SessionQuery | None, *, search: str | None, **fields: object) -> SessionQuery:
    """Return ``query`` with the keyword filters of :meth:`Library.sessions` added."""
    from dataclasses import replace

    query = query or SessionQuery()
    changes = {k: v for k, v in fields.items() if v is not None}
    if search:
        changes["text"] = f"{query.text} {search}".strip()
    return replace(query, **changes) if changes else query  # type: ignore[arg-type]
