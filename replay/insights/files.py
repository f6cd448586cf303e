"""Write an output file (PNG, HTML, PDF) atomically, only ever as a regular file we create."""

from __future__ import annotations

import os
from pathlib import Path

from replay import filekind
from replay.errors import ReplayError


def write_output(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temp file and an atomic rename.

    An existing device node, FIFO, socket or folder at ``path`` is refused (never written
    through); nothing partial is left behind on failure (:func:`replay.filekind.atomic_output`).

    Raises
    ------
    ReplayError
        Missing folder, a non-regular file in the way, or an OS error (disk full, denied).
    """
    with filekind.atomic_output(path, error=ReplayError) as out:
        out.open("wb").write(data)
    return out.target
