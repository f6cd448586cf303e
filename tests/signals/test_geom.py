"""The vectorised track helpers against their plain-Python definitions."""

from __future__ import annotations

import numpy as np

from replay.signals._geom import prefix_sums_at, reversal_indices, span_stats, step_reversals
from replay.signals.engagement import _idle_ms


def _reversals_by_hand(values: np.ndarray, min_step: float) -> list[int]:
    out, last_sign = [], 0
    for k in range(len(values) - 1):
        step = float(values[k + 1]) - float(values[k])
        if abs(step) < min_step or step == 0:
            continue
        sign = 1 if step > 0 else -1
        if last_sign and sign != last_sign:
            out.append(k)
        last_sign = sign
    return out


def test_reversals_match_the_definition_including_steps_exactly_at_min_step() -> None:
    rng = np.random.default_rng(7)
    for _ in range(200):
        values = np.round(rng.normal(0, 20, rng.integers(0, 40))).astype(np.float32)
        got = reversal_indices(values, min_step=15.0).tolist()
        assert got == _reversals_by_hand(values, 15.0)
    # a step of exactly min_step counts; 14 does not
    values = np.array([0, 15, 0, 14, 0], dtype=np.float32)
    assert reversal_indices(values, min_step=15.0).tolist() == [1]
    # zero steps never count, even with min_step 0
    assert step_reversals(np.array([1.0, 0.0, -1.0]), min_step=0.0).tolist() == [2]
    assert reversal_indices(np.array([1.0, 2.0], dtype=np.float32), min_step=0.0).size == 0


def test_span_stats_and_prefix_sums_match_slices_for_overlapping_spans() -> None:
    rng = np.random.default_rng(11)
    for _ in range(300):
        n = int(rng.integers(1, 60))
        values = rng.normal(size=n).astype(np.float32)
        e = int(rng.integers(1, 8))
        s0 = np.sort(rng.integers(0, n, e))
        s1 = np.minimum(s0 + rng.integers(0, 20, e), n - 1)
        lo, hi, mean = span_stats(values, s0, s1)
        for k in range(e):
            part = values[s0[k] : s1[k] + 1]
            assert lo[k] == part.min()
            assert hi[k] == part.max()
            assert abs(mean[k] - part.mean(dtype=np.float64)) < 1e-9
        points = rng.integers(0, n + 1, 5)
        want = [values[:p].sum(dtype=np.float64) for p in points]
        assert np.allclose(prefix_sums_at(values, points), want)
    assert prefix_sums_at(np.empty(0, dtype=np.float32), np.array([0])).tolist() == [0.0]


def test_idle_time_equals_the_merged_timeline_definition() -> None:
    """Active time's idle gaps, from interval ends only, match sorting every event."""
    rng = np.random.default_rng(5)
    for _ in range(1000):
        gap_ms = int(rng.integers(1, 50))
        times = [
            np.sort(rng.integers(0, int(rng.integers(1, 400)), int(rng.integers(1, 12))))
            for _ in range(int(rng.integers(1, 5)))
        ]
        merged_gaps = np.diff(np.sort(np.concatenate(times)))
        want = int(merged_gaps[merged_gaps > gap_ms].sum())
        assert _idle_ms(times, gap_ms=gap_ms) == want
    # a gap of exactly gap_ms is active; one ms more is idle
    assert _idle_ms([np.array([0, 10]), np.array([5, 15])], gap_ms=5) == 0
    assert _idle_ms([np.array([0, 6])], gap_ms=5) == 6
