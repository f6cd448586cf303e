"""The app opens a team library on PostgreSQL through its Open Library dialog (issue 18).

A real server (tests/pgserver.py): the address typed into the dialog's field opens the
library, its sessions are listed, and the settings keep the address (never a password).
An address with a password is refused in the dialog before anything connects or is stored.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from replay.cli import cli
from replay.store.target import PgTarget
from replay.ui.main_window import MainWindow
from replay.ui.settings import Settings

pytestmark = [
    pytest.mark.full,
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
]


def test_dialog_opens_a_postgresql_library_and_stores_no_password(
    qtbot, app_settings: Settings, pg_url: str, rrweb_files: list[Path], tmp_path: Path
) -> None:
    imported = CliRunner().invoke(
        cli, ["import", "--db", pg_url, str(rrweb_files[0]), str(rrweb_files[1])]
    )
    assert imported.exit_code == 0, imported.output
    local = tmp_path / "mine.sqlite"
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    assert window.open_library(local)
    window.show()
    qtbot.waitExposed(window)

    dialog = window.open_library_dialog()
    qtbot.waitExposed(dialog)
    assert dialog.text == str(local.absolute())  # the open library is offered first
    dialog.set_text(pg_url)
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert open_button.isEnabled()
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: isinstance(window.db_path, PgTarget))
    assert window.library is not None
    assert window.library.backend == "postgresql"
    qtbot.waitUntil(lambda: window.session_list.model.rowCount() == 2)
    dbname = pg_url.rsplit("/", 1)[1]
    assert dbname in window.windowTitle()
    # Remembered for the next start, as typed (no password to leave out).
    app_settings.sync()
    assert app_settings.last_library == PgTarget(pg_url)
    assert app_settings.recent_libraries[0] == PgTarget(pg_url)

    # A password in the address: refused in the dialog, nothing connects or is stored.
    again = window.open_library_dialog()
    qtbot.waitExposed(again)
    assert again.text == pg_url  # the open library first, then the recent ones
    again.set_text(pg_url.replace("replay_test@", "replay_test:hunter2@"))
    assert not again.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()
    assert again.problem.isVisible()
    assert "password in the address is refused" in again.problem.text()
    again.accept()  # even forced, it stays open and gives nothing
    assert again.isVisible()
    assert again.target() is None
    again.reject()
    app_settings.sync()
    text = Path(app_settings.q.fileName()).read_text(encoding="utf-8")
    assert "hunter2" not in text
    assert window.db_path == PgTarget(pg_url)


def test_dialog_still_opens_a_file(qtbot, app_settings: Settings, tmp_path: Path) -> None:
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    dialog = window.open_library_dialog()
    qtbot.waitExposed(dialog)
    target = tmp_path / "ห้องสมุด.sqlite"
    dialog.set_text(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: window.db_path == target)
    assert window.library is not None
    assert window.library.backend == "sqlite"
    assert target.exists()
