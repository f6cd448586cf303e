"""Python's cycle collector runs on the GUI thread only, from a timer.

The app runs imports and detection in QThreads. With automatic collection on, a collection
can start in whichever thread happens to allocate, and free Qt objects (pyqtgraph items,
widgets held in reference cycles) from a thread that does not own them: Qt then crashes
(seen as rare segfaults in the UI tests). pyqtgraph documents the same remedy
(``pyqtgraph.util.garbage_collector``): switch automatic collection off and collect, with
the same generation thresholds, from a timer on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QTimer

#: How often the GUI thread checks whether a collection is due.
INTERVAL_MS = 500

_timer: QTimer | None = None


def _check() -> None:
    """Collect the generations whose counts passed their thresholds (as Python would)."""
    t0, t1, t2 = gc.get_threshold()
    c0, c1, c2 = gc.get_count()
    if c0 > t0:
        gc.collect(2 if c1 > t1 and c2 > t2 else 1 if c1 > t1 else 0)


def collect_on_gui_thread(app: QCoreApplication) -> None:
    """Switch automatic collection off and collect from a timer of ``app`` (once per process)."""
    global _timer
    if _timer is not None:
        return
    gc.disable()
    _timer = QTimer(app)
    _timer.setInterval(INTERVAL_MS)
    _timer.timeout.connect(_check)
    _timer.start()


def installed() -> bool:
    """Whether collection already runs on the GUI thread."""
    return _timer is not None and not gc.isenabled()
