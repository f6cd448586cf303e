"""The detectors on held-out set 7 (issue 15, seventh round): kept out of every tuning decision.

tests/data/rrweb-heldout7 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout7``): a
kind of site no detector was tuned on (a shop's product page with a support chat widget
over it: a gallery that turns by itself every 2.5 s while its arrows change the same
photo, counter and dots; a quantity stepper; a delivery countdown every second; reviews
loaded by infinite scroll; a chat answered after typing dots) and a new mix of people (a
phone held in landscape, keyboard only with Tab and Space, a pen, a fast hand, a jittery
mouse). It was written and generated before any detector change of round 7 and committed
before that change and before any detector ran on it; the figures of its first and only
run (detectors 1.8.0, ``replay evaluate --anchors``) are in docs/signals.md. These tests
hold it to the issue's bar where it got there and keep its miss as a strict xfail with
its reason. Nothing was tuned on this set after that run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_sets import detect_set, evaluate_set, import_set, session_rows

from replay.model.session import Session
from replay.signals import DetectionResult
from replay.signals.evaluate import Evaluation, read_truth

HELDOUT7 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout7"

#: Round 7's one run: the signals at the bar (P and R >= 0.95).
AT_THE_BAR = (
    "erratic_cursor",
    "error_click",
    "form_reentry",
    "quick_back",
    "rage_click",
    "repeated_rotation",
    "scroll_thrash",
)

HIDDEN_TIMER_MISS = (
    "known held-out-7 miss (docs/signals.md, round 7): the chat's 'online/away' flips every "
    "6 s inside the closed (hidden) chat panel; in a busy phone session only two of its flips "
    "came with no tap or input in the 2.5 s before, too few to be seen as background, and "
    "its flip 4.3 s after the dead tap on 'Compare' (before the next tap) was taken as a "
    "late answer: slow, not dead (dead R 0.50, slow P 0.67); a change to an element nobody "
    "can see answers nothing, which the detectors do not yet know"
)


@pytest.fixture(scope="module")
def sessions() -> dict[str, Session]:
    return import_set(HELDOUT7)


@pytest.fixture(scope="module")
def results(sessions: dict[str, Session]) -> dict[str, DetectionResult]:
    return detect_set(sessions)


@pytest.fixture(scope="module")
def ev(results: dict[str, DetectionResult]) -> Evaluation:
    return evaluate_set(HELDOUT7, "heldout7", results)


def test_set_is_complete_and_kept_out() -> None:
    rows = session_rows(HELDOUT7)
    assert len(rows) == 8
    assert {r["part"] for r in rows} == {"heldout7"}
    assert sum(r["expected_frustrated"] == "no" for r in rows) == 4
    assert {r["device"] for r in rows} == {"phone", "desktop"}
    for r in rows:
        assert (HELDOUT7 / r["recording"]).is_file()
    truth = read_truth(HELDOUT7 / "truth.csv")
    assert len(truth) == 17
    assert len({t.signal for t in truth}) == 9  # every signal represented


def test_heldout7_reaches_the_bar_but_for_the_hidden_timer(ev: Evaluation) -> None:
    # 7 of 9 signals at the bar, 0 calm detections and 0 false spikes on the 4 calm
    # sessions (the quick next-photo presses under the self-turning gallery, the stepper);
    # the miss is one dead tap taken as slow
    assert len(ev.scores) == 9
    for name in AT_THE_BAR:
        s = ev.scores[name]
        assert (s.precision or 0.0) >= 0.95, s
        assert (s.recall or 0.0) >= 0.95, s
    assert len(ev.calm_sessions) == 4
    assert ev.calm_detections == []
    assert ev.false_spikes == []
    assert ev.scores["dead_click"].recall == pytest.approx(0.5)
    assert ev.scores["dead_click"].precision == 1.0
    assert ev.scores["slow_click"].precision == pytest.approx(2 / 3)
    assert ev.scores["slow_click"].recall == 1.0


def test_quick_gallery_and_stepper_presses_are_calm(results: dict[str, DetectionResult]) -> None:
    # next/previous photo (the same photo, counter and dots the slideshow turns every
    # 2.5 s) and the stepper, pressed 2-4 times quickly with taps, clicks and Space: each
    # answered, no rage or dead click
    for name in (
        "h7-calm-phone.rrweb.json",
        "h7-calm-keyboard.rrweb.json",
        "h7-calm-fast.rrweb.json",
        "h7-calm-pen.rrweb.json",
    ):
        clicky = [h for h in results[name].hits if h.signal in ("rage_click", "dead_click")]
        assert clicky == [], (name, clicky)


@pytest.mark.xfail(strict=True, reason=HIDDEN_TIMER_MISS)
def test_a_dead_tap_under_a_hidden_timer_is_dead(results: dict[str, DetectionResult]) -> None:
    hits = results["h7-phone-a.rrweb.json"].hits
    compare = [h for h in hits if "compare" in (h.target or "")]
    assert [h.signal for h in compare] == ["dead_click"]
