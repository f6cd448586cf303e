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
    """Return ``resamples`` bootstrap means of ``values`` (empty when there are none).

    Zeros (sessions that did not buy, in revenue per session) are not drawn one by one: in a
    resample of n the number of draws that hit a non-zero value is Binomial(n, m/n), and
    those draws are uniform over the m non-zero values, which is exactly the ordinary
    bootstrap distribution at a cost proportional to m instead of n.
    """
    v = np.asarray(values, dtype=np.float64)
    n = len(v)
    if n == 0:
        return np.zeros(0)
    nz = v[v != 0]
    m = len(nz)
    if m == 0:
        return np.zeros(resamples)
    counts = rng.binomial(n, m / n, size=resamples) if m < n else np.full(resamples, n)
    out = np.empty(resamples, dtype=np.float64)
    chunk_draws = 4_000_000
    start = 0
    while start < resamples:
        stop = start + 1
        total = int(counts[start])
        while stop < resamples and total + int(counts[stop]) <= chunk_draws:
            total += int(counts[stop])
            stop += 1
        draws = nz[rng.integers(0, m, size=total)]
        owner = np.repeat(np.arange(stop - start), counts[start:stop])
        out[start:stop] = np.bincount(owner, weights=draws, minlength=stop - start) / n
        start = stop
    return out


def percentile_ci(samples: npt.NDArray[Any], level: float = 0.95) -> tuple[float, float] | None:
    """Return the percentile interval of bootstrap ``samples``, None when empty."""
    if len(samples) == 0:
        return None
    a = (1 - level) / 2
    return float(np.quantile(samples, a)), float(np.quantile(samples, 1 - a))
