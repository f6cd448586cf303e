"""Agreement figures against values computed by hand (issue 16).

Each case writes the hand computation beside the assertion: Cohen's kappa is
``(p_o - p_e) / (1 - p_e)`` with ``p_e`` from the two reviewers' label shares; Krippendorff's
nominal alpha is ``1 - D_o / D_e`` from the coincidence matrix (each unit with ``m`` values
adds ``1/(m-1)`` for every ordered pair of its values). The code under test calls
scikit-learn and the ``krippendorff`` package; these numbers do not.
"""

from __future__ import annotations

import pytest

from replay.model.tags import Tag
from replay.signals.matching import greedy_match, start_end_distance, tag_distance
from replay.team.agreement import NONE, build_units, measure

_next_id = iter(range(1, 10_000))


def tag(reviewer: str, start: int, category: str, end: int | None = None, sid: int = 1) -> Tag:
    i = next(_next_id)
    return Tag(
        id=i, session_id=sid, start_ms=start, end_ms=end, category=category, severity=2,
        note="", reviewer=reviewer, spike_id=None, signals=(), created_at="", updated_at="",
        uid=f"uid{i}",
    )  # fmt: skip


def pair(result, a: str = "A", b: str = "B"):  # type: ignore[no-untyped-def]
    return next(p for p in result.tags.pairs if p.reviewers == (a, b))


# -- matching rules ---------------------------------------------------------------------------


def test_tag_rule_points_ranges_and_tolerance() -> None:
    p1, p2, far = tag("A", 1000, "x"), tag("B", 2000, "x"), tag("B", 2001, "x")
    assert tag_distance(p1, p2, tolerance_ms=1000) is not None  # exactly at the tolerance
    assert tag_distance(p1, far, tolerance_ms=1000) is None
    rng = tag("B", 3000, "x", end=5000)
    assert tag_distance(tag("A", 2500, "x"), rng, tolerance_ms=500) is not None  # widened range
    assert tag_distance(tag("A", 2499, "x"), rng, tolerance_ms=500) is None
    # ranges: overlap only; the tolerance does not widen them
    assert tag_distance(tag("A", 5000, "x", end=6000), rng, tolerance_ms=0) is not None  # touch
    assert tag_distance(tag("A", 5001, "x", end=6000), rng, tolerance_ms=10_000) is None


def test_greedy_match_takes_the_closest_pair_first_and_uses_each_once() -> None:
    a = [tag("A", 1000, "x"), tag("A", 1600, "x")]
    b = [tag("B", 1500, "x")]
    got = greedy_match(a, b, lambda s, t: tag_distance(s, t, tolerance_ms=1000))
    assert got == [(1, 0)]  # 1600 is 100 ms away, 1000 is 500 ms away; B's tag used once
    # evaluate's rule (start and end both within the tolerance) through the same matcher
    assert start_end_distance(tag("A", 0, "x", 900), tag("B", 100, "x", 1000), tolerance_ms=100)
    assert (
        start_end_distance(tag("A", 0, "x", 800), tag("B", 100, "x", 1000), tolerance_ms=100)
        is None
    )


def test_units_hold_one_tag_per_reviewer_and_mark_missing_reviewers() -> None:
    tags = [tag("A", 1000, "x"), tag("A", 1200, "y"), tag("B", 1100, "x")]
    units = build_units(tags, ["A", "B", "C"], {1: {"A", "B"}}, tolerance_ms=1000)
    assert len(units) == 2
    values = sorted(tuple(u.values.values()) for u in units)
    # C did not review session 1: missing (None), not "none"
    assert values == [("x", "x", None), ("y", NONE, None)]


# -- hand-computed figures --------------------------------------------------------------------


def test_no_tags() -> None:
    res = measure([], reviewers=["A", "B"], reviewed={}, durations={1: 5000})
    assert res.tags.n == 0
    assert pair(res).cohen_kappa is None
    assert pair(res).n == 0
    assert res.tags.krippendorff_alpha is None
    assert res.presence.n == 0
    assert res.presence.krippendorff_alpha is None
    assert "no reviewer tags in the sessions measured" in res.notes
    # Both marked the session done and tagged nothing: every 1 s bin is (0, 0).
    # p_o = 1, p_e = 1 -> kappa is 0/0: undefined; alpha has one value only: undefined.
    res = measure([], reviewers=["A", "B"], reviewed={1: {"A", "B"}}, durations={1: 5000})
    p = res.presence.pairs[0]
    assert p.n == 5
    assert p.observed_agreement == 1.0
    assert p.cohen_kappa is None
    assert res.presence.krippendorff_alpha is None


def test_perfect_agreement() -> None:
    tags = [
        tag("A", 1000, "x"), tag("A", 5000, "y", end=6000),
        tag("B", 1200, "x"), tag("B", 5500, "y", end=7000),
    ]  # fmt: skip
    res = measure(
        tags, reviewers=["A", "B"], reviewed={}, durations={1: 10_000}, categories=["x", "y"]
    )
    p = pair(res)
    assert p.n == 2
    assert p.observed_agreement == 1.0
    assert p.cohen_kappa == pytest.approx(1.0)  # p_o 1, p_e .5 -> (1-.5)/(1-.5)
    assert res.tags.krippendorff_alpha == pytest.approx(1.0)  # D_o = 0
    assert p.labels == ["x", "y", NONE]
    assert p.confusion_matrix == [[1, 0, 0], [0, 1, 0], [0, 0, 0]]
    per = {r["category"]: r["cohen_kappa"] for r in p.per_category}
    assert per == {"x": pytest.approx(1.0), "y": pytest.approx(1.0)}
    assert res.disagreements == []


def test_one_reviewer_only() -> None:
    tags = [tag("A", 1000, "x"), tag("A", 3000, "y")]
    res = measure(tags, reviewers=["A"], reviewed={}, durations={1: 5000})
    assert res.tags.pairs == []
    assert res.tags.krippendorff_alpha is None
    assert res.notes[0].startswith("agreement needs two or more reviewers; found 1 (A)")
    # B named but never reviewed the session: B's values are missing, nothing is pairable.
    res = measure(tags, reviewers=["A", "B"], reviewed={}, durations={1: 5000})
    assert pair(res).n == 0
    assert pair(res).cohen_kappa is None
    assert res.tags.krippendorff_alpha is None
    assert res.disagreements == []  # a missing reviewer is not a disagreement
    assert "B has no tags and no done marks in the sessions measured" in res.notes


def test_one_category_only() -> None:
    # Both tag the same moment with the only category: p_o = 1, p_e = 1 -> kappa undefined.
    res = measure([tag("A", 1000, "x"), tag("B", 1100, "x")], reviewers=["A", "B"], reviewed={},
                  durations={1: 5000})  # fmt: skip
    assert pair(res).observed_agreement == 1.0
    assert pair(res).cohen_kappa is None
    assert res.tags.krippendorff_alpha is None  # one value in the domain
    # A tags x twice, B (who reviewed) once, at the first: units (x, x) and (x, none).
    # p_o = 1/2; A: x 1.0; B: x .5, none .5 -> p_e = .5 -> kappa = (.5 - .5) / .5 = 0.
    # alpha: o_xx = 2, o_x,none = o_none,x = 1; n_x = 3, n_none = 1, n = 4;
    # D_o = 2/4 = .5, D_e = (3*1 + 1*3) / (4*3) = .5 -> alpha = 0.
    res = measure([tag("A", 1000, "x"), tag("A", 4000, "x"), tag("B", 1000, "x")],
                  reviewers=["A", "B"], reviewed={1: {"B"}}, durations={1: 5000})  # fmt: skip
    assert pair(res).cohen_kappa == pytest.approx(0.0)
    assert res.tags.krippendorff_alpha == pytest.approx(0.0)
    assert pair(res).confusion_matrix == [[1, 1], [0, 0]]


def test_all_tags_unmatched() -> None:
    # A: x at 1 s, B: y at 9 s: units (x, none) and (none, y). p_o = 0.
    # A: x .5, none .5; B: none .5, y .5 -> p_e = .25 -> kappa = -.25 / .75 = -1/3.
    # alpha: o_x,none = o_none,x = o_none,y = o_y,none = 1; n_x 1, n_none 2, n_y 1, n 4;
    # D_o = 4/4 = 1; D_e = (1*2 + 1*1 + 2*1 + 2*1 + 1*1 + 1*2) / 12 = 10/12 -> alpha = -0.2.
    res = measure([tag("A", 1000, "x"), tag("B", 9000, "y")], reviewers=["A", "B"], reviewed={},
                  durations={1: 10_000}, categories=["x", "y"])  # fmt: skip
    p = pair(res)
    assert p.observed_agreement == 0.0
    assert p.cohen_kappa == pytest.approx(-1 / 3)
    assert res.tags.krippendorff_alpha == pytest.approx(-0.2)
    assert p.confusion_matrix == [[0, 0, 1], [0, 0, 0], [0, 1, 0]]  # rows A, columns B
    assert len(res.disagreements) == 2
    # Presence in 1 s bins: A has bin 1, B bin 9, 10 bins; p_o = .8;
    # p_e = .1*.1 + .9*.9 = .82 -> kappa = (.8 - .82) / .18 = -1/9.
    # alpha: o_00 = 16, o_01 = o_10 = 2; n_0 18, n_1 2, n 20; D_o = 4/20;
    # D_e = 2*18*2 / (20*19) = 72/380 -> alpha = 1 - 76/72 = -1/18.
    pr = res.presence.pairs[0]
    assert pr.n == 10
    assert pr.observed_agreement == pytest.approx(0.8)
    assert pr.cohen_kappa == pytest.approx(-1 / 9)
    assert res.presence.krippendorff_alpha == pytest.approx(-1 / 18)
    assert res.presence_sessions[0][0] == 1
    assert res.presence_sessions[0][1].krippendorff_alpha == pytest.approx(-1 / 18)


def test_three_reviewers_with_missing_data() -> None:
    # Session 1: A x, B x, C y at the same moment -> unit (x, x, y).
    # Session 2 (C did not review it; B did, without tagging): unit (x, none, missing).
    # Coincidences: unit 1 (m = 3, weight 1/2): o_xx = 1, o_xy = o_yx = 1;
    # unit 2 (m = 2): o_x,none = o_none,x = 1. n_x = 3, n_y = 1, n_none = 1, n = 5.
    # D_o = 4/5; D_e = (3*1 + 3*1 + 1*3 + 1*1 + 1*3 + 1*1) / 20 = 14/20 -> alpha = -1/7.
    tags = [
        tag("A", 1000, "x"),
        tag("B", 1000, "x"),
        tag("C", 1000, "y"),
        tag("A", 1000, "x", sid=2),
    ]
    res = measure(
        tags, reviewers=["A", "B", "C"], reviewed={2: {"B"}}, durations={1: 3000, 2: 3000}
    )
    assert res.tags.krippendorff_alpha == pytest.approx(-1 / 7)
    # A vs B: units (x, x) and (x, none): p_o = .5, A x 1.0, B x .5 -> p_e = .5 -> kappa 0.
    assert pair(res, "A", "B").cohen_kappa == pytest.approx(0.0)
    # A vs C: only session 1 is shared: (x, y): p_o 0, p_e 0 -> kappa 0.
    ac = pair(res, "A", "C")
    assert ac.n == 1
    assert ac.cohen_kappa == pytest.approx(0.0)
    # per category y: values (0, 0, 1) and (0, 0, missing): o_00 = 1, o_01 = o_10 = 1 (unit 1),
    # o_00 = 2 (unit 2); n_0 = 4, n_1 = 1, n = 5; D_o = 2/5, D_e = 8/20 -> alpha = 0.
    per = {r["category"]: r["krippendorff_alpha"] for r in res.tags.per_category}
    assert per["y"] == pytest.approx(0.0)


def test_json_has_every_figure() -> None:
    res = measure([tag("A", 1000, "x"), tag("B", 9000, "y")], reviewers=["A", "B"], reviewed={},
                  durations={1: 10_000})  # fmt: skip
    data = res.to_json()
    assert data["tags"]["krippendorff_alpha"] == pytest.approx(-0.2)
    p = data["tags"]["pairs"][0]
    assert {
        "cohen_kappa",
        "observed_agreement",
        "confusion_matrix",
        "labels",
        "per_category",
    } <= set(p)
    assert data["presence"]["overall"]["pairs"][0]["cohen_kappa"] == pytest.approx(-1 / 9)
    assert data["presence"]["per_session"][0]["session_id"] == 1
    assert len(data["disagreements"]) == 2
    assert "unmatched_rule" in data
    assert "matching_rule" in data
