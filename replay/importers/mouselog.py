"""Mouse-log CSV importer ("mouselog"): the Balabit Mouse Dynamics Challenge layout.

Header ``record timestamp,client timestamp,button,state,x,y``; times in seconds since the
session start (we use the client timestamp); button NoButton/Left/Right/Scroll/XButton;
state Move/Drag/Pressed/Released/Up/Down; x, y screen pixels. What each row becomes:

- NoButton Move -> ``pointer`` MOVE; NoButton Drag -> ``pointer`` DRAG.
- Pressed/Released -> ``interactions`` MOUSE_DOWN/MOUSE_UP with the button. A release whose
  previous row of the same button is a press also gives, at the release time and place, a
  CLICK (left button) or CONTEXT_MENU (right button: what a browser fires for it); other
  buttons give no click.
- Scroll Down/Up -> one ``scroll`` row per wheel row: y moves by +/- :data:`WHEEL_STEP_PX`
  (100 px, the desktop step in the rrweb data), cumulative from 0, x = 0; may go negative
  (the log does not know the page).
- ``viewport``: one row at t=0, the smallest common screen size that holds the 99.9th
  percentile of the cursor's x and y (65535 glitches ignored).
"""

from __future__ import annotations

import csv
import re
from pathlib import PurePath
from typing import IO

import numpy as np
import numpy.typing as npt

from replay.errors import ImportFailed
from replay.importers._builder import SessionBuilder
from replay.importers._csv_bulk import parse_bulk
from replay.importers._csv_parse import parse_fast, parse_tolerant
from replay.model.channels import MAX_COORD_PX
from replay.model.session import (
    Button,
    Device,
    ImportReport,
    InteractionKind,
    PointerKind,
    PointerType,
    Session,
)

NAME = "mouselog"
HEADER = ("record timestamp", "client timestamp", "button", "state", "x", "y")
WHEEL_STEP_PX = 100.0
#: Rows later than this (about 31 years) are absurd.
MAX_T_MS = 10**12
SCREENS_PX = (
    (800, 600), (1024, 768), (1280, 720), (1280, 800), (1280, 1024), (1366, 768),
    (1440, 900), (1600, 900), (1600, 1200), (1680, 1050), (1920, 1080), (1920, 1200),
    (2560, 1080), (2560, 1440), (2560, 1600), (3440, 1440), (3840, 2160),
)  # fmt: skip
_USER = re.compile(r"^user\d+$")
_NAMED_USER = re.compile(r"^balabit-(user\d+)-")


def sniff(head: bytes) -> bool:
    """Return True when the first line is the mouse-log header."""
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0].lower()
    # Quoted header cells ("record timestamp",...) are the same CSV (csv.QUOTE_ALL).
    return first.replace(b'"', b"").startswith(b"record timestamp,client timestamp")


def load(
    data: bytes | IO[bytes], *, path: str, report: ImportReport, check: object = None
) -> Session:
    """Import one mouse-log CSV (read whole: these logs are a few MB).

    Raises
    ------
    ImportFailed
        A bad header, undecodable bytes, or no valid rows.
    """
    raw = data if isinstance(data, bytes) else data.read()
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    newline = raw.find(b"\n")
    header, body_at = (raw, len(raw)) if newline < 0 else (raw[:newline], newline + 1)
    fields = tuple(
        f.strip().strip('"').strip().lower() for f in header.decode("latin-1").split(",")
    )
    if fields[:6] != HEADER:
        raise ImportFailed(path, "line 1", f"header is not {','.join(HEADER)}")
    # Three parsers, fastest first; each later one accepts more, all agree where they
    # overlap (tests/importers/test_mouselog_bulk.py): bulk (the common clean file, read
    # in place: no copy of the body), fast (any plain-decimal clean file), tolerant
    # (anything, with counted repairs).
    crlf = raw.find(b"\r", body_at) >= 0
    parsed = None if crlf else parse_bulk(raw, start=body_at)
    if parsed is not None:
        return _session(parsed, path=path, report=report)
    body = raw[body_at:]
    if crlf:
        body = body.replace(b"\r\n", b"\n")
        parsed = parse_bulk(body)
    if parsed is None and body.strip():
        parsed = parse_fast(body)
    if parsed is None:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = body.count(b"\n", 0, exc.start) + 2
            raise ImportFailed(path, f"line {line}", "not UTF-8 text") from None
        try:
            parsed = parse_tolerant(text, report=report)
        except csv.Error as exc:  # e.g. a bare CR inside a field (found by fuzzing)
            raise ImportFailed(path, "", f"malformed CSV: {exc}") from None
    return _session(parsed, path=path, report=report)


def _session(parsed: Arrays, *, path: str, report: ImportReport) -> Session:
    """Build the session from the parsed rows (t_ms, code, x, y)."""
    t_ms, code, x, y = parsed
    t_ms, code, x, y = _fix_times(t_ms, code, x, y, report=report)
    if len(t_ms) == 0:
        raise ImportFailed(path, "", "no valid events (no usable rows after the header)")
    builder = SessionBuilder(("pointer", "interactions", "scroll", "viewport"), report=report)
    _fill(builder, t_ms, code, x, y)
    viewport = _screen(x[code <= 5], y[code <= 5])
    builder.add("viewport", int(t_ms[0]), *viewport)
    parent = PurePath(path).parent.name
    named = _NAMED_USER.match(PurePath(path).name)  # e.g. resources/demo/balabit-user29-...
    user = parent if _USER.match(parent) else (named.group(1) if named else "")
    return builder.build(
        origin_ms=int(t_ms[0]),
        fmt=NAME,
        path=path,
        device=Device.DESKTOP,
        viewport=viewport,
        started_at_ms=None,
        duration_ms=int(t_ms[-1] - t_ms[0]),
        title=f"{user}/{PurePath(path).name}" if user else PurePath(path).name,
        extra={"user": user} if user else {},
    )


Arrays = tuple[
    npt.NDArray[np.int64], npt.NDArray[np.int8], npt.NDArray[np.float64], npt.NDArray[np.float64]
]


def _fix_times(
    t_ms: npt.NDArray[np.int64],
    code: npt.NDArray[np.int8],
    x: npt.NDArray[np.float64],
    y: npt.NDArray[np.float64],
    *,
    report: ImportReport,
) -> Arrays:
    """Drop absurd times, stable-sort rows out of order (counted), note repeated times."""
    bad = (t_ms < 0) | (t_ms > MAX_T_MS)
    if bad.any():
        report.drop("timestamp_out_of_range", int(bad.sum()))
        keep = ~bad
        t_ms, code, x, y = t_ms[keep], code[keep], x[keep], y[keep]
    if len(t_ms) > 1:
        late = t_ms[1:] < np.maximum.accumulate(t_ms)[:-1]
        if late.any():
            report.repair("timestamp_out_of_order", int(late.sum()))
            order = np.argsort(t_ms, kind="stable")
            t_ms, code, x, y = t_ms[order], code[order], x[order], y[order]
        repeated = int(np.count_nonzero(t_ms[1:] == t_ms[:-1]))
        if repeated:
            report.notes.append(f"{repeated} rows repeat the previous row's time (kept)")
    return t_ms, code, x, y


def _fill(
    b: SessionBuilder,
    t_ms: npt.NDArray[np.int64],
    code: npt.NDArray[np.int8],
    x: npt.NDArray[np.float64],
    y: npt.NDArray[np.float64],
) -> None:
    moving = code <= 1
    n = int(moving.sum())
    b.extend(
        "pointer",
        t_ms=t_ms[moving],
        x_px=x[moving],
        y_px=y[moving],
        kind=np.where(code[moving] == 1, PointerKind.DRAG, PointerKind.MOVE),
        target=np.full(n, -1),
    )
    wheel = (code == 6) | (code == 7)
    steps = np.where(code[wheel] == 7, WHEEL_STEP_PX, -WHEEL_STEP_PX)
    b.extend(
        "scroll",
        t_ms=t_ms[wheel],
        x_px=np.zeros(len(steps)),
        y_px=np.cumsum(steps),
        target=np.full(len(steps), -1),
    )
    press = (code >= 2) & ~wheel & ~moving
    pc = code[press]
    button = np.select(
        [pc <= 3, pc <= 5, pc >= 10], [Button.LEFT, Button.RIGHT, Button.MIDDLE], Button.UNKNOWN
    )
    down = pc % 2 == 0  # even codes are presses
    kind = np.where(down, InteractionKind.MOUSE_DOWN, InteractionKind.MOUSE_UP)
    # A click: a release whose previous row of the same button is a press (stable by button).
    order = np.argsort(button, kind="stable")
    sb, sd = button[order], down[order]
    click_sorted = np.zeros(len(order), dtype=bool)
    click_sorted[1:] = ~sd[1:] & sd[:-1] & (sb[1:] == sb[:-1])
    click = np.zeros(len(order), dtype=bool)
    click[order] = click_sorted
    click &= (button == Button.LEFT) | (button == Button.RIGHT)
    click_kind = np.where(
        button == Button.RIGHT, InteractionKind.CONTEXT_MENU, InteractionKind.CLICK
    )
    tp, xp, yp = t_ms[press], x[press], y[press]
    m = len(pc)
    b.extend(
        "interactions",
        t_ms=np.concatenate((tp, tp[click])),
        x_px=np.concatenate((xp, xp[click])),
        y_px=np.concatenate((yp, yp[click])),
        kind=np.concatenate((kind, click_kind[click])),
        pointer=np.full(m + int(click.sum()), PointerType.MOUSE),
        button=np.concatenate((button, button[click])),
        target=np.full(m + int(click.sum()), -1),
    )


def _screen(x: npt.NDArray[np.float64], y: npt.NDArray[np.float64]) -> tuple[int, int]:
    """Return the smallest common screen size holding the 99.9th percentile of x and y."""
    ok = (x >= 0) & (y >= 0) & (x <= MAX_COORD_PX) & (y <= MAX_COORD_PX)
    if not ok.any():
        return (0, 0)
    px = float(np.percentile(x[ok], 99.9))
    py = float(np.percentile(y[ok], 99.9))
    for width, height in SCREENS_PX:
        if px < width and py < height:
            return (width, height)
    return (int(np.ceil((px + 1) / 100) * 100), int(np.ceil((py + 1) / 100) * 100))
