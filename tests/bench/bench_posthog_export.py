"""Benchmark: import a large PostHog export; print its peak RSS beside the plain array's.

Usage::

    nice -n 10 .venv/bin/python tests/bench/bench_posthog_export.py [--size-mb 100]
        [--baseline CHECKOUT]

A plain rrweb array of about ``--size-mb`` MB is built by repeating the events of the real
recording ``../shared/data/rrweb/dev-mixed-long-desktop.rrweb.json`` (tests/safety/bigfile.py),
and the same events are wrapped as a PostHog "Export to file" (export v2:
``{"version", "data": {"id", "snapshots": [...], "person": {...}}}``). Each file is imported
and stored by a child process (tests/safety/helpers/rss_import.py) that reports its own
peak RSS, so the figure covers parsing, building and storing. ``--baseline`` runs the export
once more with another checkout's ``replay`` package (e.g. ``/work/main``: the figure before).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "safety"))
sys.path.insert(0, str(REPO / "tests" / "bench"))

from _machine import machine  # noqa: E402
from bigfile import write_big_rrweb  # noqa: E402

SOURCE = REPO.parent / "shared" / "data" / "rrweb" / "dev-mixed-long-desktop.rrweb.json"
#: Issue 13's bound for a big file, now for a PostHog export too: flat, whatever the size.
GOAL_PEAK_MB = 400


def wrap_as_export(array: Path, out: Path) -> None:
    """Write ``array``'s events as a PostHog export v2 (copied as text, never decoded)."""
    with out.open("wb") as dst, array.open("rb") as src:
        dst.write(b'{"version": "2023-04-28", "data": {"id": "bench", "snapshots": ')
        while block := src.read(1 << 20):
            dst.write(block)
        dst.write(b', "person": {"properties": {"$os": "Mac OS X"}}}}')


def run(path: Path, db: Path, checkout: Path) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(checkout))
    proc = subprocess.run(
        [sys.executable, str(REPO / "tests/safety/helpers/rss_import.py"), str(path), str(db)],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=100)
    parser.add_argument(
        "--baseline", type=Path, help="another checkout to measure the export with"
    )
    args = parser.parse_args()
    print(machine() + (f", nice {os.nice(0)}" if os.nice(0) else ""))
    with tempfile.TemporaryDirectory(prefix="replay-bench-") as tmp:
        array = Path(tmp) / "big.rrweb.json"
        facts = write_big_rrweb(
            SOURCE, array, target_bytes=args.size_mb * 1_000_000, time_scale=0.05
        )
        export = Path(tmp) / "big.posthog.json"
        wrap_as_export(array, export)
        print(
            f"data: {facts['bytes'] / 1e6:.0f} MB rrweb array built from {SOURCE.name} "
            f"({facts['events']:,} events), the same events as a PostHog export v2 "
            f"({export.stat().st_size / 1e6:.0f} MB)"
        )
        runs = [("plain array", array, REPO), ("PostHog export", export, REPO)]
        if args.baseline is not None:
            runs.append((f"PostHog export, {args.baseline}", export, args.baseline))
        for n, (label, path, checkout) in enumerate(runs):
            result = run(path, Path(tmp) / f"lib{n}.sqlite", checkout)
            goal = f"goal <= {GOAL_PEAK_MB} MB" if checkout == REPO else "before"
            print(
                f"{label}: peak RSS {result['peak_rss_mb']} MB ({goal}), import + store "
                f"{result['seconds']} s, {result['outcome']} {result['events']:,} rows "
                f"{result['message']}".rstrip()
            )
    print("(wall times on a shared machine: the load average above says how loaded)")


if __name__ == "__main__":
    main()
