"""ReplayController on real Qt signals: load, seek, play, spikes, selection, tags, keys."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from synth import DEAD_AT_MS, RAGE_AT_MS, make_result, make_session

from replay.model.session import Session
from replay.ui.controller import MAX_SIGNAL_INT, ReplayController
from replay.ui.replay_view import STEP_MS, ReplayView


def test_set_session_emits_loaded_and_time_zero(qtbot, desktop_session, desktop_result) -> None:
    ctl = ReplayController()
    with (
        qtbot.waitSignal(ctl.session_loaded) as loaded,
        qtbot.waitSignal(ctl.time_changed) as timed,
    ):
        ctl.set_session(desktop_session, result=desktop_result)
    assert loaded.args == [desktop_session]
    assert timed.args == [0]
    assert ctl.clock.duration_ms == 60_000
    assert len(ctl.spikes) == 2


def test_seek_emits_once_and_not_when_unchanged(qtbot, controller) -> None:
    with qtbot.waitSignal(controller.time_changed) as blocker:
        controller.seek(12_345)
    assert blocker.args == [12_345]
    with qtbot.assertNotEmitted(controller.time_changed):
        controller.seek(12_345)
    assert controller.seek(10**9) == 60_000


def test_fixed_step_advance_moves_at_speed_and_stops_at_end(qtbot, controller) -> None:
    controller.set_skip_idle(False)
    controller.set_speed(4.0)
    with qtbot.waitSignal(controller.playing_changed) as started:
        controller.play()
    assert started.args == [True]
    controller.advance(250)
    assert controller.t_ms == 1000
    controller.seek(59_900)
    with qtbot.waitSignal(controller.playing_changed) as stopped:
        controller.advance(100)
    assert stopped.args == [False]
    assert controller.t_ms == 60_000


def test_timer_plays_in_real_time(qtbot, controller) -> None:
    controller.play()
    qtbot.waitUntil(lambda: controller.t_ms > 50, timeout=3000)
    controller.pause()
    assert not controller.playing


def test_speed_steps_emit_speed_changed(qtbot, controller) -> None:
    with qtbot.waitSignal(controller.speed_changed) as blocker:
        controller.faster()
    assert blocker.args == [2.0]
    controller.slower()
    controller.slower()
    assert controller.speed == 0.5


def test_next_prev_spike_and_untagged(qtbot, controller) -> None:
    controller.spike_landing = "score_rise"
    first = controller.next_spike()
    assert controller.t_ms == first.start_ms == RAGE_AT_MS - 1000
    second = controller.next_spike()
    assert second.start_ms == DEAD_AT_MS - 1000
    assert controller.next_spike() is None
    assert controller.prev_spike() is first
    controller.accept_spike(first, category="other", severity=3)
    controller.go_home()
    assert controller.next_untagged_spike() is second


def test_time_changed_fits_in_32_bits(qtbot) -> None:
    too_long = make_session(duration_ms=60_000)
    meta = too_long.meta.__class__(**{**_fields(too_long), "duration_ms": MAX_SIGNAL_INT + 1})
    ctl = ReplayController()
    with pytest.raises(ValueError, match="Signal"):
        ctl.set_session(Session(meta=meta, channels=too_long.channels), result=None)


def _fields(session: Session) -> dict:
    meta = session.meta
    return {f: getattr(meta, f) for f in meta.__slots__}


def test_selection_is_ordered_clamped_and_cleared(qtbot, controller) -> None:
    with qtbot.waitSignal(controller.selection_changed) as blocker:
        controller.set_selection(70_000, 30_000)
    assert blocker.args == [(30_000, 60_000)]
    # saving the range tag clears the selection
    with qtbot.waitSignal(controller.selection_changed) as cleared:
        tag = controller.tag_selection(category="other", note="จุดนี้ 여기 这里")
    assert (tag.start_ms, tag.end_ms, tag.note) == (30_000, 60_000, "จุดนี้ 여기 这里")
    assert cleared.args == [None]
    assert controller.selection is None
    assert controller.tag_selection(category="other") is None


def test_tags_in_memory_with_undo_redo(qtbot, controller) -> None:
    controller.seek(5000)
    with qtbot.waitSignal(controller.tags_changed):
        tag = controller.tag_at_playhead(category="other", severity=1, reviewer="ann")
    assert [(t.start_ms, t.end_ms) for t in controller.tags] == [(5000, None)]
    controller.edit_tag(tag.id, severity=4)
    assert controller.tags[0].severity == 4
    controller.undo()
    assert controller.tags[0].severity == 1
    controller.redo()
    controller.delete_tag(tag.id)
    assert controller.tags == []
    controller.undo()
    assert len(controller.tags) == 1


def test_accept_spike_takes_range_id_and_signals(controller) -> None:
    spike = controller.spikes[0]
    tag = controller.accept_spike(spike, category="other", severity=3, reviewer="ann")
    assert (tag.start_ms, tag.end_ms, tag.spike_id) == (spike.start_ms, spike.end_ms, "s1")
    assert tag.signals == ("rage_click",)
    assert controller.is_spike_tagged(spike)


@pytest.fixture
def view(qtbot, controller) -> ReplayView:
    widget = ReplayView(controller)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)  # shortcuts need an active window
    return widget


def test_keys_space_toggles_play(qtbot, view, controller) -> None:
    with qtbot.waitSignal(controller.playing_changed):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert controller.playing
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not controller.playing


def test_keys_navigate(qtbot, view, controller) -> None:
    # N and P land on a spike's first hit (the rage burst's first click), not its rise
    first_hit = controller.result.hits[0].start_ms
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert controller.t_ms == first_hit == controller.spikes[0].start_ms + 1000
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert controller.t_ms == first_hit + STEP_MS
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert controller.t_ms == 60_000
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert controller.t_ms == controller.result.hits[1].start_ms
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert controller.t_ms == 0
    qtbot.keyClick(view, Qt.Key.Key_Period)
    assert controller.t_ms == 16  # one 1/60 s frame
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert controller.speed == 2.0
    assert view.speed_box.currentText() == "2×"
    qtbot.keyClick(view, Qt.Key.Key_U)
    assert controller.t_ms == first_hit


def test_time_label_follows_the_controller(view, controller) -> None:
    controller.seek(83_400 - 30_000)
    assert view.time_label.text() == "0:53.4 / 1:00.0"


def test_speed_box_sets_speed_without_echo(qtbot, view, controller) -> None:
    with qtbot.waitSignal(controller.speed_changed) as blocker:
        view.speed_box.setCurrentIndex(view.speed_box.findData(8.0))
    assert blocker.args == [8.0]
    assert controller.speed == 8.0


def test_set_session_twice_resets_time_and_keeps_speed(controller) -> None:
    controller.set_speed(4.0)
    controller.seek(10_000)
    other = make_session(seed=3)
    controller.set_session(other, result=make_result(other))
    assert controller.t_ms == 0
    assert controller.speed == 4.0
    assert controller.clock.idle_gaps.dtype == np.int64


def test_without_a_result_the_detectors_run_and_views_draw_it(qtbot) -> None:
    session = make_session()
    ctl = ReplayController()
    ctl.set_session(session)  # no result given: replay.signals.detect runs
    assert ctl.result is not None
    assert len(ctl.result.curve_t_ms) > 0
    rage = [h for h in ctl.result.hits if h.signal == "rage_click"]
    assert rage, "the synthetic rage burst is detected"
    view = ReplayView(ctl)
    qtbot.addWidget(view)
    assert len(view.timelines.spikes_item) == len(ctl.spikes)
    frame = view.canvas.data.frame_at(RAGE_AT_MS + 460)
    assert 2 in frame.ripple_class.tolist()  # RAGE: coloured from the real hit


def test_load_session_from_a_real_library_with_tags_saved(qtbot, rrweb_files, db_path) -> None:
    from replay.importers import import_file
    from replay.store.library import Library
    from replay.store.tags import TagStore

    library = Library.open(db_path)
    session_id, _ = library.add_session(import_file(rrweb_files[0]))
    ctl = ReplayController(library)
    with qtbot.waitSignal(ctl.session_loaded):
        ctl.load_session(session_id)
    assert ctl.session_id == session_id
    assert ctl.duration_ms == ctl.session.meta.duration_ms > 0
    assert ctl.result is not None
    ctl.seek(1000)
    tag = ctl.tag_at_playhead(category="other", severity=3, note="ปุ่มไม่ทำงาน 버튼 按钮")
    # Saved at once: a second store on the same file sees it.
    (stored,) = TagStore(library.db).list(session_id)
    assert (stored.id, stored.start_ms, stored.note) == (tag.id, 1000, "ปุ่มไม่ทำงาน 버튼 按钮")
    ctl.undo()
    assert ctl.tags == []
    assert TagStore(library.db).list(session_id) == []
    ctl.redo()
    assert [t.id for t in ctl.tags] == [tag.id]
    library.close()


def test_transport_is_disabled_until_a_session_is_open(qtbot, desktop_session: Session) -> None:
    controller = ReplayController()
    view = ReplayView(controller)
    qtbot.addWidget(view)
    assert not view.replay_actions["play_pause"].isEnabled()
    assert not view.play_button.isEnabled()
    assert not view.speed_box.isEnabled()
    controller.set_session(desktop_session)
    assert view.replay_actions["play_pause"].isEnabled()
    assert view.play_button.isEnabled()
    assert view.speed_box.isEnabled()
