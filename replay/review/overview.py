"""The whole-session overview: spike density, label layout, and a speed that does not spike.

Pure numpy/Python, no Qt: the overview strip and the frustration lane draw what these
functions return.

- :func:`hit_density` bins hit strengths over the session (the strip's bars).
- :func:`layout_labels` places span labels in one row so that none overlaps another, none
  is clipped by the view's edges and none sits under a reserved area (the lane title):
  labels that do not fit are dropped, and the kept neighbour says how many it stands for
  (``rage click +2``).
- :func:`cursor_speed` computes cursor speed over a minimum time step, so a mouse log that
  repeats timestamps (1 ms apart, or equal) does not draw 50 000 px/s spikes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

#: Cursor speed is measured over at least this long (ms): 50 Hz, the slowest common rate.
MIN_SPEED_STEP_MS = 20


def hit_density(
    start_ms: Sequence[int] | npt.ArrayLike,
    strength: Sequence[float] | npt.ArrayLike,
    *,
    duration_ms: int,
    bins: int,
) -> npt.NDArray[np.float64]:
    """Return the summed hit strength per bin, ``bins`` equal bins over the session."""
    bins = max(1, int(bins))
    t = np.asarray(start_ms, dtype=np.float64)
    w = np.asarray(strength, dtype=np.float64)
    if not len(t):
        return np.zeros(bins)
    span = max(float(duration_ms), 1.0)
    idx = np.clip((t / span * bins).astype(np.int64), 0, bins - 1)
    return np.bincount(idx, weights=w, minlength=bins)[:bins].astype(np.float64)


@dataclass(frozen=True, slots=True)
class PlacedLabel:
    """A label kept by :func:`layout_labels`: which span, where (left px), and its text."""

    index: int
    left_px: float
    width_px: float
    text: str
    merged: int  # how many dropped labels it stands for


def layout_labels(
    centres_px: Sequence[float],
    widths_px: Sequence[float],
    texts: Sequence[str],
    *,
    left_px: float,
    right_px: float,
    reserved_right_px: float | None = None,
    priority: Sequence[float] | None = None,
    gap_px: float = 6.0,
    more_width_px: float = 0.0,
) -> list[PlacedLabel]:
    """Place one-row labels so that none overlaps, clips or enters the reserved area.

    Parameters
    ----------
    centres_px, widths_px, texts : sequences
        Each label's wanted centre, its text width and its text.
    left_px, right_px : float
        The visible row; a label is shifted inward to fit, never clipped.
    reserved_right_px : float, optional
        ``[left_px, reserved_right_px]`` is taken (a lane title): labels start after it.
    priority : sequence of float, optional
        Higher first (e.g. spike peak); default: wider spans are not known, so time order.
    gap_px : float
        Minimum space between two labels.
    more_width_px : float
        Room to keep for a ``+N`` suffix on a label that stands for dropped ones.

    Returns
    -------
    list of PlacedLabel
        In left-to-right order. A dropped label is counted in the nearest kept one.
    """
    n = len(centres_px)
    lo = left_px if reserved_right_px is None else max(left_px, reserved_right_px + gap_px)
    order = (
        sorted(range(n), key=lambda i: (-float(priority[i]), i))
        if priority is not None
        else list(range(n))
    )
    placed: list[tuple[float, float, int]] = []  # (left, right, index)
    dropped: list[int] = []
    for i in order:
        width = float(widths_px[i]) + more_width_px
        if width > right_px - lo:
            dropped.append(i)
            continue
        left = min(max(float(centres_px[i]) - width / 2, lo), right_px - width)
        right = left + width
        if any(left < r + gap_px and l_ < right + gap_px for l_, r, _ in placed):
            dropped.append(i)
            continue
        placed.append((left, right, i))
    placed.sort()
    merged = [0] * len(placed)
    for i in dropped:
        if not placed:
            break
        c = float(centres_px[i])
        nearest = min(range(len(placed)), key=lambda k: abs((placed[k][0] + placed[k][1]) / 2 - c))
        merged[nearest] += 1
    return [
        PlacedLabel(
            index=idx,
            left_px=left,
            width_px=right - left,
            text=str(texts[idx]) + (f" +{merged[k]}" if merged[k] else ""),
            merged=merged[k],
        )
        for k, (left, right, idx) in enumerate(placed)
    ]


def cursor_speed(
    t_ms: npt.ArrayLike,
    x_px: npt.ArrayLike,
    y_px: npt.ArrayLike,
    *,
    min_step_ms: int = MIN_SPEED_STEP_MS,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    """Return cursor speed (px/s) over steps of at least ``min_step_ms``.

    The path is cut at the last sample of each ``min_step_ms`` bucket; the speed of a step
    is the path length travelled in it (every sample counts, so distance is kept) divided
    by its duration, which is never taken shorter than ``min_step_ms``. Repeated or 1 ms
    apart timestamps thus no longer divide a jump by 1 ms.

    Returns
    -------
    t_ms : (M,) int64
        The end time of each step.
    speed_px_per_s : (M,) float32
    """
    t = np.asarray(t_ms, dtype=np.int64)
    if len(t) < 2:
        return np.empty(0, np.int64), np.empty(0, np.float32)
    x = np.asarray(x_px, dtype=np.float64)
    y = np.asarray(y_px, dtype=np.float64)
    seg = np.sqrt(np.diff(x) ** 2 + np.diff(y) ** 2)
    cum = np.concatenate(([0.0], np.cumsum(seg)))
    bucket = (t - t[0]) // max(1, int(min_step_ms))
    ends = np.flatnonzero(np.diff(bucket) != 0)  # last sample of each bucket
    ends = np.append(ends, len(t) - 1)
    if ends[0] != 0:
        ends = np.concatenate(([0], ends))
    dt = np.maximum(np.diff(t[ends]), min_step_ms).astype(np.float64)
    speed = np.diff(cum[ends]) / dt * 1000.0
    return t[ends[1:]], speed.astype(np.float32)
