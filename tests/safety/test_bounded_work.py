"""Input that took forever is refused in seconds (issue 10, class 9).

``[`` followed by 2 GB of spaces gave no answer in 240 s; a 2 GB CSV line without a newline
took 57 s to refuse. The work before the first event is now bounded (``_source.WorkBound``):
a run of more than 16 MiB of blank bytes, a line of more than 16 MiB in a line-based
format (mouse-log CSV, native JSONL), or one rrweb event larger than 256 MiB is refused as
soon as it is seen. The rule is checked against a reference on generated block splits
(hypothesis); real files of 40 MB (fast tier) and 300 MB (``-m full``) are refused within
a time bound, with the machine's load named.
"""

from __future__ import annotations

import gzip
import itertools
import os
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from safetykit import record

from replay.errors import ImportFailed
from replay.importers import import_file
from replay.importers._source import MAX_BLANK_RUN_BYTES, MAX_LINE_BYTES, WorkBound

pytestmark = pytest.mark.full  # the safety suite runs in the full tier (README command)

HEADER_CSV = b"record timestamp,client timestamp,button,state,x,y\n0.0,0.0,NoButton,Move,1,2\n"
HEADER_NATIVE = (
    b'{"replay": "native", "version": 1}\n{"t_ms": 0, "type": "move", "x": 1, "y": 2}\n'
)
MiB = 1024**2


def write(path: Path, head: bytes, fill: bytes, mib: int, tail: bytes = b"") -> Path:
    block = (fill * (MiB // len(fill) + 1))[:MiB]
    with path.open("wb") as fh:
        fh.write(head)
        for _ in range(mib):
            fh.write(block)
        fh.write(tail)
    return path


def refused_quickly(path: Path, *, within_s: float, says: str) -> float:
    started = time.monotonic()
    with pytest.raises(ImportFailed) as err:
        import_file(path)
    took = time.monotonic() - started
    assert says in str(err.value), str(err.value)
    assert took < within_s, f"{path.name}: {took:.1f} s"
    return took


CASES = {
    "[ + spaces": (b"[", b" ", "blank space"),
    "[ + newlines": (b"[\n", b"\n", "blank space"),
    "[ + mixed blanks": (b"[", b" \t\r\n", "blank space"),
    "spaces before [": (b"", b" ", "blank"),
    "[{} , + spaces": (b'[{"type": 4, "data": {}, "timestamp": 1},', b" ", "blank space"),
    "csv long line": (HEADER_CSV, b"1234567,", "longer than"),
    "csv blank line run": (HEADER_CSV, b" ", "blank space"),
    "native long line": (HEADER_NATIVE, b'{"t_ms":1,"type":"move","x":1,"y":', "longer than"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_files_refused_in_seconds(tmp_path: Path, case: str) -> None:
    head, fill, says = CASES[case]
    path = write(tmp_path / "hostile.bin", head, fill, 40)  # > 32 MB: the streaming path
    took = refused_quickly(path, within_s=30, says=says)
    small = write(tmp_path / "small.bin", head, fill, 20)  # < 32 MB: the whole-buffer path
    refused_quickly(small, within_s=30, says=says)
    record(f"bounded work: {case}, 40 MiB: refused in {took:.2f} s "
           f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")  # fmt: skip


def test_gzipped_blank_run_refused(tmp_path: Path) -> None:
    raw = b"[" + b" " * (40 * MiB)
    path = tmp_path / "blank.json.gz"
    path.write_bytes(gzip.compress(raw, 6))
    with pytest.raises(ImportFailed):
        import_file(path)


def test_unterminated_string_event_refused(tmp_path: Path) -> None:
    """``["`` + 40 MiB of letters: an unterminated string is refused at the end, not hung on."""
    path = write(tmp_path / "str.json", b'[{"type": 3, "x": "', b"a", 40)
    refused_quickly(path, within_s=60, says="JSON")


@pytest.mark.full
@pytest.mark.parametrize(
    ("head", "fill", "says"),
    [(b"[", b" ", "blank space"), (HEADER_CSV, b"9", "longer than"),
     (b'[{"type": 3, "x": "', b"a", "larger than 256 MiB")],
    ids=["[+300MB-spaces", "csv-300MB-line", "rrweb-300MB-string"],
)  # fmt: skip
def test_300_mb_hostile_files(tmp_path: Path, head: bytes, fill: bytes, says: str) -> None:
    path = write(tmp_path / "big.bin", head, fill, 300)
    took = refused_quickly(path, within_s=120, says=says)
    record(f"bounded work: {path.stat().st_size // MiB} MiB {says!r} refused in {took:.1f} s "
           f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")  # fmt: skip


def reference(data: bytes) -> tuple[int, int]:
    """Longest run of blank bytes and longest line (without its newline), the slow way."""
    longest_blank = max((len(m) for m in re.findall(rb"[ \t\r\n]+", data)), default=0)
    longest_line = max(len(line) for line in data.split(b"\n"))
    return longest_blank, longest_line


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    data=st.lists(st.sampled_from([b" ", b"\n", b"\t", b"x", b"ab", b"\r\n", b"  \n  "]),
                  max_size=120).map(b"".join),
    cuts=st.lists(st.integers(0, 400), max_size=8),
    limit=st.integers(1, 40),
)  # fmt: skip
def test_work_bound_matches_reference_on_any_block_split(
    data: bytes, cuts: list[int], limit: int
) -> None:
    """Fed in arbitrary blocks, WorkBound refuses exactly when the reference says so."""
    with pytest.MonkeyPatch.context() as mp:
        import replay.importers._source as source

        mp.setattr(source, "MAX_BLANK_RUN_BYTES", limit)
        _check_split(data, cuts, limit)


def _check_split(data: bytes, cuts: list[int], limit: int) -> None:
    points = sorted({c for c in cuts if c < len(data)} | {0, len(data)})
    blocks = [data[a:b] for a, b in itertools.pairwise(points)]
    bound = WorkBound("x")
    bound.line_limit = limit
    blank, line = reference(data) if data else (0, 0)
    # Blank runs inside one block are only caught when longer than the block: use blocks
    # of at most `limit` bytes, as the real reader's 1 MiB blocks are 16x below the limit.
    small = [b[i : i + limit] for b in blocks for i in range(0, len(b), limit)]
    try:
        for block in small:
            bound.feed(block)
    except ImportFailed:
        assert blank > limit or line > limit
    else:
        assert blank <= limit
        assert line <= limit


def test_limits_are_far_above_real_files(
    rrweb_files: list[Path], balabit_files: list[Path]
) -> None:
    for path in [*rrweb_files, *balabit_files[:5]]:
        blank, line = reference(path.read_bytes()[: 4 * MiB])
        assert blank < MAX_BLANK_RUN_BYTES // 100
        if path.suffix != ".json":
            assert line < MAX_LINE_BYTES // 100
