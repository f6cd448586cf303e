"""The app stays responsive during a big import, and cancel stops it with nothing written.

A ~100 MB real-looking rrweb file is imported through the app's own
:class:`replay.ui.workers.ImportWorker` in a ``QThread`` while a 50 ms ``QTimer`` ticks on
the GUI thread: the longest gap between ticks must stay under :data:`MAX_GAP_MS` (a frozen
UI would show one gap as long as the import). Cancelling mid-file must leave the library
without any session, channel or text row.
"""

from __future__ import annotations

import gc
import itertools
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from bigfile import write_big_rrweb
from PySide6.QtCore import QObject, QThread, QTimer, Signal
from safetykit import record, scaled

from replay.ui import gui_gc
from replay.ui.workers import ImportOutcome, ImportWorker

pytestmark = pytest.mark.full  # heavy: the fast tier (plain pytest) leaves it out

BIG_BYTES = scaled(100_000_000, 300_000_000)
TICK_MS = 50
MAX_GAP_MS = 300


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory, rrweb_dir: Path) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.rrweb.json"
    write_big_rrweb(rrweb_dir / "dev-mixed-long-desktop.rrweb.json", path, target_bytes=BIG_BYTES)
    return path


class Relay(QObject):
    """Re-emits the worker's ``finished`` on the GUI thread (a queued connection to a slot of
    an object living there), so pytest-qt's blocker never runs in the worker's thread."""

    done = Signal(object)

    def forward(self, outcome: object) -> None:
        self.done.emit(outcome)


#: How long each cycle collection during the last :func:`run_worker` took (ms).
COLLECTIONS_MS: list[float] = []
_STARTED = [0.0]


def _time_collections(phase: str, _info: dict[str, Any]) -> None:
    if phase == "start":
        _STARTED[0] = time.perf_counter()
    else:
        COLLECTIONS_MS.append(1000 * (time.perf_counter() - _STARTED[0]))


def run_worker(
    qtbot: Any, worker: ImportWorker, *, cancel_after_s: float | None = None
) -> tuple[ImportOutcome, list[float]]:
    """Run ``worker`` in a QThread while a GUI-thread timer ticks; return outcome and tick times."""
    ticks: list[float] = []
    del COLLECTIONS_MS[:]
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    if cancel_after_s is not None:
        # A plain call from the GUI thread (cancel() sets a threading.Event); connecting the
        # bound slot would queue it to the worker's thread, which is busy in run().
        QTimer.singleShot(int(cancel_after_s * 1000), lambda: worker.cancel())
    timer.start()
    ticks.append(time.monotonic())
    relay = Relay()
    worker.finished.connect(relay.forward)
    gc.callbacks.append(_time_collections)
    try:
        with qtbot.waitSignal(relay.done, timeout=600_000) as blocker:
            gui_gc.start_thread(thread)  # as the app's runners: collections on the GUI thread
    finally:
        gc.callbacks.remove(_time_collections)
    ticks.append(time.monotonic())
    timer.stop()
    thread.quit()
    thread.wait()
    outcome: ImportOutcome = blocker.args[0]
    return outcome, ticks


def rows(db: Path, table: str) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


@pytest.mark.slow
def test_gui_keeps_ticking_during_a_big_import(qtbot: Any, big_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite"
    worker = ImportWorker(db, [big_file], detect=False)
    started = time.monotonic()
    outcome, ticks = run_worker(qtbot, worker)
    seconds = time.monotonic() - started
    assert outcome.failed == []
    assert outcome.created_count == 1
    gaps_ms = [1000 * (b - a) for a, b in itertools.pairwise(ticks)]
    record(
        f"GUI during a {big_file.stat().st_size / 1e6:.0f} MB import in ImportWorker "
        f"({seconds:.1f} s): {len(ticks)} timer ticks, longest gap {max(gaps_ms):.0f} ms "
        f"(bound {MAX_GAP_MS} ms, timer {TICK_MS} ms); {len(COLLECTIONS_MS)} cycle collections "
        f"on the GUI thread (replay.ui.gui_gc), longest {max(COLLECTIONS_MS, default=0):.0f} ms"
    )
    assert max(gaps_ms) < MAX_GAP_MS


@pytest.mark.slow
def test_cancel_stops_the_import_with_nothing_written(
    qtbot: Any, big_file: Path, tmp_path: Path
) -> None:
    db = tmp_path / "library.sqlite"
    worker = ImportWorker(db, [big_file], detect=False)
    started = time.monotonic()
    outcome, _ticks = run_worker(qtbot, worker, cancel_after_s=0.8)
    seconds = time.monotonic() - started
    assert outcome.cancelled
    assert outcome.imported == []
    if db.exists():
        for table in ("sessions", "channels", "session_texts"):
            assert rows(db, table) == 0, table
    record(f"cancel after 0.8 s of a big import: stopped after {seconds:.1f} s, nothing written")


@pytest.mark.slow
def test_progress_dialog_cancel_stops_the_import(
    qtbot: Any, big_file: Path, tmp_path: Path
) -> None:
    """The app's own wiring: the progress dialog's Cancel button, through ImportRunner."""
    from PySide6.QtWidgets import QWidget

    from replay.ui.workers import ImportRunner

    parent = QWidget()
    qtbot.addWidget(parent)
    db = tmp_path / "library.sqlite"
    runner = ImportRunner(db, [big_file], parent=parent, report=False)
    runner.worker.detect = False
    QTimer.singleShot(800, runner.dialog.canceled.emit)  # what its Cancel button emits
    with qtbot.waitSignal(runner.done, timeout=600_000) as blocker:
        runner.start()
    outcome: ImportOutcome = blocker.args[0]
    assert outcome.cancelled, "Cancel in the progress dialog did not stop the import"
    assert outcome.imported == []
    if db.exists():
        for table in ("sessions", "channels", "session_texts"):
            assert rows(db, table) == 0, table
