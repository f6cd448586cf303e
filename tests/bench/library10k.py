"""A 10 000-session library made by varying the real recordings in ../shared/data.

Run: ``.venv/bin/python tests/bench/library10k.py [--sessions N] [--out FILE]`` (or let
``run_all.py`` build it once; it is cached under ``$REPLAY_BENCH_DIR``, default
``/tmp/replay-bench``, and rebuilt when this file changes).

Every session is one real recording (the 14 rrweb recordings and the 65 Balabit mouse
logs), varied the same way whatever the file: a random window of it (10 s to 5 min),
its cursor moved and scaled (up to ±40 px, ×0.9-1.1), a start date spread over 120 days,
and, for rrweb recordings, page URLs moved to one of 40 sites. The detectors really run
on each one (``replay.signals.detect``) and their results are stored; about 30 % of the
sessions get 1-4 tags (codebook categories, notes, 5 reviewers) and 20 % are marked
reviewed. Nothing here knows what the benchmarks search for: the search benchmark picks
its query values from the library afterwards.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from replay.importers import import_file
from replay.model.session import Channel, Session
from replay.signals import detect
from replay.store.library import Library
from replay.store.results import save_result

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
DEFAULT_DIR = Path("/tmp/replay-bench")
N_SESSIONS = 10_000
NOTES = (
    "cart button did nothing",
    "looked for the shipping cost",
    "retyped the postcode twice",
    "gave up at the payment step",
    "menu hides the search",
    "slow after clicking checkout",
    "ตะกร้าสินค้าไม่ตอบสนอง",
    "결제 버튼이 작동하지 않음",
    "找不到運費資訊",
)
REVIEWERS = ("ana", "ben", "chen", "dao", "eun")
SITES = tuple(f"https://site{i:02d}.example" for i in range(40))


def sources() -> list[Session]:
    """Import every real recording once (the seeds of the library)."""
    files = sorted((SHARED / "rrweb").glob("*.rrweb.json"))
    files += sorted((SHARED / "balabit" / "training_files").glob("user*/session_*"))
    return [import_file(f) for f in files]


def _vary_channel(ch: Channel, lo: int, hi: int, dx: float, dy: float, k: float) -> Channel:
    win = ch.window(lo, hi)
    cols = {c: np.array(a) for c, a in win.columns.items()}
    cols["t_ms"] = cols["t_ms"] - lo
    if ch.name in ("pointer", "interactions") and "x_px" in cols:
        cols["x_px"] = cols["x_px"] * k + dx
        cols["y_px"] = cols["y_px"] * k + dy
    return Channel.from_columns(ch.name, **cols)  # type: ignore[arg-type]


def vary(src: Session, i: int, rng: np.random.Generator) -> Session:
    """Return recording ``src`` varied: a window, moved cursor, new date, new site."""
    duration = max(1, src.meta.duration_ms)
    length = int(min(duration, rng.uniform(10_000, 300_000)))
    lo = int(rng.integers(0, max(1, duration - length + 1)))
    hi = lo + length + 1
    dx, dy, k = rng.uniform(-40, 40), rng.uniform(-40, 40), rng.uniform(0.9, 1.1)
    channels = {n: _vary_channel(c, lo, hi, dx, dy, k) for n, c in src.channels.items()}
    site = SITES[int(rng.integers(0, len(SITES)))]
    strings = tuple(
        s.replace("http://localhost", site).replace("https://localhost", site)
        if s.startswith(("http://", "https://"))
        else s
        for s in src.strings
    )
    started = int(datetime(2026, 6, 1, tzinfo=UTC).timestamp() * 1000)
    started += int(rng.integers(0, 120 * 86_400_000))
    stem = Path(src.meta.source).name.split(".")[0]
    name = f"{site.split('//')[1]}/{stem}-{i:05d}"
    meta = replace(
        src.meta,
        source=f"/data/library10k/{name}.{src.meta.format}",
        title=f"{stem}-{i:05d}",
        started_at_ms=started,
        duration_ms=length,
        content_hash=hashlib.sha256(f"{src.meta.content_hash}:{i}".encode()).hexdigest(),
    )
    return Session(
        meta=meta, channels=channels, strings=strings, nodes=src.nodes, report=src.report
    )


def build(path: Path, n: int = N_SESSIONS, *, seed: int = 13, quiet: bool = False) -> Path:
    """Write an ``n``-session library to ``path`` (replacing it); return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    rng = np.random.default_rng(seed)
    t0 = time.perf_counter()
    seeds = sources()
    categories: list[str] = []
    with Library.open(tmp) as lib:
        categories = [c.code for c in lib.tags.categories()]
        for start in range(0, n, 250):
            with lib.write() as db:
                for i in range(start, min(n, start + 250)):
                    session = vary(seeds[int(rng.integers(0, len(seeds)))], i, rng)
                    sid, _ = lib.add_session(session)
                    save_result(lib, sid, detect(session))
                    if rng.random() < 0.3:
                        for _ in range(int(rng.integers(1, 5))):
                            t = int(rng.integers(0, max(1, session.meta.duration_ms)))
                            now = "2026-10-01T12:00:00+00:00"
                            db.conn.execute(
                                "INSERT INTO tags (session_id, start_ms, end_ms, category,"
                                " severity, note, reviewer, created_at, updated_at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                [
                                    sid,
                                    t,
                                    t + int(rng.integers(0, 5000)),
                                    categories[int(rng.integers(0, len(categories)))],
                                    int(rng.integers(0, 5)),
                                    NOTES[int(rng.integers(0, len(NOTES)))],
                                    REVIEWERS[int(rng.integers(0, len(REVIEWERS)))],
                                    now,
                                    now,
                                ],
                            )
                    if rng.random() < 0.2:
                        db.conn.execute(
                            "UPDATE sessions SET reviewed_at = ?, reviewed_by = ? WHERE id = ?",
                            [
                                "2026-10-02T09:00:00+00:00",
                                REVIEWERS[int(rng.integers(0, 5))],
                                sid,
                            ],
                        )
            if not quiet:
                print(f"  {min(n, start + 250)}/{n} sessions, {time.perf_counter() - t0:.0f} s")
    tmp.rename(path)
    for suffix in ("-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    return path


def stamp() -> str:
    """A short hash of this generator and the schema: a stale cached library is rebuilt."""
    from replay.store import migrations

    schema = Path(migrations.__file__).read_bytes()
    return hashlib.sha256(Path(__file__).read_bytes() + schema).hexdigest()[:10]


def cached(n: int = N_SESSIONS, directory: Path = DEFAULT_DIR) -> Path:
    """Return the cached library of ``n`` sessions, building it first when missing or stale."""
    path = directory / f"library-{n}-{stamp()}.sqlite"
    if not path.exists():
        print(
            f"building {path} ({n} sessions from ../shared/data; minutes, once)", file=sys.stderr
        )
        build(path, n)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=N_SESSIONS)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    t0 = time.perf_counter()
    out = build(args.out, args.sessions) if args.out else cached(args.sessions)
    print(f"{out}: {args.sessions} sessions in {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
