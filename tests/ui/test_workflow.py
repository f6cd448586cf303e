"""A reviewer's day, by keyboard, on a real library file with real recordings (issue 5).

Import (through the worker thread), open a session from the list, play, seek, next spike,
tag with category/severity/Thai note by keys, undo and redo, export the CSV and read it
back with the csv module, close, reopen the library: the tag is still there.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from replay.ui.export_dialog import ExportDialog
from replay.ui.main_window import MainWindow

# The offscreen platform cannot pass a window's size hints on and says so (its limit).
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

NOTE = 'ปุ่มไม่ทำงาน กดหลายครั้ง, "Add to cart" 버튼 无反应'
RAGE = "dev-rage-desktop-wide.rrweb.json"
ROTATION = "dev-rotation-phone.rrweb.json"


def _window(qtbot, app_settings, db: Path) -> MainWindow:
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    assert window.open_library(db)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


#: Upper bound of every wait on the window system (it returns as soon as the condition
#: holds; a loaded machine takes seconds to activate a window, an idle one milliseconds).
WAIT_MS = 30_000


def _activate(qtbot, window) -> None:
    """Make ``window`` the active window and wait until it is: activation is asynchronous."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def _focus(qtbot, widget) -> None:
    """Give ``widget`` the keyboard focus and wait until it has it."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=WAIT_MS)


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as a user would."""
    # A key needs an active window to go to: wait for it, never guess with a sleep.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not None, timeout=WAIT_MS)
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def test_review_day_by_keyboard(qtbot, tmp_path, rrweb_dir, app_settings, type_text) -> None:
    db = tmp_path / "library.sqlite"
    app_settings.reviewer = "Somchai"
    window = _window(qtbot, app_settings, db)
    controller = window.controller

    # Import through the worker thread, as a drop or the File menu does.
    runner = window.import_paths([rrweb_dir / RAGE, rrweb_dir / ROTATION], report=False)
    assert runner is not None
    with qtbot.waitSignal(runner.done, timeout=180_000) as blocker:
        pass
    outcome = blocker.args[0]
    assert outcome.failed == []
    assert outcome.created_count == 2
    qtbot.waitUntil(lambda: window.session_list.row_count() == 2)
    assert "2" in window.count_label.text()

    # Open the rage session from the list by keyboard: Ctrl+F, type, Enter, Enter.
    _activate(qtbot, window)
    _focus(qtbot, window.session_list.table)  # where a reviewer's focus rests after an import
    _key(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.session_list.search.hasFocus()  # Ctrl+F went to the search box
    qtbot.keyClicks(window.session_list.search, "rage")
    assert window.count_label.text() == "1 of 2 sessions"  # the count follows the search
    _key(qtbot, Qt.Key.Key_Return)  # search box -> table
    assert window.session_list.table.hasFocus()
    _key(qtbot, Qt.Key.Key_Return)  # open
    assert controller.session is not None
    assert controller.session.meta.source.endswith(RAGE)
    assert RAGE in window.windowTitle()

    # Play (time advances), pause, seek 5 s, next spike (N).
    _key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: controller.t_ms > 0, timeout=5_000)
    _key(qtbot, Qt.Key.Key_Space)
    assert not controller.playing
    _key(qtbot, Qt.Key.Key_Home)
    assert controller.t_ms == 0
    _key(qtbot, Qt.Key.Key_Right)
    assert controller.t_ms == 5_000
    _key(qtbot, Qt.Key.Key_N)
    spike = controller.spike_at()
    assert spike is not None
    # N lands on the spike's first hit: the truth file's first rage click, 16088 ms.
    assert controller.t_ms == 16_088
    # The truth file puts the first rage burst at 16088-16802 ms.
    assert spike.start_ms <= 16_802
    assert spike.end_ms >= 16_088

    # Tag at the playhead: T, type-ahead "br" (Broken link or button), severity 4, note.
    _key(qtbot, Qt.Key.Key_T)
    dialog = window.tag_panel.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)  # the reviewer types once it is up
    qtbot.keyClicks(dialog.category_list, "br")
    qtbot.keyClick(dialog.category_list, Qt.Key.Key_4)
    qtbot.keyClick(dialog.category_list, Qt.Key.Key_Tab)
    assert dialog.note_edit.hasFocus()
    type_text(dialog.note_edit, NOTE)
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (tag,) = controller.tags
    assert (tag.category, tag.severity, tag.note, tag.reviewer) == (
        "broken_link_or_button",
        4,
        NOTE,
        "Somchai",
    )
    assert tag.start_ms == 16_088  # the playhead: the first rage click

    # Undo, redo (Ctrl+Z, Ctrl+Shift+Z), then mark the session reviewed (Ctrl+R).
    qtbot.waitUntil(
        window.isActiveWindow, timeout=WAIT_MS
    )  # the editor closed: keys go to the window
    _key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.tags == []
    _key(
        qtbot,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [t.note for t in controller.tags] == [NOTE]
    _key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.current_row().reviewed_at
    assert window.current_row().tag_count == 1

    # Next session (Ctrl+Down) opens the other recording.
    window.session_list.search.clear()
    _key(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert controller.session is not None
    assert controller.session.meta.source.endswith(ROTATION)

    # Export this library's tags (Ctrl+E) and read the CSV back.
    _key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    export = window.findChild(ExportDialog, "exportDialog")
    assert export is not None
    out = tmp_path / "findings.csv"
    export.path_edit.setText(str(out))
    export.set_scope("all")
    assert export.export() == 1
    assert str(out) in export.result_label.text()
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1
    row = rows[0]
    assert row["note"] == NOTE
    assert row["reviewer"] == "Somchai"
    assert row["category_code"] == "broken_link_or_button"
    assert row["severity"] == "4"
    assert row["start_ms"] == "16088"
    assert row["source_file"].endswith(RAGE)
    window.close()

    # Reopen the library in a new window: the tag is there, byte for byte.
    again = _window(qtbot, app_settings, db)
    rage_id = next(r.id for r in again.library.sessions() if r.source_name == RAGE)
    assert again.open_session(rage_id)
    assert [(t.note, t.severity) for t in again.controller.tags] == [(NOTE, 4)]
    again.close()
