"""Compare detections with a ground-truth CSV: precision, recall, F1 per signal.

Truth columns: ``recording,signal,start_ms,end_ms,notes`` (times from the recording's
first event). A detection matches a truth row of the same recording and signal when
both its start and its end are within ``tolerance_ms`` of the row's; each row and each
detection is matched at most once (closest first; :func:`replay.signals.matching.greedy_match`,
shared with ``replay agreement`` and ``replay calibrate``). Sessions with no truth row are the
calm ones: any spike there is a false spike.
"""

from __future__ import annotations

import csv
import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import replay.filekind as filekind
from replay.errors import ConfigError
from replay.signals.hits import SIGNAL_NAMES, SOFT_SIGNALS, SignalHit
from replay.signals.matching import greedy_match, start_end_distance
from replay.signals.score import Spike

#: Signals that claim frustration (soft tracks such as hesitation and cursor confusion are
#: context, not detections): any of these on a calm session is a false detection.
FRUSTRATION_SIGNALS = frozenset(SIGNAL_NAMES) - SOFT_SIGNALS


class Scored(Protocol):
    """What :func:`evaluate` reads of a result: its hits and spikes."""

    @property
    def hits(self) -> Sequence[SignalHit]:
        """The detections."""
        ...

    @property
    def spikes(self) -> Sequence[Spike]:
        """The spikes of the frustration curve (may be empty)."""
        ...


TRUTH_COLUMNS = ("recording", "signal", "start_ms", "end_ms")


@dataclass(frozen=True, slots=True)
class TruthRow:
    """One labelled episode."""

    recording: str
    signal: str
    start_ms: int
    end_ms: int
    notes: str = ""


def read_truth(path: str | Path) -> list[TruthRow]:
    """Read a truth CSV (UTF-8, BOM tolerated).

    Raises
    ------
    ConfigError
        Naming the file and line when a column is missing or a time is not a number.
    """
    path = Path(path)
    try:
        with filekind.open_regular(path) as fh:  # a FIFO or /dev/zero never hangs it
            text = fh.read().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the truth file is not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read truth file: {exc.strerror}") from None
    reader = csv.DictReader(text.splitlines())
    missing = [c for c in TRUTH_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ConfigError(f"{path}: line 1: missing column(s) {', '.join(missing)}")
    rows = []
    for line, rec in enumerate(reader, start=2):
        try:
            start, end = _truth_ms(rec["start_ms"]), _truth_ms(rec["end_ms"])
        except (TypeError, ValueError):
            raise ConfigError(
                f"{path}: line {line}: start_ms/end_ms must be numbers of ms "
                f"from 0 to {MAX_TRUTH_MS}"
            ) from None
        if end < start:
            raise ConfigError(f"{path}: line {line}: end_ms {end} is before start_ms {start}")
        rows.append(
            TruthRow(
                recording=rec["recording"].strip(),
                signal=rec["signal"].strip(),
                start_ms=start,
                end_ms=end,
                notes=rec.get("notes") or "",
            )
        )
    return rows


#: The latest time a truth row may name: the same bound as every ``--at`` (2**31-1 ms, 24.8 days).
MAX_TRUTH_MS = 2**31 - 1


def _truth_ms(cell: str | None) -> int:
    """Read one truth time: a finite number of ms within 0..MAX_TRUTH_MS, else ValueError."""
    value = float(cell)  # type: ignore[arg-type]  # None -> TypeError, as a missing cell
    if not math.isfinite(value) or not 0 <= value <= MAX_TRUTH_MS:
        raise ValueError(cell)
    return int(value)


def read_recording_list(path: str | Path, *, part: str | None = None) -> list[str] | None:
    """Return the recordings named in a ``truth-sessions.csv`` beside the truth file, if any.

    Parameters
    ----------
    path : path
        The truth CSV; ``truth-sessions.csv`` is looked for in its folder.
    part : str, optional
        Keep only rows whose ``part`` column equals this (e.g. ``tuning``, ``heldout``).

    Raises
    ------
    ConfigError
        When ``part`` is given but the sessions file is missing, has no ``part`` column or
        no recording in that part.
    """
    sessions = Path(path).with_name("truth-sessions.csv")
    if not sessions.is_file():
        if part is not None:
            raise ConfigError(f"{sessions}: missing (needed for --part {part})")
        return None
    reader = csv.DictReader(sessions.read_text(encoding="utf-8-sig").splitlines())
    rows = list(reader)
    if part is not None:
        if "part" not in (reader.fieldnames or []):
            raise ConfigError(f"{sessions}: line 1: no 'part' column (needed for --part {part})")
        parts = sorted({(r.get("part") or "").strip() for r in rows})
        rows = [r for r in rows if (r.get("part") or "").strip() == part]
        if not rows:
            raise ConfigError(
                f"{sessions}: no recording in part {part!r} (parts: {', '.join(parts)})"
            )
    return [r["recording"].strip() for r in rows if r.get("recording")]


@dataclass(slots=True)
class SignalScore:
    """Counts and rates for one signal."""

    signal: str
    truth: int = 0
    detected: int = 0
    matched: int = 0

    @property
    def precision(self) -> float | None:
        """Matched / detected (None when nothing was detected)."""
        return self.matched / self.detected if self.detected else None

    @property
    def recall(self) -> float | None:
        """Matched / truth (None when there is no truth row)."""
        return self.matched / self.truth if self.truth else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)


@dataclass(slots=True)
class Evaluation:
    """The evaluation of detections against truth."""

    tolerance_ms: int
    scores: dict[str, SignalScore] = field(default_factory=dict)
    false_spikes: list[tuple[str, str, int, tuple[str, ...]]] = field(default_factory=list)
    calm_sessions: list[str] = field(default_factory=list)
    missed: list[TruthRow] = field(default_factory=list)
    extra: list[tuple[str, str, int, int]] = field(default_factory=list)
    calm_detections: list[tuple[str, str, int, int]] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        """Return a JSON-able dict."""
        return {
            "tolerance_ms": self.tolerance_ms,
            "signals": [
                {
                    "signal": s.signal,
                    "truth": s.truth,
                    "detected": s.detected,
                    "matched": s.matched,
                    "precision": s.precision,
                    "recall": s.recall,
                    "f1": s.f1,
                }
                for s in self.scores.values()
            ],
            "calm_sessions": list(self.calm_sessions),
            "calm_detections": [
                {"recording": r, "signal": s, "start_ms": a, "end_ms": b}
                for r, s, a, b in self.calm_detections
            ],
            "false_spikes": [
                {"recording": r, "spike_id": i, "peak_ms": p, "signals": list(sig)}
                for r, i, p, sig in self.false_spikes
            ],
            "missed": [
                {
                    "recording": m.recording,
                    "signal": m.signal,
                    "start_ms": m.start_ms,
                    "end_ms": m.end_ms,
                }
                for m in self.missed
            ],
            "unmatched_detections": [
                {"recording": r, "signal": s, "start_ms": a, "end_ms": b}
                for r, s, a, b in self.extra
            ],
        }


def evaluate(
    truth: Sequence[TruthRow],
    results: Mapping[str, Scored],
    *,
    tolerance_ms: int = 1000,
    recordings: Iterable[str] | None = None,
    signals: Iterable[str] | None = None,
) -> Evaluation:
    """Score ``results`` (recording name -> result) against ``truth``.

    Parameters
    ----------
    truth : sequence of TruthRow
    results : mapping
        Recording (source file name) -> its detection result (anything with ``hits`` and
        ``spikes``, e.g. :class:`~replay.signals.anchors.AnchorResult`).
    tolerance_ms : int
        Largest allowed difference of start and of end.
    recordings : iterable of str, optional
        The recordings evaluated (default: every key of ``results``); truth rows of other
        recordings are left out, those of a listed recording without a result are missed.
    signals : iterable of str, optional
        Score only these signals (default: every signal in ``truth``). Calm sessions are
        still the recordings with no truth row of any signal.
    """
    names = sorted(set(recordings) if recordings is not None else set(results))
    if recordings is not None:  # truth rows of other recordings are not part of this run
        wanted = set(names)
        truth = [t for t in truth if t.recording in wanted]
    names = [n for n in names if n in results]
    ev = Evaluation(tolerance_ms=tolerance_ms)
    labelled = set(signals) if signals is not None else {t.signal for t in truth}
    for sig in sorted(labelled):
        ev.scores[sig] = SignalScore(sig)
    with_truth = {t.recording for t in truth}
    for name in names:
        result = results[name]
        rows = [t for t in truth if t.recording == name]
        if not rows:
            ev.calm_sessions.append(name)
            for sp in result.spikes:
                ev.false_spikes.append((name, sp.spike_id, sp.peak_ms, sp.signals))
            ev.calm_detections.extend(
                (name, h.signal, h.start_ms, h.end_ms)
                for h in result.hits
                if h.signal in FRUSTRATION_SIGNALS and (signals is None or h.signal in labelled)
            )
        for sig in sorted(labelled):
            score = ev.scores[sig]
            want = [t for t in rows if t.signal == sig]
            got = [h for h in result.hits if h.signal == sig]
            score.truth += len(want)
            score.detected += len(got)
            matched = greedy_match(
                want, got, functools.partial(start_end_distance, tolerance_ms=tolerance_ms)
            )
            used_t = {i for i, _ in matched}
            used_h = {j for _, j in matched}
            score.matched += len(used_t)
            ev.missed.extend(t for i, t in enumerate(want) if i not in used_t)
            ev.extra.extend(
                (name, sig, h.start_ms, h.end_ms) for j, h in enumerate(got) if j not in used_h
            )
    # truth rows of recordings that have no result are missed outright
    for t in truth:
        if t.signal in labelled and t.recording not in results and t.recording in with_truth:
            ev.scores[t.signal].truth += 1
            ev.missed.append(t)
    return ev
