"""The review model without Qt: a real recording, real detection, real SQLite tags.

Everything the replay view and tag panel do goes through :class:`ReviewModel`; these
tests drive it directly (no qtbot, no timer: playback advances by a fixed step) and watch
its events, as the Qt adapter does.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from replay.errors import NotFound
from replay.export import export_tags
from replay.importers import import_file
from replay.model.session import Session
from replay.model.tags import InvalidTag, Tag, spike_is_tagged, tag_covers_spike
from replay.review.canvas_data import CanvasData
from replay.review.events import Event
from replay.review.model import MAX_SIGNAL_INT, ReviewModel
from replay.signals import DetectionResult, detect
from replay.store.library import Library
from replay.store.results import load_result

RAGE = "dev-rage-desktop-wide.rrweb.json"


@pytest.fixture
def db_path(library_target: Any) -> Any:
    """Every test here that uses ``db_path`` runs on SQLite and on PostgreSQL."""
    return library_target


@pytest.fixture(scope="module")
def rage_session(rrweb_dir: Path) -> Session:
    """The real desktop recording with two rage-click bursts (two spikes)."""
    return import_file(rrweb_dir / RAGE)


@pytest.fixture(scope="module")
def rage_result(rage_session: Session) -> DetectionResult:
    result = detect(rage_session)
    assert len(result.spikes) == 2
    return result


class Recorder:
    """Every event of a model, in order, as ``(name, value)``."""

    def __init__(self, model: ReviewModel) -> None:
        self.seen: list[tuple[str, object]] = []
        for name in model.events.__dataclass_fields__:
            event: Event[object] = getattr(model.events, name)
            event.connect(lambda value, name=name: self.seen.append((name, value)))

    def names(self) -> list[str]:
        return [name for name, _ in self.seen]

    def clear(self) -> None:
        self.seen.clear()


@pytest.fixture
def model(rage_session: Session, rage_result: DetectionResult) -> ReviewModel:
    model = ReviewModel()
    model.set_session(rage_session, result=rage_result)
    return model


# --- the tiny event ----------------------------------------------------------------------


def test_event_calls_callbacks_in_order_until_disconnected() -> None:
    event: Event[int] = Event()
    calls: list[tuple[str, int]] = []

    def first(value: int) -> None:
        calls.append(("first", value))

    def second(value: int) -> None:
        calls.append(("second", value))

    event.connect(first)
    event.connect(second)
    event.emit(3)
    event.disconnect(first)
    event.emit(4)
    assert calls == [("first", 3), ("second", 3), ("second", 4)]
    assert len(event) == 1
    with pytest.raises(ValueError, match="not in list"):
        event.disconnect(first)


# --- a session ---------------------------------------------------------------------------


def test_set_session_announces_session_then_selection_tags_and_time(
    rage_session: Session, rage_result: DetectionResult
) -> None:
    model = ReviewModel()
    seen = Recorder(model)
    model.set_session(rage_session, result=rage_result)
    assert seen.names() == ["session_loaded", "selection_changed", "tags_changed", "time_changed"]
    assert seen.seen[0] == ("session_loaded", rage_session)
    assert seen.seen[-1] == ("time_changed", 0)
    assert model.duration_ms == rage_session.meta.duration_ms
    assert [s.start_ms for s in model.spikes] == sorted(s.start_ms for s in rage_result.spikes)
    assert model.session_id is None  # shown without a library
    assert model.tags == []


def test_without_a_result_the_detectors_run(rage_session: Session) -> None:
    model = ReviewModel()
    model.set_session(rage_session)
    assert model.result is not None
    assert {s.spike_id for s in model.spikes} == {s.spike_id for s in detect(rage_session).spikes}


def test_a_session_longer_than_a_qt_int_is_refused(rage_session: Session) -> None:
    meta = replace(rage_session.meta, duration_ms=MAX_SIGNAL_INT + 1)
    model = ReviewModel()
    with pytest.raises(ValueError, match="Signal"):
        model.set_session(replace(rage_session, meta=meta), result=None)
    assert model.session is None


# --- time --------------------------------------------------------------------------------


def test_seek_is_clamped_and_announced_only_when_it_moves(model: ReviewModel) -> None:
    seen = Recorder(model)
    assert model.seek(12_345) == 12_345
    assert model.seek(12_345) == 12_345
    assert model.seek(-5) == 0
    assert model.seek(10**9) == model.duration_ms
    assert seen.seen == [
        ("time_changed", 12_345),
        ("time_changed", 0),
        ("time_changed", model.duration_ms),
    ]


def test_fixed_step_playback_at_speed_and_stop_at_the_end(model: ReviewModel) -> None:
    model.set_skip_idle(False)
    model.set_speed(4.0)
    seen = Recorder(model)
    model.play()
    assert seen.seen == [("playing_changed", True)]
    assert model.advance(250) == 1000  # 250 ms of wall time at 4x
    model.seek(model.duration_ms - 100)
    seen.clear()
    model.advance(100)
    assert model.t_ms == model.duration_ms
    assert seen.names() == ["time_changed", "playing_changed"]
    assert seen.seen[-1] == ("playing_changed", False)
    assert not model.playing
    model.advance(100)  # paused: nothing moves, nothing is announced
    assert seen.names() == ["time_changed", "playing_changed"]


def test_play_at_the_end_restarts_and_pause_is_announced_once(model: ReviewModel) -> None:
    model.go_end()
    seen = Recorder(model)
    model.play()
    assert seen.seen == [("time_changed", 0), ("playing_changed", True)]
    model.toggle_play()
    model.pause()
    assert seen.seen[-1] == ("playing_changed", False)
    assert seen.names().count("playing_changed") == 2


def test_speed_steps_and_frame_steps(model: ReviewModel) -> None:
    seen = Recorder(model)
    model.faster()
    assert model.speed == 2.0
    model.slower()
    model.slower()
    assert model.speed == 0.5
    model.set_speed(0.5)
    assert seen.seen == [("speed_changed", 2.0), ("speed_changed", 1.0), ("speed_changed", 0.5)]
    assert model.step_frame() == 16
    assert model.step_ms(-10_000) == 0


# --- spikes and the ONE tagged-spike rule -------------------------------------------------


def test_spike_navigation(model: ReviewModel) -> None:
    first, second = model.spikes
    assert model.next_spike() == first
    # lands on the spike's first hit (the first rage click), not on the score rise
    assert model.t_ms == model.result.hits[first.hit_indices[0]].start_ms > first.start_ms
    assert model.spike_at() == first
    assert model.next_spike() == second
    assert model.next_spike() is None
    assert model.prev_spike() == first
    model.go_home()
    assert model.prev_spike() is None
    model.spike_landing = "score_rise"
    assert model.next_spike() == first
    assert model.t_ms == first.start_ms


def test_a_point_tag_inside_a_spike_tags_it(model: ReviewModel) -> None:
    first, second = model.spikes
    model.seek((first.start_ms + first.end_ms) // 2)
    tag = model.tag_at_playhead(category="other", note="กดแล้วไม่มีอะไรเกิดขึ้น")
    assert tag.spike_id is None
    assert model.is_spike_tagged(first)
    assert not model.is_spike_tagged(second)
    model.go_home()
    assert model.next_untagged_spike() == second
    assert model.next_untagged_spike() == second  # wraps around to the only one left


def test_an_accepted_spike_stays_tagged_after_its_range_is_moved(model: ReviewModel) -> None:
    first, second = model.spikes
    tag = model.accept_spike(first, category="broken_link_or_button", severity=3)
    assert (tag.start_ms, tag.end_ms, tag.spike_id) == (
        first.start_ms,
        first.end_ms,
        first.spike_id,
    )
    assert tag.signals == tuple(first.signals)
    model.edit_tag(tag.id, start_ms=0, end_ms=10)
    assert model.is_spike_tagged(first)  # by its spike_id
    model.delete_tag(tag.id)
    assert not model.is_spike_tagged(first)  # deleted tags cover nothing
    assert not spike_is_tagged(second, model.tags)


@pytest.mark.parametrize(
    ("start_ms", "end_ms", "covers"),
    [
        (1000, None, True),  # a point at the start edge
        (2000, None, True),  # a point at the end edge
        (999, None, False),
        (2001, None, False),
        (0, 999, False),
        (0, 1000, True),  # a range touching the start
        (1500, 9000, True),
        (2001, 9000, False),
    ],
)
def test_tag_covers_spike_edges(start_ms: int, end_ms: int | None, covers: bool) -> None:
    spike = type("S", (), {"spike_id": "abc-1500", "start_ms": 1000, "end_ms": 2000})()
    tag = Tag(
        id=1, session_id=1, start_ms=start_ms, end_ms=end_ms, category="other", severity=2,
        note="", reviewer="", spike_id=None, signals=(), created_at="", updated_at="",
        deleted_at=None,
    )  # fmt: skip
    assert tag_covers_spike(tag, spike) is covers
    assert tag_covers_spike(replace(tag, spike_id="abc-1500"), spike) is True


def test_the_app_and_the_export_agree_on_untagged_spikes(
    rrweb_dir: Path, db_path: Path, tmp_path: Path
) -> None:
    """A hand-made tag inside spike 1: U skips it and the export writes only spike 2."""
    library = Library.open(db_path)
    sid, _ = library.add_session(import_file(rrweb_dir / RAGE))
    model = ReviewModel(library)
    model.load_session(sid)
    first, second = model.spikes
    model.seek(first.start_ms + 1)
    model.tag_at_playhead(category="slow_response", reviewer="Min-jun", note="멈춤")
    model.go_home()
    assert model.next_untagged_spike() == second
    out = tmp_path / "findings.csv"
    export_tags(library, path=out, include_spikes=True)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["kind"], r["spike_id"]) for r in rows] == [
        ("point", ""),
        ("spike", second.spike_id),
    ]
    library.close()


# --- selection and tags ------------------------------------------------------------------


def test_selection_is_ordered_clamped_and_cleared(model: ReviewModel) -> None:
    seen = Recorder(model)
    model.set_selection(10**9, 30_000)
    model.set_selection(10**9, 30_000)  # no change, no event
    assert model.selection == (30_000, model.duration_ms)
    tag = model.tag_selection(category="other", note="จุดนี้ 여기 这里")
    assert tag is not None
    assert (tag.start_ms, tag.end_ms, tag.note) == (30_000, model.duration_ms, "จุดนี้ 여기 这里")
    model.clear_selection()
    model.clear_selection()
    assert model.tag_selection(category="other") is None
    selections = [v for n, v in seen.seen if n == "selection_changed"]
    assert selections == [(30_000, model.duration_ms), None]


def test_tags_without_a_library_use_the_one_store_with_undo_and_redo(model: ReviewModel) -> None:
    model.reviewer = "Ploy"
    seen = Recorder(model)
    model.seek(5000)
    tag = model.tag_at_playhead(category="other", severity=1)
    assert seen.names() == ["time_changed", "tags_changed", "tags_edited"]
    assert [(t.start_ms, t.end_ms, t.reviewer) for t in model.tags] == [(5000, None, "Ploy")]
    model.edit_tag(tag.id, severity=4)
    assert model.tags[0].severity == 4
    assert model.undo() is not None
    assert model.tags[0].severity == 1
    model.redo()
    model.delete_tag(tag.id)
    assert model.tags == []
    model.undo()
    assert [t.id for t in model.tags] == [tag.id]
    # The store's rules hold in memory too: unknown categories and bad spans are refused.
    with pytest.raises(InvalidTag):
        model.add_tag(start_ms=10, category="no_such_category")
    with pytest.raises(InvalidTag):
        model.add_tag(start_ms=10, end_ms=5, category="other")
    assert len(model.tags) == 1


def test_tags_never_carry_over_to_another_session(model: ReviewModel, rrweb_dir: Path) -> None:
    model.tag_at_playhead(category="other")
    other = import_file(rrweb_dir / "dev-dead-clicks-laptop.rrweb.json")
    model.set_session(other)
    assert model.tags == []
    assert model.undo() is None  # nothing of the other session to undo


def test_tagging_needs_a_session() -> None:
    model = ReviewModel()
    with pytest.raises(RuntimeError, match="no session"):
        model.tag_at_playhead(category="other")
    assert [c.code for c in model.categories()][:2] == [
        "broken_link_or_button",
        "confusing_layout",
    ]


# --- a real library ----------------------------------------------------------------------


def test_load_session_detects_stores_and_saves_tags_at_once(
    rrweb_dir: Path, db_path: Path
) -> None:
    model = ReviewModel()
    library = model.open_library(db_path)
    sid, _ = library.add_session(import_file(rrweb_dir / RAGE))
    assert load_result(library, sid) is None
    assert [r.score for r in model.session_rows()] == [None]
    with pytest.raises(RuntimeError):
        ReviewModel().load_session(sid)
    model.load_session(sid)
    assert model.session_id == sid
    stored = load_result(library, sid)
    assert stored is not None  # detected at open and stored: the list shows its score
    assert [s.spike_id for s in stored.spikes] == [s.spike_id for s in model.spikes]
    assert model.session_rows()[0].spike_count == 2
    model.seek(1000)
    tag = model.tag_at_playhead(category="other", severity=3, note="ปุ่มไม่ทำงาน 버튼 按钮")
    # Saved at once: another connection to the same file sees it.
    with Library.open(db_path) as second:
        (seen,) = second.tags.list(sid)
    assert (seen.id, seen.start_ms, seen.note) == (tag.id, 1000, "ปุ่มไม่ทำงาน 버튼 按钮")
    model.undo()
    with Library.open(db_path) as second:
        assert second.tags.list(sid) == []
    model.set_reviewed(sid, reviewer="Ploy")
    assert model.session_rows()[0].reviewed_by == "Ploy"
    with pytest.raises(NotFound):
        model.load_session(sid + 1)
    model.close_library()
    assert model.library is None
    assert model.session_rows() == []


def test_load_session_detects_on_the_stored_page_as_replay_detect_does(
    rrweb_dir: Path, tmp_path: Path
) -> None:
    """A session with a stored page and no result: the app judges dead clicks on the page."""
    from click.testing import CliRunner

    from replay.cli import cli

    app_db, cli_db, ro_db = (tmp_path / f"{n}.sqlite" for n in ("app", "cli", "ro"))
    with Library.open(app_db) as library:
        sid, _ = library.add_session(import_file(rrweb_dir / "dev-dead-clicks-laptop.rrweb.json"))
        assert library.load_page(sid).status == "ok"
        assert library.load_session(sid).page is None  # the page is not loaded with it
        assert load_result(library, sid) is None
    cli_db.write_bytes(app_db.read_bytes())
    ro_db.write_bytes(app_db.read_bytes())
    res = CliRunner().invoke(cli, ["detect", str(sid), "--db", str(cli_db)])
    assert res.exit_code == 0, res.output
    with Library.open(cli_db) as library:
        expected = load_result(library, sid)
    assert expected is not None
    dead = [h for h in expected.hits if "judged_by" in h.evidence]
    assert dead
    assert {h.evidence["judged_by"] for h in dead} == {"page"}
    for path, readonly in ((app_db, False), (ro_db, True)):
        with Library.open(path, create=False, readonly=readonly) as library:
            model = ReviewModel(library)
            model.load_session(sid)
            assert model.result is not None
            assert model.result.hits == expected.hits
            assert model.result.score == expected.score
            assert [s.spike_id for s in model.spikes] == [s.spike_id for s in expected.spikes]
            stored = load_result(library, sid)
            if readonly:
                assert stored is None  # nothing written to a read-only library
            else:
                assert stored is not None
                assert stored.hits == expected.hits


def test_open_library_refusing_a_file_keeps_the_open_one(db_path: Path, tmp_path: Path) -> None:
    from replay.errors import StoreError

    model = ReviewModel()
    library = model.open_library(db_path)
    bad = tmp_path / "not-a-library.sqlite"
    bad.write_bytes(b"this is not SQLite at all" * 100)
    with pytest.raises(StoreError):
        model.open_library(bad)
    assert model.library is library
    assert model.session_rows() == []
    model.close_library()


# --- what the views draw -----------------------------------------------------------------


def test_canvas_data_is_built_once_per_session_with_the_given_names(
    rage_session: Session, rage_result: DetectionResult, rrweb_dir: Path
) -> None:
    model = ReviewModel(signal_label=lambda signal: f"<{signal}>")
    assert model.canvas_data is None
    model.set_session(rage_session, result=rage_result)
    data = model.canvas_data
    assert isinstance(data, CanvasData)
    assert model.canvas_data is data  # the canvas and the timelines share it
    rage = next(h for h in rage_result.hits if h.signal == "rage_click" and h.x_px is not None)
    frame = data.frame_at(rage.start_ms)
    assert any(text.startswith("<rage_click>") for _sig, text, *_ in frame.hit_labels)
    model.set_session(import_file(rrweb_dir / "dev-rotation-phone.rrweb.json"))
    assert model.canvas_data is not data
    assert model.canvas_data is not None
    assert model.canvas_data.is_handheld
