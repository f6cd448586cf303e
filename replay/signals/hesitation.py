"""Hesitation: a long dwell before a click, or a long gap from focus to typing.

SIGNALS.md 10 "Hesitation" (OpenReplay's hover->click and focus->input hesitation,
flagged in its UI above 1000 ms; Decibel's "Hesitation" pillar). Dwell: the cursor
stayed within ``dwell_radius_px`` of the click point for at least ``dwell_ms`` before
the click (taps have no hover and are skipped). Focus: the first input on a focused
text field came at least ``focus_to_input_ms`` after the focus. Gaps above ``max_ms``
are idleness, not hesitation.
"""

from __future__ import annotations

import numpy as np

from replay.model.session import InteractionKind, PointerKind, PointerType, Session
from replay.signals._clicks import clicks_of, describe_target, short_target
from replay.signals.config import SignalConfig
from replay.signals.hits import DetectorOutput, SignalHit

SIGNAL = "hesitation"


def detect(session: Session, config: SignalConfig) -> DetectorOutput:
    """Find hesitations before clicks and before typing.

    Returns
    -------
    DetectorOutput
        Hits spanning the dwell or the focus->input gap; unavailable without clicks.
    """
    out = DetectorOutput()
    if not session.has("interactions"):
        out.unavailable[SIGNAL] = "the recording has no clicks or focus events"
        return out
    if session.has("pointer"):
        out.hits.extend(_dwell_hits(session, config))
    if session.has("inputs"):
        out.hits.extend(_focus_hits(session, config))
    out.hits.sort(key=lambda h: h.start_ms)
    return out


def _dwell_hits(session: Session, config: SignalConfig) -> list[SignalHit]:
    hc = config.hesitation
    clicks = clicks_of(session)
    ptr = session.channel("pointer")
    mouse = ptr["kind"] == PointerKind.MOVE
    pt = ptr.t_ms[mouse]
    if len(clicks) == 0 or len(pt) == 0:
        return []
    px = ptr["x_px"][mouse].astype(np.float64)
    py = ptr["y_px"][mouse].astype(np.float64)
    # each position belongs to the next click at or after it (vectorised, no loop per event)
    k = np.searchsorted(clicks.t_ms, pt, side="left")
    inside = k < len(clicks)
    pos = np.flatnonzero(inside)
    kk = k[inside]
    far = np.hypot(px[pos] - clicks.x_px[kk], py[pos] - clicks.y_px[kk]) > hc.dwell_radius_px
    far &= np.isfinite(clicks.x_px[kk])
    # positions are in time order, so kk is non-decreasing: the last far position of each
    # click is where kk[far] changes value (no ufunc.at, which is slow on 1M rows)
    last_far = np.full(len(clicks), -1, dtype=np.int64)
    kf, pf = kk[far], pos[far]
    if len(kf):
        ends = np.flatnonzero(np.diff(kf, append=kf[-1] + 1) != 0)
        last_far[kf[ends]] = pf[ends]
    has_pos = np.zeros(len(clicks), dtype=bool)
    has_pos[kk] = True
    # arrival: the first position after the last far one (if before the click)
    arrive = last_far + 1
    valid = has_pos & (last_far >= 0) & (arrive < len(pt))
    arrive_t = np.where(valid, pt[np.minimum(arrive, len(pt) - 1)], clicks.t_ms)
    arrive_t = np.minimum(arrive_t, clicks.t_ms)
    dwell = clicks.t_ms - arrive_t
    mouse_click = clicks.pointer != PointerType.TOUCH
    hit = valid & mouse_click & (dwell >= hc.dwell_ms) & (dwell <= hc.max_ms)
    hits = []
    for i in np.flatnonzero(hit):
        t = int(clicks.t_ms[i])
        where = short_target(session, int(clicks.target[i]))
        hits.append(
            SignalHit(
                signal=SIGNAL,
                start_ms=int(arrive_t[i]),
                end_ms=t,
                strength=float(min(1.0, 0.5 * dwell[i] / hc.dwell_ms)),
                reason=f"cursor rested {int(dwell[i])} ms within {hc.dwell_radius_px:.0f} px "
                f"of {where} before clicking",
                evidence={"kind": "dwell", "dwell_ms": int(dwell[i])},
                target=describe_target(session, int(clicks.target[i])),
                x_px=float(clicks.x_px[i]),
                y_px=float(clicks.y_px[i]),
            )
        )
    return hits


def _focus_hits(session: Session, config: SignalConfig) -> list[SignalHit]:
    hc = config.hesitation
    inter = session.channel("interactions")
    focus = inter.mask(inter["kind"] == InteractionKind.FOCUS)
    blur = inter.mask(inter["kind"] == InteractionKind.BLUR)
    inputs = session.channel("inputs")
    hits = []
    for target in np.unique(focus["target"]):
        node = session.node(int(target))
        if node is None or not node.text_entry:
            continue
        ft = focus.t_ms[focus["target"] == target]
        it = inputs.t_ms[inputs["target"] == target]
        bt = blur.t_ms[blur["target"] == target]
        if len(it) == 0:
            continue
        nxt_in = np.searchsorted(it, ft, side="left")
        nxt_bl = np.searchsorted(bt, ft, side="left")
        for f, a, b in zip(ft, nxt_in, nxt_bl, strict=True):
            if a >= len(it):
                continue
            gap = int(it[a] - f)
            if b < len(bt) and bt[b] < it[a]:
                continue  # left the field before typing: not a hesitation to type
            if hc.focus_to_input_ms <= gap <= hc.max_ms:
                hits.append(
                    SignalHit(
                        signal=SIGNAL,
                        start_ms=int(f),
                        end_ms=int(it[a]),
                        strength=float(min(1.0, 0.5 * gap / hc.focus_to_input_ms)),
                        reason=f"{gap} ms from focusing {short_target(session, int(target))} "
                        "to the first keystroke",
                        evidence={"kind": "focus_to_input", "gap_ms": gap},
                        target=node.describe(),
                    )
                )
    return hits
