"""Native JSONL: exact round trip session -> JSONL -> session, on real recordings and scripts."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest

from replay.importers import import_file, sniff_format
from replay.importers.native import dump_native
from replay.model.session import Session

URLS = [
    "https://ตัวอย่าง.ไทย/สินค้า?q=กาต้มน้ำ",
    "https://예시.한국/장바구니?상품=주전자",
    "https://例子.中国/购物车?商品=水壶",
    "https://example.com/🛒?emoji=☕️👩🏽‍💻",
]


def assert_same(a: Session, b: Session) -> None:
    assert set(a.channels) == set(b.channels)
    for name, ch in a.channels.items():
        other = b.channels[name]
        for col, arr in ch.columns.items():
            if col in ("url", "message", "tag", "payload"):
                assert [a.string(i) for i in arr] == [b.string(i) for i in other[col]], (name, col)
            else:
                np.testing.assert_array_equal(arr, other[col], err_msg=f"{name}.{col}")
    assert a.nodes == b.nodes
    for field in ("device", "viewport_width_px", "viewport_height_px", "started_at_ms",
                  "duration_ms", "title", "extra"):  # fmt: skip
        assert getattr(a.meta, field) == getattr(b.meta, field), field


def roundtrip(session: Session, tmp_path: Path, name: str = "s.native.jsonl") -> Session:
    out = tmp_path / name
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        dump_native(session, fh)
    return import_file(out)


@pytest.mark.parametrize(
    "name", ["dev-tablet-mixed", "dev-quick-back-laptop", "dev-form-reentry-wide"]
)
def test_rrweb_roundtrip(rrweb_dir: Path, tmp_path: Path, name: str) -> None:
    session = import_file(rrweb_dir / f"{name}.rrweb.json")
    back = roundtrip(session, tmp_path)
    assert back.meta.format == "native"
    assert back.report.is_clean()
    assert_same(session, back)


def test_mouselog_roundtrip(balabit_files: list[Path], tmp_path: Path) -> None:
    session = import_file(min(balabit_files, key=lambda p: p.stat().st_size))
    assert_same(session, roundtrip(session, tmp_path))


def test_multilingual_roundtrip(tmp_path: Path) -> None:
    lines = ['{"replay":"native","version":1,"device":"mobile","viewport":{"width":390,"height":844},'
             '"started_at":"2026-01-02T03:04:05.678Z","title":"ทดสอบ 테스트 测试 🙂"}']  # fmt: skip
    for i, url in enumerate(URLS):
        lines.append(f'{{"t_ms":{i * 100},"type":"navigate","url":"{url}"}}')
    lines += [
        '{"t_ms":500,"type":"tap","x":10,"y":20,"target":{"tag":"button","label":"ชำระเงิน 결제 付款 ✅"}}',
        '{"t_ms":600,"type":"console","level":"error","message":"ข้อผิดพลาด 오류 错误 💥"}',
        '{"t_ms":700,"type":"custom","tag":"แท็ก","payload":{"말":"中文","n":1.5}}',
        '{"t_ms":800,"type":"orientation","angle_deg":90}',
    ]
    src = tmp_path / "multi.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    session = import_file(src)
    assert [session.string(i) for i in session.channel("navigation")["url"]] == URLS
    assert session.nodes[0].label == "ชำระเงิน 결제 付款 ✅"
    assert session.meta.title == "ทดสอบ 테스트 测试 🙂"
    assert session.meta.started_at_ms == 1767323045678
    assert session.channel("interactions")["pointer"].tolist() == [2]
    back = roundtrip(session, tmp_path, "back.jsonl")
    assert_same(session, back)
    assert back.string(int(back.channel("custom")["payload"][0])) == '{"말":"中文","n":1.5}'


def test_sniff_native_before_rrweb() -> None:
    assert sniff_format(b'{"replay": "native", "version": 1}\n{"t_ms": 0}') == "native"
    assert sniff_format(b'[{"type": 4, "data": {}, "timestamp": 1}]') == "rrweb"
    assert sniff_format(b"record timestamp,client timestamp,button,state,x,y\n") == "mouselog"


def test_stream_lines_equal_bytes(tmp_path: Path, rrweb_dir: Path) -> None:
    from replay.importers import native
    from replay.model.session import ImportReport

    buf = io.StringIO()
    dump_native(import_file(rrweb_dir / "dev-rotation-phone.rrweb.json"), buf)
    data = buf.getvalue().encode()
    a = native.load(data, path="x", report=ImportReport())
    b = native.load(io.BytesIO(data), path="x", report=ImportReport())
    assert_same(a, b)


@pytest.mark.parametrize("version", ["true", '"1"', "2", "0", "null", "1.5", "[1]"])
def test_only_version_1_is_read(tmp_path: Path, version: str) -> None:
    """A header of another version (``true`` too, although Python has ``True == 1``) is refused."""
    from replay.errors import ImportFailed

    path = tmp_path / "v.jsonl"
    path.write_text(
        f'{{"replay":"native","version":{version}}}\n{{"t_ms":0,"type":"move","x":1,"y":2}}\n',
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed, match=r"line 1: unsupported native version"):
        import_file(path)
