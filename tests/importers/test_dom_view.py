"""The importer's DOM mirror reads the page state (issue 13: a FullSnapshot walked once).

``DomMirror.view`` makes the click-target table from the sanitised page state the importer
keeps anyway, instead of a second walk of every snapshot. These tests hold it to the
mirror filled from serialised trees (the same descriptions on every node of the real
recordings' snapshots, masked or not, with typed values echoed), and to what the state
knows better: a node inserted before a sibling labels in document order, a removed node
is still described, a stylesheet added later still gives its cues.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from replay.importers import import_file
from replay.importers._dom import DomMirror, StateNodes, sheet_of
from replay.importers._page import PageRecorder
from replay.model.session import Session

T0 = 1_700_000_000_000


def _el(node_id: int, tag: str, attrs: dict[str, Any], children: list[dict[str, Any]]) -> dict:
    return {"type": 2, "id": node_id, "tagName": tag, "attributes": attrs, "childNodes": children}


def _text(node_id: int, text: str) -> dict[str, Any]:
    return {"type": 3, "id": node_id, "textContent": text}


def _snapshots(path: Path) -> list[dict[str, Any]]:
    events = json.loads(path.read_bytes())
    return [e["data"]["node"] for e in events if e.get("type") == 2]


@pytest.mark.parametrize("mask", [False, True])
def test_view_describes_every_node_as_a_mirror_of_the_sanitised_tree(
    rrweb_dir: Path, mask: bool
) -> None:
    checked = 0
    for path in sorted(rrweb_dir.glob("*.rrweb.json")):
        for node in _snapshots(path):
            rec = PageRecorder(mask_text=mask)
            rec.field_input(0, 999_998, "secret typed value", None, False)  # echoes scrubbed
            rec.field_input(0, 999_999, "the ", None, False)  # ... in many texts
            rec.chunks.clear()  # (the input came before any snapshot: nothing to keep)
            walked = DomMirror()
            walked.load_snapshot(rec.clean_tree(node, entry=False, parent_tag=""))
            assert rec.snapshot(T0, node)
            viewed = DomMirror()
            nodes = viewed.view(rec.state)
            for css in rec.sheets:
                viewed.css.feed(css)
            assert isinstance(nodes, StateNodes)
            assert set(rec.state.nodes) == set(walked.nodes)
            for node_id in walked.nodes:
                assert viewed.describe(node_id, page=0) == walked.describe(node_id, page=0)
                assert viewed.input_type(node_id) == walked.input_type(node_id)
                checked += 1
    assert checked > 5000


def _sheets_by_the_rule(clean: dict[str, Any]) -> list[str]:
    """The sheets of a sanitised tree by ``sheet_of`` (the mutations' rule), document order."""
    out: list[str] = []
    stack: list[tuple[Any, str]] = [(clean, "")]
    while stack:
        node, ptag = stack.pop()
        if not isinstance(node, dict):
            continue
        css = sheet_of(node, node.get("type"), ptag)
        if css is not None:
            out.append(css)
        tag = str(node.get("tagName", "")).lower() if node.get("type") == 2 else ""
        stack.extend((c, tag) for c in reversed(node.get("childNodes") or []))
    return out


@pytest.mark.parametrize("mask", [False, True])
def test_a_snapshot_keeps_the_sheets_by_the_one_rule(rrweb_dir: Path, mask: bool) -> None:
    """``_load_tree``'s sheets are ``sheet_of`` over the sanitised tree (no rule of its own)."""
    link = _el(2, "link", {"rel": "stylesheet", "_cssText": "a.go { cursor: pointer }"}, [])
    styles = [
        _el(3, "style", {}, [_text(4, ".btn { cursor: pointer }")]),
        _el(5, "style", {}, [{"type": 3, "id": 6}]),  # no textContent: no sheet
        _el(7, "p", {}, [_text(8, "not a sheet { cursor: pointer }")]),
    ]
    made = _el(1, "html", {}, [link, *styles])
    trees = [made] + [n for p in sorted(rrweb_dir.glob("*.rrweb.json")) for n in _snapshots(p)]
    with_sheets = 0
    for node in trees:
        rec = PageRecorder(mask_text=mask)
        expected = _sheets_by_the_rule(rec.clean_tree(node, entry=False, parent_tag=""))
        assert rec.snapshot(T0, node)
        assert rec.sheets == expected
        with_sheets += bool(expected)
    assert with_sheets >= 2
    rec = PageRecorder()
    assert rec.snapshot(T0, made)
    assert rec.sheets == ["a.go { cursor: pointer }", ".btn { cursor: pointer }"]


def _recording(tmp_path: Path) -> Path:
    css = _el(3, "style", {}, [])
    body = _el(
        4,
        "body",
        {},
        [
            _el(5, "ul", {"id": "list"}, [_el(6, "li", {}, [_text(7, "second")])]),
            _el(8, "div", {"class": "go"}, [_text(9, "Go")]),
            _el(10, "button", {"id": "gone"}, [_text(11, "Remove me")]),
        ],
    )
    html = _el(1, "html", {}, [_el(2, "head", {}, [css]), body])
    snapshot = {"type": 0, "id": 0, "childNodes": [html]}

    def inc(dt: int, data: dict[str, Any]) -> dict[str, Any]:
        return {"type": 3, "timestamp": T0 + dt, "data": data}

    def click(dt: int, node: int) -> dict[str, Any]:
        return inc(dt, {"source": 2, "type": 2, "id": node, "x": 10, "y": 10})

    adds = [
        # "first" goes before "second" (nextId): the label reads in document order
        {"parentId": 5, "nextId": 6, "node": _el(12, "li", {}, [_text(13, "first")])},
        # a sheet added later makes .go look clickable
        {"parentId": 3, "nextId": None, "node": _text(14, ".go{cursor:pointer}")},
    ]
    events = [
        {"type": 4, "timestamp": T0, "data": {"href": "http://x/", "width": 800, "height": 600}},
        {"type": 2, "timestamp": T0, "data": {"node": snapshot, "initialOffset": {}}},
        inc(100, {"source": 0, "adds": adds, "removes": [], "texts": [], "attributes": []}),
        click(200, 5),
        click(300, 8),
        inc(400, {"source": 0, "adds": [], "removes": [{"parentId": 4, "id": 10}]}),
        click(500, 11),  # text inside the removed button: named by a late event
    ]
    path = tmp_path / "view.rrweb.json"
    path.write_text(json.dumps(events), encoding="utf-8")
    return path


def _node(session: Session, rrweb_id: int) -> Any:
    return next(n for n in session.nodes if n.rrweb_id == rrweb_id)


def test_labels_follow_the_document_order_after_an_insert(tmp_path: Path) -> None:
    assert _node(import_file(_recording(tmp_path)), 5).label == "first second"


def test_a_sheet_added_by_a_mutation_gives_its_cue(tmp_path: Path) -> None:
    node = _node(import_file(_recording(tmp_path)), 8)
    assert node.styled
    assert node.cue == "cursor: pointer"


def test_a_removed_node_is_still_described(tmp_path: Path) -> None:
    node = _node(import_file(_recording(tmp_path)), 11)
    assert node.tag == "#text"
    assert node.cue == "button"  # its removed parent is still known
