"""Ranges from the keyboard through the real main window: I and O, cleared after saving."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from replay.importers import import_file
from replay.signals import detect
from replay.store.library import Library
from replay.store.results import save_result
from replay.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, app_settings, tmp_path: Path, rrweb_dir: Path) -> MainWindow:
    db = tmp_path / "lib.sqlite"
    with Library.open(db) as lib:
        session = import_file(rrweb_dir / "dev-rage-desktop-wide.rrweb.json")
        sid, _ = lib.add_session(session)
        save_result(lib, sid, detect(session))
    win = MainWindow(settings=app_settings)
    qtbot.addWidget(win)
    assert win.open_library(db)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    assert win.open_session(1)
    win.focus_replay()
    return win


def _key(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_i_and_o_make_a_range_and_saving_clears_it(qtbot, window: MainWindow) -> None:
    c = window.controller
    c.seek(10_000)
    _key(qtbot, Qt.Key.Key_I)
    assert c.selection is None
    assert c.pending_in_ms == 10_000
    c.seek(14_500)
    _key(qtbot, Qt.Key.Key_O)
    assert c.selection == (10_000, 14_500)
    c.seek(12_000)
    _key(qtbot, Qt.Key.Key_I)  # move the start; the end stays
    assert c.selection == (12_000, 14_500)
    # save a range tag on it (as the tag editor does): the selection is cleared
    tag = c.tag_selection(category="broken_link_or_button", severity=3)
    assert (tag.start_ms, tag.end_ms) == (12_000, 14_500)
    assert c.selection is None
    assert c.pending_in_ms is None


def test_spike_key_landing_is_a_setting(qtbot, window: MainWindow, app_settings) -> None:
    c = window.controller
    c.seek(0)
    _key(qtbot, Qt.Key.Key_N)
    assert c.t_ms == 16_088  # the burst's first click
    window.first_hit_action.setChecked(False)
    assert app_settings.spike_landing == "score_rise"
    c.seek(0)
    _key(qtbot, Qt.Key.Key_N)
    assert c.t_ms == c.spikes[0].start_ms < 16_088
