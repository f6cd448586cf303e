"""Shared tools of the safety suite: bounded/full counts, child processes, library checks.

CI runs every safety test in its bounded form; ``REPLAY_SLOW=1`` runs the full counts
(issue 7: at least 100 kill runs, a 1 GB file). Each test records what it actually ran with
:func:`record`; ``conftest.pytest_terminal_summary`` prints those lines whatever ``-s``/``-q``
say, so a CI log always shows how much was proven.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

#: True when the full (slow) counts were asked for.
FULL = os.environ.get("REPLAY_SLOW", "") == "1"

HELPERS = Path(__file__).resolve().parent / "helpers"
REPO = Path(__file__).resolve().parents[2]

LINES: list[str] = []


def scaled(bounded: int, full: int) -> int:
    """Return ``full`` under REPLAY_SLOW=1, else ``bounded``."""
    return full if FULL else bounded


def record(line: str) -> None:
    """Add one line to the safety counts printed at the end of the run."""
    LINES.append(line)


def helper_cmd(name: str, *args: str) -> list[str]:
    """Return the argv that runs ``tests/safety/helpers/<name>`` with this interpreter."""
    return [sys.executable, str(HELPERS / name), *args]


def replay_cmd(*args: str) -> list[str]:
    """Return the argv of the ``replay`` CLI run by this interpreter (same venv)."""
    return [sys.executable, "-m", "replay", *args]


def child_env() -> dict[str, str]:
    """Environment for child processes: this repo importable, no user library touched."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("REPLAY_DB", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONUNBUFFERED"] = "1"
    return env


def file_digest(path: Path) -> str:
    """Return the SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_digest(folder: Path) -> dict[str, str]:
    """Return {name: sha256} of every file in ``folder`` (db, -wal, -shm, backups)."""
    return {p.name: file_digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def integrity(db: Path) -> str:
    """Return ``PRAGMA integrity_check`` of ``db`` through a plain sqlite3 connection."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(r[0]) for r in rows)
    finally:
        con.close()


def half_imported(db: Path) -> list[str]:
    """Return every sign of a half-imported session (empty list when the library is whole).

    A session is whole when it has a channel blob row for every channel named in its
    ``counts_json`` whose count is non-zero (derived counts such as ``clicks`` skipped), each blob's ``n`` equals that count and its byte
    length is ``n`` times its dtype's item size; no channel or text row may lack a session.
    """
    import numpy as np

    from replay.model.channels import CHANNEL_SCHEMAS

    problems: list[str] = []
    con = sqlite3.connect(db)
    try:
        sessions = con.execute("SELECT id, counts_json FROM sessions").fetchall()
        for sid, counts_json in sessions:
            counts = json.loads(counts_json)
            rows = con.execute(
                'SELECT channel, "column", dtype, n, length(data) FROM channels'
                " WHERE session_id = ?",
                [sid],
            ).fetchall()
            by_channel: dict[str, list[tuple[str, str, int, int]]] = {}
            for channel, column, dtype, n, nbytes in rows:
                by_channel.setdefault(channel, []).append((column, dtype, n, nbytes))
            for channel, count in counts.items():
                if not count or channel not in CHANNEL_SCHEMAS:  # e.g. "clicks" is derived
                    continue
                cols = by_channel.get(channel)
                if not cols:
                    problems.append(f"session {sid}: channel {channel} ({count} rows) missing")
                    continue
                for column, dtype, n, nbytes in cols:
                    if n != count:
                        problems.append(f"session {sid}: {channel}.{column} n={n} != {count}")
                    if nbytes != n * np.dtype(dtype).itemsize:
                        problems.append(f"session {sid}: {channel}.{column} blob {nbytes} bytes")
        for table in ("channels", "session_texts", "tags", "detections"):
            orphans = con.execute(
                f"SELECT count(*) FROM {table} WHERE session_id NOT IN (SELECT id FROM sessions)"
            ).fetchone()[0]
            if orphans:
                problems.append(f"{orphans} orphan rows in {table}")
    finally:
        con.close()
    return problems


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[str]:
    """Make ``path`` (a file or folder) read-only, even for root; yield how it was done.

    Modes alone do not stop root, so as root the path is also made immutable
    (``chattr +i``: writes fail with EPERM, a folder takes no new files).
    """
    mode = path.stat().st_mode
    path.chmod(0o555 if path.is_dir() else 0o444)
    how = "chmod a-w"
    immutable = False
    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        immutable = done.returncode == 0
        how += " + chattr +i (we run as root)" if immutable else " (root: chattr failed)"
    try:
        yield how
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        path.chmod(mode)
