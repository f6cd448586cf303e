"""Held-out set 10 (issue 15, tenth round): kept out until its one run, tuning data since.

tests/data/rrweb-heldout10 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout10``): a
kind of site no detector was tuned on (a bank's accounts and transfer page: a sticky offer
banner that animates all the time, payee chips, a transfer form validated on blur, "Check
payee name" answered after 0.85 s, a confirmation dialog, a toast that dismisses itself, a
savings-goal slider, "Show more" that acts once on a double-click, a real statements page)
and four new input models (a left-handed mouse user with long pauses, a gamer's fast
flicks, a thumb trackball, voice control on a phone) beside a large tablet held in
landscape. Its truth follows the late-answer rule: every click the page answered after more
than 1 s is slow_click, in any session. It was written, generated and committed before any
detector ran on it. Its first and only run (detectors 1.10.0, ``replay evaluate --anchors``,
2026-12-03 16:48 UTC) is in docs/signals.md: 8 of 9 signals at 1.00, 0 calm detections,
0 false spikes; erratic_cursor found neither shake. Nothing was tuned on this set before that
run. The miss was fixed by principle in detectors 1.11.0 (docs/signals.md, item 22); since
then the set is tuning data, and these tests hold it to the bar on every signal.
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import assert_at_the_bar, check_set, set_fixtures

from replay.signals import DetectionResult
from replay.signals.evaluate import Evaluation

HELDOUT10 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout10"


sessions, results, ev = set_fixtures(HELDOUT10, "heldout10")


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT10,
        "heldout10",
        recordings=9,
        calm=4,
        truth_rows=18,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )


#: Round 10's one run (detectors 1.10.0): the signals at the bar (P and R >= 0.95).
AT_THE_BAR = (
    "dead_click",
    "error_click",
    "form_reentry",
    "quick_back",
    "rage_click",
    "repeated_rotation",
    "scroll_thrash",
    "slow_click",
)

#: What the one run found for erratic_cursor (docs/signals.md, round 10): neither truth row
#: (recall 0.00, no false one either): the gamer's shake is faster than rrweb's ~50 ms mouse
#: sampling (34 positions, 4 reversals each way, 422 px/s over 2 s) and the trackball's comes
#: in rolls with stops between them. Fixed by principle in detectors 1.11.0 (item 22); this
#: set has been tuning data since.
FIRST_RUN_ERRATIC_RECALL = 0.0


def test_heldout10_reaches_the_bar_but_for_the_shakes(ev: Evaluation) -> None:
    # 8 of 9 signals at 1.00 on the one run; 0 calm detections, 0 false spikes (the
    # first run's erratic_cursor recall, 0.00, is FIRST_RUN_ERRATIC_RECALL: 1.00 since 1.11.0)
    assert_at_the_bar(ev, signals=9, calm=4, bar=1.0, only=AT_THE_BAR)
    assert ev.calm_detections == []


def test_heldout10_shakes_are_found(ev: Evaluation) -> None:
    # detectors 1.11.0 (item 22): the former strict xfail; all 9 signals now at 1.00
    assert_at_the_bar(ev, signals=9, calm=4, bar=1.0)
    assert ev.scores["erratic_cursor"].recall == 1.0
    assert ev.scores["erratic_cursor"].recall != FIRST_RUN_ERRATIC_RECALL


def test_heldout10_shakes_are_found_by_principle(results: dict[str, DetectionResult]) -> None:
    hits = {
        name: [h for h in r.hits if h.signal == "erratic_cursor"] for name, r in results.items()
    }
    # the gamer's: few reversals (4 on one line), each stroke retracing the same ground
    (gamer,) = hits["b10-gamer-b.rrweb.json"]
    assert gamer.evidence["x_reversals"] + gamer.evidence["y_reversals"] < 6
    assert abs(gamer.start_ms - 22552) <= 1000
    # the trackball's loops: judged against the person's own other movement (few steps of it)
    (ball,) = hits["b10-trackball-d.rrweb.json"]
    assert ball.evidence["turn_baseline_source"] == "own"
    assert ball.evidence["turn_ratio"] >= 3.0
    assert abs(ball.start_ms - 5321) <= 1000
