"""Parse Balabit-like mouse-log CSV into columns: a vectorised fast path and a tolerant one.

Fast path: the body is viewed as a numpy byte array; line and comma positions give every
field's span, the two label fields are matched as 8-byte words, and numbers are parsed
digit by digit in a (rows x width) matrix. It takes clean files only (6 fields a row, known
labels, plain decimals) and returns None otherwise, so the tolerant ``csv`` path handles
anything odd with per-row repairs. Both turn the time text into milliseconds with the same
exact decimal rule (round half up on the digit after the milliseconds), so they agree.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

import numpy as np
import numpy.typing as npt

from replay.model.session import ImportReport

# Row codes (button, state) -> code; docs/formats.md "Mouse-log CSV" lists what each becomes.
CODES: dict[tuple[str, str], int] = {
    ("NoButton", "Move"): 0,
    ("NoButton", "Drag"): 1,
    ("Left", "Pressed"): 2,
    ("Left", "Released"): 3,
    ("Right", "Pressed"): 4,
    ("Right", "Released"): 5,
    ("Scroll", "Up"): 6,
    ("Scroll", "Down"): 7,
    ("XButton", "Pressed"): 8,
    ("XButton", "Released"): 9,
    ("Middle", "Pressed"): 10,
    ("Middle", "Released"): 11,
}
MAX_FIELD_CHARS = 24
_BUTTONS = sorted({b for b, _ in CODES})
_STATES = sorted({s for _, s in CODES})

Columns = tuple[
    npt.NDArray[np.int64], npt.NDArray[np.int8], npt.NDArray[np.float64], npt.NDArray[np.float64]
]


def _word(token: str) -> int:
    return int(np.frombuffer(token.encode().ljust(8, b"\0")[:8], dtype="<u8")[0])


_BUTTON_WORDS = np.array([_word(b) for b in _BUTTONS], dtype=np.uint64)
_STATE_WORDS = np.array([_word(s) for s in _STATES], dtype=np.uint64)
_TABLE = np.full((len(_BUTTONS) + 1, len(_STATES) + 1), -1, dtype=np.int8)
for (_b, _s), _code in CODES.items():
    _TABLE[_BUTTONS.index(_b), _STATES.index(_s)] = _code


def parse_fast(body: bytes) -> Columns | None:
    """Parse a clean body (no header) into (t_ms, code, x, y); None if anything is unusual."""
    if not body.endswith(b"\n"):
        body += b"\n"
    buf = np.frombuffer(body, dtype=np.uint8)
    ends = np.flatnonzero(buf == 10)
    rows = len(ends)
    commas = np.flatnonzero(buf == 44)
    if rows == 0 or len(commas) != 5 * rows:
        return None
    comma = commas.reshape(rows, 5)
    if not np.array_equal(np.searchsorted(ends, comma[:, 0]), np.arange(rows)):
        return None
    if not np.array_equal(np.searchsorted(ends, comma[:, 4]), np.arange(rows)):
        return None
    comma = np.ascontiguousarray(comma.T)  # (5, rows): field k spans comma[k-1]+1 .. comma[k]
    starts = [
        np.empty(0, np.int64),
        comma[0] + 1,
        comma[1] + 1,
        comma[2] + 1,
        comma[3] + 1,
        comma[4] + 1,
    ]
    stops = [comma[0], comma[1], comma[2], comma[3], comma[4], ends]
    button = _match(buf, starts[2], stops[2], _BUTTON_WORDS)
    state = _match(buf, starts[3], stops[3], _STATE_WORDS)
    if button is None or state is None:
        return None
    code = _TABLE[button, state]
    if bool(np.any(code < 0)):
        return None
    t_ms = _decimal(buf, starts[1], stops[1], ms=True)
    x = _decimal(buf, starts[4], stops[4], ms=False)
    y = _decimal(buf, starts[5], stops[5], ms=False)
    if t_ms is None or x is None or y is None:
        return None
    return t_ms.astype(np.int64), code, x, y


def _column(
    buf: npt.NDArray[np.uint8], start: npt.NDArray[np.int64], width: npt.NDArray[np.int64], j: int
) -> npt.NDArray[np.uint8]:
    """Byte ``j`` of every field (0 past the field's end)."""
    chars = buf[np.minimum(start + j, len(buf) - 1)]
    chars[j >= width] = 0
    return chars


def _match(
    buf: npt.NDArray[np.uint8],
    start: npt.NDArray[np.int64],
    stop: npt.NDArray[np.int64],
    words: npt.NDArray[np.uint64],
) -> npt.NDArray[np.intp] | None:
    """Index of each field's token in ``words`` (8-byte words); None if any is unknown."""
    width = stop - start
    if bool(np.any(width > 8)):
        return None
    packed = np.zeros(len(start), dtype=np.uint64)
    for j in range(8):  # column by column: 1-D passes, no (rows x 8) temporaries
        packed |= _column(buf, start, width, j).astype(np.uint64) << np.uint64(8 * j)
    order = np.argsort(words)
    ordered = words[order]
    pos = np.minimum(np.searchsorted(ordered, packed), len(words) - 1)
    if not bool(np.all(ordered[pos] == packed)):
        return None
    index: npt.NDArray[np.intp] = order[pos]
    return index


def _decimal(
    buf: npt.NDArray[np.uint8],
    start: npt.NDArray[np.int64],
    stop: npt.NDArray[np.int64],
    *,
    ms: bool,
) -> npt.NDArray[Any] | None:
    """Parse plain decimals ([-]digits[.digits]) by Horner's rule, column by column.

    ms=True returns exact int64 milliseconds (seconds x 1000, rounded half up on the next
    digit); otherwise float64 values. None when a field is not a plain decimal.
    """
    width = stop - start
    if len(width) == 0 or int(width.min()) < 1 or int(width.max()) > MAX_FIELD_CHARS:
        return None
    n = len(width)
    keep = 3 if ms else MAX_FIELD_CHARS  # fraction digits kept in the integer accumulator
    acc = np.zeros(n, dtype=np.int64)
    frac = np.full(n, -1, dtype=np.int64)  # fraction digits seen, -1 before the dot
    digits = np.zeros(n, dtype=np.int64)
    round_up = np.zeros(n, dtype=bool)
    first = _column(buf, start, width, 0)
    negative = first == 45
    for j in range(int(width.max())):
        c = first if j == 0 else _column(buf, start, width, j)
        inside = j < width
        dot = c == 46
        d = c.astype(np.int64) - 48
        is_digit = (d >= 0) & (d <= 9)
        if not bool(np.all(is_digit | dot | ~inside | (negative & (j == 0)))):
            return None
        is_digit &= inside
        if bool(np.any(dot & (frac >= 0))):
            return None  # two dots
        take = is_digit & (frac < keep)
        acc = np.where(take, acc * 10 + d, acc)
        digits += take
        round_up |= is_digit & (frac == keep) & (d >= 5)
        frac = np.where(dot, 0, np.where(is_digit & (frac >= 0), frac + 1, frac))
    if int(digits.max()) > 17:
        return None  # beyond int64-exact: let the tolerant path decide
    sign = np.where(negative, -1, 1)
    used = np.minimum(np.maximum(frac, 0), keep)
    if ms:
        whole: npt.NDArray[np.int64] = sign * (acc * 10 ** (3 - used) + round_up)
        return whole
    value: npt.NDArray[np.float64] = sign * acc / np.power(10.0, used)
    return value


def ms_from_text(text: str) -> int | None:
    """Seconds as text -> int ms, with the fast path's rule (round half up); None if bad."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None
    if not value.is_finite() or abs(value) > Decimal(10) ** 12:
        return None
    return int((value * 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_tolerant(text: str, *, report: ImportReport) -> Columns:
    """Parse row by row with the repair rules; every dropped row is counted."""
    t_out: list[int] = []
    c_out: list[int] = []
    x_out: list[float] = []
    y_out: list[float] = []
    unknown: Counter[str] = Counter()
    for row in csv.reader(io.StringIO(text)):
        if not row or (len(row) == 1 and not row[0].strip()):
            report.drop("blank_line")
            continue
        if len(row) < 6:
            report.drop("missing_field")
            continue
        if len(row) > 6:
            report.repair("extra_fields_ignored")
        t_ms = ms_from_text(row[1])
        if t_ms is None:
            report.drop("missing_field" if not row[1].strip() else "wrong_type")
            continue
        code = CODES.get((row[2].strip(), row[3].strip()))
        if code is None:
            unknown[f"{row[2].strip()[:20]}/{row[3].strip()[:20]}"] += 1
            report.drop("unknown_event")
            continue
        try:
            x, y = float(row[4]), float(row[5])
        except ValueError:
            report.drop(
                "missing_field" if not (row[4].strip() and row[5].strip()) else "wrong_type"
            )
            continue
        t_out.append(t_ms)
        c_out.append(code)
        x_out.append(x)
        y_out.append(y)
    if unknown:
        detail = ", ".join(f"{k}: {v}" for k, v in unknown.most_common(5))
        report.notes.append(
            f"{sum(unknown.values())} rows of unknown button/state ignored ({detail})"
        )
    return (
        np.array(t_out, dtype=np.int64),
        np.array(c_out, dtype=np.int8),
        np.array(x_out, dtype=np.float64),
        np.array(y_out, dtype=np.float64),
    )
