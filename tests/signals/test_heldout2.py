"""The detectors on held-out set 2 (issue 15, second round): kept out of every tuning decision.

tests/data/rrweb-heldout2 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout2``): a
site no detector was tuned on (a checkout form with validation) and a third human model
(a slower, less precise hand with a tremor, long dwell before presses). It was generated
and committed before any detector ran on it; the figures of the first run are in
docs/signals.md. These tests hold it to the issue's bar and keep its misses as strict
xfails with their reason, so the day a principled change finds them the tests say so.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from replay.importers import import_file
from replay.model.session import Session
from replay.signals import DetectionResult, SignalConfig, detect
from replay.signals.anchors import anchor_hits
from replay.signals.evaluate import Evaluation, evaluate, read_recording_list, read_truth

HELDOUT2 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout2"
TOLERANCE_MS = 1000
SOFT = {"hesitation", "cursor_confusion"}


@pytest.fixture(scope="module")
def sessions() -> dict[str, Session]:
    return {p.name: import_file(p) for p in sorted(HELDOUT2.glob("*.rrweb.json"))}


@pytest.fixture(scope="module")
def results(sessions: dict[str, Session]) -> dict[str, DetectionResult]:
    cfg = SignalConfig()
    return {name: detect(s, cfg) for name, s in sessions.items()}


@pytest.fixture(scope="module")
def ev(results: dict[str, DetectionResult]) -> Evaluation:
    wanted = read_recording_list(HELDOUT2 / "truth.csv", part="heldout2")
    return evaluate(
        read_truth(HELDOUT2 / "truth.csv"), results, tolerance_ms=TOLERANCE_MS, recordings=wanted
    )


def test_set_is_complete_and_kept_out() -> None:
    rows = list(csv.DictReader((HELDOUT2 / "truth-sessions.csv").read_text("utf-8").splitlines()))
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
    # every signal: P and R >= 0.95, except the erratic recall kept below as an xfail
    for s in ev.scores.values():
        if s.detected:
            assert (s.precision or 0.0) >= 0.95, s
        if s.truth and s.signal != "erratic_cursor":
            assert (s.recall or 0.0) >= 0.95, s
    assert len(ev.calm_sessions) == 3
    assert ev.calm_detections == []


@pytest.mark.xfail(
    strict=True,
    reason="known held-out-2 miss (docs/signals.md): two tremor-hand shakes at 1.06-1.10x "
    "the session's median moving-step speed (the rule asks 1.25x); one also has 653 px of "
    "path over its reversals (the rule asks 800)",
)
def test_heldout2_shakes_are_found(ev: Evaluation) -> None:
    assert ev.scores["erratic_cursor"].recall == 1.0


@pytest.mark.xfail(
    strict=True,
    reason="known held-out-2 soft-track spike (docs/signals.md): hesitation and cursor "
    "confusion of the slow tremor hand on a calm checkout make one spike",
)
def test_heldout2_no_false_spike_on_calm_sessions(ev: Evaluation) -> None:
    assert ev.false_spikes == []


def test_a_resting_tremor_is_not_erratic(
    sessions: dict[str, Session], results: dict[str, DetectionResult], ev: Evaluation
) -> None:
    # The tremor hand shakes 1.5-3.5 px at 6-9 Hz whenever it rests on the mouse: steps
    # below min_step_px are jitter. Amplitude's reversal count alone fires there.
    for name in ev.calm_sessions:
        assert [h for h in results[name].hits if h.signal == "erratic_cursor"] == []
    amplitude = sum(
        h.signal == "erratic_cursor"
        for name in ev.calm_sessions
        for h in anchor_hits(sessions[name]).hits
    )
    assert amplitude >= 3


def test_only_soft_tracks_spike_on_calm_sessions(ev: Evaluation) -> None:
    for _, _, _, signals in ev.false_spikes:
        assert set(signals) <= SOFT
