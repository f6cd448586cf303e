"""PostHog API responses and blob lines; one wildly wrong timestamp; an unknown viewport."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from replay.errors import ImportFailed
from replay.importers import import_file, sniff_format
from replay.model.bounds import MAX_GAP_MS, main_run


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
    # the far-timestamp rule of every format: counted in rows, under outside_session
    assert session.report.dropped == {**plain.report.dropped, "outside_session": 1}
    assert "1 rows more than 6 h away from the rest of the session dropped" in " ".join(
        session.report.notes
    )
    assert len(session.channel("mutations")) == len(plain.channel("mutations")) - 1
    # a wild timestamp *before* the others (a digit lost) moves the start back to the truth
    events[k]["timestamp"] -= 10**10
    events[k + 1]["timestamp"] //= 10
    path.write_text(json.dumps(events), encoding="utf-8")
    session = import_file(path)
    assert session.meta.duration_ms == plain.meta.duration_ms
    assert session.meta.started_at_ms == plain.meta.started_at_ms
    # the page keeps the cursor's time base (it used to start hours after it)
    assert [c.start_ms for c in session.page.chunks] == [c.start_ms for c in plain.page.chunks]


def test_far_timestamp_rule() -> None:
    """One rule for every format (replay.model.bounds.main_run): the largest run is kept."""
    assert main_run([]) is None
    assert main_run([2000, 0, 1000]) == (0, 2000)  # one run: all of it
    assert main_run([0, 1000, 2000, 10**10]) == (0, 2000)  # one extra digit
    assert main_run([-(10**10), 0, 1000, 2000]) == (0, 2000)  # a lost digit
    gap = MAX_GAP_MS
    assert main_run([0, gap, 2 * gap]) == (0, 2 * gap)  # exactly 6 h apart: one run
    # a tab left open overnight: two halves 8 h apart, the larger one is the session
    assert main_run([0, 1, 2, 8 * 3_600_000, 8 * 3_600_000 + 1]) == (0, 2)
    assert main_run([0, 1, 8 * 3_600_000, 8 * 3_600_000 + 1]) == (0, 1)  # a tie: the first


def test_a_larger_later_half_is_the_session(
    rrweb_dir: Path, tmp_path: Path, events: list[Any]
) -> None:
    """Rows decide (every format's rule); the start, duration and page follow the kept rows."""
    plain = import_file(rrweb_dir / "dev-tablet-mixed.rrweb.json")
    t0 = events[0]["timestamp"]
    early = [{"type": 3, "timestamp": t0 - 10 * 3_600_000 + i,
              "data": {"source": 1, "positions": [{"x": 5, "y": 5, "id": 1, "timeOffset": 0}]}}
             for i in range(3)]  # fmt: skip
    path = tmp_path / "overnight.rrweb.json"
    path.write_text(json.dumps(early + events), encoding="utf-8")
    session = import_file(path)
    assert session.report.dropped["outside_session"] == 3
    assert session.meta.started_at_ms == plain.meta.started_at_ms
    assert session.meta.duration_ms == plain.meta.duration_ms
    assert session.counts() == plain.counts()
    assert [c.start_ms for c in session.page.chunks] == [c.start_ms for c in plain.page.chunks]


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
