"""PlaybackClock with a fixed time step: speeds, idle skipping, seeking, the end, edge cases."""

from __future__ import annotations

import numpy as np
import pytest

from replay.model.session import Channel, Device, Session, SessionMeta
from replay.playback import IDLE_MARGIN_MS, IDLE_PLAY_MS, SPEEDS, PlaybackClock, idle_gaps_from

DT_MS = 16.0


def run(clock: PlaybackClock, wall_ms: float, dt_ms: float = DT_MS) -> int:
    """Advance ``clock`` by ``wall_ms`` in fixed ``dt_ms`` steps; return the time."""
    for _ in range(round(wall_ms / dt_ms)):
        clock.advance(dt_ms)
    return clock.t_ms


def session_with_events(t_ms: list[int], duration_ms: int) -> Session:
    meta = SessionMeta(
        source="x",
        format="native",
        device=Device.DESKTOP,
        viewport_width_px=800,
        viewport_height_px=600,
        started_at_ms=None,
        duration_ms=duration_ms,
        content_hash="h",
    )
    n = len(t_ms)
    pointer = Channel.from_columns(
        "pointer", t_ms=t_ms, x_px=[1.0] * n, y_px=[1.0] * n, kind=[0] * n, target=[-1] * n
    )
    return Session(meta=meta, channels={"pointer": pointer})


def test_paused_clock_does_not_move() -> None:
    clock = PlaybackClock(duration_ms=10_000)
    assert run(clock, 1000) == 0


@pytest.mark.parametrize("speed", SPEEDS)
def test_each_speed_moves_speed_times_wall_time(speed: float) -> None:
    clock = PlaybackClock(duration_ms=10_000_000, skip_idle=False)
    clock.set_speed(speed)
    clock.play()
    # 1 s of wall time in 16 ms steps (62.5 steps: use 1000 steps of 1 ms to be exact).
    assert run(clock, 1000, dt_ms=1.0) == int(1000 * speed)


def test_quarter_speed_accumulates_sub_millisecond_steps() -> None:
    clock = PlaybackClock(duration_ms=10_000, speed=0.25)
    clock.play()
    for _ in range(100):
        clock.advance(1.0)  # 0.25 ms each: an int clock would never move
    assert clock.t_ms == 25


def test_unknown_speed_is_refused() -> None:
    clock = PlaybackClock(duration_ms=1000)
    with pytest.raises(ValueError, match="speed 3"):
        clock.set_speed(3)


def test_faster_and_slower_walk_the_speed_list_and_stop_at_the_ends() -> None:
    clock = PlaybackClock(duration_ms=1000)
    assert [clock.faster() for _ in range(6)] == [2.0, 4.0, 8.0, 16.0, 16.0, 16.0]
    assert [clock.slower() for _ in range(7)] == [8.0, 4.0, 2.0, 1.0, 0.5, 0.25, 0.25]


def test_playing_stops_at_the_end_and_play_restarts_from_zero() -> None:
    clock = PlaybackClock(duration_ms=1000)
    clock.play()
    assert run(clock, 2000) == 1000
    assert not clock.playing
    assert clock.at_end
    clock.play()
    assert clock.t_ms == 0
    assert clock.playing


def test_loop_wraps_to_zero_and_keeps_playing() -> None:
    clock = PlaybackClock(duration_ms=1000, loop=True)
    clock.play()
    run(clock, 1008)
    assert clock.playing
    assert clock.t_ms < 100


def test_seek_clamps_and_keeps_playing_state() -> None:
    clock = PlaybackClock(duration_ms=5000)
    assert clock.seek(-50) == 0
    assert clock.seek(99_999) == 5000
    clock.seek(1000)
    clock.play()
    run(clock, 160)
    assert clock.t_ms == 1160
    assert clock.seek(3000) == 3000  # seek during play
    assert clock.playing
    assert run(clock, 160) == 3160


def test_step_moves_both_ways_and_clamps() -> None:
    clock = PlaybackClock(duration_ms=10_000)
    assert clock.step(5000) == 5000
    assert clock.step(-7000) == 0
    assert clock.step(20_000) == 10_000


def test_toggle() -> None:
    clock = PlaybackClock(duration_ms=1000)
    assert clock.toggle() is True
    assert clock.toggle() is False


def test_empty_session_never_plays() -> None:
    clock = PlaybackClock(duration_ms=0)
    clock.play()
    assert not clock.playing
    assert clock.advance(16) == 0


def test_idle_gaps_found_with_margins() -> None:
    session = session_with_events([0, 1000, 11_000, 12_000], 12_000)
    gaps = idle_gaps_from(session)
    assert gaps.tolist() == [[1000 + IDLE_MARGIN_MS, 11_000 - IDLE_MARGIN_MS]]


def test_idle_gaps_at_the_edges_have_no_margin_and_short_silences_are_not_gaps() -> None:
    session = session_with_events([5000, 6000, 8000], 20_000)  # t_ms above 0: leading silence
    gaps = idle_gaps_from(session)
    assert gaps.tolist() == [[0, 5000 - IDLE_MARGIN_MS], [8000 + IDLE_MARGIN_MS, 20_000]]


def test_idle_gaps_merge_all_channels() -> None:
    base = session_with_events([0, 10_000], 10_000)
    scroll = Channel.from_columns("scroll", t_ms=[5000], x_px=[0], y_px=[10], target=[1])
    session = Session(meta=base.meta, channels={**base.channels, "scroll": scroll})
    gaps = idle_gaps_from(session)
    assert gaps.tolist() == [[500, 4500], [5500, 9500]]


def test_skip_idle_plays_a_long_gap_in_about_half_a_second() -> None:
    # 60 s of silence between 1 s and 61 s.
    clock = PlaybackClock(duration_ms=62_000, idle_gaps=np.array([[1500, 60_500]]))
    clock.play()
    # 1500 ms at 1x, then the 59 s gap in 500 ms of wall time.
    assert run(clock, 1500 + IDLE_PLAY_MS, dt_ms=1.0) == 60_500
    assert run(clock, 100, dt_ms=1.0) == 60_600  # normal speed again after the gap


def test_skip_idle_off_plays_the_gap_in_real_time() -> None:
    clock = PlaybackClock(
        duration_ms=62_000, idle_gaps=np.array([[1500, 60_500]]), skip_idle=False
    )
    clock.play()
    assert run(clock, 2000) == 2000


def test_fast_speed_is_not_slowed_down_inside_a_short_gap() -> None:
    # A 4 s gap compressed to 500 ms would be 8x; at 16x the gap goes at 16x.
    clock = PlaybackClock(duration_ms=20_000, idle_gaps=np.array([[1000, 5000]]), speed=16.0)
    clock.play()
    assert run(clock, 250, dt_ms=1.0) == 4000


def test_seek_into_a_gap_lands_exactly_there() -> None:
    clock = PlaybackClock(duration_ms=62_000, idle_gaps=np.array([[1500, 60_500]]))
    assert clock.seek(30_000) == 30_000
    assert clock.gap_at(30_000) == (1500, 60_500)
    assert clock.gap_at(60_500) is None
    clock.play()
    # From the middle of the gap the remaining 30.5 s take 30.5/59 of 500 ms (258.5 ms).
    assert run(clock, 258, dt_ms=1.0) < 60_500
    assert 60_500 <= run(clock, 2, dt_ms=1.0) <= 60_502


def test_one_big_step_crosses_several_gaps() -> None:
    gaps = np.array([[1000, 5000], [6000, 10_000], [11_000, 15_000]])
    clock = PlaybackClock(duration_ms=16_000, idle_gaps=gaps)
    clock.play()
    # 1000 + 500 + 1000 + 500 + 1000 + 500 + 1000 ms of wall time reach the end.
    assert clock.advance(5500) == 16_000
    assert not clock.playing
