"""The Open Library dialog: a library file, or a team library on a PostgreSQL server.

One editable field takes what ``--db`` takes: a file path (the "Choose file…" button beside
it fills it in) or a PostgreSQL address (``postgresql://user@host/dbname``,
``postgresql://?service=team``). Recent libraries are in its drop-down list. An address
with a password is refused here, before anything connects or is stored: the password
belongs in a service file, ``~/.pgpass`` or the keyring (docs/postgresql.md).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from replay.store.target import PgTarget, is_postgres, parse_target


class OpenLibraryDialog(QDialog):
    """Choose a library: a file, or a PostgreSQL address (never with a password)."""

    def __init__(
        self,
        current: Path | PgTarget | None,
        recent: list[Path | PgTarget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openLibraryDialog")
        self.setWindowTitle(self.tr("Open or create a library"))
        self._target: Path | PgTarget | None = None

        self.intro = intro = QLabel(
            self.tr(
                "A library file on this computer, or a team library on a PostgreSQL "
                "server (postgresql://user@host/dbname or postgresql://?service=NAME)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.field = QComboBox(self)
        self.field.setObjectName("libraryField")
        self.field.setEditable(True)
        self.field.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.field.setMinimumContentsLength(48)
        seen: set[str] = set()
        for item in [current, *recent]:
            text = "" if item is None else str(item)
            if text and text not in seen:
                seen.add(text)
                self.field.addItem(text)
        self.field.setCurrentIndex(0 if seen else -1)
        line = self.field.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("library file or postgresql://user@host/dbname"))
        line.textChanged.connect(self._check)
        self.choose = QPushButton(self.tr("Choose file…"), self)
        self.choose.setObjectName("chooseLibraryFile")
        self.choose.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.choose)

        self.hint = hint = QLabel(
            self.tr(
                "No password here: libpq finds it in your service file, ~/.pgpass or the "
                "system keyring."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.problem = QLabel(self)
        self.problem.setObjectName("libraryProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel,
            Qt.Orientation.Horizontal,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._check()

    @property
    def text(self) -> str:
        """What the field holds now, trimmed."""
        return self.field.currentText().strip()

    def set_text(self, text: str) -> None:
        """Put ``text`` into the field (as typing it would)."""
        self.field.setEditText(text)

    def target(self) -> Path | PgTarget | None:
        """Return the chosen library once the dialog was accepted (else None)."""
        return self._target

    def _problem(self) -> str | None:
        text = self.text
        if not text:
            return ""
        if is_postgres(text):
            from replay.store import pgurl

            if pgurl.has_password(text):
                return self.tr(
                    "A password in the address is refused (it would be stored in the "
                    "settings): put it in a service file, ~/.pgpass or the system keyring."
                )
        return None

    def _check(self) -> None:
        problem = self._problem()
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))
        # Word-wrapped labels need their height for the dialog's width (not one line's).
        for label in (self.intro, self.hint, self.problem):
            label.setMinimumHeight(max(0, label.heightForWidth(max(self.width(), 560) - 24)))
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(problem is None)

    def _choose_file(self) -> None:
        start = self.text if self.text and not is_postgres(self.text) else ""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Open or create a library"),
            start,
            self.tr("Libraries (*.sqlite *.db *.replay);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.set_text(path)

    def accept(self) -> None:
        """Keep the chosen library (refused while the field has a problem)."""
        if self._problem() is not None:
            return
        target = parse_target(self.text)
        self._target = target if isinstance(target, PgTarget) else target.expanduser()
        super().accept()
