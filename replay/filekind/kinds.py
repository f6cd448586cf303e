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

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

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
    if mode is not None and _is_sqlite(path):
        return (
            "is a SQLite database (a library?): replay never replaces one with an output; "
            "name another file"
        )
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


#: The first bytes of a SQLite database, of its write-ahead log and of its rollback journal.
_SQLITE_MAGICS = (b"SQLite format 3\x00", b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83",
                  b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")  # fmt: skip


def _is_sqlite(path: Path) -> bool:
    """Tell whether the existing regular file ``path`` is a SQLite database or a side file.

    ``replay export --out library.sqlite`` (arguments mixed up) must not replace a library
    (hours of tags) with a CSV. Side files are known by their magic bytes, or (``-shm``,
    which has none) by a SQLite database of the same name without the suffix. A file that
    cannot be read is not judged here (the write itself then fails).
    """
    for suffix in ("-shm", "-wal", "-journal"):
        if path.name.endswith(suffix) and path.name != suffix:
            main = path.with_name(path.name.removesuffix(suffix))
            if existing_kind(main)[0] is not None and _is_sqlite(main):
                return True
    try:
        with open_regular(path) as fh:
            head = fh.read(16)
    except OSError:
        return False
    return head.startswith(_SQLITE_MAGICS)


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
