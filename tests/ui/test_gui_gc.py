"""Cycles made in a worker thread are freed on the GUI thread (replay.ui.gui_gc)."""

from __future__ import annotations

import gc
import threading

from replay.ui.app import create_application
from replay.ui.gui_gc import installed


class _Cycle:
    freed_in: list[int] = []  # noqa: RUF012 (shared on purpose: the finaliser reports here)

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_in.append(threading.get_ident())


def test_cycles_from_a_worker_are_collected_on_the_gui_thread(qtbot) -> None:
    app = create_application()
    assert installed()
    assert not gc.isenabled()

    kept: list[list[object]] = []

    def worker() -> None:
        _Cycle()  # unreachable at once, but only a collection can free it
        kept.extend([] for _ in range(gc.get_threshold()[0] * 3))  # past the threshold

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert _Cycle.freed_in == []  # the worker's allocations did not collect
    qtbot.waitUntil(lambda: bool(_Cycle.freed_in), timeout=5000)
    assert _Cycle.freed_in == [threading.get_ident()]
    kept.clear()
    assert app is not None
