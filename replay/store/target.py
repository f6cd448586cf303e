"""Where a library lives: a SQLite file (a ``Path``) or a PostgreSQL database (:class:`PgTarget`).

``--db``, ``$REPLAY_DB`` and the app's library setting are all text; :func:`parse_target`
turns that text into one of the two. A PostgreSQL target is written as a URL
(``postgresql://user@host[:port]/dbname``, also ``postgres://``) or as libpq keywords
(``service=team``, ``host=db dbname=replay user=ana``). Everything else is a file path.

Stdlib only: ``replay --version`` and every SQLite command import this module, psycopg is
imported only when a PostgreSQL target is opened (``replay.store.pg``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

_URL_SCHEMES = ("postgresql://", "postgres://")
#: libpq connection keywords (https://www.postgresql.org/docs/15/libpq-connect.html 34.1.2)
#: that make ``key=value ...`` text a PostgreSQL target rather than a file name.
_KEYWORDS = frozenset(
    {
        "host",
        "hostaddr",
        "port",
        "dbname",
        "user",
        "service",
        "sslmode",
        "sslrootcert",
        "sslcert",
        "sslkey",
        "passfile",
        "connect_timeout",
        "application_name",
        "options",
        "target_session_attrs",
        "gssencmode",
        "password",
    }
)
_KEYWORD_RE = re.compile(r"^\s*([a-z_]+)\s*=")


@dataclass(frozen=True, slots=True)
class PgTarget:
    """A PostgreSQL library: what psycopg connects with, and how to name it to a user.

    Attributes
    ----------
    conninfo : str
        The URL or libpq keyword string, as given (passed to libpq unchanged, so service
        files, ``PGPASSFILE``, ``PGSSLMODE`` and the other ``PG*`` variables apply).
    """

    conninfo: str

    @property
    def display(self) -> str:
        """The target without any password, fit for messages and logs."""
        text = self.conninfo
        if text.startswith(_URL_SCHEMES):
            try:
                parts = urlsplit(text)
            except ValueError:  # a malformed URL (bad IPv6 brackets): redact by pattern
                text = re.sub(r"^(\w+://[^:/@?#]*):[^@/?#]*@", r"\1@", text)
                return re.sub(r"(?i)password=[^&]*", "password=***", text)
            netloc = parts.netloc
            if "@" in netloc:
                userinfo, hostpart = netloc.rsplit("@", 1)
                user = userinfo.split(":", 1)[0]
                netloc = f"{user}@{hostpart}"
            query = "&".join(
                q for q in parts.query.split("&") if q and not q.lower().startswith("password=")
            )
            return f"{parts.scheme}://{netloc}{parts.path}" + (f"?{query}" if query else "")
        return re.sub(r"password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)", "password=***", text)

    @property
    def name(self) -> str:
        """The database name when the target names one (for titles), else the display text."""
        text = self.conninfo
        if text.startswith(_URL_SCHEMES):
            try:
                db = unquote(urlsplit(text).path.lstrip("/"))
            except ValueError:
                db = ""
            return db or self.display
        found = re.search(r"\b(?:dbname|service)\s*=\s*'?([^'\s]+)", text)
        return found.group(1) if found else self.display

    def __str__(self) -> str:
        return self.display

    def __fspath__(self) -> str:  # pragma: no cover - refuses loudly if used as a file
        raise TypeError(f"{self.display} is a PostgreSQL library, not a file")


#: Where a library lives.
LibraryTarget = Path | PgTarget


def is_postgres(text: str) -> bool:
    """Return True when ``text`` names a PostgreSQL library (URL or libpq keywords)."""
    text = text.strip()
    if text.startswith(_URL_SCHEMES):
        return True
    found = _KEYWORD_RE.match(text)
    return bool(found and found.group(1) in _KEYWORDS)


def parse_target(text: str | Path | PgTarget) -> Path | PgTarget:
    """Return the library ``text`` names: a :class:`PgTarget` or a file ``Path``."""
    if isinstance(text, PgTarget | Path):
        return text
    if is_postgres(text):
        return PgTarget(text.strip())
    return Path(text)


def is_pg(target: object) -> bool:
    """Return True when ``target`` is a PostgreSQL library."""
    return isinstance(target, PgTarget)
