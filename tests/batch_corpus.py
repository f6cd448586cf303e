"""Make many distinct recordings by varying the real ones in ../shared/data (seeded).

Used by tests/test_batch.py (a few hundred) and tests/bench/bench_batch.py (10 000). Every
variant is a real recording with its clock shifted, cursor positions jittered by a few
pixels and, for Balabit mouse logs, a random window of the session: distinct content hashes,
the same kind of work for the detectors, nothing tuned to one file.
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path


def _jitter_rrweb(events: list[dict], rng: random.Random) -> list[dict]:
    shift = rng.randint(-(10**9), 10**9)
    dx, dy = rng.randint(-3, 3), rng.randint(-3, 3)
    out = []
    for ev in events:
        ev = dict(ev)
        if isinstance(ev.get("timestamp"), (int, float)):
            ev["timestamp"] = ev["timestamp"] + shift
        data = ev.get("data")
        if isinstance(data, dict) and isinstance(data.get("positions"), list):
            data = dict(data)
            data["positions"] = [
                {**p, "x": p["x"] + dx, "y": p["y"] + dy}
                if isinstance(p, dict) and "x" in p and "y" in p
                else p
                for p in data["positions"]
            ]
            ev["data"] = data
        out.append(ev)
    return out


def _window_csv(lines: list[str], rng: random.Random) -> list[str]:
    header, body = lines[0], lines[1:]
    n = min(len(body), rng.randint(1500, 6000))
    start = rng.randint(0, max(0, len(body) - n))
    return [header, *body[start : start + n]]


def make_corpus(
    shared: Path, out: Path, n: int, *, seed: int = 7, bad_every: int = 0
) -> list[Path]:
    """Write ``n`` varied recordings into ``out`` and return their paths.

    About three in four are rrweb (gzipped, as exports often are), one in four a Balabit
    mouse-log window. With ``bad_every = k``, every k-th file is broken on purpose (a
    truncated JSON array) so that a batch must report it and go on.
    """
    rng = random.Random(seed)
    rrweb = sorted((shared / "data" / "rrweb").glob("*.rrweb.json"))
    balabit = sorted((shared / "data" / "balabit").rglob("session_*"))
    rr_events = [json.loads(p.read_text(encoding="utf-8")) for p in rrweb]
    csv_lines = [p.read_text(encoding="utf-8").splitlines() for p in balabit[:12]]
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        if bad_every and i % bad_every == bad_every - 1:
            path = out / f"broken-{i:06d}.rrweb.json"
            path.write_text(json.dumps(rr_events[i % len(rr_events)])[:5000], encoding="utf-8")
        elif i % 4 == 3:
            path = out / f"mouse-{i:06d}.csv"
            lines = _window_csv(csv_lines[rng.randrange(len(csv_lines))], rng)
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        else:
            path = out / f"web-{i:06d}.rrweb.json.gz"
            events = _jitter_rrweb(rr_events[rng.randrange(len(rr_events))], rng)
            path.write_bytes(gzip.compress(json.dumps(events).encode(), compresslevel=1))
        files.append(path)
    return files
