"""The accumulator every importer fills: compact typed columns, interned strings, then a Session.

Rows are appended to ``array.array`` columns (8 bytes a value, not a Python object each), so
a huge file imports in bounded memory; :meth:`SessionBuilder.build` turns them into numpy
in one go, validates coordinates vectorised (docs/formats.md, "Repair rules"), stable-sorts each
channel by time and makes ``t_ms`` relative to the session start.
"""

from __future__ import annotations

import array
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import numpy.typing as npt

from replay.importers import _spill
from replay.importers._spill import Location, Spill
from replay.model.bounds import MAX_GAP_MS, bound_session, count_outside
from replay.model.channels import CHANNEL_SCHEMAS, MAX_COORD_PX, MAX_SCROLL_PX, ChannelName
from replay.model.chunked import ChunkedColumns, ChunkLoader, TimeClusters
from replay.model.session import Channel, Device, ImportReport, Node, Session, SessionMeta

# Accumulation types: times are absolute int64 ms, coordinates float64 until validated.
_CODES = {"t_ms": "q", "x_px": "d", "y_px": "d", "angle_deg": "d"}
_INT_CODE = "q"


class Columns:
    """Append-only typed columns of one channel, in schema order."""

    __slots__ = ("arrays", "names")

    def __init__(self, name: str) -> None:
        self.names = tuple(CHANNEL_SCHEMAS[name])
        self.arrays = tuple(array.array(_CODES.get(c, _INT_CODE)) for c in self.names)

    def add(self, *values: float) -> None:
        """Append one row (values in schema order); all or nothing."""
        try:
            for arr, value in zip(self.arrays, values, strict=True):
                arr.append(value)  # type: ignore[arg-type]
        except (OverflowError, TypeError, ValueError):
            size = len(self.arrays[-1])  # the last column only grows once the row is complete
            for arr in self.arrays:
                del arr[size:]
            raise

    def __len__(self) -> int:
        return len(self.arrays[0])

    def to_numpy(self) -> dict[str, npt.NDArray[Any]]:
        """Return each column as a numpy array (a copy-free view of the array buffer)."""
        return {
            n: np.frombuffer(a, dtype=np.dtype(a.typecode)) if len(a) else np.empty(0, a.typecode)
            for n, a in zip(self.names, self.arrays, strict=True)
        }


class SessionBuilder:
    """Collect one session's rows; :meth:`build` returns the frozen :class:`Session`.

    Parameters
    ----------
    channels : iterable of str
        The channels this format can carry (absent channels stay absent in the session).
    report : ImportReport
        Where repairs and drops are counted.
    """

    def __init__(
        self, channels: Iterable[ChannelName], *, report: ImportReport, spill: Spill | None = None
    ) -> None:
        self.report = report
        self.cols: dict[str, Columns] = {name: Columns(name) for name in channels}
        self._strings: dict[str, int] = {}
        self.nodes: list[Node] = []
        #: A big import's spill file: full runs of rows move there (:meth:`spill_full`).
        self.spill = spill
        self.runs: dict[str, list[tuple[int, tuple[Location, ...]]]] = {}
        self._row_runs = TimeClusters(MAX_GAP_MS)  # the spilled rows' times, folded
        self._outside = 0  # rows dropped by the far-timestamp rule (keep_ms)

    def spill_full(self, rows: int | None = None) -> None:
        """Move every channel holding ``rows`` rows (:data:`SPILL_ROWS`) to the spill file."""
        if self.spill is None:
            return
        rows = _spill.SPILL_ROWS if rows is None else rows
        for name, cols in self.cols.items():
            if len(cols) >= rows and len(cols):
                self._spill_run(name)

    def _spill_run(self, name: str) -> None:
        cols = self.cols[name]
        assert self.spill is not None
        where = tuple(self.spill.put(arr) for arr in cols.arrays)
        self._row_runs.add(np.frombuffer(cols.arrays[cols.names.index("t_ms")], dtype=np.int64))
        self.runs.setdefault(name, []).append((len(cols), where))
        cols.arrays = tuple(array.array(a.typecode) for a in cols.arrays)

    def add(self, channel: ChannelName, *values: float) -> None:
        """Append one row to ``channel`` (values in schema order, ``t_ms`` absolute)."""
        self.cols[channel].add(*values)

    def extend(self, channel: ChannelName, **columns: npt.ArrayLike) -> None:
        """Append many rows at once from arrays (every column of the schema, absolute t_ms)."""
        cols = self.cols[channel]
        for name, arr in zip(cols.names, cols.arrays, strict=True):
            arr.frombytes(np.ascontiguousarray(columns[name], dtype=arr.typecode).tobytes())

    def enable(self, channel: ChannelName) -> None:
        """Make ``channel`` present (the recording turned out to carry it)."""
        if channel not in self.cols:
            self.cols[channel] = Columns(channel)

    def row_times(self) -> npt.NDArray[np.int64]:
        """Return the time of every row collected so far, all channels together (absolute ms)."""
        parts = [
            np.frombuffer(c.arrays[c.names.index("t_ms")], dtype=np.int64)
            for c in self.cols.values()
            if len(c)
        ]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

    def row_runs(self) -> TimeClusters:
        """Return the times of every row, spilled or not, folded into runs (a big import)."""
        runs = TimeClusters(MAX_GAP_MS)
        runs.los, runs.his = list(self._row_runs.los), list(self._row_runs.his)
        runs.counts, runs.total = list(self._row_runs.counts), self._row_runs.total
        runs.add(self.row_times())
        return runs

    def intern(self, text: str) -> int:
        """Return the index of ``text`` in the session's string table."""
        index = self._strings.get(text)
        if index is None:
            index = self._strings[text] = len(self._strings)
        return index

    def add_node(self, node: Node) -> int:
        """Append a node and return its index."""
        self.nodes.append(node)
        return len(self.nodes) - 1

    def build(
        self,
        *,
        origin_ms: int,
        fmt: str,
        path: str,
        device: Device,
        viewport: tuple[int, int],
        started_at_ms: int | None,
        duration_ms: int,
        title: str = "",
        extra: Mapping[str, str] | None = None,
        keep_ms: tuple[int, int] | None = None,
    ) -> Session:
        """Validate, sort and freeze everything collected into a :class:`Session` (once).

        Parameters
        ----------
        origin_ms : int
            Absolute time of the session start; subtracted from every ``t_ms``.
        keep_ms : (int, int), optional
            Absolute first and last time of the rows to keep (the run chosen by the
            far-timestamp rule, :func:`replay.model.bounds.main_run`, on
            :meth:`row_times`); rows outside are dropped and counted as ``outside_session``.
        """
        channels: dict[str, Channel] = {}
        self._outside = 0
        # One channel at a time, each accumulation freed once converted: the peak holds
        # the columns plus one channel's temporaries, not two copies of everything. The
        # builder is used up (its columns are gone).
        for name in list(self.cols):
            if name in self.runs:  # a big import: finish it run by run, in the spill file
                if len(self.cols[name]):
                    self._spill_run(name)
                del self.cols[name]
                channels[name] = self._finish_runs(name, origin_ms, keep_ms)  # type: ignore[arg-type]
                continue
            if not len(self.cols[name]):  # nothing to validate, cut or sort
                del self.cols[name]
                channels[name] = Channel.empty(name)  # type: ignore[arg-type]
                continue
            cols = self.cols.pop(name).to_numpy()
            channels[name] = self._finish(name, cols, origin_ms, keep_ms)  # type: ignore[arg-type]
            del cols
        count_outside(self.report, self._outside)
        meta = SessionMeta(
            source=path,
            format=fmt,
            device=device,
            viewport_width_px=int(viewport[0]),
            viewport_height_px=int(viewport[1]),
            started_at_ms=started_at_ms,
            duration_ms=int(duration_ms),
            content_hash="",
            title=title,
            extra=dict(extra or {}),
        )
        # Absurd spans (a row 30 days in, a -0 timestamp, duration_ms 1e15) are bounded
        # here, for every format: see replay.model.bounds.
        return bound_session(
            Session(
                meta=meta,
                channels=channels,
                strings=tuple(self._strings),
                nodes=tuple(self.nodes),
                report=self.report,
            )
        )

    def _finish_runs(
        self, name: ChannelName, origin_ms: int, keep_ms: tuple[int, int] | None
    ) -> Channel:
        """:meth:`_finish` of a spilled channel, run by run (the same rows, chunked).

        Each run is validated, cut, shifted, stable-sorted and cast like a whole channel.
        Rows of a run later than the next run's first time (rrweb's batched positions
        reach back up to a few hundred ms) are merged into the next run; the rest is
        written back to the spill file in the final dtypes, in order. Only when a run
        starts before rows already written (times far out of order) are the chunks
        loaded and sorted together (memory then holds this channel).
        """
        spill = self.spill
        assert spill is not None
        schema = CHANNEL_SCHEMAS[name]
        names = tuple(schema)
        codes = [_CODES.get(c, _INT_CODE) for c in names]
        chunks: list[tuple[int, tuple[Location, ...], tuple[int, int]]] = []
        in_order = True
        written: int | None = None
        pending: dict[str, npt.NDArray[Any]] | None = None

        def emit(cols: dict[str, npt.NDArray[Any]]) -> None:
            nonlocal written
            t = cols["t_ms"]
            if len(t):
                where = tuple(spill.put(cols[c]) for c in names)
                chunks.append((len(t), where, (int(t[0]), int(t[-1]))))
                written = int(t[-1])

        for _n, where in self.runs.pop(name):
            raw = {c: spill.array(w, code) for c, w, code in zip(names, where, codes, strict=True)}
            cols = dict(self._finish(name, raw, origin_ms, keep_ms).columns)
            del raw
            t = cols["t_ms"]
            if not len(t):
                continue
            first = int(t[0])
            if written is not None and first < written:
                in_order = False
            if pending is None:
                pending = cols
                continue
            cut = int(np.searchsorted(pending["t_ms"], first, side="right"))
            emit({c: a[:cut] for c, a in pending.items()})
            if cut == len(pending["t_ms"]):
                pending = cols
                continue
            merged = {c: np.concatenate([pending[c][cut:], cols[c]]) for c in names}
            order = np.argsort(merged["t_ms"], kind="stable")
            pending = {c: a[order] for c, a in merged.items()}
        if pending is not None:
            emit(pending)
            del pending
        if not in_order:
            parts = [
                {c: spill.array(w, schema[c]) for c, w in zip(names, where, strict=True)}
                for _n, where, _span in chunks
            ]
            whole = {c: np.concatenate([p[c] for p in parts]) for c in names}
            del parts
            order = np.argsort(whole["t_ms"], kind="stable")
            return Channel.from_columns(name, **{c: a[order] for c, a in whole.items()})

        def loader(where: tuple[Location, ...]) -> ChunkLoader:
            def load() -> dict[str, npt.NDArray[Any]]:
                out = {}
                for c, w in zip(names, where, strict=True):
                    arr = spill.array(w, schema[c])
                    arr.flags.writeable = False
                    out[c] = arr
                return out

            return load

        columns = ChunkedColumns(
            schema,
            [loader(where) for _n, where, _span in chunks],
            [n for n, _where, _span in chunks],
            [span for _n, _where, span in chunks],
        )
        return Channel(name=name, columns=columns)

    def _finish(
        self,
        name: ChannelName,
        cols: dict[str, Any],
        origin_ms: int,
        keep_ms: tuple[int, int] | None = None,
    ) -> Channel:
        keep = _validate(name, cols, self.report)
        if keep is not None:
            cols = {c: a[keep] for c, a in cols.items()}
        if keep_ms is not None and len(cols["t_ms"]):
            lo, hi = keep_ms
            inside = (cols["t_ms"] >= lo) & (cols["t_ms"] <= hi)
            if not inside.all():
                self._outside += int((~inside).sum())
                cols = {c: a[inside] for c, a in cols.items()}
        t = cols["t_ms"] - np.int64(origin_ms)
        cols["t_ms"] = t
        if len(t) > 1 and bool(np.any(t[1:] < t[:-1])):
            order = np.argsort(t, kind="stable")
            cols = {c: a[order] for c, a in cols.items()}
        if len(t):
            for col, low, high in _int_limits(name):
                cols[col] = np.clip(cols[col], low, high)
        return Channel.from_columns(name, **cols)


_INT_LIMITS: dict[str, tuple[tuple[str, int, int], ...]] = {}


def _int_limits(name: ChannelName) -> tuple[tuple[str, int, int], ...]:
    """Return (column, min, max) of every integer column but ``t_ms`` (values are clipped)."""
    limits = _INT_LIMITS.get(name)
    if limits is None:
        found = []
        for col, dtype in CHANNEL_SCHEMAS[name].items():
            # (an int64 column holds the accumulated int64 values as they are: no clip)
            if np.issubdtype(dtype, np.integer) and col != "t_ms" and np.dtype(dtype) != np.int64:
                info = np.iinfo(np.dtype(dtype).name)
                found.append((col, int(info.min), int(info.max)))
        limits = _INT_LIMITS[name] = tuple(found)
    return limits


def _validate(
    name: ChannelName, cols: dict[str, Any], report: ImportReport
) -> npt.NDArray[np.bool_] | None:
    """Apply the coordinate rules in place; return a keep-mask when rows must be dropped.

    Rules (docs/formats.md, "Repair rules"): pointer and scroll rows with a non-finite coordinate or
    one beyond the limit (``MAX_COORD_PX``; ``MAX_SCROLL_PX`` for scroll) are dropped
    (``coordinate_invalid``); negative pointer/interaction coordinates are clamped to 0
    (``negative_coordinate``); an interaction's invalid coordinate becomes NaN = unknown
    (``coordinate_invalid``, repaired); viewport sizes outside 1..MAX_COORD_PX are dropped
    (``viewport_invalid``); orientation angles that are not finite or beyond ±360 degrees
    are dropped (``angle_invalid``).
    """
    if name in ("pointer", "scroll", "interactions"):
        x, y = cols["x_px"], cols["y_px"]
        limit = MAX_SCROLL_PX if name == "scroll" else MAX_COORD_PX
        with np.errstate(invalid="ignore"):
            bad = ~(np.abs(x) <= limit) | ~(np.abs(y) <= limit)
            if name == "interactions":
                bad &= ~(np.isnan(x) & np.isnan(y))  # both absent = unknown position, fine
                if bad.any():
                    report.repair("coordinate_invalid", int(bad.sum()))
                    x[bad] = np.nan
                    y[bad] = np.nan
                bad = np.zeros(len(x), dtype=bool)
            neg = (x < 0) | (y < 0)
        neg &= ~bad
        if neg.any() and name != "scroll":
            report.repair("negative_coordinate", int(neg.sum()))
            np.maximum(x, 0, out=x, where=neg)
            np.maximum(y, 0, out=y, where=neg)
        if bad.any():
            report.drop("coordinate_invalid", int(bad.sum()))
            keep: npt.NDArray[np.bool_] = ~bad
            return keep
    elif name == "viewport":
        w, h = cols["width_px"], cols["height_px"]
        bad = (w < 1) | (h < 1) | (w > MAX_COORD_PX) | (h > MAX_COORD_PX)
        if bad.any():
            report.drop("viewport_invalid", int(bad.sum()))
            keep_vp: npt.NDArray[np.bool_] = ~bad
            return keep_vp
    elif name == "orientation":
        # A screen angle is 0-360 (negative angles are allowed by some sensors); anything
        # else, NaN or a number beyond float32's range, is not an angle.
        with np.errstate(invalid="ignore"):
            bad = ~(np.abs(cols["angle_deg"]) <= 360.0)
        if bad.any():
            report.drop("angle_invalid", int(bad.sum()))
            keep_angle: npt.NDArray[np.bool_] = ~bad
            return keep_angle
    return None


def note_unknown(report: ImportReport, unknown: Mapping[str, int]) -> None:
    """Add the one note for events of unknown type: ``12 events of unknown type ignored (...)``."""
    if unknown:
        detail = ", ".join(f"{k}: {v}" for k, v in sorted(unknown.items()))
        report.notes.append(f"{sum(unknown.values())} events of unknown type ignored ({detail})")
