"""The hits list (replay.review.hits): rows with reasons, tag coverage, filters, unjudgeable."""

from __future__ import annotations

from pathlib import Path

from replay.importers import import_file
from replay.model.tags import Tag
from replay.review.hits import (
    covers,
    filter_rows,
    hit_rows,
    row_at,
    split_target,
    unjudgeable,
    why_code,
)
from replay.signals import detect, reasons
from replay.signals.hits import SignalHit


def _tag(tid: int, start: int, end: int | None) -> Tag:
    return Tag(
        id=tid, session_id=1, start_ms=start, end_ms=end, category="x", severity=2, note="",
        reviewer="", spike_id=None, signals=(), created_at="", updated_at="", deleted_at=None,
    )  # fmt: skip


def _hit(signal: str, start: int, end: int, target: str | None = None) -> SignalHit:
    return SignalHit(signal, start, end, 0.5, f"{signal} reason 3 clicks", {}, target)


def test_split_target() -> None:
    assert split_target('button#buy "Add to cart"') == ("button#buy", "Add to cart")
    assert split_target("input#email") == ("input#email", "")
    assert split_target(None) == ("", "")
    assert split_target('a "say ""hi"""') == ("a", 'say ""hi""')


def test_coverage_rules() -> None:
    hit = _hit("rage_click", 10_000, 12_000)
    assert covers(_tag(1, 11_000, 20_000), hit)  # overlapping range
    assert not covers(_tag(2, 12_001, 20_000), hit)
    assert covers(_tag(3, 12_900, None), hit)  # a point within 1 s after
    assert not covers(_tag(4, 13_100, None), hit)
    assert covers(_tag(5, 9_000, None), hit)


def test_rows_filter_and_row_at() -> None:
    hits = [
        _hit("dead_click", 5_000, 5_000, 'span.note "Price"'),
        _hit("rage_click", 10_000, 12_000, 'button#buy "Buy"'),
        _hit("dead_click", 30_000, 30_000),
    ]
    rows = hit_rows(hits, [_tag(7, 10_500, None)])
    assert [(r.signal, r.covered_by) for r in rows] == [
        ("dead_click", None), ("rage_click", 7), ("dead_click", None),
    ]  # fmt: skip
    assert (rows[1].target_tag, rows[1].target_label) == ("button#buy", "Buy")
    assert [r.start_ms for r in filter_rows(rows, signals=["dead_click"])] == [5_000, 30_000]
    assert len(filter_rows(rows, uncovered_only=True)) == 2
    assert row_at(rows, 4_999) is None
    assert row_at(rows, 11_000) == 1


def test_real_recording_reasons_and_unjudgeable(rrweb_dir: Path) -> None:
    session = import_file(rrweb_dir / "dev-form-reentry-wide.rrweb.json")
    result = detect(session)
    rows = hit_rows(result.hits, [])
    reentry = [r for r in rows if r.signal == "form_reentry"]
    assert reentry
    assert all(any(ch.isdigit() for ch in r.reason) for r in rows)  # numbers in every reason
    assert reentry[0].target_tag.startswith("input#")
    codes = {u.signal: u.code for u in unjudgeable(result)}
    assert codes["error_click"] == "no_console"  # the recorder had no console plugin


def test_why_codes() -> None:
    assert why_code("the recording has no console log (rrweb console plugin not used)") == (
        "no_console"
    )  # the sentence up to detectors 1.13.0, in stored results
    assert why_code(reasons.NO_CONSOLE) == "no_console"
    # the recording cannot tell a recorder without the console plugin from a page that
    # logged nothing: the sentence names both
    assert "or the page logged nothing" in reasons.NO_CONSOLE
    assert why_code("the recording has no DOM data (no mutations), so ...") == "no_dom"
    assert why_code("the recording has no pointer positions") == "no_pointer"
    assert why_code("something new") == "other"
