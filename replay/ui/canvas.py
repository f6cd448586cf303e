"""The replay canvas: the session's viewport, cursor trail, click ripples, scroll and URL.

Painted by hand with ``QPainter`` (issue 5, "Replay canvas"): the viewport is drawn to
scale and letterboxed; mobile and tablet sessions sit in a device frame that turns with
the orientation; desktop mouse logs show the screen area the cursor covered. All
per-frame lookups are in :class:`~replay.review.canvas_data.CanvasData` (searchsorted only).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from replay.model.session import Session
from replay.review.canvas_data import (
    DEAD,
    RAGE,
    RIPPLE_MS,
    TAP,
    TRAIL_MS,
    CanvasData,
    Frame,
)
from replay.ui import theme
from replay.ui.controller import ReplayController

URL_BAR_PX = 28
MARGIN_PX = 14
TRACK_PX = 10
#: Trail drawn as this many polylines of growing opacity (one QPainter call each).
TRAIL_BUCKETS = 8
RIPPLE_START_PX = 5.0
RIPPLE_END_PX = 30.0
CURSOR_RADIUS_PX = 6.0
PAGE_RULE_PX = 400  # a faint rule every 400 page px shows scrolling

_RIPPLE_COLOURS = {0: theme.CLICK, TAP: theme.TAP, RAGE: theme.RAGE, DEAD: theme.DEAD}


def _fit(w: float, h: float, area: QRectF) -> float:
    return min(area.width() / max(w, 1.0), area.height() / max(h, 1.0))


def _smoothstep(p: float) -> float:
    return p * p * (3.0 - 2.0 * p)


class ReplayCanvas(QWidget):
    """The replay drawing, following the controller's time.

    Parameters
    ----------
    controller : ReplayController
        Source of the session, its detection result and the time.
    parent : QWidget, optional
        Qt parent.
    """

    def __init__(self, controller: ReplayController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._data: CanvasData | None = None
        self._t_ms = 0
        #: The recorded page at the playhead (``replay.ui.page_view``), drawn under the overlay.
        self._page_image: QImage | None = None
        self._page_scaled: tuple[tuple[int, int, int, float], QImage] | None = None
        self._page_note = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._url_font = QFont(self.font())
        self._small_font = QFont(self.font())
        self._small_font.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        controller.session_loaded.connect(self._on_controller_session_loaded)
        controller.time_changed.connect(self._on_controller_time_changed)
        if controller.session is not None:
            self._on_controller_session_loaded(controller.session)

    def sizeHint(self) -> QSize:
        return QSize(800, 500)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 160)

    @property
    def data(self) -> CanvasData | None:
        """The prepared arrays of the current session."""
        return self._data

    @property
    def t_ms(self) -> int:
        """The time the canvas shows."""
        return self._t_ms

    def set_page(self, image: QImage | None, *, note: str = "") -> None:
        """Show ``image`` (the page at the recorded viewport size) behind the overlay.

        ``note`` (when there is no image) says why the page cannot be shown.
        """
        self._page_image = image
        self._page_note = note
        self.update()

    @property
    def page_image(self) -> QImage | None:
        """The page image drawn behind the overlay, if any."""
        return self._page_image

    def _on_controller_session_loaded(self, session: Session) -> None:
        self._data = self._controller.canvas_data
        self._t_ms = self._controller.t_ms
        self.update()

    def _on_controller_time_changed(self, t_ms: int) -> None:
        if t_ms != self._t_ms:  # equality check: repaint only on change
            self._t_ms = t_ms
            self.update()

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter, QRectF(self.rect()), self._t_ms)
        finally:
            painter.end()

    def render_to_image(self, t_ms: int, size: QSize | tuple[int, int]) -> QImage:
        """Render the frame at ``t_ms`` into a new ``size`` image (tests, screenshots)."""
        qsize = QSize(*size) if isinstance(size, tuple) else size
        image = QImage(qsize, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        try:
            self.paint(painter, QRectF(0, 0, qsize.width(), qsize.height()), t_ms)
        finally:
            painter.end()
        return image

    def paint(self, painter: QPainter, rect: QRectF, t_ms: int) -> None:
        """Paint the frame at ``t_ms`` into ``rect``."""
        painter.fillRect(rect, theme.qcolor(theme.BACKGROUND))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self._data is None:
            painter.setPen(theme.qcolor(theme.URL_BAR))
            hint = self.tr(
                "No session open\n\nOpen one from the library with Enter or a double-click,\n"
                "or import recordings with File ▸ Import files… (Ctrl+O)."
            )
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(rect.adjusted(24, 0, -24, 0), int(flags), hint)
            return
        frame = self._data.frame_at(t_ms)
        self._paint_url_bar(painter, rect, frame)
        area = self._area(rect)
        if area.width() < 20 or area.height() < 20:
            return
        if self._data.is_handheld:
            self._paint_handheld(painter, area, frame)
            return
        screen, scale = self._desktop_layout(area, frame)
        self._paint_screen(painter, screen, scale, frame)
        if self._data.has_scroll:
            track = QRectF(screen.right() + 4, screen.top(), TRACK_PX, screen.height())
            self._paint_scroll(painter, track, frame)

    @staticmethod
    def _area(rect: QRectF) -> QRectF:
        return rect.adjusted(MARGIN_PX, URL_BAR_PX + MARGIN_PX, -MARGIN_PX, -MARGIN_PX)

    @staticmethod
    def _desktop_layout(area: QRectF, frame: Frame) -> tuple[QRectF, float]:
        w, h = float(frame.width_px), float(frame.height_px)
        page_area = area.adjusted(0, 0, -(TRACK_PX + 4), 0)
        scale = _fit(w, h, page_area)
        screen = QRectF(0, 0, w * scale, h * scale)
        screen.moveCenter(page_area.center())
        return screen, scale

    @staticmethod
    def _handheld_layout(area: QRectF, frame: Frame) -> tuple[QRectF, QRectF, float, float]:
        """Return body and screen rects, scale and bezel (page px) of a device frame."""
        w, h = float(frame.width_px), float(frame.height_px)
        bezel = 0.05 * min(w, h)
        long_bezel = 2.2 * bezel
        landscape = w > h
        body_w = w + 2 * (long_bezel if landscape else bezel)
        body_h = h + 2 * (bezel if landscape else long_bezel)
        scale = _fit(body_w, body_h, area)
        body = QRectF(0, 0, body_w * scale, body_h * scale)
        body.moveCenter(area.center())
        screen = QRectF(0, 0, w * scale, h * scale)
        screen.moveCenter(area.center())
        return body, screen, scale, bezel

    def screen_scale(self, size: QSize | None = None) -> float:
        """Return device pixels per page pixel of the viewport drawn at ``size`` (default: now).

        The page layer asks for the page at this scale: no more pixels than are shown.
        """
        if self._data is None:
            return 1.0
        size = size or self.size()
        frame = self._data.frame_at(self._t_ms)
        area = self._area(QRectF(0, 0, size.width(), size.height()))
        if self._data.is_handheld:
            _, _, scale, _ = self._handheld_layout(area, frame)
        else:
            _, scale = self._desktop_layout(area, frame)
        return float(scale) * float(self.devicePixelRatioF())

    def page_to_image(self, x_px: float, y_px: float, *, t_ms: int, size: QSize) -> QPointF:
        """Return where page point ``(x_px, y_px)`` lands in a ``size`` render at ``t_ms``.

        Outside a device rotation animation; for tests and screenshot annotations.
        """
        if self._data is None:
            return QPointF()
        frame = self._data.frame_at(t_ms)
        area = self._area(QRectF(0, 0, size.width(), size.height()))
        if self._data.is_handheld:
            _, screen, scale, _ = self._handheld_layout(area, frame)
        else:
            screen, scale = self._desktop_layout(area, frame)
        return QPointF(screen.left() + x_px * scale, screen.top() + y_px * scale)

    def _paint_url_bar(self, painter: QPainter, rect: QRectF, frame: Frame) -> None:
        assert self._data is not None
        bar = QRectF(rect.left(), rect.top(), rect.width(), URL_BAR_PX)
        painter.fillRect(bar, theme.qcolor(theme.URL_BAR))
        if self._data.format == "mouselog":
            text = self.tr("mouse log: screen area {0} × {1} px").format(
                frame.width_px, frame.height_px
            )
        else:
            text = frame.url or self.tr("(no URL recorded yet)")
        painter.setPen(theme.qcolor(theme.URL_TEXT))
        painter.setFont(self._url_font)
        text_rect = bar.adjusted(10, 0, -10, 0)
        elided = painter.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideMiddle, int(text_rect.width())
        )
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, elided)

    def _paint_handheld(self, painter: QPainter, area: QRectF, frame: Frame) -> None:
        body, screen, scale, bezel = self._handheld_layout(area, frame)
        landscape = frame.width_px > frame.height_px
        centre = area.center()
        painter.save()
        if frame.rotate_progress < 1.0:
            # Turn from the previous orientation: draw the new layout rotated back by what
            # remains of the turn, scaled to fit as it turns (Qt rotates clockwise).
            delta = ((frame.angle_deg - frame.rotate_from_deg + 180.0) % 360.0) - 180.0
            turn_deg = delta * (1.0 - _smoothstep(frame.rotate_progress))
            # Shrink so the turning body's bounding box stays inside the area.
            c, s = abs(math.cos(math.radians(turn_deg))), abs(math.sin(math.radians(turn_deg)))
            bw, bh = body.width(), body.height()
            factor = min(1.0, area.width() / (c * bw + s * bh), area.height() / (s * bw + c * bh))
            painter.translate(centre)
            painter.rotate(turn_deg)
            painter.scale(factor, factor)
            painter.translate(-centre)
        radius = 3.0 * bezel * scale
        painter.setPen(QPen(theme.qcolor(theme.DEVICE_EDGE), 2.0))
        painter.setBrush(theme.qcolor(theme.DEVICE_BODY))
        painter.drawRoundedRect(body, radius, radius)
        w, h = float(frame.width_px), float(frame.height_px)
        # Speaker slot on the short edge at the device's top.
        slot_len, slot_w = 0.18 * min(w, h) * scale, max(2.0, 0.15 * bezel * scale)
        if landscape:
            slot = QRectF(0, 0, slot_w * 2, slot_len)
            slot.moveCenter(QPointF((body.left() + screen.left()) / 2, centre.y()))
        else:
            slot = QRectF(0, 0, slot_len, slot_w * 2)
            slot.moveCenter(QPointF(centre.x(), (body.top() + screen.top()) / 2))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.qcolor(theme.DEVICE_EDGE))
        painter.drawRoundedRect(slot, slot_w, slot_w)
        self._paint_screen(painter, screen, scale, frame)
        if self._data is not None and self._data.has_scroll:
            track = QRectF(screen.right() - 6, screen.top() + 4, 4, screen.height() - 8)
            self._paint_scroll(painter, track, frame)
        painter.restore()

    def _paint_screen(self, painter: QPainter, screen: QRectF, scale: float, frame: Frame) -> None:
        painter.setPen(QPen(theme.qcolor(theme.VIEWPORT_BORDER), 1.0))
        painter.setBrush(theme.qcolor(theme.VIEWPORT))
        painter.drawRect(screen)
        painter.save()
        painter.setClipRect(screen)
        if self._page_image is not None and not self._page_image.isNull():
            painter.drawImage(screen.topLeft(), self._scaled_page(painter, screen))
        else:
            self._paint_page_rules(painter, screen, scale, frame)
            if self._page_note:
                painter.setPen(theme.qcolor(theme.URL_BAR))
                painter.setFont(self._small_font)
                flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
                painter.drawText(screen.adjusted(12, 12, -12, -12), int(flags), self._page_note)
        self._paint_ripples(painter, screen, scale, frame)
        self._paint_trail(painter, screen, scale, frame)
        self._paint_cursor(painter, screen, scale, frame)
        self._paint_hit_labels(painter, screen, scale, frame)
        painter.restore()

    def _scaled_page(self, painter: QPainter, screen: QRectF) -> QImage:
        """Return the page image at ``screen``'s device size, scaled once per change.

        Drawing the image into a rectangle of another size smooth-scaled it at every
        paint (8 ms a frame at 1280x720: clips and playback repaint every frame while the
        page changes a few times a second); a blit of the cached copy is cheap.
        """
        image = self._page_image
        assert image is not None
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        size = QSize(max(1, round(screen.width() * ratio)), max(1, round(screen.height() * ratio)))
        key = (image.cacheKey(), size.width(), size.height(), ratio)
        if self._page_scaled is None or self._page_scaled[0] != key:
            scaled = (
                image
                if image.size() == size
                else image.scaled(
                    size,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            scaled = QImage(scaled)  # a copy: its device pixel ratio is ours to set
            scaled.setDevicePixelRatio(ratio)
            self._page_scaled = (key, scaled)
        return self._page_scaled[1]

    def _paint_page_rules(
        self, painter: QPainter, screen: QRectF, scale: float, frame: Frame
    ) -> None:
        if self._data is None or not self._data.has_scroll:
            return
        first = math.ceil(frame.scroll_y_px / PAGE_RULE_PX)
        last = math.floor((frame.scroll_y_px + frame.height_px) / PAGE_RULE_PX)
        painter.setFont(self._small_font)
        colour = theme.qcolor(theme.SCROLL_TRACK)
        for k in range(first, min(last, first + 50) + 1):  # at most a screenful of rules
            y = screen.top() + (k * PAGE_RULE_PX - frame.scroll_y_px) * scale
            painter.setPen(QPen(colour, 1.0, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(screen.left(), y), QPointF(screen.right(), y))
            painter.setPen(theme.qcolor(theme.SCROLL_THUMB))
            painter.drawText(QPointF(screen.left() + 4, y - 3), f"{k * PAGE_RULE_PX} px")

    def _paint_trail(self, painter: QPainter, screen: QRectF, scale: float, frame: Frame) -> None:
        n = len(frame.trail_x)
        if n < 2:
            return
        xs = screen.left() + frame.trail_x.astype(np.float64) * scale
        ys = screen.top() + frame.trail_y.astype(np.float64) * scale
        # Buckets by age: contiguous runs (ages are sorted), so one polyline per bucket.
        bucket = np.minimum(
            (TRAIL_BUCKETS * (1.0 - frame.trail_age_ms / TRAIL_MS)).astype(np.int64),
            TRAIL_BUCKETS - 1,
        )
        edges = np.searchsorted(bucket, np.arange(TRAIL_BUCKETS + 1), side="left")
        painter.setBrush(Qt.BrushStyle.NoBrush)
        colour = theme.qcolor(theme.CURSOR)
        for b in range(TRAIL_BUCKETS):
            lo, hi = int(edges[b]), int(edges[b + 1])
            if hi <= lo:
                continue
            lo = max(lo - 1, 0)  # join to the previous bucket
            if hi - lo < 2:
                continue
            colour.setAlpha(int(30 + 200 * (b + 1) / TRAIL_BUCKETS))
            pen = QPen(colour, 1.0 + 2.0 * (b + 1) / TRAIL_BUCKETS)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            points = [
                QPointF(x, y) for x, y in zip(xs[lo:hi].tolist(), ys[lo:hi].tolist(), strict=True)
            ]
            painter.drawPolyline(QPolygonF(points))

    def _paint_cursor(self, painter: QPainter, screen: QRectF, scale: float, frame: Frame) -> None:
        if frame.cursor is None:
            return
        centre = QPointF(
            screen.left() + frame.cursor[0] * scale, screen.top() + frame.cursor[1] * scale
        )
        painter.setPen(QPen(QColor("white"), 2.0))
        painter.setBrush(theme.qcolor(theme.CURSOR))
        painter.drawEllipse(centre, CURSOR_RADIUS_PX, CURSOR_RADIUS_PX)

    def _paint_ripples(
        self, painter: QPainter, screen: QRectF, scale: float, frame: Frame
    ) -> None:
        ages = frame.ripple_age_ms / RIPPLE_MS
        xs = (screen.left() + frame.ripple_x.astype(np.float64) * scale).tolist()
        ys = (screen.top() + frame.ripple_y.astype(np.float64) * scale).tolist()
        for x, y, age, cls in zip(xs, ys, ages.tolist(), frame.ripple_class.tolist(), strict=True):
            colour = theme.qcolor(_RIPPLE_COLOURS.get(cls, theme.CLICK))
            fade = max(0.0, 1.0 - age)
            radius = RIPPLE_START_PX + (RIPPLE_END_PX - RIPPLE_START_PX) * _smoothstep(age)
            colour.setAlpha(int(255 * fade))
            painter.setPen(QPen(colour, 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(x, y), radius, radius)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
            painter.drawEllipse(QPointF(x, y), RIPPLE_START_PX, RIPPLE_START_PX)

    def _paint_hit_labels(
        self, painter: QPainter, screen: QRectF, scale: float, frame: Frame
    ) -> None:
        painter.setFont(self._small_font)
        for signal, text, x, y, age in frame.hit_labels:
            colour = theme.signal_colour(signal, int(255 * (1.0 - age)))
            anchor = QPointF(screen.left() + x * scale + 16, screen.top() + y * scale - 16)
            metrics = painter.fontMetrics()
            box = QRectF(metrics.boundingRect(text)).adjusted(-5, -3, 5, 3)
            box.moveBottomLeft(anchor)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor(255, 255, 255, colour.alpha()))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_scroll(self, painter: QPainter, track: QRectF, frame: Frame) -> None:
        page = max(frame.page_height_px, 1.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.qcolor(theme.SCROLL_TRACK, 200))
        painter.drawRoundedRect(track, track.width() / 2, track.width() / 2)
        top = track.top() + track.height() * frame.scroll_y_px / page
        height = max(track.height() * frame.height_px / page, 6.0)
        thumb = QRectF(track.left(), min(top, track.bottom() - height), track.width(), height)
        painter.setBrush(theme.qcolor(theme.SCROLL_THUMB))
        painter.drawRoundedRect(thumb, track.width() / 2, track.width() / 2)
