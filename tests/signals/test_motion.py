"""Cursor, scroll, rotation, navigation, form and hesitation detectors on constructed data."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from signal_sessions import BUTTON, FIELD, build_session, click

from replay.importers import import_file
from replay.signals import (
    cursor_confusion,
    erratic_cursor,
    form_reentry,
    hesitation,
    navigation,
    rotation,
    scroll,
)
from replay.signals.config import SignalConfig
from replay.signals.prepared import prepared


def _moves(t0: int, xs, ys, step_ms: int = 50):
    return [(t0 + i * step_ms, x, y, 0, -1) for i, (x, y) in enumerate(zip(xs, ys, strict=True))]


def test_erratic_cursor_swings(cfg: SignalConfig) -> None:
    calm = _moves(0, np.linspace(0, 600, 20), np.full(20, 100.0))
    xs = np.where(np.arange(30) % 2 == 0, 300.0, 500.0)  # 29 reversals, 200 px each, 20 Hz
    swings = _moves(5000, xs, np.full(30, 400.0))
    (hit,) = erratic_cursor.detect(build_session(pointer=calm + swings), cfg).hits
    assert hit.start_ms == 5000
    assert hit.end_ms == 5000 + 29 * 50
    assert hit.evidence["x_reversals"] >= 8
    assert "horizontal" in hit.reason


def _shake(t0: int, legs: int, x0: float = 300.0) -> list:
    # legs of 120 px in 250 ms, each slow at its turns (steps 8, 32, 40, 32, 8 px at 20 Hz):
    # mean speed 480 px/s, moving steps (>= 15 px) 640-800 px/s
    xs, x, sign = [x0], x0, 1
    for _ in range(legs):
        for step in (8, 32, 40, 32, 8):
            x += sign * step
            xs.append(x)
        sign = -sign
    return _moves(t0, xs, [400.0] * len(xs))


def test_shake_in_place_is_judged_like_for_like(cfg: SignalConfig) -> None:
    # Baseline: 60 moving steps of 25 px (500 px/s); the shake needs 1.25 x 500 = 625 px/s.
    # Its mean (480 px/s, slowed by every turn) is below that; the median of its moving
    # steps (640 px/s), the same estimator as the baseline's, is above: erratic.
    calm = _moves(0, np.arange(61) * 25.0, np.full(61, 100.0))
    (hit,) = erratic_cursor.detect(build_session(pointer=calm + _shake(6000, 9)), cfg).hits
    assert hit.evidence["baseline_step_speed_px_per_s"] == 500.0
    assert hit.evidence["speed_threshold_px_per_s"] == 625.0
    assert hit.evidence["step_speed_px_per_s"] == 640.0
    assert 6000 <= hit.start_ms <= 6250
    assert hit.end_ms >= 6000 + 8 * 250
    # the same shake by someone who ordinarily moves at 800 px/s, turning about as often
    # per px as the shake does, is not fast for them (nor does it turn more: round 4)
    assert (
        erratic_cursor.detect(build_session(pointer=_turner() + _shake(40_000, 9)), cfg).hits == []
    )


def _turner() -> list:
    """A person who moves at 800 px/s in legs of 160 px, turning back after each pause."""
    out = []
    for k in range(30):
        x0 = 100.0 if k % 2 == 0 else 260.0
        xs = x0 + np.sign(180.0 - x0) * np.arange(5) * 40.0
        out += _moves(k * 900, xs, np.full(5, 100.0))
    return out


def test_dense_shake_in_place_needs_only_the_persons_own_speed(cfg: SignalConfig) -> None:
    # Issue 15, round 3 (a slow, trembling hand): a person whose moving steps run at
    # 610 px/s shakes in place at 640 px/s, 1.05 x their own median. A dense shake (9
    # reversals in 2 s) is erratic at that speed; a sparse one (6-7 reversals) that does not
    # retrace its ground still needs 1.25 x; a dense shake slower than the person's ordinary movement is not erratic.
    person = _moves(0, np.arange(61) * 30.5, np.full(61, 100.0))
    (hit,) = erratic_cursor.detect(build_session(pointer=person + _shake(6000, 10)), cfg).hits
    assert hit.evidence["x_reversals"] >= 8
    assert hit.evidence["step_speed_px_per_s"] == 640.0
    # a sparse one (6-7 reversals) on one line retraces its ground: since 1.12.0 (item 25)
    # the retrace rule (item 22, as fast as the person) finds it, as it finds 4 or 5
    # reversals; the same strokes drifting 8 px down each leg do not retrace and still
    # need the sparse rule's 1.25 x
    (sparse,) = erratic_cursor.detect(build_session(pointer=person + _shake(6000, 7)), cfg).hits
    assert sparse.evidence["turn_ratio"] is None  # the retrace rule's
    drifting = [(t, x, 400.0 + 1.6 * k, b, n) for k, (t, x, _, b, n) in enumerate(_shake(6000, 7))]
    assert erratic_cursor.detect(build_session(pointer=person + drifting), cfg).hits == []
    # a dense shake slower than the person's ordinary movement (800 px/s) is still erratic
    # when it turns far more often per px than they do (round 4: turn_ratio), ...
    brisk = _moves(0, np.arange(61) * 40.0, np.full(61, 100.0))
    (hit,) = erratic_cursor.detect(build_session(pointer=brisk + _shake(6000, 10)), cfg).hits
    assert hit.evidence["step_speed_px_per_s"] == 640.0
    # ... and not when this person's own movement turns about as often (legs of 160 px,
    # each after a pause): then neither its speed nor its turns set it apart
    out = erratic_cursor.detect(build_session(pointer=_turner() + _shake(40_000, 10)), cfg)
    assert out.hits == []


def _pen_loops(t0: int, legs: int, x0: float = 300.0, steps: int = 2) -> list:
    # a small, slow scribble: legs of 36 px (two 18 px steps at 20 Hz, 360 px/s), ~26
    # reversals per 1000 px of path
    xs, x, sign = [x0], x0, 1
    for _ in range(legs):
        for _step in range(steps):
            x += sign * 18
            xs.append(x)
        sign = -sign
    return _moves(t0, xs, [400.0] * len(xs))


def test_without_a_baseline_of_their_own_a_person_is_compared_with_the_population(
    cfg: SignalConfig,
) -> None:
    # Issue 15, round 5 (held-out set 4's pen): someone who moves only to tap draws small
    # slow loops, under the 500 px/s floor of the speed rule. With fewer than 30 moving
    # steps in all (one tap step + 28 scribble steps) they have no baseline of their own: their
    # turns are compared with the population's (the turniest of the 65 Balabit people, 6.2
    # reversals per 1000 px): 4x as often, erratic; the evidence says which was used.
    taps = _moves(0, [0.0, 30.0], [100.0, 100.0])
    (hit,) = erratic_cursor.detect(build_session(pointer=taps + _pen_loops(6000, 14)), cfg).hits
    assert hit.evidence["turn_baseline_source"] == "population"
    assert hit.evidence["baseline_source"] == "population"
    assert hit.evidence["turn_ratio"] >= 3.0
    assert hit.evidence["step_speed_px_per_s"] == 360.0
    # with too few moving steps in all, the speed rules use the population's median step
    ec = cfg.erratic_cursor
    tr = prepared(build_session(pointer=taps), None).mouse
    assert erratic_cursor.person_baseline(tr, ec) == (428.0, "population")
    assert erratic_cursor.dense_speed_threshold(tr, ec) == 500.0  # the floor, not 1000
    person = _moves(0, np.arange(61) * 30.5, np.full(61, 100.0))
    tr = prepared(build_session(pointer=person), None).mouse
    assert erratic_cursor.person_baseline(tr, ec) == (610.0, "own")


def test_a_person_with_a_baseline_is_judged_by_their_own_turns_however_few_remain(
    cfg: SignalConfig,
) -> None:
    # Issue 15, round 10 (held-out set 10's trackball, item 22): someone who moved enough
    # to have a baseline (30 moving steps in the session, as the speed rules ask) is
    # compared with their own movement outside the shake, however little of it is left
    # there (20 straight steps here; round 5 asked 30 outside and fell back to the
    # turniest real person). Their straight movement never turns, so it is read as the
    # least turning real person's (2.9 per 1000 px, never 0): loops with legs of 72 px turn
    # 4x as often, erratic, though slower than the speed floor.
    taps = _moves(0, np.arange(21) * 30.0, np.full(21, 100.0))
    wide = _pen_loops(6000, 12, steps=4)
    (hit,) = erratic_cursor.detect(build_session(pointer=taps + wide), cfg).hits
    assert hit.evidence["turn_baseline_source"] == "own"
    assert hit.evidence["baseline_source"] == "own"
    assert 3.0 <= hit.evidence["turn_ratio"] < 6.2 / 2.9 * 3.0
    # the same loops by someone whose own movement zigzags (a turn every 3 steps): under 3x
    # their own, and slower than the floor: not erratic
    ys = 100.0 + 20.0 * np.abs((np.arange(61) % 6) - 3)
    zigzag = _moves(0, np.arange(61) * 30.5, ys)
    assert erratic_cursor.detect(build_session(pointer=zigzag + wide), cfg).hits == []


def _strokes(t0: int, n: int, *, step: float = 40.0, steps: int = 5, drift: float = 0.0):
    # n strokes of steps x step px back and forth on a line (20 Hz), each `drift` px lower;
    # the first goes right, as the jump to it from the person's track below does
    xs, ys, x, y, sign = [2000.0], [400.0], 2000.0, 400.0, 1
    for _ in range(n):
        for _k in range(steps):
            x += sign * step
            y += drift / steps
            xs.append(x)
            ys.append(y)
        sign = -sign
    return _moves(t0, xs, ys)


def test_a_shake_that_retraces_its_ground_needs_fewer_reversals(cfg: SignalConfig) -> None:
    # Issue 15, round 10 (held-out set 10's gamer, item 22): rrweb's ~50 ms sampling left a
    # fast shake as 5 long strokes on one line, 4 reversals: too few for the other rules.
    # Strokes that go back and forth over the same ground (path = 3 x extent between the
    # first and last of 4 reversals), as fast as the person (800 px/s, own 610): erratic.
    person = _moves(0, np.arange(61) * 30.5, np.full(61, 100.0))
    (hit,) = erratic_cursor.detect(build_session(pointer=person + _strokes(6000, 5)), cfg).hits
    assert (hit.evidence["x_reversals"], hit.evidence["y_reversals"]) == (4, 0)
    assert hit.evidence["step_speed_px_per_s"] == 800.0
    assert (hit.start_ms, hit.end_ms) == (6000, 6000 + 25 * 50)
    # a zigzag that travels (each stroke 100 px lower, like reading sweeps): not in place
    drifting = _strokes(6000, 5, drift=100.0)
    assert erratic_cursor.detect(build_session(pointer=person + drifting), cfg).hits == []
    # the same strokes slower than the person (400 px/s): not erratic
    slow = _strokes(6000, 5, step=20.0, steps=10)
    assert erratic_cursor.detect(build_session(pointer=person + slow), cfg).hits == []
    # three reversals are not enough
    assert erratic_cursor.detect(build_session(pointer=person + _strokes(6000, 4)), cfg).hits == []


def test_dense_shake_after_a_lead_in_starts_with_the_shake(cfg: SignalConfig) -> None:
    # Issue 15, round 4: a stroke to the spot, an overshoot corrected (one reversal), a
    # pause of 500 ms (the movement goes on: < 600 ms), then the shake. The span starts
    # after the correction, not with the stroke: a reversal 800 ms before the shake's
    # first (more than 3x its 250 ms rhythm) is a lead-in.
    person = _moves(0, np.arange(61) * 30.5, np.full(61, 100.0))
    lead = _moves(4000, [600.0, 500.0, 400.0, 360.0, 400.0], [400.0] * 5)
    shake = _shake(4700, 10, x0=400.0)
    (hit,) = erratic_cursor.detect(build_session(pointer=person + lead + shake), cfg).hits
    assert hit.start_ms >= 4150


def _diagonal(t0: int, strokes: list[int], split: set[int], x0: float = 2000.0) -> list:
    # a diagonal shake (160 px across, 72 px down per stroke, 20 Hz) of strokes of 3 or 4
    # samples (150-200 ms); at the turns in `split` the first step back moves y by only
    # 4 px, so y turns one sample after x (as rrweb's sampling leaves many turns)
    xs, ys, x, y, sign = [x0], [400.0], x0, 400.0, 1
    for k, n in enumerate(strokes):
        dys = [72.0 / n] * n
        if k in split:
            dys = [4.0] + [(72.0 - 4.0) / (n - 1)] * (n - 1)
        for dy in dys:
            x, y = x + sign * 160.0 / n, y + sign * dy
            xs.append(x)
            ys.append(y)
        sign = -sign
    return _moves(t0, xs, ys)


def test_a_diagonal_shake_is_one_episode_from_its_first_turn_to_its_last(
    cfg: SignalConfig,
) -> None:
    # Issue 15, round 15 (held-out set 14's head mouse and gamer, item 31): a diagonal shake
    # turns on x and y at once, two reversals 0 ms apart, or one sample apart where rrweb's
    # sampling split the turn. Counted as gaps, those put the median interval at ~50 ms, so
    # the lead-in rule (a gap over 3x the median) cut the shake at its 200 ms stroke and
    # kept the larger part (1.14.0: 6500-8200 of 6000-8200). Turns are the rhythm: one hit
    # from the first stroke to the last.
    person = _moves(0, np.arange(61) * 30.5, np.full(61, 100.0))
    strokes = [3, 4, 3, 4, 4, 3, 3, 3, 3, 4, 3, 3, 4]
    shake = _diagonal(6000, strokes, split={1, 4, 6, 9, 11})
    end = 6000 + 50 * sum(strokes)
    (hit,) = erratic_cursor.detect(build_session(pointer=person + shake), cfg).hits
    assert (hit.start_ms, hit.end_ms) == (6000, end)
    assert hit.evidence["x_reversals"] == len(strokes) - 1
    # a lead-in (a stroke to the spot, an overshoot corrected, a 500 ms pause) still is not
    lead = _moves(4800, [1600.0, 1800.0, 2000.0, 2040.0, 2000.0], [400.0] * 5)
    (hit,) = erratic_cursor.detect(build_session(pointer=person + lead + shake), cfg).hits
    assert (hit.start_ms, hit.end_ms) == (6000, end)


def test_a_shake_that_speeds_up_is_one_episode(cfg: SignalConfig) -> None:
    # Round 15 (item 31): strokes of 300 ms, then 100 ms (a shake that starts slowly and
    # speeds up), diagonal: one hit from the first stroke to the last
    person = _moves(0, np.arange(61) * 30.5, np.full(61, 100.0))
    strokes = [6, 6, 6, 6, 4, 3, 2, 2, 2, 2, 2, 2, 2]
    shake = _diagonal(6000, strokes, split=set())
    (hit,) = erratic_cursor.detect(build_session(pointer=person + shake), cfg).hits
    assert (hit.start_ms, hit.end_ms) == (6000, 6000 + 50 * sum(strokes))


def test_the_kept_run_has_one_rhythm(cfg: SignalConfig, balabit_dir: Path) -> None:
    # Round 15 (item 32), on a real Balabit desktop session (user16): one merged window of
    # irregular movement, reversals 0.1-1.2 s apart from 12502934 to 12514213, holds a fast
    # burst (turns ~110 ms apart, 12506210-12507084). Split once at 3 x the window's median
    # (~330 ms) the window kept 12502934-12507084, wandering included; split again by the
    # kept run's own rhythm, the hit is the burst and its lead-out.
    log = balabit_dir / "user16" / "session_1658051584"
    hits = erratic_cursor.detect(import_file(log), cfg).hits
    (hit,) = [h for h in hits if 12_490_000 <= h.start_ms <= 12_520_000]
    assert 12_506_000 <= hit.start_ms <= 12_506_600
    assert hit.end_ms == 12_507_817


def test_slow_reading_sweep_is_not_erratic(cfg: SignalConfig) -> None:
    # left-right sweeps at ~250 px/s: reversals but too slow
    xs = np.concatenate([np.linspace(100, 600, 40), np.linspace(600, 100, 40)] * 3)
    sweeps = _moves(0, xs, np.full(len(xs), 300.0))
    assert erratic_cursor.detect(build_session(pointer=sweeps), cfg).hits == []


def test_erratic_edges(cfg: SignalConfig) -> None:
    assert erratic_cursor.detect(build_session(), cfg).hits == []
    assert erratic_cursor.detect(build_session(pointer=_moves(0, [1], [1])), cfg).hits == []
    assert (
        "erratic_cursor"
        in erratic_cursor.detect(build_session(absent=["pointer"]), cfg).unavailable
    )
    # touch positions (swipes) are not cursor thrash
    xs = np.where(np.arange(30) % 2 == 0, 300.0, 500.0)
    touch = [(i * 50, x, 400.0, 1, -1) for i, x in enumerate(xs)]
    assert erratic_cursor.detect(build_session(pointer=touch), cfg).hits == []


def _scrolls(t0: int, ys, step_ms: int = 100):
    return [(t0 + i * step_ms, 0.0, float(y), 1) for i, y in enumerate(ys)]


def test_scroll_thrash_and_reading(cfg: SignalConfig) -> None:
    reading = _scrolls(0, [100, 200, 300]) + _scrolls(5000, [400, 500]) + _scrolls(9000, [300])
    thrash = _scrolls(20000, [400, 500, 400, 500, 400, 500, 400])  # 5 reversals of 100 px
    out = scroll.detect(build_session(scroll=reading + thrash), cfg)
    (hit,) = [h for h in out.hits if h.signal == "scroll_thrash"]
    assert (hit.start_ms, hit.end_ms) == (20000, 20600)  # first scroll after the pause
    assert hit.evidence["reversals"] == 5


def test_scroll_thrash_starts_with_a_leg_the_page_cut_short(cfg: SignalConfig) -> None:
    # Issue 15, round 4 (held-out set 3: the first swipe hit the bottom after 55 px): the
    # short leg that turned, with no pause, into the first big leg begins the burst
    thrash = _scrolls(20000, [450, 500, 400, 500, 400, 500, 400, 500])
    (hit,) = [
        h
        for h in scroll.detect(build_session(scroll=thrash), cfg).hits
        if h.signal == "scroll_thrash"
    ]
    assert hit.start_ms == 20100


def test_scroll_thrash_needs_min_reversals_and_legs(cfg: SignalConfig) -> None:
    three = _scrolls(0, [100, 200, 100, 200, 100])  # 3 reversals
    assert scroll.detect(build_session(scroll=three), cfg).hits == []
    four = _scrolls(0, [100, 200, 100, 200, 100, 200])  # exactly 4
    assert [h.signal for h in scroll.detect(build_session(scroll=four), cfg).hits] == [
        "scroll_thrash"
    ]
    jitter = _scrolls(0, [100, 150, 100, 150, 100, 150, 100])  # 50 px legs: fling jitter
    assert scroll.detect(build_session(scroll=jitter), cfg).hits == []
    assert "scroll_thrash" in scroll.detect(build_session(absent=["scroll"]), cfg).unavailable


def test_excessive_scroll(cfg: SignalConfig) -> None:
    ys = [0, 800, 1600, 800, 0, 800, 1600, 800]  # long legs of 1600 px, 3 reversals
    hits = scroll.detect(build_session(scroll=_scrolls(0, ys, 300), viewport=(1366, 768)), cfg)
    assert "excessive_scroll" in [h.signal for h in hits.hits]


def test_repeated_rotation(cfg: SignalConfig) -> None:
    vp = [(1000, 915, 412), (3000, 412, 915), (20000, 915, 412), (20500, 915, 300)]
    s = _rot_session(vp)
    (hit,) = rotation.detect(s, cfg).hits
    assert (hit.start_ms, hit.end_ms) == (1000, 3000)
    one = _rot_session([(1000, 915, 412)])
    assert rotation.detect(one, cfg).hits == []
    keyboard = _rot_session([(1000, 412, 500), (2000, 412, 915), (3000, 412, 500)])
    assert rotation.detect(keyboard, cfg).hits == []


def _rot_session(rows):
    from replay.model.session import Channel

    s = build_session(viewport=(412, 915))
    cols = list(zip(*rows, strict=True))
    vp = Channel.from_columns("viewport", t_ms=cols[0], width_px=cols[1], height_px=cols[2])
    return type(s)(meta=s.meta, channels={**s.channels, "viewport": vp})


def test_quick_back_and_page_loop(cfg: SignalConfig) -> None:
    urls = ["http://x/a", "http://x/b"]
    nav = [(0, 0, 0), (10067, 1, 0), (10800, 0, 0), (40000, 1, 0), (49000, 0, 0)]
    s = build_session(
        strings=urls, nodes=[BUTTON], navigation=nav, interactions=[click(10000, 5, 5, 0)]
    )
    out = navigation.detect(s, cfg)
    (hit,) = [h for h in out.hits if h.signal == "quick_back"]
    assert (hit.start_ms, hit.end_ms) == (10000, 10800)
    assert "/b" in hit.reason
    assert "733 ms" in hit.reason
    loop = [(0, 0, 0), (2000, 1, 0), (4000, 0, 0), (6000, 1, 0), (8000, 0, 0)]
    out = navigation.detect(build_session(strings=urls, navigation=loop), cfg)
    assert "page_loop" in [h.signal for h in out.hits]
    # recorder checkouts repeat the same URL: not visits
    same = [(0, 0, 0), (2000, 0, 0), (4000, 0, 0)]
    assert navigation.detect(build_session(strings=urls, navigation=same), cfg).hits == []


def test_form_reentry(cfg: SignalConfig) -> None:
    typed = [(1000 + 100 * i, 0, i + 1, -1, 1) for i in range(6)]
    cleared = [(2000, 0, 0, -1, 1)]
    retyped = [(2500 + 100 * i, 0, i + 1, -1, 1) for i in range(4)]
    s = build_session(nodes=[FIELD], inputs=typed + cleared + retyped)
    (hit,) = form_reentry.detect(s, cfg).hits
    assert (hit.start_ms, hit.end_ms) == (1000, 2800)
    assert hit.evidence["clears"] == 1
    typo = [(1000, 0, 5, -1, 1), (1100, 0, 4, -1, 1), (1200, 0, 3, -1, 1), (1300, 0, 6, -1, 1)]
    assert form_reentry.detect(build_session(nodes=[FIELD], inputs=typo), cfg).hits == []
    assert "form_reentry" in form_reentry.detect(build_session(absent=["inputs"]), cfg).unavailable


def test_hesitation_dwell_and_focus(cfg: SignalConfig) -> None:
    moves = _moves(0, [500, 300, 102, 101], [500, 300, 100, 101], step_ms=100)
    inter = [click(1500, 100, 100, 0), (3000, np.nan, np.nan, 5, -1, -1, 1)]
    s = build_session(
        nodes=[BUTTON, FIELD], pointer=moves, interactions=inter, inputs=[(4200, 1, 1, -1, 1)]
    )
    hits = hesitation.detect(s, cfg).hits
    kinds = sorted(h.evidence["kind"] for h in hits)
    assert kinds == ["dwell", "focus_to_input"]
    dwell = next(h for h in hits if h.evidence["kind"] == "dwell")
    assert dwell.evidence["dwell_ms"] == 1300


def test_cursor_confusion_needs_baseline(cfg: SignalConfig) -> None:
    rows = []
    t = 0
    rng = np.random.default_rng(7)
    for _ in range(15):  # nearly straight, brisk segments of varying length and pace
        n = int(rng.integers(5, 9))
        ys = 100.0 + rng.normal(0, 8, n)
        rows += _moves(t, np.linspace(0, 40.0 * n, n), ys, step_ms=int(rng.integers(40, 70)))
        t += 2000
    loops = np.linspace(0, 4 * np.pi, 40)  # a slow wandering loop
    rows += _moves(t, 400 + 100 * np.cos(loops), 400 + 100 * np.sin(loops), step_ms=100)
    hits = cursor_confusion.detect(build_session(pointer=rows), cfg).hits
    assert len(hits) == 1
    assert hits[0].evidence["ratio"] > 2
    assert cursor_confusion.detect(build_session(pointer=rows[:12]), cfg).hits == []
