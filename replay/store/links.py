"""Find the library holding a deep link's session (``replay://HASH?t=MS``).

Function :func:`locate` tries candidate libraries (files or PostgreSQL) in order (the default library first, then
the recently opened ones: the app supplies that list), read-only.

PostgreSQL candidates are asked all at once, each with a short connect timeout
(:data:`LINK_CONNECT_TIMEOUT_S`), as soon as the search reaches the first of them: a dead
server costs one short wait, however many recent libraries are on dead servers, not a
full connect timeout each, one after another. The first library *in order* that holds the
session still wins. The servers that could not be reached are named in the result (the
app says so in its status line) and in the "not found" message.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from replay.errors import NotFound, ReplayError, StoreError
from replay.model.links import Moment
from replay.store.target import PgTarget

#: Seconds a deep link waits for each PostgreSQL server (libpq's minimum is 2; a library
#: opened on purpose waits 10).
LINK_CONNECT_TIMEOUT_S = 3

#: The name prefix of the threads that ask PostgreSQL servers (the app holds its cycle
#: collector on the GUI thread while one is alive: replay.ui.gui_gc).
LINK_THREADS = "replay-link"


@dataclass(frozen=True, slots=True)
class Located:
    """The library and session a link resolved to; ``t_ms`` clamped to the session.

    ``unreachable`` names (without passwords) the PostgreSQL libraries tried before the
    one found that could not be opened, each with its one-line reason.
    """

    library: Path | PgTarget
    session_id: int
    t_ms: int
    unreachable: tuple[tuple[str, str], ...] = ()


def _probe(
    target: Path | PgTarget, content_hash: str, timeout_s: int | None = None
) -> tuple[int, int] | None:
    """Return (session id, duration ms) of the linked session in ``target``, or None.

    Read-only; ``timeout_s`` is the PostgreSQL connect timeout (a file has none).
    """
    from replay.store.library import Library

    with Library.open(target, create=False, readonly=True, connect_timeout_s=timeout_s) as lib:
        found = lib.find_by_hash_prefix(content_hash)
        return None if found is None else (found, lib.session_row(found).duration_ms)


def locate(
    moment: Moment,
    libraries: Iterable[Path | PgTarget],
    *,
    connect_timeout_s: int = LINK_CONNECT_TIMEOUT_S,
) -> Located:
    """Find the first library among ``libraries`` that holds the linked session.

    Libraries that are missing, locked, damaged or not ours are skipped (read-only: a
    link never creates or changes a library). PostgreSQL libraries are opened
    concurrently, each waiting at most ``connect_timeout_s`` for its server.

    Raises
    ------
    NotFound
        No candidate holds the session (the message names those tried, and those that
        could not be reached).
    """
    candidates = list(libraries)
    tried: list[str] = []
    unreachable: list[tuple[str, str]] = []
    seen: set[Path | PgTarget] = set()
    probes: dict[PgTarget, Future[tuple[int, int] | None]] = {}
    pool: ThreadPoolExecutor | None = None
    try:
        for at, path in enumerate(candidates):
            if isinstance(path, PgTarget):
                if path in seen:
                    continue
                seen.add(path)
                tried.append(path.display)
                if pool is None:  # ask every PostgreSQL library from here on at once
                    rest = list(
                        dict.fromkeys(c for c in candidates[at:] if isinstance(c, PgTarget))
                    )
                    pool = ThreadPoolExecutor(len(rest), thread_name_prefix=LINK_THREADS)
                    for target in rest:
                        probes[target] = pool.submit(
                            _probe, target, moment.content_hash, connect_timeout_s
                        )
                try:
                    hit = probes[path].result()
                except ReplayError as exc:
                    unreachable.append((path.display, _reason(exc, path.display)))
                    continue
                if hit is not None:  # the moment kept inside the session, as for a file
                    return Located(path, hit[0], min(moment.t_ms, hit[1]), tuple(unreachable))
                continue
            key = Path(path).expanduser().resolve()
            if key in seen:
                continue
            seen.add(key)
            tried.append(str(path))
            if not key.is_file():
                continue
            try:
                hit = _probe(key, moment.content_hash)
            except StoreError:
                continue
            if hit is not None:
                return Located(Path(path), hit[0], min(moment.t_ms, hit[1]), tuple(unreachable))
    finally:
        if pool is not None:  # a slow server left behind gives up on its own timeout
            pool.shutdown(wait=False, cancel_futures=True)
    where = ", ".join(tried) if tried else "no library"
    dead = (
        "; not reachable: " + ", ".join(name for name, _why in unreachable) if unreachable else ""
    )
    raise NotFound(
        f"no known library holds session {moment.content_hash[:12]} (tried: {where}){dead}; "
        "open the library that holds it once, or pass --db"
    )


def _reason(exc: ReplayError, name: str) -> str:
    """Return the error's reason without the library's name in front."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text.removeprefix(f"{name}: ").removeprefix(name).strip(" :") or text
