"""Take the team-review screenshots of docs/team-review.md: run under Xvfb from the repository root.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/screenshots/take_team_screenshots.py

Runs the worked example (docs/team-review-example.sh: two reviewers tag the demo recordings,
merge, consensus, calibration) in a temporary folder, opens the app on the merged library and
saves team-agreement.png (Team > Agreement, a disagreement selected) and
team-calibration.png (Team > Detector calibration, the rage-click curve) from the screen.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
REPO = OUT.parent.parent


def main() -> None:
    """Run the example and save both screenshots into this folder."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REPLAY_SETTINGS_DIR"] = str(Path(tmp) / "settings")
        folder = Path(tmp) / "example"
        subprocess.run(
            ["bash", str(REPO / "docs" / "team-review-example.sh"), str(folder)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        _shots(folder / "alice.sqlite")


def _shots(db: Path) -> None:
    from PySide6.QtGui import QGuiApplication  # noqa: TID251 - a UI script

    from replay.signals import load_config
    from replay.ui.app import create_application, settle  # noqa: TID251 - a UI script
    from replay.ui.main_window import MainWindow  # noqa: TID251 - a UI script
    from replay.ui.settings import Settings  # noqa: TID251 - a UI script
    from replay.ui.team_calibration import CalibrationDialog  # noqa: TID251 - a UI script

    app = create_application()
    settings = Settings()
    settings.reviewer = "lead"
    window = MainWindow(settings=settings, remember=False)
    window.open_library(db)
    window.resize(1600, 1000)
    window.move(0, 0)
    window.show()
    settle(app, wait_ms=300)
    screen = QGuiApplication.primaryScreen()

    agreement = window.team_menu.show_agreement()
    assert agreement is not None
    agreement.resize(1100, 720)
    agreement.move(250, 140)
    agreement.disagreements.selectRow(2)  # session 4: broken link vs slow response
    settle(app, wait_ms=400)
    screen.grabWindow(0).save(str(OUT / "team-agreement.png"), "PNG")
    agreement.close()

    calibration = CalibrationDialog(window.library, load_config(), parent=window)
    calibration.detector.setCurrentIndex(calibration.detector.findData("hesitation"))
    calibration.resize(1000, 680)
    calibration.move(300, 160)
    calibration.show()
    settle(app, wait_ms=500)
    screen.grabWindow(0).save(str(OUT / "team-calibration.png"), "PNG")
    calibration.close()
    window.close()


if __name__ == "__main__":
    main()
