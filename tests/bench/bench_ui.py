"""UI benchmark: a synthetic 6-hour, 1M-event session in the replay view (offscreen).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_ui.py``

Measures (issue 5 targets):
- open to first frame: controller.set_session + first full paint of canvas and timelines
  (target < 200 ms); building the synthetic arrays is printed apart (an import's job);
- seek latency: a random seek anywhere, then the canvas frame for that time (< 16 ms),
  and the full view (canvas + timelines + transport) repainted;
- frame time during 16x playback with trail and lanes: advance one 16.7 ms tick, then
  repaint the whole view (< 8 ms);
- memory (RSS) with that session open.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
import PySide6
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ui"))
import pyqtgraph as pg
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


def machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (
        f"{os.cpu_count()} CPUs ({model}), Python {platform.python_version()}, "
        f"PySide6 {PySide6.__version__}, pyqtgraph {pg.__version__}, numpy {np.__version__}, "
        f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"
    )


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


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def summary(samples: list[float]) -> str:
    arr = np.array(samples)
    return (
        f"median {ms(float(np.median(arr)))}, p95 {ms(float(np.percentile(arr, 95)))}, "
        f"max {ms(float(arr.max()))} (n={len(arr)})"
    )


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    print("machine:", machine())
    rss0 = rss_mib()
    t0 = time.perf_counter()
    session, result = build_session()
    t_build = time.perf_counter() - t0
    print(
        f"data: synthetic desktop session, {DURATION_MS / 3.6e6:.0f} h, "
        f"{session.event_count:,} events ({N_POINTER:,} pointer, {N_CLICKS:,} clicks, "
        f"{len(session.channel('scroll')):,} scroll), {N_SPIKES} spikes; "
        f"arrays built in {ms(t_build)}"
    )

    controller = ReplayController()
    view = ReplayView(controller)
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    rss_empty = rss_mib()

    t0 = time.perf_counter()
    controller.set_session(session, result=result)
    view.repaint()  # synchronous first paint of canvas, timelines and transport
    t_open = time.perf_counter() - t0
    app.processEvents()
    print(
        f"open to first frame (set_session + first paint, 1280x800): {ms(t_open)}  [target < 200 ms]"
    )

    rng = np.random.default_rng(2)
    size = QSize(view.canvas.width(), view.canvas.height())
    canvas_times, view_times = [], []
    for t in rng.integers(0, DURATION_MS, SEEKS):
        t0 = time.perf_counter()
        controller.seek(int(t))
        view.canvas.repaint()
        canvas_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        controller.seek(int(t) + 7)
        view.repaint()
        view_times.append(time.perf_counter() - t0)
    print(
        f"seek + canvas frame ({size.width()}x{size.height()}): {summary(canvas_times)}  [target < 16 ms]"
    )
    print(f"seek + whole view repaint (canvas, 5 lanes, transport): {summary(view_times)}")

    controller.seek(DURATION_MS // 3)
    controller.set_speed(16.0)
    controller.play()
    controller._timer.stop()  # drive the ticks ourselves: a fixed 16.7 ms per frame
    frame_times = []
    for _ in range(PLAY_FRAMES):
        t0 = time.perf_counter()
        controller.advance(1000 / 60)
        view.repaint()
        frame_times.append(time.perf_counter() - t0)
    controller.pause()
    trail = len(view.canvas.data.frame_at(controller.t_ms).trail_x)
    print(
        f"16x playback frame (advance + whole view repaint, trail {trail} points): "
        f"{summary(frame_times)}  [target < 8 ms]"
    )
    zoom_times = []
    view.timelines.zoom(1 / 360)  # one minute visible: lanes redraw on every page flip
    controller.play()
    controller._timer.stop()
    for _ in range(PLAY_FRAMES):
        t0 = time.perf_counter()
        controller.advance(1000 / 60)
        view.repaint()
        zoom_times.append(time.perf_counter() - t0)
    controller.pause()
    print(f"16x playback zoomed to 1 min (lanes follow): {summary(zoom_times)}")
    print(
        f"memory: RSS {rss0:.0f} MiB at start, {rss_empty:.0f} MiB with the empty view, "
        f"{rss_mib():.0f} MiB with the session open"
    )
    print(f"(mean of all frames: {statistics.mean(frame_times) * 1000:.2f} ms)")


if __name__ == "__main__":
    main()
