"""One pyqtgraph item for many shaded, labelled spans (the detected spikes of a lane).

A ``LinearRegionItem`` + ``TextItem`` per spike costs ~3 ms each to build (two
``InfiniteLine``s, a text document): 200 spikes took over a second to open. This item
draws every span that is in view in one ``paint`` call, with ``np.searchsorted`` to find
them, and labels them in screen space with :func:`replay.review.overview.layout_labels`:
no label overlaps another, is clipped by the view's edges or sits under the lane title;
labels that do not fit are dropped and counted on the nearest kept one (``rage click +2``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter

from replay.review.overview import layout_labels

#: At most this many spans are drawn one by one; beyond it they are merged per pixel
#: column by the painter anyway, so the cap only bounds Python work per paint.
MAX_DRAWN = 2_000
LABEL_GAP_PX = 6.0


class SpanItem(pg.GraphicsObject):  # type: ignore[misc]
    """Shaded vertical spans ``[start_s, end_s]`` across the lane, each with a label.

    Parameters
    ----------
    start_s, end_s : (N,) float
        Span edges in seconds, sorted by start.
    labels : sequence of str
        One label per span (drawn at the top, centred, when there is room).
    fill : QColor
        Span fill.
    text : QColor
        Label colour.
    """

    def __init__(
        self,
        start_s: Sequence[float] | np.ndarray,
        end_s: Sequence[float] | np.ndarray,
        labels: Sequence[str],
        *,
        fill: QColor,
        text: QColor,
        priority: Sequence[float] | None = None,
    ) -> None:
        super().__init__()
        self.start_s = np.asarray(start_s, dtype=np.float64)
        self.end_s = np.asarray(end_s, dtype=np.float64)
        self.labels = list(labels)
        self.priority = None if priority is None else np.asarray(priority, dtype=np.float64)
        #: Screen pixels at the view's left kept free of labels (the lane title's width).
        self.reserved_left_px = 0.0
        #: The labels drawn by the last paint, in px from the view's left edge (tests).
        self.drawn_labels: list[tuple[float, float, str]] = []
        self._fill = QBrush(fill)
        self._text = QColor(text)
        self.setZValue(-10)

    def __len__(self) -> int:
        return len(self.start_s)

    def boundingRect(self) -> QRectF:
        view = self.viewRect()
        if view is None or not len(self.start_s):
            return QRectF()
        x0, x1 = float(self.start_s[0]), float(self.end_s.max())
        return QRectF(x0, view.top(), max(x1 - x0, 1e-9), view.height())

    def viewRangeChanged(self) -> None:
        self.prepareGeometryChange()
        super().viewRangeChanged()

    def paint(self, painter: QPainter, *args: Any) -> None:
        view = self.viewRect()
        if view is None or not len(self.start_s):
            return
        # Spans that can touch the view: start before its right edge, end after its left.
        hi = int(np.searchsorted(self.start_s, view.right(), side="right"))
        idx = np.flatnonzero(self.end_s[:hi] >= view.left())[-MAX_DRAWN:]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._fill)
        top, height = view.top(), view.height()
        for i in idx.tolist():
            s, e = float(self.start_s[i]), float(self.end_s[i])
            painter.drawRect(QRectF(s, top, e - s, height))
        self._paint_labels(painter, idx, view)

    def _paint_labels(self, painter: QPainter, idx: np.ndarray, view: QRectF) -> None:
        transform = painter.transform()
        painter.save()
        painter.resetTransform()  # text in screen pixels, not data units
        painter.setPen(self._text)
        metrics = painter.fontMetrics()
        y_top = max(view.top(), view.bottom())  # y grows up in the view: bottom() is the top
        left = transform.map(QPointF(view.left(), y_top))
        right = transform.map(QPointF(view.right(), y_top)).x()
        ids = idx.tolist()
        centres = [
            transform.map(QPointF((float(self.start_s[i]) + float(self.end_s[i])) / 2, 0)).x()
            for i in ids
        ]
        placed = layout_labels(
            centres,
            [metrics.horizontalAdvance(self.labels[i]) for i in ids],
            [self.labels[i] for i in ids],
            left_px=left.x() + 2,
            right_px=right - 2,
            reserved_right_px=left.x() + self.reserved_left_px if self.reserved_left_px else None,
            priority=None if self.priority is None else [float(self.priority[i]) for i in ids],
            gap_px=LABEL_GAP_PX,
            more_width_px=metrics.horizontalAdvance(" +99"),
        )
        self.drawn_labels = []
        for label in placed:
            painter.drawText(QPointF(label.left_px, left.y() + metrics.ascent() + 2), label.text)
            x0 = label.left_px - left.x()  # the item may paint into a cache pixmap: relative
            self.drawn_labels.append((x0, x0 + label.width_px, label.text))
        painter.restore()

    def span_at(self, t_s: float) -> int | None:
        """Return the index of a span holding ``t_s``, or None."""
        hi = int(np.searchsorted(self.start_s, t_s, side="right"))
        hits = np.flatnonzero(self.end_s[:hi] >= t_s)
        return int(hits[-1]) if len(hits) else None
