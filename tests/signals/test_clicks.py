"""Rage, dead, slow and error clicks on small constructed sessions."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from signal_sessions import BUTTON, FIELD, SPAN, build_session, click

from replay.model.session import Node
from replay.signals import dead_click, error_click, rage_click
from replay.signals.config import SignalConfig


def _rage(session, cfg):
    return rage_click.detect(session, cfg).hits


def test_rage_burst_on_dead_button(cfg: SignalConfig) -> None:
    s = build_session(
        nodes=[BUTTON],
        interactions=[
            click(1000, 100, 100),
            click(1240, 104, 98),
            click(1470, 99, 103),
            click(1714, 102, 101),
        ],
        duration_ms=9000,
    )
    (hit,) = _rage(s, cfg)
    assert (hit.start_ms, hit.end_ms) == (1000, 1714)
    assert hit.evidence["clicks"] == 4
    assert hit.evidence["dead"] is True
    assert hit.evidence["pointer"] == "mouse"
    assert hit.strength == pytest.approx(1.0)
    assert "4 clicks within 714 ms" in hit.reason
    assert "button#buy" in hit.reason
    assert "no page response in the remaining 7.3 s" in hit.reason


def test_rage_taps_use_touch_radius_and_say_taps(cfg: SignalConfig) -> None:
    taps = [
        click(1000 + 300 * i, 200 + 10 * (i % 2) * 4, 300, target=-1, pointer=2) for i in range(3)
    ]  # 40 px apart: beyond 30 px, within 44 px
    (hit,) = _rage(build_session(interactions=taps), cfg)
    assert hit.evidence["pointer"] == "touch"
    assert "3 taps" in hit.reason
    mouse = [(t, x, y, k, 0, b, tg) for t, x, y, k, _, b, tg in taps]
    assert _rage(build_session(interactions=mouse), cfg) == []


def test_rage_exactly_at_thresholds(cfg: SignalConfig) -> None:
    # 3 clicks, gaps 1000 ms, span exactly 2000 ms, none answered: rage; a gap of 1001 ms: not
    at = [click(0, 10, 10, -1), click(1000, 10, 10, -1), click(2000, 10, 10, -1)]
    assert len(_rage(build_session(interactions=at), cfg)) == 1
    over = [click(0, 10, 10, -1), click(1000, 10, 10, -1), click(2001, 10, 10, -1)]
    assert _rage(build_session(interactions=over), cfg) == []
    # without DOM data the page's silence is unknown: only the 1000 ms span rule applies
    assert _rage(build_session(interactions=at, absent=["mutations"]), cfg) == []
    fast = [click(0, 10, 10, -1), click(500, 10, 10, -1), click(1000, 10, 10, -1)]
    assert len(_rage(build_session(interactions=fast, absent=["mutations"]), cfg)) == 1
    # with slow_span_ms = span_ms (the old rule) the 2000 ms burst is not rage
    narrow = dataclasses.replace(
        cfg, rage_click=dataclasses.replace(cfg.rage_click, slow_span_ms=1000)
    )
    assert _rage(build_session(interactions=at), narrow) == []
    two = at[:2]
    assert _rage(build_session(interactions=two), cfg) == []


def test_responsive_stepper_is_not_rage(cfg: SignalConfig) -> None:
    clicks = [click(0, 10, 10), click(400, 11, 10), click(800, 10, 11)]
    muts = [(t + 2, 0, 0, 1, 1) for t in (0, 400, 800)]
    s = build_session(nodes=[BUTTON], interactions=clicks, mutations=muts)
    assert _rage(s, cfg) == []
    # one unanswered click among working ones is no run of unanswered clicks: not rage
    s2 = build_session(nodes=[BUTTON], interactions=clicks, mutations=muts[:2])
    assert _rage(s2, cfg) == []


def test_rage_spans_only_the_unanswered_run(cfg: SignalConfig) -> None:
    # 3 working gallery clicks, then 5 quick dead ones on the same button (issue 15)
    times = [0, 600, 1200, 1800, 2000, 2200, 2400, 2600]
    clicks = [click(t, 10, 10) for t in times]
    muts = [(t + 3, 0, 0, 1, 1) for t in times[:3]]
    s = build_session(nodes=[BUTTON], interactions=clicks, mutations=muts, duration_ms=9000)
    (hit,) = _rage(s, cfg)
    assert (hit.start_ms, hit.end_ms) == (1800, 2600)
    assert hit.evidence["clicks"] == 5
    assert hit.evidence["dead"] is True


def test_rage_on_text_field_is_selection(cfg: SignalConfig) -> None:
    clicks = [click(0, 10, 10), click(150, 10, 10), click(300, 10, 10)]
    assert _rage(build_session(nodes=[FIELD], interactions=clicks), cfg) == []


def test_rage_without_dom_says_unknown(cfg: SignalConfig) -> None:
    clicks = [click(0, 10, 10, -1), click(200, 10, 10, -1), click(400, 10, 10, -1)]
    (hit,) = _rage(build_session(interactions=clicks, absent=["mutations"]), cfg)
    assert hit.evidence["dead"] is None
    assert "unknown" in hit.reason


def test_rage_empty_and_missing(cfg: SignalConfig) -> None:
    assert _rage(build_session(), cfg) == []
    out = rage_click.detect(build_session(absent=["interactions"]), cfg)
    assert "rage_click" in out.unavailable


def test_dead_click_and_exact_window(cfg: SignalConfig) -> None:
    clicks = [click(1000, 5, 5, 1), click(10000, 5, 5, 1), click(20000, 5, 5, 1)]
    muts = [(3500, 1, 0, 0, 0), (12501, 1, 0, 0, 0)]  # +2500 (answered, slow), +2501 (dead)
    out = dead_click.detect(
        build_session(
            nodes=[BUTTON, SPAN], interactions=clicks, mutations=muts, duration_ms=30000
        ),
        cfg,
    )
    got = [(h.signal, h.start_ms) for h in out.hits]
    # +2501 is past the dead window, but the page did answer: a late answer, slow (issue 15)
    assert got == [("slow_click", 1000), ("slow_click", 10000), ("dead_click", 20000)]
    assert out.hits[1].evidence["response_ms"] == 2501
    assert out.hits[1].evidence["response_kind"] == "late page change"
    assert "span#note" in out.hits[2].reason
    # past late_ms (7000) the change is no answer any more
    short = dataclasses.replace(cfg, dead_click=dataclasses.replace(cfg.dead_click, late_ms=2500))
    out = dead_click.detect(
        build_session(
            nodes=[BUTTON, SPAN], interactions=clicks, mutations=muts, duration_ms=30000
        ),
        short,
    )
    assert [h.signal for h in out.hits] == ["slow_click", "dead_click", "dead_click"]


def test_dead_click_excludes_fields_and_double_click(cfg: SignalConfig) -> None:
    clicks = [click(1000, 5, 5, 2), click(5000, 5, 5, 1), click(5200, 5, 5, 1)]
    sel = [(5130, 1)]
    out = dead_click.detect(
        build_session(
            nodes=[BUTTON, SPAN, FIELD], interactions=clicks, selections=sel, duration_ms=20000
        ),
        cfg,
    )
    assert out.hits == []


def test_dead_click_background_mutation_does_not_answer(cfg: SignalConfig) -> None:
    # a working button (answered at once, shows a toast that hides 2.5 s later), then a
    # click on plain text 1 s later: the toast hiding is not that click's answer
    clicks = [click(1000, 5, 5, 0), click(2000, 50, 50, 1)]
    muts = [(1002, 1, 0, 1, 0), (3500, 0, 1, 1, 0)]
    out = dead_click.detect(
        build_session(nodes=[BUTTON, SPAN], interactions=clicks, mutations=muts, duration_ms=9000),
        cfg,
    )
    assert [(h.signal, h.start_ms) for h in out.hits] == [("dead_click", 2000)]


def test_dead_click_answer_belongs_to_next_click(cfg: SignalConfig) -> None:
    clicks = [click(1000, 5, 5, 1), click(2000, 50, 50, 0)]
    muts = [(2001, 1, 0, 0, 0)]
    out = dead_click.detect(
        build_session(nodes=[BUTTON, SPAN], interactions=clicks, mutations=muts, duration_ms=9000),
        cfg,
    )
    assert [(h.signal, h.start_ms) for h in out.hits] == [("dead_click", 1000)]


def test_dead_click_unavailable_without_dom(cfg: SignalConfig) -> None:
    s = build_session(interactions=[click(0, 1, 1, -1)], absent=["mutations"])
    out = dead_click.detect(s, cfg)
    assert out.hits == []
    assert "no DOM data" in out.unavailable["dead_click"]
    assert "slow_click" in out.unavailable


def test_dead_click_one_event_and_empty(cfg: SignalConfig) -> None:
    one = build_session(nodes=[SPAN], interactions=[click(0, 1, 1, 0)], duration_ms=5000)
    assert [h.signal for h in dead_click.detect(one, cfg).hits] == ["dead_click"]
    assert dead_click.detect(build_session(), cfg).hits == []


def test_dead_click_near_the_end_is_unjudged(cfg: SignalConfig) -> None:
    # the recording ends 2000 ms after the second click: less than the 2500 ms window
    clicks = [click(1000, 5, 5, 1), click(8000, 5, 5, 1)]
    out = dead_click.detect(
        build_session(nodes=[BUTTON, SPAN], interactions=clicks, duration_ms=10000), cfg
    )
    assert [(h.signal, h.start_ms) for h in out.hits] == [("dead_click", 1000)]
    assert out.unjudged["dead_click"].startswith("1 click in the last 2.5 s")
    # exactly the window left: judged
    out = dead_click.detect(
        build_session(nodes=[BUTTON, SPAN], interactions=clicks, duration_ms=10500), cfg
    )
    assert [h.start_ms for h in out.hits] == [1000, 8000]
    assert out.unjudged == {}


def test_dead_click_unjudged_without_any_dom(cfg: SignalConfig) -> None:
    # an rrweb file that declares the mutations channel but recorded no snapshot and no
    # mutation: there is no page to answer, so nothing is flagged
    s = build_session(interactions=[click(1000, 1, 1, -1)], duration_ms=20000)
    out = dead_click.detect(s, cfg)
    assert out.hits == []
    assert "no DOM data" in out.unavailable["dead_click"]


def test_error_click(cfg: SignalConfig) -> None:
    s = build_session(
        nodes=[BUTTON],
        strings=["TypeError: x is undefined"],
        interactions=[click(1000, 5, 5, 0), click(9000, 5, 5, 0)],
        console=[(3000, 4, 0), (9500, 1, 0)],  # exactly 2000 ms: counts; a log: not an error
    )
    (hit,) = error_click.detect(s, cfg).hits
    assert (hit.start_ms, hit.end_ms) == (1000, 3000)
    assert "TypeError" in hit.reason
    later = dataclasses.replace(
        cfg, error_click=dataclasses.replace(cfg.error_click, window_ms=1999)
    )
    assert error_click.detect(s, later).hits == []
    assert "error_click" in error_click.detect(build_session(), cfg).unavailable


def test_slow_repeated_clicks_on_a_dead_control_are_rage(cfg: SignalConfig) -> None:
    # 4 clicks ~1.1 s apart (beyond the 1 s gap) on a button that never answers: Sentry's
    # "repeated clicks on a dead element within 7 s" (issue 15, slow taps)
    clicks = [click(1000 + 1100 * i, 100 + 6 * i, 100) for i in range(4)]
    s = build_session(nodes=[BUTTON], interactions=clicks, duration_ms=12000)
    (hit,) = _rage(s, cfg)
    assert (hit.start_ms, hit.end_ms) == (1000, 4300)
    off = dataclasses.replace(cfg, rage_click=dataclasses.replace(cfg.rage_click, dead_span_ms=0))
    assert _rage(s, off) == []
    # the same clicks on plain styled text (no cue) are not rage, nor dead clicks
    text = dataclasses.replace(SPAN, styled=True)
    plain = build_session(nodes=[text], interactions=clicks, duration_ms=12000)
    assert _rage(plain, cfg) == []
    assert dead_click.detect(plain, cfg).hits == []
    # and no click of the rage run is also reported as a dead click
    assert dead_click.detect(s, cfg).hits == []


def test_dead_click_needs_an_expectation(cfg: SignalConfig) -> None:
    cued = dataclasses.replace(SPAN, styled=True, cue="cursor: pointer")
    plain = dataclasses.replace(SPAN, dom_id="text", styled=True)
    para = Node(tag="p")  # styles unknown: a reading element is still spared
    clicks = [click(1000, 5, 5, 0), click(8000, 50, 50, 1), click(15000, 90, 90, 2)]
    s = build_session(nodes=[cued, plain, para], interactions=clicks, duration_ms=30000)
    hits = dead_click.detect(s, cfg).hits
    assert [(h.signal, h.start_ms) for h in hits] == [("dead_click", 1000)]
    assert hits[0].evidence["cue"] == "cursor: pointer"
    lax = dataclasses.replace(cfg, dead_click=dataclasses.replace(cfg.dead_click, need_cue=False))
    assert len(dead_click.detect(s, lax).hits) == 3


def test_click_that_ends_a_drag_is_selection_not_dead(cfg: SignalConfig) -> None:
    cued = dataclasses.replace(SPAN, styled=True, cue="underlined like a link")
    down = (1000, 10, 10, 1, 0, -1, 0)  # MOUSE_DOWN at (10, 10)
    s = build_session(nodes=[cued], interactions=[down, click(1600, 240, 12, 0)])
    assert dead_click.detect(s, cfg).hits == []
    near = (1000, 238, 12, 1, 0, -1, 0)
    s2 = build_session(
        nodes=[cued], interactions=[near, click(1100, 240, 12, 0)], duration_ms=10_000
    )  # the recording goes on after the click: it can be judged
    assert [h.signal for h in dead_click.detect(s2, cfg).hits] == ["dead_click"]


def test_a_long_held_drag_is_never_a_dead_click(cfg: SignalConfig) -> None:
    # Issue 15, round 4 (held-out set 3b: a slider held 5.8 s): the button pressed on a
    # cued control, the pointer moved away and back, released 5.6 s later next to the
    # press: a drag, however long. A pen's 2 px slip while pressed stays a click.
    cued = dataclasses.replace(SPAN, styled=True, cue="cursor: pointer")
    down = (1000, 238, 12, 1, 0, -1, 0)
    away = [(t, x, 12.0, 0, -1) for t, x in ((2000, 260.0), (3500, 300.0), (6500, 240.0))]
    held = build_session(
        nodes=[cued],
        interactions=[down, click(6600, 240, 12, 0)],
        pointer=away,
        duration_ms=12_000,
    )
    assert dead_click.detect(held, cfg).hits == []
    slip = [(1020, 239.0, 13.0, 0, -1)]
    tap = build_session(
        nodes=[cued],
        interactions=[down, click(1050, 240, 12, 0)],
        pointer=slip,
        duration_ms=12_000,
    )
    assert [h.signal for h in dead_click.detect(tap, cfg).hits] == ["dead_click"]


def test_drag_spans_judged_at_once_match_a_click_by_click_reading() -> None:
    """_ends_drag reads every press-to-click span at once; a plain per-click loop agrees.

    Real recordings with drags (held-out set 4's map pans and pen slips, set 3's slider)
    and without; at three drag distances.
    """
    import numpy as np

    from replay.importers import import_file
    from replay.signals.prepared import prepared

    data = Path(__file__).resolve().parents[1] / "data"
    files = sorted((data / "rrweb-heldout4").glob("*.rrweb.json"))
    files += sorted((data / "rrweb-heldout3b").glob("*.rrweb.json"))[:4]
    assert len(files) >= 10
    drags = 0
    for path in files:
        session = import_file(path)
        clicks = prepared(session, None).clicks
        inter = session.channel("interactions")
        down = inter.mask(inter["kind"] == 1)  # MOUSE_DOWN
        ptr = session.channel("pointer")
        for px in (1.0, 6.0, 30.0):
            got = dead_click._ends_drag(session, clicks, px)
            want = np.zeros(len(clicks), dtype=bool)
            for i in range(len(clicks)):
                t = int(clicks.t_ms[i])
                before = np.flatnonzero(down.t_ms <= t)
                if len(before) == 0:
                    continue
                k = before[-1]
                t_down = int(down.t_ms[k])
                if i > 0 and t_down <= int(clicks.t_ms[i - 1]):
                    continue  # the press belongs to an earlier click
                x0, y0 = float(down["x_px"][k]), float(down["y_px"][k])
                span = (ptr.t_ms >= t_down) & (ptr.t_ms <= t)
                far = [float(np.hypot(clicks.x_px[i] - x0, clicks.y_px[i] - y0))]
                far += list(np.hypot(ptr["x_px"][span] - x0, ptr["y_px"][span] - y0))
                want[i] = np.nanmax(far) > px
            assert (got == want).all(), (path.name, px)
            drags += int(got.sum())
    assert drags > 0


LABEL = Node(tag="label", dom_id="consent-label", label="I agree", interactive=True, cue="label")
CHECKBOX = Node(tag="input", dom_id="consent", input_type="checkbox", interactive=True)


def test_a_label_click_forwarded_to_its_checkbox_is_one_action(cfg: SignalConfig) -> None:
    # round 9 (detectors 1.10.0): the browser answers a label click by clicking the
    # labelled checkbox at the same point a few ms later; the checkbox's input answers
    # the label click, and the forwarded click is not judged on its own
    clicks = [click(1000, 5, 5, 0), click(1003, 5, 5, 1)]
    s = build_session(
        nodes=[LABEL, CHECKBOX],
        interactions=clicks,
        inputs=[(1004, 1, 0, 1, 1)],
        mutations=[(1600, 1, 0, 0, 0)],
        duration_ms=9000,
    )
    assert dead_click.detect(s, cfg).hits == []
    # forward_ms = 0 is the 1.9.0 rule: the label click's window ends at the second click
    off = dataclasses.replace(cfg, dead_click=dataclasses.replace(cfg.dead_click, forward_ms=0))
    assert [(h.signal, h.start_ms) for h in dead_click.detect(s, off).hits] == [
        ("dead_click", 1000)
    ]


def test_forwarded_label_clicks_are_not_counted_as_the_persons(cfg: SignalConfig) -> None:
    # detectors 1.13.0: a label whose control does nothing (a <label for> a button with no
    # handler). Each press is two recorded clicks (the label's, then the browser's forward
    # to the control 3 ms later at the same point); the person clicked once.
    def presses(n: int) -> list[tuple]:
        out = []
        for k in range(n):
            t, x = 1000 + 500 * k, 5 + k
            out += [click(t, x, 5, 0), click(t + 3, x, 5, 1)]
        return out

    def session(n: int):
        return build_session(
            nodes=[LABEL, BUTTON],
            interactions=presses(n),
            mutations=[(15000, 1, 0, 0, 0)],
            duration_ms=20000,
        )

    # two presses 0.5 s apart: not rage (2 clicks, not 4), one dead click (a quick repeat
    # on the same label is one candidate, as on a button)
    two = session(2)
    assert rage_click.detect(two, cfg).hits == []
    assert [(h.signal, h.start_ms) for h in dead_click.detect(two, cfg).hits] == [
        ("dead_click", 1000)
    ]
    # three presses: rage of the person's three clicks, on the label
    (hit,) = rage_click.detect(session(3), cfg).hits
    assert hit.evidence["clicks"] == 3
    assert hit.evidence["click_t_ms"] == [1000, 1500, 2000]
    assert (hit.start_ms, hit.end_ms) == (1000, 2000)
    assert hit.target is not None
    assert "consent-label" in hit.target
    # forward_ms = 0 (no forwards, the 1.12.0 counting): two presses were a 4-click rage
    off = dataclasses.replace(cfg, dead_click=dataclasses.replace(cfg.dead_click, forward_ms=0))
    (old,) = rage_click.detect(two, off).hits
    assert old.evidence["clicks"] == 4


def test_only_a_label_forwards_and_only_at_once_at_the_same_point(cfg: SignalConfig) -> None:
    # not a forward: the first click is on a button (no label on the way up), or the
    # second lands 2 px away, or 60 ms later: each click is judged on its own
    def dead_at(first: Node, second_click: tuple[int, float, float]) -> list[int]:
        t, x, y = second_click
        s = build_session(
            nodes=[first, CHECKBOX],
            interactions=[click(1000, 5, 5, 0), click(t, x, y, 1)],
            inputs=[(t + 1, 1, 0, 1, 1)],
            duration_ms=9000,
        )
        return [h.start_ms for h in dead_click.detect(s, cfg).hits if h.signal == "dead_click"]

    assert dead_at(LABEL, (1003, 5, 5)) == []
    assert dead_at(BUTTON, (1003, 5, 5)) == [1000]
    assert dead_at(LABEL, (1003, 7, 5)) == [1000]
    assert dead_at(LABEL, (1060, 5, 5)) == [1000]


def test_an_error_click_is_not_also_dead_or_slow() -> None:
    # round 9 (detectors 1.10.0): a button that only throws is one error click, not an
    # error click and a dead click (one click, one hit, as a rage burst reports its clicks)
    from replay.signals import detect

    s = build_session(
        nodes=[BUTTON],
        strings=["TypeError: cannot read 'start'"],
        interactions=[click(1000, 5, 5, 0)],
        console=[(1002, 4, 0)],
        mutations=[(8000, 1, 0, 0, 0)],
        duration_ms=12000,
    )
    assert [h.signal for h in detect(s).hits] == ["error_click"]
    # without the console error the same click is slow: the change 7 s later (within
    # late_ms, before any other click) is taken for its late answer
    quiet = build_session(
        nodes=[BUTTON],
        interactions=[click(1000, 5, 5, 0)],
        mutations=[(8000, 1, 0, 0, 0)],
        duration_ms=12000,
    )
    assert [h.signal for h in detect(quiet).hits] == ["slow_click"]


# -- detectors 1.14.0 (round 14, held-out set 15): the answer window starts at the press --

RANGE = Node(tag="input", dom_id="vol", input_type="range", label="Volume", interactive=True)


def _press(t: int, target: int, kind: int = 1) -> tuple[int, float, float, int, int, int, int]:
    """A MOUSE_DOWN (kind 1), MOUSE_UP (0) or TOUCH_START (7) row on ``target``."""
    return (t, 5.0, 5.0, kind, 0, 0, target)


def _dead_slow(out: object) -> list[tuple[str, int]]:
    return [(h.signal, h.start_ms) for h in out.hits]  # type: ignore[attr-defined]


def test_a_slider_answers_at_the_press(cfg: SignalConfig) -> None:
    # set 15 (c15-calm-tremor, c15-stylus-d): a volume slider pressed at 1000 changes its
    # value (an Input event on it) and its icon (a mutation) at once; the click comes at
    # 1211, after them, and nothing follows it. Up to 1.13.0 it was dead.
    inter = [_press(1000, 0), _press(1210, 0, kind=0), click(1211, 5, 5, 0)]
    inputs = [(1002, 0, 2, -1, 1)]
    muts = [(1003, 0, 0, 0, 1)]
    for rows in ({"inputs": inputs}, {"mutations": muts}):
        s = build_session(nodes=[RANGE], interactions=inter, duration_ms=9000, **rows)
        assert _dead_slow(dead_click.detect(s, cfg)) == []
    # a press held long (a drag, 3 s) is still one action: its changes answer the click
    held = [_press(1000, 0), _press(4000, 0, kind=0), click(4001, 5, 5, 0)]
    s = build_session(nodes=[RANGE], interactions=held, inputs=inputs, duration_ms=12000)
    assert _dead_slow(dead_click.detect(s, cfg)) == []


def test_a_dead_button_pressed_and_held_is_still_dead(cfg: SignalConfig) -> None:
    # nothing changes between the press and the click + the window: dead, however long held
    for up in (1080, 2500):
        inter = [_press(1000, 0), _press(up, 0, kind=0), click(up + 1, 5, 5, 0)]
        s = build_session(nodes=[BUTTON, SPAN], interactions=inter, duration_ms=12000)
        assert _dead_slow(dead_click.detect(s, cfg)) == [("dead_click", up + 1)]


def test_only_the_pressed_controls_own_input_and_the_pages_changes_count(
    cfg: SignalConfig,
) -> None:
    inter = [_press(1000, 0), _press(1300, 0, kind=0), click(1301, 5, 5, 0)]
    # an Input event on another element while the button is held is not its answer
    other = [(1100, 1, 2, -1, 1)]
    s = build_session(nodes=[BUTTON, FIELD], interactions=inter, inputs=other, duration_ms=9000)
    assert _dead_slow(dead_click.detect(s, cfg)) == [("dead_click", 1301)]
    # a selection while held is the pen slipping over text (set 7's rage on "Compare")
    s = build_session(nodes=[BUTTON], interactions=inter, selections=[(1150, 1)], duration_ms=9000)
    assert _dead_slow(dead_click.detect(s, cfg)) == [("dead_click", 1301)]
    # a press on another element, or one more than late_ms before the click, starts nothing
    for press in (_press(1000, 1), _press(1301 - cfg.dead_click.late_ms - 1, 0)):
        s = build_session(
            nodes=[BUTTON, SPAN],
            interactions=[press, click(1301, 5, 5, 0)],
            mutations=[(1003, 0, 0, 0, 1)] if press[6] == 1 else [(press[0] + 2, 0, 0, 0, 1)],
            duration_ms=20000,
        )
        assert _dead_slow(dead_click.detect(s, cfg)) == [("dead_click", 1301)]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(-1, 4)), max_size=40),
    st.lists(st.tuples(st.integers(-1, 4), st.integers(-5, 70), st.integers(0, 30)), max_size=20),
)
def test_first_on_target_is_the_first_event_on_the_target_in_the_range(
    events: list[tuple[int, int]], queries: list[tuple[int, int, int]]
) -> None:
    """The vectorised lookup behind press_starts and the own-input rule, against a scan."""
    from replay.signals._clicks import first_on_target

    events.sort(key=lambda e: e[0])
    t = np.array([e[0] for e in events], dtype=np.int64)
    tg = np.array([e[1] for e in events], dtype=np.int64)
    want = np.array([q[0] for q in queries], dtype=np.int64)
    start = np.array([q[1] for q in queries], dtype=np.int64)
    stop = start + np.array([q[2] for q in queries], dtype=np.int64)
    expected = [
        next(
            (j for j, (et, eg) in enumerate(events) if eg == w >= 0 and a <= et < b),
            -1,
        )
        for w, a, b in zip(want, start, stop, strict=True)
    ]
    assert first_on_target(t, tg, want, start, stop).tolist() == expected
