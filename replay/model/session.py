"""The session model: one recorded session as sorted, read-only columnar numpy arrays.

One time base everywhere: ``t_ms`` is int64 milliseconds since the session's first
event (for rrweb, ``events[0].timestamp``); the epoch time of that first event is kept
once, in :attr:`SessionMeta.started_at_ms`. Every column carries its unit in its name.

Everything timed is a :class:`Channel` (a table of equal-length numpy columns sorted by
``t_ms``). Text (URLs, console messages, custom-event tags and payloads) is interned in
:attr:`Session.strings` and referenced by index, so every channel stays numeric and
stores as a few blobs. Click and input targets index :attr:`Session.nodes`.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from replay.model.channels import CHANNEL_SCHEMAS, ChannelName
from replay.model.chunked import ChunkedColumns, column_chunks
from replay.model.page import PageRecord


class InteractionKind(enum.IntEnum):
    """Kinds of the ``interactions`` channel: rrweb's MouseInteractions numbering (SIGNALS.md 4)."""

    MOUSE_UP = 0
    MOUSE_DOWN = 1
    CLICK = 2
    CONTEXT_MENU = 3
    DBL_CLICK = 4
    FOCUS = 5
    BLUR = 6
    TOUCH_START = 7
    TOUCH_END = 9
    TOUCH_CANCEL = 10


class PointerType(enum.IntEnum):
    """``interactions.pointer``: rrweb's PointerTypes, plus UNKNOWN."""

    UNKNOWN = -1
    MOUSE = 0
    PEN = 1
    TOUCH = 2
    KEYBOARD = 3  # ours: a click made with Enter/Space (rrweb records it at x = y = 0)


class PointerKind(enum.IntEnum):
    """``pointer.kind``: what produced a pointer position."""

    MOVE = 0
    TOUCH = 1
    DRAG = 2


class Button(enum.IntEnum):
    """``interactions.button``: which mouse button (mouse logs); UNKNOWN for rrweb."""

    UNKNOWN = -1
    LEFT = 0
    MIDDLE = 1
    RIGHT = 2


class NavigationKind(enum.IntEnum):
    """``navigation.kind``: how the page URL became known."""

    LOAD = 0  # rrweb Meta event (page load or recorder checkout)
    PAGEVIEW = 1  # a custom $pageview-like event
    HISTORY = 2  # SPA history change (custom event or native format)


class LogLevel(enum.IntEnum):
    """``console.level``."""

    DEBUG = 0
    LOG = 1
    INFO = 2
    WARN = 3
    ERROR = 4


class Device(enum.StrEnum):
    """The kind of device a session was recorded on."""

    DESKTOP = "desktop"
    MOBILE = "mobile"
    TABLET = "tablet"
    UNKNOWN = "unknown"


ColumnArray = npt.NDArray[Any]


@dataclass(frozen=True, slots=True)
class Channel:
    """A table of equal-length, read-only numpy columns sorted by ``t_ms``.

    Build it with :meth:`from_columns`, which checks the schema in
    :data:`replay.model.channels.CHANNEL_SCHEMAS`, casts, and freezes the arrays.
    """

    name: str
    columns: Mapping[str, ColumnArray]

    @classmethod
    def from_columns(cls, name: ChannelName, **columns: npt.ArrayLike) -> Channel:
        """Build a channel, casting each column to its schema dtype.

        Parameters
        ----------
        name : str
            A key of ``CHANNEL_SCHEMAS``.
        **columns : array-like
            Every column of that schema, all of one length; ``t_ms`` must be sorted.

        Raises
        ------
        ValueError
            On an unknown channel, a missing/extra column, unequal lengths or unsorted ``t_ms``.
        """
        schema = CHANNEL_SCHEMAS.get(name)
        if schema is None:
            raise ValueError(f"unknown channel {name!r}")
        if set(columns) != set(schema):
            raise ValueError(
                f"channel {name!r} needs columns {sorted(schema)}, got {sorted(columns)}"
            )
        cast: dict[str, ColumnArray] = {}
        length: int | None = None
        for col, dtype in schema.items():
            arr = np.ascontiguousarray(np.asarray(columns[col]), dtype=dtype)
            if arr.ndim != 1:
                raise ValueError(f"channel {name!r} column {col!r} must be 1-D")
            if length is None:
                length = len(arr)
            elif len(arr) != length:
                raise ValueError(
                    f"channel {name!r}: column {col!r} has {len(arr)} rows, not {length}"
                )
            arr.flags.writeable = False
            cast[col] = arr
        t = cast["t_ms"]
        if len(t) > 1 and bool(np.any(t[1:] < t[:-1])):
            raise ValueError(f"channel {name!r}: t_ms is not sorted")
        return cls(name=name, columns=cast)

    @classmethod
    def empty(cls, name: ChannelName) -> Channel:
        """Return a channel of ``name`` with no rows."""
        schema = CHANNEL_SCHEMAS[name]
        return cls.from_columns(name, **{c: np.empty(0, dtype=d) for c, d in schema.items()})

    def __len__(self) -> int:
        cols = self.columns
        if type(cols) is ChunkedColumns:  # a big import's channel: not loaded to count it
            return cols.rows
        return len(cols["t_ms"])

    def __getitem__(self, column: str) -> ColumnArray:
        return self.columns[column]

    @property
    def t_ms(self) -> npt.NDArray[np.int64]:
        """(N,) int64 ms since session start."""
        return self.columns["t_ms"]

    def mask(self, keep: npt.NDArray[np.bool_]) -> Channel:
        """Return the rows where ``keep`` is true, as a new channel."""
        return Channel.from_columns(
            self.name,  # type: ignore[arg-type]
            **{c: a[keep] for c, a in self.columns.items()},
        )

    def window(self, start_ms: int, end_ms: int) -> Channel:
        """Return the rows with ``start_ms <= t_ms < end_ms`` (binary search, no copy of the rest)."""
        lo, hi = np.searchsorted(self.t_ms, [start_ms, end_ms], side="left")
        return Channel(
            name=self.name, columns={c: a[int(lo) : int(hi)] for c, a in self.columns.items()}
        )


@dataclass(frozen=True, slots=True)
class Node:
    """A DOM node that events point at, resolved from the FullSnapshot and mutations.

    Attributes
    ----------
    tag : str
        Lower-case tag name ("button", "input", "div"), "" when unknown.
    dom_id : str
        The element's ``id`` attribute, "" if none.
    classes : str
        The ``class`` attribute, "" if none.
    label : str
        A short human label (text content, aria-label, alt, title, placeholder),
        at most 60 characters. Never the value of a form field.
    input_type : str
        ``type`` attribute for inputs/buttons, ``role`` for others, "" if none.
    text_entry : bool
        True for text-like inputs, textarea, select and contenteditable: targets that
        never respond visibly to a click by design (excluded from dead clicks).
    interactive : bool
        True for links, buttons, inputs, summary, label, [role=button|link|tab|...], and
        elements with an onclick attribute.
    page : int
        Which page load (0-based FullSnapshot epoch) the node belongs to; rrweb node ids
        restart with every page load.
    rrweb_id : int
        The node id inside its page, as recorded.
    href : str
        ``href`` of links (never followed), "" otherwise.
    cue : str
        Why a click here would be expected to do something, "" when nothing says so:
        a control on the way up ("button", "link", "role=tab"), the stylesheet's cursor
        ("cursor: pointer") or link styling. Dead clicks need an expectation (issue 15).
    styled : bool
        True when the page's stylesheets were recorded, so a missing cursor cue means
        something; False (older imports, recorders without inlined CSS) = unknown.
    """

    tag: str = ""
    dom_id: str = ""
    classes: str = ""
    label: str = ""
    input_type: str = ""
    text_entry: bool = False
    interactive: bool = False
    page: int = 0
    rrweb_id: int = -1
    href: str = ""
    cue: str = ""
    styled: bool = False

    def describe(self) -> str:
        """Return a short CSS-like description, e.g. ``button#add-p2 "Add to cart"``."""
        text = self.tag or "node"
        if self.dom_id:
            text += f"#{self.dom_id}"
        elif self.classes:
            text += "." + ".".join(self.classes.split()[:2])
        if self.label:
            text += f' "{self.label}"'
        return text

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-able dict of this node."""
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Node:
        """Rebuild a node from :meth:`to_json` output (unknown keys are ignored)."""
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(slots=True)
class ImportReport:
    """What an importer repaired or dropped in an otherwise good file.

    ``repaired`` and ``dropped`` map a documented rule name (e.g. ``"coordinate_out_of_range"``)
    to how many rows it touched. ``notes`` are extra one-line facts (e.g. "12 events of
    unknown type ignored").
    """

    repaired: dict[str, int] = field(default_factory=dict)
    dropped: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def repair(self, rule: str, count: int = 1) -> None:
        """Count ``count`` rows repaired by ``rule``."""
        if count:
            self.repaired[rule] = self.repaired.get(rule, 0) + int(count)

    def drop(self, rule: str, count: int = 1) -> None:
        """Count ``count`` rows dropped by ``rule``."""
        if count:
            self.dropped[rule] = self.dropped.get(rule, 0) + int(count)

    @property
    def total_repaired(self) -> int:
        """Rows repaired, all rules."""
        return sum(self.repaired.values())

    @property
    def total_dropped(self) -> int:
        """Rows dropped, all rules."""
        return sum(self.dropped.values())

    def is_clean(self) -> bool:
        """Return True when nothing was repaired or dropped."""
        return not self.repaired and not self.dropped

    def summary(self) -> str:
        """Return one line: ``repaired 3 (rule: n, ...); dropped 2 (rule: n)``, or ``clean``."""
        parts = []
        if self.repaired:
            detail = ", ".join(f"{k}: {v}" for k, v in sorted(self.repaired.items()))
            parts.append(f"repaired {self.total_repaired} rows ({detail})")
        if self.dropped:
            detail = ", ".join(f"{k}: {v}" for k, v in sorted(self.dropped.items()))
            parts.append(f"dropped {self.total_dropped} rows ({detail})")
        return "; ".join(parts) if parts else "clean"

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {
            "repaired": dict(self.repaired),
            "dropped": dict(self.dropped),
            "notes": list(self.notes),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ImportReport:
        """Rebuild from :meth:`to_json` output."""
        return cls(
            repaired={str(k): int(v) for k, v in dict(data.get("repaired", {})).items()},
            dropped={str(k): int(v) for k, v in dict(data.get("dropped", {})).items()},
            notes=[str(n) for n in data.get("notes", [])],
        )


@dataclass(frozen=True, slots=True)
class SessionMeta:
    """Session-level facts, the ones the library lists and filters by.

    Attributes
    ----------
    source : str
        The file path as the user gave it.
    format : str
        ``"rrweb"``, ``"mouselog"`` (Balabit-like CSV) or ``"native"``.
    device : Device
        Desktop, mobile, tablet or unknown.
    viewport_width_px, viewport_height_px : int
        The first known viewport (for mouse logs: the screen area the cursor covers).
    started_at_ms : int or None
        Epoch ms of the first event, None when the recording has no wall clock.
    duration_ms : int
        Last event time minus first event time.
    content_hash : str
        SHA-256 hex of the file's (decompressed) bytes: re-imports are recognised by it.
    title : str
        A short display name (the file's name by default).
    extra : Mapping[str, str]
        Format-specific facts (e.g. ``{"user": "user7"}`` for Balabit), shown in ``info``.
    """

    source: str
    format: str
    device: Device
    viewport_width_px: int
    viewport_height_px: int
    started_at_ms: int | None
    duration_ms: int
    content_hash: str
    title: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Session:
    """One recorded session: metadata, channels, interned strings, nodes and import report."""

    meta: SessionMeta
    channels: Mapping[str, Channel]
    strings: tuple[str, ...] = ()
    nodes: tuple[Node, ...] = ()
    report: ImportReport = field(default_factory=ImportReport)
    #: The recorded web page (rrweb only; loaded on demand by ``Library.load_page``).
    page: PageRecord | None = None

    def channel(self, name: ChannelName) -> Channel:
        """Return channel ``name``, or an empty one if the recording has none."""
        ch = self.channels.get(name)
        return ch if ch is not None else Channel.empty(name)

    def has(self, name: ChannelName) -> bool:
        """Return True when the recording *can* carry channel ``name`` (it may still be empty).

        Detectors use this to say "cannot be computed" rather than report zero: a mouse
        log has no DOM, so it has no ``mutations`` channel at all.
        """
        return name in self.channels

    def counts(self) -> dict[str, int]:
        """Return rows per channel, plus ``clicks`` (CLICK interactions)."""
        out = {name: len(ch) for name, ch in self.channels.items()}
        inter = self.channels.get("interactions")
        out["clicks"] = (
            sum(
                int(np.count_nonzero(kind == InteractionKind.CLICK))
                for kind in column_chunks(inter.columns, "kind")
            )
            if inter
            else 0
        )
        return out

    @property
    def event_count(self) -> int:
        """Total rows over all channels."""
        return sum(len(ch) for ch in self.channels.values())

    def string(self, index: int) -> str:
        """Return interned string ``index`` ("" for -1)."""
        return self.strings[index] if 0 <= index < len(self.strings) else ""

    def node(self, index: int) -> Node | None:
        """Return node ``index`` or None for -1 / out of range."""
        return self.nodes[index] if 0 <= index < len(self.nodes) else None
