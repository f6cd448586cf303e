"""The non-UI test tier passes with PySide6 and pyqtgraph not importable (napari's headless run).

A child interpreter installs an import blocker for ``PySide6`` and ``pyqtgraph`` (a
``sys.meta_path`` finder that raises ImportError, as when Qt is not installed) and runs
pytest on every test outside the UI tier, without the pytest-qt plugin. So the core, the
CLI's non-app commands, the review model, the ingest path and their tests work on a
machine without Qt, and a Qt import slipped into the core fails here even where ruff's
banned-import rule was silenced.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

#: The UI tier: widgets (pytest-qt), the app started as a process and its screenshots
#: checked with QImage, the Qt translation tools (installed with PySide6), the app's
#: import worker in a QThread, and pages drawn by Qt WebEngine.
UI_TESTS = (
    "tests/ui",
    "tests/test_cli_app.py",
    "tests/test_i18n.py",
    "tests/safety/test_import_worker_responsive.py",
    # the recorded page drawn by Qt WebEngine, and the insights view and report rendering
    "tests/page/test_page_app.py",
    "tests/page/test_page_extras.py",
    "tests/page/test_page_fidelity.py",
    "tests/page/test_page_render.py",
    "tests/page/test_page_tiles.py",
    "tests/safety/test_page_frame_audit.py",
    "tests/insights/test_insights_page.py",
    "tests/insights/test_insights_report_webengine.py",
    "tests/insights/test_insights_view.py",
)

BLOCKER = """
import importlib.abc, sys

class QtNotInstalled(importlib.abc.MetaPathFinder):
    blocked = []
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph", "pytestqt"):
            self.blocked.append(name)
            raise ImportError(f"No module named {name!r} (blocked: Qt is not installed)")
        return None

blocker = QtNotInstalled()
sys.meta_path.insert(0, blocker)
import pytest
code = pytest.main(sys.argv[1:])
leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph"))
print(f"headless: exit {int(code)}, blocked imports {len(blocker.blocked)}, Qt modules {leaked}")
sys.exit(int(code))
"""


@pytest.mark.full  # runs most of the fast tier again in a child process (~1 min)
def test_the_non_ui_tier_runs_without_qt(tmp_path: Path) -> None:
    args = [
        "-p", "no:pytest-qt", "-p", "no:cacheprovider", "-q",
        # pytest-qt's ini keys are unknown without the plugin: drop --strict-config.
        "-o", "addopts=-ra --strict-markers", "-m", "not full",
        "-W", "ignore:Unknown config option:pytest.PytestConfigWarning",
        *[f"--ignore={path}" for path in UI_TESTS],
        f"--basetemp={tmp_path / 'basetemp'}",
        "tests",
    ]  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", BLOCKER, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )
    tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-40:])
    assert proc.returncode == 0, f"the non-UI tier failed without Qt:\n{tail}"
    summary = [line for line in proc.stdout.splitlines() if line.startswith("headless:")]
    assert summary == ["headless: exit 0, blocked imports 0, Qt modules []"], tail
    passed = [line for line in proc.stdout.splitlines() if " passed" in line]
    assert passed, tail
    assert int(passed[-1].split(" passed")[0].split()[-1]) > 300, passed[-1]


def test_the_ui_tier_list_names_real_paths() -> None:
    for path in UI_TESTS:
        assert (REPO / path).exists(), path
