"""A pyqtgraph time axis in seconds that ticks on round clock steps and prints ``m:ss``."""

from __future__ import annotations

import math
import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg

#: Major tick steps in seconds: clock-friendly, not decimal (1 s .. 2 h).
_STEPS_S = (0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200)
#: Aim for about one major tick per this many pixels.
_PX_PER_TICK = 90.0


def format_clock(t_s: float, *, decimals: int = 0) -> str:
    """Return ``t_s`` as ``m:ss`` (``h:mm:ss`` past an hour), with ``decimals`` of a second.

    >>> format_clock(83.4, decimals=1)
    '1:23.4'
    """
    sign = "-" if t_s < 0 else ""
    t_s = abs(t_s)
    scale = 10**decimals
    total = math.floor(t_s * scale + 1e-6)
    whole, frac = divmod(total, scale)
    hours, rest = divmod(int(whole), 3600)
    minutes, seconds = divmod(rest, 60)
    tail = f".{frac:0{decimals}d}" if decimals else ""
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{seconds:02d}{tail}"
    return f"{sign}{minutes}:{seconds:02d}{tail}"


class TimeAxisItem(pg.AxisItem):  # type: ignore[misc]
    """Bottom axis for seconds: ticks at 1/2/5/10/15/30 s, minutes, hours; labels m:ss."""

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:
        span = max(maxVal - minVal, 1e-9)
        wanted = span / max(size / _PX_PER_TICK, 1.0)
        major = next((s for s in _STEPS_S if s >= wanted), _STEPS_S[-1])
        minor = next((s for s in reversed(_STEPS_S) if s <= major / 4), major / 5)
        return [(float(major), 0.0), (float(minor), 0.0)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        decimals = 2 if spacing < 0.1 else 1 if spacing < 1 else 0
        return [format_clock(v, decimals=decimals) for v in values]
