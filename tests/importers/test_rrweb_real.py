"""Every real rrweb recording imports; per-channel counts match the raw JSON, counted here."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from replay.importers import import_file
from replay.model.session import Device, InteractionKind, PointerKind, Session

RRWEB_NAMES = sorted(
    p.name
    for p in (Path(__file__).resolve().parents[3] / "shared/data/rrweb").glob("*.rrweb.json")
)


def raw_counts(events: list[dict[str, Any]]) -> Counter[str]:
    """Count what the file holds, straight from the JSON (independent of the importer)."""
    c: Counter[str] = Counter()
    for e in events:
        d = e["data"]
        if e["type"] == 4:
            c["meta"] += 1
        elif e["type"] == 5:
            c["custom"] += 1
            c["screen-orientation"] += d["tag"] == "screen-orientation"
        elif e["type"] == 3:
            src = d["source"]
            if src in (1, 6, 12):
                c[f"positions{src}"] += len(d["positions"])
            elif src == 2:
                c["interactions"] += 1
                c["clicks"] += d["type"] == 2
            else:
                c[{0: "mutations", 3: "scroll", 4: "resize", 5: "inputs", 14: "sel"}[src]] += 1
    return c


@pytest.fixture(scope="module")
def sessions(rrweb_files: list[Path]) -> dict[str, tuple[Session, list[dict[str, Any]]]]:
    return {p.name: (import_file(p), json.loads(p.read_bytes())) for p in rrweb_files}


@pytest.mark.parametrize("name", RRWEB_NAMES)
def test_counts_match_file(name: str, sessions: dict[str, Any], rrweb_dir: Path) -> None:
    session, events = sessions[name]
    raw = raw_counts(events)
    counts = session.counts()
    kinds = session.channel("pointer")["kind"]
    assert int(np.count_nonzero(kinds == PointerKind.MOVE)) == raw["positions1"]
    assert int(np.count_nonzero(kinds == PointerKind.TOUCH)) == raw["positions6"]
    assert int(np.count_nonzero(kinds == PointerKind.DRAG)) == raw["positions12"]
    assert counts["interactions"] == raw["interactions"]
    assert counts["clicks"] == raw["clicks"]
    assert counts["scroll"] == raw["scroll"]
    assert counts["viewport"] == raw["meta"] + raw["resize"]
    assert counts["navigation"] == raw["meta"]
    assert counts["inputs"] == raw["inputs"]
    assert counts["mutations"] == raw["mutations"]
    assert counts["selections"] == raw["sel"]
    assert counts["custom"] == raw["custom"]
    assert counts.get("orientation", 0) == raw["screen-orientation"]
    assert session.has("orientation") == (raw["screen-orientation"] > 0)
    assert session.report.is_clean()
    # Time base: t_ms counts from events[0].timestamp (ABOUT.md), duration as truth-sessions.
    assert session.meta.started_at_ms == events[0]["timestamp"]
    with (rrweb_dir / "truth-sessions.csv").open(encoding="utf-8") as fh:
        truth = {r["recording"]: r for r in csv.DictReader(fh)}[name]
    assert session.meta.duration_ms == int(truth["duration_ms"])
    assert session.meta.device == Device(truth["device"])
    assert session.meta.format == "rrweb"
    for ch in session.channels.values():
        assert bool(np.all(np.diff(ch.t_ms) >= 0))


def test_positions_use_time_offset(sessions: dict[str, Any]) -> None:
    session, events = sessions["dev-erratic-cursor-wide.rrweb.json"]
    t0 = events[0]["timestamp"]
    expected = sorted(
        e["timestamp"] + p["timeOffset"] - t0
        for e in events
        if e["type"] == 3 and e["data"]["source"] == 1
        for p in e["data"]["positions"]
    )
    assert session.channel("pointer").t_ms.tolist() == expected


def _clicks_in(session: Session, start_ms: int, end_ms: int) -> set[str]:
    it = session.channel("interactions")
    sel = (it["kind"] == InteractionKind.CLICK) & (it.t_ms >= start_ms) & (it.t_ms <= end_ms)
    out = set()
    for index in it["target"][sel].tolist():
        node = session.node(index)
        assert node is not None
        out.add(node.describe().split(' "')[0])
    return out


def test_rage_click_targets_resolve(sessions: dict[str, Any]) -> None:
    session, _ = sessions["dev-rage-desktop-wide.rrweb.json"]
    assert _clicks_in(session, 16088, 16802) == {"button#add-p2"}
    node = next(n for n in session.nodes if n.dom_id == "add-p2")
    assert (node.tag, node.label, node.interactive, node.text_entry) == (
        "button", "Add to cart", True, False,
    )  # fmt: skip


def test_truth_click_targets_resolve(sessions: dict[str, Any], rrweb_dir: Path) -> None:
    """Every dead/rage click in truth.csv resolves to the `tag#id` / `tag.class` its notes name."""
    with (rrweb_dir / "truth.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["signal"] in ("dead_click", "rage_click")]
    assert len(rows) == 11
    for row in rows:
        expected = re.search(r"(?:clicks?|taps?) on (\S+)", row["notes"])
        assert expected is not None
        session, _ = sessions[row["recording"]]
        assert _clicks_in(session, int(row["start_ms"]), int(row["end_ms"])) == {
            expected.group(1)
        }, row


def test_text_fields_are_text_entry(sessions: dict[str, Any]) -> None:
    session, _ = sessions["dev-form-reentry-wide.rrweb.json"]
    inputs = session.channel("inputs")
    targets = {session.nodes[i] for i in inputs["target"].tolist() if i >= 0}
    assert any(n.tag == "input" and n.text_entry for n in targets)
    # Masked email: the length is kept, the text never.
    assert int(inputs["length"].max()) > 0
    assert not any("@" in s for s in session.strings)


def test_checkout_keeps_page_epoch(sessions: dict[str, Any]) -> None:
    """Recorder checkouts (Meta+FullSnapshot without a load) do not start a new page."""
    session, _ = sessions["dev-calm-desktop-reader.rrweb.json"]
    assert len(session.channel("navigation")) == 4
    assert {n.page for n in session.nodes} == {0}


def test_page_loads_start_epochs(sessions: dict[str, Any]) -> None:
    session, events = sessions["dev-quick-back-laptop.rrweb.json"]
    loads = sum(e["type"] == 2 for e in events)
    assert loads == 7
    assert max(n.page for n in session.nodes) <= loads - 1
    assert len({n.page for n in session.nodes}) >= 5
