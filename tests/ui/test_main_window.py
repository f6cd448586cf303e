"""The main window: layout memory, keyboard focus, shortcuts help, drops, import report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from replay.ui.help import ShortcutsDialog, shortcut_rows
from replay.ui.main_window import MainWindow
from replay.ui.settings import Settings
from replay.ui.workers import ImportOutcome, failure_lines, show_import_report

# The offscreen platform cannot pass a window's size hints on and says so (its limit).
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _window(qtbot, settings: Settings, db: Path | None = None) -> MainWindow:
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    if db is not None:
        assert window.open_library(db)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_settings_persist_across_restarts(qtbot, app_settings) -> None:
    window = _window(qtbot, app_settings)
    window.resize(1300, 850)
    window.splitter.setSizes([400, 900])
    sizes = window.splitter.sizes()
    window.controller.set_speed(4.0)
    window.controller.set_skip_idle(False)
    window.close()

    reread = Settings(app_settings.q.__class__(app_settings.q.fileName(), app_settings.q.format()))
    assert reread.speed == 4.0
    assert reread.skip_idle is False
    assert reread.window_geometry is not None
    assert reread.splitter_state is not None
    # The offscreen screen is 800x600 and restoreGeometry clamps to the screen, so give the
    # window its size back by hand; the panel widths must then come back exactly.
    again = MainWindow(settings=reread)
    qtbot.addWidget(again)
    again.resize(1300, 850)
    again.show()
    qtbot.waitExposed(again)
    assert again.controller.speed == 4.0
    assert again.controller.clock.skip_idle is False
    assert again.splitter.sizes() == sizes
    again.close()


def test_reviewer_and_language_round_trip(app_settings) -> None:
    app_settings.reviewer = "  김민지 "
    app_settings.language = "th"
    app_settings.last_library = Path("/data/ห้องสมุด.sqlite")
    app_settings.sync()
    assert app_settings.reviewer == "김민지"
    assert app_settings.language == "th"
    assert app_settings.last_library == Path("/data/ห้องสมุด.sqlite")
    text = Path(app_settings.q.fileName()).read_text(encoding="utf-8")
    assert "reviewer" in text


def test_focus_keys(qtbot, app_settings) -> None:
    window = _window(qtbot, app_settings)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session_list.table.hasFocus()
    qtbot.keyClick(window.session_list.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.tag_panel.table.hasFocus()
    qtbot.keyClick(window.tag_panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.session_list.search.hasFocus()
    window.close()


def test_shortcuts_dialog_lists_every_menu_key(qtbot, app_settings) -> None:
    window = _window(qtbot, app_settings)
    rows = shortcut_rows(window.menuBar())
    keys = {keys for _menu, keys, _text in rows}
    for expected in ("Ctrl+L", "Ctrl+T", "Ctrl+R", "Ctrl+Up / Alt+Up", "T", "Shift+T / R", "A"):
        assert expected in keys, expected
    assert any(text == "Play / pause" and key == "Space" for _m, key, text in rows)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog, "shortcutsDialog")
    assert dialog is not None
    assert dialog.table.rowCount() >= len(rows)
    dialog.close()
    window.close()


def test_title_names_library(qtbot, app_settings, tmp_path) -> None:
    window = _window(qtbot, app_settings, tmp_path / "ห้องสมุด.sqlite")
    assert window.windowTitle() == "ห้องสมุด.sqlite — replay"
    assert window.count_label.text() == "0 sessions"
    assert str(tmp_path) in window.library_label.text()
    window.close()


def test_truncated_json_is_reported_in_one_line(qtbot, app_settings, tmp_path, rrweb_dir) -> None:
    good = rrweb_dir / "dev-dead-clicks-laptop.rrweb.json"
    bad = tmp_path / "cut-short.rrweb.json"
    bad.write_bytes(good.read_bytes()[:20_000])
    window = _window(qtbot, app_settings, tmp_path / "lib.sqlite")
    runner = window.import_paths([bad, good])
    assert runner is not None
    with qtbot.waitSignal(runner.done, timeout=120_000) as blocker:
        pass
    outcome: ImportOutcome = blocker.args[0]
    assert [Path(p).name for p, _i, _c in outcome.imported] == [good.name]
    ((path, reason),) = outcome.failed
    assert Path(path).name == bad.name
    assert "Traceback" not in reason
    assert "\n" not in reason
    assert bad.name in reason
    report = window.findChild(QMessageBox, "importReport")
    assert report is not None
    assert "1 session(s) imported" in report.text()
    assert bad.name in report.informativeText()
    report.close()
    assert window.session_list.row_count() == 1
    window.close()


def test_report_lists_failures(qtbot, app_settings) -> None:
    window = _window(qtbot, app_settings)
    outcome = ImportOutcome(
        failed=[("/x/a.json", "/x/a.json: byte 7: not JSON"), ("/x/b", "empty")]
    )
    assert failure_lines(outcome) == ["/x/a.json: byte 7: not JSON", "/x/b: empty"]
    box = show_import_report(window, outcome)
    assert "2 failed" in box.text()
    assert "/x/b: empty" in box.informativeText()
    box.close()
    window.close()


def test_drop_folder_imports(qtbot, app_settings, tmp_path, rrweb_dir) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a.rrweb.json").write_bytes(
        (rrweb_dir / "dev-calm-phone-landscape.rrweb.json").read_bytes()
    )
    (folder / "notes.json").write_text(json.dumps({"not": "a session"}), encoding="utf-8")
    window = _window(qtbot, app_settings, tmp_path / "lib.sqlite")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    # A real drag enters the window first; Qt delivers a drop only after an accepted enter.
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)
    runner = window.import_runner
    assert runner is not None
    with qtbot.waitSignal(runner.done, timeout=120_000) as blocker:
        pass
    outcome: ImportOutcome = blocker.args[0]
    assert outcome.created_count == 1
    assert window.session_list.row_count() == 1
    report = window.findChild(QMessageBox, "importReport")
    if report is not None:
        report.close()
    window.close()


def test_missing_scores_are_computed_in_a_worker(qtbot, app_settings, tmp_path, rrweb_dir) -> None:
    from replay.importers import import_file
    from replay.store.library import Library
    from replay.store.results import load_result

    db = tmp_path / "no-scores.sqlite"
    with Library.open(db) as library:  # as ``replay import`` without detection leaves it
        rage_id, _ = library.add_session(
            import_file(rrweb_dir / "dev-rage-desktop-wide.rrweb.json")
        )
        phone_id, _ = library.add_session(import_file(rrweb_dir / "dev-rotation-phone.rrweb.json"))
        assert [r.score for r in library.sessions()] == [None, None]
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    assert window.open_library(db)
    runner = window.detect_runner
    assert runner is not None
    window.show()
    # Opening a session before the worker reaches it stores what the replay computed.
    assert window.open_session(phone_id)
    assert load_result(window.library, phone_id) is not None
    qtbot.waitUntil(lambda: window.detect_runner is None, timeout=120_000)
    assert runner.failed == []
    rows = {r.id: r for r in window.library.sessions()}
    assert rows[rage_id].score is not None
    assert rows[rage_id].spike_count >= 1
    assert window.session_list.visible_session_ids()[0] == rage_id  # most frustrated first
    index = window.session_list.proxy.index(0, 4)
    assert index.data() == str(rows[rage_id].spike_count)
    window.close()


def test_opening_a_session_does_not_reload_the_list_but_tagging_does(
    qtbot, app_settings, rrweb_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from replay.importers import import_file
    from replay.signals import detect
    from replay.store.library import Library
    from replay.store.results import save_result

    db = tmp_path / "scored.sqlite"
    with Library.open(db) as library:
        session = import_file(rrweb_dir / "dev-rage-desktop-wide.rrweb.json")
        sid, _ = library.add_session(session)
        save_result(library, sid, detect(session))
    window = _window(qtbot, app_settings, db)
    reloads: list[int] = []
    real = window.refresh_library
    monkeypatch.setattr(window, "refresh_library", lambda: (reloads.append(1), real())[1])
    assert window.open_session(sid)
    assert reloads == []  # a session opening changes no tag count
    window.controller.add_tag(start_ms=1000, category="other", severity=1, note="สวัสดี")
    assert len(reloads) == 1  # the list's tag count follows the saved change
    assert window.library is not None
    assert window.library.session_row(sid).tag_count == 1
    window.close()
