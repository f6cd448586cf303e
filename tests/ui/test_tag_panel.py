"""The tag panel: keyboard tagging, playhead sync, jump, delete and undo/redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from replay.model.tags import Category
from replay.ui.controller import ReplayController
from replay.ui.settings import Settings
from replay.ui.tag_panel import TagPanel, format_span, tag_under

# The offscreen platform cannot pass a dialog's size hints to a window system and says so;
# that is the platform's limitation, not ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

CATEGORIES = [
    Category("broken_link_or_button", "Broken link or button"),
    Category("slow_response", "Slow response"),
    Category("form_problem", "Form problem"),
    Category("other", "Other"),
]


@pytest.fixture
def panel(qtbot, controller: ReplayController, app_settings: Settings):
    settings = app_settings
    settings.reviewer = "Somchai"
    host = QWidget()
    qtbot.addWidget(host)
    tag_panel = TagPanel(controller, settings=settings, parent=host)
    tag_panel.set_categories(CATEGORIES)
    for action in tag_panel.actions_for_menu():
        if action is not None:
            host.addAction(action)
    host.resize(600, 400)
    host.show()
    qtbot.waitExposed(host)
    yield tag_panel
    host.close()


def _finish_dialog(qtbot, panel, type_text, *, type_ahead: str, severity_key, note: str) -> None:
    dialog = panel.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.category_list, type_ahead)
    qtbot.keyClick(dialog.category_list, severity_key)
    dialog.note_edit.setFocus()
    type_text(dialog.note_edit, note)
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.dialog is None


def test_tag_at_playhead_by_keyboard(qtbot, panel, controller, type_text) -> None:
    controller.seek(12_345)
    qtbot.keyClick(panel.window(), Qt.Key.Key_T)
    _finish_dialog(
        qtbot,
        panel,
        type_text,
        type_ahead="sl",
        severity_key=Qt.Key.Key_3,
        note="ช้ามาก 很慢 느려요",
    )
    (tag,) = controller.tags
    assert (tag.start_ms, tag.end_ms) == (12_345, None)
    assert (tag.category, tag.severity, tag.reviewer) == ("slow_response", 3, "Somchai")
    assert tag.note == "ช้ามาก 很慢 느려요"
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 3).data() == "ช้ามาก 很慢 느려요"


def test_accept_spike_takes_range_and_signals(qtbot, panel, controller) -> None:
    spike = controller.spikes[0]
    controller.seek(spike.start_ms + 10)
    qtbot.keyClick(panel.window(), Qt.Key.Key_A)
    assert panel.dialog is not None
    qtbot.keyClick(panel.dialog.category_list, Qt.Key.Key_Return)
    (tag,) = controller.tags
    assert (tag.start_ms, tag.end_ms, tag.spike_id) == (
        spike.start_ms,
        spike.end_ms,
        spike.spike_id,
    )
    assert tuple(tag.signals) == tuple(spike.signals)


def test_range_tag_needs_selection(qtbot, panel, controller) -> None:
    assert not panel.tag_range_action.isEnabled()
    controller.set_selection(5_000, 9_000)
    assert panel.tag_range_action.isEnabled()
    qtbot.keyClick(panel.window(), Qt.Key.Key_R)
    qtbot.keyClick(panel.dialog.category_list, Qt.Key.Key_Return)
    assert [(t.start_ms, t.end_ms) for t in controller.tags] == [(5_000, 9_000)]


def test_playhead_highlights_tag_and_enter_jumps(qtbot, panel, controller) -> None:
    controller.add_tag(start_ms=2_000, end_ms=4_000, category="other")
    controller.add_tag(start_ms=10_000, category="other")
    controller.seek(3_000)
    first, second = controller.tags
    assert panel.model.active_id == first.id
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    controller.seek(10_500)
    assert panel.model.active_id == second.id
    controller.seek(30_000)
    assert panel.model.active_id is None
    panel.focus_table()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert controller.t_ms == 2_000


def test_delete_key_then_undo_redo(qtbot, panel, controller) -> None:
    controller.add_tag(start_ms=1_000, category="other", note="한국어 메모")
    panel.focus_table()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert controller.tags == []
    qtbot.keyClick(panel.window(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [t.note for t in controller.tags] == ["한국어 메모"]
    qtbot.keyClick(panel.window(), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert controller.tags == []


def test_helpers() -> None:
    assert format_span(61_500, None) == "1:01.5"
    assert format_span(0, 2_000) == "0:00.0–0:02.0"

    class T:
        def __init__(self, start_ms, end_ms):
            self.start_ms, self.end_ms = start_ms, end_ms

    tags = [T(0, 10_000), T(5_000, None)]
    assert tag_under(tags, 5_200) is tags[1]
    assert tag_under(tags, 9_000) is tags[0]
    assert tag_under(tags, 11_000) is None


def test_detail_shows_whole_note_of_tag_under_playhead(panel, controller) -> None:
    assert panel.empty_hint.isVisibleTo(panel)
    long_note = "ปุ่ม “เพิ่มลงตะกร้า” ไม่ตอบสนอง กดซ้ำ 5 ครั้ง / 버튼 무반응 / 按钮没有反应"
    controller.add_tag(
        start_ms=20_000, end_ms=22_000, category="slow_response", severity=3, note=long_note
    )
    assert not panel.empty_hint.isVisibleTo(panel)
    controller.seek(5_000)
    assert not panel.detail.isVisibleTo(panel)  # nothing under the playhead, none selected
    controller.seek(21_000)
    assert panel.detail.isVisibleTo(panel)
    text = panel.detail.text()
    assert long_note in text
    assert "Slow response" in text
    assert "3 major" in text


def test_tag_times_use_the_transport_clock_format() -> None:
    from replay.ui.tag_panel import format_t_ms

    assert format_t_ms(59_960) == "0:59.9"  # truncated like the transport, never 0:60.0
    assert format_t_ms(3_700_000) == "1:01:40.0"
    assert format_t_ms(-5) == "0:00.0"
