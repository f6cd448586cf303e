"""Library: round trips, dedupe, all-or-nothing adds, deletes, listing (SQLite files and PostgreSQL)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from backends import raw_connect
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sessions_factory import TEXTS, assert_same_session, make_session

from replay.errors import NotFound, StoreError
from replay.importers import import_file
from replay.model.channels import CHANNEL_SCHEMAS
from replay.model.session import Device, Session
from replay.store import codec
from replay.store.library import SORT_KEYS, Library
from replay.store.target import PgTarget


@pytest.fixture
def db_path(library_target: Path | PgTarget) -> Path | PgTarget:
    """Every test here that uses ``db_path`` runs on SQLite and on PostgreSQL."""
    return library_target


def add_tag(db: Path, session_id: int, *, deleted: bool = False, note: str = "") -> None:
    """Insert one tag and its history row the way the tag store does (schema v1)."""
    con = raw_connect(db)
    with con:
        cur = con.execute(
            "INSERT INTO tags (session_id, start_ms, category, note, created_at, updated_at,"
            " deleted_at) VALUES (?, 0, 'other', ?, 'now', 'now', ?)",
            [session_id, note, "now" if deleted else None],
        )
        con.execute(
            "INSERT INTO tag_history (tag_id, session_id, action, at) VALUES (?, ?, 'create', 'now')",
            [cur.lastrowid, session_id],
        )
    con.close()


def add_detection(db: Path, session_id: int, *, score: float, spikes: int) -> None:
    con = raw_connect(db)
    with con:
        con.execute(
            "INSERT INTO detections VALUES (?, 'v1', 'h', '{}', 'now', ?, ?, ?, '{}', '{}', '{}',"
            " '[]', '[]')",
            [session_id, score, score, spikes],
        )
    con.close()


def count(db: Path, table: str) -> int:
    con = raw_connect(db)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def test_round_trip_every_channel_and_script(db_path: Path) -> None:
    session = make_session(5000, seed=3)
    with Library.open(db_path) as lib:
        session_id, created = lib.add_session(session)
        assert created
    # Reopen: what comes back was read from the file, not a cache.
    with Library.open(db_path) as lib:
        back = lib.load_session(session_id)
    assert_same_session(session, back)
    assert set(back.channels) == set(CHANNEL_SCHEMAS)
    assert np.isnan(back.channel("pointer")["x_px"][0])
    assert back.strings == TEXTS
    assert all(
        not arr.flags.writeable for ch in back.channels.values() for arr in ch.columns.values()
    )
    # The text is stored readable (not \u-escaped), so SQL tools and search see it.
    con = raw_connect(db_path)
    stored = con.execute("SELECT json FROM session_texts WHERE name = 'strings'").fetchone()[0]
    con.close()
    assert "ปุ่มสั่งซื้อ" in stored
    assert "장바구니에 담기" in stored
    assert "😤" in stored


def test_absent_and_empty_channels_stay_apart(db_path: Path) -> None:
    """A channel the format cannot carry stays absent; a present empty one stays present."""
    session = make_session(0, seed=1, channels=("pointer", "interactions"), duration_ms=0)
    with Library.open(db_path) as lib:
        back = lib.load_session(lib.add_session(session)[0])
    assert back.has("pointer")
    assert len(back.channel("pointer")) == 0
    assert not back.has("mutations")
    assert_same_session(session, back)


def test_real_recordings_round_trip(
    db_path: Path, rrweb_files: list[Path], balabit_files: list[Path]
) -> None:
    files = [*rrweb_files, balabit_files[0]]
    with Library.open(db_path) as lib:
        for path in files:
            session = import_file(path)
            session_id, created = lib.add_session(session)
            assert created
            row = lib.session_row(session_id)
            assert row.counts == session.counts()
            assert row.n_events == session.event_count > 0
            assert row.source == str(path)
            assert_same_session(session, lib.load_session(session_id))
        assert len(lib.sessions()) == len(files)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(st.text(), max_size=8), title=st.text(), reviewer=st.text())
def test_any_text_round_trips(tmp_path: Path, texts: list[str], title: str, reviewer: str) -> None:
    base = make_session(10, seed=len(texts))
    session = Session(
        meta=base.meta.__class__(
            **{**{f: getattr(base.meta, f) for f in base.meta.__slots__}, "title": title}
        ),
        channels=base.channels,
        strings=tuple(texts),
        nodes=base.nodes,
        report=base.report,
    )
    db = tmp_path / f"h{abs(hash((tuple(texts), title))) % 10**9}.sqlite"
    with Library.open(db) as lib:
        sid, _ = lib.add_session(session)
        lib.set_reviewed(sid, reviewer=reviewer)
        back = lib.load_session(sid)
        assert back.strings == tuple(texts)
        assert back.meta.title == title
        assert lib.session_row(sid).reviewed_by == reviewer
    db.unlink()


def test_lone_surrogate_round_trips_exactly() -> None:
    text = codec.dumps_text(["a\ud800b", "ไทย"])
    text.encode("utf-8")  # storable
    assert json.loads(text) == ["a\ud800b", "ไทย"]


def test_reimport_is_recognised_by_content_hash(db_path: Path) -> None:
    session = make_session(100, seed=5)
    with Library.open(db_path) as lib:
        first = lib.add_session(session)
        again = lib.add_session(session)
        assert first == (first[0], True)
        assert again == (first[0], False)
        assert lib.find_by_hash(session.meta.content_hash) == first[0]
        assert lib.find_by_hash("0" * 64) is None
        assert lib.session_count() == 1
    assert count(db_path, "channels") == sum(len(CHANNEL_SCHEMAS[c]) for c in CHANNEL_SCHEMAS)


def test_failed_add_leaves_nothing_and_touches_nothing_else(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library.open(db_path) as lib:
        keep_id, _ = lib.add_session(make_session(200, seed=1))
    add_tag(db_path, keep_id, note="แท็กที่ต้องอยู่")
    before = {
        t: count(db_path, t)
        for t in ("sessions", "channels", "session_texts", "tags", "tag_history")
    }

    def first_blob_then_fail(session_id: int, session: Session):  # type: ignore[no-untyped-def]
        rows = original(session_id, session)
        yield next(rows)
        raise RuntimeError("disk pulled out after the first blob")

    original = codec.channel_rows
    monkeypatch.setattr(codec, "channel_rows", first_blob_then_fail)
    with Library.open(db_path) as lib:
        with pytest.raises(RuntimeError, match="first blob"):
            lib.add_session(make_session(200, seed=2))
        monkeypatch.setattr(codec, "channel_rows", original)
        # The connection is still usable, and the failed session can be imported afterwards.
        assert [r.id for r in lib.sessions()] == [keep_id]
        assert lib.session_row(keep_id).tag_count == 1
    assert {t: count(db_path, t) for t in before} == before
    with Library.open(db_path) as lib:
        assert lib.add_session(make_session(200, seed=2))[1]


def test_delete_cascades_to_tags_history_detections(db_path: Path) -> None:
    with Library.open(db_path) as lib:
        gone, _ = lib.add_session(make_session(50, seed=1))
        kept, _ = lib.add_session(make_session(50, seed=2))
    for sid in (gone, kept):
        add_tag(db_path, sid)
        add_tag(db_path, sid, deleted=True)
        add_detection(db_path, sid, score=1.5, spikes=2)
    with Library.open(db_path) as lib:
        lib.delete_session(gone)
        with pytest.raises(NotFound, match=f"#{gone}"):
            lib.load_session(gone)
        with pytest.raises(NotFound):
            lib.delete_session(gone)
        assert [r.id for r in lib.sessions()] == [kept]
    con = raw_connect(db_path)
    for table in ("channels", "session_texts", "tags", "tag_history", "detections"):
        ids = {r[0] for r in con.execute(f"SELECT DISTINCT session_id FROM {table}")}
        assert ids == {kept}, table
    con.close()


def test_set_reviewed_and_clear(db_path: Path) -> None:
    with Library.open(db_path) as lib:
        sid, _ = lib.add_session(make_session(10))
        lib.set_reviewed(sid, reviewer="สมชาย")
        row = lib.session_row(sid)
        assert row.reviewed_by == "สมชาย"
        assert row.reviewed_at
        lib.set_reviewed(sid, reviewer="x", reviewed=False)
        assert lib.session_row(sid).reviewed_at is None
        with pytest.raises(NotFound):
            lib.set_reviewed(999, reviewer="x")


@pytest.fixture(scope="module")
def listed(module_library_target: Path | PgTarget) -> Path | PgTarget:
    """Five sessions with different formats, devices, durations, scores and tags.

    Built once per backend for the module: the tests that use it only read it (the
    sort and filter tables are 23 cases; each used to build its own library).
    """
    db_path = module_library_target
    specs = [
        ("a/b.rrweb.json", "rrweb", Device.DESKTOP, 5_000),
        ("c/ไทย.rrweb.json", "rrweb", Device.MOBILE, 60_000),
        ("user3/session_1", "mouselog", Device.DESKTOP, 3_600_000),
        ("x/한국어.jsonl", "native", Device.TABLET, 30_000),
        ("user4/session_2", "mouselog", Device.DESKTOP, 1_000),
    ]
    with Library.open(db_path) as lib:
        for seed, (src, fmt, dev, dur) in enumerate(specs, start=1):
            lib.add_session(
                make_session(
                    seed * 10, seed=seed, source=src, fmt=fmt, device=dev, duration_ms=dur
                )
            )
    add_detection(db_path, 2, score=7.5, spikes=3)
    add_detection(db_path, 4, score=2.0, spikes=9)
    for _ in range(3):
        add_tag(db_path, 5)
    add_tag(db_path, 1)
    add_tag(db_path, 1, deleted=True)  # deleted tags do not count
    return db_path


@pytest.mark.parametrize(
    ("sort", "descending", "expected"),
    [
        ("id", False, [1, 2, 3, 4, 5]),
        ("id", True, [5, 4, 3, 2, 1]),
        ("duration", False, [5, 1, 4, 2, 3]),
        ("events", True, [5, 4, 3, 2, 1]),
        ("score", True, [2, 4, 1, 3, 5]),  # no detection yet: last, by id
        ("score", False, [4, 2, 1, 3, 5]),
        ("spikes", True, [4, 2, 1, 3, 5]),
        ("tags", True, [5, 1, 2, 3, 4]),
        ("format", False, [3, 5, 4, 1, 2]),
        ("device", False, [1, 3, 5, 2, 4]),
        ("source", False, [1, 2, 3, 5, 4]),
        ("started", True, [5, 4, 3, 2, 1]),
    ],
)
def test_sessions_sorted(listed: Path, sort: str, descending: bool, expected: list[int]) -> None:
    with Library.open(listed) as lib:
        assert [r.id for r in lib.sessions(sort=sort, descending=descending)] == expected


def test_every_sort_key_is_tested() -> None:
    assert set(SORT_KEYS) == {
        "id",
        "source",
        "format",
        "device",
        "duration",
        "started",
        "events",
        "score",
        "spikes",
        "tags",
    }


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"format": "mouselog"}, [3, 5]),
        ({"device": "desktop"}, [1, 3, 5]),
        ({"min_duration_ms": 30_000}, [2, 3, 4]),
        ({"max_duration_ms": 30_000}, [1, 4, 5]),
        ({"min_duration_ms": 5_000, "max_duration_ms": 60_000}, [1, 2, 4]),
        ({"search": "ไทย"}, [2]),
        ({"search": "SESSION_"}, [3, 5]),
        ({"search": "user4"}, [4, 5]),  # extra {"user": "user4"} of seed 4, and the path
        ({"format": "rrweb", "device": "mobile"}, [2]),
        ({"limit": 2}, [1, 2]),
        ({"search": "%"}, []),  # no LIKE wildcards
    ],
)
def test_sessions_filtered(listed: Path, filters: dict[str, object], expected: list[int]) -> None:
    with Library.open(listed) as lib:
        assert [r.id for r in lib.sessions(**filters)] == expected  # type: ignore[arg-type]


def test_session_row_joins_and_json(listed: Path) -> None:
    with Library.open(listed) as lib:
        row = lib.session_row(2)
        assert (row.score, row.spike_count, row.tag_count) == (7.5, 3, 0)
        assert lib.session_row(1).tag_count == 1
        assert lib.session_row(3).score is None
        with pytest.raises(ValueError, match="unknown sort key"):
            lib.sessions(sort="nope")
        with pytest.raises(NotFound):
            lib.session_row(77)
    obj = row.to_json()
    for key in ("id", "source", "format", "device", "events", "duration_ms"):
        assert key in obj
    assert obj["source"] == "c/ไทย.rrweb.json"
    assert obj["started_at"] == "2023-11-14T22:13:20.002+00:00"
    assert obj["viewport"] == {"width_px": 1282, "height_px": 720}
    assert obj["report"]["repaired"] == {"timestamp_out_of_order": 3}
    assert (obj["score"], obj["spikes"], obj["tags"]) == (7.5, 3, 0)
    json.dumps(obj)


def test_readonly_library_reads_but_never_writes(listed: Path) -> None:
    def state() -> object:
        if isinstance(listed, PgTarget):
            con = raw_connect(listed)
            try:
                return con.execute("SELECT id, reviewed_at FROM sessions ORDER BY id").fetchall()
            finally:
                con.close()
        return listed.read_bytes()

    before = state()
    with Library.open(listed, readonly=True) as lib:
        assert len(lib.sessions()) == 5
        assert len(lib.load_session(1).channel("pointer")) == 10
        with pytest.raises(StoreError, match="read-only"):
            lib.add_session(make_session(5, seed=99))
        with pytest.raises(StoreError, match="read-only"):
            lib.delete_session(1)
    assert state() == before


def test_urls_and_text_of_any_length_are_stored_and_found(db_path: Path) -> None:
    """A 6 000-character URL (tracking parameters) and a NUL in a title are stored on both
    backends (PostgreSQL keys long text by md5 and keeps no NUL: it becomes U+FFFD)."""
    from replay.store.search import SessionQuery

    url = "https://shop.example/checkout?" + "&".join(
        f"utm_{i}=x{i * 7919 % 10007}" for i in range(600)
    )
    assert len(url) > 6000
    session = make_session(10, seed=5)
    with Library.open(db_path) as lib:
        sid, _ = lib.add_session(session)
        for _ in range(2):  # the second insert is ignored, as in SQLite
            with lib.write() as db:
                db.conn.execute(
                    "INSERT OR IGNORE INTO session_terms (session_id, kind, value) VALUES (?, ?, ?)",
                    [sid, "url", url],
                )
        with lib.write() as db:
            db.conn.execute("UPDATE sessions SET title = ? WHERE id = ?", ["a\x00b", sid])
        assert lib.session_ids(SessionQuery(url="*utm_599=*")) == [sid]
        assert lib.session_row(sid).title in ("a\x00b", "a\ufffdb")
        assert count_terms(lib, url) == 1


def count_terms(lib: Library, value: str) -> int:
    return int(
        lib.conn.execute("SELECT count(*) FROM session_terms WHERE value = ?", [value]).fetchone()[
            0
        ]
    )
