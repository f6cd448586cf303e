"""Helpers for suites that run on both backends (``library_target`` in conftest.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from replay.store.target import PgTarget


def raw_connect(target: Path | PgTarget) -> Any:
    """A plain connection to a library, past the Library (a test's second look at the data).

    SQLite: ``sqlite3.connect``; PostgreSQL: the same DB-API subset over psycopg
    (``replay.store.pg.PgConnection``, ``?`` placeholders, ``with con:`` commits).
    """
    if isinstance(target, PgTarget):
        from replay.store import pg

        return pg.connect(target)
    return sqlite3.connect(target)
