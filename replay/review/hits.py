"""The hits list of one session: what fired, where, why (with numbers), and whether a tag covers it.

:func:`hit_rows` turns a :class:`~replay.signals.DetectionResult` and the session's tags into
rows for the hits pane; :func:`unjudgeable` lists the signals the recording cannot support,
with a reason code the UI translates and the detector's own sentence as detail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from replay.model.tags import Tag
from replay.signals.hits import SIGNAL_NAMES, SignalHit
from replay.signals.reasons import of_evidence

#: A point tag covers a hit when it lies within this many ms of the hit's span.
POINT_TAG_REACH_MS = 1000
_TARGET = re.compile(r'^(?P<tag>[^\s"]*)\s*(?:"(?P<label>.*)")?$', re.DOTALL)


@dataclass(frozen=True, slots=True)
class HitRow:
    """One row of the hits pane.

    Attributes
    ----------
    index : int
        Position in ``DetectionResult.hits`` (stable key).
    signal : str
        One of :data:`~replay.signals.hits.SIGNAL_NAMES`.
    start_ms, end_ms : int
        The hit's span; a jump lands on ``start_ms`` (the first event of the hit).
    strength : float
        0-1.
    reason : str
        The detector's sentence with its numbers.
    target_tag, target_label : str
        The target element as ``tag#id`` and its visible label ("" when unknown).
    covered_by : int or None
        The id of the first live tag covering the hit, None when no tag does.
    why : dict or None
        The reason as a template id and arguments (``replay.signals.reasons``), for the
        UI's translation; None for a result saved before reasons had ids.
    """

    index: int
    signal: str
    start_ms: int
    end_ms: int
    strength: float
    reason: str
    target_tag: str
    target_label: str
    covered_by: int | None
    why: dict[str, Any] | None = None

    @property
    def covered(self) -> bool:
        """True when a reviewer's tag covers this hit."""
        return self.covered_by is not None


def split_target(target: str | None) -> tuple[str, str]:
    """Split ``tag#id "label"`` into ``("tag#id", "label")``; ``("", "")`` for None."""
    if not target:
        return "", ""
    match = _TARGET.match(target.strip())
    if match is None:
        return target, ""
    return match.group("tag") or "", match.group("label") or ""


def covers(tag: Tag, hit: SignalHit) -> bool:
    """Return True when ``tag`` covers ``hit``.

    A range tag covers a hit whose span overlaps the range; a point tag covers a hit
    whose span, widened by :data:`POINT_TAG_REACH_MS` on both sides, holds the point.
    """
    if tag.end_ms is not None and tag.end_ms != tag.start_ms:
        return tag.start_ms <= hit.end_ms and hit.start_ms <= tag.end_ms
    reach = POINT_TAG_REACH_MS
    return hit.start_ms - reach <= tag.start_ms <= hit.end_ms + reach


def hit_rows(hits: Sequence[SignalHit], tags: Iterable[Tag]) -> list[HitRow]:
    """Return one row per hit, in time order, each with the tag that covers it (if any)."""
    live = sorted((t for t in tags if getattr(t, "deleted_at", None) is None), key=_tag_key)
    rows = []
    for index, hit in enumerate(hits):
        tag_text, label = split_target(hit.target)
        covering = next((t.id for t in live if covers(t, hit)), None)
        rows.append(
            HitRow(
                index=index,
                signal=hit.signal,
                start_ms=int(hit.start_ms),
                end_ms=int(hit.end_ms),
                strength=float(hit.strength),
                reason=hit.reason,
                target_tag=tag_text,
                target_label=label,
                covered_by=covering,
                why=of_evidence(hit.evidence),
            )
        )
    rows.sort(key=lambda r: (r.start_ms, r.index))
    return rows


def _tag_key(tag: Tag) -> tuple[int, int]:
    return (tag.start_ms, tag.id)


def filter_rows(
    rows: Sequence[HitRow], *, signals: Iterable[str] | None = None, uncovered_only: bool = False
) -> list[HitRow]:
    """Return the rows of the given signals (all when None), optionally only untagged ones."""
    wanted = None if signals is None else set(signals)
    return [
        r
        for r in rows
        if (wanted is None or r.signal in wanted) and not (uncovered_only and r.covered)
    ]


def row_at(rows: Sequence[HitRow], t_ms: int) -> int | None:
    """Return the position in ``rows`` of the last hit starting at or before ``t_ms``."""
    found = None
    for i, row in enumerate(rows):
        if row.start_ms <= t_ms:
            found = i
        else:
            break
    return found


@dataclass(frozen=True, slots=True)
class Unjudgeable:
    """A signal this recording cannot (fully) support.

    ``code`` is one of :data:`WHY_CODES` (the UI shows a translated phrase for it);
    ``detail`` is the detector's own sentence. ``partly`` is True when only some candidates
    could not be judged (e.g. clicks too close to the end).
    """

    signal: str
    code: str
    detail: str
    partly: bool = False


#: Reason codes, matched in order against the detector's sentence.
WHY_CODES: tuple[tuple[str, str], ...] = (
    ("no_console", "console message"),
    ("no_console", "console log"),  # the sentence up to detectors 1.13.0 (stored results)
    ("no_dom", "no DOM data"),
    ("no_clicks", "no clicks"),
    ("no_pointer", "no pointer"),
    ("no_inputs", "form input"),
    ("no_navigation", "navigation"),
    ("no_scroll", "scroll"),
    ("no_viewport", "viewport"),
    ("near_end", "last "),
)


def why_code(detail: str) -> str:
    """Return the reason code of a detector's 'cannot compute' sentence ("other" if none)."""
    for code, needle in WHY_CODES:
        if needle in detail:
            return code
    return "other"


def unjudgeable(result: Any) -> list[Unjudgeable]:
    """List the signals ``result`` could not judge, in :data:`SIGNAL_NAMES` order."""
    if result is None:
        return []
    order = {name: i for i, name in enumerate(SIGNAL_NAMES)}
    out = [
        Unjudgeable(signal=s, code=why_code(why), detail=why)
        for s, why in dict(getattr(result, "unavailable", {}) or {}).items()
    ]
    out += [
        Unjudgeable(signal=s, code="near_end", detail=why, partly=True)
        for s, why in dict(getattr(result, "unjudged", {}) or {}).items()
    ]
    out.sort(key=lambda u: (order.get(u.signal, len(order)), u.partly))
    return out
