"""The one session search rule: ``replay sessions --search`` (in SQLite) and the app's
search box (in Python) run the same function, so they find the same sessions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from replay.importers import import_file
from replay.store.library import Library
from replay.store.rows import matches_search

QUERIES = [
    "",  # no words: everything
    "   ",
    "rage",
    "RAGE",  # case-insensitive
    "rage desktop",  # every word, in any order, anywhere
    "desktop rage",
    "rage phone",  # no session is both
    "phone",  # the device class
    "mouselog",  # the format
    "user12",  # a Balabit extra value (and its folder)
    "#2",  # the id
    "%",  # no wildcards
    "_",
    "training_files session_",
    "ร้าน",  # any script; nothing here has it
]


@pytest.fixture(scope="module")
def library_path(module_library_target: Any, rrweb_files: list[Path], balabit_dir: Path) -> Any:
    """The same sessions in a SQLite file and in a PostgreSQL database: the one search
    rule (a registered Python function's result, stored case-folded) finds the same rows."""
    db = module_library_target
    with Library.open(db) as library:
        picked = [f for f in rrweb_files if f.name.split("-")[1] in ("rage", "rotation", "calm")]
        for path in [*picked, *sorted((balabit_dir / "user12").iterdir())[:2]]:
            library.add_session(import_file(path))
    return db


@pytest.mark.parametrize("query", QUERIES)
def test_sql_and_python_find_the_same_sessions(library_path: Path, query: str) -> None:
    with Library.open(library_path) as library:
        everything = library.sessions()
        in_sql = [row.id for row in library.sessions(search=query)]
    in_python = [row.id for row in everything if matches_search(row, query)]
    assert in_sql == in_python


def test_what_the_rule_finds(library_path: Path) -> None:
    with Library.open(library_path) as library:
        rows = library.sessions()

        def found(query: str) -> list[str]:
            return [r.source_name for r in library.sessions(search=query)]

        assert found("rage desktop") == ["dev-rage-desktop-wide.rrweb.json"]
        assert found("RAGE") == found("rage")
        assert len(found("mouselog")) == 2
        assert len(found("user12")) == 2
        assert found("#2") == [rows[1].source_name]
        assert found("%") == []
        assert found("") == [r.source_name for r in rows]


def test_the_app_adds_the_names_it_shows(library_path: Path) -> None:
    with Library.open(library_path) as library:
        phone = next(r for r in library.sessions() if r.device == "mobile")
    assert not matches_search(phone, "มือถือ")
    assert matches_search(phone, "มือถือ", also=["มือถือ"])  # the translated device name
