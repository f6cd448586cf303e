"""Run every benchmark and print one table: figure, measured, goal, met?, machine and load.

Run::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/run_all.py [--write] [--big]

``--write`` puts the table into docs/benchmarks.md (between the run_all markers);
``--big`` also imports a generated 1 GB rrweb file for its peak memory (about 3 minutes;
otherwise that row says "not run"). The 10 000-session library is built once and cached
(tests/bench/library10k.py). Figures from a loaded machine say so in the table's heading.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import machine
from _report import Figure, load_note, table

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]

SHARED = REPO.parent / "shared" / "data"
DOC = REPO / "docs" / "benchmarks.md"
BEGIN = "<!-- BEGIN run_all table (tests/bench/run_all.py --write) -->"
END = "<!-- END run_all table -->"


def import_figures(rounds: int = 3) -> list[Figure]:
    """Balabit 65 files (CPU), and rrweb import against msgspec decoding the same bytes."""
    import msgspec

    from replay.importers import import_file
    from replay.store.library import Library

    balabit = sorted((SHARED / "balabit" / "training_files").glob("user*/session_*"))
    cpu = []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.process_time()
            with Library.open(Path(tmp) / "lib.sqlite") as lib:
                for f in balabit:
                    lib.add_session(import_file(f))
            cpu.append(time.process_time() - t0)
    rrweb = sorted((SHARED / "rrweb").glob("*.rrweb.json"))
    ratios = []
    # CPU time of this process: on a shared machine the wall time of a 10 ms decode is
    # mostly waiting for a core (wall ratios of one run ranged 5-35x at load 4).
    for _ in range(max(rounds, 5)):
        t0 = time.process_time()
        for f in rrweb:
            import_file(f)
        ours = time.process_time() - t0
        t0 = time.process_time()
        for f in rrweb:
            msgspec.json.decode(f.read_bytes())
        theirs = time.process_time() - t0
        ratios.append(ours / theirs)
    return [
        Figure(f"Balabit {len(balabit)} files, import + store, CPU time", cpu, "< 1.5 s CPU",
               [("p50", 1.5)], unit="s"),
        Figure(f"rrweb import of {len(rrweb)} files vs msgspec decoding the same bytes (x slower, CPU)",
               ratios, "within 2x", [("p50", 2.0)], unit="x"),
    ]  # fmt: skip


def bigfile_figure(run: bool) -> Figure:
    """Peak RSS importing a generated 1 GB rrweb file (bench_bigfile.py), or "not run"."""
    name = "peak memory importing a 1 GB rrweb file"
    if not run:
        return Figure(name, [], "< 400 MB, flat", [], unit="MB", note="use --big, ~3 min")
    proc = subprocess.run(
        [sys.executable, str(HERE / "bench_bigfile.py"), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        peak = float(json.loads(proc.stdout.strip().splitlines()[-1])["peak_rss_mb"])
    except (ValueError, KeyError, IndexError):
        return Figure(name, [], "< 400 MB, flat", [], unit="MB", note="bench_bigfile failed")
    return Figure(name, [peak], "< 400 MB, flat", [("value", 400)], unit="MB")


def write_doc(text: str) -> None:
    """Put ``text`` between the markers in docs/benchmarks.md (added at the top if absent)."""
    doc = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    block = f"{BEGIN}\n{text}\n{END}"
    if BEGIN in doc and END in doc:
        head, rest = doc.split(BEGIN, 1)
        doc = head + block + rest.split(END, 1)[1]
    else:
        first, _, rest = doc.partition("\n")
        doc = f"{first}\n\n{block}\n{rest}"
    DOC.write_text(doc, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description="Run every benchmark; print one table.")
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument("--big", action="store_true", help="also the 1 GB rrweb import")
    args = parser.parse_args()
    import bench_library
    import bench_ui

    started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    load_before = load_note()
    figures: list[Figure] = []
    library, notes = bench_library.figures()
    figures += library
    figures += bench_ui.figures()
    figures += import_figures()
    figures.append(bigfile_figure(args.big))
    load_after = load_note()
    text = "\n".join(
        [
            f"Run {started} with `tests/bench/run_all.py`. {machine().removeprefix('machine: ')}.",
            f"Machine state: before {load_before}; after {load_after}. Figures from a",
            "loaded machine (other jobs sharing the cores) are slower than a quiet one.",
            "",
            table(figures),
            "",
            *(f"- {n}" for n in notes),
            "- seek/frame/open: a synthetic 6 h desktop session (bench_ui.py), 1280x800,",
            "  offscreen; every UI figure ends when the whole widget is painted (`grab()`).",
        ]
    )
    print(text)
    if args.write:
        write_doc(text)
        print(f"written to {DOC}")


if __name__ == "__main__":
    main()
