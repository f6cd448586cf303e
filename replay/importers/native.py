"""Native JSONL: replay's own format, the one other tools can target (docs/formats.md, "Native JSONL").

Line 1 is a header object, every other line one event or node object, UTF-8, ``t_ms`` in
integer milliseconds since the session start. :func:`dump_native` writes a session so that
:func:`load` reads back the same channels, nodes and metadata (tests/importers check it).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter
from collections.abc import Callable, Iterator
from typing import IO, Any

import msgspec
import numpy as np

from replay.errors import ImportFailed
from replay.importers._builder import SessionBuilder, note_unknown
from replay.model.channels import CHANNEL_NAMES, ChannelName
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

NAME = "native"
VERSION = 1
_POINTER = {"move": PointerKind.MOVE, "touch": PointerKind.TOUCH, "drag": PointerKind.DRAG}
_INTER = {k.name.lower(): k for k in InteractionKind}
_PTR = {k.name.lower(): k for k in PointerType}
_BTN = {k.name.lower(): k for k in Button}
_LVL = {k.name.lower(): k for k in LogLevel}
_NAV = {k.name.lower(): k for k in NavigationKind}
#: Which channel each event type fills ("tap" = a click with a touch pointer).
EVENT_CHANNEL: dict[str, ChannelName] = {
    **dict.fromkeys(_POINTER, "pointer"),
    **dict.fromkeys((*_INTER, "tap"), "interactions"),
    "scroll": "scroll",
    "viewport": "viewport",
    "orientation": "orientation",
    "input": "inputs",
    "mutation": "mutations",
    "selection": "selections",
    "navigate": "navigation",
    "console": "console",
    "custom": "custom",
    "media": "media",
}
_NODE_FIELDS = frozenset(Node.__dataclass_fields__)


_BOM = b"\xef\xbb\xbf"


def sniff(head: bytes) -> bool:
    """Return True when the first line is a native header (``"replay": "native"``)."""
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    if not first.startswith(b"{"):
        return False
    try:
        header = msgspec.json.decode(first)
    except msgspec.DecodeError:
        return b'"replay"' in first and b'"native"' in first and len(first) >= len(head)
    return isinstance(header, dict) and header.get("replay") == "native"


def _lines(data: bytes | IO[bytes]) -> Iterator[bytes]:
    """Yield lines without their ends; reads a stream in 1 MiB chunks (bounded memory)."""
    if isinstance(data, bytes):
        yield from data.split(b"\n")
        return
    rest = b""
    while chunk := data.read(1 << 20):
        parts = (rest + chunk).split(b"\n")
        rest = parts.pop()
        yield from parts
    yield rest


def load(
    data: bytes | IO[bytes],
    *,
    path: str,
    report: ImportReport,
    check: Callable[[], None] | None = None,
) -> Session:
    """Import a native JSONL session (streams line by line when given a file-like).

    Raises
    ------
    ImportFailed
        Bad header or version, a line that is not valid JSON (naming the line), no events.
    """
    lines = enumerate(_lines(data), start=1)
    # The sniffer skips a UTF-8 BOM and blank lines before the header (Windows editors
    # write a BOM): so does the loader, keeping the file's own line numbers.
    number, raw = 1, b""
    for number, raw in lines:
        raw = raw.removeprefix(_BOM) if number == 1 else raw
        if raw.strip():
            break
    header = _decode(raw, path=path, line=number)
    if not isinstance(header, dict) or header.get("replay") != "native":
        raise ImportFailed(path, f"line {number}", 'header is not {"replay": "native", ...}')
    version = header.get("version")
    if version != VERSION or isinstance(version, bool):  # JSON true is not version 1
        raise ImportFailed(path, f"line {number}", f"unsupported native version {version!r}")
    channels = header.get("channels")
    wanted = [c for c in channels if c in CHANNEL_NAMES] if isinstance(channels, list) else []
    acc = _Reader(SessionBuilder(wanted, report=report))  # type: ignore[arg-type]
    for number, raw in lines:
        if raw.strip():
            acc.feed(_decode(raw, path=path, line=number))
        if check is not None and number % 4096 == 0:
            check()
    if acc.events == 0:
        raise ImportFailed(path, "", "no valid events after the header")
    note_unknown(report, acc.unknown)
    return _build(acc, header, path=path)


_DEVICES = frozenset(d.value for d in Device)


def _decode(raw: bytes, *, path: str, line: int) -> Any:
    try:
        return msgspec.json.decode(raw)
    except msgspec.DecodeError as exc:
        raise ImportFailed(path, f"line {line}", f"malformed JSON ({exc})") from None
    except UnicodeDecodeError:
        raise ImportFailed(path, f"line {line}", "not UTF-8 text") from None


def _build(acc: _Reader, header: dict[str, Any], *, path: str) -> Session:
    vp = header.get("viewport")
    vp = vp if isinstance(vp, dict) else {}
    width, height = (_int(vp.get("width")), _int(vp.get("height")))
    device = header.get("device")
    duration = header.get("duration_ms")
    extra = header.get("extra")
    extra = {str(k): str(v) for k, v in extra.items()} if isinstance(extra, dict) else {}
    outcome = header.get("outcome")  # docs/insights.md "Outcomes"
    if isinstance(outcome, dict):
        for key in ("converted", "value", "currency"):
            if outcome.get(key) is not None:
                extra[f"outcome.{key}"] = (
                    str(outcome[key]).lower() if key == "converted" else str(outcome[key])
                )
    return acc.b.build(
        origin_ms=0,
        fmt=NAME,
        path=path,
        device=Device(device)
        if isinstance(device, str) and device in _DEVICES
        else Device.UNKNOWN,
        viewport=(width, height),
        started_at_ms=_started_at(header.get("started_at"), path=path),
        duration_ms=_int(duration) if duration is not None else acc.max_t - acc.min_t,
        title=str(header.get("title") or ""),
        extra=extra,
    )


def _int(value: Any) -> int:
    return int(value) if isinstance(value, int | float) and math.isfinite(value) else 0


def _started_at(value: Any, *, path: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return int(value)
    if isinstance(value, str):
        try:
            when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise ImportFailed(
                path, "line 1", f"started_at is not ISO 8601: {value[:40]!r}"
            ) from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        return round(when.timestamp() * 1000)
    raise ImportFailed(path, "line 1", "started_at must be ISO 8601 text or epoch ms")


class _Reader:
    """Fold native event objects into a builder, with the shared repair rules."""

    def __init__(self, builder: SessionBuilder) -> None:
        self.b = builder
        self.events = 0
        self.min_t = self.max_t = 0
        self.unknown: Counter[str] = Counter()
        self.node_keys: dict[str, int] = {}

    def num(self, value: Any, default: float | None = None) -> float | None:
        if value is None:
            return default
        if isinstance(value, bool):
            return None
        if isinstance(value, int | float):
            return value
        if isinstance(value, str):
            try:
                number = float(value)
            except ValueError:
                return None
            self.b.report.repair("numeric_string")
            return number
        return None

    def target(self, value: Any) -> int:
        if value is None:
            return -1
        if isinstance(value, int) and not isinstance(value, bool):
            return value if 0 <= value < len(self.b.nodes) else -1
        if isinstance(value, dict):  # an inline node: interned by its content
            key = json.dumps(value, sort_keys=True, ensure_ascii=False)
            if key not in self.node_keys:
                self.node_keys[key] = self.b.add_node(_node(value))
            return self.node_keys[key]
        return -1

    def feed(self, ev: Any) -> None:
        if not isinstance(ev, dict):
            self.b.report.drop("event_not_object")
            return
        kind = ev.get("type")
        if kind == "node":
            self.b.add_node(_node(ev))
            return
        channel = EVENT_CHANNEL.get(kind) if isinstance(kind, str) else None
        if channel is None:
            self.unknown[str(kind)[:30]] += 1
            return
        t = self.num(ev.get("t_ms"))
        if t is None or not math.isfinite(t) or abs(t) > 1e13:
            self.b.report.drop("missing_field" if ev.get("t_ms") is None else "wrong_type")
            return
        try:
            values = self._row(channel, str(kind), ev)
        except (TypeError, ValueError, KeyError, OverflowError):
            self.b.report.drop("malformed_event")
            return
        if values is None:
            self.b.report.drop("missing_field")
            return
        self.b.enable(channel)
        t_ms = round(t)
        try:
            self.b.add(channel, t_ms, *values)
        except (TypeError, ValueError, OverflowError):  # e.g. an id past int64 (fuzzing)
            self.b.report.drop("malformed_event")
            return  # a dropped event is not a valid event, and its time is not the session's
        self.min_t = t_ms if self.events == 0 else min(self.min_t, t_ms)
        self.max_t = t_ms if self.events == 0 else max(self.max_t, t_ms)
        self.events += 1

    def _row(self, channel: str, kind: str, ev: dict[str, Any]) -> tuple[float, ...] | None:
        num, tgt = self.num, self.target
        if channel == "pointer":
            x, y = num(ev.get("x")), num(ev.get("y"))
            return (
                None if x is None or y is None else (x, y, _POINTER[kind], tgt(ev.get("target")))
            )
        if channel == "interactions":
            x, y = num(ev.get("x"), math.nan), num(ev.get("y"), math.nan)
            pointer = _PTR.get(str(ev.get("pointer", "touch" if kind == "tap" else "unknown")), -1)
            ikind = InteractionKind.CLICK if kind == "tap" else _INTER[kind]
            button = _BTN.get(str(ev.get("button", "unknown")), -1)
            return (
                math.nan if x is None else x,
                math.nan if y is None else y,
                ikind,
                pointer,
                button,
                tgt(ev.get("target")),
            )
        if channel == "scroll":
            x, y = num(ev.get("x"), 0.0), num(ev.get("y"))
            return None if x is None or y is None else (x, y, tgt(ev.get("target")))
        if channel == "viewport":
            w, h = num(ev.get("width")), num(ev.get("height"))
            return None if w is None or h is None else (round(w), round(h))
        if channel == "orientation":
            angle = num(ev.get("angle_deg"))
            return None if angle is None else (angle,)
        if channel == "inputs":
            target = ev.get("target", ev.get("field"))
            checked, user = ev.get("checked"), ev.get("user")
            return (
                tgt(target),
                int(num(ev.get("length"), 0) or 0),
                int(checked) if isinstance(checked, bool) else -1,
                int(user) if isinstance(user, bool) else -1,
            )
        if channel == "mutations":
            counts = [
                int(num(ev.get(k), 0) or 0) for k in ("adds", "removes", "attributes", "texts")
            ]
            return tuple(counts)
        if channel == "selections":
            return (int(num(ev.get("ranges"), 1) or 0),)
        if channel == "navigation":
            url = ev.get("url")
            nav = _NAV.get(str(ev.get("kind", "load")), NavigationKind.LOAD)
            return None if not isinstance(url, str) else (self.b.intern(url), nav)
        if channel == "console":
            level = _LVL.get(str(ev.get("level", "log")).lower(), LogLevel.LOG)
            return (level, self.b.intern(str(ev.get("message", ""))))
        if channel == "custom":
            text = ev.get("payload_text")
            if not isinstance(text, str):
                text = json.dumps(ev.get("payload"), ensure_ascii=False, separators=(",", ":"))
            return (self.b.intern(str(ev.get("tag", ""))), self.b.intern(text))
        if channel == "media":
            return (int(num(ev.get("kind"), 0) or 0), tgt(ev.get("target")))
        return None


def _node(data: dict[str, Any]) -> Node:
    fields = {k: v for k, v in data.items() if k in _NODE_FIELDS}
    if "id" in data and "dom_id" not in fields:
        fields["dom_id"] = data["id"]
    types: dict[str, Callable[[Any], Any]] = {
        "text_entry": bool,
        "interactive": bool,
        "styled": bool,
        "page": int,
        "rrweb_id": int,
    }
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        try:
            clean[key] = types.get(key, str)(value)
        except (TypeError, ValueError, OverflowError):
            continue  # a bad field keeps its default; the node (and its index) stays
    return Node(**clean)


# -- export ------------------------------------------------------------------------------------
_CHANNEL_ORDER = {name: i for i, name in enumerate(CHANNEL_NAMES)}


def dump_native(session: Session, fileobj: IO[str]) -> None:
    """Write ``session`` as native JSONL to a text file (UTF-8, LF line ends).

    Rows of all channels are merged in time order (ties: channel order, then row order),
    so reading the file back gives the same channels, nodes and metadata.
    """
    meta = session.meta
    started = meta.started_at_ms
    header: dict[str, Any] = {
        "replay": "native",
        "version": VERSION,
        "device": str(meta.device),
        "viewport": {"width": meta.viewport_width_px, "height": meta.viewport_height_px},
        "started_at": None if started is None else _iso(started),
        "duration_ms": meta.duration_ms,
        "source": meta.source,
        "title": meta.title,
        "recorded_format": meta.format,
        "extra": dict(meta.extra),
        "channels": list(session.channels),
    }
    write = fileobj.write
    write(_line(header))
    for node in session.nodes:
        write(_line({"type": "node", **node.to_json()}))
    keys = [(name, i) for name, ch in session.channels.items() for i in range(len(ch))]
    if not keys:
        return
    times = np.concatenate([ch.t_ms for ch in session.channels.values()])
    order_ch = np.concatenate(
        [np.full(len(ch), _CHANNEL_ORDER[n]) for n, ch in session.channels.items()]
    )
    rows = np.concatenate([np.arange(len(ch)) for ch in session.channels.values()])
    for k in np.lexsort((rows, order_ch, times)).tolist():
        name, row = keys[k]
        write(_line(_event(session, name, row)))


def _iso(epoch_ms: int) -> str:
    when = dt.datetime.fromtimestamp(epoch_ms / 1000, tz=dt.UTC)
    return when.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"


def _xy(value: float) -> float | int | None:
    if math.isnan(value):
        return None
    return int(value) if value == int(value) else value


def _event(s: Session, name: str, row: int) -> dict[str, Any]:
    c = {k: v[row].item() for k, v in s.channels[name].columns.items()}
    ev: dict[str, Any] = {"t_ms": c["t_ms"]}
    if name == "pointer":
        ev |= {
            "type": PointerKind(c["kind"]).name.lower(),
            "x": _xy(c["x_px"]),
            "y": _xy(c["y_px"]),
        }
    elif name == "interactions":
        ev |= {
            "type": InteractionKind(c["kind"]).name.lower(),
            "x": _xy(c["x_px"]),
            "y": _xy(c["y_px"]),
            "pointer": PointerType(c["pointer"]).name.lower(),
            "button": Button(c["button"]).name.lower(),
        }
    elif name == "scroll":
        ev |= {"type": "scroll", "x": _xy(c["x_px"]), "y": _xy(c["y_px"])}
    elif name == "viewport":
        ev |= {"type": "viewport", "width": c["width_px"], "height": c["height_px"]}
    elif name == "orientation":
        ev |= {"type": "orientation", "angle_deg": _xy(c["angle_deg"])}
    elif name == "inputs":
        ev |= {"type": "input", "length": c["length"]}
        if c["checked"] >= 0:
            ev["checked"] = bool(c["checked"])
        if c["user"] >= 0:
            ev["user"] = bool(c["user"])
    elif name == "mutations":
        ev |= {"type": "mutation"} | {k: c[k] for k in ("adds", "removes", "attributes", "texts")}
    elif name == "selections":
        ev |= {"type": "selection", "ranges": c["ranges"]}
    elif name == "navigation":
        ev |= {
            "type": "navigate",
            "url": s.string(c["url"]),
            "kind": NavigationKind(c["kind"]).name.lower(),
        }
    elif name == "console":
        ev |= {
            "type": "console",
            "level": LogLevel(c["level"]).name.lower(),
            "message": s.string(c["message"]),
        }
    elif name == "custom":
        ev |= {"type": "custom", "tag": s.string(c["tag"]), **_payload(s.string(c["payload"]))}
    elif name == "media":
        ev |= {"type": "media", "kind": c["kind"]}
    if "target" in c and c["target"] >= 0:
        ev["target"] = c["target"]
    return ev


def _payload(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {"payload_text": text}
    if json.dumps(value, ensure_ascii=False, separators=(",", ":")) == text:
        return {"payload": value}
    return {"payload_text": text}
