"""state_at / value_at: the last value at or before t, per channel."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from replay.model.session import (
    Channel,
    Device,
    InteractionKind,
    Node,
    Session,
    SessionMeta,
)
from replay.model.timeline import SessionTimeline, index_at, int_key, state_at, value_at


def meta(width: int = 412, height: int = 915) -> SessionMeta:
    return SessionMeta(
        source="x.json",
        format="rrweb",
        device=Device.MOBILE,
        viewport_width_px=width,
        viewport_height_px=height,
        started_at_ms=1_700_000_000_000,
        duration_ms=10_000,
        content_hash="h",
    )


def phone_session(*, orientation: bool = True) -> Session:
    channels = {
        "pointer": Channel.from_columns(
            "pointer", t_ms=[100, 200, 300], x_px=[1, 2, 3], y_px=[10, 20, 30], kind=[0, 0, 1],
            target=[-1, -1, -1],
        ),
        "interactions": Channel.from_columns(
            "interactions", t_ms=[150, 250, 260], x_px=[5, np.nan, 7], y_px=[6, np.nan, 8],
            kind=[InteractionKind.CLICK, InteractionKind.CLICK, InteractionKind.MOUSE_UP],
            pointer=[2, 2, 2], button=[-1, -1, -1], target=[0, 0, 0],
        ),
        # Node 1 is the document; node 2 an inner scroller that must not count as page scroll.
        "scroll": Channel.from_columns(
            "scroll", t_ms=[400, 450, 500, 3000], x_px=[0, 0, 0, 0], y_px=[120, 9999, 240, 50],
            target=[1, 2, 1, 3],
        ),
        "viewport": Channel.from_columns(
            "viewport", t_ms=[1000, 2000], width_px=[915, 412], height_px=[412, 915]
        ),
        "navigation": Channel.from_columns("navigation", t_ms=[0, 600], url=[0, 1], kind=[0, 2]),
    }  # fmt: skip
    if orientation:
        channels["orientation"] = Channel.from_columns(
            "orientation", t_ms=[1000, 2000], angle_deg=[270, 0]
        )
    # Node 3 is the document of the second page load (rrweb ids restart per load).
    nodes = (
        Node(tag="button"),
        Node(tag="#document"),
        Node(tag="div"),
        Node(tag="#document", page=1),
    )
    return Session(
        meta=meta(),
        channels=channels,
        strings=("https://shop.example/", "https://shop.example/ตะกร้า"),
        nodes=nodes,
    )


def test_index_and_value_at() -> None:
    t = np.array([10, 20, 20, 30], dtype=np.int64)
    values = np.array([1.0, 2.0, 3.0, 4.0])
    assert index_at(t, 9) == -1
    assert index_at(t, 10) == 0
    assert index_at(t, 20) == 2  # the last of equal times wins
    assert index_at(t, 10**9) == 3
    assert value_at(t, values, 25) == 3.0
    assert value_at(t, values, 5, default="none") == "none"
    assert value_at(np.empty(0, np.int64), np.empty(0), 5) is None


def test_state_before_anything() -> None:
    state = state_at(phone_session(), 0)
    assert state.cursor_x_px is None
    assert state.last_click_ms is None
    assert (state.viewport_width_px, state.viewport_height_px) == (915, 412)  # first known
    assert state.orientation_deg == 270.0
    assert state.scroll_y_px == 0.0  # has a scroll channel, not scrolled yet
    assert state.url == "https://shop.example/"


def test_state_in_the_middle() -> None:
    timeline = SessionTimeline(phone_session())
    state = timeline.state_at(255)
    assert (state.cursor_x_px, state.cursor_y_px) == (2.0, 20.0)
    assert state.last_click_ms == 250  # the mouse-up at 260 is not a click
    assert state.last_click_x_px is None  # NaN position is reported as unknown
    state = timeline.state_at(470)
    assert state.scroll_y_px == 120.0  # the inner scroller's 9999 is ignored
    state = timeline.state_at(2500)
    assert state.scroll_y_px == 240.0
    assert state.url == "https://shop.example/ตะกร้า"
    assert (state.viewport_width_px, state.viewport_height_px) == (412, 915)
    assert state.orientation_deg == 0.0
    assert timeline.state_at(3000).scroll_y_px == 50.0  # the second page's document


def test_url_before_the_first_navigation_is_the_first_page() -> None:
    session = phone_session()
    nav = Channel.from_columns("navigation", t_ms=[5], url=[1], kind=[0])
    session = Session(meta=session.meta, channels={**session.channels, "navigation": nav},
                      strings=session.strings, nodes=session.nodes)  # fmt: skip
    assert state_at(session, 0).url == "https://shop.example/ตะกร้า"


@pytest.mark.parametrize(("t_ms", "angle"), [(0, 90.0), (1500, 90.0), (2500, 0.0)])
def test_orientation_derived_from_viewport(t_ms: int, angle: float) -> None:
    assert state_at(phone_session(orientation=False), t_ms).orientation_deg == angle


def test_mouse_log_without_channels() -> None:
    session = Session(
        meta=replace(meta(1920, 1080), device=Device.DESKTOP, format="mouselog"),
        channels={
            "pointer": Channel.from_columns(
                "pointer", t_ms=[0, 5], x_px=[1, 2], y_px=[3, 4], kind=[0, 0], target=[-1, -1]
            )
        },
    )
    state = state_at(session, 10)
    assert (state.viewport_width_px, state.viewport_height_px) == (1920, 1080)
    assert state.orientation_deg == 0.0  # a landscape desktop is in its natural orientation
    assert state.scroll_y_px is None  # a mouse log cannot say
    assert state.url == ""
    assert state.cursor_x_px == 2.0


def test_desktop_orientation_is_landscape_by_nature() -> None:
    desktop = replace(meta(1366, 768), device=Device.DESKTOP)
    assert state_at(Session(meta=desktop, channels={}), 0).orientation_deg == 0.0
    rotated = replace(meta(1080, 1920), device=Device.DESKTOP)  # a monitor turned on its side
    assert state_at(Session(meta=rotated, channels={}), 0).orientation_deg == 90.0


def test_orientation_before_the_first_reading_comes_from_the_viewport() -> None:
    # A portrait phone whose first reading (the turn to landscape) comes at 1000 ms.
    session = Session(
        meta=meta(412, 915),
        channels={
            "viewport": Channel.from_columns(
                "viewport", t_ms=[0, 1000], width_px=[412, 915], height_px=[915, 412]
            ),
            "orientation": Channel.from_columns("orientation", t_ms=[1000], angle_deg=[90]),
        },
    )
    assert state_at(session, 500).orientation_deg == 0.0
    assert state_at(session, 1500).orientation_deg == 90.0
    # The fixture phone starts in landscape and first reads 270: the exact angle is used.
    assert state_at(phone_session(), 500).orientation_deg == 270.0


def test_index_at_float_key_same_as_float_search() -> None:
    """The int64 key (no O(N) float conversion per frame) finds the same row as the float."""
    rng = np.random.default_rng(7)
    arr = np.sort(rng.integers(-50, 5_000, 2_000)).astype(np.int64)
    keys = [*rng.uniform(-100, 5_100, 500).tolist(), -0.5, 0.0, 10.0, 10.999, 1e300, -1e300]
    keys += [float(v) for v in arr[:50]] + [float(v) - 1e-9 for v in arr[:50]]
    for key in keys:
        expected = int(np.searchsorted(arr.astype(np.float64), key, side="right")) - 1
        assert index_at(arr, key) == expected, key
        assert index_at(arr, np.float64(key)) == expected, key
    assert index_at(arr, float("nan")) == int(np.searchsorted(arr, float("nan"), "right")) - 1
    assert int_key(arr, 12.7) == 12
    assert int_key(arr, -0.5) == -1
    assert int_key(arr.astype(np.float64), 12.7) == 12.7  # float arrays: the key as given
