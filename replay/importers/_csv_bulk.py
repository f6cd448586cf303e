r"""The mouse-log CSV bulk parser: the common clean file in a handful of whole-array passes.

Tried before :func:`replay.importers._csv_parse.parse_fast`. It accepts a strict subset of
what ``parse_fast`` accepts and, where it accepts, returns exactly the same arrays, so the
two can be chained without changing any result (``tests/importers/test_mouselog_bulk.py``
checks both claims). The subset: every line has 6 fields, the button and state are known
words (at most 8 bytes), the client time is ``digits[.digits]`` with at most 6 digits before the dot and at most 24
characters; x and y are 1 to 8 digits. Anything else (a sign, an exponent, a space, a
quote, a blank line, ...) returns None and the slower exact path takes over.

Why it is faster (about 5x on the Balabit set): ``parse_fast`` walks each numeric field
character by character with int64 temporaries (24 passes over every row for the time).
Here each field is read as one unaligned little-endian 8-byte word per row (a strided
uint64 view of the buffer), then handled with SWAR ("SIMD within a register") steps that
are 1-D uint64 operations: finding a byte or checking all are digits (Anderson, "Bit
Twiddling Hacks", https://graphics.stanford.edu/~seander/bithacks.html#ZeroInWord) and
combining 8 ASCII digits into an integer in three
multiply-shift steps (Lemire, https://lemire.me/blog/2022/01/21/swar-explained-parsing-
eight-digits/).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from replay.importers._csv_parse import CODES, Columns

#: Most digits before the dot taken here (seconds < 10**6); ``parse_fast`` takes up to 17
#: digits in all, so every time accepted here is accepted there with the same value.
TIME_INT_DIGITS = 6
#: Widest client-time field ``parse_fast`` takes (``_csv_parse.MAX_FIELD_CHARS``).
TIME_CHARS = 24
#: Widest x / y field taken here: 8 digits, one word, exact in int64 and float64.
COORD_CHARS = 8
#: "0" padding: every 8-byte word read near either end stays inside the buffer and the
#: padding never looks like a separator, a dot or a letter.
_PAD = b"0" * 8
_U = np.uint64
_ZEROS = _U(0x3030303030303030)  # "00000000"
_DOTS = _U(0x2E2E2E2E2E2E2E2E)  # "........"
_ONES = _U(0x0101010101010101)
_HIGH_BITS = _U(0x8080808080808080)
#: _LOW[w] keeps the w low bytes of a word (its first w characters).
_LOW = np.array([(1 << (8 * w)) - 1 for w in range(9)], dtype=np.uint64)
#: _HIGH[w] keeps the w high bytes of a word (its last w characters).
_HIGH = np.array([((1 << (8 * w)) - 1) << (8 * (8 - w)) for w in range(9)], dtype=np.uint64)

Ints = npt.NDArray[np.int64]
Words = npt.NDArray[np.uint64]


def _word(token: str) -> int:
    return int.from_bytes(token.encode().ljust(8, b"\0")[:8], "little")


def _perfect_shift(words: list[int]) -> int:
    """Return a shift whose 3 bits (``word >> shift & 7``) differ for every word (a perfect hash)."""
    return next(s for s in range(61) if len({w >> s & 7 for w in words}) == len(words))


def _hash_tables(tokens: list[str]) -> tuple[int, Words, dict[str, int]]:
    words = [_word(t) for t in tokens]
    shift = _perfect_shift(words)
    table = np.zeros(8, dtype=np.uint64)  # an empty slot never matches: a 0 word hashes to 0
    slot = {}
    for token, word in zip(tokens, words, strict=True):
        table[word >> shift & 7] = word
        slot[token] = word >> shift & 7
    return shift, table, slot


_BUTTON_SHIFT, _BUTTON_WORDS, _BUTTON_SLOT = _hash_tables(sorted({b for b, _ in CODES}))
_STATE_SHIFT, _STATE_WORDS, _STATE_SLOT = _hash_tables(sorted({s for _, s in CODES}))
_CODE = np.full(64, -1, dtype=np.int8)  # button slot * 8 + state slot -> row code
for (_b, _s), _code in CODES.items():
    _CODE[_BUTTON_SLOT[_b] * 8 + _STATE_SLOT[_s]] = _code


def parse_bulk(data: bytes, *, start: int = 0) -> Columns | None:
    r"""Parse a clean mouse-log body (no header, ``\n`` line ends) into (t_ms, code, x, y).

    Parameters
    ----------
    data : bytes
        The CSV; the body (the rows after the header line) starts at byte ``start``.
    start : int
        Where the body starts (passing it avoids a copy of the body).

    Returns
    -------
    (t_ms, code, x, y) or None
        int64 ms (seconds x 1000, round half up on the 4th fraction digit), int8 row codes
        (``CODES``), float64 pixels; None when any row is outside the subset above.
    """
    end = b"" if data.endswith(b"\n") else b"\n"
    # One copy (join), padded on both sides: no 8-byte word read below leaves the buffer.
    buf = np.frombuffer(b"".join((_PAD, memoryview(data)[start:], end, _PAD)), dtype=np.uint8)
    sep = _separators(buf)
    if sep is None:
        return None
    words: Words = np.ndarray((len(buf) - 7,), dtype="<u8", buffer=buf, strides=(1,))
    code = _codes(words, sep)
    t_ms = _time_ms(words, start=sep[:, 0] + 1, stop=sep[:, 1])
    x = _coord(words, start=sep[:, 3] + 1, stop=sep[:, 4])
    y = _coord(words, start=sep[:, 4] + 1, stop=sep[:, 5])
    if code is None or t_ms is None or x is None or y is None:
        return None
    return t_ms, code, x, y


def _separators(buf: npt.NDArray[np.uint8]) -> Ints | None:
    """(rows, 6) positions of each line's 5 commas and newline; None if a line differs."""
    seps = np.flatnonzero(buf <= 44)  # "," is 44, "\n" 10; control bytes, space, quotes too
    rows = len(seps) // 6
    if rows == 0 or len(seps) != 6 * rows:
        return None
    sep = seps.reshape(rows, 6)
    # Exactly `rows` newlines, each the 6th separator, and every other one a comma.
    if not bool((buf[sep[:, 5]] == 10).all()):
        return None
    if np.count_nonzero(buf == 10) != rows or np.count_nonzero(buf == 44) != 5 * rows:
        return None
    return sep


def _codes(words: Words, sep: Ints) -> npt.NDArray[np.int8] | None:
    """Return the row code from the button and state words; None if a word is unknown."""
    slots = []
    for k, shift, known in ((1, _BUTTON_SHIFT, _BUTTON_WORDS), (2, _STATE_SHIFT, _STATE_WORDS)):
        width = sep[:, k + 1] - sep[:, k] - 1
        if int(width.max()) > 8:
            return None
        packed = words[sep[:, k] + 1] & _LOW[width]
        slot = (packed >> _U(shift)) & _U(7)
        if not bool((known[slot] == packed).all()):
            return None
        slots.append(slot)
    code: npt.NDArray[np.int8] = _CODE[slots[0] * _U(8) + slots[1]]
    if bool((code < 0).any()):
        return None
    return code


def _not_all_digits(word: Words) -> bool:
    """Return True when some byte of some word is not an ASCII digit.

    ``hasless(w, "0") | hasmore(w, "9")`` from Bit Twiddling Hacks: exact for "is there
    any such byte" (a byte >= 128 is flagged by itself even if it disturbs its neighbour).
    """
    below = (word - _ZEROS) & ~word
    above = (word + _U(0x4646464646464646)) | word  # 0x46 = 127 - "9"
    return bool(((below | above) & _HIGH_BITS).any())


def _time_ms(words: Words, *, start: Ints, stop: Ints) -> Ints | None:
    """Client time ``digits[.digits]`` -> exact int64 ms, as ``_csv_parse._decimal`` does."""
    width = stop - start
    if int(width.min()) < 1 or int(width.max()) > TIME_CHARS:
        return None
    # The first dot among the field's first 7 characters (zero byte of word ^ "........";
    # the lowest flagged byte is exact).
    head = words[start] ^ _DOTS
    flags = (head - _ONES) & ~head & _HIGH_BITS & _LOW[np.minimum(width, TIME_INT_DIGITS + 1)]
    lowest = flags & (~flags + _U(1))  # 0x80 << 8 * (index of the first dot), or 0
    dot_at = np.where(flags != 0, np.bitwise_count(lowest - _U(1)) >> 3, width)
    if int(dot_at.max()) > TIME_INT_DIGITS:
        return None  # no dot in the first 7 characters of a longer field
    dot = start + dot_at
    whole = _right_aligned(words[dot - 8], dot_at)
    if _not_all_digits(whole):
        return None
    whole = _swar8(whole)
    frac_len = np.maximum(stop - dot - 1, 0)
    ms = whole.astype(np.int64) * 1000
    # Fraction digits: ms from the first 3, round half up on the 4th; none may be a dot.
    for offset in range(0, TIME_CHARS, 8):
        n = np.clip(frac_len - offset, 0, 8)
        if offset and not n.any():
            break
        at = np.minimum(dot + 1 + offset, len(words) - 1)  # rows with n == 0: masked out
        frac = words[at] & _LOW[n] | (_ZEROS & ~_LOW[n])
        if _not_all_digits(frac):
            return None  # a second dot, a sign, a letter...
        if offset == 0:
            digits = frac - _ZEROS
            for shift, weight in ((0, 100), (8, 10), (16, 1)):
                ms += ((digits >> _U(shift)) & _U(0xFF)).astype(np.int64) * weight
            ms += (digits >> _U(24)) & _U(0xFF) >= 5
    return ms


def _coord(words: Words, *, start: Ints, stop: Ints) -> npt.NDArray[np.float64] | None:
    """Parse a plain-digits x or y field to float64; None if empty, over 8 wide or not digits."""
    width = stop - start
    if int(width.min()) < 1 or int(width.max()) > COORD_CHARS:
        return None
    word = _right_aligned(words[stop - 8], width)
    if _not_all_digits(word):
        return None
    value: npt.NDArray[np.float64] = _swar8(word).astype(np.float64)
    return value


def _right_aligned(word: Words, width: Ints) -> Words:
    """Keep the last ``width`` characters of each word, "0" before them."""
    keep = _HIGH[width]
    out: Words = (word & keep) | (_ZEROS & ~keep)
    return out


def _swar8(word: Words) -> Words:
    """8 ASCII digits (first character in the low byte) -> their integer value."""
    v = word - _ZEROS
    v = (v * _U(10) + (v >> _U(8))) & _U(0x00FF00FF00FF00FF)
    v = (v * _U(100) + (v >> _U(16))) & _U(0x0000FFFF0000FFFF)
    out: Words = (v * _U(10000) + (v >> _U(32))) & _U(0xFFFFFFFF)
    return out
