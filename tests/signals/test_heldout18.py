"""Held-out set 18 (issue 15, eighteenth round): kept out of every tuning decision.

tests/data/rrweb-heldout18 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout18``): a
kind of site no detector was tuned on (a customer-support help centre: a search box whose
autocomplete suggestions change as you type; FAQ accordions that open and close at once; a
live chat widget in the corner where the agent's messages and a "typing..." indicator arrive
by themselves at irregular times; a "Contact us" form validated on blur; "Track my ticket"
answered after 2.4 s with nothing shown meanwhile; "Was this helpful? Yes / No" answered at
once; a print icon that looks clickable and has no handler; a broken "Call me back" button;
"Download invoice" that throws; a real article page with a back link and a client-side
"My tickets" route; long guides to scroll) and a new input model, an older user who
double-checks (CarefulHuman: rests on a target reading its label, a firm press, small wheel
notches), beside earlier models on new screens. Its truth follows the late-answer rule:
every click the page answered after more than 1 s is slow_click, in any session. It was
written, generated and committed before any detector ran on it; the integrator runs it once,
in the next stop. Until then this file holds only the completeness test (it runs no
detector).
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import check_set

HELDOUT18 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout18"


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT18,
        "heldout18",
        recordings=8,
        calm=4,
        truth_rows=18,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )
