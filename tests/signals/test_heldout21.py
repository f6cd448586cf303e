"""Held-out set 21 (issue 15, twenty-first round): kept out of every tuning decision.

tests/data/rrweb-heldout21 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout21``): a
kind of site no detector was tuned on (a concert-ticket seat picker: an interactive seat map
of 200 seats whose tooltips show row, seat and price at once on hover; a press on a free
seat selects it and a basket line appears at once, a second press deselects it; sold seats
are greyed with cursor: not-allowed and no handler; a "Seats held for 9:59" countdown in the
header that ticks by itself every second; zoom and section buttons; a price slider that dims
seats while it moves; a basket drawer; "Continue to checkout" answered after about 3 s with
nothing shown meanwhile; an "Accessible seating" info icon styled clickable with no handler;
a broken "Apply promo code" button; "Add to calendar" that throws; "E-mail for tickets"
validated on blur; a real venue page and a client-side "My tickets" route; a long FAQ) and a
new input model, a laptop trackpad whose user's palm touches the pad (PalmHuman: light
taps, pointer jumps of 20-80 px in one sample, accidental taps on plain page with no aim, a
double-tap-to-drag), beside earlier models on new screens. Its truth follows the
late-answer rule: every click the page answered after more than 1 s is slow_click, in any
session. It was written, generated and committed before any detector ran on it; the
integrator runs it once, in the next stop. Until then this file holds only the completeness
test (it runs no detector), and tests/signals/recorder_settings.py leaves the set out
(KEPT_OUT) so that no other test runs a detector on it first.
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import check_set

HELDOUT21 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout21"


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT21,
        "heldout21",
        recordings=8,
        calm=4,
        truth_rows=18,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )
