"""The frustration curve, its spikes and the session score (SIGNALS.md 10).

Curve: sum over hits of ``weight[signal] * strength`` times a Gaussian kernel of
``sigma_ms`` around the hit's span (flat across the span, so a 20 s form re-entry is
one plateau, not a point at its middle), sampled every ``grid_ms``. Spikes: runs of the
curve above ``spike_threshold``, each listing the hits within 2 sigma of it; a run built
by soft tracks alone (:data:`~replay.signals.hits.SOFT_SIGNALS`: hesitation, cursor
confusion) is not a spike, however high it gets (issue 15: a slow, careful hand dwells
before every click and takes long paths, and three soft hits within a few seconds passed
the threshold on a calm session). Session
score: total weighted hits per active minute (at least one minute), with a per-signal
breakdown that sums to it. A ranking aid, not a measurement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from replay.signals.config import ScoreConfig
from replay.signals.hits import SOFT_SIGNALS, SignalHit


@dataclass(frozen=True, slots=True)
class Spike:
    """A peak of the frustration curve above the threshold.

    Attributes
    ----------
    spike_id : str
        Stable across re-runs: ``<content_hash[:8]>-<peak_ms>``.
    start_ms, end_ms, peak_ms : int
        Where the curve is above the threshold, and its maximum.
    peak : float
        Curve value at ``peak_ms``.
    signals : tuple of str
        Distinct signals of the hits that built it, strongest contribution first.
    hit_indices : tuple of int
        Indices into ``DetectionResult.hits``.
    """

    spike_id: str
    start_ms: int
    end_ms: int
    peak_ms: int
    peak: float
    signals: tuple[str, ...]
    hit_indices: tuple[int, ...]

    def to_json(self) -> dict[str, object]:
        """Return a JSON-able dict."""
        return {
            "spike_id": self.spike_id,
            "start_ms": self.start_ms,
            "end_ms": self.end_ms,
            "peak_ms": self.peak_ms,
            "peak": round(self.peak, 4),
            "signals": list(self.signals),
            "hit_indices": list(self.hit_indices),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Spike:
        """Rebuild from :meth:`to_json` output."""
        return cls(
            spike_id=str(data["spike_id"]),
            start_ms=int(data["start_ms"]),  # type: ignore[call-overload]
            end_ms=int(data["end_ms"]),  # type: ignore[call-overload]
            peak_ms=int(data["peak_ms"]),  # type: ignore[call-overload]
            peak=float(data["peak"]),  # type: ignore[arg-type]
            signals=tuple(str(s) for s in data["signals"]),  # type: ignore[attr-defined]
            hit_indices=tuple(int(i) for i in data["hit_indices"]),  # type: ignore[attr-defined]
        )


def hit_weight(hit: SignalHit, cfg: ScoreConfig) -> float:
    """Return the hit's contribution: ``weights[signal] * strength``."""
    return float(cfg.weights.get(hit.signal, 0.0)) * float(hit.strength)


#: Most samples a score curve has (12 MB): a longer span gets a coarser grid, never more memory.
MAX_CURVE_SAMPLES = 1 << 20


def curve(
    hits: Sequence[SignalHit], *, duration_ms: int, cfg: ScoreConfig
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    """Sample the frustration curve on a ``grid_ms`` grid from 0 to ``duration_ms``.

    Returns
    -------
    t_ms : (N,) int64
    value : (N,) float32
    """
    end = min(max(int(duration_ms), max((h.end_ms for h in hits), default=0), 0), 2**53)
    # The grid is bounded whatever the span or grid_ms: never more than MAX_CURVE_SAMPLES.
    grid_ms = max(int(cfg.grid_ms), -(-end // MAX_CURVE_SAMPLES), 1)
    t = np.arange(0, end + grid_ms, grid_ms, dtype=np.int64)
    reach = 4 * cfg.sigma_ms
    inv = 1.0 / (2.0 * cfg.sigma_ms**2)
    w = np.array([hit_weight(h, cfg) for h in hits], dtype=np.float64)
    span = np.array([(h.start_ms, h.end_ms) for h in hits], dtype=np.int64).reshape(-1, 2)
    use = w > 0
    w, first_ms, last_ms = w[use], span[use, 0], span[use, 1]
    n = len(t)
    # inside a hit's span the kernel is flat (= w): add those with a difference array;
    # only the two Gaussian tails (<= reach each) are evaluated per (hit, sample) pair.
    # No loop per hit; a 3-hour form re-entry costs no more than a click.
    lo = np.searchsorted(t, first_ms - reach)
    flat_lo = np.searchsorted(t, first_ms, side="left")
    flat_hi = np.searchsorted(t, last_ms, side="right")
    hi = np.searchsorted(t, last_ms + reach + 1)
    step = np.bincount(flat_lo, weights=w, minlength=n + 1)
    step -= np.bincount(flat_hi, weights=w, minlength=n + 1)
    covered = np.cumsum(
        np.bincount(flat_lo, minlength=n + 1) - np.bincount(flat_hi, minlength=n + 1)
    )
    value = np.where(covered[:n] > 0, np.cumsum(step)[:n], 0.0)  # exact 0 where no span
    owner = np.concatenate([np.arange(len(w)), np.arange(len(w))])
    cell = _ranges(np.concatenate([lo, flat_hi]), np.concatenate([flat_lo, hi]))
    owner = np.repeat(owner, np.concatenate([flat_lo - lo, hi - flat_hi]))
    seg = t[cell]
    d = np.maximum(first_ms[owner] - seg, seg - last_ms[owner]).astype(np.float64)
    value += np.bincount(cell, weights=w[owner] * np.exp(-(d**2) * inv), minlength=n)
    return t, value.astype(np.float32)


def _ranges(starts: npt.NDArray[np.intp], stops: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """Return the concatenation of ``arange(starts[i], stops[i])`` (vectorised)."""
    count = np.maximum(stops - starts, 0)
    total = int(count.sum())
    offset = np.arange(total) - np.repeat(np.cumsum(count) - count, count)
    out: npt.NDArray[np.intp] = np.repeat(starts, count) + offset
    return out


def spikes(
    hits: Sequence[SignalHit],
    t_ms: npt.NDArray[np.int64],
    value: npt.NDArray[np.float32],
    *,
    cfg: ScoreConfig,
    id_prefix: str,
) -> tuple[Spike, ...]:
    """Return the runs of the curve above ``spike_threshold`` with the hits that built them.

    A run whose hits are all soft tracks (:data:`SOFT_SIGNALS`) is no spike.
    """
    above = value > cfg.spike_threshold
    if not bool(np.any(above)):
        return ()
    edge = np.diff(np.concatenate([[0], above.astype(np.int8), [0]]))
    starts = np.flatnonzero(edge == 1)
    ends = np.flatnonzero(edge == -1) - 1
    out = []
    margin = 2 * cfg.sigma_ms
    weights = [hit_weight(h, cfg) for h in hits]  # once, not once per spike
    for a, b in zip(starts, ends, strict=True):
        peak_i = int(a + np.argmax(value[a : b + 1]))
        s_ms, e_ms, p_ms = int(t_ms[a]), int(t_ms[b]), int(t_ms[peak_i])
        members = [
            i
            for i, h in enumerate(hits)
            if h.start_ms - margin <= e_ms and h.end_ms + margin >= s_ms and weights[i] > 0
        ]
        if all(hits[i].signal in SOFT_SIGNALS for i in members):
            continue  # soft tracks are context, never a spike on their own
        contrib: dict[str, float] = {}
        for i in members:
            contrib[hits[i].signal] = contrib.get(hits[i].signal, 0.0) + weights[i]
        names = tuple(sorted(contrib, key=lambda s: (-contrib[s], s)))
        out.append(
            Spike(
                spike_id=f"{id_prefix}-{p_ms}",
                start_ms=s_ms,
                end_ms=e_ms,
                peak_ms=p_ms,
                peak=float(value[peak_i]),
                signals=names,
                hit_indices=tuple(members),
            )
        )
    return tuple(out)


def session_score(
    hits: Sequence[SignalHit], *, active_ms: float, cfg: ScoreConfig
) -> tuple[float, dict[str, float]]:
    """Return (score, breakdown): weighted hits per active minute (minimum one minute)."""
    minutes = max(active_ms / 60000.0, 1.0)
    breakdown: dict[str, float] = {}
    for h in hits:
        w = hit_weight(h, cfg)
        if w > 0:
            breakdown[h.signal] = breakdown.get(h.signal, 0.0) + w / minutes
    breakdown = {k: round(v, 4) for k, v in sorted(breakdown.items())}
    return round(sum(breakdown.values()), 4), breakdown
