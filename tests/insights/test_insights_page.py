"""Heatmaps and report frames over the recorded page (Qt WebEngine, offscreen, offline).

The alignment test is independent of our own arithmetic on both sides: the heat's points
come from the recording (client px + the recorded scroll), the element's box from Blink
laying the recorded page out at the drawn width; the picture is checked where Blink says
the element is.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner
from insights_helpers import build_library, read_png, session_id

from replay.cli import cli
from replay.insights import raster
from replay.insights.heatmap import BackgroundRequest, compute_heatmap, render
from replay.insights.index import KIND_RAGE, decode_points
from replay.insights.query import Filters
from replay.store.library import Library

pytestmark = [
    pytest.mark.full,
    # Chromium's offscreen GPU probing (STACK.md: harmless).
    pytest.mark.qt_log_ignore("QRhi", "RHI", "Vulkan", "GBM", "GPUInfo"),
]

SHOP = "*/index.html"
WIDE = "dev-rage-desktop-wide.rrweb.json"  # 1920x1080: rage on button#add-p2 (truth.csv)
LAPTOP = "dev-mixed-long-desktop.rrweb.json"  # 1366x768: rage on button#add-p7


@pytest.fixture(scope="module")
def two_widths(tmp_path_factory: pytest.TempPathFactory, rrweb_dir: Path) -> Path:
    """One rrweb session at 1920 px and one at 1366 px, both raging at an Add to cart."""
    path = tmp_path_factory.mktemp("page") / "two.sqlite"
    return build_library(path, [rrweb_dir / WIDE, rrweb_dir / LAPTOP])


def _rgb(css: str) -> tuple[int, int, int]:
    nums = [int(float(v)) for v in re.findall(r"[\d.]+", css)[:3]]
    return nums[0], nums[1], nums[2]


@pytest.mark.parametrize(
    ("name", "bucket", "width", "selector"),
    [(WIDE, "wide", 1920, "#add-p2"), (LAPTOP, "laptop", 1366, "#add-p7")],
)
def test_rage_lands_on_the_button_in_the_page_image(
    two_widths: Path, qapp: object, name: str, bucket: str, width: int, selector: str
) -> None:
    from replay.ui.heatmap_page import PageBackground

    with Library.open(two_widths) as library:
        sid = session_id(library, name)
        heat = compute_heatmap(library, "rage", Filters(url=SHOP), bucket=bucket)
        assert heat.width_px == width
        # The rule: the most recent session of the drawn width that has the page.
        assert heat.moment is not None
        assert heat.moment.session_id == sid
        spans = json.loads(
            library.db.conn.execute(
                "SELECT spans_json FROM insight_pages WHERE session_id = ? AND url = ?",
                [sid, heat.moment.url],
            ).fetchone()[0]
        )
        assert heat.moment.t_ms == spans[0][1] - 1  # the end of the first visit
        blob = library.db.conn.execute(
            "SELECT data FROM insight_points WHERE session_id = ? AND layer = 'marks'", [sid]
        ).fetchone()[0]
        points = decode_points(blob)
        rage = points[points["kind"] == KIND_RAGE]
        background = PageBackground(library)
        try:
            request = BackgroundRequest(
                url=heat.moment.url,
                width_px=heat.width_px,
                height_px=heat.height_px,
                viewport_height_px=heat.viewport_height_px,
                scale=heat.scale,
                moment=heat.moment,
            )
            page = background(request)
            assert page is not None, background.last_error
            found = background.inspect(selector)
            assert found is not None
            drawn = render(heat, background)
        finally:
            background.close()
    assert heat.page_drawn
    x, y, w, h = found["box"]
    # 1. The recording's rage clicks fall inside the button as Blink laid it out at this
    #    width (document coordinates agree with the page).
    inside = (
        (rage["x"] >= x - 2)
        & (rage["x"] <= x + w + 2)
        & (rage["y"] >= y - 2)
        & (rage["y"] <= y + h + 2)
    )
    assert inside.any(), (list(zip(rage["x"], rage["y"], strict=True)), found["box"])
    # 2. The page image shows the button there: its middle band has the button's colour
    #    (screens are stacked at the right offsets; a misplaced screen fails this).
    s = page.shape[1] / width
    top, bottom = round((y + 0.2 * h) * s), round((y + 0.8 * h) * s)
    left, right = round((x + 0.05 * w) * s), round((x + 0.95 * w) * s)
    patch = page[top:bottom, left:right, :3].reshape(-1, 3).astype(int)
    want = np.asarray(_rgb(found["background"]))
    assert (np.abs(patch - want).max(axis=1) <= 24).mean() > 0.5, (found, patch[:5])
    # ... and elsewhere it is not that colour (the check can fail).
    assert (np.abs(page[:40, :40, :3].reshape(-1, 3).astype(int) - want).max(axis=1) > 24).all()
    # 3. The heatmap drawn over the page is hot on the button: the drawn image differs from
    #    the page where the rage clicks are.
    hit = rage[inside][0]
    px, py = round(float(hit["x"]) * heat.scale), round(float(hit["y"]) * heat.scale)
    base = raster.resize_nearest(page, drawn.shape[1], drawn.shape[0])  # as render() does
    assert np.abs(drawn[py, px, :3].astype(int) - base[py, px, :3].astype(int)).sum() > 30


def test_the_page_is_the_whole_document(two_widths: Path, qapp: object) -> None:
    from replay.ui.heatmap_page import PAST_END_RGB, PageBackground

    with Library.open(two_widths) as library:
        heat = compute_heatmap(library, "clicks", Filters(url=SHOP), bucket="laptop")
        background = PageBackground(library)
        try:
            image = render(heat, background)
        finally:
            background.close()
    assert heat.page_drawn
    # Several screens were stacked (768 px each) down to the document's end.
    assert background.screens >= 3
    assert background.document_height_px > 2 * 768
    assert image.shape[1] == 800
    # Far below the first screen, the page is drawn: text and boxes, not the blank
    # past-the-end colour, and no seam of a misplaced screen (checked above per element).
    end = round(min(background.document_height_px, heat.height_px) * heat.scale)
    band = image[end - 200 : end - 20, :, :3].reshape(-1, 3)
    assert len({tuple(v) for v in band[::3]}) > 20
    assert (np.abs(band.astype(int) - np.asarray(PAST_END_RGB)).max(axis=1) > 2).mean() > 0.5


def test_mouse_logs_keep_the_blank_stage(real_library: Path, qapp: object) -> None:
    from replay.ui.heatmap_page import PageBackground

    with Library.open(real_library) as library:
        heat = compute_heatmap(library, "clicks", Filters(url=""))
        assert heat.moment is None
        background = PageBackground(library)
        try:
            render(heat, background)
        finally:
            background.close()
    assert not heat.page_drawn


def _frames(html: str) -> list[Any]:
    found = re.findall(
        r"<div class=problem><img alt='[^']*' src='data:image/png;base64,([^']+)'", html
    )
    return [read_png(base64.b64decode(f)) for f in found]


def test_report_frames_show_the_page(two_widths: Path, tmp_path: Path, qapp: object) -> None:
    from replay.ui.report_pdf import render_report

    out = tmp_path / "r.html"
    res = CliRunner().invoke(
        cli, ["report", "--out", str(out), "--db", str(two_widths), "--top", "2"]
    )
    assert res.exit_code == 0, res.output
    html = out.read_text(encoding="utf-8")
    blank = tmp_path / "b.html"
    res = CliRunner().invoke(
        cli, ["report", "--out", str(blank), "--db", str(two_widths), "--top", "2", "--no-page"]
    )
    assert res.exit_code == 0, res.output
    with_page, without = _frames(html), _frames(blank.read_text(encoding="utf-8"))
    assert len(with_page) == len(without) == 2
    for a, b in zip(with_page, without, strict=True):
        assert a.shape == b.shape
        # The blank stage is nearly one colour; the page has many.
        colours_a = len({tuple(v) for v in a[::5, ::5, :3].reshape(-1, 3)})
        colours_b = len({tuple(v) for v in b[::5, ::5, :3].reshape(-1, 3)})
        assert colours_a > 3 * colours_b, (colours_a, colours_b)
    assert "the recorded page at that moment" in html
    # Still self-contained: Qt WebEngine renders it and no request leaves the file.
    result = render_report(html, screenshot_size=(1100, 1600))
    assert result.loaded
    assert result.requests == []


def test_cli_heatmap_over_the_page(two_widths: Path, tmp_path: Path, qapp: object) -> None:
    out = tmp_path / "h.png"
    res = CliRunner().invoke(
        cli,
        [
            "heatmap",
            "--url",
            SHOP,
            "--kind",
            "clicks",
            "--width",
            "wide",
            "--out",
            str(out),
            "--db",
            str(two_widths),
            "--json",
        ],
    )
    assert res.exit_code == 0, res.output
    data = json.loads(res.output[res.output.index("{") :])
    assert data["page_drawn"] is True
    assert data["page"]["viewport_px"] == [1920, 1080]
    assert read_png(out.read_bytes()).shape[1] == 800
