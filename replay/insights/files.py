"""Write an output file (PNG, HTML, PDF) atomically, only ever as a regular file we create."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from replay import filekind
from replay.errors import ReplayError


def write_output(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temp file and an atomic rename.

    An existing device node, FIFO, socket or folder at ``path`` is refused (never written
    through); nothing partial is left behind on failure.

    Raises
    ------
    ReplayError
        Missing folder, a non-regular file in the way, or an OS error (disk full, denied).
    """
    out = Path(path)
    folder = out.parent if str(out.parent) else Path()
    problem = filekind.output_problem(out, suffix_room=16)  # the one output rule (export's too)
    if problem is not None:
        raise ReplayError(f"{out}: {problem}; nothing was written")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
        # mkstemp makes the file 0600; a report or a PNG is meant to be shared like any
        # file the user saves: the usual mode under their umask.
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(out)
        tmp = None
    except OSError as exc:
        raise ReplayError(f"{out}: cannot write: {exc.strerror or exc}") from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                Path(tmp).unlink()
    return out
