"""Batch detection: score very many recordings on a Dask cluster, without a library.

``replay batch detect`` hands the recordings to Dask workers in chunks; each worker imports a
file in memory (:func:`replay.importers.import_file`, every format, ``.gz`` too), runs the
detectors and returns one row. Rows are written to Parquet as they arrive, in parts beside
the output (``OUT.parts/part-NNNNNN.parquet``, each written to a temporary name and renamed),
and folded into ``OUT`` at the end. A rerun reads ``OUT`` and any parts left by an
interrupted run and skips every file already scored (same path, size and modification time),
so a batch killed half-way resumes where it stopped.

A file that cannot be imported becomes a row with ``status = "refused"`` and the one-line
reason: a bad file never stops the batch. Dask, distributed and pyarrow are imported only
when a batch runs, so the rest of replay starts without them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from replay.errors import BatchError, ImportFailed, ReplayError, UnknownFormat
from replay.filekind import atomic_output, output_problem
from replay.importers import find_session_files, import_file
from replay.signals import SIGNAL_NAMES, SignalConfig, detect

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "BatchSummary",
    "ResultStore",
    "batch_detect",
    "output_schema",
    "score_file",
    "select_sessions",
]

#: Parquet rows are flushed to a part file after this many results.
PART_ROWS = 500
Progress = Callable[[int, int, int], None]  # (done, total, refused)


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What one ``batch detect`` run did.

    Attributes
    ----------
    total : int
        Files found for the inputs (including those skipped).
    skipped : int
        Already in the output (same path, size and modification time): not scored again.
    scored : int
        Scored in this run.
    refused : int
        Of ``scored``, refused (not a session, broken): a row with the reason.
    seconds : float
        Wall time of the scoring (cluster start-up excluded).
    workers : int
        Dask workers that did the work.
    """

    total: int
    skipped: int
    scored: int
    refused: int
    seconds: float
    workers: int

    @property
    def per_second(self) -> float:
        """Sessions scored per second of wall time."""
        return self.scored / self.seconds if self.seconds > 0 else 0.0


def output_schema() -> pa.Schema:
    """Return the Parquet schema of a batch result (one row per file)."""
    import pyarrow as pa

    spike = pa.struct(
        [
            ("spike_id", pa.string()),
            ("start_ms", pa.int64()),
            ("end_ms", pa.int64()),
            ("peak_ms", pa.int64()),
            ("peak", pa.float64()),
            ("signals", pa.list_(pa.string())),
        ]
    )
    return pa.schema(
        [
            ("source", pa.string()),
            ("status", pa.string()),
            ("reason", pa.string()),
            ("content_hash", pa.string()),
            ("format", pa.string()),
            ("device", pa.string()),
            ("viewport_width_px", pa.int32()),
            ("viewport_height_px", pa.int32()),
            ("started_at_ms", pa.int64()),
            ("duration_ms", pa.int64()),
            ("n_events", pa.int64()),
            ("score", pa.float64()),
            ("peak", pa.float64()),
            ("spike_count", pa.int32()),
            ("signal_counts", pa.struct([(name, pa.int32()) for name in SIGNAL_NAMES])),
            ("spikes", pa.list_(spike)),
            ("detector_version", pa.string()),
            ("config_hash", pa.string()),
            ("file_size", pa.int64()),
            ("file_mtime_ns", pa.int64()),
            ("cost_ms", pa.float64()),
        ]
    )


def _file_key(path: Path) -> tuple[int | None, int | None]:
    try:
        st = path.stat()
    except OSError:
        return None, None
    return st.st_size, st.st_mtime_ns


def _empty_row(source: str, size: int | None, mtime_ns: int | None) -> dict[str, Any]:
    return {
        "source": source,
        "status": "refused",
        "reason": None,
        "content_hash": None,
        "format": None,
        "device": None,
        "viewport_width_px": None,
        "viewport_height_px": None,
        "started_at_ms": None,
        "duration_ms": None,
        "n_events": None,
        "score": None,
        "peak": None,
        "spike_count": None,
        "signal_counts": None,
        "spikes": None,
        "detector_version": None,
        "config_hash": None,
        "file_size": size,
        "file_mtime_ns": mtime_ns,
        "cost_ms": None,
    }


def score_file(path: str | Path, config: SignalConfig) -> dict[str, Any]:
    """Import one recording in memory, run the detectors, and return its result row.

    Never raises for a bad file: a refused file gives ``status = "refused"`` and the
    one-line reason (an unexpected error in an importer or detector is reported the same
    way, as an internal error, so one file cannot stop a batch).
    """
    file = Path(path)
    size, mtime_ns = _file_key(file)
    row = _empty_row(str(path), size, mtime_ns)
    t0 = time.perf_counter()
    try:
        session = import_file(file)
        result = detect(session, config)
    except (ImportFailed, UnknownFormat, ReplayError) as exc:
        row["reason"] = exc.one_line()
        return row
    except Exception as exc:  # a bug must not stop the batch; the row says what happened
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())
        row["reason"] = f"{path}: internal error ({reason})"
        return row
    meta = session.meta
    counts = dict.fromkeys(SIGNAL_NAMES, 0)
    for hit in result.hits:
        counts[hit.signal] = counts.get(hit.signal, 0) + 1
    row.update(
        status="ok",
        content_hash=meta.content_hash,
        format=meta.format,
        device=str(meta.device),
        viewport_width_px=meta.viewport_width_px,
        viewport_height_px=meta.viewport_height_px,
        started_at_ms=meta.started_at_ms,
        duration_ms=meta.duration_ms,
        n_events=session.event_count,
        score=float(result.score),
        peak=float(result.peak),
        spike_count=len(result.spikes),
        signal_counts=counts,
        spikes=[
            {
                "spike_id": s.spike_id,
                "start_ms": s.start_ms,
                "end_ms": s.end_ms,
                "peak_ms": s.peak_ms,
                "peak": float(s.peak),
                "signals": list(s.signals),
            }
            for s in result.spikes
        ],
        detector_version=result.detector_version,
        config_hash=result.config_hash,
        cost_ms=(time.perf_counter() - t0) * 1000.0,
    )
    return row


def score_chunk(paths: Sequence[str], config: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Score several files (one Dask task); ``config`` is :meth:`SignalConfig.to_dict`."""
    cfg = SignalConfig.from_dict(config, source="batch config")
    return [score_file(p, cfg) for p in paths]


class ResultStore:
    """The Parquet output of a batch and the parts an unfinished run left beside it."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.parts = out.with_name(out.name + ".parts")

    def _files(self) -> list[Path]:
        files = [self.out] if self.out.is_file() else []
        if self.parts.is_dir():
            files += sorted(self.parts.glob("part-*.parquet"))
        return files

    def read(self) -> pa.Table:
        """Return every row written so far (output and parts), in the output schema."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = output_schema()
        tables = []
        for f in self._files():
            try:
                tables.append(pq.read_table(f).cast(schema))
            except (OSError, pa.ArrowException, ValueError) as exc:
                raise BatchError(f"{f}: not a replay batch result ({exc})") from None
        if not tables:
            return schema.empty_table()
        return pa.concat_tables(tables)

    def done_keys(self) -> set[tuple[str, int | None, int | None]]:
        """Return (source, size, mtime_ns) of every file already scored."""
        t = self.read()
        return set(
            zip(
                t.column("source").to_pylist(),
                t.column("file_size").to_pylist(),
                t.column("file_mtime_ns").to_pylist(),
                strict=True,
            )
        )

    def write_part(self, rows: list[dict[str, Any]]) -> None:
        """Append ``rows`` as a new part file (written under a temporary name, then renamed)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not rows:
            return
        self.parts.mkdir(parents=True, exist_ok=True)
        n = len(list(self.parts.glob("part-*.parquet")))
        final = self.parts / f"part-{n:06d}.parquet"
        while final.exists():
            n += 1
            final = self.parts / f"part-{n:06d}.parquet"
        with atomic_output(final, error=BatchError, what="a part of the results") as part:
            pq.write_table(pa.Table.from_pylist(rows, schema=output_schema()), part.path)

    def finish(self) -> pa.Table:
        """Fold the parts into the output file (atomic replace) and remove them."""
        import pyarrow.parquet as pq

        table = self.read()
        with atomic_output(self.out, error=BatchError, what="the results") as result:
            pq.write_table(table, result.path, compression="zstd")
        if self.parts.is_dir():
            for f in self.parts.iterdir():
                if f.name.startswith("part-"):
                    f.unlink()
            with contextlib.suppress(OSError):
                self.parts.rmdir()
        return table


def _chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


@contextlib.contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator[Any]:
    """Yield a Dask client: on ``scheduler`` if given, else on a new local cluster."""
    import dask
    from distributed import Client, LocalCluster

    with dask.config.set({"distributed.worker.daemon": False, "logging.distributed": "error"}):
        if scheduler:
            try:
                client = Client(scheduler, timeout="10s")  # type: ignore[no-untyped-call]
            except OSError as exc:
                raise BatchError(f"{scheduler}: no Dask scheduler answers ({exc})") from None
            try:
                yield client
            finally:
                client.close()  # type: ignore[no-untyped-call]
            return
        n = workers or os.cpu_count() or 1
        try:
            cluster = LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=n,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        except (OSError, RuntimeError) as exc:
            raise BatchError(
                f"a local Dask cluster of {n} worker(s) did not start ({exc})"
            ) from None
        try:
            with Client(cluster) as client:  # type: ignore[no-untyped-call]
                yield client
        finally:
            cluster.close()


def batch_detect(
    inputs: Iterable[str],
    out: str | Path,
    *,
    config: SignalConfig,
    scheduler: str | None = None,
    workers: int | None = None,
    chunk_size: int | None = None,
    progress: Progress | None = None,
) -> BatchSummary:
    """Score every recording named by ``inputs`` (files, folders, globs) into ``out``.

    Parameters
    ----------
    inputs : iterable of str
        Files, folders (every session file inside, recursively) or glob patterns.
    out : str or Path
        The Parquet file to write (rows already in it are kept and their files skipped).
    config : SignalConfig
        Detector thresholds, sent to every worker.
    scheduler : str, optional
        Address of a running Dask scheduler (``tcp://host:8786``); default: a local cluster.
    workers : int, optional
        Worker processes of the local cluster (default: one per core).
    chunk_size : int, optional
        Files per Dask task (default: enough tasks to keep every worker busy).
    progress : callable, optional
        ``progress(done, total, refused)`` after each finished task.

    Returns
    -------
    BatchSummary
    """
    out_path = Path(out)
    problem = output_problem(out_path, suffix_room=16)
    if problem is not None:
        raise BatchError(f"{out_path}: {problem}")
    store = ResultStore(out_path)
    files, failures = find_session_files(list(inputs))
    done = store.done_keys()
    todo = [str(f) for f in files if (str(f), *_file_key(f)) not in done]
    # inputs that do not exist or cannot be listed are refused rows too (once)
    missing = [{**_empty_row(e.path, None, None), "reason": e.one_line()} for e in failures]
    missing = [m for m in missing if (m["source"], None, None) not in done]
    total = len(files) + len(missing)
    skipped = len(files) - len(todo)
    store.write_part(missing)
    refused = len(missing)
    n_done = 0
    t0 = time.perf_counter()
    n_workers = 0
    if todo:
        from distributed import as_completed

        with _client(scheduler, workers) as client:
            n_workers = max(1, len(client.scheduler_info().get("workers", {})) or (workers or 1))
            size = chunk_size or max(1, min(32, len(todo) // (n_workers * 8) or 1))
            cfg = config.to_dict()
            futures = [
                client.submit(score_chunk, chunk, cfg, pure=False) for chunk in _chunks(todo, size)
            ]
            pending: list[dict[str, Any]] = []
            if progress is not None:
                progress(skipped, total, refused)  # the clock of the rate starts here
            for fut in as_completed(futures):  # type: ignore[no-untyped-call]
                rows = fut.result()
                fut.release()
                pending.extend(rows)
                refused += sum(r["status"] != "ok" for r in rows)
                n_done += len(rows)
                if len(pending) >= PART_ROWS:
                    store.write_part(pending)
                    pending = []
                if progress is not None:
                    progress(skipped + n_done, total, refused)
            store.write_part(pending)
    seconds = time.perf_counter() - t0
    store.finish()
    return BatchSummary(
        total=total,
        skipped=skipped,
        scored=n_done + len(missing),
        refused=refused,
        seconds=seconds,
        workers=n_workers,
    )


def select_sessions(
    table: pa.Table, *, top: int | None = None, min_score: float | None = None
) -> list[dict[str, Any]]:
    """Return the scored rows to review: highest score first, the top N or those >= S."""
    rows = [r for r in table.to_pylist() if r["status"] == "ok" and r["score"] is not None]
    rows.sort(key=lambda r: (-r["score"], r["source"]))
    if min_score is not None:
        rows = [r for r in rows if r["score"] >= min_score]
    if top is not None:
        rows = rows[:top]
    return rows
