"""Temporary files of killed exports are cleaned up, safely (issue 10, class 8).

``replay export`` writes ``.<name>.<pid>.<random>.replay-tmp`` beside the CSV, locked with
``flock`` while it writes, then renames it into place. A SIGKILL leaves it behind; the
next export into that folder removes it. Only files that match our naming, are regular
files (never through a symlink), belong to this user, and are not locked by a live export
(and whose process is gone, or that are older than an hour) are removed. Everything else
in the folder, generated below, is left as it was.
"""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safetykit import child_env, helper_cmd, record, scaled

from replay.cli import cli
from replay.filekind import (
    SIDE_SUFFIXES,
    STALE_TMP_SECONDS,
    TMP_SUFFIX,
    clean_stale_temporaries,
)
from replay.importers import import_file
from replay.store.library import Library

pytestmark = pytest.mark.full  # the safety suite runs in the full tier (README command)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory, rrweb_files: list[Path]) -> Path:
    db = tmp_path_factory.mktemp("lib") / "library.sqlite"
    with Library.open(db) as lib:
        lib.add_session(import_file(rrweb_files[0]))
        lib.tags.add(1, start_ms=10, category="other", note="kept")
    return db


def kill_mid_export(out: Path, rows: int) -> None:
    proc = subprocess.Popen(helper_cmd("export_child.py", str(out), str(rows)),
                            stdout=subprocess.PIPE, text=True, env=child_env())  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.startswith("writing"), line
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(TMP_SUFFIX))


def test_kill_9_leftovers_are_removed_by_the_next_export(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "findings.csv"
    kills = scaled(6, 30)
    for i in range(kills):
        kill_mid_export(out, 2_000 + 500 * i)
    left = temporaries(tmp_path)
    # Each killed export first removed the one killed before it: one is left, not `kills`.
    assert len(left) == 1, left
    size = sum((tmp_path / n).stat().st_size for n in left)
    res = CliRunner().invoke(cli, ["export", "--db", str(library), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert temporaries(tmp_path) == []
    assert "kept" in out.read_text(encoding="utf-8-sig")
    record(f"stale temporaries: {kills} exports killed with SIGKILL mid-write; each next "
           f"export removed the one left before it, the last ({size // 1024} KiB) went with "
           "the final export; look-alikes (symlinks, FIFOs, folders, other users', locked, "
           "live, other names) generated and kept")  # fmt: skip


def test_a_live_export_is_never_disturbed(library: Path, tmp_path: Path) -> None:
    """A paused export (alive, lock held): another export does not touch its file."""
    out = tmp_path / "a.csv"
    proc = subprocess.Popen(helper_cmd("export_child.py", str(out), "500"),
                            stdout=subprocess.PIPE, text=True, env=child_env())  # fmt: skip
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("writing")
        live = temporaries(tmp_path)
        assert len(live) == 1
        old = time.time() - 2 * STALE_TMP_SECONDS  # even when old: the lock says "alive"
        os.utime(tmp_path / live[0], (old, old))
        res = CliRunner().invoke(cli, ["export", "--db", str(library), "--out", str(out)])
        assert res.exit_code == 0, res.output
        assert temporaries(tmp_path) == live
    finally:
        proc.kill()
        proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()
    assert clean_stale_temporaries(tmp_path, out.name) == 1


NAME_PARTS = st.sampled_from([*"abcxyz019._-", "replay-tmp", ".tmp", "é", "out.csv"])
OLD = time.time() - 2 * STALE_TMP_SECONDS


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(
    names=st.lists(st.lists(NAME_PARTS, min_size=1, max_size=8).map(lambda p: "." + "".join(p)),
                   min_size=1, max_size=12, unique=True).filter(lambda ns: ".." not in ns),
    old=st.booleans(),
)  # fmt: skip
def test_only_our_own_stale_files_are_removed(tmp_path: Path, names: list[str], old: bool) -> None:
    """Random names, plus look-alikes of every kind: only our stale files go."""
    folder = tmp_path / f"f{time.monotonic_ns()}"
    folder.mkdir()
    dead = _dead_pid()
    ours_stale = [f".out.csv.{dead}.abcdefgh{TMP_SUFFIX}", ".out.csv.abc_1234.tmp"]
    keep = {
        **{n: "user file" for n in names if not n.endswith((TMP_SUFFIX, ".tmp", *SIDE_SUFFIXES))},
        f".out.csv.{os.getpid()}.abcdefgh{TMP_SUFFIX}": "a live pid, not old",
        ".other.csv.abc_1234.tmp": "old-style name of another target",
        f".x.{dead}.abcdefg{TMP_SUFFIX}": "7 random characters: not our name",
        f"out.csv.{dead}.abcdefgh{TMP_SUFFIX}": "no leading dot",
        f".s.{dead}.abcdefgh{TMP_SUFFIX}": "symlink",
        f".f.{dead}.abcdefgh{TMP_SUFFIX}": "FIFO",
        f".d.{dead}.abcdefgh{TMP_SUFFIX}": "folder",
        f".u.{dead}.abcdefgh{TMP_SUFFIX}": "another user's",
        f".l.{dead}.abcdefgh{TMP_SUFFIX}": "locked by a live process",
    }
    for name in [*keep, *ours_stale]:
        path = folder / name
        kind = keep.get(name, "")
        if kind == "symlink":
            target = folder / "target.txt"
            target.write_text("precious")
            path.symlink_to(target)
        elif kind == "FIFO":
            os.mkfifo(path)
        elif kind == "folder":
            path.mkdir()
        else:
            path.write_text("partial csv")
        if kind == "another user's":
            if os.geteuid() != 0:
                path.unlink()
                del keep[name]
                continue
            os.chown(path, 4242, 4242)
        young = kind == "a live pid, not old" or not (old or name in ours_stale)
        stamp = time.time() if young else OLD
        os.utime(path, (stamp, stamp), follow_symlinks=False)
    locked = os.open(folder / f".l.{dead}.abcdefgh{TMP_SUFFIX}", os.O_RDONLY)
    fcntl.flock(locked, fcntl.LOCK_EX)  # a live writer holds it (this process)
    try:  # flock conflicts between two opens even in one process: in-process is fair
        clean_stale_temporaries(folder, "out.csv")
    finally:
        os.close(locked)
    left = set(os.listdir(folder))
    assert not left & set(ours_stale), left & set(ours_stale)
    missing = set(keep) - left
    assert not missing, {n: keep[n] for n in missing}
    assert (folder / "target.txt").read_text() == "precious"


def test_sqlite_side_files_go_with_their_temporary_only(tmp_path: Path) -> None:
    """``replay copy`` builds a library under the temporary name: its -wal/-shm/-journal.

    A stale temporary takes its side files with it; a side file whose temporary is gone
    goes when its process is gone; everything else that looks like one stays.
    """
    dead = _dead_pid()
    stale = tmp_path / f".b.replay.{dead}.abcdefgh{TMP_SUFFIX}"
    gone = [stale, *(Path(f"{stale}{s}") for s in SIDE_SUFFIXES)]
    gone.append(tmp_path / f".c.replay.{dead}.abcdefgh{TMP_SUFFIX}-wal")  # orphan, dead pid
    for path in gone:
        path.write_bytes(b"x")
    precious = tmp_path / "precious.txt"
    precious.write_text("mine")
    live = tmp_path / f".d.replay.{dead}.livelive{TMP_SUFFIX}"  # locked: a live writer's
    stale_with_fifo = tmp_path / f".g.replay.{dead}.abcdefgh{TMP_SUFFIX}"
    kept = {
        f"{live.name}-wal": "side file of a locked temporary",
        f".e.replay.{dead}.abcdefgh{TMP_SUFFIX}-wal": "symlink",
        f"{stale_with_fifo.name}-shm": "FIFO beside a stale temporary",
        f".h.replay.{os.getpid()}.abcdefgh{TMP_SUFFIX}-journal": "orphan of a live pid",
        f".i.replay.{dead}.abcdefgh{TMP_SUFFIX}-walx": "not a side suffix",
        f".j.replay.{dead}.abcdefgh{TMP_SUFFIX}-shm": "folder",
    }
    live.write_bytes(b"")
    stale_with_fifo.write_bytes(b"x")
    gone.append(stale_with_fifo)
    for name, kind in kept.items():
        path = tmp_path / name
        if kind == "symlink":
            path.symlink_to(precious)
        elif kind.startswith("FIFO"):
            os.mkfifo(path)
        elif kind == "folder":
            path.mkdir()
        else:
            path.write_bytes(b"x")
    fd = os.open(live, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        removed = clean_stale_temporaries(tmp_path, "b.replay")
    finally:
        os.close(fd)
    left = set(os.listdir(tmp_path))
    assert not left & {p.name for p in gone}, left & {p.name for p in gone}
    assert removed == len(gone)
    missing = set(kept) - left
    assert not missing, {n: kept[n] for n in missing}
    assert precious.read_text() == "mine"
