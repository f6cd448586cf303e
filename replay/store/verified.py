"""Remember the library files whose every page was checked, so an unchanged file is not re-read.

``PRAGMA quick_check`` reads every page: 18 ms for a 51 MB library, but 0.3-0.8 s for a
10 000-session library of 330 MB, on every open. A file that has not changed since replay
last checked it (or last closed it, after writing to it through SQLite) needs no new check.

"Not changed" is the file's identity and state as the OS reports it: device, inode, size
and modification time of the library and of its ``-wal`` file. Any other program that
writes to the file changes its modification time, so a damaged copy, a file overwritten
in place or a restored backup is checked again in full. The record lives in the user's
cache folder (``verified-libraries.json``), never beside the library; a missing or
unreadable record only means checking again. Damage that appears without any write (a
failing disk) is still refused when SQLite reads the damaged page (DatabaseCorrupt).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

#: At most this many libraries are remembered (the most recent).
MAX_ENTRIES = 64
_FILE_NAME = "verified-libraries.json"


def _record_file() -> Path:
    override = os.environ.get("REPLAY_CACHE_DIR")
    if override:
        return Path(override) / _FILE_NAME
    import platformdirs

    return Path(platformdirs.user_cache_dir("replay", appauthor=False)) / _FILE_NAME


def fingerprint(path: Path) -> list[int] | None:
    """Return the library's identity and state (with its -wal file), or None if it is gone."""
    try:
        st = Path(path).stat()
    except OSError:
        return None
    out = [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]
    try:
        wal = Path(f"{path}-wal").stat()
        out += [wal.st_size, wal.st_mtime_ns]
    except OSError:
        out += [-1, -1]
    return out


def _read() -> dict[str, list[int]]:
    try:
        data = json.loads(_record_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _key(path: Path) -> str:
    return str(Path(path).absolute())


def is_verified(path: Path, state: list[int] | None) -> bool:
    """Return True when ``path`` was checked (or closed by replay) in exactly ``state``."""
    return state is not None and _read().get(_key(path)) == state


def remember(path: Path) -> None:
    """Record ``path``'s current state as checked; never fails (the record is a cache)."""
    state = fingerprint(path)
    if state is None:
        return
    record = _record_file()
    try:
        entries = _read()
        entries.pop(_key(path), None)
        entries[_key(path)] = state
        kept = dict(list(entries.items())[-MAX_ENTRIES:])
        record.parent.mkdir(parents=True, exist_ok=True)
        if record.exists() and not record.is_file():
            return  # only ever write a regular file of our own
        tmp = record.with_name(f"{record.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(kept), encoding="utf-8")
        tmp.replace(record)
    except OSError:
        return


def forget(path: Path) -> None:
    """Drop ``path``'s record (SQLite found damage): the next open checks every page."""
    record = _record_file()
    try:
        entries = _read()
        if entries.pop(_key(path), None) is None:
            return
        tmp = record.with_name(f"{record.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(entries), encoding="utf-8")
        tmp.replace(record)
    except OSError:
        return
