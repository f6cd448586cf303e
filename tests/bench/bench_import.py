"""Import benchmark: all 65 Balabit files, then the 14 rrweb files, into a fresh library.

Run: ``.venv/bin/python tests/bench/bench_import.py [--repeat N]``. Prints events/s, rows,
seconds (parse + store, the whole ``import_file`` + ``Library.add_session`` loop), the
machine and the data. Issue 2 target: the Balabit set (2.25M rows) in under 2.5 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine

from replay.importers import import_file
from replay.store.library import Library

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


def bench(files: list[Path], lib: Library) -> tuple[int, int, float, float]:
    """Import ``files``; return (events, input CSV/JSON rows, total s, store-only s)."""
    events = rows = 0
    store_s = 0.0
    start = time.perf_counter()
    for path in files:
        session = import_file(path)
        t0 = time.perf_counter()
        _, created = lib.add_session(session)
        store_s += time.perf_counter() - t0
        assert created, path
        events += session.event_count
        rows += session.event_count + session.report.total_dropped
    return events, rows, time.perf_counter() - start, store_s


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is reported too")
    args = parser.parse_args()
    balabit = sorted(p for p in (SHARED / "balabit" / "training_files").glob("user*/session_*"))
    rrweb = sorted((SHARED / "rrweb").glob("*.rrweb.json"))
    assert len(balabit) == 65, len(balabit)
    assert len(rrweb) == 14, len(rrweb)
    mb_b = sum(p.stat().st_size for p in balabit) / 1e6
    mb_r = sum(p.stat().st_size for p in rrweb) / 1e6
    print(machine())
    print(f"data: {SHARED}/balabit/training_files ({len(balabit)} files, {mb_b:.1f} MB), "
          f"{SHARED}/rrweb ({len(rrweb)} files, {mb_r:.1f} MB)")  # fmt: skip
    best: dict[str, float] = {}
    for run in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            with Library.open(Path(tmp) / "bench.sqlite") as lib:
                for name, files in (("balabit", balabit), ("rrweb", rrweb)):
                    events, rows, total_s, store_s = bench(files, lib)
                    best[name] = min(best.get(name, 1e9), total_s)
                    print(
                        f"run {run + 1} {name:7s}: {events:>9,} events ({rows:,} input rows) in "
                        f"{total_s:.2f} s = {events / total_s / 1e6:.2f} M events/s; store only "
                        f"{store_s:.2f} s ({events / store_s / 1e6:.1f} M events/s)"
                    )
            size = (Path(tmp) / "bench.sqlite").stat().st_size
        print(f"run {run + 1} library file: {size / 1e6:.1f} MB")
    print("best: " + ", ".join(f"{k} {v:.2f} s" for k, v in best.items()))


if __name__ == "__main__":
    main()
