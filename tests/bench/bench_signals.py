"""Benchmark: every detector over a synthetic 1-million-event session.

Run: ``.venv/bin/python tests/bench/bench_signals.py``. Prints per-detector and total
wall time (median and best of ``REPEATS`` runs), the machine (nproc, CPU model, load) and
the data mix. Target: under 0.25 s in total (issue 3). The machine is shared, so the
median is the figure to quote and the best shows what the code costs undisturbed.
"""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from replay.model.session import Channel, Device, Node, Session, SessionMeta
from replay.signals import DETECTORS, Prepared, detect
from replay.signals.config import SignalConfig

REPEATS = 9


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def synthetic_session(seed: int = 1) -> Session:
    """~1,000,000 events over ~3 h: 800k moves, 30k clicks (x3 rows), 70k scrolls, 40k mutations."""
    rng = np.random.default_rng(seed)
    n_move, n_click, n_scroll, n_mut, n_inp = 800_000, 30_000, 70_000, 40_000, 20_000
    dur = 3 * 3600 * 1000
    tm = np.sort(rng.integers(0, dur, n_move))
    # smooth movements between random waypoints (20 samples each) with 2 px jitter, like a
    # hand; plus a thrash episode every ~1000 samples
    way_x = rng.uniform(0, 1920, n_move // 20 + 2)
    way_y = rng.uniform(0, 1080, n_move // 20 + 2)
    k = np.arange(n_move) / 20.0
    x = np.interp(k, np.arange(len(way_x)), way_x) + rng.normal(0, 2, n_move)
    y = np.interp(k, np.arange(len(way_y)), way_y) + rng.normal(0, 2, n_move)
    thrash = (np.arange(n_move) % 1000) < 30
    x[thrash] += np.where(np.arange(n_move)[thrash] % 2 == 0, 150.0, -150.0)
    tc = np.sort(rng.integers(0, dur, n_click))
    # some bursts: every 50th click gets two fast repeats
    rep = tc[::50]
    tc = np.sort(np.concatenate([tc, rep + 200, rep + 400]))
    n_c = len(tc)
    kinds = np.concatenate([np.full(n_c, 1), np.full(n_c, 0), np.full(n_c, 2)])
    ti = np.concatenate([tc - 80, tc - 1, tc])
    order = np.argsort(ti, kind="stable")
    cx = rng.uniform(0, 1920, n_c)
    cy = rng.uniform(0, 1080, n_c)
    targets = rng.integers(0, 200, n_c)
    interactions = Channel.from_columns(
        "interactions",
        t_ms=ti[order],
        x_px=np.tile(cx, 3)[order],
        y_px=np.tile(cy, 3)[order],
        kind=kinds[order],
        pointer=np.zeros(3 * n_c),
        button=np.full(3 * n_c, -1),
        target=np.tile(targets, 3)[order],
    )
    answered = rng.random(n_c) < 0.9
    n_mut_rows = int(np.count_nonzero(answered)) + n_mut
    ts = np.sort(rng.integers(0, dur, n_scroll))
    sy = np.abs(np.cumsum(rng.choice([-100, 100, 100, 200], n_scroll)))
    nodes = tuple(
        Node(tag="button" if i % 3 else "span", dom_id=f"n{i}", interactive=bool(i % 3))
        for i in range(200)
    )
    channels = {
        "pointer": Channel.from_columns(
            "pointer", t_ms=tm, x_px=x, y_px=y, kind=np.zeros(n_move), target=np.full(n_move, -1)
        ),
        "interactions": interactions,
        "scroll": Channel.from_columns(
            "scroll", t_ms=ts, x_px=np.zeros(n_scroll), y_px=sy, target=np.zeros(n_scroll)
        ),
        # most clicks are answered within a few ms; the rest of the mutations are background
        "mutations": Channel.from_columns(
            "mutations",
            t_ms=np.sort(
                np.concatenate(
                    [
                        (tc + rng.integers(1, 6, n_c))[answered],
                        rng.integers(0, dur, n_mut),
                    ]
                )
            ),
            adds=np.ones(n_mut_rows),
            removes=np.zeros(n_mut_rows),
            attributes=np.ones(n_mut_rows),
            texts=np.zeros(n_mut_rows),
        ),
        "inputs": Channel.from_columns(
            "inputs",
            t_ms=np.sort(rng.integers(0, dur, n_inp)),
            target=rng.integers(0, 5, n_inp),
            length=rng.integers(0, 12, n_inp),
            checked=np.full(n_inp, -1),
            user=np.ones(n_inp),
        ),
        "viewport": Channel.from_columns("viewport", t_ms=[0], width_px=[1920], height_px=[1080]),
        "navigation": Channel.from_columns("navigation", t_ms=[0], url=[0], kind=[0]),
        "selections": Channel.empty("selections"),
    }
    meta = SessionMeta(
        source="synthetic",
        format="native",
        device=Device.DESKTOP,
        viewport_width_px=1920,
        viewport_height_px=1080,
        started_at_ms=0,
        duration_ms=dur,
        content_hash="bench" * 8,
    )
    return Session(meta=meta, channels=channels, strings=("http://x/",), nodes=nodes)


def main() -> None:
    """Time the shared arrays, each detector (alone and with them) and the full ``detect``."""
    session = synthetic_session()
    cfg = SignalConfig()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"machine: {os.cpu_count()} CPUs, {_cpu_model()}, Python {platform.python_version()}, "
        f"numpy {np.__version__}, load average {load:.1f}"
    )
    print(
        f"data: synthetic session, {session.event_count:,} events over "
        f"{session.meta.duration_ms / 3.6e6:.1f} h: "
        + ", ".join(f"{k} {v:,}" for k, v in session.counts().items() if v)
    )
    print(f"median / best of {REPEATS} runs, ms")

    def shared() -> Prepared:
        prep = Prepared(session)
        _ = prep.mouse, prep.clicks, prep.responses(cfg.dead_click)
        return prep

    print(f"  {'shared arrays':<18} {_fmt(_times(shared))}")
    prep = shared()
    print(f"  {'detector':<18} {'alone':>15}   {'with shared':>15}   hits")
    for run in DETECTORS:
        alone = _times(lambda run=run: run(session, cfg))
        warm = _times(lambda run=run: run(session, cfg, prep=prep))
        hits = len(run(session, cfg, prep=prep).hits)
        name = run.__module__.rsplit(".", 1)[-1]
        print(f"  {name:<18} {_fmt(alone)}   {_fmt(warm)}   {hits:>5}")
    total = _times(lambda: detect(session, cfg))
    r = detect(session, cfg)
    print(
        f"total detect() incl. shared arrays, score, curve, spikes, engagement: "
        f"median {total[0]:.1f} ms, best {total[1]:.1f} ms "
        f"({len(r.hits)} hits, {len(r.spikes)} spikes); target < 250 ms"
    )


def _times(fn: Callable[[], object]) -> tuple[float, float]:
    """Return (median, best) wall time of ``fn`` in ms over ``REPEATS`` runs."""
    runs = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t0) * 1000.0)
    return statistics.median(runs), min(runs)


def _fmt(times: tuple[float, float]) -> str:
    return f"{times[0]:6.1f} / {times[1]:6.1f}"


if __name__ == "__main__":
    main()
