"""Fixtures of the insights tests: a real library of the shared recordings, detected."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from insights_helpers import DEMO, build_library


@pytest.fixture(scope="session")
def real_library_master(tmp_path_factory: pytest.TempPathFactory, rrweb_files: list[Path]) -> Path:
    """14 real rrweb recordings, 2 Balabit mouse logs and the native example, detected."""
    files = [*rrweb_files, *sorted(DEMO.glob("balabit-*.csv")), DEMO / "example.native.jsonl"]
    return build_library(tmp_path_factory.mktemp("insights") / "master.sqlite", files)


@pytest.fixture
def real_library(real_library_master: Path, tmp_path: Path) -> Path:
    """A private copy of the real library (tests may tag, import outcomes, re-detect)."""
    target = tmp_path / "library.sqlite"
    shutil.copyfile(real_library_master, target)
    return target
