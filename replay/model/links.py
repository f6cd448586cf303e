"""Deep links to a moment of a session: ``replay://SESSION_HASH?t=MS``.

A link names the session by the SHA-256 of its imported content (``meta.content_hash``),
not by a row id, so it survives re-import into another library. ``t`` is the moment in
milliseconds since the session's first event. :func:`replay.store.links.locate` finds the
library that holds it.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass

from replay.errors import ReplayError

SCHEME = "replay"
#: The shortest hash prefix a link may use (8 hex digits, as git's short ids).
MIN_HASH_CHARS = 8
_HEX = re.compile(r"[0-9a-f]+")
#: The largest t= a link may carry: the app's times are 32-bit (2**31 - 1 ms, about 24.8 days).
_MAX_T_MS = 2**31 - 1


class BadLink(ReplayError):
    """A text that is not a ``replay://HASH?t=MS`` link."""


@dataclass(frozen=True, slots=True)
class Moment:
    """Where a link points: a session (content hash or a prefix of it) and a time."""

    content_hash: str
    t_ms: int = 0


def session_link(content_hash: str, t_ms: int | None = None) -> str:
    """Return ``replay://HASH?t=MS`` (without ``?t=`` when ``t_ms`` is None)."""
    base = f"{SCHEME}://{content_hash}"
    return base if t_ms is None else f"{base}?t={max(0, int(t_ms))}"


def is_link(text: str) -> bool:
    """Return True when ``text`` looks like a replay link (scheme ``replay:``)."""
    return text.strip().lower().startswith(f"{SCHEME}:")


def parse_link(text: str) -> Moment:
    """Parse ``replay://HASH?t=MS`` (also ``replay:HASH``, a trailing slash, no ``t``).

    Raises
    ------
    BadLink
        Not the replay scheme, no hash, a hash that is not hex or shorter than 8 digits,
        or a ``t`` that is not a whole number of milliseconds >= 0.
    """
    raw = text.strip()
    parts = urllib.parse.urlsplit(raw)
    if parts.scheme.lower() != SCHEME:
        raise BadLink(f"{raw!r} is not a replay link (expected replay://SESSION_HASH?t=MS)")
    token = (parts.netloc or parts.path).strip("/").lower()
    if not token or not _HEX.fullmatch(token) or len(token) < MIN_HASH_CHARS or len(token) > 64:
        raise BadLink(
            f"{raw!r}: the session hash must be {MIN_HASH_CHARS} to 64 hex digits "
            "(the content hash replay shows in exports)"
        )
    query = urllib.parse.parse_qs(parts.query)
    t_ms = 0
    if "t" in query:
        value = query["t"][-1]
        # ASCII digits only (str.isdigit also takes "²", which int() refuses), and within
        # the app's 32-bit times, as every time on the command line (commands.common.MS).
        if not (value.isascii() and value.isdigit() and len(value) <= 10) or (
            int(value) > _MAX_T_MS
        ):
            raise BadLink(
                f"{raw!r}: t must be milliseconds (a whole number from 0 to {_MAX_T_MS}), "
                f"not {value[:40]!r}"
            )
        t_ms = int(value)
    return Moment(content_hash=token, t_ms=t_ms)
