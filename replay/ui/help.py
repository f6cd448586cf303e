"""Help for the main window: the keyboard shortcuts dialog and the About text.

The shortcuts table is built from the menus, so it is never out of date.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
#: QT_TRANSLATE_NOOP marks them for lupdate; _tr translates them when the dialog is built.
WIDGET_KEYS: tuple[tuple[object, object, object], ...] = (
    (
        QT_TRANSLATE_NOOP("Help", "Library"),
        QT_TRANSLATE_NOOP("Help", "Enter / double-click"),
        QT_TRANSLATE_NOOP("Help", "Open the session"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Library"),
        QT_TRANSLATE_NOOP("Help", "Up / Down, Page Up / Page Down"),
        QT_TRANSLATE_NOOP("Help", "Move in the list"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Tags"),
        QT_TRANSLATE_NOOP("Help", "Enter / click"),
        QT_TRANSLATE_NOOP("Help", "Jump to the tag"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Tags"),
        QT_TRANSLATE_NOOP("Help", "Delete"),
        QT_TRANSLATE_NOOP("Help", "Delete the tag (Ctrl+Z brings it back)"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Tag editor"),
        QT_TRANSLATE_NOOP("Help", "type letters"),
        QT_TRANSLATE_NOOP("Help", "Find a category (type-ahead)"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Tag editor"),
        QT_TRANSLATE_NOOP("Help", "0 1 2 3 4 (Alt+0..4 anywhere)"),
        QT_TRANSLATE_NOOP("Help", "Severity"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Tag editor"),
        QT_TRANSLATE_NOOP("Help", "Tab, Enter / Ctrl+Enter, Esc"),
        QT_TRANSLATE_NOOP("Help", "Next field, save, cancel"),
    ),
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
        rows = shortcut_rows(menu_bar) + [
            (_tr(str(a)), _tr(str(b)), _tr(str(c))) for a, b, c in WIDGET_KEYS
        ]
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
    return QCoreApplication.translate(
        "Help",
        "<b>replay</b> {0}<br>Replay recorded user sessions, see where people got "
        "frustrated, tag it and export the findings.<br>Sessions stay on this computer.",
    ).format(version)
