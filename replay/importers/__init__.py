"""Importers: every supported format, sniffed from content (not the file name).

Each importer module has the same shape (STYLE.md 6.2): ``NAME``, ``sniff(head: bytes) ->
bool`` over the first 64 KiB, and ``load(data, *, path, report, check=None) -> Session``
where ``data`` is the whole decompressed content (``bytes``) or, for files above
:data:`STREAM_THRESHOLD_BYTES`, a binary stream. :func:`import_file` is the one entry point
the CLI and the app use; it handles gzip (with a bomb bound, see ``_source``), hashing,
progress, cancel, and turns every problem with the content into :class:`ImportFailed`.
"""

from __future__ import annotations

import codecs
import dataclasses
import functools
import glob
import hashlib
import os
import stat
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import BinaryIO

import replay.filekind as filekind
from replay.errors import ImportCancelled, ImportFailed, UnknownFormat
from replay.importers import mouselog, native, rrweb
from replay.importers._source import (
    GZIP_MAGIC,
    HEAD_BYTES,
    MAX_LINE_BYTES,
    READ_CHUNK_BYTES,
    SourceReader,
    WorkBound,
)
from replay.importers._spill import Spill
from replay.model.session import ImportReport, Session

__all__ = [
    "FORMATS",
    "STREAM_THRESHOLD_BYTES",
    "ImportCancelled",
    "ImportFailed",
    "UnknownFormat",
    "find_session_files",
    "import_file",
    "sniff_format",
]

#: Sniff order matters: native JSONL starts with "{" too, so it is tried before rrweb.
_IMPORTERS: dict[str, ModuleType] = {"native": native, "rrweb": rrweb, "mouselog": mouselog}
FORMATS: tuple[str, ...] = tuple(_IMPORTERS)
#: Formats read line by line: a line longer than MAX_LINE_BYTES is refused early.
_LINE_BASED: tuple[ModuleType, ...] = (native, mouselog)
#: Decompressed files larger than this are streamed (bounded memory) instead of decoded whole.
STREAM_THRESHOLD_BYTES = 32 * 1024**2


def sniff_format(head: bytes) -> str | None:
    """Return the format name whose importer claims ``head`` (first ~64 KiB), or None."""
    for name, module in _IMPORTERS.items():
        if module.sniff(head):
            return name
    return None


def import_file(
    path: str | Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    mask_text: bool = False,
) -> Session:
    """Import one session file of any supported format (``.gz`` accepted).

    Parameters
    ----------
    path : str or Path
        The file; kept exactly as given in ``meta.source``.
    progress : callable, optional
        ``progress(done_bytes, total_bytes)``, called after each MiB read from disk.
    cancel : callable, optional
        Polled while reading and importing; returning True raises :class:`ImportCancelled`.
    mask_text : bool
        rrweb only: replace every character of the recorded page's text by ``*``.

    Returns
    -------
    Session
        With ``meta.content_hash`` = SHA-256 of the decompressed bytes.

    Raises
    ------
    ImportFailed
        The file was refused (unreadable, empty, malformed, wrong shape, no valid events,
        gzip bomb); the message names the file and where.
    UnknownFormat
        No importer recognised the content (names the formats tried).
    ImportCancelled
        ``cancel()`` returned True.
    """
    source = str(path)
    try:
        return _import(
            Path(path), source=source, progress=progress, cancel=cancel, mask_text=mask_text
        )
    except (ImportFailed, ImportCancelled):
        raise
    except MemoryError:
        raise ImportFailed(source, "", "out of memory while importing (file too large?)") from None
    except UnicodeDecodeError:
        raise ImportFailed(source, "", "not UTF-8 text") from None
    except RecursionError:
        raise ImportFailed(source, "", "data nested too deeply") from None
    except OSError as exc:
        raise ImportFailed(source, "", f"cannot read the file ({exc.strerror or exc})") from None


def _import(
    path: Path,
    *,
    source: str,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
    mask_text: bool = False,
) -> Session:
    options = {"mask_text": True} if mask_text else {}
    if path.is_dir():
        raise ImportFailed(source, "", "is a folder, not a session file")
    problem = filekind.not_regular(path)
    if problem is not None:
        raise ImportFailed(source, "", problem)
    # O_NONBLOCK + fstat: a path swapped for a FIFO after the check still cannot hang.
    with filekind.open_regular(path) as raw:
        total = os.fstat(raw.fileno()).st_size
        whole = _read_plain(raw, source=source, total=total, progress=progress, cancel=cancel)
        session: Session
        if whole is not None:
            data, digest = whole
            check = functools.partial(_check_cancel, cancel, source)
            module = _sniffed(data[:HEAD_BYTES], source)
            bound = WorkBound(source)
            bound.line_limit = MAX_LINE_BYTES if module in _LINE_BASED else None
            bound.check_whole(data)
            session = module.load(
                data,
                path=source,
                report=ImportReport(),
                check=check,
                **(options if module is rrweb else {}),
            )
        else:
            raw.seek(0)
            reader = SourceReader(
                raw, path=source, total_bytes=total, progress=progress, cancel=cancel
            )
            module = _sniffed(reader.peek(HEAD_BYTES), source)
            if module in _LINE_BASED:
                reader.bound.line_limit = MAX_LINE_BYTES
            data, complete = reader.read_upto(STREAM_THRESHOLD_BYTES)
            extra: dict[str, object] = dict(options) if module is rrweb else {}
            if module is rrweb and not complete:
                # A big rrweb file: rows and page chunks move to a spill file as it is
                # read, so memory stays flat whatever the size (replay/importers/_spill.py).
                extra["spill"] = Spill()
            session = module.load(
                data if complete else reader,
                path=source,
                report=ImportReport(),
                check=reader.check_cancel,
                **extra,
            )
            reader.drain()
            digest = reader.hexdigest()
        if progress is not None:
            progress(total, total)
        meta = dataclasses.replace(session.meta, source=source, content_hash=digest)
        return dataclasses.replace(session, meta=meta)


def _read_plain(
    raw: BinaryIO,
    *,
    source: str,
    total: int,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> tuple[bytes, str] | None:
    """Read a whole uncompressed file of at most STREAM_THRESHOLD_BYTES, with its SHA-256.

    The common case, read in 1 MiB chunks (progress and cancel as ``SourceReader`` does)
    and joined once: ``SourceReader`` buffers and slices, about 3 more copies of the file.
    Returns None for gzip (magic bytes) or a larger file; the caller then rewinds and
    uses ``SourceReader``.
    """
    if total > STREAM_THRESHOLD_BYTES:
        return None
    digest = hashlib.sha256()
    chunks: list[bytes] = []
    done = 0
    while True:
        _check_cancel(cancel, source)
        chunk = raw.read(READ_CHUNK_BYTES)
        if not chunk:
            break
        if not chunks and chunk.startswith(GZIP_MAGIC):
            return None
        done += len(chunk)
        if done > STREAM_THRESHOLD_BYTES:
            return None  # grew since stat(): stream it
        digest.update(chunk)
        chunks.append(chunk)
        if progress is not None:
            progress(min(done, total), total)
    data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    return data, digest.hexdigest()


def _check_cancel(cancel: Callable[[], bool] | None, source: str) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled(f"{source}: import cancelled")


def _sniffed(head: bytes, source: str) -> ModuleType:
    """Return the importer for ``head``; ImportFailed for an empty, blank or unknown file."""
    if not head.strip():
        raise ImportFailed(source, "byte 0", "file is empty" if not head else "file is blank")
    name = sniff_format(head)
    if name is None:
        raise _unknown(source, head)
    return _IMPORTERS[name]


#: Byte order marks of the other Unicode encodings (UTF-32 first: its LE mark starts FF FE).
_OTHER_ENCODINGS = (
    (b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xfe\xff", "UTF-16"), (b"\xff\xfe", "UTF-16"),
)  # fmt: skip
#: Magic bytes of archives and compressions replay does not open (it reads gzip).
_ARCHIVES = (
    (b"PK\x03\x04", "a zip archive"), (b"BZh", "bzip2-compressed"),
    (b"\xfd7zXZ\x00", "xz-compressed"), (b"\x28\xb5\x2f\xfd", "zstd-compressed"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)  # fmt: skip


def _is_text(head: bytes) -> bool:
    """Return True when ``head`` reads as UTF-8 text (no NUL; a cut last character is fine)."""
    if b"\x00" in head:
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _unknown(source: str, head: bytes) -> ImportFailed:
    tried = ", ".join(FORMATS)
    encoding = next((name for mark, name in _OTHER_ENCODINGS if head.startswith(mark)), None)
    if encoding is None and len(head) >= 4:  # BOM-less UTF-16: a NUL beside every ASCII byte
        if head[1] == head[3] == 0 and head[0] and head[2]:
            encoding = "UTF-16"  # little-endian ASCII, no BOM
        elif head[0] == head[2] == 0 and head[1] and head[3]:
            encoding = "UTF-16"  # big-endian
    if encoding is not None:
        return UnknownFormat(
            source, "byte 0", f"{encoding} text: replay reads UTF-8 (save the file as UTF-8)"
        )
    archive = next((name for magic, name in _ARCHIVES if head.startswith(magic)), None)
    if archive is not None:
        return UnknownFormat(
            source,
            "byte 0",
            f"{archive}: replay reads session files as they are or gzip-compressed (.gz); "
            "unpack it first",
        )
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith((b"{", b"[")) and _is_text(head):
        return ImportFailed(
            source,
            "top level",
            "wrong top-level shape: JSON, but neither an rrweb event array, a PostHog export "
            f"nor native JSONL (formats tried: {tried})",
        )
    if b"\x00" in head[:4096]:
        return UnknownFormat(source, "byte 0", f"binary data, not a session file (tried {tried})")
    return UnknownFormat(source, "byte 0", f"unknown format (tried {tried})")


def find_session_files(paths: Sequence[str]) -> tuple[list[Path], list[ImportFailed]]:
    """Expand files, folders (recursively) and globs into session files.

    Inside folders only files whose head sniffs as a known format are kept (``truth.csv``,
    ``ABOUT.md`` are skipped silently); a file named explicitly is always returned, so a bad
    one is refused with a reason. A folder with no sessions, or a path/glob matching
    nothing, gives an :class:`ImportFailed`.

    Returns
    -------
    (files, failures)
        Files in stable sorted order per argument, without duplicates.
    """
    files: list[Path] = []
    failures: list[ImportFailed] = []
    seen: set[Path] = set()
    for arg in paths:
        found = _expand(arg, failures)
        for file in found:
            if file not in seen:
                seen.add(file)
                files.append(file)
    return files, failures


def _expand(arg: str, failures: list[ImportFailed]) -> list[Path]:
    if not arg.strip() and (not arg or not os.path.lexists(arg)):
        # Path("") is ".": an unset shell variable ("$DIR") would import the working folder.
        failures.append(ImportFailed(repr(arg), "", "an empty path names no file or folder"))
        return []
    path = Path(arg)
    mode, problem = filekind.existing_kind(path)
    if mode is not None and stat.S_ISREG(mode):
        return [path]
    if mode is not None and stat.S_ISDIR(mode):
        found = _sessions_in(path)
        if not found:
            failures.append(ImportFailed(arg, "", "no sessions found in folder"))
        return found
    if glob.has_magic(arg):
        matches = sorted(Path(m) for m in glob.glob(arg, recursive=True))  # noqa: PTH207 (absolute patterns)
        found = []
        for match in matches:
            if match.is_file():
                found.append(match)
            elif match.is_dir():
                found.extend(_sessions_in(match))
        if not found:
            failures.append(
                ImportFailed(arg, "", "no sessions found (the pattern matches nothing)")
            )
        return found
    if mode is not None:
        problem = f"not a regular file (it is {filekind.kind_of(mode)}): replay reads only files"
    failures.append(ImportFailed(arg, "", problem or "no such file or folder"))
    return []


def _sessions_in(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.rglob("*")) if p.is_file() and _sniffs(p)]


def _sniffs(path: Path) -> bool:
    try:
        with filekind.open_regular(path) as raw:
            reader = SourceReader(raw, path=str(path), total_bytes=0)
            return sniff_format(reader.peek(HEAD_BYTES)) is not None
    except (OSError, ImportFailed):
        return False
