"""The detectors on held-out set 5 (issue 15, fifth round): kept out of every tuning decision.

tests/data/rrweb-heldout5 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout5``): a
kind of site no detector was tuned on (a spreadsheet-like budget grid: a click selects a
cell, a double-click or Enter edits it inline, +/- steppers, sortable headers, a date
picker, a collaborator's highlight that moves by itself) and a new human model (a worn,
low-precision mouse: coarse, slow reports with spurious jumps and glitches), with keyboard
cell navigation. It was written and generated before any detector change of round 5 and
committed before any detector change was committed and before any detector ran on it; the
figures of its first and only run (detectors 1.6.0) are in docs/signals.md (6 of 8: the late
"Recalculate" was twice called dead). From round 6 it is tuning data (its ABOUT.md says so):
these tests hold it to the issue's bar, the late answer included (detectors 1.7.0).
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import assert_at_the_bar, assert_no_hits, check_set, hits_of, set_fixtures

from replay.signals import DetectionResult
from replay.signals.evaluate import Evaluation

HELDOUT5 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout5"


sessions, results, ev = set_fixtures(HELDOUT5, "heldout5")


def test_set_is_complete_and_kept_out() -> None:
    check_set(HELDOUT5, "heldout5", recordings=8, calm=4, truth_rows=18, signals=8)


def test_heldout5_reaches_the_bar(ev: Evaluation) -> None:
    # round 5's one run gave 6 of 8 (the late "Recalculate", twice called dead); from
    # round 6 this set is tuning data and every signal is at the bar (detectors 1.7.0)
    assert_at_the_bar(ev, signals=8, calm=4)


def test_steppers_sorts_and_pickers_are_not_rage_or_dead(
    results: dict[str, DetectionResult],
) -> None:
    # calm traps: 5 and 7 quick clicks on a +/- stepper that answers each time, a header
    # sorted three times in a row, double-clicks to edit and to select a word, date pickers
    # opened and closed, a drag across cells, keyboard edits (clicks at x = y = 0)
    calm = [n for n in results if "-calm-" in n]
    assert len(calm) == 4
    assert_no_hits(results, calm, ("dead_click", "rage_click"))


def test_the_late_recalculate_is_slow(ev: Evaluation, results: dict[str, DetectionResult]) -> None:
    # round 5's miss, fixed in round 6 by principle (docs/signals.md, item 17): the batch
    # that re-renders the 48 rows 3.6 s after the click creates the cells the
    # collaborator highlight later moves over; nodes a batch creates are not its changed
    # elements (they cannot have changed by themselves before they existed), so the
    # batch is the click's answer: slow, with its delay
    assert ev.scores["slow_click"].recall == 1.0
    assert ev.scores["dead_click"].precision == 1.0
    for name in ("h5-sheet-jitter-a.rrweb.json", "h5-sheet-jitter-d.rrweb.json"):
        (slow,) = hits_of(results, name, "slow_click")
        assert "recalc-btn" in (slow.target or "")
        assert 3400 <= float(slow.evidence["response_ms"]) <= 3900, slow.evidence
