"""Tags: model validation, saved-at-once storage, history, undo/redo across restarts."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from replay.errors import NotFound, ReplayError
from replay.model.tags import SEVERITY_SCALE, InvalidTag, Tag, severity_label
from replay.store import migrations
from replay.store.library import Library
from replay.store.tags import TagStore
from replay.store.target import PgTarget

REPO = Path(__file__).resolve().parent.parent


def fixed_clock(start: str = "2025-03-01T09:00:00+00:00") -> Callable[[], datetime]:
    """A clock that ticks one second per call, so every timestamp is known."""
    now = [datetime.fromisoformat(start)]

    def tick() -> datetime:
        now[0] += timedelta(seconds=1)
        return now[0]

    return tick


def open_db(path: Path | PgTarget) -> Database:
    """Open a library file the way the Library does: WAL, synchronous=FULL, schema applied.

    On PostgreSQL (``db_path`` is then a PgTarget): the library's database view.
    """
    if isinstance(path, PgTarget):
        return Library.open(path).db
    db = Database(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    migrations.apply(db)
    return db


@pytest.fixture
def db_path(library_target: Path | PgTarget) -> Path | PgTarget:
    """Every test here runs on a SQLite file and on a PostgreSQL database."""
    return library_target


def second_connection(path: Path | PgTarget) -> Any:
    """Another connection to the same library (sees only committed data)."""
    if isinstance(path, PgTarget):
        return Library.open(path).conn
    return sqlite3.connect(path)


def add_session(db: Database, session_id: int) -> None:
    """Insert a bare session row (tags only need the id to exist)."""
    db.execute(
        "INSERT INTO sessions (id, source, source_name, format, device, viewport_width_px,"
        " viewport_height_px, started_at_ms, duration_ms, content_hash, imported_at, n_events,"
        " n_pointer, n_clicks, n_scroll, counts_json, report_json) VALUES"
        " (?, 's.json', 's.json', 'rrweb', 'desktop', 1366, 768, NULL, 60000, ?, 'x', 0, 0, 0,"
        " 0, '{}', '{}')",
        [session_id, f"hash{session_id}"],
    )


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_db(db_path)
    add_session(database, 1)
    add_session(database, 2)
    yield database
    database.close()


@pytest.fixture
def store(db: Database) -> TagStore:
    return TagStore(db, clock=fixed_clock())


@pytest.fixture(scope="module")
def refusing_store(module_library_target: Path | PgTarget) -> Iterator[TagStore]:
    """As ``store``, built once per backend for the cases of refused values.

    A refused add writes nothing, so the cases share one library; each checks that it
    is still empty, which a write leaked by any earlier case would also show.
    """
    database = open_db(module_library_target)
    add_session(database, 1)
    add_session(database, 2)
    yield TagStore(database, clock=fixed_clock())
    database.close()


def test_severity_scale_is_nielsens() -> None:
    assert [s.value for s in SEVERITY_SCALE] == [0, 1, 2, 3, 4]
    assert [s.label for s in SEVERITY_SCALE] == [
        "not a problem",
        "cosmetic",
        "minor",
        "major",
        "catastrophe",
    ]
    assert severity_label(3) == "major"
    with pytest.raises(InvalidTag):
        severity_label(5)


def test_add_point_and_range(store: TagStore) -> None:
    point = store.add(1, start_ms=1200, category="slow_response", note="ช้ามาก", reviewer="Ploy")
    assert point.kind == "point"
    assert point.end_ms is None
    assert point.duration_ms == 0
    assert point.severity == 2
    assert point.created_at == "2025-03-01T09:00:01.000Z" == point.updated_at
    rng = store.add(
        1,
        start_ms=500,
        end_ms=2500,
        category="broken_link_or_button",
        severity=4,
        spike_id="s1-0",
        signals=("rage_click", "dead_click"),
    )
    assert rng.kind == "range"
    assert rng.duration_ms == 2000
    assert store.get(rng.id) == rng
    assert [t.id for t in store.list(1)] == [rng.id, point.id]  # by start time
    assert store.list(2) == []
    assert store.list(reviewer="Ploy") == [point]
    assert store.list(category="broken_link_or_button") == [rng]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"severity": 5}, "severity must be 0-4"),
        ({"severity": -1}, "severity must be 0-4"),
        ({"severity": True}, "whole number"),
        ({"start_ms": -1}, "start_ms must be >= 0"),
        ({"start_ms": 10, "end_ms": 9}, "before start_ms"),
        ({"category": "nope"}, "unknown category 'nope'"),
        ({"note": "a\x00b"}, "NUL"),
        ({"reviewer": "\ud800"}, "not valid Unicode"),
    ],
)
def test_add_refuses_invalid_values(
    refusing_store: TagStore, kwargs: dict[str, object], message: str
) -> None:
    store = refusing_store
    args: dict[str, object] = {"start_ms": 0, "category": "other", **kwargs}
    with pytest.raises(InvalidTag, match=message) as info:
        store.add(1, **args)  # type: ignore[arg-type]
    assert isinstance(info.value, ReplayError)  # the CLI turns it into one line
    assert store.list(include_deleted=True) == []
    assert store.history(1) == []


def test_add_to_missing_session_is_not_found(store: TagStore) -> None:
    with pytest.raises(NotFound, match="no session 99"):
        store.add(99, start_ms=0, category="other")


def test_every_change_is_committed_before_return(store: TagStore, db_path: Path) -> None:
    tag = store.add(1, start_ms=10, category="other", note="first")
    assert not store.db.conn.in_transaction
    other = second_connection(db_path)  # a second connection sees only committed data
    try:
        assert other.execute("SELECT note FROM tags WHERE id=?", (tag.id,)).fetchone() == (
            "first",
        )
        store.edit(tag.id, note="second")
        assert other.execute("SELECT note FROM tags").fetchone() == ("second",)
        actions = other.execute("SELECT action FROM tag_history ORDER BY seq").fetchall()
        assert actions == [("create",), ("edit",)]
    finally:
        other.close()


def test_edit_records_before_and_after(store: TagStore) -> None:
    tag = store.add(1, start_ms=10, category="other")
    edited = store.edit(tag.id, end_ms=90, severity=3, category="form_problem", note="x")
    assert edited.kind == "range"
    assert edited.updated_at > edited.created_at
    entry = store.history(1)[-1]
    assert entry.action == "edit"
    assert entry.before == tag
    assert entry.after == edited
    back = store.edit(tag.id, end_ms=None)
    assert back.kind == "point"


def test_edit_without_change_writes_nothing(store: TagStore) -> None:
    tag = store.add(1, start_ms=10, category="other", note="same")
    assert store.edit(tag.id, note="same") == tag
    assert len(store.history(1)) == 1


def test_edit_refuses_unknown_fields_and_deleted_tags(store: TagStore) -> None:
    tag = store.add(1, start_ms=10, category="other")
    with pytest.raises(InvalidTag, match="cannot edit session_id"):
        store.edit(tag.id, session_id=2)
    with pytest.raises(InvalidTag, match="before start_ms"):
        store.edit(tag.id, end_ms=5)
    store.delete(tag.id)
    with pytest.raises(NotFound, match="was deleted"):
        store.edit(tag.id, note="x")
    with pytest.raises(NotFound, match="no tag 42"):
        store.edit(42, note="x")


def test_delete_is_soft_and_restore_is_undoable(store: TagStore, db: Database) -> None:
    tag = store.add(1, start_ms=10, category="other")
    store.delete(tag.id)
    assert store.list(1) == []
    [gone] = store.list(1, include_deleted=True)
    assert gone.deleted_at is not None
    assert db.execute("SELECT COUNT(*) FROM tags").fetchone() == (1,)
    restored = store.restore(tag.id)
    assert not restored.deleted
    assert store.undo(1) is not None  # undo the restore
    assert store.list(1) == []
    with pytest.raises(InvalidTag, match="not deleted"):
        store.restore(store.add(1, start_ms=1, category="other").id)


def test_undo_redo_walks_back_and_forth(store: TagStore) -> None:
    tag = store.add(1, start_ms=10, category="other", note="a")
    store.edit(tag.id, note="b")
    store.delete(tag.id)
    undone = store.undo(1)
    assert undone is not None
    assert (undone.action, undone.state) == ("delete", "undone")
    assert store.get(tag.id).note == "b"
    assert store.get(tag.id).deleted_at is None
    store.undo(1)
    assert store.get(tag.id).note == "a"
    store.undo(1)
    assert store.get(tag.id).deleted  # undoing the create hides the tag
    assert store.undo(1) is None
    redone = store.redo(1)
    assert redone is not None
    assert redone.action == "create"
    again = store.get(tag.id)
    assert replace(again, version=tag.version) == tag  # exactly as created
    assert again.version == tag.version + 6  # every change counts (concurrent edits)
    store.redo(1)
    assert store.get(tag.id).note == "b"
    store.redo(1)
    assert store.get(tag.id).deleted
    assert store.redo(1) is None


def test_new_action_supersedes_redo_but_keeps_history(store: TagStore) -> None:
    tag = store.add(1, start_ms=10, category="other", note="a")
    store.edit(tag.id, note="b")
    store.undo(1)
    store.edit(tag.id, note="c")  # a new action: the undone edit can no longer be redone
    assert store.redo(1) is None
    states = [(e.action, e.state) for e in store.history(1)]
    assert states == [("create", "done"), ("edit", "superseded"), ("edit", "done")]
    assert store.get(tag.id).note == "c"


def test_undo_is_per_session_when_asked(store: TagStore) -> None:
    a = store.add(1, start_ms=10, category="other")
    b = store.add(2, start_ms=10, category="other")
    entry = store.undo(1)
    assert entry is not None
    assert entry.tag_id == a.id
    assert store.list(2) == [b]
    entry = store.undo()  # the library's latest done action: session 2's create
    assert entry is not None
    assert entry.tag_id == b.id


def test_undo_redo_across_restart(db_path: Path) -> None:
    db = open_db(db_path)
    add_session(db, 1)
    store = TagStore(db, clock=fixed_clock())
    tag = store.add(1, start_ms=10, category="other", note="before restart")
    store.edit(tag.id, note="edited")
    db.close()

    db = open_db(db_path)  # a new process would see exactly this
    store = TagStore(db, clock=fixed_clock("2025-03-02T09:00:00+00:00"))
    entry = store.undo(1)
    assert entry is not None
    assert entry.action == "edit"
    assert store.get(tag.id).note == "before restart"
    db.close()

    db = open_db(db_path)
    store = TagStore(db)
    assert store.redo(1) is not None
    assert store.get(tag.id).note == "edited"
    db.close()


def test_tag_survives_sigkill_right_after_return(db_path: Path) -> None:
    db = open_db(db_path)
    add_session(db, 1)
    db.close()
    code = textwrap.dedent(
        f"""
        import sys, time
        from replay.store.library import Library
        tag = Library.open({str(db_path)!r}).tags.add(1, start_ms=5, category="other", note="นาที 5")
        print(tag.id, flush=True)
        time.sleep(60)
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=REPO
    ) as proc:
        assert proc.stdout is not None
        tag_id = int(proc.stdout.readline())  # add() has returned in the child
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    db = open_db(db_path)
    try:
        if isinstance(db_path, Path):
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert TagStore(db).get(tag_id).note == "นาที 5"
        assert len(TagStore(db).history(1)) == 1
    finally:
        db.close()


def test_tag_json_round_trip() -> None:
    tag = Tag(
        id=3, session_id=1, start_ms=0, end_ms=5, category="other", severity=1, note="🙂",
        reviewer="민지", spike_id="x", signals=("rage_click",), created_at="a", updated_at="b",
    )  # fmt: skip
    assert Tag.from_json(tag.to_json()) == tag
    assert tag.to_json()["kind"] == "range"


ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(note=ANY_TEXT, reviewer=ANY_TEXT)
def test_any_text_round_trips_exactly(store: TagStore, note: str, reviewer: str) -> None:
    tag = store.add(1, start_ms=0, category="other", note=note, reviewer=reviewer)
    got = store.get(tag.id)
    assert got.note == note
    assert got.reviewer == reviewer
    edited = store.edit(tag.id, note=reviewer + note)
    assert store.get(tag.id).note == edited.note == reviewer + note
    history = store.history(1)
    assert history[-1].after is not None
    assert history[-1].after.note == reviewer + note
