"""The page view in the app: the stage draws the recorded page; W hides it (issue 12).

Heavy (Qt WebEngine): ``full``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from replay.importers import import_file
from replay.store.library import Library
from replay.ui.main_window import MainWindow
from replay.ui.settings import Settings

pytestmark = pytest.mark.full


@pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")
def test_stage_shows_the_page_follows_time_and_toggles(
    qtbot: Any, tmp_path: Path, rrweb_dir: Path, balabit_files: list[Path]
) -> None:
    db = tmp_path / "lib.sqlite"
    with Library.open(db) as library:
        multi, _ = library.add_session(import_file(rrweb_dir / "dev-quick-back-laptop.rrweb.json"))
        mouse, _ = library.add_session(import_file(balabit_files[0]))
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings, remember=False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    assert window.open_library(db)
    window.show()
    assert window.open_session(multi, at_ms=3000)
    layer, canvas = window.replay_view.page_layer, window.replay_view.canvas
    assert layer.available
    layer.wait_idle()
    first = canvas.page_image
    assert first is not None
    assert not first.isNull()
    # The playhead moves to another page: the stage follows.
    window.replay_view._controller.seek(20_000)
    qtbot.waitUntil(lambda: canvas.page_image is not first, timeout=60_000)
    layer.wait_idle()
    assert layer._renderer.painted_frame.href != ""
    # W (View > Show the recorded page) hides it, and again shows it.
    window.toggle_page()
    assert not window.page_action.isChecked()
    assert canvas.page_image is None
    window.toggle_page()
    layer.wait_idle()
    assert canvas.page_image is not None
    # A mouse log has no page: the plain stage.
    assert window.open_session(mouse)
    assert not layer.available
    assert canvas.page_image is None
    window.close()


@pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")
def test_a_broken_page_says_why_and_the_replay_works(
    qtbot: Any, tmp_path: Path, rrweb_dir: Path
) -> None:
    events = json.loads((rrweb_dir / "dev-dead-clicks-laptop.rrweb.json").read_bytes())
    for event in events:
        if event["type"] == 2:
            event["data"]["node"] = {"type": 0, "childNodes": "not a list"}
    path = tmp_path / "broken-dom.rrweb.json"
    path.write_text(json.dumps(events), encoding="utf-8")
    db = tmp_path / "lib.sqlite"
    with Library.open(db) as library:
        sid, _ = library.add_session(import_file(path))
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings, remember=False)
    qtbot.addWidget(window)
    assert window.open_library(db)
    window.show()
    assert window.open_session(sid, at_ms=10_000)
    canvas = window.replay_view.canvas
    assert not window.replay_view.page_layer.available
    assert canvas.page_image is None
    assert "The page cannot be shown" in canvas._page_note
    assert "FullSnapshot" in canvas._page_note
    image = canvas.render_to_image(10_000, (800, 500))
    assert not image.isNull()  # cursor, trail and labels are drawn as before
    window.close()
