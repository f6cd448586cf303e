"""The Team menu: agreement, consensus pass, calibration, blind mode and "done" (issue 16).

Kept apart from ``main_window.py``: the window adds this menu and calls
:meth:`TeamMenu.visible_rows` when it lists sessions; everything else lives here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from replay.errors import ReplayError
from replay.store import blind
from replay.ui.settings import default_reviewer

if TYPE_CHECKING:
    from replay.ui.main_window import MainWindow


class TeamMenu(QMenu):
    """The Team menu of the main window.

    Parameters
    ----------
    window : MainWindow
        The main window (its library, controller, settings and ``open_session``).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("teamMenu")
        self.setTitle(self.tr("Te&am"))
        self.window_ = window
        self.dialogs: list[QWidget] = []
        self.agreement_action = self._add(self.tr("&Agreement…"), self.show_agreement)
        self.consensus_action = self._add(self.tr("&Consensus pass…"), self.show_consensus)
        self.calibration_action = self._add(
            self.tr("Detector &calibration…"), self.show_calibration
        )
        self.addSeparator()
        self.blind_action = self._add(
            self.tr("&Blind mode (hide other reviewers' tags)"), self.toggle_blind
        )
        self.blind_action.setCheckable(True)
        self.blind_spikes_action = self._add(
            self.tr("Blind mode also hides the &detector's spikes"), self.toggle_blind_spikes
        )
        self.blind_spikes_action.setCheckable(True)
        self.done_action = self._add(
            self.tr("Mark session &done (show everyone's tags)"), self.toggle_done
        )
        self.done_action.setCheckable(True)
        self.aboutToShow.connect(self._on_team_menu_about_to_show)

    def _add(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @property
    def library(self) -> Any:
        """The window's open library (or None)."""
        return self.window_.library

    def reviewer(self) -> str:
        """Return the reviewer the review model tags and filters with (the settings' name)."""
        return str(self.window_.controller.reviewer)

    # -- blind mode (the review model filters tags and rows; see ReviewModel._reload_tags) --

    def _on_team_menu_about_to_show(self) -> None:
        has_library = self.library is not None
        for action in self.actions():
            action.setEnabled(has_library)
        if not has_library:
            return
        current = blind.settings(self.library)
        self.blind_action.setChecked(current.enabled)
        self.blind_spikes_action.setChecked(current.hide_spikes)
        self.blind_spikes_action.setEnabled(current.enabled)
        sid = self.window_.controller.session_id
        self.done_action.setEnabled(sid is not None)
        self.done_action.setChecked(
            sid is not None and self.reviewer() in blind.done_by(self.library, sid)
        )

    def _changed(self, *, reopen: bool = False) -> None:
        controller = self.window_.controller
        sid = controller.session_id
        hides = self.library is not None and blind.settings(self.library).hide_spikes
        if sid is not None and (hides or reopen):
            # the detector's findings appear or vanish with the done mark: show the session anew
            self.window_.open_session(sid, at_ms=controller.t_ms)
        else:
            controller.model.reload_tags()
        self.window_.refresh_library()

    def toggle_blind(self) -> None:
        """Switch blind mode of the open library."""
        if self.library is None:
            return
        on = not blind.settings(self.library).enabled
        blind.set_blind(self.library, enabled=on)
        self._changed()

    def toggle_blind_spikes(self) -> None:
        """Hide (or show) the detector's spikes too while blind mode is on."""
        if self.library is None:
            return
        current = blind.settings(self.library)
        blind.set_blind(self.library, enabled=current.enabled, hide_spikes=not current.hide_spikes)
        self._changed(reopen=True)

    def toggle_done(self) -> None:
        """Mark the open session done by this reviewer (or undo the mark)."""
        sid = self.window_.controller.session_id
        if self.library is None or sid is None:
            return
        name = self.reviewer()
        blind.mark_done(self.library, sid, name, done=name not in blind.done_by(self.library, sid))
        self._changed()

    # -- dialogs --
    def _keep(self, dialog: QWidget) -> QWidget:
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.show()
        return dialog

    def _jump(self, session_id: int, start_ms: int) -> None:
        self.window_.open_session(session_id, at_ms=start_ms)

    def show_agreement(self) -> QWidget | None:
        """Open the agreement view."""
        if self.library is None:
            return None
        from replay.ui.team_agreement import AgreementDialog

        dialog = AgreementDialog(self.library, parent=self.window_)
        dialog.jump_requested.connect(self._jump)
        return self._keep(dialog)

    def show_consensus(self) -> QWidget | None:
        """Open the consensus pass (the lead is the settings' reviewer)."""
        if self.library is None:
            return None
        from replay.ui.team_consensus import ConsensusDialog

        lead = self.reviewer() or default_reviewer()
        dialog = ConsensusDialog(self.library, lead, parent=self.window_)
        dialog.jump_requested.connect(self._jump)
        dialog.decided.connect(self._changed)
        return self._keep(dialog)

    def show_calibration(self) -> QWidget | None:
        """Open the calibration curves."""
        if self.library is None:
            return None
        from replay.signals import load_config
        from replay.ui.team_calibration import CalibrationDialog

        try:
            config = load_config()
        except ReplayError as exc:
            QMessageBox.warning(self.window_, self.tr("Detector calibration"), exc.one_line())
            return None
        return self._keep(CalibrationDialog(self.library, config, parent=self.window_))
