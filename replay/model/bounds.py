"""Limits on time in a session, applied at import and at load (issue 10, "absurd durations").

One row dated 30 days after the others, an rrweb first timestamp of ``-0`` (epoch 1970)
beside 2024 timestamps, or a native header saying ``duration_ms: 1e15`` made the session
span weeks to millennia: every later array sized by time (score curve, timelines,
playback) then asked for gigabytes, and Qt's 32-bit ``Signal(int)`` could not carry the
time. So a session obeys two limits of the model:

* :data:`MAX_GAP_MS` (6 h), the far-timestamp rule (:func:`main_run`), the one rule of
  every format: rows separated from the rest by a silence longer than this are a
  different visit or a broken clock (one extra digit puts a timestamp 115 days off). The
  session keeps the *run* of rows (between such silences) that has the most rows and
  drops the others, counted in rows (``dropped.outside_session``, one note:
  :func:`count_outside`). Real data: the longest pause in the 65 Balabit sessions is 1.9 h.
  rrweb applies the same rule before it builds the session (its time origin, start and
  page come from its events: those more than 6 h from every kept row do not count).
* :data:`MAX_SESSION_MS` (24 h): a kept run longer than this is cut there
  (``dropped.session_too_long``, with a note). The longest Balabit session lasts 7.2 h.

When rows before the kept run were dropped (or the kept rows start before 0), times are
shifted so the session starts at its first kept row, and ``started_at_ms`` moves with them.
``duration_ms`` is then repaired (``repaired.duration_invalid``, with a note) when it is
negative, shorter than the last kept row, or longer than that row plus :data:`MAX_GAP_MS`:
it becomes the time of the last row. Every time is therefore within 0..24 h, far inside
the 32-bit range (24.8 days) the app's signals carry.

``started_at_ms`` outside 1970..9999 (UTC) becomes unknown (``repaired.started_at_invalid``).
"""

from __future__ import annotations

import dataclasses

import numpy as np
import numpy.typing as npt

from replay.model.chunked import ChunkedColumns, ChunkLoader, TimeClusters, column_chunks
from replay.model.session import Channel, ImportReport, Session

#: A silence longer than this (ms) splits a recording: only the largest run is kept.
MAX_GAP_MS = 6 * 3600 * 1000
#: The longest session replay keeps (ms); later rows are dropped.
MAX_SESSION_MS = 24 * 3600 * 1000
#: ``started_at_ms`` must be a date Python can show: 1970-01-01 to 9999-12-31 (UTC).
MAX_EPOCH_MS = 253_402_300_799_999


def _hours(ms: int) -> str:
    return f"{ms / 3_600_000:g} h"


def bound_session(session: Session) -> Session:
    """Return ``session`` with its times within the model's limits (see the module doc).

    Counts and notes go to ``session.report``. A session already within the limits is
    returned as it is (a cheap check of each channel's first and last time).
    """
    report = session.report
    meta = session.meta
    if meta.started_at_ms is not None and not 0 <= meta.started_at_ms <= MAX_EPOCH_MS:
        report.repair("started_at_invalid")
        report.notes.append("started_at is not a date between 1970 and 9999: dropped (unknown)")
        meta = dataclasses.replace(meta, started_at_ms=None)
        session = dataclasses.replace(session, meta=meta)
    spans = [_first_last(ch) for ch in session.channels.values() if len(ch)]
    firsts = [first for first, _last in spans]
    lasts = [last for _first, last in spans]
    if not firsts:
        duration = int(meta.duration_ms)
        if 0 <= duration <= MAX_GAP_MS:
            return session
        report.repair("duration_invalid")
        report.notes.append(f"duration_ms {duration} repaired to 0 (the session has no rows)")
        return dataclasses.replace(session, meta=dataclasses.replace(meta, duration_ms=0))
    lo, hi = min(firsts), max(lasts)
    from_data = int(meta.duration_ms) == hi - lo  # the importer measured it from the rows
    channels = dict(session.channels)
    shift = 0
    if lo < 0 or lo > MAX_GAP_MS or hi - lo > MAX_GAP_MS:
        run_lo, run_hi = _largest_run(session)
        keep_hi = min(run_hi, run_lo + MAX_SESSION_MS)
        # Start at the first kept row when rows before it were dropped, when it lies before
        # 0, or when it comes after a silence longer than MAX_GAP_MS since 0.
        shift = run_lo if (run_lo > lo or run_lo < 0 or run_lo > MAX_GAP_MS) else 0
        outside = too_long = 0
        for name, ch in session.channels.items():
            if isinstance(ch.columns, ChunkedColumns):  # a big import: chunk by chunk
                cut = _bound_chunked(ch.columns, run_lo, run_hi, keep_hi, shift)
                outside += cut[1]
                too_long += cut[2]
                if cut[0] is not None:
                    channels[name] = Channel(name=name, columns=cut[0])
                continue
            t = ch.t_ms
            in_run = (t >= run_lo) & (t <= run_hi)
            inside = in_run & (t <= keep_hi)
            outside += int((~in_run).sum())
            too_long += int((in_run & ~inside).sum())
            if bool(inside.all()) and not shift:
                continue
            columns = {c: a[inside] for c, a in ch.columns.items()}
            columns["t_ms"] = columns["t_ms"] - np.int64(shift)
            channels[name] = Channel.from_columns(name, **columns)  # type: ignore[arg-type]
        count_outside(report, outside)
        if too_long:
            report.drop("session_too_long", too_long)
            report.notes.append(
                f"{too_long} rows after {_hours(MAX_SESSION_MS)} dropped "
                "(the longest session replay keeps)"
            )
        lo, hi = run_lo, keep_hi
    first, last = lo - shift, hi - shift
    duration = int(meta.duration_ms) - shift
    started = meta.started_at_ms
    if started is not None and shift:
        started += shift
        started = started if 0 <= started <= MAX_EPOCH_MS else None
    if from_data and (shift or hi != max(lasts)):
        duration = last - first  # rows were dropped: measure the kept ones again
    elif not last - first <= duration <= min(last + MAX_GAP_MS, MAX_SESSION_MS):
        shown = int(meta.duration_ms)
        text = str(shown) if abs(shown) < 10**15 else f"{float(shown):.3g}"
        report.repair("duration_invalid")
        report.notes.append(f"duration_ms {text} repaired to {last} (the time of the last row)")
        duration = last
    if (
        duration == meta.duration_ms
        and not shift
        and all(channels[n] is c for n, c in session.channels.items())
    ):
        return session
    new_meta = dataclasses.replace(meta, duration_ms=duration, started_at_ms=started)
    return dataclasses.replace(session, meta=new_meta, channels=channels)


def _largest_run(session: Session) -> tuple[int, int]:
    """Return the first and last time of the run of rows with most rows (:func:`main_run`)."""
    if any(isinstance(ch.columns, ChunkedColumns) for ch in session.channels.values()):
        runs = TimeClusters(MAX_GAP_MS)  # the same runs, without every time in memory
        for ch in session.channels.values():
            for t in column_chunks(ch.columns, "t_ms"):
                runs.add(t)
        first, last, _rows = runs.largest()
        return first, last
    run = main_run(np.concatenate([ch.t_ms for ch in session.channels.values() if len(ch)]))
    assert run is not None  # called only for a session with rows
    return run


def main_run(times_ms: npt.ArrayLike) -> tuple[int, int] | None:
    """Return the first and last time of the largest run of ``times_ms``: the far-timestamp rule.

    The times, sorted, are cut wherever two neighbours are more than :data:`MAX_GAP_MS`
    apart; the run with the most times is kept (the earliest of equally large runs).
    Everything outside it is another visit or a wrong timestamp. Every format applies it
    to the rows of all channels together (:func:`bound_session`; rrweb also before it
    builds the session); what is dropped is counted in rows by :func:`count_outside`.

    Parameters
    ----------
    times_ms : (N,) int64
        Times in ms, in any order and on any one time base.

    Returns
    -------
    (int, int) or None
        First and last time of the run (both included); None when there are no times.
    """
    # Stable (timsort): the times are the channels' sorted runs one after the other,
    # which it merges ~10x faster than the default introsort sorts them (same result).
    times = np.sort(np.asarray(times_ms, dtype=np.int64), kind="stable")
    if not len(times):
        return None
    breaks = np.flatnonzero(np.diff(times) > MAX_GAP_MS) + 1
    starts = np.concatenate([[0], breaks])
    ends = np.concatenate([breaks, [len(times)]])
    best = int(np.argmax(ends - starts))  # the first of equally large runs
    return int(times[starts[best]]), int(times[ends[best] - 1])


def count_outside(report: ImportReport, rows: int) -> None:
    """Count ``rows`` dropped by the far-timestamp rule (:func:`main_run`), with its one note."""
    if not rows:
        return
    before = report.dropped.get("outside_session", 0)
    report.drop("outside_session", rows)
    note = (
        "{} rows more than " + _hours(MAX_GAP_MS) + " away from the rest of the session "
        "dropped (another visit or a broken clock; the largest run is kept)"
    )
    if before and note.format(before) in report.notes:  # one note with the total
        report.notes.remove(note.format(before))
    report.notes.append(note.format(before + rows))


def _first_last(ch: Channel) -> tuple[int, int]:
    cols = ch.columns
    if isinstance(cols, ChunkedColumns) and cols.spans:
        return cols.spans[0][0], cols.spans[-1][1]
    return int(ch.t_ms[0]), int(ch.t_ms[-1])


def _bound_chunked(
    cols: ChunkedColumns, run_lo: int, run_hi: int, keep_hi: int, shift: int
) -> tuple[ChunkedColumns | None, int, int]:
    """:func:`bound_session`'s cut of one chunked channel: (new columns or None, out, too long)."""
    outside = too_long = 0
    sizes = []
    spans = []
    for t in column_chunks(cols, "t_ms"):
        in_run = (t >= run_lo) & (t <= run_hi)
        inside = in_run & (t <= keep_hi)
        outside += int((~in_run).sum())
        too_long += int((in_run & ~inside).sum())
        kept = t[inside]
        sizes.append(len(kept))
        spans.append((int(kept[0]) - shift, int(kept[-1]) - shift) if len(kept) else (0, 0))
    if not outside and not too_long and not shift:
        return None, 0, 0

    def bounded(load: ChunkLoader) -> ChunkLoader:
        def chunk() -> dict[str, np.ndarray]:
            part = load()
            t = part["t_ms"]
            inside = (t >= run_lo) & (t <= min(run_hi, keep_hi))
            out = {c: a[inside] for c, a in part.items()}
            out["t_ms"] = out["t_ms"] - np.int64(shift)
            return out

        return chunk

    keep = [i for i, n in enumerate(sizes) if n]
    return (
        ChunkedColumns(
            cols.dtypes,
            [bounded(cols.loaders[i]) for i in keep],
            [sizes[i] for i in keep],
            [spans[i] for i in keep],
        ),
        outside,
        too_long,
    )
