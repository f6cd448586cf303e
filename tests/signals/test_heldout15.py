"""Held-out set 15 (issue 15, fifteenth round): kept out of every tuning decision.

tests/data/rrweb-heldout15 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout15``): a
kind of site no detector was tuned on (an online course lesson: a video-like player built
from elements whose play/pause toggles at once, a seek bar clicked or dragged, a volume
slider, a theatre mode that changes the layout, a transcript panel that scrolls by itself
while the "video" plays, keyboard shortcuts, a quiz answered at once right or wrong,
"Next lesson" / "Previous lesson" as client-side routes announced as pageview events, a
bookmark star whose only answer is its own icon, a question box validated on blur) and a new
input model, a keyboard-first power user (KeyboardHuman), beside earlier models in new
combinations (a gamer's mouse, a fingertip on a phone, a stylus on a tablet; calm: a tremor,
a trackpad, a screen magnifier). Its truth follows the late-answer rule: every click the page
answered after more than 1 s is slow_click, in any session. It was written, generated and
committed before any detector ran on it: this file checks only that the set is whole (no
detector runs here); the integrator adds the figures after running it once.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_sets import check_set

HELDOUT15 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout15"


@pytest.mark.full
def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT15,
        "heldout15",
        recordings=8,
        calm=4,
        truth_rows=18,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )
