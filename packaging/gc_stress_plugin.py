"""pytest plugin for packaging/gc_stress.sh: frequent cycle collections, and a record of
which thread runs each one (load with ``-p gc_stress_plugin``, packaging/ on PYTHONPATH).

Not part of any test tier.

- ``REPLAY_GC_THRESHOLD`` (default ``50,5,5``) sets ``gc.set_threshold``: collections
  become ~14 times as frequent, so one starting in a worker thread while Qt objects wait in
  cyclic garbage (the crash replay.ui.gui_gc prevents) happens in most runs, not in 1 of 50.
- faulthandler dumps every thread's Python stack on a crash.
- ``REPLAY_GC_INSPECT=1``: a collection that starts outside the main thread keeps what it
  finds (``gc.DEBUG_SAVEALL``) instead of freeing it, and the Qt objects among it are
  counted by type and by test: what that thread would have deleted. (It changes what it
  watches: nothing is freed off the main thread then; use it to find the cause, not to
  prove a fix.)

The summary line names the threads, their collections and what they freed or kept.
"""

from __future__ import annotations

import faulthandler
import gc
import os
import sys
import threading
import traceback
from collections import Counter
from typing import Any

import pytest

_INSPECT = os.environ.get("REPLAY_GC_INSPECT") == "1"
_OFF_MAIN: Counter[str] = Counter()
_FREED_OFF_MAIN: Counter[str] = Counter()
_QT_KEPT: Counter[str] = Counter()
_QT_KEPT_BY_TEST: Counter[str] = Counter()
_TEST = {"id": ""}
_FIRST_STACK: dict[str, str] = {}


def _qt_types(objects: list[Any]) -> Counter[str]:
    try:
        from shiboken6 import Shiboken
    except ImportError:
        return Counter()
    found: Counter[str] = Counter()
    for obj in objects:
        if isinstance(obj, Shiboken.Object):
            found[f"{type(obj).__module__}.{type(obj).__qualname__}"] += 1
    return found


def _watch(phase: str, info: dict[str, Any]) -> None:
    if threading.current_thread() is threading.main_thread():
        return
    name = threading.current_thread().name
    if phase == "start":
        _OFF_MAIN[f"{name} gen{info['generation']}"] += 1
        if name not in _FIRST_STACK:
            stack = "".join(traceback.format_stack(limit=8)[:-1])
            _FIRST_STACK[name] = f"during {_TEST['id']} (gc enabled: {gc.isenabled()}):\n{stack}"
        if _INSPECT:
            gc.set_debug(gc.DEBUG_SAVEALL)
        return
    if info.get("collected"):
        _FREED_OFF_MAIN[name] += int(info["collected"])
    if _INSPECT:
        gc.set_debug(0)
        qt = _qt_types(gc.garbage)
        gc.garbage.clear()  # still cyclic: a later collection frees them
        if qt:
            _QT_KEPT.update(qt)
            _QT_KEPT_BY_TEST[_TEST["id"]] += sum(qt.values())
            sys.stderr.write(f"\ngc stress: {name} gen{info['generation']} found {dict(qt)}\n")


def pytest_configure(config: pytest.Config) -> None:
    raw = os.environ.get("REPLAY_GC_THRESHOLD", "50,5,5")
    gc.set_threshold(*(int(x) for x in raw.split(",")))
    faulthandler.enable(file=sys.stderr, all_threads=True)
    gc.callbacks.append(_watch)


def pytest_runtest_setup(item: pytest.Item) -> None:
    _TEST["id"] = item.nodeid


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    line = (
        f"gc stress: threshold {gc.get_threshold()}; collections started off the main "
        f"thread: {dict(_OFF_MAIN)}; objects they freed: {dict(_FREED_OFF_MAIN)}"
    )
    if _INSPECT:
        line += f"; Qt objects they would have freed: {dict(_QT_KEPT)} in {dict(_QT_KEPT_BY_TEST)}"
    terminalreporter.write_line(line)
    for name, where in _FIRST_STACK.items():
        terminalreporter.write_line(f"gc stress: first collection in {name} {where}")
