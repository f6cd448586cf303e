"""The detectors on held-out set 9 (issue 15, ninth round): kept out of every tuning decision.

tests/data/rrweb-heldout9 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout9``): a
kind of site no detector was tuned on (a clinic's appointment wizard: four steps with
client-side routes announced as pageview events, a search with filter chips and a checkbox
answered after 0.6-0.8 s, accordions and switches with CSS transitions, a date picker with
disabled days, aria-disabled "Continue" buttons that say why when pressed, a hover menu, a
tip on hover, a same-origin map iframe) and four new input models (a touchscreen laptop
mixing finger taps and swipes with its pointer, a screen magnifier, a high-DPI mouse with
pointer acceleration, a stylus on a phone and on a tablet). Its truth follows the
late-answer rule: every click the page answered after more than 1 s is slow_click, in any
session. It was written, generated and committed before any detector change of round 9 and
before ``replay evaluate`` ran on it; the figures of its first run (detectors 1.9.0,
``replay evaluate --anchors``) are in docs/signals.md: 7 of 9 signals at the bar
(LABEL_CLICK_MISS and ERROR_ALSO_DEAD_MISS below). From round 9's change on it is tuning
data: both miss classes were fixed by principle (detectors 1.10.0: a label click that the
browser forwards to its control is one action; an error click is not also reported as dead
or slow), and it is held to the bar with the other tuning sets.
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import assert_at_the_bar, check_set, set_fixtures

from replay.signals import DetectionResult
from replay.signals.evaluate import Evaluation

HELDOUT9 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout9"

CALM = (
    "w9-calm-hybrid.rrweb.json",
    "w9-calm-magnifier.rrweb.json",
    "w9-calm-accel.rrweb.json",
    "w9-calm-stylus.rrweb.json",
)


sessions, results, ev = set_fixtures(HELDOUT9, "heldout9")


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT9,
        "heldout9",
        recordings=9,
        calm=4,
        truth_rows=20,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )


#: Round 9's first run (detectors 1.9.0), for the record (docs/signals.md): 7 of 9 signals at
#: the bar; recall 1.00 for all 9; these two classes were its misses.
LABEL_CLICK_MISS = (
    "a click on a <label> makes the browser click its checkbox too (HTML: the label's "
    "activation behaviour), recorded ~1-6 ms later at the same point, then the checkbox's "
    "input; the label's own click was judged alone, its window cut by that second click, and "
    "called dead: 11 dead clicks on label clicks (9 on the 4 calm sessions, 9 false spikes), "
    "dead_click P 0.14"
)
ERROR_ALSO_DEAD_MISS = (
    "'Add to calendar' only logs a console error; both error clicks were found, and the same "
    "click was also called dead (stylus) or slow (accelerated mouse: the Help menu opening on "
    "hover 5.8 s later taken as its late answer): slow_click P 0.67"
)


def test_heldout9_reaches_the_bar(ev: Evaluation) -> None:
    # round 9 (detectors 1.10.0): all 9 signals at 1.00, 0 calm detections and 0 false
    # spikes on the 4 calm sessions (the first run: 7 of 9, see the two misses above)
    assert_at_the_bar(ev, signals=9, calm=4, bar=1.0)


def test_no_rage_or_false_motion_on_the_calm_sessions(results: dict[str, DetectionResult]) -> None:
    # touch taps mixed with trackpad clicks (the pointer jumping to each touch and back),
    # the magnifier's slow scans, the accelerated mouse's overshoots, three quick "+"
    # clicks inside the map iframe, quick month arrows, the stylus's hovering pen taps:
    # no rage click, erratic cursor or scroll thrash on any calm session
    for name in CALM:
        hits = [
            h
            for h in results[name].hits
            if h.signal in ("rage_click", "erratic_cursor", "scroll_thrash", "repeated_rotation")
        ]
        assert hits == [], (name, hits)


def test_label_clicks_are_one_action_with_their_checkbox(
    results: dict[str, DetectionResult],
) -> None:
    # LABEL_CLICK_MISS: the consent, evening, text-message and calendar labels clicked by
    # pointer, finger and pen toggle their checkboxes; none is dead (detectors 1.10.0)
    for name, hits in results.items():
        labels = [h for h in hits.hits if h.signal == "dead_click" and "label" in (h.target or "")]
        assert labels == [], (name, labels)


def test_an_error_click_is_not_also_slow_or_dead(results: dict[str, DetectionResult]) -> None:
    # ERROR_ALSO_DEAD_MISS: one click, one hit: the error click reports "Add to calendar"
    for name in ("w9-accel-c.rrweb.json", "w9-stylus-b.rrweb.json"):
        errors = [h for h in results[name].hits if h.signal == "error_click"]
        assert len(errors) == 1
        t = errors[0].start_ms
        others = [
            h
            for h in results[name].hits
            if h.signal in ("dead_click", "slow_click") and abs(h.start_ms - t) < 50
        ]
        assert others == [], (name, others)
