"""While a worker thread runs, Python's cycle collector runs on the GUI thread only.

Why: Python starts a cycle collection in whichever thread happens to allocate past the
threshold, and frees the unreachable cycles it finds there. Widgets, pyqtgraph items and
other Qt objects made by the GUI thread often sit in cycles (a wrapper whose ``__dict__``
holds a bound method of itself, a lambda slot, a parent pointer). Freed by a collection in
an import, detection or indexing ``QThread``, their C++ objects are deleted in that thread,
which Qt does not allow: rare segfaults (seen in the UI tests, in pytest-qt's
``_process_events`` and inside pyqtgraph). tests/ui/test_gui_gc.py shows the hazard and
the fix; packaging/gc_stress.sh makes it frequent.

The rule (docs/architecture.md, "Threads and the cycle collector"): every thread that runs
Python beside the GUI thread is started with :func:`start_thread` (a ``QThread``) or held
with :func:`hold` / :func:`release` (:func:`hold_while_threads` for the core's own). While one is held:

- automatic collection is off (``gc.disable()``), so no collection can start in a worker;
- a timer on the GUI thread collects what Python would have: generation 0 when its count
  passes the threshold, generation 1 when its own count does (CPython's rule, checked every
  :data:`INTERVAL_MS`), so each sees only what was allocated since the last tick (during
  the 100 MB import of tests/safety/test_import_worker_responsive.py: ~55 collections,
  the longest ~11 ms);
- generation 2 (a full collection: 672 ms on this thread after a big import) is never
  run by the timer; when the last thread ends, automatic collection comes back and Python's
  own policy (a full collection only once the objects promoted since the last one exceed a
  quarter of the old ones) decides when, on the GUI thread, the only one left.

Collections started explicitly (``gc.collect()``) ignore this; replay calls it only here.

A second rule, for every thread: a Qt object never keeps a strong Python reference to an
object that owns it in Qt (its parent widget, the widget whose scene holds it). When a
collection frees such a tree, the child's C++ destructor (run by its owner's) drops the
last reference to the owner, whose destructor then runs again inside the first: a segfault
in ``QGraphicsScene::clear`` (found by tests/ui/test_lane_notes.py once collections ran at
other moments: a lane's view box held the timelines widget's bound methods). Hand such
callbacks over with :func:`weak_callback`, or use a signal.
"""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Slot

_F = TypeVar("_F", bound=Callable[..., Any])

#: How often (ms) the GUI thread checks the young generations while a thread is held.
INTERVAL_MS = 20

#: How long after a session is shown its objects are collected once and frozen (ms).
SETTLE_MS = 400

__all__ = [
    "INTERVAL_MS",
    "SETTLE_MS",
    "held",
    "hold",
    "hold_while_threads",
    "holding",
    "release",
    "settle",
    "settle_now",
    "start_thread",
    "thaw",
    "weak_callback",
]


class _Collector(QObject):
    """The GUI thread's collector: one per process, made on the first :func:`hold`."""

    def __init__(self) -> None:
        super().__init__()
        self.holds = 0
        self.restore = True  # whether automatic collection was on before the first hold
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect_young)
        self.settle_timer: QTimer | None = None

    def hold(self) -> None:
        if self.holds == 0:
            self.restore = gc.isenabled()
            gc.disable()
            self.timer.start()
        self.holds += 1

    @Slot()
    def release(self) -> None:
        if self.holds == 0:
            return
        self.holds -= 1
        if self.holds == 0:
            self.timer.stop()
            self.collect_young()  # what piled up since the last tick, then Python's policy
            if self.restore:
                gc.enable()

    @Slot()
    def collect_young(self) -> None:
        """Collect generation 1 or 0 if Python would now (never generation 2)."""
        threshold0, threshold1, _ = gc.get_threshold()
        count0, count1, _ = gc.get_count()
        if threshold0 <= 0 or count0 <= threshold0:
            return
        gc.collect(1 if count1 > threshold1 else 0)


_collector: _Collector | None = None


def _gui_collector() -> _Collector:
    global _collector
    if QCoreApplication.instance() is None:
        raise RuntimeError("replay.ui.gui_gc needs the QApplication")
    if not QThread.isMainThread():
        raise RuntimeError("replay.ui.gui_gc is driven from the GUI thread only")
    if _collector is None:
        _collector = _Collector()
    return _collector


def hold() -> None:
    """Until the matching :func:`release`, collect on the GUI thread only (GUI thread)."""
    _gui_collector().hold()


def release() -> None:
    """End one :func:`hold`; after the last, automatic collection is back (GUI thread)."""
    _gui_collector().release()


@contextmanager
def held() -> Iterator[None]:
    """:func:`hold` for a ``with`` block (a test's own thread, a server)."""
    hold()
    try:
        yield
    finally:
        release()


def start_thread(thread: QThread) -> None:
    """Start ``thread`` held: collection stays on the GUI thread until it has finished.

    The release is queued to the GUI thread by the thread's ``finished`` signal, so it
    happens after the thread's last Python code ran.
    """
    collector = _gui_collector()
    collector.hold()
    thread.finished.connect(
        collector.release,
        Qt.ConnectionType(
            Qt.ConnectionType.QueuedConnection.value | Qt.ConnectionType.SingleShotConnection.value
        ),
    )
    thread.start()


def hold_while_threads(prefix: str) -> bool:
    """Hold until no Python thread whose name starts with ``prefix`` is alive (GUI thread).

    For threads the Qt-free core starts itself (``replay.store.links.locate`` asks
    PostgreSQL servers from a ``ThreadPoolExecutor`` named ``replay-link``, and leaves a slow
    one behind to give up on its own timeout). Returns whether any was alive.
    """
    collector = _gui_collector()

    def alive() -> bool:
        return any(t.name.startswith(prefix) for t in threading.enumerate())

    if not alive():
        return False
    collector.hold()
    poll = QTimer(collector)
    poll.setInterval(INTERVAL_MS * 5)

    def check() -> None:
        if not alive():
            poll.stop()
            poll.deleteLater()
            collector.release()

    poll.timeout.connect(check)
    poll.start()
    return True


def holding() -> int:
    """Return how many threads (or holds) keep collection on the GUI thread now."""
    return 0 if _collector is None else _collector.holds


def settle() -> None:
    """Collect fully once and freeze what is left, :data:`SETTLE_MS` after a session is shown.

    A third rule, for seeking: a full collection scans every object the cycle collector
    tracks (about 170 000 with a session open: 93-150 ms on this machine class), and
    CPython starts one whenever the objects promoted since the last outnumber a quarter of
    the old ones: about once per hundred seeks, inside one of them (the page seek's tail).
    What is alive once a session is shown (the window, its lanes, the page layer, the
    session) stays alive while it is shown, so after one full collection (on the GUI
    thread, once the open has painted, not while a worker is held: then it waits) it is
    frozen (``gc.freeze()``): later full collections scan only what came after (under
    1 ms). :func:`thaw` gives it back when the next session is loaded or the window
    closes, and the next settle's full collection frees the last session's garbage.
    """
    collector = _gui_collector()
    if collector.settle_timer is None:
        collector.settle_timer = QTimer(collector)
        collector.settle_timer.setSingleShot(True)
        collector.settle_timer.setInterval(SETTLE_MS)
        collector.settle_timer.timeout.connect(settle_now)
    collector.settle_timer.start()


def settle_now() -> bool:
    """Collect fully and freeze now, unless a thread is held (then try again later)."""
    collector = _gui_collector()
    if collector.holds:
        settle()
        return False
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    return True


def thaw() -> None:
    """Give what :func:`settle_now` froze back to the collector (before a load, at close)."""
    if _collector is not None and _collector.settle_timer is not None:
        _collector.settle_timer.stop()
    gc.unfreeze()


def weak_callback(callback: _F) -> _F:
    """Return ``callback`` without a strong reference to the object of a bound method.

    For a Qt object that calls back into its owner (see the module's second rule): once
    the owner is gone, the returned callable does nothing and returns None. Functions and
    lambdas are returned as they are (a lambda must not capture an owner either).
    """
    if getattr(callback, "__self__", None) is None:
        return callback
    method = weakref.WeakMethod(callback)  # type: ignore[arg-type]

    def call(*args: Any, **kwargs: Any) -> Any:
        target = method()
        return None if target is None else target(*args, **kwargs)

    return cast("_F", call)
