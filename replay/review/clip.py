"""Clips: which moments a clip shows, and writing its frames to MP4, WebP or GIF.

Qt-free: :func:`frame_times` is the schedule (30 frames per second of *clip*; ``speed``
2 shows two seconds of session per clip second), :class:`ClipWriter` encodes RGB frames
with maintained libraries (PyAV = FFmpeg's libraries for MP4/H.264; Pillow for animated
WebP and GIF). The file is written next to its destination under a temporary name and
moved into place when complete (:func:`replay.filekind.atomic_output`), so a failed or
cancelled clip leaves nothing behind.
The frames themselves are drawn by ``replay.ui.clip_render`` (the stage and the lanes).
"""

from __future__ import annotations

import contextlib
import math
import os
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from replay.errors import ReplayError
from replay.filekind import atomic_output

FPS = 30
#: Output formats by file suffix.
FORMATS = {".mp4": "mp4", ".webp": "webp", ".gif": "gif"}
#: Longest clip, in frames (10 minutes at 30 fps): a clip is a moment, not a session.
MAX_FRAMES = 18_000


class ClipError(ReplayError):
    """A clip cannot be made (bad range, unknown format, unwritable destination)."""


def clip_format(path: str | os.PathLike[str]) -> str:
    """Return ``mp4``, ``webp`` or ``gif`` for ``path`` (ClipError for anything else)."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ClipError(f"{path}: a clip is .mp4, .webp or .gif, not {suffix or 'no suffix'!r}")
    return FORMATS[suffix]


def frame_times(
    from_ms: int, to_ms: int, *, duration_ms: int, speed: float = 1.0, fps: int = FPS
) -> npt.NDArray[np.int64]:
    """Return the session time (ms) of every frame of a clip of ``[from_ms, to_ms]``.

    ``ceil((to - from) / speed * fps / 1000)`` frames, the first at ``from_ms``, one every
    ``1000 / fps * speed`` ms of session time.

    Raises
    ------
    ClipError
        ``from_ms >= to_ms``, a range outside the session, a speed outside 0.1-16, or more
        than :data:`MAX_FRAMES` frames.
    """
    if not 0.1 <= speed <= 16:
        raise ClipError(f"speed {speed} is outside 0.1-16")
    if from_ms < 0 or to_ms > duration_ms or from_ms >= to_ms:
        raise ClipError(
            f"the clip must lie inside the session (0-{duration_ms} ms) with --from before "
            f"--to; got {from_ms}-{to_ms} ms"
        )
    n = math.ceil((to_ms - from_ms) / speed * fps / 1000)
    if n > MAX_FRAMES:
        raise ClipError(
            f"{n} frames is more than {MAX_FRAMES} (10 minutes): shorten it or raise --speed"
        )
    step_ms = 1000.0 / fps * speed
    return (from_ms + np.round(np.arange(n) * step_ms)).astype(np.int64)


class ClipWriter:
    """Encode RGB frames (H x W x 3 uint8) into ``path``; use as a context manager.

    The file appears only when :meth:`close` finishes; an exception inside the ``with``
    removes the partial file.
    """

    def __init__(self, path: str | os.PathLike[str], *, width: int, height: int, fps: int = FPS):
        self.path = Path(path)
        self.format = clip_format(self.path)
        self.fps = fps
        # H.264 in yuv420p needs even sides.
        self.width, self.height = (width // 2 * 2, height // 2 * 2)
        # The one output rule: checked, written beside the target, renamed on close().
        self._output = atomic_output(self.path, error=ClipError, what="the clip")
        self._tmp = self._output.path
        self._frames: list[Any] = []
        self._container: Any = None
        self._stream: Any = None
        self.count = 0
        if self.format == "mp4":
            try:
                self._open_mp4()
            except BaseException:
                self.abort()  # no ``with`` yet to drop the temporary file
                raise

    def _open_mp4(self) -> None:
        import av

        self._container = av.open(str(self._tmp), mode="w", format="mp4")
        stream = self._container.add_stream("libx264", rate=self.fps)
        stream.width, stream.height = self.width, self.height
        stream.pix_fmt = "yuv420p"
        stream.options = {"crf": "23", "preset": "veryfast"}
        self._stream = stream

    def write(self, rgb: npt.NDArray[np.uint8]) -> None:
        """Add one frame (cropped to the writer's even size)."""
        frame = np.ascontiguousarray(rgb[: self.height, : self.width, :3])
        if self.format == "mp4":
            import av

            video = av.VideoFrame.from_ndarray(frame, format="rgb24")
            for packet in self._stream.encode(video):
                self._container.mux(packet)
        else:
            from PIL import Image

            image = Image.fromarray(frame, mode="RGB")
            if self.format == "gif":  # one palette per frame; no dithering noise
                image = image.quantize(colors=255, dither=Image.Dither.NONE)
            self._frames.append(image)
        self.count += 1

    def close(self) -> Path:
        """Finish the file and move it into place; return its path."""
        if self.count == 0:
            raise ClipError(f"{self.path}: no frames to write")
        if self.format == "mp4":
            for packet in self._stream.encode():
                self._container.mux(packet)
            self._container.close()
        else:
            first, rest = self._frames[0], self._frames[1:]
            # Frame delays are whole ms (WebP) or whole 1/100 s (GIF): cumulative rounding
            # (30, 30, 40, ... ms in a GIF) keeps the clip's length exact at 30 fps.
            grain = 10 if self.format == "gif" else 1
            ends = [round((i + 1) * 1000 / self.fps / grain) * grain for i in range(self.count)]
            duration = [b - a for a, b in zip([0, *ends[:-1]], ends, strict=True)]
            options: dict[str, Any] = {"save_all": True, "append_images": rest, "loop": 0}
            if self.format == "webp":
                options.update(duration=duration, quality=80, method=4)
            else:
                options.update(duration=duration, optimize=False, disposal=1)
            first.save(self._tmp, format=self.format.upper(), **options)
        return self._output.commit()

    def abort(self) -> None:
        """Drop the partial file."""
        if self._container is not None:
            with contextlib.suppress(Exception):
                self._container.close()
        self._output.discard()

    def __enter__(self) -> ClipWriter:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is not None:
            self.abort()
