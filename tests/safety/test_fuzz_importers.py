"""Fuzz every importer through ``import_file`` (issue 7, "Bad input").

Each case is a small file cut from a real recording, mutated (fields dropped, duplicated or
replaced with wrong types, NaN/inf/huge numbers, very long strings, deep nesting, truncated,
re-encoded, gzipped) and written to ``tmp_path``. The outcome must be a ``Session`` or one
``ImportFailed``/``UnknownFormat`` whose message names the file: any other exception, a
case running past :data:`CASE_SECONDS`, or a warning (``filterwarnings=error``) fails.

Cases come from hypothesis (``derandomize=True``, no example database, so CI runs the same
cases every time): it draws a seed, the mutators in ``mutators.py`` build the file from it,
and a failing case is saved beside the test's tmp_path as ``failing-<format>-<seed>.bin``.
"""

from __future__ import annotations

import collections
import contextlib
import json
import random
import signal
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import mutators
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from safetykit import record, scaled

from replay.errors import ImportFailed
from replay.importers import import_file
from replay.model.session import Session

pytestmark = pytest.mark.full  # heavy: the fast tier (plain pytest) leaves it out

#: Fuzz cases per importer: at least 10,000 in CI (issue 7); REPLAY_SLOW=1 runs 50,000.
CASES = scaled(10_000, 50_000)
#: Wall-clock bound per case; a tiny file that takes longer is a hang.
CASE_SECONDS = 5.0

FUZZ = settings(
    max_examples=CASES,
    derandomize=True,
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
    suppress_health_check=list(HealthCheck),
)


class CaseTimeout(BaseException):
    """Raised by SIGALRM inside a case; a BaseException so no ``except Exception`` hides it."""


@contextlib.contextmanager
def time_bound(seconds: float) -> Iterator[None]:
    """Interrupt the block with :class:`CaseTimeout` after ``seconds`` of wall time."""

    def _alarm(_signum: int, _frame: Any) -> None:
        raise CaseTimeout(f"case ran longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_case(path: Path, data: bytes, tally: collections.Counter[str]) -> None:
    """Write ``data`` to ``path``, import it, and check the outcome is one of the two allowed."""
    path.write_bytes(data)
    started = time.monotonic()
    try:
        with time_bound(CASE_SECONDS):
            session = import_file(path)
    except ImportFailed as exc:
        line = exc.one_line()
        assert path.name in line, f"error does not name the file: {line!r}"
        assert "\n" not in line
        tally["refused"] += 1
        return
    finally:
        tally["cases"] += 1
        tally["max_ms"] = max(tally["max_ms"], int(1000 * (time.monotonic() - started)))
    assert isinstance(session, Session)
    tally["session"] += 1


def fuzz(
    name: str,
    make: Callable[[random.Random], bytes],
    tmp_path: Path,
    suffix: str,
) -> collections.Counter[str]:
    """Run :data:`CASES` hypothesis cases of ``make`` through ``import_file``; return the tally."""
    tally: collections.Counter[str] = collections.Counter()
    path = tmp_path / f"fuzz-{name}{suffix}"

    @FUZZ
    @given(seed=st.integers(min_value=0, max_value=2**64 - 1))
    def check(seed: int) -> None:
        # One drawn seed drives a plain Random: ~10x faster than st.randoms(), whose every
        # call is a hypothesis draw; a failure is reproduced from the seed it reports.
        data = make(random.Random(seed))
        try:
            run_case(path, data, tally)
        except BaseException:
            (tmp_path / f"failing-{name.split()[0]}-{seed}.bin").write_bytes(data)
            raise

    started = time.monotonic()
    check()
    seconds = time.monotonic() - started
    record(
        f"fuzz {name}: {tally['cases']} cases ({tally['session']} imported, "
        f"{tally['refused']} refused with a one-line error naming the file, 0 other outcomes) "
        f"in {seconds:.1f} s; slowest case {tally['max_ms']} ms"
    )
    return tally


def fuzz_seeds(
    name: str,
    case: Callable[[Any, random.Random], bytes],
    seeds: list[Any],
    tmp_path: Path,
    suffix: str,
) -> None:
    """Fuzz ``case`` on a seed drawn from ``seeds`` each time; assert both outcomes are common.

    At least :data:`CASES` cases ran, and more than one in 20 imported (else the mutations
    are too harsh to reach the importer's depths) and more than one in 20 was refused.
    """
    tally = fuzz(name, lambda rng: case(rng.choice(seeds), rng), tmp_path, suffix)
    assert tally["cases"] >= CASES
    assert tally["session"] > CASES // 20, "mutations too harsh: almost nothing imports"
    assert tally["refused"] > CASES // 20


def write_lines(path: Path, lines: list[str]) -> Path:
    """Write a line seed (CSV rows, JSONL records) as a file at ``path``."""
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_seeds_import_cleanly(
    rrweb_seeds: list[Any], csv_seeds: list[Any], tmp_path: Path
) -> None:
    """The unmutated seeds are real, importable sessions (else the fuzz only tests refusals)."""
    for i, seed in enumerate(rrweb_seeds):
        path = tmp_path / f"seed{i}.json"
        path.write_bytes(mutators.dump_json(seed, random.Random(0)))
        assert isinstance(import_file(path), Session)
    for i, seed in enumerate(csv_seeds):
        assert isinstance(import_file(write_lines(tmp_path / f"seed{i}.csv", seed)), Session)


@pytest.fixture(scope="module")
def rrweb_seeds(rrweb_dir: Path) -> list[Any]:
    """Tiny event lists cut from a desktop, a form, a phone and a tablet recording."""
    names = ("dev-rage-desktop-wide", "dev-form-reentry-wide", "dev-rotation-phone",
             "dev-tablet-mixed", "dev-mixed-long-desktop")  # fmt: skip
    return [mutators.rrweb_seed(rrweb_dir / f"{n}.rrweb.json") for n in names]


@pytest.fixture(scope="module")
def csv_seeds(balabit_files: list[Path]) -> list[Any]:
    """The head of three real Balabit sessions (every button/state they use kept)."""
    return [mutators.csv_seed(p) for p in balabit_files[::30]]


@pytest.mark.slow
def test_fuzz_rrweb(rrweb_seeds: list[Any], tmp_path: Path) -> None:
    fuzz_seeds("rrweb", mutators.rrweb_case, rrweb_seeds, tmp_path, ".json")


@pytest.mark.slow
def test_fuzz_mouselog_csv(csv_seeds: list[Any], tmp_path: Path) -> None:
    fuzz_seeds("mouse-log CSV", mutators.csv_case, csv_seeds, tmp_path, "")


@pytest.mark.slow
def test_fuzz_random_bytes(tmp_path: Path) -> None:
    """Arbitrary bytes (hypothesis' own binary strategy), gzipped or not: refused cleanly."""
    tally: collections.Counter[str] = collections.Counter()
    path = tmp_path / "random.bin"
    n = scaled(2_000, 10_000)

    @settings(FUZZ, max_examples=n)
    @given(data=st.binary(max_size=512), packed=st.booleans())
    def check(data: bytes, packed: bool) -> None:
        import gzip

        run_case(path, gzip.compress(data, mtime=0) if packed else data, tally)

    check()
    record(f"fuzz random bytes: {tally['cases']} cases, {tally['refused']} refused")
    assert tally["cases"] >= n


# -- regressions found by the fuzzers ---------------------------------------------------


def test_node_that_contains_itself_does_not_hang(tmp_path: Path) -> None:
    """A child reusing its parent's id made the label scan loop forever (found by fuzzing)."""
    looped = {"type": 2, "tagName": "div", "attributes": {}, "id": 10,
              "childNodes": [{"type": 2, "tagName": "span", "attributes": {}, "childNodes": [],
                              "id": 10}]}  # fmt: skip
    body = {"type": 2, "tagName": "body", "attributes": {}, "childNodes": [looped], "id": 3}
    html = {"type": 2, "tagName": "html", "attributes": {}, "childNodes": [body], "id": 2}
    events = [
        {"type": 4, "data": {"href": "http://x/", "width": 800, "height": 600}, "timestamp": 1000},
        {"type": 2, "data": {"node": {"type": 0, "childNodes": [html], "id": 1},
                             "initialOffset": {"left": 0, "top": 0}}, "timestamp": 1001},
        {"type": 3, "data": {"source": 2, "type": 2, "id": 10, "x": 5, "y": 5}, "timestamp": 1100},
    ]  # fmt: skip
    path = tmp_path / "self-parent.rrweb.json"
    path.write_text(json.dumps(events), encoding="utf-8")
    tally: collections.Counter[str] = collections.Counter()
    run_case(path, path.read_bytes(), tally)
    assert tally["session"] == 1


def read_all(reader: Any) -> None:
    """Read a SourceReader to its end, 1 MiB at a time."""
    while reader.read(1 << 20):
        pass


def test_small_gzip_bomb_refused_early(tmp_path: Path) -> None:
    """The 200:1 bound counts compressed bytes *consumed*: a 1 MB bomb that arrives in one
    disk read must stop near 16 MiB of output, not at 200x the file (found by test_big_files).
    """
    from replay.importers._source import GZIP_RATIO_FLOOR_BYTES, SourceReader

    event = b',{"type":3,"data":{"source":1,"positions":[{"x":1,"y":2,"id":3,"timeOffset":0}]},"timestamp":1}'
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = event * ((1 << 20) // len(event))
    bomb = b"".join(
        [packer.compress(b"[" + block[1:])] + [packer.compress(block) for _ in range(255)]
    )
    path = tmp_path / "bomb.json.gz"
    path.write_bytes(bomb + packer.flush())
    with path.open("rb") as raw:
        reader = SourceReader(raw, path=str(path), total_bytes=path.stat().st_size)
        with pytest.raises(ImportFailed, match="200x"):
            read_all(reader)
        assert reader.out_bytes < GZIP_RATIO_FLOOR_BYTES + (4 << 20)
