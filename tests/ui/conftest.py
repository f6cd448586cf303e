"""UI fixtures: synthetic sessions (tests/ui/synth.py) on a real ReplayController."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest
from synth import FakeResult, make_result, make_session

from replay.model.session import Device, Session
from replay.ui.controller import ReplayController

#: The offscreen platform plugin says this whenever a top-level window is shown; it is
#: about the plugin, not about replay, so it alone is let through qt_log_level_fail.
OFFSCREEN_NOISE = r"^This plugin does not support propagateSizeHints\(\)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ignore the offscreen plugin's propagateSizeHints warning in UI tests."""
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


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


# --- app shell fixtures (main window, tag panel, workflow) -------------------------------


@pytest.fixture
def app_settings(tmp_path):
    """Settings in a temp INI file, so tests never touch the user's own settings."""
    from PySide6.QtCore import QSettings

    from replay.ui.settings import Settings

    return Settings(
        QSettings(str(tmp_path / "settings" / "replay.ini"), QSettings.Format.IniFormat)
    )


@pytest.fixture
def type_text():
    """Return a function typing any text into a widget as an input method commits it.

    QTest's keyClicks only knows ASCII; Thai, Korean and Chinese arrive through an input
    method as a commit string, which is what this sends.
    """
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    def type_into(widget, text: str) -> None:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)

    return type_into
