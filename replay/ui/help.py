"""Help for the main window: the keyboard shortcuts dialog and the About text.

The shortcuts table is built from the menus, so it is never out of date.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: Keys handled inside widgets rather than by menu actions.
WIDGET_KEYS: tuple[tuple[str, str, str], ...] = (
    ("Library", "Enter / double-click", "Open the session"),
    ("Library", "Up / Down, Page Up / Page Down", "Move in the list"),
    ("Tags", "Enter / click", "Jump to the tag"),
    ("Tags", "Delete", "Delete the tag (Ctrl+Z brings it back)"),
    ("Tag editor", "type letters", "Find a category (type-ahead)"),
    ("Tag editor", "0 1 2 3 4 (Alt+0..4 anywhere)", "Severity"),
    ("Tag editor", "Tab, Enter / Ctrl+Enter, Esc", "Next field, save, cancel"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def _clean(text: str) -> str:
    return text.replace("&", "").replace("…", "")


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """Return (menu, keys, action) for every menu action with a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, title)
                continue
            keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
            if keys and isinstance(action, QAction):
                rows.append((title, " / ".join(keys), _clean(action.text())))

    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _clean(top.text()))
    return rows


class ShortcutsDialog(QDialog):
    """A table of every keyboard shortcut: the menus' and the widgets' own keys."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(menu_bar) + [(_tr(a), _tr(b), _tr(c)) for a, b, c in WIDGET_KEYS]
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("Does")])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(640, 640)


def about_text(version: str) -> str:
    """Return the About box text."""
    return _tr(
        "<b>replay</b> {0}<br>Replay recorded user sessions, see where people got "
        "frustrated, tag it and export the findings.<br>Sessions stay on this computer."
    ).format(version)
