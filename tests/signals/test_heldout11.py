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
that run; it has been tuning data since. Detectors 1.12.0 (docs/signals.md, items 23 and
24) fixed two of the misses by principle: typing in a contenteditable is user input (the
calm pen's Undo, Redo and List answers were excused as "background" with the autosave mark
the typing drives), and a form re-entry ends at its last input holding text (the page
emptied the field after "Send invite").
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import assert_at_the_bar, assert_no_hits, check_set, hits_of, set_fixtures

from replay.signals import DetectionResult
from replay.signals.evaluate import Evaluation

HELDOUT11 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout11"


sessions, results, ev = set_fixtures(HELDOUT11, "heldout11")


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

#: What the one run found (detectors 1.11.0, docs/signals.md, round 11), kept as the record:
#: dead_click P 0.29 with 5 calm detections (2 false spikes): the calm pen's Undo, Undo,
#: Redo, List, List; form_reentry P 0.50 / R 0.50: the jittery mouse's re-entry found as
#: 66625-77738 against the truth's 66625-74847. Both fixed by principle in 1.12.0.
FIRST_RUN = {"dead_click_precision": 0.29, "calm_detections": 5, "form_reentry_recall": 0.5}

#: The one run's third miss (kept as the record): the accelerated mouse's shake (~200 px
#: wide, 6-7 reversals, 502 px/s, truth 34022-36474) was not found: erratic_cursor R 0.50.
#: Fixed by principle in 1.12.0 (item 25): a shake retracing its ground is judged by the
#: retrace rule even when the sparse rule turned it down.
FIRST_RUN_ERRATIC_RECALL = 0.5


def test_heldout11_reaches_the_bar(ev: Evaluation) -> None:
    # since 1.12.0: all 9 signals at 1.00, no calm detection (the one run: 6 of 9)
    assert_at_the_bar(ev, signals=9, calm=4, bar=1.0)
    for name in AT_THE_BAR:
        assert ev.scores[name].precision == 1.0, name


def test_heldout11_calm_sessions_have_no_detection(ev: Evaluation) -> None:
    # detectors 1.12.0 (item 23): the former strict xfail (FIRST_RUN: 5 calm detections)
    assert_at_the_bar(ev, signals=9, calm=4, bar=1.0, only=("dead_click",))
    assert ev.calm_detections == []
    assert ev.scores["dead_click"].precision != FIRST_RUN["dead_click_precision"]


def test_heldout11_toolbar_answers_in_a_typed_document(
    results: dict[str, DetectionResult],
) -> None:
    # the calm pen's Undo, Redo and List clicks were answered in the same batch as the
    # autosave mark that its typing drives: no dead or slow click on the calm pen
    assert_no_hits(results, ["n11-calm-pen.rrweb.json"], ("dead_click", "slow_click"))
    # the dead ones stay dead: "Last edited by Mia" (twice) and the rage on "Insert table"
    dead = sorted(
        (name, h.start_ms)
        for name, r in results.items()
        for h in r.hits
        if h.signal == "dead_click"
    )
    assert [name for name, _ in dead] == ["n11-jitter-a.rrweb.json", "n11-stylus-c.rrweb.json"]


def test_heldout11_shakes_are_found(ev: Evaluation, results: dict[str, DetectionResult]) -> None:
    # detectors 1.12.0 (item 25): the former strict xfail
    assert_at_the_bar(ev, signals=9, calm=4, bar=1.0, only=("erratic_cursor",))
    assert ev.scores["erratic_cursor"].recall != FIRST_RUN_ERRATIC_RECALL
    (hit,) = hits_of(results, "n11-accel-b.rrweb.json", "erratic_cursor")
    # sparse (7 reversals on one line), 1.16 x the person's own moving steps (below the
    # sparse rule's 1.25 x), every stroke retracing the same ~200 px: the retrace rule's
    assert hit.evidence["x_reversals"] + hit.evidence["y_reversals"] < 8
    assert hit.evidence["turn_ratio"] is None
    assert abs(hit.start_ms - 34022) <= 1000
    assert abs(hit.end_ms - 36474) <= 1000


def test_heldout11_reentry_spans_its_episode(
    ev: Evaluation, results: dict[str, DetectionResult]
) -> None:
    # detectors 1.12.0 (item 24): the former strict xfail; the episode ends at the last
    # input holding text (74847), not at the page emptying the field after "Send invite"
    assert_at_the_bar(ev, signals=9, calm=4, bar=1.0, only=("form_reentry",))
    assert ev.scores["form_reentry"].recall != FIRST_RUN["form_reentry_recall"]
    (hit,) = hits_of(results, "n11-jitter-a.rrweb.json", "form_reentry")
    assert (hit.start_ms, hit.end_ms) == (66625, 74847)
    assert hit.evidence["final_length"] == 0
