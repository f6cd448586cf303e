"""Search across sessions: the core rule, the CLI options and the app's query field agree.

A real library of the 14 rrweb recordings in ../shared/data, detected, with real tags and
review marks; every filter is checked against what the recordings contain.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from replay.importers import import_file
from replay.store import migrations
from replay.store.library import Library
from replay.store.results import detect_and_store
from replay.store.search import SessionQuery, parse_date, parse_query

RAGE = "dev-rage-desktop-wide.rrweb.json"
DEAD = "dev-dead-clicks-laptop.rrweb.json"
BACK = "dev-quick-back-laptop.rrweb.json"
PHONE = "dev-rotation-phone.rrweb.json"


@pytest.fixture(scope="module")
def library(module_library_target: Any, rrweb_files: list[Path]) -> Any:
    """A SQLite file, and a PostgreSQL database, of the same sessions: every filter agrees."""
    db = module_library_target
    with Library.open(db) as lib:
        for f in rrweb_files:
            sid, _ = lib.add_session(import_file(f))
            detect_and_store(lib, sid)
        ids = {r.source_name: r.id for r in lib.sessions()}
        lib.tags.add(
            ids[RAGE],
            start_ms=16_000,
            category="broken_link_or_button",
            note="Add to cart did nothing",
            reviewer="ana",
        )
        lib.tags.add(ids[DEAD], start_ms=7_600, category="confusing_layout", reviewer="ben")
        gone = lib.tags.add(ids[BACK], start_ms=1_000, category="other", note="cart")
        lib.tags.delete(gone.id)  # a deleted tag neither counts nor matches
        lib.set_reviewed(ids[PHONE], reviewer="chen")
    return db


def names(db: Path, query: SessionQuery) -> set[str]:
    with Library.open(db) as lib:
        return {r.source_name for r in lib.sessions(query)}


def test_signal_url_target(library: Path) -> None:
    with Library.open(library) as lib:
        fired = {
            r.source_name
            for r in lib.sessions()
            if any(h.signal == "rage_click" for h in _hits(lib, r.id))
        }
    assert RAGE in fired
    assert names(library, SessionQuery(signal="rage_click")) == fired
    # Page URLs: a glob, case-insensitive; quick-back is the only visit to delivery.html.
    assert names(library, SessionQuery(url="*DELIVERY*")) == {BACK}
    returns = names(library, SessionQuery(url="*/returns.html"))
    assert returns == {
        "dev-calm-desktop-returns.rrweb.json",
        "dev-mixed-phone-small.rrweb.json",
        BACK,
    }
    assert names(library, SessionQuery(url="returns")) == returns  # no wildcard: anywhere
    assert names(library, SessionQuery(url="*returns")) == set()  # a glob is anchored
    # Clicked targets: the element's description, case-insensitive.
    assert names(library, SessionQuery(target="apply-coupon")) == {RAGE}
    assert DEAD in names(library, SessionQuery(target="promo-banner"))
    assert names(library, SessionQuery(target="pay now")) >= {"dev-calm-desktop-basket.rrweb.json"}


def _hits(lib: Library, session_id: int) -> list:
    from replay.store.results import load_result

    result = load_result(lib, session_id)
    return [] if result is None else list(result.hits)


def test_tags_reviewer_and_reviewed(library: Path) -> None:
    assert names(library, SessionQuery(category="broken_link_or_button")) == {RAGE}
    assert names(library, SessionQuery(note="CART")) == {RAGE}  # the deleted tag is not found
    assert names(library, SessionQuery(category="other")) == set()
    # Typed text is literal: LIKE's wildcards match only themselves.
    assert names(library, SessionQuery(note="%")) == set()
    assert names(library, SessionQuery(text="_")) == set()
    assert names(library, SessionQuery(text="RAGE-desktop")) == {RAGE}
    assert names(library, SessionQuery(reviewer="ben")) == {DEAD}
    assert names(library, SessionQuery(reviewer="chen")) == {PHONE}  # marked, no tags
    # Reviewed: marked reviewed, or at least one live tag.
    assert names(library, SessionQuery(reviewed=True)) == {RAGE, DEAD, PHONE}
    with Library.open(library) as lib:
        everything = {r.source_name for r in lib.sessions()}
    assert names(library, SessionQuery(reviewed=False)) == everything - {RAGE, DEAD, PHONE}


def test_device_format_dates_scores(library: Path) -> None:
    with Library.open(library) as lib:
        rows = lib.sessions()
    mobile = {r.source_name for r in rows if r.device == "mobile"}
    assert PHONE in mobile
    assert names(library, SessionQuery(device="mobile")) == mobile
    assert names(library, SessionQuery(format="mouselog")) == set()
    starts = sorted(r.started_at_ms for r in rows if r.started_at_ms is not None)
    middle = starts[len(starts) // 2]
    later = {r.source_name for r in rows if r.started_at_ms and r.started_at_ms >= middle}
    assert names(library, SessionQuery(since_ms=middle)) == later
    assert (
        names(library, SessionQuery(until_ms=middle - 1)) == {r.source_name for r in rows} - later
    )
    scored = {r.source_name for r in rows if r.score is not None and 2 <= r.score <= 9}
    assert scored
    assert names(library, SessionQuery(min_score=2, max_score=9)) == scored


def test_query_field_means_the_same(library: Path) -> None:
    query = parse_query(
        'signal:rage_click url:*index* category:broken_link_or_button note:"to cart"'
        " reviewed:yes device:desktop format:rrweb score:>1 since:2020-01-01 wide"
    )
    assert query == SessionQuery(
        signal="rage_click",
        url="*index*",
        category="broken_link_or_button",
        note="to cart",
        reviewed=True,
        device="desktop",
        format="rrweb",
        min_score=1.0,
        since_ms=parse_date("2020-01-01"),
        text="wide",
    )
    assert names(library, query) == {RAGE}
    assert parse_query("until:2026-01-31").until_ms == parse_date("2026-02-01") - 1
    assert parse_query("score:2..5") == SessionQuery(min_score=2.0, max_score=5.0)
    assert parse_query("weird:thing words") == SessionQuery(text="weird:thing words")
    for bad in ("reviewed:maybe", "since:yesterday", "score:lots"):
        with pytest.raises(ValueError, match=r"reviewed|date|score"):
            parse_query(bad)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "replay", *args], capture_output=True, text=True, check=False
    )


def test_cli_options_are_the_same_search(library: Path) -> None:
    proc = cli(
        "sessions", "--db", str(library), "--signal", "rage_click", "--url", "*127.0.0.1*",
        "--category", "broken_link_or_button", "--note", "cart", "--reviewed", "yes",
        "--target", "coupon", "--reviewer", "ana", "--device", "desktop", "--format", "rrweb",
        "--since", "2020-01-01", "--until", "2099-12-31", "--min-score", "0.5",
        "--max-score", "1000", "--json",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert [r["source_name"] for r in json.loads(proc.stdout)] == [RAGE]
    proc = cli("sessions", "--db", str(library), "--reviewed", "no", "--url", "*returns*")
    assert proc.returncode == 0, proc.stderr
    assert "dev-mixed-phone-small" in proc.stdout
    assert "quick-back" in proc.stdout
    proc = cli("sessions", "--db", str(library), "--note", "no such note")
    assert proc.stdout.strip() == "no sessions match"
    proc = cli("sessions", "--db", str(library), "--since", "last week")
    assert proc.returncode == 2
    assert "not a date" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_old_library_is_backfilled(tmp_path: Path, rrweb_files: list[Path]) -> None:
    """A library made before session_terms existed is searchable after opening it."""
    from sqlite_utils import Database

    db = tmp_path / "old.sqlite"
    with Library.open(db) as lib:
        sid, _ = lib.add_session(import_file(next(f for f in rrweb_files if f.name == BACK)))
        detect_and_store(lib, sid)
        lib.conn.execute("DROP TABLE session_terms")
        lib.conn.execute("DROP INDEX idx_detections_listing")
        lib.conn.execute("ALTER TABLE sessions DROP COLUMN search_text")
        lib.conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_session_terms'")
        lib.conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION - 1}")
        lib.conn.commit()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION - 1
    con.close()
    assert migrations.SCHEMA_VERSION >= 4
    with Library.open(db) as lib:
        assert lib.backup_path is not None
        assert [r.id for r in lib.sessions(SessionQuery(url="*delivery*"))] == [sid]
        assert [r.id for r in lib.sessions(SessionQuery(signal="quick_back"))] == (
            [sid] if any(h.signal == "quick_back" for h in _hits(lib, sid)) else []
        )
        assert Database(lib.conn)["session_terms"].count > 0
        assert [r.id for r in lib.sessions(search="QUICK-back laptop")] == [sid]


def test_blind_mode_searches_only_what_the_reviewer_may_see(
    tmp_path: Path, rrweb_files: list[Path]
) -> None:
    """Under blind mode a tag filter never reveals another reviewer's hidden tag (issue 16)."""
    from replay.store.blind import mark_done, set_blind
    from replay.store.search import blind_scope

    db = tmp_path / "blind.sqlite"
    with Library.open(db) as lib:
        sid, _ = lib.add_session(import_file(next(f for f in rrweb_files if f.name == RAGE)))
        detect_and_store(lib, sid)
        lib.tags.add(sid, start_ms=16_000, category="broken_link_or_button", reviewer="ana")
        assert blind_scope(lib.conn, "ben") is None
        set_blind(lib, enabled=True, hide_spikes=True)
        assert blind_scope(lib.conn, "ben") == ("ben", True)

        def ids(reviewer: str, **filters: object) -> list[int]:
            query = SessionQuery(viewer=reviewer, viewer_spikes_hidden=True, **filters)  # type: ignore[arg-type]
            return lib.session_ids(query)

        assert ids("ana", category="broken_link_or_button") == [sid]
        assert ids("ben", category="broken_link_or_button") == []
        assert ids("ben", reviewed=False) == [sid]  # ben sees no tag: not reviewed for him
        assert ids("ben", signal="rage_click") == []  # spikes hidden until done
        mark_done(lib, sid, "ben")
        assert ids("ben", category="broken_link_or_button") == [sid]
        assert ids("ben", signal="rage_click") == [sid]
    proc = cli("--reviewer", "carl", "sessions", "--db", str(db), "--category",
               "broken_link_or_button", "--json")  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []
    proc = cli("--reviewer", "ana", "sessions", "--db", str(db), "--category",
               "broken_link_or_button", "--json")  # fmt: skip
    assert [r["id"] for r in json.loads(proc.stdout)] == [sid]
