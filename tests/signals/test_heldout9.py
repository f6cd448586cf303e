"""The detectors on held-out set 9 (issue 15, ninth round): kept out of every tuning decision.

tests/data/rrweb-heldout9 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout9``): a
kind of site no detector was tuned on (a clinic's appointment wizard: four steps with
client-side routes announced as pageview events, a search with filter chips and a checkbox
answered after 0.6-0.8 s, accordions and switches with CSS transitions, a date picker with
disabled days, aria-disabled "Continue" buttons that say why when pressed, a hover menu, a
tip on hover, a same-origin map iframe) and four new input models (a touchscreen laptop
mixing finger taps and swipes with its pointer, a screen magnifier, a high-DPI mouse with
pointer acceleration, a stylus on a phone and on a tablet). Its truth follows the
late-answer rule: every click the page answered after more than 1 s is slow_click, in any
session. It was written, generated and committed before any detector change of round 9 and
before ``replay evaluate`` ran on it; the figures of its first run (detectors 1.9.0,
``replay evaluate --anchors``) are in docs/signals.md. These tests hold it to the issue's
bar where it got there and keep its misses as strict xfails with their reasons.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_sets import assert_at_the_bar, check_set, detect_set, evaluate_set, import_set

from replay.model.session import Session
from replay.signals import DetectionResult
from replay.signals.evaluate import Evaluation

HELDOUT9 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout9"

CALM = (
    "w9-calm-hybrid.rrweb.json",
    "w9-calm-magnifier.rrweb.json",
    "w9-calm-accel.rrweb.json",
    "w9-calm-stylus.rrweb.json",
)


@pytest.fixture(scope="module")
def sessions() -> dict[str, Session]:
    return import_set(HELDOUT9)


@pytest.fixture(scope="module")
def results(sessions: dict[str, Session]) -> dict[str, DetectionResult]:
    return detect_set(sessions)


@pytest.fixture(scope="module")
def ev(results: dict[str, DetectionResult]) -> Evaluation:
    return evaluate_set(HELDOUT9, "heldout9", results)


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT9,
        "heldout9",
        recordings=9,
        calm=4,
        truth_rows=20,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )


#: Round 9's first run (detectors 1.9.0): the signals at the bar (P and R >= 0.95).
AT_THE_BAR = (
    "erratic_cursor",
    "error_click",
    "form_reentry",
    "quick_back",
    "rage_click",
    "repeated_rotation",
    "scroll_thrash",
)

LABEL_CLICK_MISS = (
    "known held-out-9 miss (docs/signals.md, round 9): a click on a <label> makes the browser "
    "click its checkbox too (HTML: the label's activation behaviour), recorded ~6 ms later at "
    "the same point, then the checkbox's input; the label's own click is judged alone, its "
    "window cut by that second click, and called dead ('no page response for 0.0 s') "
    "although the checkbox toggled and the page answered: 11 dead clicks on label clicks "
    "(9 on the 4 calm sessions, 9 false spikes), dead_click P 0.14"
)

ERROR_ALSO_DEAD_MISS = (
    "known held-out-9 miss (docs/signals.md, round 9): 'Add to calendar' only logs a console "
    "error; both error clicks are found, and the same click is also called dead (stylus) or "
    "slow (accelerated mouse: the Help menu opening on hover 5.8 s later taken as its late "
    "answer): slow_click P 0.67"
)


def test_heldout9_reaches_the_bar_but_for_label_clicks(ev: Evaluation) -> None:
    # 7 of 9 signals at 1.00 on the first run; every truth row found (recall 1.00 for all
    # 9 signals); the misses are false dead clicks on label clicks and a slow error click
    assert len(ev.scores) == 9
    for name in AT_THE_BAR:
        assert ev.scores[name].precision == 1.0, name
    assert all(s.recall == 1.0 for s in ev.scores.values())
    assert len(ev.calm_sessions) == 4
    assert ev.scores["dead_click"].precision == pytest.approx(2 / 14)
    assert ev.scores["slow_click"].precision == pytest.approx(2 / 3)
    assert len(ev.calm_detections) == 9
    assert {str(d[1]) for d in ev.calm_detections} == {"dead_click"}
    assert len(ev.false_spikes) == 9  # each led by one of those dead clicks


def test_no_rage_or_false_motion_on_the_calm_sessions(results: dict[str, DetectionResult]) -> None:
    # touch taps mixed with trackpad clicks (the pointer jumping to each touch and back),
    # the magnifier's slow scans, the accelerated mouse's overshoots, three quick "+"
    # clicks inside the map iframe, quick month arrows, the stylus's hovering pen taps:
    # no rage click, erratic cursor or scroll thrash on any calm session
    for name in CALM:
        hits = [
            h
            for h in results[name].hits
            if h.signal in ("rage_click", "erratic_cursor", "scroll_thrash", "repeated_rotation")
        ]
        assert hits == [], (name, hits)


@pytest.mark.xfail(strict=True, reason=LABEL_CLICK_MISS)
def test_label_clicks_are_not_dead(ev: Evaluation) -> None:
    assert_at_the_bar(ev, signals=9, calm=4, only=("dead_click",))
    assert ev.calm_detections == []


@pytest.mark.xfail(strict=True, reason=ERROR_ALSO_DEAD_MISS)
def test_an_error_click_is_not_also_slow_or_dead(results: dict[str, DetectionResult]) -> None:
    for name in ("w9-accel-c.rrweb.json", "w9-stylus-b.rrweb.json"):
        errors = [h for h in results[name].hits if h.signal == "error_click"]
        assert len(errors) == 1
        t = errors[0].start_ms
        others = [
            h
            for h in results[name].hits
            if h.signal in ("dead_click", "slow_click") and abs(h.start_ms - t) < 50
        ]
        assert others == [], (name, others)
