"""The agreement view: kappa and alpha, the confusion matrix, and the disagreements to visit.

Figures come from :func:`replay.team.agreement.measure_library` (the same as ``replay
agreement``). Double-clicking a disagreement (or Enter on it) emits :attr:`jump_requested`
with its session and start, so the lead can look at it in the replay.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from replay.errors import ReplayError
from replay.team.agreement import NONE, Agreement, measure_library


def fmt(value: float | None) -> str:
    """Return a figure with 3 decimals, or an en dash when undefined."""
    return "–" if value is None else f"{value:.3f}"


def clock(ms: int) -> str:
    """``m:ss.s`` of a session time."""
    minutes, seconds = divmod(ms / 1000, 60)
    return f"{int(minutes)}:{seconds:04.1f}"


def _item(text: str, *, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class AgreementDialog(QDialog):
    """Agreement figures of a library's reviewers, with the confusion matrix of one pair.

    Parameters
    ----------
    library : Library
        The open library.
    """

    #: (session id, start ms) of a disagreement the user wants to see.
    jump_requested = Signal(int, int)

    def __init__(self, library: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("Reviewer agreement"))
        self.library = library
        self.agreement: Agreement | None = None

        self.tolerance = QSpinBox(self)
        self.tolerance.setRange(0, 60_000)
        self.tolerance.setSingleStep(250)
        self.tolerance.setValue(1000)
        self.tolerance.setSuffix(" ms")
        self.tolerance.valueChanged.connect(self.refresh)
        self.pair_box = QComboBox(self)
        self.pair_box.currentIndexChanged.connect(self._show_pair)
        controls = QFormLayout()
        controls.addRow(self.tr("Match &tolerance"), self.tolerance)
        controls.addRow(self.tr("&Pair"), self.pair_box)

        self.summary = QLabel(self)
        self.summary.setObjectName("agreementSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.figures = QTableWidget(0, 4, self)
        self.figures.setObjectName("agreementFigures")
        self.figures.setHorizontalHeaderLabels(
            [
                self.tr("Category"),
                self.tr("Cohen's κ"),
                self.tr("Agreement"),
                self.tr("Krippendorff's α"),
            ]
        )
        self.matrix = QTableWidget(0, 0, self)
        self.matrix.setObjectName("confusionMatrix")
        self.disagreements = QTableWidget(0, 3, self)
        self.disagreements.setObjectName("disagreements")
        self.disagreements.setHorizontalHeaderLabels(
            [self.tr("Session"), self.tr("Time"), self.tr("Reviewers")]
        )
        self.disagreements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.disagreements.setToolTip(self.tr("Double-click to open the session at this moment"))
        self.disagreements.cellActivated.connect(self._on_disagreements_cell_activated)
        self.disagreements.cellDoubleClicked.connect(self._on_disagreements_cell_activated)
        for table in (self.figures, self.matrix, self.disagreements):
            table.verticalHeader().setVisible(table is self.matrix)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.disagreements.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )

        matrix_box = QVBoxLayout()
        self.matrix_title = QLabel(self)
        matrix_box.addWidget(self.matrix_title)
        matrix_box.addWidget(self.matrix)
        matrix_widget = QWidget(self)
        matrix_widget.setLayout(matrix_box)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.figures)
        top.addWidget(matrix_widget)
        top.setSizes([520, 480])
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        dis_widget = QWidget(self)
        dis_box = QVBoxLayout(dis_widget)
        dis_box.setContentsMargins(0, 0, 0, 0)
        self.dis_title = QLabel(self)
        dis_box.addWidget(self.dis_title)
        dis_box.addWidget(self.disagreements)
        split.addWidget(dis_widget)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addLayout(controls)
        head.addWidget(self.summary, 1)
        layout.addLayout(head)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(980, 680)
        self.refresh()

    def refresh(self) -> None:
        """Measure again (after a tolerance change or new tags)."""
        try:
            self.agreement = measure_library(self.library, tolerance_ms=self.tolerance.value())
        except ReplayError as exc:
            self.summary.setText(exc.one_line())
            return
        a = self.agreement
        lines = [
            self.tr("Reviewers: {0}. Units: {1}. Krippendorff's α (all reviewers): {2}.").format(
                ", ".join(a.reviewers) or "–", a.tags.n, fmt(a.tags.krippendorff_alpha)
            ),
            self.tr("Presence over {0} ms bins: α {1}.").format(
                a.bin_ms, fmt(a.presence.krippendorff_alpha)
            ),
            self.tr(
                "A tag the other reviewer did not match counts as a disagreement with “none”."
            ),
        ]
        lines += a.notes
        self.summary.setText("\n".join(lines))
        self.pair_box.blockSignals(True)
        self.pair_box.clear()
        for p in a.tags.pairs:
            self.pair_box.addItem(self.tr("{0} vs {1}").format(*p.reviewers))
        self.pair_box.blockSignals(False)
        self._show_pair()
        self._fill_disagreements()

    def _show_pair(self) -> None:
        a = self.agreement
        self.figures.setRowCount(0)
        self.matrix.setRowCount(0)
        self.matrix.setColumnCount(0)
        if a is None or not a.tags.pairs:
            self.matrix_title.setText(self.tr("Agreement needs two reviewers."))
            return
        p = a.tags.pairs[max(0, self.pair_box.currentIndex())]
        alpha = {r["category"]: r["krippendorff_alpha"] for r in a.tags.per_category}
        rows = [
            (
                self.tr("All categories"),
                p.cohen_kappa,
                p.observed_agreement,
                a.tags.krippendorff_alpha,
            )
        ]
        rows += [
            (r["category"], r["cohen_kappa"], r["observed_agreement"], alpha.get(r["category"]))
            for r in p.per_category
            if r["category"] != NONE
        ]
        presence = next((q for q in a.presence.pairs if q.reviewers == p.reviewers), None)
        if presence is not None:
            rows.append(
                (
                    self.tr("Presence (time bins)"),
                    presence.cohen_kappa,
                    presence.observed_agreement,
                    a.presence.krippendorff_alpha,
                )
            )
        self.figures.setRowCount(len(rows))
        for i, (name, kappa, agree, alpha_value) in enumerate(rows):
            self.figures.setItem(i, 0, _item(name))
            self.figures.setItem(i, 1, _item(fmt(kappa), number=True))
            self.figures.setItem(i, 2, _item(fmt(agree), number=True))
            self.figures.setItem(i, 3, _item(fmt(alpha_value), number=True))
        self.figures.resizeColumnsToContents()
        self.matrix_title.setText(
            self.tr("Confusion matrix: {0} in rows, {1} in columns ({2} units)").format(
                p.reviewers[0], p.reviewers[1], p.n
            )
        )
        n = len(p.labels)
        self.matrix.setRowCount(n)
        self.matrix.setColumnCount(n)
        # Columns are numbered (row i is label i): long codes would push the matrix off screen.
        self.matrix.setHorizontalHeaderLabels([str(i) for i in range(1, n + 1)])
        self.matrix.setVerticalHeaderLabels([f"{i} {c}" for i, c in enumerate(p.labels, 1)])
        for i, label in enumerate(p.labels):
            header = self.matrix.horizontalHeaderItem(i)
            if header is not None:
                header.setToolTip(label)
        top = max((v for row in p.confusion_matrix for v in row), default=0) or 1
        for i, row in enumerate(p.confusion_matrix):
            for j, value in enumerate(row):
                item = _item(str(value), number=True)
                if value:
                    green = i == j
                    shade = int(60 + 150 * value / top)
                    color = QColor(60, 160, 90, shade) if green else QColor(210, 90, 60, shade)
                    item.setBackground(color)
                self.matrix.setItem(i, j, item)
        self.matrix.resizeColumnsToContents()

    def _fill_disagreements(self) -> None:
        a = self.agreement
        units = [] if a is None else a.disagreements
        self.dis_title.setText(self.tr("Disagreements: {0}").format(len(units)))
        self.disagreements.setRowCount(len(units))
        for i, u in enumerate(units):
            values = "; ".join(f"{r}: {v if v is not None else '–'}" for r, v in u.values.items())
            session = _item(f"#{u.session_id}")
            session.setData(Qt.ItemDataRole.UserRole, (u.session_id, u.start_ms))
            self.disagreements.setItem(i, 0, session)
            self.disagreements.setItem(i, 1, _item(f"{clock(u.start_ms)}–{clock(u.end_ms)}"))
            self.disagreements.setItem(i, 2, _item(values))
        self.disagreements.resizeColumnsToContents()

    def _on_disagreements_cell_activated(self, row: int, _column: int) -> None:
        item = self.disagreements.item(row, 0)
        if item is None:
            return
        session_id, start_ms = item.data(Qt.ItemDataRole.UserRole)
        self.jump_requested.emit(int(session_id), int(start_ms))
