"""``replay merge`` copies a session's recorded page with it (real rrweb and Balabit files).

Without the page a merged session showed no page in the app, ``replay frame`` drew none,
and its dead clicks were judged by timing.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from replay.cli import cli
from replay.store.library import Library
from replay.store.results import load_result
from replay.team.merge import _SESSION_TABLES

DEAD = "dev-dead-clicks-laptop.rrweb.json"
RAGE = "dev-rage-desktop-wide.rrweb.json"


def ok(*args: str) -> Result:
    res = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res


def ids_by_hash(db: Path) -> dict[str, int]:
    with Library.open(db, create=False, readonly=True) as lib:
        return {
            str(h): int(i)
            for i, h in lib.db.conn.execute("SELECT id, content_hash FROM sessions").fetchall()
        }


@pytest.fixture
def libraries(tmp_path: Path, rrweb_dir: Path, balabit_files: list[Path]) -> tuple[Path, Path]:
    """other.sqlite: two rrweb sessions with a page and a Balabit one without; here.sqlite:
    one unrelated rrweb session imported first, so the merged ids differ from the other's."""
    other, here = tmp_path / "other.sqlite", tmp_path / "here.sqlite"
    small = min(balabit_files, key=lambda p: p.stat().st_size)
    ok("import", "--db", str(other), str(rrweb_dir / DEAD), str(small), str(rrweb_dir / RAGE))
    ok("import", "--db", str(here), str(rrweb_dir / "dev-rotation-phone.rrweb.json"))
    return other, here


def test_merge_copies_the_page_and_a_session_without_one(libraries: tuple[Path, Path]) -> None:
    other, here = libraries
    with sqlite3.connect(other) as con:  # an outcome, as `replay outcomes import` stores one
        con.execute(
            "INSERT INTO outcomes (session_id, converted, value, currency, source, updated_at)"
            " VALUES (1, 1, 42.5, 'EUR', 'csv', '2026-12-03T10:00:00Z')"
        )
    report = json.loads(ok("merge", str(other), "--db", str(here), "--json").stdout)
    assert report["sessions_added"] == 3
    theirs, ours = ids_by_hash(other), ids_by_hash(here)
    assert all(ours[h] != sid for h, sid in theirs.items())  # the ids were remapped
    with (
        Library.open(other, create=False, readonly=True) as src,
        Library.open(here, create=False, readonly=True) as dst,
    ):
        statuses = []
        for content_hash, sid in theirs.items():
            page = src.load_page(sid)
            assert dst.load_page(ours[content_hash]) == page
            statuses.append(page.status)
            if page.status == "ok":
                assert len(page.chunks) > 0  # a real page, not two empty ones compared
            for table, _cols in _SESSION_TABLES:  # page, search terms, outcome, insights
                sql = f"SELECT COUNT(*) FROM {table} WHERE session_id=?"
                assert (
                    src.db.conn.execute(sql, [sid]).fetchone()
                    == dst.db.conn.execute(sql, [ours[content_hash]]).fetchone()
                )
        for table in ("session_terms", "outcomes"):  # not vacuous: the merge had rows to copy
            assert dst.db.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] > 0
        assert sorted(statuses) == ["none", "ok", "ok"]  # Balabit has no page: still merged
        assert dst.db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # Merging again adds nothing: the sessions match by content hash, no second page rows.
    again = json.loads(ok("merge", str(other), "--db", str(here), "--json").stdout)
    assert (again["sessions_added"], again["sessions_matched"]) == (0, 3)
    # Detecting the merged sessions judges dead clicks on the copied page, as detecting
    # them in the library they came from does.
    ok("detect", "--force", "--db", str(other))
    ok("detect", "--force", "--db", str(here))
    with (
        Library.open(other, create=False, readonly=True) as src,
        Library.open(here, create=False, readonly=True) as dst,
    ):
        judged = set()
        for content_hash, sid in theirs.items():
            before = load_result(src, sid)
            after = load_result(dst, ours[content_hash])
            assert before is not None
            assert after is not None
            assert after.hits == before.hits
            judged |= {
                str(h.evidence.get("judged_by")) for h in after.hits if "judged_by" in h.evidence
            }
        assert judged == {"page"}


def frame(db: Path, sid: int, out: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("REPLAY_DB", None)
    argv = [sys.executable, "-m", "replay", "frame", str(sid), "--at", "4000", "--size",
            "640x400", "--out", str(out), "--db", str(db)]  # fmt: skip
    proc = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.full
def test_replay_frame_of_a_merged_session_draws_the_same_page(
    libraries: tuple[Path, Path], tmp_path: Path
) -> None:
    other, here = libraries
    ok("merge", str(other), "--db", str(here))
    theirs, ours = ids_by_hash(other), ids_by_hash(here)
    with Library.open(other, create=False, readonly=True) as src:
        with_page = [h for h, sid in theirs.items() if src.load_page(sid).status == "ok"]
    content_hash = with_page[0]
    frame(other, theirs[content_hash], tmp_path / "other.png")
    frame(here, ours[content_hash], tmp_path / "here.png")
    bare = tmp_path / "bare.png"
    argv_bare = [sys.executable, "-m", "replay", "frame", str(ours[content_hash]), "--at", "4000",
                 "--size", "640x400", "--no-page", "--out", str(bare), "--db", str(here)]  # fmt: skip
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    assert subprocess.run(argv_bare, env=env, timeout=300, check=False).returncode == 0
    assert (tmp_path / "here.png").read_bytes() == (tmp_path / "other.png").read_bytes()
    assert (tmp_path / "here.png").read_bytes() != bare.read_bytes()  # a page was drawn
