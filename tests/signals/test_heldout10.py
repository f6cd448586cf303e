"""Held-out set 10 (issue 15, tenth round): kept out of every tuning decision.

tests/data/rrweb-heldout10 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout10``): a
kind of site no detector was tuned on (a bank's accounts and transfer page: a sticky offer
banner that animates all the time, payee chips, a transfer form validated on blur, "Check
payee name" answered after 0.85 s, a confirmation dialog, a toast that dismisses itself, a
savings-goal slider, "Show more" that acts once on a double-click, a real statements page)
and four new input models (a left-handed mouse user with long pauses, a gamer's fast
flicks, a thumb trackball, voice control on a phone) beside a large tablet held in
landscape. Its truth follows the late-answer rule: every click the page answered after more
than 1 s is slow_click, in any session. It was written, generated and committed before any
detector ran on it. Only its completeness is tested here: the detector assertions come
after its one run.
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import check_set

HELDOUT10 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout10"


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT10,
        "heldout10",
        recordings=9,
        calm=4,
        truth_rows=18,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )
