"""Builders of small constructed sessions for the detector unit tests (imported by tests)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from replay.model.channels import CHANNEL_SCHEMAS
from replay.model.session import Channel, Device, Node, Session, SessionMeta

SessionFactory = Callable[..., Session]


def build_session(
    *,
    nodes: Sequence[Node] = (),
    strings: Sequence[str] = (),
    duration_ms: int | None = None,
    viewport: tuple[int, int] = (1366, 768),
    absent: Sequence[str] = (),
    **rows: Sequence[Sequence[Any]],
) -> Session:
    """Return a session whose channels hold ``rows`` (tuples in schema column order).

    Every channel not given is present and empty (an rrweb-like recording), except the
    ones named in ``absent`` (a recording that cannot carry them).
    """
    channels = {}
    end = 0
    for name, schema in CHANNEL_SCHEMAS.items():
        if name in absent:
            continue
        data = rows.get(name, [])
        cols = list(schema)
        if data:
            arr = list(zip(*data, strict=True))
            columns = {c: np.asarray(arr[i]) for i, c in enumerate(cols)}
            end = max(end, int(max(columns["t_ms"])))
        else:
            columns = {c: np.empty(0, dtype=schema[c]) for c in cols}
        channels[name] = Channel.from_columns(name, **columns)  # type: ignore[arg-type]
    meta = SessionMeta(
        source="constructed.json",
        format="rrweb",
        device=Device.DESKTOP,
        viewport_width_px=viewport[0],
        viewport_height_px=viewport[1],
        started_at_ms=0,
        duration_ms=duration_ms if duration_ms is not None else end,
        content_hash="0123456789abcdef",
        title="constructed",
    )
    return Session(meta=meta, channels=channels, strings=tuple(strings), nodes=tuple(nodes))


def click(t: int, x: float, y: float, target: int = 0, pointer: int = 0) -> tuple[Any, ...]:
    """One CLICK row of the interactions channel."""
    return (t, x, y, 2, pointer, -1, target)


BUTTON = Node(tag="button", dom_id="buy", label="Buy", interactive=True)
SPAN = Node(tag="span", dom_id="note", label="Price match")
FIELD = Node(tag="input", dom_id="email", input_type="email", text_entry=True, interactive=True)
