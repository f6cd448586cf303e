"""Take the screenshots of the README and docs/: run under Xvfb from the repository root.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/screenshots/take_screenshots.py

Builds a library from ``resources/demo`` (import + detect, as ``replay demo``), adds a few
tags in Thai, Korean and Chinese, then saves library.png, rage-click.png,
mobile-rotation.png, tagging.png, page-phone.png and page-multipage.png with ``replay app
--screenshot`` (the documented command), and tag-dialog.png from the whole screen with the
tag editor open.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
SIZE = "1600x1000"
RAGE = "dev-rage-desktop-wide.rrweb.json"
ROTATION = "dev-rotation-phone.rrweb.json"
MIXED = "dev-mixed-long-desktop.rrweb.json"  # 3 page loads: index, sizes, index
#: (start_ms, end_ms, category, severity, note, reviewer) on the rage session.
TAGS = (
    (4_300, None, "confusing_layout", 1, "Looks for the size chart; scrolls past it.", "Ana"),
    (12_540, 20_300, "broken_link_or_button", 4, "ปุ่ม “เพิ่มลงตะกร้า” ไม่ตอบสนอง กดซ้ำ 5 ครั้ง", "สมชาย"),
    (16_100, None, "slow_response", 3, "버튼을 여러 번 눌렀지만 반응이 없음", "김민지"),
    (
        33_500,
        43_000,
        "form_problem",
        3,
        "优惠码输入框清空了用户的输入，用户反复点击“应用”",
        "王芳",
    ),
)


def _library(folder: Path) -> tuple[Path, dict[str, int]]:
    from replay.demo import build_demo_library
    from replay.store.library import Library
    from replay.store.tags import TagStore

    demo = build_demo_library(cache_dir=folder, echo=print)
    with Library.open(demo.db_path) as library:
        ids = {row.source_name: row.id for row in library.sessions()}
        store = TagStore(library.db)
        for start_ms, end_ms, category, severity, note, reviewer in TAGS:
            store.add(
                ids[RAGE],
                start_ms=start_ms,
                end_ms=end_ms,
                category=category,
                severity=severity,
                note=note,
                reviewer=reviewer,
            )
    return demo.db_path, ids


def _app_shot(db: Path, name: str, *args: str) -> None:
    command = [sys.executable, "-m", "replay", "app", "--db", str(db), "--size", SIZE]
    subprocess.run([*command, *args, "--screenshot", str(OUT / name)], check=True)


def _dialog_shot(db: Path, session_id: int, name: str) -> None:
    """Open the tag editor over the window (T at a spike) and grab the whole screen."""
    from PySide6.QtGui import QGuiApplication  # noqa: TID251 - a UI script

    from replay.ui.app import create_application, settle  # noqa: TID251 - a UI script
    from replay.ui.main_window import MainWindow  # noqa: TID251 - a UI script
    from replay.ui.settings import Settings  # noqa: TID251 - a UI script

    app = create_application()
    settings = Settings()
    settings.reviewer = "王芳"
    window = MainWindow(settings=settings, remember=False)
    window.open_library(db)
    window.resize(1600, 1000)
    window.move(0, 0)
    window.open_session(session_id, at_ms=37_200)
    window.show()
    settle(app, wait_ms=300)
    dialog = window.tag_panel.tag_here()
    assert dialog is not None
    dialog.set_category("unexpected_behaviour")
    dialog.set_severity(3)
    dialog.note_edit.setPlainText("点击“结账”后页面跳回购物车 / กดชำระเงินแล้วกลับไปหน้าตะกร้า")
    settle(app, wait_ms=400)
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0).save(str(OUT / name), "PNG")
    dialog.reject()
    window.close()


def main() -> None:
    """Build the library and save every screenshot into this folder."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REPLAY_SETTINGS_DIR"] = str(Path(tmp) / "settings")
        db, ids = _library(Path(tmp))
        _app_shot(db, "library.png")
        _app_shot(db, "rage-click.png", "--session", str(ids[RAGE]), "--at", "16500")
        # The phone turns from portrait to landscape at 18 809 ms; 150 ms in, mid-turn.
        _app_shot(db, "mobile-rotation.png", "--session", str(ids[ROTATION]), "--at", "18950")
        _app_shot(db, "tagging.png", "--session", str(ids[RAGE]), "--at", "16300")
        _dialog_shot(db, ids[RAGE], "tag-dialog.png")
        # The page view (docs/pageview.md): a phone session, and the second page of a
        # multi-page session (/sizes.html, 0.9 s after it loaded).
        _app_shot(db, "page-phone.png", "--session", str(ids[ROTATION]), "--at", "9000")
        _app_shot(db, "page-multipage.png", "--session", str(ids[MIXED]), "--at", "101800")


if __name__ == "__main__":
    main()
