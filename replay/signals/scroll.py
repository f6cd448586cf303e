"""Scroll thrash and excessive scrolling (SIGNALS.md 10 "Scroll thrash").

Per scroll target, the vertical offset is cut into legs (same direction, no pause of
``pause_ms``); legs smaller than ``min_leg_px`` are jitter (fling settling, a nudge) and
ignored. A reversal is a big leg going the other way from the previous big leg.
``scroll_thrash``: at least ``min_reversals`` reversals within ``window_ms``; reading
with a small scroll back gives one or two. ``excessive_scroll`` (Clarity's "more up/down
scrolling than expected", fixed fallback): at least ``excessive_min_reversals``
reversals of legs of at least ``excessive_leg_viewports`` viewport heights within
``excessive_window_ms``: searching the page up and down. A leg that starts after a
pause is a new look, not a reversal. Span: first .. last scroll event of the episode's
legs; a short leg (under the size of a leg) that turned, with no pause, into the first
big leg begins the burst (the first swipe of a thrash that the end of the page stopped
after 55 px: the burst starts with the user's first reversal, not the page's).
"""

from __future__ import annotations

import numpy as np

from replay.model.session import Session
from replay.signals import reasons
from replay.signals._geom import dense_windows, legs
from replay.signals.config import SignalConfig
from replay.signals.hits import DetectorOutput, SignalHit
from replay.signals.prepared import Prepared

THRASH = "scroll_thrash"
EXCESSIVE = "excessive_scroll"


def detect(
    session: Session, config: SignalConfig, *, prep: Prepared | None = None
) -> DetectorOutput:
    """Find scroll thrash and excessive scrolling.

    Returns
    -------
    DetectorOutput
        Hits per episode; unavailable when the recording has no scroll channel.
    """
    if not session.has("scroll"):
        return DetectorOutput.unavailable_for(THRASH, EXCESSIVE, why=reasons.NO_SCROLL)
    out = DetectorOutput()
    sc = config.scroll
    scroll = session.channel("scroll")
    viewport_h = _viewport_height(session)
    for target in np.unique(scroll["target"]):
        rows = scroll["target"] == target
        t, y = scroll.t_ms[rows], scroll["y_px"][rows].astype(np.float64)
        start, end, amount = legs(t, y, pause_ms=sc.pause_ms)
        out.hits.extend(
            _episodes(
                THRASH,
                start,
                end,
                amount,
                min_leg=sc.min_leg_px,
                min_reversals=sc.min_reversals,
                window_ms=sc.window_ms,
                pause_ms=sc.pause_ms,
            )
        )
        out.hits.extend(
            _episodes(
                EXCESSIVE,
                start,
                end,
                amount,
                min_leg=sc.excessive_leg_viewports * viewport_h,
                min_reversals=sc.excessive_min_reversals,
                window_ms=sc.excessive_window_ms,
                pause_ms=sc.pause_ms,
            )
        )
    out.hits.sort(key=lambda h: (h.start_ms, h.signal))
    return out


def _viewport_height(session: Session) -> float:
    vp = session.channel("viewport")
    if len(vp):
        return float(np.median(vp["height_px"]))
    return float(session.meta.viewport_height_px or 800)


def _episodes(
    signal: str,
    start: np.ndarray,
    end: np.ndarray,
    amount: np.ndarray,
    *,
    min_leg: float,
    min_reversals: int,
    window_ms: int,
    pause_ms: int,
) -> list[SignalHit]:
    big = np.abs(amount) >= min_leg
    big_idx = np.flatnonzero(big)
    s, e, a = start[big], end[big], amount[big]
    if len(a) < 2:
        return []
    # a reversal: a big leg going the other way right after the previous one (no pause
    # between them; scrolling on after a pause is a new look, not a reversal)
    turned = (np.sign(a[1:]) != np.sign(a[:-1])) & (s[1:] - e[:-1] < pause_ms)
    turn = np.flatnonzero(turned) + 1  # index of the leg starting each reversal
    hits = []
    for i, j in dense_windows(s[turn], window_ms=window_ms, min_count=min_reversals):
        first_leg, last_leg = int(turn[i]) - 1, int(turn[j])
        n_rev = j - i + 1
        t0, t1 = int(s[first_leg]), int(e[last_leg])
        f = int(big_idx[first_leg])
        if (
            f > 0
            and np.sign(amount[f - 1]) != np.sign(amount[f])
            and start[f] - end[f - 1] < pause_ms
        ):
            t0 = int(start[f - 1])  # the short leg that turned into the burst begins it
        legs_px = np.abs(a[first_leg : last_leg + 1])
        travel = float(legs_px.sum())
        why = reasons.why(
            "excessive_scroll" if signal == EXCESSIVE else "scroll_thrash",
            n=n_rev,
            span_ms=t1 - t0,
            min_px=f"{legs_px.min():.0f}",
            max_px=f"{legs_px.max():.0f}",
            travel_px=f"{travel:.0f}",
        )
        reason = why.english()
        strength = float(min(1.0, 0.5 + 0.5 * (n_rev - min_reversals) / max(min_reversals, 1)))
        hits.append(
            SignalHit(
                signal=signal,
                start_ms=t0,
                end_ms=t1,
                strength=strength,
                reason=reason,
                evidence={
                    **why.fields(),
                    "reversals": n_rev,
                    "legs": int(last_leg - first_leg + 1),
                    "min_leg_px": round(float(legs_px.min()), 1),
                    "max_leg_px": round(float(legs_px.max()), 1),
                    "travel_px": round(travel, 1),
                    "duration_ms": t1 - t0,
                },
            )
        )
    return hits
