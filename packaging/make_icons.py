"""Render resources/icons/replay.svg to replay-64.png, replay-128.png and replay-256.png.

Run after editing the SVG (the PNGs are committed, so builds need no SVG renderer):
``QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES_PX = (64, 128, 256)


def render(svg: Path, *, size_px: int, out: Path) -> None:
    """Render svg to a square transparent PNG of size_px."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size_px, size_px, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"make_icons: could not write {out}")


def main() -> int:
    """Render every size next to the SVG."""
    _app = QGuiApplication(sys.argv[:1])
    svg = ICONS / "replay.svg"
    for size_px in SIZES_PX:
        out = ICONS / f"replay-{size_px}.png"
        render(svg, size_px=size_px, out=out)
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
