"""The detectors on held-out set 3 (issue 15, third round): kept out of every tuning decision.

tests/data/rrweb-heldout3 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout3``): a
kind of site no detector was tuned on (a team inbox whose ticker and carousel change the
DOM all the time) and two new human models (a trackpad hand, a fast hand). It was written
and generated before any detector change of round 3 and committed before any detector
ran on it; the figures of its first and only run (detectors 1.4.0) are in
docs/signals.md. These tests hold it to the issue's bar and keep its misses as strict
xfails with their reason, so the day a principled change finds them the tests say so.
Nothing was tuned on this set after that run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_sets import TOLERANCE_MS, detect_set, evaluate_set, import_set, session_rows

from replay.importers import import_file
from replay.model.session import Session
from replay.signals import DetectionResult, SignalConfig, detect
from replay.signals.evaluate import Evaluation, evaluate, read_recording_list, read_truth

HELDOUT3 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout3"
KNOWN_MISSES = {"erratic_cursor", "scroll_thrash"}


@pytest.fixture(scope="module")
def sessions() -> dict[str, Session]:
    return import_set(HELDOUT3)


@pytest.fixture(scope="module")
def results(sessions: dict[str, Session]) -> dict[str, DetectionResult]:
    return detect_set(sessions)


@pytest.fixture(scope="module")
def ev(results: dict[str, DetectionResult]) -> Evaluation:
    return evaluate_set(HELDOUT3, "heldout3", results)


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
    # every signal but the two known misses: P and R >= 0.95; no calm detection, no spike
    for s in ev.scores.values():
        if s.signal in KNOWN_MISSES:
            continue
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


@pytest.mark.xfail(
    strict=True,
    reason="known held-out-3 miss (docs/signals.md): trackpad rubs and a fast hand's "
    "diagonal shake move at 0.84-0.96x the person's own median moving step (the dense "
    "rule asks 1.0x; two are also under the 500 px/s floor and their densest 2 s window "
    "has a path only 2.5-2.9x its extent, the rule asks 3); found 1 of 4",
)
def test_heldout3_shakes_are_found(ev: Evaluation) -> None:
    assert ev.scores["erratic_cursor"].recall == 1.0


@pytest.mark.xfail(
    strict=True,
    reason="known held-out-3 miss (docs/signals.md): the trackpad thrash is found, but "
    "its first swipe hit the bottom of the page after 55 px (less than one 100 px leg), "
    "so the hit starts 1.26 s after the truth row (tolerance 1 s)",
)
def test_heldout3_trackpad_thrash_starts_on_time(ev: Evaluation) -> None:
    assert ev.scores["scroll_thrash"].recall == 1.0


# -- held-out set 3b: set 3's scripts, other seeds and screens; generated after set 3's one
# run with the detectors frozen, committed before any detector ran on it, run once -------

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
def test_heldout3b_reaches_the_bar_but_for_its_named_misses(ev3b: Evaluation) -> None:
    assert len(ev3b.calm_sessions) == 4
    for name in ("rage_click", "error_click", "quick_back", "form_reentry", "scroll_thrash"):
        s = ev3b.scores[name]
        assert (s.precision or 0.0) >= 0.95, s
        assert (s.recall or 0.0) >= 0.95, s
    assert ev3b.scores["dead_click"].recall == 1.0
    assert ev3b.scores["slow_click"].precision == 1.0


@pytest.mark.full
@pytest.mark.xfail(
    strict=True,
    reason="known held-out-3b miss (docs/signals.md): a calm slider adjustment held the "
    "button 5.8 s; the click that ends it came more than 5 s after the press, so it was "
    "not seen as the end of a drag and was called dead (input#zoom)",
)
def test_heldout3b_no_calm_detection(ev3b: Evaluation) -> None:
    assert ev3b.calm_detections == []


@pytest.mark.full
@pytest.mark.xfail(
    strict=True,
    reason="known held-out-3b miss (docs/signals.md): the carousel's dots change in the "
    "same mutation as its text (a background element) but each too rarely to be flagged "
    "themselves; inside the near region they 'answered' a slow Sync click after 0.83 s",
)
def test_heldout3b_slow_clicks_are_found(ev3b: Evaluation) -> None:
    assert ev3b.scores["slow_click"].recall == 1.0


@pytest.mark.full
@pytest.mark.xfail(
    strict=True,
    reason="known held-out-3b miss (docs/signals.md): the same class as set 3: shakes at "
    "0.92-1.00x the person's own median moving step; the one found (1.00x) starts 1.26 s "
    "early (the span runs back over the movement into the shake); found 0 of 4 in time",
)
def test_heldout3b_shakes_are_found(ev3b: Evaluation) -> None:
    assert ev3b.scores["erratic_cursor"].recall == 1.0
