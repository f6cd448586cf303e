"""Typed msgspec Structs for rrweb's hot events (issue 13: import near msgspec's speed).

A recording is mostly mouse moves (with their batched positions), mouse interactions,
scrolls, inputs and viewport resizes. Decoding these into Structs (``gc=False``: they
hold no cycles) instead of dicts, and reading attributes instead of ``dict.get``, is what
lets the importer keep up with the JSON parser.

The typed decode is strict where it pays (a position's ``x``/``y`` must be numbers, its
``timeOffset`` an integer, an event's ``type`` a known integer, every event an object with
an object ``data``) and loose elsewhere (``Any``). A document or chunk that does not fit
raises ``msgspec.ValidationError`` and is decoded again as plain JSON and imported by the
generic dict path, so every repair and drop rule (numeric strings, wrong types, ...)
gives exactly the counts it gave before: typed decoding only ever takes clean input.
"""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec import UNSET, Struct, UnsetType


class Pos(Struct, gc=False):
    """One position of a MouseMove/TouchMove/Drag batch."""

    x: float
    y: float
    id: Any = UNSET
    timeOffset: int = 0


class IncData(Struct, gc=False):
    """``data`` of an IncrementalSnapshot: the union of the fields its sources use."""

    source: Any = UNSET
    positions: list[Pos] | UnsetType = UNSET
    type: Any = UNSET
    id: Any = UNSET
    x: Any = UNSET
    y: Any = UNSET
    pointerType: Any = UNSET
    width: Any = UNSET
    height: Any = UNSET
    text: Any = UNSET
    isChecked: Any = UNSET
    userTriggered: Any = UNSET
    adds: Any = UNSET
    removes: Any = UNSET
    attributes: Any = UNSET
    texts: Any = UNSET
    ranges: Any = UNSET
    level: Any = UNSET
    payload: Any = UNSET
    trace: Any = UNSET
    # page events the page view draws (h12): stylesheets, declarations, canvas, media
    styleId: Any = UNSET
    index: Any = UNSET
    set: Any = UNSET
    remove: Any = UNSET
    styleIds: Any = UNSET
    styles: Any = UNSET
    commands: Any = UNSET
    property: Any = UNSET
    args: Any = UNSET
    setter: Any = UNSET
    currentTime: Any = UNSET
    muted: Any = UNSET
    volume: Any = UNSET
    playbackRate: Any = UNSET
    loop: Any = UNSET


#: Field names of :class:`IncData`, for :func:`inc_dict`.
INC_FIELDS = IncData.__struct_fields__


class Incremental(Struct, tag=3, tag_field="type"):
    """An IncrementalSnapshot event (type 3)."""

    data: IncData | UnsetType = UNSET
    timestamp: Any = UNSET
    cv: Any = UNSET  # PostHog's compressed format marker (``_posthog_cv``)


def _other(tag: int) -> type[Struct]:
    """Return a struct for event type ``tag`` whose ``data`` stays plain JSON (not hot)."""

    class Other(Struct, tag=tag, tag_field="type"):
        data: Any = UNSET
        timestamp: Any = UNSET
        cv: Any = UNSET

    Other.__name__ = Other.__qualname__ = f"Event{tag}"
    return Other


_OTHERS = tuple(_other(tag) for tag in (0, 1, 2, 4, 5, 6, 7))
Event = Incremental | _OTHERS[0]  # the union is built below; this is only its first part
for _cls in _OTHERS[1:]:
    Event = Event | _cls  # type: ignore[assignment]

DECODER: msgspec.json.Decoder[list[Any]] = msgspec.json.Decoder(list[Event])  # type: ignore[valid-type]


def inc_dict(data: IncData) -> dict[str, Any]:
    """Return ``data`` as the dict plain JSON decoding gives (absent fields left out)."""
    out = {}
    for name in INC_FIELDS:
        value = getattr(data, name)
        if value is not UNSET:
            out[name] = value
    if data.positions is not UNSET:
        out["positions"] = [msgspec.structs.asdict(p) for p in data.positions]
    return out


def event_dict(event: Any) -> dict[str, Any]:
    """Return a typed event as the dict plain JSON decoding gives."""
    out: dict[str, Any] = {"type": event.__struct_config__.tag}
    data = event.data
    if data is not UNSET:
        out["data"] = inc_dict(data) if isinstance(data, IncData) else data
    if event.timestamp is not UNSET:
        out["timestamp"] = event.timestamp
    if event.cv is not UNSET:
        out["cv"] = event.cv
    return out
