"""Channel columns kept in chunks outside memory (a big import; issue 13, flat memory).

A channel of a huge recording is not held in memory while it is imported and stored:
its final columns live in chunks (in the importer's spill file), and :class:`ChunkedColumns`
is the :class:`~replay.model.session.Channel` ``columns`` mapping over them. The store
writes such a channel chunk by chunk (:func:`column_chunks`); any other reader that asks
for a column gets it whole (concatenated once and cached), so every caller stays correct
and only the store path needs to know.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from replay.model.session import Session

#: One chunk: a function returning its columns (final dtypes, equal lengths).
ChunkLoader = Callable[[], dict[str, npt.NDArray[Any]]]


class ChunkedColumns(Mapping[str, npt.NDArray[Any]]):
    """A read-only mapping column -> whole array, backed by chunks loaded on demand.

    Parameters
    ----------
    dtypes : mapping of str to dtype
        The columns, in schema order, with their final dtypes.
    loaders : sequence of ChunkLoader
        The chunks in row order.
    sizes : sequence of int
        Rows per chunk.
    spans : sequence of (int, int), optional
        Each chunk's first and last ``t_ms`` (the rows are sorted by time).
    """

    def __init__(
        self,
        dtypes: Mapping[str, np.dtype[Any]],
        loaders: Sequence[ChunkLoader],
        sizes: Sequence[int],
        spans: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.dtypes = dict(dtypes)
        self.loaders = tuple(loaders)
        self.sizes = tuple(int(n) for n in sizes)
        self.rows = sum(self.sizes)
        self.spans = tuple(spans)
        self._whole: dict[str, npt.NDArray[Any]] = {}

    def __getitem__(self, column: str) -> npt.NDArray[Any]:
        arr = self._whole.get(column)
        if arr is None:
            if column not in self.dtypes:
                raise KeyError(column)
            arr = np.empty(self.rows, dtype=self.dtypes[column])
            at = 0
            for chunk in self.chunks():
                part = chunk[column]
                arr[at : at + len(part)] = part
                at += len(part)
            arr.flags.writeable = False
            self._whole[column] = arr
        return arr

    def __iter__(self) -> Iterator[str]:
        return iter(self.dtypes)

    def __len__(self) -> int:
        return len(self.dtypes)

    def chunks(self) -> Iterator[dict[str, npt.NDArray[Any]]]:
        """Yield each chunk's columns (one chunk in memory at a time)."""
        for load in self.loaders:
            yield load()


def column_chunks(columns: Mapping[str, npt.NDArray[Any]], column: str) -> Iterator[Any]:
    """Yield ``column`` in pieces: the chunks of a chunked channel, else the whole array."""
    if isinstance(columns, ChunkedColumns) and column not in columns._whole:
        for chunk in columns.chunks():
            yield chunk[column]
    else:
        yield columns[column]


def row_count(columns: Mapping[str, npt.NDArray[Any]]) -> int:
    """Rows of a channel's columns without loading a chunked one."""
    if isinstance(columns, ChunkedColumns):
        return columns.rows
    return len(columns["t_ms"])


class TimeClusters:
    """Runs of event times separated by silences longer than ``gap_ms``, folded in batches.

    Cutting the sorted times wherever two neighbours are more than ``gap_ms`` apart gives
    the same runs whether the times come at once or in batches: each batch's runs are
    merged with the runs so far (two runs whose ranges come within ``gap_ms`` are one).
    Memory is three numbers per run, not one per event.
    """

    def __init__(self, gap_ms: int) -> None:
        self.gap_ms = int(gap_ms)
        self.total = 0
        self.los: list[int] = []
        self.his: list[int] = []
        self.counts: list[int] = []

    def add(self, times: npt.ArrayLike) -> None:
        """Fold a batch of times (any order) into the runs."""
        t = np.sort(np.asarray(times, dtype=np.int64), kind="stable")  # runs: timsort merges
        if not len(t):
            return
        self.total += len(t)
        cuts = np.flatnonzero(np.diff(t) > self.gap_ms) + 1
        starts = np.concatenate(([0], cuts))
        ends = np.concatenate((cuts, [len(t)]))
        los = [*self.los, *t[starts].tolist()]
        his = [*self.his, *t[ends - 1].tolist()]
        counts = [*self.counts, *(ends - starts).tolist()]
        order = sorted(range(len(los)), key=los.__getitem__)
        self.los, self.his, self.counts = [], [], []
        for i in order:
            if self.los and los[i] - self.his[-1] <= self.gap_ms:
                self.his[-1] = max(self.his[-1], his[i])
                self.counts[-1] += counts[i]
            else:
                self.los.append(los[i])
                self.his.append(his[i])
                self.counts.append(counts[i])

    def largest(self) -> tuple[int, int, int]:
        """Return ``(first_ms, last_ms, rows)`` of the run with most times (the first of equals)."""
        best = max(range(len(self.counts)), key=lambda i: (self.counts[i], -i))
        return self.los[best], self.his[best], self.counts[best]


def is_chunked(session: Session) -> bool:
    """Return True when part of ``session`` is in chunks on disk (a big import not stored yet)."""
    page = session.page
    return any(isinstance(ch.columns, ChunkedColumns) for ch in session.channels.values()) or (
        page is not None and not isinstance(page.chunks, tuple)
    )
