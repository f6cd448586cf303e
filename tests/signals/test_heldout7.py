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
its reason. Nothing was tuned on this set after that run. From round 8 it is tuning data:
its miss class (a hidden panel's label taken as a late answer) was fixed by principle
(detectors 1.9.0: a change the user cannot see answers no click), and it is held to the
bar with the other tuning sets.
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import assert_at_the_bar, assert_no_hits, check_set, set_fixtures

from replay.signals import DetectionResult
from replay.signals.evaluate import Evaluation

HELDOUT7 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout7"

#: Round 7's one run (detectors 1.8.0): 7 of 9 signals at the bar; the dead tap on "Compare"
#: taken as slow (dead R 0.50, slow P 0.67) through a hidden chat panel's label. From round 8
#: (detectors 1.9.0, a change nobody can see answers no click) this set is tuning data.
ROUND7_MISS = "dead_click R 0.50, slow_click P 0.67"


sessions, results, ev = set_fixtures(HELDOUT7, "heldout7")


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT7,
        "heldout7",
        recordings=8,
        calm=4,
        truth_rows=17,
        signals=9,
        devices={"phone", "desktop"},
    )


def test_heldout7_reaches_the_bar(ev: Evaluation) -> None:
    # round 8 (detectors 1.9.0): all 9 signals at 1.00, 0 calm detections and 0 false
    # spikes on the 4 calm sessions (round 7's one run: 7 of 9, see ROUND7_MISS)
    assert_at_the_bar(ev, signals=9, calm=4, bar=1.0)


def test_quick_gallery_and_stepper_presses_are_calm(results: dict[str, DetectionResult]) -> None:
    # next/previous photo (the same photo, counter and dots the slideshow turns every
    # 2.5 s) and the stepper, pressed 2-4 times quickly with taps, clicks and Space: each
    # answered, no rage or dead click
    calm = (
        "h7-calm-phone.rrweb.json",
        "h7-calm-keyboard.rrweb.json",
        "h7-calm-fast.rrweb.json",
        "h7-calm-pen.rrweb.json",
    )
    assert_no_hits(results, calm, ("rage_click", "dead_click"))


def test_a_dead_tap_under_a_hidden_timer_is_dead(results: dict[str, DetectionResult]) -> None:
    # round 7's miss: the closed chat panel's "online/away" label flipped 4.3 s after the
    # tap; nobody can see it, so it answers nothing (detectors 1.9.0)
    hits = results["h7-phone-a.rrweb.json"].hits
    compare = [h for h in hits if "compare" in (h.target or "")]
    assert [h.signal for h in compare] == ["dead_click"]
