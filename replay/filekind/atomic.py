"""One atomic output for every file replay writes: a locked temporary file, renamed on commit."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from replay.filekind.kinds import existing_kind, kind_of, output_problem
from replay.filekind.temporaries import clean_stale_temporaries, temporary

_A_FOLDER = "(it is a folder)"


class AtomicOutput:
    """A locked temporary file beside ``target`` that becomes ``target`` only on :meth:`commit`.

    Made by :func:`atomic_output`, which documents the rules. Write through :attr:`path`
    (libraries that open a file by name: pyarrow, Qt, PyAV, Pillow; give them the format
    explicitly, the name ends in ``.replay-tmp``) or through :meth:`open` (a file object
    on the already open descriptor). As a context manager it commits on a normal exit and
    discards on any exception, ``KeyboardInterrupt`` included.
    """

    def __init__(
        self, target: Path, *, error: Callable[[str], Exception], what: str, fd: int, tmp: Path
    ) -> None:
        self.target = target
        #: The temporary file: write here.
        self.path = tmp
        self._error = error
        self._what = what
        self._fd: int | None = fd
        self._handles: list[IO[Any]] = []

    def open(self, mode: str = "wb", **kwargs: Any) -> IO[Any]:
        """Return a file object writing the temporary file (``open()``'s ``mode`` and keywords)."""
        if self._fd is None:
            raise ValueError(f"{self.target}: the output is already finished")
        handle = os.fdopen(self._fd, mode, closefd=False, **kwargs)
        self._handles.append(handle)
        return handle

    def commit(self) -> Path:
        """Flush to disk and rename the temporary file over the target; return the target.

        Raises ``error(...)`` (and removes the temporary file) when the target became
        something other than a regular file, or on an OS error.
        """
        if self._fd is None:
            raise ValueError(f"{self.target}: the output is already finished")
        fd = self._fd
        try:
            for handle in self._handles:
                handle.flush()
            os.fsync(fd)
            # Checked again just before the move: the name must still not be a device.
            mode, _ = existing_kind(self.target)
            if mode is not None and not stat.S_ISREG(mode):
                raise self._error(
                    f"{self.target}: not a regular file (it is {kind_of(mode)}); "
                    "nothing was written"
                )
            # What is renamed is what was written (the name was not swapped meanwhile).
            if not os.path.samestat(os.fstat(fd), os.lstat(self.path)):
                raise OSError(errno.ESTALE, "the temporary file was replaced while writing")
            os.fchmod(fd, _final_mode(mode, self.target))
            self.path.replace(self.target)
        except OSError as exc:
            self.discard()
            raise self._error(self._cannot(exc)) from exc
        except BaseException:
            self.discard()
            raise
        self._close()
        _fsync_folder(self.target)
        return self.target

    def discard(self) -> None:
        """Remove the temporary file; the target stays as it was. Safe to call twice."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()  # while the lock is still held: no cleaner judges it meanwhile
        self._close()

    def _close(self) -> None:
        for handle in self._handles:
            with contextlib.suppress(OSError, ValueError):
                handle.close()
        self._handles = []
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # releases the lock

    def _cannot(self, exc: OSError) -> str:
        return f"{self.target}: cannot write {self._what}: {exc.strerror or exc}"

    def __enter__(self) -> AtomicOutput:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, _tb: object
    ) -> None:
        if exc_type is None:
            if self._fd is not None:
                self.commit()
            return
        self.discard()
        if isinstance(exc, OSError):
            raise self._error(self._cannot(exc)) from exc


def _final_mode(existing: int | None, target: Path) -> int:
    """Return the permission bits the output gets: the replaced file's, or 0666 less umask."""
    if existing is not None:
        with contextlib.suppress(OSError):
            return stat.S_IMODE(target.stat().st_mode)
    return 0o666 & ~_umask()


def _umask() -> int:
    """Return the process umask without changing it (Linux), else by setting it back at once."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    umask = os.umask(0o077)  # briefly stricter, never looser, for other threads
    os.umask(umask)
    return umask


def _fsync_folder(target: Path) -> None:
    """Make the rename itself durable (best effort: not every file system allows it)."""
    folder = target.parent if str(target.parent) else Path()
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_output(
    path: str | os.PathLike[str],
    *,
    error: Callable[[str], Exception],
    what: str = "the file",
) -> AtomicOutput:
    """Check ``path`` by :func:`output_problem` and open a temporary file to write it.

    The one way replay writes a file the user names (CSV, PNG, HTML, PDF, Parquet, clips,
    configs). The temporary file is created beside the target (same folder, so the
    rename is atomic) as ``.<name>.<pid>.<random>.replay-tmp`` with ``O_EXCL``, mode 0600
    and never through a symlink, and is held under an ``flock`` while it is written. On
    :meth:`AtomicOutput.commit` (a normal exit from the ``with`` block) it is flushed to
    disk, the target is checked again (still not a device), and it is renamed over the
    target, which keeps its permission bits (a new one gets ``0666`` less the umask, as
    any saved file). On any failure or interruption the temporary file is removed and the
    target is left as it was. Temporary files that killed writers left in the folder are
    removed first (:func:`clean_stale_temporaries`).

    Parameters
    ----------
    path : path-like
        The file to write.
    error : callable
        Makes the caller's typed error from a one-line message naming ``path``
        (``ExportError``, ``ClipError``...).
    what : str
        Names the output in "cannot write <what>: <reason>" ("the CSV", "the PNG").

    Returns
    -------
    AtomicOutput
        Use it as a context manager.

    Raises
    ------
    Exception
        ``error(message)``: the path must not be written ("<path>: <reason>; nothing was
        written"), the temporary file cannot be made, or an ``OSError`` inside the block
        or while committing ("<path>: cannot write <what>: <reason>").
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path()
    problem = output_problem(target) if target.name else _A_FOLDER
    if problem is not None:
        if _A_FOLDER in problem:
            problem = "is a folder, not a file name"

        raise error(f"{target}: {problem}; nothing was written")
    clean_stale_temporaries(folder, target.name)
    try:
        fd, tmp = temporary(folder, target.name)
    except OSError as exc:
        raise error(f"{target}: cannot write {what}: {exc.strerror or exc}") from exc
    return AtomicOutput(target, error=error, what=what, fd=fd, tmp=tmp)
