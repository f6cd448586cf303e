"""The detectors on held-out sets 3 and 3b (issue 15, third round): tuning sets since round 4.

tests/data/rrweb-heldout3 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout3``): a
kind of site no detector was tuned on then (a team inbox whose ticker and carousel change
the DOM all the time) and two new human models (a trackpad hand, a fast hand). It was kept
out of round 3; the figures of its first and only run then (detectors 1.4.0) and its
misses are in docs/signals.md. From round 4 on (detectors 1.5.0) sets 3 and 3b are tuning
data: each miss class was fixed by principle (erratic: turn density against the person's
own path; thrash: the burst starts with its first reversal; a drag is never a dead click;
what changes with a timer answers no click), and these tests hold both sets to the bar.
The kept-out set is now held-out set 4 (test_heldout4.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_sets import (
    TOLERANCE_MS,
    session_rows,
    set_fixtures,
)

from replay.importers import import_file
from replay.signals import DetectionResult, SignalConfig, detect
from replay.signals.evaluate import Evaluation, evaluate, read_recording_list, read_truth

HELDOUT3 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout3"


sessions, results, ev = set_fixtures(HELDOUT3, "heldout3")


def test_set_is_complete_and_kept_out() -> None:
    rows = session_rows(HELDOUT3)
    assert len(rows) == 8
    assert {r["part"] for r in rows} == {"heldout3"}
    assert sum(r["expected_frustrated"] == "no" for r in rows) == 4
    for r in rows:
        assert (HELDOUT3 / r["recording"]).is_file()
    truth = read_truth(HELDOUT3 / "truth.csv")
    assert len(truth) == 18


def test_heldout3_reaches_the_bar(ev: Evaluation) -> None:
    # every signal: P and R >= 0.95; no calm detection, no spike
    assert len(ev.scores) == 8
    for s in ev.scores.values():
        assert (s.precision or 0.0) >= 0.95, s
        assert (s.recall or 0.0) >= 0.95, s
    assert ev.scores["erratic_cursor"].precision == 1.0
    assert len(ev.calm_sessions) == 4
    assert ev.calm_detections == []
    assert ev.false_spikes == []


def test_dead_clicks_under_the_ticker_are_judged_on_the_page(
    results: dict[str, DetectionResult],
) -> None:
    # the ticker (0.7 s) and the carousel (2.6 s) answer no click: both dead clicks are
    # found, judged on the stored page (by timing alone detectors 1.3.0 found one of two)
    dead = [h for r in results.values() for h in r.hits if h.signal == "dead_click"]
    assert len(dead) == 2
    assert {h.evidence["judged_by"] for h in dead} == {"page"}


def test_heldout3_shakes_are_found(results: dict[str, DetectionResult], ev: Evaluation) -> None:
    # round 3 found 1 of 4: shakes at 0.84-0.96x the person's own median moving step; they
    # turn 4.5-10.5x as often per px as the person's other movement (round 4)
    assert ev.scores["erratic_cursor"].recall == 1.0
    hits = [h for r in results.values() for h in r.hits if h.signal == "erratic_cursor"]
    assert max(h.evidence["turn_ratio"] or 0.0 for h in hits) >= 3.0


def test_heldout3_trackpad_thrash_starts_on_time(ev: Evaluation) -> None:
    # round 3: the first swipe hit the bottom after 55 px and the hit started 1.26 s late
    assert ev.scores["scroll_thrash"].recall == 1.0


# -- held-out set 3b: set 3's scripts, other seeds and screens; kept out in round 3 (run
# once, detectors 1.4.0), tuning data since round 4 ----------------------------------------

HELDOUT3B = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout3b"


@pytest.fixture(scope="module")
def ev3b() -> Evaluation:
    cfg = SignalConfig()
    results = {p.name: detect(import_file(p), cfg) for p in sorted(HELDOUT3B.glob("*.rrweb.json"))}
    wanted = read_recording_list(HELDOUT3B / "truth.csv", part="heldout3b")
    return evaluate(
        read_truth(HELDOUT3B / "truth.csv"), results, tolerance_ms=TOLERANCE_MS, recordings=wanted
    )


@pytest.mark.full
def test_heldout3b_reaches_the_bar(ev3b: Evaluation) -> None:
    assert len(ev3b.calm_sessions) == 4
    assert len(ev3b.scores) == 8
    for s in ev3b.scores.values():
        assert (s.precision or 0.0) >= 0.95, s
        assert (s.recall or 0.0) >= 0.95, s


@pytest.mark.full
def test_heldout3b_no_calm_detection(ev3b: Evaluation) -> None:
    # round 3: a slider held 5.8 s was called dead; a drag is never a dead click
    assert ev3b.calm_detections == []
    assert ev3b.false_spikes == []


@pytest.mark.full
def test_heldout3b_slow_clicks_are_found(ev3b: Evaluation) -> None:
    # round 3: the carousel's dots, rewritten with its text, "answered" Sync after 0.83 s
    assert ev3b.scores["slow_click"].recall == 1.0


@pytest.mark.full
def test_heldout3b_shakes_are_found(ev3b: Evaluation) -> None:
    # round 3: 3 missed (0.92-1.00x speed), one found 1.26 s early (its lead-in)
    assert ev3b.scores["erratic_cursor"].recall == 1.0
