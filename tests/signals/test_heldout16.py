"""Held-out set 16 (issue 15, sixteenth round): kept out of every tuning decision.

tests/data/rrweb-heldout16 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout16``): a
kind of site no detector was tuned on (a drawing board, "Inkpot Sketch board": an SVG board
on which the user draws with the button, nib or finger held, the stroke redrawn while it
moves; tools and a colour palette answering at once with a selected state; zoom buttons and
wheel zoom over the board, where the page does not scroll; panning by dragging with the hand
tool; layers reordered by dragging a grip; Undo / Redo answering at once; a drawing name
validated on blur; a real help page; a gallery of earlier sketches below the board) and a
new input model, an illustrator's drawing tablet (ArtistHuman: pen pointer events, fast
continuous strokes with the nib down), beside earlier models in new combinations (a
left-handed mouse, a stylus on a phone, a fingertip on a tablet; calm: a trackball, an
accelerated mouse, a fingertip on a large tablet turned once). Its truth follows the
late-answer rule: every click the page answered after more than 1 s is slow_click, in any
session. It was written, generated and committed before any detector ran on it; the
integrator runs it once afterwards. Until then this file holds only the completeness test
(it runs no detector).
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import check_set

HELDOUT16 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout16"


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT16,
        "heldout16",
        recordings=8,
        calm=4,
        truth_rows=18,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )
