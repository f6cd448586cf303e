"""Child process for the stale-temporary test: an export that stops half-way, to be killed.

Usage: ``export_child.py OUT_CSV ROWS``. Writes ROWS rows through replay's own
``write_csv`` (its temporary file, lock and naming), prints ``writing <tmp name>`` once the
temporary file holds data, then sleeps until the parent kills it with SIGKILL.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path

from replay.export import COLUMNS, write_csv
from replay.filekind import TMP_SUFFIX


def rows(out: Path, count: int) -> Iterator[list[str]]:
    for i in range(count):
        yield [f"{i}"] * len(COLUMNS)
    tmp = [p.name for p in out.parent.iterdir() if p.name.endswith(TMP_SUFFIX)]
    sys.stdout.write(f"writing {len(tmp)}\n")
    sys.stdout.flush()
    while True:
        time.sleep(60)  # killed here, the temporary file open and locked


def main(argv: list[str]) -> None:
    out = Path(argv[0])
    write_csv(out, rows(out, int(argv[1])))


if __name__ == "__main__":
    main(sys.argv[1:])
