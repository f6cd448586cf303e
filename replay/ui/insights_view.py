"""The Insights window: heatmaps, per-page and per-element tables and outcomes across sessions.

Everything is computed by the Qt-free core (``replay.insights``); this window gathers the
filters and shows the results. Sessions whose insight index is stale (new imports, new
detections) are indexed first in a worker thread with its own library connection, so the
window never freezes on a big library; after that each view answers from the index.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from replay.errors import ReplayError
from replay.store.target import PgTarget
from replay.ui.gui_gc import start_thread

KIND_LABELS = {
    "clicks": "Clicks",
    "rage": "Rage clicks",
    "dead": "Dead clicks",
    "dwell": "Cursor dwell",
    "scroll": "Scroll reach",
    "tags": "Reviewer tags",
}


class IndexWorker(QObject):
    """Bring the insight index up to date in a thread (own library connection)."""

    progress = Signal(int, int)
    finished = Signal(str)

    def __init__(self, db_path: Path | PgTarget) -> None:
        super().__init__()
        self.db_path = db_path

    def run(self) -> None:
        from replay.insights.index import ensure_index
        from replay.store.library import Library

        error = ""
        try:
            with Library.open(self.db_path) as library:
                ensure_index(library, progress=self.progress.emit)
        except ReplayError as exc:
            error = exc.one_line()
        self.finished.emit(error)


class InsightsView(QDialog):
    """Filters on top; tabs Heatmap, Pages, Elements, Outcomes; save PNG / report.

    Parameters
    ----------
    library : Library
        The app's open library (read from the GUI thread).
    db_path : Path
        Its file (the index worker opens its own connection).
    """

    def __init__(
        self, library: Any, db_path: Path | PgTarget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.db_path = db_path
        self.heatmap_png: bytes = b""
        self._page_bg: Any = None  # replay.ui.heatmap_page.PageBackground, made on first use
        self.index_thread: QThread | None = None
        self.setWindowTitle(self.tr("Insights across sessions"))
        self.resize(1100, 760)

        self.url_edit = QLineEdit("*")
        self.url_edit.setPlaceholderText(self.tr("Page URL glob, e.g. */checkout*"))
        self.url_edit.setToolTip(self.tr("* is any text, ? one character; mouse logs have no URL"))
        self.device_box = QComboBox()
        self.device_box.addItem(self.tr("Any device"), None)
        for code, label in (
            ("desktop", self.tr("Desktop")),
            ("mobile", self.tr("Mobile")),
            ("tablet", self.tr("Tablet")),
        ):
            self.device_box.addItem(label, code)
        self.category_box = QComboBox()
        self.category_box.addItem(self.tr("Any category"), None)
        from replay.insights.query import category_choices

        try:
            for code, label in category_choices(library):
                self.category_box.addItem(label, code)
        except ReplayError:
            pass
        self.since_edit = QLineEdit()
        self.since_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.since_edit.setToolTip(self.tr("Sessions started on or after this day (UTC)"))
        self.until_edit = QLineEdit()
        self.until_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.until_edit.setToolTip(self.tr("Sessions started on or before this day (UTC)"))
        for edit in (self.since_edit, self.until_edit):
            edit.setMaximumWidth(110)
            edit.returnPressed.connect(self.refresh)
        self.reviewer_edit = QLineEdit()
        self.reviewer_edit.setPlaceholderText(self.tr("Any reviewer"))
        self.kind_box = QComboBox()
        kind_text = {
            "clicks": self.tr("Clicks"),
            "rage": self.tr("Rage clicks"),
            "dead": self.tr("Dead clicks"),
            "dwell": self.tr("Cursor dwell"),
            "scroll": self.tr("Scroll reach"),
            "tags": self.tr("Reviewer tags"),
        }
        for code in KIND_LABELS:
            self.kind_box.addItem(kind_text[code], code)
        self.width_box = QComboBox()
        self.width_box.addItem(self.tr("Most common width"), None)
        from replay.insights.query import WIDTH_BUCKETS

        for name, lo, hi in WIDTH_BUCKETS:
            if hi < 100_000:
                text = self.tr("{0}: {1}-{2} px").format(name, lo, hi - 1)
            else:
                text = self.tr("{0}: {1} px and wider").format(name, lo)
            self.width_box.addItem(text, name)
        self.refresh_button = QPushButton(self.tr("&Show"))
        self.refresh_button.setDefault(True)
        self.refresh_button.clicked.connect(self.refresh)
        self.url_edit.returnPressed.connect(self.refresh)

        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Pages"), self.url_edit),
            (self.tr("Device"), self.device_box),
            (self.tr("From"), self.since_edit),
            (self.tr("To"), self.until_edit),
            (self.tr("Category"), self.category_box),
            (self.tr("Reviewer"), self.reviewer_edit),
            (self.tr("Heatmap"), self.kind_box),
            (self.tr("Width"), self.width_box),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 3 if widget is self.url_edit else 1)
        filters.addWidget(self.refresh_button)

        self.tabs = QTabWidget()
        self.heat_label = QLabel()
        self.heat_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        heat_scroll = QScrollArea()
        heat_scroll.setWidget(self.heat_label)
        heat_scroll.setWidgetResizable(True)
        self.heat_summary = QLabel()
        self.heat_summary.setWordWrap(True)
        heat_page = QWidget()
        heat_layout = QVBoxLayout(heat_page)
        heat_layout.addWidget(self.heat_summary)
        heat_layout.addWidget(heat_scroll, 1)
        self.tabs.addTab(heat_page, self.tr("Heatmap"))

        self.pages_table = self._table(
            [
                self.tr("Page"),
                self.tr("Sessions"),
                self.tr("Frustrated here"),
                self.tr("Time on page (median)"),
                self.tr("Time on page (p90)"),
                self.tr("Score (median)"),
                self.tr("Score (p90)"),
                self.tr("Top signals"),
                self.tr("Top elements"),
                self.tr("Tags"),
            ]
        )
        self.pages_table.cellDoubleClicked.connect(self._page_chosen)
        self.tabs.addTab(self.pages_table, self.tr("Pages"))
        self.elements_table = self._table(
            [
                self.tr("Element"),
                self.tr("Hits"),
                self.tr("Sessions"),
                self.tr("Pages"),
                self.tr("Signals"),
            ]
        )
        self.tabs.addTab(self.elements_table, self.tr("Elements"))
        self.outcomes_label = QLabel()
        self.outcomes_label.setWordWrap(True)
        self.outcomes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.outcomes_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.outcomes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outcomes_scroll = QScrollArea()
        outcomes_scroll.setWidget(self.outcomes_label)
        outcomes_scroll.setWidgetResizable(True)
        self.tabs.addTab(outcomes_scroll, self.tr("Outcomes"))

        self.status = QLabel()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.save_png_button = QPushButton(self.tr("Save heatmap…"))
        self.save_png_button.clicked.connect(self.save_heatmap_dialog)
        self.save_report_button = QPushButton(self.tr("Save report…"))
        self.save_report_button.clicked.connect(self.save_report_dialog)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.save_png_button)
        bottom.addWidget(self.save_report_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setSortingEnabled(False)
        return table

    # -- filters --
    def filters(self) -> Any:
        """Return the core Filters of the current choices.

        Raises
        ------
        ReplayError
            A date that is not YYYY-MM-DD.
        """
        from replay.insights.query import Filters, parse_date

        return Filters(
            url=self.url_edit.text().strip() or "*",
            device=self.device_box.currentData(),
            since_ms=parse_date(self.since_edit.text().strip() or None),
            until_ms=parse_date(self.until_edit.text().strip() or None, end=True),
            category=self.category_box.currentData(),
            reviewer=self.reviewer_edit.text().strip() or None,
        )

    # -- index, then show --
    def start(self) -> None:
        """Index stale sessions in a thread (if any), then show everything."""
        from replay.insights.index import stale_sessions

        try:
            stale = stale_sessions(self.library)
        except ReplayError as exc:
            self.status.setText(exc.one_line())
            return
        if not stale:
            self.refresh()
            return
        self.status.setText(self.tr("Preparing {0} sessions for insights…").format(len(stale)))
        self.progress.setRange(0, len(stale))
        self.progress.setVisible(True)
        self.refresh_button.setEnabled(False)
        self.index_thread = QThread(self)
        self.worker = IndexWorker(self.db_path)
        self.worker.moveToThread(self.index_thread)
        self.index_thread.started.connect(self.worker.run)
        # Bound methods of GUI objects, not lambdas: queued into the GUI thread.
        self.worker.progress.connect(self._on_worker_progress)
        self.worker.finished.connect(self._indexed)
        start_thread(self.index_thread)  # collections on the GUI thread only meanwhile

    @Slot(int, int)
    def _on_worker_progress(self, done: int, _total: int) -> None:
        self.progress.setValue(done)

    @Slot(str)
    def _indexed(self, error: str) -> None:
        if self.index_thread is not None:
            self.index_thread.quit()
            self.index_thread.wait()
            self.index_thread = None
        self.progress.setVisible(False)
        self.refresh_button.setEnabled(True)
        if error:
            self.status.setText(error)
            return
        self.refresh()

    def refresh(self) -> None:
        """Recompute the heatmap, the tables and the outcomes for the current filters."""
        from replay.insights.heatmap import compute_heatmap, heatmap_png
        from replay.insights.outcomes import outcomes_report
        from replay.insights.tables import elements_table, pages_table

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            flt = self.filters()
            heat = compute_heatmap(
                self.library,
                self.kind_box.currentData(),
                flt,
                bucket=self.width_box.currentData(),
                update_index=False,
            )
            # Over the recorded page of the chosen session (mouse logs: the blank stage).
            self.heatmap_png = heatmap_png(
                heat, self.page_background() if heat.moment is not None else None
            )
            pixmap = QPixmap()
            pixmap.loadFromData(self.heatmap_png, "PNG")
            self.heat_label.setPixmap(pixmap)
            self.heat_summary.setText(heat.summary())
            pages = pages_table(self.library, flt, update_index=False)
            self._fill_pages(pages)
            self._fill_elements(elements_table(self.library, flt, update_index=False))
            self._fill_outcomes(outcomes_report(self.library, flt, update_index=False))
            self.status.setText(
                self.tr("{0} pages; the busiest was visited in {1} sessions").format(
                    len(pages), max((r["sessions"] for r in pages), default=0)
                )
            )
        except ReplayError as exc:
            self.status.setText(exc.one_line())
        finally:
            QGuiApplication.restoreOverrideCursor()

    def page_background(self) -> Any:
        """Return the heatmap background drawing the recorded page (made once)."""
        if self._page_bg is None:
            from replay.ui.heatmap_page import PageBackground

            self._page_bg = PageBackground(self.library)
        return self._page_bg

    def _fill_pages(self, rows: list[dict[str, Any]]) -> None:
        from replay.insights.tables import duration_text, score_text

        table = self.pages_table
        table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = [
                r["url"] or self.tr("(screen, no URL)"),
                str(r["sessions"]),
                str(r["frustrated_sessions"]),
                duration_text(r["time_on_page_ms"]["median"]),
                duration_text(r["time_on_page_ms"]["p90"]),
                score_text(r["score"]["median"]),
                score_text(r["score"]["p90"]),
                ", ".join(f"{s['signal']} {s['hits']}" for s in r["top_signals"][:3]),
                ", ".join(f"{e['target']} ({e['hits']})" for e in r["top_elements"][:2]),
                ", ".join(f"{c} {n}" for c, n in r["tags_by_category"].items()),
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 0:
                    item.setData(Qt.ItemDataRole.UserRole, r["url"])
                    item.setToolTip(text)
                elif 1 <= j <= 6:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(i, j, item)

    def _fill_elements(self, rows: list[dict[str, Any]]) -> None:
        table = self.elements_table
        table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = [
                r["target"],
                str(r["hits"]),
                str(r["sessions"]),
                str(r["pages"]),
                ", ".join(f"{k} {v}" for k, v in r["signals"].items()),
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 1 <= j <= 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(i, j, item)

    def _fill_outcomes(self, data: dict[str, Any]) -> None:
        lines = [
            self.tr("{0} of {1} sessions have an outcome.").format(
                data["with_outcome"], data["sessions"]
            ),
            "",
            data["statement"],
        ]
        for p in data["by_page"][:8]:
            lines += ["", p["url"] or self.tr("(screen, no URL)"), "  " + p["statement"]]
        for s in data["by_signal"][:8]:
            lines += ["", s["signal"], "  " + s["statement"]]
        self.outcomes_label.setText("\n".join(lines))

    def _page_chosen(self, row: int, _column: int) -> None:
        item = self.pages_table.item(row, 0)
        if item is None:
            return
        url = str(item.data(Qt.ItemDataRole.UserRole))
        self.url_edit.setText(url.replace("[", "[[]").replace("*", "[*]").replace("?", "[?]"))
        self.tabs.setCurrentIndex(0)
        self.refresh()

    # -- saving --
    def save_heatmap(self, path: Path) -> None:
        """Write the shown heatmap PNG to ``path``."""
        from replay.insights.files import write_output

        write_output(path, self.heatmap_png)
        self.status.setText(self.tr("Saved {0}").format(path))

    def save_report(self, path: Path) -> None:
        """Write the HTML report of the current filters to ``path``."""
        from replay.insights.files import write_output
        from replay.insights.report import build_report

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from replay.ui.heatmap_page import PageFrames

            frames = PageFrames(self.library)
            try:
                html = build_report(
                    self.library,
                    self.filters(),
                    frame_background=frames,
                    heat_background=self.page_background(),
                )
            finally:
                frames.close()
            write_output(path, html.encode("utf-8"))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.status.setText(self.tr("Saved {0}").format(path))

    def save_heatmap_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save heatmap"), "heatmap.png", "PNG (*.png)"
        )
        if name:
            try:
                self.save_heatmap(Path(name))
            except ReplayError as exc:
                self.status.setText(exc.one_line())

    def save_report_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), "report.html", "HTML (*.html)"
        )
        if name:
            try:
                self.save_report(Path(name))
            except ReplayError as exc:
                self.status.setText(exc.one_line())

    def done(self, result: int) -> None:
        if self.index_thread is not None:
            self.index_thread.quit()
            self.index_thread.wait()
        if self._page_bg is not None:
            self._page_bg.close()
            self._page_bg = None
        super().done(result)
