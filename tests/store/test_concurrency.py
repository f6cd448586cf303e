"""Several reviewers on one library at once, on SQLite and on PostgreSQL.

- Tag edits never overwrite each other silently: each tag has a version; an edit or delete
  that states the version it read is refused (TagConflict, CLI exit 1) when another
  connection changed the tag since, and the newer version is named.
- Two machines importing the same file at the same moment make one session.
- Two processes opening a new library at once create its schema once.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from replay.importers import import_file
from replay.model.tags import TagConflict
from replay.review.model import ReviewModel
from replay.store.library import Library
from replay.store.migrations import SCHEMA_VERSION
from replay.store.target import PgTarget

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def target(library_target: Any) -> Any:
    return library_target


@pytest.fixture
def tagged(target: Any, rrweb_files: list[Path]) -> tuple[Any, int]:
    """A library with one session and one tag (version 1); returns (target, tag id)."""
    with Library.open(target) as lib:
        sid, _ = lib.add_session(import_file(rrweb_files[0]))
        tag = lib.tags.add(sid, start_ms=100, category="other", note="first", reviewer="ana")
    return target, tag.id


def test_second_editor_is_told_and_nothing_is_overwritten(tagged: tuple[Any, int]) -> None:
    target, tag_id = tagged
    with Library.open(target) as ana, Library.open(target) as ben:
        seen_by_ana = ana.tags.get(tag_id)
        seen_by_ben = ben.tags.get(tag_id)
        assert seen_by_ana.version == seen_by_ben.version == 1
        saved = ana.tags.edit(tag_id, expected_version=seen_by_ana.version, note="ana's note")
        assert saved.version == 2
        with pytest.raises(TagConflict) as caught:
            ben.tags.edit(tag_id, expected_version=seen_by_ben.version, note="ben's note")
        assert caught.value.current.note == "ana's note"
        assert caught.value.current.version == 2
        line = caught.value.one_line()
        assert "changed by someone else" in line
        assert "now version 2" in line
        assert "ana's note" in line
        assert "\n" not in line
        with pytest.raises(TagConflict):
            ben.tags.delete(tag_id, expected_version=seen_by_ben.version)
        # Nothing of ben's was written: the tag and its history are ana's.
        stored = ben.tags.get(tag_id)
        assert (stored.note, stored.version, stored.deleted) == ("ana's note", 2, False)
        assert [h.action for h in ben.tags.history()] == ["create", "edit"]
        # Shown the newer version, ben edits again: that works.
        assert ben.tags.edit(tag_id, expected_version=2, note="ben's note").version == 3


def test_racing_editors_one_wins_one_is_told(tagged: tuple[Any, int]) -> None:
    target, tag_id = tagged
    barrier = threading.Barrier(2)
    outcome: dict[str, str] = {}

    def editor(name: str) -> None:
        with Library.open(target) as lib:
            read = lib.tags.get(tag_id)
            barrier.wait()
            try:
                lib.tags.edit(tag_id, expected_version=read.version, note=f"{name} was here")
                outcome[name] = "saved"
            except TagConflict:
                outcome[name] = "told"

    threads = [threading.Thread(target=editor, args=(n,)) for n in ("ana", "ben")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(outcome.values()) == ["saved", "told"]
    winner = next(n for n, o in outcome.items() if o == "saved")
    with Library.open(target) as lib:
        tag = lib.tags.get(tag_id)
        assert (tag.note, tag.version) == (f"{winner} was here", 2)


def test_cli_refuses_a_stale_edit_with_one_line(tagged: tuple[Any, int]) -> None:
    target, tag_id = tagged
    with Library.open(target) as lib:
        lib.tags.edit(tag_id, note="newer")
    proc = subprocess.run(
        [sys.executable, "-m", "replay", "tag", "edit", str(tag_id), "--note", "old",
         "--if-version", "1", "--db", str(target)],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 1
    assert proc.stderr.startswith(f"error: tag {tag_id} was changed by someone else")
    assert "now version 2" in proc.stderr
    assert "'newer'" in proc.stderr
    assert proc.stderr.count("\n") == 1
    assert "Traceback" not in proc.stderr
    with Library.open(target) as lib:
        assert lib.tags.get(tag_id).note == "newer"


def test_review_model_shows_the_newer_version(tagged: tuple[Any, int]) -> None:
    target, tag_id = tagged
    model = ReviewModel()
    model.open_library(target)
    model.load_session(1)
    shown = next(t for t in model.tags if t.id == tag_id)
    with Library.open(target) as other:
        other.tags.edit(tag_id, note="changed elsewhere")
    with pytest.raises(TagConflict):
        model.edit_tag(tag_id, expected_version=shown.version, note="mine")
    now = next(t for t in model.tags if t.id == tag_id)
    assert (now.note, now.version) == ("changed elsewhere", 2)
    model.close_library()


def test_same_file_imported_at_once_is_one_session(target: Any, rrweb_files: list[Path]) -> None:
    with Library.open(target):
        pass  # the schema exists: the race is about the session, not the schema
    session = import_file(rrweb_files[1])
    barrier = threading.Barrier(3)
    results: list[tuple[int, bool]] = []
    errors: list[BaseException] = []

    def importer() -> None:
        try:
            with Library.open(target) as lib:
                barrier.wait()
                results.append(lib.add_session(session))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=importer) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    assert len({sid for sid, _ in results}) == 1
    assert sorted(created for _, created in results) == [False, False, True]
    with Library.open(target) as lib:
        assert lib.session_count() == 1


def test_import_from_two_processes_makes_one_session(target: Any, rrweb_files: list[Path]) -> None:
    env = {**os.environ, "REPLAY_DB": ""}
    cmd = [sys.executable, "-m", "replay", "import", "--json", str(rrweb_files[2]),
           str(rrweb_files[3]), "--db", str(target)]  # fmt: skip
    procs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         cwd=REPO, env=env)
        for _ in range(2)
    ]  # fmt: skip
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    with Library.open(target) as lib:
        assert lib.session_count() == 2


def test_new_library_opened_by_two_processes_migrates_once(target: Any) -> None:
    code = (
        "import sys\n"
        "from replay.store.library import Library\n"
        "with Library.open(sys.argv[1]) as lib:\n"
        "    print(lib.session_count(), lib.backup_path, lib.backup_hint)\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(target)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, cwd=REPO)
        for _ in range(3)
    ]  # fmt: skip
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outs
    assert [o for o, _ in outs] == ["0 None None\n"] * 3
    with Library.open(target) as lib:
        if isinstance(target, PgTarget):
            version = lib.conn.execute(
                "SELECT value FROM replay_meta WHERE key = 'schema_version'"
            ).fetchone()
            assert version == (str(SCHEMA_VERSION),)
        else:
            assert lib.conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        # The default codebook was seeded once, not once per process.
        assert len(lib.tags.categories()) == 9
