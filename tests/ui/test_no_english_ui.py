"""In Thai, Korean and Chinese no user-visible English is left (data excepted).

The main window with a session open, its menus and docks, the tag editor, the export
dialog and the shortcuts table are walked; every label, button, action, tooltip,
placeholder, header, combo item and lane title is checked for English words. Data is
exempt: table cells (sessions, events; the hits' reasons are checked), paths, URLs,
element ids, key names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
    QTableView,
    QWidget,
)

from replay.importers import import_file
from replay.signals import detect
from replay.store.library import Library
from replay.store.results import save_result
from replay.ui.i18n import install_translator
from replay.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

#: Words that are the same in every UI language: key names, units, formats, product names.
ALLOWED = {
    "replay", "ctrl", "shift", "alt", "del", "delete", "enter", "return", "esc", "space",
    "home", "end", "pgup", "pgdown", "left", "right", "up", "down", "tab", "backspace",
    "ins", "url", "csv", "utf", "bom", "excel", "rrweb", "jsonl", "posthog", "dom",
    "balabit", "native", "mouselog", "px", "ms", "fps", "png", "sqlite", "libreoffice",
    "english", "nielsen",
}  # fmt: skip
_DATA = re.compile(r"\S*[/\\#:@_]\S*|\S+\.\w{2,5}\b|\b[A-Z][a-z]?\+\S*")


def test_the_check_can_fail() -> None:
    assert english_words("Open a session to see why") == ["Open", "session", "see", "why"]
    assert english_words("ไฟล์ /tmp/lib.sqlite Ctrl+Shift+K button#add-p2 1280x720 px") == []


def english_words(text: str) -> list[str]:
    """Return the English-looking words of ``text`` (paths, ids, URLs and keys removed)."""
    text = re.sub(r"<[^>]*>|&\w+;|&#\d+;", " ", text)  # rich text markup
    text = text.replace("&", "")
    text = _DATA.sub(" ", text)
    return [w for w in re.findall(r"[A-Za-z]{3,}", text) if w.lower() not in ALLOWED]


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    for w in [root, *root.findChildren(QWidget)]:
        name = type(w).__name__ + ":" + w.objectName()
        if w.toolTip():  # the "cannot be judged" tooltip too: the detectors' sentences
            yield name + ".toolTip", w.toolTip()
        if isinstance(w, QLabel):
            yield name, w.text()
        if isinstance(w, QAbstractButton):
            yield name, w.text()
        if isinstance(w, QLineEdit):
            yield name + ".placeholder", w.placeholderText()
        if isinstance(w, QGroupBox):
            yield name, w.title()
        if isinstance(w, QDockWidget):
            yield name, w.windowTitle()
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield name, w.tabText(i)
        if isinstance(w, QComboBox) and w.objectName() not in ("languageCombo",):
            for i in range(w.count()):
                yield name, w.itemText(i)
        if isinstance(w, QTableView) and w.objectName() == "hitsTable":
            # the hits' reasons are sentences of the app, translated (their element ids,
            # URLs and console messages are data, removed by english_words)
            from replay.ui.hits_pane import COLUMNS

            model = w.model()
            for r in range(model.rowCount()):
                index = model.index(r, COLUMNS.index("reason"))
                yield name + ".reason", str(model.data(index) or "")
                yield (
                    name + ".reasonTip",
                    str(model.data(index, pg.QtCore.Qt.ItemDataRole.ToolTipRole) or ""),
                )
        if isinstance(w, QTableView):
            model = w.model()
            for c in range(model.columnCount()):
                yield (
                    name + ".header",
                    str(model.headerData(c, pg.QtCore.Qt.Orientation.Horizontal) or ""),
                )
        if isinstance(w, QListWidget) and w.objectName() == "categoryList":
            for i in range(w.count()):
                yield name, w.item(i).text()
                yield name + ".toolTip", w.item(i).toolTip()
        if isinstance(w, QMenu):
            for a in w.actions():
                yield name + ".action", a.text()
                if a.toolTip() != a.text().replace("&", ""):
                    yield name + ".actionTip", a.toolTip()
        for a in w.actions():
            yield name + ".action", a.text()


@pytest.fixture
def library(tmp_path: Path, rrweb_dir: Path) -> Path:
    db = tmp_path / "lib.sqlite"
    with Library.open(db) as lib:
        session = import_file(rrweb_dir / "dev-rage-desktop-wide.rrweb.json")
        sid, _ = lib.add_session(session)
        save_result(lib, sid, detect(session))
    return db


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    code = request.param
    assert install_translator(qapp, code) == code
    yield code
    install_translator(qapp, "en")


@pytest.mark.parametrize("language", ["th", "ko", "zh_TW", "en"], indirect=True)
def test_no_english_left(qtbot, app_settings, library: Path, language: str) -> None:
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    assert window.open_library(library)
    window.resize(1280, 720)
    window.show()
    assert window.open_session(1)
    window.controller.seek(16_100)
    window.controller.tag_at_playhead(category="broken_link_or_button", severity=4)
    found: list[tuple[str, str, list[str]]] = []
    roots: list[QWidget] = [window]
    export = window.show_export_dialog()
    if export is not None:
        roots.append(export)
    dialog = window.tag_panel.tag_here()
    if dialog is not None:
        roots.append(dialog)
    roots.append(window.show_shortcuts())
    for root in roots:
        for where, text in _texts(root):
            words = english_words(text)
            if words:
                found.append((where, text, words))
    # lane titles and notes drawn in the timelines
    for plot in window.replay_view.timelines.plots.values():
        for item in [*plot.items, *plot.vb.allChildren()]:
            if isinstance(item, pg.TextItem) and english_words(item.toPlainText()):
                found.append(("timelines", item.toPlainText(), english_words(item.toPlainText())))
    for root in roots[1:]:
        root.close()
    if language == "en":  # the same walk finds English in English: the check can fail
        assert len(found) > 50
        return
    assert not found, "\n".join(f"{w}: {t!r} {e}" for w, t, e in found[:40])
