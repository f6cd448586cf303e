"""What the HTML alone does not carry, drawn (issue 12): canvas drawing, media play state,
CSS declarations set later, adopted (constructed) style sheets.

None of the shared recordings has these events, so the recording here is hand-written in
rrweb 2.2.2's event format (``EventType.IncrementalSnapshot`` with ``IncrementalSource``
CanvasMutation 9, MediaInteraction 7, StyleDeclaration 13, AdoptedStyleSheet 15,
StyleSheetRule 8 with a ``styleId``). The model part is Qt-free; the pixels are drawn by the
real renderer (``full``), at known places of a known layout.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from replay.importers import import_file
from replay.model.page import PagePlayer, iter_chunk_events, unpack
from replay.store.library import Library

T0 = 1_700_000_000_000
STYLE = ".box{width:100px;height:50px;background:rgb(255, 0, 0)}"


def el(node_id: int, tag: str, attrs: dict[str, Any], *children: Any, **extra: Any) -> Any:
    return {
        "type": 2,
        "tagName": tag,
        "attributes": attrs,
        "childNodes": list(children),
        "id": node_id,
        **extra,
    }


def document() -> dict[str, Any]:
    block = "display:block;margin:0"
    return {"type": 0, "id": 1, "childNodes": [
        {"type": 1, "name": "html", "publicId": "", "systemId": "", "id": 2},
        el(3, "html", {},
           el(4, "head", {}, el(5, "style", {}, {"type": 3, "textContent": STYLE, "id": 6, "isStyle": True})),
           el(7, "body", {"style": "margin:0;background:rgb(255, 255, 255)"},
              el(8, "canvas", {"width": "200", "height": "100", "style": block}),      # y 0-100
              el(9, "div", {"class": "box"}),                                           # y 100-150
              el(10, "video", {"width": "320", "height": "180", "style": block,
                               "src": "http://media.example.test/v.mp4"}),               # y 150-330
              el(12, "div", {"class": "adopt", "style": "width:100px;height:50px"}),    # y 330-380
              el(11, "div", {"style": "width:100px"},
                 el(14, "div", {"class": "inner"}, isShadow=True), isShadowHost=True),  # y 380-410
              el(13, "canvas", {"width": "100", "height": "50", "style": block}),       # y 410-460
              el(15, "input", {"type": "text", "value": "secret typed"}),
              ))]}  # fmt: skip


def incremental(t: int, data: dict[str, Any]) -> dict[str, Any]:
    return {"type": 3, "timestamp": T0 + t, "data": data}


def events() -> list[dict[str, Any]]:
    out = [
        {"type": 4, "timestamp": T0, "data": {"href": "http://example.test/", "width": 800, "height": 600}},
        {"type": 2, "timestamp": T0 + 1, "data": {"node": document(), "initialOffset": {"left": 0, "top": 0}}},
        # typed into the input (the importer keeps the length only; an echo is masked)
        incremental(300, {"source": 5, "id": 15, "text": "hunter2 typed", "isChecked": False}),
        # 2D canvas: blue over the whole canvas
        incremental(1000, {"source": 9, "id": 8, "type": 0, "commands": [
            {"property": "fillStyle", "args": ["rgb(0, 0, 255)"], "setter": True},
            {"property": "fillRect", "args": [0, 0, 200, 100]},
            {"property": "fillText", "args": ["hunter2 typed", 10, 10]},
            {"property": "drawImage", "args": [{"rr_type": "HTMLImageElement",
                                                 "src": "http://media.example.test/i.png"}, 0, 0]},
        ]}),
        # the video plays from 5 s
        incremental(1500, {"source": 7, "type": 0, "id": 10, "currentTime": 5}),
        # the .box rule's background becomes green
        incremental(2000, {"source": 13, "id": 5, "index": [0],
                           "set": {"property": "background", "value": "rgb(0, 128, 0)", "priority": ""}}),
        # the document adopts a constructed sheet; a shadow root adopts another
        incremental(2200, {"source": 15, "id": 1, "styleIds": [1], "styles": [
            {"styleId": 1, "rules": [{"rule": ".adopt{background:rgb(255, 255, 0)}", "index": 0}]}]}),
        incremental(2300, {"source": 15, "id": 11, "styleIds": [2], "styles": [
            {"styleId": 2, "rules": [{"rule": ".inner{height:30px;background:rgb(255, 0, 255)}"}]}]}),
        # a rule added to the constructed sheet later, and a declaration removed from it
        incremental(2400, {"source": 8, "styleId": 1, "adds": [
            {"rule": ".adopt{border-left:20px solid rgb(0, 0, 0)}", "index": 1}]}),
        # WebGL: counted, drawn as a box with a note
        incremental(2600, {"source": 9, "id": 13, "type": 1, "commands": [
            {"property": "clearColor", "args": [1, 0, 0, 1]}, {"property": "clear", "args": [16384]}]}),
        # the whole 2D canvas cleared, then green on its left half
        incremental(3000, {"source": 9, "id": 8, "type": 0, "commands": [
            {"property": "clearRect", "args": [0, 0, 200, 100]},
            {"property": "fillStyle", "args": ["rgb(0, 160, 0)"], "setter": True},
            {"property": "fillRect", "args": [0, 0, 100, 100]},
        ]}),
        # paused at 7.5 s, muted
        incremental(4000, {"source": 7, "type": 1, "id": 10, "currentTime": 7.5, "muted": True}),
        # a DOM change after 5 s cuts a keyframe: canvas, media and sheets must carry over
        incremental(6000, {"source": 0, "adds": [], "removes": [], "texts": [],
                           "attributes": [{"id": 9, "attributes": {"title": "later"}}]}),
        incremental(6500, {"source": 13, "styleId": 1, "index": [0], "remove": {"property": "background"}}),
    ]  # fmt: skip
    for k in range(0, 7001, 250):  # the mouse part
        out.append(incremental(k, {"source": 1, "positions": [
            {"x": 400 + k % 50, "y": 500, "id": 7, "timeOffset": 0}]}))  # fmt: skip
    return sorted(out, key=lambda e: e["timestamp"])


@pytest.fixture
def recording(tmp_path: Path) -> Path:
    path = tmp_path / "extras.rrweb.json"
    path.write_text(json.dumps(events()), encoding="utf-8")
    return path


# -- stored, Qt-free -------------------------------------------------------------------


def test_extras_are_stored_and_follow_seeks(recording: Path, tmp_path: Path) -> None:
    session = import_file(recording)
    page = session.page
    assert page is not None
    assert page.status == "ok"
    assert len(page.chunks) >= 2  # the keyframe cut at 6 s
    assert page.counts.get("canvas_command_not_drawn") == 1  # the image: never fetched
    assert page.counts.get("webgl_drawing_not_shown") == 2
    # stored and read back
    with Library.open(tmp_path / "lib.sqlite") as lib:
        sid, _ = lib.add_session(session)
        stored = lib.load_page(sid)
    for record in (page, stored):
        player = PagePlayer(record)
        early = player.frame_at(500)
        assert "canvas" not in early.extras
        assert "media" not in early.extras
        assert "rgb(0, 128, 0)" not in early.html
        assert "data-rr-adopted" not in early.html

        f = PagePlayer(record).frame_at(2700)  # fresh player: from the first keyframe
        assert 'data-rr-id="8"' in f.html
        assert 'data-rr-id="10"' in f.html
        canvas = {c[0]: c for c in f.extras["canvas"]}
        assert canvas[13][1] == 1
        assert canvas[13][3] == []
        assert [c[0] for c in canvas[8][3]] == ["fillStyle", "fillRect", "fillText"]
        assert f.extras["media"] == [[10, 1, 6.2, 0]]  # playing, 5 s + 1.2 s
        assert ".box{width: 100px; height: 50px; background: rgb(0, 128, 0)}" in f.html
        head = f.html[f.html.index("<head") : f.html.index("</head>")]
        assert head.endswith(  # last in the head: after the document's own sheets
            '<style data-rr-adopted="">.adopt{background:rgb(255, 255, 0)}'
            ".adopt{border-left:20px solid rgb(0, 0, 0)}</style>"  # (a rule added at 2.4 s)
        )
        assert (
            '<style data-rr-adopted="">.inner{height:30px;background:rgb(255, 0, 255)}</style>'
            "</template>" in f.html
        )

        g = PagePlayer(record).frame_at(5000)
        canvas = {c[0]: c for c in g.extras["canvas"]}
        assert [c[0] for c in canvas[8][3]] == ["clearRect", "fillStyle", "fillRect"]  # reset
        assert g.extras["media"] == [[10, 0, 7.5, 1]]
        assert "border-left:20px" in g.html

        # across the keyframe cut at 6 s: a fresh seek equals the sequential replay
        late_fresh = PagePlayer(record).frame_at(6800)
        seq = PagePlayer(record)
        for t in range(0, 6801, 100):
            late_seq = seq.frame_at(t)
        assert late_fresh.html == late_seq.html
        assert late_fresh.extras["media"] == late_seq.extras["media"] == [[10, 0, 7.5, 1]]
        assert [c[:2] + c[3:] for c in late_fresh.extras["canvas"]] == [
            c[:2] + c[3:] for c in late_seq.extras["canvas"]
        ]
        assert "rgb(255, 255, 0)" not in late_fresh.html  # the declaration removed at 6.5 s
        assert "border-left:20px" in late_fresh.html


def test_typed_text_drawn_on_a_canvas_is_masked(recording: Path) -> None:
    session = import_file(recording)
    assert session.page is not None
    everything = json.dumps([unpack(c.keyframe) for c in session.page.chunks]) + json.dumps(
        list(iter_chunk_events(session.page))
    )
    assert "hunter2" not in everything
    assert "secret typed" not in everything
    assert "media.example.test" not in everything.replace("http://media.example.test/v.mp4", "")
    masked = import_file(recording, mask_text=True)
    assert masked.page is not None
    texts = [
        cmd[1][0]
        for e in iter_chunk_events(masked.page)
        if e[1] == "cv"
        for cmd in e[2][2]
        if cmd[0] == "fillText"
    ]
    assert texts
    assert all(set(t) <= {"*", " ", "\u2022"} for t in texts)


def test_malformed_extras_are_counted_never_a_crash(tmp_path: Path) -> None:
    bad = [
        incremental(1100, {"source": 9, "id": "x", "commands": 5}),
        incremental(1200, {"source": 9, "id": 999, "type": 0, "commands": [{"property": "fillRect", "args": [1]}]}),
        incremental(1300, {"source": 9, "id": 8, "type": 0, "commands": [{"property": "x y", "args": []}, 7]}),
        incremental(1400, {"source": 7, "type": "play", "id": 10}),
        incremental(1500, {"source": 7, "type": 0, "id": 999, "currentTime": "NaN"}),
        incremental(1600, {"source": 13, "id": 5, "index": [42], "set": {"property": "color", "value": "red"}}),
        incremental(1700, {"source": 13, "styleId": 77, "index": [0], "remove": {"property": "color"}}),
        incremental(1800, {"source": 13, "id": 5, "index": "0"}),
        incremental(1900, {"source": 15, "id": 1, "styleIds": "1"}),
        incremental(2000, {"source": 15, "id": 1, "styleIds": [3], "styles": [{"styleId": 3, "rules": 9}]}),
        incremental(2100, {"source": 8, "styleId": 55, "adds": [{"rule": "p{}", "index": 99}]}),
    ]  # fmt: skip
    path = tmp_path / "bad.rrweb.json"
    path.write_text(json.dumps(sorted(events() + bad, key=lambda e: e["timestamp"])))
    session = import_file(path)
    page = session.page
    assert page is not None
    assert page.status == "ok"
    counts = page.counts
    assert counts.get("canvas_malformed") == 1
    assert counts.get("page_canvas_missing_node") == 1
    assert counts.get("canvas_command_not_drawn", 0) >= 2
    assert counts.get("page_media_missing_node") == 1
    assert counts.get("page_declaration_missing_rule") == 1
    assert counts.get("page_declaration_missing_stylesheet") == 1
    assert counts.get("style_declaration_malformed") == 1
    assert counts.get("adopted_sheet_malformed") == 1
    PagePlayer(page).frame_at(session.meta.duration_ms)  # no crash at any moment


# -- drawn (the real web engine) ----------------------------------------------------------


@pytest.fixture(scope="module")
def renderer(qapp: Any) -> Iterator[Any]:
    from replay.ui.page_render import PageRenderer, wait_until

    r = PageRenderer()
    wait_until(lambda: r.loaded, timeout_s=60)
    yield r
    r.close()


def rgb(image: Any, x: int, y: int) -> tuple[int, int, int]:
    c = image.pixelColor(x, y)
    return (c.red(), c.green(), c.blue())


def near(a: tuple[int, int, int], b: tuple[int, int, int], tol: int = 40) -> bool:
    return all(abs(p - q) <= tol for p, q in zip(a, b, strict=True))


@pytest.mark.full
def test_extras_are_drawn(recording: Path, renderer: Any) -> None:
    from replay.ui.page_render import blocked_requests, csp_refusals

    session = import_file(recording)
    assert session.page is not None
    player = PagePlayer(session.page)
    white = (255, 255, 255)
    blocked, refused = len(blocked_requests()), len(csp_refusals())

    image = renderer.render_now(player.frame_at(500)).copy()
    assert near(rgb(image, 50, 50), white)  # nothing drawn on the canvas yet
    assert near(rgb(image, 50, 125), (255, 0, 0))  # .box: red
    assert near(rgb(image, 50, 355), white)  # .adopt: no adopted sheet yet
    assert near(rgb(image, 6, 157), white)  # no media badge

    image = renderer.render_now(player.frame_at(2700)).copy()
    assert near(rgb(image, 150, 50), (0, 0, 255))  # the canvas drawing replayed
    assert near(rgb(image, 50, 125), (0, 128, 0))  # setProperty on the rule
    assert near(rgb(image, 50, 355), (255, 255, 0))  # the document's adopted sheet
    assert near(rgb(image, 50, 395), (255, 0, 255))  # the shadow root's adopted sheet
    assert near(rgb(image, 60, 440), (238, 238, 238), 20)  # WebGL: a grey box with a note
    assert rgb(image, 6, 157)[0] < 120  # the media badge (dark) over the video's box

    # Playback: the same DOM, the drawing unchanged (its commands are not sent again), then
    # changed (sent again) with the HTML still the same.
    same = player.frame_at(2800)
    assert renderer._extras_to_send(same, html_sent=False)["canvas"][0][3] is None
    image = renderer.render_now(player.frame_at(2800)).copy()
    assert near(rgb(image, 150, 50), (0, 0, 255))
    image = renderer.render_now(player.frame_at(3100)).copy()
    assert near(rgb(image, 50, 50), (0, 160, 0))
    assert near(rgb(image, 150, 50), white)

    image = renderer.render_now(PagePlayer(session.page).frame_at(5000)).copy()
    assert near(rgb(image, 50, 50), (0, 160, 0))  # after the clear: green left half
    assert near(rgb(image, 150, 50), white)  # the right half cleared
    assert near(rgb(image, 10, 355), (0, 0, 0))  # the rule added to the adopted sheet
    assert rgb(image, 6, 157)[0] < 120  # still badged (paused)

    image = renderer.render_now(player.frame_at(6800)).copy()
    assert near(rgb(image, 50, 355), white)  # removeProperty on the adopted rule
    assert len(blocked_requests()) == blocked
    assert len(csp_refusals()) >= refused
