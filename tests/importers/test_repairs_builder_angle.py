"""The orientation angle rule, on a real native file written in tmp (found by the native fuzz)."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

from replay.importers import import_file


def test_absurd_orientation_angles_are_dropped_and_counted(tmp_path: Path) -> None:
    header = {
        "replay": "native",
        "version": 1,
        "device": "mobile",
        "viewport": {"width": 412, "height": 915},
        "started_at": 1_700_000_000_000,
    }
    events = [
        {"t_ms": 0, "type": "move", "x": 10, "y": 20},
        {"t_ms": 100, "type": "orientation", "angle_deg": 90},
        {"t_ms": 200, "type": "orientation", "angle_deg": 1e308},
        {"t_ms": 300, "type": "orientation", "angle_deg": "NaN"},
        {"t_ms": 400, "type": "orientation", "angle_deg": 0},
    ]  # fmt: skip
    path = tmp_path / "angles.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in [header, *events]) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a float32 overflow warning would fail here
        session = import_file(path)
    angles = session.channel("orientation")["angle_deg"]
    assert angles.tolist() == [90.0, 0.0]
    assert session.report.dropped.get("angle_invalid") == 2


def test_a_file_of_only_malformed_events_is_refused(tmp_path: Path) -> None:
    import pytest

    from replay.errors import ImportFailed

    header = {
        "replay": "native",
        "version": 1,
        "device": "desktop",
        "viewport": {"width": 1280, "height": 800},
        "started_at": 1_700_000_000_000,
    }
    # An input length past int64 cannot be stored: the event is dropped, so nothing is valid.
    events = [{"t_ms": 10, "type": "input", "field": 0, "length": 2**70}]
    path = tmp_path / "only-bad.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in [header, *events]) + "\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="no valid events"):
        import_file(path)
