"""Held-out set 17 (issue 15, seventeenth round): kept out of every tuning decision.

tests/data/rrweb-heldout17 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout17``): a
kind of site no detector was tuned on (an analytics dashboard, "Store performance": KPI cards
and a bar chart whose data refreshes by itself every ~5 s, with an "updated N s ago" label
ticking every second; hover tooltips on the bars; a sortable stores table with pagination
answered at once; a date-range popover with presets; channel filter chips that toggle; a
collapsible sidebar; "Refresh now" showing a spinner at once and the data 0.7 s later;
"Export CSV" answered after 2.6 s with nothing shown meanwhile; a KPI card that looks
clickable and has no handler; a broken "Compare to last year" switch; "Share report" that
throws; a "Report name" field validated on blur; a real help page and a client-side
settings route) and a new input model, a one-handed phone user reaching with the thumb
(ThumbHuman: near misses on high targets and retaps), beside earlier models in new
combinations. Its truth follows the late-answer rule: every click the page answered after
more than 1 s is slow_click, in any session. It was written, generated and committed before
any detector ran on it; the integrator runs it once afterwards. Until then this file holds
only the completeness test (it runs no detector).
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import check_set

HELDOUT17 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout17"


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT17,
        "heldout17",
        recordings=8,
        calm=4,
        truth_rows=18,
        signals=9,
        devices={"desktop", "phone", "tablet"},
    )
