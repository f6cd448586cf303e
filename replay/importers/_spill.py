"""The spill file of a big import: column runs and page chunks kept on disk, not in memory.

A streamed import (files over ``STREAM_THRESHOLD_BYTES``) moves every
:data:`SPILL_ROWS` rows of a channel, and every finished page chunk, into an anonymous
temporary file (:class:`Spill`): memory holds one run per channel, not the whole
recording, so the peak no longer grows with the file (issue 13). The finished session's
big channels are :class:`~replay.model.chunked.ChunkedColumns` read back from the same
file, one chunk at a time, by the store.

The file is unlinked as soon as it is made (``tempfile.TemporaryFile``): a killed import
leaves nothing behind, and nothing in the library changes until the one transaction
that stores the session.
"""

from __future__ import annotations

import tempfile
import weakref
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

#: Rows of one channel kept in memory before they move to the spill file (and the rows of
#: one stored chunk): 262 144 pointer rows are ~10 MB while importing, ~5.5 MB stored.
SPILL_ROWS = 1 << 18

#: Where a run's bytes are in the spill file: (offset, size).
Location = tuple[int, int]


class Spill:
    """An anonymous temporary file: append bytes, read them back by location.

    Parameters
    ----------
    folder : Path, optional
        Where to make it (default: the system's temporary folder).
    """

    def __init__(self, folder: Path | None = None) -> None:
        self.file = tempfile.TemporaryFile(dir=folder, prefix="replay-import-")  # noqa: SIM115
        self.size = 0
        # Closed (and so deleted) when the last chunk reader lets go of it.
        self._closer = weakref.finalize(self, self.file.close)

    def put(self, data: Any) -> Location:
        """Append ``data`` (bytes or any buffer); return where it is."""
        view = memoryview(data).cast("B")
        self.file.seek(self.size)
        self.file.write(view)
        where = (self.size, len(view))
        self.size += len(view)
        return where

    def get(self, where: Location) -> bytes:
        """Read back the bytes at ``where``."""
        offset, size = where
        self.file.seek(offset)
        data = self.file.read(size)
        if len(data) != size:
            raise OSError(f"spill file: read {len(data)} of {size} bytes")
        return data

    def array(self, where: Location, dtype: Any) -> npt.NDArray[Any]:
        """Read back an array (a writable copy)."""
        return np.frombuffer(bytearray(self.get(where)), dtype=np.dtype(dtype))

    def close(self) -> None:
        """Close (and so delete) the file."""
        self._closer()
