"""Held-out set 19 (issue 15, nineteenth round): kept out of every tuning decision.

tests/data/rrweb-heldout19 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout19``): a
kind of site no detector was tuned on (a real-estate listings search, homes for rent: an
interactive map beside the results list, panned by dragging with the button held and zoomed
by the wheel and +/- buttons; price pins that highlight their card when hovered and open a
popup when clicked; infinite scroll that loads more homes by itself near the end of the
list; a filter sidebar with a max price validated on blur, bedrooms buttons and a pets
switch; cards with a photo carousel and a heart; a client-side "Saved homes" route and a
real listing page; "Schedule a viewing" answered after about 3 s with nothing shown
meanwhile; a "Draw area" pencil on the map that looks clickable and has no handler; a broken
"Contact agent" button; "Share listing" that throws; a long neighbourhood guide) and a new
input model, a person moving the pointer with the numeric keypad (MouseKeysHuman: 8 compass
directions, discrete accelerating steps at a fixed repeat rate, clicks by a key, keyboard
scrolling), beside earlier models on new screens. Its truth follows the late-answer rule:
every click the page answered after more than 1 s is slow_click, in any session. It was
written, generated and committed before any detector ran on it; the integrator runs it once,
in the next stop. Until then this file holds only the completeness test (it runs no
detector).
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import check_set

HELDOUT19 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout19"


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT19,
        "heldout19",
        recordings=8,
        calm=4,
        truth_rows=18,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )
