"""Huge and out-of-range integers (issue 10, class 5).

Every integer option and argument of the CLI is checked before anything is opened: a value
SQLite cannot store (beyond 2**63 - 1), a time the app cannot carry (beyond 2**31 - 1 ms),
a negative id or time, and a tag time past the end of its session are each one ``error:``
line with exit 1, never an OverflowError traceback. And one bad value already stored (by
an older replay, or written by hand) never blocks an export.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safetykit import record

from replay.cli import cli
from replay.importers import import_file
from replay.store.library import Library

pytestmark = pytest.mark.full  # the safety suite runs in the full tier (README command)

HUGE = ("2147483648", "9223372036854775807", "9223372036854775808", "18446744073709551616",
        "-1", "-9223372036854775809", "1" + "0" * 40, "9" * 5000, "-" + "9" * 300)  # fmt: skip

#: (command template, which value to replace); {v} is the hostile value, {s} a real session.
COMMANDS = (
    ("tag add {v} --at 0 --category other", "session"),
    ("tag add {s} --at {v} --category other", "at"),
    ("tag add {s} --at 0 --end {v} --category other", "end"),
    ("tag edit {v} --note x", "tag id"),
    ("tag edit {t} --at {v}", "edit at"),
    ("tag edit {t} --end {v}", "edit end"),
    ("tag delete {v}", "delete"),
    ("tag restore {v}", "restore"),
    ("tag list {v}", "list"),
    ("tag undo {v}", "undo"),
    ("tag redo {v}", "redo"),
    ("tag history {v}", "history"),
    ("info {v}", "info"),
    ("delete {v} --yes", "delete session"),
    ("export --out {o} --session {v}", "export session"),
    ("sessions --limit {v}", "limit"),
    ("sessions --min-duration {v}", "min duration"),
    ("sessions --max-duration {v}", "max duration"),
    ("codebook add zz --label Z --position {v}", "position"),
    ("codebook edit other --position {v}", "edit position"),
    ("app --session {v}", "app session"),
    ("app --at {v}", "app at"),
)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory, rrweb_files: list[Path]) -> Path:
    db = tmp_path_factory.mktemp("ints") / "library.sqlite"
    with Library.open(db) as lib:
        lib.add_session(import_file(rrweb_files[0]))
        lib.tags.add(1, start_ms=100, category="other")
    return db


def run(db: Path, line: str, value: str, out: Path) -> tuple[int, str]:
    args = [a.format(v=value, s="1", t="1", o=str(out)) for a in line.split()]
    res = CliRunner().invoke(cli, [*args, "--db", str(db)])
    return res.exit_code, res.output


def test_every_integer_option_refuses_huge_values(library: Path, tmp_path: Path) -> None:
    cases = 0
    for line, _what in COMMANDS:
        for value in HUGE:
            if value.startswith("-") and "--position" in line and len(value) < 30:
                continue  # a negative sort position is fine
            in_range = len(value) < 30 and 0 <= int(value) <= 2**63 - 1
            if line.startswith("app") and (in_range and "--at" not in line):
                continue  # a valid id would open the window
            code, output = run(library, line, value, tmp_path / "o.csv")
            assert "Traceback" not in output
            storable = len(value) < 30 and 0 <= int(value) <= 2**63 - 1
            storable = storable and "--at" not in line and "--end" not in line
            if storable and code == 0:  # a valid id that names nothing: listed as nothing
                cases += 1
                continue
            assert code in (1, 2), (line, value, output)
            if code == 1:
                assert output.startswith("error: "), (line, value, output)
                assert output.count("\n") == 1, (line, value, output)
            else:  # "-1" reads as an unknown option to click: its usage error is fine
                assert value.startswith("-"), (line, value, output)
            cases += 1
    with Library.open(library) as lib:
        assert [t.start_ms for t in lib.tags.list(1)] == [100]
    record(f"huge integers: {cases} (command, value) cases over {len(COMMANDS)} integer "
           "options and arguments: one line, exit 1, no traceback, nothing written")  # fmt: skip


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(value=st.integers(min_value=-(2**70), max_value=2**70))
def test_tag_times_generated(library: Path, tmp_path: Path, value: int) -> None:
    """Any integer as --at: stored only when it lies within the session, else one line."""
    with Library.open(library) as lib:
        duration = lib.session_row(1).duration_ms
    code, output = run(library, "tag add 1 --at {v} --category other --json", str(value),
                       tmp_path / "o.csv")  # fmt: skip
    assert "Traceback" not in output
    if 0 <= value <= duration:
        assert code == 0, output
    elif value < 0:
        assert code in (1, 2), output
    else:
        assert code == 1, output
        assert output.startswith("error: ")


def test_tag_lies_within_its_session(library: Path, tmp_path: Path) -> None:
    with Library.open(library) as lib:
        duration = lib.session_row(1).duration_ms
    ok, _ = run(library, "tag add 1 --at {v} --category other", str(duration), tmp_path / "o")
    assert ok == 0
    code, output = run(library, "tag add 1 --at 0 --end {v} --category other",
                       str(duration + 1), tmp_path / "o")  # fmt: skip
    assert code == 1
    assert "within its session" in output
    code, output = run(library, "tag edit 1 --at {v}", str(duration + 1), tmp_path / "o")
    assert code == 1
    assert "within its session" in output


BAD_STORED = (
    ("UPDATE tags SET start_ms = 300000000000000 WHERE id = 1", "tag 300000000000000 ms"),
    ("UPDATE tags SET start_ms = 9223372036854775807 WHERE id = 1", "tag at 2**63-1"),
    ("UPDATE tags SET end_ms = 9223372036854775807 WHERE id = 1", "tag end 2**63-1"),
    ("UPDATE sessions SET started_at_ms = 9223372036854775807", "started_at 2**63-1"),
    ("UPDATE sessions SET started_at_ms = -9223372036854775808", "started_at -2**63"),
    ("UPDATE sessions SET duration_ms = 1000000000000000", "duration 1e15"),
    ("UPDATE sessions SET duration_ms = -5", "duration -5"),
)


@pytest.mark.parametrize(("sql", "what"), BAD_STORED, ids=[w for _, w in BAD_STORED])
def test_one_bad_stored_value_never_blocks_exports(
    tmp_path: Path, rrweb_files: list[Path], sql: str, what: str
) -> None:
    db = tmp_path / "library.sqlite"
    with Library.open(db) as lib:
        for path in rrweb_files[:2]:
            lib.add_session(import_file(path))
        lib.tags.add(1, start_ms=100, end_ms=200, category="other", note="first")
        lib.tags.add(2, start_ms=100, category="other", note="second")
    con = sqlite3.connect(db)
    con.execute(sql)
    con.commit()
    con.close()
    out = tmp_path / "out.csv"
    for extra in ([], ["--include-spikes"]):
        res = CliRunner().invoke(cli, ["export", "--db", str(db), "--out", str(out), *extra])
        assert res.exit_code == 0, (what, res.output)
        text = out.read_text(encoding="utf-8-sig")
        assert "first" in text, what
        assert "second" in text, what
    for args in (["sessions"], ["info", "1"], ["tag", "list", "1"]):
        res = CliRunner().invoke(cli, [*args, "--db", str(db)])
        assert res.exit_code == 0, (what, args, res.output)
