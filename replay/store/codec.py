"""Session <-> rows of the ``channels`` and ``session_texts`` tables.

Each channel column is one BLOB of its raw little-endian bytes plus its numpy dtype string
and row count: writing 1M samples is a handful of ``memcpy``s and reading them back is
``np.frombuffer`` (no per-row Python objects; docs/storage.md has the measurements that
chose this over one row per event).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from replay.errors import DatabaseCorrupt
from replay.model.channels import CHANNEL_NAMES, CHANNEL_SCHEMAS
from replay.model.chunked import ChunkedColumns
from replay.model.session import Channel, ColumnArray, Node, Session
from replay.store.target import PgTarget

#: One row of the ``channels`` table: session_id, channel, column, dtype, n, data.
ChannelRow = tuple[int, str, str, str, int, ColumnArray | bytes]


def dumps_text(obj: Any, *, sort_keys: bool = False) -> str:
    """Return ``obj`` as JSON text that round-trips every string exactly.

    Non-ASCII stays readable (Thai, Korean, Chinese, emoji as themselves). A lone surrogate
    (JSON recordings may escape one, e.g. U+D800) cannot be stored as UTF-8, so then the
    whole text is ASCII-escaped instead, which ``json.loads`` reads back identically.
    """
    text = json.dumps(obj, ensure_ascii=False, sort_keys=sort_keys)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(obj, ensure_ascii=True, sort_keys=sort_keys)
    return text


def safe_text(text: str) -> str:
    """Return ``text`` storable as UTF-8: undecodable path bytes become U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text


def little_endian(arr: ColumnArray) -> ColumnArray:
    """Return ``arr`` C-contiguous and little-endian (no copy when it already is)."""
    dtype = arr.dtype.newbyteorder("<") if arr.dtype.byteorder == ">" else arr.dtype
    return np.ascontiguousarray(arr, dtype=dtype)


def channel_rows(session_id: int, session: Session) -> Iterator[ChannelRow]:
    """Yield one ``channels`` row per column of every channel (present-but-empty included).

    The array itself is the BLOB parameter (``sqlite3`` binds any buffer): no extra copy.
    """
    for name, channel in session.channels.items():
        columns = channel.columns
        if isinstance(columns, ChunkedColumns):  # a big import: bytes in chunk_rows
            for column, dtype in columns.dtypes.items():
                yield (session_id, name, column, little_dtype(dtype).str, columns.rows, b"")
            continue
        for column, arr in columns.items():
            data = little_endian(arr)
            yield (session_id, name, column, data.dtype.str, len(data), data)


def chunk_rows(session_id: int, session: Session) -> Iterator[tuple[int, str, str, int, Any]]:
    """Yield the ``channel_chunks`` rows of the chunked channels, one chunk in memory at a time."""
    for name, channel in session.channels.items():
        columns = channel.columns
        if not isinstance(columns, ChunkedColumns):
            continue
        for seq, chunk in enumerate(columns.chunks()):
            for column in columns.dtypes:
                yield (session_id, name, column, seq, little_endian(chunk[column]))


def little_dtype(dtype: Any) -> np.dtype[Any]:
    """Return ``dtype`` little-endian."""
    dt: np.dtype[Any] = np.dtype(dtype)
    return dt.newbyteorder("<") if dt.byteorder == ">" else dt


def text_rows(session_id: int, session: Session) -> list[tuple[int, str, str]]:
    """Return the ``session_texts`` rows: interned strings and nodes as JSON."""
    return [
        (session_id, "strings", dumps_text(list(session.strings))),
        (session_id, "nodes", dumps_text([node.to_json() for node in session.nodes])),
    ]


def join_chunks(rows: list[Sequence[Any]], chunks: Iterable[Sequence[Any]]) -> list[Sequence[Any]]:
    """Return ``channels`` rows with each chunked column's bytes joined from its chunks.

    ``rows``: ``(channel, column, dtype, n, data)``; ``chunks``: ``(channel, column, data)``
    in ``seq`` order. A column is chunked when ``n > 0`` and its ``data`` is empty.
    """
    parts: dict[tuple[str, str], list[bytes]] = {}
    for name, column, data in chunks:
        parts.setdefault((str(name), str(column)), []).append(data)
    out: list[Sequence[Any]] = []
    for name, column, dtype, n, data in rows:
        if n and not len(data):
            data = b"".join(parts.get((str(name), str(column)), []))
        out.append((name, column, dtype, n, data))
    return out


def decode_channels(
    rows: Iterable[Sequence[Any]], *, path: Path | PgTarget, session_id: int
) -> dict[str, Channel]:
    """Rebuild the channels from ``(channel, column, dtype, n, data)`` rows.

    Returns
    -------
    dict[str, Channel]
        In the order of ``CHANNEL_SCHEMAS``; every array is a read-only view of the BLOB.

    Raises
    ------
    DatabaseCorrupt
        When a BLOB's size, dtype or columns do not match the schema.
    """
    columns: dict[str, dict[str, ColumnArray]] = {}
    for name, column, dtype, n, data in rows:
        try:
            arr = np.frombuffer(data, dtype=np.dtype(dtype))
        except (TypeError, ValueError) as exc:
            raise DatabaseCorrupt(
                path, f"session #{session_id}: {name}.{column} cannot be read ({exc})"
            ) from exc
        if len(arr) != n:
            raise DatabaseCorrupt(
                path, f"session #{session_id}: {name}.{column} has {len(arr)} rows, not {n}"
            )
        columns.setdefault(str(name), {})[str(column)] = arr
    out: dict[str, Channel] = {}
    for name in sorted(
        columns, key=lambda c: CHANNEL_NAMES.index(c) if c in CHANNEL_SCHEMAS else -1
    ):
        try:
            out[name] = Channel.from_columns(name, **columns[name])  # type: ignore[arg-type]
        except ValueError as exc:
            raise DatabaseCorrupt(path, f"session #{session_id}: {exc}") from exc
    return out


def decode_texts(
    rows: Iterable[Sequence[Any]], *, path: Path | PgTarget, session_id: int
) -> tuple[tuple[str, ...], tuple[Node, ...]]:
    """Rebuild ``(strings, nodes)`` from ``(name, json)`` rows."""
    texts = {str(name): text for name, text in rows}
    try:
        strings = tuple(str(s) for s in json.loads(texts.get("strings", "[]")))
        nodes = tuple(Node.from_json(n) for n in json.loads(texts.get("nodes", "[]")))
    except (ValueError, TypeError, AttributeError) as exc:
        raise DatabaseCorrupt(
            path, f"session #{session_id}: texts cannot be read ({exc})"
        ) from exc
    return strings, nodes
