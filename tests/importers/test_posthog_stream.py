"""A large PostHog export is read member by member: the same session, in bounded memory.

``rrweb.load`` of a stream (files above ``STREAM_THRESHOLD_BYTES``) walks a PostHog export
object with ``_rrweb_stream.iter_export_stream`` instead of decoding it whole. These tests
hold every export shape, built from the real shared recordings, to the whole-buffer path:
the same session (channels, nodes, meta, report, page), the same stored session, and a
broken file refused in one line with nothing stored. The memory figure is measured by
``tests/bench/bench_posthog_export.py``.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_posthog_compressed import compress_event
from test_rrweb_paths import same

import replay.importers as importers
from replay.cli import cli
from replay.errors import ImportFailed
from replay.importers import import_file, rrweb
from replay.model.session import ImportReport
from replay.store.library import Library

NAMES = ("dev-tablet-mixed", "dev-dead-clicks-laptop", "dev-rotation-phone")
PHONE = {"$os": "Android", "$device_type": "Mobile"}


def _events(rrweb_dir: Path, name: str) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = json.loads((rrweb_dir / f"{name}.rrweb.json").read_bytes())
    return events


def _shapes(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Every PostHog export object shape, the person before or after the events."""
    half = len(events) // 2
    return {
        "v2": {
            "version": "2023-04-28",
            "data": {
                "id": "s1",
                "person": None,
                "snapshots": [{"windowId": "w1", **e} for e in events],
            },
        },
        "v2 window last": {"data": {"snapshots": [{**e, "windowId": "w1"} for e in events]}},
        "v2 wrapped, person after": {
            "version": "2023-04-28",
            "data": {
                "snapshots": [{"windowId": "w1", "data": e} for e in events],
                "person": {"properties": PHONE},
            },
            "extra": [1, {"a": "ข้อความ"}],
        },
        "v2 compressed": {
            "data": {
                "person": {"properties": PHONE},
                "snapshots": [compress_event(e) for e in events],
            }
        },
        "v1": {
            "version": "2022-12-02",
            "data": {
                "person": None,
                "snapshotsByWindowId": {"w1": events[:half], "w2": events[half:]},
            },
        },
        "api": {"next": None, "snapshot_data_by_window_id": {"w": events}},
    }


def _both(data: bytes) -> tuple[Any, Any]:
    whole = rrweb.load(data, path="p", report=ImportReport())
    streamed = rrweb.load(io.BufferedReader(io.BytesIO(data)), path="p", report=ImportReport())  # type: ignore[arg-type]
    return whole, streamed


@pytest.mark.parametrize("runs", [True, False], ids=["msgspec runs", "event by event"])
@pytest.mark.parametrize("name", NAMES)
def test_every_export_shape_streams_to_the_same_session(
    rrweb_dir: Path, name: str, runs: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small windows and batches: every refill and batch boundary is crossed many times.
    monkeypatch.setattr("replay.importers._rrweb_stream.STREAM_CHUNK_CHARS", 4096)
    from replay.importers import _rrweb_stream

    decoded: list[int] = []
    real_run = _rrweb_stream._decode_run
    monkeypatch.setattr(  # the exact path alone: what a run that does not decode falls back to
        _rrweb_stream,
        "_decode_run",
        (lambda win: decoded.append(len(r := real_run(win))) or r) if runs else (lambda win: []),
    )
    monkeypatch.setattr("replay.importers._rrweb_stream.EXPORT_BATCH_EVENTS", 7)
    calls: list[int] = []
    real = rrweb.iter_export_stream
    monkeypatch.setattr(
        rrweb, "iter_export_stream", lambda *a, **k: (calls.append(1), real(*a, **k))[1]
    )
    events = _events(rrweb_dir, name)
    for shape, doc in _shapes(events).items():
        for indent in (None, 2):
            data = json.dumps(doc, ensure_ascii=False, indent=indent).encode("utf-8")
            whole, streamed = _both(data)
            same(whole, streamed)
            assert whole.page == streamed.page, (name, shape)
    assert len(calls) == 2 * len(_shapes([]))  # the streaming walk was taken every time
    # Four shapes stream data.snapshots, twice each: most of their events came in runs.
    assert not runs or sum(decoded) > 4 * len(events)


def test_the_wrapper_user_agent_is_read_after_the_events(rrweb_dir: Path) -> None:
    """``person`` written after ``snapshots`` still decides the device (it is read last)."""
    events = _events(rrweb_dir, "dev-dead-clicks-laptop")
    doc = _shapes(events)["v2 wrapped, person after"]
    whole, streamed = _both(json.dumps(doc).encode())
    assert whole.meta.device == streamed.meta.device == "mobile"
    plain = import_file(rrweb_dir / "dev-dead-clicks-laptop.rrweb.json")
    assert plain.meta.device == "desktop"


def test_a_big_export_is_stored_as_the_small_one(
    rrweb_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through import_file and the library: the stored session is the whole-buffer one's."""
    doc = _shapes(_events(rrweb_dir, "dev-tablet-mixed"))["v2 wrapped, person after"]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    whole = import_file(path)
    monkeypatch.setattr(importers, "STREAM_THRESHOLD_BYTES", 1000)
    streamed = import_file(path)
    same(whole, streamed)
    stored = []
    for n, session in enumerate((whole, streamed)):
        with Library.open(tmp_path / f"lib{n}.sqlite") as lib:
            sid, _created = lib.add_session(session)
            stored.append(lib.load_session(sid))
    same(stored[0], stored[1])
    assert stored[0].page == stored[1].page


def _broken(events: list[dict[str, Any]]) -> dict[str, bytes]:
    good = json.dumps({"data": {"snapshots": events, "person": None}}).encode()
    cut = good.index(b'"timestamp"', len(good) // 2)
    return {
        "truncated": good[: len(good) // 2],
        "malformed event": good[:cut] + b"}}" + good[cut:],
        "extra data": good + b' {"x": 1}',
        "not UTF-8": good[:cut] + b"\xff" + good[cut:],
        "trailing comma": good[:-2] + b",}}",
        "NaN": good.replace(b'"timestamp": ', b'"timestamp": NaN, "t": ', 1),
        "two event lists": json.dumps(
            {"data": {"snapshots": events[:5]}, "snapshot_data_by_window_id": {"w": events}}
        ).encode(),
        "no events": b'{"data": {"snapshots": []}}',
    }


def test_a_broken_export_is_one_line_and_nothing_is_stored(
    rrweb_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = _events(rrweb_dir, "dev-rotation-phone")
    db = tmp_path / "lib.sqlite"
    with Library.open(db):
        pass
    monkeypatch.setattr(importers, "STREAM_THRESHOLD_BYTES", 1000)
    for case, data in _broken(events).items():
        path = tmp_path / f"{case.replace(' ', '-')}.json"
        path.write_bytes(data)
        with pytest.raises(ImportFailed) as err:
            import_file(path)
        line = err.value.one_line()
        assert "\n" not in line, (case, line)
        assert str(path) in line, (case, line)
        out = CliRunner().invoke(cli, ["import", str(path), "--db", str(db)])
        assert out.exit_code == 1, (case, out.output)
        errors = [x for x in out.output.splitlines() if x.startswith("error:")]
        assert len(errors) == 1, (case, out.output)
        assert "Traceback" not in out.output
    with Library.open(db) as lib:
        assert lib.sessions() == []  # all-or-nothing: not one session from a broken file
