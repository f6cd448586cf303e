"""Held-out set 13 (issue 15, thirteenth round): kept out of every tuning decision.

tests/data/rrweb-heldout13 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout13``): a
kind of site no detector was tuned on (a restaurant ordering page: a menu of 12 dishes with
+/- quantity steppers answered at once, category buttons that filter the menu at once, a
cart drawer opened and closed, a tip selector that changes the total at once, "Waiting
time" answered after 0.8 s, a mobile number validated on blur, a "Kitchen closes in"
countdown ticking every second, a real allergen-info page) and earlier input models in new
combinations (a thumb trackball, a pen on a graphics tablet, a stylus on a phone, a
fingertip on a small tablet; calm: a slow hand, an accelerated mouse, a left-handed mouse,
a jittery mouse). Its truth follows the late-answer rule: every click the page answered
after more than 1 s is slow_click, in any session. It was written, generated and committed
before any detector ran on it. Its first and only run (detectors 1.12.0, ``replay evaluate
--anchors``, 2026-12-03 17:44 UTC, by the integrator) is in docs/signals.md: 8 of 9 signals
at 1.00; two calm clicks on "Waiting time" (answered after 0.8 s) called dead. These tests
hold it to the bar where it got there and keep the miss as a strict xfail with its reason.
Nothing was tuned on this set.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_sets import assert_at_the_bar, check_set, set_fixtures

from replay.signals.evaluate import Evaluation

HELDOUT13 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout13"

sessions, results, ev = set_fixtures(HELDOUT13, "heldout13")


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT13,
        "heldout13",
        recordings=8,
        calm=4,
        truth_rows=18,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )


#: Round 13's one run (detectors 1.12.0): the signals at the bar (P and R >= 0.95).
AT_THE_BAR = (
    "erratic_cursor",
    "error_click",
    "form_reentry",
    "quick_back",
    "rage_click",
    "repeated_rotation",
    "scroll_thrash",
    "slow_click",
)

WAITING_TIME_MISS = (
    "known held-out-13 miss (docs/signals.md, round 13): two calm clicks on 'Waiting time' "
    "(button#eta, answered after 0.8 s) were called dead ('no page response for 2.5-3.7 s'): "
    "dead_click P 0.50, 2 calm detections, 2 false spikes"
)


def test_heldout13_reaches_the_bar_but_for_waiting_time(ev: Evaluation) -> None:
    # 8 of 9 signals at 1.00 on the one run; both dead-click truth rows found
    assert len(ev.scores) == 9
    for name in AT_THE_BAR:
        assert ev.scores[name].precision == 1.0, name
        assert ev.scores[name].recall == 1.0, name
    assert ev.scores["dead_click"].recall == 1.0
    assert ev.scores["dead_click"].precision == 0.5
    assert len(ev.calm_sessions) == 4
    assert {str(d[1]) for d in ev.calm_detections} == {"dead_click"}
    assert len(ev.calm_detections) == 2


@pytest.mark.xfail(strict=True, reason=WAITING_TIME_MISS)
def test_heldout13_calm_sessions_have_no_detection(ev: Evaluation) -> None:
    assert_at_the_bar(ev, signals=9, calm=4)
