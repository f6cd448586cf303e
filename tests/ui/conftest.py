"""UI fixtures: synthetic sessions (tests/ui/synth.py) on a real ReplayController."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest
from synth import FakeResult, make_result, make_session

from replay.model.session import Device, Session
from replay.ui.controller import ReplayController


@pytest.fixture
def desktop_session() -> Session:
    """A 60 s desktop session with a rage burst at 20 s and a dead click at 40 s."""
    return make_session()


@pytest.fixture
def mobile_session() -> Session:
    """A 60 s mobile session rotating at 30 s and back at 36 s."""
    return make_session(device=Device.MOBILE)


@pytest.fixture
def desktop_result(desktop_session: Session) -> FakeResult:
    """Spikes at the rage burst and the dead click."""
    return make_result(desktop_session)


@pytest.fixture
def controller(
    qtbot: object, desktop_session: Session, desktop_result: FakeResult
) -> ReplayController:
    """A controller showing the desktop session (no library: tags in memory)."""
    ctl = ReplayController()
    ctl.set_session(desktop_session, result=desktop_result)
    yield ctl
    ctl.pause()
