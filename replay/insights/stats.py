"""Small, dependency-free interval estimates: Wilson, Newcombe, seeded bootstrap.

Wilson (1927) score interval for one proportion; Newcombe (1998, method 10) hybrid score
interval for a difference of two independent proportions; percentile bootstrap for means
and their difference (independent resampling of each group, seeded, so a report is
reproducible). tests/insights/test_stats.py checks them against published values.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import numpy.typing as npt

#: Two-sided 95 % normal quantile.
Z95 = 1.959963984540054


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Return the Wilson score interval of ``k`` successes in ``n`` trials ((0, 1) for n=0)."""
    if n <= 0:
        return 0.0, 1.0
    p = k / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def newcombe(k1: int, n1: int, k2: int, n2: int, z: float = Z95) -> tuple[float, float]:
    """Return Newcombe's hybrid score interval for ``k1/n1 - k2/n2``."""
    p1 = k1 / n1 if n1 else 0.0
    p2 = k2 / n2 if n2 else 0.0
    l1, u1 = wilson(k1, n1, z)
    l2, u2 = wilson(k2, n2, z)
    d = p1 - p2
    lo = d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    hi = d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return max(-1.0, lo), min(1.0, hi)


def bootstrap_means(
    values: npt.ArrayLike, rng: np.random.Generator, resamples: int = 1000
) -> npt.NDArray[np.float64]:
    """Return ``resamples`` bootstrap means of ``values`` (empty when there are none)."""
    v = np.asarray(values, dtype=np.float64)
    if len(v) == 0:
        return np.zeros(0)
    out = np.empty(resamples, dtype=np.float64)
    chunk = max(1, min(resamples, 2_000_000 // len(v)))
    for start in range(0, resamples, chunk):
        m = min(chunk, resamples - start)
        idx = rng.integers(0, len(v), size=(m, len(v)))
        out[start : start + m] = v[idx].mean(axis=1)
    return out


def percentile_ci(samples: npt.NDArray[Any], level: float = 0.95) -> tuple[float, float] | None:
    """Return the percentile interval of bootstrap ``samples``, None when empty."""
    if len(samples) == 0:
        return None
    a = (1 - level) / 2
    return float(np.quantile(samples, a)), float(np.quantile(samples, 1 - a))
