"""Regular files only: what a path names, and the one way replay writes a file (issue 10).

replay reads and writes only *regular files*: never through a FIFO, a device node or a
socket. Why, and how a path is checked before and after it is opened, is told in
:mod:`~replay.filekind.kinds`. The functions return a *reason* (one short phrase, ``None``
when all is well); the caller turns it into its own typed error naming the file.

The parts: :mod:`~replay.filekind.kinds` (what a path is: ``kind_of``, ``existing_kind``,
``not_regular``, ``output_problem``, ``open_regular``), :mod:`~replay.filekind.temporaries`
(the temporary files of a write and the one stale-file cleaner) and
:mod:`~replay.filekind.atomic` (``atomic_output``). Import the names from here.
"""

from __future__ import annotations

from replay.filekind.atomic import AtomicOutput, atomic_output
from replay.filekind.kinds import (
    existing_kind,
    kind_of,
    name_too_long,
    not_regular,
    open_regular,
    output_problem,
)
from replay.filekind.temporaries import (
    SIDE_SUFFIXES,
    STALE_TMP_SECONDS,
    TMP_SUFFIX,
    clean_stale_temporaries,
)

__all__ = [
    "SIDE_SUFFIXES",
    "STALE_TMP_SECONDS",
    "TMP_SUFFIX",
    "AtomicOutput",
    "atomic_output",
    "clean_stale_temporaries",
    "existing_kind",
    "kind_of",
    "name_too_long",
    "not_regular",
    "open_regular",
    "output_problem",
]
