"""Held-out set 12 (issue 15, twelfth round): kept out of every tuning decision.

tests/data/rrweb-heldout12 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout12``): a
kind of site no detector was tuned on (a flight search results page: results that re-sort
at once when a sort button is pressed, a price range slider that filters them while it
moves, "Direct only" answered after 0.8 s, hearts that save and unsave a flight, a fare
dialog opened and closed, a price alert validated on blur, a "Prices held" countdown
ticking every second, a real baggage-rules page) and earlier input models in new
combinations (a hand with a tremor, a left-handed mouse, a fingertip on a large tablet, a
touchscreen 2-in-1 turned in the hands; calm: a trackpad, a fast hand, voice control on a
phone, a gamer's mouse). Its truth follows the late-answer rule: every click the page
answered after more than 1 s is slow_click, in any session. It was written, generated and
committed before any detector ran on it; the integrator runs it once. Until then only its
completeness is tested here.
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import check_set

HELDOUT12 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout12"


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT12,
        "heldout12",
        recordings=8,
        calm=4,
        truth_rows=18,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )
