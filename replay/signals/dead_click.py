"""Dead clicks and slow clicks: clicks the page did not answer (in time).

Definition (SIGNALS.md 10 "Dead click"; PostHog dead-clicks-autocapture, Sentry
handleClick): a click is *answered* when a mutation or navigation follows within
``mutation_ms``/``navigation_ms`` (2500), a scroll within ``scroll_ms`` (300, Sentry's
SLOW_CLICK_SCROLL_TIMEOUT; a later scroll is the user moving on), a selection within
``selection_ms`` (500: double-click selection lands ~130 ms after the first click), an
input within ``input_ms``, a viewport change or media event within 1000. Focus/blur are
not answers: a broken button still takes focus. Unanswered → ``dead_click``; answered
only after ``slow_ms`` → ``slow_click``. Text-entry targets (fields answer with
focus and typing, not mutations) and canvas/video/embeds are excluded; a repeat click
on the same target within ``dedupe_ms`` is one candidate (PostHog's dedupe), which also
keeps the second click of a double-click out.
"""

from __future__ import annotations

import numpy as np

from replay.model.session import Session
from replay.signals._clicks import (
    describe_target,
    no_response_text,
    pointer_name,
    seconds,
    short_target,
)
from replay.signals.config import SignalConfig
from replay.signals.hits import DetectorOutput, SignalHit
from replay.signals.prepared import Prepared, prepared

DEAD = "dead_click"
SLOW = "slow_click"


def detect(
    session: Session, config: SignalConfig, *, prep: Prepared | None = None
) -> DetectorOutput:
    """Find dead and slow clicks.

    Parameters
    ----------
    session : Session
        Needs ``interactions`` and ``mutations`` (without DOM data a page response
        cannot be seen: both signals are reported unavailable).
    config : SignalConfig
        ``dead_click`` windows.

    Returns
    -------
    DetectorOutput
        One hit per dead or slow click, start = end = the click.
    """
    out = DetectorOutput()
    if not session.has("interactions"):
        for sig in (DEAD, SLOW):
            out.unavailable[sig] = "the recording has no clicks or taps"
        return out
    if not session.has("mutations"):
        why = (
            "the recording has no DOM data (no mutations), so whether the page answered "
            "a click cannot be seen"
        )
        out.unavailable[DEAD] = why
        out.unavailable[SLOW] = why
        return out
    dc = config.dead_click
    shared = prepared(session, prep)
    clicks = shared.clicks
    if len(clicks) == 0:
        return out
    responses = shared.responses(dc)
    candidate = _candidates(session, clicks.t_ms, clicks.target, config)
    dead = candidate & ~responses.answered
    slow = candidate & responses.answered & (responses.delay_ms > dc.slow_ms)
    duration = session.meta.duration_ms
    for i in np.flatnonzero(dead | slow):
        t = int(clicks.t_ms[i])
        target = int(clicks.target[i])
        node = session.node(target)
        noun = "tap" if pointer_name(int(clicks.pointer[i])) == "touch" else "click"
        where = short_target(session, target)
        interactive = node.interactive if node is not None else None
        evidence: dict[str, object] = {
            "pointer": pointer_name(int(clicks.pointer[i])),
            "interactive": interactive,
            "response_kinds_checked": list(responses.kinds_known),
        }
        if dead[i]:
            silent = float(responses.any_delay_ms[i])
            text = no_response_text(silent, after_ms=t, duration_ms=duration)
            reason = f"{noun} on {where} got {text} (window {seconds(dc.mutation_ms)})"
            if np.isfinite(silent):
                evidence["next_response_ms"] = silent
            signal, strength = DEAD, 1.0
        else:
            delay = float(responses.delay_ms[i])
            reason = (
                f"{noun} on {where} was answered only after {delay:.0f} ms "
                f"({responses.kind(int(i))}; slow above {dc.slow_ms} ms)"
            )
            evidence["response_ms"] = delay
            evidence["response_kind"] = responses.kind(int(i))
            signal, strength = SLOW, float(np.clip(delay / dc.mutation_ms, 0.3, 1.0))
        out.hits.append(
            SignalHit(
                signal=signal,
                start_ms=t,
                end_ms=t,
                strength=strength,
                reason=reason,
                evidence=evidence,
                target=describe_target(session, target),
                x_px=float(clicks.x_px[i]),
                y_px=float(clicks.y_px[i]),
            )
        )
    return out


def _candidates(
    session: Session,
    t_ms: np.ndarray,
    target: np.ndarray,
    config: SignalConfig,
) -> np.ndarray:
    """Return (N,) bool: clicks that may be dead (not excluded, not a quick repeat)."""
    dc = config.dead_click
    n = len(t_ms)
    excluded_nodes = np.zeros(len(session.nodes) + 1, dtype=bool)  # last slot = unknown (-1)
    exclude = set(dc.exclude_tags)
    for j, node in enumerate(session.nodes):
        excluded_nodes[j] = node.text_entry or node.tag in exclude
    keep = ~excluded_nodes[np.where(target >= 0, target, len(session.nodes))]
    if n > 1:
        repeat = (np.diff(t_ms) <= dc.dedupe_ms) & (target[1:] == target[:-1]) & (target[1:] >= 0)
        keep[1:] &= ~repeat
    return keep
