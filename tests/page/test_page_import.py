"""The recorded page kept at import (issue 12): keyframes, repairs, page changes, styles.

Qt-free: what is stored and the inert HTML it rebuilds. Rendering is in test_page_render.py.
"""

from __future__ import annotations

import copy
import json
import os
import random
import re
import time
from pathlib import Path
from typing import Any

import pytest
from pagenodes import document, el, text

import replay.importers._page as page_mod
from replay.importers import import_file
from replay.model.page import PagePlayer, PageRecord, PageState, split_css, unpack
from replay.store.library import Library

#: The shared recordings (tests/conftest.py's rule; its name is shadowed by tests/ui/conftest).
RRWEB_DIR = (
    Path(os.environ.get("REPLAY_SHARED", Path(__file__).resolve().parents[3] / "shared"))
    / "data"
    / "rrweb"
)
RECORDINGS = sorted(RRWEB_DIR.glob("*.rrweb.json"))


def events_of(rrweb_dir: Path, name: str) -> list[dict[str, Any]]:
    return json.loads((rrweb_dir / f"{name}.rrweb.json").read_bytes())


def write(tmp_path: Path, events: list[dict[str, Any]], name: str = "x.rrweb.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(events), encoding="utf-8")
    return path


def moments(duration_ms: int, n: int = 10, seed: int = 12) -> list[int]:
    rng = random.Random(seed)
    return sorted([0, duration_ms, *(rng.randrange(0, duration_ms + 1) for _ in range(n - 2))])


# -- keyframes ----------------------------------------------------------------------------


def test_every_recording_keeps_a_page(rrweb_files: list[Path]) -> None:
    for path in rrweb_files:
        session = import_file(path)
        page = session.page
        assert page is not None, path.name
        assert page.status == "ok", (path.name, page.reason)
        assert page.chunks, path.name
        html = PagePlayer(page).frame_at(session.meta.duration_ms // 2).html
        assert "Havbris" in html, path.name  # the shop's name: the page is really there
        assert "<script" not in html.lower()


@pytest.mark.parametrize("path", RECORDINGS, ids=[p.name.split(".")[0] for p in RECORDINGS])
def test_keyframe_seek_equals_replay_from_the_snapshot(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seeking via keyframes gives the same page as applying every change since the load."""
    fast = import_file(path)
    monkeypatch.setattr(page_mod, "KEYFRAME_MS", 10**12)  # keyframes only at FullSnapshots
    monkeypatch.setattr(page_mod, "MAX_CHUNK_EVENTS", 10**9)
    slow = import_file(path)
    assert fast.page is not None
    assert slow.page is not None
    assert len(fast.page.chunks) >= len(slow.page.chunks)
    fast_player, slow_player = PagePlayer(fast.page), PagePlayer(slow.page)
    for t in moments(fast.meta.duration_ms):
        a, b = fast_player.frame_at(t), PagePlayer(slow.page).frame_at(t)
        assert (a.html, a.scroll, a.viewport, a.href) == (b.html, b.scroll, b.viewport, b.href), (
            f"{path.name} at {t} ms: keyframe seek differs from replaying since the snapshot"
        )
    # Backwards and forwards seeks on one player give the same as fresh players.
    for t in reversed(moments(fast.meta.duration_ms, seed=3)):
        assert fast_player.frame_at(t).html == slow_player.frame_at(t).html


def test_a_seek_replays_at_most_a_few_seconds(rrweb_files: list[Path]) -> None:
    for path in rrweb_files:
        page = import_file(path).page
        assert page is not None
        for chunk in page.chunks:
            events = unpack(chunk.events)
            dom = [e for e in events if e[1] in ("m", "i", "css")]
            if dom:
                # A DOM change opens a new chunk once KEYFRAME_MS passed since its keyframe.
                assert dom[-1][0] - chunk.start_ms < page_mod.KEYFRAME_MS + 1, path.name


def test_library_round_trip_and_identical_keyframes_stored_once(
    rrweb_dir: Path, tmp_path: Path
) -> None:
    session = import_file(rrweb_dir / "dev-calm-desktop-reader.rrweb.json")
    with Library.open(tmp_path / "lib.sqlite") as lib:
        sid, _ = lib.add_session(session)
        loaded = lib.load_page(sid)
        assert loaded == session.page
        n_kf = lib.db.conn.execute("SELECT count(*) FROM page_keyframes").fetchone()[0]
        n_chunks = lib.db.conn.execute("SELECT count(*) FROM page_chunks").fetchone()[0]
        assert n_chunks == len(session.page.chunks)
        assert n_kf <= n_chunks
        lib.delete_session(sid)
        assert lib.db.conn.execute("SELECT count(*) FROM page_chunks").fetchone()[0] == 0


def test_mouse_channels_unchanged_by_the_page(rrweb_files: list[Path]) -> None:
    """Keeping the page changes no channel: same rows as a session with the page dropped."""
    for path in rrweb_files[:4]:
        session = import_file(path)
        counts = session.counts()
        assert counts["mutations"] > 0 or path.name.startswith("dev-scroll")
        assert session.report.to_json() == import_file(path).report.to_json()


# -- repairs ------------------------------------------------------------------------------


def test_mutation_on_a_missing_node_is_dropped_and_counted(
    rrweb_dir: Path, tmp_path: Path
) -> None:
    events = events_of(rrweb_dir, "dev-rage-desktop-wide")
    t = events[len(events) // 2]["timestamp"]
    ghost = 987654321
    events.insert(
        len(events) // 2,
        {
            "type": 3,
            "timestamp": t,
            "data": {
                "source": 0,
                "removes": [{"id": ghost, "parentId": ghost + 1}],
                "adds": [{"parentId": ghost, "nextId": None, "node": {"type": 3, "textContent": "x", "id": ghost + 2}}],
                "texts": [{"id": ghost + 3, "value": "y"}],
                "attributes": [{"id": ghost + 4, "attributes": {"class": "z"}}],
            },
        },
    )  # fmt: skip
    session = import_file(write(tmp_path, events))
    page = session.page
    assert page is not None
    assert page.status == "ok"
    assert page.counts["mutation_missing_node"] == 4
    html = PagePlayer(page).frame_at(session.meta.duration_ms).html
    assert "Havbris" in html


def test_malformed_dom_part_keeps_the_mouse_part(rrweb_dir: Path, tmp_path: Path) -> None:
    events = events_of(rrweb_dir, "dev-dead-clicks-laptop")
    good = import_file(rrweb_dir / "dev-dead-clicks-laptop.rrweb.json")
    broken = copy.deepcopy(events)
    for event in broken:
        if event["type"] == 2:
            event["data"]["node"] = "<html>not a node tree</html>"
    session = import_file(write(tmp_path, broken))
    assert len(session.channel("pointer")) == len(good.channel("pointer"))
    assert len(session.channel("interactions")) == len(good.channel("interactions"))
    page = session.page
    assert page is not None
    assert page.status == "broken"
    assert "FullSnapshot" in page.reason
    assert "no node tree" in page.reason
    with Library.open(tmp_path / "lib.sqlite") as lib:
        sid, _ = lib.add_session(session)
        stored = lib.load_page(sid)
        assert (stored.status, stored.reason) == ("broken", page.reason)


def test_a_mouse_log_has_no_page(balabit_files: list[Path]) -> None:
    assert import_file(balabit_files[0]).page is None


# -- page changes -------------------------------------------------------------------------


def test_full_page_loads_are_followed(rrweb_dir: Path) -> None:
    events = events_of(rrweb_dir, "dev-quick-back-laptop")
    origin = min(e["timestamp"] for e in events)
    metas = [(e["timestamp"] - origin, e["data"]["href"]) for e in events if e["type"] == 4]
    assert len({h for _, h in metas}) >= 3
    session = import_file(rrweb_dir / "dev-quick-back-laptop.rrweb.json")
    player = PagePlayer(session.page)  # type: ignore[arg-type]
    titles = set()
    for (t, href), nxt in zip(
        metas, [*metas[1:], (session.meta.duration_ms + 1, "")], strict=True
    ):
        at = min(t + 500, nxt[0] - 1)
        frame = player.frame_at(at)
        assert frame.href == href, at
        titles.add(re.search(r"<title>(.*?)</title>", frame.html).group(1))  # type: ignore[union-attr]
    assert len(titles) >= 3  # different documents, not one page with a new address


def test_pushstate_routes_are_followed(rrweb_dir: Path, tmp_path: Path) -> None:
    events = events_of(rrweb_dir, "dev-erratic-cursor-wide")
    origin = events[0]["timestamp"]
    for k, route in enumerate(["/checkout", "/checkout/pay"]):
        events.append(
            {"type": 5, "timestamp": origin + 10_000 * (k + 1),
             "data": {"tag": "$pageview", "payload": {"href": f"http://127.0.0.1:8766{route}"}}}
        )  # fmt: skip
    events.sort(key=lambda e: e["timestamp"])
    session = import_file(write(tmp_path, events))
    player = PagePlayer(session.page)  # type: ignore[arg-type]
    assert player.frame_at(5_000).href.endswith("/index.html")
    assert player.frame_at(15_000).href.endswith("/checkout")
    assert player.frame_at(25_000).href.endswith("/checkout/pay")


def test_stylesheet_rules_added_later(rrweb_dir: Path, tmp_path: Path) -> None:
    events = events_of(rrweb_dir, "dev-erratic-cursor-wide")
    full = next(e for e in events if e["type"] == 2)
    sheet = _find(full["data"]["node"], lambda n: n.get("tagName") == "link")
    origin = events[0]["timestamp"]
    events.append(
        {"type": 3, "timestamp": origin + 20_000,
         "data": {"source": 8, "id": sheet["id"],
                  "adds": [{"rule": ".later-rule { color: rgb(1, 2, 3); }", "index": 0}],
                  "removes": [{"index": 5}]}}
    )  # fmt: skip
    events.sort(key=lambda e: e["timestamp"])
    session = import_file(write(tmp_path, events))
    player = PagePlayer(session.page)  # type: ignore[arg-type]
    assert ".later-rule" not in player.frame_at(19_000).html
    html = player.frame_at(21_000).html
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)  # type: ignore[union-attr]
    rules = split_css(sheet["attributes"]["_cssText"])
    assert style.startswith(".later-rule")
    assert rules[5] not in style
    assert rules[4] in style
    assert rules[6] in style


def test_iframes_and_shadow_dom(tmp_path: Path) -> None:
    doc = {"type": 0, "id": 1, "childNodes": [
        {"type": 1, "name": "html", "publicId": "", "systemId": "", "id": 2},
        {"type": 2, "tagName": "html", "attributes": {}, "id": 3, "childNodes": [
            {"type": 2, "tagName": "head", "attributes": {}, "id": 4, "childNodes": []},
            {"type": 2, "tagName": "body", "attributes": {}, "id": 5, "childNodes": [
                {"type": 2, "tagName": "iframe", "attributes": {"src": "http://example.test/frame"},
                 "id": 6, "childNodes": []},
                {"type": 2, "tagName": "div", "attributes": {"id": "host"}, "id": 7, "isShadowHost": True,
                 "childNodes": [
                     {"type": 2, "tagName": "span", "attributes": {}, "id": 8, "isShadow": True,
                      "childNodes": [{"type": 3, "textContent": "inside the shadow", "id": 9}]}]},
            ]},
        ]},
    ]}  # fmt: skip
    inner = {"type": 0, "id": 100, "childNodes": [
        {"type": 2, "tagName": "html", "attributes": {}, "id": 101, "childNodes": [
            {"type": 2, "tagName": "body", "attributes": {}, "id": 102, "childNodes": [
                {"type": 3, "textContent": "inside the iframe", "id": 103},
                {"type": 2, "tagName": "script", "attributes": {}, "id": 104, "childNodes": [
                    {"type": 3, "textContent": "alert(1)", "id": 105}]}]}]}]}  # fmt: skip
    t0 = 1_700_000_000_000
    events = [
        {"type": 4, "timestamp": t0, "data": {"href": "http://example.test/", "width": 800, "height": 600}},
        {"type": 2, "timestamp": t0 + 1, "data": {"node": doc, "initialOffset": {"left": 0, "top": 0}}},
        {"type": 3, "timestamp": t0 + 500, "data": {"source": 0, "adds": [
            {"parentId": 6, "nextId": None, "node": inner}], "removes": [], "texts": [], "attributes": []}},
        {"type": 3, "timestamp": t0 + 900, "data": {"source": 1, "positions": [{"x": 5, "y": 5, "id": 5, "timeOffset": 0}]}},
    ]  # fmt: skip
    session = import_file(write(tmp_path, events))
    html = PagePlayer(session.page).frame_at(900).html  # type: ignore[arg-type]
    assert '<template shadowrootmode="open"><span>inside the shadow</span></template>' in html
    # The frame stays an <iframe> without src (an about:blank document, never navigated);
    # its recorded document goes with it as inert HTML, for the applier to write into it.
    frame = re.search(r'<iframe data-rr-doc="([^"]*)" data-rr-frame="6"></iframe>', html)
    assert frame is not None
    inner_html = frame.group(1).replace("&lt;", "<").replace("&quot;", '"').replace("&amp;", "&")
    assert inner_html.startswith("<!DOCTYPE html><html><body>inside the iframe")
    assert "alert" not in inner_html
    assert "<script" not in inner_html
    assert "example.test/frame" not in html
    assert " src=" not in html


@pytest.mark.full  # ~6 s: builds, imports and serialises a 20 MB page
def test_a_20_mb_snapshot(rrweb_dir: Path, tmp_path: Path) -> None:
    events = events_of(rrweb_dir, "dev-scroll-thrash-laptop")
    full = next(e for e in events if e["type"] == 2)
    body = _find(full["data"]["node"], lambda n: n.get("tagName") == "body")
    para = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 18
    start = 5_000_000
    body["childNodes"] += [
        {"type": 2, "tagName": "p", "attributes": {"class": f"bulk b{i}"}, "id": start + 2 * i,
         "childNodes": [{"type": 3, "textContent": para, "id": start + 2 * i + 1}]}
        for i in range(20_000)
    ]  # fmt: skip
    path = write(tmp_path, events)
    assert path.stat().st_size > 20 * 1024**2
    began = time.perf_counter()
    session = import_file(path)
    seconds = time.perf_counter() - began
    page = session.page
    assert page is not None
    assert page.status == "ok"
    frame = PagePlayer(page).frame_at(session.meta.duration_ms)
    assert frame.html.count('class="bulk') == 20_000
    assert page.stored_bytes() < path.stat().st_size / 10  # compressed
    assert seconds < 120


def test_html_is_inert() -> None:
    state = PageState()
    state.load_snapshot(
        document(
            el(4, "a", {"href": " JavaScript:alert(1)", "onclick": "y()"}),
            el(5, "script", {"src": "http://evil.test/x.js"}),
            el(6, "style", {}, text(7, "a{}</style><script>z()</script>")),
            el(8, 'img" onerror="q()', {}),
            body_attrs={"onload": "x()"},
        )
    )
    html = state.to_html()
    assert "onload" not in html
    assert "onclick" not in html
    assert "javascript:" not in html.lower()
    assert "evil.test" not in html
    assert "onerror" not in html
    assert html.count("</style") == 1
    assert "<\\/style><script>z()" in html
    assert "<script" not in html.replace("<\\/style><script>z()", "")
    assert 'href="#"' in html


def _find(node: dict[str, Any], pred: Any) -> dict[str, Any]:
    stack = [node]
    while stack:
        n = stack.pop()
        if pred(n):
            return n
        stack.extend(n.get("childNodes", []))
    raise AssertionError("node not found")


def test_page_record_defaults() -> None:
    assert PageRecord(status="none").stored_bytes() == 0


def test_a_page_cannot_hand_the_applier_a_frame_document() -> None:
    """``data-rr-doc`` is the applier's: a recorded one (unsanitised HTML) is dropped."""
    from replay.model.page import PageState

    state = PageState()
    state.load_snapshot(
        document(
            el(
                4,
                "iframe",
                {
                    "data-rr-doc": "<img src='http://example.test/x.png'>",
                    "data-rr-doc-scroll": "0,99",
                    "data-rr-frame": "77",
                },
            )
        )
    )
    html = state.to_html()
    assert "data-rr-doc" not in html
    assert "example.test" not in html
    assert 'data-rr-frame="4"' in html


CORPORA = Path(__file__).resolve().parents[1] / "data"


def test_an_element_scroll_is_set_in_place_without_a_new_page() -> None:
    """A carousel swiped with no DOM change between two seeks: the second frame carries the
    new offset (once the cached HTML kept the old one and the renderer showed the first
    slide), in ``extras["scroll"]``, and the page's HTML is not rebuilt: the same version
    and the same string (playback used to rewrite and morph the whole page per scroll)."""
    session = import_file(CORPORA / "rrweb-wide" / "wide-calm-phone-carousel-h.rrweb.json")
    player = PagePlayer(session.page)  # type: ignore[arg-type]
    before = player.frame_at(10353)  # the carousel (id 27) at x=96, recorded at 10291 ms
    after = player.frame_at(14079)  # x=360 since 11802 ms; no mutation in between
    assert 'data-rr-id="27"' in before.html  # marked: the renderer finds it by id
    assert before.extras["scroll"] == [[27, 96.0, 0.0]]
    assert after.extras["scroll"] == [[27, 360.0, 0.0]]
    assert after.version == before.version
    assert after.html is before.html  # not rebuilt
    # A page written fresh at that moment carries the offset in its HTML too.
    fresh = PagePlayer(session.page).frame_at(14079)  # type: ignore[arg-type]
    assert 'data-rr-scroll="360,0"' in fresh.html
    assert fresh.extras["scroll"] == after.extras["scroll"]


def test_the_first_scroll_of_an_element_gives_a_new_page() -> None:
    """An element scrolled for the first time is not marked in the HTML yet: a new page."""
    from replay.model.page import PageState

    state = PageState()
    state.load_snapshot(document(el(4, "div", {})))
    v0 = state.version
    state.apply("s", [4, 0, 120])
    assert state.version == v0 + 1
    assert 'data-rr-id="4"' in state.to_html()
    state.apply("s", [4, 0, 240])
    assert state.version == v0 + 1  # marked already: set in place
    assert state.element_scrolls() == [[4, 0.0, 240.0]]
    state.apply("s", [1, 0, 50])  # the document's scroll: never in the HTML
    assert state.version == v0 + 1
    assert state.element_scrolls() == [[4, 0.0, 240.0]]


def test_a_slider_is_drawn_as_a_slider_without_its_value() -> None:
    """A range input the user moved: a slider (as the user saw it), at its default position;
    the recorded value is not in the page (it is not stored at all)."""
    session = import_file(CORPORA / "rrweb-heldout10" / "b10-calm-gamer.rrweb.json")
    player = PagePlayer(session.page)  # type: ignore[arg-type]
    seen = 0
    for t in range(0, session.meta.duration_ms, 2000):
        html = player.frame_at(t).html
        for tag in re.findall(r"<input[^>]*\bid=\"goal\"[^>]*>", html):
            seen += 1
            assert 'type="range"' in tag, tag
            assert "value=" not in tag, tag
    assert seen > 0
