"""In/out points and spike landing (replay.review.ranges)."""

from __future__ import annotations

from dataclasses import dataclass

from replay.review.ranges import mark_in, mark_out, spike_landing_ms


def test_in_then_out() -> None:
    sel, pending = mark_in(None, None, 5_000)
    assert (sel, pending) == (None, 5_000)
    assert mark_out(sel, pending, 9_000) == (5_000, 9_000)
    assert mark_out(sel, pending, 2_000) == (2_000, 5_000)  # out before in: swapped
    assert mark_out(None, None, 9_000) is None  # no start yet
    assert mark_out(None, 5_000, 5_000) is None  # an empty range is no range


def test_marks_move_an_existing_selection() -> None:
    assert mark_in((5_000, 9_000), None, 6_000) == ((6_000, 9_000), 6_000)
    assert mark_in((5_000, 9_000), None, 9_500) == (None, 9_500)
    assert mark_out((5_000, 9_000), None, 12_000) == (5_000, 12_000)


@dataclass
class _S:
    start_ms: int
    end_ms: int
    hit_indices: tuple[int, ...] = ()


@dataclass
class _H:
    start_ms: int


def test_spike_landing() -> None:
    hits = [_H(1_000), _H(16_088), _H(16_300)]
    spike = _S(12_500, 20_300, (2, 1))
    assert spike_landing_ms(spike, hits) == 16_088
    assert spike_landing_ms(spike, hits, landing="score_rise") == 12_500
    assert spike_landing_ms(_S(12_500, 20_300), hits) == 16_088  # no indices: hits inside
    assert spike_landing_ms(_S(30_000, 31_000), hits) == 30_000  # no hit: the rise
