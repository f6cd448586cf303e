"""The bundled demo sessions all import, and stay small."""

from __future__ import annotations

from pathlib import Path

from replay.importers import find_session_files, import_file

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


def test_demo_sessions_import() -> None:
    files, failures = find_session_files([str(DEMO)])
    assert failures == []
    assert {p.name for p in files} == {p.name for p in DEMO.iterdir() if p.name != "README.md"}
    formats = {import_file(p).meta.format for p in files}
    assert formats == {"rrweb", "mouselog", "native"}
    assert sum(p.stat().st_size for p in DEMO.iterdir()) < 3 * 1024**2


def test_native_example_content() -> None:
    session = import_file(DEMO / "example.native.jsonl")
    assert session.report.is_clean(), session.report.summary()
    urls = [session.string(i) for i in session.channel("navigation")["url"]]
    assert urls[0].startswith("https://ตัวอย่าง.ไทย/")
    assert any("한국" in u for u in urls)
    assert any("中国" in u for u in urls)
    assert session.channel("orientation")["angle_deg"].tolist() == [0, 90]
    assert session.nodes[0].label == "ชำระเงิน / 결제 / 付款"
    assert session.counts()["clicks"] == 3


def test_balabit_demo_user_from_name() -> None:
    session = import_file(DEMO / "balabit-user29-session_2786719181.csv")
    assert session.meta.extra == {"user": "user29"}
