"""One registry of detectors (``replay.signals.DETECTOR_MODULES``): nothing runs unlisted.

``detect()`` runs ``DETECTORS`` and the signals tests wrap the ``SignalHit`` of
``DETECTOR_MODULES``; both come from that one tuple. A module of ``replay.signals`` with a
top-level ``detect`` function that is not in it would be a detector that never runs and
whose reasons are never checked: this test names it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import replay.signals as signals


def _detector_modules_on_disk() -> set[str]:
    found = set()
    for info in pkgutil.iter_modules(signals.__path__):
        module = importlib.import_module(f"replay.signals.{info.name}")
        run = getattr(module, "detect", None)
        if inspect.isfunction(run) and run.__module__ == module.__name__:
            found.add(module.__name__)
    return found


def test_every_detector_module_is_registered() -> None:
    registered = {m.__name__ for m in signals.DETECTOR_MODULES}
    unregistered = _detector_modules_on_disk() - registered
    assert not unregistered, f"detector modules missing from DETECTOR_MODULES: {unregistered}"
    assert registered <= _detector_modules_on_disk()  # and nothing listed that is not one


def test_each_detector_is_listed_once() -> None:
    names = [m.__name__ for m in signals.DETECTOR_MODULES]
    assert len(set(names)) == len(names), names
