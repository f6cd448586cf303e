"""The engagement side of digital body language (SIGNALS.md 7 Medallia DXS, 1 PostHog).

Active time uses PostHog's segmenter rule: pointer, interaction, scroll, viewport, input
and media events are active, and a gap above ``active_gap_ms`` (5 s) ends a segment.
Scroll depth is the deepest scroll offset plus the viewport height; scroll speed is
the distance scrolled per second of scrolling; focus time is time spent in form fields
(focus -> blur).
"""

from __future__ import annotations

import numpy as np

from replay.model.session import InteractionKind, Session

_ACTIVE = ("pointer", "interactions", "scroll", "viewport", "inputs", "media")


def active_ms(session: Session, *, gap_ms: int) -> float:
    """Return active time in ms (PostHog: segments end after ``gap_ms`` without activity)."""
    times = [session.channel(name).t_ms for name in _ACTIVE if session.has(name)]  # type: ignore[arg-type]
    # stable sort = timsort/radix merging the already sorted channels (3x faster here)
    t = np.sort(np.concatenate(times), kind="stable") if times else np.empty(0, dtype=np.int64)
    if len(t) < 2:
        return 0.0
    gaps = np.diff(t)
    return float(gaps[gaps <= gap_ms].sum())


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
