"""The detectors on held-out set 4 (issue 15, fourth round): kept out of every tuning decision.

tests/data/rrweb-heldout4 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout4``): a
kind of site no detector was tuned on (a fleet dispatch dashboard: hash routes, a map
panned by dragging and zoomed by double-click, a modal form, a live SVG chart, KPI tiles on
an irregular refresh) and two new human models (an older person's slow hand, a pen on a
graphics tablet), with keyboard scrolling. It was written and generated before any
detector change of round 4 and committed before any detector change was committed and
before any detector ran on it; the figures of its first and only run (detectors 1.5.0)
are in docs/signals.md. These tests hold it to the issue's bar and keep its misses as
strict xfails with their reason. Nothing was tuned on this set after that run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_sets import detect_set, evaluate_set, import_set, session_rows

from replay.model.session import Session
from replay.signals import DetectionResult
from replay.signals.evaluate import Evaluation, read_truth

HELDOUT4 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout4"


@pytest.fixture(scope="module")
def sessions() -> dict[str, Session]:
    return import_set(HELDOUT4)


@pytest.fixture(scope="module")
def results(sessions: dict[str, Session]) -> dict[str, DetectionResult]:
    return detect_set(sessions)


@pytest.fixture(scope="module")
def ev(results: dict[str, DetectionResult]) -> Evaluation:
    return evaluate_set(HELDOUT4, "heldout4", results)


def test_set_is_complete_and_kept_out() -> None:
    rows = session_rows(HELDOUT4)
    assert len(rows) == 8
    assert {r["part"] for r in rows} == {"heldout4"}
    assert sum(r["expected_frustrated"] == "no" for r in rows) == 4
    for r in rows:
        assert (HELDOUT4 / r["recording"]).is_file()
    truth = read_truth(HELDOUT4 / "truth.csv")
    assert len(truth) == 18
    assert len({t.signal for t in truth}) == 8  # every signal represented


def test_heldout4_reaches_the_bar_but_for_erratic(ev: Evaluation) -> None:
    # 7 of 8 signals: P and R >= 0.95; erratic precision 1.00; no calm detection, no spike
    assert len(ev.scores) == 8
    for s in ev.scores.values():
        if s.signal == "erratic_cursor":
            continue
        assert (s.precision or 0.0) >= 0.95, s
        assert (s.recall or 0.0) >= 0.95, s
    assert ev.scores["erratic_cursor"].precision == 1.0
    assert ev.scores["erratic_cursor"].recall == 0.5
    assert len(ev.calm_sessions) == 4
    assert ev.calm_detections == []
    assert ev.false_spikes == []


def test_map_pans_and_double_clicks_are_not_dead(results: dict[str, DetectionResult]) -> None:
    # calm traps: a 6-7 s pan with the button held, quick pans, a double-click zoom, pen
    # taps that slip 1-3 px while pressed, a tap on the modal's backdrop
    calm = [n for n in results if "-calm-" in n]
    assert len(calm) == 4
    for n in calm:
        assert [h for h in results[n].hits if h.signal in ("dead_click", "rage_click")] == []


def test_dead_clicks_under_the_live_chart_are_judged_on_the_page(
    results: dict[str, DetectionResult],
) -> None:
    dead = [h for r in results.values() for h in r.hits if h.signal == "dead_click"]
    assert len(dead) == 2
    assert {h.evidence["judged_by"] for h in dead} == {"page"}


@pytest.mark.xfail(
    strict=True,
    reason="known held-out-4 miss (docs/signals.md): the pen's loops (~25 px) and zigzag "
    "(~30 px) are dense shakes in place (27 and 12 reversals, turning 9.5-11.5x as often "
    "per px as the person's other movement), but the pen user moves so little besides "
    "(25-26 moving steps outside the shake, a baseline needs 30) that there is no turn "
    "baseline, and their steps (385 and 482 px/s) are under the 500 px/s floor of the "
    "speed rule; found 2 of 4 (the slow hand's shake and loops)",
)
def test_heldout4_shakes_are_found(ev: Evaluation) -> None:
    assert ev.scores["erratic_cursor"].recall == 1.0
