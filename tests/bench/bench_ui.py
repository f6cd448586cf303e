"""UI benchmark: a synthetic 6-hour, 1M-event session in the replay view (offscreen).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_ui.py`` (or
``tests/bench/run_all.py``). Every figure is timed from the input until the whole view
(canvas, every pyqtgraph lane, transport) is painted: ``view.grab()`` renders it into an
image after the change. min/p50/p95/p99 over >= 50 samples.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ui"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import machine
from _report import Figure, load_note, table
from synth import FakeHit, FakeResult, FakeSpike

from replay.model.session import (
    Channel,
    Device,
    InteractionKind,
    PointerType,
    Session,
    SessionMeta,
)
from replay.ui.controller import ReplayController
from replay.ui.replay_view import ReplayView

DURATION_MS = 6 * 3600 * 1000
N_POINTER = 950_000
N_CLICKS = 10_000
SCROLL_EVERY_MS = 500
N_SPIKES = 200
SEEKS = 200
PLAY_FRAMES = 600


def rss_mib() -> float:
    """Resident set size now (MiB), from /proc."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def build_session(seed: int = 1) -> tuple[Session, FakeResult]:
    """A 6-hour desktop session: 950k pointer moves, 10k clicks, scroll every 0.5 s."""
    rng = np.random.default_rng(seed)
    t = np.sort(rng.integers(0, DURATION_MS, N_POINTER)).astype(np.int64)
    t[0], t[-1] = 0, DURATION_MS
    phase = t / 1000.0
    x = 640 + 400 * np.sin(phase * 0.7) + rng.normal(0, 3, N_POINTER)
    y = 400 + 300 * np.cos(phase * 0.45) + rng.normal(0, 3, N_POINTER)
    pointer = Channel.from_columns(
        "pointer", t_ms=t, x_px=x, y_px=y, kind=np.zeros(N_POINTER), target=np.full(N_POINTER, -1)
    )
    ct = np.sort(rng.integers(0, DURATION_MS, N_CLICKS)).astype(np.int64)
    inter = Channel.from_columns(
        "interactions",
        t_ms=ct,
        x_px=rng.uniform(0, 1280, N_CLICKS),
        y_px=rng.uniform(0, 800, N_CLICKS),
        kind=np.full(N_CLICKS, InteractionKind.CLICK),
        pointer=np.full(N_CLICKS, PointerType.MOUSE),
        button=np.full(N_CLICKS, -1),
        target=np.full(N_CLICKS, -1),
    )
    st = np.arange(0, DURATION_MS, SCROLL_EVERY_MS, dtype=np.int64)
    scroll = Channel.from_columns(
        "scroll",
        t_ms=st,
        x_px=np.zeros(len(st)),
        y_px=np.abs(np.sin(st / 60_000.0)) * 8000,
        target=np.ones(len(st)),
    )
    viewport = Channel.from_columns("viewport", t_ms=[0], width_px=[1280], height_px=[800])
    nav_t = np.arange(0, DURATION_MS, 60_000, dtype=np.int64)
    navigation = Channel.from_columns(
        "navigation", t_ms=nav_t, url=np.arange(len(nav_t)) % 50, kind=np.zeros(len(nav_t))
    )
    meta = SessionMeta(
        source="bench",
        format="rrweb",
        device=Device.DESKTOP,
        viewport_width_px=1280,
        viewport_height_px=800,
        started_at_ms=None,
        duration_ms=DURATION_MS,
        content_hash="bench",
    )
    strings = tuple(f"https://shop.example/page/{i}" for i in range(50))
    session = Session(
        meta=meta,
        channels={
            "pointer": pointer,
            "interactions": inter,
            "scroll": scroll,
            "viewport": viewport,
            "navigation": navigation,
        },
        strings=strings,
    )
    starts = np.sort(rng.choice(DURATION_MS - 10_000, N_SPIKES, replace=False))
    hits = [FakeHit("rage_click", int(s), int(s) + 800, x_px=600.0, y_px=400.0) for s in starts]
    spikes = [
        FakeSpike(f"s{i}", int(s) - 1000, int(s) + 1800, int(s), 3.0, ("rage_click",))
        for i, s in enumerate(starts)
    ]
    curve_t = np.arange(0, DURATION_MS + 1, 250, dtype=np.int64)
    curve = np.zeros(len(curve_t))
    idx = np.searchsorted(curve_t, starts)
    np.add.at(curve, idx, 3.0)
    return session, FakeResult(hits=hits, spikes=spikes, curve_t_ms=curve_t, curve=curve)


def figures(seeks: int = SEEKS, frames: int = PLAY_FRAMES, opens: int = 50) -> list[Figure]:
    """Open, seek and 16x frames on a 6 h, 1 M-event session, each until the view is painted.

    "Painted" is ``view.grab()``: the whole replay view (canvas, every pyqtgraph lane,
    transport) rendered into an image after the change, so the last paint is in the time.
    (``view.repaint()`` returned before the lanes painted: they paint on the next event
    processing, so the old figures left them out.)
    """
    app = QApplication.instance() or QApplication(sys.argv)
    session, result = build_session()
    controller = ReplayController()
    view = ReplayView(controller)
    view.resize(1280, 800)
    view.show()
    app.processEvents()

    open_times = []
    for _ in range(opens):
        t0 = time.perf_counter()
        controller.set_session(session, result=result)
        view.grab()
        open_times.append(time.perf_counter() - t0)
        app.processEvents()

    rng = np.random.default_rng(2)
    seek_times, canvas_times = [], []
    for t in rng.integers(0, DURATION_MS, seeks):
        t0 = time.perf_counter()
        controller.seek(int(t))
        view.grab()
        seek_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        controller.seek(int(t) + 7)
        view.canvas.grab()
        canvas_times.append(time.perf_counter() - t0)
        app.processEvents()

    controller.seek(DURATION_MS // 3)
    controller.set_speed(16.0)
    controller.play()
    controller._timer.stop()  # drive the ticks ourselves: a fixed 16.7 ms per frame
    frame_times = []
    for _ in range(frames):
        t0 = time.perf_counter()
        controller.advance(1000 / 60)
        view.grab()
        frame_times.append(time.perf_counter() - t0)
    controller.pause()
    app.processEvents()
    view.close()
    n = f"{session.event_count:,} events"
    return [
        Figure(f"open a 6 h session ({n}), ready to draw: set_session + whole view painted",
               open_times, "p50 < 200 ms", [("p50", 0.200)]),
        Figure("seek in a 6 h session, whole view painted (canvas and every lane)", seek_times,
               "p99 < 16 ms", [("p99", 0.016)]),
        Figure("seek, canvas alone painted", canvas_times, "p99 < 16 ms", [("p99", 0.016)]),
        Figure("frame at 16x (one 16.7 ms tick), whole view painted", frame_times,
               "p50 < 8 ms, p95 < 16 ms", [("p50", 0.008), ("p95", 0.016)]),
    ]  # fmt: skip


def main() -> None:
    print(machine())
    print(load_note())
    print(
        f"data: synthetic desktop session, {DURATION_MS / 3.6e6:.0f} h, {N_POINTER:,} pointer "
        f"moves, {N_CLICKS:,} clicks, scroll every {SCROLL_EVERY_MS} ms, {N_SPIKES} spikes; "
        "view 1280x800, offscreen"
    )
    rss0 = rss_mib()
    print(table(figures()))
    print(f"memory: RSS {rss0:.0f} MiB before the view, {rss_mib():.0f} MiB after")


if __name__ == "__main__":
    main()
