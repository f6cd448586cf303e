"""Held-out set 11 (issue 15, eleventh round): kept out of every tuning decision.

tests/data/rrweb-heldout11 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout11``): a
kind of site no detector was tuned on (an online notes editor: a contenteditable document
under a sticky formatting toolbar whose toggles answer with a class change, undo and redo,
an autosave mark that flashes while typing, a focus timer counting down every second, a
notes list reordered by dragging, a lightbox, a comments panel, a share box validated on
blur, a real help page) and earlier input models in new combinations (a jittery mouse, an
accelerated high-DPI mouse, a stylus on a tablet, a slow hand, a fingertip on a small
phone; calm: a pen tablet, keyboard only, a screen magnifier, a trackball). Its truth
follows the late-answer rule: every click the page answered after more than 1 s is
slow_click, in any session. It was written, generated and committed before any detector
ran on it. Its first and only run (detectors 1.11.0, ``replay evaluate --anchors``,
2026-12-03 17:08 UTC, by the integrator) is in docs/signals.md: 6 of 9 signals at 1.00;
5 calm detections (dead clicks on the pen tablet's Undo, Redo and List), one shake missed,
one form re-entry's end 2.9 s late. These tests hold it to the bar where it got there and
keep the misses as strict xfails with their reasons. Nothing was tuned on this set before
that run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_sets import assert_at_the_bar, check_set, detect_set, evaluate_set, import_set

from replay.model.session import Session
from replay.signals import DetectionResult
from replay.signals.evaluate import Evaluation

HELDOUT11 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout11"


@pytest.fixture(scope="module")
def sessions() -> dict[str, Session]:
    return import_set(HELDOUT11)


@pytest.fixture(scope="module")
def results(sessions: dict[str, Session]) -> dict[str, DetectionResult]:
    return detect_set(sessions)


@pytest.fixture(scope="module")
def ev(results: dict[str, DetectionResult]) -> Evaluation:
    return evaluate_set(HELDOUT11, "heldout11", results)


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT11,
        "heldout11",
        recordings=9,
        calm=4,
        truth_rows=18,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )


#: Round 11's one run (detectors 1.11.0): the signals at the bar (P and R >= 0.95).
AT_THE_BAR = (
    "error_click",
    "quick_back",
    "rage_click",
    "repeated_rotation",
    "scroll_thrash",
    "slow_click",
)

CALM_PEN_MISS = (
    "known held-out-11 miss (docs/signals.md, round 11): on the calm pen-tablet session, "
    "clicks on Undo, Undo, Redo, List, List were called dead ('no page response for 2.7-30 s'): "
    "dead_click P 0.29, 5 calm detections, 2 false spikes"
)
SHAKE_MISS = (
    "known held-out-11 miss (docs/signals.md, round 11): the accelerated mouse's shake "
    "(~200 px wide, 6 reversals, 502 px/s) was not found: erratic_cursor R 0.50"
)
REENTRY_EXTENT_MISS = (
    "known held-out-11 miss (docs/signals.md, round 11): the jittery mouse's form re-entry was "
    "found with its end 2.9 s after the truth's (66625-77738 vs 66625-74847; tolerance 1 s): "
    "form_reentry P 0.50, R 0.50"
)


def test_heldout11_reaches_the_bar_but_for_its_misses(ev: Evaluation) -> None:
    # 6 of 9 signals at 1.00 on the one run; dead_click recall 1.00, erratic precision 1.00;
    # the 2 false spikes are the calm pen's dead clicks (CALM_PEN_MISS)
    assert len(ev.scores) == 9
    for name in AT_THE_BAR:
        assert ev.scores[name].precision == 1.0, name
        assert ev.scores[name].recall == 1.0, name
    assert len(ev.calm_sessions) == 4
    assert len(ev.false_spikes) == 2
    assert ev.scores["dead_click"].recall == 1.0
    assert ev.scores["erratic_cursor"].precision == 1.0
    assert {str(d[1]) for d in ev.calm_detections} == {"dead_click"}


@pytest.mark.xfail(strict=True, reason=CALM_PEN_MISS)
def test_heldout11_calm_sessions_have_no_detection(ev: Evaluation) -> None:
    assert_at_the_bar(ev, signals=9, calm=4, only=("dead_click",))
    assert ev.calm_detections == []


@pytest.mark.xfail(strict=True, reason=SHAKE_MISS)
def test_heldout11_shakes_are_found(ev: Evaluation) -> None:
    assert_at_the_bar(ev, signals=9, calm=4, only=("erratic_cursor",))


@pytest.mark.xfail(strict=True, reason=REENTRY_EXTENT_MISS)
def test_heldout11_reentry_spans_its_episode(ev: Evaluation) -> None:
    assert_at_the_bar(ev, signals=9, calm=4, only=("form_reentry",))
