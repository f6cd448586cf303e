"""Export reviewers' tags (and, optionally, untagged detected spikes) to a CSV file.

The file opens right in Excel and LibreOffice (issue 4): UTF-8 with a BOM by default,
CRLF line ends, RFC 4180 quoting by the :mod:`csv` module, dot decimals, ISO 8601 UTC
times. Text cells that a spreadsheet could run as a formula are neutralised by a leading
``'`` (OWASP "CSV Injection": cells starting with ``= + - @``, tab or carriage return;
we also cover every other control character). Numeric columns are never neutralised:
they are written by us from integers and floats and are never negative (times are ms
since the session start, sizes and positions are >= 0 in every importer). Every other
cell of every CSV replay writes is checked once more by :func:`write_csv`: a cell that is
not a plain number is neutralised whatever its column, because columns such as the tags'
times and the detector version are copied from a library file another person may have
written (``replay merge``).

The CSV is written to a temporary file in the destination folder, flushed to disk and
moved into place (:func:`replay.filekind.atomic_output`), so a crash never leaves half a CSV.
"""

from __future__ import annotations

import csv
import functools
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import replay
import replay.filekind as filekind
from replay.errors import ExportError
from replay.model.links import session_link
from replay.model.tags import Tag, iso_utc, severity_label, spike_is_tagged
from replay.model.timeline import SessionState, SessionTimeline
from replay.signals import DetectionResult
from replay.store.library import Library
from replay.store.results import load_result

#: Columns in order; docs/findings.md ("The CSV export") documents each (name, unit, meaning).
COLUMNS: tuple[str, ...] = (
    "session_id", "source_file", "reviewer", "kind", "start_ms", "end_ms",
    "start_time_utc", "end_time_utc", "duration_ms", "category_code", "category_label",
    "severity", "severity_label", "note", "score_at_tag", "signals_at_tag", "spike_id",
    "cursor_x_px", "cursor_y_px", "viewport_width_px", "viewport_height_px",
    "orientation_deg", "scroll_y_px", "page_url", "tag_id", "created_at_utc",
    "updated_at_utc", "app_version", "detector_version", "link",
)  # fmt: skip
#: Columns holding text from people or recordings: always neutralised (even "-5").
TEXT_COLUMNS: frozenset[str] = frozenset(
    {"source_file", "reviewer", "kind", "category_code", "category_label", "severity_label",
     "note", "signals_at_tag", "spike_id", "page_url"}
)  # fmt: skip
#: First characters that make a spreadsheet treat a cell as a formula (OWASP CSV Injection).
FORMULA_PREFIXES = frozenset("=+-@\t\r")
#: A range's score and signals are sampled at this many evenly spaced moments (ends included).
RANGE_SAMPLES = 201
#: A cell :func:`write_csv` leaves alone: a plain decimal number, as :func:`format_number`
#: and ``str(int)`` write them (``-5`` is a number to a spreadsheet, not a formula).
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def neutralise(text: str) -> str:
    """Prefix ``'`` to a text cell a spreadsheet could run as a formula.

    A cell is neutralised when its first character is ``=``, ``+``, ``-``, ``@``, tab,
    carriage return or any other control character (Unicode category Cc), following the
    OWASP CSV Injection guidance. Everything else is returned unchanged.
    """
    if text and (text[0] in FORMULA_PREFIXES or unicodedata.category(text[0]) == "Cc"):
        return "'" + text
    return text


def format_number(value: float | int | None) -> str:
    """Format a number with a dot decimal and at most 3 decimals; "" for None or NaN."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    if value != value:  # NaN
        return ""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def wall_clock(started_at_ms: int | None, t_ms: int | None) -> str:
    """Return ISO 8601 UTC of ``t_ms`` after the session's epoch start; "" if either is None."""
    if started_at_ms is None or t_ms is None:
        return ""
    try:
        return iso_utc(datetime.fromtimestamp((started_at_ms + t_ms) / 1000, UTC))
    except (OverflowError, ValueError, OSError):
        return ""  # a time beyond year 9999 (a stored value from a damaged file): no date


def _sample_times(start_ms: int, end_ms: int | None) -> list[int]:
    if end_ms is None or end_ms == start_ms:
        return [start_ms]
    n = min(RANGE_SAMPLES, end_ms - start_ms + 1)
    step = (end_ms - start_ms) / (n - 1)
    return sorted({start_ms + round(i * step) for i in range(n)})


def _detector_at(
    result: DetectionResult | None, start_ms: int, end_ms: int | None
) -> tuple[float | None, set[str]]:
    """Peak score and union of active signals over a point or range (None without a result)."""
    if result is None:
        return None, set()
    times = _sample_times(start_ms, end_ms)
    score = max(float(result.score_at(t)) for t in times)
    signals: set[str] = set()
    for t in times:
        signals.update(result.active_signals(t))
    return score, signals


class _SessionRows:
    """Builds the CSV rows of one session."""

    def __init__(self, library: Library, session_id: int, labels: dict[str, str]) -> None:
        self.session_id = session_id
        self._library = library
        self.row = library.session_row(session_id)
        self.result = load_result(library, session_id)
        self.labels = labels
        self.detector_version = str(getattr(self.result, "detector_version", "") or "")

    @functools.cached_property
    def content_hash(self) -> str:
        """The session's content hash: what its deep links name (survives re-import)."""
        return self._library.content_hash(self.session_id)

    @functools.cached_property
    def timeline(self) -> SessionTimeline:
        """The session's state over time, loaded only when a row needs it."""
        return SessionTimeline(self._library.load_session(self.session_id))

    def _common(
        self, kind: str, start_ms: int, end_ms: int | None, state: SessionState
    ) -> dict[str, str]:
        started = self.row.started_at_ms
        return {
            "session_id": str(self.session_id),
            "source_file": str(self.row.source_name),
            "kind": kind,
            "start_ms": str(start_ms),
            "end_ms": format_number(end_ms),
            "start_time_utc": wall_clock(started, start_ms),
            "end_time_utc": wall_clock(started, end_ms),
            "duration_ms": str(0 if end_ms is None else end_ms - start_ms),
            "cursor_x_px": format_number(state.cursor_x_px),
            "cursor_y_px": format_number(state.cursor_y_px),
            "viewport_width_px": _size(state.viewport_width_px),
            "viewport_height_px": _size(state.viewport_height_px),
            "orientation_deg": format_number(state.orientation_deg),
            "scroll_y_px": format_number(state.scroll_y_px),
            "page_url": state.url,
            "app_version": replay.__version__,
            "detector_version": self.detector_version,
            "link": session_link(self.content_hash, start_ms),
        }

    def tag_row(self, tag: Tag) -> dict[str, str]:
        score, signals = _detector_at(self.result, tag.start_ms, tag.end_ms)
        # Consensus tags (issue 16) are kept apart from reviewers' own: kind "consensus".
        kind = "consensus" if tag.origin == "consensus" else tag.kind
        row = self._common(kind, tag.start_ms, tag.end_ms, self.timeline.state_at(tag.start_ms))
        row.update(
            reviewer=tag.reviewer,
            category_code=tag.category,
            category_label=self.labels.get(tag.category, ""),
            severity=str(tag.severity),
            severity_label=severity_label(tag.severity),
            note=tag.note,
            score_at_tag=format_number(score),
            signals_at_tag=";".join(sorted(signals | set(tag.signals))),
            spike_id=tag.spike_id or "",
            tag_id=str(tag.id),
            created_at_utc=tag.created_at,
            updated_at_utc=tag.updated_at,
        )
        return row

    def spike_rows(self, tags: Sequence[Tag]) -> list[tuple[int, dict[str, str]]]:
        """Rows of the spikes no live tag covers (:func:`replay.model.tags.spike_is_tagged`)."""
        if self.result is None:
            return []
        out = []
        for spike in self.result.spikes:
            if spike_is_tagged(spike, tags):
                continue
            start, end = int(spike.start_ms), int(spike.end_ms)
            row = self._common("spike", start, end, self.timeline.state_at(start))
            row.update(
                score_at_tag=format_number(float(spike.peak)),
                signals_at_tag=";".join(sorted(set(spike.signals))),
                spike_id=str(spike.spike_id),
            )
            out.append((start, row))
        return out


def _session_ids(library: Library, wanted: Sequence[int] | None) -> list[int]:
    if wanted is not None:
        for sid in wanted:
            library.session_row(sid)  # raises NotFound naming the session
        return sorted(set(wanted))
    return [int(r[0]) for r in library.db.execute("SELECT id FROM sessions ORDER BY id")]


def _rows(
    library: Library,
    *,
    session_ids: Sequence[int] | None,
    reviewer: str | None,
    category: str | None,
    include_spikes: bool,
    visible: Callable[[Tag], bool] | None = None,
    spikes_visible: Callable[[int], bool] | None = None,
) -> list[dict[str, str]]:
    store = library.tags
    labels = {c.code: c.label for c in store.categories(include_inactive=True)}
    out: list[dict[str, str]] = []
    for sid in _session_ids(library, session_ids):
        tags = store.list(sid, reviewer=reviewer, category=category)
        if visible is not None:
            tags = [t for t in tags if visible(t)]
        show_spikes = include_spikes and (spikes_visible is None or spikes_visible(sid))
        if not tags and not show_spikes:
            continue
        builder = _SessionRows(library, sid, labels)
        keyed = [((t.start_ms, 0, t.id), builder.tag_row(t)) for t in tags]
        if show_spikes:
            unfiltered = tags if reviewer is None and category is None else store.list(sid)
            keyed += [((start, 1, 0), row) for start, row in builder.spike_rows(unfiltered)]
        # Stable sort: spikes keep the detector's order among equal start times.
        out.extend(row for _key, row in sorted(keyed, key=lambda kr: kr[0]))
    return out


def safe_cell(cell: str) -> str:
    """Return ``cell`` as a CSV may hold it: a plain number as it is, else :func:`neutralise`d.

    The last check of every cell :func:`write_csv` writes (idempotent: a neutralised cell
    starts with ``'``, which is not a formula prefix).
    """
    return cell if _PLAIN_NUMBER.fullmatch(cell) else neutralise(cell)


def _cells(row: dict[str, str]) -> list[str]:
    return [neutralise(row.get(c, "")) if c in TEXT_COLUMNS else row.get(c, "") for c in COLUMNS]


def write_csv(
    path: Path,
    rows: Iterable[Sequence[str]],
    *,
    bom: bool = True,
    header: Sequence[str] = COLUMNS,
) -> int:
    """Write a header and rows to ``path`` atomically; return the number of data rows.

    The destination must be a regular file or a new name in a writable folder: a device
    (``/dev/null``, ``/dev/full``), FIFO, socket, folder or a symlink to one of them is
    refused before anything is written, so the rename never replaces a device node
    (:func:`replay.filekind.atomic_output`, which also removes the temporary files that
    killed writers left in the folder).

    Parameters
    ----------
    path : Path
        The destination; its folder must exist and be writable.
    rows : iterable of sequences of str
        Cells, already formatted (text columns neutralised); any other cell that is not
        a plain number is neutralised here (:func:`safe_cell`).
    bom : bool
        Start the file with a UTF-8 byte order mark (Excel needs it to read UTF-8).
    header : sequence of str
        The header row (default: the tag export's :data:`COLUMNS`).

    Raises
    ------
    ExportError
        When the file cannot be written; no partial file is left behind.
    """
    encoding = "utf-8-sig" if bom else "utf-8"
    with filekind.atomic_output(path, error=ExportError, what="the CSV") as out:
        handle = out.open("w", encoding=encoding, newline="")
        writer = csv.writer(handle, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        count = 0
        for row in rows:
            writer.writerow([safe_cell(cell) for cell in row])
            count += 1
    return count


def export_tags(
    library: Library,
    *,
    path: str | os.PathLike[str],
    session_ids: Sequence[int] | None = None,
    reviewer: str | None = None,
    category: str | None = None,
    include_spikes: bool = False,
    bom: bool = True,
    visible: Callable[[Tag], bool] | None = None,
    spikes_visible: Callable[[int], bool] | None = None,
) -> int:
    """Export live tags to a CSV file, one row per tag (see :data:`COLUMNS`).

    Parameters
    ----------
    library : Library
        The open library.
    path : path-like
        The CSV to write (replaced atomically if it exists).
    session_ids : sequence of int, optional
        Only these sessions (default: every session).
    reviewer, category : str, optional
        Only tags by this reviewer / in this category.
    include_spikes : bool
        Also write each detected spike that no live tag covers (accepted from it or lying
        on its range: :func:`replay.model.tags.spike_is_tagged`), as a row of kind
        ``spike`` (reviewer and category filters do not apply to those rows).
    bom : bool
        Start with a UTF-8 BOM (default, for Excel).
    visible : callable, optional
        Keep only tags for which it returns True (blind mode: :mod:`replay.store.blind`).
    spikes_visible : callable, optional
        ``spikes_visible(session_id)``: False hides that session's spikes (blind mode).

    Returns
    -------
    int
        Data rows written (the header not counted).

    Raises
    ------
    NotFound
        When a requested session does not exist.
    ExportError
        When the file cannot be written; the destination is then untouched.
    """
    rows = _rows(
        library,
        session_ids=session_ids,
        reviewer=reviewer,
        category=category,
        include_spikes=include_spikes,
        visible=visible,
        spikes_visible=spikes_visible,
    )
    return write_csv(Path(path), (_cells(r) for r in rows), bom=bom)


def _size(px: int) -> str:
    """Return a viewport side: empty when unknown (0 means the recording gave no size)."""
    return str(px) if px > 0 else ""
