"""Two replay processes on one library at the same time (issue 7, "Faults", second point).

Two workers run side by side, each a chain of real CLI processes: ``replay import`` of its
own real recordings, then ``replay tag add`` calls on the sessions. Everything from both
must survive, every command must exit 0, and no "database is locked" may reach either
output. A third case holds the write lock (an open ``BEGIN IMMEDIATE``) far longer than
the busy timeout: the CLI must then fail with one clean line, not a traceback.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from safetykit import child_env, half_imported, integrity, record, replay_cmd, scaled

pytestmark = pytest.mark.full  # heavy: the fast tier (plain pytest) leaves it out

TAGS_PER_WORKER = scaled(6, 25)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        replay_cmd(*args), capture_output=True, text=True, env=child_env(), check=False
    )


def worker(
    db: Path, files: list[Path], session_id: int, name: str, log: list[tuple[str, Any]]
) -> None:
    """Import ``files``, then add tags one CLI process at a time; log every result."""
    proc = cli("import", "--json", "--db", str(db), *map(str, files))
    log.append(("import", proc))
    for i in range(TAGS_PER_WORKER):
        note = f"{name} ป้าย {i} 태그 标签"
        proc = cli("tag", "add", str(session_id), "--at", str(100 * i), "--category", "other",
                   "--note", note, "--reviewer", name, "--db", str(db))  # fmt: skip
        log.append((note, proc))


@pytest.mark.slow
def test_two_processes_import_and_tag_at_once(
    rrweb_files: list[Path], balabit_files: list[Path], tmp_path: Path
) -> None:
    db = tmp_path / "library.sqlite"
    first = cli("import", "--json", "--db", str(db), str(rrweb_files[0]))
    assert first.returncode == 0, first.stderr
    session_id = int(json.loads(first.stdout.strip().splitlines()[0])["id"])
    sets = {"A": [*rrweb_files[1:7], *balabit_files[:3]],
            "B": [*rrweb_files[7:], *balabit_files[3:6]]}  # fmt: skip
    logs: dict[str, list[tuple[str, Any]]] = {"A": [], "B": []}
    threads = [
        threading.Thread(target=worker, args=(db, files, session_id, name, logs[name]))
        for name, files in sets.items()
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    notes = []
    for name, log in logs.items():
        for what, proc in log:
            out = proc.stdout + proc.stderr
            assert "Traceback" not in out, (name, what, out)
            assert "locked" not in out.lower(), (name, what, out)
            assert proc.returncode == 0, (name, what, out)
            if what != "import":
                notes.append(what)
    assert integrity(db) == "ok"
    assert half_imported(db) == []
    con = sqlite3.connect(db)
    sessions = con.execute("SELECT count(*) FROM sessions").fetchone()[0]
    stored_notes = {r[0] for r in con.execute("SELECT note FROM tags WHERE deleted_at IS NULL")}
    con.close()
    assert sessions == 1 + sum(len(f) for f in sets.values())
    assert set(notes) <= stored_notes
    record(
        f"two CLI processes at once: {sessions - 1} files imported and {len(notes)} tags "
        "added concurrently, all present, no lock error reached either output"
    )


def test_lock_held_longer_than_busy_timeout(rrweb_files: list[Path], tmp_path: Path) -> None:
    """A writer that never lets go: the CLI waits its busy timeout, then says so in one line."""
    db = tmp_path / "library.sqlite"
    first = cli("import", "--json", "--db", str(db), str(rrweb_files[0]))
    session_id = json.loads(first.stdout.strip().splitlines()[0])["id"]
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        proc = cli("tag", "add", str(session_id), "--at", "5", "--category", "other",
                   "--note", "blocked", "--db", str(db))  # fmt: skip
        waited = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("error:"), lines
    assert db.name in lines[0]
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM tags").fetchone()[0] == 0
    con.close()
    record(f"write lock held by another process: CLI gave up after {waited:.1f} s: {lines[0]}")
