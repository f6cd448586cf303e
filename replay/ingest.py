"""One ingest path: import each file, store it, detect it; progress and cancel callbacks.

``replay import`` (CLI), the app's import worker (``replay.ui.workers.ImportWorker``) and
the demo library (``replay.demo``) all call :func:`ingest_files`, so a file is refused, a
bug is contained and a full disk stops the run the same way everywhere (no Qt here):

- **A file that is not a session, or is broken** (:class:`~replay.errors.ImportFailed`,
  any other :class:`~replay.errors.ReplayError` while reading it) is refused with one
  line naming the file; nothing of it is stored and the next file is imported.
- **A bug in an importer** (any other exception while reading one file) is refused the
  same way, as ``FILE: internal error while importing (Type: message)``: never a
  traceback, and the other files still import.
- **The library fails** (:class:`~replay.errors.StoreError` from storing: locked, full
  disk, corrupt, read-only) stops the run: the error is kept in
  :attr:`IngestOutcome.error` (nothing of that file was written; earlier files stay) and
  the caller reports it once (the CLI: one line and exit 1).
- **Cancel** (the ``cancel`` callback, polled between files and inside the importers)
  stops the run; files stored before stay (each file is all-or-nothing).
- **Detection** (``detect=True``) runs right after a *new* session is stored. When it
  fails, the session stays imported and the reason is one more failure line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from replay.errors import ImportCancelled, ReplayError, StoreError
from replay.importers import import_file
from replay.model.chunked import is_chunked
from replay.model.session import Session
from replay.signals import SignalConfig
from replay.store.library import Library
from replay.store.results import detect_and_store

#: ``on_file(index, total, path)``: called before each file (index from 0).
FileCallback = Callable[[int, int, Path], None]
#: ``on_bytes(done_bytes, total_bytes)``: the current file's reading progress.
BytesCallback = Callable[[int, int], None]
#: ``cancel()``: True to stop (polled between files and inside the importers).
CancelCallback = Callable[[], bool]


@dataclass(slots=True)
class IngestOutcome:
    """What an ingest run did.

    Attributes
    ----------
    imported : list of (path, session_id, created)
        ``created`` is False when the file was already in the library (same content).
    failed : list of (path, reason)
        One line per refused file (and per session whose detection failed).
    cancelled : bool
        True when the run was cancelled; files stored before that are kept.
    error : StoreError or None
        The library error that stopped the run, if any.
    """

    imported: list[tuple[str, int, bool]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    error: StoreError | None = None

    @property
    def created_count(self) -> int:
        """Sessions newly added to the library."""
        return sum(1 for _p, _i, created in self.imported if created)


@dataclass(frozen=True, slots=True)
class FileDone:
    """One file's result, handed to ``on_done`` as soon as it is known.

    Attributes
    ----------
    path : Path
        The file as found.
    session : Session or None
        The imported session (None when refused); only valid during the callback.
    session_id : int or None
        Its id in the library.
    created : bool
        False when the same content was already in the library.
    refused : str or None
        One line naming the file and why it was refused.
    detect_failed : str or None
        Why detection failed (the session is kept), or None.
    """

    path: Path
    session: Session | None = None
    session_id: int | None = None
    created: bool = False
    refused: str | None = None
    detect_failed: str | None = None


def refusal_line(path: Path, exc: Exception) -> str:
    """Return the one line that refuses ``path`` for ``exc`` (never a traceback)."""
    if isinstance(exc, ReplayError):
        return exc.one_line()
    reason = " ".join(f"{type(exc).__name__}: {exc}".split())
    return f"{path}: internal error while importing ({reason})"


def detect_and_save(
    library: Library,
    session_id: int,
    session: Session | None = None,
    config: SignalConfig | None = None,
) -> str:
    """Run the detectors on a stored session and save the result (as ``replay detect`` does).

    Returns "" when saved, else one line saying why not (the session itself is kept).
    """
    try:
        detect_and_store(library, session_id, config, session=session)
    except ReplayError as exc:
        return f"frustration signals not computed: {exc.one_line()}"
    except Exception as exc:  # a detector bug must not stop the import of the other files
        return f"frustration signals not computed: {type(exc).__name__}: {exc}"
    return ""


def ingest_files(
    library: Library,
    files: Sequence[Path],
    *,
    detect: bool = True,
    config: SignalConfig | None = None,
    on_file: FileCallback | None = None,
    on_bytes: BytesCallback | None = None,
    on_done: Callable[[FileDone], None] | None = None,
    cancel: CancelCallback | None = None,
    mask_text: bool = False,
) -> IngestOutcome:
    """Import, store and (``detect``) detect each of ``files`` into ``library``.

    Parameters
    ----------
    library : Library
        The open library (writable).
    files : sequence of Path
        Session files, e.g. from :func:`replay.importers.find_session_files`.
    detect : bool
        Run the detectors on each new session and store the result.
    config : SignalConfig, optional
        Detector thresholds (default: ``load_config()``).
    on_file, on_bytes, on_done : callable, optional
        Progress: before each file; bytes read of the current file; each file's result.
    cancel : callable, optional
        Returns True to stop.
    mask_text : bool
        rrweb: replace every letter of the recorded page's text by ``*`` (``--mask-text``).

    Returns
    -------
    IngestOutcome
        Never raises for a bad file or a library error (see the module docstring).
    """
    outcome = IngestOutcome()
    stop = cancel if cancel is not None else (lambda: False)
    for index, path in enumerate(files):
        if stop():
            outcome.cancelled = True
            break
        if on_file is not None:
            on_file(index, len(files), path)
        try:
            session = import_file(path, progress=on_bytes, cancel=cancel, mask_text=mask_text)
        except ImportCancelled:
            outcome.cancelled = True
            break
        except Exception as exc:  # a bug in an importer must not become a traceback
            line = refusal_line(path, exc)
            outcome.failed.append((str(path), line))
            if on_done is not None:
                on_done(FileDone(path, refused=line))
            continue
        try:
            session_id, created = library.add_session(session)
        except StoreError as exc:
            outcome.error = exc
            break
        outcome.imported.append((str(path), session_id, created))
        # A big import's columns are in its spill file, not in memory: detection reads the
        # stored session back (fast: BLOBs into numpy) instead of loading them from there.
        held = None if is_chunked(session) else session
        why = detect_and_save(library, session_id, held, config) if created and detect else ""
        if why:
            outcome.failed.append((str(path), why))
        if on_done is not None:
            on_done(FileDone(path, session, session_id, created, detect_failed=why or None))
    return outcome
