"""Held-out set 17 (issue 15, seventeenth round): kept out of every tuning decision.

tests/data/rrweb-heldout17 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout17``): a
kind of site no detector was tuned on (an analytics dashboard, "Store performance": KPI cards
and a bar chart whose data refreshes by itself every ~5 s, with an "updated N s ago" label
ticking every second; hover tooltips on the bars; a sortable stores table with pagination
answered at once; a date-range popover with presets; channel filter chips that toggle; a
collapsible sidebar; "Refresh now" showing a spinner at once and the data 0.7 s later;
"Export CSV" answered after 2.6 s with nothing shown meanwhile; a KPI card that looks
clickable and has no handler; a broken "Compare to last year" switch; "Share report" that
throws; a "Report name" field validated on blur; a real help page and a client-side
settings route) and a new input model, a one-handed phone user reaching with the thumb
(ThumbHuman: near misses on high targets and retaps), beside earlier models in new
combinations. Its truth follows the late-answer rule: every click the page answered after
more than 1 s is slow_click, in any session. It was written, generated and committed before
any detector ran on it. Its first and only run (detectors 1.16.0, ``replay evaluate
--anchors``, 2026-12-03 20:22 UTC, by the integrator) is in docs/signals.md: 8 of 9 signals
at 1.00, 0 calm detections, 0 false spikes; one false dead click in a frustrated session
(a tap on a filter chip in d17-tablet-c at 0:03.519, answered 1 ms later). These tests hold
it to the bar where it got there and keep the miss as a strict xfail with its reason.
Nothing was tuned on this set.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_sets import assert_at_the_bar, check_set, set_fixtures

from replay.signals.evaluate import Evaluation

HELDOUT17 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout17"

sessions, results, ev = set_fixtures(HELDOUT17, "heldout17")


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT17,
        "heldout17",
        recordings=8,
        calm=4,
        truth_rows=18,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )


#: The one run (detectors 1.16.0): the signals at the bar (P and R >= 0.95).
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

CHIP_MISS = (
    "known held-out-17 miss (docs/signals.md, set 17): a tap on a filter chip (d17-tablet-c, "
    "0:03.519), answered 1 ms later by one batch (the chip's aria-pressed and the KPI values "
    "the auto-refresh also rewrites), was called dead: dead_click P 0.67 (R 1.00)"
)


def test_heldout17_reaches_the_bar_but_for_the_chip(ev: Evaluation) -> None:
    # 8 of 9 at 1.00 on the one run, 0 calm detections, 0 false spikes
    assert_at_the_bar(ev, signals=9, calm=4, bar=1.0, only=AT_THE_BAR)
    assert ev.calm_detections == []
    assert ev.scores["dead_click"].recall == 1.0
    assert round(ev.scores["dead_click"].precision or 0.0, 2) == 0.67


@pytest.mark.xfail(strict=True, reason=CHIP_MISS)
def test_heldout17_dead_clicks_at_the_bar(ev: Evaluation) -> None:
    assert_at_the_bar(ev, signals=9, calm=4)
