"""Clip schedule and writers (replay.review.clip): frame counts, durations, files that decode."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from replay.review.clip import ClipError, ClipWriter, clip_format, frame_times


def test_frame_times() -> None:
    t = frame_times(1_000, 3_000, duration_ms=10_000)
    assert len(t) == 60
    assert t[0] == 1_000
    assert t[1] - t[0] == 33
    assert t[-1] < 3_000
    assert len(frame_times(1_000, 3_000, duration_ms=10_000, speed=2)) == 30
    assert len(frame_times(0, 100, duration_ms=10_000)) == 3  # ceil(3.0)
    for bad in [(3_000, 1_000), (0, 20_000), (5, 5)]:
        with pytest.raises(ClipError):
            frame_times(*bad, duration_ms=10_000)
    with pytest.raises(ClipError, match="speed"):
        frame_times(0, 1_000, duration_ms=10_000, speed=100)


def test_format_from_suffix() -> None:
    assert clip_format("a.MP4") == "mp4"
    with pytest.raises(ClipError, match=r"\.mp4, \.webp or \.gif"):
        clip_format("a.avi")


def _frames(n: int, w: int = 65, h: int = 49) -> list[np.ndarray]:
    out = []
    for i in range(n):
        frame = np.zeros((h, w, 3), np.uint8)
        frame[:, : (i * 3) % w] = (200, 40, 40)
        out.append(frame)
    return out


@pytest.mark.parametrize("suffix", [".mp4", ".webp", ".gif"])
def test_writer_files_decode(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"clip{suffix}"
    with ClipWriter(out, width=65, height=49) as writer:
        for frame in _frames(45):
            writer.write(frame)
        writer.close()
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary left
    if suffix == ".mp4":
        import av

        with av.open(str(out)) as container:
            decoded = list(container.decode(video=0))
            assert len(decoded) == 45
            assert (decoded[0].width, decoded[0].height) == (64, 48)  # even sides
            assert float(container.duration / 1e6) == pytest.approx(1.5, abs=0.05)
    else:
        from PIL import Image

        with Image.open(out) as image:
            assert image.n_frames == 45
            durations = []
            for i in range(image.n_frames):
                image.seek(i)
                image.load()
                durations.append(image.info["duration"])
            assert sum(durations) == 1500  # 45 frames at 30 fps, exactly
            assert set(durations) <= ({30, 40} if suffix == ".gif" else {33, 34})


def test_failed_clip_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "clip.gif"

    def cancelled() -> None:
        with ClipWriter(out, width=32, height=32) as writer:
            writer.write(_frames(1, 32, 32)[0])
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        cancelled()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ClipError, match="does not exist"):
        ClipWriter(tmp_path / "nope" / "c.mp4", width=32, height=32)
