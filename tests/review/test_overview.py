"""Overview maths: hit density, label layout without overlap or clipping, cursor speed."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from replay.review.overview import cursor_speed, hit_density, layout_labels


def test_hit_density_bins() -> None:
    bars = hit_density([0, 500, 999, 10_000], [1.0, 0.5, 0.25, 2.0], duration_ms=10_000, bins=10)
    assert bars.tolist() == [1.75, 0, 0, 0, 0, 0, 0, 0, 0, 2.0]
    assert hit_density([], [], duration_ms=0, bins=3).tolist() == [0, 0, 0]


def test_labels_merge_and_stay_inside() -> None:
    placed = layout_labels(
        [10, 20, 300, 310, 590], [60] * 5, list("abcde"),
        left_px=0, right_px=600, reserved_right_px=50,
    )  # fmt: skip
    assert [p.text for p in placed] == ["a +1", "c +1", "e"]
    assert placed[0].left_px >= 56  # after the title (50) and the gap
    assert placed[-1].left_px + placed[-1].width_px <= 600
    # priority decides who stays when two collide
    placed = layout_labels([100, 110], [50, 50], ["low", "high"], left_px=0, right_px=400,
                           priority=[1.0, 5.0])  # fmt: skip
    assert [p.text for p in placed] == ["high +1"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(-200, 1400), st.floats(1, 300), st.floats(0, 10)),
        max_size=150,
    ),
    st.floats(0, 300),
)
def test_labels_never_overlap_or_clip(
    items: list[tuple[float, float, float]], title: float
) -> None:
    centres = [c for c, _, _ in items]
    widths = [w for _, w, _ in items]
    prio = [p for _, _, p in items]
    placed = layout_labels(
        centres, widths, [str(i) for i in range(len(items))],
        left_px=0, right_px=1000, reserved_right_px=title, priority=prio, more_width_px=20,
    )  # fmt: skip
    spans = sorted((p.left_px, p.left_px + p.width_px) for p in placed)
    for left, right in spans:
        assert left >= min(title + 6, 1000) - 1e-9
        assert right <= 1000 + 1e-9
    for (_, r1), (l2, _) in itertools.pairwise(spans):
        assert l2 >= r1 + 6 - 1e-9
    assert len(placed) + sum(p.merged for p in placed) == (len(items) if placed else 0)


def test_speed_over_a_minimum_step_keeps_distance() -> None:
    # a mouse log that repeats timestamps: 100 px moves at the same ms
    t = np.array([0, 0, 1, 1, 20, 40, 40, 60])
    x = np.array([0, 100, 200, 300, 320, 340, 440, 460], dtype=float)
    y = np.zeros(8)
    t_out, speed = cursor_speed(t, x, y)
    assert float(speed.max()) <= 300 / 20 * 1000  # never 100 px / 1 ms = 100 000 px/s
    # the distance travelled is kept: speed x duration sums to the path
    dt = np.maximum(np.diff(np.r_[1, t_out]), 20)
    assert float((speed * dt / 1000).sum()) == 460
    naive = np.hypot(np.diff(x), np.diff(y)) / np.maximum(np.diff(t), 1) * 1000
    assert naive.max() == 100_000
