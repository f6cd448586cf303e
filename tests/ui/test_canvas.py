"""ReplayCanvas: pixels where the cursor, trail, rage and dead clicks are; device frame."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from synth import DEAD_AT_MS, DEAD_XY, RAGE_AT_MS, RAGE_XY, ROTATE_AT_MS, make_session

from replay.model.session import Device
from replay.review.canvas_data import MAX_TRAIL_POINTS, CanvasData
from replay.ui import theme
from replay.ui.canvas import ReplayCanvas
from replay.ui.controller import ReplayController

SIZE = QSize(900, 600)


def pixels(image: QImage) -> np.ndarray:
    """Return the image as an (H, W, 3) uint8 RGB array."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    ptr = rgb.constBits()
    arr = np.frombuffer(ptr, dtype=np.uint8, count=rgb.sizeInBytes())
    rows = arr.reshape(rgb.height(), rgb.bytesPerLine())[:, : rgb.width() * 3]
    return rows.reshape(rgb.height(), rgb.width(), 3).copy()  # copy: rgb dies on return


def count_near(image: QImage, at: QPointF, colour: str, *, radius: int = 12, tol: int = 40) -> int:
    """Count pixels within ``radius`` of ``at`` whose colour is within ``tol`` of ``colour``."""
    arr = pixels(image).astype(int)
    x, y = round(at.x()), round(at.y())
    patch = arr[max(y - radius, 0) : y + radius + 1, max(x - radius, 0) : x + radius + 1]
    c = QColor(colour)
    target = np.array([c.red(), c.green(), c.blue()])
    return int(np.count_nonzero(np.abs(patch - target).max(axis=2) <= tol))


@pytest.fixture
def canvas(qtbot, controller: ReplayController) -> ReplayCanvas:
    widget = ReplayCanvas(controller)
    qtbot.addWidget(widget)
    return widget


def test_cursor_colour_at_the_cursor_position(canvas: ReplayCanvas, controller) -> None:
    t = 10_000
    frame = canvas.data.frame_at(t)
    image = canvas.render_to_image(t, SIZE)
    at = canvas.page_to_image(*frame.cursor, t_ms=t, size=SIZE)
    assert count_near(image, at, theme.CURSOR, radius=6) > 20
    # Nowhere near the cursor: the page colour.
    far = canvas.page_to_image(frame.cursor[0], frame.cursor[1] + 300, t_ms=t, size=SIZE)
    assert count_near(image, far, theme.CURSOR, radius=6) == 0


def test_trail_fades_behind_the_cursor(canvas: ReplayCanvas) -> None:
    t = 10_000
    frame = canvas.data.frame_at(t)
    assert len(frame.trail_x) > 10
    image = pixels(canvas.render_to_image(t, SIZE)).astype(int)
    # A trail point ~1 s old is drawn, lighter (blended with the page) than the cursor.
    old = int(np.argmin(np.abs(frame.trail_age_ms - 1000)))
    at = canvas.page_to_image(
        float(frame.trail_x[old]), float(frame.trail_y[old]), t_ms=t, size=SIZE
    )
    patch = image[round(at.y()) - 2 : round(at.y()) + 3, round(at.x()) - 2 : round(at.x()) + 3]
    blue_excess = patch[..., 2] - patch[..., 0]
    assert blue_excess.max() > 20  # bluish: the trail is there
    cursor = QColor(theme.CURSOR)
    assert patch[..., 0].min() > cursor.red()  # but faded towards the page


def test_rage_click_ripple_in_the_rage_colour(canvas: ReplayCanvas) -> None:
    t = RAGE_AT_MS + 460  # just after the 4th click of the burst
    image = canvas.render_to_image(t, SIZE)
    at = canvas.page_to_image(*RAGE_XY, t_ms=t, size=SIZE)
    assert count_near(image, at, theme.RAGE, radius=8, tol=50) > 20
    # An ordinary click (5 s) has the click colour, not the rage colour.
    t_click = 5_050
    at_click = canvas.page_to_image(100, 100, t_ms=t_click, size=SIZE)
    image_click = canvas.render_to_image(t_click, SIZE)
    assert count_near(image_click, at_click, theme.CLICK, radius=8, tol=50) > 20
    assert count_near(image_click, at_click, theme.RAGE, radius=8, tol=50) == 0


def test_dead_click_ripple_in_the_dead_colour_and_it_fades(canvas: ReplayCanvas) -> None:
    at = canvas.page_to_image(*DEAD_XY, t_ms=DEAD_AT_MS, size=SIZE)
    fresh = canvas.render_to_image(DEAD_AT_MS + 50, SIZE)
    gone = canvas.render_to_image(DEAD_AT_MS + 2000, SIZE)
    assert count_near(fresh, at, theme.DEAD, radius=8, tol=50) > 20
    assert count_near(gone, at, theme.DEAD, radius=40, tol=50) == 0


def test_scroll_thumb_moves_down_the_track(canvas: ReplayCanvas) -> None:
    data = canvas.data
    low_t = int(data.s_t[np.argmin(data.s_y)])
    high_t = int(data.s_t[np.argmax(data.s_y)])

    def thumb_centre_y(t: int) -> float:
        arr = pixels(canvas.render_to_image(t, SIZE)).astype(int)
        track_x = round(canvas.page_to_image(data.v_w[0], 0, t_ms=t, size=SIZE).x()) + 9
        column = arr[:, track_x]
        c = QColor(theme.SCROLL_THUMB)
        rows = np.flatnonzero(np.abs(column - [c.red(), c.green(), c.blue()]).max(axis=1) < 12)
        assert len(rows), "no scroll thumb"
        return float(rows.mean())

    assert thumb_centre_y(high_t) > thumb_centre_y(low_t) + 100


def test_url_follows_navigation(canvas: ReplayCanvas) -> None:
    assert canvas.data.frame_at(1000).url == "https://shop.example/"
    assert canvas.data.frame_at(16_000).url == "https://shop.example/cart"


def test_trail_is_capped_on_dense_sessions() -> None:
    dense = make_session(duration_ms=20_000, n_pointer=200_000)  # 10 samples per ms
    frame = CanvasData(dense).frame_at(10_000)
    assert len(frame.trail_x) <= MAX_TRAIL_POINTS + 1
    assert frame.trail_age_ms[-1] < 1.0  # the newest point is kept
    assert frame.trail_age_ms[0] > 1000  # the trail still spans ~1.5 s


def test_canvas_repaints_on_time_changed_only_when_moved(qtbot, canvas, controller) -> None:
    controller.seek(1234)
    assert canvas.t_ms == 1234


def test_mobile_device_frame_turns_with_orientation(qtbot) -> None:
    ctl = ReplayController()
    ctl.set_session(make_session(device=Device.MOBILE), result=None)
    canvas = ReplayCanvas(ctl)
    qtbot.addWidget(canvas)
    body = QColor(theme.DEVICE_BODY)

    def body_box(t: int) -> tuple[int, int]:
        arr = pixels(canvas.render_to_image(t, SIZE)).astype(int)
        mask = np.abs(arr - [body.red(), body.green(), body.blue()]).max(axis=2) < 6
        ys, xs = np.nonzero(mask)
        return int(xs.max() - xs.min()), int(ys.max() - ys.min())

    w0, h0 = body_box(ROTATE_AT_MS[0] - 1000)  # portrait
    w1, h1 = body_box(ROTATE_AT_MS[0] + 1000)  # landscape
    assert h0 > w0
    assert w1 > h1
    mid = canvas.data.frame_at(ROTATE_AT_MS[0] + 150)
    assert 0 < mid.rotate_progress < 1
    assert (mid.rotate_from_deg, mid.angle_deg) == (0.0, 90.0)
    wm, hm = body_box(ROTATE_AT_MS[0] + 150)  # mid-turn: neither box
    assert (wm, hm) != (w0, h0)
    assert (wm, hm) != (w1, h1)


def test_no_session_draws_a_message(qtbot) -> None:
    canvas = ReplayCanvas(ReplayController())
    qtbot.addWidget(canvas)
    arr = pixels(canvas.render_to_image(0, SIZE))
    assert len(np.unique(arr.reshape(-1, 3), axis=0)) > 2  # background and text


def test_hundred_thousand_void_qt_calls_do_not_abort() -> None:
    """Guards the PySide6 pin: 6.12.0 aborts (none_dealloc) after a few thousand void calls."""
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QPen(QColor("black"), 1.0))
    for i in range(100_000):
        painter.drawLine(0, i % 64, 63, 63 - i % 64)
    painter.end()
    assert QColor(image.pixel(0, 0)) != QColor("white")


def test_hit_label_names_the_target_and_keeps_its_signal_colour(qtbot) -> None:
    from dataclasses import replace

    from synth import make_result

    from replay.ui.i18n import install_translator

    session = make_session()
    result = make_result(session)
    rage = replace(result.hits[0], target='button#add-p2 "Add to cart but much longer than fits"')
    result = replace(result, hits=[rage, *result.hits[1:]])
    frame = CanvasData(session, result).frame_at(RAGE_AT_MS + 100)
    signal, text, *_ = frame.hit_labels[0]
    assert signal == "rage_click"
    assert text.startswith("rage click · button#add-p2")
    assert text.endswith("…")
    assert len(text) <= len("rage click · ") + 40
    # In Thai the text is translated, but the colour still comes from the signal id.
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    install_translator(app, "th")
    try:
        # The app's controller hands the translated names to the (Qt-free) canvas data.
        from replay.ui.controller import ReplayController

        controller = ReplayController()
        controller.set_session(session, result=result)
        assert controller.canvas_data is not None
        frame = controller.canvas_data.frame_at(RAGE_AT_MS + 100)
        signal, text, *_ = frame.hit_labels[0]
        assert signal == "rage_click"
        assert not text.startswith("rage click")
        assert text.endswith("…")
    finally:
        install_translator(app, "en")


def test_scroll_follows_every_page_loads_document() -> None:
    from replay.model.session import Channel, Node, Session, SessionMeta

    # rrweb node ids restart per page load: page 0's document is node 0, page 1's node 1.
    # Page 0 scrolls more often; the canvas must still follow page 1 after it loads.
    session = Session(
        meta=SessionMeta("x.json", "rrweb", Device.DESKTOP, 1280, 800, None, 10_000, "h"),
        channels={
            "scroll": Channel.from_columns(
                "scroll",
                t_ms=[100, 200, 300, 5000],
                x_px=[0, 0, 0, 0],
                y_px=[100, 200, 300, 700],
                target=[0, 0, 0, 1],
            ),
        },
        nodes=(Node(tag="#document", page=0), Node(tag="#document", page=1)),
    )
    data = CanvasData(session)
    assert data.frame_at(400).scroll_y_px == 300.0
    assert data.frame_at(6000).scroll_y_px == 700.0
