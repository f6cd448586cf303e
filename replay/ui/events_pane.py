"""The events pane: clicks, taps, page views, inputs, console errors, scrolls and rotations.

A thin view over :mod:`replay.review.event_list`. It can be searched (every word must match
the event's kind, target, label, URL or message) and filtered by kind; it follows the
playhead (the last event at or before it is selected and scrolled into view) and a click
or Enter jumps there. Inputs show the field and the text length, never the text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from replay.review.event_list import EVENT_KINDS, EventRow, row_at, search, session_events
from replay.ui.controller import ReplayController
from replay.ui.hits_pane import PANE_HEIGHT_PX, EnterTable
from replay.ui.tag_panel import format_t_ms

KIND_NAMES: dict[str, object] = {
    "click": QT_TRANSLATE_NOOP("EventsPane", "click"),
    "tap": QT_TRANSLATE_NOOP("EventsPane", "tap"),
    "page_view": QT_TRANSLATE_NOOP("EventsPane", "page view"),
    "input": QT_TRANSLATE_NOOP("EventsPane", "input"),
    "console_error": QT_TRANSLATE_NOOP("EventsPane", "console error"),
    "scroll": QT_TRANSLATE_NOOP("EventsPane", "scroll"),
    "rotation": QT_TRANSLATE_NOOP("EventsPane", "rotation"),
}


def kind_name(kind: str) -> str:
    """Return the translated name of an event kind."""
    return QCoreApplication.translate("EventsPane", str(KIND_NAMES.get(kind, kind)))


def describe(row: EventRow) -> str:
    """Return the translated one-line description of an event row (data left as recorded)."""
    target = row.target_tag + (f" “{row.target_label}”" if row.target_label else "")
    if row.target_tag == "#document":
        target = QCoreApplication.translate("EventsPane", "the page")
    target = target or QCoreApplication.translate("EventsPane", "an unknown element")
    n = row.numbers
    if row.kind in ("click", "tap"):
        return target
    if row.kind == "page_view":
        return row.text
    if row.kind == "input":
        if "checked" in n:
            state = (
                QCoreApplication.translate("EventsPane", "checked")
                if n["checked"]
                else QCoreApplication.translate("EventsPane", "unchecked")
            )
            return f"{target}: {state}"
        return QCoreApplication.translate("EventsPane", "{0}: {1} characters").format(
            target, int(n.get("length", 0))
        )
    if row.kind == "console_error":
        return row.text
    if row.kind == "scroll":
        return QCoreApplication.translate("EventsPane", "{0}: {1} px ({2} → {3} px)").format(
            target, int(n["distance_px"]), int(n["from_y_px"]), int(n["to_y_px"])
        )
    if row.kind == "rotation":
        if "to_deg" in n:
            return f"{int(n['from_deg'])}° → {int(n['to_deg'])}°"
        return f"{int(n['width_px'])}×{int(n['height_px'])} px"
    return target


class EventsPane(QWidget):
    """The open session's events; searchable, following the playhead, click to jump."""

    def __init__(self, controller: ReplayController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventsPane")
        self.controller = controller
        self.rows: list[EventRow] = []
        self.shown: list[EventRow] = []

        self.search = QLineEdit(self)
        self.search.setObjectName("eventsSearch")
        self.search.setPlaceholderText(self.tr("Search events (target, URL, message)…"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox(self)
        self.kind.setToolTip(self.tr("Show one kind of event only"))
        self.kind.addItem(self.tr("All events"), None)
        for kind in EVENT_KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.follow = QCheckBox(self.tr("Follow playhead"), self)
        self.follow.setChecked(True)
        self.follow.setToolTip(self.tr("Select the event at the playhead as the replay plays"))
        self.count = QLabel(self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        top.addWidget(self.follow)
        top.addWidget(self.count)

        self.table = EnterTable(0, 3, self)
        self.table.setObjectName("eventsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Event"), self.tr("What")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self)
        self.empty.setObjectName("eventsEmpty")
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

        self.search.textChanged.connect(self._refill)
        self.kind.currentIndexChanged.connect(self._refill)
        self.table.cellClicked.connect(lambda row, _col: self.jump_to(row))
        self.table.activated_row.connect(self.jump_to)
        controller.session_loaded.connect(self._on_session_loaded)
        controller.time_changed.connect(self._on_time_changed)
        self._on_session_loaded(None)

    def sizeHint(self) -> QSize:
        """Ask the dock for a short pane: the table scrolls (its own hint is ~260 px)."""
        return QSize(super().sizeHint().width(), PANE_HEIGHT_PX)

    def _on_session_loaded(self, _session: object) -> None:
        session = self.controller.session
        self.rows = session_events(session) if session is not None else []
        self._refill()

    def set_kind_filter(self, kind: str | None) -> None:
        """Show only events of ``kind`` (None: all)."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def _refill(self) -> None:
        kind = self.kind.currentData()
        self.shown = search(self.rows, self.search.text(), kinds=None if kind is None else [kind])
        self.table.setRowCount(len(self.shown))
        for r, row in enumerate(self.shown):
            text = describe(row)
            cells = (format_t_ms(row.start_ms), kind_name(row.kind), text)
            for c, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setToolTip(text)
                if c == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.count.setText(self.tr("{0} of {1}").format(len(self.shown), len(self.rows)))
        if self.controller.session is None:
            self.empty.setText(self.tr("Open a session to list its events."))
        elif not self.rows:
            self.empty.setText(self.tr("This recording has no clicks, inputs or page events."))
        elif not self.shown:
            self.empty.setText(self.tr("No events match the search."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))
        self._on_time_changed(self.controller.t_ms)

    def _on_time_changed(self, t_ms: int) -> None:
        if not self.follow.isChecked() or not self.shown:
            return
        r = row_at(self.shown, t_ms)
        if r is None:
            self.table.clearSelection()
            return
        if r != self.table.currentRow():
            self.table.blockSignals(True)
            self.table.selectRow(r)
            self.table.blockSignals(False)
            self.table.scrollTo(
                self.table.model().index(r, 0), QAbstractItemView.ScrollHint.EnsureVisible
            )

    def jump_to(self, shown_row: int) -> None:
        """Seek to the event shown at ``shown_row``."""
        if 0 <= shown_row < len(self.shown):
            self.controller.seek(self.shown[shown_row].start_ms)
