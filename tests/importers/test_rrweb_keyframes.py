"""Keyframes packed from cached node JSON equal the plain packing of the whole state."""

from __future__ import annotations

from pathlib import Path

import pytest

from replay.importers import _page, rrweb
from replay.model.page import pack, unpack
from replay.model.session import ImportReport


def test_cached_keyframes_equal_full_packing(
    rrweb_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cut = _page.PageRecorder._cut
    checked: list[int] = []

    def checking_cut(self: _page.PageRecorder, t: int) -> None:
        cut(self, t)
        expected = pack(self.state.to_keyframe(), finite=self.finite)
        assert unpack(self.chunks[-1][1]) == unpack(expected)
        assert self.chunks[-1][1] == expected  # same bytes, not only the same values
        checked.append(t)

    monkeypatch.setattr(_page.PageRecorder, "_cut", checking_cut)
    for path in sorted(rrweb_dir.glob("*.rrweb.json")):
        rrweb.load(path.read_bytes(), path=str(path), report=ImportReport())
    assert len(checked) > 14  # every recording cut keyframes after its snapshot


def test_nonfinite_scroll_keeps_json_packing() -> None:
    """A scroll from the numeric string "NaN" keeps NaN (msgspec would write null)."""
    events = (
        b'[{"type":4,"data":{"href":"http://x/","width":800,"height":600},"timestamp":1},'
        b'{"type":2,"data":{"node":{"type":0,"id":1,"childNodes":[{"type":2,"id":2,'
        b'"tagName":"html","attributes":{},"childNodes":[]}]}},"timestamp":2},'
        b'{"type":3,"data":{"source":3,"id":2,"x":"NaN","y":5},"timestamp":3}]'
    )
    session = rrweb.load(events, path="p", report=ImportReport())
    assert session.page is not None
    assert session.page.chunks
    stored = unpack(session.page.chunks[-1].events)
    assert stored
    assert str(stored[-1][2][1]) == "nan"


def test_page_times_relative_to_the_earliest_event() -> None:
    """Chunks packed during the import move when a later event turns out to be earlier."""
    snapshot = (
        b'{"type":2,"data":{"node":{"type":0,"id":1,"childNodes":[{"type":2,"id":2,'
        b'"tagName":"html","attributes":{},"childNodes":[]}]}},"timestamp":%d}'
    )
    scroll = b'{"type":3,"data":{"source":3,"id":2,"x":0,"y":%d},"timestamp":%d}'
    events = [
        b'{"type":4,"data":{"href":"http://x/","width":800,"height":600},"timestamp":1000}',
        snapshot % 1001,
        scroll % (10, 1500),
        # An Input 8 s later opens a second chunk: the first one is packed then.
        b'{"type":3,"data":{"source":5,"id":2,"text":"","isChecked":false},"timestamp":9000}',
        b'{"type":5,"data":{"tag":"late","payload":{}},"timestamp":500}',
    ]
    data = b"[" + b",".join(events) + b"]"
    session = rrweb.load(data, path="p", report=ImportReport())
    assert session.page is not None
    assert len(session.page.chunks) == 2
    times = [e[0] for chunk in session.page.chunks for e in unpack(chunk.events)]
    assert times == [1500 - 500, 9000 - 500]
    assert session.page.chunks[0].start_ms == 1001 - 500
