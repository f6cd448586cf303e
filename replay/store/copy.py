"""``replay copy``: move a whole library between backends (SQLite and PostgreSQL), exactly.

Every table of the schema is copied row by row through the libraries' own connections
(:class:`~replay.store.library.Library`), so the same code serves SQLite -> SQLite,
SQLite -> PostgreSQL and PostgreSQL -> SQLite: sessions, channels (BLOBs byte for byte),
page keyframes and chunks, detection results and spikes, tags with their history, the
codebook, the team tables, outcomes and the derived insight tables. Row ids are kept, so
links between tables (``tags.session_id``, ``tag_history.tag_id``) stay right.

Exact, and shown to be: while rows are read from the source they are hashed; after they
are written, the destination's rows are read back in the same order and hashed the same
way. Each table's row count and SHA-256 of its canonical content must match. Canonical
means ordered by the table's key (all columns for a table without one) and every value
written with its kind (integer, real, text, bytes, NULL), so SQLite's and PostgreSQL's
types compare equal (``BIGINT`` = INTEGER, ``DOUBLE PRECISION`` = REAL, ``bytea`` = BLOB).

All or nothing: the destination must be new or empty. PostgreSQL: everything is written
and verified in one transaction, committed only when every table matched. SQLite: the
library is built in a temporary file beside the destination (``.NAME.PID.RANDOM.replay-tmp``,
:func:`replay.filekind.atomic_output`, as every file replay writes), verified, and renamed
into place only then; what a killed copy left (that file and SQLite's ``-wal``/``-shm``/
``-journal`` beside it) is removed by the next write into the folder, by the one rule of
:func:`replay.filekind.clean_stale_temporaries`. The source is
read in one snapshot (one read transaction), so a library others keep writing to is
copied as it was at one moment.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import replay.filekind as filekind
from replay.errors import StoreError

if TYPE_CHECKING:
    from replay.store.library import Library

#: Tables that are bookkeeping of one backend, not library content: sqlite-utils'
#: migration log, SQLite's own tables, the PostgreSQL backend's marker/version table.
_NOT_CONTENT_PREFIXES = ("sqlite_", "_")
_NOT_CONTENT = frozenset({"replay_meta"})
#: Rows per batch: small for tables of BLOBs (a channel can be megabytes), larger otherwise.
_BATCH_BLOBS = 64
_BATCH_ROWS = 2000

#: ``progress(table, rows_done, rows_total)``: rows over all tables.
Progress = Callable[[str, int, int], None]


class CopyFailed(StoreError):
    """The copy could not be made or verified; nothing was kept at the destination."""


@dataclass(frozen=True, slots=True)
class TableCheck:
    """One table's verification: row counts and content hashes on both sides."""

    table: str
    source_rows: int
    destination_rows: int
    source_sha256: str
    destination_sha256: str

    @property
    def match(self) -> bool:
        """Same number of rows and the same content."""
        return (
            self.source_rows == self.destination_rows
            and self.source_sha256 == self.destination_sha256
        )

    def as_json(self) -> dict[str, Any]:
        """Return the row of ``replay copy --json``'s ``tables``."""
        return {
            "table": self.table,
            "source_rows": self.source_rows,
            "destination_rows": self.destination_rows,
            "source_sha256": self.source_sha256,
            "destination_sha256": self.destination_sha256,
            "match": self.match,
        }


@dataclass
class CopyResult:
    """What ``replay copy`` did: the targets, every table's check, the time it took."""

    source: str
    destination: str
    source_backend: str
    destination_backend: str
    tables: list[TableCheck] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def verified(self) -> bool:
        """Every table matched."""
        return all(t.match for t in self.tables)

    @property
    def rows(self) -> int:
        """Rows copied over all tables."""
        return sum(t.destination_rows for t in self.tables)

    def as_json(self) -> dict[str, Any]:
        """``replay copy --json``."""
        return {
            "source": self.source,
            "destination": self.destination,
            "source_backend": self.source_backend,
            "destination_backend": self.destination_backend,
            "verified": self.verified,
            "rows": self.rows,
            "seconds": round(self.seconds, 3),
            "tables": [t.as_json() for t in self.tables],
        }


# -- canonical content -----------------------------------------------------------------


def _canonical(value: Any) -> bytes:
    """One value as bytes that name its kind, equal for SQLite's and PostgreSQL's types."""
    if value is None:
        return b"N;"
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, Decimal):  # numeric: SQLite has integer or real
        value = int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, int):
        return b"i%d;" % value
    if isinstance(value, float):
        return b"f" + value.hex().encode() + b";"
    if isinstance(value, str):
        data = value.encode("utf-8", "surrogatepass")
        return b"s%d:" % len(data) + data
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        return b"b%d:" % len(data) + data
    text = repr(value).encode("utf-8", "backslashreplace")
    return b"o%d:" % len(text) + text


def hash_rows(rows: Iterable[Sequence[Any]], hasher: Any) -> int:
    """Feed ``rows`` (in canonical order) to ``hasher``; return how many there were."""
    n = 0
    for row in rows:
        hasher.update(b"(" + b"".join(_canonical(v) for v in row) + b")")
        n += 1
    return n


# -- catalog ---------------------------------------------------------------------------


def _backend(library: Library) -> str:
    return str(getattr(library, "backend", "sqlite"))


def _name(library: Library) -> str:
    path = library.path
    return str(getattr(path, "display", path))


@dataclass(frozen=True, slots=True)
class Table:
    """A content table: its columns (source order) and key columns (for ordering)."""

    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]
    blobs: bool

    @property
    def order(self) -> tuple[str, ...]:
        """The columns rows are ordered by: the key, else every column."""
        return self.key or self.columns


def _content(name: str) -> bool:
    return not name.startswith(_NOT_CONTENT_PREFIXES) and name not in _NOT_CONTENT


def catalog(library: Library) -> dict[str, Table]:
    """Return the library's content tables with their columns and keys."""
    conn = library.conn
    out: dict[str, Table] = {}
    if _backend(library) == "sqlite":
        names = [
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            ).fetchall()
        ]
        for name in filter(_content, names):
            info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
            # (cid, name, type, notnull, default, pk): pk is the 1-based key position.
            columns = tuple(str(r[1]) for r in info)
            key = tuple(str(r[1]) for r in sorted((r for r in info if r[5]), key=lambda r: r[5]))
            blobs = any(str(r[2]).upper() == "BLOB" for r in info)
            out[name] = Table(name, columns, key, blobs)
        return out
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            " ORDER BY table_name"
        ).fetchall()
    ]
    for name in filter(_content, names):
        cols = conn.execute(
            "SELECT column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = ?"
            " ORDER BY ordinal_position",
            [name],
        ).fetchall()
        key_rows = conn.execute(
            "SELECT k.column_name FROM information_schema.table_constraints c"
            " JOIN information_schema.key_column_usage k"
            "   ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema"
            "  AND k.table_name = c.table_name"
            " WHERE c.table_schema = current_schema() AND c.table_name = ?"
            "   AND c.constraint_type = 'PRIMARY KEY'"
            " ORDER BY k.ordinal_position",
            [name],
        ).fetchall()
        key = tuple(str(r[0]) for r in key_rows)
        if not key:
            # A key over long text is a unique index on md5(column) there (B-tree entries
            # are limited), not a PRIMARY KEY constraint: the backend's table of keys.
            from replay.store.pg import TABLE_KEYS

            key = TABLE_KEYS.get(name, ())
        out[name] = Table(
            name,
            tuple(str(r[0]) for r in cols),
            key,
            any(str(r[1]) == "bytea" for r in cols),
        )
    return out


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _copy_order(tables: Iterable[str]) -> list[str]:
    """Sessions first (every other table refers to it), then the rest by name."""
    names = sorted(tables)
    return [n for n in names if n == "sessions"] + [n for n in names if n != "sessions"]


def read_rows(library: Library, table: Table, columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """Yield every row of ``table`` in canonical order, a batch at a time (bounded memory).

    On PostgreSQL inside a transaction (the copy's snapshot, the destination's write), one
    server-side cursor streams the table in a single ordered pass. Otherwise tables with a
    key are paged by the key (``WHERE (k1, k2) > (?, ?)``), so a big table is never read
    whole; a table without one by ``LIMIT``/``OFFSET`` over every column.
    """
    conn = library.conn
    cols = ", ".join(_q(c) for c in columns)
    batch = _BATCH_BLOBS if table.blobs else _BATCH_ROWS
    order = ", ".join(f"{_q(c)} ASC NULLS FIRST" for c in table.order)
    raw = getattr(conn, "raw", None)
    if _backend(library) == "postgresql" and raw is not None and conn.in_transaction:
        with raw.cursor(name=f"replay_copy_{table.name}") as cur:
            cur.itersize = batch
            cur.execute(f"SELECT {cols} FROM {_q(table.name)} ORDER BY {order}".encode())
            while rows := cur.fetchmany(batch):
                yield from (tuple(r) for r in rows)
        return
    if table.key:
        key_at = [list(columns).index(k) for k in table.key]
        keys = ", ".join(_q(k) for k in table.key)
        marks = ", ".join("?" for _ in table.key)
        first = f"SELECT {cols} FROM {_q(table.name)} ORDER BY {order} LIMIT {batch}"
        after = (
            f"SELECT {cols} FROM {_q(table.name)} WHERE ({keys}) > ({marks})"
            f" ORDER BY {order} LIMIT {batch}"
        )
        last: list[Any] | None = None
        while True:
            rows = (
                conn.execute(first).fetchall()
                if last is None
                else conn.execute(after, last).fetchall()
            )
            yield from (tuple(r) for r in rows)
            if len(rows) < batch:
                return
            last = [rows[-1][i] for i in key_at]
    offset = 0
    while True:
        rows = conn.execute(
            f"SELECT {cols} FROM {_q(table.name)} ORDER BY {order} LIMIT {batch} OFFSET {offset}"
        ).fetchall()
        yield from (tuple(r) for r in rows)
        if len(rows) < batch:
            return
        offset += batch


def _count(library: Library, table: str) -> int:
    row = library.conn.execute(f"SELECT count(*) FROM {_q(table)}").fetchone()
    return int(row[0]) if row else 0


def table_hashes(library: Library, tables: dict[str, Table]) -> dict[str, tuple[int, str]]:
    """Return ``{table: (rows, sha256)}`` of the library's canonical content."""
    out = {}
    for name in _copy_order(tables):
        hasher = hashlib.sha256()
        n = hash_rows(read_rows(library, tables[name], tables[name].columns), hasher)
        out[name] = (n, hasher.hexdigest())
    return out


# -- the copy --------------------------------------------------------------------------


def _fresh_codebook() -> tuple[int, str]:
    """Rows and hash of the codebook a new library starts with (what an empty DST holds)."""
    from replay.store.library import Library

    with Library.in_memory() as fresh:
        table = catalog(fresh)["categories"]
        hasher = hashlib.sha256()
        return hash_rows(read_rows(fresh, table, table.columns), hasher), hasher.hexdigest()


def _check_empty(dst: Library, tables: dict[str, Table]) -> None:
    """Refuse a destination that holds anything but a new library's default codebook."""
    for name in _copy_order(tables):
        if name == "categories":
            continue
        if _count(dst, name) > 0:
            raise CopyFailed(
                _name(dst),
                f"is not empty (its {name} table has rows): replay copy writes only into a "
                "new, empty library; nothing was changed",
            )
    table = tables["categories"]
    hasher = hashlib.sha256()
    n = hash_rows(read_rows(dst, table, table.columns), hasher)
    if (n, hasher.hexdigest()) != _fresh_codebook():
        raise CopyFailed(
            _name(dst),
            "is not empty (its codebook was changed): replay copy writes only into a new, "
            "empty library; nothing was changed",
        )


def _same_schema(src: dict[str, Table], dst: dict[str, Table], dst_name: str) -> None:
    if set(src) != set(dst):
        only_src = sorted(set(src) - set(dst))
        only_dst = sorted(set(dst) - set(src))
        raise CopyFailed(
            dst_name,
            "the two libraries' tables differ "
            f"(only in the source: {', '.join(only_src) or '-'}; only in the destination: "
            f"{', '.join(only_dst) or '-'}); nothing was copied",
        )
    for name, table in src.items():
        if set(table.columns) != set(dst[name].columns):
            raise CopyFailed(
                dst_name, f"the {name} table's columns differ between the two libraries"
            )


@contextlib.contextmanager
def _snapshot(library: Library) -> Iterator[None]:
    """Read the source in one transaction: one consistent moment, even while others write."""
    conn = library.conn
    sqlite = _backend(library) == "sqlite"
    begin = "BEGIN" if sqlite else "BEGIN ISOLATION LEVEL REPEATABLE READ"
    with library.guard():
        conn.execute(begin)
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            conn.execute("ROLLBACK")


def _reset_identities(dst: Library, tables: dict[str, Table]) -> None:
    """PostgreSQL: move each identity sequence past the copied ids (SQLite needs nothing)."""
    if _backend(dst) == "sqlite":
        return
    rows = dst.conn.execute(
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND is_identity = 'YES'"
    ).fetchall()
    for table, column in rows:
        if str(table) not in tables:
            continue
        dst.conn.execute(
            f"SELECT setval(pg_get_serial_sequence(?, ?), "
            f"COALESCE((SELECT max({_q(str(column))}) FROM {_q(str(table))}), 0) + 1, false)",
            [_q(str(table)), str(column)],
        )


def _fill(
    src: Library,
    dst: Library,
    tables: dict[str, Table],
    progress: Progress | None,
) -> list[TableCheck]:
    """Copy every row (inside the caller's transactions), then verify; return the checks."""
    order = _copy_order(tables)
    totals = {name: _count(src, name) for name in order}
    total = sum(totals.values())
    done = 0
    source: dict[str, tuple[int, str]] = {}
    with dst.guard():
        for name in reversed(order):  # the default codebook of a new library, and nothing else
            dst.conn.execute(f"DELETE FROM {_q(name)}")
    for name in order:
        table = tables[name]
        cols = table.columns
        insert = (
            f"INSERT INTO {_q(name)} ({', '.join(_q(c) for c in cols)})"
            f" VALUES ({', '.join('?' for _ in cols)})"
        )
        hasher = hashlib.sha256()
        n = 0
        batch: list[tuple[Any, ...]] = []
        limit = _BATCH_BLOBS if table.blobs else _BATCH_ROWS
        if progress is not None:
            progress(name, done, total)
        for row in read_rows(src, table, cols):
            hasher.update(b"(" + b"".join(_canonical(v) for v in row) + b")")
            batch.append(row)
            if len(batch) >= limit:
                with dst.guard():
                    dst.conn.executemany(insert, batch)
                n += len(batch)
                done += len(batch)
                batch = []
                if progress is not None:
                    progress(name, done, total)
        if batch:
            with dst.guard():
                dst.conn.executemany(insert, batch)
            n += len(batch)
            done += len(batch)
        if progress is not None:
            progress(name, done, total)
        source[name] = (n, hasher.hexdigest())
    with dst.guard():
        _reset_identities(dst, tables)
        written = table_hashes(dst, tables)
    checks = [
        TableCheck(name, *source[name][:1], written[name][0], source[name][1], written[name][1])
        for name in order
    ]
    bad = [c for c in checks if not c.match]
    if bad:
        first = bad[0]
        where = _first_difference(src, dst, tables[first.table])
        raise CopyFailed(
            _name(dst),
            f"verification failed: table {first.table} has {first.destination_rows} rows "
            f"(sha256 {first.destination_sha256[:12]}) where the source has "
            f"{first.source_rows} (sha256 {first.source_sha256[:12]})"
            + (f"; first difference: {where}" if where else "")
            + "; nothing was kept",
        )
    return checks


def _shown(value: Any) -> str:
    if isinstance(value, bytes | bytearray | memoryview):
        return f"{len(bytes(value))} bytes"
    text = ascii(value)  # a NUL or U+FFFD shows as an escape
    return text if len(text) <= 40 else text[:37] + "..."


def _first_difference(src: Library, dst: Library, table: Table) -> str:
    """Name the first row and column that differ between the two (read in the same order)."""
    with contextlib.suppress(Exception):
        cols = table.columns
        left, right = read_rows(src, table, cols), read_rows(dst, table, cols)
        for a, b in itertools.zip_longest(left, right):
            if a is None or b is None:
                return "a row is missing in " + ("the copy" if b is None else "the source")
            for name, x, y in zip(cols, a, b, strict=True):
                if _canonical(x) != _canonical(y):
                    key = ", ".join(
                        f"{k}={_shown(a[cols.index(k)])}" for k in table.order[:3] if k in cols
                    )
                    return f"row {key}, column {name}: {_shown(x)} became {_shown(y)}"
    return ""


def _sqlite_destination(path: Path) -> None:
    """Refuse a SQLite destination that exists with content or cannot be written."""
    mode, _ = filekind.existing_kind(path)
    if mode is not None and stat.S_ISREG(mode) and path.stat().st_size > 0:
        raise CopyFailed(
            path,
            "already exists: replay copy writes only a new library (name a new file); "
            "nothing was changed",
        )
    problem = filekind.output_problem(path, suffix_room=40)
    if problem is not None:
        raise CopyFailed(path, f"cannot write the copy here: {problem}")
    for suffix in ("-wal", "-journal"):
        if Path(f"{path}{suffix}").exists():
            raise CopyFailed(
                path, f"has a {suffix} file beside it: it is in use; nothing was changed"
            )


def copy_library(
    source: str | Path, destination: str | Path, *, progress: Progress | None = None
) -> CopyResult:
    """Copy the library ``source`` into the new, empty library ``destination`` and verify it.

    Parameters
    ----------
    source, destination : str or Path
        A library file or a PostgreSQL URL (what ``--db`` accepts).
    progress : callable, optional
        Called as ``progress(table, rows_done, rows_total)`` while rows are copied.

    Returns
    -------
    CopyResult
        Every table's row counts and hashes on both sides (all matching).

    Raises
    ------
    CopyFailed
        The destination is not new/empty, the schemas differ, or the verification failed:
        nothing was kept at the destination.
    StoreError
        The source or destination cannot be opened (one line, as for every command).
    """
    from replay.store.library import Library

    started = time.perf_counter()
    dst_is_file = not _is_pg_text(destination)
    if str(source) == str(destination) or (
        dst_is_file
        and not _is_pg_text(source)
        and Path(source).exists()
        and Path(destination).exists()
        and Path(source).samefile(destination)
    ):
        raise CopyFailed(str(destination), "is the source itself: name another destination")
    with Library.open(source, create=False, readonly=True) as src:
        src_tables = catalog(src)
        if "sessions" not in src_tables or "categories" not in src_tables:
            raise CopyFailed(_name(src), "has no replay tables: nothing to copy")
        if not dst_is_file:
            with Library.open(destination, create=True) as dst:
                result = _copy_into(src, dst, src_tables, progress, check_empty=True)
        else:
            final = Path(destination)
            _sqlite_destination(final)

            def error(message: str) -> CopyFailed:
                prefix = f"{final}: "
                return CopyFailed(final, message.removeprefix(prefix))

            # The one way replay writes a file the user names: a locked temporary file
            # beside DST, renamed over it only on commit (filekind.atomic_output, which
            # first removes what killed writers left: a killed copy's temporary library
            # with its -wal/-shm/-journal, by filekind.clean_stale_temporaries' rules).
            out = filekind.atomic_output(final, error=error, what="the library")
            try:
                with out:
                    with Library.open(out.path, create=True) as dst:
                        result = _copy_into(src, dst, src_tables, progress, check_empty=False)
                        result.destination = str(final)
                    _checkpointed(out.path, final)
            finally:
                for suffix in ("-wal", "-shm", "-journal"):  # SQLite's, beside the temporary
                    with contextlib.suppress(OSError):
                        Path(f"{out.path}{suffix}").unlink()
    result.seconds = time.perf_counter() - started
    return result


def _copy_into(
    src: Library,
    dst: Library,
    src_tables: dict[str, Table],
    progress: Progress | None,
    *,
    check_empty: bool,
) -> CopyResult:
    """Copy and verify into the open ``dst`` (one write transaction) from ``src``'s snapshot."""
    dst_tables = catalog(dst)
    _same_schema(src_tables, dst_tables, _name(dst))
    if check_empty:
        _check_empty(dst, dst_tables)
    result = CopyResult(
        source=_name(src),
        destination=_name(dst),
        source_backend=_backend(src),
        destination_backend=_backend(dst),
    )
    with _snapshot(src), dst.write():
        result.tables = _fill(src, dst, src_tables, progress)
    return result


def _checkpointed(tmp: Path, final: Path) -> None:
    """Refuse a closed copy whose -wal still holds pages (the rename would lose them)."""
    wal = Path(f"{tmp}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise CopyFailed(
            final, "the copy was not checkpointed (a -wal file stayed); nothing was kept"
        )


def _is_pg_text(target: str | Path) -> bool:
    if isinstance(target, Path):
        return False
    try:
        from replay.store.target import (  # type: ignore[import-not-found,unused-ignore]
            is_postgres,  # the PostgreSQL backend's rule
        )
    except ImportError:  # pragma: no cover - before the backend is merged
        return target.strip().startswith(("postgresql://", "postgres://"))
    return bool(is_postgres(target))
