"""Held-out set 14 (issue 15, fourteenth round): kept out of every tuning decision.

tests/data/rrweb-heldout14 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout14``): a
kind of site no detector was tuned on (a job application and account settings page: a
custom dropdown, a button with role=combobox opening a listbox, worked by mouse, touch and
keyboard; "?" tooltips and an account menu that open on hover; a "N people are viewing this
job" toast that comes and goes on its own every 6-8 s; an attachment drop zone; experience
rows reordered by a drag grip; a scrollable job-description panel; "Check salary range"
showing a spinner at once and the range after 0.9 s; a portfolio link validated on blur; a
real benefits page) and two new input models (a head mouse with dwell clicks; a
double-click habit, calm) beside earlier ones on new screens. Its truth follows the
late-answer rule: every click the page answered after more than 1 s is slow_click, in any
session. It was written, generated and committed before any detector ran on it; the
integrator runs it once afterwards. Until then this file holds only the completeness test
(it runs no detector).
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import check_set

HELDOUT14 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout14"


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT14,
        "heldout14",
        recordings=8,
        calm=4,
        truth_rows=18,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )
