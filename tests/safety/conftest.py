"""Safety suite plumbing: print the counts every safety test recorded, at the end of the run."""

from __future__ import annotations

from pathlib import Path

import pytest
import safetykit

from replay.importers import import_file
from replay.store.library import Library


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print what the safety tests ran (counts, sizes, peak memory), mode included."""
    if not safetykit.LINES:
        return
    mode = "full (REPLAY_SLOW=1)" if safetykit.FULL else "bounded (REPLAY_SLOW=1: full counts)"
    terminalreporter.section(f"replay safety counts, {mode}")
    for line in safetykit.LINES:
        terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def real_library(tmp_path_factory: pytest.TempPathFactory, rrweb_files: list[Path]) -> Path:
    """A real, cleanly closed library (no -wal beside it) with three sessions."""
    db = tmp_path_factory.mktemp("lib") / "library.sqlite"
    library = Library.open(db)
    for path in rrweb_files[:3]:
        library.add_session(import_file(path))
    library.close()
    assert not db.with_name(db.name + "-wal").exists()
    return db


@pytest.fixture
def one_recording(rrweb_files: list[Path]) -> Path:
    """A real recording that is not in :func:`real_library`."""
    return rrweb_files[5]
