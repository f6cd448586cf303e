"""Held-out set 20 (issue 15, twentieth round): kept out of every tuning decision.

tests/data/rrweb-heldout20 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout20``): a
kind of site no detector was tuned on (a team calendar and meeting scheduler, week view: a
time grid where a new event is made by dragging over empty half hours with the button held
and a "New event" popover opens at once; events moved by dragging and resized by their
bottom edge, each change with a toast "Event moved. Undo" that vanishes by itself after
4 s; an event's details popover at once with "Close"; a mini-month whose days jump the week;
"Today", "<" and ">" answered at once; a time-zone dropdown; a red "now" line that moves by
itself and a "Syncing... / Synced" status in the header that flickers by itself; "Find a
time" answered after about 3 s with nothing shown meanwhile; calendar chips styled clickable
with no handler; a broken "Send invites" button; "Export .ics" that throws; the popover's
"Title" and "Guests" validated on blur; a real help page and a client-side "Agenda" route)
and a new input model, an eye tracker as the pointer (GazeHuman: saccades between fixations
that wander 5-15 px, dwell or switch clicks, fixed scroll steps, an on-screen keyboard),
beside earlier models on new screens. Its truth follows the late-answer rule: every click
the page answered after more than 1 s is slow_click, in any session. It was written,
generated and committed before any detector ran on it; the integrator runs it once, in the
next stop. Until then this file holds only the completeness test (it runs no detector).
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import check_set

HELDOUT20 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout20"


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT20,
        "heldout20",
        recordings=8,
        calm=4,
        truth_rows=18,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )
