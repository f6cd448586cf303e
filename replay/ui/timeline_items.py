"""One pyqtgraph item for many shaded, labelled spans (the detected spikes of a lane).

A ``LinearRegionItem`` + ``TextItem`` per spike costs ~3 ms each to build (two
``InfiniteLine``s, a text document): 200 spikes took over a second to open. This item
draws every span that is in view in one ``paint`` call, with ``np.searchsorted`` to find
them, and labels them in screen space (skipping labels that would overlap).
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
    ) -> None:
        super().__init__()
        self.start_s = np.asarray(start_s, dtype=np.float64)
        self.end_s = np.asarray(end_s, dtype=np.float64)
        self.labels = list(labels)
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
        last_right = -1e12
        for i in idx.tolist():
            mid = (float(self.start_s[i]) + float(self.end_s[i])) / 2
            at = transform.map(QPointF(mid, y_top))
            width = metrics.horizontalAdvance(self.labels[i])
            left = at.x() - width / 2
            if left < last_right + LABEL_GAP_PX:
                continue  # would overlap the previous label: the span is still shaded
            painter.drawText(QPointF(left, at.y() + metrics.ascent() + 2), self.labels[i])
            last_right = left + width
        painter.restore()

    def span_at(self, t_s: float) -> int | None:
        """Return the index of a span holding ``t_s``, or None."""
        hi = int(np.searchsorted(self.start_s, t_s, side="right"))
        hits = np.flatnonzero(self.end_s[:hi] >= t_s)
        return int(hits[-1]) if len(hits) else None
