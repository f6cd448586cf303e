"""SessionRow: one session's listing facts, and the SQL that lists and filters them.

The listing joins the latest detection (score, spikes) and the live tag count, so
``replay sessions --sort score`` works from the sessions table alone, without loading any
channel BLOB: listing thousands of sessions reads a few KB each. The detection's score and
spike count come from a covering index (``idx_detections_listing``), not from its rows
(a few KB of hits JSON each); the sessions table is read in rowid order (``NOT INDEXED``:
the planner otherwise walks the start-time index, a random read per session).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from replay.store.search import SORT_KEYS, SQL_MATCHES_SEARCH, SessionQuery, where_sql

if TYPE_CHECKING:
    from replay.model.session import ImportReport

__all__ = [
    "SELECT_ROWS",
    "SORT_KEYS",
    "SQL_MATCHES_SEARCH",
    "SessionRow",
    "listing_query",
    "matches_search",
]

SELECT_ROWS = """
SELECT s.id, s.source, s.source_name, s.format, s.device, s.viewport_width_px,
       s.viewport_height_px, s.started_at_ms, s.duration_ms, s.n_events, s.n_pointer,
       s.n_clicks, s.n_scroll, s.counts_json, s.report_json, s.imported_at, s.title,
       s.reviewed_at, s.reviewed_by, s.extra_json, d.score, d.spike_count,
       COALESCE(t.n, 0) AS tag_count
FROM sessions AS s NOT INDEXED
LEFT JOIN detections AS d INDEXED BY idx_detections_listing ON d.session_id = s.id
LEFT JOIN (
    SELECT session_id, COUNT(*) AS n FROM tags WHERE deleted_at IS NULL GROUP BY session_id
) AS t ON t.session_id = s.id
"""


#: The columns ``replay sessions`` prints (no JSON, no per-row object): TableRow order.
SELECT_TABLE = SELECT_ROWS.replace(
    SELECT_ROWS[: SELECT_ROWS.index("FROM sessions")],
    """
SELECT s.id, s.format, s.device, s.viewport_width_px || 'x' || s.viewport_height_px,
       COALESCE(strftime('%Y-%m-%d %H:%M:%S', s.started_at_ms / 1000.0, 'unixepoch'), '-'),
       s.duration_ms, s.n_events, d.score, d.spike_count, COALESCE(t.n, 0) AS tag_count,
       s.source
""",
)


def iso_from_ms(epoch_ms: int | None) -> str | None:
    """Return epoch milliseconds as ISO 8601 UTC with ms, or None."""
    if epoch_ms is None:
        return None
    try:
        return datetime.fromtimestamp(epoch_ms / 1000, tz=UTC).isoformat(timespec="milliseconds")
    except (OverflowError, ValueError, OSError):
        return None  # beyond year 9999 (a damaged stored value): no date rather than no list


@dataclass(frozen=True, slots=True)
class SessionRow:
    """What the library knows about one session without loading its channels.

    Attributes
    ----------
    id : int
        The session id (``#id`` in the CLI).
    source : str
        The file path as the user gave it at import.
    source_name : str
        The file's base name.
    format, device : str
        ``rrweb`` / ``mouselog`` / ``native``; ``desktop`` / ``mobile`` / ``tablet`` / ``unknown``.
    viewport_width_px, viewport_height_px : int
        The first known viewport; 0 x 0 means unknown (the recording had no size), shown
        as "unknown" and given as ``null`` in JSON.
    started_at_ms : int or None
        Epoch ms of the first event.
    duration_ms : int
        Last minus first event time.
    n_events, n_pointer, n_clicks, n_scroll : int
        Rows over all channels; pointer rows; CLICK interactions; scroll rows.
    counts_json, report_json, extra_json : str
        As stored; read through :attr:`counts`, :attr:`report` and :attr:`extra`.
    imported_at : str
        ISO 8601 UTC.
    title : str
        Display name.
    reviewed_at, reviewed_by : str or None
        Set when a reviewer marked the session reviewed.
    score : float or None
        Latest frustration score; None when detection has not run.
    spike_count : int or None
        Latest number of spikes; None when detection has not run.
    tag_count : int
        Live (not deleted) tags.
    """

    id: int
    source: str
    source_name: str
    format: str
    device: str
    viewport_width_px: int
    viewport_height_px: int
    started_at_ms: int | None
    duration_ms: int
    n_events: int
    n_pointer: int
    n_clicks: int
    n_scroll: int
    counts_json: str = "{}"
    report_json: str = "{}"
    imported_at: str = ""
    title: str = ""
    reviewed_at: str | None = None
    reviewed_by: str | None = None
    extra_json: str = "{}"
    score: float | None = None
    spike_count: int | None = None
    tag_count: int = 0

    @classmethod
    def from_db(cls, row: Sequence[Any]) -> SessionRow:
        """Build from one row of :data:`SELECT_ROWS` (the columns in field order)."""
        return cls(*row)

    # The JSON columns are read when asked for: listing 10 000 sessions parses none.
    @property
    def counts(self) -> dict[str, int]:
        """Rows per channel, plus ``clicks``."""
        return {str(k): int(v) for k, v in json.loads(self.counts_json).items()}

    @property
    def report(self) -> ImportReport:
        """What the importer repaired or dropped."""
        from replay.model.session import ImportReport

        return ImportReport.from_json(json.loads(self.report_json))

    @property
    def extra(self) -> dict[str, str]:
        """Format-specific facts."""
        return {str(k): str(v) for k, v in json.loads(self.extra_json).items()}

    @property
    def viewport_known(self) -> bool:
        """False when the recording gave no viewport size (stored as 0 x 0)."""
        return self.viewport_width_px > 0 and self.viewport_height_px > 0

    def viewport_text(self, *, unit: str = "") -> str:
        """Return ``1280x720`` (with ``unit`` appended) or ``unknown``."""
        if not self.viewport_known:
            return "unknown"
        return f"{self.viewport_width_px}x{self.viewport_height_px}{unit}"

    @property
    def started_at(self) -> str | None:
        """The start as ISO 8601 UTC, or None when the recording has no wall clock."""
        return iso_from_ms(self.started_at_ms)

    def to_json(self) -> dict[str, Any]:
        """Return the JSON object ``replay import --json`` and ``replay sessions --json`` print.

        Contract fields (issue 2): ``id``, ``source`` (the path as given), ``format``,
        ``device``, ``events``, ``duration_ms``; then viewport, start, counts, detection
        results, tags, review state and the import report.
        """
        return {
            "id": self.id,
            "source": self.source,
            "source_name": self.source_name,
            "title": self.title,
            "format": self.format,
            "device": self.device,
            "events": self.n_events,
            "duration_ms": self.duration_ms,
            "viewport": (
                {"width_px": self.viewport_width_px, "height_px": self.viewport_height_px}
                if self.viewport_known
                else None
            ),
            "started_at": self.started_at,
            "started_at_ms": self.started_at_ms,
            "pointer": self.n_pointer,
            "clicks": self.n_clicks,
            "scroll": self.n_scroll,
            "counts": dict(self.counts),
            "score": self.score,
            "spikes": self.spike_count,
            "tags": self.tag_count,
            "imported_at": self.imported_at,
            "reviewed_at": self.reviewed_at,
            "reviewed_by": self.reviewed_by,
            "extra": dict(self.extra),
            "report": self.report.to_json(),
        }


def search_words(query: str) -> list[str]:
    """Split a session search into case-folded words (no words: no filter)."""
    return query.casefold().split()


def search_text(
    *, session_id: int, source: str, title: str, format: str, device: str, extra: Mapping[str, str]
) -> str:
    """Return what a session search looks in, case-folded.

    The source path, the title, the format, the device class, ``#<id>`` and the values of
    ``extra`` (e.g. a Balabit ``user``).
    """
    parts = [source, title or "", format, device, f"#{session_id}", *extra.values()]
    return " ".join(parts).casefold()


class Searchable(Protocol):
    """What the search rule reads of a session row (:class:`SessionRow` has it all)."""

    @property
    def id(self) -> int:
        """The session id."""

    @property
    def source(self) -> str:
        """The path as imported."""

    @property
    def title(self) -> str:
        """The recording's title."""

    @property
    def format(self) -> str:
        """``rrweb``, ``mouselog`` or ``native``."""

    @property
    def device(self) -> str:
        """The device class."""

    @property
    def extra(self) -> Mapping[str, str]:
        """Format-specific facts."""


def matches_search(row: Searchable, query: str, *, also: Sequence[str] = ()) -> bool:
    """Return True when every word of ``query`` is in the row's search text (THE search rule).

    Case-insensitive (``casefold``), any script, words in any order, no wildcards:
    ``"rage desktop"`` finds a desktop session whose file name holds "rage". ``replay
    sessions --search`` runs it inside SQLite (:func:`sql_matches_search`, registered on
    every library connection); the app's search box calls it with ``also`` = the
    translated names it shows (a device searched by its Thai name).
    """
    words = search_words(query)
    if not words:
        return True
    text = search_text(
        session_id=row.id,
        source=row.source,
        title=row.title,
        format=row.format,
        device=row.device,
        extra=row.extra,
    )
    if also:
        text = " ".join([text, *also]).casefold()
    return all(word in text for word in words)


def sql_matches_search(
    query: str,
    session_id: int,
    source: str,
    title: str | None,
    fmt: str,
    device: str,
    extra_json: str,
) -> int:
    """:func:`matches_search` on the columns of one ``sessions`` row (1 or 0, for SQLite).

    SQLite calls it once per row; the row's search text and the query's words are cached
    (the same query runs on every row; the rows come back keystroke after keystroke).
    """
    text = _row_search_text(int(session_id), source or "", title or "", fmt or "", device or "",
                            extra_json or "{}")  # fmt: skip
    return int(all(word in text for word in _query_words(query)))


def stored_search_text(
    session_id: int, source: str, title: str | None, fmt: str, device: str, extra_json: str
) -> str:
    """Return the ``sessions.search_text`` of a stored row: :func:`search_text`, case-folded."""
    return _row_search_text(
        int(session_id), source or "", title or "", fmt or "", device or "", extra_json or "{}"
    )


@functools.lru_cache(maxsize=64)
def _query_words(query: str) -> tuple[str, ...]:
    return tuple(search_words(query))


@functools.lru_cache(maxsize=32_768)
def _row_search_text(
    session_id: int, source: str, title: str, fmt: str, device: str, extra_json: str
) -> str:
    try:
        extra = {str(k): str(v) for k, v in json.loads(extra_json).items()}
    except (ValueError, AttributeError):
        extra = {}
    return search_text(
        session_id=session_id, source=source, title=title, format=fmt, device=device, extra=extra
    )


def listing_query(
    *,
    sort: str,
    descending: bool,
    query: SessionQuery,
    limit: int | None,
    select: str = SELECT_ROWS,
) -> tuple[str, list[Any]]:
    """Return the SQL and parameters for :meth:`Library.sessions` (or ``select``'s columns).

    Sessions without a value for the sort key (no detection yet) come last.

    Raises
    ------
    ValueError
        On an unknown sort key.
    """
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}; use one of {', '.join(SORT_KEYS)}")
    where, params = where_sql(query)
    sql = select
    if where:
        sql += " WHERE " + " AND ".join(where)
    direction = "DESC" if descending else "ASC"
    # Ties (and sessions without a value) keep import order, whatever the direction.
    sql += f" ORDER BY {SORT_KEYS[sort]} {direction} NULLS LAST, s.id ASC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return sql, params
