"""rrweb import: keyboard clicks at (0, 0) and the click cues of recorded stylesheets."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from replay.importers import import_file
from replay.importers._dom import DomMirror
from replay.model.session import InteractionKind, PointerType, Session

CSS = (
    ".pill{cursor:pointer;border:1px solid}"
    "@media (max-width:700px){.wide .zoom:hover{cursor:zoom-in}}"
    "a.more,span.ref{text-decoration:underline dotted}"
    "p.note{cursor:text}"
)


def _el(node_id: int, tag: str, attrs: dict[str, str], children: list[dict]) -> dict:
    return {"type": 2, "id": node_id, "tagName": tag, "attributes": attrs, "childNodes": children}


def _text(node_id: int, text: str) -> dict:
    return {"type": 3, "id": node_id, "textContent": text}


def _snapshot() -> dict:
    body = _el(
        4,
        "body",
        {},
        [
            _el(5, "span", {"class": "pill", "id": "share"}, [_text(6, "Share")]),
            _el(7, "div", {"class": "zoom"}, [_el(8, "img", {"alt": "photo"}, [])]),
            _el(9, "p", {"class": "note"}, [_el(10, "span", {"class": "pill"}, [_text(11, "x")])]),
            _el(12, "p", {}, [_text(13, "Plain text while reading.")]),
            _el(14, "button", {"id": "buy"}, [_el(15, "b", {}, [_text(16, "Buy")])]),
            _el(17, "span", {"class": "ref"}, [_text(18, "see notes")]),
            _el(19, "div", {"style": "cursor: pointer"}, [_text(20, "inline")]),
        ],
    )
    head = _el(2, "head", {}, [_el(3, "link", {"rel": "stylesheet", "_cssText": CSS}, [])])
    html = _el(1, "html", {}, [head, body])
    return {"type": 0, "id": 0, "childNodes": [html]}


def _recording(tmp_path: Path) -> Path:
    snapshot = {"node": _snapshot(), "initialOffset": {}}
    t = 1_700_000_000_000
    events = [
        {"type": 4, "timestamp": t, "data": {"href": "http://x/", "width": 800, "height": 600}},
        {"type": 2, "timestamp": t, "data": snapshot},
    ]

    def inter(dt: int, kind: int, node: int, x: float, y: float) -> dict:
        data = {"source": 2, "type": kind, "id": node, "x": x, "y": y}
        return {"type": 3, "timestamp": t + dt, "data": data}

    events += [
        inter(100, 1, 5, 40, 50),  # press + click on the pill
        inter(180, 0, 5, 40, 50),
        inter(181, 2, 5, 40, 50),
        inter(900, 2, 14, 0, 0),  # Enter on the focused button: no press before it
        inter(1500, 1, 12, 0, 0),  # a real press in the very corner ...
        inter(1600, 2, 12, 0, 0),  # ... so this click at (0, 0) is a pointer click
    ]
    path = tmp_path / "cues.rrweb.json"
    path.write_text(json.dumps(events), encoding="utf-8")
    return path


def _node_by_rrweb_id(session: Session, rrweb_id: int):  # type: ignore[no-untyped-def]
    return next(n for n in session.nodes if n.rrweb_id == rrweb_id)


def test_keyboard_click_has_no_position(tmp_path: Path) -> None:
    s = import_file(_recording(tmp_path))
    inter = s.channel("interactions")
    clicks = inter.mask(inter["kind"] == InteractionKind.CLICK)
    unknown, keyboard = PointerType.UNKNOWN, PointerType.KEYBOARD
    assert list(clicks["pointer"]) == [unknown, keyboard, unknown]
    assert np.isnan(clicks["x_px"][1])
    assert np.isnan(clicks["y_px"][1])
    assert (clicks["x_px"][2], clicks["y_px"][2]) == (0, 0)


def test_stylesheet_cursor_and_controls_are_cues(tmp_path: Path) -> None:
    s = import_file(_recording(tmp_path))
    for node in s.nodes:
        assert node.styled  # the page's stylesheet was recorded
    assert _node_by_rrweb_id(s, 5).cue == "cursor: pointer"
    assert _node_by_rrweb_id(s, 14).cue == "button"
    assert _node_by_rrweb_id(s, 12).cue == ""  # plain paragraph: no expectation


def test_cue_is_inherited_and_the_nearest_cursor_decides() -> None:
    dom = DomMirror()
    dom.load_snapshot(_snapshot())
    assert dom.cue(6) == "cursor: pointer"  # text inside the pill inherits its cursor
    assert dom.cue(8) == "cursor: zoom-in"  # :hover and @media rules still count
    assert dom.cue(11) == "cursor: pointer"  # the span's own rule, not p.note's cursor: text
    assert dom.cue(13) == ""  # text in a plain paragraph
    assert dom.cue(16) == "button"  # text inside a button
    assert dom.cue(18) == "underlined like a link"
    assert dom.cue(20) == "cursor: pointer"  # inline style
    assert not DomMirror().css.seen  # no stylesheet recorded: a missing cue means nothing
