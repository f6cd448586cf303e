"""The engagement side of digital body language (SIGNALS.md 7 Medallia DXS, 1 PostHog).

Active time uses PostHog's segmenter rule: pointer, interaction, scroll, viewport, input
and media events are active, and a gap above ``active_gap_ms`` (5 s) ends a segment.
Scroll depth is the deepest scroll offset plus the viewport height; scroll speed is
the distance scrolled per second of scrolling; focus time is time spent in form fields
(focus -> blur).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from replay.model.session import InteractionKind, Session

_ACTIVE = ("pointer", "interactions", "scroll", "viewport", "inputs", "media")


def active_ms(session: Session, *, gap_ms: int) -> float:
    """Return active time in ms (PostHog: segments end after ``gap_ms`` without activity).

    That is the span from the first to the last active event minus the idle gaps
    (gaps longer than ``gap_ms`` between consecutive events of all channels merged).
    An idle gap must lie inside a long gap of *every* channel, so the idle gaps are the
    pieces longer than ``gap_ms`` of the intersection of the channels' long gaps: a
    sweep over a few interval ends instead of sorting every event of the session.
    """
    times = [session.channel(name).t_ms for name in _ACTIVE if session.has(name)]  # type: ignore[arg-type]
    times = [t for t in times if len(t)]
    if sum(len(t) for t in times) < 2:
        return 0.0
    lo_ms = min(int(t[0]) for t in times)
    hi_ms = max(int(t[-1]) for t in times)
    return float(hi_ms - lo_ms - _idle_ms(times, gap_ms=gap_ms))


def _idle_ms(times: list[npt.NDArray[np.int64]], *, gap_ms: int) -> int:
    """Return the total length of merged gaps longer than ``gap_ms`` (each ``t`` sorted)."""
    far = np.iinfo(np.int64)
    starts, ends = [], []
    for t in times:
        long_gap = np.flatnonzero(np.diff(t) > gap_ms)
        # a channel is idle in its long gaps and before its first / after its last event
        starts.append(np.concatenate([[far.min], t[long_gap], [t[-1]]]))
        ends.append(np.concatenate([[t[0]], t[long_gap + 1], [far.max]]))
    start, end = np.concatenate(starts), np.concatenate(ends)
    at = np.concatenate([end, start])
    delta = np.concatenate([np.full(len(end), -1), np.full(len(start), 1)])
    order = np.lexsort((delta, at))  # at equal times an end comes first (an event splits)
    at, covered = at[order], np.cumsum(delta[order])
    # after event i all channels idle until event i+1: a merged gap (open interval)
    piece = np.flatnonzero(covered[:-1] == len(times))
    a, b = at[piece], at[piece + 1]
    bounded = (a != far.min) & (b != far.max)  # not before the first / after the last event
    length = b[bounded] - a[bounded]
    return int(length[length > gap_ms].sum())


def engagement(session: Session, *, gap_ms: int) -> dict[str, float]:
    """Return engagement figures (all numbers, units in the keys)."""
    out: dict[str, float] = {
        "duration_ms": float(session.meta.duration_ms),
        "active_ms": active_ms(session, gap_ms=gap_ms),
    }
    out["active_fraction"] = round(out["active_ms"] / max(out["duration_ms"], 1.0), 4)
    scroll = session.channel("scroll")
    vp = session.channel("viewport")
    vh = float(np.median(vp["height_px"])) if len(vp) else float(session.meta.viewport_height_px)
    if len(scroll):
        y = scroll["y_px"].astype(np.float64)
        dist = np.abs(np.diff(y))
        gaps = np.diff(scroll.t_ms)
        scrolling_ms = float(gaps[gaps <= 1000].sum()) + 100.0
        out["scroll_max_y_px"] = float(y.max())
        out["scroll_depth_px"] = float(y.max()) + vh
        out["scroll_distance_px"] = float(dist.sum())
        out["scroll_speed_px_per_s"] = round(float(dist.sum()) / scrolling_ms * 1000.0, 1)
    else:
        out["scroll_max_y_px"] = 0.0
        out["scroll_depth_px"] = vh
        out["scroll_distance_px"] = 0.0
        out["scroll_speed_px_per_s"] = 0.0
    inter = session.channel("interactions")
    out["clicks"] = float(np.count_nonzero(inter["kind"] == InteractionKind.CLICK))
    out["inputs"] = float(len(session.channel("inputs")))
    out["focus_ms"] = _focus_ms(session)
    return out


def _focus_ms(session: Session) -> float:
    inter = session.channel("interactions")
    kind = inter["kind"]
    sel = (kind == InteractionKind.FOCUS) | (kind == InteractionKind.BLUR)
    t = inter.t_ms[sel]
    k = kind[sel]
    if len(t) < 2:
        return 0.0
    # a focus followed by the next focus/blur event: time spent in that field
    is_focus = k[:-1] == InteractionKind.FOCUS
    span = np.diff(t)[is_focus]
    return float(np.minimum(span, 10 * 60 * 1000).sum())
