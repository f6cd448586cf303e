"""Credentials for a PostgreSQL library: never a password in the address, libpq's own ways instead.

A ``--db`` URL or a library setting is typed into a shell (history), stored in the app's
settings and shown in titles and messages, so replay refuses one that carries a password
(``postgresql://ana:secret@host/db``, ``?password=...`` or ``password=...``) with one line
naming the alternatives. libpq then finds the password itself, where a team keeps it:

- a service file (``postgresql://?service=team`` reads ``~/.pg_service.conf`` or
  ``$PGSERVICEFILE``): host, port, dbname, user, TLS settings in one named entry;
- a password file (``~/.pgpass`` or ``$PGPASSFILE``, mode 0600);
- the system keyring, when the optional ``keyring`` package is installed: the password
  stored for service ``replay`` and user ``USER@HOST:PORT/DBNAME`` (see :func:`keyring_key`)
  is given to libpq when the server asks for a password that neither of the above gave.

TLS settings (``sslmode``, ``sslrootcert``, ``sslcert``, ``sslkey``) in the URL or the
service file pass through to libpq unchanged.

psycopg is imported only here and in ``replay.store.pg``: a SQLite library never loads it.
"""

from __future__ import annotations

import getpass
import os
from typing import Any

from replay.errors import StoreError

#: The keyring service name replay looks passwords up under.
KEYRING_SERVICE = "replay"

PASSWORD_REFUSED = (
    "a password in the library address is refused (it would stay in shell history, "
    "settings and messages): put it in a libpq service file (postgresql://?service=NAME, "
    "~/.pg_service.conf or PGSERVICEFILE), in PGPASSFILE (~/.pgpass) or in the system "
    "keyring (docs/postgresql.md)"
)


def params(conninfo: str) -> dict[str, str]:
    """Return the libpq parameters written in ``conninfo`` (URL or ``key=value`` text).

    Raises
    ------
    ValueError
        Not a valid libpq address (the reason from libpq, one line).
    """
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        parsed = conninfo_to_dict(conninfo)
    except psycopg.ProgrammingError as exc:
        lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
        raise ValueError(lines[-1] if lines else "not a valid address") from None
    return {str(k): str(v) for k, v in parsed.items() if v is not None}


def has_password(conninfo: str) -> bool:
    """Return True when ``conninfo`` carries a password (``user:pw@``, ``password=``)."""
    try:
        return "password" in params(conninfo)
    except ValueError:
        # Unparseable: look for the two spellings by hand, never let one through.
        low = conninfo.lower()
        if "password=" in low.replace(" ", ""):
            return True
        rest = conninfo.split("://", 1)[1] if "://" in conninfo else ""
        userinfo = rest.split("/", 1)[0].rpartition("@")[0]
        return ":" in userinfo


def refuse_password(conninfo: str, display: str) -> None:
    """Raise StoreError (one line, the password not shown) when ``conninfo`` has a password."""
    if has_password(conninfo):
        raise StoreError(display, PASSWORD_REFUSED)


def keyring_key(conninfo: str) -> str:
    """Return the keyring user name for a library: ``USER@HOST:PORT/DBNAME``.

    Each part comes from the address, else libpq's environment variable (``PGUSER``,
    ``PGHOST``, ``PGPORT``, ``PGDATABASE``), else libpq's default (the login name,
    ``localhost``, 5432, the user name). A service file's values are not read here: put
    the parts in the address too, or store the password in the service file's PGPASSFILE.
    """
    try:
        given = params(conninfo)
    except ValueError:
        given = {}
    user = given.get("user") or os.environ.get("PGUSER") or getpass.getuser()
    host = given.get("host") or os.environ.get("PGHOST") or "localhost"
    if host.startswith("/"):
        host = "localhost"  # a unix socket folder: the local server
    port = given.get("port") or os.environ.get("PGPORT") or "5432"
    dbname = given.get("dbname") or os.environ.get("PGDATABASE") or user
    return f"{user}@{host}:{port}/{dbname}"


def keyring_password(conninfo: str) -> str | None:
    """Return the keyring's password for this library, or None (no keyring, none stored).

    Never raises: a missing package, no keyring backend (a headless machine without a
    Secret Service) or a locked keyring all mean "no password from the keyring".
    """
    if os.environ.get("REPLAY_KEYRING", "").lower() in ("0", "off", "no"):
        return None
    try:
        import keyring  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    try:
        found = keyring.get_password(KEYRING_SERVICE, keyring_key(conninfo))
    except Exception:  # any backend failure means "no password"
        return None
    return str(found) if found else None


def asks_for_password(exc: BaseException) -> bool:
    """Return True when a connection failed because the server wants a (right) password."""
    text = str(exc).lower()
    return "no password supplied" in text or "password authentication failed" in text


def connect_kwargs(conninfo: str) -> dict[str, Any]:
    """Return the extra ``psycopg.connect`` arguments a retry needs (the keyring password)."""
    password = keyring_password(conninfo)
    return {} if password is None else {"password": password}
