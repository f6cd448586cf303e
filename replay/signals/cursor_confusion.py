"""Cursor confusion: long, slow, wandering movements vs the session's own baseline.

SIGNALS.md 8 and 10 "Cursor confusion (soft track)": negative emotion lengthens paths
and slows the cursor (Hibbeln et al. 2017; Kim et al. 2022), and effects are
person-dependent (MouStress), so each movement segment (split at pauses of
``pause_ms``) is compared with the session's own median by robust z-scores (median and
MAD). A segment is flagged when its log path/straight-line ratio has z >= ``ratio_z``,
its speed z <= ``speed_z``, and the ratio itself is at least ``min_ratio``. Needs
``min_segments`` segments to have a baseline.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from replay.model.session import Session
from replay.signals import reasons
from replay.signals.config import SignalConfig
from replay.signals.hits import DetectorOutput, SignalHit
from replay.signals.prepared import Prepared, prepared

SIGNAL = "cursor_confusion"


def _robust_z(values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    med = float(np.median(values))
    mad = float(np.median(np.abs(values - med))) * 1.4826
    if not mad > 0:
        return np.zeros_like(values)
    out: npt.NDArray[np.float64] = (values - med) / mad
    return out


def detect(
    session: Session, config: SignalConfig, *, prep: Prepared | None = None
) -> DetectorOutput:
    """Find confused movement segments.

    Parameters
    ----------
    session : Session
    config : SignalConfig
        ``cursor_confusion`` thresholds.
    prep : Prepared, optional
        Shared derived arrays of ``session`` (built when not given).

    Returns
    -------
    DetectorOutput
        One hit per flagged segment; unavailable without mouse positions.
    """
    if not session.has("pointer"):
        return DetectorOutput.unavailable_for(SIGNAL, why=reasons.NO_POINTER)
    out = DetectorOutput()
    cc = config.cursor_confusion
    tr = prepared(session, prep).mouse
    t, x, y = tr.t_ms, tr.x_px, tr.y_px
    if len(t) < 3:
        return out
    brk = np.flatnonzero(tr.dt_ms >= cc.pause_ms) + 1
    first = np.concatenate([[0], brk])
    last = np.concatenate([brk - 1, [len(t) - 1]])
    # step k (k -> k+1) belongs to the segment of position k unless k is its last one
    # (the jump across a pause is not part of a segment); summed in float64
    inside = np.zeros(len(t), dtype=np.float32)
    inside[:-1] = tr.step_px
    inside[last] = 0.0
    path = np.add.reduceat(inside, first, dtype=np.float64)
    straight = np.hypot(
        x[last].astype(np.float64) - x[first], y[last].astype(np.float64) - y[first]
    )
    dur_ms = (t[last] - t[first]).astype(np.float64)
    ok = (path >= cc.min_segment_px) & (last - first >= 2) & (dur_ms > 0)
    if np.count_nonzero(ok) < cc.min_segments:
        return out
    idx = np.flatnonzero(ok)
    ratio = path[idx] / np.maximum(straight[idx], 1.0)
    speed = path[idx] / dur_ms[idx] * 1000.0
    z_ratio = _robust_z(np.log(ratio))
    z_speed = _robust_z(np.log(speed))
    flagged = (z_ratio >= cc.ratio_z) & (z_speed <= cc.speed_z) & (ratio >= cc.min_ratio)
    med_speed = float(np.median(speed))
    for k in np.flatnonzero(flagged):
        s = int(idx[k])
        a, b = int(first[s]), int(last[s])
        why = reasons.why(
            "cursor_confusion",
            path_px=f"{path[s]:.0f}",
            straight_px=f"{straight[s]:.0f}",
            ratio=f"{ratio[k]:.1f}",
            speed=f"{speed[k]:.0f}",
            median=f"{med_speed:.0f}",
        )
        out.hits.append(
            SignalHit(
                signal=SIGNAL,
                start_ms=int(t[a]),
                end_ms=int(t[b]),
                strength=float(min(1.0, z_ratio[k] / (2 * cc.ratio_z))),
                reason=why.english(),
                evidence={
                    **why.fields(),
                    "path_px": round(float(path[s]), 1),
                    "straight_px": round(float(straight[s]), 1),
                    "ratio": round(float(ratio[k]), 2),
                    "ratio_z": round(float(z_ratio[k]), 2),
                    "speed_px_per_s": round(float(speed[k]), 1),
                    "speed_z": round(float(z_speed[k]), 2),
                    "segments_in_baseline": len(idx),
                },
                x_px=float(x[a : b + 1].mean(dtype=np.float64)),
                y_px=float(y[a : b + 1].mean(dtype=np.float64)),
            )
        )
    return out
