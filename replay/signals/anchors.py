"""Public anchor rules, computed on the same recordings for comparison (issue 15).

These are the published rules of three products, re-implemented from their source as
described in SIGNALS.md, so ``replay evaluate --anchors`` can put our figures beside
theirs. They are a yardstick, not detectors of ours: no tuning, no suppression.

- **PostHog rage** (posthog-js ``rageclick.ts``): a click extends the run when it is
  < 30 px away by Manhattan distance (abs(dx) + abs(dy)) from the previous click and
  < 1000 ms after it; the event fires when the run reaches 3 clicks. Reported here as
  one ``rage_click`` per run, spanning the run's first .. last click (generous: PostHog
  itself fires once, at the 3rd click).
- **OpenReplay dead** (``backend/pkg/handlers/web/deadClick.go``): a click on a labelled
  target (not one seen as an input target before) is dead when the next DOM change (node
  added/removed, attribute, text, input value, focus) or the next click comes 1234 ms or
  more later. One ``dead_click`` at the click.
- **Amplitude thrash** (``track-thrashed-cursor.ts``): per axis, direction reversals of
  successive mouse positions; thrashed when one axis has >= 20 reversals within 2000 ms.
  One ``erratic_cursor`` per merged burst, first .. last reversal.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from replay.model.session import InteractionKind, PointerKind, Session
from replay.signals._clicks import clicks_of
from replay.signals._geom import dense_windows, step_reversals
from replay.signals.hits import SignalHit
from replay.signals.score import Spike

#: Anchor rule name -> the signal it is scored as.
ANCHORS = {
    "posthog_rage": "rage_click",
    "openreplay_dead": "dead_click",
    "amplitude_thrash": "erratic_cursor",
}
POSTHOG_PX = 30.0
POSTHOG_GAP_MS = 1000
POSTHOG_CLICKS = 3
OPENREPLAY_MS = 1234
AMPLITUDE_REVERSALS = 20
AMPLITUDE_WINDOW_MS = 2000


@dataclass(frozen=True)
class AnchorResult:
    """Hits of the anchor rules on one session (no score, no spikes)."""

    hits: tuple[SignalHit, ...]
    spikes: tuple[Spike, ...] = ()


def anchor_hits(session: Session) -> AnchorResult:
    """Run the three anchor rules on ``session``."""
    hits: list[SignalHit] = []
    if session.has("interactions"):
        hits += _posthog_rage(session)
        hits += _openreplay_dead(session)
    if session.has("pointer"):
        hits += _amplitude_thrash(session)
    hits.sort(key=lambda h: (h.start_ms, h.signal))
    return AnchorResult(hits=tuple(hits))


def _hit(signal: str, t0: int, t1: int, rule: str) -> SignalHit:
    return SignalHit(signal=signal, start_ms=t0, end_ms=t1, strength=1.0, reason=rule)


def _posthog_rage(session: Session) -> list[SignalHit]:
    clicks = clicks_of(session)
    out = []
    run_start = run_len = 0
    for i in range(len(clicks)):
        if i > 0:
            gap = clicks.t_ms[i] - clicks.t_ms[i - 1]
            dist = abs(clicks.x_px[i] - clicks.x_px[i - 1]) + abs(
                clicks.y_px[i] - clicks.y_px[i - 1]
            )
            linked = gap < POSTHOG_GAP_MS and bool(dist < POSTHOG_PX)  # NaN: not linked
        else:
            linked = False
        if linked:
            run_len += 1
        else:
            if run_len >= POSTHOG_CLICKS:
                out.append(_rage(clicks.t_ms, run_start, i - 1))
            run_start, run_len = i, 1
    if run_len >= POSTHOG_CLICKS:
        out.append(_rage(clicks.t_ms, run_start, len(clicks) - 1))
    return out


def _rage(t_ms: np.ndarray, first: int, last: int) -> SignalHit:
    return _hit("rage_click", int(t_ms[first]), int(t_ms[last]), "PostHog rage (3 / 1 s / 30 px)")


def _openreplay_dead(session: Session) -> list[SignalHit]:
    clicks = clicks_of(session)
    if len(clicks) == 0:
        return []
    inter = session.channel("interactions")
    changes = [session.channel("mutations").t_ms, session.channel("inputs").t_ms]
    changes.append(inter.t_ms[inter["kind"] == InteractionKind.FOCUS])
    change_t = np.sort(np.concatenate(changes).astype(np.int64))
    inputs = session.channel("inputs")
    input_targets = {int(t) for t in inputs["target"]} if len(inputs) else set()
    out = []
    for i in range(len(clicks)):
        t = int(clicks.t_ms[i])
        node = session.node(int(clicks.target[i]))
        if node is None or not node.label or int(clicks.target[i]) in input_targets:
            continue
        j = int(np.searchsorted(change_t, t, side="right"))
        nxt = int(change_t[j]) if j < len(change_t) else None
        if i + 1 < len(clicks):
            c = int(clicks.t_ms[i + 1])
            nxt = c if nxt is None else min(nxt, c)
        if nxt is None or nxt - t >= OPENREPLAY_MS:
            out.append(_hit("dead_click", t, t, "OpenReplay dead (1234 ms, labelled)"))
    return out


def _amplitude_thrash(session: Session) -> list[SignalHit]:
    ptr = session.channel("pointer")
    keep = ptr["kind"] == PointerKind.MOVE
    t = ptr.t_ms[keep].astype(np.int64)
    if len(t) < 3:
        return []
    spans = []
    for axis in ("x_px", "y_px"):
        pos = ptr[axis][keep].astype(np.float64)
        rev = step_reversals(np.diff(pos), min_step=0.0)
        times = t[rev]
        for i, j in dense_windows(
            times, window_ms=AMPLITUDE_WINDOW_MS, min_count=AMPLITUDE_REVERSALS
        ):
            spans.append((int(times[i]), int(times[j])))
    spans.sort()
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [
        _hit("erratic_cursor", a, b, "Amplitude thrash (20 reversals / 2 s)") for a, b in merged
    ]
