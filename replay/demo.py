"""The demo library: the bundled sessions in ``resources/demo/``, imported and detected once.

``replay demo`` (the README's first command) opens the app on it. The library is cached in
the user's cache folder under a name made from the demo files' content, so it is built
once and rebuilt only when the demo files change. It is built in a temporary file and
moved into place, so an interrupted build never leaves a half library behind. No Qt
here: the library is built by the one ingest path (:func:`replay.ingest.ingest_files`),
so ``replay demo`` needs Qt only to show it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from replay.errors import ReplayError
from replay.resources import resource_path

CACHE_DIR_ENV = "REPLAY_CACHE_DIR"


@dataclass(frozen=True, slots=True)
class DemoLibrary:
    """A ready demo library.

    Attributes
    ----------
    db_path : Path
        The library file.
    most_frustrated_id : int or None
        The session with the highest frustration score (opened first).
    built : bool
        True when it was (re)built by this call, False when the cached one was used.
    failures : tuple of str
        One line per demo file that could not be imported (normally none).
    """

    db_path: Path
    most_frustrated_id: int | None
    built: bool
    failures: tuple[str, ...] = ()


def demo_dir() -> Path:
    """Return the folder of bundled demo sessions."""
    return resource_path("demo")


def demo_files(folder: Path | None = None) -> list[Path]:
    """Return the demo session files (every file below ``folder`` but docs), sorted."""
    root = folder if folder is not None else demo_dir()
    if not root.is_dir():
        return []
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() not in (".md", ".txt")
    )


def demo_fingerprint(files: list[Path]) -> str:
    """Return a short SHA-256 over the files' names and contents and the library schema.

    The schema version is in it so a demo cached by an older replay (e.g. before pages were
    stored, migration m006) is rebuilt instead of shown without its newer parts.
    """
    from replay.store.migrations import SCHEMA_VERSION

    digest = hashlib.sha256()
    digest.update(f"schema {SCHEMA_VERSION}\0".encode())
    for path in files:
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def demo_cache_dir() -> Path:
    """Return where demo libraries are cached (``$REPLAY_CACHE_DIR`` or the user cache)."""
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("replay", appauthor=False))


def most_frustrated_id(db_path: Path) -> int | None:
    """Return the id of the session with the highest score in the library, or None."""
    from replay.store.library import Library

    with Library.open(db_path) as library:
        # Highest score first, unscored last, ties and no scores: the lowest id.
        rows = library.sessions(sort="score", descending=True, limit=1)
    return rows[0].id if rows else None


#: How long before the first frustrated moment the demo starts, so the viewer sees it come.
DEMO_LEAD_MS = 1_000


def first_spike_ms(db_path: Path, session_id: int, *, lead_ms: int = DEMO_LEAD_MS) -> int | None:
    """Return where to start watching the first spike of ``session_id`` (ms), or None.

    That is ``lead_ms`` before the first signal hit of the first detected spike (the rage
    clicks themselves), not the spike's start: the score curve rises about 2 sigma before
    the first hit, so opening at the spike's start left a new user ~4 s of nothing.
    Never before the spike's start, nor before 0.
    """
    from replay.store.library import Library
    from replay.store.results import load_result

    library = Library.open(db_path)
    try:
        result = load_result(library, session_id)
    finally:
        library.close()
    if result is None or not result.spikes:
        return None
    spike = min(result.spikes, key=lambda s: s.start_ms)
    hit_starts = [result.hits[i].start_ms for i in spike.hit_indices if 0 <= i < len(result.hits)]
    if not hit_starts:
        return int(spike.start_ms)
    return int(max(min(hit_starts) - lead_ms, spike.start_ms, 0))


def build_demo_library(
    *,
    rebuild: bool = False,
    echo: Callable[[str], None] | None = None,
    files: list[Path] | None = None,
    cache_dir: Path | None = None,
) -> DemoLibrary:
    """Return the demo library, building it first when missing or out of date.

    Parameters
    ----------
    rebuild : bool
        Build even if a cached library for these files exists.
    echo : callable, optional
        Receives one line per progress step (the CLI prints them to stderr).
    files : list of Path, optional
        Demo files (default :func:`demo_files`).
    cache_dir : Path, optional
        Where to keep the library (default :func:`demo_cache_dir`).

    Raises
    ------
    ReplayError
        When there are no demo files, or none of them could be imported.
    """
    say = echo or (lambda _line: None)
    files = demo_files() if files is None else files
    if not files:
        raise ReplayError(f"{demo_dir()}: no demo sessions found (is resources/demo there?)")
    folder = cache_dir if cache_dir is not None else demo_cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"demo-{demo_fingerprint(files)}.sqlite"
    if target.exists() and not rebuild:
        return DemoLibrary(target, most_frustrated_id(target), built=False)
    say(f"building the demo library from {len(files)} sessions in {target.parent}")
    partial = target.with_suffix(".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    failures = _import_all(partial, files, say)
    if len(failures) == len(files):
        partial.unlink(missing_ok=True)
        raise ReplayError(f"{demo_dir()}: no demo session could be imported: {failures[0]}")
    partial.replace(target)
    for old in folder.glob("demo-*.sqlite"):
        if old != target:
            old.unlink(missing_ok=True)
    return DemoLibrary(target, most_frustrated_id(target), built=True, failures=tuple(failures))


def _import_all(db_path: Path, files: list[Path], say: Callable[[str], None]) -> list[str]:
    """Import, store and detect every file into a new library; return failure lines."""
    from replay.ingest import FileDone, ingest_files
    from replay.store.library import Library

    def report(done: FileDone) -> None:
        if done.refused is not None:
            say(f"skipped: {done.refused}")
        else:
            say(f"imported {done.path.name}")

    library = Library.open(db_path)
    try:
        outcome = ingest_files(library, files, detect=True, on_done=report)
    finally:
        library.close()
    if outcome.error is not None:
        raise outcome.error
    # Refusals name the file already; a detection failure gets the file's name in front.
    return [
        why if why.startswith(path) else f"{Path(path).name}: {why}"
        for path, why in outcome.failed
    ]
