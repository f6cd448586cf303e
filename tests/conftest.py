"""Shared fixtures: real data from ../shared, real SQLite files in tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import


from pathlib import Path

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """Qt WebEngine (the page view) needs its attribute set before any QApplication exists.

    Not when pytest-qt is switched off (``-p no:pytest-qt``): tests/test_headless.py runs
    the core tier so, with Qt not importable, and nothing may even try to import it.
    """
    if config.pluginmanager.is_blocked("pytest-qt"):
        return
    from replay.ui.page_view import prepare_environment

    prepare_environment()


REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("REPLAY_SHARED", REPO.parent / "shared"))
RRWEB_DIR = SHARED / "data" / "rrweb"
BALABIT_DIR = SHARED / "data" / "balabit" / "training_files"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.fail(f"shared test data missing: {path} (clone with ../shared beside the repo)")
    return path


@pytest.fixture(scope="session")
def rrweb_dir() -> Path:
    """The folder of real rrweb recordings with truth.csv."""
    return _need(RRWEB_DIR)


@pytest.fixture(scope="session")
def rrweb_files(rrweb_dir: Path) -> list[Path]:
    """Every real rrweb recording, sorted by name."""
    files = sorted(rrweb_dir.glob("*.rrweb.json"))
    assert len(files) == 14
    return files


@pytest.fixture(scope="session")
def balabit_dir() -> Path:
    """The Balabit training_files folder (userN/session_*)."""
    return _need(BALABIT_DIR)


@pytest.fixture(scope="session")
def balabit_files(balabit_dir: Path) -> list[Path]:
    """Every real Balabit session file, sorted."""
    files = sorted(p for p in balabit_dir.glob("user*/session_*") if p.is_file())
    assert len(files) == 65
    return files


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a real library file in a temp dir (not created yet)."""
    return tmp_path / "library.sqlite"


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """Say when the heavy tests were left out (plain ``pytest`` is the fast tier)."""
    deselected = len(terminalreporter.stats.get("deselected", []))
    if config.getoption("markexpr") == "not full" and deselected:
        terminalreporter.write_line(
            f"fast tier: {deselected} tests left out (heavy ones marked `full` among them); "
            'bash packaging/bootstrap.sh test, or pytest -m "full or not full", runs everything'
        )
