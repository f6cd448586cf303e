"""Every real Balabit session imports; counts match the raw CSV, counted here with csv."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from replay.importers import _csv_parse, import_file
from replay.model.session import Button, ImportReport, InteractionKind, PointerKind


def raw_counts(path: Path) -> Counter[str]:
    c: Counter[str] = Counter()
    with path.open(newline="", encoding="utf-8") as fh:
        rows = csv.reader(fh)
        next(rows)
        prev: dict[str, str] = {}
        for _, _, button, state, x, y in rows:
            c[f"{button},{state}"] += 1
            big = float(x) > 20_000 or float(y) > 20_000
            if button == "NoButton":
                c["pointer_bad"] += big
            elif button != "Scroll":
                c["press_bad"] += big
                if state == "Released" and prev.get(button) == "Pressed":
                    c[f"click,{button}"] += 1
                prev[button] = state
    return c


def test_every_balabit_file_imports(balabit_files: list[Path]) -> None:
    totals: Counter[str] = Counter()
    for path in balabit_files:
        raw = raw_counts(path)
        session = import_file(path)
        pointer = session.channel("pointer")
        inter = session.channel("interactions")
        moves = raw["NoButton,Move"] + raw["NoButton,Drag"] - raw["pointer_bad"]
        assert len(pointer) == moves, path
        assert int(np.count_nonzero(pointer["kind"] == PointerKind.DRAG)) <= raw["NoButton,Drag"]
        assert len(session.channel("scroll")) == raw["Scroll,Up"] + raw["Scroll,Down"]
        k = inter["kind"]
        presses = sum(raw[f"{b},Pressed"] for b in ("Left", "Right", "XButton"))
        assert int(np.count_nonzero(k == InteractionKind.MOUSE_DOWN)) == presses
        assert int(np.count_nonzero(k == InteractionKind.CLICK)) == raw["click,Left"]
        assert int(np.count_nonzero(k == InteractionKind.CONTEXT_MENU)) == raw["click,Right"]
        assert session.report.dropped.get("coordinate_invalid", 0) == raw["pointer_bad"]
        assert session.report.repaired.get("coordinate_invalid", 0) == raw["press_bad"]
        assert session.meta.format == "mouselog"
        assert session.meta.extra == {"user": path.parent.name}
        assert session.meta.viewport_width_px >= 800
        assert not session.has("mutations")
        totals["rows"] += sum(v for key, v in raw.items() if "," in key and "click" not in key)
        totals["bad"] += raw["pointer_bad"] + raw["press_bad"]
    assert totals["rows"] == 2_253_816
    assert totals["bad"] > 0  # the 65535 rows are there and were handled


@pytest.mark.parametrize("index", [0, 20, 40, 64])
def test_fast_and_tolerant_parsers_agree(balabit_files: list[Path], index: int) -> None:
    body = balabit_files[index].read_bytes().split(b"\n", 1)[1]
    fast = _csv_parse.parse_fast(body)
    assert fast is not None
    slow = _csv_parse.parse_tolerant(body.decode(), report=ImportReport())
    for a, b in zip(fast, slow, strict=True):
        np.testing.assert_array_equal(a, b)


def test_click_buttons(balabit_files: list[Path]) -> None:
    session = import_file(balabit_files[0])
    inter = session.channel("interactions")
    clicks = inter["kind"] == InteractionKind.CLICK
    assert set(inter["button"][clicks].tolist()) == {Button.LEFT}
