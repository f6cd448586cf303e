"""The detectors on the wide rrweb corpus (issue 15): other sites, another human model.

tests/data/rrweb-wide was made by tools/rrweb-corpus (``DEVCORPUS_SET=wide``): the real
rrweb 2.2.2 recorder in headless Chromium, truth from what the driver did. Each failure
class of issue 15 has a test on the recordings that contain it; the last tests hold the
tuning and the held-out parts to the issue's bar (P and R >= 0.95 per signal, no
detection on a calm session). docs/signals.md ("Evaluation on sites ...") has the tables.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from replay.importers import import_file
from replay.model.session import InteractionKind, PointerType, Session
from replay.signals import DetectionResult, SignalConfig, detect
from replay.signals.anchors import anchor_hits
from replay.signals.evaluate import (
    FRUSTRATION_SIGNALS,
    evaluate,
    read_recording_list,
    read_truth,
)

WIDE = Path(__file__).resolve().parents[1] / "data" / "rrweb-wide"
TOLERANCE_MS = 1000


@pytest.fixture(scope="module")
def sessions() -> dict[str, Session]:
    return {p.name: import_file(p) for p in sorted(WIDE.glob("*.rrweb.json"))}


@pytest.fixture(scope="module")
def results(sessions: dict[str, Session]) -> dict[str, DetectionResult]:
    cfg = SignalConfig()
    return {name: detect(s, cfg) for name, s in sessions.items()}


def _truth(recording: str, signal: str) -> list[tuple[int, int]]:
    return [
        (t.start_ms, t.end_ms)
        for t in read_truth(WIDE / "truth.csv")
        if t.recording == recording and t.signal == signal
    ]


def _hits(results: dict[str, DetectionResult], recording: str, signal: str) -> list:
    return [h for h in results[recording].hits if h.signal == signal]


def _matches(hit: object, span: tuple[int, int]) -> bool:
    return (
        abs(hit.start_ms - span[0]) <= TOLERANCE_MS  # type: ignore[attr-defined]
        and abs(hit.end_ms - span[1]) <= TOLERANCE_MS  # type: ignore[attr-defined]
    )


def _clicks_on(session: Session, tags: set[str]) -> int:
    inter = session.channel("interactions")
    n = 0
    for i in np.flatnonzero(inter["kind"] == InteractionKind.CLICK):
        node = session.node(int(inter["target"][i]))
        n += node is not None and node.tag in tags
    return n


def test_corpus_is_complete_and_split() -> None:
    text = (WIDE / "truth-sessions.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) == 14
    assert {r["part"] for r in rows} == {"tuning", "heldout"}
    for r in rows:
        assert (WIDE / r["recording"]).is_file()
    assert read_recording_list(WIDE / "truth.csv", part="heldout") == [
        r["recording"] for r in rows if r["part"] == "heldout"
    ]


# 1. reading clicks -----------------------------------------------------------------------
@pytest.mark.parametrize("tag", ["t", "h"])
def test_reading_clicks_are_not_dead(
    sessions: dict[str, Session], results: dict[str, DetectionResult], tag: str
) -> None:
    name = f"wide-calm-news-trackpad-{tag}.rrweb.json"
    # the recording does hold unanswered clicks on text, an image and the page margin ...
    assert _clicks_on(sessions[name], {"p", "h1", "img", "body", "main"}) >= 4
    # ... and none of them is dead: nothing there promised an action
    assert _hits(results, name, "dead_click") == []
    # while a pill styled with cursor: pointer but without a handler is
    front = "wide-news-frustrated-t.rrweb.json"
    (dead,) = _hits(results, front, "dead_click")
    assert dead.evidence["cue"] == "cursor: pointer"
    assert "share-link" in (dead.target or "")


# 2. late answers -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name", ["wide-booking-mouse-t.rrweb.json", "wide-news-frustrated-t.rrweb.json"]
)
def test_late_answer_is_slow_with_its_delay(
    results: dict[str, DetectionResult], name: str
) -> None:
    (span,) = _truth(name, "slow_click")
    (hit,) = _hits(results, name, "slow_click")
    assert _matches(hit, span)
    assert 2900 <= hit.evidence["response_ms"] <= 3300
    assert "answered only after" in hit.reason
    assert not any(h.start_ms == hit.start_ms for h in _hits(results, name, "dead_click"))


# 3. slow, spread rage --------------------------------------------------------------------
@pytest.mark.parametrize(
    "name", ["wide-booking-mouse-t.rrweb.json", "wide-phone-frustrated-t.rrweb.json"]
)
def test_slow_spread_rage_is_one_hit(results: dict[str, DetectionResult], name: str) -> None:
    (span,) = _truth(name, "rage_click")
    (hit,) = _hits(results, name, "rage_click")
    assert _matches(hit, span)
    assert hit.evidence["clicks"] >= 4
    assert hit.evidence["span_ms"] > 1500  # ~0.7 s between clicks
    # the first click of the burst is not reported on its own
    assert not any(
        span[0] - 100 <= h.start_ms <= span[1] for h in _hits(results, name, "dead_click")
    )


# 4. rage extents -------------------------------------------------------------------------
def test_rage_spans_the_unanswered_run(results: dict[str, DetectionResult]) -> None:
    name = "wide-news-frustrated-t.rrweb.json"
    (span,) = _truth(name, "rage_click")
    (hit,) = _hits(results, name, "rage_click")
    assert _matches(hit, span)
    assert hit.evidence["clicks"] == 5  # the three working gallery clicks are not in it
    assert hit.evidence["dead"] is True


# 5. small fast jiggles -------------------------------------------------------------------
def test_small_fast_jiggle_is_erratic(results: dict[str, DetectionResult]) -> None:
    name = "wide-news-frustrated-t.rrweb.json"
    (span,) = _truth(name, "erratic_cursor")
    (hit,) = _hits(results, name, "erratic_cursor")
    assert _matches(hit, span)
    # judged against this session's own motion, below the fixed 1000 px/s
    assert hit.evidence["speed_threshold_px_per_s"] < 1000


# 6. keyboard clicks ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "name", ["wide-calm-booking-keyboard-t.rrweb.json", "wide-booking-keyboard-t.rrweb.json"]
)
def test_keyboard_clicks_have_no_position(
    sessions: dict[str, Session], results: dict[str, DetectionResult], name: str
) -> None:
    inter = sessions[name].channel("interactions")
    clicks = inter.mask(inter["kind"] == InteractionKind.CLICK)
    keyboard = clicks["pointer"] == PointerType.KEYBOARD
    assert int(np.count_nonzero(keyboard)) >= 3
    assert np.isnan(clicks["x_px"][keyboard]).all()
    assert not ((clicks["x_px"] == 0) & (clicks["y_px"] == 0)).any()
    for h in results[name].hits:
        assert h.signal not in ("erratic_cursor", "hesitation", "cursor_confusion") or (
            h.x_px is None or h.x_px > 0
        )
    assert _hits(results, name, "erratic_cursor") == []


def test_keyboard_clicks_still_count_for_slow_and_error(
    results: dict[str, DetectionResult],
) -> None:
    name = "wide-booking-keyboard-t.rrweb.json"
    for signal in ("slow_click", "error_click"):
        (span,) = _truth(name, signal)
        (hit,) = _hits(results, name, signal)
        assert _matches(hit, span)
        assert hit.x_px is None or np.isnan(hit.x_px)


# 7. other input styles and recorders -----------------------------------------------------
def test_trackpad_and_flings_are_not_thrash_unless_alternating(
    results: dict[str, DetectionResult],
) -> None:
    for tag in ("t", "h"):
        for calm in ("news-trackpad", "phone-carousel"):
            name = f"wide-calm-{calm}-{tag}.rrweb.json"
            assert _hits(results, name, "scroll_thrash") == [], name
    for name in ("wide-news-frustrated-t.rrweb.json", "wide-phone-frustrated-t.rrweb.json"):
        (span,) = _truth(name, "scroll_thrash")
        (hit,) = _hits(results, name, "scroll_thrash")
        assert _matches(hit, span)


def test_masked_inputs_console_errors_and_pushstate_routes(
    sessions: dict[str, Session], results: dict[str, DetectionResult]
) -> None:
    name = "wide-booking-keyboard-t.rrweb.json"
    s = sessions[name]
    assert s.has("console")
    (span,) = _truth(name, "form_reentry")  # typed into a masked (maskAllInputs) field
    assert any(_matches(h, span) for h in _hits(results, name, "form_reentry"))
    for name in ("wide-booking-mouse-t.rrweb.json", "wide-booking-keyboard-t.rrweb.json"):
        (span,) = _truth(name, "quick_back")
        (hit,) = _hits(results, name, "quick_back")
        assert _matches(hit, span)
        assert "view=" in hit.reason  # a client-side route, not a page load
        (span,) = _truth(name, "error_click")
        (hit,) = _hits(results, name, "error_click")
        assert _matches(hit, span)


# the bar of issue 15, per part -----------------------------------------------------------
def _part(results: dict[str, DetectionResult], part: str):  # type: ignore[no-untyped-def]
    wanted = read_recording_list(WIDE / "truth.csv", part=part)
    assert wanted
    return evaluate(
        read_truth(WIDE / "truth.csv"), results, tolerance_ms=TOLERANCE_MS, recordings=wanted
    )


@pytest.mark.parametrize("part", ["tuning", "heldout"])
def test_part_reaches_the_bar(results: dict[str, DetectionResult], part: str) -> None:
    ev = _part(results, part)
    for s in ev.scores.values():
        if s.detected:
            assert (s.precision or 0.0) >= 0.95, (part, s)
        if s.truth:
            assert (s.recall or 0.0) >= 0.95, (part, s)
    assert ev.calm_detections == []
    assert ev.false_spikes == []
    assert len(ev.calm_sessions) == 3
    assert sum(s.truth for s in ev.scores.values()) == 18


def test_heldout_jiggle_is_found(results: dict[str, DetectionResult]) -> None:
    # The first round's held-out miss: a jiggle at 632 px/s mean, 1.21x the session's median
    # moving-step speed. Since detectors 1.2.0 the shake's own moving steps are compared
    # with that median (like for like): 818 px/s, 1.57x. (This part is used for tuning now;
    # tests/data/rrweb-heldout2 is the kept-out set.)
    name = "wide-news-frustrated-h.rrweb.json"
    (span,) = _truth(name, "erratic_cursor")
    (hit,) = _hits(results, name, "erratic_cursor")
    assert _matches(hit, span)
    assert hit.evidence["step_speed_px_per_s"] > hit.evidence["speed_threshold_px_per_s"]
    assert _part(results, "heldout").scores["erratic_cursor"].recall == 1.0


def test_anchor_rules_are_scored_on_the_same_files(sessions: dict[str, Session]) -> None:
    anchors = {name: anchor_hits(s) for name, s in sessions.items()}
    truth = [t for t in read_truth(WIDE / "truth.csv") if t.signal == "rage_click"]
    ev = evaluate(truth, anchors, tolerance_ms=TOLERANCE_MS)
    # PostHog's rule (3 clicks, < 1 s, < 30 px Manhattan) misses the slow spread bursts
    assert (ev.scores["rage_click"].recall or 0.0) < 1.0
    assert all(sig in FRUSTRATION_SIGNALS for _, sig, _, _ in ev.calm_detections)
