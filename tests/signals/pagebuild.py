"""Constructed rrweb pages for the tests that judge clicks on the stored page.

Every page starts at ``T0_MS`` (epoch ms) with its meta event (800 x 600) and its full
snapshot; the builders below take ``dt``, ms after that start, so a test states only
its page's nodes and what happens on it. rrweb's event and source numbers: type 2 full
snapshot, 3 incremental, 4 meta; source 0 mutation, 1 mouse move, 2 mouse interaction
(kind 0 up, 1 down, 2 click), 3 scroll, 5 input.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

T0_MS = 1_700_000_000_000

Node = dict[str, Any]
Event = dict[str, Any]


def el(node_id: int, tag: str, attrs: dict[str, str], children: list[Node]) -> Node:
    """An element node of a snapshot."""
    return {"type": 2, "id": node_id, "tagName": tag, "attributes": attrs, "childNodes": children}


def text(node_id: int, value: str) -> Node:
    """A text node of a snapshot."""
    return {"type": 3, "id": node_id, "textContent": value}


def page_start(body: Node, *, head_id: int = 30, head: Sequence[Node] = ()) -> list[Event]:
    """The page's first events at ``T0_MS``: meta, then the full snapshot of html (id 2)."""
    html = el(2, "html", {}, [el(head_id, "head", {}, list(head)), body])
    snapshot = {"node": {"type": 0, "id": 1, "childNodes": [html]}, "initialOffset": {}}
    return [
        {
            "type": 4,
            "timestamp": T0_MS,
            "data": {"href": "http://x/", "width": 800, "height": 600},
        },
        {"type": 2, "timestamp": T0_MS, "data": snapshot},
    ]


def incremental(dt: int, data: dict[str, Any]) -> Event:
    """An incremental event ``dt`` ms after the start."""
    return {"type": 3, "timestamp": T0_MS + dt, "data": data}


def mutation(
    dt: int,
    *,
    texts: Sequence[dict[str, Any]] = (),
    attributes: Sequence[dict[str, Any]] = (),
    removes: Sequence[dict[str, Any]] = (),
    adds: Sequence[dict[str, Any]] = (),
) -> Event:
    """One mutation batch (one task of the page) ``dt`` ms after the start."""
    data = {
        "source": 0,
        "texts": list(texts),
        "attributes": list(attributes),
        "removes": list(removes),
        "adds": list(adds),
    }
    return incremental(dt, data)


def mouse(dt: int, node: int, kind: int, *, at_px: tuple[int, int] | None = (100, 200)) -> Event:
    """A mouse interaction on ``node``: ``kind`` 0 up, 1 down, 2 click (``at_px`` None: no x, y)."""
    data: dict[str, Any] = {"source": 2, "type": kind, "id": node}
    if at_px is not None:
        data["x"], data["y"] = at_px
    return incremental(dt, data)


def press_click(dt: int, node: int, *, held_ms: int = 60) -> list[Event]:
    """A press on ``node`` at ``dt``: down, up ``held_ms`` later, the click 1 ms after that."""
    return [mouse(dt, node, 1), mouse(dt + held_ms, node, 0), mouse(dt + held_ms + 1, node, 2)]


def move(dt: int, *, x_px: int, y_px: int, node: int = 3) -> Event:
    """A mouse move to (``x_px``, ``y_px``) over ``node``."""
    return incremental(
        dt, {"source": 1, "positions": [{"x": x_px, "y": y_px, "id": node, "timeOffset": 0}]}
    )


def scroll(dt: int, node: int, *, x_px: int, y_px: int) -> Event:
    """``node`` scrolled to (``x_px``, ``y_px``)."""
    return incremental(dt, {"source": 3, "id": node, "x": x_px, "y": y_px})


def write_page(path: Path, events: list[Event]) -> Path:
    """Write ``events``, sorted by time (stable), as an rrweb JSON file at ``path``."""
    events.sort(key=lambda e: e["timestamp"])
    path.write_text(json.dumps(events), encoding="utf-8")
    return path
