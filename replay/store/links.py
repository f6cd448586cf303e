"""Find the library holding a deep link's session (``replay://HASH?t=MS``).

Function :func:`locate` tries candidate libraries (files or PostgreSQL) in order (the default library first, then
the recently opened ones: the app supplies that list), read-only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from replay.errors import NotFound, ReplayError, StoreError
from replay.model.links import Moment
from replay.store.target import PgTarget


@dataclass(frozen=True, slots=True)
class Located:
    """The library and session a link resolved to; ``t_ms`` clamped to the session."""

    library: Path | PgTarget
    session_id: int
    t_ms: int


def locate(moment: Moment, libraries: Iterable[Path | PgTarget]) -> Located:
    """Find the first library among ``libraries`` that holds the linked session.

    Libraries that are missing, locked, damaged or not ours are skipped (read-only: a
    link never creates or changes a library).

    Raises
    ------
    NotFound
        No candidate holds the session (the message names those tried).
    """
    from replay.store.library import Library

    tried: list[str] = []
    seen: set[Path] = set()
    for path in libraries:
        if isinstance(path, PgTarget):
            tried.append(str(path))
            try:
                with Library.open(path, create=False, readonly=True) as lib:
                    pg_found = lib.find_by_hash_prefix(moment.content_hash)
                    pg_duration = 0 if pg_found is None else lib.session_row(pg_found).duration_ms
            except ReplayError:
                continue
            if pg_found is not None:  # the moment kept inside the session, as for a file
                t_ms = min(moment.t_ms, pg_duration)
                return Located(path, pg_found, t_ms)
            continue
        key = Path(path).expanduser().resolve()
        if key in seen:
            continue
        seen.add(key)
        tried.append(str(path))
        if not key.is_file():
            continue
        try:
            with Library.open(key, create=False, readonly=True) as lib:
                found = lib.find_by_hash_prefix(moment.content_hash)
                if found is None:
                    continue
                duration = lib.session_row(found).duration_ms
        except StoreError:
            continue
        return Located(library=Path(path), session_id=found, t_ms=min(moment.t_ms, duration))
    where = ", ".join(tried) if tried else "no library"
    raise NotFound(
        f"no known library holds session {moment.content_hash[:12]} (tried: {where}); "
        "open the library that holds it once, or pass --db"
    )
