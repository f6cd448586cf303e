"""A tiny event: the callbacks a view subscribes to a model change (no Qt here).

napari's models emit events that its ``_qt`` widgets subscribe to; this is the smallest
form of that idea. :class:`Event` holds callbacks of one value type and calls each, in
the order connected, when the model emits. The Qt adapter (``replay.ui.controller``)
subscribes once and re-emits each event as a Qt signal for the widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Event(Generic[T]):
    """Callbacks called with one value of type ``T`` when the model emits.

    A model emits only on a real change (a seek to where the playhead already is emits
    nothing), so a view updating itself from an event never echoes it back.
    """

    __slots__ = ("_callbacks",)

    def __init__(self) -> None:
        self._callbacks: list[Callable[[T], None]] = []

    def connect(self, callback: Callable[[T], None]) -> None:
        """Call ``callback(value)`` on every :meth:`emit` from now on."""
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[[T], None]) -> None:
        """Stop calling ``callback`` (ValueError when it was not connected)."""
        self._callbacks.remove(callback)

    def emit(self, value: T) -> None:
        """Call every connected callback with ``value``, in the order they were connected."""
        for callback in tuple(self._callbacks):
            callback(value)

    def __len__(self) -> int:
        return len(self._callbacks)
