"""Benchmark: import a 1 GB rrweb file; print MB/s, events/s and peak RSS, machine named.

Usage::

    .venv/bin/python tests/bench/bench_bigfile.py [--size-mb 1000] [--keep PATH]

The file is built in a temp folder by repeating the events of the real recording
``../shared/data/rrweb/dev-mixed-long-desktop.rrweb.json`` (tests/safety/bigfile.py), then
imported and stored by a child process (tests/safety/helpers/rss_import.py) that reports
its own peak RSS (``ru_maxrss``), so the figure covers parsing, building and storing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "safety"))

from bigfile import write_big_rrweb  # noqa: E402

SOURCE = REPO.parent / "shared" / "data" / "rrweb" / "dev-mixed-long-desktop.rrweb.json"
#: Issue 13: peak memory importing a 1 GB rrweb file, flat (not growing with the file).
GOAL_PEAK_MB = 400


def machine() -> str:
    """CPU model, core count and Python, for the printed figures."""
    model = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{model}, nproc={os.cpu_count()}, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1000)
    parser.add_argument(
        "--time-scale",
        type=float,
        default=1.0,
        help="time between events x this (0.05: a dense file, every row inside 24 h, kept)",
    )
    parser.add_argument("--json", action="store_true", help="last line: the result as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="replay-bench-") as tmp:
        big = Path(tmp) / "big.rrweb.json"
        started = time.perf_counter()
        facts = write_big_rrweb(
            SOURCE, big, target_bytes=args.size_mb * 1_000_000, time_scale=args.time_scale
        )
        built_s = time.perf_counter() - started
        env = dict(os.environ, PYTHONPATH=str(REPO))
        proc = subprocess.run(
            [sys.executable, str(REPO / "tests/safety/helpers/rss_import.py"), str(big),
             str(Path(tmp) / "library.sqlite")],
            capture_output=True, text=True, env=env, check=True,
        )  # fmt: skip
        result = json.loads(proc.stdout.strip().splitlines()[-1])
    mb = facts["bytes"] / 1e6
    seconds = result["seconds"]
    print(f"machine: {machine()}")
    print(f"data: {mb:.0f} MB rrweb built from {SOURCE.name} in {built_s:.1f} s "
          f"({facts['events']:,} events, {facts['repetitions']} repetitions, "
          f"time scale {args.time_scale:g})")  # fmt: skip
    print(f"outcome: {result['outcome']} {result['message']}")
    print(f"import + store: {seconds:.1f} s = {mb / seconds:.1f} MB/s, "
          f"{facts['events'] / seconds:,.0f} events/s, {result['events']:,} channel rows")  # fmt: skip
    print(f"peak RSS: {result['peak_rss_mb']:.0f} MB")
    peak = result["peak_rss_mb"]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average {load} (the machine is shared: figures from a loaded machine)")
    print("| figure | measured | goal | met |")
    print("|---|---|---|---|")
    met = "yes" if peak < GOAL_PEAK_MB else "NO"
    print(
        f"| peak RSS, {mb:.0f} MB rrweb file | {peak:.0f} MB | < {GOAL_PEAK_MB} MB, flat | {met} |"
    )
    if args.json:  # for run_all.py
        print(json.dumps({**result, "mb": mb}))


if __name__ == "__main__":
    main()
