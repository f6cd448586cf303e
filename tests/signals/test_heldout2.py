"""The detectors on held-out set 2 (issue 15, second round): kept out of every tuning decision.

tests/data/rrweb-heldout2 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout2``): a
site no detector was tuned on (a checkout form with validation) and a third human model
(a slower, less precise hand with a tremor, long dwell before presses). It was generated
and committed before any detector ran on it; the figures of the first run are in
docs/signals.md. Its two misses (slow-hand shakes, a soft-track spike) were strict xfails
until round 3 fixed both classes by principle; since then set 2 is a tuning set and
held-out set 3 (test_heldout3.py) is kept out.
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import assert_no_hits, session_rows, set_fixtures

from replay.model.session import Session
from replay.signals import DetectionResult
from replay.signals.anchors import anchor_hits
from replay.signals.evaluate import Evaluation, read_truth

HELDOUT2 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout2"
SOFT = {"hesitation", "cursor_confusion"}


sessions, results, ev = set_fixtures(HELDOUT2, "heldout2")


def test_set_is_complete_and_kept_out() -> None:
    rows = session_rows(HELDOUT2)
    assert len(rows) == 6
    assert {r["part"] for r in rows} == {"heldout2"}
    assert sum(r["expected_frustrated"] == "no" for r in rows) == 3
    for r in rows:
        assert (HELDOUT2 / r["recording"]).is_file()
    truth = read_truth(HELDOUT2 / "truth.csv")
    assert len(truth) == 15
    assert {t.signal for t in truth} == {
        "dead_click",
        "slow_click",
        "rage_click",
        "error_click",
        "erratic_cursor",
        "scroll_thrash",
        "quick_back",
        "form_reentry",
    }


def test_heldout2_reaches_the_bar(ev: Evaluation) -> None:
    # every signal: P and R >= 0.95 (since detectors 1.4.0 also erratic_cursor, see below)
    for s in ev.scores.values():
        if s.detected:
            assert (s.precision or 0.0) >= 0.95, s
        if s.truth:
            assert (s.recall or 0.0) >= 0.95, s
    assert len(ev.calm_sessions) == 3
    assert ev.calm_detections == []


def test_heldout2_shakes_are_found(ev: Evaluation) -> None:
    # Round 2's miss (a strict xfail until detectors 1.4.0, once set 2 had been looked at
    # and was used for tuning): two tremor-hand shakes at 1.06-1.10x the session's median
    # moving-step speed, one with 653 px of path. A dense shake in place (>= 8 reversals)
    # now needs only the person's own median speed and 400 px (docs/signals.md).
    assert ev.scores["erratic_cursor"].recall == 1.0


def test_heldout2_no_false_spike_on_calm_sessions(ev: Evaluation) -> None:
    # Round 2's soft-track spike (hesitation + cursor confusion of the slow hand on a calm
    # checkout): soft tracks alone never make a spike since detectors 1.4.0.
    assert ev.false_spikes == []


def test_a_resting_tremor_is_not_erratic(
    sessions: dict[str, Session], results: dict[str, DetectionResult], ev: Evaluation
) -> None:
    # The tremor hand shakes 1.5-3.5 px at 6-9 Hz whenever it rests on the mouse: steps
    # below min_step_px are jitter. Amplitude's reversal count alone fires there.
    assert_no_hits(results, ev.calm_sessions, "erratic_cursor")
    amplitude = sum(
        h.signal == "erratic_cursor"
        for name in ev.calm_sessions
        for h in anchor_hits(sessions[name]).hits
    )
    assert amplitude >= 3


def test_soft_tracks_are_still_found_on_calm_sessions(results: dict[str, DetectionResult]) -> None:
    # the slow hand's hesitations are still reported (context for a reviewer), just no spike
    soft = [h for r in results.values() for h in r.hits if h.signal in SOFT]
    assert soft
