"""CLI: replay detect / signals / evaluate on a real library file with real recordings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("replay.store.library", reason="the store engineer's Library has not landed")

from replay.store.library import Library

from replay.cli import cli
from replay.importers import import_file

FILES = ("dev-rage-desktop-wide.rrweb.json", "dev-calm-desktop-basket.rrweb.json")


@pytest.fixture
def library(db_path: Path, rrweb_dir: Path) -> Path:
    lib = Library.open(db_path)
    for name in FILES:
        lib.add_session(import_file(rrweb_dir / name))
    close = getattr(lib, "close", None)
    if close:
        close()
    return db_path


def test_detect_then_noop_then_force(library: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(cli, ["detect", "--db", str(library)])
    assert first.exit_code == 0, first.output
    assert "detected 2 session(s)" in first.output
    again = runner.invoke(cli, ["detect", "--db", str(library)])
    assert "up to date" in again.output
    assert "detected 0 session(s)" in again.output
    forced = runner.invoke(cli, ["detect", "--db", str(library), "--force", "1"])
    assert "detected 1 session(s)" in forced.output


def test_signals_json_contract(library: Path) -> None:
    out = CliRunner().invoke(
        cli, ["signals", "dev-rage-desktop-wide.rrweb.json", "--db", str(library), "--json"]
    )
    assert out.exit_code == 0, out.output
    hits = json.loads(out.output)
    rage = [h for h in hits if h["signal"] == "rage_click"]
    assert len(rage) == 2
    for key in ("signal", "start_ms", "end_ms", "strength", "reason", "evidence"):
        assert key in rage[0]
    assert rage[0]["start_ms"] == 16088
    assert rage[0]["end_ms"] == 16802


def test_config_change_reruns(library: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    runner.invoke(cli, ["detect", "--db", str(library)])
    cfg = tmp_path / "t.toml"
    cfg.write_text("[rage_click]\nmin_clicks = 5\n", encoding="utf-8")
    out = runner.invoke(cli, ["detect", "--db", str(library), "--config", str(cfg)])
    assert "detected 2 session(s)" in out.output
    bad = tmp_path / "bad.toml"
    bad.write_text("[rage_click]\nmin_clicks = 'x'\n", encoding="utf-8")
    err = runner.invoke(cli, ["detect", "--db", str(library), "--config", str(bad)])
    assert err.exit_code == 1
    assert "bad.toml" in err.output
    assert "Traceback" not in err.output


def test_unknown_session_is_one_line(library: Path) -> None:
    out = CliRunner().invoke(cli, ["signals", "nope.json", "--db", str(library)])
    assert out.exit_code == 1
    assert "no session" in out.output


def test_evaluate_with_import(db_path: Path, rrweb_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "rec"
    folder.mkdir()
    for p in rrweb_dir.iterdir():
        shutil.copy(p, folder / p.name)
    out = CliRunner().invoke(
        cli,
        [
            "evaluate",
            "--truth",
            str(folder / "truth.csv"),
            "--import",
            str(folder),
            "--db",
            str(db_path),
            "--json",
        ],
    )
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["false_spikes"] == []
    assert len(data["calm_sessions"]) == 4
    for row in data["signals"]:
        assert row["precision"] >= 0.9, row
        assert row["recall"] >= 0.9, row
