"""Clips of real sessions: `replay clip` from the CLI and "Export clip of this tag" in the app."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from replay_run import run_replay

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
    return run_replay(*args, env=env)


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
    # --no-page: the same clip without the recorded page (the plain stage behind the cursor)
    bare = tmp_path / "bare.webp"
    done = _run(
        "clip", "1", "--from", "15000", "--to", "17000", "--out", str(bare), "--size", "640x360",
        "--no-page", "--db", str(db), tmp_path=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    from PIL import Image

    with Image.open(bare) as image:
        assert image.n_frames == 60
        plain = np.asarray(image.convert("RGB"))
    stage = slice(20, 200)  # the stage, above the lanes

    def colourful(rgb: np.ndarray) -> float:
        """Share of clearly coloured pixels: the page's product images, not the grey stage."""
        spread = rgb.max(axis=2).astype(int) - rgb.min(axis=2)
        return float((spread > 60).mean())

    assert colourful(first[stage]) > 0.01
    assert colourful(plain[stage]) < 0.003


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


@pytest.mark.full  # ~40 s: renders 180 frames in child processes
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


def _ticking(qtbot: Any) -> tuple[Any, list[int]]:
    from PySide6.QtCore import QTimer

    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    return timer, ticks


@pytest.mark.full  # a child process renders the clip with the page (Qt WebEngine)
def test_clip_dialog_keeps_the_ui_responsive(
    qtbot, app_settings, tmp_path: Path, db: Path
) -> None:
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    assert window.open_library(db)
    assert window.open_session(1)
    window.controller.set_selection(15_000, 17_000)
    tag = window.controller.tag_selection(category="other")
    out = tmp_path / "tag.mp4"
    timer, ticks = _ticking(qtbot)
    job = window.render_clip_with_progress(tag, out)
    assert job is not None
    assert window.clip_dialog is not None
    with qtbot.waitSignal(job.finished, timeout=240_000):
        pass
    timer.stop()
    # the event loop turned all along: a 20 ms timer fired about as often as it should
    assert len(ticks) > 25, ticks
    assert job.result == (out, 60)
    assert not window.clip_dialog.isVisible()
    assert "60 frames" in window.statusBar().currentMessage()
    import av

    with av.open(str(out)) as container:
        assert len(list(container.decode(video=0))) == 60


@pytest.mark.full  # ~7 s: a child process renders until cancelled
def test_clip_cancel_leaves_no_file(qtbot, app_settings, tmp_path: Path, db: Path) -> None:
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    assert window.open_library(db)
    assert window.open_session(1)
    window.toggle_page()  # no page: the child needs no web engine (fast tier)
    assert not window.page_action.isChecked()
    window.controller.set_selection(5_000, 45_000)  # 1200 frames: long enough to cancel
    tag = window.controller.tag_selection(category="other")
    out = tmp_path / "long.gif"
    timer, ticks = _ticking(qtbot)
    job = window.render_clip_with_progress(tag, out)
    assert job is not None
    assert window.clip_dialog is not None
    seen: list[tuple[int, int]] = []
    job.progress.connect(lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: len(seen) >= 5, timeout=60_000)
    assert seen[-1][1] == 1200
    assert window.clip_dialog.maximum() == 1200
    busy_ticks = len(ticks)
    assert busy_ticks > 0  # the UI's timer fired while the child rendered
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    button = window.clip_dialog.findChild(QPushButton)
    assert button is not None
    assert button.text() == "Cancel"
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the dialog's Cancel button
    timer.stop()
    assert job.result is None
    assert not job.error
    assert "nothing was saved" in window.statusBar().currentMessage()
    # neither the clip nor the child's temporary file is left
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".gif") == []
    assert not out.exists()


def _rgb(image: Any) -> np.ndarray:
    from replay.ui.clip_render import _rgb as to_rgb

    return to_rgb(image)


@pytest.mark.full  # Qt WebEngine: a Chromium process
def test_clip_frames_show_the_page_as_replay_frame_does(qtbot: Any, db: Path) -> None:
    from replay.ui.clip_render import ClipStage
    from replay.ui.page_render import render_frame

    with Library.open(db) as lib:
        stage = ClipStage(lib, 1, size=(960, 540))
        bare = ClipStage(lib, 1, size=(960, 540), page=False)
        try:
            assert stage.has_page
            assert not bare.has_page
            box = stage.canvas.geometry()
            frames = [stage.frame(t) for t in (15_000, 15_033, 15_067, 16_000)]
            plain = bare.frame(16_000)
            ref = _rgb(render_frame(lib, 1, 16_000, (box.width(), box.height())))
            # Incremental: the page of a frame whose DOM and scroll did not change is
            # not asked of the web engine again.
            painted = stage.page_layer._renderer._seq
            stage.frame(16_010)
            assert stage.page_layer._renderer._seq == painted
        finally:
            for s in (stage, bare):
                s.close_page()
                s.close()
    crop = frames[-1][box.y() : box.y() + box.height(), box.x() : box.x() + box.width()]
    bare_crop = plain[box.y() : box.y() + box.height(), box.x() : box.x() + box.width()]
    # the clip's stage is replay frame's picture at the same moment ...
    same = np.abs(crop.astype(int) - ref.astype(int)).mean()
    # ... and not the plain stage: the page's pixels are there
    other = np.abs(crop.astype(int) - bare_crop.astype(int)).mean()
    assert same < 2.0, same
    assert other > 10.0, other
    assert len({tuple(c) for c in crop.reshape(-1, 3)[::7]}) > 200  # a page, not a flat stage
