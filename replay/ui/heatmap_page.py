"""The recorded page as an RGBA image for the Qt-free insights core (issue 17).

Two adapters over :class:`~replay.ui.page_render.PageRenderer` (inert, offline: no script
of the page runs, nothing is fetched):

- :class:`PageBackground` is a :data:`replay.insights.heatmap.Background`: the page of the
  heatmap's :class:`~replay.insights.heatmap.PageMoment`, the **whole document** laid out
  at the drawn viewport width and the recorded viewport height, so that document
  coordinates agree with the heat. It is drawn screen by screen (scrolled to 0, one
  viewport height, two, ...) and the screens are stacked at the scroll offsets Blink
  reports: the layout is the one the visitor had (``vh`` units, media queries), and an
  element fixed to the screen (a sticky header) shows once per screen, as it did to them.
- :class:`PageFrames` is a :data:`replay.insights.report.FrameBackground`: the page at a
  problem's moment, at the recorded viewport and scroll (the report draws the cursor
  overlay on it).

Both return None (the core then draws its blank stage) when the session has no page, the
page is damaged, or Qt WebEngine cannot run; :attr:`last_error` says why.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from PySide6.QtGui import QImage
from PySide6.QtWebEngineCore import QWebEngineScript

from replay.errors import ReplayError
from replay.model.page import PageError, PageFrame, PagePlayer

if TYPE_CHECKING:
    from replay.insights.heatmap import BackgroundRequest
    from replay.model.session import Session
    from replay.store.library import Library

#: Blank below the end of the recorded document (the heat may reach further: other
#: sessions' pages were longer).
PAST_END_RGB = (244, 245, 247)


def qimage_to_rgba(image: QImage) -> npt.NDArray[np.uint8]:
    """Return an (H, W, 4) uint8 RGBA copy of ``image``."""
    img = image.convertToFormat(QImage.Format.Format_RGBA8888)
    w, h = img.width(), img.height()
    buf = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
    rows = buf.reshape(h, img.bytesPerLine())[:, : w * 4]
    return rows.reshape(h, w, 4).copy()


def _hide_markers(tile: npt.NDArray[np.uint8]) -> None:
    """Paint over the renderer's two paint markers with the pixels beside them.

    They sit in the top-left and bottom-right corners, at most 2 device px each.
    """
    h, w = tile.shape[:2]
    if w > 4 and h > 4:
        tile[:2, :2] = tile[2:4, 2:4]
        tile[h - 2 :, w - 2 :] = tile[h - 4 : h - 2, w - 4 : w - 2]


class _Renderer:
    """One lazily made :class:`PageRenderer`, shared by the calls of an adapter."""

    def __init__(self, library: Library, *, timeout_s: float) -> None:
        self.library = library
        self.timeout_s = timeout_s
        self.last_error = ""
        self._renderer: Any = None
        self._players: dict[int, PagePlayer | None] = {}

    def renderer(self) -> Any:
        if self._renderer is None:
            from replay.ui.page_render import PageRenderer, ensure_application

            ensure_application()
            self._renderer = PageRenderer()
        return self._renderer

    def player(self, session_id: int) -> PagePlayer | None:
        if session_id not in self._players:
            player = None
            try:
                record = self.library.load_page(session_id)
                if record.status == "ok" and record.chunks:
                    player = PagePlayer(record)
                else:
                    self.last_error = record.reason or "no page was recorded"
            except (ReplayError, PageError) as exc:
                self.last_error = str(exc)
            self._players[session_id] = player
        return self._players[session_id]

    def frame(self, session_id: int, t_ms: int) -> PageFrame | None:
        player = self.player(session_id)
        if player is None:
            return None
        try:
            return player.frame_at(int(t_ms))
        except PageError as exc:
            self.last_error = str(exc)
            self._players[session_id] = None
            return None

    def close(self) -> None:
        if self._renderer is not None:
            self._renderer.close()
            self._renderer = None


class PageBackground:
    """A heatmap background: the whole recorded document at the heatmap's moment.

    Parameters
    ----------
    library : Library
        The open library the heatmap was computed on.
    timeout_s : float
        Longest wait for one screen to paint.
    """

    def __init__(self, library: Library, *, timeout_s: float = 30.0) -> None:
        self._r = _Renderer(library, timeout_s=timeout_s)
        #: Document height of the last page drawn (CSS px, as Blink laid it out).
        self.document_height_px = 0.0
        self.screens = 0
        # The last few pages drawn: switching the kind or a filter that keeps the same
        # page (the app) draws the heat over the image already made.
        self._cache: dict[tuple[Any, ...], tuple[npt.NDArray[np.uint8], float, int]] = {}

    @property
    def last_error(self) -> str:
        """Why the last call returned None ('' when it did not)."""
        return self._r.last_error

    def __call__(self, request: BackgroundRequest) -> npt.NDArray[np.uint8] | None:
        moment = request.moment
        self._r.last_error = ""
        if moment is None:
            self._r.last_error = "no pooled session of this page has a recorded page"
            return None
        key = (
            moment.session_id,
            moment.t_ms,
            moment.viewport_px,
            request.width_px,
            request.height_px,
            request.scale,
        )
        if key in self._cache:
            image, self.document_height_px, self.screens = self._cache[key]
            return image.copy()  # render() draws on what it gets
        frame = self._r.frame(moment.session_id, moment.t_ms)
        if frame is None:
            return None
        try:
            image = self.document(frame, request.width_px, moment.viewport_px[1], request)
        except (TimeoutError, RuntimeError, ImportError, OSError) as exc:
            self._r.last_error = f"the page could not be drawn ({exc})"
            return None
        while len(self._cache) >= 4:
            self._cache.pop(next(iter(self._cache)))
        self._cache[key] = (image, self.document_height_px, self.screens)
        return image.copy()

    def document(
        self, frame: PageFrame, width: int, screen_h: int, request: BackgroundRequest
    ) -> npt.NDArray[np.uint8]:
        """Draw ``frame``'s whole document at ``width`` x ``screen_h`` screens, stacked."""
        renderer = self._r.renderer()
        renderer.set_scale(request.scale)
        scale = float(renderer.scale)
        width, screen_h = max(int(width), 1), max(int(screen_h), 1)
        doc_h = max(int(request.height_px), 1)
        out_w = max(round(width * scale), 1)
        out_h = max(round(doc_h * scale), 1)
        out = np.empty((out_h, out_w, 4), dtype=np.uint8)
        out[..., :3] = PAST_END_RGB
        out[..., 3] = 255
        y = 0.0
        self.screens = 0
        while y < doc_h:
            tile_frame = PageFrame(
                html=frame.html,
                scroll=(0.0, y),
                viewport=(width, screen_h),
                href=frame.href,
                version=frame.version,
                problems=frame.problems,
                # Inner elements at their offsets (the cached HTML may carry older ones).
                extras={k: v for k, v in frame.extras.items() if k == "scroll"},
            )
            tile = qimage_to_rgba(renderer.render_now(tile_frame, timeout_s=self._r.timeout_s))
            _hide_markers(tile)
            self.screens += 1
            applied = list(renderer.applied)
            sy = applied[4] if len(applied) >= 6 else y
            self.document_height_px = applied[5] if len(applied) >= 6 else float(doc_h)
            top = round(sy * scale)
            rows = min(tile.shape[0], out_h - top)
            cols = min(tile.shape[1], out_w)
            if rows > 0 and top >= 0:
                out[top : top + rows, :cols] = tile[:rows, :cols]
            # The page may end before the heat does (Blink clamps the scroll): stop there.
            if sy + 0.5 < y or sy + screen_h >= self.document_height_px:
                break
            y = sy + screen_h
        # Below the recorded document: the blank colour, not a stretched last screen.
        end = round(max(self.document_height_px, screen_h) * scale)
        if end < out_h:
            out[end:, :, :3] = PAST_END_RGB
        return out

    def inspect(self, selector: str) -> dict[str, Any] | None:
        """Return where Blink laid out the first element matching ``selector``.

        In the page drawn last: ``box`` (x, y, width, height in document CSS px) and
        ``background`` (its computed background colour, CSS text). For tests and audits.
        """
        from replay.ui.page_render import wait_until

        renderer = self._r.renderer()
        script = (
            "(function (s) { const e = document.querySelector(s); if (!e) return '';"
            " const r = e.getBoundingClientRect();"
            " return JSON.stringify({box: [r.left + window.scrollX, r.top + window.scrollY,"
            " r.width, r.height], background: getComputedStyle(e).backgroundColor}); })"
            f"({json.dumps(selector)})"
        )
        got: list[Any] = []
        renderer.page.runJavaScript(
            script, QWebEngineScript.ScriptWorldId.ApplicationWorld, got.append
        )
        wait_until(lambda: bool(got), timeout_s=self._r.timeout_s)
        try:
            found = json.loads(got[0]) if got and got[0] else None
        except ValueError:
            found = None
        return found if isinstance(found, dict) else None

    def close(self) -> None:
        """Release the web engine page."""
        self._r.close()


class PageFrames:
    """A report frame background: the recorded page at a moment, as the visitor saw it.

    The page is laid out at the recorded viewport and scrolled as recorded; the report
    draws the cursor trail, the clicks and the problem's mark over it.
    """

    def __init__(self, library: Library, *, timeout_s: float = 30.0) -> None:
        self._r = _Renderer(library, timeout_s=timeout_s)
        self._ids: dict[str, int | None] = {}

    @property
    def last_error(self) -> str:
        """Why the last call returned None ('' when it did not)."""
        return self._r.last_error

    def _session_id(self, session: Session) -> int | None:
        key = session.meta.content_hash
        if key not in self._ids:
            library = self._r.library
            with library.guard():
                row = library.db.conn.execute(
                    "SELECT id FROM sessions WHERE content_hash = ?", [key]
                ).fetchone()
            self._ids[key] = None if row is None else int(row[0])
        return self._ids[key]

    def __call__(self, session: Session, t_ms: int) -> npt.NDArray[np.uint8] | None:
        self._r.last_error = ""
        if session.meta.format != "rrweb":
            return None
        sid = self._session_id(session)
        frame = None if sid is None else self._r.frame(sid, t_ms)
        if frame is None:
            return None
        try:
            from replay.insights.report import FRAME_HEIGHT_PX, FRAME_WIDTH_PX

            renderer = self._r.renderer()
            w, h = max(frame.viewport[0], 1), max(frame.viewport[1], 1)
            # No more pixels than the report shows (the renderer's floor is 25 %).
            renderer.set_scale(min(1.0, FRAME_WIDTH_PX / w, FRAME_HEIGHT_PX / h))
            image = renderer.render_now(frame, timeout_s=self._r.timeout_s)
        except (TimeoutError, RuntimeError, ImportError, OSError) as exc:
            self._r.last_error = f"the page could not be drawn ({exc})"
            return None
        tile = qimage_to_rgba(image)
        _hide_markers(tile)
        return tile

    def close(self) -> None:
        """Release the web engine page."""
        self._r.close()
