"""TimelinesWidget: lanes, spikes, seeking by click, tags, selection, empty lanes, m:ss axis."""

from __future__ import annotations

from itertools import pairwise

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from synth import make_result, make_session

from replay.ui.controller import ReplayController
from replay.ui.timeline_axis import TimeAxisItem, format_clock
from replay.ui.timelines import TimelinesWidget

LANES = ["speed", "scroll", "orientation", "score", "events"]


@pytest.fixture
def timelines(qtbot, controller: ReplayController) -> TimelinesWidget:
    widget = TimelinesWidget(controller)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_lanes_are_linked_and_each_has_a_playhead(timelines: TimelinesWidget) -> None:
    assert list(timelines.plots) == LANES
    first = timelines.plots["speed"].vb
    for name in LANES[1:]:
        assert timelines.plots[name].vb.linkedView(0) is first
    assert len(timelines.playheads) == len(LANES)
    assert all(line.movable for line in timelines.playheads)


def test_curves_clip_and_downsample(timelines: TimelinesWidget) -> None:
    curves = [i for i in timelines.plots["speed"].items if isinstance(i, pg.PlotDataItem)]
    assert len(curves) == 1
    assert curves[0].opts["clipToView"]
    assert curves[0].opts["autoDownsample"]
    assert curves[0].opts["downsampleMethod"] == "peak"


def test_one_shaded_region_and_label_per_spike(timelines: TimelinesWidget, controller) -> None:
    spans = timelines.spikes_item
    assert len(spans) == len(controller.spikes) == 2
    assert (spans.start_s[0], spans.end_s[0]) == pytest.approx((19.0, 21.45))
    # Signal names as the UI says them (replay.ui.i18n.signal_name), never the raw ids.
    assert spans.labels == ["rage click", "dead click"]
    assert spans.span_at(20.0) == 0
    assert spans.span_at(30.0) is None
    assert spans.scene() is timelines.graphics.scene()


def test_click_in_a_lane_seeks(qtbot, timelines: TimelinesWidget, controller) -> None:
    pos = timelines.scene_pos_of("score", 30.0, 0.5).toPoint()
    with qtbot.waitSignal(controller.time_changed):
        qtbot.mouseClick(timelines.graphics.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    ms_per_px = 60_000 / timelines.plots["score"].vb.width()
    assert abs(controller.t_ms - 30_000) <= 2 * ms_per_px


def test_drag_scrubs_and_shift_drag_selects(qtbot, timelines: TimelinesWidget, controller) -> None:
    vp = timelines.graphics.viewport()
    a = timelines.scene_pos_of("speed", 10.0, 1.0).toPoint()
    b = timelines.scene_pos_of("speed", 40.0, 1.0).toPoint()
    _drag(qtbot, vp, a, b, Qt.KeyboardModifier.NoModifier)
    assert abs(controller.t_ms - 40_000) < 500
    assert controller.selection is None
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # not a double click
    _drag(qtbot, vp, a, b, Qt.KeyboardModifier.ShiftModifier)
    start, end = controller.selection
    assert abs(start - 10_000) < 500
    assert abs(end - 40_000) < 500
    assert len(timelines.selection_regions) == len(LANES)
    controller.clear_selection()
    assert not any(r.isVisible() for r in timelines.selection_regions)


def _drag(qtbot, widget, a: QPoint, b: QPoint, mods: Qt.KeyboardModifier) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, mods, a)
    for i in range(1, 11):
        p = a + (b - a) * (i / 10)
        _move(widget, p, mods)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, mods, b)


def _move(widget, pos: QPoint, mods: Qt.KeyboardModifier) -> None:
    # QTest.mouseMove sends no buttons; a real drag holds the left button.
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        mods,
    )
    QApplication.sendEvent(widget, event)


def test_playhead_follows_time_and_drag_seeks(qtbot, timelines, controller) -> None:
    controller.seek(12_500)
    assert all(line.value() == 12.5 for line in timelines.playheads)
    line = timelines.playheads[3]
    line.setValue(33.0)
    with qtbot.waitSignal(controller.time_changed) as blocker:
        line.sigDragged.emit(line)
    assert blocker.args == [33_000]


def test_tags_drawn_as_lines_and_regions_and_redrawn(timelines, controller) -> None:
    point = controller.add_tag(start_ms=5_000, category="other", severity=1)
    controller.add_tag(start_ms=42_000, end_ms=45_000, category="other", severity=4)
    lines = [i for i in timelines.tag_items if isinstance(i, pg.InfiniteLine)]
    regions = [i for i in timelines.tag_items if isinstance(i, pg.LinearRegionItem)]
    # The point: a dashed line in every lane. The range: shaded in the score and events
    # lanes only, its two edges as thin dashed lines in the other three.
    assert len(lines) == len(LANES) + 2 * (len(LANES) - 2)
    assert len(regions) == 2
    assert lines[0].value() == 5.0
    assert lines[0].pen.style() == Qt.PenStyle.DashLine
    assert regions[0].getRegion() == (42.0, 45.0)
    for lane in LANES:
        shaded = [i for i in timelines.plots[lane].items if isinstance(i, pg.LinearRegionItem)]
        assert len(shaded) == (1 if lane in ("score", "events") else 0), lane
    edges = [i.value() for i in timelines.plots["speed"].items if isinstance(i, pg.InfiniteLine)]
    assert sorted(edges)[-2:] == [42.0, 45.0]
    controller.delete_tag(point.id)
    assert len(timelines.tag_items) == 2 + 2 * (len(LANES) - 2)
    assert all(i.scene() is not None for i in timelines.tag_items)
    in_scene = [i for i in timelines.plots["score"].items if isinstance(i, pg.InfiniteLine)]
    assert len(in_scene) == 1  # only the playhead: the deleted tag's line is gone


def test_lane_without_data_says_so(qtbot) -> None:
    session = make_session(scroll=False)
    ctl = ReplayController()
    ctl.set_session(session, result=make_result(session))
    widget = TimelinesWidget(ctl)
    qtbot.addWidget(widget)
    assert widget.empty_notes["scroll"].toPlainText() == "no scroll data in this recording"
    assert widget.empty_notes["orientation"].toPlainText() == "no rotation in this recording"
    assert "score" not in widget.empty_notes


def test_fit_and_zoom(timelines, controller) -> None:
    controller.seek(30_000)
    timelines.zoom(0.5)
    lo, hi = timelines.x_range_s()
    assert hi - lo == pytest.approx(30.0, rel=0.05)
    timelines.fit()
    assert timelines.x_range_s() == pytest.approx((0.0, 60.0), abs=0.5)


def test_axis_prints_minutes_and_seconds() -> None:
    assert format_clock(83.4, decimals=1) == "1:23.4"
    assert format_clock(3725.0) == "1:02:05"
    axis = TimeAxisItem(orientation="bottom")
    assert axis.tickStrings([0.0, 90.0, 600.0], 1.0, 30.0) == ["0:00", "1:30", "10:00"]
    major, _minor = axis.tickSpacing(0.0, 6 * 3600.0, 900.0)
    assert major[0] in (1800.0, 3600.0)  # round clock steps on a 6-hour session


def test_spike_spans_are_painted(qtbot, timelines: TimelinesWidget) -> None:
    image = timelines.graphics.grab().toImage()
    y_top = timelines.plots["score"].vb.viewRange()[1][1]
    inside = timelines.scene_pos_of("score", 20.5, y_top * 0.6).toPoint()
    outside = timelines.scene_pos_of("score", 30.0, y_top * 0.6).toPoint()
    a, b = image.pixelColor(inside), image.pixelColor(outside)
    assert a.red() > b.red() + 15  # the orange shade over the dark background


def test_event_ticks_per_kind(timelines: TimelinesWidget) -> None:
    # Synthetic session: 1 click, 4 rage clicks, 1 dead click, 2 page loads, 1 console error.
    counts = sorted(len(item.xData) // 2 for item in timelines.event_ticks)
    assert counts == [1, 1, 1, 2, 4]
    for item in timelines.event_ticks:
        assert item.opts["connect"] == "pairs"


def test_seek_moves_the_playhead_without_redrawing_curves(
    timelines: TimelinesWidget, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The curves are drawn once into their cache; a seek repaints from it (issue 13)."""
    from PySide6.QtGui import QPainter

    drawn: list[int] = []
    real = QPainter.drawPath

    def counting(self, path, *args) -> None:  # type: ignore[no-untyped-def]
        drawn.append(path.elementCount())
        real(self, path, *args)

    monkeypatch.setattr(QPainter, "drawPath", counting)  # pyqtgraph's curves call it
    timelines.zoom(0.8)  # a new range: the curves are drawn (into their caches)
    timelines.grab()
    assert max(drawn) > 100, "a new range draws the curves"
    drawn.clear()
    for t_ms in (5_000, 25_000, 41_000):
        controller.seek(t_ms)
        assert not timelines.grab().toImage().isNull()
    assert max(drawn, default=0) <= 5  # only the playheads (5-element paths) were drawn
    assert timelines.playheads[0].value() == 41.0
    timelines.zoom(0.5)  # another range: drawn again
    timelines.grab()
    assert max(drawn) > 100


@pytest.mark.parametrize("px", [8, 15, 20, 33, 60, 120, 400, 1500])
@pytest.mark.parametrize(
    ("lo", "hi", "unit", "whole"),
    [
        (0, 1300, 1.0, True),
        (0, 1.6, 1.0, False),
        (-10, 280, 90.0, True),
        (179.6, 180.4, 1.0, True),
    ],
)
def test_lane_axis_ticks_fit_at_any_height(
    qapp, px: int, lo: float, hi: float, unit: float, whole: bool
) -> None:
    from replay.ui.timeline_axis import LaneAxisItem

    axis = LaneAxisItem(unit=unit, whole=whole)
    levels = axis.tickValues(lo, hi, px)
    assert len(levels) <= 1  # no minor ticks
    values = sorted(v for _step, vs in levels for v in vs)
    gaps_px = [(b - a) * px / (hi - lo) for a, b in pairwise(values)]
    assert all(gap >= axis.label_px() - 1e-6 for gap in gaps_px), (values, axis.label_px())
    if whole:  # a flat lane never shows 179.6-180.4
        assert all(float(v / unit).is_integer() for v in values), values
    if px >= 3 * axis.label_px():  # room for a label: the lane keeps a scale
        assert values, (lo, hi, px)


@pytest.mark.parametrize(
    ("unit", "whole", "lo", "hi", "text"),
    [
        (1.0, True, 0.0, 1664.6, "0\u20131500"),
        (1.0, True, -223.2, 2535.2, "0\u20132000"),  # padding below zero: not shown
        (90.0, True, -10.0, 280.0, "0\u2013270"),
        (1.0, False, 0.0, 1.9, "0\u20131.5"),
        (1.0, False, 0.0, 0.3, "0\u20130.3"),
        (1.0, True, 0.0, 1.0, "0\u20131"),
        (1.0, True, 2535.2, -223.2, "0\u20132000"),  # an inverted lane (scroll)
    ],
)
def test_range_label_is_two_round_values_inside(
    unit: float, whole: bool, lo: float, hi: float, text: str
) -> None:
    from replay.ui.timeline_axis import LaneAxisItem

    assert LaneAxisItem(unit=unit, whole=whole).range_text(lo, hi) == text
