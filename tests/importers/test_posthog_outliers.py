"""PostHog API responses and blob lines; one wildly wrong timestamp; an unknown viewport."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from replay.errors import ImportFailed
from replay.importers import import_file, sniff_format
from replay.importers._builder import main_time_span


@pytest.fixture
def events(rrweb_dir: Path) -> list[dict[str, Any]]:
    return json.loads((rrweb_dir / "dev-tablet-mixed.rrweb.json").read_bytes())


def test_posthog_api_response(rrweb_dir: Path, tmp_path: Path, events: list[Any]) -> None:
    plain = import_file(rrweb_dir / "dev-tablet-mixed.rrweb.json")
    half = len(events) // 2
    doc = {
        "next": "https://eu.posthog.com/api/projects/1/session_recordings/abc/snapshots?page=2",
        "snapshot_data_by_window_id": {
            # two windows, events interleaved in time: the merge restores time order
            "w1": [{**e, "windowId": "w1"} for e in events[:half:2] + events[half::2]],
            "w2": [{**e, "windowId": "w2"} for e in events[1:half:2] + events[half + 1 :: 2]],
        },
    }
    path = tmp_path / "api.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert sniff_format(path.read_bytes()[:65536]) == "rrweb"
    session = import_file(path)
    assert session.meta.format == "rrweb"
    assert session.counts() == plain.counts()
    assert session.meta.duration_ms == plain.meta.duration_ms


def test_posthog_blob_lines(rrweb_dir: Path, tmp_path: Path, events: list[Any]) -> None:
    plain = import_file(rrweb_dir / "dev-tablet-mixed.rrweb.json")
    lines = [
        json.dumps({"window_id": "w1", "data": events[i : i + 25]}, ensure_ascii=False)
        for i in range(0, len(events), 25)
    ]
    path = tmp_path / "blob.jsonl"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    session = import_file(path)
    assert session.meta.format == "rrweb"
    assert session.counts() == plain.counts()
    assert session.nodes == plain.nodes
    # one broken line refuses the whole file, naming the line
    path.write_text(lines[0] + "\n" + '{"window_id": "w1", "data": 3}\n', encoding="utf-8")
    with pytest.raises(ImportFailed, match="line 2"):
        import_file(path)
    path.write_text(lines[0] + "\n" + lines[1][:40] + "\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"line 2.*malformed JSON"):
        import_file(path)


def test_one_wild_timestamp_is_dropped(rrweb_dir: Path, tmp_path: Path, events: list[Any]) -> None:
    plain = import_file(rrweb_dir / "dev-tablet-mixed.rrweb.json")
    k = next(
        i for i, e in enumerate(events) if e["type"] == 3 and e["data"].get("source") == 0
    )  # a mutation: exactly one row goes
    events[k]["timestamp"] += 10**10  # one extra digit's worth: 115 days later
    path = tmp_path / "wild.rrweb.json"
    path.write_text(json.dumps(events), encoding="utf-8")
    session = import_file(path)
    assert session.meta.duration_ms == plain.meta.duration_ms
    assert session.report.dropped["timestamp_outlier"] == 1
    assert any("timestamp_outlier" in n for n in session.report.notes)
    assert len(session.channel("mutations")) == len(plain.channel("mutations")) - 1
    # a wild timestamp *before* the others (a digit lost) moves the start back to the truth
    events[k]["timestamp"] -= 10**10
    events[k + 1]["timestamp"] //= 10
    path.write_text(json.dumps(events), encoding="utf-8")
    session = import_file(path)
    assert session.meta.duration_ms == plain.meta.duration_ms
    assert session.meta.started_at_ms == plain.meta.started_at_ms


def test_main_time_span_rule() -> None:
    assert main_time_span([0, 1000, 2000]) is None  # one cluster
    assert main_time_span([0, 1000, 2000, 10**10]) == (0, 2000, 1)
    # two real halves of a recording 7 h apart are not slips: kept
    assert main_time_span([0, 1, 2, 3, 8 * 3_600_000, 8 * 3_600_000 + 1]) is None
    many = [*range(0, 200_000, 1000), 10**11, 10**11 + 5]  # 2 of 202 (1 %): dropped
    assert main_time_span(many) == (0, 199_000, 2)


def test_viewport_unknown_not_zero(rrweb_dir: Path, tmp_path: Path, events: list[Any]) -> None:
    from replay.store.library import Library

    no_size = [e for e in events if e["type"] != 4 and e["data"].get("source") != 4]
    path = tmp_path / "nosize.rrweb.json"
    path.write_text(json.dumps(no_size), encoding="utf-8")
    db = tmp_path / "lib.replay"
    with Library.open(db) as lib:
        sid, _ = lib.add_session(import_file(path))
        row = lib.session_row(sid)
    assert row.viewport_text() == "unknown"
    assert row.to_json()["viewport"] is None
