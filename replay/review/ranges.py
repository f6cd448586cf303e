"""Ranges from the keyboard (video-editor in/out points) and where spike keys land.

Pure functions over plain values; the controller keeps the state and calls them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Selection = tuple[int, int] | None

#: Where the next/previous-spike keys put the playhead: the spike's first hit (the moment
#: the reviewer wants to watch), or where the score curve starts to rise (seconds before).
SPIKE_LANDINGS = ("first_hit", "score_rise")


def mark_in(selection: Selection, pending_in: int | None, t_ms: int) -> tuple[Selection, int]:
    """Set the range start at ``t_ms`` (key I); return ``(selection, pending in-point)``.

    With a selection that ends after ``t_ms`` the start moves and the end stays; otherwise
    the selection is cleared and ``t_ms`` waits for an out-point.
    """
    if selection is not None and selection[1] > t_ms:
        return (t_ms, selection[1]), t_ms
    return None, t_ms


def mark_out(selection: Selection, pending_in: int | None, t_ms: int) -> Selection:
    """Set the range end at ``t_ms`` (key O); return the new selection (None: no start yet).

    The start is the pending in-point, else the selection's start; an out-point before
    the start swaps them (the range is what lies between the two marks).
    """
    start = pending_in if pending_in is not None else (selection[0] if selection else None)
    if start is None or start == t_ms:
        return selection
    lo, hi = sorted((start, t_ms))
    return (lo, hi)


def spike_landing_ms(spike: Any, hits: Sequence[Any], *, landing: str = "first_hit") -> int:
    """Return where a spike key puts the playhead for ``spike``.

    ``first_hit``: the earliest start of the spike's hits (``hit_indices``; without them,
    the first hit starting inside the spike), else the spike's start. ``score_rise``:
    the spike's start, where the curve crosses the threshold.
    """
    if landing == "score_rise":
        return int(spike.start_ms)
    indices = [i for i in getattr(spike, "hit_indices", ()) or () if 0 <= i < len(hits)]
    starts = [int(hits[i].start_ms) for i in indices]
    if not starts:
        starts = [int(h.start_ms) for h in hits if spike.start_ms <= h.start_ms <= spike.end_ms]
    return min(starts) if starts else int(spike.start_ms)
