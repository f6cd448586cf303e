"""The detectors on the real rrweb recordings (truth.csv) and on Balabit mouse logs."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from replay.importers import import_file
from replay.signals import DetectionResult, SignalConfig, detect
from replay.signals.evaluate import evaluate, read_truth

CALM = (
    "dev-calm-desktop-reader.rrweb.json",
    "dev-calm-desktop-basket.rrweb.json",
    "dev-calm-phone-landscape.rrweb.json",
    "dev-calm-desktop-returns.rrweb.json",
)
TOLERANCE_MS = 1000


@pytest.fixture(scope="module")
def results(rrweb_files: list[Path]) -> dict[str, DetectionResult]:
    cfg = SignalConfig()
    return {p.name: detect(import_file(p), cfg) for p in rrweb_files}


@pytest.fixture(scope="module")
def truth_rows(rrweb_dir: Path) -> list[dict[str, str]]:
    with (rrweb_dir / "truth.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_every_truth_episode_is_found(
    results: dict[str, DetectionResult], truth_rows: list[dict[str, str]]
) -> None:
    for row in truth_rows:
        hits = [h for h in results[row["recording"]].hits if h.signal == row["signal"]]
        close = [
            h
            for h in hits
            if abs(h.start_ms - int(row["start_ms"])) <= TOLERANCE_MS
            and abs(h.end_ms - int(row["end_ms"])) <= TOLERANCE_MS
        ]
        assert close, (row["recording"], row["signal"], row["start_ms"], row["end_ms"])
        # and the episode sits inside a spike that names its signal
        spikes = [s for s in results[row["recording"]].spikes if row["signal"] in s.signals]
        assert any(s.start_ms <= close[0].end_ms and s.end_ms >= close[0].start_ms for s in spikes)


@pytest.mark.parametrize("name", CALM)
def test_calm_recordings_have_no_spike(results: dict[str, DetectionResult], name: str) -> None:
    assert results[name].spikes == ()
    assert results[name].score == 0


def test_evaluation_reaches_precision_and_recall(
    results: dict[str, DetectionResult], rrweb_dir: Path
) -> None:
    ev = evaluate(read_truth(rrweb_dir / "truth.csv"), results, tolerance_ms=TOLERANCE_MS)
    assert set(ev.scores) == {
        "rage_click",
        "dead_click",
        "erratic_cursor",
        "scroll_thrash",
        "repeated_rotation",
        "quick_back",
        "form_reentry",
    }
    for s in ev.scores.values():
        assert (s.precision or 0.0) >= 0.9, s
        assert (s.recall or 0.0) >= 0.9, s
    assert ev.false_spikes == []
    assert len(ev.calm_sessions) == 4


def test_reasons_carry_the_numbers(results: dict[str, DetectionResult]) -> None:
    rage = [
        h for h in results["dev-rage-desktop-wide.rrweb.json"].hits if h.signal == "rage_click"
    ]
    assert rage[0].reason.startswith("4 clicks within 714 ms inside 7 px on button#add-p2")
    assert rage[0].evidence["dead"] is True
    tap = next(h for h in results["dev-tablet-mixed.rrweb.json"].hits if h.signal == "rage_click")
    assert tap.evidence["pointer"] == "touch"
    assert "6 taps" in tap.reason


def test_balabit_sessions_run_with_plausible_results(balabit_files: list[Path]) -> None:
    cfg = SignalConfig()
    for path in balabit_files[::16]:  # a few sessions, spread over users
        r = detect(import_file(path), cfg)
        # a mouse log has no DOM, scroll offsets, URLs or form data: said, not zero
        for sig in ("dead_click", "slow_click", "quick_back", "form_reentry", "error_click"):
            assert sig in r.unavailable, (path, sig)
        assert not {h.signal for h in r.hits} & set(r.unavailable)
        assert r.engagement["active_ms"] > 0
        assert all(h.end_ms >= h.start_ms >= 0 for h in r.hits)
