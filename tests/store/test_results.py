"""Detection results round-trip through a real library file, whatever text their hits carry."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from replay.importers import import_file
from replay.signals import detect
from replay.store.library import Library
from replay.store.results import load_result, save_result


@pytest.fixture
def db_path(library_target: Any) -> Any:
    """Every test here that uses ``db_path`` runs on SQLite and on PostgreSQL."""
    return library_target


def test_hit_text_with_a_lone_surrogate_round_trips(rrweb_dir: Path, db_path: Path) -> None:
    # rrweb JSON may escape a lone surrogate in page text, and node labels reach hit targets.
    session = import_file(rrweb_dir / "dev-rage-desktop-wide.rrweb.json")
    result = detect(session)
    odd = dataclasses.replace(result.hits[0], target='button "\ud800 Add ไทย"')
    result = dataclasses.replace(result, hits=(odd, *result.hits[1:]))
    with Library.open(db_path) as lib:
        sid, _ = lib.add_session(session)
        save_result(lib, sid, result)
    with Library.open(db_path) as lib:
        loaded = load_result(lib, sid)
    assert loaded is not None
    assert loaded.hits[0].target == 'button "\ud800 Add ไทย"'
    assert [h.signal for h in loaded.hits] == [h.signal for h in result.hits]
