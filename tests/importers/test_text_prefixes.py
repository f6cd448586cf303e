"""A UTF-8 byte order mark or blank lines before the content import like the plain file.

Windows tools write a BOM at the start of UTF-8 files (Notepad, PowerShell 5's
``Set-Content -Encoding UTF8``, Excel's "CSV UTF-8"). Every format's sniffer skips it, so
the loader must too: a file recognised as a session is never refused for its first bytes.
Each case runs on the whole-buffer path and on the streaming path (threshold lowered).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np
import pytest

import replay.importers as importers
from replay.importers import import_file
from replay.model.session import Session

DEMO_NATIVE = Path(__file__).resolve().parents[2] / "resources/demo/example.native.jsonl"


def _same(a: Session, b: Session, what: str) -> None:
    assert a.meta.format == b.meta.format, what
    assert a.counts() == b.counts(), what
    assert a.nodes == b.nodes, what
    assert a.report.to_json() == b.report.to_json(), what
    for name, channel in a.channels.items():
        for column, values in channel.columns.items():
            np.testing.assert_array_equal(values, b.channels[name][column], err_msg=what)


def _files(rrweb_dir: Path, balabit_files: list[Path]) -> dict[str, bytes]:
    rr = (rrweb_dir / "dev-calm-desktop-basket.rrweb.json").read_bytes()
    events = json.loads(rr)
    posthog = {"version": "2023-04-28", "data": {"snapshots": events}}
    blob = "\n".join(
        json.dumps({"window_id": "w", "data": events[i : i + 50]})
        for i in range(0, len(events), 50)
    )
    return {
        "rrweb.json": rr,
        "posthog.json": json.dumps(posthog).encode(),
        "blob.jsonl": blob.encode(),
        "native.jsonl": DEMO_NATIVE.read_bytes(),
        "mouselog.csv": balabit_files[0].read_bytes(),
    }


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
@pytest.mark.parametrize(
    "prefix",
    [b"\xef\xbb\xbf", b"\n\n", b" \r\n", b"\xef\xbb\xbf\r\n"],
    ids=["bom", "blank-lines", "space-crlf", "bom-crlf"],
)
def test_prefix_imports_like_the_plain_file(
    rrweb_dir: Path,
    balabit_files: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    prefix: bytes,
    stream: bool,
) -> None:
    if stream:
        monkeypatch.setattr(importers, "STREAM_THRESHOLD_BYTES", 1000)
    for name, content in _files(rrweb_dir, balabit_files).items():
        if name.endswith(".csv") and prefix.strip(b"\xef\xbb\xbf"):
            continue  # a mouse log's header is its first line: blank lines first are not one
        plain = tmp_path / name
        plain.write_bytes(content)
        expected = import_file(plain)
        for variant, data in (
            (f"prefixed-{name}", prefix + content),
            (f"prefixed-{name}.gz", gzip.compress(prefix + content)),
        ):
            path = tmp_path / variant
            path.write_bytes(data)
            _same(import_file(path), expected, variant)


@pytest.mark.parametrize("quote", ["all", "text"])
def test_quoted_mouse_log_imports_like_the_plain_file(
    balabit_files: list[Path], tmp_path: Path, quote: str
) -> None:
    """A mouse log saved with quoted cells (csv.QUOTE_ALL, LibreOffice's "quote all text
    cells": the header and NoButton/Move quoted) is the same CSV to any CSV reader."""
    import csv
    import io

    raw = balabit_files[0].read_bytes()
    rows = list(csv.reader(io.StringIO(raw.decode())))
    out = io.StringIO()
    if quote == "all":
        csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    else:
        for row in rows:
            out.write(",".join(c if c.replace(".", "").isdigit() else f'"{c}"' for c in row))
            out.write("\r\n")
    plain = tmp_path / "plain.csv"
    plain.write_bytes(raw)
    quoted = tmp_path / "quoted.csv"
    quoted.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode())
    _same(import_file(quoted), import_file(plain), quote)
