"""The detectors on held-out set 8 (issue 15, eighth round): kept out of every tuning decision.

tests/data/rrweb-heldout8 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout8``): a
kind of site no detector was tuned on (a small team's kanban board: cards dragged between
columns by mouse, trackpad or a finger on the card's grip; a star that adds a vote per
press; filter chips; tooltips that open on hover; and elements that change every 0.5-4 s
where nobody can see them: a visibility:hidden "Saved N s ago", a zero-size presence
count, an off-screen aria-hidden live region, the closed activity drawer) and a new mix
of people (a tablet held upright, a trackpad, a slow hand, a tremor, keyboard only with
Tab and Enter). It was written and generated before any detector change of round 8 and
committed before that change and before any detector ran on it; the figures of its first
and only run (detectors 1.9.0, ``replay evaluate --anchors``) are in docs/signals.md.
These tests hold it to the issue's bar where it got there and keep its misses as strict
xfails with their reasons. Nothing was tuned on this set after that run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_sets import assert_at_the_bar, check_set, detect_set, evaluate_set, import_set

from replay.model.session import Session
from replay.signals import DetectionResult
from replay.signals.evaluate import Evaluation

HELDOUT8 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout8"


@pytest.fixture(scope="module")
def sessions() -> dict[str, Session]:
    return import_set(HELDOUT8)


@pytest.fixture(scope="module")
def results(sessions: dict[str, Session]) -> dict[str, DetectionResult]:
    return detect_set(sessions)


@pytest.fixture(scope="module")
def ev(results: dict[str, DetectionResult]) -> Evaluation:
    return evaluate_set(HELDOUT8, "heldout8", results)


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT8,
        "heldout8",
        recordings=8,
        calm=4,
        truth_rows=17,
        signals=9,
        devices={"tablet", "desktop"},
    )


#: Round 8's one run (detectors 1.9.0): the signals at the bar (P and R >= 0.95).
AT_THE_BAR = (
    "dead_click",
    "erratic_cursor",
    "error_click",
    "form_reentry",
    "quick_back",
    "rage_click",
    "repeated_rotation",
    "scroll_thrash",
)

WAITED_SYNC_MISS = (
    "known held-out-8 miss (docs/signals.md, round 8): two calm sessions (keyboard Enter, "
    "trackpad) press 'Sync now' and wait; the board answers 3.2 s later, a slow click by "
    "the signal's own rule (answered after more than slow_ms = 1000), and the truth counts "
    "those waits as calm while it counts the same 3.2 s answer in the frustrated sessions "
    "as slow_click: slow_click P 0.50 and 2 calm detections; nothing in one click tells a "
    "patient wait from a frustrated one"
)


def test_heldout8_reaches_the_bar_but_for_the_waited_sync(ev: Evaluation) -> None:
    # 8 of 9 signals at 1.00; 0 false spikes on the 4 calm sessions; the dead tap on the
    # design chip and the dead click on "Assign to me" stay dead while hidden elements
    # change every 0.5-4 s; the miss is the calm waits for "Sync now" called slow
    assert_at_the_bar(ev, signals=9, calm=4, only=AT_THE_BAR)
    assert ev.scores["slow_click"].recall == 1.0
    assert ev.scores["slow_click"].precision == pytest.approx(0.5)
    assert sorted(str(d[0]) for d in ev.calm_detections) == [
        "b8-calm-keyboard.rrweb.json",
        "b8-calm-trackpad.rrweb.json",
    ]
    assert {str(d[1]) for d in ev.calm_detections} == {"slow_click"}


def test_drags_tooltips_and_quick_stars_are_calm(results: dict[str, DetectionResult]) -> None:
    # cards dragged by mouse, tremor, trackpad and finger; a reading click on an avatar
    # while its tooltip shows; a star pressed 3-4 times quickly (tap, click, Enter), each
    # answered: no rage or dead click on any calm session
    for name in (
        "b8-calm-tablet.rrweb.json",
        "b8-calm-keyboard.rrweb.json",
        "b8-calm-tremor.rrweb.json",
        "b8-calm-trackpad.rrweb.json",
    ):
        clicky = [h for h in results[name].hits if h.signal in ("rage_click", "dead_click")]
        assert clicky == [], (name, clicky)


@pytest.mark.xfail(strict=True, reason=WAITED_SYNC_MISS)
def test_calm_sessions_have_no_detection(ev: Evaluation) -> None:
    assert ev.calm_detections == []
    assert ev.scores["slow_click"].precision == 1.0
