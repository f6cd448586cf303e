"""Read a session file: transparent gzip with a decompression bound, hashing, progress, cancel.

Every importer reads through :class:`SourceReader`, so the content hash, the progress
callback, the cancel check and the gzip-bomb bound behave the same for every format.

Gzip bound (issue 7, "Bad input"): a ``.gz`` file (recognised by its magic bytes, not its
name) is refused when it decompresses to more than :data:`MAX_DECOMPRESSED_BYTES` (4 GiB), or
to more than :data:`MAX_GZIP_RATIO` (200) times its compressed size once at least
:data:`GZIP_RATIO_FLOOR_BYTES` (16 MiB) came out. Real rrweb JSON compresses 10-30x and
Balabit CSV about 4x; a bomb compresses 1000x. Decompression runs in bounded blocks
(``max_length``), so a bomb is refused before it fills memory.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable
from typing import BinaryIO

from replay.errors import ImportCancelled, ImportFailed

GZIP_MAGIC = b"\x1f\x8b"
MAX_DECOMPRESSED_BYTES = 4 * 1024**3
MAX_GZIP_RATIO = 200
GZIP_RATIO_FLOOR_BYTES = 16 * 1024**2
READ_CHUNK_BYTES = 1 << 20
#: How much of the (decompressed) head the sniffers see.
HEAD_BYTES = 64 * 1024

#: A run of blank bytes (space, tab, CR, LF) longer than this is refused: no recording has
#: one, and ``[`` followed by 2 GB of spaces must be refused in seconds, not parsed for minutes.
MAX_BLANK_RUN_BYTES = 16 * 1024**2
#: Line-based formats (mouse-log CSV, native JSONL): a line longer than this is refused.
#: Real lines are 40-400 bytes; a 2 GB line without a newline is refused after 16 MiB.
MAX_LINE_BYTES = 16 * 1024**2
_BLANK = b" \t\r\n"

ProgressFn = Callable[[int, int], None]


class WorkBound:
    """Bound the bytes read before the content proves to be a session (issue 10).

    Fed every decompressed block in order; raises :class:`ImportFailed` as soon as a run of
    blank bytes exceeds :data:`MAX_BLANK_RUN_BYTES`, or (once :attr:`line_limit` is set by
    a line-based importer) a line exceeds it. Costs two ``find``/``strip`` per MiB.
    """

    __slots__ = ("blank_run", "line_limit", "line_run", "lines", "offset", "path")

    def __init__(self, path: str) -> None:
        self.path = path
        self.offset = 0
        self.blank_run = 0
        self.line_run = 0
        self.lines = 1
        self.line_limit: int | None = None

    def feed(self, block: bytes | memoryview) -> None:
        """Account for the next block; raise ImportFailed past a limit."""
        data = bytes(block) if isinstance(block, memoryview) else block
        if not data:
            return
        lead = len(data) - len(data.lstrip(_BLANK))
        if lead == len(data):
            self.blank_run += lead
            if self.blank_run > MAX_BLANK_RUN_BYTES:
                self._blank_refusal(self.offset + len(data))
        else:
            # Runs inside one block are shorter than the block (<= 1 MiB): only the run
            # that crosses block boundaries can exceed the limit.
            if self.blank_run + lead > MAX_BLANK_RUN_BYTES:
                self._blank_refusal(self.offset + lead)
            self.blank_run = len(data) - len(data.rstrip(_BLANK))
        first_nl = data.find(b"\n")
        if first_nl < 0:
            self.line_run += len(data)
        else:
            if self.line_limit is not None and self.line_run + first_nl > self.line_limit:
                self._line_refusal()
            self.lines += data.count(b"\n")
            self.line_run = len(data) - data.rfind(b"\n") - 1
        if self.line_limit is not None and self.line_run > self.line_limit:
            self._line_refusal()
        self.offset += len(data)

    def check_whole(self, data: bytes) -> None:
        """Apply the same limits to a whole buffer, 1 MiB at a time."""
        view = memoryview(data)
        for start in range(0, len(data), READ_CHUNK_BYTES):
            self.feed(view[start : start + READ_CHUNK_BYTES])

    def _blank_refusal(self, at: int) -> None:
        raise ImportFailed(
            self.path,
            f"byte {at}",
            f"more than {MAX_BLANK_RUN_BYTES // 1024**2} MiB of blank space in a row: "
            "not a session file (refused without reading the rest)",
        )

    def _line_refusal(self) -> None:
        limit = self.line_limit or 0
        raise ImportFailed(
            self.path,
            f"line {self.lines}",
            f"a line longer than {limit // 1024**2} MiB: not a session file "
            "(refused without reading the rest)",
        )


CancelFn = Callable[[], bool]


class SourceReader:
    """A read-only binary stream over a session file, decompressing gzip on the fly.

    Parameters
    ----------
    raw : binary file
        The opened file.
    path : str
        The path as the user gave it (for errors).
    total_bytes : int
        Size of the file on disk, for progress.
    progress, cancel : callables or None
        ``progress(done_bytes, total_bytes)`` after each chunk read from disk;
        ``cancel()`` returning True raises :class:`ImportCancelled`.
    """

    def __init__(
        self,
        raw: BinaryIO,
        *,
        path: str,
        total_bytes: int,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> None:
        self._raw = raw
        self.path = path
        self.total_bytes = total_bytes
        self._progress = progress
        self._cancel = cancel
        self._hash = hashlib.sha256()
        self._pending = bytearray()
        self._raw_eof = False
        self.in_bytes = 0
        self.out_bytes = 0
        self.bound = WorkBound(path)
        first = raw.read(2)
        self._carry = first  # bytes read from disk but not yet decoded
        self.in_bytes += len(first)
        self.compressed = first == GZIP_MAGIC
        self._gz: zlib._Decompress | None = (
            zlib.decompressobj(wbits=31) if self.compressed else None
        )

    # -- low level ---------------------------------------------------------------------------
    def check_cancel(self) -> None:
        """Raise :class:`ImportCancelled` when the cancel callback says so."""
        if self._cancel is not None and self._cancel():
            raise ImportCancelled(f"{self.path}: import cancelled")

    def _read_raw(self) -> bytes:
        if self._carry:
            data, self._carry = self._carry, b""
            return data
        self.check_cancel()
        data = self._raw.read(READ_CHUNK_BYTES)
        self.in_bytes += len(data)
        if self._progress is not None:
            self._progress(min(self.in_bytes, self.total_bytes), self.total_bytes)
        return data

    def _next_block(self) -> bytes:
        """Return the next block of decompressed bytes, b"" at the end."""
        if self._raw_eof:
            return b""
        if self._gz is None:
            block = self._read_raw()
            if not block:
                self._raw_eof = True
        else:
            block = self._next_gz_block()
        self.bound.feed(block)
        return block

    def _next_gz_block(self) -> bytes:
        gz = self._gz
        assert gz is not None
        while True:
            if gz.eof:
                rest = gz.unused_data or self._read_raw()
                if not rest:
                    self._raw_eof = True
                    return b""
                if not rest.startswith(GZIP_MAGIC[: len(rest)]):
                    raise ImportFailed(
                        self.path, f"byte {self.in_bytes}", "trailing garbage after the gzip data"
                    )
                gz = self._gz = zlib.decompressobj(wbits=31)
                data = rest
            else:
                data = gz.unconsumed_tail or self._read_raw()
                if not data:
                    raise ImportFailed(
                        self.path, f"byte {self.in_bytes}", "truncated gzip data (file cut short)"
                    )
            try:
                out = gz.decompress(data, READ_CHUNK_BYTES)
            except zlib.error as exc:
                raise ImportFailed(
                    self.path, f"byte {self.in_bytes}", f"not valid gzip data ({exc})"
                ) from None
            if out:
                # Compare with the compressed bytes the decompressor used, not those read
                # from disk: a whole small bomb arrives in one read, which would otherwise
                # allow 200x the *file* before the bound fires.
                consumed = self.in_bytes - len(gz.unconsumed_tail) - len(gz.unused_data)
                self._check_bomb(len(out), consumed_bytes=consumed)
                return out

    def _check_bomb(self, produced: int, *, consumed_bytes: int) -> None:
        self.out_bytes += produced
        if self.out_bytes > MAX_DECOMPRESSED_BYTES:
            raise ImportFailed(
                self.path,
                f"byte {self.in_bytes}",
                "refused: decompresses to more than 4 GiB (gzip bomb?)",
            )
        if self.out_bytes > GZIP_RATIO_FLOOR_BYTES and self.out_bytes > MAX_GZIP_RATIO * max(
            consumed_bytes, 1
        ):
            raise ImportFailed(
                self.path,
                f"byte {self.in_bytes}",
                f"refused: decompresses more than {MAX_GZIP_RATIO}x (gzip bomb?)",
            )

    def _fill(self, want: int) -> None:
        while len(self._pending) < want:
            block = self._next_block()
            if not block:
                return
            self._hash.update(block)
            self._pending += block

    # -- public ------------------------------------------------------------------------------
    def peek(self, size: int = HEAD_BYTES) -> bytes:
        """Return up to ``size`` bytes from the current position without consuming them."""
        self._fill(size)
        return bytes(self._pending[:size])

    def read(self, size: int = -1) -> bytes:
        """Read up to ``size`` decompressed bytes (all the rest for -1); b"" at the end."""
        if size is None or size < 0:
            while self._next_into_pending():
                pass
            size = len(self._pending)
        elif not self._pending:
            self._fill(1)
        out = bytes(self._pending[:size])
        del self._pending[:size]
        return out

    def _next_into_pending(self) -> bool:
        block = self._next_block()
        if not block:
            return False
        self._hash.update(block)
        self._pending += block
        return True

    def read_upto(self, limit: int) -> tuple[bytes, bool]:
        """Read the whole rest if it is at most ``limit`` bytes.

        Returns
        -------
        (data, complete) : (bytes, bool)
            ``complete`` is True when ``data`` is all of the rest; otherwise nothing was
            consumed (the bytes stay buffered for :meth:`read`).
        """
        self._fill(limit + 1)
        if len(self._pending) > limit:
            return b"", False
        return self.read(), True

    def drain(self) -> None:
        """Read (and hash) whatever the importer left unread."""
        self._pending.clear()
        while True:
            block = self._next_block()
            if not block:
                return
            self._hash.update(block)

    def hexdigest(self) -> str:
        """SHA-256 hex of every decompressed byte read so far (call after :meth:`drain`)."""
        return self._hash.hexdigest()
