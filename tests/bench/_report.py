"""One figure of the benchmark table: samples, their statistics, the goal and whether it is met."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import numpy as np

STATS = ("min", "p50", "p95", "p99", "max")


@dataclass
class Figure:
    """A measured figure. ``samples`` in seconds (``unit="ms"``/``"s"``) or in ``unit``.

    ``checks`` are ``(statistic, limit)`` pairs in the same unit as the samples, e.g.
    ``[("p99", 0.016)]``; the goal is met when every check holds. No checks: no goal.
    """

    name: str
    samples: list[float]
    goal: str = ""
    checks: list[tuple[str, float]] = field(default_factory=list)
    unit: str = "ms"
    note: str = ""

    def stat(self, name: str) -> float:
        arr = np.asarray(self.samples, dtype=float)
        if name == "min":
            return float(arr.min())
        if name == "max":
            return float(arr.max())
        if name == "value":
            return float(arr[0])
        return float(np.percentile(arr, float(name[1:])))

    def _fmt(self, value: float) -> str:
        if self.unit == "ms":
            return f"{value * 1000:.1f}" if value < 0.01 else f"{value * 1000:.0f}"
        if self.unit == "s":
            return f"{value:.2f}"
        if self.unit == "x":
            return f"{value:.1f}"
        return f"{value:.0f}"

    def measured(self) -> str:
        if not self.samples:
            return "not run" + (f" ({self.note})" if self.note else "")
        unit = {"ms": " ms", "s": " s"}.get(self.unit, f" {self.unit}")
        if len(self.samples) == 1:
            return f"{self._fmt(self.samples[0])}{unit}"
        parts = " / ".join(self._fmt(self.stat(s)) for s in ("min", "p50", "p95", "p99"))
        return f"{parts}{unit} (min/p50/p95/p99, n={len(self.samples)})"

    def met(self) -> str:
        if not self.samples:
            return "not run"
        if not self.checks:
            return ""
        ok = all(self.stat(s) < limit for s, limit in self.checks)
        return "yes" if ok else "**NO**"


def load_note() -> str:
    """Return "loaded (load avg X on N cores)" or "quiet", from /proc/loadavg."""
    one = os.getloadavg()[0]
    cores = len(os.sched_getaffinity(0))
    state = "LOADED" if one > 0.5 * cores else "quiet"
    return f"{state}: load average {one:.1f} on {cores} usable cores"


def table(figures: list[Figure]) -> str:
    """Return the Markdown table: figure, measured, goal, met?."""
    lines = ["| figure | measured | goal | met? |", "|---|---|---|---|"]
    for f in figures:
        name = f.name + (f" ({f.note})" if f.note and f.samples else "")
        lines.append(f"| {name} | {f.measured()} | {f.goal} | {f.met()} |")
    return "\n".join(lines)
