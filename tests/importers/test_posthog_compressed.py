"""PostHog's compressed events (``"cv": "2024-10"``): decompressed, counted, bounded.

The fixtures are real recordings (../shared/data/rrweb) compressed exactly as posthog-js
compresses them (``compressEvent``: ``strFromU8(gzipSync(strToU8(JSON.stringify(x))),
true)``, i.e. gzip bytes as latin-1 characters) and wrapped in PostHog's export shapes.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from replay.errors import ImportFailed
from replay.importers import import_file
from replay.importers._posthog_cv import CompressedEventError, Decompressor
from replay.model.page import iter_chunk_events

RECORDING = "dev-dead-clicks-laptop.rrweb.json"


def gzip_to_string(data: Any) -> str:
    """posthog-js gzipToString: JSON, UTF-8, gzip, then each byte as one character."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8")).decode("latin-1")


def compress_event(event: dict[str, Any]) -> dict[str, Any]:
    """posthog-js compressEvent (the 2024-10 format)."""
    data = event.get("data")
    if event.get("type") == 2:
        return {**event, "data": gzip_to_string(data), "cv": "2024-10"}
    if event.get("type") == 3 and isinstance(data, dict) and data.get("source") == 0:
        packed = {k: gzip_to_string(data[k]) for k in ("texts", "attributes", "removes", "adds")}
        return {**event, "cv": "2024-10", "data": {**data, **packed}}
    if event.get("type") == 3 and isinstance(data, dict) and data.get("source") == 8:
        packed = {k: gzip_to_string(data[k]) if data.get(k) else None for k in ("adds", "removes")}
        return {**event, "cv": "2024-10", "data": {**data, **packed}}
    return event


@pytest.fixture
def events(rrweb_dir: Path) -> list[dict[str, Any]]:
    return json.loads((rrweb_dir / RECORDING).read_bytes())


def _compressible(events: list[dict[str, Any]]) -> int:
    return sum(compress_event(e) is not e for e in events)


def test_compressed_export_imports_as_the_plain_recording(
    rrweb_dir: Path, tmp_path: Path, events: list[dict[str, Any]]
) -> None:
    plain = import_file(rrweb_dir / RECORDING)
    packed = [compress_event(e) for e in events]
    n = _compressible(events)
    assert n >= 5  # the full snapshot and the mutations
    assert any(isinstance(e.get("data"), str) for e in packed)  # a real compressed snapshot
    doc = {
        "version": "2023-04-28",
        "data": {"snapshots": [{**e, "windowId": "w"} for e in packed]},
    }
    path = tmp_path / "export.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    session = import_file(path)
    assert session.counts() == plain.counts()
    assert session.nodes == plain.nodes
    assert session.meta.duration_ms == plain.meta.duration_ms
    # the page is the same page: every stored page event is the plain import's
    assert session.page is not None
    assert plain.page is not None
    assert session.page.status == plain.page.status == "ok"
    assert list(iter_chunk_events(session.page)) == list(iter_chunk_events(plain.page))
    # counted: one note says how many events were decompressed
    notes = [note for note in session.report.notes if "PostHog-compressed" in note]
    assert len(notes) == 1
    assert notes[0].startswith(f"{n} PostHog-compressed event(s) (cv 2024-10) decompressed")
    assert session.report.dropped == plain.report.dropped


def test_compressed_plain_array_typed_path_and_blob_lines(
    rrweb_dir: Path, tmp_path: Path, events: list[dict[str, Any]]
) -> None:
    plain = import_file(rrweb_dir / RECORDING)
    packed = [compress_event(e) for e in events]
    # a plain event array goes through the typed (msgspec Struct) decoder: cv survives it
    array = tmp_path / "array.json"
    array.write_text(json.dumps(packed), encoding="utf-8")
    lines = tmp_path / "blob.jsonl"
    lines.write_text(
        "\n".join(
            json.dumps({"window_id": "w1", "data": packed[i : i + 40]})
            for i in range(0, len(packed), 40)
        ),
        encoding="utf-8",
    )
    gz = tmp_path / "blob.jsonl.gz"
    gz.write_bytes(gzip.compress(lines.read_bytes()))
    for path in (array, lines, gz):
        session = import_file(path)
        assert session.counts() == plain.counts(), path.name
        assert session.nodes == plain.nodes, path.name
        assert any("PostHog-compressed" in note for note in session.report.notes)


def test_malformed_compressed_events_are_dropped_and_counted(
    rrweb_dir: Path, tmp_path: Path, events: list[dict[str, Any]]
) -> None:
    packed = [compress_event(e) for e in events]
    mutations = [i for i, e in enumerate(packed) if e.get("cv") and e["type"] == 3]
    a, b, c, d = mutations[-4:]
    packed[a] = {**packed[a], "data": {**packed[a]["data"], "adds": "not gzip at all"}}
    packed[b] = {**packed[b], "data": {**packed[b]["data"], "texts": "\u4e2d\u6587"}}  # > U+00FF
    packed[c] = {**packed[c], "cv": "2099-01"}  # a format we do not know
    cut = packed[d]["data"]["adds"]
    packed[d] = {**packed[d], "data": {**packed[d]["data"], "adds": cut[: len(cut) // 2]}}
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"data": {"snapshots": packed}}), encoding="utf-8")
    session = import_file(path)
    assert session.report.dropped.get("malformed_compressed_event") == 4
    note = next(n for n in session.report.notes if "PostHog-compressed" in n)
    assert note.startswith(f"{_compressible(events) - 4} PostHog-compressed")
    assert session.counts()["clicks"] > 0


def test_compressed_gzip_bomb_refuses_the_file(tmp_path: Path, events: list[Any]) -> None:
    bomb = gzip.compress(b"[" + b" " * (20 * 1024**2) + b"]", 9).decode("latin-1")
    packed = [*events[:3]]
    packed.append(
        {
            "type": 3,
            "timestamp": events[2]["timestamp"] + 10,
            "cv": "2024-10",
            "data": {"source": 0, "texts": bomb, "adds": bomb, "removes": "", "attributes": ""},
        }
    )
    path = tmp_path / "bomb.json"
    path.write_text(json.dumps({"data": {"snapshots": packed + events[3:]}}), encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"bomb\.json.*decompresses more than 200x"):
        import_file(path)


def test_decompressor_rules() -> None:
    unzip = Decompressor("x.json")
    # uncompressed parts of a cv event stay as they are (PostHog's decompressEvent)
    meta = {"type": 4, "cv": "2024-10", "timestamp": 1, "data": {"href": "a"}}
    assert unzip.event(meta) == {"type": 4, "timestamp": 1, "data": {"href": "a"}}
    snap = {"type": 2, "cv": "2024-10", "timestamp": 1, "data": gzip_to_string({"node": 1})}
    assert unzip.event(snap)["data"] == {"node": 1}
    style = {"type": 3, "cv": "2024-10", "timestamp": 1, "data": {"source": 8, "id": 3}}
    style["data"]["adds"] = gzip_to_string([{"rule": "a{}", "index": 0}])
    assert unzip.event(style)["data"] == {
        "source": 8,
        "id": 3,
        "adds": [{"rule": "a{}", "index": 0}],
    }
    assert unzip.events == 2  # the meta event had nothing compressed
    for bad in (
        {**snap, "data": gzip.compress(b"{not json").decode("latin-1")},
        {**snap, "data": gzip.compress("\u00e9".encode("latin-1")).decode("latin-1")},  # not UTF-8
        {**snap, "data": snap["data"] + "x"},  # bytes after the gzip member
        {**style, "data": {"source": 0, "texts": 5}},
    ):
        with pytest.raises(CompressedEventError):
            unzip.event(bad)
