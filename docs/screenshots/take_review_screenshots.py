"""Take the review-loop screenshots: run under Xvfb from the repository root.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/screenshots/take_review_screenshots.py

Saves hits-pane.png (the hits of a rage-click recording with one tagged), events-pane.png
(a form re-entry recording, the events pane following the playhead) and overview-strip.png
(a 2-hour Balabit mouse log: the overview strip, spike labels merged into "+N"), all at
1280x720, the smallest size replay is laid out for.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
REPO = OUT.parent.parent
RRWEB = REPO.parent / "shared" / "data" / "rrweb"
BALABIT = REPO.parent / "shared" / "data" / "balabit" / "training_files" / "user7"
SIZE = (1280, 720)


def _library(folder: Path) -> Path:
    from replay.ingest import ingest_files
    from replay.store.library import Library

    db = folder / "review.sqlite"
    files = [
        RRWEB / "dev-rage-desktop-wide.rrweb.json",
        RRWEB / "dev-form-reentry-wide.rrweb.json",
        BALABIT / "session_0041905381",
    ]
    with Library.open(db) as library:
        ingest_files(library, files)
    return db


def _ids(db: Path) -> dict[str, int]:
    from replay.store.library import Library

    with Library.open(db) as library:
        return {row.source_name: row.id for row in library.sessions()}


def main() -> None:
    """Build a small library and save the three screenshots into this folder."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REPLAY_SETTINGS_DIR"] = str(Path(tmp) / "settings")
        db = _library(Path(tmp))
        ids = _ids(db)
        from replay.ui.app import create_application, settle  # noqa: TID251 - a UI script
        from replay.ui.main_window import MainWindow  # noqa: TID251 - a UI script
        from replay.ui.settings import Settings  # noqa: TID251 - a UI script

        app = create_application()
        window = MainWindow(settings=Settings(), remember=False)
        window.open_library(db)
        window.resize(*SIZE)
        window.move(0, 0)
        window.show()

        def shot(name: str) -> None:
            settle(app, wait_ms=500)
            window.grab().save(str(OUT / name), "PNG")
            print("saved", OUT / name)

        window.open_session(ids["dev-rage-desktop-wide.rrweb.json"], at_ms=16_088)
        window.controller.tag_at_playhead(category="broken_link_or_button", severity=4)
        window.show_pane(window.hits_dock)
        window.hits_pane.table.selectRow(0)
        shot("hits-pane.png")

        window.open_session(ids["dev-form-reentry-wide.rrweb.json"], at_ms=21_000)
        window.show_pane(window.events_dock)
        shot("events-pane.png")

        window.open_session(ids["session_0041905381"], at_ms=3_600_000)
        window.show_pane(window.hits_dock)
        shot("overview-strip.png")
        window.close()


if __name__ == "__main__":
    main()
