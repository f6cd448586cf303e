"""Recorder settings as transforms of recorded rrweb events (issue 15: data we never saw).

Every rrweb set we have (tests/data/rrweb-*, ../shared/data/rrweb) was recorded by rrweb
2.2.2 with its defaults (tools/rrweb-corpus/gen/recorder-init.js passes no ``sampling``).
Other teams record with other settings. Each function here is a pure function on an rrweb
event list (the file's JSON array) that returns the events that setting would have
recorded of the same session, by the rules of rrweb 2.2.2's own recorder
(``rrweb/dist/rrweb.cjs`` of the npm package ``rrweb@2.2.2``: ``initMoveObserver``,
``initScrollObserver``, ``initMouseInteractionObserver``, ``initInputObserver`` and their
``throttle``). The input events are never modified (copies are returned).

rrweb's ``throttle(func, wait, options)`` (the one rule under every sampling option):

- a call at ``now`` runs ``func`` at once when ``now - previous >= wait`` (``previous`` is
  the time of the last run; 0 at first, so the first call runs) and sets ``previous = now``;
- otherwise, unless ``trailing: false``, and only if no timer is pending, it schedules one
  run at ``previous + wait`` with the arguments of *this* call (the first call of the
  window); the timer sets ``previous`` to its own time;
- with ``trailing: false`` the call is simply dropped.

What a transform cannot know: the recorder that made our files already sampled (mouse
positions 50 ms apart, scroll through a 100 ms throttle), so a coarser setting is
simulated on the recorded samples, not on the browser's raw events. A kept sample can be
up to one recorded step (~50 ms for moves, ~100 ms for scroll) later than a real coarser
recorder would have kept one; the figures below are therefore figures of *these*
transforms, which is what the docstrings state.
"""

from __future__ import annotations

import copy
import csv
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from replay.importers import import_file
from replay.signals import DetectionResult, SignalConfig, detect
from replay.signals.evaluate import Evaluation, evaluate, read_recording_list, read_truth

Event = dict[str, Any]

#: rrweb EventType.IncrementalSnapshot and the IncrementalSource values used here.
INCREMENTAL = 3
MOUSE_MOVE, MOUSE_INTERACTION, SCROLL, INPUT, TOUCH_MOVE, DRAG = 1, 2, 3, 5, 6, 12
#: Sources whose positions one ``initMoveObserver`` records (mousemove, touchmove, drag).
MOVE_SOURCES = frozenset({MOUSE_MOVE, TOUCH_MOVE, DRAG})
#: rrweb MouseInteractions: MouseUp 0, MouseDown 1, Click 2, ContextMenu 3, DblClick 4,
#: Focus 5, Blur 6, TouchStart 7, TouchEnd 9 (TouchMove_Departed 8, TouchCancel 10).
MOUSE_UP, MOUSE_DOWN, FOCUS, BLUR, TOUCH_START, TOUCH_END = 0, 1, 5, 6, 7, 9


def _source(e: Event) -> int | None:
    if e.get("type") != INCREMENTAL or not isinstance(e.get("data"), dict):
        return None
    src = e["data"].get("source")
    return src if isinstance(src, int) else None


def _merge(others: list[Event], made: list[Event]) -> list[Event]:
    """Put ``made`` (sorted by timestamp) among ``others`` (kept in their order) by time.

    A made event goes before the first other event with a later timestamp, after every
    other event with the same timestamp, as an emitter appends.
    """
    out: list[Event] = []
    i = 0
    for e in others:
        ts = e.get("timestamp", 0)
        while i < len(made) and made[i]["timestamp"] < ts:
            out.append(made[i])
            i += 1
        out.append(e)
    out.extend(made[i:])
    return out


def shift_start(events: Sequence[Event], delta_ms: int) -> list[Event]:
    """The same session started ``delta_ms`` later (or earlier) on the wall clock.

    Source: rrweb stamps every event with ``Date.now()`` at emit
    (``wrapEvent``: ``timestamp: nowTimestamp()``); nothing else in an event is absolute
    (mouse positions carry ``timeOffset``, relative to their batch's timestamp). A session
    recorded at another time of day, another day or another year differs only by one
    constant added to every ``timestamp``. Detections are in ms from the first event, so
    every hit must be identical: an exact invariance, not a sampling.
    """
    out = copy.deepcopy(list(events))
    for e in out:
        if isinstance(e.get("timestamp"), int | float):
            e["timestamp"] = e["timestamp"] + delta_ms
    return out


@dataclass(frozen=True, slots=True)
class _Pos:
    t: int
    x: Any
    y: Any
    id: Any
    source: int


def sample_mousemove(
    events: Sequence[Event], threshold_ms: int | bool, callback_ms: int = 500
) -> list[Event]:
    """What ``record({sampling: {mousemove: threshold_ms}})`` would have recorded.

    Source: rrweb 2.2.2 ``initMoveObserver``. ``sampling.mousemove === false`` installs no
    listener: no MouseMove, TouchMove or Drag event at all (clicks keep their x, y). A
    number is the ``threshold`` of ``throttle(updatePosition, threshold, {trailing:
    false})`` on the mousemove, touchmove and drag listeners together (default 50): a
    position is kept only when it comes at least ``threshold`` ms after the last kept
    one. Kept positions are pushed to one buffer flushed by ``throttle(flush,
    callbackThreshold)`` (``sampling.mousemoveCallback``, default 500, leading and
    trailing): a position after a quiet spell of ``callbackThreshold`` ms is emitted at
    once, alone; later ones wait for the timer at ``previous + callbackThreshold``. The
    batch's event is stamped with the flush time, each position with ``timeOffset`` =
    its time - flush time (<= 0), and the batch's source (1 mouse, 6 touch, 12 drag) is
    the source of the call that armed the timer.

    Here the positions are the recorded ones (already 50 ms apart), each at its absolute
    time (batch timestamp + timeOffset), thinned by the same rule and re-batched by the
    same flush rule.
    """
    if threshold_ms is True:
        threshold_ms = 50
    others: list[Event] = []
    positions: list[_Pos] = []
    for e in events:
        src = _source(e)
        if src in MOVE_SOURCES:
            for p in e["data"].get("positions") or []:
                if not isinstance(p, dict):
                    continue
                t = int(e["timestamp"] + (p.get("timeOffset") or 0))
                positions.append(_Pos(t, p.get("x"), p.get("y"), p.get("id"), src))  # type: ignore[arg-type]
        else:
            others.append(copy.deepcopy(e))
    if threshold_ms is False:
        return others
    positions.sort(key=lambda p: p.t)  # stable: same-time positions keep their order
    kept: list[_Pos] = []
    for p in positions:
        if not kept or p.t - kept[-1].t >= threshold_ms:
            kept.append(p)
    made: list[Event] = []
    pending: list[_Pos] = []
    previous = 0
    timer: int | None = None
    timer_source = MOUSE_MOVE

    def flush(at: int, source: int) -> None:
        made.append(
            {
                "type": INCREMENTAL,
                "data": {
                    "source": source,
                    "positions": [
                        {"x": q.x, "y": q.y, "id": q.id, "timeOffset": q.t - at} for q in pending
                    ],
                },
                "timestamp": at,
            }
        )
        pending.clear()

    for p in kept:
        if timer is not None and timer <= p.t:
            flush(timer, timer_source)
            previous, timer = timer, None
        pending.append(p)
        remaining = callback_ms - (p.t - previous)
        if remaining <= 0 or remaining > callback_ms:
            flush(p.t, p.source)
            previous = p.t
        elif timer is None:
            timer, timer_source = previous + callback_ms, p.source
    if pending and timer is not None:
        flush(timer, timer_source)
    return _merge(others, made)


def sample_scroll(events: Sequence[Event], threshold_ms: int) -> list[Event]:
    """What ``record({sampling: {scroll: threshold_ms}})`` would have recorded.

    Source: rrweb 2.2.2 ``initScrollObserver``: one ``throttle(handler, sampling.scroll ||
    100)`` (leading and trailing) on the document's scroll listener, for the page and
    every scrolled element together. A run reads the scrolled target's position at the
    time it runs (``scrollLeft``/``scrollTop`` or the window's scroll), so a trailing run
    at ``previous + threshold`` reports where the target of the call that armed it is
    then. Note the default is 100 ms, not "every event": our recordings were made with it.

    Here every recorded Scroll event is a call; a trailing run reports the last recorded
    position of its target at or before the run's time.
    """
    others: list[Event] = []
    calls: list[Event] = []
    for e in events:
        if _source(e) == SCROLL:
            calls.append(e)
        else:
            others.append(copy.deepcopy(e))
    last: dict[Any, tuple[Any, Any]] = {}  # target id -> its position as of now
    made: list[Event] = []
    previous = 0
    timer: tuple[int, Any] | None = None

    def run(at: int, target: Any) -> None:
        x, y = last[target]
        made.append(
            {
                "type": INCREMENTAL,
                "data": {"source": SCROLL, "id": target, "x": x, "y": y},
                "timestamp": at,
            }
        )

    for e in sorted(calls, key=lambda c: c["timestamp"]):
        t = int(e["timestamp"])
        if timer is not None and timer[0] <= t:
            run(*timer)
            previous, timer = timer[0], None
        target = e["data"].get("id")
        last[target] = (e["data"].get("x"), e["data"].get("y"))
        remaining = threshold_ms - (t - previous)
        if remaining <= 0 or remaining > threshold_ms:
            run(t, target)
            previous = t
        elif timer is None:
            timer = (previous + threshold_ms, target)
    if timer is not None:
        run(*timer)
    return _merge(others, made)


#: ``sampling.mouseInteraction`` that keeps only clicks: {MouseDown: false, MouseUp: false,
#: Focus: false, Blur: false, TouchStart: false, TouchEnd: false}.
CLICKS_ONLY_DROPPED = frozenset({MOUSE_UP, MOUSE_DOWN, FOCUS, BLUR, TOUCH_START, TOUCH_END})


def mouse_interaction_clicks_only(events: Sequence[Event]) -> list[Event]:
    """What ``sampling.mouseInteraction = {MouseDown: false, MouseUp: false, Focus: false,
    Blur: false, TouchStart: false, TouchEnd: false}`` would have recorded.

    Source: rrweb 2.2.2 ``initMouseInteractionObserver``: a key set to ``false`` installs
    no listener for it. With PointerEvent (every browser we record), MouseDown and MouseUp
    listen to ``pointerdown``/``pointerup`` and report a touch pointer as TouchStart /
    TouchEnd (the TouchStart/TouchEnd keys themselves install nothing), so disabling
    MouseDown/MouseUp also removes every TouchStart/TouchEnd. Click, DblClick,
    ContextMenu and TouchCancel stay. A Click's ``pointerType`` comes from the click
    event itself (Chromium's click is a PointerEvent), so it is kept as recorded.
    """
    out: list[Event] = []
    for e in events:
        if _source(e) == MOUSE_INTERACTION and e["data"].get("type") in CLICKS_ONLY_DROPPED:
            continue
        out.append(copy.deepcopy(e))
    return out


#: ``<input type=...>`` whose ``change`` fires when the field is left (text-like); every
#: other input kind (checkbox, radio, range, color, file, ...) and ``<select>`` fire it at
#: once. ``<textarea>`` is text-like too.
TEXT_INPUT_TYPES = frozenset(
    {
        "",
        "text",
        "email",
        "password",
        "search",
        "tel",
        "url",
        "number",
        "date",
        "time",
        "datetime-local",
        "month",
        "week",
    }
)


def _text_fields(events: Sequence[Event]) -> set[Any]:
    """The rrweb ids of text-like fields in the page's snapshots and added nodes."""
    found: set[Any] = set()

    def walk(node: Any) -> None:
        stack = [node]
        while stack:
            n = stack.pop()
            if not isinstance(n, dict):
                continue
            tag = str(n.get("tagName") or "").lower()
            attrs = n.get("attributes") if isinstance(n.get("attributes"), dict) else {}
            kind = str(attrs.get("type") or "").lower()
            if tag == "textarea" or (tag == "input" and kind in TEXT_INPUT_TYPES):
                found.add(n.get("id"))
            stack.extend(n.get("childNodes") or [])

    for e in events:
        if e.get("type") == 2 and isinstance(e.get("data"), dict):
            walk(e["data"].get("node"))
        elif _source(e) == 0:
            for add in e["data"].get("adds") or []:
                if isinstance(add, dict):
                    walk(add.get("node"))
    return found


def input_last(events: Sequence[Event]) -> list[Event]:
    """What ``record({sampling: {input: 'last'}})`` would have recorded.

    Source: rrweb 2.2.2 ``initInputObserver``: with ``sampling.input === 'last'`` it
    listens to ``change`` only, not ``input``, and emits a value only when it differs
    from the last one it emitted for that element (``cbWithDedup``). HTML fires ``change``
    on a text field (``<textarea>``, ``<input>`` of a text-like type: TEXT_INPUT_TYPES)
    when it loses focus with a value changed since it gained it; on a checkbox, radio,
    select and the other kinds at once, with the ``input`` event.

    Here: the field's kind is read from the recorded DOM (snapshots and added nodes).
    Other kinds keep every Input event. For a text field, its Input events are held and
    the last one is emitted at the field's next Blur (rrweb records ``blur`` as
    MouseInteraction type 6 on the field), if its value differs from the last emitted;
    a field never left keeps its last Input where it was (the recording ended or the
    page changed with the field focused; documented approximation: a real recorder may
    have lost it).
    """
    out = [copy.deepcopy(e) for e in events]
    text = _text_fields(out)
    held: dict[Any, Event] = {}  # text field id -> its last Input event not yet emitted
    emitted: dict[Any, tuple[Any, Any]] = {}  # text field id -> last emitted value
    others: list[Event] = []
    made: list[Event] = []

    def emit(e: Event, at: int) -> None:
        d = e["data"]
        value = (d.get("text"), d.get("isChecked"))
        if emitted.get(d.get("id")) != value:
            emitted[d.get("id")] = value
            e["timestamp"] = at
            made.append(e)

    for e in out:
        src = _source(e)
        if src == INPUT and e["data"].get("id") in text:
            held[e["data"]["id"]] = e
            continue
        others.append(e)
        if src == MOUSE_INTERACTION and e["data"].get("type") == BLUR:
            pending = held.pop(e["data"].get("id"), None)
            if pending is not None:
                emit(pending, e["timestamp"])
    for pending in held.values():
        emit(pending, pending["timestamp"])
    made.sort(key=lambda e: e["timestamp"])
    return _merge(others, made)


@dataclass(frozen=True, slots=True)
class Setting:
    """One recorder setting: its name, the rrweb option it stands for, its transform."""

    name: str
    option: str
    transform: Callable[[Sequence[Event]], list[Event]]


#: The realistic settings measured (tests/signals/test_recorder_settings.py, docs/signals.md).
SETTINGS: tuple[Setting, ...] = (
    Setting("mousemove-100", "sampling: {mousemove: 100}", lambda ev: sample_mousemove(ev, 100)),
    Setting("mousemove-200", "sampling: {mousemove: 200}", lambda ev: sample_mousemove(ev, 200)),
    Setting(
        "mousemove-off", "sampling: {mousemove: false}", lambda ev: sample_mousemove(ev, False)
    ),
    Setting("scroll-150", "sampling: {scroll: 150}", lambda ev: sample_scroll(ev, 150)),
    Setting(
        "clicks-only",
        "sampling: {mouseInteraction: {MouseDown: false, MouseUp: false, Focus: false, "
        "Blur: false, TouchStart: false, TouchEnd: false}}",
        mouse_interaction_clicks_only,
    ),
    Setting("input-last", "sampling: {input: 'last'}", input_last),
)


#: Held-out sets committed but not yet run: no test runs a detector on them before the
#: integrator's one run (then the name leaves this set).
KEPT_OUT: set[str] = set()  # held-out set 21 left it after its one run (1.18.0)


#: Every rrweb set we have, by name: its folder. The held-out sets are evaluated on their
#: own part (as their tests), the others whole.
def rrweb_sets() -> dict[str, Path]:
    """The rrweb sets of tests/data and ../shared/data/rrweb, by short name (not KEPT_OUT)."""
    here = Path(__file__).resolve().parents[1] / "data"
    sets = {p.name.removeprefix("rrweb-"): p for p in sorted(here.glob("rrweb-*"))}
    sets = {k: v for k, v in sets.items() if k not in KEPT_OUT}
    # ../shared beside the repo, or $REPLAY_SHARED (as tests/conftest.py)
    shared = Path(os.environ.get("REPLAY_SHARED", Path(__file__).resolve().parents[3] / "shared"))
    sets["shared"] = shared / "data" / "rrweb"
    return sets


def load_events(path: Path) -> list[Event]:
    """The event list of a recording (a JSON array of rrweb events)."""
    events = json.loads(path.read_bytes())
    assert isinstance(events, list), path
    return events


def results_under(
    folder: Path, transform: Callable[[Sequence[Event]], list[Event]] | None, workdir: Path
) -> dict[str, DetectionResult]:
    """The default detectors' result for every recording of ``folder`` after ``transform``.

    The transformed events are written to ``workdir`` under the recording's own name and
    imported from there (the same import as ``replay import``).
    """
    cfg = SignalConfig()
    out: dict[str, DetectionResult] = {}
    for path in sorted(folder.glob("*.rrweb.json")):
        if transform is None:
            session = import_file(path)
        else:
            target = workdir / path.name
            target.write_text(json.dumps(transform(load_events(path))), "utf-8")
            session = import_file(target)
        out[path.name] = detect(session, cfg)
    return out


def evaluate_under(
    folder: Path, transform: Callable[[Sequence[Event]], list[Event]] | None, workdir: Path
) -> tuple[Evaluation, dict[str, DetectionResult]]:
    """The set's evaluation (its part, if it has one) under ``transform``, and its results."""
    results = results_under(folder, transform, workdir)
    part = None
    sessions = folder / "truth-sessions.csv"
    if sessions.is_file():
        parts = {r.get("part") for r in csv.DictReader(sessions.read_text("utf-8").splitlines())}
        if len(parts) == 1 and None not in parts:
            part = parts.pop()
    wanted = read_recording_list(folder / "truth.csv", part=part)
    ev = evaluate(read_truth(folder / "truth.csv"), results, tolerance_ms=1000, recordings=wanted)
    return ev, results
