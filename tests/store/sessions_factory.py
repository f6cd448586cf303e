"""Build Sessions in tests: every channel, every dtype, text in many scripts."""

from __future__ import annotations

import hashlib

import numpy as np

from replay.model.channels import CHANNEL_SCHEMAS
from replay.model.session import Channel, Device, ImportReport, Node, Session, SessionMeta

TEXTS = (
    "ปุ่มสั่งซื้อ",  # Thai: "order button"
    "장바구니에 담기",  # Korean: "add to cart"
    "加入购物车",  # Chinese
    "emoji 😤🛒👍🏽",
    "combining é and ZWJ 👩‍💻",
    'quote " backslash \\ newline \n tab \t',
    "",
)


def make_session(
    n: int = 1000,
    *,
    seed: int = 0,
    source: str = "/data/สมชาย/세션-1.rrweb.json",
    fmt: str = "rrweb",
    device: Device = Device.DESKTOP,
    duration_ms: int | None = None,
    channels: tuple[str, ...] | None = None,
) -> Session:
    """Return a session with ``n`` rows in each channel (every column random in range)."""
    rng = np.random.default_rng(seed)
    t = np.sort(rng.integers(0, 10 * n + 1, size=n)).astype(np.int64)
    built = {}
    for name in channels if channels is not None else tuple(CHANNEL_SCHEMAS):
        cols = {}
        for col, dtype in CHANNEL_SCHEMAS[name].items():
            if col == "t_ms":
                cols[col] = t
            elif dtype.kind == "f":
                cols[col] = rng.normal(500, 300, size=n).astype(dtype)
            else:
                info = np.iinfo(dtype)
                cols[col] = rng.integers(
                    max(info.min, -1000), min(info.max, 1000), size=n, dtype=dtype
                )
        built[name] = Channel.from_columns(name, **cols)  # type: ignore[arg-type]
    if "pointer" in built and n:
        x = np.array(built["pointer"]["x_px"])
        x[0] = np.nan  # NaN must survive the BLOB round trip
        built["pointer"] = Channel.from_columns(
            "pointer", **{**built["pointer"].columns, "x_px": x}
        )
    report = ImportReport()
    report.repair("timestamp_out_of_order", 3)
    report.drop("coordinate_invalid", 2)
    report.notes.append("ข้อความ 노트 注释")
    meta = SessionMeta(
        source=source,
        format=fmt,
        device=device,
        viewport_width_px=1280 + seed,
        viewport_height_px=720,
        started_at_ms=1_700_000_000_000 + seed,
        duration_ms=int(t[-1] - t[0]) if duration_ms is None and n else (duration_ms or 0),
        content_hash=hashlib.sha256(f"{seed}-{n}-{source}".encode()).hexdigest(),
        title=f"การทดสอบ {seed} 테스트 测试",
        extra={"user": f"user{seed}", "備考": "メモ"},
    )
    nodes = tuple(
        Node(
            tag="button", dom_id=f"b{i}", label=TEXTS[i % len(TEXTS)], interactive=True, rrweb_id=i
        )
        for i in range(20)
    )
    return Session(meta=meta, channels=built, strings=TEXTS, nodes=nodes, report=report)


def assert_same_session(a: Session, b: Session) -> None:
    """Assert every channel column, string, node, the metadata and the report are equal."""
    assert a.meta == b.meta
    assert sorted(a.channels) == sorted(b.channels)
    for name, ch in a.channels.items():
        other = b.channels[name]
        assert list(ch.columns) == list(other.columns)
        for col, arr in ch.columns.items():
            assert other[col].dtype == arr.dtype, (name, col)
            np.testing.assert_array_equal(other[col], arr)
    assert a.strings == b.strings
    assert a.nodes == b.nodes
    assert a.report.to_json() == b.report.to_json()
