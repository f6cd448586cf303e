"""``replay report``: one self-contained HTML page of a review.

Top problems (reviewer tags first, by severity; then the highest detected spikes), each
with a frame image and its deep link ``replay://CONTENT_HASH?t=MS``; counts; heatmaps of
the busiest page; per-page and per-element tables; reviewer agreement (``replay
agreement``'s core, :func:`agreement_html`); outcomes with their plain-language statement.

Self-contained: CSS inline, images as ``data:`` URIs, no script, no external reference, so
it opens offline and a browser makes no request (tests/insights/test_report_webengine.py
checks that in Qt WebEngine). Every recorded text (labels, URLs, notes) is HTML-escaped:
recorded pages are hostile content.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from replay import __version__
from replay.insights import raster
from replay.insights.heatmap import Background, compute_heatmap, render
from replay.insights.index import ensure_index
from replay.insights.outcomes import outcomes_report
from replay.insights.query import Filters
from replay.insights.tables import duration_text, elements_table, pages_table

if TYPE_CHECKING:
    from replay.model.session import Session
    from replay.store.library import Library

#: A page renderer for frames: returns the recorded page at ``t_ms`` as an RGBA image of
#: the viewport (any size; resized), or None for the blank stage. The CLI and the app pass
#: ``replay.ui.heatmap_page.PageFrames`` (Qt WebEngine); the core never imports Qt.
FrameBackground = Callable[["Session", int], "npt.NDArray[np.uint8] | None"]

#: How much cursor trail a frame shows before its moment.
TRAIL_MS = 3000
FRAME_WIDTH_PX = 420
FRAME_HEIGHT_PX = 340


def deep_link(content_hash: str, t_ms: int) -> str:
    """Return the deep link that opens a session at a moment: ``replay://HASH?t=MS``."""
    return f"replay://{content_hash}?t={int(t_ms)}"


def _data_uri(image: raster.RGBA) -> str:
    return "data:image/png;base64," + base64.b64encode(raster.png_bytes(image)).decode("ascii")


def frame_image(
    session: Session,
    t_ms: int,
    *,
    mark: tuple[float, float] | None = None,
    background: FrameBackground | None = None,
    page: raster.RGBA | None = None,
) -> raster.RGBA:
    """Draw the viewport at ``t_ms``: page (or blank stage), cursor trail, clicks, the mark.

    Parameters
    ----------
    session : Session
        The loaded session.
    t_ms : int
        The moment (ms since the session start).
    mark : (x, y), optional
        Client px of the problem (a hit's position), drawn as a red ring.
    background : FrameBackground, optional
        Page renderer; the blank stage of the recorded viewport size when None or when it
        returns None.
    page : RGBA image, optional
        The page already drawn (``background`` is then not asked).
    """
    from replay.model.session import InteractionKind
    from replay.model.timeline import state_at

    state = state_at(session, t_ms)
    w = max(int(state.viewport_width_px or session.meta.viewport_width_px or 1), 1)
    h = max(int(state.viewport_height_px or session.meta.viewport_height_px or 1), 1)
    scale = min(1.0, FRAME_WIDTH_PX / w, FRAME_HEIGHT_PX / h)
    fw, fh = max(int(w * scale), 1), max(int(h * scale), 1)
    if page is None and background is not None:
        page = background(session, t_ms)
    image = (
        raster.resize_nearest(page, fw, fh)
        if page is not None
        else raster.blank(fw, fh, (250, 250, 252))
    )
    raster.hline(image, 0, (120, 120, 130))
    raster.hline(image, fh - 1, (120, 120, 130))
    raster.vline(image, 0, (120, 120, 130))
    raster.vline(image, fw - 1, (120, 120, 130))
    pointer = session.channel("pointer").window(t_ms - TRAIL_MS, t_ms + 1)
    if len(pointer) > 1:
        raster.polyline(image, pointer["x_px"] * scale, pointer["y_px"] * scale, (70, 110, 200))
    inter = session.channel("interactions").window(t_ms - TRAIL_MS, t_ms + 1)
    for x, y, kind in zip(inter["x_px"], inter["y_px"], inter["kind"], strict=True):
        if kind == InteractionKind.CLICK and np.isfinite(x) and np.isfinite(y):
            raster.disc(image, float(x) * scale, float(y) * scale, 5, (230, 60, 40), 0.8)
    if mark is not None and all(np.isfinite(mark)):
        cx, cy = mark[0] * scale, mark[1] * scale
        raster.disc(image, cx, cy, 16, (220, 30, 30), 0.35)
        raster.disc(image, cx, cy, 4, (220, 30, 30), 1.0)
    if len(pointer):
        raster.disc(
            image,
            float(pointer["x_px"][-1]) * scale,
            float(pointer["y_px"][-1]) * scale,
            6,
            (20, 20, 20),
            1.0,
        )
    return image


@dataclass
class Problem:
    """One top problem of the report."""

    session_id: int
    title: str
    content_hash: str
    t_ms: int
    source: str  # "tag" or "spike"
    headline: str
    detail: str
    url: str = ""
    mark: tuple[float, float] | None = None
    image: str = ""


def _clock(ms: int) -> str:
    s = max(ms, 0) // 1000
    return (
        f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    )


def top_problems(library: Library, filters: Filters, *, top: int) -> list[Problem]:
    """Return reviewer-tagged problems (most severe first), then the highest spikes."""
    from replay.store.results import load_result

    where, params = filters.where()
    matched = f"SELECT DISTINCT p.session_id FROM insight_pages AS p WHERE {where}"
    cond, extra = filters.tag_conditions(alias="t.")
    with library.guard():
        tags = library.db.conn.execute(
            "SELECT t.session_id, t.start_ms, t.category, t.severity, t.note, t.reviewer,"
            " COALESCE(c.label, t.category), s.title, s.source_name, s.content_hash"
            " FROM tags AS t JOIN sessions AS s ON s.id = t.session_id"
            " LEFT JOIN categories AS c ON c.code = t.category"
            f" WHERE {' AND '.join(cond)} AND t.session_id IN ({matched})"
            " ORDER BY t.severity DESC, t.start_ms, t.id LIMIT ?",
            [*extra, *params, top],
        ).fetchall()
        spikes = library.db.conn.execute(
            "SELECT d.session_id, s.title, s.source_name, s.content_hash FROM detections AS d"
            f" JOIN sessions AS s ON s.id = d.session_id WHERE d.session_id IN ({matched})"
            " AND d.spike_count > 0 ORDER BY d.peak DESC, d.session_id LIMIT ?",
            [*params, top],
        ).fetchall()
    out: list[Problem] = []
    for sid, start, _cat, severity, note, reviewer, label, title, name, chash in tags:
        who = f" by {reviewer}" if reviewer else ""
        out.append(
            Problem(
                session_id=int(sid),
                title=title or name,
                content_hash=chash,
                t_ms=int(start),
                source="tag",
                headline=f"{label} (severity {severity}){who}",
                detail=note,
            )
        )
    for sid, title, name, chash in spikes:
        if len(out) >= top:
            break
        result = load_result(library, int(sid))
        if result is None or not result.spikes:
            continue
        spike = max(result.spikes, key=lambda s: s.peak)
        hits = [result.hits[i] for i in spike.hit_indices if 0 <= i < len(result.hits)]
        lead = max(hits, key=lambda h: h.strength) if hits else None
        mark = None
        if lead is not None and lead.x_px is not None and lead.y_px is not None:
            mark = (float(lead.x_px), float(lead.y_px))
        out.append(
            Problem(
                session_id=int(sid),
                title=title or name,
                content_hash=chash,
                t_ms=int(lead.start_ms if lead is not None else spike.peak_ms),
                source="spike",
                headline=f"Spike {spike.peak:.1f}: "
                + ", ".join(s.replace("_", " ") for s in spike.signals),
                detail=" · ".join(h.reason for h in hits[:3]),
                mark=mark,
            )
        )
    return out[:top]


def _kappa_words(value: float | None) -> str:
    """Landis & Koch (1977) words for a kappa or alpha, so no figure stands bare."""
    if value is None:
        return "not computable (too few items or no variation)"
    for bound, word in (
        (0.0, "poor"),
        (0.2, "slight"),
        (0.4, "fair"),
        (0.6, "moderate"),
        (0.8, "substantial"),
    ):
        if value <= bound:
            return f"{word} agreement"
    return "almost perfect agreement"


#: Agreement is measured on at most this many sessions (a seeded sample beyond it):
#: ``replay agreement``'s core takes ~0.1 s a session with its per-session figures.
AGREEMENT_MAX_SESSIONS = 150


def agreement_html(library: Library, session_ids: list[int], *, seed: int = 17) -> str | None:
    """Return the reviewers' agreement on these sessions as HTML (``replay agreement``'s core).

    None when fewer than two reviewers tagged or marked them done. Figures: Krippendorff's
    alpha over all reviewers and Cohen's kappa per pair, for matched tags (same category
    within the tolerance) and for spike presence per time bin, each with its words.
    """
    from replay.team.agreement import measure_library

    if not session_ids:
        return None
    sample = sorted(session_ids)
    if len(sample) > AGREEMENT_MAX_SESSIONS:
        rng = np.random.default_rng(seed)
        sample = sorted(int(s) for s in rng.choice(sample, AGREEMENT_MAX_SESSIONS, replace=False))
    agreement = measure_library(library, session_ids=sample)
    if len(agreement.reviewers) < 2:
        return None
    tags, presence = agreement.tags, agreement.presence
    out = [
        f"<p>On the {len(session_ids)} session(s) that two or more reviewers tagged or marked"
        " done"
        + (
            f" (a seeded sample of {len(sample)} of them)"
            if len(sample) < len(session_ids)
            else ""
        )
        + f": {len(agreement.reviewers)} reviewers ({_e(', '.join(agreement.reviewers))}),"
        f" {len(agreement.units)} tag units (tags matched within {agreement.tolerance_ms} ms),"
        f" {len(agreement.disagreements)} disagreements.</p>",
        "<table><tr><th>What</th><th>Items</th><th>Krippendorff's alpha</th><th>In words</th></tr>",
    ]
    for label, fig in (
        ("Tag categories", tags),
        (f"Problem present per {agreement.bin_ms // 1000} s", presence),
    ):
        alpha = "-" if fig.krippendorff_alpha is None else f"{fig.krippendorff_alpha:.2f}"
        out.append(
            f"<tr><td>{_e(label)}</td><td class=n>{fig.n}</td><td class=n>{alpha}</td>"
            f"<td>{_e(_kappa_words(fig.krippendorff_alpha))}</td></tr>"
        )
    out.append("</table>")
    if tags.pairs:
        out.append(
            "<table><tr><th>Pair</th><th>Items</th><th>Observed agreement</th>"
            "<th>Cohen's kappa</th><th>In words</th></tr>"
        )
        for pair in tags.pairs:
            obs = (
                "-" if pair.observed_agreement is None else f"{pair.observed_agreement * 100:.0f}%"
            )
            kappa = "-" if pair.cohen_kappa is None else f"{pair.cohen_kappa:.2f}"
            out.append(
                f"<tr><td>{_e(' / '.join(pair.reviewers))}</td><td class=n>{pair.n}</td>"
                f"<td class=n>{obs}</td><td class=n>{kappa}</td>"
                f"<td>{_e(_kappa_words(pair.cohen_kappa))}</td></tr>"
            )
        out.append("</table>")
    out.extend(f"<p class=sub>{_e(note)}</p>" for note in agreement.notes)
    return "".join(out)


_CSS = """
body{font:14px/1.45 "DejaVu Sans","Noto Sans","Noto Sans CJK SC","Noto Sans Thai",sans-serif;
color:#1d1f24;margin:0;background:#fff}
main{max-width:1080px;margin:0 auto;padding:24px 28px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:2px solid #e3e5ea;padding-bottom:4px}
.sub{color:#5b606b;margin:0 0 12px}.kpis{display:flex;flex-wrap:wrap;gap:10px}
.kpi{border:1px solid #e3e5ea;border-radius:6px;padding:8px 12px;min-width:120px}
.kpi b{display:block;font-size:20px}.kpi span{color:#5b606b;font-size:12px}
.problem{display:flex;gap:16px;border:1px solid #e3e5ea;border-radius:6px;padding:10px;margin:10px 0;break-inside:avoid}
.problem img{border:1px solid #ccc;max-width:300px;height:auto}.problem h3{margin:0 0 4px;font-size:15px}
.tag{display:inline-block;font-size:11px;padding:1px 6px;border-radius:8px;background:#eef;color:#334}
.tag.spike{background:#fde8e4;color:#812}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:4px 6px;border-bottom:1px solid #eceef2;vertical-align:top}
th{background:#f6f7f9}td.n{text-align:right;font-variant-numeric:tabular-nums}
.heat{display:flex;gap:12px;flex-wrap:wrap}.heat figure{margin:0;flex:1 1 300px}.heat img{width:100%;border:1px solid #ccc}
figcaption{font-size:12px;color:#5b606b}.statement{background:#f6f7f9;border-left:4px solid #6b7cff;padding:8px 12px}
.url{word-break:break-all}
footer{margin-top:28px;color:#5b606b;font-size:12px}
@page{size:A4;margin:12mm}@media print{main{padding:0}.problem img{max-width:220px}}
"""


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _fmt(value: Any) -> str:
    return "-" if value is None else (f"{value:.2f}" if isinstance(value, float) else str(value))


def _group_row(name: str, g: dict[str, Any], currency: str) -> str:
    def ci(pair: list[float] | None, pct: bool = False) -> str:
        if not pair:
            return "-"
        return (
            f"{pair[0] * 100:.0f}-{pair[1] * 100:.0f}%" if pct else f"{pair[0]:.2f}-{pair[1]:.2f}"
        )

    rate = "-" if g["conversion_rate"] is None else f"{g['conversion_rate'] * 100:.1f}%"
    return (
        f"<tr><td>{_e(name)}</td><td class=n>{g['sessions']}</td><td class=n>{g['converted']}</td>"
        f"<td class=n>{rate}</td><td class=n>{ci(g['conversion_rate_ci95'], True)}</td>"
        f"<td class=n>{_fmt(g['mean_value'])} {_e(currency)}</td><td class=n>{ci(g['mean_value_ci95'])}</td>"
        f"<td class=n>{_fmt(g['revenue_per_session'])}</td><td class=n>{ci(g['revenue_per_session_ci95'])}</td></tr>"
    )


def build_report(
    library: Library,
    filters: Filters,
    *,
    top: int = 8,
    seed: int = 17,
    frame_background: FrameBackground | None = None,
    heat_background: Background | None = None,
) -> str:
    """Return the report as one self-contained HTML string.

    Parameters
    ----------
    library : Library
        An open library (the insight index is updated first).
    filters : Filters
        Which sessions and pages the report covers.
    top : int
        How many top problems.
    seed : int
        Bootstrap seed for the outcome intervals.
    frame_background : FrameBackground, optional
        Page renderer for the problem frames (default: blank stage + cursor overlay).
    heat_background : Background, optional
        Page renderer for the heatmaps (default: blank stage).
    """
    ensure_index(library)
    where, params = filters.where()
    with library.guard():
        conn = library.db.conn
        matched = f"SELECT DISTINCT p.session_id FROM insight_pages AS p WHERE {where}"
        n_sessions, n_detected, n_frustrated, total_ms = conn.execute(
            "SELECT COUNT(*), COUNT(d.session_id), SUM(d.spike_count > 0), SUM(s.duration_ms)"
            " FROM sessions AS s LEFT JOIN detections AS d ON d.session_id = s.id"
            f" WHERE s.id IN ({matched})",
            params,
        ).fetchone()
        devices = conn.execute(
            f"SELECT device, COUNT(*) FROM sessions WHERE id IN ({matched}) GROUP BY device ORDER BY 2 DESC, device",
            params,
        ).fetchall()
        tag_rows = conn.execute(
            "SELECT COALESCE(c.label, t.category), COUNT(*), COUNT(DISTINCT t.reviewer)"
            " FROM tags AS t LEFT JOIN categories AS c ON c.code = t.category"
            f" WHERE t.deleted_at IS NULL AND t.session_id IN ({matched})"
            # c.label: one per code (its key); named so PostgreSQL accepts it too. Ties in
            # code order, on both backends.
            " GROUP BY t.category, c.label ORDER BY 2 DESC, t.category",
            params,
        ).fetchall()
        reviewers = conn.execute(
            f"SELECT COUNT(DISTINCT reviewer) FROM tags WHERE deleted_at IS NULL AND reviewer != '' AND session_id IN ({matched})",
            params,
        ).fetchone()[0]
    n_sessions = int(n_sessions or 0)
    parts: list[str] = []
    pages_shown = 0
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    scope = f"pages matching <code>{_e(filters.url)}</code>"
    for label, value in (
        ("device", filters.device),
        ("category", filters.category),
        ("reviewer", filters.reviewer),
    ):
        if value:
            scope += f", {label} {_e(value)}"
    parts.append(f"<h1>Review report: {_e(library.path.name)}</h1>")
    parts.append(
        f"<p class=sub>{n_sessions} sessions on {scope}. Made {now} by replay {__version__}.</p>"
    )
    kpis = [
        (n_sessions, "sessions"),
        (int(n_detected or 0), "detected"),
        (int(n_frustrated or 0), "frustrated (a spike)"),
        (sum(int(r[1]) for r in tag_rows), "reviewer tags"),
        (int(reviewers), "reviewers"),
        (duration_text(float(total_ms or 0)), "recorded"),
    ]
    parts.append(
        "<div class=kpis>"
        + "".join(f"<div class=kpi><b>{_e(v)}</b><span>{_e(k)}</span></div>" for v, k in kpis)
        + "</div>"
    )
    if devices:
        parts.append(
            "<p class=sub>Devices: " + ", ".join(f"{_e(d)} {n}" for d, n in devices) + "</p>"
        )

    # Top problems.
    parts.append("<h2>Top problems</h2>")
    problems = top_problems(library, filters, top=top)
    if not problems:
        parts.append("<p>No tagged problem and no detected spike in these sessions.</p>")
    for prob in problems:
        session = library.load_session(prob.session_id)
        page = frame_background(session, prob.t_ms) if frame_background is not None else None
        pages_shown += page is not None
        image = frame_image(session, prob.t_ms, mark=prob.mark, page=page)
        link = deep_link(prob.content_hash, prob.t_ms)
        from replay.model.timeline import state_at

        url = state_at(session, prob.t_ms).url
        kind = "spike" if prob.source == "spike" else ""
        parts.append(
            f"<div class=problem><img alt='frame at {_clock(prob.t_ms)}' src='{_data_uri(image)}'>"
            f"<div><h3>{_e(prob.headline)}</h3>"
            f"<span class='tag {kind}'>{'detected' if prob.source == 'spike' else 'reviewer tag'}</span>"
            f" session #{prob.session_id} {_e(prob.title)} at {_clock(prob.t_ms)}"
            + (f"<div class=url>{_e(url)}</div>" if url else "")
            + (f"<p>{_e(prob.detail)}</p>" if prob.detail else "")
            + f"<p><a href='{_e(link)}'>{_e(link)}</a></p></div></div>"
        )

    # Counts.
    if tag_rows:
        parts.append(
            "<h2>Tags by category</h2><table><tr><th>Category</th><th>Tags</th><th>Reviewers</th></tr>"
        )
        parts.extend(
            f"<tr><td>{_e(c)}</td><td class=n>{n}</td><td class=n>{r}</td></tr>"
            for c, n, r in tag_rows
        )
        parts.append("</table>")

    # Heatmaps of the busiest page.
    pages = pages_table(library, filters, update_index=False)
    if pages:
        busiest = pages[0]["url"]
        page_filter = Filters(
            url=busiest.replace("[", "[[]").replace("*", "[*]").replace("?", "[?]"),
            device=filters.device,
            since_ms=filters.since_ms,
            until_ms=filters.until_ms,
            category=filters.category,
            reviewer=filters.reviewer,
        )
        parts.append(
            f"<h2>Heatmaps: <span class=url>{_e(busiest or '(screen, no URL)')}</span></h2><div class=heat>"
        )
        for kind, label in (
            ("clicks", "Clicks"),
            ("rage", "Rage clicks"),
            ("scroll", "Scroll reach"),
        ):
            heat = compute_heatmap(
                library, kind, page_filter, max_image_width=480, update_index=False
            )
            if heat.bucket is None:
                continue
            img = render(heat, heat_background)
            parts.append(
                f"<figure><img alt='{_e(label)}' src='{_data_uri(img)}'>"
                f"<figcaption>{_e(label)}: {_e(heat.summary())}</figcaption></figure>"
            )
        parts.append("</div>")

        parts.append(
            "<h2>Pages</h2><table><tr><th>Page</th><th>Sessions</th><th>Frustrated here</th>"
            "<th>Time on page (median / p90)</th><th>Score (median / p90)</th><th>Top signals</th><th>Tags</th></tr>"
        )
        for r in pages[:12]:
            sig = ", ".join(f"{s['signal']} {s['hits']}" for s in r["top_signals"][:3]) or "-"
            tags = ", ".join(f"{c} {n}" for c, n in r["tags_by_category"].items()) or "-"
            parts.append(
                f"<tr><td class=url>{_e(r['url'] or '(screen, no URL)')}</td><td class=n>{r['sessions']}</td>"
                f"<td class=n>{r['frustrated_sessions']}</td>"
                f"<td class=n>{duration_text(r['time_on_page_ms']['median'])} / {duration_text(r['time_on_page_ms']['p90'])}</td>"
                f"<td class=n>{_fmt(r['score']['median'])} / {_fmt(r['score']['p90'])}</td>"
                f"<td>{_e(sig)}</td><td>{_e(tags)}</td></tr>"
            )
        parts.append("</table>")
    elements = elements_table(library, filters, limit=10, update_index=False)
    if elements:
        parts.append(
            "<h2>Most frustrating elements</h2><table><tr><th>Element</th><th>Hits</th><th>Sessions</th><th>Signals</th></tr>"
        )
        for el in elements:
            sig = ", ".join(f"{k} {v}" for k, v in el["signals"].items())
            parts.append(
                f"<tr><td>{_e(el['target'])}</td><td class=n>{el['hits']}</td>"
                f"<td class=n>{el['sessions']}</td><td>{_e(sig)}</td></tr>"
            )
        parts.append("</table>")

    # Agreement (replay agreement's core, issue 16).
    parts.append("<h2>Reviewer agreement</h2>")
    with library.guard():
        # Agreement is measured where it exists: sessions that two or more reviewers tagged
        # or marked done (on 10 000 sessions, measuring all of them takes minutes).
        session_ids = [
            int(r[0])
            for r in library.db.conn.execute(
                "SELECT session_id FROM (SELECT session_id, reviewer FROM tags"
                " WHERE deleted_at IS NULL AND reviewer != '' AND origin = 'reviewer'"
                " UNION SELECT session_id, reviewer FROM session_done) AS r"
                f" WHERE session_id IN ({matched})"
                " GROUP BY session_id HAVING COUNT(DISTINCT reviewer) >= 2 ORDER BY session_id",
                params,
            ).fetchall()
        ]
    agreement = agreement_html(library, session_ids, seed=seed) if int(reviewers) > 1 else None
    if agreement is not None:
        parts.append(agreement)
    else:
        parts.append(
            f"<p>{int(reviewers)} reviewer(s) tagged these sessions, and no session was tagged"
            " or marked done by two: agreement needs two reviewers on a session.</p>"
        )

    # Outcomes.
    data = outcomes_report(library, filters, seed=seed, update_index=False)
    parts.append("<h2>Outcomes</h2>")
    if data["with_outcome"] == 0:
        parts.append(
            "<p>No session has an outcome yet. Add them with <code>replay outcomes import FILE.csv</code>"
            " or record them (docs/insights.md).</p>"
        )
    else:
        cur = data["currency"] if data["currency"] != "mixed" else ""
        parts.append(f"<p class=statement>{_e(data['statement'])}</p>")
        parts.append(
            "<table><tr><th>Group</th><th>Sessions</th><th>Converted</th><th>Rate</th><th>95% CI</th>"
            "<th>Mean order value</th><th>95% CI</th><th>Revenue / session</th><th>95% CI</th></tr>"
            + _group_row("Frustrated", data["frustrated"], cur)
            + _group_row("Calm", data["calm"], cur)
            + _group_row("All with an outcome", data["overall"], cur)
            + "</table>"
        )
        if data["by_signal"]:
            parts.append("<h3>By signal</h3><table><tr><th>Signal</th><th>Statement</th></tr>")
            parts.extend(
                f"<tr><td>{_e(s['signal'])}</td><td>{_e(s['statement'])}</td></tr>"
                for s in data["by_signal"][:6]
            )
            parts.append("</table>")
        parts.append(
            f"<p class=sub>{data['with_outcome']} of {data['sessions']} sessions have an outcome;"
            f" {data['not_detected']} of those are not detected yet. Frustrated: {_e(data['definition']['frustrated'])}."
            f" Intervals: {_e(data['definition']['rate_interval'])}; values: percentile bootstrap,"
            f" {data['definition']['bootstrap_resamples']} resamples, seed {data['definition']['seed']}.</p>"
        )
    stage = (
        "the recorded page at that moment (as laid out and scrolled then; a recording"
        " without a page, such as a mouse log, gets a blank stage of its viewport)"
        if pages_shown
        else "the recorded viewport as a blank stage"
    )
    parts.append(
        f"<footer>Frames show {stage} with the last 3 s of cursor trail (blue), clicks"
        " (red dots), the cursor (black) and the problem's position (red ring); open a deep"
        " link in replay to watch the moment. Heatmaps are in document coordinates, pooled"
        " within one viewport-width bucket, over the page of the most recent session of that"
        " width where it was recorded.</footer>"
    )
    return (
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">"
        f"<title>replay report: {_e(library.path.name)}</title><style>{_CSS}</style></head><body><main>"
        + "".join(parts)
        + "</main></body></html>"
    )
