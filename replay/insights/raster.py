"""Qt-free raster helpers: RGBA numpy images, PNG encoding, blur, colour map, digits.

Heatmaps and report frames are drawn in the core (numpy), so the CLI and the report need
no display and no Qt; the app shows the same PNG bytes.
"""

from __future__ import annotations

import struct
import zlib
from typing import Any

import numpy as np
import numpy.typing as npt

RGBA = npt.NDArray[np.uint8]


def png_bytes(image: RGBA) -> bytes:
    """Encode an (H, W, 4) uint8 RGBA image as PNG."""
    if image.ndim != 3 or image.shape[2] != 4 or image.dtype != np.uint8:
        raise ValueError("png_bytes needs an (H, W, 4) uint8 array")
    h, w = image.shape[:2]
    raw = np.zeros((h, w * 4 + 1), dtype=np.uint8)  # filter byte 0 (None) on every row
    raw[:, 1:] = image.reshape(h, w * 4)

    def chunk(tag: bytes, data: bytes) -> bytes:
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw.tobytes(), 3))
        + chunk(b"IEND", b"")
    )


def blank(width: int, height: int, rgb: tuple[int, int, int] = (244, 244, 246)) -> RGBA:
    """Return an opaque image of one colour."""
    out = np.empty((max(height, 1), max(width, 1), 4), dtype=np.uint8)
    out[..., :3] = rgb
    out[..., 3] = 255
    return out


def resize_nearest(image: RGBA, width: int, height: int) -> RGBA:
    """Resize by nearest neighbour (backgrounds arrive at document size)."""
    h, w = image.shape[:2]
    ys = np.minimum((np.arange(height) * h / max(height, 1)).astype(np.intp), h - 1)
    xs = np.minimum((np.arange(width) * w / max(width, 1)).astype(np.intp), w - 1)
    return np.ascontiguousarray(image[ys][:, xs])


def box_blur(grid: npt.NDArray[np.float64], radius: int, passes: int = 3) -> npt.NDArray[Any]:
    """Approximate a Gaussian blur (sigma ~ radius) by repeated box blurs along both axes."""
    if radius < 1:
        return grid
    out = grid.astype(np.float64)
    size = 2 * radius + 1
    for axis in (0, 1):
        for _ in range(passes):
            pad = [(0, 0), (0, 0)]
            pad[axis] = (radius + 1, radius)
            c = np.cumsum(np.pad(out, pad), axis=axis)
            n = out.shape[axis]
            hi = np.take(c, np.arange(size, size + n), axis=axis)
            lo = np.take(c, np.arange(0, n), axis=axis)
            out = (hi - lo) / size
    return out


#: Colour stops of the heat map: (position 0..1, r, g, b, alpha).
_STOPS = np.asarray(
    [
        (0.00, 40, 70, 220, 0),
        (0.15, 40, 110, 230, 110),
        (0.40, 30, 190, 120, 160),
        (0.65, 250, 220, 40, 200),
        (1.00, 225, 30, 30, 230),
    ],
    dtype=np.float64,
)


_LUT = np.stack(
    [np.interp(np.linspace(0, 1, 256), _STOPS[:, 0], _STOPS[:, ch + 1]) for ch in range(4)],
    axis=1,
).astype(np.uint8)


def colorize(values: npt.NDArray[Any], *, alpha_scale: float = 1.0) -> RGBA:
    """Map values in 0..1 to RGBA (transparent blue -> green -> yellow -> opaque red)."""
    idx = (np.clip(values, 0.0, 1.0) * 255).astype(np.uint8)
    lut = _LUT
    if alpha_scale != 1.0:
        lut = lut.copy()
        lut[:, 3] = (lut[:, 3] * alpha_scale).astype(np.uint8)
    out: RGBA = lut[idx]
    return out


def over(base: RGBA, layer: RGBA) -> RGBA:
    """Alpha-composite ``layer`` over an opaque ``base`` of the same size."""
    out = base.copy()
    alpha = layer[..., 3]
    where = alpha > 0
    if np.count_nonzero(where) > where.size // 2:  # mostly covered (scroll reach): blend all
        a = alpha.astype(np.uint16)[..., None]
        rgb = out[..., :3].astype(np.uint16)
        rgb *= 255 - a
        rgb += layer[..., :3].astype(np.uint16) * a
        rgb //= 255
        out[..., :3] = rgb.astype(np.uint8)
        return out
    a = alpha[where].astype(np.uint16)[:, None]  # heat layers: blend only what shows
    rgb = out[where][:, :3].astype(np.uint16)
    rgb *= 255 - a
    rgb += layer[where][:, :3].astype(np.uint16) * a
    rgb //= 255
    out[where, :3] = rgb.astype(np.uint8)
    return out


def hline(image: RGBA, y: int, rgb: tuple[int, int, int], *, dash: int = 0) -> None:
    """Draw a 1 px horizontal line (dashed when ``dash`` > 0) in place."""
    if 0 <= y < image.shape[0]:
        xs = np.arange(image.shape[1])
        if dash:
            xs = xs[(xs // dash) % 2 == 0]
        image[y, xs, :3] = rgb


def vline(image: RGBA, x: int, rgb: tuple[int, int, int], *, dash: int = 0) -> None:
    """Draw a 1 px vertical line in place."""
    if 0 <= x < image.shape[1]:
        ys = np.arange(image.shape[0])
        if dash:
            ys = ys[(ys // dash) % 2 == 0]
        image[ys, x, :3] = rgb


def disc(
    image: RGBA, cx: float, cy: float, r: float, rgb: tuple[int, int, int], alpha: float = 1.0
) -> None:
    """Draw a filled circle in place."""
    h, w = image.shape[:2]
    x0, x1 = max(int(cx - r), 0), min(int(cx + r) + 1, w)
    y0, y1 = max(int(cy - r), 0), min(int(cy + r) + 1, h)
    if x0 >= x1 or y0 >= y1:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1]
    inside = (xx - cx) ** 2 + (yy - cy) ** 2 <= r * r
    region = image[y0:y1, x0:x1, :3].astype(np.float64)
    region[inside] = region[inside] * (1 - alpha) + np.asarray(rgb) * alpha
    image[y0:y1, x0:x1, :3] = region.astype(np.uint8)


def polyline(image: RGBA, xs: npt.ArrayLike, ys: npt.ArrayLike, rgb: tuple[int, int, int]) -> None:
    """Draw a 2 px polyline in place (sampled densely along each segment)."""
    x = np.asarray(xs, dtype=np.float64)
    y = np.asarray(ys, dtype=np.float64)
    for i in range(len(x) - 1):
        n = int(max(abs(x[i + 1] - x[i]), abs(y[i + 1] - y[i]), 1)) + 1
        px = np.linspace(x[i], x[i + 1], n).round().astype(np.intp)
        py = np.linspace(y[i], y[i + 1], n).round().astype(np.intp)
        for dx, dy in ((0, 0), (1, 0), (0, 1)):
            ok = (
                (px + dx >= 0)
                & (px + dx < image.shape[1])
                & (py + dy >= 0)
                & (py + dy < image.shape[0])
            )
            image[py[ok] + dy, px[ok] + dx, :3] = rgb


# A 3x5 pixel font for the digits, '%' and '.', enough to label scroll reach lines.
_GLYPHS = {
    "0": "111101101101111",
    "1": "010110010010111",
    "2": "111001111100111",
    "3": "111001111001111",
    "4": "101101111001001",
    "5": "111100111001111",
    "6": "111100111101111",
    "7": "111001001001001",
    "8": "111101111101111",
    "9": "111101111001111",
    "%": "101001010100101",
    ".": "000000000000010",
    " ": "000000000000000",
}


def text(
    image: RGBA, x: int, y: int, label: str, rgb: tuple[int, int, int], scale: int = 4
) -> None:
    """Draw ``label`` (digits, '%', '.', space) at (x, y) in place, on a white box."""
    w = len(label) * 4 * scale + scale
    h = 7 * scale
    y0, x0 = max(y - scale, 0), max(x - scale, 0)
    image[y0 : min(y0 + h, image.shape[0]), x0 : min(x0 + w, image.shape[1]), :3] = 255
    for i, ch in enumerate(label):
        bits = _GLYPHS.get(ch, _GLYPHS[" "])
        for k, bit in enumerate(bits):
            if bit == "1":
                gy = y + (k // 3) * scale
                gx = x + (i * 4 + k % 3) * scale
                image[gy : gy + scale, gx : gx + scale, :3] = rgb
