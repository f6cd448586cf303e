"""The detection result of one session: hits, spikes, score, curve; JSON round-trip."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from replay.signals.config import SignalConfig
from replay.signals.hits import SignalHit
from replay.signals.score import Spike, curve


@dataclass(frozen=True)
class DetectionResult:
    """Everything the detectors found in one session.

    Attributes
    ----------
    hits : tuple of SignalHit
        Sorted by ``(start_ms, signal)``.
    spikes : tuple of Spike
        Runs of the curve above the spike threshold, in time order.
    unavailable : dict
        Signal name -> why it cannot be computed from this recording.
    score : float
        Weighted hits per active minute (ranking aid).
    peak : float
        Highest value of the curve.
    breakdown : dict
        Signal -> its part of ``score``.
    engagement : dict
        Active time, scroll depth and speed, focus time (units in the keys).
    curve_t_ms : (N,) int64
        The curve's time grid.
    curve : (N,) float32
        The frustration curve.
    config_hash, detector_version : str
        What produced this result.
    config : dict
        The full thresholds used (``SignalConfig.to_dict()``).
    unjudged : dict
        Signal name -> why some of its candidates could not be judged (not flagged).
    """

    hits: tuple[SignalHit, ...]
    spikes: tuple[Spike, ...]
    unavailable: dict[str, str]
    score: float
    peak: float
    breakdown: dict[str, float]
    engagement: dict[str, float]
    curve_t_ms: npt.NDArray[np.int64]
    curve: npt.NDArray[np.float32]
    config_hash: str
    detector_version: str
    config: Mapping[str, Any] = field(default_factory=dict)
    unjudged: dict[str, str] = field(default_factory=dict)

    def score_at(self, t_ms: int) -> float:
        """Return the curve value at ``t_ms`` (linear interpolation; 0 outside)."""
        if len(self.curve_t_ms) == 0:
            return 0.0
        return float(np.interp(t_ms, self.curve_t_ms, self.curve, left=0.0, right=0.0))

    def active_signals(self, t_ms: int, *, margin_ms: int = 1000) -> list[str]:
        """Return the distinct signals whose hit span, widened by ``margin_ms``, holds ``t_ms``."""
        names = {
            h.signal for h in self.hits if h.start_ms - margin_ms <= t_ms <= h.end_ms + margin_ms
        }
        return sorted(names)

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-able dict (the curve is left out: it is recomputed from the hits)."""
        return {
            "hits": [h.to_json() for h in self.hits],
            "spikes": [s.to_json() for s in self.spikes],
            "unavailable": dict(self.unavailable),
            "unjudged": dict(self.unjudged),
            "score": self.score,
            "peak": round(self.peak, 4),
            "breakdown": dict(self.breakdown),
            "engagement": dict(self.engagement),
            "config_hash": self.config_hash,
            "detector_version": self.detector_version,
            "config": dict(self.config),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DetectionResult:
        """Rebuild from :meth:`to_json` output, recomputing the curve from the hits."""
        hits = tuple(SignalHit.from_json(h) for h in data["hits"])
        cfg_dict = dict(data.get("config", {}))
        score_cfg = SignalConfig.from_dict(
            {"score": cfg_dict["score"]} if "score" in cfg_dict else {}, source="stored result"
        ).score
        engagement = {str(k): float(v) for k, v in dict(data.get("engagement", {})).items()}
        t, value = curve(hits, duration_ms=int(engagement.get("duration_ms", 0)), cfg=score_cfg)
        return cls(
            hits=hits,
            spikes=tuple(Spike.from_json(s) for s in data["spikes"]),
            unavailable={str(k): str(v) for k, v in dict(data["unavailable"]).items()},
            score=float(data["score"]),
            peak=float(data["peak"]),
            breakdown={str(k): float(v) for k, v in dict(data["breakdown"]).items()},
            engagement=engagement,
            curve_t_ms=t,
            curve=value,
            config_hash=str(data["config_hash"]),
            detector_version=str(data["detector_version"]),
            config=cfg_dict,
            unjudged={str(k): str(v) for k, v in dict(data.get("unjudged", {})).items()},
        )

    def dumps(self) -> str:
        """Return :meth:`to_json` as a JSON string (UTF-8 text, not ASCII-escaped)."""
        return json.dumps(self.to_json(), ensure_ascii=False)
