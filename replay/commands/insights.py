"""CLI for insights across sessions: heatmap, pages, elements, outcomes, report.

Issue 17: command names, options and JSON fields are a contract.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from replay.commands.common import (
    OneLineError,
    db_option,
    echo_json,
    handle_errors,
    json_option,
    offscreen_without_display,
    open_library,
    out_option,
)
from replay.errors import ReplayError
from replay.insights.query import WIDTH_BUCKETS, Filters, parse_date

R = TypeVar("R")

#: The parameters of :func:`filter_options`, handed to the command as one ``filters``.
FILTER_PARAMS = ("url", "device", "since", "until", "category", "reviewer")


def filter_options(func: Callable[..., R]) -> Callable[..., R]:
    """Add the shared filters (--url, --device, --since, --until, --category, --reviewer).

    The command gets them as one ``filters: Filters`` argument, its dates checked: a bad
    date is one ``error:`` line and exit 1, as every other error.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> R:
        raw = {name: kwargs.pop(name) for name in FILTER_PARAMS}
        try:
            kwargs["filters"] = make_filters(**raw)
        except ReplayError as exc:
            raise OneLineError(exc.one_line()) from None
        return func(*args, **kwargs)

    for opt in reversed(
        (
            click.option(
                "--url",
                "url",
                default="*",
                show_default=True,
                help="Page URL glob (* any text, ? one character); mouse logs have the URL ''.",
            ),
            click.option(
                "--device",
                type=click.Choice(["desktop", "mobile", "tablet", "unknown"]),
                default=None,
                help="Only sessions recorded on this device.",
            ),
            click.option(
                "--since",
                default=None,
                help="Sessions started on or after this day (YYYY-MM-DD, UTC).",
            ),
            click.option(
                "--until",
                default=None,
                help="Sessions started on or before this day (YYYY-MM-DD, UTC).",
            ),
            click.option(
                "--category", default=None, help="Only sessions with a tag of this category code."
            ),
            click.option(
                "--reviewer", default=None, help="Only sessions with a tag by this reviewer."
            ),
        )
    ):
        wrapper = opt(wrapper)
    return wrapper


def make_filters(
    url: str,
    device: str | None,
    since: str | None,
    until: str | None,
    category: str | None,
    reviewer: str | None,
) -> Filters:
    """Build :class:`Filters` from the options (dates checked)."""
    return Filters(
        url=url,
        device=device,
        since_ms=parse_date(since),
        until_ms=parse_date(until, end=True),
        category=category,
        reviewer=reviewer,
    )


def seed_option(help_text: str) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """Add ``--seed`` (the bootstrap's seed, 17 by default: reports are reproducible)."""
    return click.option("--seed", type=int, default=17, show_default=True, help=help_text)


def page_renderers(library: Any, *, on: bool) -> tuple[Any, Any]:
    """Return (heatmap background, report frame background) drawing the recorded page.

    ``(None, None)`` with ``--no-page``, or when Qt WebEngine is not available (then one
    line says so on stderr and the blank stage is drawn).
    """
    if not on:
        return None, None
    offscreen_without_display()
    try:
        from replay.ui.app import quiet_offscreen  # noqa: TID251 - lazy: Qt only for pages
        from replay.ui.heatmap_page import (  # noqa: TID251 - lazy: Qt only for pages
            PageBackground,
            PageFrames,
        )
    except ImportError as exc:
        click.echo(f"the page is not drawn: Qt WebEngine is not available ({exc})", err=True)
        return None, None
    quiet_offscreen()
    return PageBackground(library), PageFrames(library)


def _close(*renderers: Any) -> None:
    for renderer in renderers:
        if renderer is not None:
            renderer.close()


@click.command("heatmap")
@db_option
@filter_options
@click.option(
    "--kind",
    type=click.Choice(["clicks", "rage", "dead", "dwell", "scroll", "tags"]),
    default="clicks",
    show_default=True,
    help="clicks, rage clicks, dead clicks, cursor dwell, scroll reach, or reviewer tags.",
)
@click.option(
    "--width",
    "bucket",
    type=click.Choice([b[0] for b in WIDTH_BUCKETS]),
    default=None,
    help="Viewport width bucket to draw (default: the one with the most sessions).",
)
@out_option("PNG file to write.", required=True)
@click.option(
    "--no-page",
    is_flag=True,
    help="Draw over a blank stage instead of the recorded page (no Qt WebEngine).",
)
@json_option("Print what was drawn as JSON.")
@handle_errors
def heatmap_command(
    db: Path | None,
    filters: Filters,
    kind: str,
    bucket: str | None,
    out: Path,
    no_page: bool,
    as_json: bool,
) -> None:
    """Draw a heatmap across sessions to a PNG (document coordinates, one width bucket).

    It is drawn over the recorded page (the most recent session of the drawn width that
    visited it, as the page stood at the end of that visit; docs/insights.md), inert and
    offline: none of its scripts run and nothing is fetched. Mouse logs get a blank stage.
    """
    from replay.filekind import output_problem
    from replay.insights.files import write_output
    from replay.insights.heatmap import compute_heatmap, heatmap_png

    problem = output_problem(out)  # write_output's rule, checked first
    if problem is not None:  # before the page is drawn: one line, nothing written
        raise ReplayError(f"{out}: {problem}; nothing was written")
    with open_library(db) as library:
        heat = compute_heatmap(library, kind, filters, bucket=bucket)
        if heat.bucket is None:
            raise ReplayError(f"{heat.summary()}; nothing was written to {out}")
        background, _ = page_renderers(library, on=not no_page and heat.moment is not None)
        try:
            png = heatmap_png(heat, background)
        finally:
            _close(background)
        if background is not None and not heat.page_drawn and background.last_error:
            click.echo(f"the page is not drawn: {background.last_error}", err=True)
    write_output(out, png)
    if as_json:
        echo_json({**heat.to_json(), "out": str(out)})
    else:
        click.echo(heat.summary())
        click.echo(f"wrote {out}")


@click.command("pages")
@db_option
@filter_options
@json_option("Print the rows as JSON.")
@handle_errors
def pages_command(
    db: Path | None,
    filters: Filters,
    as_json: bool,
) -> None:
    """Per page: sessions, time on page, frustration score, top signals and elements, tags."""
    from replay.insights.tables import duration_text, pages_table, score_text

    with open_library(db) as library:
        rows = pages_table(library, filters)
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo(f"no page matches {filters.url!r}")
        return
    for r in rows:
        signals = ", ".join(f"{s['signal']} {s['hits']}" for s in r["top_signals"][:3]) or "-"
        click.echo(
            f"{r['url'] or '(screen, no URL)'}\n"
            f"  {r['sessions']} sessions, {r['frustrated_sessions']} frustrated here;"
            f" time on page median {duration_text(r['time_on_page_ms']['median'])},"
            f" p90 {duration_text(r['time_on_page_ms']['p90'])};"
            f" score median {score_text(r['score']['median'])},"
            f" p90 {score_text(r['score']['p90'])}\n  signals: {signals}"
        )
        if r["top_elements"]:
            click.echo(
                "  elements: "
                + ", ".join(f"{e['target']} ({e['hits']})" for e in r["top_elements"][:3])
            )
        if r["tags"]:
            click.echo(
                "  tags: " + ", ".join(f"{c} {n}" for c, n in r["tags_by_category"].items())
            )


@click.command("elements")
@db_option
@filter_options
@click.option(
    "--limit",
    type=click.IntRange(1, 10_000),
    default=50,
    show_default=True,
    help="At most this many elements.",
)
@json_option("Print the rows as JSON.")
@handle_errors
def elements_command(
    db: Path | None,
    filters: Filters,
    limit: int,
    as_json: bool,
) -> None:
    """List the most frustrating elements (by target label) on the matching pages."""
    from replay.insights.tables import elements_table

    with open_library(db) as library:
        rows = elements_table(library, filters, limit=limit)
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo(f"no signal named an element on pages matching {filters.url!r}")
    for r in rows:
        sig = ", ".join(f"{k} {v}" for k, v in r["signals"].items())
        click.echo(f"{r['hits']:5d} hits  {r['sessions']:4d} sessions  {r['target']}  ({sig})")


@click.group("outcomes", invoke_without_command=True)
@db_option
@filter_options
@seed_option("Bootstrap seed (reports are reproducible).")
@json_option("Print the figures as JSON.")
@click.pass_context
@handle_errors
def outcomes_group(
    ctx: click.Context,
    db: Path | None,
    filters: Filters,
    seed: int,
    as_json: bool,
) -> None:
    """Conversion and order value of frustrated vs calm sessions, with 95% intervals.

    `replay outcomes import FILE.csv` adds outcomes from a CSV.
    """
    ctx.obj = db
    if ctx.invoked_subcommand is not None:
        return
    from replay.insights.outcomes import outcomes_report

    with open_library(db) as library:
        data = outcomes_report(library, filters, seed=seed)
    if as_json:
        echo_json(data)
        return
    click.echo(
        f"{data['with_outcome']} of {data['sessions']} sessions have an outcome"
        f" ({data['not_detected']} of them not detected yet)."
    )
    click.echo(data["statement"])
    for p in data["by_page"][:10]:
        click.echo(f"\n{p['url'] or '(screen, no URL)'}\n  {p['statement']}")
    for s in data["by_signal"][:10]:
        click.echo(f"\n{s['signal']}\n  {s['statement']}")


@outcomes_group.command("import")
@click.argument("csv_file", type=click.Path(path_type=Path))
@db_option
@json_option("Print what was stored as JSON.")
@handle_errors
def outcomes_import(csv_file: Path, db: Path | None, as_json: bool) -> None:
    """Import outcomes from CSV_FILE (session_id or content_hash, converted, value, currency)."""
    from replay.insights.outcomes import import_csv

    parent = click.get_current_context().obj
    db = db if db is not None else (parent if isinstance(parent, Path) else None)
    with open_library(db) as library:
        result = import_csv(library, csv_file)
    if as_json:
        echo_json(result.to_json())
    else:
        click.echo(result.summary())


@click.command("report")
@db_option
@filter_options
@out_option("HTML file to write.", required=True)
@click.option("--pdf", is_flag=True, help="Also print it to a PDF beside the HTML (Qt WebEngine).")
@click.option(
    "--top",
    type=click.IntRange(1, 50),
    default=8,
    show_default=True,
    help="How many top problems to show.",
)
@seed_option("Bootstrap seed.")
@click.option(
    "--no-page",
    is_flag=True,
    help="Frames and heatmaps over a blank stage instead of the recorded page.",
)
@handle_errors
def report_command(
    db: Path | None,
    filters: Filters,
    out: Path,
    pdf: bool,
    top: int,
    seed: int,
    no_page: bool,
) -> None:
    """Write a one-page, self-contained HTML report of the review (optionally a PDF too)."""
    from replay.filekind import output_problem
    from replay.insights.files import write_output
    from replay.insights.report import build_report

    problem = output_problem(out)  # write_output's rule, checked first
    if problem is not None:  # before Qt WebEngine starts: one line, nothing written
        raise ReplayError(f"{out}: {problem}; nothing was written")
    started = time.perf_counter()
    with open_library(db) as library:
        heat_bg, frame_bg = page_renderers(library, on=not no_page)
        try:
            html = build_report(
                library,
                filters,
                top=top,
                seed=seed,
                frame_background=frame_bg,
                heat_background=heat_bg,
            )
        finally:
            _close(heat_bg, frame_bg)
    write_output(out, html.encode("utf-8"))
    click.echo(f"wrote {out} ({len(html) // 1024} KiB, {time.perf_counter() - started:.1f} s)")
    if pdf:
        from replay.ui.report_pdf import print_pdf  # noqa: TID251 - lazy: only --pdf needs Qt

        pdf_path = out.with_suffix(".pdf")
        print_pdf(html, pdf_path)
        click.echo(f"wrote {pdf_path}")


def register(group: click.Group) -> None:
    """Add the insight commands to the ``replay`` group."""
    cmds: list[Any] = [
        heatmap_command,
        pages_command,
        elements_command,
        outcomes_group,
        report_command,
    ]
    for cmd in cmds:
        group.add_command(cmd)
