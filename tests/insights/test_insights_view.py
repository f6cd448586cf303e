"""The Insights window on a real library: indexes in a thread, then shows every view."""

from __future__ import annotations

from pathlib import Path

import pytest
from insights_helpers import read_png

from replay.store.library import Library

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def test_insights_view_shows_heatmap_tables_and_outcomes(
    qtbot, real_library: Path, tmp_path: Path
) -> None:
    from replay.ui.insights_view import InsightsView

    library = Library.open(real_library)
    try:
        view = InsightsView(library, real_library)
        qtbot.addWidget(view)
        view.show()
        view.start()  # the copy was never indexed: a worker thread indexes 17 sessions first
        qtbot.waitUntil(lambda: view.pages_table.rowCount() > 0, timeout=30_000)
        assert view.index_thread is None
        pages = [view.pages_table.item(r, 0).text() for r in range(view.pages_table.rowCount())]
        assert pages[0].endswith("/index.html")
        assert "(screen, no URL)" in pages
        assert view.elements_table.rowCount() > 5
        assert not view.heat_label.pixmap().isNull()
        assert "sessions" in view.heat_summary.text()
        # The heatmap is drawn over the recorded page (issue 17), not a blank stage.
        assert "over the page of session #" in view.heat_summary.text()
        assert view.page_background().last_error == ""
        assert "have an outcome" in view.outcomes_label.text()
        # Double-clicking a page draws that page alone.
        row = pages.index(next(p for p in pages if p.endswith("/sizes.html")))
        view._page_chosen(row, 0)
        assert view.url_edit.text().endswith("/sizes.html")
        assert view.pages_table.rowCount() == 1
        view.since_edit.setText("not a day")
        view.refresh()
        assert "not a date" in view.status.text()
        view.since_edit.setText("2099-01-01")
        view.refresh()
        assert view.pages_table.rowCount() == 0  # no session started after 2099
        view.since_edit.setText("")
        view.kind_box.setCurrentIndex(view.kind_box.findData("scroll"))
        view.refresh()
        view.save_heatmap(tmp_path / "h.png")
        assert read_png((tmp_path / "h.png").read_bytes()).shape[1] == 800
        view.save_report(tmp_path / "r.html")
        report = (tmp_path / "r.html").read_text(encoding="utf-8")
        assert "sizes.html" in report
        assert "the recorded page at that moment" in report
        view.close()
    finally:
        library.close()


def test_view_menu_opens_insights(qtbot, real_library: Path, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from replay.ui.main_window import MainWindow
    from replay.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    assert window.open_library(real_library)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    actions = [a for a in window.actions() if a.shortcut().toString() == "Ctrl+I"]
    assert len(actions) == 1
    actions[0].trigger()
    view = window.findChild(
        __import__("replay.ui.insights_view", fromlist=["InsightsView"]).InsightsView
    )
    assert view is not None
    qtbot.waitUntil(lambda: view.pages_table.rowCount() > 0, timeout=30_000)
    view.close()
    window.close()
