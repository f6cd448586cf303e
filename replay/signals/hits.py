"""The detectors' output types: one :class:`SignalHit` per finding, and what was unavailable."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: Every signal name replay can report; names are a contract with scripts and truth files.
SIGNAL_NAMES: tuple[str, ...] = (
    "rage_click",
    "dead_click",
    "slow_click",
    "error_click",
    "erratic_cursor",
    "cursor_confusion",
    "hesitation",
    "scroll_thrash",
    "excessive_scroll",
    "repeated_rotation",
    "quick_back",
    "page_loop",
    "form_reentry",
)

#: Soft tracks (SIGNALS.md 8 and 10: hesitation, cursor confusion): context for a spike,
#: never evidence of frustration on their own. A spike needs at least one other signal,
#: however many soft hits pile up (a slow, careful hand dwells before every click).
SOFT_SIGNALS: frozenset[str] = frozenset(["cursor_confusion", "hesitation"])


@dataclass(frozen=True, slots=True)
class SignalHit:
    """One detected frustration signal.

    Attributes
    ----------
    signal : str
        One of :data:`SIGNAL_NAMES`.
    start_ms, end_ms : int
        Span in ms since the session's first event (``end_ms >= start_ms``).
    strength : float
        0 < strength <= 1: how strong this instance is; the score multiplies it by the
        signal's weight.
    reason : str
        One sentence with the numbers, for a researcher.
    evidence : dict
        The numbers behind the reason (JSON-able scalars, lists and strings).
    target : str or None
        The target node as ``tag#id "label"`` when known.
    x_px, y_px : float or None
        Where on screen (client px) when known.
    """

    signal: str
    start_ms: int
    end_ms: int
    strength: float
    reason: str
    evidence: Mapping[str, Any] = field(default_factory=dict)
    target: str | None = None
    x_px: float | None = None
    y_px: float | None = None

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-able dict (the ``replay signals --json`` object)."""
        return {
            "signal": self.signal,
            "start_ms": int(self.start_ms),
            "end_ms": int(self.end_ms),
            "strength": round(float(self.strength), 4),
            "reason": self.reason,
            "evidence": dict(self.evidence),
            "target": self.target,
            "x_px": _opt_float(self.x_px),
            "y_px": _opt_float(self.y_px),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SignalHit:
        """Rebuild a hit from :meth:`to_json` output."""
        return cls(
            signal=str(data["signal"]),
            start_ms=int(data["start_ms"]),
            end_ms=int(data["end_ms"]),
            strength=float(data["strength"]),
            reason=str(data["reason"]),
            evidence=dict(data.get("evidence", {})),
            target=data.get("target"),
            x_px=_opt_float(data.get("x_px")),
            y_px=_opt_float(data.get("y_px")),
        )


def _opt_float(value: Any) -> float | None:
    if value is None:
        return None
    f = float(value)
    return None if math.isnan(f) else round(f, 1)


@dataclass(slots=True)
class DetectorOutput:
    """What one detector module returns: hits, signals it could not compute, with why.

    ``unjudged`` maps a signal to why some of its candidates could not be judged on this
    recording (e.g. clicks too close to the end to know whether the page answered); those
    candidates are neither flagged nor counted as clean.
    """

    hits: list[SignalHit] = field(default_factory=list)
    unavailable: dict[str, str] = field(default_factory=dict)
    unjudged: dict[str, str] = field(default_factory=dict)

    @classmethod
    def unavailable_for(cls, *signals: str, why: str) -> DetectorOutput:
        """Return an output without hits that reports each of ``signals`` unavailable.

        The one way a detector says the recording lacks what it needs (a channel, DOM
        data, a console log): ``why`` is the shared reason of :mod:`replay.signals.reasons`.
        """
        return cls(unavailable=dict.fromkeys(signals, why))
