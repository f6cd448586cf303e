"""Fuzz the native JSONL importer (kept apart: it fails today, see the safety report).

A value past float32's range (e.g. ``"x": 1e308``) reaches ``Channel.from_columns``, whose
cast emits ``RuntimeWarning: overflow encountered in cast`` (an error under pytest's
``filterwarnings=error``, a stray warning on a user's terminal).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import mutators
import pytest
from test_fuzz_importers import fuzz_seeds, write_lines

from replay.importers import import_file

pytestmark = pytest.mark.full  # heavy: the fast tier (plain pytest) leaves it out


@pytest.fixture(scope="module")
def native_seeds(rrweb_dir: Path) -> list[Any]:
    """Native JSONL written by replay itself from a desktop, a phone and a tablet recording."""
    names = ("dev-rage-desktop-wide", "dev-rotation-phone", "dev-tablet-mixed")
    return [mutators.native_seed(rrweb_dir / f"{n}.rrweb.json") for n in names]


def test_native_seeds_import(native_seeds: list[Any], tmp_path: Path) -> None:
    for i, seed in enumerate(native_seeds):
        assert import_file(write_lines(tmp_path / f"seed{i}.jsonl", seed)).meta.format == "native"


@pytest.mark.slow
def test_fuzz_native_jsonl(native_seeds: list[Any], tmp_path: Path) -> None:
    fuzz_seeds("native JSONL", mutators.jsonl_case, native_seeds, tmp_path, ".jsonl")
