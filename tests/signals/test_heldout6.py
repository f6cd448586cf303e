"""The detectors on held-out set 6 (issue 15, sixth round): kept out of every tuning decision.

tests/data/rrweb-heldout6 was made by tools/rrweb-corpus (``DEVCORPUS_SET=heldout6``): a
kind of site no detector was tuned on (a video lesson page: a player whose bar, knob and
time change the DOM every 0.5 s while it plays, double-tap to jump, a scrubber, a playlist
with press and hold, a transcript that follows the video) and a new human model (a touch
tablet: wide fingertip taps, double taps, press and hold, flings, scrubbing) beside desktop
mice and the keyboard. It was written before any detector change of round 6 and committed
before that change and before any detector ran on it; the figures of its first and only
run (detectors 1.7.0) are in docs/signals.md; its misses were kept as strict xfails. From
round 7 on it is a tuning set: its miss class (the seek buttons answered through the
player's own background elements) was fixed by principle in detectors 1.8.0 (a background
element changed off its own rhythm right after a click answers it), and the whole set is
held to the bar.
"""

from __future__ import annotations

from pathlib import Path

from heldout_sets import assert_at_the_bar, assert_no_hits, check_set, hits_of, set_fixtures

from replay.signals import DetectionResult
from replay.signals.evaluate import Evaluation

HELDOUT6 = Path(__file__).resolve().parents[1] / "data" / "rrweb-heldout6"


sessions, results, ev = set_fixtures(HELDOUT6, "heldout6")


def test_set_is_complete_and_kept_out() -> None:
    check_set(
        HELDOUT6,
        "heldout6",
        recordings=8,
        calm=4,
        truth_rows=17,
        signals=9,
        devices={"tablet", "desktop"},
    )


def test_heldout6_reaches_the_bar(ev: Evaluation) -> None:
    # round 6's one run (detectors 1.7.0): 7 of 9 at the bar, rage P 0.40, dead P 0.67,
    # 4 calm detections (the seek buttons); since 1.8.0 every signal at 1.00
    assert_at_the_bar(ev, signals=9, calm=4, bar=1.0)


def test_the_late_transcript_under_a_playing_video_is_slow(
    results: dict[str, DetectionResult],
) -> None:
    # "Load transcript" answers 3.2 s later in the same task as the player's tick (the
    # bar, knob and time: background elements): round 6's per-kind rule sees the 30 new
    # lines as the answer, on the tablet and with the mouse
    for name in ("h6-tablet-a.rrweb.json", "h6-desk-c.rrweb.json"):
        (slow,) = hits_of(results, name, "slow_click")
        assert "transcript-btn" in (slow.target or "")
        assert 3000 <= float(slow.evidence["response_ms"]) <= 3500, slow.evidence


def test_double_taps_holds_scrubbing_and_one_rotation_are_calm(
    results: dict[str, DetectionResult],
) -> None:
    # calm traps on the tablet: double taps (two pairs in a row), press and hold, finger
    # scrubbing, one rotation kept, flings down and back up: no click, rotation or
    # scroll hit on the watching session
    watch = ["h6-calm-tablet-watch.rrweb.json"]
    assert_no_hits(results, watch, ("rage_click", "dead_click"))
    assert_no_hits(results, watch, ("repeated_rotation", "scroll_thrash"))


def test_quick_seek_clicks_are_not_rage_or_dead(results: dict[str, DetectionResult]) -> None:
    # "+10 s" and "-10 s" move the playing video's bar, knob and time, which change by
    # themselves every 0.5 s: each quick click, tap or Enter press changes them off their
    # rhythm (a third change between two beats), so each is answered (detectors 1.8.0)
    calm = (
        "h6-calm-tablet-browse.rrweb.json",
        "h6-calm-desk-keyboard.rrweb.json",
        "h6-calm-desk-mouse.rrweb.json",
    )
    assert_no_hits(results, calm, ("rage_click", "dead_click"))
    # the dead "Quality" under the same ticking player stays dead, and rage
    quality = hits_of(results, "h6-tablet-b.rrweb.json", "rage_click")
    assert [h.evidence["clicks"] for h in quality] == [5]
