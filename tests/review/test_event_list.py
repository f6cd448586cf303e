"""The events list (replay.review.event_list) on real recordings and constructed sessions."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from replay.importers import import_file
from replay.review.event_list import row_at, search, session_events

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "signals"))
import itertools

from signal_sessions import BUTTON, FIELD, build_session, click


def test_desktop_recording(rrweb_dir: Path) -> None:
    rows = session_events(import_file(rrweb_dir / "dev-rage-desktop-wide.rrweb.json"))
    kinds = Counter(r.kind for r in rows)
    assert kinds["click"] == 15
    assert kinds["page_view"] == 1
    assert kinds["scroll"] >= 1
    assert [r.start_ms for r in rows] == sorted(r.start_ms for r in rows)
    add = search(rows, "add-p2 cart")
    assert add
    assert all(r.target_tag == "button#add-p2" for r in add)
    assert search(rows, "no-such-thing") == []
    assert {r.kind for r in search(rows, "", kinds=["page_view"])} == {"page_view"}
    assert "127.0.0.1" in search(rows, "", kinds=["page_view"])[0].text


def test_taps_are_not_doubled_and_rotations_listed(rrweb_dir: Path) -> None:
    rows = session_events(import_file(rrweb_dir / "dev-rotation-phone.rrweb.json"))
    taps = [r for r in rows if r.kind == "tap"]
    assert all(b.start_ms - a.start_ms > 400 for a, b in itertools.pairwise(taps))
    rotations = [r for r in rows if r.kind == "rotation"]
    assert len(rotations) >= 6
    assert {"width_px", "height_px"} <= set(rotations[0].numbers) or "to_deg" in rotations[
        0
    ].numbers


def test_inputs_errors_and_scroll_bursts() -> None:
    s = build_session(
        nodes=[BUTTON, FIELD],
        strings=["TypeError: cart is undefined", "https://shop.example/checkout"],
        interactions=[click(1000, 5, 5, 0)],
        inputs=[
            (2000, 1, 1, -1, 1),
            (2300, 1, 2, -1, 1),
            (2600, 1, 3, -1, 1),
            (9000, 1, 0, -1, 1),
        ],
        console=[(1500, 4, 0), (1600, 1, 0)],  # an error and a plain log (not listed)
        navigation=[(0, 1, 0), (100, 1, 0)],  # a checkout re-sends the same URL: one view
        scroll=[(3000, 0, 0, -1), (3100, 0, 200, -1), (3200, 0, 100, -1), (6000, 0, 900, -1)],
        duration_ms=10_000,
    )
    rows = session_events(s)
    got = [(r.kind, r.start_ms) for r in rows]
    assert got == [
        ("page_view", 0), ("click", 1000), ("console_error", 1500), ("input", 2000),
        ("scroll", 3000), ("scroll", 6000), ("input", 9000),
    ]  # fmt: skip
    typed = rows[3]
    assert typed.numbers["length"] == 3
    assert typed.target_tag == "input#email"
    assert rows[2].text == "TypeError: cart is undefined"
    assert rows[4].numbers == {"from_y_px": 0, "to_y_px": 100, "distance_px": 300, "count": 3}
    assert rows[5].numbers["distance_px"] == 800
    assert row_at(rows, 2500) == 3
    assert row_at(rows, -1) is None
