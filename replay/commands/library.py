"""CLI commands for the library: ``replay import``, ``sessions``, ``info``, ``delete`` (issue 2).

Command names, options and JSON fields are a contract. Output: session lines and the
summary on stdout; warnings, errors and the progress bar on stderr (so ``--json`` stdout is
pure JSON). Every ReplayError becomes one line and exit code 1 via :func:`handle_errors`.
"""

from __future__ import annotations

import json
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

import replay.filekind as filekind
from replay.commands.common import (
    ID,
    BoundedInt,
    db_option,
    echo_json,
    handle_errors,
    json_option,
    note_upgrade,
    resolve_db,
)
from replay.store.search import SORT_KEYS

if TYPE_CHECKING:
    from replay.ingest import FileDone
    from replay.model.session import Session
    from replay.store.library import Library, SessionRow

#: The importers' names and the device names (replay.importers.FORMATS, model Device),
#: spelled out so that the CLI starts without importing numpy (tests/test_startup.py
#: checks they match).
FORMATS = ("native", "rrweb", "mouselog")
DEVICES = ("desktop", "mobile", "tablet", "unknown")

#: Show a progress bar (stderr is a terminal) from this many bytes or files on.
PROGRESS_MIN_BYTES = 16 * 1024**2
PROGRESS_MIN_FILES = 10


def format_duration(duration_ms: int) -> str:
    """Return a duration for people: ``4.2s``, ``3m 07.5s``, ``1h 02m 03s``."""
    seconds = duration_ms / 1000
    if seconds < 60:
        return f"{seconds:.1f}s"
    minutes, sec = divmod(seconds, 60)
    if minutes < 60:
        return f"{int(minutes)}m {sec:04.1f}s"
    hours, minutes = divmod(int(minutes), 60)
    return f"{hours}h {minutes:02d}m {int(sec):02d}s"


def _width(text: str) -> int:
    """Return the terminal width of ``text`` (CJK wide = 2, combining marks = 0)."""
    if text.isascii():
        return len(text)
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def _pad(text: str, width: int, *, right: bool = False) -> str:
    fill = " " * max(0, width - _width(text))
    return fill + text if right else text + fill


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], *, numeric: set[int]) -> str:
    """Return an aligned plain-text table (last column unpadded: long paths go there)."""
    table = [header, *rows]
    last = len(header) - 1
    columns = list(zip(*table, strict=True))[:last]
    if all("".join(col).isascii() for col in columns):
        # The common case: one format string per row (10 000 rows in a few ms).
        widths = [max(map(len, col)) for col in columns]
        spec = "  ".join(f"{{:{'>' if i in numeric else '<'}{w}}}" for i, w in enumerate(widths))
        line = f"{spec}  {{}}" if last else "{}"
        return "\n".join(line.format(*row).rstrip() for row in table)
    widths = [max(_width(cell) for cell in col) for col in columns]
    return "\n".join(
        "  ".join(
            cell if i == last else _pad(cell, widths[i], right=i in numeric)
            for i, cell in enumerate(row)
        ).rstrip()
        for row in table
    )


def _session_line(row: SessionRow, *, created: bool) -> str:
    line = (
        f"#{row.id}  {row.format}  {row.n_events} events  "
        f"{format_duration(row.duration_ms)}  {row.source}"
    )
    return line if created else f"{line}  (already in library as #{row.id})"


class _Progress:
    """A click progress bar over bytes on stderr, or nothing when not wanted."""

    def __init__(self, files: Sequence[Path]) -> None:
        sizes = []
        for f in files:
            try:
                sizes.append(f.stat().st_size)
            except OSError:
                sizes.append(0)
        self.total = sum(sizes)
        big = self.total >= PROGRESS_MIN_BYTES or len(files) >= PROGRESS_MIN_FILES
        self.bar: Any = None
        if big and sys.stderr.isatty():
            self.bar = click.progressbar(
                length=max(self.total, 1), label="importing", file=sys.stderr, show_eta=True
            )
            self.bar.__enter__()
        self.done_before = 0
        self.shown = 0

    def callback(self) -> Callable[[int, int], None] | None:
        if self.bar is None:
            return None

        def report(done_bytes: int, _total: int) -> None:
            now = self.done_before + done_bytes
            if now > self.shown:
                self.bar.update(now - self.shown)
                self.shown = now

        return report

    def file_done(self, path: Path) -> None:
        try:
            self.done_before += path.stat().st_size
        except OSError:
            return
        if self.bar is not None and self.done_before > self.shown:
            self.bar.update(self.done_before - self.shown)
            self.shown = self.done_before

    def echo(self, text: str, *, err: bool = False) -> None:
        """Print a line above the bar (clear the bar's line first on a terminal)."""
        if self.bar is not None:
            click.echo("\r\033[K", nl=False, err=True)
        click.echo(text, err=err)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


class _Tally:
    def __init__(self) -> None:
        self.new = 0
        self.existing = 0
        self.refused = 0
        self.repaired = 0
        self.events = 0
        self.started = time.perf_counter()

    def summary(self) -> str:
        seconds = time.perf_counter() - self.started
        parts = [
            f"imported {self.new + self.existing} session(s): {self.new} new, "
            f"{self.existing} already in the library",
            f"{self.refused} file(s) refused",
            f"{self.repaired} with repairs",
        ]
        return ", ".join(parts) + f"; {self.events} events in {seconds:.1f} s"


def _report_file(
    lib: Library, done: FileDone, *, progress: _Progress, tally: _Tally, as_json: bool
) -> None:
    """Print one file's line(s): its session, or why it was refused."""
    progress.file_done(done.path)
    if done.refused is not None:
        tally.refused += 1
        progress.echo(f"error: {done.refused}", err=True)
        return
    session, session_id = done.session, done.session_id
    if session is None or session_id is None:
        return
    row = lib.session_row(session_id)
    if done.created:
        tally.new += 1
    else:
        tally.existing += 1
    tally.events += session.event_count
    warnings = []
    if not session.report.is_clean():
        tally.repaired += 1
        warnings.append(session.report.summary())
        progress.echo(f"warning: {session.meta.source}: {session.report.summary()}", err=True)
    if as_json:
        obj = row.to_json()
        obj["source"] = session.meta.source  # the path as given this time
        obj.update(created=done.created, warnings=warnings)
        progress.echo(json.dumps(obj, ensure_ascii=False))
    else:
        progress.echo(_session_line(row, created=done.created))


@click.command("import")
@click.argument("paths", nargs=-1, required=True)
@db_option
@json_option("One JSON object per session (JSON Lines).")
@click.option(
    "--mask-text",
    is_flag=True,
    help="Replace every letter of the recorded page's text by * (keeps length and layout).",
)
@handle_errors
def import_command(
    paths: tuple[str, ...], db: Path | None, as_json: bool, mask_text: bool
) -> None:
    """Import session files, folders (recursively) and globs into the library.

    Each file is all-or-nothing: a refused file is reported on one line and leaves no
    trace; the good files still import. Exit code 1 when any file was refused.
    """
    from replay.importers import find_session_files
    from replay.ingest import ingest_files
    from replay.store.library import Library

    files, failures = find_session_files(list(paths))
    tally = _Tally()
    for failure in failures:
        tally.refused += 1
        click.echo(f"error: {failure.one_line()}", err=True)
    with Library.open(resolve_db(db)) as lib:
        note_upgrade(lib)
        progress = _Progress(files)
        try:
            outcome = ingest_files(
                lib,
                files,
                detect=False,  # `replay detect` scores them (the app's import also detects)
                mask_text=mask_text,
                on_bytes=progress.callback(),
                on_done=lambda done: _report_file(
                    lib, done, progress=progress, tally=tally, as_json=as_json
                ),
            )
        finally:
            progress.close()
        if outcome.error is not None:  # the library failed: the files before it stay
            click.echo(tally.summary(), err=True)
            raise outcome.error
    click.echo(tally.summary(), err=as_json)
    if tally.refused:
        sys.exit(1)


def _row_tuple(row: SessionRow) -> tuple[Any, ...]:
    """Return a ``SessionRow`` as a ``Library.session_table`` tuple."""
    started = (row.started_at or "-")[:19].replace("T", " ")
    viewport = row.viewport_text()
    return (row.id, row.format, row.device, viewport, started, row.duration_ms,
            row.n_events, row.score, row.spike_count, row.tag_count, row.source)  # fmt: skip


def _table_cells(rows: Sequence[tuple[Any, ...]]) -> list[tuple[str, ...]]:
    """Return the printed cells of ``Library.session_table`` tuples."""
    return [
        (
            str(sid),
            fmt,
            device,
            viewport,
            started,
            format_duration(duration),
            str(events),
            "-" if score is None else f"{score:.2f}",
            "-" if spikes is None else str(spikes),
            str(tags),
            source,
        )
        for sid, fmt, device, viewport, started, duration, events, score, spikes, tags, source in rows
    ]


_HEADER = [
    "id",
    "format",
    "device",
    "viewport",
    "started (UTC)",
    "duration",
    "events",
    "score",
    "spikes",
    "tags",
    "source",
]


def _parse_since(value: str | None, *, end: bool) -> int | None:
    from replay.store.search import parse_date

    if value is None:
        return None
    try:
        return parse_date(value, end=end)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@click.command("sessions")
@db_option
@json_option("Print a JSON array of sessions.")
@click.option("--sort", type=click.Choice(list(SORT_KEYS)), default="id", show_default=True)
@click.option("--desc", is_flag=True, help="Largest first.")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), help="Only this format.")
@click.option("--device", type=click.Choice(DEVICES), help="Only this device.")
@click.option("--min-duration", type=ID, help="At least this many ms.")
@click.option("--max-duration", type=ID, help="At most this many ms.")
@click.option(
    "--search",
    help="Words (all, any order, any case) in the path, title, format, device, #id or facts.",
)
@click.option("--signal", help="A detector that fired (e.g. rage_click).")
@click.option("--url", help="A visited page URL matching this glob (e.g. '*checkout*').")
@click.option("--target", help="Text of a clicked or tapped element.")
@click.option("--category", help="A live tag of this category code.")
@click.option("--note", help="Text in a live tag's note.")
@click.option("--reviewer", help="Tagged or marked reviewed by this reviewer.")
@click.option(
    "--reviewed",
    type=click.Choice(["yes", "no"]),
    help="yes: marked reviewed or has at least one tag; no: neither.",
)
@click.option("--since", help="Started on or after this date (YYYY-MM-DD, UTC).")
@click.option("--until", help="Started on or before this date (the whole day, UTC).")
@click.option("--min-score", type=float, help="Score at least this.")
@click.option("--max-score", type=float, help="Score at most this.")
@click.option("--limit", type=BoundedInt(1), help="At most this many sessions.")
@handle_errors
def sessions_command(
    db: Path | None,
    as_json: bool,
    sort: str,
    desc: bool,
    fmt: str | None,
    device: str | None,
    min_duration: int | None,
    max_duration: int | None,
    search: str | None,
    signal: str | None,
    url: str | None,
    target: str | None,
    category: str | None,
    note: str | None,
    reviewer: str | None,
    reviewed: str | None,
    since: str | None,
    until: str | None,
    min_score: float | None,
    max_score: float | None,
    limit: int | None,
) -> None:
    """List the sessions in the library: sort, filter and search (--json for scripts).

    The filters are the app's search, with the same meaning (docs/findings.md); all given
    filters must hold.
    """
    from replay.commands.findings import default_reviewer
    from replay.store.library import Library
    from replay.store.search import SessionQuery, blind_scope

    query = SessionQuery(
        signal=signal,
        url=url,
        target=target,
        category=category,
        note=note,
        reviewer=reviewer,
        reviewed=None if reviewed is None else reviewed == "yes",
        device=device,
        format=fmt,
        since_ms=_parse_since(since, end=False),
        until_ms=_parse_since(until, end=True),
        min_score=min_score,
        max_score=max_score,
        min_duration_ms=min_duration,
        max_duration_ms=max_duration,
        text=search or "",
    )
    path = resolve_db(db)
    mode, problem = (
        filekind.existing_kind(path) if isinstance(path, Path) else (0, None)
    )  # a PostgreSQL library: Library.open says when there is none
    if mode is None and problem is None:
        click.echo(
            f"no library at {path} yet: import sessions with `replay import PATH`", err=True
        )
        if as_json:
            echo_json([])
        return
    with Library.open_to_read(path, create=False) as lib:
        scope = blind_scope(lib.conn, default_reviewer())
        if scope is not None:  # blind mode (issue 16): only what this reviewer may see
            from replay.store.blind import blind_rows

            query = replace(query, viewer=scope[0], viewer_spikes_hidden=scope[1])
            rows = blind_rows(
                lib, lib.sessions(query, sort=sort, descending=desc, limit=limit), scope[0]
            )
            if as_json:
                echo_json([r.to_json() for r in rows])
                return
            cells = [_row_tuple(r) for r in rows]
        elif as_json:
            echo_json(
                [r.to_json() for r in lib.sessions(query, sort=sort, descending=desc, limit=limit)]
            )
            return
        else:
            cells = lib.session_table(query, sort=sort, descending=desc, limit=limit)
    if not cells:
        click.echo("no sessions match" if not query.is_empty() else "no sessions")
    else:
        numeric = {0, 5, 6, 7, 8, 9}
        click.echo(_table(_HEADER, _table_cells(cells), numeric=numeric))


def _info_lines(row: SessionRow, session: Session) -> list[str]:
    from replay.model.channels import CHANNEL_NAMES

    lines = [
        f"session #{row.id}: {row.title or row.source_name}",
        f"  source       {row.source}",
        f"  format       {row.format}",
        f"  device       {row.device}",
        f"  viewport     {row.viewport_text(unit=' px')}",
        f"  started      {row.started_at or 'unknown (no wall clock in the recording)'}",
        f"  duration     {format_duration(row.duration_ms)} ({row.duration_ms} ms)",
        f"  events       {row.n_events} ({row.n_clicks} clicks)",
        f"  imported     {row.imported_at}",
        f"  reviewed     {f'{row.reviewed_at} by {row.reviewed_by}' if row.reviewed_at else 'no'}",
        f"  score        {'not computed (run replay detect)' if row.score is None else f'{row.score:.2f}'}",
        f"  spikes       {'-' if row.spike_count is None else row.spike_count}",
        f"  tags         {row.tag_count}",
        f"  content      sha256 {session.meta.content_hash}",
    ]
    lines += [f"  {key:<12} {value}" for key, value in sorted(row.extra.items())]
    lines.append("channels (rows; absent = this format cannot record it)")
    for name in CHANNEL_NAMES:
        count = row.counts.get(name)
        lines.append(f"  {name:<13}{'absent' if count is None else count}")
    lines.append(f"import report: {row.report.summary()}")
    lines += [f"  note: {note}" for note in row.report.notes]
    return lines


@click.command("info")
@click.argument("session_id", type=ID)
@db_option
@json_option("Print one JSON object.")
@handle_errors
def info_command(session_id: int, db: Path | None, as_json: bool) -> None:
    """Show everything about one session: metadata, channel counts, import report."""
    from replay.commands.findings import default_reviewer
    from replay.model.channels import CHANNEL_NAMES
    from replay.store.blind import blind_rows
    from replay.store.library import Library

    with Library.open_to_read(resolve_db(db), create=False) as lib:
        row = blind_rows(lib, [lib.session_row(session_id)], default_reviewer())[0]
        session = lib.load_session(session_id)
    if as_json:
        obj = row.to_json()
        obj["content_hash"] = session.meta.content_hash
        obj["channels"] = {name: len(ch) for name, ch in session.channels.items()}
        obj["absent_channels"] = [n for n in CHANNEL_NAMES if n not in session.channels]
        echo_json(obj)
        return
    click.echo("\n".join(_info_lines(row, session)))


@click.command("delete")
@click.argument("session_id", type=ID)
@db_option
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@handle_errors
def delete_command(session_id: int, db: Path | None, yes: bool) -> None:
    """Delete one session with its tags, tag history and detections."""
    from replay.store.library import Library

    with Library.open(resolve_db(db), create=False) as lib:
        row = lib.session_row(session_id)
        if not yes:
            click.confirm(
                f"Delete session #{row.id} ({row.source}) and its {row.tag_count} tag(s)?",
                abort=True,
                err=True,
            )
        lib.delete_session(session_id)
    click.echo(f"deleted session #{row.id} ({row.source}) and {row.tag_count} tag(s)")


def register(group: click.Group) -> None:
    """Add ``import``, ``sessions``, ``info`` and ``delete`` to ``group``."""
    for command in (import_command, sessions_command, info_command, delete_command):
        group.add_command(command)
