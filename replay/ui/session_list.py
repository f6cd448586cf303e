"""The library panel: a sortable, filterable table of the sessions in the library.

Rows come from ``Library.sessions()`` (``SessionRow``); the panel only shows them. Sorting
uses each column's raw value (``SORT_ROLE``), so durations and scores sort as numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from replay.store.rows import matches_search
from replay.ui.i18n import device_name
from replay.ui.timeline_axis import format_clock

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2

AnyIndex = QModelIndex | QPersistentModelIndex
#: The source name is what a reviewer reads the list by: its column keeps room for about
#: this many characters (of a session name) in every UI language; the panel widens instead.
SOURCE_MIN_CHARS = 17


class SessionRowLike(Protocol):
    """What the panel reads from a ``replay.store.library.SessionRow`` (read-only)."""

    @property
    def id(self) -> int: ...
    @property
    def source_name(self) -> str: ...
    @property
    def format(self) -> str: ...
    @property
    def device(self) -> str: ...
    @property
    def duration_ms(self) -> int: ...
    @property
    def score(self) -> float | None: ...
    @property
    def spike_count(self) -> int | None: ...
    @property
    def tag_count(self) -> int: ...
    @property
    def reviewed_at(self) -> str | None: ...
    @property
    def source(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def extra(self) -> Mapping[str, str]: ...


#: File name endings the list leaves out (the format column says it; the tooltip has all).
SESSION_SUFFIXES = (".rrweb.json.gz", ".rrweb.json", ".jsonl.gz", ".jsonl", ".json.gz", ".json")


def display_name(source_name: str) -> str:
    """Return ``source_name`` without its format ending ("dev-rage.rrweb.json" -> "dev-rage")."""
    lowered = source_name.lower()
    for suffix in SESSION_SUFFIXES:
        if lowered.endswith(suffix) and len(source_name) > len(suffix):
            return source_name[: -len(suffix)]
    return source_name


def format_duration(duration_ms: int) -> str:
    """Return ``m:ss`` (or ``h:mm:ss``) for a duration in ms."""
    return format_clock(max(0, int(duration_ms)) // 1000)


class SessionTableModel(QAbstractTableModel):
    """The session rows as a table; column keys are in :attr:`COLUMNS`."""

    COLUMNS = ("source", "device", "duration", "score", "spikes", "tags", "reviewed")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionRowLike] = []

    def headers(self) -> list[str]:
        """Return the translated column titles."""
        return [
            self.tr("Source"),
            self.tr("Device"),
            self.tr("Length"),
            self.tr("Score"),
            self.tr("Spikes"),
            self.tr("Tags"),
            "✓",
        ]

    def set_rows(self, rows: Sequence[SessionRowLike]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> SessionRowLike:
        """Return the session row at model row ``row``."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[section] == "reviewed":
            return self.tr("Reviewed")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._sort_value(row, key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "source":
            return f"#{row.id} {row.source_name} ({row.format})"
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("source", "device"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _sort_value(row: SessionRowLike, key: str) -> Any:
        values: dict[str, Any] = {
            "source": row.source_name.lower(),
            "device": row.device,
            "duration": int(row.duration_ms),
            "score": -1.0 if row.score is None else float(row.score),
            "spikes": -1 if row.spike_count is None else int(row.spike_count),
            "tags": int(row.tag_count),
            "reviewed": 1 if row.reviewed_at else 0,
        }
        return values[key]

    def _display(self, row: SessionRowLike, key: str) -> str:
        if key == "source":
            return display_name(row.source_name)
        if key == "device":
            return device_name(row.device)
        if key == "duration":
            return format_duration(row.duration_ms)
        if key == "score":
            return "–" if row.score is None else f"{row.score:.1f}"
        if key == "spikes":
            return "–" if row.spike_count is None else str(row.spike_count)
        if key == "tags":
            return str(row.tag_count)
        return "✓" if row.reviewed_at else ""


class SessionFilterProxy(QSortFilterProxyModel):
    """Filters by a search text (source name or id) and by device and format."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._device = ""
        self._format = ""
        self.setSortRole(SORT_ROLE)

    def set_filters(
        self, *, search: str | None = None, device: str | None = None, fmt: str | None = None
    ) -> None:
        """Change any of the filters ("" = no filter) and re-filter."""
        self.beginFilterChange()
        if search is not None:
            self._search = search.strip().casefold()
        if device is not None:
            self._device = device
        if fmt is not None:
            self._format = fmt
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, SessionTableModel):
            return True
        row = model.row_at(source_row)
        if self._device and row.device != self._device:
            return False
        if self._format and row.format != self._format:
            return False
        if self._search:
            # The core's one search rule, plus the names this list shows (translated device).
            return matches_search(row, self._search, also=(device_name(row.device),))
        return True


class _SessionTable(QTableView):
    """The table; Enter/Return opens the current session."""

    activated_by_key = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_by_key.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class SessionListPanel(QWidget):
    """Search box, device and format filters, and the session table.

    Signals
    -------
    session_activated(int)
        A session id to open (double-click or Enter).
    """

    session_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SessionTableModel(self)
        self.proxy = SessionFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search sessions…"))
        self.search.setClearButtonEnabled(True)
        self.device_filter = QComboBox(self)
        self.format_filter = QComboBox(self)
        for combo in (self.device_filter, self.format_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.device_filter.setAccessibleName(self.tr("Device filter"))
        self.format_filter.setAccessibleName(self.tr("Format filter"))

        self.table = _SessionTable(self)
        self.table.setModel(self.proxy)
        self.table.setObjectName("sessionTable")
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Long names keep both ends visible ("balabit-us…2786719181"); the tooltip has all.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)  # wrapping at "-" would elide the second line instead
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(28)
        for col in range(1, self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # most frustrated first

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.device_filter)
        filters.addWidget(self.format_filter)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self._fill_filter_combos([])
        self._update_minimum_width()

        self.search.textChanged.connect(self._on_search_text_changed)
        self.device_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.format_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.activated_by_key.connect(self._on_table_activated)
        # Down/Up in the search box moves into the table (keyboard-only review).
        self.search.returnPressed.connect(self.focus_table)

    # -- data --
    def set_rows(self, rows: Sequence[SessionRowLike]) -> None:
        """Show ``rows``, keeping the current session selected when it is still there."""
        current = self.current_session_id()
        self.model.set_rows(rows)
        self._fill_filter_combos(rows)
        self._update_minimum_width()
        if current is not None:
            self.select_session(current)

    def _fill_filter_combos(self, rows: Sequence[SessionRowLike]) -> None:
        for combo, values, everything in (
            (self.device_filter, sorted({r.device for r in rows}), self.tr("All devices")),
            (self.format_filter, sorted({r.format for r in rows}), self.tr("All formats")),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(device_name(value) if combo is self.device_filter else value, value)
            found = combo.findData(chosen)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def source_min_width_px(self) -> int:
        """Return the width the Source column keeps (:data:`SOURCE_MIN_CHARS` digits' worth)."""
        metrics = self.table.fontMetrics()
        return metrics.horizontalAdvance("0" * SOURCE_MIN_CHARS) + 12

    def _update_minimum_width(self) -> None:
        """Make the panel wide enough for every other column plus the Source minimum.

        The other columns fit their contents (and their translated headers, longer in Thai
        than in English); without a floor the stretching Source column took what was left,
        down to "d…e". The splitter never shrinks the panel below this width.
        """
        header = self.table.horizontalHeader()
        others = sum(
            max(self.table.sizeHintForColumn(col), header.sectionSizeHint(col))
            for col in range(1, self.model.columnCount())
        )
        layout = self.layout()
        if layout is None:  # called before the panel's layout exists
            return
        margins = layout.contentsMargins()
        chrome = (
            2 * self.table.frameWidth()
            + self.table.verticalScrollBar().sizeHint().width()
            + margins.left()
            + margins.right()
        )
        self.setMinimumWidth(others + self.source_min_width_px() + chrome)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._update_minimum_width()

    def row_count(self) -> int:
        """Rows shown after filtering."""
        return self.proxy.rowCount()

    def visible_session_ids(self) -> list[int]:
        """Session ids in the order shown (after sorting and filtering)."""
        return [int(self.proxy.index(r, 0).data(ID_ROLE)) for r in range(self.proxy.rowCount())]

    # -- selection --
    def current_session_id(self) -> int | None:
        """Return the id of the table's current row, or None."""
        index = self.table.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def selected_session_ids(self) -> list[int]:
        """Ids of every selected row, in display order."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [int(self.proxy.index(r, 0).data(ID_ROLE)) for r in rows]

    def select_session(self, session_id: int) -> bool:
        """Make ``session_id`` the current, selected row; False if it is not shown."""
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ID_ROLE) == session_id:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                self.table.selectionModel().setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                return True
        return False

    def adjacent_session_id(self, step: int, *, from_id: int | None = None) -> int | None:
        """Return the id ``step`` rows away from ``from_id`` (default: current), or None."""
        ids = self.visible_session_ids()
        if not ids:
            return None
        start = from_id if from_id is not None else self.current_session_id()
        if start not in ids:
            return ids[0] if step > 0 else ids[-1]
        pos = ids.index(start) + step
        return ids[pos] if 0 <= pos < len(ids) else None

    def focus_table(self) -> None:
        """Give the table keyboard focus, on a current row."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.select_session(int(self.proxy.index(0, 0).data(ID_ROLE)))

    # -- slots --
    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_filters(search=text)

    def _on_filters_changed(self, _index: int) -> None:
        self.proxy.set_filters(
            device=str(self.device_filter.currentData() or ""),
            fmt=str(self.format_filter.currentData() or ""),
        )

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.session_activated.emit(int(index.data(ID_ROLE)))
