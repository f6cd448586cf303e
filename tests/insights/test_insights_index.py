"""The insight index on real recordings: pages, document coordinates, outcomes, staleness."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from insights_helpers import build_library, cart_file, product_file, session_id

from replay.insights.index import (
    KIND_CLICK,
    KIND_DWELL,
    KIND_TRACK,
    OUTCOME_EVENT_TAG,
    decode_points,
    ensure_index,
    stale_sessions,
)
from replay.store.library import Library
from replay.store.results import detect_and_store


def pages_of(library: Library, sid: int) -> dict[str, tuple[int, int, int, float, bytes]]:
    rows = library.db.conn.execute(
        "SELECT p.url, time_ms, visits, width_px, reach_px,"
        " (SELECT group_concat(hex(data), '') FROM insight_points AS i"
        "  WHERE i.session_id = p.session_id AND i.url = p.url)"
        " FROM insight_pages AS p WHERE session_id = ?",
        [sid],
    ).fetchall()
    rows = [(*r[:5], bytes.fromhex(r[5] or "")) for r in rows]
    return {r[0]: tuple(r[1:]) for r in rows}  # type: ignore[misc]


def test_real_quick_back_session_has_its_pages_and_times(real_library: Path) -> None:
    with Library.open(real_library) as library:
        assert ensure_index(library) == 17
        assert stale_sessions(library) == []
        sid = session_id(library, "dev-quick-back-laptop.rrweb.json")
        pages = pages_of(library, sid)
        duration = library.session_row(sid).duration_ms
    names = {u.rsplit("/", 1)[-1]: v for u, v in pages.items()}
    # 7 page loads (ABOUT.md): index several times, returns, sizes, delivery once each.
    assert set(names) == {"index.html", "returns.html", "sizes.html", "delivery.html"}
    assert names["returns.html"][1] == 1
    assert names["index.html"][1] == 4
    assert sum(v[0] for v in pages.values()) == duration
    # The quick back from /returns.html came 0.7 s after the click (truth.csv): short visit.
    assert names["returns.html"][0] < 1500 < names["delivery.html"][0]


def test_clicks_are_in_document_coordinates(real_library: Path) -> None:
    """The scroll-thrash reader scrolls far down the article: clicks and dwell follow."""
    with Library.open(real_library) as library:
        ensure_index(library)
        sid = session_id(library, "dev-calm-desktop-reader.rrweb.json")
        ((_url, (_t, _v, width, reach, blob)),) = pages_of(library, sid).items()
        session = library.load_session(sid)
    pts = decode_points(blob)
    assert width == 1366
    # Reach is the deepest scroll + the 768 px viewport: the reader read the whole article.
    max_scroll = float(session.channel("scroll")["y_px"].max())
    assert reach == pytest.approx(max_scroll + 768, abs=1)
    dwell = pts[pts["kind"] == KIND_DWELL]
    assert float(dwell["y"].max()) > 768  # the cursor rested below the first screen
    assert float(dwell["y"].max()) <= reach + 16
    # Dwell weights add up to the time the cursor was tracked (each rest capped at 3 s).
    assert 0 < float(dwell["w"].sum()) <= session.meta.duration_ms
    track = pts[pts["kind"] == KIND_TRACK]
    assert np.all(np.diff(track["w"]) > 0)


def test_same_element_at_different_scroll_lands_in_one_place(tmp_path: Path) -> None:
    a = product_file(tmp_path / "a.jsonl", scroll_y=0)  # clicks at client (400, 650)
    b = product_file(tmp_path / "b.jsonl", scroll_y=500)  # clicks at client (400, 150)
    db = build_library(tmp_path / "lib.sqlite", [a, b])
    with Library.open(db) as library:
        ensure_index(library)
        rows = library.db.conn.execute(
            "SELECT data FROM insight_points WHERE layer = 'marks' ORDER BY session_id"
        ).fetchall()
    clicks = [decode_points(r[0]) for r in rows]
    clicks = [p[p["kind"] == KIND_CLICK] for p in clicks]
    assert [(float(p["x"][0]), float(p["y"][0])) for p in clicks] == [
        (400.0, 650.0),
        (400.0, 650.0),
    ]


def test_outcome_from_native_header_and_rrweb_event(tmp_path: Path, rrweb_dir: Path) -> None:
    nat = cart_file(
        tmp_path / "n.jsonl", outcome={"converted": True, "value": 42.5, "currency": "EUR"}
    )
    events = json.loads((rrweb_dir / "dev-calm-desktop-basket.rrweb.json").read_text())
    last = events[-1]["timestamp"]
    events.append(
        {
            "type": 5,
            "timestamp": last + 10,
            "data": {"tag": OUTCOME_EVENT_TAG, "payload": {"converted": False, "value": None}},
        }
    )
    rr = tmp_path / "basket-outcome.rrweb.json"
    rr.write_text(json.dumps(events))
    db = build_library(tmp_path / "lib.sqlite", [nat, rr])
    with Library.open(db) as library:
        ensure_index(library)
        got = library.db.conn.execute(
            "SELECT s.source_name, o.converted, o.value, o.currency, o.source FROM outcomes o"
            " JOIN sessions s ON s.id = o.session_id ORDER BY s.id"
        ).fetchall()
    assert got == [
        ("n.jsonl", 1, 42.5, "EUR", "recording"),
        ("basket-outcome.rrweb.json", 0, None, "", "recording"),
    ]


def test_redetection_makes_the_index_stale(real_library: Path) -> None:
    with Library.open(real_library) as library:
        ensure_index(library)
        sid = session_id(library, "dev-rage-desktop-wide.rrweb.json")
        library.db.conn.execute(
            "UPDATE detections SET computed_at = '2000-01-01' WHERE session_id = ?", [sid]
        )
        library.db.conn.commit()
        assert stale_sessions(library) == [sid]
        detect_and_store(library, sid)
        assert ensure_index(library) == 1
        library.delete_session(sid)  # cascades: no orphan index rows
        assert (
            library.db.conn.execute(
                "SELECT COUNT(*) FROM insight_pages WHERE session_id = ?", [sid]
            ).fetchone()[0]
            == 0
        )


def test_mouse_logs_are_one_screen_without_url(real_library: Path) -> None:
    with Library.open(real_library) as library:
        ensure_index(library)
        rows = library.db.conn.execute(
            "SELECT p.url, p.width_px, p.height_px, p.reach_px FROM insight_pages p"
            " JOIN sessions s ON s.id = p.session_id WHERE s.format = 'mouselog'"
        ).fetchall()
    assert len(rows) == 2
    for url, _w, h, reach in rows:
        assert url == ""
        assert reach == h
