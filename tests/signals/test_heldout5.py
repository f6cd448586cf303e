"""The detectors on held-out set 5 (issue 15, fifth round): kept out of every tuning decision.

tests/data/rrweb-heldout5 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout5``): a
kind of site no detector was tuned on (a spreadsheet-like budget grid: a click selects a
cell, a double-click or Enter edits it inline, +/- steppers, sortable headers, a date
picker, a collaborator's highlight that moves by itself) and a new human model (a worn,
low-precision mouse: coarse, slow reports with spurious jumps and glitches), with keyboard
cell navigation. It was written and generated before any detector change of round 5 and
committed before any detector change was committed and before any detector ran on it; the
figures of its first and only run (detectors 1.6.0) are in docs/signals.md. These tests
hold it to the issue's bar and keep its misses as strict xfails with their reason.
Nothing was tuned on this set after that run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_sets import detect_set, evaluate_set, import_set, session_rows

from replay.model.session import Session
from replay.signals import DetectionResult
from replay.signals.evaluate import Evaluation, read_truth

HELDOUT5 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout5"


@pytest.fixture(scope="module")
def sessions() -> dict[str, Session]:
    return import_set(HELDOUT5)


@pytest.fixture(scope="module")
def results(sessions: dict[str, Session]) -> dict[str, DetectionResult]:
    return detect_set(sessions)


@pytest.fixture(scope="module")
def ev(results: dict[str, DetectionResult]) -> Evaluation:
    return evaluate_set(HELDOUT5, "heldout5", results)


def test_set_is_complete_and_kept_out() -> None:
    rows = session_rows(HELDOUT5)
    assert len(rows) == 8
    assert {r["part"] for r in rows} == {"heldout5"}
    assert sum(r["expected_frustrated"] == "no" for r in rows) == 4
    for r in rows:
        assert (HELDOUT5 / r["recording"]).is_file()
    truth = read_truth(HELDOUT5 / "truth.csv")
    assert len(truth) == 18
    assert len({t.signal for t in truth}) == 8  # every signal represented


def test_heldout5_reaches_the_bar_but_for_the_late_answer(ev: Evaluation) -> None:
    # 6 of 8 signals: P and R >= 0.95 (the worn mouse's 4 shakes among them); the two
    # dead clicks are found; no calm detection, no spike on a calm session
    assert len(ev.scores) == 8
    for s in ev.scores.values():
        if s.signal in ("dead_click", "slow_click"):
            continue
        assert (s.precision or 0.0) >= 0.95, s
        assert (s.recall or 0.0) >= 0.95, s
    assert ev.scores["dead_click"].recall == 1.0
    assert ev.scores["dead_click"].precision == 0.5
    assert ev.scores["slow_click"].recall == 0.0
    assert len(ev.calm_sessions) == 4
    assert ev.calm_detections == []
    assert ev.false_spikes == []


def test_steppers_sorts_and_pickers_are_not_rage_or_dead(
    results: dict[str, DetectionResult],
) -> None:
    # calm traps: 5 and 7 quick clicks on a +/- stepper that answers each time, a header
    # sorted three times in a row, double-clicks to edit and to select a word, date pickers
    # opened and closed, a drag across cells, keyboard edits (clicks at x = y = 0)
    calm = [n for n in results if "-calm-" in n]
    assert len(calm) == 4
    for n in calm:
        assert [h for h in results[n].hits if h.signal in ("dead_click", "rage_click")] == []


@pytest.mark.xfail(
    strict=True,
    reason="known held-out-5 miss (docs/signals.md, round 5): 'Recalculate' answers after "
    "3.6 s by re-rendering the grid's 48 rows; the collaborator highlight later moves "
    "over the new cells, so some of them change by themselves (3+ class changes with no "
    "click before), and round 4's rule (item 15: what changes in the same mutation as a "
    "background element is that timer's work) discards the very batch that created "
    "them: the late answer is not seen and both slow clicks are called dead",
)
def test_the_late_recalculate_is_slow(ev: Evaluation) -> None:
    assert ev.scores["slow_click"].recall == 1.0
    assert ev.scores["dead_click"].precision == 1.0
