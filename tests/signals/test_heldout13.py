"""Held-out set 13 (issue 15, thirteenth round): kept out of every tuning decision.

tests/data/rrweb-heldout13 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout13``): a
kind of site no detector was tuned on (a restaurant ordering page: a menu of 12 dishes with
+/- quantity steppers answered at once, category buttons that filter the menu at once, a
cart drawer opened and closed, a tip selector that changes the total at once, "Waiting
time" answered after 0.8 s, a mobile number validated on blur, a "Kitchen closes in"
countdown ticking every second, a real allergen-info page) and earlier input models in new
combinations (a thumb trackball, a pen on a graphics tablet, a stylus on a phone, a
fingertip on a small tablet; calm: a slow hand, an accelerated mouse, a left-handed mouse,
a jittery mouse). Its truth follows the late-answer rule: every click the page answered
after more than 1 s is slow_click, in any session. It was written, generated and committed
before any detector ran on it; the integrator runs it once afterwards. Until then this file
holds only the completeness test (it runs no detector).
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import check_set

HELDOUT13 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout13"


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT13,
        "heldout13",
        recordings=8,
        calm=4,
        truth_rows=18,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )
