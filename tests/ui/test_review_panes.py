"""The hits and events panes, driven through the real main window on a real library."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from replay.importers import import_file
from replay.signals import detect
from replay.store.library import Library
from replay.store.results import save_result
from replay.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
RAGE = "dev-rage-desktop-wide.rrweb.json"


@pytest.fixture
def window(qtbot, app_settings, tmp_path: Path, rrweb_dir: Path) -> MainWindow:
    db = tmp_path / "lib.sqlite"
    with Library.open(db) as lib:
        for name in (RAGE, "dev-form-reentry-wide.rrweb.json"):
            session = import_file(rrweb_dir / name)
            sid, _ = lib.add_session(session)
            save_result(lib, sid, detect(session))
    win = MainWindow(settings=app_settings)
    qtbot.addWidget(win)
    assert win.open_library(db)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_hits_pane_lists_jumps_filters_and_tags(qtbot, window: MainWindow) -> None:
    assert window.open_session(1)
    pane = window.hits_pane
    assert pane.shown_signals() == ["rage_click", "rage_click"]
    reason = pane.table.item(0, 3).text()
    assert "4 clicks within 714 ms" in reason
    assert pane.table.item(0, 2).text().startswith("button#add-p2")
    assert pane.table.item(0, 5).text() == "no"
    # a click jumps to the hit's first click; Enter on the next row does too
    pane.table.cellClicked.emit(0, 3)
    assert window.controller.t_ms == 16_088
    pane.table.setCurrentCell(1, 0)
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert window.controller.t_ms == pane.shown[1].start_ms
    # a tag covering the first hit shows as tagged, and "untagged only" hides it
    window.controller.seek(16_100)
    window.controller.tag_at_playhead(category="broken_link_or_button")
    assert pane.table.item(0, 5).text() == "yes"
    pane.uncovered.setChecked(True)
    assert len(pane.shown) == 1
    assert pane.count.text() == "1 of 2"
    # what cannot be judged on this recording is said
    assert "error click: no console log recorded" in pane.cannot.text()
    assert "\n" not in pane.cannot.text()
    assert pane.cannot.isVisibleTo(window)


def test_hits_pane_signal_filter_and_empty_message(window: MainWindow) -> None:
    assert window.open_session(2)
    pane = window.hits_pane
    signals = set(pane.shown_signals())
    assert "form_reentry" in signals
    pane.set_signal_filter("form_reentry")
    assert set(pane.shown_signals()) == {"form_reentry"}
    pane.uncovered.setChecked(True)
    window.controller.seek(pane.shown[0].start_ms)
    for row in list(pane.shown):
        window.controller.seek(row.start_ms)
        window.controller.tag_at_playhead(category="form_problem")
    assert pane.shown == []
    assert pane.empty.text() == "No hits match the filter."


def test_events_pane_search_follow_and_jump(qtbot, window: MainWindow) -> None:
    assert window.open_session(1)
    pane = window.events_pane
    kinds = {r.kind for r in pane.rows}
    assert {"click", "page_view", "scroll"} <= kinds
    window.controller.seek(16_100)
    current = pane.shown[pane.table.currentRow()]
    assert current.start_ms <= 16_100
    assert current.kind == "click"
    assert pane.table.item(pane.table.currentRow(), 2).text().startswith("button#add-p2")
    qtbot.keyClicks(pane.search, "apply-coupon")
    assert pane.shown
    assert all("apply-coupon" in r.target_tag for r in pane.shown)
    assert pane.count.text() == f"{len(pane.shown)} of {len(pane.rows)}"
    pane.table.cellClicked.emit(0, 1)
    assert window.controller.t_ms == pane.shown[0].start_ms
    pane.search.setText("zzz-nothing")
    assert pane.empty.text() == "No events match the search."
    pane.search.clear()
    pane.set_kind_filter("input")
    assert {r.kind for r in pane.shown} == {"input"}


def test_events_pane_never_shows_typed_text(window: MainWindow) -> None:
    assert window.open_session(2)
    pane = window.events_pane
    inputs = [r for r in pane.rows if r.kind == "input"]
    assert inputs
    pane.set_kind_filter("input")
    texts = [pane.table.item(r, 2).text() for r in range(pane.table.rowCount())]
    assert all("characters" in t or "checked" in t for t in texts)
    assert not any("@" in t for t in texts)  # no e-mail address typed into the form
