"""The page layer of the replay stage: the recorded page at the playhead, under the cursor.

:class:`PageLayer` follows the controller (session loaded, time changed), asks
:class:`~replay.model.page.PagePlayer` for the page at the playhead (nearest keyframe plus
at most a few seconds of changes) and a :class:`~replay.ui.page_render.PageRenderer` for
its pixels, then hands the image to the canvas, which draws it in the viewport rectangle
(scaled to fit) below the trail, ripples and hit labels. Mouse-log and native sessions have
no page: the canvas keeps its plain stage. A page that cannot be shown says why.
"""

from __future__ import annotations

import os
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from replay.model.page import PageError, PagePlayer, PageRecord
from replay.model.session import Session

#: Chromium's tile size for software raster (cc's TileSizeCalculator): a layer narrower than
#: 4096 px gets tiles as wide as the layer and 512 px high (a layer smaller than 4096x512 is
#: one tile). The default 256x256 tiles cut a 1366x768 page into ~24 quads, and Chromium's
#: software compositor (viz, in our process) draws each quad through Skia's image-shader
#: pipeline; one quad per 512 rows costs it 10-20 % less per seek, the raster the same
#: (measured: docs/pageview.md, "Inside the compositor's 20 ns a pixel"). Pixels unchanged.
TILE_FLAGS = (
    "--default-tile-width=4096",
    "--default-tile-height=512",
    "--max-untiled-layer-width=4096",
    "--max-untiled-layer-height=512",
)


def prepare_environment() -> None:
    """Set what Qt WebEngine needs before the QApplication exists (root: no sandbox).

    Flags already in ``QTWEBENGINE_CHROMIUM_FLAGS`` win: a tile flag set there (any value)
    is not added again.
    """
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--no-sandbox" not in flags:
        flags += " --no-sandbox"
    if "--disable-gpu" not in flags:  # software raster: the same pixels on every machine
        flags += " --disable-gpu"
    for flag in TILE_FLAGS:
        if flag.split("=")[0] + "=" not in flags:
            flags += " " + flag
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = flags.strip()
    # The page is drawn into an image, never on a GPU surface: Qt Quick's software
    # renderer avoids the GL/Vulkan probing (and its warnings) on machines without a GPU.
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    if QApplication.instance() is None:
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts, True)


class PageLayer(QObject):
    """Keep ``canvas.page_image`` in step with the controller's time."""

    availability_changed = Signal(bool)  # the session has a page to show

    def __init__(
        self, controller: Any, canvas: Any, *, enabled: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._canvas = canvas
        self._enabled = enabled
        self._player: PagePlayer | None = None
        self._renderer: Any = None
        self.record: PageRecord | None = None
        self.unavailable = ""  # why the web engine cannot run here, if it cannot
        self._asked: tuple[Any, ...] | None = None  # the page last asked of the renderer
        canvas.destroyed.connect(self._on_canvas_destroyed)
        # The zoom follows the stage: a resized or newly shown stage asks again (the same
        # zoom asks nothing: the request's key is unchanged).
        canvas.installEventFilter(self)
        controller.session_loaded.connect(self._on_session_loaded)
        controller.time_changed.connect(self._on_time_changed)
        if controller.session is not None:
            self._on_session_loaded(controller.session)

    def _canvas_ok(self) -> bool:
        return self._canvas is not None and shiboken6.isValid(self._canvas)

    def _show(self, image: Any, *, note: str) -> None:
        if self._canvas_ok():
            self._canvas.set_page(image, note=note)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ask for the page again when the stage is resized or shown."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and self._player is not None:
            self._request(self._controller.t_ms)
        return False

    def _on_canvas_destroyed(self) -> None:
        """Stop drawing pages: the stage is gone (its window closed)."""
        self._canvas = None
        self._player = None
        self.close()

    # -- state -------------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        """Whether the page is drawn (View ▸ Show page)."""
        return self._enabled

    @property
    def available(self) -> bool:
        """Whether the open session has a page that can be shown."""
        return self._player is not None

    def set_enabled(self, on: bool) -> None:
        """Show or hide the page behind the cursor overlay."""
        self._enabled = on
        self._asked = None
        if on:
            self._request(self._controller.t_ms)
        else:
            self._show(None, note="")

    def _renderer_obj(self) -> Any:
        if self._renderer is None:
            try:
                from replay.ui.page_render import PageRenderer

                self._renderer = PageRenderer(self)
            except (ImportError, RuntimeError, OSError) as exc:
                # No Qt WebEngine (a broken install or build): the stage stays, and says why.
                self._player = None
                self.unavailable = f"Qt WebEngine is not available ({exc})"
                self._show(
                    None, note=self.tr("The page cannot be shown: {0}").format(self.unavailable)
                )
                return None
            self._renderer.painted.connect(self._on_painted)
        return self._renderer

    def _on_session_loaded(self, session: Session) -> None:
        self._player = None
        self._asked = None
        self.record = None
        self._show(None, note="")
        if session.meta.format != "rrweb":
            self.availability_changed.emit(False)
            return
        record = session.page
        library = self._controller.library
        sid = self._controller.session_id
        if record is None and library is not None and sid is not None:
            try:
                record = library.load_page(sid)
            except Exception as exc:  # a damaged page must not stop the replay
                record = PageRecord(status="broken", reason=str(exc))
        self.record = record
        if record is not None and record.status == "ok" and record.chunks:
            self._player = PagePlayer(record)
        elif record is not None:
            why = record.reason or self.tr("no page was recorded")
            self._show(None, note=self.tr("The page cannot be shown: {0}").format(why))
        self.availability_changed.emit(self._player is not None)
        self._request(self._controller.t_ms)

    def _on_time_changed(self, t_ms: int) -> None:
        self._request(t_ms)

    def _request(self, t_ms: int) -> None:
        if not self._enabled or self._player is None:
            return
        try:
            frame = self._player.frame_at(int(t_ms))
        except PageError as exc:
            self._player = None
            self._show(None, note=self.tr("The page cannot be shown: {0}").format(exc))
            return
        renderer = self._renderer_obj()
        if renderer is None:
            return
        if not self._canvas_ok():
            return
        renderer.set_scale(
            self._canvas.screen_scale() if self._canvas.isVisible() else 1.0, stage=True
        )
        key = (
            frame.version,
            frame.scroll,
            frame.viewport,
            renderer.scale,
            _extras_key(frame.extras),
        )
        if key == self._asked and renderer.image is not None:
            return  # the same page as the last request: its image stands (clips, playback)
        self._asked = key
        renderer.show(frame)

    def _on_painted(self) -> None:
        if self._enabled and self._player is not None and self._renderer is not None:
            self._show(self._renderer.image, note="")

    # -- blocking use ------------------------------------------------------------------
    def render_now(self, t_ms: int, *, scale: float = 1.0, timeout_s: float = 60.0) -> None:
        """Draw the page at ``t_ms`` (``scale`` of its size) and give it to the canvas."""
        if not self._enabled or self._player is None:
            return
        frame = self._player.frame_at(int(t_ms))
        renderer = self._renderer_obj()
        if renderer is None:
            return
        renderer.set_scale(scale, stage=True)
        self._asked = None
        image = renderer.render_now(frame, timeout_s=timeout_s)
        self._show(image, note="")

    def wait_idle(self, *, timeout_s: float = 60.0) -> None:
        """Run the event loop until the page at the playhead is painted (screenshots)."""
        if self._renderer is None:
            return
        from replay.ui.page_render import wait_until

        wait_until(lambda: not self._renderer.busy, timeout_s=timeout_s)
        self._on_painted()

    def close(self) -> None:
        """Release the web engine page."""
        self._asked = None
        if self._renderer is not None:
            self._renderer.close()
            self._renderer = None


def _extras_key(extras: dict[str, Any]) -> tuple[Any, ...]:
    """Return what identifies the drawing of a frame's extras (canvas drawings, media).

    A canvas entry is ``[id, kind, signature, commands]``: the signature stands for the
    drawing (same signature, same drawing), so the commands need not be compared; other
    extras (media states) are small and compared whole.
    """
    canvas = tuple(
        (entry[0], entry[1], entry[2])
        if isinstance(entry, list) and len(entry) >= 3
        else repr(entry)
        for entry in extras.get("canvas", ()) or ()
    )
    rest = tuple((key, repr(value)) for key, value in sorted(extras.items()) if key != "canvas")
    return (canvas, rest)
