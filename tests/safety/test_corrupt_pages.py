"""A library with a page of zeros that SQLite's integrity_check notices must be refused.

Kept apart from test_damaged_library.py because it fails today (see the safety report):
``Library.open`` checks the header and the file size, not the pages, so a zeroed
``_sqlite_migrations`` root page goes unnoticed and ``replay import`` writes to the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from safetykit import record
from test_damaged_library import check_refused, sqlite_sees_damage, zeroed_copies

pytestmark = pytest.mark.full  # heavy: the fast tier (plain pytest) leaves it out


def test_zeroed_page_refused(real_library: Path, tmp_path: Path, one_recording: Path) -> None:
    refused = []
    for what, db in zeroed_copies(real_library, tmp_path):
        if not sqlite_sees_damage(db):
            continue  # e.g. a zeroed free page: nothing is lost, nothing to refuse
        check_refused(db, one_recording)
        refused.append(what)
    record(f"zeroed pages refused, bytes unchanged: {len(refused)} ({'; '.join(refused)})")
    assert len(refused) >= 2
