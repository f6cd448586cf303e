"""Filters shared by every insight (heatmaps, tables, outcomes, report) and their SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from replay.errors import ReplayError

#: Viewport width buckets (CSS px, lower bounds): a page laid out at 375 px and at 1440 px
#: puts the same element in different places, so points are only ever pooled within one.
WIDTH_BUCKETS: tuple[tuple[str, int, int], ...] = (
    ("phone", 0, 600),
    ("tablet", 600, 1024),
    ("laptop", 1024, 1440),
    ("desktop", 1440, 1920),
    ("wide", 1920, 1_000_000),
)


def width_bucket(width_px: int) -> str:
    """Return the name of the width bucket ``width_px`` falls in."""
    for name, lo, hi in WIDTH_BUCKETS:
        if lo <= width_px < hi:
            return name
    return WIDTH_BUCKETS[-1][0]


def bucket_bounds(name: str) -> tuple[int, int]:
    """Return ``(lo, hi)`` px of a bucket name.

    Raises
    ------
    ReplayError
        On an unknown bucket name.
    """
    for bucket, lo, hi in WIDTH_BUCKETS:
        if bucket == name:
            return lo, hi
    names = ", ".join(b[0] for b in WIDTH_BUCKETS)
    raise ReplayError(f"unknown width bucket {name!r} (one of: {names})")


def parse_date(text: str | None, *, end: bool = False) -> int | None:
    """Return epoch ms of ``YYYY-MM-DD`` (UTC; the day's end when ``end``), None for None.

    Raises
    ------
    ReplayError
        When the text is not a date.
    """
    if text is None:
        return None
    try:
        day = dt.datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=dt.UTC)
    except ValueError:
        raise ReplayError(f"{text!r} is not a date (YYYY-MM-DD)") from None
    if end:
        day += dt.timedelta(days=1)
    return int(day.timestamp() * 1000)


@dataclass(frozen=True)
class Filters:
    """Which sessions and pages an insight covers.

    Attributes
    ----------
    url : str
        Page URL glob (``*`` any text, ``?`` one character, ``[abc]``), case-sensitive
        like URLs; ``*`` is every page, including mouse logs' URL-less screen ("").
    device : str or None
        desktop | mobile | tablet | unknown.
    since_ms, until_ms : int or None
        Session start (epoch ms), inclusive / exclusive. Sessions without a wall clock
        are left out when either is set.
    category : str or None
        Only sessions with a live tag of this category code (tags heatmap: only such tags).
    reviewer : str or None
        Only sessions with a live tag by this reviewer (tags heatmap: only their tags).
    """

    url: str = "*"
    device: str | None = None
    since_ms: int | None = None
    until_ms: int | None = None
    category: str | None = None
    reviewer: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """Return a SQL condition over ``p`` (insight_pages) and its params."""
        parts = ["p.url GLOB ?"]
        params: list[Any] = [self.url]
        # Session facts as subqueries: no query over pages has to join the (wide) sessions
        # table unless a session filter is set.
        facts: list[str] = []
        fact_params: list[Any] = []
        if self.device:
            facts.append("device = ?")
            fact_params.append(self.device)
        if self.since_ms is not None:
            facts.append("started_at_ms >= ?")
            fact_params.append(self.since_ms)
        if self.until_ms is not None:
            facts.append("started_at_ms < ?")
            fact_params.append(self.until_ms)
        if facts:
            parts.append(f"p.session_id IN (SELECT id FROM sessions WHERE {' AND '.join(facts)})")
            params.extend(fact_params)
        if self.category or self.reviewer:
            cond, tag_params = self.tag_conditions(alias="t.")
            params.extend(tag_params)
            cond.insert(0, "t.session_id = p.session_id")
            parts.append(f"EXISTS (SELECT 1 FROM tags AS t WHERE {' AND '.join(cond)})")
        return " AND ".join(parts), params

    def tag_conditions(self, *, alias: str) -> tuple[list[str], list[Any]]:
        """Return the SQL conditions picking live tags of the category/reviewer filter.

        Parameters
        ----------
        alias : str
            Prefix of the tags table's columns: ``"t."``, or ``""`` when unaliased.

        Returns
        -------
        tuple
            The conditions (to join with AND; the first keeps live tags) and their params.
        """
        cond = [f"{alias}deleted_at IS NULL"]
        params: list[Any] = []
        if self.category:
            cond.append(f"{alias}category = ?")
            params.append(self.category)
        if self.reviewer:
            cond.append(f"{alias}reviewer = ?")
            params.append(self.reviewer)
        return cond, params

    def to_json(self) -> dict[str, Any]:
        """Return the filters as a JSON object (echoed in every ``--json`` output)."""
        return {
            "url": self.url,
            "device": self.device,
            "since_ms": self.since_ms,
            "until_ms": self.until_ms,
            "category": self.category,
            "reviewer": self.reviewer,
        }


def category_choices(library: Any) -> list[tuple[str, str]]:
    """Return ``(code, label)`` of the codebook's categories, for a filter menu."""
    return [(c.code, c.label) for c in library.tags.categories()]
