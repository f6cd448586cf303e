"""Helpers shared by the CLI commands: shared options (``--db``, ``--json``, ``--out``) and errors."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import click

from replay.errors import ReplayError

if TYPE_CHECKING:
    from replay.store.library import Library
    from replay.store.target import PgTarget

#: Where ``replay --reviewer NAME`` keeps the name for the command that runs.
REVIEWER_META = "replay.reviewer"

P = ParamSpec("P")
R = TypeVar("R")

_WHOLE = re.compile(r"[+-]?[0-9]+\Z")
#: SQLite stores integers as signed 64-bit (https://sqlite.org/datatype3.html).
SQLITE_INT_MAX = 2**63 - 1
#: Qt's ``Signal(int)`` and the timelines carry a C int: times in ms must fit 32 bits.
QT_INT_MAX = 2**31 - 1


class OneLineError(click.ClickException):
    """A bad option value reported like every other error: ``error: ...``, exit 1."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        """Print ``error: <message>`` on stderr (one line)."""
        click.echo(f"error: {' '.join(self.format_message().split())}", err=True)


class BoundedInt(click.ParamType[int, Any]):
    """A whole number checked against a range before anything is opened (issue 10).

    Text that is not a whole number is a usage error (exit 2, as click does); a whole
    number outside ``lo..hi`` (by default SQLite's 64-bit range) is one ``error:`` line
    with exit 1, never an OverflowError traceback further down.
    """

    name = "integer"

    def __init__(self, lo: int = 0, hi: int = SQLITE_INT_MAX, *, why: str = "") -> None:
        self.lo = lo
        self.hi = hi
        self.why = why or (
            "SQLite's largest integer" if hi == SQLITE_INT_MAX else "the largest value allowed"
        )

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        """Return the whole number, or fail (usage error) / refuse (one line, exit 1)."""
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            text = str(value).strip()
            if not _WHOLE.match(text):
                self.fail(f"{text[:40]!r} is not a whole number", param, ctx)
            # Beyond 30 digits it is out of any range: never parse a 4000-digit number.
            number = (
                int(text, 10)
                if len(text) <= 30
                else (self.lo - 1 if text[0] == "-" else self.hi + 1)
            )
        if not self.lo <= number <= self.hi:
            name = "value"
            if param is not None:
                name = (
                    param.opts[0]
                    if param.opts and param.opts[0].startswith("-")
                    else (param.human_readable_name)
                )
            shown = str(value)[:40] + ("..." if len(str(value)) > 40 else "")
            raise OneLineError(
                f"{name} {shown} is out of range: it must be {self.lo} to {self.hi} ({self.why})"
            )
        return number

    def __repr__(self) -> str:
        return f"BoundedInt({self.lo}, {self.hi})"


#: Row ids (sessions, tags): SQLite's positive range.
ID = BoundedInt(0)
#: Times in ms since a session start: what the app's 32-bit signals carry (24.8 days).
MS = BoundedInt(0, QT_INT_MAX, why="24.8 days, the longest time replay handles")


class DbTarget(click.ParamType):  # type: ignore[type-arg]
    """``--db``: a library file, or a PostgreSQL library (``postgresql://user@host/db``)."""

    name = "db"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> Path | PgTarget:
        """Return the library the text names (a file path or a PostgreSQL target)."""
        from replay.store.target import PgTarget, parse_target

        return parse_target(value if isinstance(value, Path | PgTarget) else str(value))


def db_option(func: Callable[P, R]) -> Callable[P, R]:
    """Add ``--db FILE|URL`` (default: ``$REPLAY_DB`` or the user's data folder)."""
    return click.option(
        "--db",
        "db",
        type=DbTarget(),
        metavar="FILE|URL",
        default=None,
        help=(
            "Library file, or a PostgreSQL library postgresql://user@host[:port]/dbname "
            "(default: $REPLAY_DB, else the user's data folder)."
        ),
    )(func)


def json_option(help_text: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Add ``--json`` (the flag ``as_json``); ``help_text`` says what is printed."""
    return click.option("--json", "as_json", is_flag=True, help=help_text)


def out_option(
    help_text: str, *, required: bool = False, metavar: str | None = None
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Add ``--out`` (a path, checked when written: :func:`replay.filekind.atomic_output`).

    Never ``click.Path(dir_okay=False)``: a folder is one ``error:`` line (exit 1) from
    the writer, not click's usage error (exit 2).
    """
    return click.option(
        "--out",
        "out",
        type=click.Path(path_type=Path),
        required=required,
        metavar=metavar,
        default=None,
        help=help_text,
    )


def sessions_option(func: Callable[P, R]) -> Callable[P, R]:
    """Add ``--session ID`` (repeatable) as ``sessions: tuple[int, ...]`` (empty: every one)."""
    return click.option(
        "--session", "sessions", type=ID, multiple=True, help="Only this session (repeat)."
    )(func)


def resolve_db(db: Path | PgTarget | None) -> Path | PgTarget:
    """Return the library: ``--db``, else ``$REPLAY_DB``, else platformdirs' data folder.

    A file ``Path``, or a :class:`~replay.store.target.PgTarget` for a PostgreSQL library.
    """
    from replay.store.target import parse_target

    if db is not None:
        return db
    env = os.environ.get("REPLAY_DB")
    if env:
        return parse_target(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("replay", appauthor=False)) / "library.sqlite"


def offscreen_without_display() -> None:
    """Make Qt draw offscreen when there is no display (frames, page backgrounds).

    A platform the user set (``QT_QPA_PLATFORM``) is kept.
    """
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn any ReplayError into one line on stderr and exit code 1 (never a traceback)."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except ReplayError as exc:
            click.echo(f"error: {exc.one_line()}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted: nothing half-written was kept", err=True)
            sys.exit(130)
        except RecursionError:
            # JSON nested thousands of levels deep, in a damaged library's columns or a
            # file no parse site names (Python's parsers recurse): one line, never a traceback.
            click.echo(
                "error: data nested too deeply to read (a damaged library or input file?)",
                err=True,
            )
            sys.exit(1)

    return wrapper


def echo_json(obj: Any) -> None:
    """Print ``obj`` as JSON (UTF-8, not ASCII-escaped, so every script reads back exactly)."""
    click.echo(json.dumps(obj, ensure_ascii=False))


@contextlib.contextmanager
def open_library(db: Path | PgTarget | None, *, reads_only: bool = False) -> Iterator[Library]:
    """Open the library at ``--db`` (or the default, see :func:`resolve_db`); close it after.

    ``reads_only``: the command writes nothing, so a read-only library file (or folder)
    is opened read-only instead of refused (:meth:`Library.open_to_read`).
    """
    from replay.store.library import Library

    target = resolve_db(db)
    opened = Library.open_to_read(target) if reads_only else Library.open(target)
    with opened as library:
        note_upgrade(library)
        yield library


def note_upgrade(library: Library) -> None:
    """Say on stderr how to back up a PostgreSQL library replay has just upgraded.

    A SQLite library is copied beside itself before an upgrade; a PostgreSQL one is
    upgraded in one transaction (a failure leaves the old schema) and replay cannot copy
    it, so it prints the ``pg_dump`` command instead.
    """
    if library.backup_hint:
        click.echo(
            f"note: {library.path}: the library's schema was upgraded (in one transaction); "
            f"back up a team library before each upgrade of replay: {library.backup_hint}",
            err=True,
        )


def format_eta(seconds: float) -> str:
    """Return ``seconds`` as ``1h02m``, ``3m05s`` or ``42s``."""
    s = max(0, round(seconds))
    if s >= 3600:
        return f"{s // 3600}h{s % 3600 // 60:02d}m"
    if s >= 60:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s}s"


class ProgressLine:
    """One progress bar on stderr: ``[###...] done/total detail``.

    On a terminal the line is redrawn in place (at most every 0.1 s, and always at the
    end); elsewhere (a log, CI) a line is printed per 10 % so the output stays short.
    """

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last_decile = -1
        self.last_draw = 0.0

    def draw(self, done: int, total: int, detail: str) -> None:
        """Show ``done`` of ``total`` followed by ``detail`` (what, rate, ETA)."""
        now = time.perf_counter()
        if self.tty and done < total and now - self.last_draw < 0.1:
            return
        self.last_draw = now
        width = 30
        fill = int(width * done / total) if total else width
        line = f"[{'#' * fill}{'.' * (width - fill)}] {done}/{total} {detail}"
        if self.tty:
            click.echo("\r" + line.ljust(90), nl=False, err=True)
            if done >= total:
                click.echo(err=True)
        else:
            decile = 10 * done // total if total else 10
            if decile != self.last_decile:
                self.last_decile = decile
                click.echo(line, err=True)
