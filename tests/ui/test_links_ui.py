"""Deep links through the real main window: copy a moment, open it from another library."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from replay.importers import import_file
from replay.store.library import Library
from replay.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def test_copy_and_open_a_link(qtbot, app_settings, tmp_path: Path, rrweb_dir: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    with Library.open(a) as lib:
        lib.add_session(import_file(rrweb_dir / "dev-tablet-mixed.rrweb.json"))
    with Library.open(b) as lib:
        lib.add_session(import_file(rrweb_dir / "dev-rotation-phone.rrweb.json"))
        sid, _ = lib.add_session(import_file(rrweb_dir / "dev-rage-desktop-wide.rrweb.json"))
        digest = lib.content_hash(sid)
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    assert window.open_library(b)
    assert window.open_library(a)  # b is now a recent library, a the open one
    assert app_settings.recent_libraries[:2] == [a.absolute(), b.absolute()]
    assert window.open_link(f"replay://{digest}?t=16200")
    assert window.db_path == b
    assert window.controller.session_id == sid
    assert window.controller.t_ms == 16_200
    window.controller.seek(20_000)
    window.copy_link()
    assert QGuiApplication.clipboard().text() == f"replay://{digest}?t=20000"


def test_a_link_past_a_dead_server_says_so(
    qtbot, app_settings, tmp_path: Path, rrweb_dir: Path
) -> None:
    """A recent library on a server that hangs: skipped after a short wait, named in the status line."""
    import socket
    import time

    from replay.store.target import PgTarget

    b = tmp_path / "b.sqlite"
    with Library.open(b) as lib:
        sid, _ = lib.add_session(import_file(rrweb_dir / "dev-rage-desktop-wide.rrweb.json"))
        digest = lib.content_hash(sid)
    hang = socket.socket()
    hang.bind(("127.0.0.1", 0))
    hang.listen(4)  # accepts, never answers
    dead = PgTarget(f"postgresql://ana@127.0.0.1:{hang.getsockname()[1]}/replay")
    try:
        app_settings.remember_library(b)
        app_settings.remember_library(dead)  # the dead server is tried first
        window = MainWindow(settings=app_settings)
        qtbot.addWidget(window)
        started = time.monotonic()
        assert window.open_link(f"replay://{digest}?t=1000")
        assert time.monotonic() - started < 8  # the link's 3 s timeout, not the usual 10 s
    finally:
        hang.close()
    assert window.db_path == b
    assert window.statusBar().currentMessage() == f"Not reachable, skipped: {dead.display}"


def test_opening_remembers_a_screenshot_does_not(
    qtbot, app_settings, tmp_path: Path, rrweb_dir: Path
) -> None:
    """`replay app`/`replay open` add the library to the recent ones; a screenshot run changes nothing."""
    from replay.ui.app import open_main_window

    a = tmp_path / "a.sqlite"
    with Library.open(a) as lib:
        lib.add_session(import_file(rrweb_dir / "dev-tablet-mixed.rrweb.json"))
    _app, shot = open_main_window(a, screenshot=tmp_path / "x.png", settings=app_settings)
    qtbot.addWidget(shot)
    shot.close()
    assert app_settings.recent_libraries == []
    assert app_settings.last_library is None
    _app, window = open_main_window(a, session_id=1, settings=app_settings, unreachable=["x"])
    qtbot.addWidget(window)
    assert app_settings.recent_libraries == [a.absolute()]
    assert app_settings.last_library == a
    assert window.statusBar().currentMessage() == "Not reachable, skipped: x"
    window.close()
