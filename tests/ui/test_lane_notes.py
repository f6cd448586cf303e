"""Lanes that have nothing to show say why: no orientation readings, no console log."""

from __future__ import annotations

import dataclasses

import pyqtgraph as pg
from synth import make_result, make_session

from replay.model.session import Channel, Device
from replay.ui.controller import ReplayController
from replay.ui.timelines import TimelinesWidget


def _widget(qtbot, session) -> TimelinesWidget:
    ctl = ReplayController()
    ctl.set_session(session, result=make_result(session))
    widget = TimelinesWidget(ctl)
    qtbot.addWidget(widget)
    return widget


def _notes(widget: TimelinesWidget) -> list[str]:
    return [i.toPlainText() for i in widget.plots["events"].items if isinstance(i, pg.TextItem)]


def test_phone_without_orientation_channel_draws_no_flat_line(qtbot) -> None:
    session = make_session(device=Device.MOBILE)
    channels = dict(session.channels)
    del channels["orientation"]
    w, h = session.meta.viewport_width_px, session.meta.viewport_height_px
    channels["viewport"] = Channel.from_columns("viewport", t_ms=[0], width_px=[w], height_px=[h])
    widget = _widget(qtbot, dataclasses.replace(session, channels=channels))
    note = widget.empty_notes["orientation"].toPlainText()
    assert note == "no orientation readings in this recording"
    assert not [i for i in widget.plots["orientation"].items if isinstance(i, pg.PlotDataItem)]


def test_phone_with_readings_draws_them(qtbot) -> None:
    widget = _widget(qtbot, make_session(device=Device.MOBILE))
    assert "orientation" not in widget.empty_notes


def test_empty_error_row_says_no_console_log(qtbot) -> None:
    session = make_session()
    channels = dict(session.channels)
    channels["console"] = Channel.empty("console")
    widget = _widget(qtbot, dataclasses.replace(session, channels=channels))
    assert "no console log recorded" in _notes(widget)
    assert "no console log recorded" not in _notes(_widget(qtbot, make_session()))
