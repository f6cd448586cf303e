"""Reading commands leave the library byte-for-byte unchanged, detected or not.

``replay detect`` stores detection results; ``replay frame``, ``replay clip``,
``replay signals`` and ``replay evaluate`` (without ``--import``) read. A session never
detected is detected in memory for them, and nothing is written to the library file.
Each command runs as a real ``replay`` process on a real library in tmp_path.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

RAGE = "dev-rage-desktop-wide.rrweb.json"
CALM = "dev-calm-desktop-basket.rrweb.json"


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("REPLAY_DB", None)
    env.pop("REPLAY_CONFIG", None)
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["REPLAY_SETTINGS_DIR"] = str(tmp_path / "settings")
    env["REPLAY_CACHE_DIR"] = str(tmp_path / "cache")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _replay(tmp_path: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "replay", *args, "--db", str(tmp_path / "lib.sqlite")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(tmp_path),
        cwd=tmp_path,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _scores(tmp_path: Path) -> list[float | None]:
    return [row["score"] for row in json.loads(_replay(tmp_path, "sessions", "--json"))]


@pytest.fixture
def undetected(tmp_path: Path, rrweb_dir: Path) -> Path:
    """A library of two real recordings, never detected."""
    _replay(tmp_path, "import", str(rrweb_dir / RAGE), str(rrweb_dir / CALM))
    assert _scores(tmp_path) == [None, None]
    return tmp_path / "lib.sqlite"


def _assert_unchanged(tmp_path: Path, *args: str) -> str:
    lib = tmp_path / "lib.sqlite"
    before = _digest(lib)
    out = _replay(tmp_path, *args)
    assert _digest(lib) == before, f"replay {' '.join(args)} wrote to the library"
    assert not (tmp_path / "lib.sqlite-wal").exists() or (
        (tmp_path / "lib.sqlite-wal").stat().st_size == 0
    )
    return out


def test_frame_writes_nothing_undetected_then_detected(undetected: Path) -> None:
    tmp_path = undetected.parent
    out = tmp_path / "f.png"
    _assert_unchanged(tmp_path, "frame", "1", "--at", "16500", "--no-page", "--out", str(out))
    assert out.stat().st_size > 0
    assert _scores(tmp_path) == [None, None]  # still never detected
    _replay(tmp_path, "detect")
    _assert_unchanged(tmp_path, "frame", "1", "--at", "16500", "--no-page", "--out", str(out))


def test_signals_writes_nothing_and_prints_what_detect_stores(undetected: Path) -> None:
    tmp_path = undetected.parent
    before = json.loads(_assert_unchanged(tmp_path, "signals", "1", "--json"))
    assert [h["signal"] for h in before] == ["rage_click", "rage_click"]
    assert _scores(tmp_path) == [None, None]
    _replay(tmp_path, "detect")
    after = json.loads(_assert_unchanged(tmp_path, "signals", "1", "--json"))
    assert after == before


def test_evaluate_without_import_writes_nothing(undetected: Path, rrweb_dir: Path) -> None:
    tmp_path = undetected.parent
    truth = ["--truth", str(rrweb_dir / "truth.csv"), "--json"]
    first = json.loads(_assert_unchanged(tmp_path, "evaluate", *truth))
    assert _scores(tmp_path) == [None, None]
    _replay(tmp_path, "detect")
    assert json.loads(_assert_unchanged(tmp_path, "evaluate", *truth)) == first


@pytest.mark.full
def test_frame_and_clip_with_the_page_write_nothing(undetected: Path) -> None:
    """With the recorded page (Qt WebEngine) too, and ``replay clip`` likewise."""
    tmp_path = undetected.parent
    _assert_unchanged(tmp_path, "frame", "1", "--at", "16500", "--size", "640x400",
                      "--out", str(tmp_path / "p.png"))  # fmt: skip
    _assert_unchanged(tmp_path, "clip", "2", "--from", "1000", "--to", "1500", "--size",
                      "320x240", "--out", str(tmp_path / "c.gif"))  # fmt: skip
    assert (tmp_path / "c.gif").stat().st_size > 0
    assert _scores(tmp_path) == [None, None]
