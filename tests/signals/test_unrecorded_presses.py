"""Clicks recorded without their presses (detectors 1.18.0; issue 15: recorder settings).

rrweb's ``sampling.mouseInteraction`` can turn off MouseDown/MouseUp (and with them every
TouchStart/TouchEnd): the recording then holds clicks but not one press. A control that
answers on its press (a toggle's ``aria-pressed`` set on pointerdown, a range dragged and
held) answered *before* the click, and the press's time is unknown. The constructed page
below is judged as recorded and with its presses removed (the same rule as
tests/signals/recorder_settings.py); where presses are recorded nothing changed.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
from recorder_settings import mouse_interaction_clicks_only

from replay.importers import import_file
from replay.model.session import Session
from replay.signals import SignalConfig, dead_click
from replay.signals._clicks import clicks_of, press_starts, presses_unrecorded
from replay.signals._dom import _drop_runs

T = 1_700_000_000_000


def _el(node_id: int, tag: str, attrs: dict[str, str], children: list[dict]) -> dict:
    return {"type": 2, "id": node_id, "tagName": tag, "attributes": attrs, "childNodes": children}


def _text(node_id: int, text: str) -> dict:
    return {"type": 3, "id": node_id, "textContent": text}


def _player(tmp_path: Path, *, presses: bool) -> Session:
    """A player toolbar: Play, a broken Mute, a broken Save and a volume range.

    - Play (id 20): pressed at 1 880, its own ``aria-pressed`` set 1 ms later (the
      pointerdown handler), clicked at 2 000; nothing after the click.
    - Mute (id 30), broken: pressed at 5 880; its neighbour's text (a hover tip, id 33)
      changes 1 ms later; clicked at 6 000.
    - Save (id 40), broken: its own class changed at 8 500 (a timer), pressed at 9 900,
      clicked at 10 000: 1.5 s after its change, beyond any press.
    - Volume (id 50): pressed at 13 000 and held 3 s, its value moving (Input events) until
      14 600; released and clicked at 16 000 on the same point.
    """
    toolbar = _el(
        11,
        "div",
        {"class": "toolbar"},
        [
            _el(20, "button", {"id": "play", "aria-pressed": "false"}, [_text(21, "Play")]),
            _el(30, "button", {"id": "mute"}, [_text(31, "Mute")]),
            _el(32, "span", {"id": "tip"}, [_text(33, "")]),
            _el(40, "button", {"id": "save"}, [_text(41, "Save")]),
            _el(50, "input", {"id": "vol", "type": "range"}, []),
        ],
    )
    body = _el(3, "body", {}, [_el(10, "main", {}, [toolbar])])
    html = _el(2, "html", {}, [_el(4, "head", {}, []), body])
    snapshot = {"node": {"type": 0, "id": 1, "childNodes": [html]}, "initialOffset": {}}
    events: list[dict] = [
        {"type": 4, "timestamp": T, "data": {"href": "http://x/", "width": 800, "height": 600}},
        {"type": 2, "timestamp": T, "data": snapshot},
    ]

    def inc(dt: int, data: dict) -> dict:
        return {"type": 3, "timestamp": T + dt, "data": data}

    def mouse(dt: int, node: int, kind: int) -> dict:
        return inc(dt, {"source": 2, "type": kind, "id": node, "x": 100, "y": 200})

    def mutation(
        dt: int, texts: list[dict] | None = None, attrs: list[dict] | None = None
    ) -> dict:
        data = {"source": 0, "texts": texts or [], "attributes": attrs or []}
        return inc(dt, {**data, "removes": [], "adds": []})

    def press_click(down: int, node: int, click: int) -> list[dict]:
        return [mouse(down, node, 1), mouse(click - 1, node, 0), mouse(click, node, 2)]

    events += press_click(1880, 20, 2000)
    events.append(mutation(1881, attrs=[{"id": 20, "attributes": {"aria-pressed": "true"}}]))
    events += press_click(5880, 30, 6000)
    events.append(mutation(5881, texts=[{"id": 33, "value": "Mute (M)"}]))
    events.append(mutation(8500, attrs=[{"id": 40, "attributes": {"class": "ready"}}]))
    events += press_click(9900, 40, 10000)
    events += press_click(13000, 50, 16000)
    for k, dt in enumerate(range(13100, 14601, 500)):
        events.append(inc(dt, {"source": 5, "id": 50, "text": str(40 + k), "isChecked": False}))
    events.append(
        inc(25000, {"source": 1, "positions": [{"x": 1, "y": 1, "id": 3, "timeOffset": 0}]})
    )
    events.sort(key=lambda e: e["timestamp"])
    if not presses:
        events = mouse_interaction_clicks_only(events)
    path = tmp_path / f"player-{presses}.rrweb.json"
    path.write_text(json.dumps(events), encoding="utf-8")
    return import_file(path)


def _dead(session: Session) -> list[int]:
    hits = dead_click.detect(session, SignalConfig()).hits
    return [h.start_ms for h in hits if h.signal in ("dead_click", "slow_click")]


def test_presses_not_recorded_are_told_by_the_session_as_a_whole(tmp_path: Path) -> None:
    recorded = _player(tmp_path, presses=True)
    bare = _player(tmp_path, presses=False)
    assert not presses_unrecorded(recorded, clicks_of(recorded))
    assert presses_unrecorded(bare, clicks_of(bare))
    cfg = SignalConfig().dead_click
    # as recorded: each click's own press; without: press_bound_ms before the click
    assert press_starts(recorded, clicks_of(recorded), cfg).tolist() == [1880, 5880, 9900, 13000]
    assert cfg.press_bound_ms == 1000
    assert press_starts(bare, clicks_of(bare), cfg).tolist() == [1000, 5000, 9000, 15000]


def test_a_control_that_answers_on_its_press_is_not_dead_without_presses(tmp_path: Path) -> None:
    # as recorded: Play answered at its press, Mute by the tip changed at its press (the
    # 1.14.0 rule: any change near it from the press on), the range by its own input
    # while held; only Save is dead (its change came 1.4 s before the press)
    assert _dead(_player(tmp_path, presses=True)) == [10000]
    bare = _player(tmp_path, presses=False)
    got = _dead(bare)
    assert 2000 not in got  # Play: its own change within press_bound_ms before the click
    assert 16000 not in got  # Volume: its own value moved since the click before (held)
    assert 10000 in got  # Save: its own change 1.5 s before the click: no press lasts that
    # Mute: with the press's time unknown, a neighbour's change before the click is not
    # known to be the press's work: only the control's own change answers (1.18.0)
    assert 6000 in got
    assert got == [6000, 10000]


def test_a_shorter_press_bound_leaves_the_press_answer_out(tmp_path: Path) -> None:
    bare = _player(tmp_path, presses=False)
    cfg = SignalConfig()
    short = dataclasses.replace(
        cfg, dead_click=dataclasses.replace(cfg.dead_click, press_bound_ms=100)
    )
    got = [
        h.start_ms
        for h in dead_click.detect(bare, short).hits
        if h.signal in ("dead_click", "slow_click")
    ]
    assert 2000 in got  # Play's change came 119 ms before its click: beyond 100 ms


def test_a_run_of_changes_one_frame_apart_is_no_timer_beat() -> None:
    # a timer gives at most two changes in one beat; three or more within rhythm_tol_ms
    # of each other are a hand's drag (only judged so when presses are not recorded)
    t = np.array([0, 500, 1000, 1017, 1034, 1051, 1500, 2000, 2010, 2500], dtype=np.int64)
    assert _drop_runs(t, 50.0) == [0, 500, 1500, 2000, 2010, 2500]
    assert _drop_runs(np.array([0, 10], dtype=np.int64), 50.0) == [0, 10]
