"""Render a clip for the app without stopping it: ``replay clip`` in a child process.

A clip draws the stage with Qt WebEngine, which must live on a GUI thread; in the app's
own process that thread is the UI's. So the app runs ``replay clip ... --progress-lines``
as a :class:`QProcess` (its own GUI thread, its own core), reads ``frame N/M`` lines from
its standard error for the progress dialog, and stays responsive throughout. Cancel sends
SIGTERM: the child unwinds, its writer drops the partial file, and nothing is left at the
destination (a clip file appears only when complete; ``replay.review.clip.ClipWriter``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

if TYPE_CHECKING:
    from replay.store.target import PgTarget

_FRAME = re.compile(r"^frame (\d+)/(\d+)$")
_SAVED = re.compile(r"\((\d+) frames")
#: How long a cancelled child may take to unwind before it is killed.
CANCEL_GRACE_MS = 10_000


def clip_arguments(
    db: Path | PgTarget,
    session_id: int,
    *,
    from_ms: int,
    to_ms: int,
    out: Path,
    page: bool = True,
    size: tuple[int, int] | None = None,
) -> list[str]:
    """Return the ``python -m replay clip`` arguments for one clip (after the interpreter).

    ``db`` is a library file or a PostgreSQL target (its ``str`` is the URL, never with a
    password: the child finds the credentials where this process found them).
    """
    args = ["-m", "replay", "clip", str(session_id), "--from", str(from_ms), "--to", str(to_ms)]
    args += ["--out", str(out), "--db", str(db), "--progress-lines"]
    if size is not None:
        args += ["--size", f"{size[0]}x{size[1]}"]
    if not page:
        args.append("--no-page")
    return args


class ClipJob(QObject):
    """One clip rendered by a child ``replay clip``; start with :meth:`start`.

    Signals: :attr:`progress` (frames done, total), then exactly one of :attr:`finished`
    (path, frames), :attr:`failed` (one line: why) or :attr:`cancelled`.
    """

    progress = Signal(int, int)
    finished = Signal(object, int)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, arguments: list[str], out: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.out = out
        self.arguments = arguments
        self.done = False
        self.result: tuple[Path, int] | None = None
        self.error = ""
        self._cancelling = False
        self._buffer = b""
        self._lines: list[str] = []
        self.process = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        env.insert("QT_QPA_PLATFORM", "offscreen")  # frames are grabbed, never shown
        env.insert("PYTHONUNBUFFERED", "1")
        self.process.setProcessEnvironment(env)
        self.process.readyReadStandardError.connect(self._on_stderr)
        self.process.finished.connect(self._on_finished)
        self.process.errorOccurred.connect(self._on_error)

    def start(self) -> None:
        """Start the child process."""
        self.process.start(sys.executable, self.arguments)

    @property
    def running(self) -> bool:
        """Whether the child is still rendering."""
        return not self.done

    def cancel(self) -> None:
        """Stop rendering; the destination is left as it was (no partial file)."""
        if self.done or self._cancelling:
            return
        self._cancelling = True
        if self.process.state() == QProcess.ProcessState.NotRunning:
            self._finish_cancelled()
            return
        self.process.terminate()  # SIGTERM: the child unwinds and drops its partial file
        from PySide6.QtCore import QTimer

        QTimer.singleShot(CANCEL_GRACE_MS, self._kill_if_running)

    def _kill_if_running(self) -> None:
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.kill()

    def _on_stderr(self) -> None:
        self._buffer += bytes(self.process.readAllStandardError().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for raw in lines:
            line = raw.decode("utf-8", "replace").strip()
            match = _FRAME.match(line)
            if match:
                self.progress.emit(int(match.group(1)), int(match.group(2)))
            elif line:
                self._lines.append(line)

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self.done:
            self._fail(f"cannot start {sys.executable}: {self.process.errorString()}")

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self.done:
            return
        self._on_stderr()
        if self._cancelling:
            self._finish_cancelled()
            return
        out = bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")
        saved = _SAVED.search(out)
        if code == 0 and status == QProcess.ExitStatus.NormalExit and saved:
            self.done = True
            self.result = (self.out, int(saved.group(1)))
            self.finished.emit(self.out, int(saved.group(1)))
            return
        errors = [line for line in self._lines if line.lower().startswith("error")]
        why = (errors or self._lines or [f"replay clip stopped (exit {code})"])[-1]
        self._fail(why)

    def _fail(self, why: str) -> None:
        self.done = True
        self.error = why
        self.failed.emit(why)

    def _finish_cancelled(self) -> None:
        self.done = True
        # A child killed after the grace period could not drop its temporary file: the
        # destination itself is only ever written by a completed rename, so it is intact.
        self.cancelled.emit()
