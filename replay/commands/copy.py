"""``replay copy SRC DST``: move a whole library between backends, verified (issue 18).

SRC and DST are what ``--db`` accepts: a library file or a PostgreSQL URL. The verification
table (one row per table: rows on both sides, content hash, match) goes to stdout, the
progress bar to stderr (so ``--json`` stdout is pure JSON).
"""

from __future__ import annotations

import time

import click

from replay.commands.common import ProgressLine, echo_json, format_eta, handle_errors, json_option


class _Bar(ProgressLine):
    """Rows copied so far, with the current table, rate and ETA."""

    def __init__(self) -> None:
        super().__init__()
        self.t0 = time.perf_counter()

    def __call__(self, table: str, done: int, total: int) -> None:
        elapsed = time.perf_counter() - self.t0
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = format_eta((total - done) / rate) if rate > 0 and done else "?"
        self.draw(done, total, f"rows ({table}), {rate:.0f} rows/s, ETA {eta}")


@click.command("copy")
@click.argument("source", metavar="SRC")
@click.argument("destination", metavar="DST")
@json_option("Print the verification as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@handle_errors
def copy_command(source: str, destination: str, as_json: bool, quiet: bool) -> None:
    """Copy a whole library to a new, empty one: SQLite file <-> PostgreSQL, verified.

    SRC and DST are library files or PostgreSQL URLs (postgresql://user@host/db, or
    postgresql://?service=NAME). Everything is copied: sessions, channels, pages, results,
    tags with their history, codebook, team tables, outcomes. Each table's row count and
    content hash are then compared; on any failure nothing is kept at DST. DST must be a
    new file or an empty database.
    """
    from replay.store.copy import copy_library

    result = copy_library(source, destination, progress=None if quiet else _Bar())
    if as_json:
        echo_json(result.as_json())
        return
    rows = [
        (
            t.table,
            str(t.source_rows),
            str(t.destination_rows),
            t.destination_sha256[:16],
            "ok" if t.match else "DIFFERS",
        )
        for t in result.tables
    ]
    header = ("table", "source rows", "copied rows", "sha256 (both)", "match")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    click.echo(
        f"copied {result.source} ({result.source_backend}) -> {result.destination} "
        f"({result.destination_backend}): {result.rows} rows in {result.seconds:.1f} s"
    )
    for r in [header, *rows]:
        click.echo(
            "  ".join(
                cell.rjust(w) if i in (1, 2) else cell.ljust(w)
                for i, (cell, w) in enumerate(zip(r, widths, strict=True))
            ).rstrip()
        )
    click.echo(
        f"verified: all {len(result.tables)} tables have the same row counts and content "
        "hashes in both libraries"
    )


def register(group: click.Group) -> None:
    """Add ``copy`` to ``group``."""
    group.add_command(copy_command)
