"""The main window: library list on the left, the replay in the centre, tags on the right.

The window only arranges panels, menus and keyboard focus; every job is done by the
review model behind the controller (library, session, tags; ``replay.review.model``), the
tag panel, the import worker and the core (export): the window makes no store call. A whole day of review is possible by keyboard alone (issue 5): Ctrl+L library,
Ctrl+T tags, Ctrl+Up/Down or Alt+Up/Down previous/next session, Ctrl+R reviewed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEventLoop, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSizePolicy,
    QSplitter,
    QWidget,
)

from replay import __version__
from replay.errors import ReplayError
from replay.model.tags import Tag
from replay.store.library import Library, SessionRow
from replay.store.target import PgTarget, parse_target
from replay.ui import gui_gc
from replay.ui.controller import ReplayController
from replay.ui.events_pane import EventsPane
from replay.ui.help import ShortcutsDialog, about_text
from replay.ui.hits_pane import PANE_HEIGHT_PX, HitsPane
from replay.ui.i18n import build_language_menu, language_changed_note
from replay.ui.library_dialog import OpenLibraryDialog
from replay.ui.replay_view import ReplayView
from replay.ui.session_list import SessionListPanel
from replay.ui.settings import Settings, default_reviewer
from replay.ui.tag_panel import TagPanel
from replay.ui.workers import DetectRunner, ImportOutcome, ImportRunner

if TYPE_CHECKING:
    from replay.ui.clip_job import ClipJob

DEFAULT_SIZE = (1440, 900)
#: A clip of a point tag shows this long before and after it (ms).
CLIP_BEFORE_MS, CLIP_AFTER_MS = 2_000, 3_000
#: The hits and events panes' default height under the replay.
DOCK_HEIGHT_PX = PANE_HEIGHT_PX  # the panes' own height hint: one number for both
#: Share of the window's height the docked lists get by default (above the floor).
DOCK_SHARE = 0.28
#: The least height a docked pane keeps (its table scrolls below that).
PANE_MIN_HEIGHT_PX = 110


def _make_replay_view(controller: ReplayController, parent: QWidget) -> ReplayView:
    """Return the replay view (canvas, timelines, transport) for ``controller``."""
    view = ReplayView(controller, parent=parent)
    # Playback keys work wherever the focus is in the window (library list, tag list);
    # text fields keep their own keys (Qt gives them the shortcut override).
    view.set_shortcut_context(Qt.ShortcutContext.WindowShortcut)
    return view


class MainWindow(QMainWindow):
    """Library list, replay view and tag panel, with menus, drops and remembered layout.

    Parameters
    ----------
    settings : Settings, optional
        Remembered settings (default: the user's).
    remember : bool
        Save layout and settings on close (False for screenshots).
    """

    def __init__(
        self,
        *,
        settings: Settings | None = None,
        remember: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.remember = remember
        self.db_path: Path | PgTarget | None = None
        self.import_runner: ImportRunner | None = None
        self.detect_runner: DetectRunner | None = None
        #: Raise ReplayErrors instead of showing them (``--screenshot``: one line, exit 1).
        self.raise_errors = False
        self.clip_dialog: QProgressDialog | None = None  # the clip being rendered, if any
        self._current_row: SessionRow | None = None  # the open session's row, read on demand

        self.controller = ReplayController(parent=self)
        self.controller.reviewer = self.settings.reviewer
        self.controller.set_speed(self.settings.speed)
        self.controller.set_skip_idle(self.settings.skip_idle)
        self.controller.spike_landing = self.settings.spike_landing
        self.session_list = SessionListPanel(self)
        self.replay_view = _make_replay_view(self.controller, self)
        self.tag_panel = TagPanel(self.controller, settings=self.settings, parent=self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for widget in (self.session_list, self.replay_view):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        # The replay gets at least half the width (the tags, hits and events are docked
        # under it, so three columns no longer squeeze it at 1280 px).
        self.splitter.setSizes([520, 920])
        # Timelines get nearly half the height: five lanes, each tall enough for its label.
        self.replay_view.splitter.setSizes([500, 420])
        self.setCentralWidget(self.splitter)
        # The reviewer's lists, docked under the replay (tabbed; movable, closable).
        self.hits_pane = HitsPane(self.controller, self)
        self.events_pane = EventsPane(self.controller, self)
        # Short docks scroll their tables; without a floor of their own the tag panel's
        # layout asked for 257 px and squeezed the stage at 720 px.
        for pane in (self.tag_panel, self.hits_pane, self.events_pane):
            pane.setMinimumHeight(PANE_MIN_HEIGHT_PX)
        self.tags_dock = self._dock(self.tr("Tags"), "tagsDock", self.tag_panel)
        self.hits_dock = self._dock(self.tr("Hits"), "hitsDock", self.hits_pane)
        self.events_dock = self._dock(self.tr("Events"), "eventsDock", self.events_pane)
        self.tabifyDockWidget(self.tags_dock, self.hits_dock)
        self.tabifyDockWidget(self.hits_dock, self.events_dock)
        self.tags_dock.raise_()
        self._docks_sized = False

        self.library_label = QLabel(self)
        self.count_label = QLabel(self)
        # The path may be longer than the window: it is clipped (whole in the tooltip)
        # instead of widening the window, and kept off the window's left edge.
        self.library_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.library_label.setContentsMargins(6, 0, 6, 0)
        self.count_label.setContentsMargins(6, 0, 6, 0)
        self.statusBar().addWidget(self.library_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)
        self._build_menus()
        self.setAcceptDrops(True)
        self.resize(*DEFAULT_SIZE)
        self._restore_layout()
        self._update_title()

        # Empty lanes with 0-1 scales say nothing: the timelines appear with a session.
        self.replay_view.timelines.setVisible(False)
        self.session_list.session_activated.connect(self._on_session_list_session_activated)
        self.session_list.filter_changed.connect(self._on_session_list_filter_changed)
        self.controller.session_loaded.connect(self._on_controller_session_loaded)
        self.controller.tags_edited.connect(self._on_controller_tags_edited)
        self.controller.speed_changed.connect(self._on_controller_speed_changed)

    @property
    def library(self) -> Library | None:
        """The open library (the review model's), or None."""
        return self.controller.library

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.resizeDocks([dock], [DOCK_HEIGHT_PX], Qt.Orientation.Vertical)
        return dock

    def focus_tags(self) -> None:
        """Show the tags pane and put the focus in its table."""
        self.show_pane(self.tags_dock)
        self.tag_panel.focus_table()

    def show_pane(self, dock: QDockWidget) -> None:
        """Show and raise a docked pane and put the keyboard focus in it."""
        dock.show()
        dock.raise_()
        dock.widget().setFocus()

    # -- menus --
    def _add(
        self, menu: QMenu, text: str, slot: Callable[[], object], shortcuts: Sequence[str] = ()
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._add(file_menu, self.tr("&Import files…"), self.import_files_dialog, ["Ctrl+O"])
        self._add(
            file_menu, self.tr("Import &folder…"), self.import_folder_dialog, ["Ctrl+Shift+O"]
        )
        self._add(file_menu, self.tr("&Export CSV…"), self.show_export_dialog, ["Ctrl+E"])
        file_menu.addSeparator()
        self._add(file_menu, self.tr("Open &library…"), self.open_library_dialog, ["Ctrl+Shift+L"])
        self._add(file_menu, self.tr("Open lin&k…"), self.open_link_dialog, ["Ctrl+Shift+K"])
        self._add(
            file_menu, self.tr("&Copy link to this moment"), self.copy_link, ["Ctrl+Shift+C"]
        )
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), self.close, ["Ctrl+Q"])

        playback = bar.addMenu(self.tr("&Playback"))
        for action in self.replay_view.actions():
            playback.addAction(action)
        playback.addSeparator()
        self.first_hit_action = QAction(self.tr("Spike keys land on the first &hit"), self)
        self.first_hit_action.setCheckable(True)
        self.first_hit_action.setChecked(self.controller.spike_landing == "first_hit")
        self.first_hit_action.setToolTip(
            self.tr("Off: N and P land where the frustration score starts to rise")
        )
        self.first_hit_action.toggled.connect(self.set_spike_landing_first_hit)
        playback.addAction(self.first_hit_action)

        tag_menu = bar.addMenu(self.tr("&Tag"))
        for tag_action in self.tag_panel.actions_for_menu():
            if tag_action is None:
                tag_menu.addSeparator()
            else:
                tag_menu.addAction(tag_action)
                self.addAction(tag_action)
        tag_menu.addSeparator()
        self.reviewed_action = self._add(
            tag_menu, self.tr("Mark session &reviewed"), self.toggle_reviewed, ["Ctrl+R"]
        )
        self._add(tag_menu, self.tr("Reviewer &name…"), self.ask_reviewer)
        self._add(tag_menu, self.tr("Export &clip of this tag…"), self.export_tag_clip_dialog)

        view = bar.addMenu(self.tr("&View"))
        self._add(view, self.tr("Go to &library list"), self.focus_library, ["Ctrl+L"])
        self._add(view, self.tr("Search the library"), self.focus_search, ["Ctrl+F"])
        self._add(view, self.tr("Go to &replay"), self.focus_replay, ["Ctrl+P"])
        self._add(view, self.tr("Go to &tags"), self.focus_tags, ["Ctrl+T"])
        self._add(view, self.tr("Go to &hits"), lambda: self.show_pane(self.hits_dock), ["Ctrl+H"])
        self._add(
            view, self.tr("Go to &events"), lambda: self.show_pane(self.events_dock), ["Ctrl+J"]
        )
        self._add(view, self.tr("&Insights across sessions…"), self.show_insights, ["Ctrl+I"])
        view.addSeparator()
        self._add(
            view,
            self.tr("&Previous session"),
            lambda: self.open_adjacent_session(-1),
            ["Ctrl+Up", "Alt+Up"],
        )
        self._add(
            view,
            self.tr("&Next session"),
            lambda: self.open_adjacent_session(+1),
            ["Ctrl+Down", "Alt+Down"],
        )
        view.addSeparator()
        self.page_action = self._add(
            view, self.tr("Show the recorded &page"), self.toggle_page, ["W"]
        )
        self.page_action.setCheckable(True)
        self.page_action.setChecked(True)
        view.addSeparator()
        view.addMenu(
            build_language_menu(self, current=self.settings.language, on_chosen=self.set_language)
        )

        from replay.ui.team_menu import TeamMenu  # agreement, consensus, calibration, blind

        self.team_menu = TeamMenu(self)
        bar.addMenu(self.team_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, ["F1", "?"])
        self._add(help_menu, self.tr("&About replay"), self.show_about)

    # -- library --
    def open_library(self, path: Path | PgTarget) -> bool:
        """Open (or create) the library at ``path``; False and a message if it cannot."""
        path = parse_target(path)
        try:
            self.controller.model.open_library(path)
        except ReplayError as exc:
            self._error(self.tr("Cannot open the library"), exc)
            return False
        self._stop_detect_runner()
        self.db_path = path
        self.tag_panel.set_categories(self.controller.model.categories())
        if self.remember:
            self.settings.last_library = self.db_path
            self.settings.remember_library(self.db_path)
        self.library_label.setText(self.tr("Library: {0}").format(self.db_path))
        self.library_label.setToolTip(str(self.db_path))
        self.refresh_library()
        self.detect_missing()
        return True

    def detect_missing(self) -> DetectRunner | None:
        """Compute, in a worker thread, the scores of sessions that have none yet."""
        listing = self.session_list.model.listing
        missing = [int(i) for i in listing.id[np.isnan(listing.score)]]
        if self.db_path is None or not missing or self.detect_runner is not None:
            return None
        runner = DetectRunner(self.db_path, missing, parent=self)
        runner.worker.progress.connect(self._on_detect_progress)
        runner.done.connect(self._on_detect_runner_done)
        self.detect_runner = runner
        runner.start()
        return runner

    def _stop_detect_runner(self) -> None:
        if self.detect_runner is not None:
            self.detect_runner.done.disconnect(self._on_detect_runner_done)
            self.detect_runner.stop()
            self.detect_runner = None

    def refresh_library(self) -> None:
        """Re-read the session rows (after an import, a tag or a review mark)."""
        if self.library is None:
            return
        self._current_row = None
        model = self.controller.model
        self.session_list.set_listing(model.session_listing(), search=model.search_sessions)
        self._update_title()

    def select_first_session(self) -> None:
        """Select the first row shown (the most frustrated with the default sort)."""
        ids = self.session_list.visible_session_ids()
        if ids:
            self.session_list.select_session(ids[0])

    def open_session(self, session_id: int, *, at_ms: int | None = None) -> bool:
        """Load session ``session_id`` into the replay; False with a message if it fails."""
        if self.library is None:
            return False
        try:
            self.controller.load_session(session_id)
        except ReplayError as exc:
            self._error(self.tr("Cannot open session {0}").format(session_id), exc)
            return False
        self.session_list.select_session(session_id)
        if self.session_list.model.has_no_score(session_id):
            self.refresh_library()  # the model detected and stored it: score and spikes
        if at_ms is not None:
            self.controller.seek(at_ms)
        self._update_title()
        return True

    def set_spike_landing_first_hit(self, on: bool) -> None:
        """Make N/P/U land on a spike's first hit (on) or on its score rise (off); remembered."""
        landing = "first_hit" if on else "score_rise"
        self.controller.spike_landing = landing
        if self.remember:
            self.settings.spike_landing = landing

    def clip_tag(self) -> Tag | None:
        """Return the tag a clip is made of: the selected one, else the one at the playhead."""
        from replay.ui.tag_panel import tag_under

        return self.tag_panel.current_tag() or tag_under(
            self.controller.tags, self.controller.t_ms
        )

    def start_tag_clip(self, tag: Tag, path: Path) -> ClipJob | None:
        """Start rendering the clip of ``tag`` to ``path`` in a child ``replay clip``.

        A point tag gives 2 s before to 3 s after it. The page is in the clip when the
        stage shows it (View ▸ Show the recorded page). The UI stays responsive: the child
        has its own GUI thread for Qt WebEngine (replay.ui.clip_job).
        """
        from replay.review.clip import clip_format
        from replay.ui.clip_job import ClipJob, clip_arguments

        sid = self.controller.session_id
        if self.library is None or sid is None or self.db_path is None:
            return None
        try:
            clip_format(path)
        except ReplayError as exc:
            self._error(self.tr("Cannot export the clip"), exc)
            return None
        duration = self.controller.duration_ms
        start, end = tag.start_ms, tag.end_ms
        if end is None or end <= start:
            start, end = max(0, start - CLIP_BEFORE_MS), min(duration, start + CLIP_AFTER_MS)
        page = self.page_action.isChecked()
        args = clip_arguments(self.db_path, sid, from_ms=start, to_ms=end, out=path, page=page)
        job = ClipJob(args, path, parent=self)
        job.start()
        return job

    def export_tag_clip(
        self, tag: Tag, path: Path, *, progress: Callable[[int, int], None] | None = None
    ) -> tuple[Path, int] | None:
        """Render the clip of ``tag`` to ``path`` and wait, the event loop turning meanwhile.

        Returns (path, frames), or None when it failed (a message says why).
        """
        job = self.start_tag_clip(tag, path)
        if job is None:
            return None
        if progress is not None:
            job.progress.connect(progress)
        loop = QEventLoop()
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(loop.quit)
        if not job.done:
            loop.exec()
        if job.error:
            self._error(self.tr("Cannot export the clip"), ReplayError(job.error))
        return job.result

    def export_tag_clip_dialog(self) -> ClipJob | None:
        """Ask where to save the clip of the selected tag; render it with progress and Cancel."""
        tag = self.clip_tag()
        if tag is None:
            self.statusBar().showMessage(self.tr("Select a tag first"), 5000)
            return None
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export clip of this tag"),
            str(Path.home() / f"replay-tag-{tag.id}.mp4"),
            self.tr("MP4 video (*.mp4);;Animated WebP (*.webp);;Animated GIF (*.gif)"),
        )
        if not name:
            return None
        return self.render_clip_with_progress(tag, Path(name))

    def render_clip_with_progress(self, tag: Tag, path: Path) -> ClipJob | None:
        """Render the clip of ``tag`` behind a progress dialog with Cancel (non-blocking)."""
        job = self.start_tag_clip(tag, path)
        if job is None:
            return None
        dialog = QProgressDialog(self.tr("Rendering the clip…"), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.clip_dialog = dialog

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total - 1))  # 100 % only when the file is in place

        def finished(out: Path, frames: int) -> None:
            dialog.close()
            self.statusBar().showMessage(
                self.tr("Saved {0} ({1} frames)").format(out, frames), 8000
            )

        def failed(why: str) -> None:
            dialog.close()
            self._error(self.tr("Cannot export the clip"), ReplayError(why))

        def cancelled() -> None:
            dialog.close()
            self.statusBar().showMessage(self.tr("Clip cancelled; nothing was saved"), 8000)

        job.progress.connect(progress)
        job.finished.connect(finished)
        job.failed.connect(failed)
        job.cancelled.connect(cancelled)
        dialog.canceled.connect(job.cancel)
        dialog.show()
        return job

    def moment_link(self) -> str | None:
        """Return ``replay://HASH?t=MS`` for the open session at the playhead, or None."""
        from replay.model.links import session_link

        sid = self.controller.session_id
        if self.library is None or sid is None:
            return None
        return session_link(self.library.content_hash(sid), self.controller.t_ms)

    def copy_link(self) -> None:
        """Put the link to this moment on the clipboard (to paste into a report or chat)."""
        link = self.moment_link()
        if link is not None:
            QGuiApplication.clipboard().setText(link)
            self.statusBar().showMessage(self.tr("Copied {0}").format(link), 5000)

    def open_link(self, text: str) -> bool:
        """Open a ``replay://HASH?t=MS`` link: this library first, then recent ones.

        PostgreSQL libraries are asked at once, each with a short timeout; those that
        could not be reached are named in the status line.
        """
        from replay.model.links import parse_link
        from replay.store.links import LINK_THREADS, locate

        try:
            moment = parse_link(text)
            candidates = [p for p in (self.db_path,) if p is not None]
            with gui_gc.held():  # locate's threads: collections on this thread only
                try:
                    found = locate(moment, [*candidates, *self.settings.recent_libraries])
                finally:
                    gui_gc.hold_while_threads(LINK_THREADS)  # a slow server's, left behind
        except ReplayError as exc:
            self._error(self.tr("Cannot open the link"), exc)
            return False
        elsewhere = self.db_path is None or (
            str(found.library) != str(self.db_path)
            if isinstance(self.db_path, PgTarget) or isinstance(found.library, PgTarget)
            else found.library.resolve() != self.db_path.resolve()
        )
        if elsewhere and not self.open_library(found.library):
            return False
        opened = self.open_session(found.session_id, at_ms=found.t_ms)
        if found.unreachable:
            self.say_unreachable([name for name, _why in found.unreachable])
        return opened

    def say_unreachable(self, names: Sequence[str]) -> None:
        """Name in the status line the libraries a deep link could not reach (skipped)."""
        self.statusBar().showMessage(
            self.tr("Not reachable, skipped: {0}").format(", ".join(names)), 20000
        )

    def open_link_dialog(self) -> None:
        """Ask for a link (prefilled from the clipboard when it holds one) and open it."""
        from replay.model.links import is_link

        clip = QGuiApplication.clipboard().text()
        text, ok = QInputDialog.getText(
            self,
            self.tr("Open link"),
            self.tr("Link (replay://…):"),
            text=clip if is_link(clip) else "",
        )
        if ok and text.strip():
            self.open_link(text)

    def open_adjacent_session(self, step: int) -> bool:
        """Open the session ``step`` rows below (or above) the open one in the list."""
        from_id = self.controller.session_id
        target = self.session_list.adjacent_session_id(step, from_id=from_id)
        return target is not None and self.open_session(target)

    def current_row(self) -> SessionRow | None:
        """Return the library row of the open session, or None."""
        sid = self.controller.session_id
        if sid is None:
            return None
        if self._current_row is None or self._current_row.id != sid:
            self._current_row = self.controller.model.session_row(sid)
        return self._current_row

    def toggle_page(self) -> None:
        """Show or hide the recorded page behind the cursor overlay (key W)."""
        layer = self.replay_view.page_layer
        layer.set_enabled(not layer.enabled)
        self.page_action.setChecked(layer.enabled)

    def toggle_reviewed(self) -> None:
        """Mark the open session reviewed (or not reviewed, if it was)."""
        row = self.current_row()
        if row is None or self.library is None:
            return
        reviewer = self.settings.reviewer or default_reviewer()
        self.controller.model.set_reviewed(row.id, reviewer=reviewer, reviewed=not row.reviewed_at)
        self.refresh_library()

    # -- import and export --
    def import_paths(self, paths: Sequence[Path], *, report: bool = True) -> ImportRunner | None:
        """Import files and folders in a worker thread; the list refreshes when done."""
        if self.db_path is None or not paths or self.import_runner is not None:
            return None
        runner = ImportRunner(self.db_path, list(paths), parent=self, report=report)
        runner.done.connect(self._on_import_runner_done)
        self.import_runner = runner
        runner.start()
        return runner

    def import_files_dialog(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import session files"),
            "",
            self.tr("Sessions (*.json *.jsonl *.gz *.csv session_*);;All files (*)"),
        )
        self.import_paths([Path(f) for f in files])

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of sessions"))
        if folder:
            self.import_paths([Path(folder)])

    def open_library_dialog(self) -> OpenLibraryDialog:
        """Show the Open Library dialog (a file or a PostgreSQL address); open what it gives."""
        dialog = OpenLibraryDialog(self.db_path, self.settings.recent_libraries, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            target = dialog.target()
            if target is not None:
                self.open_library(target)

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def show_export_dialog(self) -> QWidget | None:
        if self.library is None:
            return None
        from replay.ui.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.library,
            current_session_id=self.controller.session_id,
            selected_session_ids=self.session_list.selected_session_ids(),
            reviewer=self.settings.reviewer,
            parent=self,
        )
        dialog.open()
        return dialog

    def show_insights(self) -> QWidget | None:
        if self.library is None or self.db_path is None:
            return None
        from replay.ui.insights_view import InsightsView

        view = InsightsView(self.library, self.db_path, parent=self)
        view.show()
        view.start()
        return view

    # -- focus and small dialogs --
    def focus_library(self) -> None:
        self.session_list.focus_table()

    def focus_search(self) -> None:
        self.session_list.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.session_list.search.selectAll()

    def focus_replay(self) -> None:
        self.replay_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def ask_reviewer(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Reviewer name"),
            self.tr("Name written on your tags:"),
            text=self.settings.reviewer or default_reviewer(),
        )
        if ok and name.strip():
            self.settings.reviewer = name
            self.controller.reviewer = self.settings.reviewer

    def set_language(self, code: str) -> None:
        self.settings.language = code
        self.statusBar().showMessage(language_changed_note(), 8000)

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.menuBar(), parent=self)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About replay"), about_text(__version__))

    def _error(self, title: str, exc: ReplayError) -> None:
        if self.raise_errors:
            raise exc
        box = QMessageBox(QMessageBox.Icon.Warning, title, exc.one_line(), parent=self)
        box.open()

    def _update_title(self) -> None:
        row = self.current_row()
        parts = [row.source_name] if row is not None else []
        if self.db_path is not None:
            parts.append(self.db_path.name)
        self.setWindowTitle(" — ".join([*parts, "replay"]))

    # -- layout memory --
    def _restore_layout(self) -> None:
        geometry, state = self.settings.window_geometry, self.settings.window_state
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self._splitter_pending = self.settings.splitter_state

    def save_layout(self) -> None:
        """Remember geometry, panel widths, speed and skip-idle."""
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.speed = self.controller.speed
        self.settings.skip_idle = self.controller.clock.skip_idle
        self.settings.sync()

    # -- events and slots --
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Panel widths are restored once the window has its real size; before, the splitter
        # would scale them from its provisional size.
        if self._splitter_pending is not None:
            self.splitter.restoreState(self._splitter_pending)
            self._splitter_pending = None
        self._size_docks_once()

    def _size_docks_once(self) -> None:
        """Give the docked panes their default height once, unless a layout was remembered.

        The lanes appear with the first session; until then the dock area took the height
        they leave, squeezing the stage once they show.
        """
        if self.settings.window_state is None and not self._docks_sized and self.isVisible():
            if self.controller.session is not None:
                self._docks_sized = True
            # A floor for 720 px screens; on taller windows the lists get about a quarter of
            # the height (at 1000 px a fixed 190 px showed one tag row).
            height = max(DOCK_HEIGHT_PX, round(self.height() * DOCK_SHARE))
            self.resizeDocks([self.tags_dock], [height], Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.pause()
        if self.import_runner is not None:
            self.import_runner.stop()
            self.import_runner = None
        self._stop_detect_runner()
        if self.remember:
            self.save_layout()
        self.controller.model.close_library()
        gui_gc.thaw()  # what the shown session froze goes back to the collector
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls: list[QUrl] = event.mimeData().urls()
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def _on_controller_session_loaded(self, _session: object) -> None:
        self.replay_view.timelines.setVisible(True)
        self._size_docks_once()

    def _on_session_list_filter_changed(self, shown: int, total: int) -> None:
        if shown == total:
            self.count_label.setText(self.tr("{0} sessions").format(total))
        else:
            self.count_label.setText(self.tr("{0} of {1} sessions").format(shown, total))

    def _on_session_list_session_activated(self, session_id: int) -> None:
        self.open_session(session_id)

    def _on_import_runner_done(self, _outcome: ImportOutcome) -> None:
        self.import_runner = None
        self.refresh_library()

    def _on_detect_progress(self, done: int, total: int) -> None:
        self.statusBar().showMessage(
            self.tr("Computing frustration scores: {0} of {1}").format(done, total), 3000
        )

    def _on_detect_runner_done(self, failed: list[tuple[int, str]]) -> None:
        self.detect_runner = None
        self.refresh_library()
        if failed:
            self.statusBar().showMessage(
                self.tr("Scores not computed for {0} session(s): {1}").format(
                    len(failed), failed[0][1]
                ),
                15000,
            )

    def _on_controller_tags_edited(self) -> None:
        # Tag counts in the list follow every saved change (opening a session changes none).
        if self.library is not None and self.controller.session_id is not None:
            self.refresh_library()

    def _on_controller_speed_changed(self, speed: float) -> None:
        if self.remember:
            self.settings.speed = speed
