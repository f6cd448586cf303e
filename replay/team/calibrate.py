"""Calibrate the detectors on what the team's reviewers confirmed (issue 16).

The measurement is ``replay evaluate``'s, with reviewers' tags as the truth: the same
one-to-one, closest-first matching (:func:`replay.signals.matching.greedy_match`), with the
tag rule of :func:`~replay.signals.matching.tag_distance` (a detector hit is a range; a point
tag matches a hit it lies in, widened by the tolerance; a range tag one it overlaps).

**Truth.** ``consensus`` (the default): the places where two or more reviewers agreed (same
category, matched as in ``replay agreement``; one tag per place) plus the consensus tags the
lead recorded for the disagreements. Or a reviewer's name: that reviewer's own tags. Reviewers' categories are UX problems, not detector signals, so a
truth tag is "a confirmed problem here", whatever its category. Only the *truth sessions*
count: sessions with a truth tag, plus (consensus) sessions with a consensus decision or
(reviewer) sessions that reviewer marked done. Hits in other sessions are neither right nor
wrong: nobody looked.

**Sweep.** Each detector has one main threshold (:data:`SWEEPS`). For each value the
detector alone runs on every truth session with that one key changed (everything else as in
the config), and its hits of its signal are matched to the truth tags:
precision = matched hits / hits, recall = matched tags / tags, F1 their harmonic mean.

**Suggestion.** The value with the highest F1; ties go to the value nearest the current one
(then the lower). No suggestion when no value has an F1 above 0 (no truth tag, or no hit
matched anywhere). F1 is 0 when a value gives no hits at all while there is truth.
``--apply`` writes the suggestions into the user config file
(:func:`replay.signals.config.user_config_path`), keeping its other keys. Every run is
stored in the library (``calibration_runs``) with the config it started from, the results
and, when applied, the new config's hash: spikes found later carry that hash in their
stored result (``replay signals`` prints it), so each spike says which config found it.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import os
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import replay.filekind as filekind
from replay.errors import ConfigError
from replay.model.tags import Tag, iso_utc
from replay.signals import (
    Detector,
    Prepared,
    SignalConfig,
    cursor_confusion,
    dead_click,
    erratic_cursor,
    error_click,
    form_reentry,
    hesitation,
    navigation,
    rage_click,
    rotation,
    scroll,
)
from replay.signals.matching import greedy_match, tag_distance
from replay.store.library import Library
from replay.store.results import with_stored_page

DEFAULT_TOLERANCE_MS = 1000
SUGGESTION_RULE = (
    "the swept value with the highest F1; ties go to the value nearest the current one, "
    "then the lower; none when no value has an F1 above 0"
)


@dataclass(frozen=True, slots=True)
class Sweep:
    """One detector's main threshold and the values tried."""

    signal: str
    section: str
    key: str
    values: tuple[float | int, ...]
    detector: Detector


#: The main threshold of each detector, and the values swept (they bracket the defaults
#: of resources/thresholds.toml, whose sources SIGNALS.md names).
SWEEPS: tuple[Sweep, ...] = (
    Sweep("rage_click", "rage_click", "min_clicks", (2, 3, 4, 5, 6), rage_click.detect),
    Sweep("dead_click", "dead_click", "mutation_ms", (1000, 1500, 2000, 2500, 3000, 4000, 5000), dead_click.detect),
    Sweep("error_click", "error_click", "window_ms", (500, 1000, 2000, 3000, 5000), error_click.detect),
    Sweep("erratic_cursor", "erratic_cursor", "min_reversals", (4, 6, 8, 10, 12), erratic_cursor.detect),
    Sweep("cursor_confusion", "cursor_confusion", "ratio_z", (1.0, 1.5, 2.0, 2.5, 3.0), cursor_confusion.detect),
    Sweep("hesitation", "hesitation", "dwell_ms", (500, 1000, 1500, 2000, 3000), hesitation.detect),
    Sweep("scroll_thrash", "scroll", "min_reversals", (2, 3, 4, 5, 6), scroll.detect),
    Sweep("repeated_rotation", "rotation", "min_flips", (2, 3, 4), rotation.detect),
    Sweep("quick_back", "navigation", "quick_back_ms", (2000, 3000, 5000, 8000, 10000), navigation.detect),
    Sweep("form_reentry", "form_reentry", "min_length_before_clear", (1, 2, 3, 5), form_reentry.detect),
)  # fmt: skip


@dataclass(slots=True)
class Point:
    """Precision and recall of one detector at one threshold value."""

    value: float | int
    truth: int
    detected: int
    matched_hits: int
    matched_truth: int

    @property
    def precision(self) -> float | None:
        """Matched hits / hits (None without hits)."""
        return self.matched_hits / self.detected if self.detected else None

    @property
    def recall(self) -> float | None:
        """Matched truth tags / truth tags (None without truth)."""
        return self.matched_truth / self.truth if self.truth else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall; 0 when nothing matched; None without truth."""
        p, r = self.precision, self.recall
        if r is None:
            return None
        if p is None or p + r == 0:  # no hits, or none right: nothing found
            return 0.0
        return 2 * p * r / (p + r)

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {
            "value": self.value,
            "truth": self.truth,
            "detected": self.detected,
            "matched_hits": self.matched_hits,
            "matched_truth": self.matched_truth,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(slots=True)
class DetectorCurve:
    """One detector's sweep and the suggested value."""

    signal: str
    section: str
    key: str
    current: float | int
    points: list[Point]
    suggested: float | int | None

    @property
    def setting(self) -> str:
        """``section.key`` of the threshold."""
        return f"{self.section}.{self.key}"

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        best = next((p for p in self.points if p.value == self.suggested), None)
        return {
            "signal": self.signal,
            "setting": self.setting,
            "current": self.current,
            "suggested": self.suggested,
            "suggested_f1": None if best is None else best.f1,
            "points": [p.to_json() for p in self.points],
        }


@dataclass(slots=True)
class Calibration:
    """Everything ``replay calibrate`` reports."""

    truth: str
    tolerance_ms: int
    sessions: list[int]
    truth_tags: int
    config_hash: str
    config: dict[str, Any]
    curves: list[DetectorCurve] = field(default_factory=list)
    run_id: int | None = None
    applied_path: str | None = None
    applied_config_hash: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Return every figure as a JSON-able dict (the ``--json`` contract)."""
        return {
            "truth": self.truth,
            "tolerance_ms": self.tolerance_ms,
            "sessions": list(self.sessions),
            "truth_tags": self.truth_tags,
            "config_hash": self.config_hash,
            "suggestion_rule": SUGGESTION_RULE,
            "detectors": [c.to_json() for c in self.curves],
            "run_id": self.run_id,
            "applied_path": self.applied_path,
            "applied_config_hash": self.applied_config_hash,
        }

    def suggestions(self) -> dict[str, dict[str, float | int]]:
        """``{section: {key: value}}`` of the suggestions that differ from the current value."""
        out: dict[str, dict[str, float | int]] = {}
        for c in self.curves:
            if c.suggested is not None and c.suggested != c.current:
                out.setdefault(c.section, {})[c.key] = c.suggested
        return out


def suggest(points: Sequence[Point], current: float | int) -> float | int | None:
    """Apply :data:`SUGGESTION_RULE`."""
    scored = [p for p in points if p.f1 is not None]
    best = max((p.f1 or 0.0 for p in scored), default=0.0)
    if best <= 0.0:
        return None
    tied = [p.value for p in scored if math.isclose(p.f1 or 0.0, best, abs_tol=1e-12)]
    return min(tied, key=lambda v: (abs(float(v) - float(current)), float(v)))


def truth_choices(library: Library) -> list[str]:
    """Return the truths one can calibrate on: ``consensus``, then every reviewer by name."""
    names = {t.reviewer for t in library.tags.list(origin="reviewer") if t.reviewer}
    return ["consensus", *sorted(names)]


def truth_tags(library: Library, truth: str) -> tuple[list[Tag], list[int]]:
    """Return the truth tags and the truth sessions (see the module doc).

    Raises
    ------
    ConfigError
        When the named reviewer has no tag and no done mark in the library.
    """
    from replay.store.blind import all_done

    if truth == "consensus":
        from replay.team.agreement import measure_library

        tags = library.tags.list(origin="consensus")
        with library.guard():
            rows = library.db.conn.execute(
                "SELECT DISTINCT session_id FROM consensus_decisions"
            ).fetchall()
        sessions = {int(r[0]) for r in rows} | {t.session_id for t in tags}
        # Where two or more reviewers tagged the same place with the same category they
        # agreed already: that is consensus without a decision (one tag per unit).
        agreed = [u for u in measure_library(library).units if u.agreed and len(u.tags) >= 2]
        tags = tags + [min(u.tags.values(), key=lambda t: (t.start_ms, t.id)) for u in agreed]
        sessions |= {u.session_id for u in agreed}
        tags.sort(key=lambda t: (t.session_id, t.start_ms, t.id))
    else:
        tags = library.tags.list(reviewer=truth, origin="reviewer")
        done = {sid for sid, names in all_done(library).items() if truth in names}
        sessions = done | {t.session_id for t in tags}
        if not sessions:
            raise ConfigError(
                f"reviewer {truth!r} has no tags and no sessions marked done in this library"
            )
    return tags, sorted(sessions)


def _score(
    hits_by_session: Mapping[int, list[Any]],
    truth_by_session: Mapping[int, list[Tag]],
    value: float | int,
    tolerance_ms: int,
) -> Point:
    point = Point(value, 0, 0, 0, 0)
    distance = functools.partial(tag_distance, tolerance_ms=tolerance_ms)
    for sid, truth in truth_by_session.items():
        hits = hits_by_session.get(sid, [])
        pairs = greedy_match(hits, truth, distance)
        point.truth += len(truth)
        point.detected += len(hits)
        point.matched_hits += len(pairs)
        point.matched_truth += len(pairs)
    return point


def calibrate(
    library: Library,
    config: SignalConfig,
    *,
    truth: str = "consensus",
    tolerance_ms: int = DEFAULT_TOLERANCE_MS,
    sweeps: Sequence[Sweep] = SWEEPS,
    progress: Callable[[str], None] | None = None,
) -> Calibration:
    """Sweep each detector's main threshold against the truth tags (module doc).

    The run is stored in the library (``calibration_runs``); its id is ``run_id``.
    """
    tags, sessions = truth_tags(library, truth)
    truth_by: dict[int, list[Tag]] = {sid: [] for sid in sessions}
    for t in tags:
        truth_by.setdefault(t.session_id, []).append(t)
    result = Calibration(
        truth=truth,
        tolerance_ms=tolerance_ms,
        sessions=sessions,
        truth_tags=len(tags),
        config_hash=config.config_hash,
        config=config.to_dict(),
    )
    hits: dict[tuple[str, float | int], dict[int, list[Any]]] = {}
    for n, sid in enumerate(sessions, start=1):
        if progress is not None:
            progress(f"session {n} of {len(sessions)} (#{sid})")
        # With its stored page, as `replay detect` judges dead clicks (one rule, results.py).
        session = with_stored_page(library, sid, library.load_session(sid))
        prep = Prepared(session)
        for sweep in sweeps:
            section = getattr(config, sweep.section)
            for value in sweep.values:
                cfg = _with(config, sweep, section, value)
                found = sweep.detector(session, cfg, prep=prep)
                hits.setdefault((sweep.signal, value), {})[sid] = [
                    h for h in found.hits if h.signal == sweep.signal
                ]
    for sweep in sweeps:
        current = getattr(getattr(config, sweep.section), sweep.key)
        points = [
            _score(hits.get((sweep.signal, v), {}), truth_by, v, tolerance_ms)
            for v in sweep.values
        ]
        result.curves.append(
            DetectorCurve(
                signal=sweep.signal,
                section=sweep.section,
                key=sweep.key,
                current=current,
                points=points,
                suggested=suggest(points, current),
            )
        )
    result.run_id = _store_run(library, result)
    return result


def _with(config: SignalConfig, sweep: Sweep, section: Any, value: float | int) -> SignalConfig:
    default = getattr(section, sweep.key)
    typed = float(value) if isinstance(default, float) else int(value)
    changes: dict[str, Any] = {sweep.key: typed}
    if sweep.section == "dead_click" and sweep.key == "mutation_ms":
        changes["slow_ms"] = min(section.slow_ms, typed)  # slow_ms must not exceed it
    return dataclasses.replace(config, **{sweep.section: dataclasses.replace(section, **changes)})


def _store_run(library: Library, result: Calibration) -> int:
    with library.write() as db:
        cur = db.conn.execute(
            "INSERT INTO calibration_runs (computed_at, truth, tolerance_ms, config_hash,"
            " config_json, results_json) VALUES (?, ?, ?, ?, ?, ?)",
            [
                iso_utc(datetime.now(UTC)),
                result.truth,
                result.tolerance_ms,
                result.config_hash,
                json.dumps(result.config, sort_keys=True),
                json.dumps([c.to_json() for c in result.curves], ensure_ascii=False),
            ],
        )
        return int(cur.lastrowid or 0)


def runs(library: Library) -> list[dict[str, Any]]:
    """Return the stored calibration runs, newest first."""
    with library.guard():
        rows = library.db.conn.execute(
            "SELECT id, computed_at, truth, tolerance_ms, config_hash, applied_config_hash,"
            " applied_path, results_json FROM calibration_runs ORDER BY id DESC"
        ).fetchall()
    return [
        {
            "id": r[0], "computed_at": r[1], "truth": r[2], "tolerance_ms": r[3],
            "config_hash": r[4], "applied_config_hash": r[5], "applied_path": r[6],
            "detectors": json.loads(r[7]),
        }
        for r in rows
    ]  # fmt: skip


# -- applying the suggestion to the user config ----------------------------------------------


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise ConfigError(f"cannot write {value!r} to a TOML config")


def dump_toml(data: Mapping[str, Mapping[str, Any]]) -> str:
    """Write a thresholds file (tables of scalars, string lists and one nested table level)."""
    lines = ["# replay detector thresholds (written by `replay calibrate --apply`)", ""]
    for section in sorted(data):
        table = data[section]
        lines.append(f"[{section}]")
        nested = []
        for key in sorted(table):
            value = table[key]
            if isinstance(value, Mapping):
                nested.append((key, value))
            else:
                lines.append(f"{key} = {_toml_value(value)}")
        for key, sub in nested:
            lines.append("")
            lines.append(f"[{section}.{key}]")
            lines.extend(f"{k} = {_toml_value(v)}" for k, v in sorted(sub.items()))
        lines.append("")
    return "\n".join(lines)


def default_user_config_path() -> Path:
    """``$REPLAY_CONFIG``, else ``thresholds.toml`` in the user config folder (may not exist yet)."""
    env = os.environ.get("REPLAY_CONFIG")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir("replay", appauthor=False)) / "thresholds.toml"


def apply(library: Library, result: Calibration, path: Path | None = None) -> Path:
    """Write ``result``'s suggestions into the user config file; record it with the run.

    The file keeps its other keys; it is checked by loading it back through
    :func:`replay.signals.config.load_config` before it replaces the old one (atomic rename).

    Raises
    ------
    ConfigError
        When the existing file is not valid TOML, or the result would be invalid.
    """
    from replay.signals.config import load_config

    path = path or default_user_config_path()
    data: dict[str, Any] = {}
    if path.exists():
        if not path.is_file():
            raise ConfigError(f"{path}: is not a regular file; the config was not written")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read the config to update it: {exc}") from None
    for section, keys in result.suggestions().items():
        data.setdefault(section, {}).update(keys)
    path.parent.mkdir(parents=True, exist_ok=True)
    with filekind.atomic_output(path, error=ConfigError, what="the config") as out:
        handle = out.open("w", encoding="utf-8")
        handle.write(dump_toml(data))
        handle.flush()  # on the file before load_config reads it back
        cfg = load_config(out.path)  # refuses an invalid result before it replaces anything
    result.applied_path = str(path)
    result.applied_config_hash = cfg.config_hash
    if result.run_id is not None:
        with library.write() as db:
            db.conn.execute(
                "UPDATE calibration_runs SET applied_config_hash=?, applied_path=? WHERE id=?",
                [cfg.config_hash, str(path), result.run_id],
            )
    return path
