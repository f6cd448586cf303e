"""Per-page and per-element tables across sessions (``replay pages`` / ``replay elements``).

Everything is read from the insight index (no session is loaded), so a 10 000-session
library answers in well under a second. The frustration score is the session's score
(weighted signal hits per active minute, SIGNALS.md 10) of the sessions that visited the
page; "frustrated here" counts sessions with a detected spike that started on the page.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

import numpy as np

from replay.insights.index import ensure_index
from replay.insights.query import Filters

if TYPE_CHECKING:
    from replay.store.library import Library

#: How many signals / elements each page row lists.
TOP_N = 5


def duration_text(ms: float | None) -> str:
    """Return a time on page for people: ``"42 s"``, ``"12 min"`` from 10 minutes, ``"-"``.

    The one wording of the pages table's times (CLI, insights view, HTML report).
    """
    if ms is None:
        return "-"
    s = ms / 1000
    return f"{s:.0f} s" if s < 600 else f"{s / 60:.0f} min"


def score_text(value: float | None) -> str:
    """Return a score with two decimals, ``"-"`` for None (no scored session)."""
    return "-" if value is None else f"{value:.2f}"


def _quantiles(values: list[float]) -> dict[str, float | None]:
    if not values:
        return {"median": None, "p90": None, "mean": None}
    arr = np.asarray(values, dtype=np.float64)
    return {
        "median": round(float(np.median(arr)), 3),
        "p90": round(float(np.quantile(arr, 0.9)), 3),
        "mean": round(float(np.mean(arr)), 3),
    }


def _page_join(filters: Filters) -> tuple[str, list[Any]]:
    where, params = filters.where()
    return f"FROM insight_pages AS p WHERE {where}", params


def tag_counts(library: Library, filters: Filters) -> dict[str, Counter[str]]:
    """Return, per page URL, live tags by category code (a tag belongs to the page it starts on)."""
    join, params = _page_join(filters)
    cond, extra = filters.tag_conditions(alias="t.")
    sql = (
        "SELECT p.url, p.spans_json, t.start_ms, t.category "
        + join.replace(
            "FROM insight_pages AS p",
            "FROM tags AS t JOIN insight_pages AS p ON p.session_id = t.session_id",
        )
        + " AND "
        + " AND ".join(cond)
    )
    out: dict[str, Counter[str]] = defaultdict(Counter)
    with library.guard():
        rows = library.db.conn.execute(sql, [*params, *extra]).fetchall()
    for url, spans_json, start_ms, category in rows:
        if any(a <= start_ms <= b for a, b in json.loads(spans_json)):
            out[str(url)][str(category)] += 1
    return out


def pages_table(
    library: Library, filters: Filters, *, update_index: bool = True
) -> list[dict[str, Any]]:
    """Return one row per page URL, most sessions first (the ``replay pages --json`` rows).

    Fields (a contract): ``url``, ``sessions``, ``frustrated_sessions``, ``spikes``,
    ``time_on_page_ms`` {median, p90, mean}, ``score`` {median, p90, mean} (sessions with
    a detection), ``scored_sessions``, ``top_signals`` [{signal, hits, sessions}],
    ``top_elements`` [{target, hits}], ``tags_by_category`` {code: n}, ``tags``.
    """
    if update_index:
        ensure_index(library)
    bare, params = _page_join(filters)
    each = "FROM insight_pages AS p, json_each(p.{col}) AS j"
    with library.guard():
        conn = library.db.conn
        rows = conn.execute(
            f"SELECT p.url, p.time_ms, p.spikes, p.score {bare}", params
        ).fetchall()
        # Signal and element counts are summed by SQLite's JSON functions, not in Python.
        sig_rows = conn.execute(
            "SELECT p.url, j.key, SUM(j.value), COUNT(*) "
            + bare.replace(
                "FROM insight_pages AS p",
                each.format(col="signals_json"),
            )
            + " GROUP BY p.url, j.key",
            params,
        ).fetchall()
        el_rows = conn.execute(
            "SELECT p.url, j.key, SUM(j.value) "
            + bare.replace(
                "FROM insight_pages AS p",
                each.format(col="targets_json"),
            )
            + " GROUP BY p.url, j.key",
            params,
        ).fetchall()
    per: dict[str, dict[str, Any]] = {}
    for url, time_ms, spikes, score in rows:
        row = per.get(url)
        if row is None:
            row = per[url] = {
                "times": [],
                "scores": [],
                "spikes": 0,
                "frustrated": 0,
                "sessions": 0,
            }
        row["sessions"] += 1
        row["times"].append(time_ms)
        if score is not None:
            row["scores"].append(score)
        if spikes:
            row["spikes"] += spikes
            row["frustrated"] += 1
    signals: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for url, signal, hits, sessions in sig_rows:
        signals[url].append({"signal": signal, "hits": int(hits), "sessions": int(sessions)})
    elements: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for url, target, hits in el_rows:
        elements[url].append({"target": target, "hits": int(hits)})
    tags = tag_counts(library, filters)
    out = []
    for url, row in per.items():
        cats = tags.get(url, Counter())
        out.append(
            {
                "url": url,
                "sessions": row["sessions"],
                "frustrated_sessions": row["frustrated"],
                "spikes": row["spikes"],
                "time_on_page_ms": _quantiles(row["times"]),
                "score": _quantiles(row["scores"]),
                "scored_sessions": len(row["scores"]),
                "top_signals": sorted(signals[url], key=lambda r: (-r["hits"], r["signal"]))[
                    :TOP_N
                ],
                "top_elements": sorted(elements[url], key=lambda r: (-r["hits"], r["target"]))[
                    :TOP_N
                ],
                "tags_by_category": dict(sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))),
                "tags": sum(cats.values()),
            }
        )
    out.sort(key=lambda r: (-r["sessions"], r["url"]))
    return out


def elements_table(
    library: Library, filters: Filters, *, limit: int = 50, update_index: bool = True
) -> list[dict[str, Any]]:
    """Return the most frustrating elements (by target label) on the matching pages.

    Fields (a contract): ``target``, ``hits`` (signal hits naming it), ``sessions``,
    ``pages`` (distinct URLs), ``signals`` {signal: hits}, ``urls`` (up to 5).
    """
    if update_index:
        ensure_index(library)
    join, params = _page_join(filters)
    with library.guard():
        rows = library.db.conn.execute(
            "SELECT h.target, h.signal, h.url, h.session_id, h.n "
            + join.replace(
                "FROM insight_pages AS p",
                "FROM insight_hits AS h JOIN insight_pages AS p"
                " ON p.session_id = h.session_id AND p.url = h.url",
            )
            + " AND h.target != ''",
            params,
        ).fetchall()
    per: dict[str, dict[str, Any]] = {}
    for target, signal, url, sid, n in rows:
        row = per.setdefault(
            target, {"hits": 0, "sessions": set(), "urls": Counter(), "signals": Counter()}
        )
        row["hits"] += int(n)
        row["sessions"].add(int(sid))
        row["urls"][url] += int(n)
        row["signals"][signal] += int(n)
    out = [
        {
            "target": target,
            "hits": row["hits"],
            "sessions": len(row["sessions"]),
            "pages": len(row["urls"]),
            "signals": dict(row["signals"].most_common()),
            "urls": [u for u, _ in row["urls"].most_common(5)],
        }
        for target, row in per.items()
    ]
    out.sort(key=lambda r: (-r["hits"], -r["sessions"], r["target"]))
    return out[:limit]
