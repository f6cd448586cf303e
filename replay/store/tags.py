"""Tag and codebook storage: every change is one committed transaction, with history.

A reviewer's tag is saved the moment it is made (issue 4): :class:`TagStore` writes the
tag row *and* its ``tag_history`` row in one ``BEGIN IMMEDIATE`` ... ``COMMIT`` before
returning, so with the library's WAL journal and ``synchronous=FULL`` a tag whose call
returned survives a SIGKILL or power loss right after (issue 7). ``BEGIN IMMEDIATE``
takes the write lock up front, so two processes wait for each other (busy timeout)
instead of failing half-way through a read-then-write.

Undo and redo live in the database, so they work across restarts: undo reverts the
latest *done* action (create -> soft delete, edit -> the before state, delete/restore ->
the before state) and marks it *undone*; redo re-applies the earliest *undone* one. A new
action in a session marks that session's undone actions *superseded* (the redo stack is
cleared, never deleted). Tags are never deleted from the file: delete sets ``deleted_at``.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from replay.errors import NotFound
from replay.model.tags import (
    DEFAULT_SEVERITY,
    HISTORY_STATES,
    SQLITE_INT_MAX,
    TAG_ORIGINS,
    Category,
    HistoryEntry,
    InvalidTag,
    Tag,
    TagConflict,
    iso_utc,
    signals_from_json,
    signals_to_json,
    validate_category_code,
    validate_text,
)
from replay.store import connection
from replay.store.target import PgTarget

Clock = Callable[[], datetime]

_TAG_COLS = (
    "id, session_id, start_ms, end_ms, category, severity, note, reviewer, spike_id,"
    " signals_json, created_at, updated_at, deleted_at, origin, uid, version"
)
_EDITABLE = frozenset(
    {"start_ms", "end_ms", "category", "severity", "note", "reviewer", "spike_id", "signals"}
)
_DONE, _UNDONE, _SUPERSEDED = 0, 1, 2


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _tag_from_row(row: tuple[Any, ...]) -> Tag:
    return Tag(
        id=row[0],
        session_id=row[1],
        start_ms=row[2],
        end_ms=row[3],
        category=row[4],
        severity=row[5],
        note=row[6],
        reviewer=row[7],
        spike_id=row[8],
        signals=signals_from_json(row[9]),
        created_at=row[10],
        updated_at=row[11],
        deleted_at=row[12],
        origin=row[13] or "reviewer",
        uid=row[14],
        version=int(row[15] or 1) if len(row) > 15 else 1,
    )


def _snapshot(tag: Tag | None) -> str | None:
    return None if tag is None else json.dumps(tag.to_json(), ensure_ascii=False)


def _unsnapshot(text: str | None) -> Tag | None:
    return None if text is None else Tag.from_json(json.loads(text))


class TagStore:
    """Tags, their history and the codebook of one library file.

    Parameters
    ----------
    db : sqlite_utils.Database
        An open library (schema applied). The store never opens or closes it.
    clock : callable returning an aware datetime, optional
        Source of ``created_at``/``updated_at``/history times; tests pass a fixed clock
        so exports are byte-for-byte stable. Defaults to the current UTC time.
    """

    def __init__(
        self, db: Database, *, clock: Clock | None = None, path: Path | PgTarget | None = None
    ) -> None:
        self.db = db
        self._clock = clock or _utc_now
        target = getattr(db.conn, "target", None)
        if path is None and isinstance(target, PgTarget):
            path = target
        if path is None:
            row = db.conn.execute("PRAGMA database_list").fetchone()
            path = Path((row[2] if row else "") or ":memory:")
        #: The library, named in errors: a file path, or a PostgreSQL target.
        self.path: Path | PgTarget = path

    # -- plumbing ---------------------------------------------------------------------

    def _now(self) -> str:
        return iso_utc(self._clock())

    def _errors(self) -> contextlib.AbstractContextManager[None]:
        """Turn SQLite failures into typed store errors naming the file (the library's rule)."""
        return connection.translate_errors(self.path)

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed before the caller's method returns."""
        with connection.write_transaction(self.path, self.db) as db:
            yield db.conn

    def _read(self, sql: str, params: Iterable[Any] = ()) -> builtins.list[tuple[Any, ...]]:
        with self._errors():
            return self.db.conn.execute(sql, tuple(params)).fetchall()

    def _set_tag(
        self, conn: sqlite3.Connection, tag: Tag, *, expect_version: int | None = None
    ) -> None:
        """Write ``tag``'s fields; its version becomes one more than the stored one.

        With ``expect_version``, only while the stored version is still that one: else
        :class:`TagConflict` names the newer version and nothing is written.
        """
        cur = conn.execute(
            "UPDATE tags SET start_ms=?, end_ms=?, category=?, severity=?, note=?, reviewer=?,"
            " spike_id=?, signals_json=?, created_at=?, updated_at=?, deleted_at=?,"
            " version = version + 1 WHERE id=?"
            + ("" if expect_version is None else " AND version=?"),
            (
                tag.start_ms,
                tag.end_ms,
                tag.category,
                tag.severity,
                tag.note,
                tag.reviewer,
                tag.spike_id,
                signals_to_json(tag.signals),
                tag.created_at,
                tag.updated_at,
                tag.deleted_at,
                tag.id,
                *(() if expect_version is None else (expect_version,)),
            ),
        )
        if expect_version is not None and cur.rowcount == 0:
            row = conn.execute(f"SELECT {_TAG_COLS} FROM tags WHERE id=?", (tag.id,)).fetchone()
            if row is None:
                raise NotFound(f"no tag {tag.id} in {self.path}")
            raise TagConflict(tag.id, expect_version, _tag_from_row(row))

    def _log(
        self, conn: sqlite3.Connection, action: str, before: Tag | None, after: Tag, at: str
    ) -> None:
        # A new action clears this session's redo stack (kept as "superseded").
        conn.execute(
            "UPDATE tag_history SET undone=? WHERE session_id=? AND undone=?",
            (_SUPERSEDED, after.session_id, _UNDONE),
        )
        conn.execute(
            "INSERT INTO tag_history (tag_id, session_id, action, before_json, after_json, at,"
            " reviewer, undone) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (after.id, after.session_id, action, _snapshot(before), _snapshot(after), at,
             after.reviewer, _DONE),
        )  # fmt: skip

    def _check_category(self, code: str) -> None:
        rows = self._read("SELECT active FROM categories WHERE code=?", (code,))
        if not rows:
            raise InvalidTag(f"unknown category {code!r} (see `replay codebook`)")
        if not rows[0][0]:
            raise InvalidTag(f"category {code!r} is deactivated; pick an active one")

    # -- tags -------------------------------------------------------------------------

    def add(
        self,
        session_id: int,
        *,
        start_ms: int,
        end_ms: int | None = None,
        category: str,
        severity: int = DEFAULT_SEVERITY,
        note: str = "",
        reviewer: str = "",
        spike_id: str | None = None,
        signals: Iterable[str] = (),
        origin: str = "reviewer",
    ) -> Tag:
        """Add a point (``end_ms=None``) or range tag and commit it before returning.

        Parameters
        ----------
        session_id : int
            An imported session.
        start_ms, end_ms : int
            Ms since the session's first event; ``end_ms >= start_ms`` or None for a point.
        category : str
            An active codebook code.
        severity : int
            Nielsen 0-4.
        note, reviewer : str
            Any text (no NUL).
        spike_id : str, optional
            The detected spike the tag was accepted from.
        signals : iterable of str
            The spike's signals.
        origin : str
            ``reviewer`` (default) or ``consensus`` (the consensus pass).

        Returns
        -------
        Tag
            As stored, with its new id and a new ``uid``.

        Raises
        ------
        NotFound
            When the session does not exist.
        InvalidTag
            On an invalid field or an unknown or deactivated category.
        StoreError
            When the library cannot be written.
        """
        self._check_within(session_id, start_ms, end_ms)
        now = self._now()
        draft = Tag(
            id=0, session_id=session_id, start_ms=start_ms, end_ms=end_ms, category=category,
            severity=severity, note=note, reviewer=reviewer, spike_id=spike_id,
            signals=tuple(signals), created_at=now, updated_at=now,
            origin=origin, uid=uuid.uuid4().hex,
        ).validate()  # fmt: skip
        if origin not in TAG_ORIGINS:
            raise InvalidTag(f"tag origin must be one of {', '.join(TAG_ORIGINS)}, got {origin!r}")
        self._check_category(category)
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO tags (session_id, start_ms, end_ms, category, severity, note,"
                " reviewer, spike_id, signals_json, created_at, updated_at, origin, uid)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, start_ms, end_ms, category, severity, note, reviewer, spike_id,
                 signals_to_json(draft.signals), now, now, origin, draft.uid),
            )  # fmt: skip
            tag = replace(draft, id=int(cur.lastrowid or 0))
            self._log(conn, "create", None, tag, now)
        return tag

    def _check_within(self, session_id: int, start_ms: object, end_ms: object) -> None:
        """Refuse a session id SQLite cannot hold, a missing session, or times past its end.

        A tag lies within its session: ``0 <= start_ms <= end_ms <= duration_ms``.
        """
        if not isinstance(session_id, int) or not 0 <= session_id <= SQLITE_INT_MAX:
            raise NotFound(f"no session {session_id} in {self.path}")
        rows = self._read("SELECT duration_ms FROM sessions WHERE id=?", (session_id,))
        if not rows:
            raise NotFound(f"no session {session_id} in {self.path}")
        duration = max(int(rows[0][0] or 0), 0)
        for name, value in (("start", start_ms), ("end", end_ms)):
            if isinstance(value, int) and not isinstance(value, bool) and value > duration:
                raise InvalidTag(
                    f"the {name} ({value} ms) is after the end of session {session_id} "
                    f"({duration} ms): a tag lies within its session"
                )

    def get(self, tag_id: int) -> Tag:
        """Return tag ``tag_id`` (deleted ones too: see :attr:`Tag.deleted`).

        Raises
        ------
        NotFound
            When no tag has that id.
        """
        in_range = isinstance(tag_id, int) and 0 <= tag_id <= SQLITE_INT_MAX
        rows = (
            self._read(f"SELECT {_TAG_COLS} FROM tags WHERE id=?", (tag_id,)) if in_range else []
        )
        if not rows:
            raise NotFound(f"no tag {tag_id} in {self.path}")
        return _tag_from_row(rows[0])

    def _get_live(self, tag_id: int) -> Tag:
        tag = self.get(tag_id)
        if tag.deleted:
            raise NotFound(f"tag {tag_id} was deleted (undo, or `replay tag restore {tag_id}`)")
        return tag

    def edit(self, tag_id: int, *, expected_version: int | None = None, **changes: Any) -> Tag:
        """Change fields of a live tag; commit the change and its history before returning.

        Parameters
        ----------
        tag_id : int
            The tag.
        expected_version : int, optional
            The version the editor read (``Tag.version``). When another reviewer changed
            the tag since, the edit is refused (:class:`TagConflict`). Without it, the
            version read here is the one checked at the write, so a change made between
            this read and the write is still never overwritten.
        **changes
            Any of ``start_ms``, ``end_ms`` (None makes a point), ``category``,
            ``severity``, ``note``, ``reviewer``, ``spike_id``, ``signals``.

        Returns
        -------
        Tag
            The tag after the change (unchanged, and nothing written, when nothing differs).

        Raises
        ------
        NotFound
            When the tag does not exist or is deleted.
        InvalidTag
            On an unknown field or an invalid value.
        TagConflict
            Someone else changed the tag since ``expected_version``: nothing was written.
        """
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise InvalidTag(f"cannot edit {', '.join(sorted(unknown))} of a tag")
        if "signals" in changes:
            changes["signals"] = tuple(changes["signals"])
        before = self._current(tag_id, expected_version)
        after = replace(before, **changes)
        if after == before:
            return before
        after.validate()
        if (after.start_ms, after.end_ms) != (before.start_ms, before.end_ms):
            self._check_within(after.session_id, after.start_ms, after.end_ms)
        if after.category != before.category:
            self._check_category(after.category)
        now = self._now()
        after = replace(after, updated_at=now, version=before.version + 1)
        with self._write() as conn:
            self._set_tag(conn, after, expect_version=before.version)
            self._log(conn, "edit", before, after, now)
        return after

    def _current(self, tag_id: int, expected_version: int | None) -> Tag:
        """Return the live tag; refuse it when it is no longer the version the caller read."""
        tag = self.get(tag_id)
        if expected_version is not None and tag.version != expected_version:
            raise TagConflict(tag_id, expected_version, tag)
        if tag.deleted:
            raise NotFound(f"tag {tag_id} was deleted (undo, or `replay tag restore {tag_id}`)")
        return tag

    def delete(self, tag_id: int, *, expected_version: int | None = None) -> None:
        """Soft-delete a tag (``deleted_at`` set; undo brings it back).

        Raises
        ------
        NotFound
            When the tag does not exist or is already deleted.
        TagConflict
            Someone else changed the tag since ``expected_version`` (see :meth:`edit`).
        """
        before = self._current(tag_id, expected_version)
        now = self._now()
        after = replace(before, deleted_at=now, version=before.version + 1)
        with self._write() as conn:
            self._set_tag(conn, after, expect_version=before.version)
            self._log(conn, "delete", before, after, now)

    def restore(self, tag_id: int) -> Tag:
        """Bring back a deleted tag as a new, undoable action.

        Raises
        ------
        NotFound
            When the tag does not exist.
        InvalidTag
            When it is not deleted.
        """
        before = self.get(tag_id)
        if not before.deleted:
            raise InvalidTag(f"tag {tag_id} is not deleted")
        now = self._now()
        after = replace(before, deleted_at=None, updated_at=now, version=before.version + 1)
        with self._write() as conn:
            self._set_tag(conn, after, expect_version=before.version)
            self._log(conn, "restore", before, after, now)
        return after

    def list(
        self,
        session_id: int | None = None,
        *,
        reviewer: str | None = None,
        category: str | None = None,
        include_deleted: bool = False,
        origin: str | None = None,
    ) -> builtins.list[Tag]:
        """Return tags ordered by session, start time and id, optionally filtered.

        Parameters
        ----------
        session_id : int, optional
            Only this session's tags.
        reviewer, category : str, optional
            Only tags by this reviewer / in this category (exact match).
        include_deleted : bool
            Include soft-deleted tags.
        origin : str, optional
            Only ``reviewer`` tags or only ``consensus`` tags (default: both).
        """
        where, params = ["1=1"], []
        for column, value in (
            ("session_id", session_id),
            ("reviewer", reviewer),
            ("category", category),
            ("origin", origin),
        ):
            if value is not None:
                where.append(f"{column}=?")
                params.append(value)
        if not include_deleted:
            where.append("deleted_at IS NULL")
        rows = self._read(
            f"SELECT {_TAG_COLS} FROM tags WHERE {' AND '.join(where)}"
            " ORDER BY session_id, start_ms, id",
            params,
        )
        return [_tag_from_row(r) for r in rows]

    # -- history, undo, redo ----------------------------------------------------------

    def _history(
        self, where: str, params: Iterable[Any], order: str
    ) -> builtins.list[HistoryEntry]:
        rows = self._read(
            "SELECT seq, tag_id, session_id, action, before_json, after_json, at, reviewer,"
            f" undone FROM tag_history WHERE {where} ORDER BY seq {order}",
            params,
        )
        return [
            HistoryEntry(
                seq=r[0], tag_id=r[1], session_id=r[2], action=r[3], before=_unsnapshot(r[4]),
                after=_unsnapshot(r[5]), at=r[6], reviewer=r[7], state=HISTORY_STATES[r[8]],
            )
            for r in rows
        ]  # fmt: skip

    def history(self, session_id: int | None = None) -> builtins.list[HistoryEntry]:
        """Return every recorded change (of one session, or all), oldest first."""
        if session_id is None:
            return self._history("1=1", (), "ASC")
        return self._history("session_id=?", (session_id,), "ASC")

    def _step(self, session_id: int | None, *, state: int, order: str) -> HistoryEntry | None:
        # Rows brought in by `replay merge` are another file's actions: not undone here.
        where, params = "undone=? AND merged_from IS NULL", [state]
        if session_id is not None:
            where += " AND session_id=?"
            params.append(session_id)
        found = self._history(where, params, order + " LIMIT 1")
        return found[0] if found else None

    def undo(self, session_id: int | None = None) -> HistoryEntry | None:
        """Revert the latest done action (of one session, or of the library); commit it.

        Returns
        -------
        HistoryEntry or None
            The action undone (its ``state`` now ``"undone"``); None when there is nothing
            to undo. ``entry.describe()`` is a one-line description.
        """
        entry = self._step(session_id, state=_DONE, order="DESC")
        if entry is None:
            return None
        if entry.before is None:  # undo of create: soft-delete the created tag
            assert entry.after is not None
            target = replace(self.get(entry.tag_id), deleted_at=self._now())
        else:
            target = entry.before
        with self._write() as conn:
            self._set_tag(conn, target)
            conn.execute("UPDATE tag_history SET undone=? WHERE seq=?", (_UNDONE, entry.seq))
        return replace(entry, state="undone")

    def redo(self, session_id: int | None = None) -> HistoryEntry | None:
        """Re-apply the earliest undone action (of one session, or of the library).

        Returns
        -------
        HistoryEntry or None
            The action redone (``state`` ``"done"``); None when there is nothing to redo.
        """
        entry = self._step(session_id, state=_UNDONE, order="ASC")
        if entry is None:
            return None
        assert entry.after is not None  # every action records its after state
        with self._write() as conn:
            self._set_tag(conn, entry.after)
            conn.execute("UPDATE tag_history SET undone=? WHERE seq=?", (_DONE, entry.seq))
        return replace(entry, state="done")

    # -- codebook ---------------------------------------------------------------------

    def categories(self, *, include_inactive: bool = False) -> builtins.list[Category]:
        """Return the codebook in display order (``position``, then code)."""
        where = "" if include_inactive else " WHERE active=1"
        rows = self._read(
            "SELECT code, label, description, position, active FROM categories"
            f"{where} ORDER BY position, code"
        )
        return [Category(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]

    def category(self, code: str) -> Category:
        """Return one category, active or not.

        Raises
        ------
        NotFound
            When the codebook has no such code.
        """
        for cat in self.categories(include_inactive=True):
            if cat.code == code:
                return cat
        raise NotFound(f"no category {code!r} in the codebook of {self.path}")

    def add_category(
        self, code: str, *, label: str, description: str = "", position: int | None = None
    ) -> Category:
        """Add a codebook category (at the end unless ``position`` is given).

        Raises
        ------
        InvalidTag
            On an invalid or existing code, or an empty label.
        """
        validate_category_code(code)
        if not validate_text("label", label).strip():
            raise InvalidTag("a category needs a label")
        validate_text("description", description)
        if self._read("SELECT 1 FROM categories WHERE code=?", (code,)):
            raise InvalidTag(f"category {code!r} already exists (edit it instead)")
        if position is None:
            position = int(self._read("SELECT COALESCE(MAX(position), 0) FROM categories")[0][0])
            position += 10
        with self._write() as conn:
            conn.execute(
                "INSERT INTO categories (code, label, description, position, active)"
                " VALUES (?, ?, ?, ?, 1)",
                (code, label, description, position),
            )
        return Category(code, label, description, position, True)

    def edit_category(
        self,
        code: str,
        *,
        label: str | None = None,
        description: str | None = None,
        position: int | None = None,
        active: bool | None = None,
    ) -> Category:
        """Change a category's label, description, position or active flag (codes never change).

        Raises
        ------
        NotFound
            When the codebook has no such code.
        InvalidTag
            On an empty label.
        """
        cat = self.category(code)
        if label is not None and not validate_text("label", label).strip():
            raise InvalidTag("a category needs a label")
        if description is not None:
            validate_text("description", description)
        new = replace(
            cat,
            label=cat.label if label is None else label,
            description=cat.description if description is None else description,
            position=cat.position if position is None else position,
            active=cat.active if active is None else active,
        )
        with self._write() as conn:
            conn.execute(
                "UPDATE categories SET label=?, description=?, position=?, active=? WHERE code=?",
                (new.label, new.description, new.position, int(new.active), code),
            )
        return new

    def deactivate_category(self, code: str) -> Category:
        """Hide a category from new tags; tags that use it keep it (never deleted)."""
        return self.edit_category(code, active=False)
