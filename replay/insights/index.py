"""The insight index: per session and page URL, the points heatmaps and tables aggregate.

Insights across 10 000 sessions cannot load every session's channels each time (that is
seconds of BLOB decoding). So each session is reduced once, after import and detection, to
a few rows: one per page URL with its time on page, scroll reach, spikes and a small BLOB of
points in **document coordinates** (client position + the page's scroll offset at that
moment), and one row per (page, signal, target) count. The rows carry a key (index version,
detection config hash and time): :func:`ensure_index` rebuilds exactly the sessions whose
key is stale, so re-running detection or importing more is picked up on the next query.

Outcomes written in the recording itself are harvested here too (:mod:`replay.insights.outcomes`).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from replay.model.session import InteractionKind, Session
from replay.model.timeline import document_scroll_targets
from replay.store import codec

if TYPE_CHECKING:
    from replay.signals.result import DetectionResult
    from replay.store.library import Library

#: Bump when what the index stores changes: every session is then re-indexed once.
INDEX_VERSION = "4"

#: One point: kind (see KIND_*), document x/y in CSS px, and a weight (dwell: ms; track: t_ms).
POINT_DTYPE = np.dtype([("kind", "u1"), ("x", "<f4"), ("y", "<f4"), ("w", "<f4")])
KIND_CLICK = 0
KIND_RAGE = 1
KIND_DEAD = 2
KIND_DWELL = 3
KIND_TRACK = 4
#: ``insight_points.layer`` -> the kinds it holds (a heatmap reads one layer only).
LAYERS: dict[str, tuple[int, ...]] = {
    "marks": (KIND_CLICK, KIND_RAGE, KIND_DEAD),
    "dwell": (KIND_DWELL,),
    "track": (KIND_TRACK,),
}

#: Dwell cells are this many document px square (a heatmap blurs over ~14 px anyway); a
#: resting cursor counts at most CAP ms.
DWELL_CELL_PX = 24
DWELL_CAP_MS = 3000
#: The cursor track (for placing tags) keeps one position per this many ms.
TRACK_STEP_MS = 1000

#: rrweb custom event tag that carries a session outcome (docs/insights.md "Outcomes").
OUTCOME_EVENT_TAG = "replay.outcome"


@dataclass
class PageFacts:
    """What one session did on one page URL (all visits together)."""

    url: str
    spans: list[list[int]] = field(default_factory=list)
    width_px: int = 0
    height_px: int = 0
    reach_px: float = 0.0
    spikes: int = 0
    points: list[npt.NDArray[Any]] = field(default_factory=list)
    hits: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def time_ms(self) -> int:
        """Time on the page over all visits."""
        return int(sum(end - start for start, end in self.spans))


@dataclass(frozen=True)
class Outcome:
    """A session's outcome: converted or not, order value (None unknown), currency."""

    converted: bool
    value: float | None = None
    currency: str = ""


def _points(kind: int, x: Any, y: Any, w: Any) -> npt.NDArray[Any]:
    x = np.asarray(x, dtype=np.float32)
    out = np.empty(len(x), dtype=POINT_DTYPE)
    out["kind"] = kind
    out["x"] = x
    out["y"] = np.asarray(y, dtype=np.float32)
    out["w"] = np.asarray(w, dtype=np.float32)
    keep = np.isfinite(out["x"]) & np.isfinite(out["y"])
    kept: npt.NDArray[Any] = out[keep]
    return kept


class _Reducer:
    """Vectorised time -> page / scroll / viewport lookups for one session."""

    def __init__(self, session: Session) -> None:
        self.session = session
        meta = session.meta
        nav = session.channel("navigation")
        urls = [session.string(int(u)) for u in nav["url"]]
        # Consecutive equal URLs are one visit (rrweb re-emits Meta on every checkout).
        starts: list[int] = []
        self.visit_urls: list[str] = []
        for t, url in zip(nav.t_ms.tolist(), urls, strict=True):
            if self.visit_urls and self.visit_urls[-1] == url:
                continue
            starts.append(int(t))
            self.visit_urls.append(url)
        if not starts:
            starts, self.visit_urls = [0], [""]
        starts[0] = 0  # the first page holds everything before its Meta event
        self.visit_starts = np.asarray(starts, dtype=np.int64)
        self.duration_ms = max(int(meta.duration_ms), int(self.visit_starts[-1]))
        scroll = session.channel("scroll")
        keep = np.isin(scroll["target"], document_scroll_targets(session))
        if meta.format == "mouselog":
            # Mouse logs are screen coordinates; their wheel rows move no document.
            keep = np.zeros(len(scroll), dtype=bool)
        self.scroll_t = scroll.t_ms[keep]
        self.scroll_y = scroll["y_px"][keep].astype(np.float64)
        self.scroll_x = scroll["x_px"][keep].astype(np.float64)
        vp = session.channel("viewport")
        self.vp_t = vp.t_ms
        self.vp_w = vp["width_px"]
        self.vp_h = vp["height_px"]
        self.default_w = int(meta.viewport_width_px)
        self.default_h = int(meta.viewport_height_px)

    def visit_of(self, t: npt.NDArray[np.int64]) -> npt.NDArray[np.intp]:
        """Index of the visit each time falls in."""
        return np.clip(np.searchsorted(self.visit_starts, t, side="right") - 1, 0, None)

    def to_document(
        self, t: npt.NDArray[np.int64], x: npt.ArrayLike, y: npt.ArrayLike
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """Client px at times ``t`` -> document px (scroll resets to 0 on every page load)."""
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        if len(self.scroll_t) == 0 or len(t) == 0:
            return x, y
        idx = np.searchsorted(self.scroll_t, t, side="right") - 1
        visit_start = self.visit_starts[self.visit_of(t)]
        ok = (idx >= 0) & (self.scroll_t[np.clip(idx, 0, None)] >= visit_start)
        safe = np.clip(idx, 0, None)
        sy = np.where(ok, self.scroll_y[safe], 0.0)
        sx = np.where(ok, self.scroll_x[safe], 0.0)
        return x + sx, y + sy

    def viewport_at(self, t: npt.NDArray[np.int64]) -> tuple[npt.NDArray[Any], npt.NDArray[Any]]:
        """Viewport (width, height) at times ``t``."""
        if len(self.vp_t) == 0:
            n = len(t)
            return np.full(n, self.default_w), np.full(n, self.default_h)
        idx = np.clip(np.searchsorted(self.vp_t, t, side="right") - 1, 0, None)
        return self.vp_w[idx], self.vp_h[idx]


def reduce_session(
    session: Session, result: DetectionResult | None
) -> tuple[list[PageFacts], Outcome | None]:
    """Reduce one session (and its detection result) to per-page facts and its outcome.

    Parameters
    ----------
    session : Session
        The loaded session.
    result : DetectionResult or None
        Its stored detection result; None when it was never detected (no rage, dead or
        signal counts then, only clicks, dwell and scroll).
    """
    r = _Reducer(session)
    pages: dict[str, PageFacts] = {}
    ends = [*r.visit_starts.tolist()[1:], r.duration_ms]
    for url, start, end in zip(r.visit_urls, r.visit_starts.tolist(), ends, strict=True):
        page = pages.setdefault(url, PageFacts(url=url))
        page.spans.append([int(start), int(end)])
    url_of_visit = np.asarray([list(pages).index(u) for u in r.visit_urls], dtype=np.intp)
    page_list = list(pages.values())

    def page_index(t: npt.NDArray[np.int64]) -> npt.NDArray[np.intp]:
        return url_of_visit[r.visit_of(t)]

    # Viewport of each page at its first visit; reach starts at one screen.
    first_t = np.asarray([p.spans[0][0] for p in page_list], dtype=np.int64)
    widths, heights = r.viewport_at(first_t)
    for page, w, h in zip(page_list, widths.tolist(), heights.tolist(), strict=True):
        page.width_px, page.height_px, page.reach_px = int(w), int(h), float(h)
    if len(r.scroll_t):
        _, vh = r.viewport_at(r.scroll_t)
        _, doc_y = r.to_document(r.scroll_t, np.zeros(len(r.scroll_t)), vh)
        pidx = page_index(r.scroll_t)
        for i, page in enumerate(page_list):
            sel = doc_y[pidx == i]
            if len(sel):
                page.reach_px = max(page.reach_px, float(np.max(sel)))

    def add(kind: int, t: npt.NDArray[np.int64], x: Any, y: Any, w: Any) -> None:
        if len(t) == 0:
            return
        dx, dy = r.to_document(t, x, y)
        pidx = page_index(t)
        w = np.broadcast_to(np.asarray(w, dtype=np.float64), (len(t),))
        for i, page in enumerate(page_list):
            sel = pidx == i
            if np.any(sel):
                page.points.append(_points(kind, dx[sel], dy[sel], w[sel]))

    inter = session.channel("interactions")
    clicks = inter.mask(inter["kind"] == InteractionKind.CLICK)
    add(KIND_CLICK, clicks.t_ms, clicks["x_px"], clicks["y_px"], 1.0)

    pointer = session.channel("pointer")
    if len(pointer):
        t = pointer.t_ms
        dt = np.minimum(np.diff(t, append=t[-1]), DWELL_CAP_MS).astype(np.float64)
        dx, dy = r.to_document(t, pointer["x_px"], pointer["y_px"])
        pidx = page_index(t)
        for i, page in enumerate(page_list):
            sel = (pidx == i) & np.isfinite(dx) & np.isfinite(dy) & (dt > 0)
            if not np.any(sel):
                continue
            cx = np.floor(dx[sel] / DWELL_CELL_PX).astype(np.int64)
            cy = np.floor(dy[sel] / DWELL_CELL_PX).astype(np.int64)
            cells, inverse = np.unique(np.stack([cx, cy]), axis=1, return_inverse=True)
            ms = np.bincount(inverse.ravel(), weights=dt[sel], minlength=cells.shape[1])
            half = DWELL_CELL_PX / 2
            page.points.append(
                _points(
                    KIND_DWELL,
                    cells[0] * DWELL_CELL_PX + half,
                    cells[1] * DWELL_CELL_PX + half,
                    ms,
                )
            )
        bins = t // TRACK_STEP_MS
        keep = np.r_[True, bins[1:] != bins[:-1]]
        px, py = pointer["x_px"], pointer["y_px"]
        idx = np.flatnonzero(keep)  # and only where the cursor moved since the last kept one
        moved = np.r_[True, (px[idx][1:] != px[idx][:-1]) | (py[idx][1:] != py[idx][:-1])]
        keep[idx[~moved]] = False
        add(KIND_TRACK, t[keep], pointer["x_px"][keep], pointer["y_px"][keep], t[keep])

    if result is not None:
        for kind, name in ((KIND_RAGE, "rage_click"), (KIND_DEAD, "dead_click")):
            hs = [h for h in result.hits if h.signal == name and h.x_px is not None]
            add(
                kind,
                np.asarray([h.start_ms for h in hs], dtype=np.int64),
                [h.x_px for h in hs],
                [h.y_px for h in hs],
                [h.strength for h in hs],
            )
        if result.hits:
            hit_pages = page_index(np.asarray([h.start_ms for h in result.hits], dtype=np.int64))
            for h, i in zip(result.hits, hit_pages.tolist(), strict=True):
                page_list[i].hits[(h.signal, h.target or "")] += 1
        if result.spikes:
            spike_pages = page_index(
                np.asarray([s.start_ms for s in result.spikes], dtype=np.int64)
            )
            for i in spike_pages.tolist():
                page_list[i].spikes += 1
    return page_list, outcome_of(session)


def _parse_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("1", "true", "yes", "y", "converted"):
            return True
        if text in ("0", "false", "no", "n", ""):
            return False
    return None


def _parse_value(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) and out >= 0 else None


def outcome_from_mapping(data: Any) -> Outcome | None:
    """Return the outcome in ``{"converted": ..., "value": ..., "currency": ...}``, or None."""
    if not isinstance(data, dict):
        return None
    converted = _parse_bool(data.get("converted"))
    if converted is None:
        return None
    currency = data.get("currency")
    return Outcome(
        converted=converted,
        value=_parse_value(data.get("value")),
        currency=str(currency)[:8] if isinstance(currency, str) else "",
    )


def outcome_of(session: Session) -> Outcome | None:
    """Return the outcome a recording carries, or None.

    Native: the header's ``"outcome"`` object, kept by the importer as ``extra`` keys
    ``outcome.converted``, ``outcome.value``, ``outcome.currency``. rrweb: the last custom
    event (type 5) whose tag is :data:`OUTCOME_EVENT_TAG`, payload as the same object.
    """
    custom = session.channel("custom")
    for i in range(len(custom) - 1, -1, -1):
        if session.string(int(custom["tag"][i])) != OUTCOME_EVENT_TAG:
            continue
        try:
            payload = json.loads(session.string(int(custom["payload"][i])))
        except ValueError:
            continue
        found = outcome_from_mapping(payload)
        if found is not None:
            return found
    extra = session.meta.extra
    if "outcome.converted" in extra:
        return outcome_from_mapping(
            {
                "converted": extra.get("outcome.converted"),
                "value": extra.get("outcome.value"),
                "currency": extra.get("outcome.currency", ""),
            }
        )
    return None


_STALE = """
SELECT s.id FROM sessions AS s
LEFT JOIN detections AS d ON d.session_id = s.id
LEFT JOIN insight_index AS i ON i.session_id = s.id
WHERE i.key IS NULL
   OR i.key != ? || ':' || COALESCE(d.config_hash || '@' || d.computed_at, '')
ORDER BY s.id
"""


def stale_sessions(library: Library) -> list[int]:
    """Return the ids of sessions whose index rows are missing or out of date."""
    with library.guard():
        rows = library.db.conn.execute(_STALE, [INDEX_VERSION]).fetchall()
    return [int(r[0]) for r in rows]


def _key(library: Library, session_id: int) -> str:
    row = library.db.conn.execute(
        "SELECT config_hash || '@' || computed_at FROM detections WHERE session_id = ?",
        [session_id],
    ).fetchone()
    return f"{INDEX_VERSION}:{'' if row is None else row[0]}"


def write_index(
    library: Library,
    session_id: int,
    pages: list[PageFacts],
    outcome: Outcome | None,
    *,
    key: str | None = None,
    score: float | None = None,
    spikes: int | None = None,
) -> None:
    """Replace the index rows of one session (one transaction); store a recorded outcome.

    ``score`` and ``spikes`` are the session's detection figures (None: not detected),
    copied into every page row so that tables need not read the wide detections rows.
    A recorded outcome never replaces one imported from a CSV (``source = 'csv'``).
    """
    from datetime import UTC, datetime

    with library.write() as db:
        conn = db.conn
        conn.execute("DELETE FROM insight_pages WHERE session_id = ?", [session_id])
        conn.execute("DELETE FROM insight_hits WHERE session_id = ?", [session_id])
        conn.execute("DELETE FROM insight_points WHERE session_id = ?", [session_id])
        for p in pages:
            pts = np.concatenate(p.points) if p.points else np.empty(0, dtype=POINT_DTYPE)
            conn.executemany(
                "INSERT INTO insight_points (session_id, url, layer, data) VALUES (?, ?, ?, ?)",
                [
                    (
                        session_id,
                        codec.safe_text(p.url),
                        layer,
                        pts[np.isin(pts["kind"], kinds)].tobytes(),
                    )
                    for layer, kinds in LAYERS.items()
                ],
            )
            signals: Counter[str] = Counter()
            targets: Counter[str] = Counter()
            for (sig, tgt), n in p.hits.items():
                signals[sig] += n
                if tgt:
                    targets[codec.safe_text(tgt)] += n
            conn.execute(
                "INSERT INTO insight_pages (session_id, url, time_ms, visits, spans_json,"
                " width_px, height_px, reach_px, spikes, score, session_spikes, signals_json,"
                " targets_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    session_id,
                    codec.safe_text(p.url),
                    p.time_ms,
                    len(p.spans),
                    json.dumps(p.spans),
                    p.width_px,
                    p.height_px,
                    float(p.reach_px),
                    p.spikes,
                    score,
                    spikes,
                    codec.dumps_text(dict(signals)),
                    codec.dumps_text(dict(targets)),
                ],
            )
            conn.executemany(
                "INSERT INTO insight_hits (session_id, url, signal, target, n)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (session_id, codec.safe_text(p.url), sig, codec.safe_text(tgt), n)
                    for (sig, tgt), n in sorted(p.hits.items())
                ],
            )
        if outcome is not None:
            conn.execute(
                "INSERT INTO outcomes (session_id, converted, value, currency, source, updated_at)"
                " VALUES (?, ?, ?, ?, 'recording', ?)"
                " ON CONFLICT(session_id) DO UPDATE SET converted = excluded.converted,"
                " value = excluded.value, currency = excluded.currency,"
                " source = excluded.source, updated_at = excluded.updated_at"
                " WHERE outcomes.source != 'csv'",
                [
                    session_id,
                    int(outcome.converted),
                    outcome.value,
                    outcome.currency,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ],
            )
        conn.execute(
            "INSERT OR REPLACE INTO insight_index (session_id, key) VALUES (?, ?)",
            [session_id, key if key is not None else _key(library, session_id)],
        )


def ensure_index(library: Library, *, progress: Callable[[int, int], None] | None = None) -> int:
    """Bring the insight index up to date; return how many sessions were (re-)indexed.

    Parameters
    ----------
    library : Library
        An open, writable library.
    progress : callable, optional
        Called with ``(done, total)`` after each session.
    """
    from replay.store.results import load_result

    todo = stale_sessions(library)
    for n, session_id in enumerate(todo, start=1):
        key = _key(library, session_id)
        session = library.load_session(session_id)
        result = load_result(library, session_id)
        pages, outcome = reduce_session(session, result)
        write_index(
            library,
            session_id,
            pages,
            outcome,
            key=key,
            score=None if result is None else float(result.score),
            spikes=None if result is None else len(result.spikes),
        )
        if progress is not None:
            progress(n, len(todo))
    return len(todo)


def decode_points(blob: bytes) -> npt.NDArray[Any]:
    """Return the POINT_DTYPE rows of an ``insight_points.data`` BLOB."""
    if len(blob) % POINT_DTYPE.itemsize:
        return np.empty(0, dtype=POINT_DTYPE)
    return np.frombuffer(blob, dtype=POINT_DTYPE)
