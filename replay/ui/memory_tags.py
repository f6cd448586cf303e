"""Tags kept in memory for a session shown without a library (tests, screenshots).

Same calls as :class:`replay.store.tags.TagStore` that the controller uses (add, edit,
delete, list, undo, redo); nothing is saved.
"""

from __future__ import annotations

from typing import Any


class MemoryTag:
    """A tag kept in memory when no library is open (same attributes as ``Tag``)."""

    def __init__(self, tag_id: int, **fields: Any) -> None:
        self.id = tag_id
        self.start_ms: int = fields["start_ms"]
        self.end_ms: int | None = fields.get("end_ms")
        self.category: str = fields["category"]
        self.severity: int = fields.get("severity", 2)
        self.note: str = fields.get("note", "")
        self.reviewer: str = fields.get("reviewer", "")
        self.spike_id: str | None = fields.get("spike_id")
        self.signals: tuple[str, ...] = tuple(fields.get("signals", ()))

    def fields(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if k != "id"}


class MemoryTagStore:
    """An in-memory stand-in for TagStore (add/edit/delete/list/undo/redo)."""

    def __init__(self) -> None:
        self._tags: dict[int, MemoryTag] = {}
        self._done: list[tuple[int, dict[str, Any] | None, dict[str, Any] | None]] = []
        self._undone: list[tuple[int, dict[str, Any] | None, dict[str, Any] | None]] = []
        self._next_id = 1

    def add(self, session_id: int, **fields: Any) -> MemoryTag:
        tag = MemoryTag(self._next_id, **fields)
        self._next_id += 1
        self._tags[tag.id] = tag
        self._done.append((tag.id, None, tag.fields()))
        self._undone.clear()
        return tag

    def edit(self, tag_id: int, **changes: Any) -> MemoryTag:
        before = self._tags[tag_id].fields()
        tag = MemoryTag(tag_id, **{**before, **changes})
        self._tags[tag_id] = tag
        self._done.append((tag_id, before, tag.fields()))
        self._undone.clear()
        return tag

    def delete(self, tag_id: int) -> None:
        before = self._tags.pop(tag_id).fields()
        self._done.append((tag_id, before, None))
        self._undone.clear()

    def list(self, session_id: int) -> list[MemoryTag]:
        return list(self._tags.values())

    def _apply(self, tag_id: int, state: dict[str, Any] | None) -> None:
        if state is None:
            self._tags.pop(tag_id, None)
        else:
            self._tags[tag_id] = MemoryTag(tag_id, **state)

    def undo(self, session_id: int) -> bool:
        if not self._done:
            return False
        tag_id, before, after = self._done.pop()
        self._apply(tag_id, before)
        self._undone.append((tag_id, before, after))
        return True

    def redo(self, session_id: int) -> bool:
        if not self._undone:
            return False
        tag_id, before, after = self._undone.pop()
        self._apply(tag_id, after)
        self._done.append((tag_id, before, after))
        return True
