"""PostHog's compressed rrweb events (``"cv": "2024-10"``): decompress before import.

posthog-js (``compress_events``, on by default since late 2024) sends some events with
parts of them gzip-compressed, marked ``"cv": "2024-10"``. The compressed part is a JSON
string whose characters are the gzip bytes one for one (U+0000-U+00FF, "latin-1";
fflate's ``strFromU8(gzipSync(strToU8(JSON.stringify(x))), true)``). PostHog's own player
undoes it in ``decompressEvent``; this module is the same rule:

- FullSnapshot (type 2) whose ``data`` is a string: ``data`` is compressed;
- IncrementalSnapshot (type 3), Mutation (source 0) with a ``texts`` key: ``adds``,
  ``removes``, ``texts`` and ``attributes`` are each compressed;
- IncrementalSnapshot, StyleSheetRule (source 8): ``adds`` and ``removes`` (each when
  present);
- any other event carrying ``cv`` "2024-10" is left as it is; any other ``cv`` value is
  an unknown format.

Decompression runs in bounded blocks and obeys the ``.gz`` import's bomb bound
(``replay.importers._source``: more than 200x and more than 16 MiB out is refused, and at
most 4 GiB in all). An event whose compressed part is not gzip, not latin-1, not UTF-8
JSON, or of an unknown ``cv`` is malformed: :class:`CompressedEventError` (the importer
drops it under the ``malformed_compressed_event`` rule; docs/formats.md).
"""

from __future__ import annotations

import zlib
from typing import Any

import msgspec

from replay.errors import ImportFailed
from replay.importers._source import (
    GZIP_RATIO_FLOOR_BYTES,
    MAX_DECOMPRESSED_BYTES,
    MAX_GZIP_RATIO,
    READ_CHUNK_BYTES,
)

CV_VERSION = "2024-10"
_MUTATION_FIELDS: tuple[str, ...] = ("adds", "removes", "texts", "attributes")
_STYLE_FIELDS: tuple[str, ...] = ("adds", "removes")


class CompressedEventError(ValueError):
    """One compressed event cannot be decompressed (the event is dropped, counted)."""


class Decompressor:
    """Decompress PostHog ``cv`` events of one file, counting and bounding the output.

    Parameters
    ----------
    path : str
        The file (for the refusal of a gzip bomb).
    """

    def __init__(self, path: str = "") -> None:
        self.path = path
        self.events = 0  # events decompressed
        self.in_bytes = 0  # compressed bytes seen
        self.out_bytes = 0  # bytes they decompressed to

    def event(self, event: dict[str, Any], *, index: int = -1) -> dict[str, Any]:
        """Return ``event`` with its compressed parts decoded (a new dict; input untouched).

        Raises
        ------
        CompressedEventError
            The event is malformed (drop it).
        ImportFailed
            The compressed part is a gzip bomb (refuse the file, as for a ``.gz`` file).
        """
        cv = event.get("cv")
        if cv != CV_VERSION:
            raise CompressedEventError(f"unknown compressed event version {cv!r}")
        etype = event.get("type")
        data = event.get("data")
        where = f"event {index}" if index >= 0 else ""
        out = dict(event)
        del out["cv"]
        if etype == 2 and isinstance(data, str):
            out["data"] = self._unzip(data, where=where)
        elif etype == 3 and isinstance(data, dict):
            source = data.get("source")
            if source == 0 and "texts" in data:
                fields = _MUTATION_FIELDS
            elif source == 8:
                fields = _STYLE_FIELDS
            else:
                return out
            new = dict(data)
            for name in fields:
                value = data.get(name)
                if isinstance(value, str):
                    new[name] = self._unzip(value, where=where)
                elif value is None or value == "":
                    new.pop(name, None)  # undefined in posthog-js: absent
                elif not isinstance(value, list):  # a list was sent uncompressed: keep it
                    raise CompressedEventError(
                        f"{name} is {type(value).__name__}, not a compressed string"
                    )
            out["data"] = new
        else:
            return out
        self.events += 1
        return out

    def _unzip(self, text: str, *, where: str) -> Any:
        if not text:
            return None
        try:
            raw = text.encode("latin-1")
        except UnicodeEncodeError:
            raise CompressedEventError("a character above U+00FF: not gzip bytes") from None
        self.in_bytes += len(raw)
        inflater = zlib.decompressobj(wbits=31)  # gzip header and trailer, checked
        parts: list[bytes] = []
        produced = 0
        pending = raw
        try:
            while pending and not inflater.eof:
                block = inflater.decompress(pending, READ_CHUNK_BYTES)
                pending = inflater.unconsumed_tail
                produced += len(block)
                self._check_bomb(produced, len(raw), where=where)
                parts.append(block)
            if not inflater.eof:
                block = inflater.flush()
                produced += len(block)
                self._check_bomb(produced, len(raw), where=where)
                parts.append(block)
        except zlib.error as exc:
            raise CompressedEventError(f"not gzip data ({exc})") from None
        if not inflater.eof:
            raise CompressedEventError("truncated gzip data")
        if inflater.unused_data:
            raise CompressedEventError("bytes after the gzip data")
        self.out_bytes += produced
        try:
            return msgspec.json.decode(b"".join(parts))
        except (msgspec.DecodeError, UnicodeDecodeError) as exc:
            raise CompressedEventError(f"not JSON once decompressed ({exc})") from None

    def _check_bomb(self, produced: int, consumed: int, *, where: str) -> None:
        if self.out_bytes + produced > MAX_DECOMPRESSED_BYTES:
            raise ImportFailed(
                self.path, where, "refused: compressed events decompress to more than 4 GiB"
            )
        if produced > GZIP_RATIO_FLOOR_BYTES and produced > MAX_GZIP_RATIO * max(consumed, 1):
            raise ImportFailed(
                self.path,
                where,
                f"refused: a compressed event decompresses more than {MAX_GZIP_RATIO}x "
                "(gzip bomb?)",
            )

    def note(self) -> str | None:
        """Return the import report's note, or None when nothing was compressed."""
        if not self.events:
            return None
        return (
            f"{self.events} PostHog-compressed event(s) (cv {CV_VERSION}) decompressed: "
            f"{self.in_bytes:,} bytes to {self.out_bytes:,}"
        )
