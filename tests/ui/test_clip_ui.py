"""Clips of real sessions: `replay clip` from the CLI and "Export clip of this tag" in the app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from replay.importers import import_file
from replay.signals import detect
from replay.store.library import Library
from replay.store.results import save_result
from replay.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
RAGE = "dev-rage-desktop-wide.rrweb.json"


@pytest.fixture
def db(tmp_path: Path, rrweb_dir: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        session = import_file(rrweb_dir / RAGE)
        sid, _ = lib.add_session(session)
        save_result(lib, sid, detect(session))
    return path


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REPLAY_SETTINGS_DIR=str(tmp_path / "s"))
    return subprocess.run(
        [sys.executable, "-m", "replay", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


@pytest.mark.full  # ~15 s: renders 60 frames in a subprocess
def test_cli_clip_mp4(tmp_path: Path, db: Path) -> None:
    out = tmp_path / "rage.mp4"
    done = _run(
        "clip", "1", "--from", "15000", "--to", "17000", "--out", str(out), "--size", "640x360",
        "--db", str(db), tmp_path=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "60 frames" in done.stdout
    assert "rendering" in done.stderr  # the progress bar
    import av

    with av.open(str(out)) as container:
        frames = list(container.decode(video=0))
        assert len(frames) == 60
        assert (frames[0].width, frames[0].height) == (640, 360)
        assert float(container.duration / 1e6) == pytest.approx(2.0, abs=0.05)
        # the playhead moves: first and last frames differ
        first, last = frames[0].to_ndarray(format="rgb24"), frames[-1].to_ndarray(format="rgb24")
        assert (first != last).any()


def test_cli_clip_errors_are_one_line(tmp_path: Path, db: Path) -> None:
    for args, words in [
        (["1", "--from", "0", "--to", "1000", "--out", str(tmp_path / "x.avi")], ".mp4, .webp"),
        (["1", "--from", "5000", "--to", "1000", "--out", str(tmp_path / "x.gif")], "--from"),
        (["9", "--from", "0", "--to", "1000", "--out", str(tmp_path / "x.gif")], "#9"),
    ]:
        done = _run("clip", *args, "--db", str(db), tmp_path=tmp_path)
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr
        assert words in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".gif", ".avi")) == []


@pytest.mark.full  # ~40 s: renders 180 frames
def test_export_clip_of_this_tag(qtbot, app_settings, tmp_path: Path, db: Path) -> None:
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    assert window.open_library(db)
    assert window.open_session(1)
    window.controller.set_selection(16_000, 17_000)
    tag = window.controller.tag_selection(category="broken_link_or_button", severity=4)
    window.tag_panel.select_tag(tag.id)
    assert window.clip_tag() == tag
    seen: list[tuple[int, int]] = []
    out = tmp_path / "tag.gif"
    done = window.export_tag_clip(tag, out, progress=lambda d, t: seen.append((d, t)))
    assert done == (out, 30)
    assert seen[-1] == (30, 30)
    from PIL import Image

    with Image.open(out) as image:
        assert image.n_frames == 30
    # a point tag gives 2 s before to 3 s after
    window.controller.seek(20_000)
    point = window.controller.tag_at_playhead(category="other")
    done = window.export_tag_clip(point, tmp_path / "point.webp")
    assert done is not None
    assert done[1] == 150
