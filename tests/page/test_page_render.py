"""The page view renders offscreen with Qt WebEngine, inert and offline (issue 12).

Heavy (a Chromium process): ``@pytest.mark.full``. A real HTTP server on 127.0.0.1 counts
every request it receives; the recorded pages, a hostile page and a direct navigation all
point at it, and it must receive nothing. The interceptor's own count shows the last wall
held where the first ones were bypassed on purpose.
"""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from pagenodes import document, el, text
from PySide6.QtCore import QUrl

from replay.importers import import_file
from replay.model.page import PageFrame, PagePlayer
from replay.ui import gui_gc
from replay.ui.page_render import PageRenderer, blocked_requests, wait_until

pytestmark = pytest.mark.full

CORPORA = Path(__file__).resolve().parents[1] / "data"


class _Counting(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Counting.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"body{background:red}")

    def log_message(self, *_args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server(qapp: Any) -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    with gui_gc.held():  # its threads run Python beside the GUI thread (docs/architecture.md)
        thread.start()
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def renderer(qapp: Any) -> Iterator[PageRenderer]:
    r = PageRenderer()
    wait_until(lambda: r.loaded, timeout_s=60)
    assert r.loaded, "the web engine did not start"
    yield r
    r.close()


def hostile_html(base: str) -> str:
    return f"""<!DOCTYPE html><html><head>
<link rel="stylesheet" href="{base}/style.css"><style>@import url({base}/import.css);
@font-face {{ font-family: x; src: url({base}/font.woff2); }}
body {{ background-image: url({base}/bg.png); font-family: x; }}</style>
<script src="{base}/script.js"></script><script>fetch('{base}/fetch'); document.title='PWNED';</script>
</head><body onload="document.title='PWNED'">
<img src="{base}/img.png" srcset="{base}/img2.png 2x" width="40" height="40" onerror="document.title='PWNED'">
<iframe src="{base}/frame.html"></iframe><video poster="{base}/poster.png" src="{base}/v.mp4"></video>
<object data="{base}/obj"></object><embed src="{base}/embed"><audio src="{base}/a.mp3"></audio>
<input type="image" src="{base}/input.png"><svg><image href="{base}/svg.png"/></svg>
<a href="{base}/link" ping="{base}/ping">link</a>
<div style="width:100px;height:100px;background:url({base}/div.png)">x</div>
</body></html>"""


def frame(html: str, version: int, size: tuple[int, int] = (800, 600)) -> PageFrame:
    return PageFrame(
        html=html, scroll=(0, 0), viewport=size, href="", version=(version, 0), problems={}
    )


def test_hostile_page_runs_nothing_and_fetches_nothing(
    renderer: PageRenderer, server: str
) -> None:
    """Bypassing the import sanitiser on purpose: JS off and the CSP still hold."""
    _Counting.hits.clear()
    image = renderer.render_now(frame(hostile_html(server), 1))
    wait_until(lambda: False, timeout_s=1.0)  # give stray loads time to arrive
    assert renderer.page.title() != "PWNED"
    assert _Counting.hits == []
    assert not image.isNull()


def test_the_interceptor_blocks_and_counts_what_gets_past(qapp: Any, server: str) -> None:
    """A top-level navigation is outside any page's CSP: the interceptor refuses it."""
    _Counting.hits.clear()
    own = PageRenderer()  # navigated away on purpose: not the shared renderer
    try:
        wait_until(lambda: own.loaded, timeout_s=60)
        before = len(blocked_requests())
        done: list[bool] = []
        own.page.loadFinished.connect(done.append)
        own.page.load(QUrl(f"{server}/navigate"))
        wait_until(lambda: bool(done), timeout_s=20)
        assert any("/navigate" in url for url in blocked_requests()[before:])
        assert _Counting.hits == []
    finally:
        own.close()


def test_rendering_every_recording_fetches_nothing(
    rrweb_files: list[Path], renderer: PageRenderer, server: str, tmp_path: Path
) -> None:
    """Every real recording, with its origin pointed at the counting server, 3 moments each."""
    _Counting.hits.clear()
    version = 100
    for path in rrweb_files:
        text = path.read_text(encoding="utf-8").replace("http://127.0.0.1:8766", server)
        moved = tmp_path / path.name
        moved.write_text(text, encoding="utf-8")
        session = import_file(moved)
        player = PagePlayer(session.page)  # type: ignore[arg-type]
        for t in (0, session.meta.duration_ms // 2, session.meta.duration_ms):
            version += 1
            f = player.frame_at(t)
            image = renderer.render_now(f)
            assert image.width() == f.viewport[0], path.name
            assert image.height() == f.viewport[1], path.name
    wait_until(lambda: False, timeout_s=1.0)
    assert _Counting.hits == [], f"the page view reached the network: {_Counting.hits[:5]}"


def test_a_page_is_drawn_at_its_viewport_and_scroll(renderer: PageRenderer) -> None:
    html = (
        "<!DOCTYPE html><html><body style='margin:0'>"
        "<div style='height:1000px;background:rgb(0,0,255)'></div>"
        "<div style='height:3000px;background:rgb(0,255,0)'></div></body></html>"
    )
    top = renderer.render_now(frame(html, 500, (400, 300)))
    assert top.pixelColor(200, 150).name() == "#0000ff"
    scrolled = PageFrame(
        html=html, scroll=(0, 1200), viewport=(400, 300), href="", version=(500, 0), problems={}
    )
    image = renderer.render_now(scrolled)
    assert (image.width(), image.height()) == (400, 300)
    assert image.pixelColor(200, 150).name() == "#00ff00"


def test_an_element_without_a_recorded_offset_is_at_its_start(renderer: PageRenderer) -> None:
    """A carousel scrolled in one frame and with no recorded offset in the next (the page
    reloaded: a new snapshot, wide-phone-frustrated-h) shows its start, not the offset the
    earlier frame left on the reused element."""

    def page(scroll: str) -> str:
        return (
            "<!DOCTYPE html><html><body style='margin:0'><div id='c' style='height:300px;"
            f"overflow:auto'{scroll}><div style='height:300px;background:rgb(0,0,255)'></div>"
            "<div style='height:300px;background:rgb(0,255,0)'></div></div></body></html>"
        )

    scrolled = renderer.render_now(frame(page(" data-rr-scroll='0,300'"), 800, (400, 300)))
    assert scrolled.pixelColor(200, 150).name() == "#00ff00"
    reloaded = renderer.render_now(frame(page(""), 801, (400, 300)))
    assert reloaded.pixelColor(200, 150).name() == "#0000ff"


def _without_markers(image: Any) -> Any:
    """The image with its two corner paint markers blanked (their colour counts frames)."""
    out = image.copy()
    w, h = out.width(), out.height()
    for x in range(w):
        for y in (0, h - 1):
            out.setPixelColor(x, y, out.pixelColor(x, 1 if y == 0 else h - 2))
    return out


def test_an_element_scroll_is_painted_in_place(renderer: PageRenderer) -> None:
    """Playback through a carousel swipe: the page is not written again (same version),
    the carousel is set to its new offset in place, and the image is the one a page
    written fresh at that moment gives."""
    session = import_file(CORPORA / "rrweb-wide" / "wide-calm-phone-carousel-h.rrweb.json")
    player = PagePlayer(session.page)  # type: ignore[arg-type]
    renderer.set_scale(1.0)
    first = _without_markers(renderer.render_now(player.frame_at(10353)))  # x=96
    after = player.frame_at(14079)  # x=360, the same HTML
    moved = _without_markers(renderer.render_now(after))
    assert moved != first  # the carousel moved
    fresh_renderer = PageRenderer()
    try:
        wait_until(lambda: fresh_renderer.loaded, timeout_s=60)
        fresh_renderer.set_scale(1.0)
        fresh = PagePlayer(session.page).frame_at(14079)  # type: ignore[arg-type]
        assert fresh.html is not after.html
        expected = _without_markers(fresh_renderer.render_now(fresh))
    finally:
        fresh_renderer.close()
    assert moved == expected


def test_css_animations_are_held_at_their_start(renderer: PageRenderer) -> None:
    """An always-running CSS animation (set 10's offer banner) is drawn at its phase 0 at
    every draw: the phase at the playhead is not in the recording, and a running one made
    two draws of one moment differ (and differ from a page rebuilt at the moment)."""
    import time

    html = (
        "<!DOCTYPE html><html><head><style>@keyframes k{from{background:rgb(0,0,0)}"
        "to{background:rgb(255,255,255)}}#a{height:300px;animation:k 1.6s linear infinite}"
        "</style></head><body style='margin:0'><div id='a'></div></body></html>"
    )
    seen = []
    for i in range(2):
        image = renderer.render_now(frame(html, 700 + i, (400, 300)))
        seen.append(image.pixelColor(200, 150).name())
        start = time.perf_counter()
        wait_until(lambda s=start: time.perf_counter() - s > 0.5, timeout_s=2)  # type: ignore[misc]
    assert seen == ["#000000", "#000000"]


@pytest.mark.parametrize("scale", [1.0, 0.5, 0.3])
def test_the_paint_is_seen_below_full_size(renderer: PageRenderer, scale: float) -> None:
    """The paint markers stay at least a device pixel: a page drawn smaller than its CSS
    size (the app's stage, the report's frames) is taken when painted, not after the 1.5 s
    timeout (1 CSS px markers vanished below 100 %: every frame waited the timeout)."""
    html = "<!DOCTYPE html><html><body style='margin:0;background:rgb(200,0,0)'></body></html>"
    renderer.set_scale(scale)
    try:
        for i in range(3):
            image = renderer.render_now(frame(html, 600 + i, (800, 600)))
            assert not renderer.timed_out, (scale, i, renderer.last_ms)
            assert image.width() == round(800 * renderer.scale)
            assert image.pixelColor(image.width() // 2, image.height() // 2).name() == "#c80000"
    finally:
        renderer.set_scale(1.0)


def test_shadow_dom_and_iframe_content_are_drawn(renderer: PageRenderer, tmp_path: Path) -> None:
    from replay.model.page import PageState

    shadow = el(
        5, "div", {"style": "width:200px;height:100px;background:rgb(255,0,0)"}, isShadow=True
    )
    sheet = el(10, "style", {}, text(11, "p{margin:0;height:100px;background:rgb(0,128,0)}"))
    framed = document(
        el(13, "p", {}),
        body_attrs={"style": "margin:0"},
        ids=(7, 8, 12),
        head=el(9, "head", {}, sheet),
    )
    box = {"style": "border:0;width:200px;height:100px;display:block"}
    state = PageState()
    state.load_snapshot(
        document(
            el(4, "div", {}, shadow, isShadowHost=True),
            el(6, "iframe", box, framed),
            el(14, "p", {}, text(15, "outside")),
            body_attrs={"style": "margin:0"},
        )
    )
    html = state.to_html()
    for version in (600, 601):  # a seek rewrites the page: the frame is drawn every time
        page = PageFrame(
            html=html, scroll=(0, 0), viewport=(400, 300), href="", version=(version, 0),
            problems={},
        )  # fmt: skip
        image = renderer.render_now(page)
        assert image.pixelColor(100, 50).name() == "#ff0000"  # shadow DOM
        assert image.pixelColor(100, 150).name() == "#008000"  # the iframe's document
        assert image.pixelColor(100, 215).name() != "#008000"  # its CSS stays inside it
    assert json.dumps(blocked_requests())  # URLs kept as text


def _doc(node_id: int, css: str, *body: Any) -> Any:
    """A document node as rrweb records a frame's: doctype, html, head with a sheet, body."""
    i = node_id
    return {"type": 0, "id": i, "childNodes": [
        {"type": 1, "name": "html", "publicId": "", "systemId": "", "id": i + 1},
        el(i + 2, "html", {}, el(i + 3, "head", {}, el(i + 4, "style", {"_cssText": css})),
            el(i + 5, "body", {}, *body)),
    ]}  # fmt: skip


def _frame_session(tmp_path: Path, base: str) -> Path:
    """A page whose iframe gets its document late, a frame nested in it later, shadow DOM
    inside it, URLs inside it (to the counting server), and then a navigation inside it."""
    t0 = 1_700_000_000_000
    box = "position:absolute;left:100px;top:100px;width:200px;height:100px;border:0"
    top = {"type": 0, "id": 1, "childNodes": [
        {"type": 1, "name": "html", "publicId": "", "systemId": "", "id": 2},
        el(3, "html", {}, el(4, "head", {}),
            el(5, "body", {"style": "margin:0;background:rgb(255,255,255)"},
                el(10, "iframe", {"src": f"{base}/map.html", "style": box}))),
    ]}  # fmt: skip
    # What broke on set 9's map: boxes placed against the frame's own viewport (inset:0,
    # position:fixed, 100vh) and rules on html/body.
    css = (
        f"html{{background:rgb(0,0,255)}}body{{margin:0;background-image:url({base}/bg.png)}}"
        ".tiles{position:absolute;inset:0;background:rgb(0,128,0)}"
        ".fix{position:fixed;right:0;bottom:0;width:20px;height:20px;background:rgb(255,0,0)}"
        ".in{position:absolute;z-index:1;left:120px;top:10px;width:50px;height:50px;border:0}"
    )
    shadow_css = "position:absolute;z-index:1;left:0;top:0;width:50px;height:50px;"
    frame_doc = _doc(
        100, css,
        el(110, "div", {"class": "tiles"}),
        el(111, "div", {"class": "fix"}),
        el(112, "img", {"src": f"{base}/in-frame.png", "width": "1", "height": "1"}),
        el(113, "link", {"rel": "stylesheet", "href": f"{base}/in-frame.css"}),
        el(114, "div", {}, el(115, "div", {"style": shadow_css + "background:rgb(255,255,0)"},
                                isShadow=True), isShadowHost=True),
    )  # fmt: skip
    nested = el(120, "iframe", {"class": "in", "src": f"{base}/nested.html"})
    nested_doc = _doc(130, "body{margin:0;background:rgb(255,0,255)}")
    navigated = _doc(
        200, "body{margin:0;background:rgb(255,165,0)}",
        el(210, "div", {"style": "height:100vh;width:100vw;background:rgb(0,255,255)"}),
    )  # fmt: skip

    def adds(parent: int, node: Any) -> dict[str, Any]:
        return {"source": 0, "adds": [{"parentId": parent, "nextId": None, "node": node}],
                "removes": [], "texts": [], "attributes": []}  # fmt: skip

    events = [
        {"type": 4, "timestamp": t0, "data": {"href": f"{base}/", "width": 400, "height": 300}},
        {"type": 2, "timestamp": t0 + 1, "data": {"node": top, "initialOffset": {"left": 0, "top": 0}}},
        {"type": 3, "timestamp": t0 + 300, "data": adds(10, frame_doc)},
        {"type": 3, "timestamp": t0 + 600, "data": adds(105, nested)},
        {"type": 3, "timestamp": t0 + 700, "data": adds(120, nested_doc)},
        {"type": 3, "timestamp": t0 + 1500, "data": adds(10, navigated)},
        {"type": 3, "timestamp": t0 + 3000, "data": {"source": 1, "positions": [{"x": 5, "y": 5, "id": 5, "timeOffset": 0}]}},
    ]  # fmt: skip
    path = tmp_path / "frames.rrweb.json"
    path.write_text(json.dumps(events), encoding="utf-8")
    return path


def test_an_iframe_is_drawn_in_its_box_as_its_own_document(
    renderer: PageRenderer, server: str, tmp_path: Path
) -> None:
    """Set 9's defect: the frame's content was drawn across the whole page, its box empty."""
    _Counting.hits.clear()
    session = import_file(_frame_session(tmp_path, server))
    player = PagePlayer(session.page)  # type: ignore[arg-type]

    def colour(image: Any, x: int, y: int) -> str:
        return str(image.pixelColor(x, y).name())

    for t in (1000, 2000, 1000, 200):  # a seek back rebuilds the older documents
        image = renderer.render_now(player.frame_at(t)).copy()
        outside = [(50, 50), (350, 250), (150, 250), (50, 150), (350, 150)]
        assert {colour(image, x, y) for x, y in outside} == {"#ffffff"}, t
        if t == 200:  # no document recorded yet: the empty frame
            assert colour(image, 150, 150) == "#ffffff"
        elif t == 1000:
            assert colour(image, 150, 180) == "#008000"  # inset:0 fills the frame's box
            assert colour(image, 290, 190) == "#ff0000"  # fixed: the frame's corner
            assert colour(image, 110, 110) == "#ffff00"  # shadow DOM inside the frame
            assert colour(image, 240, 130) == "#ff00ff"  # the nested frame, added later
        else:  # the navigation inside the frame replaced its document
            assert colour(image, 150, 150) == "#00ffff"  # 100vh/100vw: the frame's viewport
            assert colour(image, 290, 190) == "#00ffff"
            assert colour(image, 110, 110) == "#00ffff"
    html = player.frame_at(1000).html
    assert f"{server}/map.html" not in html
    assert f"{server}/nested.html" not in html
    wait_until(lambda: False, timeout_s=1.0)
    assert _Counting.hits == [], f"the page view reached the network: {_Counting.hits[:5]}"


def test_heldout9_map_iframe_is_in_its_box(renderer: PageRenderer, tmp_path: Path) -> None:
    """The real recording: the map (its green ground, red pin) inside the iframe's box only."""
    import numpy as np
    from PySide6.QtGui import QImage
    from PySide6.QtWebEngineCore import QWebEngineScript

    path = Path(__file__).resolve().parents[1] / "data/rrweb-heldout9/w9-calm-accel.rrweb.json"
    session = import_file(path)
    image = renderer.render_now(PagePlayer(session.page).frame_at(50500)).copy()  # type: ignore[arg-type]
    got: list[Any] = []
    renderer.page.runJavaScript(
        "JSON.stringify(document.querySelector('iframe[data-rr-frame]').getBoundingClientRect())",
        QWebEngineScript.ScriptWorldId.ApplicationWorld,
        got.append,
    )
    wait_until(lambda: bool(got), timeout_s=10)
    box = json.loads(got[0])
    assert box["width"] > 250, box
    assert box["height"] > 100, box
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    px = np.frombuffer(rgb.constBits(), np.uint8, rgb.sizeInBytes())
    px = px.reshape(rgb.height(), rgb.bytesPerLine())[:, : rgb.width() * 3]
    px = px.reshape(rgb.height(), rgb.width(), 3).astype(int)
    inside = np.zeros(px.shape[:2], bool)
    x0, y0 = int(box["left"]) + 3, int(box["top"]) + 3
    x1, y1 = int(box["right"]) - 3, int(box["bottom"]) - 3
    inside[y0:y1, x0:x1] = True
    near = np.zeros(px.shape[:2], bool)  # the box and its border (anti-aliased edges)
    near[max(0, y0 - 8) : y1 + 8, max(0, x0 - 8) : x1 + 8] = True
    ground = np.abs(px - (223, 233, 216)).max(axis=2) <= 6
    pin = np.abs(px - (180, 35, 24)).max(axis=2) <= 12
    assert ground[inside].mean() > 0.5  # the map's ground fills its box
    assert pin[inside].sum() > 100  # and its pin is in it
    assert ground[~near].sum() < 50  # nothing of the map outside its box
    assert pin[~near].sum() < 50
