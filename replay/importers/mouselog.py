"""mouselog importer (in progress)."""

from __future__ import annotations

from typing import IO, Any

NAME = "mouselog"


def sniff(head: bytes) -> bool:
    """Return False: not implemented yet."""
    return False


def load(data: bytes | IO[bytes], *, path: str, report: Any, check: Any = None) -> Any:
    """Not implemented yet."""
    raise NotImplementedError
