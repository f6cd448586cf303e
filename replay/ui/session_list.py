"""The library panel: a sortable, searchable table of the sessions in the library.

The table's model serves columns of a :class:`replay.store.rows.Listing` (one query,
``Library.listing()``); sorting is numpy over those columns, searching is the library's
one search query (``replay/store/search.py``, the same as ``replay sessions``). Durations
and scores sort as numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from replay.errors import ReplayError
from replay.store.listing import Listing
from replay.store.rows import matches_search
from replay.store.search import SessionQuery, parse_query
from replay.ui.i18n import device_name
from replay.ui.timeline_axis import format_clock

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
    """The session list as a table over a :class:`Listing` (columns, not row objects).

    ``data()`` is asked only for the rows on screen and reads one array element; sorting
    (``sort``, numpy ``lexsort`` on ranks) and filtering (:meth:`set_visible`, a mask)
    reorder an index array. Nothing runs per row in Python, so 10 000 sessions load,
    sort and filter in milliseconds. Column keys are in :attr:`COLUMNS`.
    """

    COLUMNS = ("source", "device", "duration", "score", "spikes", "tags", "reviewed")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = Listing.from_rows([])
        self._visible = np.ones(0, dtype=bool)
        self._order = np.zeros(0, dtype=np.int64)
        self._ranks: dict[str, npt.NDArray[np.int64]] = {}
        self._sort_column = 3
        self._sort_order = Qt.SortOrder.DescendingOrder

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

    @property
    def listing(self) -> Listing:
        """All the sessions (shown or not)."""
        return self._data

    def set_listing(self, listing: Listing) -> None:
        """Replace every row (all shown until :meth:`set_visible`)."""
        self.beginResetModel()
        self._data = listing
        self._visible = np.ones(len(listing), dtype=bool)
        self._ranks = {}
        self._order = self._sorted(np.arange(len(listing)))
        self.endResetModel()

    def set_rows(self, rows: Sequence[SessionRowLike]) -> None:
        """Replace every row with ``SessionRow``-like objects."""
        self.set_listing(Listing.from_session_rows(rows))

    def set_visible(self, visible: npt.NDArray[np.bool_]) -> None:
        """Show the rows where ``visible`` (one bool per listing row) is true."""
        self.beginResetModel()
        self._visible = visible
        self._order = self._sorted(np.flatnonzero(visible))
        self.endResetModel()

    def visible_mask(self) -> npt.NDArray[np.bool_]:
        """One bool per listing row: shown or not."""
        return self._visible

    def session_id(self, row: int) -> int:
        """Return the session id at model row ``row``."""
        return int(self._data.id[self._order[row]])

    def session_ids(self) -> list[int]:
        """Session ids in the order shown."""
        return [int(i) for i in self._data.id[self._order]]

    def has_no_score(self, session_id: int) -> bool:
        """Return True when ``session_id`` is listed without a score (not detected yet)."""
        hits = np.flatnonzero(self._data.id == session_id)
        return bool(len(hits)) and bool(np.isnan(self._data.score[hits[0]]))

    def row_of(self, session_id: int) -> int | None:
        """Return the model row showing ``session_id``, or None."""
        hits = np.flatnonzero(self._data.id[self._order] == session_id)
        return int(hits[0]) if len(hits) else None

    def _rank(self, key: str) -> npt.NDArray[np.int64]:
        """Dense ranks of column ``key`` (what sorting compares), computed once per listing."""
        if key not in self._ranks:
            d = self._data
            values: npt.NDArray[Any]
            if key == "source":
                values = np.array([n.lower() for n in d.source_name], dtype=str)
            elif key == "device":
                values = np.array(d.device, dtype=str)
            elif key == "duration":
                values = d.duration_ms
            elif key == "score":
                values = np.where(np.isnan(d.score), -1.0, d.score)
            elif key == "spikes":
                values = d.spikes
            elif key == "tags":
                values = d.tags
            else:
                values = d.reviewed.astype(np.int64)
            if len(values) == 0:
                self._ranks[key] = np.zeros(0, dtype=np.int64)
            else:
                self._ranks[key] = np.unique(values, return_inverse=True)[1].astype(np.int64)
        return self._ranks[key]

    def _sorted(self, rows: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        rank = self._rank(self.COLUMNS[self._sort_column])[rows]
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            rank = -rank
        return rows[np.lexsort((rows, rank))]  # ties keep library order, either direction

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted(self._order)
        self.layoutChanged.emit()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

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
        i = int(self._order[index.row()])
        key = self.COLUMNS[index.column()]
        d = self._data
        if role == ID_ROLE:
            return int(d.id[i])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(i, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "source":
            return f"#{int(d.id[i])} {d.source_name[i]} ({d.format[i]})"
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("source", "device"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, i: int, key: str) -> str:
        d = self._data
        if key == "source":
            return display_name(d.source_name[i])
        if key == "device":
            return device_name(d.device[i])
        if key == "duration":
            return format_duration(int(d.duration_ms[i]))
        if key == "score":
            score = float(d.score[i])
            return "–" if np.isnan(score) else f"{score:.1f}"
        if key == "spikes":
            spikes = int(d.spikes[i])
            return "–" if spikes < 0 else str(spikes)
        if key == "tags":
            return str(int(d.tags[i]))
        return "✓" if d.reviewed[i] else ""


def local_matches(rows: Sequence[SessionRowLike], query: SessionQuery) -> npt.NDArray[np.bool_]:
    """Apply the free words, device and format of ``query`` to rows that have no library.

    For rows given directly with :meth:`SessionListPanel.set_rows` (no library to ask):
    the one free-text rule (``matches_search``, with the translated device name shown),
    device and format exact. With a library, the library's search answers.
    """
    return np.array(
        [
            (not query.device or row.device == query.device)
            and (not query.format or row.format == query.format)
            and matches_search(row, query.text, also=(device_name(row.device),))
            for row in rows
        ],
        dtype=bool,
    )


class _SessionTable(QTableView):
    """The table; Enter/Return opens the current session."""

    activated_by_key = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_by_key.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class SessionListPanel(QWidget):
    """Query field, device and format filters, and the session table.

    The query field takes free words and ``key:value`` terms (``signal:rage_click
    url:*checkout* note:cart reviewed:no``, see ``replay/store/search.py``); with a
    library attached (:meth:`set_listing`) every change runs the library's one search
    query, the same as ``replay sessions`` with the same filters.

    Signals
    -------
    session_activated(int)
        A session id to open (double-click or Enter).
    filter_changed(int, int)
        Sessions shown, sessions in the library (after every filter change).
    """

    session_activated = Signal(int)
    filter_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SessionTableModel(self)
        self.proxy = self.model  # the table's model (sorting and filtering are the model's)
        self._search_fn: Callable[[SessionQuery], list[int]] | None = None
        self._rows: Sequence[SessionRowLike] = ()

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search sessions…"))
        self.search.setToolTip(
            self.tr(
                "Words, or filters: signal:rage_click url:*checkout* target:cart"
                " category:broken_link_or_button note:text reviewer:name reviewed:yes|no"
                " device:mobile format:rrweb since:2026-01-31 until:2026-02-28 score:2..5"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search_status = QLabel(self)
        self.search_status.setObjectName("searchStatus")
        self.search_status.setWordWrap(True)
        self.search_status.setVisible(False)
        self.device_filter = QComboBox(self)
        self.format_filter = QComboBox(self)
        for combo in (self.device_filter, self.format_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.device_filter.setAccessibleName(self.tr("Device filter"))
        self.format_filter.setAccessibleName(self.tr("Format filter"))

        self.table = _SessionTable(self)
        self.table.setModel(self.model)
        self.table.setObjectName("sessionTable")
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Long names keep both ends visible ("balabit-us…2786719181"); the tooltip has all.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)  # wrapping at "-" would elide the second line instead
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        vertical.setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(28)
        for col in range(1, self.model.columnCount()):
            # Widths measured on the headers and the widest possible cell text
            # (_fit_columns), never on the rows: ResizeToContents measured all 10 000.
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # most frustrated first

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.device_filter)
        filters.addWidget(self.format_filter)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.search_status)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self._fill_filter_combos(self.model.listing)
        self._fit_columns()

        self.search.textChanged.connect(self._on_search_text_changed)
        self.device_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.format_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.activated_by_key.connect(self._on_table_activated)
        # Down/Up in the search box moves into the table (keyboard-only review).
        self.search.returnPressed.connect(self.focus_table)

    # -- data --
    def set_listing(
        self, listing: Listing, *, search: Callable[[SessionQuery], list[int]] | None = None
    ) -> None:
        """Show ``listing`` (all the library's sessions), keeping filters and selection.

        ``search`` answers the query field with session ids (``Library.session_ids``, the
        one search of ``replay sessions``).
        """
        current = self.current_session_id()
        self._search_fn = search
        if search is not None or len(self._rows) != len(listing):
            self._rows = ()  # rows given by set_rows belong to that listing only
        self.model.set_listing(listing)
        self._fill_filter_combos(listing)
        self._apply_filters()
        self._fit_columns()
        if current is not None:
            self.select_session(current)

    def set_rows(self, rows: Sequence[SessionRowLike]) -> None:
        """Show ``rows`` (not from a library: free words, device and format filter them)."""
        self._rows = list(rows)
        self.set_listing(Listing.from_session_rows(self._rows))

    def _fill_filter_combos(self, listing: Listing) -> None:
        for combo, values, everything in (
            (self.device_filter, sorted(set(listing.device)), self.tr("All devices")),
            (self.format_filter, sorted(set(listing.format)), self.tr("All formats")),
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

    def _fit_columns(self) -> None:
        """Size the fixed columns to their headers and widest cell text; set the panel minimum.

        Cell widths come from the widest text a column can hold (a 2:59:59 length, a
        999.9 score, each translated device name), not from the rows. Without a floor the
        stretching Source column took what was left, down to "d…e"; the splitter never
        shrinks the panel below this width.
        """
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        devices = [device_name(d) for d in ("desktop", "mobile", "tablet", "unknown")]
        devices += [device_name(d) for d in set(self.model.listing.device)]
        samples = {
            1: devices,
            2: ["99:59:59"],
            3: ["9999.9"],
            4: ["9999"],
            5: ["9999"],
            6: ["✓"],
        }
        others = 0
        for col, texts in samples.items():
            cell = max(metrics.horizontalAdvance(t) for t in texts) + 14
            width = max(cell, header.sectionSizeHint(col))
            header.resizeSection(col, width)
            others += width
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
            self._fit_columns()

    def row_count(self) -> int:
        """Rows shown after filtering."""
        return self.model.rowCount()

    def visible_session_ids(self) -> list[int]:
        """Session ids in the order shown (after sorting and filtering)."""
        return self.model.session_ids()

    # -- selection --
    def current_session_id(self) -> int | None:
        """Return the id of the table's current row, or None."""
        index = self.table.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def selected_session_ids(self) -> list[int]:
        """Ids of every selected row, in display order."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.session_id(r) for r in rows]

    def select_session(self, session_id: int) -> bool:
        """Make ``session_id`` the current, selected row; False if it is not shown."""
        row = self.model.row_of(session_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def adjacent_session_id(self, step: int, *, from_id: int | None = None) -> int | None:
        """Return the id ``step`` rows away from ``from_id`` (default: current), or None."""
        if self.model.rowCount() == 0:
            return None
        start = from_id if from_id is not None else self.current_session_id()
        row = None if start is None else self.model.row_of(start)
        if row is None:
            return self.model.session_id(0 if step > 0 else self.model.rowCount() - 1)
        pos = row + step
        return self.model.session_id(pos) if 0 <= pos < self.model.rowCount() else None

    def focus_table(self) -> None:
        """Give the table keyboard focus, on a current row."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.select_session(self.model.session_id(0))

    # -- filtering --
    def query(self) -> SessionQuery:
        """Return the search the panel shows: the query field plus the device/format filters.

        Raises
        ------
        ValueError
            A term in the query field cannot be read (a date, a score, reviewed).
        """
        words = []
        names = {device_name(d).casefold(): d for d in ("desktop", "mobile", "tablet", "unknown")}
        for word in self.search.text().split():
            words.append(names.get(word.casefold(), word))  # "มือถือ" finds mobile sessions
        query = parse_query(" ".join(words))
        device = str(self.device_filter.currentData() or "")
        fmt = str(self.format_filter.currentData() or "")
        return replace(query, device=device or query.device, format=fmt or query.format)

    def _apply_filters(self) -> None:
        listing = self.model.listing
        try:
            query = self.query()
        except ValueError as exc:
            self._show_status(str(exc))
            return
        if query.is_empty():
            mask = np.ones(len(listing), dtype=bool)
        elif self._search_fn is not None:
            try:
                ids = self._search_fn(query)
            except ReplayError as exc:
                self._show_status(exc.one_line())
                return
            mask = np.isin(listing.id, np.asarray(ids, dtype=np.int64))
        else:
            mask = (
                local_matches(self._rows, query)
                if len(self._rows) == len(listing)
                else np.ones(len(listing), dtype=bool)
            )
        current = self.current_session_id()
        self.model.set_visible(mask)
        if current is not None:
            self.select_session(current)
        shown = self.model.rowCount()
        self._show_status("" if shown or query.is_empty() else self.tr("No sessions match."))
        self.filter_changed.emit(shown, len(listing))

    def _show_status(self, text: str) -> None:
        self.search_status.setText(text)
        self.search_status.setVisible(bool(text))

    # -- slots --
    def _on_search_text_changed(self, _text: str) -> None:
        self._apply_filters()

    def _on_filters_changed(self, _index: int) -> None:
        self._apply_filters()

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.session_activated.emit(int(index.data(ID_ROLE)))
