"""Search across sessions: one rule for the app's query field and ``replay sessions`` options.

A :class:`SessionQuery` holds every filter; :func:`where_sql` turns it into one SQL
``WHERE`` over the listing query (``replay/store/rows.py``), so the CLI and the app get the
same sessions for the same query. :func:`parse_query` reads the app's single query field
(``signal:rage_click url:*checkout* note:cart reviewed:no free words``).

The facts a session is searched by that live inside its channels (the page URLs it
visited, the targets it clicked or tapped) or inside its detection result (the signals
that fired) are kept in the ``session_terms`` table, written at import and at detection
(:func:`session_terms_rows`, :func:`signal_terms_rows`), so a 10 000-session library is
filtered without reading a single channel BLOB or hits JSON.

Meanings (docs/findings.md, "Search across sessions"):

- ``signal``: at least one hit of that detector in the latest detection result.
- ``url``: a page URL the session visited matches the glob (``*`` any run, ``?`` one
  character, ``[...]`` a class), case-insensitively; a pattern without ``*?[`` matches
  anywhere in the URL.
- ``target``: text in the description of a clicked or tapped element
  (``button#buy "Add to cart"``), case-insensitively.
- ``category``, ``note``, ``reviewer``: a live (not deleted) tag with that category code,
  with that text in its note (case-insensitively), by that reviewer. ``reviewer`` also
  matches the reviewer who marked the session reviewed.
- ``reviewed``: yes = the session is marked reviewed or has at least one live tag; no =
  neither.
- ``device``, ``format``: exact.
- ``since``, ``until``: the recording's start (UTC) on or after / on or before; a date
  without a time means the whole day. Sessions without a wall clock never match.
- ``min_score``, ``max_score``: inclusive bounds on the latest score; sessions not yet
  scored never match.
- ``text``: the one free-text rule, ``replay.store.rows.matches_search``: every word
  (case-folded, any script) in the source path, title, format, device, ``#id`` or the
  values of the format-specific facts.
"""

from __future__ import annotations

import json
import shlex
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from replay.model.session import Session
    from replay.signals.result import DetectionResult

#: ``sessions(sort=...)`` keys -> SQL expressions over the listing query's columns.
SORT_KEYS: dict[str, str] = {
    "id": "s.id",
    "source": "s.source",
    "format": "s.format",
    "device": "s.device",
    "duration": "s.duration_ms",
    "started": "s.started_at_ms",
    "events": "s.n_events",
    "score": "d.score",
    "spikes": "d.spike_count",
    "tags": "tag_count",
}
#: The SQL function of the one free-text rule (``replay.store.rows.sql_matches_search``,
#: registered on every library connection by ``replay.store.connection``).
SQL_MATCHES_SEARCH = "replay_matches_search"
#: ``session_terms.kind`` values.
TERM_KINDS = ("url", "target", "signal")
#: Query-field keys -> SessionQuery fields (aliases included).
FIELD_KEYS = {
    "signal": "signal",
    "url": "url",
    "page": "url",
    "target": "target",
    "category": "category",
    "cat": "category",
    "note": "note",
    "reviewer": "reviewer",
    "by": "reviewer",
    "reviewed": "reviewed",
    "device": "device",
    "format": "format",
    "since": "since",
    "after": "since",
    "until": "until",
    "before": "until",
    "min-score": "min_score",
    "max-score": "max_score",
    "score": "score",
}
_YES = {"yes", "y", "true", "1"}
_NO = {"no", "n", "false", "0"}


@dataclass(frozen=True, slots=True)
class SessionQuery:
    """Every filter of the session search (None / "" = no filter); see the module doc."""

    signal: str | None = None
    url: str | None = None
    target: str | None = None
    category: str | None = None
    note: str | None = None
    reviewer: str | None = None
    reviewed: bool | None = None
    device: str | None = None
    format: str | None = None
    since_ms: int | None = None
    until_ms: int | None = None
    min_score: float | None = None
    max_score: float | None = None
    min_duration_ms: int | None = None
    max_duration_ms: int | None = None
    text: str = ""
    #: Blind mode (issue 16, ``replay.store.blind``): the reviewer looking. Tag filters
    #: then see only the tags this reviewer may see (their own, and every tag of the
    #: sessions they marked done); with ``viewer_spikes_hidden``, signal and score filters
    #: match only the sessions they marked done.
    viewer: str | None = None
    viewer_spikes_hidden: bool = False

    def is_empty(self) -> bool:
        """Return True when no filter is set (the blind-mode viewer is not a filter)."""
        return all(
            getattr(self, f.name) in (None, "", False)
            for f in fields(self)
            if f.name not in ("viewer", "viewer_spikes_hidden")
        )


def blind_scope(conn: sqlite3.Connection, reviewer: str) -> tuple[str, bool] | None:
    """Return ``(reviewer, spikes hidden)`` when the library is in blind mode, else None.

    Reads ``library_settings`` (``replay.store.blind``: keys ``blind``, ``blind_spikes``)
    with one query, without importing the blind-mode module (it loads numpy).
    """
    try:
        values = dict(
            conn.execute(
                "SELECT key, value FROM library_settings WHERE key IN ('blind', 'blind_spikes')"
            ).fetchall()
        )
    except sqlite3.OperationalError:  # no such table: a library without team review
        return None
    if values.get("blind") != "1":
        return None
    return reviewer, values.get("blind_spikes") == "1"


def parse_date(value: str, *, end: bool = False) -> int:
    """Return ``YYYY-MM-DD`` or an ISO 8601 time as epoch ms (UTC unless an offset is given).

    ``end=True`` makes a date alone mean the end of that day (for ``until``).

    Raises
    ------
    ValueError
        Not a date.
    """
    text = value.strip()
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    if end and len(text) <= 10:
        when += timedelta(days=1) - timedelta(milliseconds=1)
    return int(when.timestamp() * 1000)


def parse_bool(value: str) -> bool:
    """Return yes/no (y/n, true/false, 1/0) as a bool.

    Raises
    ------
    ValueError
        Anything else.
    """
    word = value.strip().lower()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise ValueError(f"reviewed must be yes or no, not {value!r}")


def _score_range(value: str) -> tuple[float | None, float | None]:
    text = value.strip()
    try:
        if ".." in text:
            lo, hi = text.split("..", 1)
            return (float(lo) if lo else None, float(hi) if hi else None)
        if text.startswith(">="):
            return float(text[2:]), None
        if text.startswith("<="):
            return None, float(text[2:])
        if text.startswith(">"):
            return float(text[1:]), None
        if text.startswith("<"):
            return None, float(text[1:])
        return float(text), float(text)
    except ValueError:
        raise ValueError(
            f"score must be a number or a range (2..5, >2, <1), not {value!r}"
        ) from None


def parse_query(text: str) -> SessionQuery:
    """Read the app's query field: ``key:value`` terms and free words.

    Keys: signal, url (page), target, category (cat), note, reviewer (by), reviewed
    (yes/no), device, format, since (after), until (before), score (``2..5``, ``>2``,
    ``<1``), min-score, max-score. Quote values with spaces (``note:"no stock"``). A word
    with an unknown key is free text.

    Raises
    ------
    ValueError
        A value that cannot be read (a date, a score, reviewed), with the term named.
    """
    try:
        words = shlex.split(text)
    except ValueError:  # an unbalanced quote while typing: read words as they are
        words = text.split()
    values: dict[str, Any] = {}
    free: list[str] = []
    for word in words:
        key, sep, value = word.partition(":")
        name = FIELD_KEYS.get(key.lower()) if sep else None
        if name is None or not value:
            free.append(word)
            continue
        if name == "reviewed":
            values["reviewed"] = parse_bool(value)
        elif name == "since":
            values["since_ms"] = parse_date(value)
        elif name == "until":
            values["until_ms"] = parse_date(value, end=True)
        elif name == "score":
            lo, hi = _score_range(value)
            values["min_score"], values["max_score"] = lo, hi
        elif name in ("min_score", "max_score"):
            values[name] = _score_range(value)[0 if name == "min_score" else 1]
            if values[name] is None:
                values[name] = float(value)
        else:
            values[name] = value
    return SessionQuery(text=" ".join(free), **values)


def with_text(query: SessionQuery, text: str) -> SessionQuery:
    """Return ``query`` with its free text replaced."""
    return replace(query, text=text)


def _contains(text: str) -> str:
    """Return a LIKE pattern (escape character: backslash) matching ``text`` anywhere."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _glob(pattern: str) -> str:
    pattern = pattern.lower()
    return pattern if any(ch in pattern for ch in "*?[") else f"*{pattern}*"


def where_sql(query: SessionQuery) -> tuple[list[str], list[Any]]:
    """Return the ``WHERE`` clauses (joined by AND) and parameters for ``query``.

    The clauses use the listing query's aliases: ``s`` (sessions), ``d`` (detections).
    """
    where: list[str] = []
    params: list[Any] = []

    def add(clause: str, *values: Any) -> None:
        where.append(clause)
        params.extend(values)

    def term(kind: str, test: str, value: Any) -> None:
        add(
            "s.id IN (SELECT session_id FROM session_terms WHERE kind = ? AND " + test + ")",
            kind,
            value,
        )

    if query.signal:
        term("signal", "value = ?", query.signal)
    if query.url:
        term("url", "lower(value) GLOB ?", _glob(query.url))
    if query.target:
        term("target", "value LIKE ? ESCAPE '\\'", _contains(query.target))
    live = "SELECT session_id FROM tags WHERE deleted_at IS NULL"
    done = "SELECT session_id FROM session_done WHERE reviewer = ?"
    viewer = query.viewer
    if viewer is not None:  # blind mode: the tags this reviewer may see (blind.Viewer)
        live += f" AND (session_id IN ({done}) OR (origin = 'reviewer' AND reviewer = ?))"

    def tags_in(condition: str, *values: Any) -> None:
        extra = [viewer, viewer] if viewer is not None else []
        add(f"s.id IN ({live}{condition})", *extra, *values)

    if query.category:
        tags_in(" AND category = ?", query.category)
    if query.note:
        tags_in(" AND note LIKE ? ESCAPE '\\'", _contains(query.note))
    extra = [viewer, viewer] if viewer is not None else []
    if query.reviewer:
        add(
            f"(s.reviewed_by = ? OR s.id IN ({live} AND reviewer = ?))",
            query.reviewer,
            *extra,
            query.reviewer,
        )
    if query.reviewed is not None:
        reviewed = f"(s.reviewed_at IS NOT NULL OR s.id IN ({live}))"
        add(reviewed if query.reviewed else f"NOT {reviewed}", *extra)
    if (
        viewer is not None
        and query.viewer_spikes_hidden
        and (query.signal or query.min_score is not None or query.max_score is not None)
    ):
        add(f"s.id IN ({done})", viewer)  # the detector's findings of done sessions only
    simple = (
        ("device", "s.device = ?"),
        ("format", "s.format = ?"),
        ("since_ms", "s.started_at_ms >= ?"),
        ("until_ms", "s.started_at_ms <= ?"),
        ("min_score", "d.score >= ?"),
        ("max_score", "d.score <= ?"),
        ("min_duration_ms", "s.duration_ms >= ?"),
        ("max_duration_ms", "s.duration_ms <= ?"),
    )
    for name, clause in simple:
        value = getattr(query, name)
        if value is not None and value != "":
            add(clause, value)
    for word in query.text.casefold().split():
        # The one free-text rule (replay.store.rows.matches_search): every case-folded word
        # in the row's search text, stored case-folded at import (sessions.search_text).
        add("instr(s.search_text, ?) > 0", word)
    return where, params


def session_terms_rows(session_id: int, session: Session) -> Iterator[tuple[int, str, str]]:
    """Yield the ``session_terms`` rows of an imported session: its URLs and clicked targets."""
    import numpy as np

    from replay.model.chunked import ChunkedColumns, column_chunks
    from replay.model.session import InteractionKind

    seen: set[tuple[str, str]] = set()
    nav = session.channels.get("navigation")
    if nav is not None and len(nav):
        urls: set[int] = set()
        for part in column_chunks(nav.columns, "url"):  # a big import's channel: by chunk
            urls.update(np.unique(part).tolist())
        for index in sorted(urls):
            url = session.string(int(index))
            if url:
                seen.add(("url", url))
    inter = session.channels.get("interactions")
    if inter is not None and len(inter):
        # Taps are recorded as clicks with a touch pointer (rrweb's numbering).
        kinds = (InteractionKind.CLICK, InteractionKind.DBL_CLICK, InteractionKind.CONTEXT_MENU)
        cols = inter.columns
        parts = cols.chunks() if isinstance(cols, ChunkedColumns) else [cols]
        targets: set[int] = set()
        for part in parts:
            clicked = part["target"][np.isin(part["kind"], [int(k) for k in kinds])]
            targets.update(np.unique(clicked).tolist())
        for index in sorted(targets):
            node = session.node(int(index))
            if node is not None:
                seen.add(("target", node.describe()))
    for kind, value in sorted(seen):
        yield session_id, kind, value


def signal_terms_rows(session_id: int, result: DetectionResult) -> list[tuple[int, str, str]]:
    """Return the ``session_terms`` rows of a detection result: one per signal that fired."""
    return [(session_id, "signal", name) for name in sorted({h.signal for h in result.hits})]


def signal_names_from_hits_json(hits_json: str) -> list[str]:
    """Return the signals named in a stored ``hits_json`` (for the migration's backfill)."""
    try:
        hits = json.loads(hits_json)
    except ValueError:
        return []
    return sorted({str(h.get("signal")) for h in hits if isinstance(h, dict) and h.get("signal")})
