"""Benchmark: where an rrweb import's time goes, per phase, in ms per MB, against msgspec.

Run::

    nice -n 10 .venv/bin/python tests/bench/bench_rrweb_phases.py [--rounds 5] [DIR ...]

For each folder of ``*.rrweb.json`` files (default: the 14 shared recordings, then the
held-out sets in tests/data, which no tuning looked at) it imports every file ``rounds``
times (``import_file``, the page kept, as ``run_all.py`` does) and decodes the same bytes
with ``msgspec.json.decode``, both in CPU time (on a loaded machine wall time mostly
counts waiting for a core), and splits the import's CPU time by phase: each phase is a
function of the importer wrapped by a timer that subtracts the phases called inside it.
Issue 13's goal is the import within 2x of msgspec's decode. The machine and its load
are printed first.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import msgspec
from _machine import machine

from replay.importers import _builder, _dom, _page, import_file, rrweb
from replay.model import page as page_model

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data" / "rrweb"
HELD_OUT = [
    REPO / "tests" / "data" / n for n in ("rrweb-heldout2", "rrweb-heldout3", "rrweb-wide")
]
GOAL = 2.0

#: (owner, function, phase): the phases of an import, innermost first wins its own time.
PHASES: list[tuple[Any, str, str]] = [
    (rrweb, "_decode_whole", "decode (msgspec, typed Structs)"),
    (_page.PageRecorder, "_load_tree", "FullSnapshot: sanitise + page state (one walk)"),
    (page_model.PageState, "encoded_nodes", "keyframes: encode the nodes"),
    (_page.PageRecorder, "_cut", "keyframes: digest, zlib, pack finished events"),
    (rrweb._Accumulator, "end_page", "describe event targets (labels, cues)"),
    (_dom.CssCues, "_index", "index the stylesheets' cues (on first question)"),
    (rrweb._Accumulator, "_mutation", "mutations (sanitise, apply)"),
    (rrweb._Accumulator, "_positions_typed", "pointer positions"),
    (_builder.SessionBuilder, "build", "build the columns (numpy)"),
]


def _timed(fn: Callable[..., Any], label: str, spent: dict[str, float], stack: list[float]) -> Any:
    @functools.wraps(fn)
    def inner(*args: Any, **kwargs: Any) -> Any:
        t0 = time.process_time()
        stack.append(0.0)
        try:
            return fn(*args, **kwargs)
        finally:
            took = time.process_time() - t0
            inside = stack.pop()
            spent[label] += took - inside
            if stack:
                stack[-1] += took

    return inner


def measure(files: list[Path], rounds: int) -> None:
    """Print the import's and msgspec's CPU time on ``files`` and the import's phases."""
    mb = sum(f.stat().st_size for f in files) / 1e6
    ours, theirs = [], []
    for f in files:  # warm: imports, caches, the files in the page cache
        import_file(f)
    for _ in range(rounds):
        t0 = time.process_time()
        for f in files:
            import_file(f)
        ours.append(time.process_time() - t0)
        t0 = time.process_time()
        for f in files:
            msgspec.json.decode(f.read_bytes())
        theirs.append(time.process_time() - t0)
    o, m = statistics.median(ours), statistics.median(theirs)
    ratio = o / m
    print(
        f"\n{files[0].parent} ({len(files)} files, {mb:.2f} MB), median of {rounds} rounds, CPU:"
        f"\n  import_file {o * 1e3:.0f} ms ({o * 1e3 / mb:.0f} ms/MB), msgspec.json.decode"
        f" {m * 1e3:.1f} ms ({m * 1e3 / mb:.1f} ms/MB): {ratio:.1f}x (best {min(ours) / min(theirs):.1f}x)"
        f" | goal within {GOAL:.0f}x: {'met' if ratio <= GOAL else 'NOT met'}"
    )
    spent: dict[str, float] = defaultdict(float)
    stack: list[float] = []
    saved = [(owner, name, getattr(owner, name)) for owner, name, _label in PHASES]
    try:
        for owner, name, label in PHASES:
            setattr(owner, name, _timed(getattr(owner, name), label, spent, stack))
        t0 = time.process_time()
        for _ in range(rounds):
            for f in files:
                import_file(f)
        total = (time.process_time() - t0) / rounds
    finally:
        for owner, name, fn in saved:
            setattr(owner, name, fn)
    named = 0.0
    print(f"  phases (one more set of rounds, timers on: {total * 1e3:.0f} ms a round):")
    for label, took in sorted(spent.items(), key=lambda kv: -kv[1]):
        took /= rounds
        named += took
        print(
            f"    {label:50s} {took * 1e3:6.1f} ms {took * 1e3 / mb:6.1f} ms/MB {took / total:5.0%}"
        )
    rest = total - named
    print(
        f"    {'the rest: event loop, other events, file, hash':50s} {rest * 1e3:6.1f} ms"
        f" {rest * 1e3 / mb:6.1f} ms/MB {rest / total:5.0%}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("dirs", nargs="*", type=Path)
    args = parser.parse_args()
    print(machine())
    for folder in args.dirs or [SHARED, *HELD_OUT]:
        files = sorted(folder.glob("*.rrweb.json"))
        if files:
            measure(files, args.rounds)
    print(f"\n{machine()}")


if __name__ == "__main__":
    main()
