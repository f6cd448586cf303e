"""Qt objects in cyclic garbage are freed on the GUI thread, never in a worker (gui_gc).

The hazard, shown with a harmless plain QObject: a QThread that allocates (as an import
does) starts Python's cycle collection in its own thread, and the QObject made by the GUI
thread is deleted there. A widget or a pyqtgraph item deleted so crashes the process (the
rare UI-tier segfault). With :func:`replay.ui.gui_gc.start_thread`, the same worker leaves
the collection to the GUI thread, and the app's workers are started that way.
"""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QThread
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from replay.ui import gui_gc
from replay.ui.app import create_application

GUI = threading.get_ident()


class Allocating(QThread):
    """Allocates as an import does: far past the collection threshold, objects kept alive."""

    def run(self) -> None:
        kept = [[i] for i in range(50 * gc.get_threshold()[0])]
        kept.clear()


def cyclic_garbage(make: Callable[[], QObject], where: list[int]) -> None:
    """Make a Qt object on this thread, reachable only from a cycle through itself."""
    obj = make()
    obj.me = obj  # type: ignore[attr-defined]  # the wrapper's __dict__ -> itself
    obj.destroyed.connect(
        lambda *_: where.append(threading.get_ident()), Qt.ConnectionType.DirectConnection
    )


@pytest.fixture
def collections() -> Iterator[list[tuple[int, int]]]:
    """(thread, generation) of every cycle collection that starts during the test."""
    seen: list[tuple[int, int]] = []

    def watch(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append((threading.get_ident(), int(info["generation"])))

    gc.callbacks.append(watch)
    try:
        yield seen
    finally:
        gc.callbacks.remove(watch)


def test_the_hazard_a_plain_worker_frees_gui_objects_in_its_own_thread(
    collections: list[tuple[int, int]],
) -> None:
    """Why the rule exists (no qtbot here: the test tier's own hold would hide it)."""
    create_application()
    assert gc.isenabled()
    assert gui_gc.holding() == 0
    where: list[int] = []
    gc.collect()
    cyclic_garbage(QObject, where)
    thread = Allocating()
    thread.start()  # the old way
    thread.wait()
    worker_collections = [t for t, _gen in collections if t != GUI]
    assert worker_collections, "the worker's allocations started no collection"
    assert where, "the GUI thread's QObject was not freed"
    assert where[0] != GUI, "the GUI thread's QObject was not freed by the worker"


def test_a_held_worker_leaves_qt_garbage_to_the_gui_thread(
    qtbot: Any, collections: list[tuple[int, int]]
) -> None:
    where: list[int] = []

    def window() -> QWidget:
        widget = QWidget()
        QVBoxLayout(widget).addWidget(QLabel("in a cycle", widget))
        widget.show()
        widget.close()
        return widget

    gc.collect()
    cyclic_garbage(window, where)
    held_before = gui_gc.holding()
    thread = Allocating()
    gui_gc.start_thread(thread)
    holding, enabled = gui_gc.holding(), gc.isenabled()
    thread.wait()
    assert where == []  # not freed in the worker
    assert [t for t, _gen in collections if t != GUI] == []  # no collection started there
    qtbot.waitUntil(lambda: gui_gc.holding() == held_before, timeout=5000)
    gc.collect()  # whenever it comes, on this thread
    assert where == [GUI]
    assert holding == held_before + 1
    assert not enabled


def test_the_gui_thread_collects_young_generations_while_held(
    qtbot: Any, collections: list[tuple[int, int]]
) -> None:
    """A held process still collects (generations 0 and 1 only), from the GUI thread."""
    where: list[int] = []
    kept: list[list[int]] = []
    with gui_gc.held():
        assert not gc.isenabled()
        cyclic_garbage(QObject, where)
        kept.extend([i] for i in range(5 * gc.get_threshold()[0]))
        qtbot.waitUntil(lambda: bool(where), timeout=5000)
    assert where == [GUI]
    assert collections
    assert all(t == GUI and gen < 2 for t, gen in collections)


def test_the_app_workers_hold_the_collector_while_they_run(
    qtbot: Any, tmp_path: Path, rrweb_files: list[Path]
) -> None:
    from replay.ui.workers import ImportRunner

    parent = QWidget()
    qtbot.addWidget(parent)
    held_before = gui_gc.holding()
    runner = ImportRunner(
        tmp_path / "library.sqlite", rrweb_files[:1], parent=parent, report=False
    )
    with qtbot.waitSignal(runner.done, timeout=120_000):
        runner.start()
        assert gui_gc.holding() == held_before + 1
    qtbot.waitUntil(lambda: gui_gc.holding() == held_before, timeout=5000)
    assert runner.outcome is not None
    assert runner.outcome.failed == []


def test_gui_gc_refuses_other_threads(qapp: Any) -> None:
    errors: list[str] = []

    def off_gui() -> None:
        try:
            gui_gc.hold()
        except RuntimeError as exc:
            errors.append(str(exc))

    worker = threading.Thread(target=off_gui)
    worker.start()
    worker.join()
    assert errors == ["replay.ui.gui_gc is driven from the GUI thread only"]


def test_no_ui_module_starts_a_thread_or_collects_another_way() -> None:
    """Every thread of the app goes through gui_gc.start_thread (docs/architecture.md)."""
    ui = Path(__file__).resolve().parents[2] / "replay" / "ui"
    bare_start = re.compile(r"thread\w*\.start\(", re.IGNORECASE)
    found = []
    for path in sorted(ui.glob("*.py")):
        if path.name == "gui_gc.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if bare_start.search(code) or re.search(
                r"threading\.Thread|gc\.collect|QThreadPool", code
            ):
                found.append(f"{path.name}:{number}: {line.strip()}")
    assert found == []
    assert "start_thread(self.worker_thread)" in (ui / "workers.py").read_text(encoding="utf-8")


def _owners(obj: object) -> list[object]:
    """The Qt objects that own ``obj``: its parents, and for a scene item its items and views."""
    from PySide6.QtWidgets import QGraphicsItem

    found: list[object] = []
    if isinstance(obj, QGraphicsItem):
        item = obj.parentItem()
        while item is not None:
            found.append(item)
            item = item.parentItem()
        scene = obj.scene()
        if scene is not None:
            found.append(scene)
            for view in scene.views():
                found.extend([view, *_owners(view)])
    if isinstance(obj, QObject):
        parent = obj.parent()
        while parent is not None:
            found.append(parent)
            parent = parent.parent()
    return found


def _held_owner(value: object, owners: list[object]) -> object | None:
    held = [getattr(value, "__self__", None)]
    held += [cell.cell_contents for cell in getattr(value, "__closure__", None) or ()]
    return next((h for h in held if any(h is o for o in owners)), None)


def test_no_qt_object_of_the_main_window_holds_an_owner(
    qtbot: Any, app_settings: Any, tmp_path: Path, rrweb_dir: Path
) -> None:
    """The second rule of gui_gc, checked over a whole main window with a session open."""
    from PySide6.QtWidgets import QGraphicsView

    from replay.importers import import_file
    from replay.store.library import Library
    from replay.ui.main_window import MainWindow

    db = tmp_path / "library.sqlite"
    with Library.open(db) as lib:
        sid, _ = lib.add_session(import_file(rrweb_dir / "dev-rage-desktop-wide.rrweb.json"))
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    assert window.open_library(db)
    window.open_session(sid)
    objects: list[object] = [window, *window.findChildren(QObject)]
    for view in window.findChildren(QGraphicsView):
        objects.extend(view.scene().items())
    assert len(objects) > 500
    bad = []
    for obj in objects:
        owners = _owners(obj)
        for name, value in getattr(obj, "__dict__", {}).items():
            owner = _held_owner(value, owners)
            if owner is not None:
                bad.append(f"{type(obj).__name__}.{name} holds {type(owner).__name__}")
    assert bad == []


def test_threads_the_core_leaves_behind_are_held_until_they_end(qtbot: Any) -> None:
    """replay.store.links leaves a slow server's probe thread running after it returns."""
    release = threading.Event()
    thread = threading.Thread(target=release.wait, name="replay-link_0")
    held_before = gui_gc.holding()
    assert not gui_gc.hold_while_threads("replay-link")  # none alive: nothing held
    thread.start()
    try:
        assert gui_gc.hold_while_threads("replay-link")
        assert gui_gc.holding() == held_before + 1
    finally:
        release.set()
        thread.join()
    qtbot.waitUntil(lambda: gui_gc.holding() == held_before, timeout=5000)


def test_a_shown_session_is_frozen_and_given_back_at_the_next_load_and_close(
    qtbot: Any, app_settings: Any, tmp_path: Path, rrweb_dir: Path
) -> None:
    """The third rule of gui_gc: seeks never rescan what the shown session keeps alive."""
    import weakref

    from replay.importers import import_file
    from replay.store.library import Library
    from replay.ui.main_window import MainWindow

    db = tmp_path / "library.sqlite"
    with Library.open(db) as lib:
        first, _ = lib.add_session(import_file(rrweb_dir / "dev-rage-desktop-wide.rrweb.json"))
        second, _ = lib.add_session(import_file(rrweb_dir / "dev-rotation-phone.rrweb.json"))
    gc.unfreeze()
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    assert window.open_library(db)
    assert window.open_session(first)
    assert gc.get_freeze_count() == 0
    assert not gui_gc.settle_now()  # this test is held (tests/conftest.py): it waits ...
    assert gc.get_freeze_count() == 0
    gui_gc.release()  # ... as for a worker; released, the timer settles the session
    try:
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 10_000, timeout=5000)

        class Node:
            other: object

        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle alive when the session was settled ...
        assert gui_gc.settle_now()
        gone = weakref.ref(a)
        del a, b
        gc.collect()
        assert gone() is not None  # ... frozen: no full collection (no seek) pays for it
        assert window.open_session(second)  # the next load gives everything back ...
        assert gc.get_freeze_count() == 0
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 10_000, timeout=5000)
        assert gone() is None  # ... and its settle freed the garbage before freezing again
        window.close()
        assert gc.get_freeze_count() == 0  # closing gives everything back
    finally:
        gui_gc.hold()
        gc.unfreeze()
