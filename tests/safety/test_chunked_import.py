"""Big rrweb files import in chunks: flat memory, the same session, all-or-nothing (issue 13).

A streamed rrweb import moves full runs of rows and finished page chunks to a spill file
(``replay/importers/_spill.py``) and the store writes the big channels as
``channel_chunks``. These tests make small files take that path (a low stream threshold
and tiny runs), so they check in seconds that the chunked session, stored and loaded
back, equals the one imported whole; the full tier measures the memory ceiling on
generated files of two sizes in a child process.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from bigfile import write_big_rrweb
from safetykit import child_env, helper_cmd, record

import replay.importers as importers
import replay.importers._spill as spill_mod
import replay.importers.rrweb as rrweb
from replay.errors import StoreError
from replay.importers import import_file
from replay.ingest import ingest_files
from replay.model.chunked import ChunkedColumns, is_chunked
from replay.model.session import ImportReport, Session
from replay.store.library import Library

#: The safety suite is the full tier (tests/test_tiers.py).
pytestmark = pytest.mark.full

#: Issue 13: peak memory of a big rrweb import, flat (not growing with the file).
CEILING_MB = 400


@pytest.fixture
def chunked(monkeypatch: pytest.MonkeyPatch) -> int:
    """Make every file over 64 KB stream, and spill every 500 rows."""
    rows = 500
    monkeypatch.setattr(importers, "STREAM_THRESHOLD_BYTES", 64 * 1024)
    monkeypatch.setattr(spill_mod, "SPILL_ROWS", rows)
    return rows


def whole(path: Path) -> Session:
    """The same file imported whole from memory (no streaming, no spill)."""
    session = rrweb.load(path.read_bytes(), path=str(path), report=ImportReport())
    return session


def assert_same(a: Session, b: Session) -> None:
    for field in ("duration_ms", "started_at_ms", "device", "viewport_width_px", "title"):
        assert getattr(a.meta, field) == getattr(b.meta, field), field
    assert a.report.to_json() == b.report.to_json()
    assert a.strings == b.strings
    assert a.nodes == b.nodes
    assert list(a.channels) == list(b.channels)
    for name, channel in b.channels.items():
        assert len(a.channels[name]) == len(channel), name
        for column, arr in channel.columns.items():
            got = a.channels[name][column]
            assert got.dtype == arr.dtype, (name, column)
            assert np.array_equal(got, arr, equal_nan=True), (name, column)
    assert a.counts() == b.counts()


def assert_same_page(a: Any, b: Any) -> None:
    assert (a.status, a.reason, a.counts) == (b.status, b.reason, b.counts)
    assert len(a.chunks) == len(b.chunks)
    assert all(x == y for x, y in zip(a.chunks, b.chunks, strict=True))


def test_chunked_import_equals_whole_import(rrweb_files: list[Path], chunked: int) -> None:
    checked = 0
    for path in rrweb_files:
        if path.stat().st_size <= 64 * 1024:
            continue
        session = import_file(path)
        reference = whole(path)
        assert is_chunked(session)
        assert_same(session, reference)
        assert_same_page(session.page, reference.page)
        checked += 1
    assert checked >= 5


def test_long_file_bounded_in_chunks(
    rrweb_dir: Path, tmp_path: Path, chunked: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 31 h file: the 6 h / 24 h limits of the model cut the chunked channels the same way."""
    import bigfile

    monkeypatch.setattr(bigfile, "GAP_MS", 600_000)  # 10 min between repetitions
    path = tmp_path / "long.rrweb.json"
    write_big_rrweb(rrweb_dir / "dev-mixed-long-desktop.rrweb.json", path, target_bytes=12_000_000)
    session = import_file(path)
    reference = whole(path)
    pointer = session.channels["pointer"]
    assert isinstance(pointer.columns, ChunkedColumns)
    assert len(pointer.columns.loaders) > 10
    assert reference.report.dropped.get("session_too_long", 0) > 0  # the 24 h cut happened
    assert_same(session, reference)
    assert_same_page(session.page, reference.page)


def test_chunked_session_stored_and_loaded_back(
    rrweb_dir: Path, tmp_path: Path, chunked: int, library_target: Any
) -> None:
    """On both backends: the chunks are written, loaded back equal, and deleted with it."""
    path = rrweb_dir / "dev-mixed-long-desktop.rrweb.json"
    reference = whole(path)
    with (
        Library.open(library_target) as lib,
        Library.open(tmp_path / "whole.sqlite") as plain,
    ):
        session = import_file(path)
        sid, created = lib.add_session(session)
        assert created
        chunks = lib.conn.execute("SELECT count(*) FROM channel_chunks").fetchone()[0]
        assert chunks > 0
        pid, _ = plain.add_session(reference)
        loaded = lib.load_session(sid)
        assert_same(loaded, plain.load_session(pid))
        assert_same_page(lib.load_page(sid), plain.load_page(pid))
        a, b = lib.session_row(sid), plain.session_row(pid)
        assert (a.n_events, a.n_pointer, a.n_clicks, a.counts_json, a.report_json) == (
            b.n_events, b.n_pointer, b.n_clicks, b.counts_json, b.report_json
        )  # fmt: skip
        terms = "SELECT kind, value FROM session_terms WHERE session_id = ? ORDER BY 1, 2"
        assert (
            lib.conn.execute(terms, [sid]).fetchall()
            == plain.conn.execute(terms, [pid]).fetchall()
        )
        lib.delete_session(sid)  # the chunks go with the session
        assert lib.conn.execute("SELECT count(*) FROM channel_chunks").fetchone()[0] == 0


def test_ingest_detects_the_stored_chunked_session(
    rrweb_dir: Path, tmp_path: Path, chunked: int
) -> None:
    path = rrweb_dir / "dev-rage-desktop-wide.rrweb.json"
    with Library.open(tmp_path / "lib.sqlite") as lib:
        outcome = ingest_files(lib, [path])
        assert not outcome.failed, outcome.failed
        ((_p, sid, created),) = outcome.imported
        assert created
        stored = lib.conn.execute(
            "SELECT hits_json FROM detections WHERE session_id = ?", [sid]
        ).fetchone()
    with Library.open(tmp_path / "plain.sqlite") as plain:
        pid, _ = plain.add_session(whole(path))
        from replay.store.results import detect_and_store

        detect_and_store(plain, pid)
        expected = plain.conn.execute(
            "SELECT hits_json FROM detections WHERE session_id = ?", [pid]
        ).fetchone()
    assert stored == expected


def test_failure_while_storing_chunks_writes_nothing(
    rrweb_dir: Path,
    chunked: int,
    monkeypatch: pytest.MonkeyPatch,
    library_target: Any,
) -> None:
    path = rrweb_dir / "dev-mixed-long-desktop.rrweb.json"
    with Library.open(library_target) as lib:
        lib.add_session(import_file(rrweb_dir / "dev-rage-desktop-wide.rrweb.json"))
        before = lib.session_count()
        session = import_file(path)
        calls = {"n": 0}
        real_get = spill_mod.Spill.get

        def failing_get(self: spill_mod.Spill, where: tuple[int, int]) -> bytes:
            calls["n"] += 1
            if calls["n"] > 6:  # part-way through writing the chunks
                raise OSError("disk gone")
            return real_get(self, where)

        monkeypatch.setattr(spill_mod.Spill, "get", failing_get)
        with pytest.raises((OSError, StoreError)):
            lib.add_session(session)
        assert calls["n"] > 6
        assert lib.session_count() == before
        for table in ("channel_chunks", "page_chunks"):
            rows = lib.conn.execute(
                f"SELECT count(*) FROM {table} WHERE session_id NOT IN (SELECT id FROM sessions)"
            ).fetchone()[0]
            assert rows == 0, table


def test_truncated_big_file_refused_and_nothing_stored(
    rrweb_dir: Path, tmp_path: Path, chunked: int
) -> None:
    data = (rrweb_dir / "dev-mixed-long-desktop.rrweb.json").read_bytes()
    path = tmp_path / "cut.rrweb.json"
    path.write_bytes(data[: len(data) * 3 // 4])
    with Library.open(tmp_path / "lib.sqlite") as lib:
        outcome = ingest_files(lib, [path])
        assert outcome.failed
        assert not outcome.imported
        assert lib.session_count() == 0
        assert lib.conn.execute("SELECT count(*) FROM channel_chunks").fetchone()[0] == 0


def run_rss(path: Path, db: Path) -> dict[str, Any]:
    proc = subprocess.run(
        helper_cmd("rss_import.py", str(path), str(db)),
        capture_output=True, text=True, env=child_env(), timeout=1800, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.full
def test_peak_memory_flat_with_file_size(rrweb_dir: Path, tmp_path: Path) -> None:
    """40 MB and 120 MB files (real events repeated): the same peak, under 400 MB."""
    source = rrweb_dir / "dev-mixed-long-desktop.rrweb.json"
    peaks = {}
    for mb in (40, 120):
        path = tmp_path / f"big{mb}.rrweb.json"
        write_big_rrweb(source, path, target_bytes=mb * 1_000_000)
        result = run_rss(path, tmp_path / f"lib{mb}.sqlite")
        path.unlink()
        assert result["outcome"] == "session", result
        peaks[mb] = result["peak_rss_mb"]
    record(
        f"chunked import peak RSS: 40 MB file {peaks[40]:.0f} MB, 120 MB file {peaks[120]:.0f} MB"
    )
    assert max(peaks.values()) < CEILING_MB
    assert peaks[120] - peaks[40] < 40, peaks  # flat: not growing with the file


@pytest.mark.full
def test_chunked_session_copied_to_postgresql_and_back(
    rrweb_dir: Path, tmp_path: Path, chunked: int, pg_url: str
) -> None:
    """`replay copy` carries a chunked session exactly: SQLite -> PostgreSQL -> SQLite."""
    from replay.store.copy import copy_library

    path = rrweb_dir / "dev-mixed-long-desktop.rrweb.json"
    source = tmp_path / "source.replay"
    with Library.open(source) as lib:
        sid, _ = lib.add_session(import_file(path))
        original = lib.load_session(sid)
    there = copy_library(source, pg_url)
    assert there.verified
    assert any(t.table == "channel_chunks" and t.destination_rows > 0 for t in there.tables)
    back = tmp_path / "back.replay"
    assert copy_library(pg_url, back).verified
    with Library.open(back) as lib:
        assert_same(lib.load_session(sid), original)
