"""The channel schemas: every timed thing a session holds, as named numpy columns.

A channel that a format cannot carry at all is *absent* from the session (not empty), so
detectors can say "cannot be computed from this recording" instead of reporting zero.

| channel | columns | rows are |
|---|---|---|
| pointer | t_ms, x_px, y_px, kind (PointerKind), target (node index or -1) | cursor / touch / drag positions (client px) |
| interactions | t_ms, x_px, y_px (NaN if unknown), kind (InteractionKind), pointer (PointerType), button (Button), target | mouse downs/ups, clicks, taps, focus, blur |
| scroll | t_ms, x_px, y_px, target | scroll offsets of one scroll target (document or element) |
| viewport | t_ms, width_px, height_px | viewport size over time (a width/height swap is a rotation) |
| orientation | t_ms, angle_deg | screen orientation angle (0, 90, 180, 270) when the recorder has it |
| inputs | t_ms, target, length, checked (-1 n/a, 0, 1), user (-1 unknown, 0, 1) | form input activity: text *length* only, never the text |
| mutations | t_ms, adds, removes, attributes, texts | DOM mutation batches, counted per event |
| selections | t_ms, ranges | text selection changes |
| navigation | t_ms, url (string index), kind (NavigationKind) | page URL changes |
| console | t_ms, level (LogLevel), message (string index) | console plugin entries |
| custom | t_ms, tag (string index), payload (string index, JSON text) | custom events, kept as recorded (e.g. orientation sensor readings) |
| media | t_ms, kind (rrweb MediaInteractions), target | play/pause/seek on media elements |
"""

from __future__ import annotations

from typing import Literal

import numpy as np

ChannelName = Literal[
    "pointer",
    "interactions",
    "scroll",
    "viewport",
    "orientation",
    "inputs",
    "mutations",
    "selections",
    "navigation",
    "console",
    "custom",
    "media",
]

_T = np.dtype(np.int64)
_XY = np.dtype(np.float32)
_I32 = np.dtype(np.int32)
_I8 = np.dtype(np.int8)
_U8 = np.dtype(np.uint8)

CHANNEL_SCHEMAS: dict[str, dict[str, np.dtype[np.generic]]] = {
    "pointer": {"t_ms": _T, "x_px": _XY, "y_px": _XY, "kind": _U8, "target": _I32},
    "interactions": {
        "t_ms": _T,
        "x_px": _XY,
        "y_px": _XY,
        "kind": _U8,
        "pointer": _I8,
        "button": _I8,
        "target": _I32,
    },
    "scroll": {"t_ms": _T, "x_px": _XY, "y_px": _XY, "target": _I32},
    "viewport": {"t_ms": _T, "width_px": _I32, "height_px": _I32},
    "orientation": {"t_ms": _T, "angle_deg": _XY},
    "inputs": {"t_ms": _T, "target": _I32, "length": _I32, "checked": _I8, "user": _I8},
    "mutations": {"t_ms": _T, "adds": _I32, "removes": _I32, "attributes": _I32, "texts": _I32},
    "selections": {"t_ms": _T, "ranges": _I32},
    "navigation": {"t_ms": _T, "url": _I32, "kind": _U8},
    "console": {"t_ms": _T, "level": _U8, "message": _I32},
    "custom": {"t_ms": _T, "tag": _I32, "payload": _I32},
    "media": {"t_ms": _T, "kind": _U8, "target": _I32},
}

CHANNEL_NAMES: tuple[str, ...] = tuple(CHANNEL_SCHEMAS)

#: Coordinates and sizes beyond this magnitude are absurd and repaired/dropped by importers
#: (Balabit has 65535s). 20 000 px covers 8K screens and long pages' scroll offsets are
#: bounded separately.
MAX_COORD_PX = 20_000.0
#: Scroll offsets may be large on long pages, but not beyond this.
MAX_SCROLL_PX = 10_000_000.0
