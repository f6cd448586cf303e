"""`replay heatmap | pages | elements | outcomes | report` on a real library, through click."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from insights_helpers import read_png, session_id

from replay.cli import cli
from replay.store.library import Library

SHOP = "http://127.0.0.1:8766/*"


def run(db: Path, *args: str) -> Result:
    # The fast tier draws over the blank stage: the recorded page (Qt WebEngine) is
    # tested in tests/insights/test_insights_page.py.
    page = ["--no-page"] if args and args[0] in ("heatmap", "report") else []
    return CliRunner().invoke(cli, [*args, *page, "--db", str(db)], catch_exceptions=False)


def one_line_error(result: Result) -> str:
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("error: "), result.output
    assert "Traceback" not in result.output
    return lines[0]


def test_heatmap_writes_png_and_json(real_library: Path, tmp_path: Path) -> None:
    out = tmp_path / "rage.png"
    res = run(
        real_library,
        "heatmap",
        "--url",
        SHOP,
        "--kind",
        "rage",
        "--width",
        "wide",
        "--out",
        str(out),
        "--json",
    )
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["kind"] == "rage"
    assert data["width_bucket"] == "wide"
    assert data["out"] == str(out)
    # Both rage bursts of dev-rage-desktop-wide (truth.csv) are at 1920 px.
    assert data["points"] >= 2
    assert data["document"]["width_px"] == 1920
    assert read_png(out.read_bytes()).shape[1] == 800
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's 0600
    text = run(
        real_library,
        "heatmap",
        "--url",
        SHOP,
        "--kind",
        "scroll",
        "--device",
        "desktop",
        "--out",
        str(out),
    )
    assert text.exit_code == 0
    assert "scroll:" in text.output
    assert "other widths not pooled: wide 4" in text.output


def test_heatmap_refuses_bad_input_with_one_line(real_library: Path, tmp_path: Path) -> None:
    assert "not a date" in one_line_error(
        run(real_library, "heatmap", "--since", "last week", "--out", str(tmp_path / "x.png"))
    )
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    assert "not a regular file" in one_line_error(run(real_library, "heatmap", "--out", str(fifo)))
    assert fifo.exists()
    assert not fifo.is_file()
    nothing = one_line_error(
        run(real_library, "heatmap", "--url", "*/nowhere", "--out", str(tmp_path / "n.png"))
    )
    assert "no page matched" in nothing
    assert not (tmp_path / "n.png").exists()
    assert "does not exist" in one_line_error(
        run(real_library, "heatmap", "--out", str(tmp_path / "no" / "x.png"))
    )


def test_pages_json_fields_and_figures(real_library: Path) -> None:
    with Library.open(real_library) as library:
        sid = session_id(library, "dev-rage-desktop-wide.rrweb.json")
        library.tags.add(sid, start_ms=16_500, category="broken_link_or_button", reviewer="ana")
    res = run(real_library, "pages", "--url", SHOP, "--json")
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert set(rows[0]) == {
        "url",
        "sessions",
        "frustrated_sessions",
        "spikes",
        "time_on_page_ms",
        "score",
        "scored_sessions",
        "top_signals",
        "top_elements",
        "tags_by_category",
        "tags",
    }
    index = rows[0]
    assert index["url"].endswith("/index.html")
    assert index["sessions"] == 14
    assert set(index["time_on_page_ms"]) == {"median", "p90", "mean"}
    assert index["score"]["median"] <= index["score"]["p90"]
    assert index["tags_by_category"] == {"broken_link_or_button": 1}
    signals = {s["signal"] for s in index["top_signals"]}
    assert {"rage_click", "dead_click"} <= signals
    assert any("add-p2" in e["target"] for e in index["top_elements"]) or index["top_elements"]
    assert {r["url"].rsplit("/", 1)[-1] for r in rows} == {
        "index.html",
        "returns.html",
        "sizes.html",
        "delivery.html",
    }
    text = run(real_library, "pages", "--url", "*")
    assert "(screen, no URL)" in text.output
    assert "ตัวอย่าง" in text.output


def test_elements_json_names_the_broken_controls(real_library: Path) -> None:
    res = run(real_library, "elements", "--url", "*/index.html", "--json")
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert set(rows[0]) == {"target", "hits", "sessions", "pages", "signals", "urls"}
    by_target = {r["target"]: r for r in rows}
    # truth.csv: 8 rage clicks on #apply-coupon, dead clicks on the banner and price match.
    assert by_target['button#apply-coupon "Apply"']["signals"].get("rage_click", 0) >= 1
    assert any(t.startswith("span#price-match") for t in by_target)
    assert rows == sorted(rows, key=lambda r: (-r["hits"], -r["sessions"], r["target"]))


def test_outcomes_import_and_report(real_library: Path, tmp_path: Path) -> None:
    with Library.open(real_library) as library:
        ids = [r.id for r in library.sessions()]
        hashes = dict(library.db.conn.execute("SELECT id, content_hash FROM sessions").fetchall())
    lines = ["session;converted;value;currency"]
    for i in ids:
        key = hashes[i] if i % 2 else str(i)  # half by content hash, half by id
        lines.append(f"{key};{'yes' if i % 3 else 'no'};{i * 10},5;EUR")
    lines += ["999;yes;1;EUR", f"{ids[0]};maybe;1;EUR"]
    csv_file = tmp_path / "orders.csv"
    csv_file.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    res = run(real_library, "outcomes", "import", str(csv_file), "--json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.output) == {
        "path": str(csv_file),
        "stored": 17,
        "dropped": {"unknown_session": 1, "converted_unreadable": 1},
    }
    res = run(real_library, "outcomes", "--json")
    data = json.loads(res.output)
    assert {
        "definition",
        "filters",
        "sessions",
        "with_outcome",
        "without_outcome",
        "not_detected",
        "currency",
        "overall",
        "frustrated",
        "calm",
        "difference",
        "statement",
        "by_page",
        "by_signal",
    } <= set(data)
    assert data["with_outcome"] == 17
    assert data["currency"] == "EUR"
    assert data["overall"]["converted"] == sum(1 for i in ids if i % 3)
    assert data["overall"]["mean_value"] == pytest.approx(
        sum(i * 10 + 0.5 for i in ids if i % 3) / sum(1 for i in ids if i % 3), abs=0.01
    )
    assert data["frustrated"]["sessions"] + data["calm"]["sessions"] == 17
    assert data["statement"]  # never a bare number
    assert all(p["statement"] for p in data["by_page"])
    assert all(s["statement"] for s in data["by_signal"])
    # Seeded: the same figures twice.
    assert json.loads(run(real_library, "outcomes", "--json").output) == data
    text = run(real_library, "outcomes")
    assert "17 of 17 sessions have an outcome" in text.output


def test_outcomes_import_refuses_non_csv(real_library: Path, tmp_path: Path) -> None:
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"\x00\x01\x02" * 10)
    assert "binary" in one_line_error(run(real_library, "outcomes", "import", str(binary)))
    wrong = tmp_path / "y.csv"
    wrong.write_text("a,b\n1,2\n", encoding="utf-8")
    assert "needs a header" in one_line_error(run(real_library, "outcomes", "import", str(wrong)))
    assert "not a regular file" in one_line_error(
        run(real_library, "outcomes", "import", str(tmp_path))
    )
    with Library.open(real_library) as library:
        assert (
            library.db.conn.execute(
                "SELECT COUNT(*) FROM outcomes WHERE source = 'csv'"
            ).fetchone()[0]
            == 0
        )


def test_report_is_self_contained_and_escapes_recorded_text(
    real_library: Path, tmp_path: Path
) -> None:
    with Library.open(real_library) as library:
        sid = session_id(library, "dev-rage-desktop-wide.rrweb.json")
        library.tags.add(
            sid,
            start_ms=16_500,
            category="broken_link_or_button",
            severity=4,
            reviewer="ana",
            note="<script>alert(1)</script> ปุ่มเสีย",
        )
        library.tags.add(sid, start_ms=16_600, category="slow_response", reviewer="bo")
        chash = library.db.conn.execute(
            "SELECT content_hash FROM sessions WHERE id = ?", [sid]
        ).fetchone()[0]
    out = tmp_path / "report.html"
    res = run(real_library, "report", "--out", str(out), "--top", "4")
    assert res.exit_code == 0, res.output
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; ปุ่มเสีย" in html
    assert f"replay://{chash}?t=16500" in html
    for attr in ("src=", "href="):
        for part in html.split(attr)[1:]:
            value = part[1:].split(part[0], 1)[0]
            assert value.startswith(("data:image/png;base64,", "replay://")), value
    assert "<link" not in html
    assert "@import" not in html
    assert "url(" not in html
    assert html.count("data:image/png;base64,") >= 4 + 2  # 4 frames, clicks/rage/scroll heatmaps
    assert "Broken link or button (severity 4) by ana" in html
    # Agreement (replay agreement's core): 2 reviewers, their pair, alpha and kappa in words.
    assert "2 reviewers (ana, bo)" in html
    assert "Krippendorff's alpha" in html
    assert "Cohen's kappa" in html
    assert "ana / bo" in html
    assert "No session has an outcome yet" in html


def test_tags_heatmap_filters_by_category_and_reviewer(real_library: Path, tmp_path: Path) -> None:
    with Library.open(real_library) as library:
        sid = session_id(library, "dev-rage-desktop-wide.rrweb.json")
        library.tags.add(sid, start_ms=16_500, category="broken_link_or_button", reviewer="ana")
        library.tags.add(sid, start_ms=40_000, category="slow_response", reviewer="bo")
    out = tmp_path / "t.png"

    def points(*args: str) -> int:
        res = run(
            real_library,
            "heatmap",
            "--kind",
            "tags",
            "--width",
            "wide",
            "--out",
            str(out),
            "--json",
            *args,
        )
        assert res.exit_code == 0, res.output
        return int(json.loads(res.output)["points"])

    assert points() == 2
    assert points("--category", "slow_response") == 1
    assert points("--reviewer", "ana") == 1
    # Nobody called chen tagged: no session matches, so no image (one line, exit 1).
    assert "no page matched" in one_line_error(
        run(real_library, "heatmap", "--kind", "tags", "--reviewer", "chen", "--out", str(out))
    )
    # Category/reviewer also narrow the other views to the sessions with such tags.
    rows = json.loads(run(real_library, "pages", "--reviewer", "bo", "--json").output)
    assert [r["sessions"] for r in rows] == [1]
    assert rows[0]["tags_by_category"] == {"slow_response": 1}


def test_report_agreement_on_a_seeded_sample(
    real_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from replay.insights import report
    from replay.insights.query import Filters

    monkeypatch.setattr(report, "AGREEMENT_MAX_SESSIONS", 1)
    with Library.open(real_library) as library:
        for name in ("dev-rage-desktop-wide.rrweb.json", "dev-dead-clicks-laptop.rrweb.json"):
            sid = session_id(library, name)
            library.tags.add(sid, start_ms=9_000, category="confusing_layout", reviewer="ana")
            library.tags.add(sid, start_ms=9_100, category="confusing_layout", reviewer="bo")
        first = report.build_report(library, Filters(), top=1)
        again = report.build_report(library, Filters(), top=1)
    assert (
        "On the 2 session(s) that two or more reviewers tagged or marked done (a seeded sample of 1 of them)"
        in first
    )
    assert first.split("Reviewer agreement")[1][:600] == again.split("Reviewer agreement")[1][:600]
