"""Helpers shared by the CLI commands: the ``--db`` option and error handling."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import click

from replay.errors import ReplayError

if TYPE_CHECKING:
    from replay.store.library import Library

#: Where ``replay --reviewer NAME`` keeps the name for the command that runs.
REVIEWER_META = "replay.reviewer"

P = ParamSpec("P")
R = TypeVar("R")


def db_option(func: Callable[P, R]) -> Callable[P, R]:
    """Add ``--db FILE`` (default: ``$REPLAY_DB`` or the user's data folder)."""
    return click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Library file (default: $REPLAY_DB, else the user's data folder).",
    )(func)


def resolve_db(db: Path | None) -> Path:
    """Return the library path: ``--db``, else ``$REPLAY_DB``, else platformdirs' data folder."""
    if db is not None:
        return db
    env = os.environ.get("REPLAY_DB")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("replay", appauthor=False)) / "library.sqlite"


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

    return wrapper


def echo_json(obj: Any) -> None:
    """Print ``obj`` as JSON (UTF-8, not ASCII-escaped, so every script reads back exactly)."""
    click.echo(json.dumps(obj, ensure_ascii=False))


@contextlib.contextmanager
def open_library(db: Path | None) -> Iterator[Library]:
    """Open the library at ``--db`` (or the default, see :func:`resolve_db`); close it after."""
    from replay.store.library import Library

    with Library.open(resolve_db(db)) as library:
        yield library
