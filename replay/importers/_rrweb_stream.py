"""Turn rrweb file content into a stream of event objects: whole-buffer or streaming.

Two paths give the same events (tests/importers/test_rrweb_stream.py checks the sessions
are identical):

- **whole buffer** (files up to ``STREAM_THRESHOLD_BYTES``): ``msgspec.json.decode`` of the
  whole text with the cyclic GC paused (STACK.md: the GC costs 30-50 % while millions of
  containers are built);
- **streaming** (larger files, given as a file-like): the top-level array is read in chunks
  and each element is decoded with ``json.JSONDecoder.raw_decode`` over a sliding text
  buffer, so memory holds one chunk and one element, not the file.

PostHog exports (``{"version": ..., "data": {"snapshots": [...]}}``, the older
``{"data": {"snapshotsByWindowId": {window: [...]}}}``, the API response
``{"next": ..., "snapshot_data_by_window_id": {window: [...]}}``) and PostHog's blob
files (JSON Lines, one ``{"window_id": ..., "data": [events]}`` per line) are unwrapped
here (docs/formats.md, "PostHog recordings"). A large export (a stream) is walked member by
member (:func:`iter_export_stream`): the events of ``data.snapshots`` (export v2, the
PostHog UI's "Export to file") are decoded one by one, so memory holds one chunk and one
event; the window-keyed shapes (export v1, the API response) must be merged in time order,
so their event lists are decoded whole, as are blob lines.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

import msgspec

from replay.errors import ImportFailed
from replay.importers._rrweb_typed import DECODER

STREAM_CHUNK_CHARS = 1 << 20
#: One event larger than this (characters) is refused: the largest real FullSnapshot is a
#: few MB, and ``[`` + a 2 GB unterminated string must not be buffered whole.
MAX_EVENT_CHARS = 256 * 1024**2
#: Block size of :func:`iter_chunks` (a 4 MB batch decodes to ~26 MB of objects).
TYPED_CHUNK_BYTES = 4 << 20
#: :func:`iter_chunks` hands over to the exact path when no batch decodes in this much.
MAX_PENDING_BYTES = 64 << 20
_WS = " \t\r\n"
_WS_BYTES = b" \t\r\n"


def _reject_constant(name: str) -> Any:
    # JSON has no NaN/Infinity; msgspec refuses them too, so both paths agree.
    raise ValueError(f"invalid JSON constant {name}")


def decode_buffer(data: bytes, *, path: str) -> Any:
    """Decode a whole JSON document; on error name the event index and line."""
    try:
        return msgspec.json.decode(data)
    except (msgspec.DecodeError, UnicodeDecodeError) as exc:
        # Re-scan with the streaming decoder only to say *which event* is broken.
        if data.lstrip(b"\xef\xbb\xbf" + _WS.encode()).startswith(b"["):
            import io

            for _ in iter_array_stream(io.BytesIO(data), path=path):
                pass
        if isinstance(exc, UnicodeDecodeError):
            raise ImportFailed(path, "", "not UTF-8 text") from None
        raise ImportFailed(path, "", f"malformed JSON ({exc})") from None


def top_level_events(top: Any, *, path: str) -> list[Any]:
    """Return the event list of a decoded rrweb array or PostHog export object."""
    if isinstance(top, list):
        return top
    if isinstance(top, dict):
        api = top.get("snapshot_data_by_window_id")
        if isinstance(api, dict):  # PostHog API response (one page of it)
            return _merge_windows(api)
        data = top.get("data")
        if isinstance(data, dict):
            snaps = data.get("snapshots")
            if isinstance(snaps, list):
                return [_unwrap(item) for item in snaps]
            by_window = data.get("snapshotsByWindowId")
            if isinstance(by_window, dict):
                return _merge_windows(by_window)
        keys = ", ".join(sorted(str(k) for k in top)[:6])
        raise ImportFailed(
            path,
            "top level",
            "wrong top-level shape: expected a JSON array of rrweb events or a PostHog "
            f'export {{"data": {{"snapshots": [...]}}}}, got an object with keys: {keys}',
        )
    raise ImportFailed(
        path,
        "top level",
        f"wrong top-level shape: expected a JSON array of rrweb events, got {type(top).__name__}",
    )


def _merge_windows(by_window: dict[Any, Any]) -> list[Any]:
    """Merge ``{window id: [events]}`` into one list in time order (windows interleave)."""
    merged = [
        _unwrap(item)
        for events in by_window.values()
        if isinstance(events, list)
        for item in events
    ]
    merged.sort(key=_time_key)  # stable: events of one timestamp keep their file order
    return merged


def is_blob_lines(head: bytes) -> bool:
    """Return True when ``head`` starts with a PostHog blob line ``{"window_id": .., "data": [``."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text.startswith(b"{"):
        return False
    first = text.split(b"\n", 1)[0]
    return b'"window_id"' in first and b'"data"' in first


def blob_line_events(data: bytes, *, path: str) -> list[Any]:
    """Return the events of PostHog blob lines, merged across windows in time order.

    Each non-blank line is ``{"window_id": ..., "data": [events]}``. A line that is not
    such an object refuses the file naming the line (PostHog writes these files whole: a
    broken line means a broken file, and imports are all-or-nothing).
    """
    by_window: dict[Any, list[Any]] = {}
    text = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    for number, line in enumerate(text.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = msgspec.json.decode(line)
        except msgspec.DecodeError as exc:
            raise ImportFailed(path, f"line {number}", f"malformed JSON ({exc})") from None
        except UnicodeDecodeError:
            raise ImportFailed(path, f"line {number}", "not UTF-8 text") from None
        events = obj.get("data") if isinstance(obj, dict) else None
        if not isinstance(events, list):
            raise ImportFailed(
                path,
                f"line {number}",
                'wrong shape: expected a PostHog blob line {"window_id": ..., "data": [events]}',
            )
        window = obj.get("window_id")
        by_window.setdefault(window if isinstance(window, str) else "", []).extend(events)
    return _merge_windows(dict(by_window))


def _unwrap(item: Any) -> Any:
    """PostHog snapshot items are events (with ``windowId``) or ``{windowId, data: event}``."""
    if isinstance(item, dict) and "type" not in item:
        inner = item.get("data")
        if isinstance(inner, dict) and "type" in inner:
            return inner
    return item


def _time_key(item: Any) -> float:
    ts = item.get("timestamp") if isinstance(item, dict) else None
    return float(ts) if isinstance(ts, int | float) and not isinstance(ts, bool) else 0.0


class _TextWindow:
    """A sliding window of decoded text over a binary stream."""

    def __init__(self, fp: BinaryIO, *, bom: bool = True) -> None:
        self.fp = fp
        self.decoder = codecs.getincrementaldecoder("utf-8-sig" if bom else "utf-8")("strict")
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.lines_before = 0  # newlines in text already dropped from the window

    def more(self, *, at_least: int = STREAM_CHUNK_CHARS) -> bool:
        """Append more text; False at the end of the stream."""
        if self.eof:
            return False
        if self.pos > STREAM_CHUNK_CHARS:  # drop consumed text so memory stays bounded
            self.lines_before += self.buf.count("\n", 0, self.pos)
            self.buf = self.buf[self.pos :]
            self.pos = 0
        # Read the whole amount asked for: a short read (one 1 MiB block) would make the
        # retry-with-more-text loop in _decode_element quadratic on one huge element.
        want = max(at_least, STREAM_CHUNK_CHARS)
        parts: list[bytes] = []
        got = 0
        while got < want:
            part = self.fp.read(want - got)
            if not part:
                break
            parts.append(part)
            got += len(part)
        raw = b"".join(parts)
        text = self.decoder.decode(raw, final=not raw)
        if not raw:
            self.eof = True
        self.buf += text
        return bool(raw) or bool(text)

    def skip_ws(self) -> str:
        """Skip whitespace; return the next character ("" at the end)."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WS:
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return ""

    def line(self) -> int:
        return self.lines_before + self.buf.count("\n", 0, self.pos) + 1


def iter_array_stream(
    fp: BinaryIO, *, path: str, index: int = 0, lines_before: int = 0, inside: bool = False
) -> Iterator[Any]:
    """Yield the elements of a top-level JSON array read from ``fp`` in chunks.

    ``inside=True`` resumes in the middle of the array: ``fp`` starts right after its
    ``[`` (``index`` 0) or after element ``index - 1``; ``lines_before`` newlines came
    before (so errors name the file's event index and line).

    Raises
    ------
    ImportFailed
        Naming the event index and line of a truncated or malformed element.
    """
    win = _TextWindow(fp, bom=not inside)
    win.lines_before = lines_before
    if not inside:
        try:
            first = win.skip_ws()
        except UnicodeDecodeError as exc:
            raise ImportFailed(path, "byte 0", f"not UTF-8 text ({exc.reason})") from None
        if first != "[":
            raise ImportFailed(path, "top level", "wrong top-level shape: expected a JSON array")
        win.pos += 1
    decoder = json.JSONDecoder(parse_constant=_reject_constant)
    yield from _elements(win, decoder, path=path, index=index)
    _expect_end(win, path=path)


def _elements(
    win: _TextWindow, decoder: json.JSONDecoder, *, path: str, index: int = 0, what: str = "event"
) -> Iterator[Any]:
    """Yield the elements of the array ``win`` is inside, up to and past its ``]``."""
    while True:
        try:
            ch = win.skip_ws()
            if ch == "]":
                win.pos += 1
                return
            if index:
                if ch != ",":
                    raise ImportFailed(
                        path,
                        f"{what} {index} (line {win.line()})",
                        "malformed JSON: expected ','",
                    )
                win.pos += 1
                ch = win.skip_ws()
            if ch == "":
                raise ImportFailed(
                    path,
                    f"{what} {index} (line {win.line()})",
                    "truncated JSON (file cut short)",
                )
            yield _decode_element(win, decoder, index=index, path=path, what=what)
        except UnicodeDecodeError as exc:
            raise ImportFailed(
                path, f"{what} {index} (line {win.line()})", f"not UTF-8 text ({exc.reason})"
            ) from None
        index += 1


def _decode_element(
    win: _TextWindow,
    decoder: json.JSONDecoder,
    *,
    index: int,
    path: str,
    what: str = "event",
    limit: int | None = MAX_EVENT_CHARS,
) -> Any:
    """Decode the JSON value at the window's position (``limit``: largest size, chars)."""
    label = f"{what} {index}" if index >= 0 else what
    while True:
        try:
            obj, end = decoder.raw_decode(win.buf, win.pos)
        except json.JSONDecodeError as exc:
            near_end = exc.pos >= len(win.buf) - 8 or exc.msg.startswith("Unterminated string")
            if near_end and limit is not None and len(win.buf) - win.pos > limit:
                raise ImportFailed(
                    path,
                    f"{label} (line {win.line()})",
                    f"one event larger than {MAX_EVENT_CHARS // 1024**2} MiB: not a recording "
                    "(refused without reading the rest)",
                ) from None
            if near_end and win.more(at_least=len(win.buf)):  # doubling: linear overall
                continue
            where = f"{label} (line {win.lines_before + exc.lineno})"
            reason = (
                "truncated JSON (file cut short)" if win.eof and near_end else "malformed JSON"
            )
            raise ImportFailed(path, where, f"{reason}: {exc.msg}") from None
        except ValueError as exc:  # NaN/Infinity constants
            raise ImportFailed(path, f"{label} (line {win.line()})", str(exc)) from None
        except RecursionError:
            raise ImportFailed(
                path, f"{label} (line {win.line()})", "JSON nested too deeply"
            ) from None
        if end >= len(win.buf) and not win.eof and win.more():
            continue  # a bare number may continue in the next chunk
        win.pos = end
        return obj


#: Events per batch :func:`iter_export_stream` hands over.
EXPORT_BATCH_EVENTS = 4096


def iter_export_stream(
    fp: BinaryIO, *, path: str, hints: dict[str, str]
) -> Iterator[tuple[list[Any], bool]]:
    """Yield the events of a PostHog export object read from ``fp`` in chunks, in batches.

    The object is walked member by member. ``data.snapshots`` (export v2) is decoded one
    event at a time and handed over in batches of :data:`EXPORT_BATCH_EVENTS` (unwrapped as
    :func:`top_level_events` does), so memory holds a chunk, a batch and the other members
    (``version``, ``data.person``, ...), never the file. The window-keyed shapes (export v1,
    the API response) are kept whole and given by :func:`top_level_events` at the end, as
    the whole-buffer path gives them. The wrapper's user agent goes into ``hints`` once the
    object is read (before the last batch). An object that also holds another event list
    the whole-buffer path would prefer (an API response's windows, a second ``snapshots``)
    is refused: its events cannot be taken back.

    Raises
    ------
    ImportFailed
        Naming the line (and event index) of malformed or truncated JSON, or the shape.
    """
    from replay.importers._device import wrapper_hints

    win = _TextWindow(fp)
    decoder = json.JSONDecoder(parse_constant=_reject_constant)
    try:
        first = win.skip_ws()
    except UnicodeDecodeError as exc:
        raise ImportFailed(path, f"byte {exc.start}", f"not UTF-8 text ({exc.reason})") from None
    if first != "{":
        raise ImportFailed(path, "top level", "wrong top-level shape: expected a JSON object")
    top: dict[str, Any] = {}
    streamed: dict[str, Any] | None = None  # the ``data`` object whose snapshots were read
    for key in _members(win, decoder, path=path):
        if key == "data" and win.buf[win.pos] == "{":
            data: dict[str, Any] = {}
            top[key] = data
            for inner in _members(win, decoder, path=path):
                if inner == "snapshots" and win.buf[win.pos] == "[":
                    if streamed is not None:
                        _refuse_ambiguous(path, win)
                    streamed = data
                    data[inner] = []
                    win.pos += 1
                    for batch in _element_batches(win, decoder, path=path):
                        yield [_unwrap(item) for item in batch], False
                else:
                    data[inner] = _member_value(win, decoder, path=path, key=inner)
        else:
            top[key] = _member_value(win, decoder, path=path, key=key)
    _expect_end(win, path=path, what="the export object")
    hints.update(wrapper_hints(top))
    if streamed is None:
        yield top_level_events(top, path=path), False
        return
    if isinstance(top.get("snapshot_data_by_window_id"), dict) or top.get("data") is not streamed:
        _refuse_ambiguous(path, win)


#: The end of an event (rrweb writes ``timestamp`` last; PostHog may add ``windowId``
#: after it, or wrap the event: ``{"windowId", "data": event}``) followed by a comma.
_EVENT_END_TEXT = re.compile(
    r'(?:"timestamp"\s*:\s*-?[0-9][0-9.eE+-]*|"windowId"\s*:\s*"[^"\\]*")(?:\s*\})+\s*,'
)
#: After a run that did not decode, this many events are decoded one by one first.
_RUN_COOLDOWN = 32


def _element_batches(
    win: _TextWindow, decoder: json.JSONDecoder, *, path: str, what: str = "data.snapshots event"
) -> Iterator[list[Any]]:
    """Yield the elements of the array ``win`` is inside in batches, up to and past its ``]``.

    A run of whole events in the window (cut after an event that ends with its timestamp,
    as rrweb writes them) is decoded at once by msgspec; when no such cut decodes, one
    element is decoded by ``raw_decode`` (:func:`_decode_element`), which names an error's
    event index and line. "[" + a run + "]" decodes only when the cut closes an element (a
    cut inside a string or a nested value leaves it open), so both give the same events.
    """
    index = 0
    cooldown = 0
    batch: list[Any] = []
    while True:
        try:
            ch = win.skip_ws()
            if ch == "]":
                win.pos += 1
                break
            if index:
                if ch != ",":
                    raise ImportFailed(
                        path, f"{what} {index} (line {win.line()})", "malformed JSON: expected ','"
                    )
                win.pos += 1
                ch = win.skip_ws()
            if ch == "":
                raise ImportFailed(
                    path, f"{what} {index} (line {win.line()})", "truncated JSON (file cut short)"
                )
            if len(win.buf) - win.pos < STREAM_CHUNK_CHARS and not win.eof:
                win.more()
            run = _decode_run(win) if not cooldown else []
            if run:
                batch.extend(run)
                index += len(run)
            else:
                cooldown = cooldown - 1 if cooldown else _RUN_COOLDOWN
                batch.append(_decode_element(win, decoder, index=index, path=path, what=what))
                index += 1
        except UnicodeDecodeError as exc:
            raise ImportFailed(
                path, f"{what} {index} (line {win.line()})", f"not UTF-8 text ({exc.reason})"
            ) from None
        if len(batch) >= EXPORT_BATCH_EVENTS:
            yield batch
            batch = []
    if batch:
        yield batch


def _decode_run(win: _TextWindow) -> list[Any]:
    """Decode the longest run of whole events from the window's position, or return []."""
    last = None
    for last in _EVENT_END_TEXT.finditer(win.buf, win.pos):  # noqa: B007 (the last is wanted)
        pass
    if last is None:
        return []
    cut = win.buf.rindex("}", last.start(), last.end())
    try:
        run = msgspec.json.decode("[" + win.buf[win.pos : cut + 1] + "]")
    except msgspec.DecodeError:
        return []
    if not isinstance(run, list) or not run:
        return []
    win.pos = cut + 1
    return run


def _refuse_ambiguous(path: str, win: _TextWindow) -> None:
    raise ImportFailed(
        path,
        f"line {win.line()}",
        "wrong shape: a PostHog export with more than one event list (data.snapshots twice, "
        "or beside snapshot_data_by_window_id)",
    )


def _members(win: _TextWindow, decoder: json.JSONDecoder, *, path: str) -> Iterator[str]:
    """Yield the keys of the object ``win`` is at (its ``{``); the caller reads each value.

    After each key the window is at the value's first character.
    """
    win.pos += 1
    first = True
    while True:
        try:
            ch = win.skip_ws()
            if ch == "}" and first:
                win.pos += 1
                return
            if not first:
                if ch == "}":
                    win.pos += 1
                    return
                if ch != ",":
                    raise ImportFailed(path, f"line {win.line()}", "malformed JSON: expected ','")
                win.pos += 1
                ch = win.skip_ws()
            if ch == "":
                raise ImportFailed(path, f"line {win.line()}", "truncated JSON (file cut short)")
            if ch != '"':
                raise ImportFailed(
                    path, f"line {win.line()}", "malformed JSON: expected a key in quotes"
                )
            key = _decode_element(win, decoder, index=-1, path=path, what="a key")
            if win.skip_ws() != ":":
                raise ImportFailed(path, f"line {win.line()}", "malformed JSON: expected ':'")
            win.pos += 1
            if win.skip_ws() == "":
                raise ImportFailed(path, f"line {win.line()}", "truncated JSON (file cut short)")
        except UnicodeDecodeError as exc:
            raise ImportFailed(
                path, f"line {win.line()}", f"not UTF-8 text ({exc.reason})"
            ) from None
        first = False
        yield str(key)


def _member_value(win: _TextWindow, decoder: json.JSONDecoder, *, path: str, key: str) -> Any:
    """Decode one member's value whole (no size cap: the whole-buffer path had none)."""
    try:
        return _decode_element(win, decoder, index=-1, path=path, what=f"{key!r}", limit=None)
    except UnicodeDecodeError as exc:
        raise ImportFailed(path, f"line {win.line()}", f"not UTF-8 text ({exc.reason})") from None


def _expect_end(win: _TextWindow, *, path: str, what: str = "the event array") -> None:
    if win.skip_ws() != "":
        raise ImportFailed(path, f"line {win.line()}", f"malformed JSON: extra data after {what}")


class _Chain:
    """Bytes already read, then the rest of a stream (for :func:`iter_array_stream`)."""

    def __init__(self, head: bytes, fp: BinaryIO) -> None:
        self.head = head
        self.fp = fp

    def read(self, size: int = -1) -> bytes:
        if self.head:
            if size < 0:
                out, self.head = self.head + self.fp.read(), b""
                return out
            out, self.head = self.head[:size], self.head[size:]
            return out
        return self.fp.read(size)


def _decode_chunk(chunk: bytes) -> tuple[list[Any], bool]:
    """Decode ``[events]`` typed (True) or, when it does not fit the Structs, plainly."""
    try:
        return DECODER.decode(chunk), True
    except (msgspec.ValidationError, UnicodeDecodeError):
        return msgspec.json.decode(chunk), False


def iter_chunks(fp: BinaryIO, *, path: str) -> Iterator[tuple[list[Any], bool]]:
    """Yield the top-level array of ``fp`` as decoded batches ``(events, typed)``.

    The array is read in blocks of :data:`TYPED_CHUNK_BYTES`; each batch is the longest
    run of whole elements msgspec decodes, cut after a ``},`` (a cut inside a string or
    a nested value cannot decode: it leaves a string or a bracket open). ``typed`` says
    the events are :mod:`~replay.importers._rrweb_typed` Structs (else plain JSON).
    Anything unusual (malformed or truncated JSON, a top level that is not an array, no
    cut found in :data:`MAX_PENDING_BYTES`) hands the rest to :func:`iter_array_stream`,
    which gives the same events and names the event index and line of an error.
    """
    buf = fp.read(TYPED_CHUNK_BYTES)
    if buf.startswith(b"\xef\xbb\xbf"):
        buf = buf[3:]
    body = buf.lstrip(_WS_BYTES)
    if not body.startswith(b"["):
        yield from _exact(_Chain(buf, fp), path=path)
        return
    lines = buf.count(b"\n", 0, len(buf) - len(body))
    buf = body[1:]
    index = 0
    eof = False
    want = TYPED_CHUNK_BYTES
    while True:
        if not eof and len(buf) < want:
            more = fp.read(want - len(buf))
            eof = not more
            buf += more
            continue
        body = buf.lstrip(_WS_BYTES)
        if index and body.startswith(b","):
            body = body[1:].lstrip(_WS_BYTES)
            if body.startswith(b"]"):
                body = b""  # "[..., ]": the exact path names the error
        elif index and not body.startswith(b"]"):
            body = b""  # no comma between two elements
        events: list[Any] | None = None
        typed = False
        rest = b""
        if eof:
            try:
                events, typed = _decode_chunk(b"[" + body)  # body ends with "]"
            except (msgspec.DecodeError, UnicodeDecodeError):
                events = None
            if not body:
                events = None
        else:
            end = len(body)
            # First try the end of the last event whose timestamp closes it (rrweb writes
            # "timestamp" last): a "}," inside a DOM tree cannot decode, and four such
            # misses used to double the batch (a 200 MB file's peak memory; issue 13).
            anchor = _last_event_end(body)
            for attempt in range(5):
                cut = anchor if attempt == 0 else body.rfind(b"},", 0, end)
                if cut < 0:
                    if attempt == 0:
                        continue
                    break
                try:
                    events, typed = _decode_chunk(b"[" + body[: cut + 1] + b"]")
                except (msgspec.DecodeError, UnicodeDecodeError) as exc:
                    if attempt == 0:
                        continue  # not an event's end after all: the "}," search decides
                    if "truncated" not in str(exc):
                        break  # malformed before the cut: the exact path names it
                    end = cut
                    continue
                rest = body[cut + 1 :]
                break
        if events is None:
            if eof or len(buf) > MAX_PENDING_BYTES:
                yield from _exact(_Chain(buf, fp), path=path, index=index, lines=lines)
                return
            want = 2 * len(buf)  # no whole element yet: read more
            continue
        yield events, typed
        if eof:
            return
        lines += buf.count(b"\n", 0, len(buf) - len(rest))
        index += len(events)
        buf = rest
        want = TYPED_CHUNK_BYTES


_EVENT_END = re.compile(rb'"timestamp"\s*:\s*-?[0-9][0-9.eE+-]*\s*\}\s*,')
#: How far back from a batch's end :func:`_last_event_end` looks.
_EVENT_END_WINDOW = 1 << 20


def _last_event_end(body: bytes) -> int:
    """Return the index of the ``}`` closing the last event that ends with its timestamp, or -1."""
    start = max(0, len(body) - _EVENT_END_WINDOW)
    last = None
    for last in _EVENT_END.finditer(body, start):  # noqa: B007 (the last match is wanted)
        pass
    if last is None:
        return -1
    return body.rindex(b"}", last.start(), last.end())


def _exact(
    fp: Any, *, path: str, index: int = 0, lines: int | None = None
) -> Iterator[tuple[list[Any], bool]]:
    inside = lines is not None
    events = iter_array_stream(fp, path=path, index=index, lines_before=lines or 0, inside=inside)
    for event in events:
        yield [event], False
