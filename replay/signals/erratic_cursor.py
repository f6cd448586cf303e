"""Thrashed / erratic cursor (SIGNALS.md 10 "Thrashed cursor"; Amplitude, OpenReplay).

On mouse positions only (a finger swiping a page is scrolling, not thrashing): steps
under ``min_step_px`` are jitter; direction reversals are counted on x and y together.
An episode is a stretch where some ``window_ms`` window holds at least
``min_reversals`` reversals, the path between its first and last reversal is at least
``min_path_px`` long and its mean speed at least ``min_speed_px_per_s``: slow
left-right reading sweeps (Medallia's "Reading") stay below. Span: the first .. last
recorded position of the episode, extended over the continuous movement into the first
and out of the last reversal (samples less than ``max_gap_ms`` apart).
"""

from __future__ import annotations

import numpy as np

from replay.model.session import PointerKind, Session
from replay.signals._geom import dense_windows, reversal_indices
from replay.signals.config import SignalConfig
from replay.signals.hits import DetectorOutput, SignalHit

SIGNAL = "erratic_cursor"


def detect(session: Session, config: SignalConfig) -> DetectorOutput:
    """Find erratic cursor episodes.

    Returns
    -------
    DetectorOutput
        One hit per episode; unavailable without mouse positions.
    """
    out = DetectorOutput()
    if not session.has("pointer"):
        out.unavailable[SIGNAL] = "the recording has no pointer positions"
        return out
    ec = config.erratic_cursor
    ptr = session.channel("pointer")
    mouse = ptr["kind"] == PointerKind.MOVE
    t = ptr.t_ms[mouse]
    x = ptr["x_px"][mouse].astype(np.float64)
    y = ptr["y_px"][mouse].astype(np.float64)
    if len(t) < 3:
        return out
    rx = reversal_indices(x, min_step=ec.min_step_px)
    ry = reversal_indices(y, min_step=ec.min_step_px)
    rev = np.sort(np.concatenate([rx, ry]), kind="stable")
    if len(rev) < ec.min_reversals:
        return out
    step = np.hypot(np.diff(x), np.diff(y))
    cum = np.concatenate([[0.0], np.cumsum(step)])
    # samples joined by a step that keeps moving without a pause; stops end an episode's span
    stops = np.flatnonzero((np.diff(t) >= ec.max_gap_ms) | (step < ec.min_step_px))
    for i, j in dense_windows(t[rev], window_ms=ec.window_ms, min_count=ec.min_reversals):
        p0, p1 = int(rev[i]), int(rev[j])
        path = float(cum[p1] - cum[p0])
        dur = max(int(t[p1] - t[p0]), 1)
        speed = path / dur * 1000.0
        if path < ec.min_path_px or speed < ec.min_speed_px_per_s:
            continue
        s0, s1 = _extend(p0, p1, stops, n_steps=len(step))
        n_x = int(np.searchsorted(rx, p1, side="right") - np.searchsorted(rx, p0, side="left"))
        n_y = int(np.searchsorted(ry, p1, side="right") - np.searchsorted(ry, p0, side="left"))
        t0, t1 = int(t[s0]), int(t[s1])
        total = float(cum[s1] - cum[s0])
        out.hits.append(
            SignalHit(
                signal=SIGNAL,
                start_ms=t0,
                end_ms=t1,
                strength=float(min(1.0, (n_x + n_y) / (2.0 * ec.min_reversals))),
                reason=f"{n_x} horizontal and {n_y} vertical direction reversals, "
                f"{total:.0f} px of cursor path in {t1 - t0} ms "
                f"(mean {total / max(t1 - t0, 1) * 1000:.0f} px/s)",
                evidence={
                    "x_reversals": n_x,
                    "y_reversals": n_y,
                    "path_px": round(total, 1),
                    "positions": s1 - s0 + 1,
                    "x_range_px": [float(x[s0 : s1 + 1].min()), float(x[s0 : s1 + 1].max())],
                    "y_range_px": [float(y[s0 : s1 + 1].min()), float(y[s0 : s1 + 1].max())],
                },
                x_px=float(np.mean(x[s0 : s1 + 1])),
                y_px=float(np.mean(y[s0 : s1 + 1])),
            )
        )
    return out


def _extend(p0: int, p1: int, stops: np.ndarray, *, n_steps: int) -> tuple[int, int]:
    """Widen ``[p0, p1]`` over the continuous movement around it (binary search in ``stops``).

    ``stops`` are the indices k of steps (k -> k+1) that break movement (a pause or a
    jitter-sized step), sorted.
    """
    before = int(np.searchsorted(stops, p0, side="left")) - 1
    start = int(stops[before]) + 1 if before >= 0 else 0
    after = int(np.searchsorted(stops, p1, side="left"))
    end = int(stops[after]) if after < len(stops) else n_steps
    return start, end
