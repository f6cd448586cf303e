"""Load benchmark, and the storage design comparison issue 2 asks for.

Run: ``.venv/bin/python tests/bench/bench_load.py``. Prints, with the machine:

1. ``Library.load_session`` time per million samples for the largest Balabit session and
   for a synthetic 1M-sample pointer session (target: < 50 ms per million).
2. Rows-per-event vs one-BLOB-per-column for the same 1M pointer samples (t_ms int64,
   x/y float32, kind uint8, target int32): write time (one transaction, from numpy),
   read-into-numpy time, and file size.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine

from replay.importers import import_file
from replay.model.session import Channel, Device, Session, SessionMeta
from replay.store.library import Library

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
N = 1_000_000
REPEAT = 5


def synthetic(n: int) -> Session:
    rng = np.random.default_rng(0)
    pointer = Channel.from_columns(
        "pointer",
        t_ms=np.cumsum(rng.integers(0, 20, n)),
        x_px=rng.uniform(0, 1920, n),
        y_px=rng.uniform(0, 1080, n),
        kind=rng.integers(0, 3, n),
        target=rng.integers(-1, 500, n),
    )
    meta = SessionMeta(
        source="synthetic", format="native", device=Device.DESKTOP, viewport_width_px=1920,
        viewport_height_px=1080, started_at_ms=None, duration_ms=int(pointer.t_ms[-1]),
        content_hash=f"synthetic-{n}",
    )  # fmt: skip
    return Session(meta=meta, channels={"pointer": pointer})


def best_ms(func: object, repeat: int = REPEAT) -> tuple[float, float]:
    """Return (best, median) wall time of ``func()`` in ms."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()  # type: ignore[operator]
        times.append((time.perf_counter() - t0) * 1000)
    return min(times), statistics.median(times)


def bench_library_load(tmp: Path) -> None:
    balabit = sorted((SHARED / "balabit" / "training_files").glob("user*/session_*"))
    largest = max(balabit, key=lambda p: p.stat().st_size)
    with Library.open(tmp / "load.sqlite") as lib:
        for name, session in (
            (f"largest Balabit session {largest.relative_to(SHARED)}", import_file(largest)),
            (f"synthetic {N:,}-sample pointer session", synthetic(N)),
        ):
            sid, _ = lib.add_session(session)
            samples = lib.session_row(sid).n_events
            best, med = best_ms(lambda sid=sid: lib.load_session(sid))
            print(
                f"load_session, {name}: {samples:,} samples, best {best:.1f} ms, median "
                f"{med:.1f} ms = {best / samples * 1e6:.1f} ms per million samples"
            )


ROWS_SCHEMA = """
CREATE TABLE pointer_rows (session_id INTEGER NOT NULL, t_ms INTEGER NOT NULL, x_px REAL,
    y_px REAL, kind INTEGER, target INTEGER);
CREATE INDEX idx_rows ON pointer_rows(session_id, t_ms);
"""


def connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    return con


def write_rows(path: Path, ch: Channel) -> None:
    con = connect(path)
    con.executescript(ROWS_SCHEMA)
    cols = [ch[c].tolist() for c in ("t_ms", "x_px", "y_px", "kind", "target")]
    con.execute("BEGIN")
    con.executemany("INSERT INTO pointer_rows VALUES (1, ?, ?, ?, ?, ?)", zip(*cols, strict=True))
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def read_rows(path: Path) -> dict[str, np.ndarray]:
    con = sqlite3.connect(path)
    rows = con.execute(
        "SELECT t_ms, x_px, y_px, kind, target FROM pointer_rows WHERE session_id = 1 ORDER BY t_ms"
    ).fetchall()
    con.close()
    t, x, y, k, g = zip(*rows, strict=True)
    return {
        "t_ms": np.array(t, np.int64), "x_px": np.array(x, np.float32),
        "y_px": np.array(y, np.float32), "kind": np.array(k, np.uint8),
        "target": np.array(g, np.int32),
    }  # fmt: skip


def write_blobs(path: Path, ch: Channel) -> None:
    con = connect(path)
    con.execute(
        'CREATE TABLE channels (session_id INTEGER, channel TEXT, "column" TEXT, dtype TEXT,'
        ' n INTEGER, data BLOB, PRIMARY KEY (session_id, channel, "column")) WITHOUT ROWID'
    )
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO channels VALUES (1, 'pointer', ?, ?, ?, ?)",
        [(c, a.dtype.str, len(a), a) for c, a in ch.columns.items()],
    )
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def read_blobs(path: Path) -> dict[str, np.ndarray]:
    con = sqlite3.connect(path)
    rows = con.execute(
        'SELECT "column", dtype, data FROM channels WHERE session_id = 1 AND channel = ?',
        ["pointer"],
    ).fetchall()
    con.close()
    return {c: np.frombuffer(data, dtype=np.dtype(dt)) for c, dt, data in rows}


def bench_designs(tmp: Path) -> None:
    ch = synthetic(N).channels["pointer"]
    for name, write, read in (
        ("rows per event (+ index)", write_rows, read_rows),
        ("one BLOB per column     ", write_blobs, read_blobs),
    ):
        writes = []
        for i in range(3):
            path = tmp / f"{name[:4]}{i}.sqlite"
            t0 = time.perf_counter()
            write(path, ch)
            writes.append((time.perf_counter() - t0) * 1000)
        got = read(path)
        for col in ch.columns:
            np.testing.assert_array_equal(got[col], ch[col])
        best_r, med_r = best_ms(lambda path=path, read=read: read(path), repeat=3)
        size = path.stat().st_size
        print(
            f"{name}: write {min(writes):7.0f} ms, read into numpy {best_r:7.1f} ms "
            f"(median {med_r:.1f}), file {size / 1e6:5.1f} MB  [{N:,} pointer samples]"
        )


def main() -> None:
    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        bench_library_load(Path(tmp))
        bench_designs(Path(tmp))


if __name__ == "__main__":
    main()
