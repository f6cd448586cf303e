"""Dead clicks and slow clicks: clicks the page did not answer (in time).

Definition (SIGNALS.md 10 "Dead click"; PostHog dead-clicks-autocapture, Sentry
handleClick): a click is *answered* when a mutation or navigation follows within
``mutation_ms``/``navigation_ms`` (2500), a scroll within ``scroll_ms`` (300, Sentry's
SLOW_CLICK_SCROLL_TIMEOUT; a later scroll is the user moving on), a selection within
``selection_ms`` (500: double-click selection lands ~130 ms after the first click), an
input within ``input_ms``, a viewport change or media event within 1000. Focus/blur are
not answers: a broken button still takes focus. Unanswered → ``dead_click``; answered
only after ``slow_ms`` → ``slow_click``; a page change after the window but within
``late_ms`` and before the user's next click or input is a late answer → ``slow_click``
with that delay (Sentry's 7 s slow-click timeout). Text-entry targets (fields answer
with focus and typing, not mutations), native sliders (a click on the track moves the
value at once; one that moved nothing was on the thumb, where nothing is due; 1.19.0) and
canvas/video/embeds are excluded; a repeat
click on the same target within ``dedupe_ms`` is one candidate (PostHog's dedupe), which
also keeps the second click of a double-click out.

Dead needs an expectation (issue 15): with ``need_cue`` a click counts only when its
target promised an action: a control on the way up (link, button, summary, label,
interactive role, onclick), a ``cursor: pointer``/zoom cursor from the recorded
stylesheets, or link styling (Amplitude's allow-list and Sentry's ``a``/``button`` rule,
widened by the cursor). Reading clicks on text, images and the margin are not dead.
When the page's styles were not recorded, only clicks on plain reading elements (text
blocks, images, the page itself) are spared. A click that ends a drag (the button held
and the pointer moved more than ``drag_px`` from the press, however long it was held:
text selection, a slider, a map panned) is not a candidate, and clicks that belong to
a rage burst are reported once, as the rage hit. A click on a label that the browser
forwards to its control (a second click on the control at the same point within
``forward_ms``) is one action: the control's answer answers it, and the forwarded click
is not judged on its own.
"""

from __future__ import annotations

import numpy as np

from replay.model.session import InteractionKind, Session
from replay.signals import reasons
from replay.signals._clicks import (
    Clicks,
    describe_target,
    expected_targets,
    forwarded_clicks,
    no_response_why,
    pointer_name,
    short_target,
)
from replay.signals.config import SignalConfig
from replay.signals.hits import DetectorOutput, SignalHit
from replay.signals.prepared import Prepared, prepared
from replay.signals.rage_click import rage_runs

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
    if not session.has("interactions"):
        return DetectorOutput.unavailable_for(DEAD, SLOW, why=reasons.NO_CLICKS)
    if not session.has("mutations") or not _has_dom(session):
        return DetectorOutput.unavailable_for(DEAD, SLOW, why=reasons.NO_DOM)
    out = DetectorOutput()
    dc = config.dead_click
    shared = prepared(session, prep)
    clicks = shared.clicks
    if len(clicks) == 0:
        return out
    responses = shared.responses(dc)
    # a click the browser forwards (a label's click on its control) is judged as part of
    # the label click that caused it (its answer answers that click)
    forwarded = forwarded_clicks(session, clicks, dc.forward_ms)
    candidate = _candidates(session, clicks.t_ms, clicks.target, config, forwarded)
    candidate &= ~forwarded
    if dc.need_cue:
        candidate &= expected_targets(session, clicks.target)
    candidate &= ~_ends_drag(session, clicks, dc.drag_px)
    for first, last in rage_runs(session, shared, config):
        candidate[first : last + 1] = False
    duration = session.meta.duration_ms
    # A click with less than the dead-click window left before the recording ends cannot
    # be judged: the answer may have come after the recorder stopped.
    too_late = (
        candidate
        & ~responses.answered
        & ~(responses.late_ms <= dc.late_ms)  # a late page change is an answer
        & (clicks.t_ms > duration - dc.mutation_ms)
    )
    if too_late.any():
        n = int(too_late.sum())
        out.unjudged[DEAD] = reasons.near_end(n, f"{dc.mutation_ms / 1000:.1f}").english()
    candidate = candidate & ~too_late
    dead = candidate & ~responses.answered
    late = dead & (responses.late_ms <= dc.late_ms)
    dead &= ~late
    slow = candidate & responses.answered & (responses.delay_ms > dc.slow_ms)
    slow |= late
    for i in np.flatnonzero(dead | slow):
        t = int(clicks.t_ms[i])
        target = int(clicks.target[i])
        node = session.node(target)
        noun = reasons.why(
            "noun.tap" if pointer_name(int(clicks.pointer[i])) == "touch" else "noun.click"
        )
        where = short_target(session, target)
        interactive = node.interactive if node is not None else None
        evidence: dict[str, object] = {
            "pointer": pointer_name(int(clicks.pointer[i])),
            "interactive": interactive,
            "cue": node.cue if node is not None else None,
            "response_kinds_checked": list(responses.kinds_known),
            "judged_by": "timing" if responses.page_horizon_ms is None else "page",
        }
        if dead[i]:
            silent = float(responses.any_delay_ms[i])
            if np.isfinite(silent):
                evidence["next_response_ms"] = silent
            reason = reasons.why(
                "dead_click",
                noun=noun,
                target=reasons.target(where),
                silent=no_response_why(
                    silent,
                    after_ms=t,
                    duration_ms=duration,
                    horizon_ms=responses.page_horizon_ms,
                ),
                window_s=f"{dc.mutation_ms / 1000:.1f}",
            ).attach(evidence)
            signal, strength = DEAD, 1.0
        else:
            in_window = bool(np.isfinite(responses.delay_ms[i]))
            delay = float(responses.delay_ms[i] if in_window else responses.late_ms[i])
            kind = responses.kind(int(i)) if in_window else "late page change"
            evidence["response_ms"] = delay
            evidence["response_kind"] = kind
            reason = reasons.why(
                "slow_click",
                noun=noun,
                target=reasons.target(where),
                delay_ms=f"{delay:.0f}",
                kind=reasons.why(f"kind.{kind}" if in_window else "kind.late"),
                slow_ms=dc.slow_ms,
            ).attach(evidence)
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


def _has_dom(session: Session) -> bool:
    """Return True when the recording carries DOM data: a snapshot's nodes or any mutation.

    rrweb files always declare the ``mutations`` channel; one that never recorded a
    snapshot nor a mutation has no DOM to answer a click with.
    """
    if len(session.channel("mutations")):
        return True
    return any(node.tag for node in session.nodes)


def _candidates(
    session: Session,
    t_ms: np.ndarray,
    target: np.ndarray,
    config: SignalConfig,
    forwarded: np.ndarray | None = None,
) -> np.ndarray:
    """Return (N,) bool: clicks that may be dead (not excluded, not a quick repeat).

    A quick repeat is judged against the person's previous click: a ``forwarded`` click
    (a label's click on its control) between two presses on a label does not part them
    (detectors 1.13.0).
    """
    dc = config.dead_click
    n = len(t_ms)
    excluded_nodes = np.zeros(len(session.nodes) + 1, dtype=bool)  # last slot = unknown (-1)
    exclude = set(dc.exclude_tags)
    exclude_types = set(dc.exclude_input_types)  # a slider's thumb (detectors 1.19.0)
    for j, node in enumerate(session.nodes):
        excluded_nodes[j] = (
            node.text_entry
            or node.tag in exclude
            or (node.tag == "input" and node.input_type in exclude_types)
        )
    keep = ~excluded_nodes[np.where(target >= 0, target, len(session.nodes))]
    own = np.flatnonzero(~forwarded) if forwarded is not None else np.arange(n)
    if len(own) > 1:
        t, tg = t_ms[own], target[own]
        repeat = (np.diff(t) <= dc.dedupe_ms) & (tg[1:] == tg[:-1]) & (tg[1:] >= 0)
        keep[own[1:]] &= ~repeat
    return keep


def _ends_drag(session: Session, clicks: Clicks, drag_px: float) -> np.ndarray:
    """Return (N,) bool: this click ends a drag (the button was held and the pointer moved).

    The press of a click is the last mouse-down before it with no other click between
    (however long the button was held: a slider or a map held for 6 s is still a drag).
    The click ends a drag when the pointer, while the button was down, went more than
    ``drag_px`` from where it was pressed: the release point, or any recorded mouse
    position between press and click (a slider moved away and back). A pen's or a
    trembling hand's slip of a few px stays a click.
    """
    inter = session.channel("interactions")
    down = inter.mask(inter["kind"] == InteractionKind.MOUSE_DOWN)
    out = np.zeros(len(clicks), dtype=bool)
    if len(down) == 0 or len(clicks) == 0:
        return out
    j = np.searchsorted(down.t_ms, clicks.t_ms, side="right") - 1
    ok = j >= 0
    jj = np.maximum(j, 0)
    dx = down["x_px"][jj].astype(np.float64)
    dy = down["y_px"][jj].astype(np.float64)
    t_down = down.t_ms[jj].astype(np.int64)
    # the press belongs to this click: no earlier click after it
    prev_click = np.concatenate([[np.iinfo(np.int64).min], clicks.t_ms[:-1]])
    ok &= t_down > prev_click
    dist = np.nan_to_num(np.hypot(dx - clicks.x_px, dy - clicks.y_px), nan=0.0)
    out = ok & (dist > drag_px)
    if not session.has("pointer"):
        return out
    ptr = session.channel("pointer")
    pt = ptr.t_ms.astype(np.int64)
    px = ptr["x_px"].astype(np.float64)
    py = ptr["y_px"].astype(np.float64)
    # Clicks whose release is at the press point: the farthest recorded position between
    # press and click, all at once (each press follows the click before it, so the spans
    # do not overlap and together hold at most every pointer row once).
    idx = np.flatnonzero(ok & ~out)
    lo = np.searchsorted(pt, t_down[idx], side="left")
    hi = np.searchsorted(pt, clicks.t_ms[idx].astype(np.int64), side="right")
    lens = np.maximum(hi - lo, 0)
    some = lens > 0
    idx, lo, lens = idx[some], lo[some], lens[some]
    if len(idx) == 0:
        return out
    firsts = np.concatenate([[0], np.cumsum(lens)[:-1]])
    rows = np.arange(int(lens.sum())) - np.repeat(firsts - lo, lens)
    far = np.nan_to_num(
        np.hypot(px[rows] - np.repeat(dx[idx], lens), py[rows] - np.repeat(dy[idx], lens)),
        nan=0.0,
    )
    out[idx] = np.maximum.reduceat(far, firsts) > drag_px
    return out
