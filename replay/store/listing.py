"""The session list as columns (numpy arrays), for the app's session table.

One query (:data:`SELECT_COLUMNS`) fetches what the table shows for every session; the
rows are transposed once into arrays, so the table sorts and filters 10 000 sessions with
numpy instead of asking Python objects cell by cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from replay.store.search import SessionQuery, where_sql

#: The app's session table columns, one query (Listing.from_rows reads them in this order).
SELECT_COLUMNS = """
SELECT s.id, s.source_name, s.format, s.device, s.duration_ms, d.score, d.spike_count,
       COALESCE(t.n, 0), s.reviewed_at IS NOT NULL, s.started_at_ms
FROM sessions AS s NOT INDEXED
LEFT JOIN detections AS d INDEXED BY idx_detections_listing ON d.session_id = s.id
LEFT JOIN (
    SELECT session_id, COUNT(*) AS n FROM tags WHERE deleted_at IS NULL GROUP BY session_id
) AS t ON t.session_id = s.id
"""


def listing_columns_query(query: SessionQuery) -> tuple[str, list[Any]]:
    """Return the SQL and parameters of :meth:`Library.listing` (id order)."""
    where, params = where_sql(query)
    sql = SELECT_COLUMNS
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql + " ORDER BY s.id", params


@dataclass(frozen=True, slots=True)
class Listing:
    """The session list as columns: numpy arrays for numbers, lists for text.

    ``score`` is NaN and ``spikes`` -1 where detection has not run yet.
    """

    id: npt.NDArray[np.int64]
    source_name: list[str]
    format: list[str]
    device: list[str]
    duration_ms: npt.NDArray[np.int64]
    score: npt.NDArray[np.float64]
    spikes: npt.NDArray[np.int64]
    tags: npt.NDArray[np.int64]
    reviewed: npt.NDArray[np.bool_]
    started_at_ms: npt.NDArray[np.float64]

    def __len__(self) -> int:
        return len(self.id)

    @classmethod
    def from_rows(cls, rows: Sequence[Sequence[Any]]) -> Listing:
        """Build from the rows of :data:`SELECT_COLUMNS` (transposed once, no per-row objects)."""
        if not rows:
            cols: list[Sequence[Any]] = [()] * 10
        else:
            cols = list(zip(*rows, strict=True))
        return cls(
            id=np.array(cols[0], dtype=np.int64),
            source_name=list(cols[1]),
            format=list(cols[2]),
            device=list(cols[3]),
            duration_ms=np.array(cols[4], dtype=np.int64),
            score=np.array([np.nan if v is None else v for v in cols[5]], dtype=np.float64),
            spikes=np.array([-1 if v is None else v for v in cols[6]], dtype=np.int64),
            tags=np.array(cols[7], dtype=np.int64),
            reviewed=np.array(cols[8], dtype=bool),
            started_at_ms=np.array(
                [np.nan if v is None else v for v in cols[9]], dtype=np.float64
            ),
        )

    @classmethod
    def from_session_rows(cls, rows: Sequence[Any]) -> Listing:
        """Build from ``SessionRow``-like objects (tests, and callers that have them)."""
        return cls.from_rows(
            [
                (
                    r.id,
                    r.source_name,
                    r.format,
                    r.device,
                    r.duration_ms,
                    r.score,
                    r.spike_count,
                    r.tag_count,
                    bool(r.reviewed_at),
                    getattr(r, "started_at_ms", None),
                )
                for r in rows
            ]
        )
