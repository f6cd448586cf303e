"""The hits pane: every hit of the open session with its reason, and what cannot be judged.

A thin view over :mod:`replay.review.hits`: one row per hit (signal, time, target, reason
with its numbers, strength, tagged or not); click or Enter jumps the playhead to the hit's
first event. A signal filter narrows the list. Below it, the signals this recording cannot
support are listed with why ("no console log recorded").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from replay.review.hits import HitRow, filter_rows, hit_rows, unjudgeable
from replay.ui.controller import ReplayController
from replay.ui.i18n import signal_name
from replay.ui.reasons import cannot_judge_text, translate_reason
from replay.ui.tag_panel import format_span
from replay.ui.theme import signal_colour

#: Short, translated reasons a signal cannot be judged (codes of replay.review.hits).
WHY_TEXT: dict[str, object] = {
    "no_console": QT_TRANSLATE_NOOP("HitsPane", "no console log recorded"),
    "no_dom": QT_TRANSLATE_NOOP("HitsPane", "no page structure (DOM) recorded"),
    "no_clicks": QT_TRANSLATE_NOOP("HitsPane", "no clicks or taps recorded"),
    "no_pointer": QT_TRANSLATE_NOOP("HitsPane", "no pointer positions recorded"),
    "no_inputs": QT_TRANSLATE_NOOP("HitsPane", "no form input recorded"),
    "no_navigation": QT_TRANSLATE_NOOP("HitsPane", "no page navigation recorded"),
    "no_scroll": QT_TRANSLATE_NOOP("HitsPane", "no scrolling recorded"),
    "no_viewport": QT_TRANSLATE_NOOP("HitsPane", "no viewport sizes recorded"),
    "near_end": QT_TRANSLATE_NOOP(
        "HitsPane", "some clicks are too close to the end of the recording to judge"
    ),
    "other": QT_TRANSLATE_NOOP("HitsPane", "not enough data in this recording"),
}
COLUMNS = ("signal", "time", "target", "reason", "strength", "tagged")


def why_text(code: str) -> str:
    """Return the translated short reason for a 'cannot judge' code."""
    text = WHY_TEXT.get(code, WHY_TEXT["other"])
    return QCoreApplication.translate("HitsPane", str(text))


#: The height the pane asks for under the replay (the main window's dock default).
PANE_HEIGHT_PX = 190


class EnterTable(QTableWidget):
    """A pane's read-only row list where Enter on a row jumps like a click (hits, events).

    One row selected at a time, no editing, no horizontal scroll bar or row numbers.
    """

    activated_row = Signal(int)

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.setMinimumHeight(60)  # the dock may be short: the table scrolls

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.activated_row.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class HitsPane(QWidget):
    """Every hit of the controller's session; a click or Enter seeks to the hit."""

    def __init__(self, controller: ReplayController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hitsPane")
        self.controller = controller
        self.rows: list[HitRow] = []
        self.shown: list[HitRow] = []

        self.filter = QComboBox(self)
        self.filter.setObjectName("hitsSignalFilter")
        self.filter.setToolTip(self.tr("Show the hits of one signal only"))
        self.uncovered = QCheckBox(self.tr("Untagged only"), self)
        self.uncovered.setToolTip(self.tr("Hide hits a reviewer's tag already covers"))
        self.count = QLabel(self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter, 1)
        top.addWidget(self.uncovered)
        top.addWidget(self.count)

        self.table = EnterTable(0, len(COLUMNS), self)
        self.table.setObjectName("hitsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Signal"),
                self.tr("Time"),
                self.tr("Target"),
                self.tr("Why"),
                self.tr("Strength"),
                self.tr("Tagged"),
            ]
        )
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS)):
            mode = QHeaderView.ResizeMode.ResizeToContents
            if COLUMNS[col] == "reason":
                mode = QHeaderView.ResizeMode.Stretch
            elif COLUMNS[col] == "target":
                mode = QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(col, mode)
        header.resizeSection(COLUMNS.index("target"), 160)
        self.empty = QLabel(self)
        self.empty.setObjectName("hitsEmpty")
        self.empty.setWordWrap(True)
        self.cannot = QLabel(self)
        self.cannot.setObjectName("hitsCannotJudge")
        self.cannot.setWordWrap(True)
        self.cannot.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.cannot)

        self.filter.currentIndexChanged.connect(self._refill)
        self.uncovered.toggled.connect(self._refill)
        self.table.cellClicked.connect(lambda row, _col: self.jump_to(row))
        self.table.activated_row.connect(self.jump_to)
        controller.session_loaded.connect(self._on_session_loaded)
        controller.tags_changed.connect(self.reload)
        self._on_session_loaded(None)

    def sizeHint(self) -> QSize:
        """Ask the dock for a short pane: the table scrolls (its own hint is ~260 px)."""
        return QSize(super().sizeHint().width(), PANE_HEIGHT_PX)

    # -- data --
    def _on_session_loaded(self, _session: object) -> None:
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All signals"), None)
        result = self.controller.result
        hits = list(getattr(result, "hits", ()) or ())
        for signal in sorted({h.signal for h in hits}, key=signal_name):
            self.filter.addItem(signal_name(signal), signal)
        self.filter.blockSignals(False)
        # One line: signals grouped by reason ("dead click, slow click: no page structure
        # (DOM) recorded; error click: no console log recorded"), so the table keeps room.
        groups: dict[str, list[str]] = {}
        for u in unjudgeable(result):
            groups.setdefault(why_text(u.code), []).append(signal_name(u.signal))
        lines = [
            self.tr("{0}: {1}").format(", ".join(names), why) for why, names in groups.items()
        ]
        self.cannot.setText(
            self.tr("Cannot be judged on this recording:") + " " + "; ".join(lines)
            if lines
            else ""
        )
        self.cannot.setToolTip("\n".join(cannot_judge_text(u.detail) for u in unjudgeable(result)))
        self.cannot.setVisible(bool(lines))
        self.reload()

    def reload(self) -> None:
        """Rebuild the rows from the controller's result and tags (tags change coverage)."""
        hits = list(getattr(self.controller.result, "hits", ()) or ())
        self.rows = hit_rows(hits, self.controller.tags)
        self._refill()

    def set_signal_filter(self, signal: str | None) -> None:
        """Show only ``signal`` (None: all)."""
        index = self.filter.findData(signal)
        self.filter.setCurrentIndex(max(0, index))

    def _refill(self) -> None:
        signal = self.filter.currentData()
        self.shown = filter_rows(
            self.rows,
            signals=None if signal is None else [signal],
            uncovered_only=self.uncovered.isChecked(),
        )
        table = self.table
        table.setRowCount(len(self.shown))
        for r, row in enumerate(self.shown):
            self._set_row(r, row)
        self.count.setText(self.tr("{0} of {1}").format(len(self.shown), len(self.rows)))
        if self.controller.session is None:
            self.empty.setText(self.tr("Open a session to see why its spikes fired."))
        elif not self.rows:
            self.empty.setText(self.tr("No frustration signal fired in this session."))
        elif not self.shown:
            self.empty.setText(self.tr("No hits match the filter."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))

    def _set_row(self, r: int, row: HitRow) -> None:
        target = row.target_tag + (f" “{row.target_label}”" if row.target_label else "")
        reason = row.reason if row.why is None else translate_reason(row.why, row.reason)
        cells = (
            signal_name(row.signal),
            format_span(row.start_ms, row.end_ms if row.end_ms != row.start_ms else None),
            target,
            reason,
            f"{row.strength:.2f}",
            self.tr("yes") if row.covered else self.tr("no"),
        )
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(reason if COLUMNS[c] != "target" else target)
            if COLUMNS[c] == "signal":
                item.setForeground(signal_colour(row.signal))
            if COLUMNS[c] in ("strength", "time"):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, c, item)

    # -- actions --
    def jump_to(self, shown_row: int) -> None:
        """Seek to the first event of the hit shown at ``shown_row``."""
        if 0 <= shown_row < len(self.shown):
            self.controller.seek(self.shown[shown_row].start_ms)

    def shown_signals(self) -> list[str]:
        """Return the signals of the rows shown."""
        return [r.signal for r in self.shown]
