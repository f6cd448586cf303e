"""The one ingest path (replay.ingest): real files into a real SQLite library, no Qt.

``replay import``, the app's ImportWorker and the demo all call ``ingest_files``; these
tests hold its rules: bad files and importer bugs are refused one line each and the rest
imports, a library error stops the run, cancel stops it, detection follows each new session.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import replay.ingest
from replay.errors import StoreError
from replay.ingest import FileDone, ingest_files
from replay.store.library import Library
from replay.store.results import load_result


@pytest.fixture
def bad_files(tmp_path: Path, rrweb_files: list[Path]) -> list[Path]:
    """A truncated rrweb file and a file that is no session at all."""
    truncated = tmp_path / "truncated.rrweb.json"
    truncated.write_bytes(rrweb_files[0].read_bytes()[:5000])
    notes = tmp_path / "notes.txt"
    notes.write_text("ร้านกาแฟ: not a recording\n", encoding="utf-8")
    return [truncated, notes]


def test_good_files_import_bad_ones_are_refused_one_line_each(
    db_path: Path, rrweb_files: list[Path], bad_files: list[Path]
) -> None:
    files = [rrweb_files[0], *bad_files, rrweb_files[1]]
    started: list[tuple[int, int, str]] = []
    done: list[FileDone] = []
    with Library.open(db_path) as library:
        outcome = ingest_files(
            library,
            files,
            on_file=lambda i, n, p: started.append((i, n, p.name)),
            on_done=done.append,
        )
        assert [(Path(p).name, created) for p, _sid, created in outcome.imported] == [
            (rrweb_files[0].name, True),
            (rrweb_files[1].name, True),
        ]
        for _path, sid, _created in outcome.imported:  # detected and stored at once
            assert load_result(library, sid) is not None
        assert library.session_count() == 2
    assert [Path(p) for p, _line in outcome.failed] == bad_files
    for path, line in outcome.failed:
        assert path in line
        assert "\n" not in line
        assert "Traceback" not in line
    assert started == [(i, 4, f.name) for i, f in enumerate(files)]
    assert [d.path for d in done] == files
    assert [d.refused is None for d in done] == [True, False, False, True]
    assert done[0].session is not None
    assert done[0].session.meta.source == str(rrweb_files[0])
    assert not outcome.cancelled
    assert outcome.error is None
    assert outcome.created_count == 2


def test_a_reimport_keeps_its_id_and_is_not_detected_again(
    db_path: Path, rrweb_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library.open(db_path) as library:
        first = ingest_files(library, rrweb_files[:2])
        calls: list[int] = []
        monkeypatch.setattr(
            replay.ingest, "detect_and_store", lambda _lib, sid, *_a, **_k: calls.append(sid)
        )
        again = ingest_files(library, rrweb_files[:2])
    assert [(sid, False) for _p, sid, _c in first.imported] == [
        (sid, created) for _p, sid, created in again.imported
    ]
    assert calls == []


def test_a_bug_in_an_importer_is_one_line_and_the_rest_imports(
    db_path: Path, rrweb_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = replay.ingest.import_file
    broken = rrweb_files[1]

    def import_file(path: Path, **kwargs: object):  # type: ignore[no-untyped-def]
        if path == broken:
            raise KeyError("nodes")  # what an importer bug looks like
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(replay.ingest, "import_file", import_file)
    with Library.open(db_path) as library:
        outcome = ingest_files(library, rrweb_files[:3], detect=False)
    assert len(outcome.imported) == 2
    assert outcome.failed == [
        (str(broken), f"{broken}: internal error while importing (KeyError: 'nodes')")
    ]


def test_a_failed_detection_keeps_the_session_and_says_why(
    db_path: Path, rrweb_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(replay.ingest, "detect_and_store", fail)
    with Library.open(db_path) as library:
        outcome = ingest_files(library, rrweb_files[:1])
        assert library.session_count() == 1
    assert outcome.failed == [
        (
            str(rrweb_files[0]),
            "frustration signals not computed: ZeroDivisionError: division by zero",
        )
    ]


def test_cancel_between_files_keeps_what_was_stored(
    db_path: Path, rrweb_files: list[Path]
) -> None:
    done: list[FileDone] = []
    with Library.open(db_path) as library:
        outcome = ingest_files(
            library,
            rrweb_files[:4],
            detect=False,
            on_done=done.append,
            cancel=lambda: len(done) >= 2,
        )
        assert library.session_count() == 2
    assert outcome.cancelled
    assert len(outcome.imported) == 2


def test_cancel_inside_a_file_stores_nothing_of_it(db_path: Path, rrweb_files: list[Path]) -> None:
    reading: list[int] = []
    big = max(rrweb_files, key=lambda p: p.stat().st_size)
    with Library.open(db_path) as library:
        outcome = ingest_files(
            library,
            [big],
            on_bytes=lambda done, _total: reading.append(done),
            cancel=lambda: bool(reading),
        )
        assert library.session_count() == 0
    assert reading
    assert outcome.cancelled
    assert outcome.imported == []


def test_a_library_error_stops_the_run(db_path: Path, rrweb_files: list[Path]) -> None:
    Library.open(db_path).close()
    before = db_path.read_bytes()
    with Library.open(db_path, readonly=True) as library:
        outcome = ingest_files(library, rrweb_files[:3])
    assert isinstance(outcome.error, StoreError)
    assert "read-only" in outcome.error.one_line()
    assert outcome.imported == []
    assert outcome.failed == []  # the library failed, not the file: reported once, by the caller
    assert db_path.read_bytes() == before


def test_the_demo_library_is_built_without_qt(tmp_path: Path) -> None:
    """``replay demo`` builds its library through the same path, with no Qt imported."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from replay.demo import build_demo_library\n"
        f"demo = build_demo_library(cache_dir=Path({str(tmp_path)!r}))\n"
        "assert demo.built and not demo.failures, demo\n"
        "assert demo.most_frustrated_id is not None\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph'))\n"
        "print(len(qt), demo.db_path)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, path = out.stdout.split(maxsplit=1)
    assert count == "0", "building the demo library imported Qt"
    with Library.open(Path(path.strip())) as library:
        rows = library.sessions()
        assert len(rows) == 7  # every file in resources/demo, each scored
        assert all(row.score is not None for row in rows)
