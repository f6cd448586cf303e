"""Rage clicks and rage taps: a burst of clicks close in time and space.

Definition (SIGNALS.md 10 "Rage click", "Rage tap", "Rage + dead"): at least
``min_clicks`` clicks, each at most ``max_gap_ms`` after the previous, any
``min_clicks`` consecutive ones spanning at most ``span_ms`` (``slow_span_ms`` when the
recording shows that the page answered none of them), linked by the same
target node or within ``radius_px`` (``touch_radius_px`` for taps) of the previous
one. Further clicks extend the burst. Unanswered clicks on a target that promised an
action (see dead_click) are also a burst when ``min_clicks`` of them on the same target
fall within ``dead_span_ms`` (Sentry's rage: repeated clicks on a dead element within its
7 s slow-click window), however slowly they came. A click the page answered within
``responsive_ms`` worked: Medallia's "responsive multi-click" (steppers, carousels,
triple-click selection) is not rage, and a hit spans only the run of clicks that were
not answered (three working gallery clicks followed by five dead ones: the five).
Bursts on text-entry targets (selection by multiple clicks) are skipped. A run the
page never answered is "rage + dead", the strongest tier (Sentry #60826). A click the
browser forwards (a label's click on its control, ``dead_click.forward_ms``; detectors
1.13.0) is not the person's: it is one action with the label click, so it is not counted
(two presses on a label whose control does nothing are two clicks, not four).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from replay.model.session import PointerType, Session
from replay.signals import reasons
from replay.signals._clicks import (
    Clicks,
    Responses,
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

SIGNAL = "rage_click"


def burst_bounds(
    clicks: Clicks,
    cfg: SignalConfig,
    worked: np.ndarray | None = None,
    dead: np.ndarray | None = None,
    unanswered: np.ndarray | None = None,
) -> list[tuple[int, int]]:
    """Return ``[(first, last_inclusive), ...]`` click indices of each candidate burst.

    Vectorised: chain links between consecutive clicks, then windows of ``min_clicks``
    consecutive linked clicks spanning at most ``span_ms``; bursts are runs of clicks
    covered by such windows. ``worked`` (N,) bool marks clicks the page answered at
    once: a window may not contain one, so bursts cover only unanswered runs. ``dead``
    (N,) bool marks unanswered clicks on targets that promised an action: repeated ones on
    the same target also form a burst when ``min_clicks`` of them fall within
    ``dead_span_ms`` (Sentry: >= 3 clicks on a dead element within its 7 s window).
    ``unanswered`` (N,) bool marks clicks the page did not answer at all: windows of
    such clicks may span up to ``slow_span_ms``.
    """
    rc = cfg.rage_click
    n = len(clicks)
    k = rc.min_clicks
    if n < k:
        return []
    gap = np.diff(clicks.t_ms)
    dist = np.hypot(np.diff(clicks.x_px), np.diff(clicks.y_px))
    touch = (clicks.pointer[1:] == PointerType.TOUCH) | (clicks.pointer[:-1] == PointerType.TOUCH)
    radius = np.where(touch, rc.touch_radius_px, rc.radius_px)
    same_target = (clicks.target[1:] == clicks.target[:-1]) & (clicks.target[1:] >= 0)
    near = np.nan_to_num(dist, nan=np.inf) <= radius
    link = (gap <= rc.max_gap_ms) & (same_target | near)  # (n-1,) link i -> i+1
    if worked is not None:  # a click that worked breaks the chain on both sides
        link &= ~worked[1:] & ~worked[:-1]
    starts = _window_starts(clicks.t_ms, link, k, rc.span_ms)
    if unanswered is not None and rc.slow_span_ms > rc.span_ms:
        quiet = link & unanswered[1:] & unanswered[:-1]
        starts = np.union1d(starts, _window_starts(clicks.t_ms, quiet, k, rc.slow_span_ms))
    if dead is not None and rc.dead_span_ms > 0:
        slow_link = same_target & dead[1:] & dead[:-1] & (gap <= rc.dead_span_ms)
        slow = _window_starts(clicks.t_ms, slow_link, k, rc.dead_span_ms)
        starts = np.union1d(starts, slow)
    if len(starts) == 0:
        return []
    covered = np.zeros(n + 1, dtype=np.int64)
    np.add.at(covered, starts, 1)
    np.add.at(covered, starts + k, -1)
    member = np.cumsum(covered[:n]) > 0
    # split member runs where the link is broken (two bursts back to back)
    edge = np.diff(np.concatenate([[0], member.astype(np.int8), [0]]))
    run_starts = np.flatnonzero(edge == 1)
    run_ends = np.flatnonzero(edge == -1) - 1
    return [(int(a), int(b)) for a, b in zip(run_starts, run_ends, strict=True)]


def _window_starts(t_ms: np.ndarray, link: np.ndarray, k: int, span_ms: int) -> np.ndarray:
    """Return the starts i of windows of k clicks whose k-1 links hold, spanning <= span_ms."""
    n = len(t_ms)
    links_ok = np.convolve(link.astype(np.int64), np.ones(k - 1, dtype=np.int64), "valid")
    span_ok = (t_ms[k - 1 :] - t_ms[: n - k + 1]) <= span_ms
    return np.flatnonzero((links_ok == k - 1) & span_ok)


def _ignored(session: Session, target: int, cfg: SignalConfig) -> bool:
    node = session.node(target)
    if node is None:
        return False
    if node.text_entry:  # double/triple-click selection in a field (PostHog ignore_text_selection)
        return True
    label = node.label.strip().lower()
    return any(word.lower() == label for word in cfg.rage_click.ignore_labels)


def detect(
    session: Session, config: SignalConfig, *, prep: Prepared | None = None
) -> DetectorOutput:
    """Find rage clicks and taps.

    Parameters
    ----------
    session : Session
        Uses ``interactions`` (required) and the response channels when present.
    config : SignalConfig
        ``rage_click`` thresholds; ``dead_click`` response windows.

    Returns
    -------
    DetectorOutput
        One ``rage_click`` hit per burst: start/end = first/last click of the burst.
    """
    if not session.has("interactions"):
        return DetectorOutput.unavailable_for(SIGNAL, why=reasons.NO_CLICKS)
    out = DetectorOutput()
    shared = prepared(session, prep)
    clicks = shared.clicks
    responses = shared.responses(config.dead_click)
    can_judge = session.has("mutations")
    own = ~forwarded_clicks(session, clicks, config.dead_click.forward_ms)
    for first, last in rage_runs(session, shared, config):
        out.hits.append(
            _burst_hit(
                session, clicks, responses, first, last, config, own=own, can_judge=can_judge
            )
        )
    return out


def rage_runs(session: Session, shared: Prepared, config: SignalConfig) -> list[tuple[int, int]]:
    """Return the click index ranges ``(first, last)`` reported as rage (dead clicks skip them).

    A click answered within ``responsive_ms`` worked and breaks a run (when the recording
    has DOM data to tell); bursts on ignored targets are dropped. Forwarded clicks (a
    label's click on its control) are left out: the bursts are found among the person's
    own clicks, and a run's indexes are those of its first and last own click.
    """
    if not session.has("interactions"):
        return []
    every = shared.clicks
    own = np.flatnonzero(~forwarded_clicks(session, every, config.dead_click.forward_ms))
    clicks = Clicks(
        t_ms=every.t_ms[own],
        x_px=every.x_px[own],
        y_px=every.y_px[own],
        target=every.target[own],
        pointer=every.pointer[own],
    )
    worked = dead = unanswered = None
    if session.has("mutations"):
        responses = shared.responses(config.dead_click)
        worked = responses.delay_ms[own] <= config.rage_click.responsive_ms
        unanswered = ~responses.answered[own]
        dead = unanswered & expected_targets(session, clicks.target)
    runs = []
    for first, last in burst_bounds(clicks, config, worked, dead, unanswered):
        targets = clicks.target[first : last + 1]
        values, counts = np.unique(targets, return_counts=True)
        if not _ignored(session, int(values[np.argmax(counts)]), config):
            runs.append((int(own[first]), int(own[last])))
    return runs


def _burst_hit(
    session: Session,
    clicks: Clicks,
    responses: Responses,
    first: int,
    last: int,
    config: SignalConfig,
    *,
    own: np.ndarray,
    can_judge: bool,
) -> SignalHit:
    rc = config.rage_click
    sl = first + np.flatnonzero(own[first : last + 1])  # the person's clicks, not forwards
    targets = clicks.target[sl]
    values, counts = np.unique(targets, return_counts=True)
    target = int(values[np.argmax(counts)])
    delay_in_burst = responses.delay_ms[sl]
    n = len(sl)
    t0, t1 = int(clicks.t_ms[first]), int(clicks.t_ms[last])
    xs, ys = clicks.x_px[sl], clicks.y_px[sl]
    cx, cy = _finite_mean(xs), _finite_mean(ys)
    dists = np.hypot(xs - xs[0], ys - ys[0])
    dists = dists[np.isfinite(dists)]
    spread = float(dists.max()) if len(dists) else 0.0
    answered = int(np.count_nonzero(np.isfinite(delay_in_burst)))
    dead = (answered == 0) if can_judge else None
    strong = n >= rc.strong_clicks
    strength = 0.6 + (0.2 if strong else 0.0) + (0.2 if dead else 0.0)
    pointer = pointer_name(int(np.max(clicks.pointer[sl])))
    noun = reasons.why("noun.taps" if pointer == "touch" else "noun.clicks")
    where = short_target(session, target)
    if not can_judge:
        tail = reasons.why("rage_click.no_dom")
    elif dead:
        silent = float(responses.any_delay_ms[last])
        tail = no_response_why(silent, after_ms=t1, duration_ms=session.meta.duration_ms)
    else:
        tail = reasons.why("rage_click.answered", answered=answered, n=n, noun=noun)
    evidence: dict[str, Any] = {
        "clicks": n,
        "span_ms": t1 - t0,
        "max_spread_px": round(spread, 1),
        "pointer": pointer,
        "dead": dead,
        "answered": answered,
        "strong": strong,
        "click_t_ms": [int(t) for t in clicks.t_ms[sl]],
    }
    if np.isfinite(responses.any_delay_ms[last]):
        evidence["next_response_ms"] = float(responses.any_delay_ms[last])
    reason = reasons.why(
        "rage_click",
        n=n,
        noun=noun,
        span_ms=t1 - t0,
        spread_px=f"{spread:.0f}",
        target=reasons.target(where),
        tail=tail,
    ).attach(evidence)
    return SignalHit(
        signal=SIGNAL,
        start_ms=t0,
        end_ms=t1,
        strength=strength,
        reason=reason,
        evidence=evidence,
        target=describe_target(session, target),
        x_px=cx,
        y_px=cy,
    )


def _finite_mean(values: np.ndarray) -> float | None:
    finite = values[np.isfinite(values)]
    return float(finite.mean()) if len(finite) else None
