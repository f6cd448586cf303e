"""Vectorised helpers over position tracks: direction reversals, path length, runs."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]


def reversal_indices(values: npt.NDArray[np.floating], *, min_step: float) -> I64:
    """Return indices of positions where the movement along one axis turns back.

    Steps smaller than ``min_step`` are ignored (jitter); a reversal is a sign change
    between consecutive kept steps, reported at the position where the new direction
    starts (the turning point). See :func:`step_reversals`.

    Parameters
    ----------
    values : (N,) float
        One coordinate of a track.
    min_step : float
        Smallest step that counts as movement, in the track's unit.
    """
    if len(values) < 3:
        return np.empty(0, dtype=np.int64)
    return step_reversals(np.diff(values), min_step=min_step)


def step_reversals(step: npt.NDArray[np.floating], *, min_step: float) -> I64:
    """Return the indices ``k`` of steps whose direction turns back from the last kept step.

    Step ``k`` goes from position ``k`` to ``k + 1``, so ``k`` is also the turning
    position. Kept steps: ``|step| >= min_step`` and non-zero (NaN is never kept).
    Vectorised as one mask, one compress and one comparison of neighbours (no
    ``np.sign`` over the whole track and no ``flatnonzero`` on floats, both slow).

    Parameters
    ----------
    step : (N-1,) float
        Signed steps along one axis.
    min_step : float
        Smallest step that counts as movement.

    Returns
    -------
    (R,) int64, increasing
    """
    moving = np.abs(step) >= min_step
    if not min_step > 0:
        moving &= step != 0
    kept = np.flatnonzero(moving)
    if len(kept) < 2:
        return np.empty(0, dtype=np.int64)
    forward = step[kept] > 0
    turned = forward[1:] != forward[:-1]
    out: I64 = kept[1:][turned].astype(np.int64, copy=False)
    return out


def legs(t_ms: I64, values: F64, *, pause_ms: int) -> tuple[I64, I64, F64]:
    """Split a track into legs: runs of same-direction steps not broken by a pause.

    A step is the change between consecutive samples, timed at its later sample; a
    pause of at least ``pause_ms`` before a sample starts a new leg (the first scroll
    after a pause is new movement, rrweb throttles scroll events to 100 ms).

    Parameters
    ----------
    t_ms : (N,) int64, sorted
    values : (N,) float

    Returns
    -------
    start_ms, end_ms : (L,) int64
        Time of each leg's first and last step.
    amount : (L,) float64
        Signed total movement of each leg (zero steps are dropped).
    """
    empty = np.empty(0, dtype=np.int64)
    if len(values) < 2:
        return empty, empty, np.empty(0)
    step = np.diff(values.astype(np.float64))
    step_t = t_ms[1:]
    gap = np.diff(t_ms)
    moving = step != 0
    step, step_t, gap = step[moving], step_t[moving], gap[moving]
    if len(step) == 0:
        return empty, empty, np.empty(0)
    sign = np.sign(step)
    new = np.ones(len(step), dtype=bool)
    new[1:] = (sign[1:] != sign[:-1]) | (gap[1:] >= pause_ms)
    first = np.flatnonzero(new)
    last = np.concatenate([first[1:] - 1, [len(step) - 1]])
    amount = np.add.reduceat(step, first)
    return step_t[first].astype(np.int64), step_t[last].astype(np.int64), amount


def dense_windows(times_ms: I64, *, window_ms: int, min_count: int) -> list[tuple[int, int]]:
    """Return index ranges ``(i, j)`` (inclusive) of merged windows holding >= min_count events.

    For every event i, the window ``[times[i], times[i] + window_ms]`` is dense if it holds
    at least ``min_count`` events; overlapping dense windows are merged.
    """
    n = len(times_ms)
    if n < min_count or min_count < 1:
        return []
    j = np.searchsorted(times_ms, times_ms + window_ms, side="right") - 1
    dense = (j - np.arange(n) + 1) >= min_count
    starts = np.flatnonzero(dense).astype(np.int64)
    if len(starts) == 0:
        return []
    return merge_intervals(starts, j[starts].astype(np.int64), max_gap=0)


def merge_intervals(starts: I64, ends: I64, *, max_gap: int) -> list[tuple[int, int]]:
    """Merge sorted-by-start intervals that overlap or are at most ``max_gap`` apart."""
    if len(starts) == 0:
        return []
    order = np.argsort(starts, kind="stable")
    s, e = starts[order], ends[order]
    running_end = np.maximum.accumulate(e)
    new = np.ones(len(s), dtype=bool)
    new[1:] = s[1:] > running_end[:-1] + max_gap
    group = np.cumsum(new) - 1
    out_s = s[new]
    out_e = np.zeros(len(out_s), dtype=np.int64)
    np.maximum.at(out_e, group, e)
    return [(int(a), int(b)) for a, b in zip(out_s, out_e, strict=True)]


def prefix_sums_at(values: npt.NDArray[np.floating], points: I64) -> F64:
    """Return ``values[:p].sum()`` (float64) for every ``p`` in ``points`` (0 <= p <= N).

    One ``np.add.reduceat`` over the sorted distinct points instead of a cumulative sum
    of the whole array: the same prefix sums, evaluated only where they are needed.

    Parameters
    ----------
    values : (N,) float
    points : (P,) int, each in ``[0, N]``, any order
    """
    n = len(values)
    if len(points) == 0:
        return np.empty(0, dtype=np.float64)
    cuts = np.unique(np.concatenate([[0], points])).astype(np.int64)
    inner = cuts[cuts < n]
    if n == 0:
        return np.zeros(len(points), dtype=np.float64)
    seg = np.add.reduceat(values, inner, dtype=np.float64)  # sums of [inner[k], inner[k+1])
    at = np.empty(len(cuts), dtype=np.float64)
    at[0] = 0.0
    np.cumsum(seg[: len(cuts) - 1], out=at[1:])  # cuts == n (if any) gets the total
    out: F64 = at[np.searchsorted(cuts, points)]
    return out


def span_stats(values: npt.NDArray[np.floating], s0: I64, s1: I64) -> tuple[F64, F64, F64]:
    """Return (min, max, mean) of ``values[s0[k] : s1[k] + 1]`` for every span k, at once.

    Spans may overlap (two episodes of one continuous movement share its ends). The
    array is cut at every span end into pieces reduced by one ``reduceat`` each; a span
    is a run of whole pieces, so its min/max come from a sparse table over the pieces
    (two lookups per span) and its sum from the pieces' prefix sums. No loop per span.

    Parameters
    ----------
    values : (N,) float
    s0, s1 : (E,) int
        First and last index of each span, ``0 <= s0 <= s1 < N``.
    """
    if len(s0) == 0:
        empty = np.empty(0, dtype=np.float64)
        return empty, empty, empty
    n = len(values)
    cuts = np.unique(np.concatenate([s0, s1 + 1]))
    cuts = cuts[cuts < n]
    a = np.searchsorted(cuts, s0)  # first piece of each span
    b = np.searchsorted(cuts, s1 + 1)  # one past its last piece
    piece_sum = np.concatenate([[0.0], np.cumsum(np.add.reduceat(values, cuts, dtype=np.float64))])
    mean = (piece_sum[b] - piece_sum[a]) / (s1 - s0 + 1)
    lo = _range_reduce(np.minimum, np.minimum.reduceat(values, cuts), a, b)
    hi = _range_reduce(np.maximum, np.maximum.reduceat(values, cuts), a, b)
    return lo.astype(np.float64), hi.astype(np.float64), mean


def _range_reduce(
    op: np.ufunc, pieces: npt.NDArray[np.floating], a: I64, b: I64
) -> npt.NDArray[np.floating]:
    """Return ``op.reduce(pieces[a[k]:b[k]])`` per k (sparse table, b > a)."""
    length = b - a
    level = np.floor(np.log2(length)).astype(np.int64)
    out = np.empty(len(a), dtype=pieces.dtype)
    table = pieces
    for k in range(int(level.max()) + 1):
        if k:
            half = 1 << (k - 1)
            table = op(table[:-half], table[half:])  # table[i] = op over pieces[i : i + 2**k]
        sel = level == k
        if bool(sel.any()):
            out[sel] = op(table[a[sel]], table[b[sel] - (1 << k)])
    return out
