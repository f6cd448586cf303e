"""The consensus pass: a lead settles each disagreement with an agreed tag or "no problem".

Disagreements are the agreement units where the reviewers did not all give the same value
(:mod:`replay.team.agreement`). For each, the lead records one decision:

- ``tag``: a consensus tag (``origin = "consensus"``, ``reviewer`` = the lead) with a
  category, severity, span and note, by default taken from one reviewer's tag;
- ``no_problem``: nobody's tag there stands; no tag is made.

Decisions are stored in ``consensus_decisions`` keyed by the unit's tag uids, so a unit that
was settled is not offered again (until one of its tags changes). Consensus tags live beside
the reviewers' own: agreement ignores them, export writes them with kind ``consensus``, and
``replay calibrate --truth consensus`` uses them as truth. Decision and tag are written in
one transaction.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from replay.model.tags import Category, InvalidTag, Tag, iso_utc, validate_text
from replay.store.library import Library
from replay.team.agreement import DEFAULT_TOLERANCE_MS, NONE, Unit, measure_library

DECISIONS = ("tag", "no_problem")


@dataclass(frozen=True, slots=True)
class Decision:
    """One recorded consensus decision."""

    uid: str
    session_id: int
    start_ms: int
    end_ms: int | None
    unit_key: str
    decision: str
    tag_id: int | None
    lead: str
    reviewers: dict[str, str | None]
    decided_at: str

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {
            "uid": self.uid,
            "session_id": self.session_id,
            "start_ms": self.start_ms,
            "end_ms": self.end_ms,
            "unit_key": self.unit_key,
            "decision": self.decision,
            "tag_id": self.tag_id,
            "lead": self.lead,
            "reviewers": dict(self.reviewers),
            "decided_at": self.decided_at,
        }


def categories(library: Library) -> list[Category]:
    """Return the active codebook categories a consensus tag may take."""
    return library.tags.categories()


def decided_keys(library: Library) -> set[str]:
    """Return the unit keys that already have a decision."""
    with library.guard():
        rows = library.db.conn.execute("SELECT unit_key FROM consensus_decisions").fetchall()
    return {str(r[0]) for r in rows}


def pending(
    library: Library,
    *,
    reviewers: Sequence[str] | None = None,
    session_ids: Sequence[int] | None = None,
    tolerance_ms: int = DEFAULT_TOLERANCE_MS,
) -> list[Unit]:
    """Return the disagreements that have no decision yet, by session and time."""
    agreement = measure_library(
        library, reviewers=reviewers, session_ids=session_ids, tolerance_ms=tolerance_ms
    )
    done = decided_keys(library)
    return [u for u in agreement.disagreements if u.key not in done]


def decisions(library: Library) -> list[Decision]:
    """Return every recorded decision, oldest first."""
    with library.guard():
        rows = library.db.conn.execute(
            "SELECT d.uid, d.session_id, d.start_ms, d.end_ms, d.unit_key, d.decision,"
            " t.id, d.lead, d.reviewers_json, d.decided_at FROM consensus_decisions d"
            " LEFT JOIN tags t ON t.uid = d.tag_uid ORDER BY d.id"
        ).fetchall()
    return [
        Decision(
            uid=r[0], session_id=r[1], start_ms=r[2], end_ms=r[3], unit_key=r[4], decision=r[5],
            tag_id=r[6], lead=r[7], reviewers=json.loads(r[8]), decided_at=r[9],
        )
        for r in rows
    ]  # fmt: skip


def decide(
    library: Library,
    unit: Unit,
    *,
    lead: str,
    decision: str,
    category: str | None = None,
    severity: int | None = None,
    start_ms: int | None = None,
    end_ms: int | None = None,
    note: str | None = None,
    from_reviewer: str | None = None,
) -> tuple[Decision, Tag | None]:
    """Record the lead's decision on ``unit``; make the consensus tag for ``decision="tag"``.

    Parameters
    ----------
    library : Library
    unit : Unit
        A disagreement from :func:`pending`.
    lead : str
        Who decides (the consensus tag's reviewer).
    decision : str
        ``tag`` or ``no_problem``.
    category, severity, start_ms, end_ms, note : optional
        The agreed tag's fields. Missing ones come from ``from_reviewer``'s tag in the unit,
        else from the first reviewer's tag (span: that tag's; severity: the highest given).
    from_reviewer : str, optional
        Take the agreed tag from this reviewer's tag in the unit.

    Raises
    ------
    InvalidTag
        On an unknown decision, a reviewer without a tag in the unit, or an invalid field.
    """
    if decision not in DECISIONS:
        raise InvalidTag(f"decision must be one of {', '.join(DECISIONS)}, got {decision!r}")
    validate_text("lead", lead)
    if not lead.strip():
        raise InvalidTag("the consensus pass needs the lead's name (--reviewer LEAD)")
    if from_reviewer is not None and from_reviewer not in unit.tags:
        raise InvalidTag(f"{from_reviewer!r} has no tag in this disagreement")
    base = unit.tags[from_reviewer] if from_reviewer else next(iter(unit.tags.values()))
    now = iso_utc(datetime.now(UTC))
    reviewers = dict(unit.values)
    with library.write() as db:
        tag: Tag | None = None
        if decision == "tag":
            chosen_start = base.start_ms if start_ms is None else start_ms
            chosen_end = (base.end_ms if start_ms is None else None) if end_ms is None else end_ms
            tag = library.tags.add(
                unit.session_id,
                start_ms=chosen_start,
                end_ms=chosen_end,
                category=base.category if category is None else category,
                severity=(
                    max(t.severity for t in unit.tags.values()) if severity is None else severity
                ),
                note=base.note if note is None else note,
                reviewer=lead,
                origin="consensus",
            )
        uid = uuid.uuid4().hex
        cur = db.conn.execute(
            "INSERT INTO consensus_decisions (uid, session_id, start_ms, end_ms, unit_key,"
            " decision, tag_uid, lead, reviewers_json, decided_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                uid, unit.session_id, unit.start_ms, unit.end_ms, unit.key, decision,
                None if tag is None else tag.uid, lead, json.dumps(reviewers, ensure_ascii=False),
                now,
            ],
        )  # fmt: skip
        assert cur.rowcount == 1
    return (
        Decision(
            uid=uid, session_id=unit.session_id, start_ms=unit.start_ms, end_ms=unit.end_ms,
            unit_key=unit.key, decision=decision, tag_id=None if tag is None else tag.id,
            lead=lead, reviewers=reviewers, decided_at=now,
        ),
        tag,
    )  # fmt: skip


def describe_value(unit: Unit, reviewer: str) -> str:
    """One reviewer's side of a disagreement, for prompts and lists."""
    value = unit.values.get(reviewer)
    if value is None:
        return "did not review this session"
    if value == NONE:
        return "no tag here"
    tag = unit.tags[reviewer]
    span = f"{tag.start_ms} ms" if tag.end_ms is None else f"{tag.start_ms}-{tag.end_ms} ms"
    note = f'  "{" ".join(tag.note.split())}"' if tag.note else ""
    return f"{value} (severity {tag.severity}, {span}){note}"
