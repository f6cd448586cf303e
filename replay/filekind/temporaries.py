"""Temporary files of a write in progress: their names, their creation, their clean-up.

Every file replay writes is first written as ``.<name, cut to 60 bytes>.<pid>.<random>.replay-tmp``
beside its target (:mod:`replay.filekind.atomic`), created with ``O_EXCL``, mode 0600,
never through a symlink, and held under an ``flock`` while written. A writer killed with
SIGKILL leaves it behind (and, for ``replay copy``, SQLite's ``-wal``/``-shm``/``-journal``
beside it); :func:`clean_stale_temporaries`, the one cleaner, removes such leftovers and
nothing else: only our names, only regular files we own, never through a symlink, FIFO or
device, never a file a live writer holds locked.
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
from pathlib import Path

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


def temporary(folder: Path, name: str) -> tuple[int, Path]:
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
