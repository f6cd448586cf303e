"""The export dialog: which sessions, which tags, where; writes through ``export_tags``.

The CSV itself (columns, BOM, quoting, formula neutralising, atomic write) is the core's
job (``replay.export``, issue 4); this dialog only gathers the choices and shows the
result: the row count and the path.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from replay.errors import ReplayError
from replay.model.tags import Category
from replay.store.library import Library
from replay.ui.i18n import category_label

SCOPES = ("session", "selected", "all")


class ExportDialog(QDialog):
    """Choose scope (this session / the selected sessions / all), filters and the file.

    Parameters
    ----------
    library : Library
        The open library.
    current_session_id : int or None
        The session open in the replay ("this session").
    selected_session_ids : sequence of int
        Sessions selected in the library list.
    reviewer : str
        Offered as the reviewer filter's example (the filter starts empty: everyone).
    """

    def __init__(
        self,
        library: Library,
        *,
        current_session_id: int | None,
        selected_session_ids: Sequence[int],
        reviewer: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export findings to CSV"))
        self.library = library
        self.current_session_id = current_session_id
        self.selected_session_ids = list(selected_session_ids)
        self.rows_written: int | None = None

        self.scope_group = QButtonGroup(self)
        scope_box = QVBoxLayout()
        for i, (key, text) in enumerate(
            (
                ("session", self.tr("&This session")),
                ("selected", self.tr("The &selected sessions ({0})")),
                ("all", self.tr("&All sessions")),
            )
        ):
            button = QRadioButton(text.format(len(self.selected_session_ids)), self)
            button.setObjectName(f"scope_{key}")
            self.scope_group.addButton(button, i)
            scope_box.addWidget(button)
        self.scope_group.button(0).setEnabled(current_session_id is not None)
        self.scope_group.button(1).setEnabled(bool(self.selected_session_ids))
        self.scope_group.button(0 if current_session_id is not None else 2).setChecked(True)

        self.reviewer_edit = QLineEdit(self)
        self.reviewer_edit.setPlaceholderText(self.tr("everyone (e.g. {0})").format(reviewer))
        self.category_combo = QComboBox(self)
        self.category_combo.addItem(self.tr("All categories"), "")
        for category in _categories(library):
            self.category_combo.addItem(
                category_label(category.code, category.label), category.code
            )
        self.spikes_check = QCheckBox(self.tr("Include untagged detected &spikes"), self)
        self.bom_check = QCheckBox(self.tr("UTF-8 with &BOM (for Excel)"), self)
        self.bom_check.setChecked(True)
        self.path_edit = QLineEdit(str(Path.home() / "replay-findings.csv"), self)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("exportResult")
        self.result_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Sessions"), scope_box)
        form.addRow(self.tr("&Reviewer"), self.reviewer_edit)
        form.addRow(self.tr("&Category"), self.category_combo)
        form.addRow("", self.spikes_check)
        form.addRow("", self.bom_check)
        # addRow(text, layout) gives the label no buddy, and a QLabel without a buddy
        # shows its "&" literally ("&File"): the label points at the path field.
        self.file_label = QLabel(self.tr("&File"), self)
        self.file_label.setBuddy(self.path_edit)
        form.addRow(self.file_label, path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.resize(560, 360)

    def scope(self) -> str:
        """Return ``"session"``, ``"selected"`` or ``"all"``."""
        return SCOPES[max(0, self.scope_group.checkedId())]

    def set_scope(self, scope: str) -> None:
        """Choose a scope by name."""
        self.scope_group.button(SCOPES.index(scope)).setChecked(True)

    def session_ids(self) -> list[int] | None:
        """Return the sessions to export (None = all)."""
        scope = self.scope()
        if scope == "session" and self.current_session_id is not None:
            return [self.current_session_id]
        if scope == "selected":
            return list(self.selected_session_ids)
        return None

    def export(self) -> int | None:
        """Write the CSV; show and return the row count (None on failure)."""
        from replay.export import export_tags

        path = Path(self.path_edit.text().strip()).expanduser()
        try:
            count = export_tags(
                self.library,
                path=path,
                session_ids=self.session_ids(),
                reviewer=self.reviewer_edit.text().strip() or None,
                category=str(self.category_combo.currentData() or "") or None,
                include_spikes=self.spikes_check.isChecked(),
                bom=self.bom_check.isChecked(),
            )
        except ReplayError as exc:
            self.result_label.setText(self.tr("Not exported: {0}").format(exc.one_line()))
            return None
        self.rows_written = int(count)
        self.result_label.setText(self.tr("{0} rows written to {1}").format(count, path))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        return self.rows_written

    def _on_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), self.path_edit.text(), self.tr("CSV (*.csv)")
        )
        if path:
            self.path_edit.setText(path if path.lower().endswith(".csv") else path + ".csv")


def _categories(library: Library) -> list[Category]:

    return list(library.tags.categories(include_inactive=True))
