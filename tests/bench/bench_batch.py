"""Benchmark: ``replay batch detect`` on a local Dask cluster, 1 worker against 2.

Run: ``.venv/bin/python tests/bench/bench_batch.py [--sessions 10000] [--keep DIR]``.

Makes N recordings by varying the real ones in ../shared/data (tests/batch_corpus.py:
shifted clocks, jittered cursors, Balabit windows; 3 in 4 rrweb gzipped, 1 in 4 mouse
logs), then scores them all with 1 worker and with 2 workers, each into a fresh Parquet
file, and prints sessions per second, the speed-up (goal: 2 workers at least 1.8x one),
the mean per-session cost inside the workers, and what that cost means for a million
sessions on N cores. The machine line says the load: figures from a loaded machine are
lower and their speed-up is not the code's.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from _machine import machine  # noqa: E402
from batch_corpus import make_corpus  # noqa: E402

from replay.batch import batch_detect  # noqa: E402
from replay.signals import load_config  # noqa: E402

GOAL_SPEEDUP = 1.8


def _run(folder: Path, out: Path, workers: int) -> tuple[float, float, int]:
    cfg = load_config(use_user_config=False)
    summary = batch_detect([str(folder)], out, config=cfg, workers=workers)
    costs = [c for c in pq.read_table(out).column("cost_ms").to_pylist() if c is not None]
    return summary.per_second, statistics.fmean(costs), summary.scored


def main() -> None:
    """Print the batch table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, default=None, help="reuse/keep the corpus here")
    args = parser.parse_args()
    shared = HERE.parents[2] / "shared"
    print(machine())
    tmp = Path(tempfile.mkdtemp(prefix="replay-batch-bench-"))
    folder = args.keep or tmp / "corpus"
    t0 = time.perf_counter()
    if not (folder.is_dir() and len(list(folder.iterdir())) == args.sessions):
        make_corpus(shared, folder, args.sessions)
    size = sum(p.stat().st_size for p in folder.iterdir())
    print(
        f"data: {args.sessions} recordings varied from ../shared/data/rrweb and balabit "
        f"({size / 1e6:.0f} MB on disk, made in {time.perf_counter() - t0:.0f} s)"
    )
    try:
        rate1, cost1, n1 = _run(folder, tmp / "one.parquet", 1)
        print(machine())
        rate2, cost2, n2 = _run(folder, tmp / "two.parquet", 2)
        print(machine())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    speedup = rate2 / rate1
    print()
    print("| figure | measured | goal |")
    print("|---|---|---|")
    print(f"| sessions/s, 1 worker ({n1} sessions) | {rate1:.1f} | - |")
    print(f"| sessions/s, 2 workers ({n2} sessions) | {rate2:.1f} | - |")
    verdict = "met" if speedup >= GOAL_SPEEDUP else "MISSED"
    print(f"| speed-up, 2 workers / 1 | {speedup:.2f}x | >= {GOAL_SPEEDUP}x ({verdict}) |")
    print(
        f"| mean cost per session inside a worker | {cost1:.0f} ms (1 w), {cost2:.0f} ms (2 w) | - |"
    )
    per_core_s = cost1 / 1000.0
    for cores in (16, 64, 256):
        minutes = 1_000_000 * per_core_s / cores / 60
        print(
            f"| 1 000 000 sessions on {cores} cores (from the per-session cost) | {minutes:.0f} min | - |"
        )


if __name__ == "__main__":
    main()
