"""One-to-one matching of time spans, closest first: shared by evaluation, agreement and calibration.

``replay evaluate`` (detections vs a truth CSV), ``replay agreement`` (one reviewer's tags vs
another's) and ``replay calibrate`` (detections vs reviewers' tags) all pair two lists of
spans the same way: every candidate pair gets a distance (or none, when the two cannot
match), pairs are taken closest first, and each span is used at most once. Only the
distance rule differs; :func:`greedy_match` is the one algorithm.

:func:`tag_distance` is the rule for reviewers' tags (issue 16):

- point with point: they match when ``|a - b| <= tolerance_ms``;
- point with range: when the point lies inside the range widened by ``tolerance_ms`` on
  both sides;
- range with range: when they overlap (share at least one millisecond; touching ends,
  ``a.end == b.start``, count as overlap). The tolerance does not widen ranges.

Among matchable pairs the closer one wins: first the smaller gap (0 for overlapping spans),
then the smaller difference of starts, then the larger overlap.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar


class Span(Protocol):
    """Anything with a start and an optional end in ms (tags, hits, truth rows)."""

    @property
    def start_ms(self) -> int:
        """Start, ms since the session's first event."""
        ...

    @property
    def end_ms(self) -> int | None:
        """End, ms; None for a point."""
        ...


A = TypeVar("A")
B = TypeVar("B")
Distance = tuple[float, ...]


def greedy_match(
    left: Sequence[A], right: Sequence[B], distance: Callable[[A, B], Distance | None]
) -> list[tuple[int, int]]:
    """Pair items of ``left`` and ``right`` one-to-one, closest pairs first.

    Parameters
    ----------
    left, right : sequence
        The two lists (any item types the ``distance`` understands).
    distance : callable
        ``distance(a, b)`` returns a sortable tuple (smaller is closer) or None when ``a``
        and ``b`` cannot match. Ties fall back to the lower indices, so the result is
        deterministic.

    Returns
    -------
    list of (int, int)
        Index pairs ``(i, j)``, sorted by ``i``.
    """
    pairs = []
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            d = distance(a, b)
            if d is not None:
                pairs.append((d, i, j))
    pairs.sort()
    used_l: set[int] = set()
    used_r: set[int] = set()
    out = []
    for _d, i, j in pairs:
        if i not in used_l and j not in used_r:
            used_l.add(i)
            used_r.add(j)
            out.append((i, j))
    return sorted(out)


def tag_distance(a: Span, b: Span, *, tolerance_ms: int) -> Distance | None:
    """Return the matching distance of two spans under the tag rule (module doc), or None."""
    a_end = a.start_ms if a.end_ms is None else a.end_ms
    b_end = b.start_ms if b.end_ms is None else b.end_ms
    gap = max(a.start_ms, b.start_ms) - min(a_end, b_end)  # <= 0 when they overlap or touch
    both_ranges = a.end_ms is not None and b.end_ms is not None
    allowed = 0 if both_ranges else tolerance_ms
    if gap > allowed:
        return None
    overlap = max(0, -gap)
    return (float(max(gap, 0)), float(abs(a.start_ms - b.start_ms)), float(-overlap))


def start_end_distance(a: Span, b: Span, *, tolerance_ms: int) -> Distance | None:
    """Return the ``replay evaluate`` distance: both the starts and the ends within ``tolerance_ms``."""
    a_end = a.start_ms if a.end_ms is None else a.end_ms
    b_end = b.start_ms if b.end_ms is None else b.end_ms
    d = max(abs(a.start_ms - b.start_ms), abs(a_end - b_end))
    return None if d > tolerance_ms else (float(d),)
