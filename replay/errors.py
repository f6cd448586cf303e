"""Typed errors of replay's core.

Every error names the file it is about and, where it can, *where* in that file
(an event index, a line number, a byte offset). The CLI and the app turn each
into one line for the user; nothing below the boundary prints or exits.
"""

from __future__ import annotations

import os
from pathlib import Path


class ReplayError(Exception):
    """Base class of every error replay reports to a user as one line."""

    def one_line(self) -> str:
        """Return the error as one line of text, fit for a terminal or a dialog."""
        return " ".join(str(self).split())


class ImportFailed(ReplayError):
    """A file was refused: nothing of it was imported.

    Parameters
    ----------
    path : str or Path
        The file, as the user gave it.
    where : str
        Where in the file the problem is ("event 12", "line 40", "byte 0"); empty when
        the whole file is at fault.
    reason : str
        What is wrong, in words a user understands.
    """

    def __init__(self, path: str | Path, where: str, reason: str) -> None:
        self.path = str(path)
        self.where = where
        self.reason = reason
        super().__init__(self.path, where, reason)

    def __str__(self) -> str:
        if self.where:
            return f"{self.path}: {self.where}: {self.reason}"
        return f"{self.path}: {self.reason}"


class UnknownFormat(ImportFailed):
    """No importer recognised the file's content."""


class ImportCancelled(ReplayError):
    """An import was cancelled by the user; nothing was written."""


class StoreError(ReplayError):
    """The library database cannot be used (locked, corrupt, read-only, full, too new).

    Parameters
    ----------
    path : str, Path or PgTarget
        The database file, or the PostgreSQL library (named without any password).
    reason : str
        What is wrong and what the user can do.
    """

    def __init__(self, path: str | Path | os.PathLike[str] | object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(self.path, reason)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class DatabaseLocked(StoreError):
    """Another process holds the library's write lock for longer than the busy timeout."""


class DatabaseCorrupt(StoreError):
    """The library file is not a usable SQLite database; it is left untouched."""


class NotFound(ReplayError):
    """A session, tag or category named by the user does not exist."""


class ConfigError(ReplayError):
    """A thresholds or settings file is malformed; names the file and key."""


class ExportError(ReplayError):
    """An export could not be written; no partial file is left behind."""


class BatchError(ReplayError):
    """A batch run cannot start or its result file cannot be used; names what and why."""
