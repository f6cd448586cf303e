"""The tag panel: the session's tags beside the replay, synced with the playhead.

Every action goes through the :class:`~replay.ui.controller.ReplayController`, which saves
each change at once (the tag store commits per call, issue 4). The panel owns the tag
actions (T, Shift+T / R, A, E, Delete, Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y) so the main window
can put them in its Tag menu.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from replay.model.tags import DEFAULT_SEVERITY, Category, Tag, TagConflict
from replay.signals import Spike
from replay.ui.controller import ReplayController
from replay.ui.i18n import category_label, severity_name, signal_name
from replay.ui.settings import Settings, default_reviewer
from replay.ui.tag_dialog import TagChoice, TagDialog
from replay.ui.theme import qcolor, severity_colour
from replay.ui.timeline_axis import format_clock

AnyIndex = QModelIndex | QPersistentModelIndex
#: A mnemonic in brackets, as Thai, Korean and Chinese menus write it ("แท็กตรงนี้ (&T)").
_BRACKETED_MNEMONIC = re.compile(r"\s*\(&\w\)")
#: A point tag counts as "under the playhead" this long after its moment (ms).
POINT_HIGHLIGHT_MS = 1500


def format_t_ms(t_ms: int) -> str:
    """Return ``m:ss.s`` (``h:mm:ss.s`` past an hour) for a session time in ms."""
    # The transport's clock format: truncated tenths, h:mm:ss past an hour (a rounding
    # copy here printed 0:60.0 for 59,960 ms and 61:40.0 past an hour).
    return format_clock(max(0, int(t_ms)) / 1000.0, decimals=1)


def format_span(start_ms: int, end_ms: int | None) -> str:
    """Return ``m:ss.s`` for a point, ``m:ss.s–m:ss.s`` for a range."""
    if end_ms is None:
        return format_t_ms(start_ms)
    return f"{format_t_ms(start_ms)}–{format_t_ms(end_ms)}"


def tag_under(tags: Sequence[Tag], t_ms: int) -> Tag | None:
    """Return the tag under ``t_ms``, or None.

    That is the latest-starting range covering ``t_ms``, or a point tag at most
    :data:`POINT_HIGHLIGHT_MS` before it.
    """
    best: Tag | None = None
    for tag in tags:
        end = tag.end_ms if tag.end_ms is not None else tag.start_ms + POINT_HIGHLIGHT_MS
        if tag.start_ms <= t_ms <= end and (best is None or tag.start_ms >= best.start_ms):
            best = tag
    return best


class TagTableModel(QAbstractTableModel):
    """The session's tags as rows: time, category, severity, note, reviewer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tags: list[Tag] = []
        self._labels: dict[str, str] = {}
        self.active_id: int | None = None

    def set_tags(self, tags: Sequence[Tag], labels: dict[str, str]) -> None:
        """Show ``tags`` (sorted by start), with category ``labels`` by code."""
        self.beginResetModel()
        self._tags = list(tags)
        self._labels = dict(labels)
        self.endResetModel()

    def tag_at(self, row: int) -> Tag:
        """Return the tag of ``row``."""
        return self._tags[row]

    def row_of(self, tag_id: int | None) -> int:
        """Return the row of tag ``tag_id``, -1 if absent."""
        return next((r for r, t in enumerate(self._tags) if t.id == tag_id), -1)

    def set_active(self, tag_id: int | None) -> None:
        """Highlight tag ``tag_id`` (the one under the playhead)."""
        if tag_id == self.active_id:
            return
        rows = [self.row_of(self.active_id), self.row_of(tag_id)]
        self.active_id = tag_id
        for row in rows:
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tags)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Time"), self.tr("Category"), self.tr("Sev."), self.tr("Note"))[
                section
            ]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        tag = self._tags[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0} by {1}\n{2}").format(
                format_span(tag.start_ms, tag.end_ms), tag.reviewer or "?", tag.note
            )
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return format_span(tag.start_ms, tag.end_ms)
            if col == 1:
                label = self._labels.get(tag.category, tag.category)
                return f"{label} ⚡" if tag.spike_id else label
            if col == 2:
                return str(tag.severity)
            return " ".join(str(tag.note).split())
        if role == Qt.ItemDataRole.BackgroundRole:
            if tag.id == self.active_id:
                return QBrush(qcolor("#56B4E9", 90))
            if col == 2:
                return QBrush(severity_colour(tag.severity, 160))
        if role == Qt.ItemDataRole.FontRole and tag.id == self.active_id:
            font = QFont()
            font.setBold(True)
            return font
        return None


class _TagTable(QTableView):
    """Enter jumps to the tag; Delete deletes it."""

    jump_requested = Signal(QModelIndex)
    delete_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.jump_requested.emit(index)
            return
        if index.isValid() and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(index)
            return
        super().keyPressEvent(event)


class TagPanel(QWidget):
    """Tags of the current session, the tag actions and the tag editor.

    Parameters
    ----------
    controller : ReplayController
        Every change goes through it.
    settings : Settings
        The reviewer name is read from and remembered in it.
    """

    def __init__(
        self, controller: ReplayController, *, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        self.categories: list[Category] = []
        self.dialog: TagDialog | None = None
        self._last_category = ""
        self._last_severity = DEFAULT_SEVERITY

        self.title = QLabel(self.tr("Tags"), self)
        self.title.setObjectName("tagPanelTitle")
        self.spike_label = QLabel(self)
        self.spike_label.setWordWrap(True)
        self.spike_label.setObjectName("spikeLabel")
        self.model = TagTableModel(self)
        self.table = _TagTable(self)
        self.table.setObjectName("tagTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(col, mode)

        self._make_actions()
        buttons = QHBoxLayout()
        for action in (self.tag_here_action, self.tag_range_action, self.accept_spike_action):
            action.setIconText(button_text(action.text()))
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(self.spike_label)
        layout.addWidget(self.table, 1)
        # The whole note of the selected tag (else the one under the playhead): the list
        # has room for the start of a note only.
        self.detail = QLabel(self)
        self.detail.setObjectName("tagDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail.setMargin(6)
        self.detail.setMinimumHeight(90)
        layout.addWidget(self.detail)
        self.empty_hint = QLabel(self.table.viewport())
        self.empty_hint.setObjectName("tagEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setEnabled(False)  # drawn greyed: a hint, not content
        self.table.viewport().installEventFilter(self)

        self.table.clicked.connect(self._on_table_jump)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.table.jump_requested.connect(self._on_table_jump)
        self.table.delete_requested.connect(self._on_table_delete)
        controller.tags_changed.connect(self._on_controller_tags_changed)
        controller.time_changed.connect(self._on_controller_time_changed)
        controller.session_loaded.connect(self._on_controller_session_loaded)
        controller.selection_changed.connect(self._on_controller_selection_changed)
        self._update_enabled()

    # -- actions --
    def _action(self, text: str, shortcuts: Sequence[str], slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.tag_here_action = self._action(self.tr("&Tag here"), ["T"], self.tag_here)
        self.tag_range_action = self._action(
            self.tr("Tag &range"), ["Shift+T", "R"], self.tag_range
        )
        self.accept_spike_action = self._action(self.tr("&Accept spike"), ["A"], self.accept_spike)
        self.edit_action = self._action(self.tr("&Edit tag…"), ["E", "F2"], self.edit_current)
        self.delete_action = self._action(self.tr("&Delete tag"), ["Del"], self.delete_current)
        self.undo_action = self._action(self.tr("&Undo tag change"), ["Ctrl+Z"], self.undo)
        self.redo_action = self._action(
            self.tr("Re&do tag change"), ["Ctrl+Shift+Z", "Ctrl+Y"], self.redo
        )
        # Delete acts on the tag list only: Delete pressed in the library list must not
        # remove a tag.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.delete_action)
        for action, tip in (
            (self.tag_here_action, self.tr("Tag the moment at the playhead (T)")),
            (self.tag_range_action, self.tr("Tag the selected range (Shift+T or R)")),
            (self.accept_spike_action, self.tr("Accept the current or nearest spike (A)")),
        ):
            action.setToolTip(tip)

    def actions_for_menu(self) -> list[QAction | None]:
        """Return the Tag menu's actions (None = separator)."""
        return [
            self.tag_here_action,
            self.tag_range_action,
            self.accept_spike_action,
            None,
            self.edit_action,
            self.delete_action,
            None,
            self.undo_action,
            self.redo_action,
        ]

    def _update_enabled(self) -> None:
        has_session = self.controller.session is not None
        for action in (self.tag_here_action, self.undo_action, self.redo_action):
            action.setEnabled(has_session)
        self.tag_range_action.setEnabled(has_session and self.controller.selection is not None)
        self.accept_spike_action.setEnabled(has_session and bool(self.controller.spikes))

    # -- data --
    def set_categories(self, categories: Sequence[Category]) -> None:
        """Use ``categories`` (the active codebook) in the editor and the list."""
        self.categories = [c for c in categories if c.active]
        if not self._last_category and self.categories:
            self._last_category = self.categories[0].code
        self._refill()

    def _labels(self) -> dict[str, str]:
        return {c.code: category_label(c.code, c.label) for c in self.categories}

    def _refill(self) -> None:
        self.model.set_tags(self.controller.tags, self._labels())
        self.title.setText(self.tr("Tags ({0})").format(len(self.controller.tags)))
        self._place_empty_hint()
        self._on_controller_time_changed(self.controller.t_ms)

    def current_tag(self) -> Tag | None:
        """Return the tag of the table's current row, or None."""
        index = self.table.currentIndex()
        return self.model.tag_at(index.row()) if index.isValid() else None

    def select_tag(self, tag_id: int) -> None:
        """Make tag ``tag_id`` the table's current row."""
        row = self.model.row_of(tag_id)
        if row >= 0:
            self.table.selectRow(row)

    def focus_table(self) -> None:
        """Give the tag list keyboard focus (on the tag under the playhead, else the first)."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            row = max(0, self.model.row_of(self.model.active_id))
            self.table.selectRow(row)

    def _update_detail(self) -> None:
        """Show the selected tag's (else the active tag's) full note and facts."""
        tag = self.current_tag()
        if tag is None and self.model.active_id is not None:
            row = self.model.row_of(self.model.active_id)
            tag = self.model.tag_at(row) if row >= 0 else None
        self.detail.setVisible(tag is not None)
        if tag is None:
            self.detail.clear()
            return
        label = self._labels().get(tag.category, tag.category)
        severity = f"{tag.severity} {severity_name(tag.severity)}"
        head = " · ".join(
            part
            for part in (format_span(tag.start_ms, tag.end_ms), label, severity, tag.reviewer)
            if part
        )
        signals = signal_names(tag.signals)
        lines = [head, *([self.tr("signals: {0}").format(signals)] if signals else [])]
        self.detail.setText("\n".join([*lines, "", str(tag.note)]).rstrip())

    def _place_empty_hint(self) -> None:
        """Show the how-to-tag hint over the empty list (hidden once there are tags)."""
        viewport = self.table.viewport()
        self.empty_hint.setGeometry(viewport.rect().adjusted(16, 16, -16, -16))
        if self.controller.session is None:
            text = self.tr("Open a session from the library to see and add its tags.")
        else:
            text = self.tr(
                "No tags yet.\n\nT tags the moment at the playhead, A accepts the spike "
                "under it, Shift+T tags a range dragged on the timelines.\n\n"
                "Every tag is saved at once."
            )
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(self.model.rowCount() == 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._place_empty_hint()
        return super().eventFilter(watched, event)

    # -- tagging --
    def nearest_spike(self) -> Spike | None:
        """Return the spike under the playhead, else the one nearest to it, else None."""
        spikes = self.controller.spikes
        if not spikes:
            return None
        t = self.controller.t_ms
        under = self.controller.spike_at(t)
        if under is not None:
            return under
        return min(spikes, key=lambda s: min(abs(s.start_ms - t), abs(s.end_ms - t)))

    def _open_dialog(
        self, title: str, on_choice: Callable[[TagChoice], object], *, tag: Tag | None = None
    ) -> TagDialog | None:
        if self.controller.session is None:
            return None
        self.controller.pause()
        reviewer = self.settings.reviewer or default_reviewer()
        dialog = TagDialog(
            self.categories,
            title=title,
            category=tag.category if tag is not None else self._last_category,
            severity=tag.severity if tag is not None else self._last_severity,
            note=tag.note if tag is not None else "",
            reviewer=tag.reviewer if tag is not None else reviewer,
            parent=self.window(),
        )
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if result == int(TagDialog.DialogCode.Accepted):
                choice = dialog.choice()
                self._remember(choice)
                on_choice(choice)
            dialog.deleteLater()
            # Give the keyboard back to the window (N, Space, Ctrl+Z go on working).
            self.window().activateWindow()

        dialog.finished.connect(finished)
        dialog.open()
        # Keys typed next belong to the editor, even where the window manager is slow to
        # focus a new window.
        dialog.activateWindow()
        return dialog

    def _remember(self, choice: TagChoice) -> None:
        self._last_category, self._last_severity = choice.category, choice.severity
        if choice.reviewer and choice.reviewer != self.settings.reviewer:
            self.settings.reviewer = choice.reviewer
        self.controller.reviewer = choice.reviewer

    def _save(self, **fields: Any) -> None:
        tag = self.controller.add_tag(**fields)
        if tag is not None:
            self.select_tag(tag.id)

    def tag_here(self) -> TagDialog | None:
        """Open the editor for a point tag at the playhead (key T)."""
        t = self.controller.t_ms
        return self._open_dialog(
            self.tr("Tag at {0}").format(format_t_ms(t)),
            lambda c: self._save(start_ms=t, **_fields(c)),
        )

    def tag_range(self) -> TagDialog | None:
        """Open the editor for a range tag on the selection (Shift+T or R)."""
        selection = self.controller.selection
        if selection is None:
            return None
        start, end = selection
        return self._open_dialog(
            self.tr("Tag {0}").format(format_span(start, end)),
            lambda c: self._save(start_ms=start, end_ms=end, **_fields(c)),
        )

    def accept_spike(self) -> TagDialog | None:
        """Open the editor for a tag taking the current/nearest spike's range and signals (A)."""
        spike = self.nearest_spike()
        if spike is None:
            return None
        self.controller.seek(spike.start_ms)
        return self._open_dialog(
            self.tr("Accept spike {0} ({1})").format(
                format_span(spike.start_ms, spike.end_ms), signal_names(spike.signals)
            ),
            lambda c: self._save(
                start_ms=spike.start_ms,
                end_ms=spike.end_ms,
                spike_id=spike.spike_id,
                signals=tuple(spike.signals),
                **_fields(c),
            ),
        )

    def edit_current(self) -> TagDialog | None:
        """Open the editor on the selected tag (E or F2)."""
        tag = self.current_tag() or tag_under(self.controller.tags, self.controller.t_ms)
        if tag is None:
            return None
        return self._open_dialog(
            self.tr("Edit tag {0}").format(format_span(tag.start_ms, tag.end_ms)),
            lambda c: self._guarded(
                lambda: self.controller.edit_tag(
                    tag.id, expected_version=tag.version, **_fields(c)
                )
            ),
            tag=tag,
        )

    def delete_current(self) -> None:
        """Delete the selected tag (undo brings it back)."""
        tag = self.current_tag()
        if tag is not None:
            self._guarded(lambda: self.controller.delete_tag(tag.id, expected_version=tag.version))

    def _guarded(self, change: Callable[[], object]) -> None:
        """Run a tag change; when another reviewer changed the tag first, say so.

        The tags were re-read by then (the table shows the newer version); nothing of
        this reviewer's change was written.
        """
        try:
            change()
        except TagConflict as exc:
            QMessageBox.warning(
                self.window(),
                self.tr("Someone else changed this tag"),
                self.tr(
                    "Another reviewer changed this tag while you were editing it. Your change "
                    "was not saved; the list now shows their version.\n\n{0}"
                ).format(exc.one_line()),
            )

    def undo(self) -> None:
        """Undo the last tag change of this session."""
        if self.controller.session is not None:
            self.controller.undo()

    def redo(self) -> None:
        """Redo the last undone tag change of this session."""
        if self.controller.session is not None:
            self.controller.redo()

    # -- slots --
    def _on_table_jump(self, index: QModelIndex) -> None:
        if index.isValid():
            self.controller.seek(self.model.tag_at(index.row()).start_ms)

    def _on_table_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_detail()

    def _on_table_delete(self, index: QModelIndex) -> None:
        if index.isValid():
            self.controller.delete_tag(self.model.tag_at(index.row()).id)

    def _on_controller_tags_changed(self) -> None:
        current = self.current_tag()
        self._refill()
        if current is not None:
            self.select_tag(current.id)
        self._update_enabled()

    def _on_controller_session_loaded(self, _session: object) -> None:
        self._update_enabled()

    def _on_controller_selection_changed(self, _selection: object) -> None:
        self._update_enabled()

    def _on_controller_time_changed(self, t_ms: int) -> None:
        tag = tag_under(self.controller.tags, t_ms)
        self.model.set_active(None if tag is None else tag.id)
        self._update_detail()
        if tag is not None:
            self.table.scrollTo(self.model.index(self.model.row_of(tag.id), 0))
        spike = self.controller.spike_at(t_ms)
        self.spike_label.setText(
            ""
            if spike is None
            else self.tr("Spike {0}: {1}").format(
                format_span(spike.start_ms, spike.end_ms), signal_names(spike.signals)
            )
        )


def signal_names(kinds: Sequence[str]) -> str:
    """Return the translated names of signal ``kinds``, comma-separated ("rage click, ...")."""
    return ", ".join(signal_name(kind) for kind in kinds)


def button_text(action_text: str) -> str:
    """Return a menu text as a button shows it: no mnemonic, no bracketed mnemonic key.

    The button's tooltip names its shortcut; "(T)" on the button only made the three
    tag buttons too wide for the panel in Thai.
    """
    return re.sub(r"&(.)", r"\1", _BRACKETED_MNEMONIC.sub("", action_text))  # "&&" -> "&"


def _fields(choice: TagChoice) -> dict[str, Any]:
    return {
        "category": choice.category,
        "severity": choice.severity,
        "note": choice.note,
        "reviewer": choice.reviewer,
    }
