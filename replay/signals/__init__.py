"""Frustration detectors: pure functions over a session's arrays (no I/O, no Qt).

``detect(session, config)`` runs every detector and returns a :class:`DetectionResult`
(hits with reasons and evidence, the frustration curve, spikes, the session score and
the engagement side). Each detector lives in its own module and names its source
definition in ``SIGNALS.md``.
"""

from __future__ import annotations

import bisect
from types import ModuleType
from typing import Protocol

from replay.model.session import Session
from replay.signals import (
    cursor_confusion,
    dead_click,
    erratic_cursor,
    error_click,
    form_reentry,
    hesitation,
    navigation,
    rage_click,
    rotation,
    scroll,
)
from replay.signals.config import SignalConfig, load_config
from replay.signals.engagement import engagement as compute_engagement
from replay.signals.hits import SIGNAL_NAMES, DetectorOutput, SignalHit
from replay.signals.prepared import Prepared
from replay.signals.result import DetectionResult
from replay.signals.score import Spike, curve, session_score, spikes

#: Bump when a detector's behaviour changes: stored results with another version are stale.
DETECTOR_VERSION = "1.19.0"  # 1.19.0: a click on a native slider (input type=range) is not a dead-click candidate (a click on its track moves the value at once; one that moved nothing was on the thumb, where no answer is due); 1.18.0: a recording with pointer clicks but not one press (the recorder did not record presses) takes each click's press as at most press_bound_ms (1000) before it: a change of the clicked control itself from there answers it, the control's own input since the click before answers it (a held slider), the press counts as an action, and the late search ends press_bound_ms before the next click; recordings with presses are unchanged; an element whose every change falls on one strict beat (at least background_repeats of them away from any action) is the page's own timer however busy the person was around its beats (a rage burst's first tap was answered by a "now" line moving during the press); a form re-entry starts at the person's first change of the field, not at the page's writes (an empty value before the field held text; a value written while the field was not focused, where focus is recorded; rrweb's userTriggered false); 1.17.0: on the stored page a change of the clicked control itself (or an element holding it within its near region; its own attributes or text, not a background element) in the click's own task answers it, whatever else the batch holds (a timer's work in the same task); 1.16.0: the person's next press (a mouse-down or touch-start after a click: a stroke, a drag) ends the click's window and its late-answer search; on the stored page a background element with no rhythm near the click, changed within same_task_ms after the click or its press, answers it (the click's own task); 1.15.0: an erratic-cursor shake's lead-in rhythm counts an x and a y reversal at one sample as one turn (a diagonal shake was cut to a third), and the kept run is split again by its own rhythm until every interval fits; 1.14.0: a click's answer window starts at its press on the same target (a slider, a checkbox answers at the press; its own Input event between press and click answers it); on the stored page an element's scroll answers a click only when the element holds the clicked control or lies in its own group (its grandparent's subtree), not a box the page scrolls by itself; 1.13.0: on the stored page a delayed far change is an earlier click's leftover work only when it touches what that click's immediate answer changed or added; a click the browser forwards (a label's click on its control) is not counted for rage or quick repeats; a node past 4096 ancestors counts as in a text-entry field (the importer's walk); 1.12.0: typing in a contenteditable is user input; a form re-entry ends at its last input holding text; a retracing shake the sparse rule turned down is judged by the retrace rule; 1.11.0: a shake by a person with a baseline is judged against their own other movement however little of it is outside the window; 1.10.0: a label click forwarded to its control is one action; an error click is not also dead or slow


class Detector(Protocol):
    """A detector module's ``detect``: pure, reads the session (and its shared arrays)."""

    def __call__(
        self, session: Session, config: SignalConfig, *, prep: Prepared | None = None
    ) -> DetectorOutput:
        """Return the hits found in ``session`` and the signals it cannot compute."""
        ...


#: The detector modules, in the order they run: the one list of them. A module of this
#: package with a top-level ``detect`` is a detector and must be here
#: (tests/signals/test_registry.py); the signals tests wrap these modules' ``SignalHit``.
DETECTOR_MODULES: tuple[ModuleType, ...] = (
    rage_click,
    dead_click,
    error_click,
    erratic_cursor,
    cursor_confusion,
    hesitation,
    scroll,
    rotation,
    navigation,
    form_reentry,
)

DETECTORS: tuple[Detector, ...] = tuple(module.detect for module in DETECTOR_MODULES)

__all__ = [
    "DETECTORS",
    "DETECTOR_MODULES",
    "DETECTOR_VERSION",
    "SIGNAL_NAMES",
    "DetectionResult",
    "Detector",
    "Prepared",
    "SignalConfig",
    "SignalHit",
    "Spike",
    "detect",
    "load_config",
]


def detect(session: Session, config: SignalConfig | None = None) -> DetectionResult:
    """Run every detector on ``session`` and score the result.

    Parameters
    ----------
    session : Session
        The session to analyse (read only).
    config : SignalConfig, optional
        Thresholds and weights; default: the bundled ``resources/thresholds.toml`` merged
        with the user's config (see :func:`load_config`).

    Returns
    -------
    DetectionResult
        Deterministic for a given session, config and detector version.
    """
    cfg = config if config is not None else load_config()
    hits: list[SignalHit] = []
    unavailable: dict[str, str] = {}
    unjudged: dict[str, str] = {}
    prep = Prepared(session)  # derived arrays shared by the detectors, computed once
    for run in DETECTORS:
        found = run(session, cfg, prep=prep)
        hits.extend(found.hits)
        unavailable.update(found.unavailable)
        unjudged.update(found.unjudged)
    hits = _fold_rage_members(hits)
    hits = _fold_error_clicks(hits)
    hits.sort(key=lambda h: (h.start_ms, h.end_ms, h.signal))
    eng = compute_engagement(session, gap_ms=cfg.score.active_gap_ms)
    score, breakdown = session_score(hits, active_ms=eng["active_ms"], cfg=cfg.score)
    t, value = curve(hits, duration_ms=session.meta.duration_ms, cfg=cfg.score)
    prefix = (session.meta.content_hash or "session")[:8]
    found_spikes = spikes(hits, t, value, cfg=cfg.score, id_prefix=prefix)
    return DetectionResult(
        hits=tuple(hits),
        spikes=found_spikes,
        unavailable=dict(sorted(unavailable.items())),
        score=score,
        peak=float(value.max()) if len(value) else 0.0,
        breakdown=breakdown,
        engagement=eng,
        curve_t_ms=t,
        curve=value,
        config_hash=cfg.config_hash,
        detector_version=DETECTOR_VERSION,
        config=cfg.to_dict(),
        unjudged=dict(sorted(unjudged.items())),
    )


def _fold_error_clicks(hits: list[SignalHit]) -> list[SignalHit]:
    """Drop dead/slow click hits of a click that is an error click (the error reports it).

    One click, one hit, under its most specific cause (as a rage burst reports its dead
    clicks, :func:`_fold_rage_members`; SIGNALS.md 10 "Rage + dead" is one hit): a console
    error within ``error_click.window_ms`` of the click is the page's response and names
    why nothing else came. Without this, a control that only throws is reported twice,
    and a later change the click did not cause (a menu opened by hovering on the way to
    something else) may be taken for its late answer.
    """
    errors = {(h.start_ms, h.target) for h in hits if h.signal == "error_click"}
    if not errors:
        return hits
    return [
        h
        for h in hits
        if h.signal not in ("dead_click", "slow_click") or (h.start_ms, h.target) not in errors
    ]


def _fold_rage_members(hits: list[SignalHit]) -> list[SignalHit]:
    """Drop dead/slow click hits that are clicks of a rage burst (the burst reports them).

    The truth convention (and Sentry's) is one rage click for a burst on a dead control,
    with ``evidence["dead"]`` saying so, not one dead click per press.
    """
    bursts = sorted((h for h in hits if h.signal == "rage_click"), key=lambda b: b.start_ms)
    if not bursts:
        return hits
    starts = [b.start_ms for b in bursts]
    # bursts are disjoint runs of clicks, so their ends rise with their starts: walk back
    # from the last burst starting at or before the click while it can still hold it
    # (binary search, not every burst for every click)

    def inside(h: SignalHit) -> bool:
        k = bisect.bisect_right(starts, h.start_ms) - 1
        while k >= 0 and bursts[k].end_ms >= h.start_ms:
            if bursts[k].target == h.target or h.target is None:
                return True
            k -= 1
        return False

    return [h for h in hits if h.signal not in ("dead_click", "slow_click") or not inside(h)]
