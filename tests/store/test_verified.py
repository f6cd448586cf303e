"""A library unchanged since replay last checked or closed it is not re-read page by page.

And any change made outside replay (a page zeroed in place) brings the full check back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from replay.errors import DatabaseCorrupt
from replay.importers import import_file
from replay.store import connection, verified
from replay.store.library import Library


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    monkeypatch.setenv("REPLAY_CACHE_DIR", str(tmp_path / "cache"))
    calls: list[Path] = []
    real = connection.check_pages

    def counting(path: Path, conn: object) -> None:
        calls.append(path)
        real(path, conn)  # type: ignore[arg-type]

    monkeypatch.setattr(connection, "check_pages", counting)
    return calls


def test_unchanged_library_is_not_reread(
    checks: list[Path], tmp_path: Path, rrweb_files: list[Path]
) -> None:
    db = tmp_path / "library.sqlite"
    with Library.open(db) as lib:
        lib.add_session(import_file(rrweb_files[0]))
    assert len(checks) == 1  # a new file: checked
    with Library.open(db) as lib:  # closed by replay after writing: trusted
        lib.tags.add(1, start_ms=0, category="other")
    with Library.open(db) as lib:
        assert len(lib.sessions()) == 1
    assert len(checks) == 1
    assert (tmp_path / "cache" / "verified-libraries.json").is_file()


def test_a_page_zeroed_outside_replay_is_found(
    checks: list[Path], tmp_path: Path, rrweb_files: list[Path]
) -> None:
    db = tmp_path / "library.sqlite"
    with Library.open(db) as lib:
        for f in rrweb_files[:3]:
            lib.add_session(import_file(f))
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : 2 * page] = bytes(page)  # page 2, in place: same inode, same size
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    with pytest.raises(DatabaseCorrupt, match="damaged"):
        Library.open(db)
    assert db.read_bytes() == before
    assert len(checks) == 2
    assert not verified.is_verified(db, verified.fingerprint(db))
