"""The detectors on held-out set 6 (issue 15, sixth round): kept out of every tuning decision.

tests/data/rrweb-heldout6 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout6``): a
kind of site no detector was tuned on (a video lesson page: a player whose bar, knob and
time change the DOM every 0.5 s while it plays, double-tap to jump, a scrubber, a playlist
with press and hold, a transcript that follows the video) and a new human model (a touch
tablet: wide fingertip taps, double taps, press and hold, flings, scrubbing) beside desktop
mice and the keyboard. It was written before any detector change of round 6 and committed
before that change and before any detector ran on it; the figures of its first and only
run (detectors 1.7.0) are in docs/signals.md. These tests hold it to the issue's bar where
it got there and keep its misses as strict xfails with their reason. Nothing was tuned on
this set after that run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_sets import detect_set, evaluate_set, import_set, session_rows

from replay.model.session import Session
from replay.signals import DetectionResult
from replay.signals.evaluate import Evaluation, read_truth

HELDOUT6 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout6"

#: Round 6's one run: the signals at the bar (P and R >= 0.95).
AT_THE_BAR = (
    "erratic_cursor",
    "error_click",
    "form_reentry",
    "quick_back",
    "repeated_rotation",
    "scroll_thrash",
    "slow_click",
)

SEEK_MISS = (
    "known held-out-6 miss (docs/signals.md, round 6): '+10 s' and '-10 s' answer by moving "
    "the player's bar, knob and time, the very elements that change by themselves every "
    "0.5 s while the video plays; a background element's change answers no click, so 4 "
    "quick clicks, taps or Enter presses on '+10 s' (each answered) are called rage (3 calm "
    "sessions) and one '-10 s' click dead: rage P 0.40, dead P 0.67, 4 calm detections"
)


@pytest.fixture(scope="module")
def sessions() -> dict[str, Session]:
    return import_set(HELDOUT6)


@pytest.fixture(scope="module")
def results(sessions: dict[str, Session]) -> dict[str, DetectionResult]:
    return detect_set(sessions)


@pytest.fixture(scope="module")
def ev(results: dict[str, DetectionResult]) -> Evaluation:
    return evaluate_set(HELDOUT6, "heldout6", results)


def test_set_is_complete_and_kept_out() -> None:
    rows = session_rows(HELDOUT6)
    assert len(rows) == 8
    assert {r["part"] for r in rows} == {"heldout6"}
    assert sum(r["expected_frustrated"] == "no" for r in rows) == 4
    assert {r["device"] for r in rows} == {"tablet", "desktop"}
    for r in rows:
        assert (HELDOUT6 / r["recording"]).is_file()
    truth = read_truth(HELDOUT6 / "truth.csv")
    assert len(truth) == 17
    assert len({t.signal for t in truth}) == 9  # every signal represented


def test_heldout6_reaches_the_bar_but_for_the_seek_buttons(ev: Evaluation) -> None:
    # 7 of 9 signals at the bar (the tablet's rotation, flings and taps among them); every
    # truth row found (recall 1.00 everywhere), the misses are precision on calm sessions
    assert len(ev.scores) == 9
    for name in AT_THE_BAR:
        s = ev.scores[name]
        assert (s.precision or 0.0) >= 0.95, s
        assert (s.recall or 0.0) >= 0.95, s
    for s in ev.scores.values():
        assert s.recall == 1.0, s
    assert ev.scores["dead_click"].precision == pytest.approx(2 / 3)
    assert ev.scores["rage_click"].precision == pytest.approx(0.4)
    assert len(ev.calm_sessions) == 4
    assert len(ev.calm_detections) == 4


def test_the_late_transcript_under_a_playing_video_is_slow(
    results: dict[str, DetectionResult],
) -> None:
    # "Load transcript" answers 3.2 s later in the same task as the player's tick (the
    # bar, knob and time: background elements): round 6's per-kind rule sees the 30 new
    # lines as the answer, on the tablet and with the mouse
    for name in ("h6-tablet-a.rrweb.json", "h6-desk-c.rrweb.json"):
        (slow,) = [h for h in results[name].hits if h.signal == "slow_click"]
        assert "transcript-btn" in (slow.target or "")
        assert 3000 <= float(slow.evidence["response_ms"]) <= 3500, slow.evidence


def test_double_taps_holds_scrubbing_and_one_rotation_are_calm(
    results: dict[str, DetectionResult],
) -> None:
    # calm traps on the tablet: double taps (two pairs in a row), press and hold, finger
    # scrubbing, one rotation kept, flings down and back up: no click, rotation or
    # scroll hit on the watching session
    hits = results["h6-calm-tablet-watch.rrweb.json"].hits
    assert [h.signal for h in hits if h.signal in ("rage_click", "dead_click")] == []
    assert [h for h in hits if h.signal in ("repeated_rotation", "scroll_thrash")] == []


@pytest.mark.xfail(strict=True, reason=SEEK_MISS)
def test_quick_seek_clicks_are_not_rage_or_dead(ev: Evaluation) -> None:
    assert ev.calm_detections == []
    assert ev.false_spikes == []
    assert (ev.scores["rage_click"].precision or 0.0) >= 0.95
    assert (ev.scores["dead_click"].precision or 0.0) >= 0.95
