"""What the replay canvas draws at a time ``t_ms``: arrays extracted once, O(log n) lookups.

:class:`CanvasData` pulls the columns the canvas needs out of a session once (views on
the read-only channel columns, no copies of the large ones); :meth:`CanvasData.frame_at`
answers "what is on screen at ``t_ms``" with ``np.searchsorted`` only, so a frame costs
O(trail + ripples) whatever the session's size (issue 5: 60 fps on a million events).
No Qt here: the painting is in :mod:`replay.ui.canvas` and the timelines; both get the one
``CanvasData`` of the open session from :attr:`replay.review.model.ReviewModel.canvas_data`.
Display names of signals come in as a function (the app passes its translated
``replay.ui.i18n.signal_name``), so this module imports nothing of the UI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from replay.model.session import Device, InteractionKind, PointerType, Session
from replay.model.timeline import (
    document_scroll_targets,
    index_at,
    int_key,
    orientation_track,
)
from replay.signals import DetectionResult

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

#: Cursor trail length (ms of session time) and the most points drawn in it.
TRAIL_MS = 1_500
MAX_TRAIL_POINTS = 240
#: A click ripple expands and fades over this long (ms of session time).
RIPPLE_MS = 600
MAX_RIPPLES = 64
#: Device frame rotation animation (ms of session time, so screenshots are reproducible).
ROTATE_MS = 300
#: A hit's label stays on screen this long after it ends (ms).
HIT_LABEL_MS = 1_500

#: Click classes (ripple colours, see theme.py).
CLICK, TAP, RAGE, DEAD = 0, 1, 2, 3


def _empty_i64() -> I64:
    return np.empty(0, dtype=np.int64)


def _empty_f32() -> F32:
    return np.empty(0, dtype=np.float32)


@dataclass(frozen=True, slots=True)
class Frame:
    """Everything drawn at one instant (screen-independent, page px)."""

    t_ms: int
    width_px: int
    height_px: int
    angle_deg: float  # current orientation
    rotate_from_deg: float  # orientation before the last change
    rotate_progress: float  # 0 at the change, 1 once the animation is over
    url: str
    scroll_y_px: float
    page_height_px: float
    cursor: tuple[float, float] | None
    trail_x: F32
    trail_y: F32
    trail_age_ms: F64  # 0 = now, TRAIL_MS = oldest
    ripple_x: F32
    ripple_y: F32
    ripple_age_ms: F64
    ripple_class: npt.NDArray[np.int8]
    # (signal id for the colour, translated text with the target, x_px, y_px, age fraction)
    hit_labels: list[tuple[str, str, float, float, float]]


def plain_signal_name(signal: str) -> str:
    """Return the untranslated display name of a signal id (``rage_click`` -> ``rage click``)."""
    return signal.replace("_", " ")


class CanvasData:
    """Columns of one session prepared for drawing.

    Parameters
    ----------
    session : Session
        The session shown.
    result : DetectionResult, optional
        Its hits colour rage and dead clicks and label them on the canvas.
    signal_label : callable, optional
        Display name of a signal id for the hit labels (default: :func:`plain_signal_name`).
    """

    def __init__(
        self,
        session: Session,
        result: DetectionResult | None = None,
        *,
        signal_label: Callable[[str], str] = plain_signal_name,
    ) -> None:
        meta = session.meta
        self.session = session
        self.result = result
        self.device = meta.device
        self.format = meta.format
        self.duration_ms = int(meta.duration_ms)
        self.strings = session.strings
        pointer = session.channel("pointer")
        self.p_t: I64 = pointer.t_ms
        self.p_x: F32 = pointer["x_px"]
        self.p_y: F32 = pointer["y_px"]
        self._init_clicks(session, result)
        self._init_viewport(session)
        self._init_scroll(session)
        nav = session.channel("navigation")
        self.n_t: I64 = nav.t_ms
        self.n_url: npt.NDArray[np.int32] = nav["url"]
        self._init_hits(result, signal_label)

    @property
    def is_handheld(self) -> bool:
        """True for mobile and tablet sessions (drawn in a device frame)."""
        return self.device in (Device.MOBILE, Device.TABLET)

    def _init_clicks(self, session: Session, result: DetectionResult | None) -> None:
        inter = session.channel("interactions")
        kind = inter["kind"]
        keep = (kind == InteractionKind.CLICK) | (kind == InteractionKind.DBL_CLICK)
        if not keep.any():  # touch recordings without synthetic clicks
            keep = kind == InteractionKind.TOUCH_START
        keep &= np.isfinite(inter["x_px"]) & np.isfinite(inter["y_px"])
        self.c_t: I64 = inter.t_ms[keep]
        self.c_x: F32 = inter["x_px"][keep]
        self.c_y: F32 = inter["y_px"][keep]
        cls = np.where(inter["pointer"][keep] == PointerType.TOUCH, TAP, CLICK).astype(np.int8)
        # A click inside a rage (or dead) hit's span takes that hit's colour; hits are few.
        for hit in result.hits if result is not None else ():
            code = RAGE if "rage" in hit.signal else DEAD if "dead" in hit.signal else None
            if code is None:
                continue
            lo = np.searchsorted(self.c_t, hit.start_ms, side="left")
            hi = np.searchsorted(self.c_t, hit.end_ms, side="right")
            sel = cls[int(lo) : int(hi)]
            if code == DEAD:
                sel[sel != RAGE] = DEAD
            else:
                sel[:] = RAGE
        self.c_cls = cls

    def _init_viewport(self, session: Session) -> None:
        meta = session.meta
        vp = session.channel("viewport")
        if len(vp):
            self.v_t: I64 = vp.t_ms
            self.v_w = vp["width_px"]
            self.v_h = vp["height_px"]
        else:
            self.v_t = np.zeros(1, dtype=np.int64)
            self.v_w = np.array([max(1, meta.viewport_width_px)], dtype=np.int32)
            self.v_h = np.array([max(1, meta.viewport_height_px)], dtype=np.int32)
        self.o_t, self.o_deg = orientation_track(session)

    def _init_scroll(self, session: Session) -> None:
        scroll = session.channel("scroll")
        self.has_scroll = session.has("scroll") and len(scroll) > 0
        if not self.has_scroll:
            self.s_t, self.s_y = _empty_i64(), _empty_f32()
            self.page_height_px = float(self.v_h.max())
            return
        # The page's own scroll, every page load's document (the CSV export's rule too).
        main = np.isin(scroll["target"], document_scroll_targets(session))
        self.s_t = scroll.t_ms[main]
        self.s_y = scroll["y_px"][main]
        self.page_height_px = float(self.s_y.max(initial=0.0)) + float(self.v_h.max())

    def _init_hits(
        self, result: DetectionResult | None, signal_label: Callable[[str], str]
    ) -> None:
        hits = [
            h
            for h in (result.hits if result is not None else ())
            if h.x_px is not None and h.y_px is not None
        ]
        self.h_start = np.array([h.start_ms for h in hits], dtype=np.int64)
        self.h_end = np.array([h.end_ms for h in hits], dtype=np.int64)
        self.h_x = np.array([h.x_px for h in hits], dtype=np.float32)
        self.h_y = np.array([h.y_px for h in hits], dtype=np.float32)
        self.h_signal = [h.signal for h in hits]
        # Translated name (issue 6) and what was clicked, so the reviewer sees *what* failed.
        self.h_text = [_hit_text(signal_label(h.signal), h.target) for h in hits]

    # --- per frame: searchsorted only ----------------------------------------------------

    def frame_at(self, t_ms: float) -> Frame:
        """Return what is on screen at ``t_ms`` (O(trail + ripples), no per-event loop)."""
        t = float(min(max(t_ms, 0), self.duration_ms))
        iv = max(index_at(self.v_t, t), 0)
        io = index_at(self.o_t, t)
        angle = float(self.o_deg[io]) if io >= 0 else 0.0
        before = float(self.o_deg[io - 1]) if io >= 1 else angle
        progress = min(1.0, (t - float(self.o_t[io])) / ROTATE_MS) if io >= 1 else 1.0
        inav = index_at(self.n_t, t)
        url = self.strings[int(self.n_url[inav])] if inav >= 0 else ""
        iscroll = index_at(self.s_t, t)
        scroll_y = float(self.s_y[iscroll]) if iscroll >= 0 else 0.0

        lo = int(np.searchsorted(self.p_t, int_key(self.p_t, t - TRAIL_MS), side="right"))
        hi = int(np.searchsorted(self.p_t, int_key(self.p_t, t), side="right"))
        cursor = (float(self.p_x[hi - 1]), float(self.p_y[hi - 1])) if hi > 0 else None
        step = max(1, (hi - lo) // MAX_TRAIL_POINTS)
        # Stride back from the newest point so it is always kept exactly.
        idx = np.arange(hi - 1, lo - 1, -step)[::-1] if hi > lo else np.empty(0, np.int64)
        trail_x, trail_y = self.p_x[idx], self.p_y[idx]
        trail_age = t - self.p_t[idx].astype(np.float64)

        rlo = int(np.searchsorted(self.c_t, int_key(self.c_t, t - RIPPLE_MS), side="right"))
        rhi = int(np.searchsorted(self.c_t, int_key(self.c_t, t), side="right"))
        rlo = max(rlo, rhi - MAX_RIPPLES)
        rs = slice(rlo, int(rhi))
        hits = np.flatnonzero((self.h_start <= t) & (self.h_end + HIT_LABEL_MS >= t))
        labels = [
            (
                self.h_signal[i],
                self.h_text[i],
                float(self.h_x[i]),
                float(self.h_y[i]),
                max(0.0, (t - float(self.h_end[i])) / HIT_LABEL_MS),
            )
            for i in hits[:8]
        ]
        return Frame(
            t_ms=int(t),
            width_px=int(self.v_w[iv]),
            height_px=int(self.v_h[iv]),
            angle_deg=angle,
            rotate_from_deg=before,
            rotate_progress=max(0.0, progress),
            url=url,
            scroll_y_px=scroll_y,
            page_height_px=max(self.page_height_px, scroll_y + float(self.v_h[iv])),
            cursor=cursor,
            trail_x=trail_x,
            trail_y=trail_y,
            trail_age_ms=trail_age,
            ripple_x=self.c_x[rs],
            ripple_y=self.c_y[rs],
            ripple_age_ms=t - self.c_t[rs].astype(np.float64),
            ripple_class=self.c_cls[rs],
            hit_labels=labels,
        )


#: Longest target description shown beside a hit on the canvas (characters).
MAX_TARGET_CHARS = 40


def _hit_text(name: str, target: str | None) -> str:
    """Return a hit's canvas label: its name, then the target it happened on, if known."""
    if not target:
        return name
    if len(target) > MAX_TARGET_CHARS:
        target = target[: MAX_TARGET_CHARS - 1] + "…"
    return f"{name} · {target}"
