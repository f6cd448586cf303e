"""pyqtgraph axes of the timelines: time in ``m:ss`` on round clock steps, lane values that fit."""

from __future__ import annotations

import math
import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF

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


def _nice_step(wanted: float, mantissas: tuple[float, ...]) -> float:
    """Return the smallest ``m * 10**k`` (``m`` in ``mantissas``) that is >= ``wanted``."""
    power = 10.0 ** math.floor(math.log10(wanted))
    for scale in (power, power * 10):
        for m in mantissas:
            if m * scale >= wanted * (1 - 1e-9):
                return m * scale
    return mantissas[0] * power * 100  # never: 10 * power >= wanted


def _smaller_step(step: float) -> float:
    """Return the next round step below ``step`` (500 -> 200 -> 100 -> 50)."""
    power = 10.0 ** math.floor(math.log10(step) + 1e-9)
    for m in (5.0, 2.0, 1.0):
        if m * power < step * (1 - 1e-9):
            return m * power
    return 5.0 * power / 10


class LaneAxisItem(pg.AxisItem):  # type: ignore[misc]
    """A lane's left axis: only as many value ticks as fit one above another, no minor ticks.

    pyqtgraph aims for at least two ticks on any axis, and lays labels out at 0.8 of their
    height: in a 20-px lane "1000" sat over "500" (issue 14). Here the step is the smallest
    round one whose labels are a whole line apart at the tick font's real height. When
    not even two fit, the axis shows one round value whose label fits inside the lane,
    so a short lane keeps its scale.

    Parameters
    ----------
    unit : float
        Steps are ``unit`` times 1, 2 or 5 times a power of ten: 90 for an angle lane
        (90°, 180°), 1 for values that are counted in whole units.
    whole : bool
        Never a step below ``unit``: a flat lane shows no 179.6-180.4 ticks.
    """

    def __init__(self, *, unit: float = 1.0, whole: bool = True, **kwargs: Any) -> None:
        super().__init__(orientation="left", **kwargs)
        self._unit = unit
        self._whole = whole

    def label_px(self) -> float:
        """Return a label's height as drawn, plus a 2-px gap (digits in the tick font)."""
        font = self.style["tickFont"] or QFont()  # the font the axis paints with
        metrics = QFontMetricsF(font)
        return max(metrics.height(), metrics.boundingRect("0123456789.").height()) + 2.0

    def _step(self, span: float, size: float) -> float:
        wanted = self.label_px() * span / size / self._unit
        if self._whole:
            wanted = max(wanted, 1.0)
        return self._unit * _nice_step(max(wanted, 1e-12), (1.0, 2.0, 5.0))

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:
        span = maxVal - minVal
        if not (span > 0 and size > 0 and math.isfinite(span)):
            return []
        return [(self._step(span, size), 0.0)]

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        levels: list[tuple[float, list[float]]] = super().tickValues(minVal, maxVal, size)
        lo, hi = sorted((minVal, maxVal))
        span = hi - lo
        if not (span > 0 and size > 0 and math.isfinite(span)):
            return []
        # Labels are centred on their tick; a label sticking out of the lane is left out
        # (hideOverlappingLabels), so count only the ticks whose label fits inside.
        half = self.label_px() / 2 * span / size
        inside_lo, inside_hi = lo + half, hi - half
        values = [float(v) for _s, vs in levels for v in vs]
        if any(inside_lo <= v <= inside_hi for v in values) or inside_lo > inside_hi:
            return levels
        # Not one label fits at a step that keeps two apart: show the roundest one value
        # that does (a 20-px speed lane still says 1000). One label overlaps nothing.
        step = self._step(span, size)
        floor = self._unit if self._whole else step / 1000
        while step >= floor * (1 - 1e-9):
            first = math.ceil(inside_lo / step - 1e-9) * step
            if first <= inside_hi:
                return [(step, [first])]
            step = self._unit * _smaller_step(step / self._unit)
        return levels

    def labelled_values(self, lo: float, hi: float, size_px: float) -> list[float]:
        """Return the tick values whose labels are drawn in a lane of ``size_px`` showing lo..hi.

        A label is drawn when it fits inside the lane (``hideOverlappingLabels``).
        """
        lo, hi = sorted((lo, hi))
        span = hi - lo
        if not (span > 0 and size_px > 0 and math.isfinite(span)):
            return []
        half = self.label_px() / 2 * span / size_px
        values = [float(v) for _s, vs in self.tickValues(lo, hi, size_px) for v in vs]
        return sorted(v for v in values if lo + half <= v <= hi - half)

    def range_text(self, lo: float, hi: float) -> str:
        """Return the lane's range as its lowest and highest round value inside lo..hi: "0–1500".

        The values are the ticks a taller lane would show at its ends (about five steps of
        1, 2 or 5 times a power of ten times ``unit`` across the range): a lane too short
        for two labels still says what its bottom and top mean.
        """
        lo, hi = sorted((lo, hi))
        span = hi - lo
        if not (span > 0 and math.isfinite(span)):
            return ""
        wanted = span / 5 / self._unit
        if self._whole:
            wanted = max(wanted, 1.0)
        step = self._unit * _nice_step(max(wanted, 1e-12), (1.0, 2.0, 5.0))
        floor = self._unit if self._whole else step / 1000
        while step >= floor * (1 - 1e-9):
            first = math.ceil(lo / step - 1e-9) * step
            last = math.floor(hi / step + 1e-9) * step
            if last > first:
                return f"{_value_text(first)}\u2013{_value_text(last)}"
            step = self._unit * _smaller_step(step / self._unit)
        return f"{_value_text(lo)}\u2013{_value_text(hi)}"


def _value_text(value: float) -> str:
    """Return ``value`` as short text: "1500", "0.5", never "-0" or "1e+03"."""
    value = round(value, 9) + 0.0
    if value == round(value):
        return str(round(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")
