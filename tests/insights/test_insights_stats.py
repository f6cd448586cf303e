"""Interval estimates against published values (Newcombe 1998, Stat Med 17:857, tables I-II)."""

from __future__ import annotations

import numpy as np
import pytest

from replay.insights.stats import bootstrap_means, newcombe, percentile_ci, wilson


@pytest.mark.parametrize(
    ("k", "n", "lo", "hi"),
    [
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
        (0, 10, 0.0, 0.2775),
    ],
)
def test_wilson_matches_newcombe_table_i(k: int, n: int, lo: float, hi: float) -> None:
    got = wilson(k, n)
    assert got == pytest.approx((lo, hi), abs=1e-4)


@pytest.mark.parametrize(
    ("a", "lo", "hi"),
    [
        ((56, 70, 48, 80), 0.0524, 0.3339),
        ((9, 10, 3, 10), 0.1705, 0.8090),
        ((6, 7, 2, 7), 0.0582, 0.8062),
        ((5, 56, 0, 29), -0.0381, 0.1926),
        ((0, 10, 0, 20), -0.1611, 0.2775),
    ],
)
def test_newcombe_difference_matches_table_ii(
    a: tuple[int, int, int, int], lo: float, hi: float
) -> None:
    assert newcombe(*a) == pytest.approx((lo, hi), abs=1e-4)


def test_wilson_of_nothing_is_the_whole_range() -> None:
    assert wilson(0, 0) == (0.0, 1.0)


def test_bootstrap_is_seeded_and_covers_the_mean() -> None:
    values = np.random.default_rng(1).exponential(50.0, size=400)
    a = bootstrap_means(values, np.random.default_rng(17))
    b = bootstrap_means(values, np.random.default_rng(17))
    assert np.array_equal(a, b)
    lo, hi = percentile_ci(a) or (0.0, 0.0)
    assert lo < values.mean() < hi
    # The percentile interval of a mean of 400 exponentials is about +-2 standard errors.
    se = values.std(ddof=1) / np.sqrt(len(values))
    assert hi - lo == pytest.approx(2 * 1.96 * se, rel=0.2)
    assert percentile_ci(bootstrap_means([], np.random.default_rng(1))) is None


def test_bootstrap_of_mostly_zeros_matches_the_plain_bootstrap() -> None:
    """The zero-skipping draw (Binomial count of non-zero picks) is the same distribution."""
    rng = np.random.default_rng(3)
    values = np.where(rng.random(3000) < 0.25, rng.lognormal(4, 0.6, 3000), 0.0)
    fast = bootstrap_means(values, np.random.default_rng(17), resamples=4000)
    plain_rng = np.random.default_rng(18)
    plain = values[plain_rng.integers(0, len(values), size=(4000, len(values)))].mean(axis=1)
    assert fast.mean() == pytest.approx(plain.mean(), rel=0.01)
    assert fast.std() == pytest.approx(plain.std(), rel=0.06)
    assert np.all(bootstrap_means(np.zeros(5), np.random.default_rng(1), resamples=3) == 0)
