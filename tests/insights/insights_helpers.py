"""Helpers of the insights tests: small native sessions, a real library, a session by name."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from replay.importers import import_file
from replay.store.library import Library
from replay.store.results import detect_and_store

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo"


def native_file(
    path: Path,
    *,
    url: str,
    width: int,
    height: int,
    scroll_y: float,
    click: tuple[float, float],
    outcome: dict[str, object] | None = None,
    device: str = "desktop",
) -> Path:
    """Write a small native session: load, move, scroll to scroll_y, click at client px."""
    header: dict[str, object] = {
        "replay": "native",
        "version": 1,
        "device": device,
        "viewport": {"width": width, "height": height},
        "started_at": "2026-03-14T09:00:00.000Z",
        "channels": ["pointer", "interactions", "scroll", "viewport", "navigation", "custom"],
    }
    if outcome is not None:
        header["outcome"] = outcome
    events = [
        {"t_ms": 0, "type": "navigate", "url": url, "kind": "load"},
        {"t_ms": 0, "type": "viewport", "width": width, "height": height},
        {"t_ms": 100, "type": "move", "x": 10, "y": 10},
        {"t_ms": 500, "type": "scroll", "y": scroll_y},
        {"t_ms": 900, "type": "move", "x": click[0], "y": click[1]},
        {"t_ms": 1000, "type": "click", "x": click[0], "y": click[1]},
        {"t_ms": 4000, "type": "move", "x": click[0] + 1, "y": click[1]},
    ]
    path.write_text("\n".join(json.dumps(x) for x in [header, *events]) + "\n", encoding="utf-8")
    return path


def cart_file(path: Path, *, outcome: dict[str, object] | None = None) -> Path:
    """Write a phone session (390 x 844) on the shop's cart page that clicks at (10, 10)."""
    return native_file(
        path,
        url="https://shop.example/cart",
        width=390,
        height=844,
        scroll_y=0,
        click=(10, 10),
        outcome=outcome,
    )


def product_file(path: Path, *, scroll_y: float) -> Path:
    """Write a desktop session (1280 x 700) on the shop's product page, scrolled to
    ``scroll_y``, that clicks the element at document (400, 650)."""
    return native_file(
        path,
        url="https://shop.example/p",
        width=1280,
        height=700,
        scroll_y=scroll_y,
        click=(400, 650 - scroll_y),
    )


def build_library(path: Path, files: list[Path]) -> Path:
    """Import and detect ``files`` into a new library at ``path``."""
    with Library.open(path) as library:
        for file in files:
            session = import_file(file)
            sid, _ = library.add_session(session)
            detect_and_store(library, sid, session=session)
    return path


def session_id(library: Library, name: str) -> int:
    """Return the id of the session imported from the file called ``name``."""
    row = library.db.conn.execute(
        "SELECT id FROM sessions WHERE source_name = ?", [name]
    ).fetchone()
    assert row is not None, name
    return int(row[0])


def read_png(data: bytes) -> Any:
    """Decode an 8-bit RGBA PNG with filter 0 rows (what replay writes) to (H, W, 4)."""
    import struct
    import zlib

    import numpy as np

    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        tag = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(tag + body) == crc
        if tag == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert (depth, colour) == (8, 6)
        elif tag == b"IDAT":
            idat += body
        pos += 12 + length
    raw = np.frombuffer(zlib.decompress(idat), dtype=np.uint8).reshape(height, width * 4 + 1)
    assert np.all(raw[:, 0] == 0)
    return raw[:, 1:].reshape(height, width, 4)
