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
