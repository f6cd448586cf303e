"""rrweb importer: the recorder's JSON event array, and PostHog's export wrapper.

Event shapes are rrweb's (``packages/types/src/index.ts``), summarised in shared
``SIGNALS.md`` section 4. The importer is an event iterator (``_rrweb_stream``) feeding an
accumulator (:class:`_Accumulator`) that appends rows to typed columns and resolves target
node ids to :class:`~replay.model.session.Node` entries through a DOM mirror (``_dom``).

Page epochs: rrweb node ids restart on every page load. A FullSnapshot starts a new epoch
when a DomContentLoaded/Load event or a Meta with a new href came since the previous
snapshot; otherwise it is a recorder checkout (``checkoutEveryNms``) that re-serialises the
same page with the same ids, and the epoch continues.
"""

from __future__ import annotations

import array
import gc
import json
import math
from collections import Counter
from collections.abc import Callable, Iterable
from typing import IO, Any

import msgspec
import numpy as np
from msgspec import UNSET

from replay.importers import _spill
from replay.importers._builder import SessionBuilder, note_unknown
from replay.importers._device import DeviceEvidence, wrapper_hints
from replay.importers._dom import DomMirror, StateNodes, feed_css
from replay.importers._page import PageRecorder
from replay.importers._posthog_cv import CompressedEventError, Decompressor
from replay.importers._rrweb_stream import (
    blob_line_events,
    decode_buffer,
    is_blob_lines,
    iter_chunks,
    iter_export_stream,
    top_level_events,
)
from replay.importers._rrweb_typed import (
    DECODER,
    IncData,
    Incremental,
    Pos,
    event_dict,
    inc_dict,
)
from replay.importers._spill import Location, Spill
from replay.model.bounds import MAX_GAP_MS, main_run
from replay.model.channels import ChannelName
from replay.model.session import (
    Button,
    Device,
    ImportReport,
    InteractionKind,
    LogLevel,
    NavigationKind,
    Node,
    PointerKind,
    PointerType,
    Session,
)

NAME = "rrweb"
#: Epoch-ms timestamps outside [0, MAX_EPOCH_MS] (year ~5138) are absurd and dropped.
MAX_EPOCH_MS = 1e14
#: A position's timeOffset beyond one hour is absurd (rrweb batches span ~500 ms).
MAX_TIME_OFFSET_MS = 3_600_000
CONSOLE_CHARS = 300
PAYLOAD_CHARS = 4096
#: A click at (0, 0) is a pointer click only if a press at (0, 0) came this shortly before.
KEYBOARD_CLICK_PRESS_MS = 2000
PAGEVIEW_TAGS = frozenset({"$pageview", "pageview", "page_view", "$screen"})
CHANNELS: tuple[ChannelName, ...] = (
    "pointer",
    "interactions",
    "scroll",
    "viewport",
    "inputs",
    "mutations",
    "selections",
    "navigation",
    "console",
    "custom",
    "media",
)
_MOVE_KINDS = {1: PointerKind.MOVE, 6: PointerKind.TOUCH, 12: PointerKind.DRAG}
_INTERACTIONS = frozenset(int(k) for k in InteractionKind)
_LEVELS = {
    "debug": LogLevel.DEBUG,
    "trace": LogLevel.DEBUG,
    "log": LogLevel.LOG,
    "info": LogLevel.INFO,
    "warn": LogLevel.WARN,
    "error": LogLevel.ERROR,
    "assert": LogLevel.ERROR,
}
_NAN = math.nan
_IGNORED_SOURCES = frozenset({8, 9, 10, 13, 15, 16})  # styles, canvas, fonts: not modelled


def _v(value: Any) -> Any:
    """Return a typed event's field as plain JSON decoding gives it (absent: None)."""
    return None if value is UNSET else value


def _is_number(value: Any) -> bool:
    kind = type(value)
    return kind is float or kind is int


def sniff(head: bytes) -> bool:
    """Return True for an rrweb event array or a PostHog export (cheap, head only)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"["):
        rest = text[1:].lstrip()
        return not rest or rest.startswith((b"]", b"{"))
    if is_blob_lines(head):
        return True
    return text.startswith(b"{") and any(
        key in head
        for key in (b'"snapshots"', b'"snapshotsByWindowId"', b'"snapshot_data_by_window_id"')
    )


def load(
    data: bytes | IO[bytes],
    *,
    path: str,
    report: ImportReport,
    check: Callable[[], None] | None = None,
    mask_text: bool = False,
    spill: Spill | None = None,
) -> Session:
    """Import one rrweb recording, with its page (sanitised, keyframed: ``_page``).

    Parameters
    ----------
    data : bytes or binary file-like
        The whole (decompressed) file, or a stream for the bounded-memory path.
    path : str
        The file as the user gave it (for errors and ``meta.source``).
    report : ImportReport
        Receives every repair and drop.
    check : callable, optional
        Called every few thousand events; raises to cancel.
    mask_text : bool
        Replace every character of the page's text nodes by ``*`` (``--mask-text``).
    spill : Spill, optional
        A big import's spill file: full runs of rows move there as the file is read, and
        the session's big channels come back chunked (``replay/importers/_spill.py``).

    Raises
    ------
    ImportFailed
        Malformed/truncated JSON (naming event index and line), wrong top-level shape,
        no valid events.
    """
    was_enabled = gc.isenabled()
    gc.disable()  # STACK.md: the cyclic GC costs 30-50 % while decoding millions of dicts
    try:
        batches: Iterable[tuple[list[Any], bool]]
        hints: dict[str, str] = {}  # a wrapper's user agent (_decode_whole fills it)
        if isinstance(data, bytes | bytearray | memoryview):
            whole = bytes(data)
            if is_blob_lines(whole[:65536]):
                batches = [(blob_line_events(whole, path=path), False)]
            else:
                batches = [_decode_whole(whole, path=path, hints=hints)]
        else:
            head = data.peek(65536) if hasattr(data, "peek") else b""
            if is_blob_lines(head):
                batches = [(blob_line_events(data.read(), path=path), False)]
            elif head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):  # a PostHog export
                batches = iter_export_stream(data, path=path, hints=hints)  # type: ignore[arg-type]
            else:
                batches = iter_chunks(data, path=path)  # type: ignore[arg-type]
        acc = _Accumulator(report, mask_text=mask_text, spill=spill)
        acc.device.hints = hints
        acc.cv.path = path
        done = 0
        for events, typed in batches:
            feed = acc.feed_typed if typed else acc.feed
            for start in range(0, len(events), 4096):
                for event in events[start : start + 4096]:
                    feed(event)
                done += min(4096, len(events) - start)
                if spill is not None:
                    acc.spill_full()
                if check is not None and done >= 4096:
                    check()
                    done = 0
            del events
        return acc.finish(path=path)
    finally:
        if was_enabled:
            gc.enable()


def _decode_whole(data: bytes, *, path: str, hints: dict[str, str]) -> tuple[list[Any], bool]:
    """Decode a whole file: typed Structs when it fits them, else plain JSON (exact errors).

    A wrapper's user-agent properties go into ``hints`` (``_device.wrapper_hints``).
    """
    if data.startswith(b"\xef\xbb\xbf"):  # a UTF-8 BOM (Windows editors): sniff skips it
        data = data[3:]
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        try:
            return DECODER.decode(data), True
        except (msgspec.MsgspecError, UnicodeDecodeError):  # a lone surrogate escape, too
            pass
    top = decode_buffer(data, path=path)
    hints.update(wrapper_hints(top))
    return top_level_events(top, path=path), False


class _Accumulator:
    """Fold rrweb events, in file order, into a :class:`SessionBuilder`."""

    def __init__(
        self, report: ImportReport, *, mask_text: bool = False, spill: Spill | None = None
    ) -> None:
        self.report = report
        self.rec = PageRecorder(mask_text=mask_text, spill=spill)
        self.b = SessionBuilder(CHANNELS, report=report, spill=spill)
        self.dom = DomMirror()
        self.page = -1
        self.page_targets: dict[int, int] = {}  # rrweb id -> node index, current page
        self.pending: list[tuple[int, int]] = []  # (node index, rrweb id) awaiting describe
        self.loaded_since_snapshot = True
        self.href: str | None = None
        self.href_changed = False
        self.first_ms: int | None = None
        self.min_ms = self.max_ms = 0
        self.device = DeviceEvidence()
        self.unknown: Counter[str] = Counter()
        self.last_press: tuple[int, float | None, float | None] = (-(10**15), None, None)
        self.event_ms = array.array("q")  # every accepted event's time, for _main_span
        self.event_runs: list[Location] = []  # ... of a big import, in its spill file
        self.cv = Decompressor()  # PostHog's compressed events (cv "2024-10")

    def spill_full(self) -> None:
        """Move full runs of rows and of event times to the spill file."""
        self.b.spill_full()
        spill = self.b.spill
        if spill is not None and len(self.event_ms) >= _spill.SPILL_ROWS:
            self.event_runs.append(spill.put(self.event_ms))
            self.event_ms = array.array("q")

    # -- helpers -----------------------------------------------------------------------------
    def num(self, value: Any) -> float | None:
        """Return a number, coercing numeric strings (counted), or None."""
        kind = type(value)
        if kind is int or kind is float:
            return value  # type: ignore[no-any-return]
        if isinstance(value, str):
            try:
                number = float(value)
            except ValueError:
                return None
            self.report.repair("numeric_string")
            return number
        return None

    def bad(self, value: Any) -> None:
        """Count a row dropped for a missing or wrongly typed field."""
        self.report.drop("missing_field" if value is None else "wrong_type")

    def target(self, node_id: Any) -> int:
        """Return the node index of an rrweb id on the current page, -1 when unknown."""
        if type(node_id) is not int:
            return -1
        index = self.page_targets.get(node_id)
        if index is None:
            if node_id not in self.dom.nodes:
                return -1
            index = self.page_targets[node_id] = len(self.b.nodes)
            self.b.nodes.append(Node())  # placeholder, described at page end
            self.pending.append((index, node_id))
        return index

    def end_page(self) -> None:
        for index, node_id in self.pending:
            page = max(self.page, 0)
            node = self.dom.describe(node_id, page=page)
            self.b.nodes[index] = node or Node(page=page, rrweb_id=node_id)
        self.pending.clear()

    # -- events ------------------------------------------------------------------------------
    def feed(self, event: Any) -> None:
        """Add one event (any JSON value: non-events are counted and dropped)."""
        if not isinstance(event, dict):
            self.report.drop("event_not_object")
            return
        if "cv" in event:  # PostHog's compressed format: decompress, or drop if malformed
            try:
                event = self.cv.event(event)
            except CompressedEventError:
                self.report.drop("malformed_compressed_event")
                return
        raw_ts = event.get("timestamp")
        ts = self.num(raw_ts)
        if ts is None:
            self.bad(raw_ts)
            return
        if not 0 <= ts <= MAX_EPOCH_MS:  # also False for NaN
            self.report.drop("timestamp_out_of_range")
            return
        t = round(ts)
        if self.rec.base is None:
            self.rec.base = t
        etype = self.num(event.get("type"))
        data = event.get("data")
        if not isinstance(data, dict):
            data = {}
        try:
            self._dispatch(t, etype, data)
        except (TypeError, ValueError, KeyError, AttributeError, OverflowError):
            # A field of an unexpected shape deep inside one event: drop that event only.
            self.report.drop("malformed_event")
            return
        self._seen(t)

    def feed_typed(self, event: Any) -> None:
        """Add one event decoded by :data:`~replay.importers._rrweb_typed.DECODER`.

        The hot incremental events with clean fields take typed fast paths; anything else
        is turned back into the dict plain JSON gives and goes through :meth:`feed`, so
        both give the same rows and counts.
        """
        if type(event) is not Incremental or event.cv is not UNSET:
            self.feed(event_dict(event))
            return
        ts = event.timestamp
        data = event.data
        if (
            (type(ts) is not int and type(ts) is not float)
            or not isinstance(data, IncData)
            or type(data.source) is not int
        ):
            self.feed(event_dict(event))
            return
        if not 0 <= ts <= MAX_EPOCH_MS:
            self.report.drop("timestamp_out_of_range")
            return
        t = round(ts)
        if self.rec.base is None:
            self.rec.base = t
        try:
            source = data.source
            kind = _MOVE_KINDS.get(source)
            if kind is not None and isinstance(data.positions, list):
                self._positions_typed(t, data.positions, kind)
            elif source == 3 and _is_number(data.x) and _is_number(data.y):
                self.b.add("scroll", t, data.x, data.y, self.target(data.id))
                self._page(self.rec.scroll, t, data.id, data.x, data.y)
            elif source == 2:  # the fields the dict path reads, absent ones as None
                self._interaction(
                    t, _v(data.type), _v(data.x), _v(data.y), _v(data.pointerType), _v(data.id)
                )
            elif source == 5:
                self._input(
                    t, _v(data.id), _v(data.text), _v(data.isChecked), _v(data.userTriggered)
                )
            else:
                self._incremental(t, inc_dict(data))
        except (TypeError, ValueError, KeyError, AttributeError, OverflowError):
            self.report.drop("malformed_event")
            return
        self._seen(t)

    def _seen(self, t: int) -> None:
        self.event_ms.append(t)
        if self.first_ms is None:
            self.first_ms = self.min_ms = self.max_ms = t
        elif t < self.max_ms:
            self.report.repair("timestamp_out_of_order")  # rows are stable-sorted at build
            if t < self.min_ms:
                self.min_ms = t
        else:
            self.max_ms = t

    def _dispatch(self, t: int, etype: float | None, data: dict[str, Any]) -> None:
        if etype == 3:
            self._incremental(t, data)
        elif etype == 4:
            self._meta(t, data)
        elif etype == 2:
            self._snapshot(t, data)
        elif etype in (0, 1):
            self.loaded_since_snapshot = True
        elif etype == 5:
            self._custom(t, data)
        elif etype == 6:
            if data.get("plugin") == "rrweb/console@1":
                self._console(t, data.get("payload"))
        elif etype != 7:  # 7 = Asset (rrweb 2.x): nothing to model
            self.unknown[f"type {etype}"] += 1

    def _meta(self, t: int, data: dict[str, Any]) -> None:
        href = data.get("href")
        href = href if isinstance(href, str) else ""
        if href != self.href:
            self.href_changed = True
        self.href = href
        self.b.add("navigation", t, self.b.intern(href), NavigationKind.LOAD)
        width, height = self.num(data.get("width")), self.num(data.get("height"))
        size = None
        if width is not None and height is not None and math.isfinite(width + height):
            self.b.add("viewport", t, round(width), round(height))
            size = (round(width), round(height))
        self._page(self.rec.meta, t, href, size)

    def _page(self, method: Callable[..., Any], *args: Any) -> Any:
        """Call the page recorder; its trouble never touches the cursor and click channels."""
        try:
            return method(*args)
        except (TypeError, ValueError, KeyError, AttributeError, OverflowError, IndexError):
            self.rec.other("page_event_malformed")
            return None

    def _snapshot(self, t: int, data: dict[str, Any]) -> None:
        if self.page < 0 or self.loaded_since_snapshot or self.href_changed:
            self.end_page()
            self.page += 1
            self.page_targets = {}
        self.loaded_since_snapshot = self.href_changed = False
        node = data.get("node")
        state = self.rec.state
        state.drop_hook = None
        if self._page(self.rec.snapshot, t, node):
            # The mirror reads the sanitised state: the tree is walked once, not twice.
            state.drop_hook = self.dom.view(state).bury
            for css in self.rec.sheets:  # the sheets' text, indexed only if asked
                self.dom.css.feed(css)
            self.rec.sheets = []
        else:  # no usable tree in the state: the mirror takes what there is, as before
            self.dom.load_snapshot(node)

    def _incremental(self, t: int, data: dict[str, Any]) -> None:
        source = self.num(data.get("source"))
        if source in _MOVE_KINDS:
            self._positions(t, data, _MOVE_KINDS[int(source)])  # type: ignore[arg-type]
        elif source == 2:
            get = data.get
            self._interaction(t, get("type"), get("x"), get("y"), get("pointerType"), get("id"))
        elif source == 3:
            self._scroll(t, data)
        elif source == 4:
            w, h = self.num(data.get("width")), self.num(data.get("height"))
            if w is None or h is None or not math.isfinite(w + h):
                self.bad(data.get("width") if w is None else data.get("height"))
                return
            self.b.add("viewport", t, round(w), round(h))
            self._page(self.rec.viewport, t, round(w), round(h))
        elif source == 0:
            self._mutation(t, data)
        elif source == 5:
            get = data.get
            self._input(t, get("id"), get("text"), get("isChecked"), get("userTriggered"))
        elif source == 14:
            ranges = data.get("ranges")
            self.b.add("selections", t, len(ranges) if isinstance(ranges, list) else 0)
        elif source == 7:
            kind = data.get("type")
            if type(kind) is int and 0 <= kind <= 255:
                self.b.add("media", t, kind, self.target(data.get("id")))
            else:
                self.bad(kind)
            self._page(self.rec.media, t, data)
        elif source == 11:
            self._console(t, data)
        elif source == 8:
            self._page(self.rec.stylesheet_rule, t, data)
        elif source == 9:
            self._page(self.rec.canvas, t, data)
        elif source == 13:
            self._page(self.rec.style_declaration, t, data)
        elif source == 15:
            self._page(self.rec.adopted_sheets, t, data)
        elif source not in _IGNORED_SOURCES:
            self.unknown[f"incremental source {source}"] += 1

    def _positions(self, t: int, data: dict[str, Any], kind: PointerKind) -> None:
        positions = data.get("positions")
        if not isinstance(positions, list):
            self.bad(positions)
            return
        add = self.b.cols["pointer"].add
        for p in positions:
            if not isinstance(p, dict):
                self.report.drop("wrong_type")
                continue
            x, y = self.num(p.get("x")), self.num(p.get("y"))
            if x is None or y is None:
                self.bad(p.get("x") if x is None else p.get("y"))
                continue
            offset = p.get("timeOffset", 0)
            if type(offset) is not int:
                number = self.num(offset)
                if number is None or not abs(number) <= MAX_TIME_OFFSET_MS:
                    self.bad(offset)
                    continue
                offset = round(number)
            elif abs(offset) > MAX_TIME_OFFSET_MS:
                self.report.drop("timestamp_out_of_range")
                continue
            add(t + offset, x, y, kind, self.target(p.get("id")))

    def _positions_typed(self, t: int, positions: list[Pos], kind: PointerKind) -> None:
        """:meth:`_positions` for typed positions (numbers already checked by msgspec)."""
        t_ms, xs, ys, kinds, targets = self.b.cols["pointer"].arrays
        target = self.target
        code = int(kind)
        limit = MAX_TIME_OFFSET_MS
        if all(-limit <= p.timeOffset <= limit for p in positions):
            # The common batch: its columns filled a batch at a time (same rows, same order
            # of target lookups, so the same node indices), not five appends a position.
            t_ms.extend([t + p.timeOffset for p in positions])
            xs.extend([p.x for p in positions])  # type: ignore[misc]  # array("d")
            ys.extend([p.y for p in positions])  # type: ignore[misc]
            kinds.extend([code] * len(positions))
            targets.extend([target(p.id) for p in positions])
            return
        for p in positions:
            offset = p.timeOffset
            if offset > MAX_TIME_OFFSET_MS or offset < -MAX_TIME_OFFSET_MS:
                self.report.drop("timestamp_out_of_range")
                continue
            # Every value fits its column (t and offset are bounded, x/y are floats), so
            # the five appends cannot fail half-way.
            t_ms.append(t + offset)
            xs.append(p.x)  # type: ignore[arg-type]  # array("d") of floats
            ys.append(p.y)  # type: ignore[arg-type]
            kinds.append(code)
            targets.append(target(p.id))

    def _interaction(
        self, t: int, raw_kind: Any, raw_x: Any, raw_y: Any, pointer: Any, node_id: Any
    ) -> None:
        """Add a MouseInteraction (its fields as JSON gives them, None when absent)."""
        kind = self.num(raw_kind)
        if kind is None or kind not in _INTERACTIONS:
            if kind is None:
                self.bad(raw_kind)
            else:
                self.unknown[f"mouse interaction {kind}"] += 1
            return
        x, y = self.num(raw_x), self.num(raw_y)
        pointer = pointer if type(pointer) is int and 0 <= pointer <= 2 else PointerType.UNKNOWN
        self.device.interaction(t, kind, pointer)
        if kind in (InteractionKind.MOUSE_DOWN, InteractionKind.TOUCH_START):
            self.last_press = (t, x, y)
        elif (
            kind == InteractionKind.CLICK and x == 0 and y == 0 and not self._pressed_at_origin(t)
        ):
            # Enter/Space on a focused control: the browser's click has clientX = clientY = 0.
            # That is no cursor position (no jump, no speed, no distance): keep it unplaced.
            x = y = None
            pointer = PointerType.KEYBOARD
        self.b.add(
            "interactions",
            t,
            _NAN if x is None else x,
            _NAN if y is None else y,
            int(kind),
            pointer,
            Button.UNKNOWN,
            self.target(node_id),
        )

    def _pressed_at_origin(self, t: int) -> bool:
        """Tell whether a real press at (0, 0) came just before (a click in the very corner)."""
        when, x, y = self.last_press
        return t - when <= KEYBOARD_CLICK_PRESS_MS and x == 0 and y == 0

    def _scroll(self, t: int, data: dict[str, Any]) -> None:
        x, y = self.num(data.get("x")), self.num(data.get("y"))
        if x is None or y is None:
            self.bad(data.get("x") if x is None else data.get("y"))
            return
        self.b.add("scroll", t, x, y, self.target(data.get("id")))
        self._page(self.rec.scroll, t, data.get("id"), x, y)

    def _input(self, t: int, node_id: Any, text: Any, checked: Any, user: Any) -> None:
        """Add an Input event (its fields as JSON gives them, None when absent)."""
        is_box = type(node_id) is int and self.dom.input_type(node_id) in ("checkbox", "radio")
        self.b.add(
            "inputs",
            t,
            self.target(node_id),
            len(text) if isinstance(text, str) else 0,  # the length only, never the text
            int(checked) if isinstance(checked, bool) and (is_box or checked) else -1,
            int(user) if isinstance(user, bool) else -1,
        )
        self._page(self.rec.field_input, t, node_id, text, checked, is_box)

    def _mutation(self, t: int, data: dict[str, Any]) -> None:
        lists = [data.get(k) for k in ("adds", "removes", "attributes", "texts")]
        adds, removes, attrs, texts = (v if isinstance(v, list) else [] for v in lists)
        dom = self.dom
        sizes = (len(adds), len(removes), len(attrs), len(texts))
        clean = self._page(self.rec.mutation, t, data)
        if clean is not None:  # the mirror sees the sanitised page (same ids, same shapes)
            removes, adds, attrs, texts = (
                clean[k] for k in ("removes", "adds", "attributes", "texts")
            )
        if isinstance(dom.nodes, StateNodes):  # the state took the change: only the sheets
            if clean is not None:
                live = self.rec.state.nodes
                for add in adds:
                    parent = live.get(add["parentId"])
                    feed_css(dom.css, add["node"], parent.tag.lower() if parent else "")
            self.b.add("mutations", t, *sizes)
            return
        for rem in removes:
            if isinstance(rem, dict):
                dom.remove(rem.get("id"), rem.get("parentId"))
        for add in adds:
            if isinstance(add, dict):
                parent = add.get("parentId")
                dom.add_tree(add.get("node"), parent_id=parent if type(parent) is int else -1)
        for change in attrs:
            if isinstance(change, dict):
                dom.set_attributes(change.get("id"), change.get("attributes"))
        for change in texts:
            if isinstance(change, dict):
                dom.set_text(change.get("id"), change.get("value"))
        self.b.add("mutations", t, *sizes)

    def _custom(self, t: int, data: dict[str, Any]) -> None:
        tag = data.get("tag")
        tag = tag if isinstance(tag, str) else ""
        payload = data.get("payload")
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        if len(text) > PAYLOAD_CHARS:
            self.report.repair("payload_truncated")
            text = text[:PAYLOAD_CHARS]
        self.b.add("custom", t, self.b.intern(tag), self.b.intern(text))
        if not isinstance(payload, dict):
            return
        if tag == "screen-orientation":
            angle = self.num(payload.get("angle"))
            if angle is not None and math.isfinite(angle):
                self.b.enable("orientation")
                self.b.add("orientation", t, angle % 360)
        elif tag in PAGEVIEW_TAGS:
            url = payload.get("href") or payload.get("url") or payload.get("$current_url")
            if isinstance(url, str):
                self.b.add("navigation", t, self.b.intern(url), NavigationKind.PAGEVIEW)
                self._page(self.rec.route, t, url)

    def _console(self, t: int, payload: Any) -> None:
        if not isinstance(payload, dict):
            self.bad(payload)
            return
        level = _LEVELS.get(str(payload.get("level", "log")), LogLevel.LOG)
        parts = payload.get("payload")
        items = parts if isinstance(parts, list) else [parts]
        message = " ".join(p if isinstance(p, str) else json.dumps(p) for p in items)
        self.b.add("console", t, level, self.b.intern(message[:CONSOLE_CHARS]))

    # -- result ------------------------------------------------------------------------------
    def _main_span(self) -> tuple[int, int, tuple[int, int] | None]:
        """Return the first and last event time of the session, and the rows to keep.

        The far-timestamp rule of every format (:func:`replay.model.bounds.main_run`),
        applied here before the build because the time origin, the start and the page
        come from events: the rows' largest run is kept, and only the events within
        :data:`~replay.model.bounds.MAX_GAP_MS` of it count (a far event with no rows, a
        Meta event with a lost digit, does not move the start either).
        """
        if self.b.spill is not None:
            return self._main_span_spilled()
        rows = self.b.row_times()
        run = main_run(rows)
        if run is None:
            return self.min_ms, self.max_ms, None
        events = np.frombuffer(self.event_ms, dtype=np.int64)
        near = events[(events >= run[0] - MAX_GAP_MS) & (events <= run[1] + MAX_GAP_MS)]
        keep = None if run == (int(rows.min()), int(rows.max())) else run
        if not len(near):  # rows always come from events; kept for safety
            return run[0], run[1], keep
        return int(near.min()), int(near.max()), keep

    def _main_span_spilled(self) -> tuple[int, int, tuple[int, int] | None]:
        """:meth:`_main_span` of a big import: row times folded into runs, events by chunk."""
        runs = self.b.row_runs()
        if not runs.total:
            return self.min_ms, self.max_ms, None
        lo, hi, _rows = runs.largest()
        keep = None if (lo, hi) == (runs.los[0], max(runs.his)) else (lo, hi)
        spill = self.b.spill
        assert spill is not None
        first = last = None
        parts = [*(lambda w=w: spill.array(w, "q") for w in self.event_runs), None]
        for part in parts:
            events = np.frombuffer(self.event_ms, dtype=np.int64) if part is None else part()
            near = events[(events >= lo - MAX_GAP_MS) & (events <= hi + MAX_GAP_MS)]
            if len(near):
                low, high = int(near.min()), int(near.max())
                first = low if first is None else min(first, low)
                last = high if last is None else max(last, high)
        if first is None or last is None:  # rows always come from events; kept for safety
            return lo, hi, keep
        return first, last, keep

    def finish(self, *, path: str) -> Session:
        """Build the session; refuse a file without a single valid event."""
        from replay.errors import ImportFailed

        if self.first_ms is None:
            raise ImportFailed(path, "", "no valid events (nothing with a usable timestamp)")
        self.end_page()
        note_unknown(self.report, self.unknown)
        decompressed = self.cv.note()
        if decompressed is not None:
            self.report.notes.append(decompressed)
        first_ms, last_ms, keep_ms = self._main_span()
        session = self.b.build(
            origin_ms=first_ms,
            fmt=NAME,
            path=path,
            device=Device.DESKTOP,
            viewport=(0, 0),
            started_at_ms=first_ms,
            duration_ms=last_ms - first_ms,
            title=path.replace("\\", "/").rsplit("/", 1)[-1],
            keep_ms=keep_ms,
        )
        import dataclasses

        # The page on the channels' time origin (min_ms put it hours after the cursor when
        # a far event came before the rest).
        page = self.rec.finish(first_ms)
        return dataclasses.replace(_with_device(session, self.device), page=page)


def _with_device(session: Session, evidence: DeviceEvidence) -> Session:
    """Set the first viewport and the device kind (``_device``: docs/formats.md)."""
    import dataclasses

    vp = session.channel("viewport")
    sizes = [
        (int(w), int(h))
        for w, h in zip(np.asarray(vp["width_px"]), np.asarray(vp["height_px"]), strict=True)
    ]
    width, height = sizes[0] if sizes else (0, 0)
    device = evidence.guess(sizes)
    meta = dataclasses.replace(
        session.meta, device=device, viewport_width_px=width, viewport_height_px=height
    )
    return dataclasses.replace(session, meta=meta)
