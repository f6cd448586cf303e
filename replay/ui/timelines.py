"""Timelines: one pyqtgraph layout of lanes on one shared time axis (issue 5, STYLE 6.4).

Lanes: cursor speed, scroll depth, orientation, the frustration score with detected
spikes shaded and labelled, and markers for clicks, navigations and console errors.
Every lane ``setXLink``s to the first; a playhead line in every lane follows the
controller's time. Left click or left drag seeks; shift+drag selects a range; the wheel
zooms, ctrl+drag / middle drag pans; :meth:`TimelinesWidget.fit` shows everything. X
values are seconds (the axis prints ``m:ss``); the controller speaks ms.
"""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Callable
from typing import Any

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # STYLE 6.4: the binding never drifts

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsItem, QVBoxLayout, QWidget

from replay.model.session import LogLevel, Session
from replay.model.tags import Tag
from replay.review.canvas_data import DEAD, RAGE, TAP, CanvasData
from replay.review.overview import cursor_speed
from replay.ui import theme
from replay.ui.controller import ReplayController
from replay.ui.gui_gc import weak_callback
from replay.ui.i18n import category_name, severity_name, signal_name
from replay.ui.timeline_axis import LaneAxisItem, TimeAxisItem
from replay.ui.timeline_items import SpanItem

#: The narrowest left axis (tick values such as "1500"); wider when the events lane's row
#: names need it ("ข้อผิดพลาด" in Thai). Every lane gets the same width, so times line up.
LEFT_AXIS_MIN_PX = 44
#: Lanes whose tags are drawn as shaded ranges; elsewhere a range shows as its two edges
#: only, so five lanes of shading do not bury the curves.
RANGE_LANES = ("score", "events")
#: Rows of the events lane.
ROW_CLICK, ROW_NAV, ROW_ERROR = 2.0, 1.0, 0.0
TICK_HALF = 0.3  # half a tick's height (rows)
#: Lanes with a value axis: (step unit, whole steps only). The angle steps by 90°; the
#: events lane names its rows instead.
_VALUE_AXES = {
    "speed": (1.0, True),
    "scroll": (1.0, True),
    "orientation": (90.0, True),
    "score": (1.0, False),
}
_CLICK_COLOURS = {0: theme.CLICK, TAP: theme.TAP, RAGE: theme.RAGE, DEAD: theme.DEAD}


def _cache(item: QGraphicsItem) -> None:
    """Keep ``item``'s drawing as a pixmap of the visible part, redrawn only when it changes.

    A seek moves only the playhead lines; Qt then repaints the strip they leave and cover,
    and without a cache every curve under that strip drew its whole path again (the
    lanes' ``drawPath`` was 47 ms of a 6 h session's seek). With the cache the strip is
    copied from the pixmap; zooming, panning or new data redraw the curve once.
    """
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


class LaneViewBox(pg.ViewBox):  # type: ignore[misc]
    """A lane's view box: click/drag seeks, shift+drag selects, wheel zooms time only."""

    def __init__(
        self,
        *,
        on_seek: Callable[[float], None],
        on_select: Callable[[float, float, bool], None],
    ) -> None:
        super().__init__(enableMenu=False)
        # Weakly: the widget owning this view box must not be kept alive by it (gui_gc).
        self._on_seek = weak_callback(on_seek)
        self._on_select = weak_callback(on_select)
        self.setMouseEnabled(x=True, y=False)

    def mouseClickEvent(self, ev: Any) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self._on_seek(float(self.mapSceneToView(ev.scenePos()).x()))
        else:
            super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev: Any, axis: Any = None) -> None:
        mods = ev.modifiers()
        if ev.button() != Qt.MouseButton.LeftButton or mods & Qt.KeyboardModifier.ControlModifier:
            super().mouseDragEvent(ev, axis)  # pan (pyqtgraph's default)
            return
        ev.accept()
        x = float(self.mapSceneToView(ev.scenePos()).x())
        if mods & Qt.KeyboardModifier.ShiftModifier:
            x0 = float(self.mapSceneToView(ev.buttonDownScenePos()).x())
            self._on_select(x0, x, bool(ev.isFinish()))
        else:
            self._on_seek(x)


class TimelinesWidget(QWidget):
    """The timeline lanes of the current session, linked to the controller.

    Parameters
    ----------
    controller : ReplayController
        Source of session, result, time, tags and selection; target of seeks.
    parent : QWidget, optional
        Qt parent.
    """

    def __init__(self, controller: ReplayController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._layout_widget = pg.GraphicsLayoutWidget()
        self.graphics = self._layout_widget
        self._layout_widget.setBackground(theme.BACKGROUND)
        self._layout_widget.ci.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._layout_widget)
        self.plots: dict[str, pg.PlotItem] = {}
        self.playheads: list[pg.InfiniteLine] = []
        self.spikes_item: SpanItem | None = None
        self.event_ticks: list[pg.PlotDataItem | pg.TextItem] = []
        self.tag_items: list[pg.GraphicsObject] = []
        self.selection_regions: list[pg.LinearRegionItem] = []
        self.empty_notes: dict[str, pg.TextItem] = {}
        self.lane_titles: dict[str, pg.TextItem] = {}
        self.min_lane_px: dict[str, int] = {}  # each lane's view box floor (what it writes)
        self._titles: dict[str, tuple[pg.TextItem, str]] = {}  # lane -> (title, its text)
        self._duration_s = 0.0
        self._build_lanes()
        controller.session_loaded.connect(self._on_controller_session_loaded)
        controller.time_changed.connect(self._on_controller_time_changed)
        controller.tags_changed.connect(self._on_controller_tags_changed)
        controller.selection_changed.connect(self._on_controller_selection_changed)
        if controller.session is not None:
            self._on_controller_session_loaded(controller.session)

    # --- building ------------------------------------------------------------------------

    def _build_lanes(self) -> None:
        lanes = (
            ("speed", self.tr("cursor speed"), self.tr("px/s"), 1),
            ("scroll", self.tr("scroll depth"), self.tr("px"), 1),
            ("orientation", self.tr("screen angle"), "°", 1),
            ("score", self.tr("frustration"), "", 2),
            ("events", "", "", 1),
        )
        row_names = [
            (ROW_CLICK, self.tr("click")),
            (ROW_NAV, self.tr("page")),
            (ROW_ERROR, self.tr("error")),
        ]
        metrics = self.fontMetrics()
        axis_px = max(
            LEFT_AXIS_MIN_PX, *(metrics.horizontalAdvance(name) + 14 for _row, name in row_names)
        )
        # Every lane keeps room for what it writes (issue 14: at 720 px the events lane was
        # so short that its row names were hidden): a lane with a title needs one line,
        # the score lane two, and the events lane its three row names one line apart
        # (the y range spans 3.2 rows) plus the time axis below it.
        # Heights as drawn, fallback fonts included (a Thai line is 19 px where the UI
        # font's metrics say 14).
        row_px = max(metrics.boundingRect(name).height() for _row, name in row_names) + 3
        events_px = math.ceil(3.2 * row_px) + 4
        first: pg.PlotItem | None = None
        for row, (name, title, unit, stretch) in enumerate(lanes):
            vb = LaneViewBox(on_seek=self._seek_s, on_select=self._select_s)
            axis = TimeAxisItem(orientation="bottom")
            axes: dict[str, pg.AxisItem] = {"bottom": axis}
            if name in _VALUE_AXES:
                # Only as many value ticks as fit at the font's height (issue 14: in a
                # 20-px lane "1000" sat over "500"); whole numbers of px and degrees.
                step_unit, whole = _VALUE_AXES[name]
                axes["left"] = LaneAxisItem(unit=step_unit, whole=whole)
            plot = self._layout_widget.addPlot(row=row, col=0, viewBox=vb, axisItems=axes)
            self._layout_widget.ci.layout.setRowStretchFactor(row, stretch)
            left = plot.getAxis("left")
            left.setWidth(axis_px)
            # A value label centred on a lane's edge would run into the next lane's
            # ("0" over "0"): labels that do not fit inside their lane are left out.
            left.setStyle(hideOverlappingLabels=True)
            lane_px = events_px
            if title:
                item = self._lane_title(plot, title, unit)
                self._titles[name] = (item, item.toPlainText())
                # one line for the title; the score lane also writes spike labels
                lane_px = math.ceil(item.boundingRect().height()) * (2 if name == "score" else 1)
            plot.showGrid(x=True, y=False, alpha=0.15)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            if name != "events":
                plot.hideAxis("bottom")
            plot.vb.setMinimumHeight(lane_px)
            self.min_lane_px[name] = lane_px
            if first is None:
                first = plot
            else:
                plot.setXLink(first)
            line = pg.InfiniteLine(angle=90, movable=True, pen=pg.mkPen(theme.PLAYHEAD, width=2))
            line.setZValue(100)
            line.sigDragged.connect(self._on_playhead_dragged)
            plot.addItem(line, ignoreBounds=True)
            self.playheads.append(line)
            self.plots[name] = plot
            if name in _VALUE_AXES:  # a lane too short for two labels names its range
                update = functools.partial(self._update_range_label, name)
                plot.vb.sigResized.connect(update)
                plot.vb.sigYRangeChanged.connect(update)
        spacing = self._layout_widget.ci.layout.verticalSpacing()
        self.setMinimumHeight(
            math.ceil(
                sum(
                    plot.effectiveSizeHint(Qt.SizeHint.MinimumSize).height()
                    for plot in self.plots.values()
                )
            )
            + max(0, int(spacing)) * (len(lanes) - 1)
            + 8
        )
        self.plots["scroll"].invertY(True)
        events = self.plots["events"]
        events.setYRange(-0.6, 2.6, padding=0)
        events.getAxis("left").setTicks([row_names])

    def _lane_title(self, plot: pg.PlotItem, title: str, unit: str) -> pg.TextItem:
        """Write the lane's name (and unit) in its top-left corner, fixed while panning.

        Rotated axis labels of 60-px lanes ran into each other ("scroll px" over
        "speed px/s"); inside the lane, horizontal, every title has the room it needs.
        """
        text = f"{title} ({unit})" if unit else title
        item = pg.TextItem(
            text, color=theme.AXIS_TEXT, fill=theme.qcolor(theme.BACKGROUND, 130), anchor=(0, 0)
        )
        item.textItem.document().setDocumentMargin(1)  # a line, not a line and 8 px
        item.updateTextPos()
        item.setParentItem(plot.vb)  # in the view box's pixels, not data: it never pans
        item.setPos(2, 0)
        item.setZValue(90)
        self.lane_titles[text] = item
        return item

    def _update_range_label(self, lane: str, *_args: object) -> None:
        """Write the lane's range after its title when its axis has room for fewer than two values.

        At 1280x720 a value lane is about 20 px tall: one label fits, or none (issue 14),
        and one value says nothing of the scale. The title then ends with the lowest and
        highest round value the lane shows ("cursor speed (px/s) 0–1500"); a taller lane
        shows them as ticks and its title stays plain.
        """
        title = self._titles.get(lane)
        if title is None:
            return
        item, text = title
        plot = self.plots[lane]
        axis = plot.getAxis("left")
        size_px = float(plot.vb.height())
        if isinstance(axis, LaneAxisItem) and lane not in self.empty_notes and size_px > 0:
            lo, hi = (float(v) for v in plot.vb.viewRange()[1])
            if len(axis.labelled_values(lo, hi, size_px)) < 2:
                text = f"{text}  {axis.range_text(lo, hi)}".rstrip()
        if item.toPlainText() != text:
            item.setText(text)
        if lane == "score" and self.spikes_item is not None:  # labels never under the title
            reserved = item.boundingRect().width() + 4
            if self.spikes_item.reserved_left_px != reserved:
                self.spikes_item.reserved_left_px = reserved
                self.spikes_item.update()

    def _clear_session_items(self) -> None:
        for plot in self.plots.values():
            for item in list(plot.items):
                if item not in self.playheads:
                    plot.removeItem(item)
        self.spikes_item = None
        self.event_ticks.clear()
        self.tag_items.clear()
        self.selection_regions.clear()
        for lane in self.empty_notes:
            self.plots[lane].getAxis("left").setStyle(showValues=True)
        self.empty_notes.clear()

    def _on_controller_session_loaded(self, session: Session) -> None:
        self._clear_session_items()
        data = self._controller.canvas_data
        if data is None:  # never: a session was just loaded
            return
        self._duration_s = max(session.meta.duration_ms / 1000.0, 0.001)
        self._plot_speed(data)
        self._plot_scroll(data)
        self._plot_orientation(data)
        self._plot_score()
        self._plot_events(session, data)
        for plot in self.plots.values():
            plot.vb.setLimits(xMin=0.0, xMax=self._duration_s, minXRange=0.05)
        self._on_controller_tags_changed()
        self.fit()
        self._set_playhead(self._controller.t_ms / 1000.0)
        for lane in self._titles:
            self._update_range_label(lane)

    def _curve(
        self, lane: str, x: npt.ArrayLike, y: npt.ArrayLike, colour: str
    ) -> pg.PlotDataItem:
        item = pg.PlotDataItem(x, y, pen=pg.mkPen(colour, width=1))
        self.plots[lane].addItem(item)
        # Set after addItem: passing clipToView to the constructor raises inside
        # pyqtgraph before the item has a ViewBox (pyqtgraph issues #1854, #2712).
        item.setClipToView(True)
        item.setDownsampling(auto=True, method="peak")
        _cache(item.curve)
        values = np.asarray(y, dtype=np.float64)
        values = values[np.isfinite(values)]
        if len(values):
            # Zoomed in on a stretch where the value does not change, autoscale would show
            # ±0.2 ticks around it: the y range never gets narrower than half the value.
            self.plots[lane].vb.setLimits(minYRange=max(1.0, 0.5 * float(np.abs(values).max())))
        if len(values) and float(values.max() - values.min()) < 1.0:
            # A flat lane autoscaled to ±0.4 around its value (179.6-180.4 ticks): show it
            # against zero instead, the scale a reader expects.
            level = float(values.max())
            self.plots[lane].setYRange(min(0.0, level), max(level * 1.25, level + 1.0, 1.0))
        return item

    def _empty_note(self, lane: str, text: str) -> None:
        plot = self.plots[lane]
        note = pg.TextItem(text, color=theme.SCROLL_THUMB, anchor=(0.5, 0.5))
        plot.addItem(note, ignoreBounds=True)
        note.setPos(self._duration_s / 2, 0.5)
        plot.setYRange(0, 1, padding=0)
        plot.getAxis("left").setStyle(showValues=False)  # no 0..1 scale for nothing
        self.empty_notes[lane] = note

    def _plot_speed(self, data: CanvasData) -> None:
        if len(data.p_t) < 2:
            self._empty_note("speed", self.tr("no cursor data in this recording"))
            return
        # Over a minimum time step: repeated timestamps would otherwise divide by 1 ms.
        t_ms, speed = cursor_speed(data.p_t, data.p_x, data.p_y)
        self._curve("speed", t_ms / 1000.0, speed, theme.SPEED_CURVE)
        # Robust y range: a few teleports (touch lifts, window switches) would flatten all.
        sample = speed[:: max(1, len(speed) // 50_000)]
        k = int(0.995 * (len(sample) - 1))  # np.partition: percentile imports numpy.ma
        top = float(np.partition(sample, k)[k]) if len(sample) else 1.0
        self.plots["speed"].setYRange(0, max(top * 1.1, 1.0), padding=0)

    def _plot_scroll(self, data: CanvasData) -> None:
        if not data.has_scroll:
            self._empty_note("scroll", self.tr("no scroll data in this recording"))
            return
        x = np.repeat(data.s_t / 1000.0, 2)[1:]
        y = np.repeat(data.s_y, 2)[:-1]
        x = np.append(x, self._duration_s)
        y = np.append(y, data.s_y[-1])
        self._curve("scroll", x, y, theme.SCROLL_CURVE)

    def _plot_orientation(self, data: CanvasData) -> None:
        if not data.is_handheld:  # a desktop window's shape is not a rotation
            self._empty_note("orientation", self.tr("no rotation in this recording"))
            return
        session = self._controller.session
        readings = len(session.channel("orientation")) if session is not None else 0
        if not readings and len(np.unique(data.o_deg)) < 2:
            # No sensor and a viewport that never changed shape: a flat line would claim
            # an angle nobody measured.
            self._empty_note("orientation", self.tr("no orientation readings in this recording"))
            return
        x = np.append(np.repeat(data.o_t / 1000.0, 2)[1:], self._duration_s)
        y = np.append(np.repeat(data.o_deg, 2)[:-1], data.o_deg[-1])
        self._curve("orientation", x, y, theme.ORIENTATION_CURVE)
        plot = self.plots["orientation"]
        plot.setYRange(-10, 280, padding=0)  # ticks on 90° steps, as many as fit

    def _plot_score(self) -> None:
        result = self._controller.result
        plot = self.plots["score"]
        if result is None or len(getattr(result, "curve_t_ms", ())) == 0:
            self._empty_note("score", self.tr("no detection result for this session"))
            return
        curve = np.asarray(result.curve, dtype=np.float64)
        item = self._curve(
            "score", np.asarray(result.curve_t_ms) / 1000.0, curve, theme.SCORE_CURVE
        )
        item.setFillLevel(0.0)
        item.setBrush(theme.qcolor(theme.SCORE_CURVE, 60))
        top = float(curve.max(initial=0.0))
        plot.setYRange(0, max(top * 1.25, 1.0), padding=0)
        spikes = self._controller.spikes
        self.spikes_item = SpanItem(
            [sp.start_ms / 1000.0 for sp in spikes],
            [sp.end_ms / 1000.0 for sp in spikes],
            [", ".join(signal_name(kind) for kind in sp.signals) for sp in spikes],
            fill=theme.qcolor(theme.SPIKE_FILL),
            text=theme.qcolor(theme.RAGE),
            priority=[sp.peak for sp in spikes],
        )
        vb = plot.vb
        title = next((t for t in self.lane_titles.values() if t.parentItem() is vb), None)
        if title is not None:  # labels never sit under the lane title
            self.spikes_item.reserved_left_px = title.boundingRect().width() + 4
        plot.addItem(self.spikes_item, ignoreBounds=True)
        _cache(self.spikes_item)

    def _plot_events(self, session: Session, data: CanvasData) -> None:
        """Clicks, page changes and console errors as vertical ticks, one item per colour.

        Ticks are one path of ``connect="pairs"`` segments, built by numpy; a
        ScatterPlotItem builds a Python record per point (80 ms for 10k clicks).
        """
        for cls, colour in _CLICK_COLOURS.items():
            self._ticks(data.c_t[data.c_cls == cls], ROW_CLICK, colour)
        self._ticks(data.n_t, ROW_NAV, theme.NAVIGATION)
        console = session.channel("console")
        errors = console.t_ms[console["level"] >= LogLevel.ERROR]
        self._ticks(errors, ROW_ERROR, theme.ERROR)
        if not len(console):  # an empty error row would read as "no errors"
            note = pg.TextItem(
                self.tr("no console log recorded"), color=theme.SCROLL_THUMB, anchor=(0.5, 0.5)
            )
            self.plots["events"].addItem(note, ignoreBounds=True)
            note.setPos(self._duration_s / 2, ROW_ERROR)
            self.event_ticks.append(note)

    def _ticks(self, t_ms: npt.NDArray[np.int64], row: float, colour: str) -> None:
        if not len(t_ms):
            return
        x = np.repeat(t_ms / 1000.0, 2)
        y = np.tile(np.array([row - TICK_HALF, row + TICK_HALF]), len(t_ms))
        item = pg.PlotDataItem(x, y, connect="pairs", pen=pg.mkPen(colour, width=2))
        self.plots["events"].addItem(item)
        _cache(item.curve)
        self.event_ticks.append(item)

    # --- controller -> view --------------------------------------------------------------

    def _set_playhead(self, t_s: float) -> None:
        for line in self.playheads:
            line.setValue(t_s)  # sigDragged is not emitted: no echo to the controller

    def _on_controller_time_changed(self, t_ms: int) -> None:
        t_s = t_ms / 1000.0
        if self.playheads and self.playheads[0].value() == t_s:
            return
        self._set_playhead(t_s)
        if self._controller.playing:
            self._follow(t_s)

    def _follow(self, t_s: float) -> None:
        """Page the view along when playback leaves it (only when zoomed in)."""
        lo, hi = self.plots["speed"].vb.viewRange()[0]
        if lo <= t_s <= hi:
            return
        width = hi - lo
        start = min(max(t_s - 0.1 * width, 0.0), max(self._duration_s - width, 0.0))
        self.plots["speed"].setXRange(start, start + width, padding=0)

    def _on_controller_tags_changed(self) -> None:
        for plot in self.plots.values():
            for item in self.tag_items:
                if item.scene() is not None and item.parentItem() is not None:
                    plot.removeItem(item)
        self.tag_items.clear()
        for tag in self._controller.tags:
            for lane, plot in self.plots.items():
                self.tag_items.extend(self._tag_items(plot, tag, shaded=lane in RANGE_LANES))

    def _tag_items(self, plot: pg.PlotItem, tag: Tag, *, shaded: bool) -> list[pg.GraphicsObject]:
        """Return the items drawing ``tag`` in ``plot`` (added to it).

        A point is a dashed line; a range is shaded (``shaded``) or shown by its two edges
        as thin dashed lines.
        """
        colour = theme.severity_colour(tag.severity)
        items: list[pg.GraphicsObject]
        if tag.end_ms is not None and shaded:
            items = [
                pg.LinearRegionItem(
                    values=(tag.start_ms / 1000.0, tag.end_ms / 1000.0),
                    movable=False,
                    brush=pg.mkBrush(theme.severity_colour(tag.severity, 70)),
                    pen=pg.mkPen(colour, width=1),
                )
            ]
        else:
            edges = [tag.start_ms] if tag.end_ms is None else [tag.start_ms, tag.end_ms]
            width = 2 if tag.end_ms is None else 1
            pen = pg.mkPen(colour, width=width, style=Qt.PenStyle.DashLine)
            items = [
                pg.InfiniteLine(pos=t_ms / 1000.0, angle=90, movable=False, pen=pen)
                for t_ms in edges
            ]
        for item in items:
            item.setZValue(-5)
            item.setToolTip(self._tag_tip(tag))
            plot.addItem(item, ignoreBounds=True)
        return items

    def _tag_tip(self, tag: Any) -> str:
        """Category label and severity in the UI language, then the note (data)."""
        label = category_name(tag.category)
        head = self.tr("{0} (severity {1} {2})").format(
            label, tag.severity, severity_name(tag.severity)
        )
        return f"{head} {tag.note}".strip()

    def _on_controller_selection_changed(self, selection: tuple[int, int] | None) -> None:
        for region in self.selection_regions:
            region.setVisible(selection is not None)
            if selection is not None:
                region.setRegion((selection[0] / 1000.0, selection[1] / 1000.0))
        if selection is not None and not self.selection_regions:
            for plot in self.plots.values():
                region = pg.LinearRegionItem(
                    values=(selection[0] / 1000.0, selection[1] / 1000.0),
                    movable=False,
                    brush=pg.mkBrush(theme.SELECTION_FILL),
                )
                region.setZValue(-4)
                plot.addItem(region, ignoreBounds=True)
                self.selection_regions.append(region)

    # --- view -> controller --------------------------------------------------------------

    def _seek_s(self, t_s: float) -> None:
        self._controller.seek(round(t_s * 1000.0))

    def _select_s(self, a_s: float, b_s: float, finished: bool) -> None:
        self._controller.set_selection(round(a_s * 1000.0), round(b_s * 1000.0))

    def _on_playhead_dragged(self, line: pg.InfiniteLine) -> None:
        self._seek_s(float(line.value()))

    # --- actions -------------------------------------------------------------------------

    def fit(self) -> None:
        """Show the whole session."""
        self.plots["speed"].setXRange(0.0, self._duration_s, padding=0)

    def zoom(self, factor: float) -> None:
        """Zoom the time axis around the playhead (factor < 1 zooms in)."""
        lo, hi = self.plots["speed"].vb.viewRange()[0]
        centre = self._controller.t_ms / 1000.0
        half = max((hi - lo) * factor / 2, 0.025)
        self.plots["speed"].setXRange(centre - half, centre + half, padding=0)

    def x_range_s(self) -> tuple[float, float]:
        """Visible time range (s)."""
        lo, hi = self.plots["speed"].vb.viewRange()[0]
        return float(lo), float(hi)

    def show_range_s(self, lo_s: float, hi_s: float) -> None:
        """Show the time range ``lo_s`` .. ``hi_s`` (s) in every lane (they are linked)."""
        self.plots["speed"].setXRange(lo_s, hi_s, padding=0)

    def scene_pos_of(self, lane: str, t_s: float, y: float) -> QPointF:
        """Return the widget position of data point ``(t_s, y)`` in ``lane`` (for tests)."""
        vb = self.plots[lane].vb
        scene = vb.mapViewToScene(QPointF(t_s, y))
        return QPointF(self._layout_widget.mapFromScene(scene))
