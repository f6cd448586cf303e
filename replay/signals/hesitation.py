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

from replay.model.session import InteractionKind, PointerType, Session
from replay.signals import reasons
from replay.signals._clicks import describe_target, short_target
from replay.signals.config import SignalConfig
from replay.signals.hits import DetectorOutput, SignalHit
from replay.signals.prepared import Prepared, prepared

SIGNAL = "hesitation"


def detect(
    session: Session, config: SignalConfig, *, prep: Prepared | None = None
) -> DetectorOutput:
    """Find hesitations before clicks and before typing.

    Parameters
    ----------
    session : Session
    config : SignalConfig
        ``hesitation`` thresholds.
    prep : Prepared, optional
        Shared derived arrays of ``session`` (built when not given).

    Returns
    -------
    DetectorOutput
        Hits spanning the dwell or the focus->input gap; unavailable without clicks.
    """
    if not session.has("interactions"):
        return DetectorOutput.unavailable_for(SIGNAL, why=reasons.NO_FOCUS)
    out = DetectorOutput()
    if session.has("pointer"):
        out.hits.extend(_dwell_hits(session, config, prepared(session, prep)))
    if session.has("inputs"):
        out.hits.extend(_focus_hits(session, config))
    out.hits.sort(key=lambda h: h.start_ms)
    return out


def _dwell_hits(session: Session, config: SignalConfig, prep: Prepared) -> list[SignalHit]:
    hc = config.hesitation
    clicks = prep.clicks
    tr = prep.mouse
    pt = tr.t_ms
    if len(clicks) == 0 or len(pt) == 0:
        return []
    # each position belongs to the next click at or after it: click k owns the positions
    # [bound[k-1], bound[k]) (times in (t[k-1], t[k]]), so the click point is repeated
    # per position (np.repeat: no per-event loop, no gather over 1M rows)
    bound = np.searchsorted(pt, clicks.t_ms, side="right")
    owned = np.diff(bound, prepend=0)
    n_in = int(bound[-1])
    cx = np.repeat(clicks.x_px.astype(np.float32), owned)
    cy = np.repeat(clicks.y_px.astype(np.float32), owned)
    cx -= tr.x_px[:n_in]
    cy -= tr.y_px[:n_in]
    cx *= cx
    cy *= cy
    cx += cy
    # squared distance, float32 (no sqrt); NaN click points (unknown) are never far
    radius = np.float32(hc.dwell_radius_px)
    far = np.flatnonzero(cx > radius * radius)
    # the last far position of each click: the last far index below its bound
    last = np.searchsorted(far, bound, side="left") - 1
    first_owned = bound - owned
    if len(far):
        last_far = np.where(last >= 0, far[np.maximum(last, 0)], -1)
        last_far = np.where(last_far >= first_owned, last_far, -1)
    else:
        last_far = np.full(len(clicks), -1, dtype=np.int64)
    has_pos = owned > 0
    # arrival: the first position after the last far one (if before the click)
    arrive = last_far + 1
    valid = has_pos & (last_far >= 0) & (arrive < len(pt))
    arrive_t = np.where(valid, pt[np.minimum(arrive, len(pt) - 1)], clicks.t_ms)
    arrive_t = np.minimum(arrive_t, clicks.t_ms)
    dwell = clicks.t_ms - arrive_t
    # a tap has no hover, and a keyboard click (Enter) has no cursor position at all
    mouse_click = (clicks.pointer != PointerType.TOUCH) & (clicks.pointer != PointerType.KEYBOARD)
    hit = valid & mouse_click & (dwell >= hc.dwell_ms) & (dwell <= hc.max_ms)
    hits = []
    for i in np.flatnonzero(hit):
        t = int(clicks.t_ms[i])
        where = short_target(session, int(clicks.target[i]))
        why = reasons.why(
            "hesitation.dwell",
            dwell_ms=int(dwell[i]),
            radius_px=f"{hc.dwell_radius_px:.0f}",
            target=reasons.target(where),
        )
        hits.append(
            SignalHit(
                signal=SIGNAL,
                start_ms=int(arrive_t[i]),
                end_ms=t,
                strength=float(min(1.0, 0.5 * dwell[i] / hc.dwell_ms)),
                reason=why.english(),
                evidence={"kind": "dwell", "dwell_ms": int(dwell[i]), **why.fields()},
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
                why = reasons.why(
                    "hesitation.focus",
                    gap_ms=gap,
                    target=reasons.target(short_target(session, int(target))),
                )
                hits.append(
                    SignalHit(
                        signal=SIGNAL,
                        start_ms=int(f),
                        end_ms=int(it[a]),
                        strength=float(min(1.0, 0.5 * gap / hc.focus_to_input_ms)),
                        reason=why.english(),
                        evidence={"kind": "focus_to_input", "gap_ms": gap, **why.fields()},
                        target=node.describe(),
                    )
                )
    return hits
