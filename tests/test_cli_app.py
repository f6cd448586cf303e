"""``replay app`` and ``replay demo`` from the command line (subprocess, offscreen)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from replay_run import run_replay

from replay.cli import cli


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["REPLAY_SETTINGS_DIR"] = str(tmp_path / "settings")
    env["REPLAY_CACHE_DIR"] = str(tmp_path / "cache")
    env.pop("REPLAY_DB", None)
    return env


def _colour_count(png: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull()
    step_x, step_y = max(1, image.width() // 64), max(1, image.height() // 64)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step_x)
            for y in range(0, image.height(), step_y)
        }
    )


def test_app_help_lists_options() -> None:
    result = CliRunner().invoke(cli, ["app", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--session", "--at", "--screenshot", "--size", "--language"):
        assert option in result.output


@pytest.mark.parametrize("size", ["big", "10x10", "1200x"])
def test_bad_size_is_one_line(size: str) -> None:
    result = CliRunner().invoke(cli, ["app", "--size", size, "--screenshot", "x.png"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "--size" in result.output


def test_screenshot_of_a_library(tmp_path: Path, rrweb_dir: Path) -> None:
    db = tmp_path / "lib.sqlite"
    env = _env(tmp_path)
    imported = run_replay(
        "import", "--db", str(db), str(rrweb_dir / "dev-rage-desktop-wide.rrweb.json"), env=env
    )
    assert imported.returncode == 0, imported.stderr
    png = tmp_path / "shot.png"
    shot = run_replay(
        "app",
        "--db",
        str(db),
        "--session",
        "1",
        "--at",
        "16200",
        "--screenshot",
        str(png),
        "--size",
        "1280x800",
        env=env,
    )
    assert shot.returncode == 0, shot.stderr
    assert "Traceback" not in shot.stderr
    from PySide6.QtGui import QImage

    assert QImage(str(png)).size().toTuple() == (1280, 800)
    assert _colour_count(png) > 30  # a blank or single-colour window fails
    assert not (tmp_path / "settings" / "replay" / "replay.ini").exists() or (
        "geometry" not in (tmp_path / "settings" / "replay" / "replay.ini").read_text()
    )


def test_screenshot_of_an_empty_new_library(tmp_path: Path) -> None:
    png = tmp_path / "empty.png"
    shot = run_replay(
        "app",
        "--db",
        str(tmp_path / "new.sqlite"),
        "--screenshot",
        str(png),
        "--size",
        "900x600",
        env=_env(tmp_path),
    )
    assert shot.returncode == 0, shot.stderr
    assert _colour_count(png) > 5


def test_unknown_session_is_one_line(tmp_path: Path) -> None:
    shot = run_replay(
        "app",
        "--db",
        str(tmp_path / "new.sqlite"),
        "--session",
        "99",
        "--screenshot",
        str(tmp_path / "x.png"),
        env=_env(tmp_path),
    )
    assert shot.returncode == 1
    assert "Traceback" not in shot.stderr
    (line,) = shot.stderr.strip().splitlines()  # one line, no Qt noise
    assert "99" in line
    assert not (tmp_path / "x.png").exists()


def test_demo_builds_and_opens_on_the_most_frustrated_spike(tmp_path: Path) -> None:
    png = tmp_path / "demo.png"
    env = _env(tmp_path)
    demo = ("demo", "--size", "1280x800")
    shot = run_replay(*demo, "--screenshot", str(png), env=env, timeout=600)
    assert shot.returncode == 0, shot.stderr
    assert "building the demo library" in shot.stderr
    assert "Traceback" not in shot.stderr
    assert _colour_count(png) > 30
    from replay.demo import first_spike_ms, most_frustrated_id
    from replay.store.library import Library

    (db,) = (tmp_path / "cache").glob("demo-*.sqlite")
    top = most_frustrated_id(db)
    assert top is not None
    with Library.open(db) as library:
        rows = library.sessions()
    assert len(rows) >= 5
    assert all(r.score is not None for r in rows)  # every demo session detected and saved
    assert max(rows, key=lambda r: r.score or 0.0).id == top
    assert first_spike_ms(db, top) is not None
    # The second run reuses the cached library.
    again = run_replay(*demo, "--screenshot", str(tmp_path / "again.png"), env=env, timeout=600)
    assert again.returncode == 0, again.stderr
    assert "building" not in again.stderr
