"""One test per repair class, on real recordings corrupted in tmp_path: counted, rest imported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from replay.importers import import_file
from replay.model.session import Session


@pytest.fixture
def events(rrweb_dir: Path) -> list[dict[str, Any]]:
    return json.loads((rrweb_dir / "dev-rage-desktop-wide.rrweb.json").read_bytes())


@pytest.fixture
def clean(rrweb_dir: Path) -> Session:
    return import_file(rrweb_dir / "dev-rage-desktop-wide.rrweb.json")


def write(tmp_path: Path, events: list[Any]) -> Session:
    path = tmp_path / "corrupt.rrweb.json"
    path.write_text(json.dumps(events), encoding="utf-8")
    return import_file(path)


def moves(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """MouseMove events with at least 3 positions."""
    return [
        e
        for e in events
        if e["type"] == 3 and e["data"]["source"] == 1 and len(e["data"]["positions"]) >= 3
    ]


def test_missing_fields(tmp_path: Path, events: list[Any], clean: Session) -> None:
    batch = moves(events)[3]["data"]["positions"]
    del batch[0]["x"], batch[1]["y"]
    del events[10]["timestamp"]  # a MouseMove? whatever it is, it is dropped and counted
    session = write(tmp_path, events)
    assert session.report.dropped["missing_field"] >= 3
    assert len(session.channel("pointer")) < len(clean.channel("pointer"))
    assert session.counts()["clicks"] == clean.counts()["clicks"]
    assert "missing_field" in session.report.summary()


def test_numeric_strings_coerced_other_types_dropped(
    tmp_path: Path, events: list[Any], clean: Session
) -> None:
    batch = moves(events)[4]["data"]["positions"]
    batch[0]["x"], batch[0]["y"] = "12.5", "40"  # coerced (2 repairs)
    batch[1]["x"] = [1]  # dropped: wrong type
    batch[2]["y"] = True  # booleans are not numbers
    session = write(tmp_path, events)
    assert session.report.repaired["numeric_string"] == 2
    assert session.report.dropped["wrong_type"] == 2
    assert len(session.channel("pointer")) == len(clean.channel("pointer")) - 2
    assert 12.5 in session.channel("pointer")["x_px"].tolist()


def test_absurd_and_negative_coordinates(
    tmp_path: Path, events: list[Any], clean: Session
) -> None:
    batch = moves(events)[5]["data"]["positions"]
    batch[0]["x"] = 65535
    batch[1]["y"] = 1e300
    batch[2]["x"] = -7
    click = next(e for e in events if e["type"] == 3 and e["data"]["source"] == 2)
    click["data"]["x"] = 99999
    session = write(tmp_path, events)
    assert session.report.dropped["coordinate_invalid"] == 2
    assert session.report.repaired["negative_coordinate"] == 1
    assert session.report.repaired["coordinate_invalid"] == 1  # the click kept, x/y unknown
    assert session.counts()["interactions"] == clean.counts()["interactions"]
    assert np.isnan(session.channel("interactions")["x_px"]).sum() >= 1
    assert float(session.channel("pointer")["x_px"].min()) >= 0


def test_out_of_order_sorted_and_counted(
    tmp_path: Path, events: list[Any], clean: Session
) -> None:
    events[20], events[21] = events[21], events[20]
    events.insert(40, dict(events[60]))  # a duplicate from later: out of order, kept
    session = write(tmp_path, events)
    assert session.report.repaired["timestamp_out_of_order"] >= 2
    for ch in session.channels.values():
        assert bool(np.all(np.diff(ch.t_ms) >= 0))
    assert session.event_count >= clean.event_count


def test_unknown_types_noted(tmp_path: Path, events: list[Any]) -> None:
    events.insert(5, {"type": 42, "data": {}, "timestamp": events[5]["timestamp"]})
    events.insert(6, {"type": 3, "data": {"source": 99}, "timestamp": events[6]["timestamp"]})
    events.insert(7, "not an event")
    session = write(tmp_path, events)
    assert session.report.dropped == {"event_not_object": 1}
    assert any("2 events of unknown type" in n for n in session.report.notes)


def test_balabit_repairs(balabit_files: list[Path], tmp_path: Path) -> None:
    src = min(balabit_files, key=lambda p: p.stat().st_size)
    lines = src.read_text(encoding="utf-8").splitlines()
    n_rows = len(lines) - 1
    lines[5] = lines[5].rsplit(",", 1)[0]  # missing field
    lines[6] = "0.1,abc,NoButton,Move,1,2"  # wrong type
    lines[7] = "0.1,0.2,Wheel,Sideways,1,2"  # unknown button/state
    lines[8], lines[30] = lines[30], lines[8]  # out of order
    lines[9] = "0.1,0.2,NoButton,Move,65535,65535"
    lines.insert(12, "")
    path = tmp_path / "user7" / "session_0000000001"
    path.parent.mkdir()
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    session = import_file(path)
    r = session.report
    assert r.dropped["missing_field"] == 1
    assert r.dropped["wrong_type"] == 1
    assert r.dropped["unknown_event"] == 1
    assert r.dropped["blank_line"] == 1
    assert r.dropped["coordinate_invalid"] >= 1
    assert r.repaired["timestamp_out_of_order"] >= 1
    assert any("unknown button/state" in n for n in r.notes)
    total = sum(len(session.channel(c)) for c in ("pointer", "scroll"))  # type: ignore[arg-type]
    assert total + int((session.channel("interactions")["kind"] < 2).sum()) >= n_rows - 6
    assert session.meta.extra == {"user": "user7"}
