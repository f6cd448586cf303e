"""The bulk mouse-log parser takes the real files and agrees with ``parse_fast`` wherever it answers.

``parse_bulk`` is only a speed-up: ``mouselog.load`` tries it first and falls back to
``parse_fast`` (then the tolerant parser) when it returns None. So the contract is (1) on
every body it accepts, its arrays equal ``parse_fast``'s exactly (same dtypes, same values),
(2) it accepts the real Balabit files (otherwise it is no speed-up), and (3) it refuses
what it does not handle rather than guessing.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from replay.importers import import_file
from replay.importers._csv_bulk import parse_bulk
from replay.importers._csv_parse import CODES, parse_fast


def same(body: bytes) -> bool:
    """Assert bulk agrees with fast on ``body``; return whether bulk accepted it."""
    bulk = parse_bulk(body)
    if bulk is None:
        return False
    fast = parse_fast(body)
    assert fast is not None, body[:200]
    for a, b in zip(bulk, fast, strict=True):
        assert a.dtype == b.dtype
        np.testing.assert_array_equal(a, b)
    return True


@pytest.mark.parametrize("index", [0, 13, 32, 64])
def test_real_files_take_the_bulk_path(balabit_files: list[Path], index: int) -> None:
    body = balabit_files[index].read_bytes().split(b"\n", 1)[1]
    assert same(body)
    assert same(body.rstrip(b"\n"))  # no newline after the last row


ROW = b"0.231999874115,{t},NoButton,Move,{x},{y}\n"


def rows(t: str = "0.5", x: str = "1043", y: str = "410") -> bytes:
    head = b"0.0,0.0,Left,Pressed,1,2\n"
    return head + ROW.replace(b"{t}", t.encode()).replace(b"{x}", x.encode()).replace(
        b"{y}", y.encode()
    )


@pytest.mark.parametrize(
    ("t", "ms"),
    [
        ("0.0935", 94),  # half up on the 4th fraction digit
        ("0.0934999", 93),
        ("1.9995", 2000),  # the carry reaches the seconds
        ("999999.9999", 1_000_000_000),
        ("12", 12_000),  # an integer time
        ("7.", 7_000),
        (".5", 500),
        ("0.1234567890123456789012", 123),  # 24 characters, the widest parse_fast takes
        ("123456.12345678901234567", 123_456_123),
    ],
)
def test_times_accepted_and_exact(t: str, ms: int) -> None:
    body = rows(t=t)
    assert same(body)
    parsed = parse_bulk(body)
    assert parsed is not None
    assert int(parsed[0][1]) == ms


@pytest.mark.parametrize(
    ("t", "x", "y"),
    [
        ("1234567.5", "1", "1"),  # 7 digits before the dot
        ("1234567", "1", "1"),
        ("0.1234567890123456789012345", "1", "1"),  # 25 characters
        ("-0.5", "1", "1"),
        ("1e3", "1", "1"),
        ("0.5.1", "1", "1"),  # two dots
        ("0.1.", "1", "1"),
        ("", "1", "1"),
        (" 0.5", "1", "1"),
        ("0.5", "-3", "1"),
        ("0.5", "1.5", "1"),
        ("0.5", "1", "2."),
        ("0.5", "123456789", "1"),  # 9 digits
        ("0.5", "", "1"),
        ("0.5", "1", ""),
        ("0.5", "1", '"2"'),
        ("0.5", "nan", "1"),
    ],
)
def test_refused_fields(t: str, x: str, y: str) -> None:
    assert parse_bulk(rows(t=t, x=x, y=y)) is None


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"\n",
        b"0.0,0.0,NoButton,Move,1,2\n\n",  # blank line
        b"0.0,0.0,NoButton,Move,1,2\r\n",
        b"0.0,0.0,NoButton,Move,1,2,3\n",  # extra field
        b"0.0,0.0,NoButton,Move,1\n0.0,0.0,NoButton,Move,1,2,3\n",  # 5 + 7 fields
        b"0.0,0.0,NoButton,Moved,1,2\n",
        b"0.0,0.0,Nobutton,Move,1,2\n",
        b"0.0,0.0,NoButton,Pressed,1,2\n",  # known words, unknown pair
        b"0.0,0.0,,Move,1,2\n",
        b"0.0,0.0,NoButtonX,Move,1,2\n",  # 9 bytes
        b"0.0,0.0,NoButton,Move,1,2\x00\n",
        "0.0,0.0,NoButton,Move,١,2\n".encode(),  # Arabic-Indic digit
        b"0.0,0.0,NoButton,Move,1,2\n0.0,0.0 NoButton,Move,1,2,3\n",
    ],
)
def test_refused_bodies(body: bytes) -> None:
    assert parse_bulk(body) is None


def test_every_code_and_free_record_time() -> None:
    lines = [f"rec{i}.x,{i}.25,{b},{s},{i},{2 * i}\n" for i, (b, s) in enumerate(CODES)]
    body = "".join(lines).encode()
    assert same(body)  # the record time is not used: parse_fast does not read it either
    assert same(body.replace(b"rec", b"1").replace(b".x", b".9.9"))
    parsed = parse_bulk(body)
    assert parsed is not None
    assert parsed[1].tolist() == list(CODES.values())
    assert parsed[2].tolist() == [float(i) for i in range(len(CODES))]


digits = st.text("0123456789", min_size=0, max_size=9)
field = st.one_of(
    digits,
    st.builds(lambda a, b: f"{a}.{b}", digits, st.text("0123456789", max_size=20)),
    st.text("0123456789.-e ", max_size=6),
)
label = st.sampled_from([*sorted(CODES), ("NoButton", "Up"), ("Left", "Move ")])
row = st.builds(
    lambda t, lab, x, y: f"0.1,{t},{lab[0]},{lab[1]},{x},{y}",
    field,
    label,
    field,
    field,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(row, min_size=1, max_size=6), st.booleans())
def test_agrees_with_parse_fast_on_random_bodies(lines: list[str], newline: bool) -> None:
    body = ("\n".join(lines) + ("\n" if newline else "")).encode()
    same(body)


def test_body_read_in_place_crlf_and_bom_import_the_same(
    balabit_files: list[Path], tmp_path: Path
) -> None:
    raw = balabit_files[7].read_bytes()
    start = raw.index(b"\n") + 1
    in_place, copied = parse_bulk(raw, start=start), parse_bulk(raw[start:])
    assert in_place is not None
    assert copied is not None
    for a, b in zip(in_place, copied, strict=True):
        np.testing.assert_array_equal(a, b)
    plain = import_file(balabit_files[7])
    for name, content in (
        ("crlf.csv", raw.replace(b"\n", b"\r\n")),
        ("bom.csv", b"\xef\xbb\xbf" + raw),
        ("no-final-newline.csv", raw.rstrip(b"\n")),
    ):
        (tmp_path / name).write_bytes(content)
        session = import_file(tmp_path / name)
        assert session.report.to_json() == plain.report.to_json(), name
        assert session.counts() == plain.counts(), name
        for channel, columns in plain.channels.items():
            for column, values in columns.columns.items():
                np.testing.assert_array_equal(session.channel(channel)[column], values)
