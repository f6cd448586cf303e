"""Take the docs/insights.md screenshots, from the repository root:

    .venv/bin/python docs/screenshots/take_insights_screenshots.py

Builds a library from the 14 shared rrweb recordings (../shared/data/rrweb) and the demo
sessions (resources/demo), detected; adds tags by two reviewers and made-up outcomes
(converted 1 in 2 for calm, 1 in 4 for frustrated sessions: the figures in the screenshots
illustrate the layout, they are not a finding). Saves heatmap-clicks.png, heatmap-rage.png
and heatmap-scroll.png with ``replay heatmap`` (over the recorded page), insights-pages.png
and insights-heatmap.png from the app's Insights window (offscreen), and report.png from the report rendered in Qt
WebEngine (offscreen; as root QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox is set for you).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path(__file__).resolve().parent
REPO = OUT.parent.parent
SHARED = REPO.parent / "shared" / "data" / "rrweb"
REPLAY = [sys.executable, "-m", "replay"]


def build(folder: Path) -> Path:
    from replay.importers import import_file
    from replay.insights.index import ensure_index
    from replay.store.library import Library
    from replay.store.results import detect_and_store

    db = folder / "insights.sqlite"
    files = sorted(SHARED.glob("*.rrweb.json")) + sorted(
        p
        for p in (REPO / "resources" / "demo").iterdir()
        if p.suffix in (".json", ".csv", ".jsonl")
    )
    with Library.open(db) as library:
        for f in files:
            session = import_file(f)
            sid, created = library.add_session(session)
            if created:
                detect_and_store(library, sid, session=session)
        ensure_index(library)
        rows = library.db.conn.execute(
            "SELECT s.id, s.source_name, d.spike_count FROM sessions s JOIN detections d ON d.session_id = s.id"
        ).fetchall()
        lines = ["session_id,converted,value,currency"]
        for i, (sid, _name, spikes) in enumerate(rows):
            converted = (i % 4 == 0) if spikes else (i % 2 == 0)
            lines.append(f"{sid},{int(converted)},{40 + 7 * i if converted else ''},EUR")
        (folder / "outcomes.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        by_name = {name: sid for sid, name, _ in rows}
        rage = by_name["dev-rage-desktop-wide.rrweb.json"]
        dead = by_name["dev-dead-clicks-laptop.rrweb.json"]
        library.tags.add(
            rage,
            start_ms=16_100,
            category="broken_link_or_button",
            severity=4,
            reviewer="Ana",
            note="“Add to cart” does nothing; 4 clicks in 0.7 s",
        )
        library.tags.add(
            rage,
            start_ms=16_200,
            category="broken_link_or_button",
            severity=3,
            reviewer="김민지",
            note="버튼이 반응하지 않음",
        )
        library.tags.add(
            dead,
            start_ms=9_000,
            category="confusing_layout",
            severity=2,
            reviewer="Ana",
            note="The sale banner looks clickable",
        )
    subprocess.run(
        [*REPLAY, "outcomes", "import", str(folder / "outcomes.csv"), "--db", str(db)], check=True
    )
    return db


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = build(Path(tmp))
        for kind, name in (
            ("clicks", "heatmap-clicks.png"),
            ("rage", "heatmap-rage.png"),
            ("scroll", "heatmap-scroll.png"),
        ):
            extra = ["--width", "wide"] if kind == "rage" else []
            subprocess.run(
                [
                    *REPLAY,
                    "heatmap",
                    "--url",
                    "*/index.html",
                    "--kind",
                    kind,
                    *extra,
                    "--out",
                    str(OUT / name),
                    "--db",
                    str(db),
                ],
                check=True,
            )
        from replay.store.library import Library
        from replay.ui.insights_view import InsightsView
        from replay.ui.page_render import ensure_application

        app = ensure_application()  # Qt WebEngine's prerequisites first: the page is drawn
        with Library.open(db) as library:
            view = InsightsView(library, db)
            view.resize(1400, 820)
            view.show()
            view.start()
            view.url_edit.setText("http*")
            view.refresh()
            view.tabs.setCurrentIndex(1)
            app.processEvents()
            view.grab().save(str(OUT / "insights-pages.png"))
            view.url_edit.setText("*/index.html")
            view.kind_box.setCurrentIndex(view.kind_box.findData("dwell"))
            view.refresh()
            view.tabs.setCurrentIndex(0)
            app.processEvents()
            view.grab().save(str(OUT / "insights-heatmap.png"))
            view.close()
            from replay.insights.query import Filters
            from replay.insights.report import build_report
            from replay.ui.heatmap_page import PageBackground, PageFrames
            from replay.ui.report_pdf import render_report

            frames, background = PageFrames(library), PageBackground(library)
            try:
                html = build_report(
                    library,
                    Filters(url="http*"),
                    top=4,
                    frame_background=frames,
                    heat_background=background,
                )
            finally:
                frames.close()
                background.close()
        result = render_report(html, screenshot_size=(1100, 2400))
        (OUT / "report.png").write_bytes(result.png)
        print(f"report: {len(result.requests)} requests left the file")


if __name__ == "__main__":
    main()
