"""The overview strip: the whole session at a glance under the lanes.

Bars show the summed hit strength along the session (:func:`replay.review.overview.hit_density`),
so on a 1-hour session with 120 spikes the busy stretches stand out where the zoomed lanes
show only a comb. Tags are marks in their severity colour along the bottom, the lanes'
visible range is a box, the playhead a line. Click or drag to move the playhead; when the
lanes are zoomed in they follow to show that moment.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from replay.review.overview import hit_density
from replay.ui import theme
from replay.ui.controller import ReplayController
from replay.ui.gui_gc import weak_callback

STRIP_HEIGHT_PX = 30
#: Bars are this many pixels wide.
BAR_PX = 3


class OverviewStrip(QWidget):
    """Hit density of the whole session, the lanes' window on it, tags and the playhead.

    Parameters
    ----------
    controller : ReplayController
        Session, result, tags and the playhead.
    view_range : callable, optional
        Returns the lanes' visible range ``(lo_s, hi_s)``; drawn as a box.
    show_range : callable, optional
        ``show_range(lo_s, hi_s)`` moves the lanes' view (used when the user clicks outside
        the box while zoomed in).
    """

    def __init__(
        self,
        controller: ReplayController,
        *,
        view_range: Callable[[], tuple[float, float]] | None = None,
        show_range: Callable[[float, float], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overviewStrip")
        self.controller = controller
        # Weakly, as every callback into a sibling or an owner (replay.ui.gui_gc).
        self._view_range = None if view_range is None else weak_callback(view_range)
        self._show_range = None if show_range is None else weak_callback(show_range)
        self._density: list[float] = []
        self._density_key: tuple[int, int, int, int] | None = None
        self._density_result: object = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(STRIP_HEIGHT_PX)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            self.tr("The whole session: frustration per moment; click or drag to go there")
        )
        controller.session_loaded.connect(self.update)
        controller.time_changed.connect(self.update)
        controller.tags_changed.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(400, STRIP_HEIGHT_PX)

    def density(self) -> list[float]:
        """Return the bars drawn at the current width (summed hit strength per bar)."""
        result = self.controller.result
        hits = list(getattr(result, "hits", ()) or ())
        bins = max(1, self.width() // BAR_PX)
        # Painted every frame while playing: the bars change only with the result, the
        # width or the session, so they are summed once per (result, hits, width, span).
        key = (id(result), len(hits), bins, self.controller.duration_ms)
        if self._density_key == key and self._density_result is result:
            return list(self._density)
        bars = hit_density(
            [h.start_ms for h in hits],
            [h.strength for h in hits],
            duration_ms=self.controller.duration_ms,
            bins=bins,
        )
        self._density = [float(v) for v in bars]
        self._density_key, self._density_result = key, result
        return list(self._density)

    def _x(self, t_ms: float) -> float:
        span = max(self.controller.duration_ms, 1)
        return t_ms / span * (self.width() - 1)

    def t_ms_at(self, x_px: float) -> int:
        """Return the session time under ``x_px``."""
        span = self.controller.duration_ms
        return round(min(max(x_px / max(self.width() - 1, 1), 0.0), 1.0) * span)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.BACKGROUND))
        if self.controller.session is None:
            return
        h = self.height()
        bars = self.density()
        top = max(bars) if bars else 0.0
        if top > 0:
            colour = theme.qcolor(theme.SCORE_CURVE)
            for i, value in enumerate(bars):
                if value <= 0:
                    continue
                bar_h = max(2.0, (h - 8) * value / top)
                painter.fillRect(QRectF(i * BAR_PX, h - 6 - bar_h, BAR_PX - 1, bar_h), colour)
        for tag in self.controller.tags:
            x0 = self._x(tag.start_ms)
            x1 = self._x(tag.end_ms) if tag.end_ms is not None else x0 + 2
            painter.fillRect(
                QRectF(x0, h - 4, max(2.0, x1 - x0), 4), theme.severity_colour(tag.severity)
            )
        if self._view_range is not None:
            lo, hi = self._view_range()
            x0, x1 = self._x(lo * 1000.0), self._x(hi * 1000.0)
            if x1 - x0 < self.width() - 2:  # zoomed in: show where the lanes are
                painter.setPen(QPen(QColor(theme.AXIS_TEXT), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(x0, 0.5, max(3.0, x1 - x0), h - 1.5))
        painter.setPen(QPen(QColor(theme.PLAYHEAD), 2))
        x = self._x(self.controller.t_ms)
        painter.drawLine(QPointF(x, 0), QPointF(x, h))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._go(event.position().x())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._go(event.position().x())

    def _go(self, x_px: float) -> None:
        if self.controller.session is None:
            return
        t_ms = self.t_ms_at(x_px)
        self.controller.seek(t_ms)
        if self._view_range is not None and self._show_range is not None:
            lo, hi = self._view_range()
            t_s = t_ms / 1000.0
            if not lo <= t_s <= hi:
                half = (hi - lo) / 2
                self._show_range(t_s - half, t_s + half)
