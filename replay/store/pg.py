"""The PostgreSQL backend: a psycopg 3 connection that speaks the library's SQLite SQL.

The store's SQL (``replay/store``, ``replay/team``, ``replay/insights``, ``replay/export.py``)
is written once, for SQLite. On PostgreSQL it runs through :class:`PgConnection`, which
presents the small DB-API subset the code uses (``execute``, ``executemany``, cursors with
``fetchone``/``fetchall``/iteration, ``rowcount``, ``lastrowid``, ``in_transaction``) and
translates each statement once (cached) by :func:`translate`:

- ``?`` placeholders become ``%s`` (outside quoted text and identifiers; every ``%`` is
  doubled for psycopg);
- ``INSERT OR IGNORE`` becomes ``INSERT ... ON CONFLICT DO NOTHING`` and ``INSERT OR
  REPLACE`` an upsert on the table's key (:data:`TABLE_KEYS`);
- an ``INSERT`` into a table with a generated id gets ``RETURNING id`` so ``lastrowid``
  works;
- SQLite-only words are dropped or mapped: ``INDEXED BY``/``NOT INDEXED`` (planner hints),
  ``BEGIN IMMEDIATE`` -> ``BEGIN``, ``LIKE`` -> ``ILIKE`` (SQLite's LIKE ignores ASCII case;
  with the "C" collation of every text column ILIKE does exactly that), ``x GLOB ?`` ->
  ``x ~ ?`` with the pattern turned into an anchored regular expression, ``instr`` ->
  ``strpos``, ``json_each(x)`` -> a lateral ``json_each`` of ``{name: count}`` maps (the
  only kind the store reads with it: ``key`` and a numeric ``value``);
- DDL of the migrations is mapped type by type (:func:`translate_ddl`): INTEGER -> BIGINT,
  REAL -> DOUBLE PRECISION, BLOB -> BYTEA, TEXT -> TEXT COLLATE "C" (SQLite compares text
  byte by byte; so does "C", so ``ORDER BY`` and ``=`` give the same answers),
  ``INTEGER PRIMARY KEY`` -> an identity column.

Values: BLOBs are ``bytea`` both ways (bytes in, bytes out); ``bool`` parameters are sent as
integers (the schema's flags are integers, as in SQLite); ``numeric`` results (``SUM`` of
integers, ``AVG``, arithmetic with a decimal literal) come back as ``int`` when the text has
no decimal point and ``float`` otherwise, as SQLite returns them. Rows are plain tuples, as
from ``sqlite3``.

psycopg is imported here only: a SQLite library never loads it.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from replay.errors import DatabaseLocked, StoreError
from replay.store.target import PgTarget

if TYPE_CHECKING:
    import psycopg

#: Primary or unique key per table, for ``INSERT OR REPLACE`` -> ``ON CONFLICT (key)``.
TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "sessions": ("id",),
    "channels": ("session_id", "channel", "column"),
    "session_texts": ("session_id", "name"),
    "detections": ("session_id",),
    "categories": ("code",),
    "tags": ("id",),
    "tag_history": ("seq",),
    "library_settings": ("key",),
    "session_done": ("session_id", "reviewer"),
    "consensus_decisions": ("id",),
    "calibration_runs": ("id",),
    "session_terms": ("kind", "value", "session_id"),
    "outcomes": ("session_id",),
    "insight_index": ("session_id",),
    "insight_pages": ("session_id", "url"),
    "insight_points": ("session_id", "url", "layer"),
    "page_info": ("session_id",),
    "page_keyframes": ("session_id", "hash"),
    "page_chunks": ("session_id", "seq"),
}
#: Tables whose key is generated: an INSERT returns it (``lastrowid``).
GENERATED_KEYS: dict[str, str] = {
    "sessions": "id",
    "tags": "id",
    "tag_history": "seq",
    "consensus_decisions": "id",
    "calibration_runs": "id",
}
#: The advisory lock every schema change takes (``pg_advisory_xact_lock``): "RPLY".
MIGRATION_LOCK = 0x52504C59


@dataclass(frozen=True, slots=True)
class Translated:
    """One SQLite statement as PostgreSQL runs it."""

    sql: str
    returning: str | None  # the generated key an INSERT returns, for lastrowid
    glob_params: tuple[int, ...]  # placeholders whose value is a GLOB pattern


_SEGMENT_RE = re.compile(r"""('(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*)""")
_OR_IGNORE = re.compile(r"\bINSERT\s+OR\s+IGNORE\s+INTO\b", re.I)
_OR_REPLACE = re.compile(r"\bINSERT\s+OR\s+REPLACE\s+INTO\b", re.I)
_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+\"?(\w+)\"?\s*\(([^)]*)\)", re.I)
_HINTS = re.compile(r"\bINDEXED\s+BY\s+\w+|\bNOT\s+INDEXED\b", re.I)
_BEGIN = re.compile(r"^\s*BEGIN\s+(IMMEDIATE|EXCLUSIVE|DEFERRED)\b", re.I)
_GLOB = re.compile(r"\bGLOB\s+\?", re.I)
_LIKE = re.compile(r"\bLIKE\b", re.I)
_INSTR = re.compile(r"\binstr\s*\(", re.I)
_JSON_EACH = re.compile(r"\bjson_each\s*\(([^()]*)\)", re.I)


def _segments(sql: str) -> list[tuple[bool, str]]:
    """Split ``sql`` into (is_code, text) parts: quoted text and comments are not code."""
    out: list[tuple[bool, str]] = []
    for i, part in enumerate(_SEGMENT_RE.split(sql)):
        if part:
            out.append((i % 2 == 0, part))
    return out


def _code(part: str) -> str:
    part = _HINTS.sub("", part)
    part = _LIKE.sub("ILIKE", part)
    part = _INSTR.sub("strpos(", part)
    # The store's json_each reads {name: count} maps: key, and the count as a number.
    return _JSON_EACH.sub(
        r"LATERAL (SELECT key, (value #>> '{}')::numeric AS value FROM json_each((\1)::json))",
        part,
    )


@functools.lru_cache(maxsize=1024)
def translate(sql: str) -> Translated:
    """Return ``sql`` (SQLite dialect, ``?`` placeholders) as PostgreSQL runs it."""
    ignore = bool(_OR_IGNORE.search(sql))
    replace_ = bool(_OR_REPLACE.search(sql))
    sql = _OR_IGNORE.sub("INSERT INTO", sql)
    sql = _OR_REPLACE.sub("INSERT INTO", sql)
    sql = _BEGIN.sub("BEGIN", sql)
    out: list[str] = []
    n_params = 0
    globs: list[int] = []
    for is_code, part in _segments(sql):
        if not is_code:
            out.append(part.replace("%", "%%"))
            continue
        part = _code(part).replace("%", "%%")
        pieces: list[str] = []
        pos = 0
        for found in re.finditer(r"\bGLOB\s+\?|\?", part, re.I):
            pieces.append(part[pos : found.start()])
            if found.group(0) != "?":
                globs.append(n_params)
                pieces.append("~ %s")
            else:
                pieces.append("%s")
            n_params += 1
            pos = found.end()
        pieces.append(part[pos:])
        out.append("".join(pieces))
    text = "".join(out).rstrip().rstrip(";")
    returning = None
    insert = _INSERT_INTO.match(text)
    if insert:
        table = insert.group(1).lower()
        columns = [c.strip().strip('"') for c in insert.group(2).split(",")]
        if ignore:
            text += " ON CONFLICT DO NOTHING"
        elif replace_:
            key = TABLE_KEYS[table]
            updates = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in columns if c not in key)
            keys = ", ".join(f'"{k}"' for k in key)
            text += f" ON CONFLICT ({keys}) DO " + (
                f"UPDATE SET {updates}" if updates else "NOTHING"
            )
        if table in GENERATED_KEYS and "RETURNING" not in text.upper():
            returning = GENERATED_KEYS[table]
            text += f" RETURNING {returning}"
    return Translated(text, returning, tuple(globs))


_DDL_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"\bINTEGER\s+PRIMARY\s+KEY(\s+AUTOINCREMENT)?\b", re.I),
        "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
    ),
    (re.compile(r"\bINTEGER\b", re.I), "BIGINT"),
    (re.compile(r"\bREAL\b", re.I), "DOUBLE PRECISION"),
    (re.compile(r"\bBLOB\b", re.I), "BYTEA"),
    (re.compile(r"\bTEXT\b", re.I), 'TEXT COLLATE "C"'),
    (re.compile(r"\)\s*WITHOUT\s+ROWID\b", re.I), ")"),
    (
        re.compile(r"lower\(hex\(randomblob\(16\)\)\)", re.I),
        "replace(gen_random_uuid()::text, '-', '')",
    ),
)


#: Text columns that hold recorded URLs and element labels, of any length. A PostgreSQL
#: B-tree entry holds at most ~2.7 KB, so keys and indexes over them use ``md5(column)``
#: (SQLite has no such limit): a 5 000-character URL is stored on both backends.
LONG_TEXT_KEYS: dict[str, str] = {
    "session_terms": "value",
    "insight_pages": "url",
    "insight_points": "url",
    "insight_hits": "url",
}
_CREATE_TABLE = re.compile(r"^\s*CREATE\s+TABLE\s+(\w+)", re.I)
_CREATE_INDEX = re.compile(
    r"^\s*CREATE\s+(UNIQUE\s+)?INDEX\s+(\w+)\s+ON\s+(\w+)\s*\(([^)]*)\)\s*$", re.I
)
_TABLE_KEY = re.compile(r",\s*PRIMARY\s+KEY\s*\(([^)]*)\)", re.I)


def _long_key_columns(table: str, columns: str) -> str:
    long = LONG_TEXT_KEYS.get(table)
    cols = [c.strip() for c in columns.split(",")]
    return ", ".join(f"md5({c})" if c == long else c for c in cols)


def translate_ddl(sql: str) -> list[str]:
    """Return a migration's DDL (SQLite types) as PostgreSQL statements (see the module doc)."""
    index = _CREATE_INDEX.match(sql)
    if index and index.group(3).lower() in LONG_TEXT_KEYS:
        unique, name, table, cols = index.groups()
        return [f"CREATE {unique or ''}INDEX {name} ON {table} ({_long_key_columns(table, cols)})"]
    if not re.match(r"^\s*(CREATE|ALTER)\s+TABLE\b", sql, re.I) and "randomblob" not in sql:
        return [sql]
    parts = []
    for is_code, part in _segments(sql):
        if is_code:
            for pattern, repl in _DDL_RULES:
                part = pattern.sub(repl, part)
        parts.append(part)
    text = "".join(parts)
    extra: list[str] = []
    table = _CREATE_TABLE.match(text)
    if table and table.group(1).lower() in LONG_TEXT_KEYS:
        name = table.group(1).lower()
        key = _TABLE_KEY.search(text)
        if key:  # the primary key becomes a unique index over md5() of the long column
            text = text[: key.start()] + text[key.end() :]
            extra.append(
                f"CREATE UNIQUE INDEX {name}_key ON {name} ({_long_key_columns(name, key.group(1))})"
            )
    return [text, *extra]


def glob_to_regex(pattern: str) -> str:
    """Return SQLite's GLOB ``pattern`` (``*``, ``?``, ``[...]``) as an anchored POSIX regex."""
    out = ["^"]
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "*":
            out.append(".*")
        elif ch == "?":
            out.append(".")
        elif ch == "[":
            end = pattern.find("]", i + 2 if pattern[i + 1 : i + 2] in ("]", "^") else i + 1)
            if end == -1:
                out.append(re.escape(ch))
            else:
                body = pattern[i + 1 : end]
                if body.startswith("^"):
                    body = "^" + body[1:].replace("\\", "\\\\")
                else:
                    body = body.replace("\\", "\\\\")
                out.append(f"[{body}]")
                i = end
        else:
            out.append(re.escape(ch))
        i += 1
    out.append("$")
    return "".join(out)


# -- the connection ---------------------------------------------------------------------


class PgCursor:
    """The result of one statement: ``fetchone``, ``fetchall``, iteration, counts."""

    def __init__(self, rows: list[tuple[Any, ...]], rowcount: int, lastrowid: int | None) -> None:
        self._rows = rows
        self._pos = 0
        self.rowcount = rowcount
        self.lastrowid = lastrowid

    def fetchone(self) -> tuple[Any, ...] | None:
        """Return the next row, or None."""
        if self._pos >= len(self._rows):
            return None
        row = self._rows[self._pos]
        self._pos += 1
        return row

    def fetchall(self) -> list[tuple[Any, ...]]:
        """Return the remaining rows."""
        rows = self._rows[self._pos :]
        self._pos = len(self._rows)
        return rows

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        while (row := self.fetchone()) is not None:
            yield row


def _params(params: Any, globs: tuple[int, ...]) -> tuple[Any, ...]:
    values = tuple(params or ())
    if any(isinstance(v, str) and "\x00" in v for v in values):
        # PostgreSQL text cannot hold NUL (SQLite can): stored as U+FFFD, as undecodable
        # bytes are (codec.safe_text). Tag fields refuse NUL before they get here.
        values = tuple(v.replace("\x00", "\ufffd") if isinstance(v, str) else v for v in values)
    if globs:
        values = tuple(
            glob_to_regex(v) if i in globs and isinstance(v, str) else v
            for i, v in enumerate(values)
        )
    return values


class PgConnection:
    """A psycopg connection with the ``sqlite3.Connection`` subset the store uses.

    Autocommit: each statement outside :func:`write_transaction` is its own transaction,
    as a read in SQLite's autocommit mode. ``BEGIN``/``COMMIT``/``ROLLBACK`` and
    ``SAVEPOINT`` pass through.
    """

    def __init__(self, raw: psycopg.Connection[Any], target: PgTarget) -> None:
        self.raw = raw
        self.target = target

    def execute(self, sql: str, params: Any = ()) -> PgCursor:
        """Run one statement (SQLite dialect, ``?`` placeholders; see :func:`translate`)."""
        t = translate(sql)
        with self.raw.cursor() as cur:
            cur.execute(t.sql.encode(), _params(params, t.glob_params))  # type: ignore[call-overload]
            rows = cur.fetchall() if cur.description is not None else []
            lastrowid = int(rows[0][0]) if t.returning and rows else None
            if t.returning:
                rows = []
            return PgCursor(rows, cur.rowcount, lastrowid)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> PgCursor:
        """Run one statement for each parameter row."""
        t = translate(sql)
        text = t.sql
        if t.returning:
            text = text[: text.rindex(" RETURNING ")]
        batch = [_params(p, t.glob_params) for p in seq]
        if not batch:
            return PgCursor([], 0, None)
        with self.raw.cursor() as cur:
            cur.executemany(text.encode(), batch)  # type: ignore[arg-type]
            return PgCursor([], cur.rowcount, None)

    @property
    def in_transaction(self) -> bool:
        """True inside BEGIN ... COMMIT (as ``sqlite3.Connection.in_transaction``)."""
        from psycopg.pq import TransactionStatus

        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def commit(self) -> None:
        """Commit the open transaction, if any."""
        if self.in_transaction:
            self.raw.execute(b"COMMIT")

    def rollback(self) -> None:
        """Roll back the open transaction, if any."""
        if self.in_transaction:
            self.raw.execute(b"ROLLBACK")

    def close(self) -> None:
        """Close the connection."""
        self.raw.close()

    def __enter__(self) -> PgConnection:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        """As ``with sqlite3_connection:``: commit an open transaction, or roll it back."""
        if exc_type is None:
            self.commit()
        else:
            self.rollback()


class _Table:
    def __init__(self, db: PgDatabase, name: str) -> None:
        self.db = db
        self.name = name

    def upsert(self, row: dict[str, Any], *, pk: str) -> None:
        """Insert ``row``, or update the row with the same ``pk`` (sqlite-utils' upsert)."""
        cols = list(row)
        names = ", ".join(f'"{c}"' for c in cols)
        marks = ", ".join("?" for _ in cols)
        updates = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in cols if c != pk)
        self.db.conn.execute(
            f'INSERT INTO "{self.name}" ({names}) VALUES ({marks})'
            f' ON CONFLICT ("{pk}") DO UPDATE SET {updates}',
            [row[c] for c in cols],
        )


class PgDatabase:
    """What the store uses of ``sqlite_utils.Database``, over a :class:`PgConnection`."""

    def __init__(self, conn: PgConnection) -> None:
        self.conn = conn
        self._savepoints = 0

    def execute(self, sql: str, params: Any = ()) -> PgCursor:
        """Run one statement (SQLite dialect, ``?`` placeholders; see :func:`translate`)."""
        first, *more = translate_ddl(sql)
        cur = self.conn.execute(first, params)
        for statement in more:
            self.conn.execute(statement)
        return cur

    def query(self, sql: str, params: Any = ()) -> Iterator[dict[str, Any]]:
        """Run a query; yield each row as a dict (sqlite-utils' ``query``)."""
        t = translate(sql)
        with self.conn.raw.cursor() as cur:
            cur.execute(t.sql.encode(), _params(params, t.glob_params))  # type: ignore[call-overload]
            names = [d.name for d in cur.description or ()]
            rows = cur.fetchall()
        for row in rows:
            yield dict(zip(names, row, strict=True))

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def table(self, name: str) -> _Table:
        """Return the table ``name`` (for ``upsert``)."""
        return _Table(self, name)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[PgDatabase]:
        """Run the block in a savepoint of the open transaction (all or nothing)."""
        self._savepoints += 1
        name = f"replay_sp{self._savepoints}"
        self.conn.raw.execute(f"SAVEPOINT {name}".encode())
        try:
            yield self
        except BaseException:
            self.conn.raw.execute(f"ROLLBACK TO SAVEPOINT {name}".encode())
            raise
        else:
            self.conn.raw.execute(f"RELEASE SAVEPOINT {name}".encode())
        finally:
            self._savepoints -= 1


# -- errors -----------------------------------------------------------------------------


def _first_line(exc: BaseException) -> str:
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    text = primary or str(exc) or type(exc).__name__
    lines = [ln.strip() for ln in str(text).splitlines() if ln.strip()]
    return lines[-1] if lines else type(exc).__name__


def reason(exc: BaseException) -> tuple[type[StoreError], str]:
    """Return the error class and the one-line reason for a psycopg error."""
    state = getattr(exc, "sqlstate", None) or ""
    text = str(exc)
    low = text.lower()
    line = _first_line(exc)
    if state in ("40001", "40P01") or "could not serialize" in low or "deadlock" in low:
        return DatabaseLocked, (
            "another reviewer changed the same rows at the same moment (serialization "
            "failure); nothing of this change was written: try again"
        )
    if state in ("55P03",) or "lock timeout" in low:
        return DatabaseLocked, (
            "the library is busy: another replay is changing it; nothing was written, "
            "try again when it has finished"
        )
    if (
        state in ("28P01", "28000")
        or "password authentication failed" in low
        or ("no password supplied" in low)
    ):
        return StoreError, (
            f"authentication failed ({line}): check the user, and the password in your "
            "libpq service file, PGPASSFILE (~/.pgpass) or keyring"
        )
    if "certificate" in low or "ssl error" in low or "sslrootcert" in low:
        return StoreError, (
            f"the server's TLS certificate was not accepted ({line}): check sslrootcert (the "
            "CA that signed the server's certificate) and sslmode in the address or service file"
        )
    if "ssl was required" in low or "does not support ssl" in low:
        return StoreError, (
            f"the server does not offer TLS but sslmode requires it ({line}): "
            "ask the server's admin to turn ssl on"
        )
    if "role" in low and "does not exist" in low:
        return StoreError, (
            f"authentication failed ({line}): no such database role; check the user name"
        )
    if state == "3D000" or ("database" in low and "does not exist" in low):
        return StoreError, f"database missing ({line}): create it (createdb) or check the name"
    if state == "42501" or "permission denied" in low:
        return StoreError, (
            f"permission denied ({line}): your database role lacks the right for this; "
            "ask the library's owner (docs/postgresql.md lists the grants)"
        )
    if (
        state.startswith("08")
        or (
            "connection" in low
            and ("refused" in low or "failed" in low or "timeout" in low or "closed" in low)
        )
        or "could not translate host name" in low
        or "no such file or directory" in low
    ):
        return StoreError, (
            f"cannot reach the PostgreSQL server ({line}): check the host, the port and "
            "that the server is running"
        )
    if state.startswith("53"):
        return StoreError, f"the database server is out of resources ({line}): nothing was written"
    if state == "23505":
        return StoreError, f"refused: the row already exists ({line}); nothing was written"
    if state.startswith("23"):
        return StoreError, f"refused by the database ({line}); nothing was written"
    return StoreError, f"database error: {line}"


@contextlib.contextmanager
def translate_errors(target: PgTarget) -> Iterator[None]:
    """Turn any psycopg error raised inside the block into a typed StoreError (one line)."""
    import psycopg

    try:
        yield
    except psycopg.Error as exc:
        cls, why = reason(exc)
        raise cls(target.display, why) from exc


@contextlib.contextmanager
def write_transaction(target: PgTarget, db: PgDatabase) -> Iterator[PgDatabase]:
    """Run the block as one all-or-nothing transaction (a savepoint inside an open one)."""
    conn = db.conn
    with translate_errors(target):
        if conn.in_transaction:
            with db.atomic():
                yield db
            return
        conn.raw.execute(b"BEGIN")
        try:
            yield db
            conn.raw.execute(b"COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.raw.execute(b"ROLLBACK")
            raise


# -- opening ----------------------------------------------------------------------------


def _loaders(raw: psycopg.Connection[Any]) -> None:
    """Numeric -> int or float (as SQLite returns), bool parameters -> integers."""
    from psycopg.adapt import Dumper, Loader
    from psycopg.pq import Format

    class NumericLoader(Loader):
        def load(self, data: Any) -> int | float:
            text = bytes(data).decode()
            if "." in text or "e" in text.lower() or text in ("NaN", "Infinity", "-Infinity"):
                return float(text)
            return int(text)

    class BoolAsInt(Dumper):
        format = Format.TEXT
        oid = 20  # int8

        def dump(self, obj: Any) -> bytes:
            return b"1" if obj else b"0"

    from psycopg.types.string import BytesBinaryDumper

    class BufferDumper(BytesBinaryDumper):
        """numpy arrays are BLOBs (sqlite3 takes any buffer): their bytes, as bytea."""

        def dump(self, obj: Any) -> bytes:
            return bytes(obj.tobytes())

    raw.adapters.register_loader("numeric", NumericLoader)
    raw.adapters.register_dumper(bool, BoolAsInt)
    raw.adapters.register_dumper("numpy.ndarray", BufferDumper)


def connect(target: PgTarget, *, connect_timeout_s: int = 10) -> PgConnection:
    """Open a connection to ``target`` (autocommit, replay's type rules).

    Raises
    ------
    StoreError
        Server unreachable, authentication failed, database missing (one line).
    """
    import psycopg

    from replay.store import pgurl

    pgurl.refuse_password(target.conninfo, target.display)
    with translate_errors(target):
        try:
            try:
                raw = psycopg.connect(
                    target.conninfo,
                    autocommit=True,
                    connect_timeout=connect_timeout_s,
                    application_name="replay",
                )
            except psycopg.OperationalError as exc:
                # The server wants a password that no service file or PGPASSFILE gave:
                # the system keyring's, if it has one (replay.store.pgurl).
                extra = (
                    pgurl.connect_kwargs(target.conninfo) if pgurl.asks_for_password(exc) else {}
                )
                if not extra:
                    raise
                raw = psycopg.connect(
                    target.conninfo,
                    autocommit=True,
                    connect_timeout=connect_timeout_s,
                    application_name="replay",
                    **extra,
                )
        except psycopg.ProgrammingError as exc:  # a malformed URL or keyword string
            raise StoreError(
                target.display, f"not a valid PostgreSQL address ({_first_line(exc)})"
            ) from exc
    _loaders(raw)
    return PgConnection(raw, target)


# -- schema -----------------------------------------------------------------------------

#: The table that marks a PostgreSQL database (schema) as a replay library.
META_TABLE = "replay_meta"


def _tables(conn: PgConnection) -> list[str]:
    # pg_tables, not information_schema: that one hides tables the role may not read,
    # and a reviewer without rights must hear "permission denied", not "no library here".
    rows = conn.execute(
        "SELECT tablename FROM pg_catalog.pg_tables"
        " WHERE schemaname = current_schema() ORDER BY tablename"
    ).fetchall()
    return [str(r[0]) for r in rows]


def schema_state(conn: PgConnection) -> tuple[int, list[str]]:
    """Return (schema version, foreign tables): version 0 and no tables is an empty database.

    Raises
    ------
    StoreError
        The marker table exists but says another application.
    """
    tables = _tables(conn)
    if META_TABLE not in tables:
        return 0, tables
    meta = dict(conn.execute(f"SELECT key, value FROM {META_TABLE}").fetchall())
    if meta.get("application") != "replay":
        raise StoreError(
            conn.target.display,
            f"has a {META_TABLE} table that is not replay's; it was left untouched",
        )
    return int(meta.get("schema_version", "0")), []


def check_state(target: PgTarget, version: int, foreign: list[str], *, readonly: bool) -> None:
    """Refuse another program's database, a newer schema, or a stale read-only one."""
    from replay.store.migrations import SCHEMA_VERSION

    if version == 0 and foreign:
        shown = ", ".join(foreign[:3]) + (", ..." if len(foreign) > 3 else "")
        raise StoreError(
            target.display,
            f"is a PostgreSQL database but not a replay library (it has tables {shown} and "
            f"no {META_TABLE}); it was left untouched: use an empty database",
        )
    if version > SCHEMA_VERSION:
        raise StoreError(
            target.display,
            f"made by a newer replay (schema v{version}, this replay knows up to "
            f"v{SCHEMA_VERSION}); it was left untouched: upgrade replay",
        )
    if readonly and version < SCHEMA_VERSION:
        raise StoreError(
            target.display,
            f"the library (schema v{version}) needs an upgrade to v{SCHEMA_VERSION}: "
            "open it once for writing",
        )
    if version == 0 and readonly:
        raise StoreError(target.display, "no library here (import a session to create one)")


def backup_hint(target: PgTarget, version: int) -> str:
    """Return the ``pg_dump`` command that backs up a library before an upgrade."""
    from datetime import UTC, datetime

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"pg_dump --format=custom --file=replay-v{version}-{stamp}.dump '{target.display}'"


def migrate(conn: PgConnection) -> tuple[int, int]:
    """Bring the schema to the current version, once, under an advisory lock.

    Every migration of ``replay.store.migrations`` runs in order (its SQLite DDL mapped by
    :func:`translate_ddl`) inside one transaction holding ``pg_advisory_xact_lock``: a
    second replay opening the same new database waits, then finds it current. DDL is
    transactional in PostgreSQL: a failed upgrade leaves the old schema.

    Returns
    -------
    (int, int)
        The version before and after (equal when nothing was done).
    """
    from replay.store import migrations

    target = conn.target
    db = PgDatabase(conn)
    with write_transaction(target, db):
        conn.execute("SELECT pg_advisory_xact_lock(?)", [MIGRATION_LOCK])
        version, foreign = schema_state(conn)
        check_state(target, version, foreign, readonly=False)
        if version == migrations.SCHEMA_VERSION:
            return version, version
        if version == 0:
            conn.execute(
                f'CREATE TABLE {META_TABLE} (key TEXT COLLATE "C" PRIMARY KEY, value TEXT NOT NULL)'
            )
            conn.execute(f"INSERT INTO {META_TABLE} (key, value) VALUES ('application', 'replay')")
            conn.execute(f"INSERT INTO {META_TABLE} (key, value) VALUES ('schema_version', '0')")
            # SQLite's functions the store's SQL uses, with SQLite's results.
            for statement in _SQLITE_FUNCTIONS:
                conn.execute(statement)
        for step in migrations.MIGRATIONS._migrations[version:]:
            step.fn(db)  # type: ignore[arg-type]
        conn.execute(
            f"UPDATE {META_TABLE} SET value = ? WHERE key = 'schema_version'",
            [str(migrations.SCHEMA_VERSION)],
        )
    return version, migrations.SCHEMA_VERSION


# strftime('%Y-%m-%d %H:%M:%S', seconds, 'unixepoch') as SQLite gives it (NULL out of range);
# SUM(a comparison), which SQLite adds as 0/1 (NULL for no rows, NULLs skipped).
_SQLITE_FUNCTIONS = (
    """
CREATE FUNCTION strftime(fmt text, t numeric, modifier text) RETURNS text
LANGUAGE sql IMMUTABLE AS $body$
SELECT CASE WHEN fmt = '%Y-%m-%d %H:%M:%S' AND modifier = 'unixepoch'
            AND t BETWEEN -62135596800 AND 253402300799
       THEN to_char(to_timestamp(floor(t)) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') END
$body$
""",
    """
CREATE FUNCTION replay_sum_bool(s bigint, b boolean) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $body$
SELECT CASE WHEN b IS NULL THEN s ELSE coalesce(s, 0) + b::int END
$body$
""",
    "CREATE AGGREGATE sum(boolean) (SFUNC = replay_sum_bool, STYPE = bigint)",
)
