"""Synthetic sessions for the UI tests and the UI benchmark (built with Channel.from_columns).

A session here has a known layout, so a test can say where the cursor is and where a
rage click is: the cursor wanders smoothly, there is a rage burst (4 clicks at one spot),
a dead click, scrolling, a navigation, a console error and, for mobile, two rotations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from replay.model.session import (
    Channel,
    Device,
    InteractionKind,
    LogLevel,
    NavigationKind,
    PointerType,
    Session,
    SessionMeta,
)

RAGE_AT_MS = 20_000  # first click of the rage burst
RAGE_XY = (600.0, 400.0)
DEAD_AT_MS = 40_000
DEAD_XY = (300.0, 200.0)
ROTATE_AT_MS = (30_000, 36_000)  # portrait -> landscape -> portrait (mobile)


@dataclass(frozen=True)
class FakeSpike:
    """Stands in for replay.signals' Spike until detection lands in a test."""

    spike_id: str
    start_ms: int
    end_ms: int
    peak_ms: int
    peak: float
    signals: tuple[str, ...]
    hit_indices: tuple[int, ...] = ()


@dataclass(frozen=True)
class FakeHit:
    """Stands in for SignalHit."""

    signal: str
    start_ms: int
    end_ms: int
    strength: float = 1.0
    reason: str = ""
    evidence: dict[str, Any] = field(default_factory=dict)
    target: str | None = None
    x_px: float | None = None
    y_px: float | None = None


@dataclass(frozen=True)
class FakeResult:
    """Stands in for DetectionResult: hits, spikes and the score curve."""

    hits: list[FakeHit]
    spikes: list[FakeSpike]
    curve_t_ms: np.ndarray
    curve: np.ndarray

    def score_at(self, t_ms: float) -> float:
        return float(np.interp(t_ms, self.curve_t_ms, self.curve))


def make_session(
    *,
    duration_ms: int = 60_000,
    n_pointer: int = 3_000,
    device: Device = Device.DESKTOP,
    fmt: str = "rrweb",
    seed: int = 7,
    scroll: bool = True,
    idle_from_ms: int | None = None,
) -> Session:
    """Return a synthetic session; ``idle_from_ms`` leaves a silent stretch of 10 s there."""
    rng = np.random.default_rng(seed)
    w, h = (390, 844) if device is Device.MOBILE else (1280, 800)
    t = np.sort(rng.integers(0, duration_ms, n_pointer)).astype(np.int64)
    t[0], t[-1] = 0, duration_ms
    if idle_from_ms is not None:
        t = t[(t < idle_from_ms) | (t > idle_from_ms + 10_000)]
    phase = t / 1000.0
    x = w / 2 + w / 3 * np.sin(phase * 0.7) + rng.normal(0, 2, len(t))
    y = h / 2 + h / 3 * np.cos(phase * 0.45) + rng.normal(0, 2, len(t))
    pointer = Channel.from_columns(
        "pointer", t_ms=t, x_px=x, y_px=y, kind=np.zeros(len(t)), target=np.full(len(t), -1)
    )
    ptype = PointerType.TOUCH if device is Device.MOBILE else PointerType.MOUSE
    clicks_t = [
        5_000,
        RAGE_AT_MS,
        RAGE_AT_MS + 150,
        RAGE_AT_MS + 300,
        RAGE_AT_MS + 450,
        DEAD_AT_MS,
    ]
    clicks_xy = [(100.0, 100.0)] + [RAGE_XY] * 4 + [DEAD_XY]
    clicks_t = [c for c in clicks_t if c < duration_ms]
    n = len(clicks_t)
    inter = Channel.from_columns(
        "interactions",
        t_ms=clicks_t,
        x_px=[p[0] for p in clicks_xy[:n]],
        y_px=[p[1] for p in clicks_xy[:n]],
        kind=[InteractionKind.CLICK] * n,
        pointer=[ptype] * n,
        button=[-1] * n,
        target=[-1] * n,
    )
    channels: dict[str, Channel] = {"pointer": pointer, "interactions": inter}
    if scroll:
        st = np.arange(0, duration_ms, 500, dtype=np.int64)
        sy = np.abs(np.sin(st / 20_000.0)) * 3000
        channels["scroll"] = Channel.from_columns(
            "scroll", t_ms=st, x_px=np.zeros(len(st)), y_px=sy, target=np.ones(len(st))
        )
    vt = [0]
    vw, vh = [w], [h]
    if device is Device.MOBILE:
        vt += list(ROTATE_AT_MS)
        vw += [h, w]
        vh += [w, h]
        channels["orientation"] = Channel.from_columns(
            "orientation", t_ms=vt, angle_deg=[0.0, 90.0, 0.0]
        )
    channels["viewport"] = Channel.from_columns("viewport", t_ms=vt, width_px=vw, height_px=vh)
    strings = ("https://shop.example/", "https://shop.example/cart", "TypeError: x is undefined")
    channels["navigation"] = Channel.from_columns(
        "navigation",
        t_ms=[0, min(15_000, duration_ms)],
        url=[0, 1],
        kind=[NavigationKind.LOAD, NavigationKind.HISTORY],
    )
    channels["console"] = Channel.from_columns(
        "console", t_ms=[min(25_000, duration_ms)], level=[LogLevel.ERROR], message=[2]
    )
    meta = SessionMeta(
        source="synthetic.json",
        format=fmt,
        device=device,
        viewport_width_px=w,
        viewport_height_px=h,
        started_at_ms=1_700_000_000_000,
        duration_ms=duration_ms,
        content_hash=f"synthetic-{seed}-{duration_ms}-{device}",
        title="synthetic",
    )
    return Session(meta=meta, channels=channels, strings=strings)


def make_result(session: Session) -> FakeResult:
    """Return a result with a rage spike and a dead-click spike where make_session put them."""
    dur = session.meta.duration_ms
    hits = [
        FakeHit("rage_click", RAGE_AT_MS, RAGE_AT_MS + 450, x_px=RAGE_XY[0], y_px=RAGE_XY[1]),
        FakeHit("dead_click", DEAD_AT_MS, DEAD_AT_MS, x_px=DEAD_XY[0], y_px=DEAD_XY[1]),
    ]
    hits = [h for h in hits if h.start_ms < dur]
    spikes = [
        FakeSpike(f"s{i + 1}", h.start_ms - 1000, h.end_ms + 1000, h.start_ms, 3.0, (h.signal,))
        for i, h in enumerate(hits)
    ]
    curve_t = np.arange(0, dur + 1, 250, dtype=np.int64)
    curve = np.zeros(len(curve_t))
    for h in hits:
        curve += 3.0 * np.exp(-0.5 * ((curve_t - h.start_ms) / 2000.0) ** 2)
    return FakeResult(hits=hits, spikes=spikes, curve_t_ms=curve_t, curve=curve)
