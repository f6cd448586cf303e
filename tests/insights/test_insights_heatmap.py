"""Heatmaps across real sessions: kinds, buckets, alignment, filters, the PNG."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from insights_helpers import build_library, product_file, read_png, session_id

from replay.errors import ReplayError
from replay.insights.heatmap import KINDS, BackgroundRequest, compute_heatmap, heatmap_png, render
from replay.insights.query import Filters
from replay.store.library import Library

SHOP = "http://127.0.0.1:8766/*"


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_draws_a_png_of_the_document(real_library: Path, kind: str) -> None:
    with Library.open(real_library) as library:
        if kind == "tags":
            sid = session_id(library, "dev-rage-desktop-wide.rrweb.json")
            library.tags.add(
                sid, start_ms=16_500, category="broken_link_or_button", reviewer="ana"
            )
        heat = compute_heatmap(library, kind, Filters(url=SHOP))
    # 1920 px and 1366 px desktops are never pooled (ABOUT.md): 'wide' has the 4 recordings
    # at 1920x1080, 'laptop' the 6 at 1366x768, 'phone' the 3 phones, 'tablet' the tablet.
    assert heat.buckets == {"phone": 3, "tablet": 1, "laptop": 6, "wide": 4}
    assert heat.bucket == "laptop"
    assert heat.width_px == 1366
    assert heat.viewport_height_px == 768
    image = read_png(heatmap_png(heat))
    assert image.shape[1] == 800
    assert image.shape[0] == round(heat.height_px * 800 / 1366)
    data = heat.to_json()
    assert set(data) == {
        "kind",
        "filters",
        "width_bucket",
        "width_buckets",
        "document",
        "sessions",
        "pages",
        "points",
        "outside",
        "urls",
        "reach",
        "page",
        "page_drawn",
    }
    if kind == "tags":
        # The tag is in a 'wide' session: nothing in 'laptop'; drawn where asked.
        assert heat.points == 0
        with Library.open(real_library) as library:
            wide = compute_heatmap(library, "tags", Filters(url=SHOP), bucket="wide")
        assert wide.points == 1
        assert wide.grid.max() > 0
    elif kind == "scroll":
        assert [line["share"] for line in data["reach"]] == [0.75, 0.5, 0.25]
        ys = [line["y_px"] for line in data["reach"]]
        assert ys == sorted(ys)
        assert ys[0] >= 768
    else:
        assert heat.points > 0
        assert heat.grid.max() > 0


def test_points_align_across_scroll_and_land_where_clicked(tmp_path: Path) -> None:
    files = [
        product_file(tmp_path / f"{i}.jsonl", scroll_y=scroll)
        for i, scroll in enumerate((0, 300, 500))
    ]
    db = build_library(tmp_path / "lib.sqlite", files)
    with Library.open(db) as library:
        heat = compute_heatmap(library, "clicks", Filters(url="https://shop.example/*"))
    assert heat.points == 3
    assert heat.sessions == 3
    image = read_png(heatmap_png(heat)).astype(int)
    redness = image[..., 0] - image[..., 2]
    y, x = np.unravel_index(int(np.argmax(redness)), redness.shape)
    scale = 800 / 1280
    assert abs(x - 400 * scale) <= 4
    assert abs(y - 650 * scale) <= 4


def test_filters_device_date_and_glob(real_library: Path) -> None:
    with Library.open(real_library) as library:
        phone = compute_heatmap(library, "clicks", Filters(url=SHOP, device="mobile"))
        assert set(phone.buckets) == {"phone"}  # a phone turned landscape stays a phone session
        none = compute_heatmap(library, "clicks", Filters(url="*/nowhere.html"))
        assert none.bucket is None
        assert "no page matched" in none.summary()
        screen = compute_heatmap(library, "dwell", Filters(url=""))  # the mouse logs
        assert screen.sessions == 1
        assert screen.points > 100
        future = compute_heatmap(library, "clicks", Filters(url=SHOP, since_ms=4_102_444_800_000))
        assert future.bucket is None
        with pytest.raises(ReplayError, match="unknown heatmap kind"):
            compute_heatmap(library, "hover", Filters())


def test_background_is_pluggable_and_falls_back(real_library: Path) -> None:
    seen: list[BackgroundRequest] = []

    def page(request: BackgroundRequest) -> np.ndarray:
        seen.append(request)
        out = np.zeros((10, 10, 4), dtype=np.uint8)
        out[..., 1] = 200
        out[..., 3] = 255
        return out

    with Library.open(real_library) as library:
        heat = compute_heatmap(library, "clicks", Filters(url="*/index.html"))
    green = render(heat, page)
    assert seen
    assert seen[0].width_px == 1366
    assert seen[0].url == "http://127.0.0.1:8766/index.html"
    assert int(np.median(green[..., 1])) == 200
    blank = render(heat, lambda _r: None)
    assert int(np.median(blank[..., 1])) == 244  # the blank stage
