"""The report in a real browser engine (Qt WebEngine, offscreen): no request leaves the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from insights_helpers import session_id

from replay.cli import cli
from replay.insights.query import Filters
from replay.insights.report import build_report
from replay.store.library import Library

pytestmark = [
    pytest.mark.full,
    # Chromium's offscreen GPU probing (STACK.md: harmless).
    pytest.mark.qt_log_ignore("QRhi", "RHI", "Vulkan", "GBM", "GPUInfo"),
]


def test_report_renders_offline_and_prints_to_pdf(
    real_library: Path, tmp_path: Path, qapp: object
) -> None:
    from replay.ui.report_pdf import render_report

    with Library.open(real_library) as library:
        sid = session_id(library, "dev-dead-clicks-laptop.rrweb.json")
        library.tags.add(
            sid,
            start_ms=5_000,
            category="confusing_layout",
            reviewer="ana",
            note="แบนเนอร์ดูเหมือนปุ่ม 배너 横幅",
        )
        html = build_report(library, Filters(), top=3)
    result = render_report(html, pdf=True, screenshot_size=(1100, 1600))
    assert result.loaded
    assert result.requests == []  # images are data: URIs; nothing else is referenced
    assert result.pdf.startswith(b"%PDF-")
    assert len(result.pdf) > 20_000
    from PySide6.QtGui import QImage

    shot = QImage.fromData(result.png)
    assert shot.width() == 1100
    # Something was painted: the page is not one flat colour.
    colours = {shot.pixel(x, y) for x in range(0, 1100, 37) for y in range(0, 1600, 41)}
    assert len(colours) > 5


def test_a_hostile_reference_would_be_counted(qapp: object) -> None:
    """The interceptor really sees requests: a report with an external image is caught."""
    from replay.ui.report_pdf import render_report

    result = render_report(
        "<html><body><img src='http://example.invalid/x.png'>"
        "<link rel=stylesheet href='file:///etc/hostname'></body></html>"
    )
    assert sorted(result.requests) == ["file:///etc/hostname", "http://example.invalid/x.png"]


def test_cli_report_pdf(real_library: Path, tmp_path: Path, qapp: object) -> None:
    out = tmp_path / "r.html"
    res = CliRunner().invoke(
        cli,
        ["report", "--out", str(out), "--pdf", "--db", str(real_library)],
        catch_exceptions=False,
    )
    assert res.exit_code == 0, res.output
    assert out.with_suffix(".pdf").read_bytes().startswith(b"%PDF-")
