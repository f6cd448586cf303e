"""A read-only library (its file or its folder) is read, never written; writes are refused.

An archived study on a read-only share, or a colleague's file one may only read: the
commands that only read open it read-only and ``immutable`` (the way ``replay merge`` opens
the other library) and print exactly what they print on a writable copy; every file in the
folder stays byte-identical and no ``-wal``/``-shm``/``-journal`` appears. The commands
that write are refused in one line, exit 1. A read-only library of an older schema, or
with changes still in its ``-wal`` file, is refused too: reading it would need a write.
Each command runs as a real ``replay`` process on a real library in tmp_path; as root the
file or folder is also made immutable (``chattr +i``), see :func:`safetykit.read_only`.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from safetykit import child_env, read_only, record, replay_cmd, tree_digest

from replay.store import migrations
from replay.store.library import Library

pytestmark = pytest.mark.full  # the safety suite is the full tier (tests/test_tiers.py)

SIDE = ("-wal", "-shm", "-journal")

#: What each reading command is asked (``{out}``: a file outside the library's folder).
FAST_READS = {
    "sessions": ("sessions", "--json"),
    "info": ("info", "1", "--json"),
    "signals": ("signals", "1", "--json"),
    "tag list": ("tag", "list", "--json"),
    "export": ("export", "--out", "{out}/tags.csv", "--include-spikes"),
}
FULL_READS = {
    "sessions table": ("sessions",),
    "tag history": ("tag", "history", "1", "--json"),
    "codebook": ("codebook", "--json"),
    "agreement": ("agreement", "--json"),
    "frame": ("frame", "1", "--at", "1000", "--no-page", "--out", "{out}/f.png"),
    "clip": (
        "clip",
        "1",
        "--from",
        "1000",
        "--to",
        "1300",
        "--size",
        "160x120",
        "--no-page",
        "--out",
        "{out}/c.gif",
    ),
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        replay_cmd(*args), capture_output=True, text=True, env=child_env(), timeout=300
    )


def one_error_line(proc: subprocess.CompletedProcess[str], db: Path) -> str:
    """Exit 1, one ``error:`` line on stderr naming ``db``, no traceback; return the line."""
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr
    assert proc.returncode == 1, (proc.returncode, proc.stdout, proc.stderr)
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("error:"), lines
    assert db.name in lines[0], lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory, real_library: Path) -> Path:
    """The real three-session library, detected, with tags of two reviewers."""
    db = tmp_path_factory.mktemp("study") / "library.sqlite"
    shutil.copy2(real_library, db)
    for args in (
        ("detect",),
        ("tag", "add", "1", "--at", "1000", "--category", "other", "--reviewer", "ana"),
        ("tag", "add", "1", "--at", "1200", "--category", "other", "--reviewer", "bo"),
        ("tag", "add", "2", "--at", "500", "--end", "900", "--category", "other",
         "--reviewer", "ana", "--note", "ไทย 한국어"),
    ):  # fmt: skip
        done = run(*args, "--db", str(db))
        assert done.returncode == 0, done.stderr
    assert not any(Path(f"{db}{s}").exists() for s in SIDE)
    return db


def outputs(db: Path, out: Path, reads: dict[str, tuple[str, ...]]) -> dict[str, object]:
    """Run every read on ``db``; return each one's stdout (and output file's bytes)."""
    got: dict[str, object] = {}
    for name, args in reads.items():
        argv = [a.format(out=out) for a in args]
        done = run(*argv, "--db", str(db))
        assert done.returncode == 0, (name, done.stderr)
        assert "Traceback" not in done.stderr
        files = [Path(a) for a in argv if a.startswith(str(out))]
        got[name] = (done.stdout.replace(str(out), "OUT"), [f.read_bytes() for f in files])
    return got


@pytest.fixture(params=["file", pytest.param("folder", marks=pytest.mark.full)])
def locked(request: pytest.FixtureRequest, study: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the study whose file (or folder: full tier) is read-only, even for root."""
    db = tmp_path / "share" / "library.sqlite"
    db.parent.mkdir()
    shutil.copy2(study, db)
    with read_only(db if request.param == "file" else db.parent) as how:
        request.node.how = f"read-only library {request.param} ({how})"
        yield db


def check_reads(study: Path, db: Path, tmp_path: Path, reads: dict[str, tuple[str, ...]]) -> None:
    (tmp_path / "w").mkdir()
    (tmp_path / "r").mkdir()
    writable = tmp_path / "w" / "library.sqlite"
    shutil.copy2(study, writable)
    want = outputs(writable, tmp_path / "w", reads)
    before = tree_digest(db.parent)
    got = outputs(db, tmp_path / "r", reads)
    assert tree_digest(db.parent) == before  # every file byte-identical, no file added
    assert not any(Path(f"{db}{s}").exists() for s in SIDE)
    for name in reads:
        # The output file names differ (w/ or r/): compare what was printed and written.
        assert got[name] == want[name], name


def test_reads_work_and_write_nothing(study: Path, locked: Path, tmp_path: Path) -> None:
    check_reads(study, locked, tmp_path, FAST_READS)
    assert '"dev-' in str(outputs(locked, tmp_path, {"s": ("sessions", "--json")})["s"])


@pytest.mark.full
def test_every_read_works_and_writes_nothing(
    study: Path, locked: Path, tmp_path: Path, rrweb_dir: Path
) -> None:
    reads = dict(FULL_READS)
    reads["evaluate"] = ("evaluate", "--truth", str(rrweb_dir / "truth.csv"), "--json")
    check_reads(study, locked, tmp_path, reads)


def test_writes_are_refused_in_one_line(
    locked: Path, tmp_path: Path, one_recording: Path, request: pytest.FixtureRequest
) -> None:
    other = tmp_path / "other.sqlite"
    Library.open(other).close()
    writes = [
        ("import", str(one_recording)),
        ("detect",),
        ("tag", "add", "1", "--at", "5", "--category", "other"),
        ("tag", "edit", "1", "--note", "x"),
        ("merge", str(other)),
        ("pages",),
    ]
    before = tree_digest(locked.parent)
    lines = [one_error_line(run(*args, "--db", str(locked)), locked) for args in writes]
    for line in lines:
        assert "read-only" in line, line
    # copy into a new file in the read-only folder, or over the read-only file: refused
    done = run("copy", str(other), str(locked))
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert tree_digest(locked.parent) == before
    assert not any(Path(f"{locked}{s}").exists() for s in SIDE)
    record(f"{request.node.how}: reads work; {len(writes) + 1} writes refused: {lines[0]}")


def test_merge_reads_a_read_only_library_and_leaves_no_side_file(
    locked: Path, tmp_path: Path
) -> None:
    """``replay merge`` opens the other library the same way: nothing appears beside it."""
    mine = tmp_path / "mine.sqlite"
    Library.open(mine).close()
    before = tree_digest(locked.parent)
    done = run("merge", str(locked), "--db", str(mine), "--json")
    assert done.returncode == 0, done.stderr
    assert tree_digest(locked.parent) == before
    with Library.open(mine) as lib:
        assert len(lib.sessions()) == 3


def test_old_schema_read_only_is_refused_clearly(tmp_path: Path) -> None:
    """Reading a v1 library needs its upgrade, a write: refused, one line, untouched."""
    from sqlite_utils import Database

    db = tmp_path / "old" / "library.sqlite"
    db.parent.mkdir()
    old = Database(db)
    migrations.MIGRATIONS.apply(old, stop_before="m002_default_codebook")
    old.execute("PRAGMA user_version = 1")
    old.close()
    with read_only(db):
        before = tree_digest(db.parent)
        line = one_error_line(run("sessions", "--db", str(db)), db)
        assert "older replay" in line, line
        assert "cannot be upgraded in place" in line, line
        assert tree_digest(db.parent) == before


def test_live_wal_read_only_is_refused_clearly(study: Path, tmp_path: Path) -> None:
    """Changes still in ``-wal`` would be missed by an immutable read: refused, untouched."""
    live = tmp_path / "live" / "library.sqlite"
    live.parent.mkdir()
    shutil.copy2(study, live)
    con = sqlite3.connect(live)
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("UPDATE tags SET note = 'only in the wal' WHERE id = 1")
    con.commit()
    db = tmp_path / "share" / "library.sqlite"
    db.parent.mkdir()
    shutil.copy2(live, db)  # as a copy made while replay had it open: the -wal holds tag 1
    shutil.copy2(Path(f"{live}-wal"), Path(f"{db}-wal"))
    con.close()
    assert Path(f"{db}-wal").stat().st_size > 0
    with read_only(db):
        before = tree_digest(db.parent)
        line = one_error_line(run("tag", "list", "--db", str(db)), db)
        assert "-wal file still holds changes" in line, line
        assert tree_digest(db.parent) == before
        assert not Path(f"{db}-shm").exists()
