"""``replay batch``: score very many recordings on Dask, then load the worst into a library."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from replay import filekind
from replay.commands.common import (
    BoundedInt,
    ProgressLine,
    db_option,
    echo_json,
    format_eta,
    handle_errors,
    json_option,
    open_library,
    out_option,
)
from replay.commands.signals import config_option
from replay.errors import BatchError


class _Bar(ProgressLine):
    """Sessions scored so far, refused files, rate and ETA."""

    def __init__(self) -> None:
        super().__init__()
        self.t0 = time.perf_counter()
        self.first: int | None = None

    def __call__(self, done: int, total: int, refused: int) -> None:
        if self.first is None:  # the first call comes before any work: the rate starts here
            self.first = done
            self.t0 = time.perf_counter()
            return
        elapsed = time.perf_counter() - self.t0
        rate = (done - self.first) / elapsed if elapsed > 0 else 0.0
        eta = format_eta((total - done) / rate) if rate > 0 else "?"
        self.draw(done, total, f"sessions, {refused} refused, {rate:.1f}/s, ETA {eta}")


@click.group("batch")
def batch_group() -> None:
    """Score many recordings on a Dask cluster, then load the worst for review."""


@batch_group.command("detect")
@click.argument("inputs", nargs=-1, required=True)
@out_option(
    "Parquet file of results (rows already in it are kept; their files are skipped).",
    required=True,
)
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://host:8786).")
@click.option(
    "--workers",
    type=BoundedInt(1, 1024, why="worker processes"),
    default=None,
    help="Worker processes of the local cluster (default: one per core).",
)
@json_option("Print the summary as JSON.")
@config_option
@handle_errors
def batch_detect_command(
    inputs: tuple[str, ...],
    out: Path,
    scheduler: str | None,
    workers: int | None,
    as_json: bool,
    config_path: Path | None,
) -> None:
    """Import and score INPUTS (files, folders, globs; every format, .gz) without a library.

    One Parquet row per recording: content hash, source, device, duration, score, per-signal
    counts and the spikes (a nested column); a refused file is a row with its reason and
    never stops the batch. A rerun skips files already in --out.
    """
    from replay.batch import batch_detect
    from replay.signals import load_config

    cfg = load_config(config_path)
    summary = batch_detect(
        inputs, out, config=cfg, scheduler=scheduler, workers=workers, progress=_Bar()
    )
    if as_json:
        echo_json(
            {
                "out": str(out),
                "total": summary.total,
                "skipped": summary.skipped,
                "scored": summary.scored,
                "refused": summary.refused,
                "seconds": round(summary.seconds, 3),
                "sessions_per_second": round(summary.per_second, 2),
                "workers": summary.workers,
            }
        )
        return
    click.echo(
        f"scored {summary.scored} recording(s) ({summary.refused} refused), "
        f"skipped {summary.skipped} already in {out}; "
        f"{summary.per_second:.1f}/s on {summary.workers} worker(s)"
    )


@batch_group.command("load")
@click.argument("results", type=click.Path(path_type=Path))
@db_option
@click.option("--top", type=BoundedInt(1), default=None, help="The N highest scores.")
@click.option("--min-score", type=float, default=None, help="Every session scoring at least S.")
@config_option
@handle_errors
def batch_load_command(
    results: Path,
    db: Path | None,
    top: int | None,
    min_score: float | None,
    config_path: Path | None,
) -> None:
    """Import the worst-scoring recordings of RESULTS into the library, worst first.

    Each chosen recording is imported from its source file (which must still be there and
    unchanged: its content hash is checked) and detected, so the team opens it at once.
    """
    from replay.batch import ResultStore, select_sessions
    from replay.ingest import FileDone, ingest_files
    from replay.signals import load_config

    if top is None and min_score is None:
        raise click.UsageError("choose the sessions: --top N or --min-score S")
    problem = filekind.not_regular(results)
    if problem is not None:
        raise BatchError(f"{results}: {problem}")
    chosen = select_sessions(ResultStore(results).read(), top=top, min_score=min_score)
    scored = {row["source"]: row for row in chosen}

    def done(item: FileDone) -> None:
        row = scored[str(item.path)]
        if item.refused:
            click.echo(f"error: {item.refused}", err=True)
            return
        assert item.session is not None
        if item.session.meta.content_hash != row["content_hash"]:
            click.echo(
                f"warning: {item.path}: changed since it was scored (content hash differs); "
                "imported as it is now",
                err=True,
            )
        click.echo(f"#{item.session_id}  score {row['score']:.2f}  {item.path}")

    with open_library(db) as lib:
        outcome = ingest_files(
            lib,
            [Path(row["source"]) for row in chosen],
            config=load_config(config_path),
            on_done=done,
        )
    if outcome.error is not None:
        raise outcome.error
    created = outcome.created_count
    click.echo(
        f"loaded {created} new session(s), {len(outcome.imported) - created} already in the "
        f"library, {len(outcome.failed)} could not be loaded (of {len(chosen)} chosen)"
    )
    if outcome.failed:
        sys.exit(1)


def register(cli: click.Group) -> None:
    """Add the ``batch`` group to the CLI."""
    cli.add_command(batch_group)
