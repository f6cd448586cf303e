"""Helpers of the insights tests: build a real library, find a session by file name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from replay.importers import import_file
from replay.store.library import Library
from replay.store.results import detect_and_store

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo"


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
