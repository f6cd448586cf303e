"""Repeated device rotation (Medallia DXA "Repetitive Device Rotation"; SIGNALS.md 10).

A rotation is an orientation flip (sign of width - height) between consecutive viewport
sizes whose *width* changes by at least ``min_width_change`` (20 %), so a soft keyboard
(height only) is not a rotation. Flips at most ``max_gap_ms`` apart form an episode;
``min_flips`` (2: rotate and rotate back) make it repeated. Span: first .. last flip.
"""

from __future__ import annotations

import numpy as np

from replay.model.session import Session
from replay.signals import reasons
from replay.signals.config import SignalConfig
from replay.signals.hits import DetectorOutput, SignalHit
from replay.signals.prepared import Prepared

SIGNAL = "repeated_rotation"


def detect(
    session: Session, config: SignalConfig, *, prep: Prepared | None = None
) -> DetectorOutput:
    """Find episodes of repeated rotation from the viewport channel.

    Returns
    -------
    DetectorOutput
        One hit per episode; unavailable when the recording has no viewport sizes.
    """
    if not session.has("viewport"):
        return DetectorOutput.unavailable_for(SIGNAL, why=reasons.NO_VIEWPORT)
    out = DetectorOutput()
    rc = config.rotation
    vp = session.channel("viewport")
    w = vp["width_px"].astype(np.float64)
    h = vp["height_px"].astype(np.float64)
    t = vp.t_ms
    w0 = float(session.meta.viewport_width_px)
    h0 = float(session.meta.viewport_height_px)
    # the session's first known viewport is the baseline orientation
    prev_w = np.concatenate([[w0 if w0 > 0 else (w[0] if len(w) else 0.0)], w[:-1]])
    prev_h = np.concatenate([[h0 if h0 > 0 else (h[0] if len(h) else 0.0)], h[:-1]])
    landscape = w > h
    prev_land = prev_w > prev_h
    width_change = np.abs(w - prev_w) / np.maximum(prev_w, 1.0)
    flip = (landscape != prev_land) & (width_change >= rc.min_width_change)
    ft = t[flip]
    if len(ft) == 0:
        return out
    new = np.ones(len(ft), dtype=bool)
    new[1:] = np.diff(ft) > rc.max_gap_ms
    starts = np.flatnonzero(new)
    ends = np.concatenate([starts[1:] - 1, [len(ft) - 1]])
    fw, fh = w[flip], h[flip]
    for a, b in zip(starts, ends, strict=True):
        n = int(b - a + 1)
        if n < rc.min_flips:
            continue
        t0, t1 = int(ft[a]), int(ft[b])
        sizes = [f"{int(fw[i])}x{int(fh[i])}" for i in range(a, b + 1)]
        why = reasons.why("repeated_rotation", n=n, span_ms=t1 - t0, sizes=" -> ".join(sizes))
        out.hits.append(
            SignalHit(
                signal=SIGNAL,
                start_ms=t0,
                end_ms=t1,
                strength=1.0 if n >= rc.high_flips else 0.7,
                reason=why.english(),
                evidence={"flips": n, "duration_ms": t1 - t0, "sizes": sizes, **why.fields()},
            )
        )
    return out
