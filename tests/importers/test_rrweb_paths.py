"""Streaming path = whole-buffer path; PostHog wrappers; progress and cancel."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import numpy as np
import pytest

import replay.importers as importers
from replay.errors import ImportCancelled
from replay.importers import import_file, rrweb
from replay.model.session import ImportReport, Session


def same(a: Session, b: Session) -> None:
    assert set(a.channels) == set(b.channels)
    for name, ch in a.channels.items():
        for col, arr in ch.columns.items():
            np.testing.assert_array_equal(arr, b.channels[name][col], err_msg=f"{name}.{col}")
    assert a.strings == b.strings
    assert a.nodes == b.nodes
    assert a.meta == b.meta
    assert a.report.to_json() == b.report.to_json()


@pytest.mark.parametrize(
    "name", ["dev-calm-desktop-reader", "dev-tablet-mixed", "dev-mixed-long-desktop"]
)
def test_stream_equals_buffer(rrweb_dir: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    data = (rrweb_dir / f"{name}.rrweb.json").read_bytes()
    monkeypatch.setattr("replay.importers._rrweb_stream.STREAM_CHUNK_CHARS", 4096)  # many refills
    fast = rrweb.load(data, path="p", report=ImportReport())
    slow = rrweb.load(io.BytesIO(data), path="p", report=ImportReport())
    same(fast, slow)


@pytest.mark.parametrize("chunk", [64, 4096, 1 << 20])
def test_chunked_stream_equals_buffer(
    rrweb_dir: Path, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches cut at any size (64 bytes: every cut retried and grown) give the same session."""
    monkeypatch.setattr("replay.importers._rrweb_stream.TYPED_CHUNK_BYTES", chunk)
    for path in sorted(rrweb_dir.glob("*.rrweb.json")):
        data = path.read_bytes()
        fast = rrweb.load(data, path="p", report=ImportReport())
        slow = rrweb.load(io.BytesIO(data), path="p", report=ImportReport())
        same(fast, slow)
        assert fast.page == slow.page, path.name


def test_typed_equals_plain(rrweb_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Typed Structs (hot events) and plain dicts give the same rows, counts and page."""
    from replay.importers import _rrweb_stream

    for path in sorted(rrweb_dir.glob("*.rrweb.json")):
        data = path.read_bytes()
        typed = rrweb.load(data, path="p", report=ImportReport())
        events = _rrweb_stream.decode_buffer(data, path="p")
        with monkeypatch.context() as m:
            m.setattr(rrweb, "_decode_whole", lambda d, *, path, hints, ev=events: (ev, False))
            plain = rrweb.load(data, path="p", report=ImportReport())
        same(typed, plain)
        assert typed.page == plain.page, path.name


@pytest.mark.parametrize(
    ("tail", "where"),
    [
        (b',{"type":3,"timestamp":5,"data":{"source":1,"positions":[{"x":1,"y":2}]}', "event"),
        (b',{"type":3,"timestamp":5}}]', "event"),
        (b",]", "event"),
        (b'{"type":3,"timestamp":5}]', "event"),
        (b"] x", "line"),
    ],
)
def test_chunked_stream_errors_name_event(
    rrweb_dir: Path, tail: bytes, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broken end of a long file is named as the exact per-element path names it."""
    from replay.errors import ImportFailed
    from replay.importers import _rrweb_stream

    monkeypatch.setattr(_rrweb_stream, "TYPED_CHUNK_BYTES", 4096)
    data = (rrweb_dir / "dev-mixed-long-desktop.rrweb.json").read_bytes().rstrip()[:-1] + tail
    with pytest.raises(ImportFailed) as chunked:
        rrweb.load(io.BytesIO(data), path="p", report=ImportReport())
    with pytest.raises(ImportFailed) as exact:
        for _ in _rrweb_stream.iter_array_stream(io.BytesIO(data), path="p"):
            pass
    assert chunked.value.one_line() == exact.value.one_line()
    assert where in chunked.value.one_line()


def test_import_file_streams_above_threshold(
    rrweb_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = rrweb_dir / "dev-rotation-phone.rrweb.json"
    path = tmp_path / "r.json.gz"
    path.write_bytes(gzip.compress(src.read_bytes()))
    fast = import_file(path)
    calls: list[object] = []
    monkeypatch.setattr(importers, "STREAM_THRESHOLD_BYTES", 1000)
    monkeypatch.setattr(rrweb, "iter_chunks", _spy(rrweb.iter_chunks, calls))
    slow = import_file(path)
    assert calls, "the streaming path was not taken"
    same(fast, slow)


def _spy(fn, calls):  # type: ignore[no-untyped-def]
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return fn(*args, **kwargs)

    return wrapper


def test_posthog_wrappers(rrweb_dir: Path, tmp_path: Path) -> None:
    src = rrweb_dir / "dev-tablet-mixed.rrweb.json"
    events = json.loads(src.read_bytes())
    plain = import_file(src)
    v2 = {"version": "2023-04-28", "data": {"id": "s1", "person": None,
          "snapshots": [{**e, "windowId": "w1"} for e in events]}}  # fmt: skip
    wrapped = {
        "version": "2023-04-28",
        "data": {"snapshots": [{"windowId": "w1", "data": e} for e in events]},
    }
    v1 = {"version": "2022-12-02", "data": {"person": None, "snapshotsByWindowId": {"w1": events}}}
    for i, doc in enumerate((v2, wrapped, v1)):
        path = tmp_path / f"posthog{i}.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        session = import_file(path)
        assert session.meta.format == "rrweb"
        assert session.counts() == plain.counts()
        assert session.nodes == plain.nodes


def test_progress_and_cancel(rrweb_dir: Path) -> None:
    src = rrweb_dir / "dev-quick-back-laptop.rrweb.json"
    seen: list[tuple[int, int]] = []
    import_file(src, progress=lambda done, total: seen.append((done, total)))
    size = src.stat().st_size
    assert seen[-1] == (size, size)
    assert all(d <= t for d, t in seen)
    with pytest.raises(ImportCancelled):
        import_file(src, cancel=lambda: True)


def test_source_kept_as_given(rrweb_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(rrweb_dir)
    session = import_file("./dev-rotation-phone.rrweb.json")
    assert session.meta.source == "./dev-rotation-phone.rrweb.json"
    import hashlib

    assert (
        session.meta.content_hash
        == hashlib.sha256((rrweb_dir / "dev-rotation-phone.rrweb.json").read_bytes()).hexdigest()
    )
