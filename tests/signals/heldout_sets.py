"""Reading a held-out rrweb set (tests/data/rrweb-heldout*): its sessions, results, figures."""

from __future__ import annotations

import csv
from pathlib import Path

from replay.importers import import_file
from replay.model.session import Session
from replay.signals import DetectionResult, SignalConfig, detect
from replay.signals.evaluate import Evaluation, evaluate, read_recording_list, read_truth

#: How far a hit may start from its truth row and still match it (as `replay evaluate`).
TOLERANCE_MS = 1000


def import_set(folder: Path) -> dict[str, Session]:
    """Every recording of the set, by file name."""
    return {p.name: import_file(p) for p in sorted(folder.glob("*.rrweb.json"))}


def detect_set(sessions: dict[str, Session]) -> dict[str, DetectionResult]:
    """The default detectors' result for every session."""
    cfg = SignalConfig()
    return {name: detect(s, cfg) for name, s in sessions.items()}


def evaluate_set(folder: Path, part: str, results: dict[str, DetectionResult]) -> Evaluation:
    """The set's figures: its truth rows of ``part`` against ``results``."""
    wanted = read_recording_list(folder / "truth.csv", part=part)
    return evaluate(
        read_truth(folder / "truth.csv"), results, tolerance_ms=TOLERANCE_MS, recordings=wanted
    )


def session_rows(folder: Path) -> list[dict[str, str]]:
    """The rows of the set's truth-sessions.csv (recording, part, expected_frustrated, ...)."""
    text = (folder / "truth-sessions.csv").read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))
