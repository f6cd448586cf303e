"""Thrashed / erratic cursor (SIGNALS.md 10 "Thrashed cursor"; Amplitude, OpenReplay).

On mouse positions only (a finger swiping a page is scrolling, not thrashing): steps
under ``min_step_px`` are jitter; direction reversals are counted on x and y together.
An episode is a stretch where some ``window_ms`` window holds at least
``min_reversals`` reversals, the path between its first and last reversal is at least
``min_path_px`` long and its mean speed fast *for this person*: at least
``min_speed_px_per_s``, or ``relative_speed`` times the session's own median moving
speed when that is lower, but never below ``min_speed_floor_px_per_s`` (issue 15: a small
fast jiggle of ~840 px/s by someone who usually moves at ~500 px/s is erratic; SIGNALS.md
8: compare a user to their own baseline, MouStress, Hibbeln 2017). Below the fixed speed
the movement must also stay in place: its path at least ``min_path_extent_ratio`` times
its extent (x range + y range), a shake rather than ordinary wandering work (Balabit
desktop sessions wander with ratios of 1-2.6). Such a shake in place needs only
``shake_min_reversals`` reversals (three full back-and-forth cycles; Amplitude allows
5 as its lowest setting). Slow left-right reading sweeps
(Medallia's "Reading", < 300 px/s) stay below the floor. Span: the first .. last
recorded position of the episode, extended over the continuous movement into the first
and out of the last reversal (samples less than ``max_gap_ms`` apart).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from replay.model.session import Session
from replay.signals._geom import dense_windows, prefix_sums_at, span_stats, step_reversals
from replay.signals.config import ErraticCursorConfig, SignalConfig
from replay.signals.hits import DetectorOutput, SignalHit
from replay.signals.prepared import MouseTrack, Prepared, prepared

SIGNAL = "erratic_cursor"
I64 = npt.NDArray[np.int64]


def detect(
    session: Session, config: SignalConfig, *, prep: Prepared | None = None
) -> DetectorOutput:
    """Find erratic cursor episodes.

    Vectorised over the whole track (reversals, windows, paths, spans); Python runs
    only once per reported episode.

    Parameters
    ----------
    session : Session
    config : SignalConfig
        ``erratic_cursor`` thresholds.
    prep : Prepared, optional
        Shared derived arrays of ``session`` (built when not given).

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
    tr = prepared(session, prep).mouse
    if len(tr) < 3:
        return out
    rx = step_reversals(tr.dx_px, min_step=ec.min_step_px)
    ry = step_reversals(tr.dy_px, min_step=ec.min_step_px)
    rev = np.sort(np.concatenate([rx, ry]), kind="stable")
    fewest = min(ec.min_reversals, ec.shake_min_reversals)
    if len(rev) < fewest:
        return out
    windows = dense_windows(tr.t_ms[rev], window_ms=ec.window_ms, min_count=fewest)
    if not windows:
        return out
    ij = np.asarray(windows, dtype=np.int64)
    few = (ij[:, 1] - ij[:, 0] + 1) < ec.min_reversals
    p0, p1 = rev[ij[:, 0]], rev[ij[:, 1]]
    path0, path1 = np.split(prefix_sums_at(tr.step_px, np.concatenate([p0, p1])), 2)
    path = path1 - path0
    dur = np.maximum(tr.t_ms[p1] - tr.t_ms[p0], 1)
    speed = path / dur * 1000.0
    fast = speed_threshold(tr, ec)
    keep = ~((path < ec.min_path_px) | (speed < fast))
    relaxed = keep & ((speed < ec.min_speed_px_per_s) | few)
    if relaxed.any():  # below the fixed speed or count: only a back-and-forth in place counts
        xs, ys = span_stats(tr.x_px, p0, p1), span_stats(tr.y_px, p0, p1)
        extent = np.maximum((xs[1] - xs[0]) + (ys[1] - ys[0]), 1.0)
        keep &= ~relaxed | (path / extent >= ec.min_path_extent_ratio)
    p0, p1 = p0[keep], p1[keep]
    if len(p0) == 0:
        return out
    s0, s1 = _extend(p0, p1, tr, ec)
    n_x = np.searchsorted(rx, p1, side="right") - np.searchsorted(rx, p0, side="left")
    n_y = np.searchsorted(ry, p1, side="right") - np.searchsorted(ry, p0, side="left")
    c0, c1 = np.split(prefix_sums_at(tr.step_px, np.concatenate([s0, s1])), 2)
    x_stats, y_stats = span_stats(tr.x_px, s0, s1), span_stats(tr.y_px, s0, s1)
    for k in range(len(p0)):
        t0, t1 = int(tr.t_ms[s0[k]]), int(tr.t_ms[s1[k]])
        nx, ny, total = int(n_x[k]), int(n_y[k]), float(c1[k] - c0[k])
        out.hits.append(
            SignalHit(
                signal=SIGNAL,
                start_ms=t0,
                end_ms=t1,
                strength=float(min(1.0, (nx + ny) / (2.0 * ec.min_reversals))),
                reason=f"{nx} horizontal and {ny} vertical direction reversals, "
                f"{total:.0f} px of cursor path in {t1 - t0} ms "
                f"(mean {total / max(t1 - t0, 1) * 1000:.0f} px/s)",
                evidence={
                    "speed_threshold_px_per_s": round(fast, 1),
                    "x_reversals": nx,
                    "y_reversals": ny,
                    "path_px": round(total, 1),
                    "positions": int(s1[k] - s0[k] + 1),
                    "x_range_px": [float(x_stats[0][k]), float(x_stats[1][k])],
                    "y_range_px": [float(y_stats[0][k]), float(y_stats[1][k])],
                },
                x_px=float(x_stats[2][k]),
                y_px=float(y_stats[2][k]),
            )
        )
    return out


def speed_threshold(tr: MouseTrack, ec: ErraticCursorConfig) -> float:
    """Return the mean speed (px/s) an episode needs in this session.

    ``min(min_speed_px_per_s, max(min_speed_floor_px_per_s, relative_speed x median))``
    where the median is over the session's moving steps (at least ``min_step_px`` long,
    less than ``max_gap_ms`` apart).
    """
    moving = (tr.step_px >= ec.min_step_px) & (tr.dt_ms > 0) & (tr.dt_ms < ec.max_gap_ms)
    if int(np.count_nonzero(moving)) < ec.min_baseline_steps:
        return float(ec.min_speed_px_per_s)
    median = float(np.median(tr.step_px[moving] / tr.dt_ms[moving])) * 1000.0
    relative = max(ec.min_speed_floor_px_per_s, ec.relative_speed * median)
    return float(min(ec.min_speed_px_per_s, relative))


def _extend(p0: I64, p1: I64, tr: MouseTrack, ec: ErraticCursorConfig) -> tuple[I64, I64]:
    """Widen each ``[p0, p1]`` over the continuous movement around it.

    A stop is a step ``k -> k+1`` that breaks movement (a pause of ``max_gap_ms`` or a
    jitter-sized step); a span runs from just after the last stop before ``p0`` to the
    first stop at or after ``p1`` (binary search in the sorted stops, all spans at once).
    """
    stops = np.flatnonzero((tr.dt_ms >= ec.max_gap_ms) | (tr.step_px < ec.min_step_px))
    n_steps = len(tr.step_px)
    if len(stops) == 0:
        return np.zeros_like(p0), np.full_like(p1, n_steps)
    before = np.searchsorted(stops, p0, side="left") - 1
    start = np.where(before >= 0, stops[np.maximum(before, 0)] + 1, 0)
    after = np.searchsorted(stops, p1, side="left")
    end = np.where(after < len(stops), stops[np.minimum(after, len(stops) - 1)], n_steps)
    return start.astype(np.int64), end.astype(np.int64)
