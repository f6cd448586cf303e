"""Chromium's tile size for the page view (``replay.ui.page_view.TILE_FLAGS``).

Wide tiles cut what Chromium's software compositor spends per seek (docs/pageview.md,
"Inside the compositor's 20 ns a pixel"); they must not change a pixel. Drawing with
Chromium's own 256x256 tiles needs another process (the flags are read once, at start):
``replay frame`` in child processes, ``@pytest.mark.full``.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage
from replay_run import run_replay

from replay.model.page import PagePlayer
from replay.store.library import Library
from replay.ui import page_view
from replay.ui.page_view import TILE_FLAGS, prepare_environment

REPO = Path(__file__).resolve().parents[2]
#: Chromium's own defaults (cc::LayerTreeSettings): what the page was drawn with before.
CHROMIUM_TILES = (
    "--default-tile-width=256 --default-tile-height=256 "
    "--max-untiled-layer-width=512 --max-untiled-layer-height=512"
)


def test_tile_flags_are_added_once_and_yield_to_the_user(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "")
    prepare_environment()
    prepare_environment()  # twice: nothing doubled
    flags = os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()
    for flag in TILE_FLAGS:
        assert flags.count(flag) == 1, flags
    assert flags.count("--disable-gpu") == 1
    # A value the user set wins, and the flag is not given twice.
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--default-tile-height=256")
    prepare_environment()
    flags = os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()
    assert [f for f in flags if f.startswith("--default-tile-height=")] == [
        "--default-tile-height=256"
    ]
    assert "--default-tile-width=4096" in flags
    assert page_view.TILE_FLAGS == TILE_FLAGS


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    rows = data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4]
    return rows.reshape(image.height(), image.width(), 4).astype(np.int16)


def _run(env_flags: str | None, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("REPLAY_DB", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QTWEBENGINE_CHROMIUM_FLAGS"] = env_flags or ""
    return run_replay(*args, env=env, cwd=cwd)


@pytest.mark.full
def test_wide_tiles_draw_the_same_pixels_as_chromium_tiles(
    rrweb_dir: Path, tmp_path: Path
) -> None:
    """A long page, scrolled, at 1:1: the same image with our tiles and Chromium's."""
    db = tmp_path / "library.sqlite"
    source = rrweb_dir / "dev-mixed-long-desktop.rrweb.json"
    done = _run(None, "import", "--db", str(db), str(source), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    with Library.open(db) as lib:
        (row,) = lib.sessions()
        sid, duration = row.id, row.duration_ms
        player = PagePlayer(lib.load_page(sid))
    # Two moments: the page at its top and the page scrolled down (tile rows shifted).
    moments = [1000]
    for t in range(2000, duration, 1000):
        if player.frame_at(t).scroll[1] > 300:
            moments.append(t)
            break
    assert len(moments) == 2, "no scrolled moment in the recording"
    for t in moments:
        images = []
        for flags in (None, CHROMIUM_TILES):
            out = tmp_path / f"frame-{t}-{'chromium' if flags else 'ours'}.png"
            done = _run(flags, "frame", str(sid), "--at", str(t), "--out", str(out),
                        "--size", "1366x900", "--db", str(db), cwd=tmp_path)  # fmt: skip
            assert done.returncode == 0, done.stderr
            images.append(QImage(str(out)))
        ours, theirs = (_pixels(image) for image in images)
        assert ours.shape == theirs.shape
        # The same but for rounding where a tile edge falls: Skia's gradient dither, whose
        # pattern is anchored at the tile's origin (one level, 1-3 % of pixels here), and
        # the anti-aliasing of a few rounded corners cut by a tile edge (up to 4 levels,
        # 4 pixels). The fidelity test allows 24 levels on 1 % of pixels.
        diff = np.abs(ours - theirs).max(axis=2)
        assert int(diff.max()) <= 8, f"the page at {t} ms differs with Chromium's tiles"
        assert float((diff > 2).mean()) < 0.0001, f"the page at {t} ms: {(diff > 2).sum()} px"
        assert float((diff > 0).mean()) < 0.1
