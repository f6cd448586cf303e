"""The tag editor: category, severity, note and reviewer, all pickable by keyboard.

Keys: the category list has type-ahead (type "sl" for "Slow response"); 0-4 pick the
severity while the list has focus (Alt+0..Alt+4 anywhere); Tab moves to the note (Tab
leaves it again); Enter in the list, or Ctrl+Enter anywhere, saves; Esc cancels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from replay.model.tags import DEFAULT_SEVERITY, SEVERITY_SCALE, Category
from replay.ui.i18n import (
    category_description,
    category_label,
    severity_description,
    severity_name,
)
from replay.ui.theme import severity_colour

_SEVERITY_KEYS = {
    Qt.Key.Key_0: 0,
    Qt.Key.Key_1: 1,
    Qt.Key.Key_2: 2,
    Qt.Key.Key_3: 3,
    Qt.Key.Key_4: 4,
}


@dataclass(frozen=True, slots=True)
class TagChoice:
    """What the reviewer chose in the dialog."""

    category: str
    severity: int
    note: str
    reviewer: str


class TagDialog(QDialog):
    """Edit a tag's category, severity, note and reviewer.

    Parameters
    ----------
    categories : sequence of Category
        The active codebook entries, in order.
    title : str
        What is being tagged ("Tag at 0:16.1", "Tag 0:16.1-0:16.8").
    category, severity, note, reviewer
        Initial values (an existing tag's, or the last used).
    """

    def __init__(
        self,
        categories: Sequence[Category],
        *,
        title: str,
        category: str = "",
        severity: int = DEFAULT_SEVERITY,
        note: str = "",
        reviewer: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tagDialog")
        self.setWindowTitle(title)
        self.category_list = QListWidget(self)
        self.category_list.setObjectName("categoryList")
        for cat in categories:
            item = QListWidgetItem(category_label(cat.code, cat.label), self.category_list)
            item.setData(Qt.ItemDataRole.UserRole, cat.code)
            item.setToolTip(category_description(cat.code, cat.label, cat.description))
        self.category_list.setCurrentRow(max(0, self._row_of(category)))
        self.category_list.installEventFilter(self)
        # As tall as the codebook (up to 12 rows): no empty box below a short list.
        rows = min(max(self.category_list.count(), 3), 12)
        row_px = max(self.category_list.sizeHintForRow(0), 1)
        self.category_list.setFixedHeight(rows * row_px + 2 * self.category_list.frameWidth() + 4)
        self.heading = QLabel(title, self)
        self.heading.setObjectName("tagDialogHeading")
        heading_font = self.heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        self.heading.setFont(heading_font)

        self.severity_group = QButtonGroup(self)
        severity_row = QHBoxLayout()
        for level in SEVERITY_SCALE:
            button = QRadioButton(f"&{level.value} {severity_name(level.value)}", self)
            button.setToolTip(severity_description(level.value))
            colour = severity_colour(level.value).name()
            # Styling only :checked turned that one indicator into a bare square; every
            # state is styled as the same round dot, the chosen one filled with its colour.
            button.setStyleSheet(
                "QRadioButton::indicator { width: 12px; height: 12px; border-radius: 7px;"
                " border: 1px solid #80868B; background: white; }"
                f" QRadioButton::indicator:checked {{ background: {colour};"
                " border: 2px solid #3C4043; }"
            )
            self.severity_group.addButton(button, level.value)
            severity_row.addWidget(button)
        self.set_severity(severity)

        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("What happened? (any language)"))
        self.note_edit.setPlainText(note)
        self.note_edit.setFixedHeight(90)
        self.note_edit.installEventFilter(self)
        self.reviewer_edit = QLineEdit(reviewer, self)
        self.reviewer_edit.setObjectName("reviewerEdit")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.accept)

        form = QFormLayout()
        form.addRow(self.tr("&Category"), self.category_list)
        hint = QLabel(self.tr("Type to find a category; 0-4 set the severity."), self)
        hint.setEnabled(False)
        form.addRow("", hint)
        form.addRow(self.tr("Severity"), severity_row)
        form.addRow(self.tr("&Note"), self.note_edit)
        form.addRow(self.tr("&Reviewer"), self.reviewer_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)  # the title bar may be hidden (tiling WMs, Xvfb)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # Tab from the category list goes straight to the note (severity has its keys);
        # the checked severity button comes after the reviewer field.
        QWidget.setTabOrder(self.category_list, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.reviewer_edit)
        checked = self.severity_group.checkedButton()
        if checked is not None:
            QWidget.setTabOrder(self.reviewer_edit, checked)
        self.category_list.setFocus()
        self.resize(600, self.sizeHint().height())

    def _row_of(self, code: str) -> int:
        for row in range(self.category_list.count()):
            if self.category_list.item(row).data(Qt.ItemDataRole.UserRole) == code:
                return row
        return -1

    def set_category(self, code: str) -> None:
        """Select category ``code`` (no-op if unknown)."""
        row = self._row_of(code)
        if row >= 0:
            self.category_list.setCurrentRow(row)

    def set_severity(self, severity: int) -> None:
        """Check severity ``severity`` (0-4)."""
        button = self.severity_group.button(max(0, min(4, int(severity))))
        if button is not None:
            button.setChecked(True)

    def choice(self) -> TagChoice:
        """Return the values chosen."""
        item = self.category_list.currentItem()
        code = str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "other"
        return TagChoice(
            category=code,
            severity=max(0, self.severity_group.checkedId()),
            note=self.note_edit.toPlainText(),
            reviewer=self.reviewer_edit.text().strip(),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = Qt.Key(event.key())
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if watched is self.note_edit and ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()  # the text edit would take Ctrl+Enter as a new line
            return True
        if watched is self.category_list:
            if key in _SEVERITY_KEYS and not event.modifiers():
                self.set_severity(_SEVERITY_KEYS[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept()
                return True
        return super().eventFilter(watched, event)
