"""The Team menu's views on a real library: agreement, consensus pass, calibration, blind mode."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from replay.importers import import_file
from replay.signals import load_config
from replay.store import blind
from replay.store.library import Library
from replay.team.consensus import pending
from replay.ui.main_window import MainWindow
from replay.ui.team_agreement import AgreementDialog
from replay.ui.team_calibration import CalibrationDialog
from replay.ui.team_consensus import ConsensusDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

DEAD = "dev-dead-clicks-laptop.rrweb.json"


@pytest.fixture
def team_db(tmp_path: Path, rrweb_dir: Path) -> Path:
    """One real recording, tagged by alice and bob (3 units: 1 agreed, 2 disagreements)."""
    db = tmp_path / "team.sqlite"
    with Library.open(db) as lib:
        sid, _ = lib.add_session(import_file(rrweb_dir / DEAD))
        add = lib.tags.add
        add(sid, start_ms=3000, category="broken_link_or_button", reviewer="alice")
        add(sid, start_ms=9000, end_ms=12000, category="slow_response", reviewer="alice")
        add(sid, start_ms=3400, category="broken_link_or_button", reviewer="bob")
        add(sid, start_ms=11000, end_ms=13000, category="confusing_layout", reviewer="bob")
        add(sid, start_ms=20000, category="other", reviewer="bob", severity=3)
    return db


def _window(qtbot, settings, db: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(settings=settings, remember=False)
    qtbot.addWidget(window)
    assert window.open_library(db)
    return window


def test_agreement_view_shows_the_figures_and_jumps_to_a_disagreement(
    qtbot, app_settings, team_db: Path
) -> None:
    window = _window(qtbot, app_settings, team_db)
    dialog = window.team_menu.show_agreement()
    assert isinstance(dialog, AgreementDialog)
    qtbot.addWidget(dialog)
    figures = dialog.figures
    assert figures.item(0, 0).text() == "All categories"
    # units (broken, broken), (slow, confusing), (none, other): kappa (1/3 - 1/9) / (8/9)
    assert figures.item(0, 1).text() == "0.250"
    assert figures.item(0, 2).text() == "0.333"
    n = dialog.matrix.columnCount()
    labels = [dialog.matrix.verticalHeaderItem(i).text() for i in range(n)]
    assert labels[0] == "1 broken_link_or_button"
    assert labels[-1] == f"{n} none"
    assert dialog.matrix.horizontalHeaderItem(n - 1).toolTip() == "none"
    assert dialog.matrix.item(0, 0).text() == "1"  # broken_link_or_button agreed once
    assert dialog.disagreements.rowCount() == 2
    # a click on the disagreement opens the session at its start
    dialog.disagreements.cellDoubleClicked.emit(1, 0)
    assert window.controller.session_id == 1
    assert window.controller.t_ms == 20000
    # a tolerance too small to match 3000 and 3400 turns the agreed unit into two
    dialog.tolerance.setValue(100)
    assert dialog.disagreements.rowCount() == 4


def test_consensus_pass_records_decisions(qtbot, app_settings, team_db: Path) -> None:
    app_settings.reviewer = "lead"
    window = _window(qtbot, app_settings, team_db)
    dialog = window.team_menu.show_consensus()
    assert isinstance(dialog, ConsensusDialog)
    qtbot.addWidget(dialog)
    assert dialog.progress.text().startswith("Disagreement 1 of 2")
    dialog.choose("from", "bob")  # confusing_layout as bob tagged it
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.recorded == 1
    dialog.choose("no_problem")
    dialog.record()
    assert "No disagreements left" in dialog.where.text()
    with Library.open(team_db) as lib:
        assert pending(lib) == []
        consensus = lib.tags.list(origin="consensus")
    assert [(t.category, t.reviewer, t.start_ms) for t in consensus] == [
        ("confusing_layout", "lead", 11000)
    ]


def test_calibration_curve_and_apply(qtbot, app_settings, team_db: Path, tmp_path: Path) -> None:
    with Library.open(team_db) as lib:
        blind.mark_done(lib, 1, "alice")
    config = tmp_path / "user.toml"
    window = _window(qtbot, app_settings, team_db)
    dialog = CalibrationDialog(window.library, load_config(), apply_path=config, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.truth.findData("alice") >= 0
    dialog.truth.setCurrentIndex(dialog.truth.findData("alice"))
    curve = dialog.curve()
    assert curve is not None
    assert dialog.calibration is not None
    assert dialog.calibration.truth == "alice"
    # three curves (precision, recall, F1) with a point per swept value
    items = dialog.plot.getPlotItem().listDataItems()
    assert len(items) >= 2
    assert all(len(item.xData) <= len(curve.points) for item in items)
    assert "Truth: 2 tag(s) in 1 session(s)" in dialog.summary.text()
    if dialog.calibration.suggestions():
        assert dialog.apply() == config
        written = tomllib.loads(config.read_text(encoding="utf-8"))
        for section, keys in dialog.calibration.suggestions().items():
            assert written[section] == {**written[section], **keys}
    else:
        assert not dialog.apply_button.isEnabled()


def test_blind_mode_in_the_app(qtbot, app_settings, team_db: Path) -> None:
    app_settings.reviewer = "alice"
    window = _window(qtbot, app_settings, team_db)
    assert window.open_session(1)
    assert {t.reviewer for t in window.controller.tags} == {"alice", "bob"}
    window.team_menu.toggle_blind()
    assert {t.reviewer for t in window.controller.tags} == {"alice"}
    assert window.current_row().tag_count == 2  # the library list counts visible tags
    window.team_menu.toggle_done()
    assert {t.reviewer for t in window.controller.tags} == {"alice", "bob"}
    assert window.current_row().tag_count == 5
    window.team_menu._on_team_menu_about_to_show()
    assert window.team_menu.blind_action.isChecked()
    assert window.team_menu.done_action.isChecked()


def test_blind_mode_can_hide_the_detector_in_the_app(qtbot, app_settings, team_db: Path) -> None:
    with Library.open(team_db) as lib:
        blind.set_blind(lib, enabled=True, hide_spikes=True)
    app_settings.reviewer = "alice"
    window = _window(qtbot, app_settings, team_db)
    assert window.open_session(1)
    ctl = window.controller
    assert ctl.result is None
    assert ctl.spikes == []
    assert window.current_row().score is None
    assert {t.reviewer for t in ctl.tags} == {"alice"}
    window.team_menu.toggle_done()
    assert ctl.session_id == 1
    assert ctl.result is not None
    assert ctl.spikes
    assert window.current_row().score is not None
