"""Regular files only: what a path names, and the one way replay writes a file (issue 10).

replay reads and writes only *regular files*. A FIFO blocks ``open()`` forever, a device
node such as ``/dev/null`` must never be replaced by a regular file (``os.replace`` does
that, even to ``/dev/null`` when run as root), ``/dev/zero`` never ends. So every path the
user names is looked at with :func:`os.stat` (which follows symlinks: a symlink to
``/dev/null`` is judged by what it points to) *before* it is opened, and a file that is
opened is opened with ``O_NONBLOCK`` and checked again with :func:`os.fstat` on the open
descriptor, so a path swapped for a FIFO in between cannot hang replay either.

The functions return a *reason* (one short phrase, ``None`` when all is well); the caller
turns it into its own typed error (ImportFailed, StoreError, ExportError) naming the file.

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
