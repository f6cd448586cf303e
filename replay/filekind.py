"""What kind of thing a path names, checked before replay opens or writes it (issue 10).

replay reads and writes only *regular files*. A FIFO blocks ``open()`` forever, a device
node such as ``/dev/null`` must never be replaced by a regular file (``os.replace`` does
that, even to ``/dev/null`` when run as root), ``/dev/zero`` never ends. So every path the
user names is looked at with :func:`os.stat` (which follows symlinks: a symlink to
``/dev/null`` is judged by what it points to) *before* it is opened, and a file that is
opened is opened with ``O_NONBLOCK`` and checked again with :func:`os.fstat` on the open
descriptor, so a path swapped for a FIFO in between cannot hang replay either.

The functions return a *reason* (one short phrase, ``None`` when all is well); the caller
turns it into its own typed error (ImportFailed, StoreError, ExportError) naming the file.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import secrets
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, BinaryIO

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def kind_of(mode: int) -> str:
    """Return what ``st_mode`` describes, for a message: "a FIFO (named pipe)", "a folder"..."""
    for test, name in _KINDS:
        if test(mode):
            return name
    return "a regular file" if stat.S_ISREG(mode) else "not a regular file"


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ENAMETOOLONG:
        return "the name is too long for the file system"
    if exc.errno == errno.ELOOP:
        return "a loop of symbolic links"
    return exc.strerror or str(exc)


def existing_kind(path: Path) -> tuple[int | None, str | None]:
    """Return ``(st_mode, None)`` for an existing path, ``(None, None)`` when it does not exist.

    A dangling symlink, a name too long, a symlink loop or a permission problem give
    ``(None, reason)``.
    """
    try:
        return path.stat().st_mode, None
    except FileNotFoundError:
        try:
            os.lstat(path)
        except FileNotFoundError:
            return None, None
        except OSError as exc:
            return None, _os_reason(exc)
        return None, "a symbolic link to a file that does not exist"
    except NotADirectoryError:
        return None, None
    except OSError as exc:
        return None, _os_reason(exc)


def not_regular(path: Path) -> str | None:
    """Return why an *existing* ``path`` cannot be read as a file, or None for a regular file.

    Returns "does not exist" for a missing path.
    """
    mode, reason = existing_kind(path)
    if reason is not None:
        return reason
    if mode is None:
        return "does not exist"
    if not stat.S_ISREG(mode):
        return f"not a regular file (it is {kind_of(mode)})"
    return None


def name_too_long(path: Path) -> bool:
    """Return True when the file name or the whole path exceeds the file system's limits."""
    folder = path.parent if str(path.parent) else Path()
    try:
        name_max = os.pathconf(folder, "PC_NAME_MAX")
        path_max = os.pathconf(folder, "PC_PATH_MAX")
    except (OSError, ValueError):
        name_max, path_max = 255, 4096
    return len(os.fsencode(path.name)) > name_max or len(os.fsencode(path)) >= path_max


def output_problem(path: Path, *, suffix_room: int = 0) -> str | None:
    """Return why replay must not write ``path``, or None when it may.

    ``path`` may be written when it is an existing regular file (a symlink to one counts:
    it is judged by its target), or a new name in an existing, writable folder. Devices,
    FIFOs, sockets, folders, dangling symlinks, names too long (with ``suffix_room`` bytes
    to spare for a temporary file's name) and missing or read-only folders are refused.
    """
    path = Path(path)
    if name_too_long(path.with_name(path.name + "x" * suffix_room) if path.name else path):
        return "the file name is too long for the file system"
    mode, reason = existing_kind(path)
    if reason is not None:
        return reason
    if mode is not None and not stat.S_ISREG(mode):
        return f"not a regular file (it is {kind_of(mode)}); replay writes only regular files"
    folder = path.parent if str(path.parent) else Path()
    fmode, freason = existing_kind(folder)
    if freason is not None:
        return f"the folder {folder}: {freason}"
    if fmode is None:
        return f"the folder {folder} does not exist"
    if not stat.S_ISDIR(fmode):
        return f"{folder} is not a folder"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"the folder {folder} is not writable"
    return None


def open_regular(path: Path) -> BinaryIO:
    """Open an existing regular file for reading without ever blocking on a FIFO or device.

    ``O_NONBLOCK`` makes ``open()`` of a FIFO return at once; the descriptor is then checked
    with :func:`os.fstat` (the thing actually opened, not the name), and anything but a
    regular file is closed again.

    Raises
    ------
    OSError
        With ``errno`` EINVAL and a message naming the kind when it is not a regular file.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, f"not a regular file (it is {kind_of(mode)})")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


# -- writing: one atomic output for every file replay writes -----------------------------

#: Temporary files of a write in progress: ``.<name, cut to 60 bytes>.<pid>.<random>.replay-tmp``.
TMP_SUFFIX = ".replay-tmp"
#: Files SQLite keeps beside a database written under a temporary name (``replay copy``
#: builds a library as ``.<name>...replay-tmp``): they belong to that temporary file.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
_TMP_NAME = re.compile(
    r"\..{0,240}\.(?P<pid>[0-9]{1,10})\.[a-z0-9_]{8}\.replay-tmp"
    r"(?P<side>-wal|-shm|-journal)?\Z",
    re.S,
)
#: What replay before issue 10 left behind: ``.<target name>.<8 random>.tmp`` (mkstemp).
_LEGACY_TMP_NAME = r"\.{name}\.[a-z0-9_]{{8}}\.tmp\Z"
#: A temporary file not locked by a live writer and at least this old is stale.
STALE_TMP_SECONDS = 60 * 60
_TOKEN_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_A_FOLDER = "(it is a folder)"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OverflowError:
        return False  # no such pid can exist
    except PermissionError:
        return True  # it exists, another user's
    return True


def _ours(entry: os.DirEntry[str]) -> os.stat_result | None:
    """Return the entry's own stat (never through a symlink) when it is a regular file we own."""
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid():
        return None
    return info


def _unlocked(path: Path) -> bool:
    """Return True when no live writer holds the ``flock`` of the regular file ``path``."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


def _stale(folder: Path, entry: os.DirEntry[str], legacy_name: re.Pattern[str]) -> bool:
    """Return True when ``entry`` is a file a killed writer of ours left behind.

    Only regular files (never followed through a symlink) owned by this user, whose name
    matches our pattern, and that no live writer holds its lock on: a file of the current
    pattern is stale when the process named in it is gone (or it is older than an hour, a
    recycled pid); a file of the older pattern (no lock, no pid) when older than an hour.
    A SQLite side file (``...replay-tmp-wal``, ``-shm``, ``-journal``) is judged here only
    once its temporary file is gone (the writer locks the temporary file, not the side
    files): by the process named in it and its age; while the temporary file is there,
    the side files go with it (:func:`clean_stale_temporaries`).
    """
    current = _TMP_NAME.match(entry.name)
    legacy = None if current else legacy_name.match(entry.name)
    if current is None and legacy is None:
        return False
    info = _ours(entry)
    if info is None:
        return False
    old = time.time() - info.st_mtime >= STALE_TMP_SECONDS
    if current is not None and not old and _pid_alive(int(current["pid"])):
        return False
    if legacy is not None and not old:
        return False
    if current is not None and current["side"]:
        main = folder / entry.name.removesuffix(current["side"])
        return not os.path.lexists(main)
    # Last check: no live writer holds the lock (the writer locks before writing a byte).
    return _unlocked(folder / entry.name)


def clean_stale_temporaries(folder: Path, target_name: str) -> int:
    """Remove the temporary files killed writers left in ``folder``; return how many.

    Safe by construction: see :func:`_stale` (our names only, regular files we own, never
    through a symlink, FIFO or device, not locked by a live writer). With a stale
    temporary file go SQLite's side files beside it (``<temporary>-wal``, ``-shm``,
    ``-journal``: ``replay copy`` builds a library under the temporary name), each only
    when it too is a regular file we own. Files of the older naming are only removed for
    ``target_name``, the file being written now. Errors are ignored: cleaning never
    stops a write.
    """
    legacy_name = re.compile(_LEGACY_TMP_NAME.format(name=re.escape(target_name)), re.S)
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    by_name = {e.name: e for e in entries}
    # Temporary files first, then side files (which need to know whether theirs is gone).
    entries.sort(key=lambda e: e.name.endswith(SIDE_SUFFIXES))
    for entry in entries:
        if not entry.name.endswith((TMP_SUFFIX, ".tmp", *SIDE_SUFFIXES)):
            continue
        if not _stale(folder, entry, legacy_name):
            continue
        with contextlib.suppress(OSError):
            (folder / entry.name).unlink()
            removed += 1
        if entry.name.endswith(TMP_SUFFIX):
            removed += _remove_side_files(folder, entry.name, by_name)
    return removed


def _remove_side_files(folder: Path, tmp_name: str, entries: dict[str, os.DirEntry[str]]) -> int:
    """Remove SQLite's side files of the (removed) temporary file ``tmp_name``; return how many."""
    removed = 0
    for suffix in SIDE_SUFFIXES:
        entry = entries.get(tmp_name + suffix)
        if entry is not None and _ours(entry) is not None:
            with contextlib.suppress(OSError):
                (folder / entry.name).unlink()
                removed += 1
    return removed


def _temporary(folder: Path, name: str) -> tuple[int, Path]:
    """Create (``O_EXCL``, mode 0600, never through a symlink) and lock a temporary file."""
    # Cut by bytes, not characters: 60 four-byte characters would not fit in 255 bytes.
    stem = os.fsdecode(os.fsencode(name)[:60])
    for _ in range(100):
        token = "".join(secrets.choice(_TOKEN_CHARS) for _ in range(8))
        tmp = folder / f".{stem}.{os.getpid()}.{token}{TMP_SUFFIX}"
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(tmp, flags, 0o600)
        except FileExistsError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            tmp.unlink()
            raise
        return fd, tmp
    raise FileExistsError(errno.EEXIST, "no free temporary file name")


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
        fd, tmp = _temporary(folder, target.name)
    except OSError as exc:
        raise error(f"{target}: cannot write {what}: {exc.strerror or exc}") from exc
    return AtomicOutput(target, error=error, what=what, fd=fd, tmp=tmp)
