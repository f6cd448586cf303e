"""Reading a held-out rrweb set (tests/data/rrweb-heldout*): its sessions, results, figures."""

from __future__ import annotations

import csv
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

import pytest

from replay.importers import import_file
from replay.model.session import Session
from replay.signals import DetectionResult, SignalConfig, SignalHit, detect
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


def check_set(
    folder: Path,
    part: str,
    *,
    recordings: int,
    calm: int,
    truth_rows: int,
    signals: int,
    devices: set[str] | None = None,
) -> None:
    """Assert the set is whole: its recordings, its part, its calm sessions and truth rows."""
    rows = session_rows(folder)
    assert len(rows) == recordings
    assert {r["part"] for r in rows} == {part}
    assert sum(r["expected_frustrated"] == "no" for r in rows) == calm
    if devices is not None:
        assert {r["device"] for r in rows} == devices
    for r in rows:
        assert (folder / r["recording"]).is_file(), r["recording"]
    truth = read_truth(folder / "truth.csv")
    assert len(truth) == truth_rows
    assert len({t.signal for t in truth}) == signals  # every signal represented


def assert_at_the_bar(
    ev: Evaluation,
    *,
    signals: int,
    calm: int,
    bar: float = 0.95,
    only: Collection[str] | None = None,
) -> None:
    """Assert the issue's bar: P and R >= ``bar`` per signal (of ``only``), no false spike.

    With ``only`` (a set with a known miss), calm detections are left to the caller.
    """
    assert len(ev.scores) == signals
    for name, s in ev.scores.items():
        if only is None or name in only:
            assert (s.precision or 0.0) >= bar, (name, s)
            assert (s.recall or 0.0) >= bar, (name, s)
    assert len(ev.calm_sessions) == calm
    if only is None:
        assert ev.calm_detections == []
    assert ev.false_spikes == []


def hits_of(
    results: dict[str, DetectionResult],
    name: str,
    signals: str | Collection[str],
    *,
    near_ms: int | None = None,
    within_ms: int = 1000,
) -> list[SignalHit]:
    """The hits of ``signals`` in recording ``name``, in order.

    With ``near_ms``, only those that start within ``within_ms`` of it (ms from the start).
    """
    wanted = (signals,) if isinstance(signals, str) else signals
    return [
        h
        for h in results[name].hits
        if h.signal in wanted and (near_ms is None or abs(h.start_ms - near_ms) <= within_ms)
    ]


def assert_no_hits(
    results: dict[str, DetectionResult], names: Iterable[str], signals: str | Collection[str]
) -> None:
    """Assert that no recording of ``names`` has a hit of ``signals``."""
    for name in names:
        hits = hits_of(results, name, signals)
        assert hits == [], (name, hits)


def set_fixtures(folder: Path, part: str) -> tuple[Any, Any, Any]:
    """Return a set's three module fixtures: ``sessions, results, ev = set_fixtures(...)``.

    ``sessions`` imports every recording of ``folder``, ``results`` runs the detectors with
    the default config, ``ev`` evaluates them against the set's truth for ``part``.
    """

    @pytest.fixture(scope="module")
    def sessions() -> dict[str, Session]:
        return import_set(folder)

    @pytest.fixture(scope="module")
    def results(sessions: dict[str, Session]) -> dict[str, DetectionResult]:
        return detect_set(sessions)

    @pytest.fixture(scope="module")
    def ev(results: dict[str, DetectionResult]) -> Evaluation:
        return evaluate_set(folder, part, results)

    return sessions, results, ev
