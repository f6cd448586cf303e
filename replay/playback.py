"""The playback clock: a pure state machine that turns wall time into session time.

No Qt here (STYLE 6.1): the app drives :class:`PlaybackClock` from a ``QTimer`` with the
measured elapsed wall time, and tests drive it with a fixed step (issue 5, "Playback").

Idle gaps (stretches with no event at all) are compressed while playing so a reviewer
never watches an empty screen for minutes: a gap longer than :data:`IDLE_MIN_GAP_MS`
plays in about :data:`IDLE_PLAY_MS` of wall time. Seeking is never affected: a seek lands
exactly where asked, even inside a gap.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from replay.model.session import Session

#: The speeds a reviewer can pick, slowest first (issue 5: 0.25x to 16x).
SPEEDS: tuple[float, ...] = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0)
#: A stretch with no event longer than this is an idle gap (ms).
IDLE_MIN_GAP_MS = 3_000
#: Session time kept at normal speed at each edge of a gap, so click ripples and the
#: cursor trail finish fading before the jump (ms).
IDLE_MARGIN_MS = 500
#: Wall time an idle gap takes while playing with skip_idle on (ms).
IDLE_PLAY_MS = 500.0

GapArray = npt.NDArray[np.int64]


def idle_gaps_from(
    session: Session, *, min_gap_ms: int = IDLE_MIN_GAP_MS, margin_ms: int = IDLE_MARGIN_MS
) -> GapArray:
    """Return the session's idle gaps: stretches with no event of any channel.

    Parameters
    ----------
    session : Session
        The session; every channel's ``t_ms`` counts as activity.
    min_gap_ms : int
        Only silences longer than this between two events (or before the first / after
        the last) are gaps.
    margin_ms : int
        Session time kept at normal speed after the last event before a gap and before
        the first event after it.

    Returns
    -------
    (N, 2) int64
        Sorted, disjoint ``[start_ms, end_ms)`` rows, ``end_ms - start_ms >= min_gap_ms - 2 *
        margin_ms``, within ``[0, duration_ms]``.
    """
    duration_ms = int(session.meta.duration_ms)
    runs = [ch.t_ms for ch in session.channels.values() if len(ch)]
    if not runs:
        return np.empty((0, 2), dtype=np.int64)
    # Each channel is sorted, so a stable sort (timsort) merges the runs in O(n log k).
    t = np.sort(np.concatenate(runs), kind="stable")
    t = np.concatenate(([0], np.clip(t, 0, duration_ms), [duration_ms])).astype(np.int64)
    silence = np.diff(t)
    idx = np.flatnonzero(silence > min_gap_ms)
    if not len(idx):
        return np.empty((0, 2), dtype=np.int64)
    start = t[idx] + margin_ms
    end = t[idx + 1] - margin_ms
    # No margin before the first event or after the last: nothing there to see.
    start[idx == 0] = 0
    end[idx + 1 == len(t) - 1] = duration_ms
    keep = end > start
    return np.stack([start[keep], end[keep]], axis=1).astype(np.int64)


@dataclass
class PlaybackClock:
    """Session time as a function of wall time: play, pause, speed, seek, skip idle.

    Parameters
    ----------
    duration_ms : int
        Session length; time is clamped to ``[0, duration_ms]``.
    idle_gaps : (N, 2) int64, optional
        From :func:`idle_gaps_from`; compressed while playing when ``skip_idle`` is on.
    skip_idle : bool
        Compress idle gaps while playing (default on, issue 5).
    loop : bool
        Restart at 0 at the end instead of stopping.

    Notes
    -----
    ``t_ms`` is kept as a float internally so slow speeds accumulate sub-millisecond
    steps; the :attr:`t_ms` property rounds down to whole ms.
    """

    duration_ms: int
    idle_gaps: GapArray = field(default_factory=lambda: np.empty((0, 2), dtype=np.int64))
    skip_idle: bool = True
    loop: bool = False
    playing: bool = False
    speed: float = 1.0
    _pos_ms: float = 0.0

    def __post_init__(self) -> None:
        self.duration_ms = max(0, int(self.duration_ms))
        gaps = np.asarray(self.idle_gaps, dtype=np.int64).reshape(-1, 2)
        self.idle_gaps = gaps
        if self.speed not in SPEEDS:
            raise ValueError(f"speed {self.speed} is not one of {SPEEDS}")

    # --- state -----------------------------------------------------------------------------

    @property
    def t_ms(self) -> int:
        """Current session time, whole ms in ``[0, duration_ms]``."""
        return int(self._pos_ms)

    @property
    def at_end(self) -> bool:
        """True when the clock is at the session's end."""
        return self._pos_ms >= self.duration_ms

    def play(self) -> None:
        """Start playing; from the end, start over at 0."""
        if self.at_end:
            self._pos_ms = 0.0
        self.playing = self.duration_ms > 0

    def pause(self) -> None:
        """Stop playing, keeping the time."""
        self.playing = False

    def toggle(self) -> bool:
        """Play if paused, pause if playing; return the new ``playing``."""
        if self.playing:
            self.pause()
        else:
            self.play()
        return self.playing

    def seek(self, t_ms: float) -> int:
        """Jump to ``t_ms`` (clamped); playing state is kept. Return the new time."""
        self._pos_ms = float(min(max(float(t_ms), 0.0), float(self.duration_ms)))
        return self.t_ms

    def step(self, delta_ms: float) -> int:
        """Move by ``delta_ms`` (negative steps back), clamped. Return the new time."""
        return self.seek(self._pos_ms + delta_ms)

    def set_speed(self, speed: float) -> float:
        """Set the speed to one of :data:`SPEEDS`.

        Raises
        ------
        ValueError
            If ``speed`` is not one of :data:`SPEEDS`.
        """
        if float(speed) not in SPEEDS:
            raise ValueError(f"speed {speed} is not one of {SPEEDS}")
        self.speed = float(speed)
        return self.speed

    def faster(self) -> float:
        """Go to the next faster speed (stays at the fastest). Return the new speed."""
        i = SPEEDS.index(self.speed)
        return self.set_speed(SPEEDS[min(i + 1, len(SPEEDS) - 1)])

    def slower(self) -> float:
        """Go to the next slower speed (stays at the slowest). Return the new speed."""
        i = SPEEDS.index(self.speed)
        return self.set_speed(SPEEDS[max(i - 1, 0)])

    # --- time --------------------------------------------------------------------------------

    def gap_at(self, t_ms: float) -> tuple[int, int] | None:
        """Return the idle gap ``(start_ms, end_ms)`` holding ``t_ms``, or None."""
        gaps = self.idle_gaps
        if not len(gaps):
            return None
        i = int(np.searchsorted(gaps[:, 0], t_ms, side="right")) - 1
        if i >= 0 and t_ms < gaps[i, 1]:
            return int(gaps[i, 0]), int(gaps[i, 1])
        return None

    def _next_gap_start(self, t_ms: float) -> float:
        gaps = self.idle_gaps
        i = int(np.searchsorted(gaps[:, 0], t_ms, side="right"))
        return float(gaps[i, 0]) if i < len(gaps) else float(self.duration_ms)

    def advance(self, dt_ms: float) -> int:
        """Advance by ``dt_ms`` of wall time when playing. Return the new session time.

        At normal stretches session time moves ``speed * dt_ms``; inside an idle gap (with
        ``skip_idle``) it moves fast enough that the whole gap takes :data:`IDLE_PLAY_MS`
        of wall time (or less, at high speed). At the end the clock stops (or wraps to 0
        with ``loop``).
        """
        if not self.playing or dt_ms <= 0:
            return self.t_ms
        wall = float(dt_ms)
        pos = self._pos_ms
        end = float(self.duration_ms)
        skip = self.skip_idle and len(self.idle_gaps) > 0
        # Each pass reaches the next boundary (gap edge or end) or spends the wall time;
        # only the few gaps crossed in one tick are visited.
        while wall > 0 and pos < end:
            gap = self.gap_at(pos) if skip else None
            if gap is not None:
                rate = max(self.speed, (gap[1] - gap[0]) / IDLE_PLAY_MS)
                target = float(gap[1])
            else:
                rate = self.speed
                target = self._next_gap_start(pos) if skip else end
                target = min(target, end)
            need = (target - pos) / rate
            if wall >= need:
                pos, wall = target, wall - need
            else:
                pos, wall = pos + wall * rate, 0.0
        if pos >= end:
            pos = end
            if self.loop:
                pos = 0.0
            else:
                self.playing = False
        self._pos_ms = pos
        return self.t_ms
