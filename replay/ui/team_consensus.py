"""The consensus pass in the app: one disagreement at a time, the lead picks what stands.

The same core as ``replay consensus`` (:mod:`replay.team.consensus`): for the disagreement
shown, the lead takes one reviewer's tag, records another category over the span, or says
"no problem"; Skip leaves it for later. "Show in replay" emits :attr:`jump_requested`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from replay.errors import ReplayError
from replay.team.agreement import Unit
from replay.team.consensus import categories, decide, describe_value, pending
from replay.ui.team_agreement import clock


class ConsensusDialog(QDialog):
    """Walk the library's pending disagreements; record the lead's decisions.

    Parameters
    ----------
    library : Library
        The open library.
    lead : str
        The lead's name (recorded on each decision and consensus tag).
    """

    #: (session id, start ms) to show in the replay.
    jump_requested = Signal(int, int)
    #: Emitted after each recorded decision (tags may have changed).
    decided = Signal()

    def __init__(self, library: Any, lead: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consensusDialog")
        self.setWindowTitle(self.tr("Consensus pass"))
        self.library = library
        self.lead = lead
        self.units: list[Unit] = []
        self.index = 0
        self.recorded = 0

        self.progress = QLabel(self)
        self.progress.setObjectName("consensusProgress")
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.choice_box = QVBoxLayout()
        self.choices = QButtonGroup(self)
        self.category = QComboBox(self)
        self.category.setObjectName("consensusCategory")
        for cat in categories(library):
            self.category.addItem(cat.label, cat.code)

        self.record_button = QPushButton(self.tr("&Record"), self)
        self.record_button.setObjectName("consensusRecord")
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self.record)
        self.skip_button = QPushButton(self.tr("&Skip"), self)
        self.skip_button.clicked.connect(self.skip)
        self.show_button = QPushButton(self.tr("Show in &replay"), self)
        self.show_button.clicked.connect(self._on_show_button_clicked)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (self.show_button, self.skip_button, self.record_button, close):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.where)
        layout.addLayout(self.choice_box)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(640, 360)
        self.reload()

    def reload(self) -> None:
        """Fetch the pending disagreements again and show the first."""
        try:
            self.units = pending(self.library)
        except ReplayError as exc:
            self.units = []
            self.where.setText(exc.one_line())
        self.index = 0
        self._show()

    @property
    def unit(self) -> Unit | None:
        """The disagreement shown, or None when none is left."""
        return self.units[self.index] if self.index < len(self.units) else None

    def _clear_choices(self) -> None:
        for button in self.choices.buttons():
            self.choices.removeButton(button)
            button.deleteLater()
        while self.choice_box.count():
            item = self.choice_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.category:
                widget.deleteLater()

    def _show(self) -> None:
        self._clear_choices()
        unit = self.unit
        left = len(self.units) - self.index
        self.progress.setText(
            self.tr("Disagreement {0} of {1} ({2} recorded)").format(
                min(self.index + 1, len(self.units)), len(self.units), self.recorded
            )
        )
        for b in (self.record_button, self.skip_button, self.show_button):
            b.setEnabled(unit is not None)
        if unit is None:
            self.where.setText(self.tr("No disagreements left to settle.") if left <= 0 else "")
            self.category.setVisible(False)
            return
        sides = "\n".join(f"  {r}: {describe_value(unit, r)}" for r in unit.values)
        self.where.setText(
            self.tr("Session #{0}, {1}–{2}").format(
                unit.session_id, clock(unit.start_ms), clock(unit.end_ms)
            )
            + "\n"
            + sides
        )
        for i, reviewer in enumerate(unit.tags):
            button = QRadioButton(
                self.tr("{0} as {1} tagged it").format(unit.tags[reviewer].category, reviewer),
                self,
            )
            button.setProperty("choice", ("from", reviewer))
            button.setChecked(i == 0)
            self.choices.addButton(button)
            self.choice_box.addWidget(button)
        other_choice = QRadioButton(self.tr("Another category over the whole span:"), self)
        other_choice.setProperty("choice", ("category", ""))
        no_problem = QRadioButton(self.tr("No problem here"), self)
        no_problem.setObjectName("consensusNoProblem")
        no_problem.setProperty("choice", ("no_problem", ""))
        row = QHBoxLayout()
        row.addWidget(other_choice)
        row.addWidget(self.category, 1)
        holder = QWidget(self)
        holder.setLayout(row)
        for choice in (other_choice, no_problem):
            self.choices.addButton(choice)
        self.choice_box.addWidget(holder)
        self.choice_box.addWidget(no_problem)
        self.category.setVisible(True)

    def choose(self, kind: str, value: str = "") -> None:
        """Select a choice programmatically (tests, keyboard): ``from``/``category``/``no_problem``."""
        for button in self.choices.buttons():
            if button.property("choice") == (kind, value) or (
                kind == "category" and button.property("choice")[0] == "category"
            ):
                button.setChecked(True)
                if kind == "category" and value:
                    self.category.setCurrentIndex(self.category.findData(value))
                return

    def record(self) -> None:
        """Record the chosen decision for the disagreement shown, then show the next."""
        unit = self.unit
        button = self.choices.checkedButton()
        if unit is None or button is None:
            return
        kind, value = button.property("choice")
        try:
            if kind == "no_problem":
                decide(self.library, unit, lead=self.lead, decision="no_problem")
            elif kind == "from":
                decide(self.library, unit, lead=self.lead, decision="tag", from_reviewer=value)
            else:
                decide(
                    self.library,
                    unit,
                    lead=self.lead,
                    decision="tag",
                    category=str(self.category.currentData()),
                    start_ms=unit.start_ms,
                    end_ms=unit.end_ms if unit.end_ms != unit.start_ms else None,
                )
        except ReplayError as exc:
            self.where.setText(exc.one_line())
            return
        self.recorded += 1
        self.decided.emit()
        self.index += 1
        self._show()

    def skip(self) -> None:
        """Leave the disagreement shown for later."""
        self.index += 1
        self._show()

    def _on_show_button_clicked(self) -> None:
        unit = self.unit
        if unit is not None:
            self.jump_requested.emit(unit.session_id, unit.start_ms)
