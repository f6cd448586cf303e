"""Render a clip: the stage (canvas) above the lanes, playhead moving, frame by frame.

The widgets are the app's own (:class:`ReplayCanvas`, :class:`TimelinesWidget`) on a
private controller, laid out at the clip's size off screen (``WA_DontShowOnScreen``), so a
clip looks exactly like the app. Each frame: seek, let Qt paint, grab, hand the RGB array
to :class:`replay.review.clip.ClipWriter`.

When the session has a recorded page (rrweb), a :class:`~replay.ui.page_view.PageLayer`
draws it behind the cursor, as in the app and in ``replay frame``. Frames advance the
page incrementally: :class:`~replay.model.page.PagePlayer` applies only the events since
the previous frame (the HTML is rebuilt only when the DOM changed), the renderer morphs the
live document instead of reloading it, and a frame whose page (DOM version, scroll,
viewport) is the previous frame's reuses its image without asking the web engine again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget

from replay.errors import ReplayError
from replay.review.clip import FPS, ClipWriter, frame_times
from replay.store.library import Library
from replay.ui.canvas import ReplayCanvas
from replay.ui.controller import ReplayController
from replay.ui.timelines import TimelinesWidget

DEFAULT_SIZE = (1280, 720)
#: Longest wait for one page frame to paint (a huge DOM on a loaded machine).
PAGE_TIMEOUT_S = 60.0


def _rgb(image: QImage) -> npt.NDArray[np.uint8]:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    buf = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * h)  # type: ignore[call-overload]
    return buf.reshape(h, stride)[:, : w * 3].reshape(h, w, 3).copy()


class ClipStage(QWidget):
    """The canvas above the lanes, as in the app, for one session of a library."""

    def __init__(
        self, library: Library, session_id: int, *, size: tuple[int, int], page: bool = True
    ) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.controller = ReplayController(library)
        self.controller.load_session(session_id, store=False)  # a read: the library stays as it is
        self.canvas = ReplayCanvas(self.controller)
        self.timelines = TimelinesWidget(self.controller)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.canvas, 3)
        layout.addWidget(self.timelines, 2)
        self.resize(*size)
        self.show()
        QCoreApplication.processEvents()  # lay out before the page asks for its scale
        self.page_layer: Any = None
        if page:  # the layer starts the web engine only when the session has a page
            from replay.ui.page_view import PageLayer

            self.page_layer = PageLayer(self.controller, self.canvas, enabled=True, parent=self)
            if self.page_layer.unavailable:
                raise ReplayError(f"the page cannot be drawn: {self.page_layer.unavailable}")

    @property
    def has_page(self) -> bool:
        """Whether frames show the recorded page."""
        return self.page_layer is not None and self.page_layer.available

    def frame(self, t_ms: int) -> npt.NDArray[np.uint8]:
        """Return the stage at ``t_ms`` as an (H, W, 3) RGB array (page painted first)."""
        self.controller.seek(t_ms)  # the page layer asks for the page at t_ms
        if self.page_layer is not None:
            self.page_layer.wait_idle(timeout_s=PAGE_TIMEOUT_S)
        QCoreApplication.processEvents()
        return _rgb(self.grab().toImage())

    def close_page(self) -> None:
        """Release the web engine page (before the widgets go)."""
        if self.page_layer is not None:
            self.page_layer.close()
            self.page_layer = None


def render_clip(
    library: Library,
    session_id: int,
    *,
    from_ms: int,
    to_ms: int,
    out: Path,
    speed: float = 1.0,
    size: tuple[int, int] = DEFAULT_SIZE,
    progress: Callable[[int, int], None] | None = None,
    page: bool = True,
) -> tuple[Path, int]:
    """Render ``[from_ms, to_ms]`` of a session to ``out`` at 30 fps; return (path, frames).

    ``page=False`` leaves out the recorded page (the cursor overlay on the plain stage, as
    ``replay frame --no-page``).

    Raises
    ------
    ClipError
        A bad range, speed, size or destination (nothing is written).
    """
    stage = ClipStage(library, session_id, size=size, page=page)
    try:
        times = frame_times(
            from_ms, to_ms, duration_ms=stage.controller.duration_ms, speed=speed, fps=FPS
        )
        # The lanes show the clip's span, so the playhead visibly travels across it.
        stage.timelines.plots["speed"].setXRange(from_ms / 1000.0, to_ms / 1000.0, padding=0)
        first = stage.frame(int(times[0]))
        height, width = first.shape[:2]
        with ClipWriter(out, width=width, height=height, fps=FPS) as writer:
            writer.write(first)
            if progress is not None:
                progress(1, len(times))
            for i, t_ms in enumerate(times[1:], start=2):
                writer.write(stage.frame(int(t_ms)))
                if progress is not None:
                    progress(i, len(times))
            path = writer.close()
        return path, len(times)
    finally:
        stage.close_page()
        stage.close()
        stage.deleteLater()
