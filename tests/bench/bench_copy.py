"""Benchmark: ``replay copy`` between SQLite and PostgreSQL on every real recording.

Run: ``.venv/bin/python tests/bench/bench_copy.py``.

Imports all of ../shared/data/rrweb (14 recordings with pages) and every Balabit session
(65 files, 2.25 M rows) into a library file, runs the detectors, then times the three
copies a team makes, each verified (rows and hashes of every table): the file to a
PostgreSQL server (tests/pgserver.py starts one in a temp folder), the server back to a
file, and file to file. It prints the library's size, rows and MB per second. There is
no goal in the issue for this; the figures tell a team how long moving its library takes.
The machine line says the load: on a loaded machine the figures are lower.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from _machine import machine  # noqa: E402
from click.testing import CliRunner  # noqa: E402
from conftest import BALABIT_DIR, RRWEB_DIR  # noqa: E402
from pgserver import PgServer  # noqa: E402

from replay.cli import cli  # noqa: E402
from replay.store.copy import copy_library  # noqa: E402


def main() -> int:
    """Build the library, copy it three ways, print the figures."""
    with tempfile.TemporaryDirectory(prefix="bench-copy-") as tmp:
        folder = Path(tmp)
        lib = folder / "all.replay"
        runner = CliRunner()
        for args in (
            ["import", "--db", str(lib), str(RRWEB_DIR), str(BALABIT_DIR)],
            ["detect", "--db", str(lib)],
        ):
            result = runner.invoke(cli, args)
            if result.exit_code != 0:
                print(result.output)
                return 1
        size_mb = lib.stat().st_size / 1e6
        print(machine())
        print(f"library: all rrweb + Balabit recordings, detected; {size_mb:.1f} MB file")
        server = PgServer.start()
        try:
            url = server.url(server.create_database("bench"))
            for src, dst, label in (
                (str(lib), url, "SQLite -> PostgreSQL"),
                (url, str(folder / "back.replay"), "PostgreSQL -> SQLite"),
                (str(lib), str(folder / "copy.replay"), "SQLite -> SQLite"),
            ):
                t0 = time.perf_counter()
                result = copy_library(src, dst)
                wall = time.perf_counter() - t0
                assert result.verified
                print(
                    f"{label:22} {result.rows:6d} rows ({size_mb:.0f} MB) in {wall:5.1f} s: "
                    f"{result.rows / wall:6.0f} rows/s, {size_mb / wall:5.1f} MB/s, verified"
                )
        finally:
            server.stop()
        print(machine())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
