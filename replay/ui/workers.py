"""Import in a worker thread: the one ingest path the CLI uses, never blocking the UI.

:class:`ImportWorker` lives in a ``QThread``; it opens its own :class:`Library` connection
there (SQLite connections belong to the thread that made them) and calls
:func:`replay.ingest.ingest_files` (import, store, detect; the same error handling as
``replay import``), turning its progress callbacks into Qt signals. It stops between (and,
through the importer's cancel callback, inside) files when cancelled, and ends with an
:class:`~replay.ingest.IngestOutcome`: every failure is a file name and a one-line reason,
never a traceback (STYLE.md 6.4).

:class:`ImportRunner` wires a worker to a progress dialog and the failure report.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from replay.errors import ReplayError
from replay.ingest import IngestOutcome, detect_and_save
from replay.store.target import PgTarget, parse_target
from replay.ui.gui_gc import start_thread

#: What an import run did (the core's outcome; the name the UI has always used).
ImportOutcome = IngestOutcome

__all__ = ["DetectRunner", "DetectWorker", "ImportOutcome", "ImportRunner", "ImportWorker"]


class ImportWorker(QObject):
    """Imports files into the library at ``db_path``; run :meth:`run` in a QThread.

    Signals
    -------
    file_started(int, int, str)
        Index (0-based) and total of files, and the file path.
    bytes_progress(object, object)
        Bytes read of the current file and its size (Python ints: files may exceed 2 GiB).
    finished(object)
        The :class:`ImportOutcome`.
    """

    file_started = Signal(int, int, str)
    bytes_progress = Signal(object, object)
    finished = Signal(object)

    def __init__(
        self, db_path: Path | PgTarget, paths: Sequence[Path], *, detect: bool = True
    ) -> None:
        super().__init__()
        self.db_path = parse_target(db_path)
        self.paths = [Path(p) for p in paths]
        self.detect = detect
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the import to stop (thread-safe); what was imported stays."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Return True once :meth:`cancel` was called (the importers' cancel callback)."""
        return self._cancel.is_set()

    def _progress(self, done_bytes: int, total_bytes: int) -> None:
        self.bytes_progress.emit(int(done_bytes), int(total_bytes))

    @Slot()
    def run(self) -> None:
        """Import every file; always emits :attr:`finished` exactly once."""
        outcome = ImportOutcome()
        try:
            self._run(outcome)
        except ReplayError as exc:  # e.g. the library itself cannot be opened
            outcome.failed.append((str(self.db_path), exc.one_line()))
        except Exception as exc:  # a worker must report, never die silently
            outcome.failed.append((str(self.db_path), f"{type(exc).__name__}: {exc}"))
        self.finished.emit(outcome)

    def _run(self, outcome: ImportOutcome) -> None:
        from replay.importers import find_session_files
        from replay.ingest import ingest_files
        from replay.store.library import Library

        files, failures = find_session_files([str(p) for p in self.paths])
        outcome.failed.extend((str(f.path), f.one_line()) for f in failures)
        library = Library.open(self.db_path)
        try:
            done = ingest_files(
                library,
                files,
                detect=self.detect,
                on_file=self._file_started,
                on_bytes=self._progress,
                cancel=self.is_cancelled,
            )
        finally:
            library.close()
        outcome.imported.extend(done.imported)
        outcome.failed.extend(done.failed)
        outcome.cancelled = done.cancelled
        if done.error is not None:  # the library failed: the run stopped at that file
            outcome.failed.append((str(self.db_path), done.error.one_line()))

    def _file_started(self, index: int, total: int, path: Path) -> None:
        self.file_started.emit(index, total, str(path))


class DetectWorker(QObject):
    """Computes and stores the missing detection results of ``session_ids`` (in a QThread).

    Libraries imported by an older version, or by ``replay import --no-detect``, have
    sessions without a score; this fills them in without blocking the UI.

    Signals
    -------
    progress(int, int)
        Sessions done and the total.
    finished(object)
        List of (session_id, reason) for sessions that could not be detected.
    """

    progress = Signal(int, int)
    finished = Signal(object)

    def __init__(self, db_path: Path | PgTarget, session_ids: Sequence[int]) -> None:
        super().__init__()
        self.db_path = parse_target(db_path)
        self.session_ids = [int(i) for i in session_ids]
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop after the current session (thread-safe)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        """Detect each session still lacking a result; always emits :attr:`finished` once."""
        from replay.store.library import Library
        from replay.store.results import load_result

        failed: list[tuple[int, str]] = []
        try:
            library = Library.open(self.db_path)
        except ReplayError as exc:
            self.finished.emit([(0, exc.one_line())])
            return
        try:
            for done, session_id in enumerate(self.session_ids):
                if self._cancel.is_set():
                    break
                # The GUI may have saved it meanwhile (a session opened before its turn).
                if load_result(library, session_id) is None:
                    why = detect_and_save(library, session_id)
                    if why:
                        failed.append((session_id, why))
                self.progress.emit(done + 1, len(self.session_ids))
        finally:
            library.close()
        self.finished.emit(failed)


class DetectRunner(QObject):
    """Runs one :class:`DetectWorker` in a QThread (no dialog: the status bar shows it).

    Signals
    -------
    done(object)
        The worker's failure list, after the thread has finished.
    """

    done = Signal(object)

    def __init__(
        self, db_path: Path | PgTarget, session_ids: Sequence[int], *, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.failed: list[tuple[int, str]] | None = None
        self.worker_thread = QThread(self)
        self.worker = DetectWorker(db_path, session_ids)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._on_worker_finished)

    def start(self) -> None:
        """Start detecting; returns at once."""
        start_thread(self.worker_thread)  # collections on the GUI thread only meanwhile

    def stop(self) -> None:
        """Cancel and wait for the thread (the window is closing)."""
        self.worker.cancel()
        self.worker_thread.quit()
        self.worker_thread.wait()

    def _on_worker_finished(self, failed: list[tuple[int, str]]) -> None:
        self.failed = failed
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.done.emit(failed)


class ImportRunner(QObject):
    """Runs one :class:`ImportWorker` in a QThread with a progress dialog and a report.

    Signals
    -------
    done(object)
        The :class:`ImportOutcome`, after the thread has finished.
    """

    done = Signal(object)

    def __init__(
        self,
        db_path: Path | PgTarget,
        paths: Sequence[Path],
        *,
        parent: QWidget,
        report: bool = True,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._report = report
        self.outcome: ImportOutcome | None = None
        self.worker_thread = QThread(self)
        self.worker = ImportWorker(db_path, paths)
        self.worker.moveToThread(self.worker_thread)
        self.dialog = QProgressDialog(
            self.tr("Finding session files…"), self.tr("Cancel"), 0, 1000, parent
        )
        self.dialog.setWindowTitle(self.tr("Importing"))
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(480)
        self._file_index = 0
        self._file_total = 1
        self.worker_thread.started.connect(self.worker.run)
        self.worker.file_started.connect(self._on_worker_file_started)
        self.worker.bytes_progress.connect(self._on_worker_bytes_progress)
        self.worker.finished.connect(self._on_worker_finished)
        # Through a slot of this GUI-thread object: connected straight to the worker's
        # bound method, the call is queued to the worker's thread, busy in run(), and
        # Cancel would only land after the import finished (found by tests/safety).
        self.dialog.canceled.connect(self._on_dialog_canceled)

    def start(self) -> None:
        """Start the import; returns at once."""
        start_thread(self.worker_thread)  # collections on the GUI thread only meanwhile

    def _on_dialog_canceled(self) -> None:
        self.worker.cancel()  # thread-safe: sets the threading.Event the importer polls

    def stop(self) -> None:
        """Cancel and wait for the thread (the window is closing); imported files stay."""
        self.worker.cancel()
        self.worker_thread.quit()
        self.worker_thread.wait()

    def _on_worker_file_started(self, index: int, total: int, path: str) -> None:
        self._file_index, self._file_total = index, max(total, 1)
        self.dialog.setLabelText(
            self.tr("File {0} of {1}: {2}").format(index + 1, total, Path(path).name)
        )
        self.dialog.setValue(int(1000 * index / self._file_total))

    def _on_worker_bytes_progress(self, done_bytes: int, total_bytes: int) -> None:
        fraction = done_bytes / total_bytes if total_bytes > 0 else 0.0
        overall = (self._file_index + min(max(fraction, 0.0), 1.0)) / self._file_total
        self.dialog.setValue(int(1000 * overall))

    def _on_worker_finished(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.dialog.close()
        self.done.emit(outcome)
        if self._report:
            show_import_report(self._parent, outcome)


def failure_lines(outcome: ImportOutcome) -> list[str]:
    """Return one line per failed file, each naming the file."""
    lines = []
    for path, why in outcome.failed:
        name = Path(path).name
        lines.append(why if (name and name in why) or not path else f"{path}: {why}")
    return lines


def import_report_text(outcome: ImportOutcome) -> str:
    """Return the plain-text summary of ``outcome`` (what the report dialog shows)."""
    lines = [
        QCoreApplication.translate(
            "ImportReport", "{0} session(s) imported, {1} already in the library, {2} failed."
        ).format(
            outcome.created_count,
            len(outcome.imported) - outcome.created_count,
            len(outcome.failed),
        )
    ]
    if outcome.cancelled:
        lines.append(
            QCoreApplication.translate(
                "ImportReport", "The import was cancelled; the sessions imported before it stay."
            )
        )
    return "\n".join(lines)


#: Failures listed in the dialog's text; all of them are in its details.
SHOWN_FAILURES = 15


def show_import_report(parent: QWidget, outcome: ImportOutcome) -> QMessageBox:
    """Show the import summary, listing failed files with their one-line reasons."""
    box = QMessageBox(parent)
    box.setObjectName("importReport")
    box.setWindowTitle(QCoreApplication.translate("ImportReport", "Import finished"))
    box.setText(import_report_text(outcome))
    lines = failure_lines(outcome)
    if lines:
        box.setIcon(QMessageBox.Icon.Warning)
        shown = "\n".join(f"• {line}" for line in lines[:SHOWN_FAILURES])
        if len(lines) > SHOWN_FAILURES:
            shown += "\n" + QCoreApplication.translate(
                "ImportReport", "… and {0} more (see details)"
            ).format(len(lines) - SHOWN_FAILURES)
        box.setInformativeText(
            QCoreApplication.translate("ImportReport", "These files were not imported:")
            + "\n"
            + shown
        )
        box.setDetailedText("\n".join(lines))
    else:
        box.setIcon(QMessageBox.Icon.Information)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
