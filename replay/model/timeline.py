"""What the screen looked like at one moment: cursor, viewport, orientation, scroll, URL, click.

Every channel is sorted by ``t_ms``, so "the value at time t" is the last row at or before
t, found by ``np.searchsorted(t_ms, t, side="right") - 1`` in O(log N) (STYLE.md 6.2).
:class:`SessionTimeline` does the per-session work once (the click rows, the document's
scroll rows) so the app can ask for a state every frame; :func:`state_at` is the one-off
form the export uses.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from replay.model.session import Device, InteractionKind, Session

#: Tags of nodes whose scroll is the page's own scroll (rrweb records the document node's id).
_DOCUMENT_TAGS = frozenset({"#document", "document", "html", "body"})


def index_at(t_ms_array: npt.NDArray[np.int64], t_ms: float) -> int:
    """Return the index of the last row with ``t_ms_array[i] <= t_ms``, or -1 if none.

    Parameters
    ----------
    t_ms_array : (N,) int64
        Sorted times in ms.
    t_ms : int or float
        The moment asked about, in ms since the session start (a frame's time may be
        fractional).
    """
    return int(np.searchsorted(t_ms_array, int_key(t_ms_array, t_ms), side="right")) - 1


def int_key(t_ms_array: npt.NDArray[Any], t_ms: float) -> Any:
    """Return ``t_ms`` as a key that ``searchsorted(..., side="right")`` finds as fast.

    A float key on an integer array makes numpy convert the whole array to float64 on
    every call (O(N): ~1 ms on a million rows, every frame). On integers, ``a <= t`` is
    ``a <= floor(t)``, so the floor, as an int64, gives the same "right" index in O(log N).
    Keys that are not finite or are too large for int64 are passed through unchanged.
    """
    if (
        t_ms_array.dtype.kind in "iu"
        and isinstance(t_ms, float | np.floating)
        and math.isfinite(t_ms)
        and abs(t_ms) < 2.0**62
    ):
        return np.int64(math.floor(t_ms))
    return t_ms


def value_at(
    t_ms_array: npt.NDArray[np.int64],
    values: npt.NDArray[Any],
    t_ms: int,
    *,
    default: Any = None,
) -> Any:
    """Return the value in force at ``t_ms``: ``values`` of the last row at or before it.

    Parameters
    ----------
    t_ms_array : (N,) int64
        Sorted times in ms.
    values : (N,) array
        One value per time.
    t_ms : int
        The moment asked about.
    default : object
        Returned when no row is at or before ``t_ms`` (including an empty channel).

    Returns
    -------
    object
        A numpy scalar of ``values``' dtype, or ``default``.
    """
    i = index_at(t_ms_array, t_ms)
    return default if i < 0 else values[i]


def derived_orientation_deg(
    device: Device | str, width_px: npt.ArrayLike, height_px: npt.ArrayLike
) -> npt.NDArray[np.float32]:
    """Return the screen angle implied by viewport sizes, for recordings without a sensor.

    Phones and tablets are portrait by nature: 90 when wider than tall, else 0. Desktops
    (and unknown devices) are landscape by nature: 0, or 90 when taller than wide (a
    monitor turned on its side).

    Parameters
    ----------
    device : Device or str
        The session's device.
    width_px, height_px : (N,) array-like or scalars
        Viewport sizes.

    Returns
    -------
    (N,) float32
        Angles in degrees (0 or 90), shaped like the inputs.
    """
    w = np.asarray(width_px)
    h = np.asarray(height_px)
    turned = w > h if str(device) in (Device.MOBILE, Device.TABLET) else h > w
    return np.where(turned, 90.0, 0.0).astype(np.float32)


def orientation_track(
    session: Session,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    """Return the screen angle over time as steps: the angle holds from each ``t_ms`` on.

    With an orientation channel its readings are the steps; before the first reading
    (recorders report on change only) the viewport's shape says the angle, and where that
    shape agrees with the first reading, the reading's exact angle (90 or 270) is used.
    Without one, the angle is derived from every viewport size
    (:func:`derived_orientation_deg`). Consecutive equal angles are merged. Before the
    first step, the first step's angle is the answer.

    Returns
    -------
    t_ms : (N,) int64
        Step times, ms since the session start, sorted; N >= 1.
    angle_deg : (N,) float32
        The angle from each step on.
    """
    meta = session.meta
    vp = session.channel("viewport")
    if len(vp):
        v_t, v_w, v_h = vp.t_ms, vp["width_px"], vp["height_px"]
    else:
        v_t = np.zeros(1, dtype=np.int64)
        v_w = np.array([meta.viewport_width_px], dtype=np.int32)
        v_h = np.array([meta.viewport_height_px], dtype=np.int32)
    derived = derived_orientation_deg(meta.device, v_w, v_h)
    orient = session.channel("orientation")
    if len(orient):
        first = np.float32(orient["angle_deg"][0])
        before = v_t < orient.t_ms[0]
        if not before.any():  # no viewport before the first reading: its shape still counts
            before[0] = True
        pre_t, pre_deg = v_t[before], derived[before].copy()
        pre_deg[(pre_deg == 90.0) == (float(first) % 180 == 90)] = first
        t = np.concatenate((np.minimum(pre_t, orient.t_ms[0]), orient.t_ms))
        deg = np.concatenate((pre_deg, orient["angle_deg"]))
    else:
        t, deg = v_t, derived
    keep = np.concatenate(([True], deg[1:] != deg[:-1]))
    return t[keep].astype(np.int64), deg[keep].astype(np.float32)


@dataclass(frozen=True, slots=True)
class SessionState:
    """The state of a replayed session at one moment; None where the recording cannot say.

    Attributes
    ----------
    t_ms : int
        The moment, ms since the session start.
    cursor_x_px, cursor_y_px : float or None
        Last pointer position at or before ``t_ms`` (client px); None before the first.
    viewport_width_px, viewport_height_px : int
        Viewport in force (the first one before any resize; the session's when none).
    orientation_deg : float
        Screen angle (0, 90, 180, 270) from the orientation channel, else derived from
        the viewport: phones and tablets are portrait by nature (90 when wider than tall,
        else 0); desktops are landscape by nature, so a desktop is 0 unless its viewport
        is taller than wide (a rotated monitor, 90).
    scroll_x_px, scroll_y_px : float or None
        The page's (document's) scroll offset; 0 before the first scroll of a recording
        that has a scroll channel, None for one that has none (mouse logs).
    url : str
        The page URL in force (the first one before any; "" when unknown).
    last_click_ms : int or None
        Time of the last click at or before ``t_ms``.
    last_click_x_px, last_click_y_px : float or None
        Where that click was (None when unknown).
    """

    t_ms: int
    cursor_x_px: float | None
    cursor_y_px: float | None
    viewport_width_px: int
    viewport_height_px: int
    orientation_deg: float
    scroll_x_px: float | None
    scroll_y_px: float | None
    url: str
    last_click_ms: int | None
    last_click_x_px: float | None
    last_click_y_px: float | None


def _float_or_none(value: Any) -> float | None:
    if value is None:
        return None
    out = float(value)
    return None if np.isnan(out) else out


def document_scroll_targets(session: Session) -> npt.NDArray[np.int32]:
    """Return the ``scroll.target`` values that are the page's own scroll (maybe empty).

    The importer records the scrolled node; the page is the target -1 (no node) or a node
    tagged ``#document``/``html``/``body`` (one per page load: rrweb node ids restart with
    every load). Failing both, the target scrolled most often is taken.
    """
    targets = session.channel("scroll")["target"]
    if len(targets) == 0:
        return np.empty(0, dtype=np.int32)
    found = np.unique(targets)
    docs = [
        int(t)
        for t in found
        if t == -1
        or ((node := session.node(int(t))) is not None and node.tag.lower() in _DOCUMENT_TAGS)
    ]
    if not docs:
        values, counts = np.unique(targets, return_counts=True)
        docs = [int(values[int(np.argmax(counts))])]
    return np.asarray(docs, dtype=np.int32)


class SessionTimeline:
    """Per-session lookup of :class:`SessionState`, prepared once, O(log N) per query.

    Parameters
    ----------
    session : Session
        The session to look into (not copied; its arrays are read-only).
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self._pointer = session.channel("pointer")
        self._viewport = session.channel("viewport")
        self._angle_t, self._angle_deg = orientation_track(session)
        self._navigation = session.channel("navigation")
        inter = session.channel("interactions")
        self._clicks = inter.mask(inter["kind"] == InteractionKind.CLICK)
        self._has_scroll = session.has("scroll")
        scroll = session.channel("scroll")
        self._scroll = scroll.mask(np.isin(scroll["target"], document_scroll_targets(session)))

    def state_at(self, t_ms: int) -> SessionState:
        """Return the session's state at ``t_ms`` (ms since the session start)."""
        meta = self.session.meta
        p = index_at(self._pointer.t_ms, t_ms)
        v = index_at(self._viewport.t_ms, t_ms)
        if v < 0 and len(self._viewport):
            v = 0  # before the first resize the first known viewport is the best answer
        width = int(self._viewport["width_px"][v]) if v >= 0 else meta.viewport_width_px
        height = int(self._viewport["height_px"][v]) if v >= 0 else meta.viewport_height_px
        angle = float(self._angle_deg[max(index_at(self._angle_t, t_ms), 0)])
        s = index_at(self._scroll.t_ms, t_ms)
        scroll_x: float | None = None
        scroll_y: float | None = None
        if s >= 0:
            scroll_x = float(self._scroll["x_px"][s])
            scroll_y = float(self._scroll["y_px"][s])
        elif self._has_scroll:
            scroll_x = scroll_y = 0.0
        n = index_at(self._navigation.t_ms, t_ms)
        if n < 0 and len(self._navigation):
            n = 0  # before the first Meta event (a few ms in) the first page is the answer
        url = self.session.string(int(self._navigation["url"][n])) if n >= 0 else ""
        c = index_at(self._clicks.t_ms, t_ms)
        return SessionState(
            t_ms=int(t_ms),
            cursor_x_px=float(self._pointer["x_px"][p]) if p >= 0 else None,
            cursor_y_px=float(self._pointer["y_px"][p]) if p >= 0 else None,
            viewport_width_px=width,
            viewport_height_px=height,
            orientation_deg=angle,
            scroll_x_px=scroll_x,
            scroll_y_px=scroll_y,
            url=url,
            last_click_ms=int(self._clicks.t_ms[c]) if c >= 0 else None,
            last_click_x_px=_float_or_none(self._clicks["x_px"][c]) if c >= 0 else None,
            last_click_y_px=_float_or_none(self._clicks["y_px"][c]) if c >= 0 else None,
        )


def state_at(session: Session, t_ms: int) -> SessionState:
    """Return the state of ``session`` at ``t_ms`` (ms since its start).

    For many queries on one session (every frame of a replay) build a
    :class:`SessionTimeline` once and call its :meth:`~SessionTimeline.state_at`.
    """
    return SessionTimeline(session).state_at(t_ms)
