"""The library panel: sorting by value, search, device/format filters, keyboard open."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from replay.ui.session_list import SessionListPanel, format_duration

# The offscreen platform cannot pass a window's size hints on and says so (its limit).
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@dataclass
class Row:
    id: int
    source_name: str
    format: str
    device: str
    duration_ms: int
    score: float | None
    spike_count: int | None
    tag_count: int
    reviewed_at: str | None
    source: str = ""  # the path as imported (default: the file name)
    title: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.source = self.source or f"/recordings/{self.source_name}"


ROWS = [
    Row(1, "dev-rage-desktop-wide.rrweb.json", "rrweb", "desktop", 47_200, 61.5, 2, 0, None),
    Row(2, "dev-rotation-phone.rrweb.json", "rrweb", "mobile", 52_100, 40.0, 2, 3, "2026-01-01"),
    Row(3, "session_1060325796", "mouselog", "desktop", 9_000_000, 5.25, 0, 0, None),
    Row(4, "dev-calm-desktop-reader.rrweb.json", "rrweb", "desktop", 83_900, None, None, 1, None),
]


@pytest.fixture
def panel(qtbot) -> SessionListPanel:
    widget = SessionListPanel()
    qtbot.addWidget(widget)
    widget.set_rows(ROWS)
    widget.resize(700, 400)
    widget.show()
    return widget


def test_default_sort_is_most_frustrated_first(panel) -> None:
    assert panel.visible_session_ids() == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("column", "order", "expected"),
    [
        (2, Qt.SortOrder.AscendingOrder, [1, 2, 4, 3]),  # duration as a number, not "2:30:00"
        (5, Qt.SortOrder.DescendingOrder, [2, 4, 1, 3]),  # tag count
        (0, Qt.SortOrder.AscendingOrder, [4, 1, 2, 3]),  # source name
        (6, Qt.SortOrder.DescendingOrder, [2, 1, 3, 4]),  # reviewed first
    ],
)
def test_sort_by_value(panel, column, order, expected) -> None:
    panel.table.sortByColumn(column, order)
    assert panel.visible_session_ids() == expected


def test_cells_show_units_and_marks(panel) -> None:
    model = panel.proxy
    texts = [[model.index(r, c).data() for c in range(7)] for r in range(model.rowCount())]
    assert texts[0] == [
        "dev-rage-desktop-wide",  # the format column says rrweb; the tooltip has the file
        "desktop",
        "0:47",
        "61.5",
        "2",
        "0",
        "",
    ]
    assert texts[1][6] == "✓"
    assert texts[2][2] == "2:30:00"
    assert texts[3][3:5] == ["–", "–"]  # no detection yet
    assert texts[2][0] == "session_1060325796"  # no known ending: shown whole
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "#1 dev-rage-desktop-wide.rrweb.json (rrweb)"


def test_search_and_filters(qtbot, panel) -> None:
    qtbot.keyClicks(panel.search, "ROTATION")
    assert panel.visible_session_ids() == [2]
    panel.search.clear()
    panel.device_filter.setCurrentIndex(panel.device_filter.findData("desktop"))
    assert panel.visible_session_ids() == [1, 3, 4]
    panel.format_filter.setCurrentIndex(panel.format_filter.findData("mouselog"))
    assert panel.visible_session_ids() == [3]
    qtbot.keyClicks(panel.search, "rage")
    assert panel.visible_session_ids() == []
    assert panel.adjacent_session_id(1) is None


def test_filters_survive_refresh_and_keep_selection(panel) -> None:
    panel.device_filter.setCurrentIndex(panel.device_filter.findData("desktop"))
    panel.select_session(3)
    panel.set_rows(ROWS[::-1])
    assert panel.device_filter.currentData() == "desktop"
    assert panel.current_session_id() == 3


def test_enter_opens_and_adjacent(qtbot, panel) -> None:
    panel.focus_table()
    assert panel.current_session_id() == 1
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.session_activated) as blocker:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert blocker.args == [2]
    assert panel.adjacent_session_id(1) == 3
    assert panel.adjacent_session_id(-1) == 1
    assert panel.adjacent_session_id(1, from_id=4) is None


def test_device_shown_by_its_translated_name(qapp, panel) -> None:
    from replay.ui.i18n import install_translator

    assert panel.proxy.index(0, 1).data() == "desktop"
    assert panel.device_filter.itemText(panel.device_filter.findData("mobile")) == "mobile"
    try:
        install_translator(qapp, "th")
        panel.set_rows(ROWS)
        assert panel.proxy.index(0, 1).data() == "เดสก์ท็อป"
        assert panel.device_filter.itemText(panel.device_filter.findData("mobile")) == "มือถือ"
        panel.search.setText("มือถือ")  # the translated name finds it too
        assert panel.visible_session_ids() == [2]
    finally:
        install_translator(qapp, "en")


@pytest.mark.parametrize("size", [(1440, 900), (1600, 1000)])
@pytest.mark.parametrize("language", ["th", "ko", "zh_TW", "en"])
def test_source_column_stays_readable(
    qtbot, qapp, app_settings, desktop_session, desktop_result, language, size
) -> None:
    """The other columns' translated headers (wide in Thai) never squeeze the source name.

    It collapsed to "d…e" in Thai at 1440x900: the main window at its default sizes must
    leave the Source column room for 16 characters of a session name.
    """
    from PySide6.QtGui import QFontMetrics

    from replay.ui.i18n import install_translator
    from replay.ui.main_window import MainWindow

    try:
        install_translator(qapp, language)
        window = MainWindow(settings=app_settings, remember=False)
        qtbot.addWidget(window)
        window.session_list.set_rows(ROWS)
        # A session open: the replay's transport bar (long in Thai) takes its share too.
        window.controller.set_session(desktop_session, result=desktop_result)
        window.replay_view.timelines.setVisible(True)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        qapp.processEvents()
        table = window.session_list.table
        # 16 digits: wider than 16 characters of a typical session name ("dev-rotation-pho").
        needed = QFontMetrics(table.font()).horizontalAdvance("0" * 16) + 8
        assert table.horizontalHeader().sectionSize(0) >= needed
        assert window.width() == size[0]  # the window did not have to grow for it
        # And Source is the column that got the room: the table needs no scrolling.
        assert not table.horizontalScrollBar().isVisible()
    finally:
        install_translator(qapp, "en")


def test_format_duration() -> None:
    assert format_duration(0) == "0:00"
    assert format_duration(61_999) == "1:01"
    assert format_duration(3_600_000) == "1:00:00"


@pytest.fixture(scope="module")
def real_library(tmp_path_factory: pytest.TempPathFactory, rrweb_files) -> Path:
    """The 14 rrweb recordings, detected, one tagged and one marked reviewed."""
    from replay.importers import import_file
    from replay.store.library import Library
    from replay.store.results import detect_and_store

    db = tmp_path_factory.mktemp("panel") / "library.sqlite"
    with Library.open(db) as lib:
        for f in rrweb_files:
            sid, _ = lib.add_session(import_file(f))
            detect_and_store(lib, sid)
        rage = next(r.id for r in lib.sessions() if r.source_name.startswith("dev-rage"))
        lib.tags.add(rage, start_ms=16_000, category="broken_link_or_button", note="cart")
    return db


def test_query_field_runs_the_library_search(qtbot, real_library: Path) -> None:
    """The query field gives what Library.session_ids (and `replay sessions`) give."""
    from replay.store.library import Library
    from replay.store.search import parse_query

    with Library.open(real_library) as lib:
        panel = SessionListPanel()
        qtbot.addWidget(panel)
        panel.set_listing(lib.listing(), search=lib.session_ids)
        panel.show()
        assert panel.row_count() == 14
        seen: list[tuple[int, int]] = []
        panel.filter_changed.connect(lambda shown, total: seen.append((shown, total)))
        for text in (
            "signal:rage_click",
            "url:*returns* reviewed:no",
            "note:CART category:broken_link_or_button",
            "phone",
            "target:coupon",
        ):
            panel.search.setText(text)
            expected = lib.session_ids(parse_query(text))
            assert expected, text  # every query finds something in these recordings
            assert sorted(panel.visible_session_ids()) == expected, text
            assert seen[-1] == (len(expected), 14)
            assert not panel.search_status.isVisible()
        panel.search.setText("note:nothing-like-this")
        assert panel.row_count() == 0
        assert panel.search_status.text() == "No sessions match."
        panel.search.setText("since:someday")
        assert "not a date" in panel.search_status.text()
        assert panel.row_count() == 0  # the previous result stays
        panel.search.clear()
        assert panel.row_count() == 14
        assert not panel.search_status.isVisible()
