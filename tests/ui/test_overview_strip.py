"""A 1-hour session with 120 spikes through the main window: overview strip, spike labels."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from synth import FakeHit, FakeResult, FakeSpike, make_session

from replay.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
HOUR_MS = 3_600_000


def _long_result() -> FakeResult:
    starts = np.sort(np.random.default_rng(3).integers(10_000, HOUR_MS - 10_000, 120))
    hits = [FakeHit("rage_click", int(t), int(t) + 800, strength=0.8) for t in starts]
    spikes = [
        FakeSpike(f"s{i}", int(t) - 2000, int(t) + 2000, int(t), 2.0 + i % 5, ("rage_click",))
        for i, t in enumerate(starts)
    ]
    curve_t = np.arange(0, HOUR_MS + 1, 1000, dtype=np.int64)
    curve = np.zeros(len(curve_t))
    for t in starts:
        curve += 3.0 * np.exp(-0.5 * ((curve_t - t) / 2000.0) ** 2)
    return FakeResult(hits=hits, spikes=spikes, curve_t_ms=curve_t, curve=curve)


@pytest.fixture
def window(qtbot, app_settings) -> MainWindow:
    win = MainWindow(settings=app_settings)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    session = make_session(duration_ms=HOUR_MS, n_pointer=20_000)
    win.controller.set_session(session, result=_long_result())
    win.replay_view.timelines.setVisible(True)
    return win


def test_strip_shows_density_and_seeks(qtbot, window: MainWindow) -> None:
    strip = window.replay_view.overview
    assert strip.isVisible()
    bars = strip.density()
    assert len(bars) == strip.width() // 3
    assert sum(bars) == pytest.approx(120 * 0.8)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip.width() // 2, 10))
    assert abs(window.controller.t_ms - HOUR_MS / 2) < HOUR_MS / strip.width() * 2
    # zoomed in, a click outside the lanes' window moves the lanes there
    window.replay_view.timelines.plots["speed"].setXRange(0, 60, padding=0)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip.width() - 20, 10))
    lo, hi = window.replay_view.timelines.x_range_s()
    assert lo <= window.controller.t_ms / 1000 <= hi
    assert hi - lo == pytest.approx(60, rel=0.05)


def test_spike_labels_never_overlap_clip_or_hide_the_title(qtbot, window: MainWindow) -> None:
    timelines = window.replay_view.timelines
    timelines.fit()
    timelines.graphics.grab()  # paint
    item = timelines.spikes_item
    drawn = item.drawn_labels
    assert drawn  # some labels stay
    assert len(drawn) < 120  # the rest are merged into them
    assert sum(int(t.split("+")[1]) if "+" in t else 0 for _, _, t in drawn) + len(drawn) == 120
    vb = timelines.plots["score"].vb
    view = vb.mapViewToDevice(vb.viewRect()).boundingRect()
    spans = sorted((a, b) for a, b, _ in drawn)  # px from the lane's left edge
    assert spans[0][0] >= item.reserved_left_px
    assert spans[-1][1] <= view.width()
    assert all(b1 < a2 for (_, b1), (a2, _) in itertools.pairwise(spans))


def test_speed_lane_has_no_repeated_timestamp_spikes(qtbot, app_settings) -> None:
    import dataclasses

    from replay.model.session import Channel

    session = make_session(duration_ms=60_000, n_pointer=3_000)
    pointer = session.channel("pointer")
    t = pointer.t_ms.copy()
    t[1::2] = t[0::2][: len(t[1::2])]  # every second row repeats the previous timestamp
    channels = dict(session.channels)
    channels["pointer"] = Channel.from_columns(
        "pointer", t_ms=t, x_px=pointer["x_px"], y_px=pointer["y_px"],
        kind=pointer["kind"], target=pointer["target"],
    )  # fmt: skip
    win = MainWindow(settings=app_settings)
    qtbot.addWidget(win)
    win.controller.set_session(dataclasses.replace(session, channels=channels))
    _lo, hi = win.replay_view.timelines.plots["speed"].vb.viewRange()[1]
    assert hi < 5_000  # px/s: a hand moves the cursor at hundreds, not 50 000
