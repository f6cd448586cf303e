"""Held-out set 11 (issue 15, eleventh round): kept out of every tuning decision.

tests/data/rrweb-heldout11 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout11``): a
kind of site no detector was tuned on (an online notes editor: a contenteditable document
under a sticky formatting toolbar whose toggles answer with a class change, undo and redo,
an autosave mark that flashes while typing, a focus timer counting down every second, a
notes list reordered by dragging, a lightbox, a comments panel, a share box validated on
blur, a real help page) and earlier input models in new combinations (a jittery mouse, an
accelerated high-DPI mouse, a stylus on a tablet, a slow hand, a fingertip on a small
phone; calm: a pen tablet, keyboard only, a screen magnifier, a trackball). Its truth
follows the late-answer rule: every click the page answered after more than 1 s is
slow_click, in any session. It was written, generated and committed before any detector
ran on it, and has not been run yet: this file holds only its completeness; the integrator
runs it once and adds the figures.
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import check_set

HELDOUT11 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout11"


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT11,
        "heldout11",
        recordings=9,
        calm=4,
        truth_rows=18,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )
