"""The tag model: reviewers' findings on a session, the codebook and the severity scale.

A tag marks one moment (a *point*, ``end_ms is None``) or a span (a *range*) of one
session, on the session's time base (``t_ms``, ms since the first event; issue 4). It
carries a category from the editable codebook, a severity on Nielsen's 0-4 scale, a free
note in any script, the reviewer's name and, when it was accepted from a detected spike,
that spike's id and signals. Nothing here does I/O; :mod:`replay.store.tags` stores tags.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from replay.errors import ReplayError

TagKind = Literal["point", "range"]
#: Where a tag comes from: a reviewer's own finding, or the consensus pass (issue 16).
TAG_ORIGINS: tuple[str, ...] = ("reviewer", "consensus")


class InvalidTag(ReplayError, ValueError):
    """A tag or category value is out of range (severity, times, unknown category, ...)."""


@dataclass(frozen=True, slots=True)
class SeverityLevel:
    """One step of the severity scale.

    Attributes
    ----------
    value : int
        0 to 4.
    label : str
        Short name shown in lists and the CSV ``severity_label`` column.
    description : str
        Nielsen's wording, for the README, the CLI and tooltips.
    """

    value: int
    label: str
    description: str


#: Nielsen's severity ratings for usability problems (J. Nielsen, "Severity Ratings for
#: Usability Problems", Nielsen Norman Group, 1994): 0 not a problem .. 4 catastrophe.
SEVERITY_SCALE: tuple[SeverityLevel, ...] = (
    SeverityLevel(0, "not a problem", "I don't agree that this is a usability problem at all."),
    SeverityLevel(
        1,
        "cosmetic",
        "Cosmetic problem only: need not be fixed unless extra time is available.",
    ),
    SeverityLevel(
        2, "minor", "Minor usability problem: fixing this should be given low priority."
    ),
    SeverityLevel(
        3, "major", "Major usability problem: important to fix, so should be given high priority."
    ),
    SeverityLevel(
        4,
        "catastrophe",
        "Usability catastrophe: imperative to fix this before the product can be released.",
    ),
)
SEVERITY_MIN = 0
SEVERITY_MAX = 4
DEFAULT_SEVERITY = 2

#: Category codes are short identifiers typed on the command line: lower-case ASCII
#: letters, digits and underscores, starting with a letter or digit. Labels and
#: descriptions are free text in any script.
CATEGORY_CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_]{0,39}$")


def severity_label(value: int) -> str:
    """Return the label of severity ``value`` ("minor" for 2).

    Raises
    ------
    InvalidTag
        When ``value`` is not 0-4.
    """
    return SEVERITY_SCALE[validate_severity(value)].label


def validate_severity(value: object) -> int:
    """Return ``value`` as an int if it is a whole number 0-4, else raise :class:`InvalidTag`."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTag(f"severity must be a whole number 0-4, got {value!r}")
    if not SEVERITY_MIN <= value <= SEVERITY_MAX:
        raise InvalidTag(f"severity must be 0-4 (Nielsen's scale), got {value}")
    return value


#: SQLite stores integers as signed 64-bit: anything larger cannot be a stored time or id.
SQLITE_INT_MAX = 2**63 - 1


def validate_span(start_ms: object, end_ms: object) -> tuple[int, int | None]:
    """Check a tag's times: ``0 <= start_ms`` and ``end_ms`` None (point) or ``>= start_ms``.

    Parameters
    ----------
    start_ms : int
        Ms since the session's first event.
    end_ms : int or None
        End of a range in ms since the first event, None for a point.

    Returns
    -------
    tuple of (int, int or None)

    Raises
    ------
    InvalidTag
        On a negative start, a non-integer time or an end before the start.
    """
    for name, value in (("start_ms", start_ms), ("end_ms", end_ms)):
        if value is None and name == "end_ms":
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidTag(f"{name} must be a whole number of ms, got {value!r}")
    assert isinstance(start_ms, int)
    for name, value in (("start_ms", start_ms), ("end_ms", end_ms)):
        if isinstance(value, int) and value > SQLITE_INT_MAX:
            raise InvalidTag(f"{name} {value} is beyond SQLite's largest integer")
    if start_ms < 0:
        raise InvalidTag(f"start_ms must be >= 0 (ms since the session start), got {start_ms}")
    if end_ms is not None:
        assert isinstance(end_ms, int)
        if end_ms < start_ms:
            raise InvalidTag(f"end_ms ({end_ms}) is before start_ms ({start_ms})")
    return start_ms, end_ms  # type: ignore[return-value]


def validate_category_code(code: object) -> str:
    """Return ``code`` if it is a valid category code (see :data:`CATEGORY_CODE_RE`)."""
    if not isinstance(code, str) or not CATEGORY_CODE_RE.match(code):
        raise InvalidTag(
            f"category code must be 1-40 lower-case letters, digits or '_', got {code!r}"
        )
    return code


def validate_text(name: str, value: object) -> str:
    """Return ``value`` if it is valid Unicode text without NUL (C strings and spreadsheets stop at NUL)."""
    if not isinstance(value, str):
        raise InvalidTag(f"{name} must be text, got {type(value).__name__}")
    if "\x00" in value:
        raise InvalidTag(f"{name} must not contain the NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:  # lone surrogates: not text any file can hold
        raise InvalidTag(f"{name} is not valid Unicode text ({exc.reason})") from exc
    return value


def iso_utc(when: datetime) -> str:
    """Format an aware datetime as ``YYYY-MM-DDTHH:MM:SS.mmmZ`` in UTC."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


@dataclass(frozen=True, slots=True)
class Category:
    """One entry of the codebook.

    Attributes
    ----------
    code : str
        Identifier stored on tags (``broken_link_or_button``).
    label : str
        Human name in any script.
    description : str
        When to use it.
    position : int
        Sort order in lists and pickers.
    active : bool
        False once deactivated: kept for existing tags, not offered for new ones.
    """

    code: str
    label: str
    description: str = ""
    position: int = 0
    active: bool = True

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {
            "code": self.code,
            "label": self.label,
            "description": self.description,
            "position": self.position,
            "active": self.active,
        }


@dataclass(frozen=True, slots=True)
class Tag:
    """A reviewer's finding on one session.

    Attributes
    ----------
    id : int
        Row id in the library.
    session_id : int
        The session it belongs to.
    start_ms : int
        Ms since the session's first event.
    end_ms : int or None
        End of a range in ms since the first event; None for a point tag.
    category : str
        A codebook code.
    severity : int
        0-4 (:data:`SEVERITY_SCALE`).
    note : str
        Free text, any script, exactly as typed.
    reviewer : str
        Who made it.
    spike_id : str or None
        The detected spike it was accepted from, if any.
    signals : tuple of str
        The spike's signals (``("rage_click", "dead_click")``), empty otherwise.
    created_at, updated_at : str
        ISO 8601 UTC (``2025-03-01T10:00:00.000Z``).
    deleted_at : str or None
        Set when soft-deleted; deleted tags stay in the library for undo and audit.
    origin : str
        ``reviewer`` (a reviewer's own finding) or ``consensus`` (agreed in the consensus
        pass, :mod:`replay.team.consensus`); kept apart in agreement and export.
    uid : str or None
        Identity across library files (``replay merge`` matches tags by it).
    version : int
        1 when made, one more at every change (edit, delete, restore, undo, redo). An
        edit or delete that states the version it read is refused with :class:`TagConflict`
        when someone else changed the tag since: nothing is overwritten silently.
    """

    id: int
    session_id: int
    start_ms: int
    end_ms: int | None
    category: str
    severity: int
    note: str
    reviewer: str
    spike_id: str | None
    signals: tuple[str, ...]
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    origin: str = "reviewer"
    uid: str | None = None
    version: int = 1

    @property
    def kind(self) -> TagKind:
        """``"point"`` when ``end_ms`` is None, else ``"range"``."""
        return "point" if self.end_ms is None else "range"

    @property
    def duration_ms(self) -> int:
        """``end_ms - start_ms`` for a range, 0 for a point."""
        return 0 if self.end_ms is None else self.end_ms - self.start_ms

    @property
    def deleted(self) -> bool:
        """True when the tag is soft-deleted."""
        return self.deleted_at is not None

    def to_json(self) -> dict[str, Any]:
        """Return every field as a JSON-able dict (also the history snapshot format)."""
        return {
            "id": self.id,
            "session_id": self.session_id,
            "start_ms": self.start_ms,
            "end_ms": self.end_ms,
            "kind": self.kind,
            "category": self.category,
            "severity": self.severity,
            "note": self.note,
            "reviewer": self.reviewer,
            "spike_id": self.spike_id,
            "signals": list(self.signals),
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "deleted_at": self.deleted_at,
            "origin": self.origin,
            "uid": self.uid,
            "version": self.version,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Tag:
        """Rebuild a tag from :meth:`to_json` output (``kind`` is derived, so ignored)."""
        end = data.get("end_ms")
        return cls(
            id=int(data["id"]),
            session_id=int(data["session_id"]),
            start_ms=int(data["start_ms"]),
            end_ms=None if end is None else int(end),
            category=str(data["category"]),
            severity=int(data["severity"]),
            note=str(data.get("note", "")),
            reviewer=str(data.get("reviewer", "")),
            spike_id=None if data.get("spike_id") is None else str(data["spike_id"]),
            signals=tuple(str(s) for s in data.get("signals", ())),
            created_at=str(data["created_at"]),
            updated_at=str(data["updated_at"]),
            deleted_at=None if data.get("deleted_at") is None else str(data["deleted_at"]),
            origin=str(data.get("origin") or "reviewer"),
            uid=None if data.get("uid") is None else str(data["uid"]),
            version=int(data.get("version") or 1),
        )

    def validate(self, *, categories: Iterable[str] | None = None) -> Tag:
        """Check times, severity, texts and (when given) that the category exists.

        Parameters
        ----------
        categories : iterable of str, optional
            Known category codes; None skips the codebook check.

        Returns
        -------
        Tag
            ``self``, for chaining.

        Raises
        ------
        InvalidTag
            On any invalid field.
        """
        validate_span(self.start_ms, self.end_ms)
        validate_severity(self.severity)
        validate_text("note", self.note)
        validate_text("reviewer", self.reviewer)
        for signal in self.signals:
            validate_text("signal", signal)
        if self.spike_id is not None:
            validate_text("spike_id", self.spike_id)
        if categories is not None and self.category not in set(categories):
            raise InvalidTag(f"unknown category {self.category!r} (see `replay codebook`)")
        return self


def signals_to_json(signals: Iterable[str]) -> str:
    """Encode a signals tuple for the ``tags.signals_json`` column."""
    return json.dumps(list(signals), ensure_ascii=False)


def signals_from_json(text: str | None) -> tuple[str, ...]:
    """Decode ``tags.signals_json`` (None or "" gives an empty tuple)."""
    return tuple(str(s) for s in json.loads(text)) if text else ()


HistoryState = Literal["done", "undone", "superseded"]
#: ``tag_history.undone`` values: 0 done, 1 undone (can be redone), 2 superseded (undone,
#: then a new action in the same session cleared the redo stack; kept for the audit trail).
HISTORY_STATES: tuple[HistoryState, ...] = ("done", "undone", "superseded")


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One recorded change to a tag (a row of ``tag_history``).

    Attributes
    ----------
    seq : int
        Order of the change in the library (increasing).
    tag_id, session_id : int
        What changed.
    action : str
        ``create``, ``edit``, ``delete`` or ``restore``.
    before, after : Tag or None
        The tag before and after the change (``before`` is None for ``create``).
    at : str
        When, ISO 8601 UTC.
    reviewer : str
        The tag's reviewer after the change.
    state : str
        ``done``, ``undone`` or ``superseded`` (see :data:`HISTORY_STATES`).
    """

    seq: int
    tag_id: int
    session_id: int
    action: str
    before: Tag | None
    after: Tag | None
    at: str
    reviewer: str
    state: HistoryState

    def describe(self) -> str:
        """Return one line such as ``edit of tag 3 (form_problem, 1200-3400 ms)``."""
        tag = self.after or self.before
        where = ""
        if tag is not None:
            span = (
                f"{tag.start_ms} ms" if tag.end_ms is None else f"{tag.start_ms}-{tag.end_ms} ms"
            )
            where = f" ({tag.category}, {span})"
        return f"{self.action} of tag {self.tag_id} in session {self.session_id}{where}"

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-able dict (tags as :meth:`Tag.to_json`)."""
        return {
            "seq": self.seq,
            "tag_id": self.tag_id,
            "session_id": self.session_id,
            "action": self.action,
            "before": None if self.before is None else self.before.to_json(),
            "after": None if self.after is None else self.after.to_json(),
            "at": self.at,
            "reviewer": self.reviewer,
            "state": self.state,
        }


class SpikeSpan(Protocol):
    """What the tagged-spike rule reads of a detected spike (``replay.signals.Spike``)."""

    @property
    def spike_id(self) -> str:
        """Stable id of the spike."""

    @property
    def start_ms(self) -> int:
        """Start of the spike (ms since the first event)."""

    @property
    def end_ms(self) -> int:
        """End of the spike (ms since the first event)."""


def tag_covers_spike(tag: Tag, spike: SpikeSpan) -> bool:
    """Return True when ``tag`` reviews ``spike``: the ONE "tagged spike" rule.

    A spike counts as tagged when a live tag was accepted from it (its ``spike_id``) *or*
    lies on its range (the tag's point or span touches ``[start_ms, end_ms]``, edges
    included). The app's "next untagged spike" (``U``) and the CSV export's spike rows
    (``--include-spikes``) both use this rule, so a spike the reviewer tagged by hand
    (``T`` inside it, or a dragged range over it) is neither offered again nor exported
    as untagged beside the reviewer's own row. A matching ``spike_id`` alone would keep
    such spikes "untagged" and export the same moment twice.
    """
    if tag.spike_id is not None and tag.spike_id == spike.spike_id:
        return True
    end_ms = tag.start_ms if tag.end_ms is None else tag.end_ms
    return tag.start_ms <= spike.end_ms and end_ms >= spike.start_ms


def spike_is_tagged(spike: SpikeSpan, tags: Iterable[Tag]) -> bool:
    """Return True when any of ``tags`` covers ``spike`` (:func:`tag_covers_spike`)."""
    return any(tag_covers_spike(tag, spike) for tag in tags)


class TagConflict(ReplayError):
    """An edit or delete stated a tag version that is no longer the latest.

    Another reviewer (or another window) changed the tag since it was read. Nothing was
    written; :attr:`current` is the newer version, to show the user.
    """

    def __init__(self, tag_id: int, stated: int, current: Tag) -> None:
        self.tag_id = tag_id
        self.stated = stated
        self.current = current
        span = str(current.start_ms) + ("" if current.end_ms is None else f"-{current.end_ms}")
        state = (
            "deleted" if current.deleted else f"{current.category}, severity {current.severity}"
        )
        note = " ".join(current.note.split())
        super().__init__(
            f"tag {tag_id} was changed by someone else since you read it (you had version "
            f"{stated}; now version {current.version}: {span} ms, {state}, note {note!r}, "
            f"reviewer {current.reviewer!r}, at {current.updated_at}); nothing was "
            "overwritten: look at the newer version and edit again"
        )
