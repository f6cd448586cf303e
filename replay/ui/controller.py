"""The replay controller: the one object every replay view talks to (STYLE 6.4).

``ReplayController`` owns the current session, its detection result, its tags, the pure
:class:`~replay.playback.PlaybackClock` and the ``QTimer`` that drives it. Views call its
methods (``seek``, ``play``, ``add_tag``) and listen to its signals; they never talk to
each other (PlotJuggler's fan-out, rerun's pure clock).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal

from replay.model.session import Session
from replay.playback import PlaybackClock, idle_gaps_from
from replay.signals import detect
from replay.store.results import load_result
from replay.store.tags import TagStore
from replay.ui.memory_tags import MemoryTagStore

#: Timer interval: one tick per 60 Hz frame (ms).
TICK_MS = 16
#: A tick never advances by more than this much wall time, so a stall (a modal dialog,
#: a slow paint) does not make playback jump (ms).
MAX_TICK_MS = 100.0
#: One "frame" for frame stepping: 1/60 s of session time (ms).
FRAME_MS = 1000.0 / 60.0
#: Signal(int) is a 32-bit C int (STACK.md): relative t_ms must stay below this.
MAX_SIGNAL_INT = 2**31 - 1


class ReplayController(QObject):
    """Session, detection result, tags and playback clock of the replay views.

    Parameters
    ----------
    library : Library, optional
        The open library; without one, :meth:`set_session` still works and tags are
        kept in memory (tests, screenshots).
    parent : QObject, optional
        Qt parent.
    """

    session_loaded = Signal(object)  # the Session
    time_changed = Signal(int)  # relative t_ms, < 2**31 (checked)
    playing_changed = Signal(bool)
    speed_changed = Signal(float)
    tags_changed = Signal()
    tags_edited = Signal()  # a tag was added, edited, deleted, undone or redone (not a reload)
    selection_changed = Signal(object)  # (start_ms, end_ms) or None

    def __init__(self, library: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._session: Session | None = None
        self._session_id: int | None = None
        self._result: Any = None
        self._tags: list[Any] = []
        self._tag_store: Any = None
        self._selection: tuple[int, int] | None = None
        self._clock = PlaybackClock(duration_ms=0)
        self.reviewer = ""  # set from settings by the main window
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._elapsed = QElapsedTimer()

    # --- properties ----------------------------------------------------------------------

    @property
    def library(self) -> Any:
        """The open Library, or None."""
        return self._library

    def set_library(self, library: Any) -> None:
        """Use ``library`` for :meth:`load_session` and tag storage from the next session on."""
        self._library = library

    @property
    def session(self) -> Session | None:
        """The current session, or None."""
        return self._session

    @property
    def session_id(self) -> int | None:
        """The library id of the current session, or None."""
        return self._session_id

    @property
    def result(self) -> Any:
        """The current session's DetectionResult, or None."""
        return self._result

    @property
    def spikes(self) -> list[Any]:
        """The detected spikes, sorted by start."""
        if self._result is None:
            return []
        return sorted(self._result.spikes, key=lambda s: (s.start_ms, s.end_ms))

    @property
    def tags(self) -> list[Any]:
        """The current session's live tags, sorted by start."""
        return list(self._tags)

    @property
    def clock(self) -> PlaybackClock:
        """The playback clock (read it; change it through the controller's methods)."""
        return self._clock

    @property
    def t_ms(self) -> int:
        """Current session time (ms)."""
        return self._clock.t_ms

    @property
    def duration_ms(self) -> int:
        """Current session's duration (ms), 0 without a session."""
        return self._clock.duration_ms

    @property
    def playing(self) -> bool:
        """True while playing."""
        return self._clock.playing

    @property
    def speed(self) -> float:
        """Current playback speed."""
        return self._clock.speed

    @property
    def selection(self) -> tuple[int, int] | None:
        """The selected range ``(start_ms, end_ms)`` or None."""
        return self._selection

    # --- loading -------------------------------------------------------------------------

    def load_session(self, session_id: int) -> Session:
        """Show session ``session_id`` of the library with its stored result (or detect it).

        Raises
        ------
        RuntimeError
            Without a library.
        NotFound, StoreError
            From the library.
        """
        if self._library is None:
            raise RuntimeError("load_session needs a library; use set_session")
        session: Session = self._library.load_session(session_id)
        # The stored result when there is one; set_session runs the detectors otherwise.
        result = load_result(self._library, session_id)
        self.set_session(session, result=result, session_id=session_id)
        return session

    def set_session(
        self, session: Session, result: Any = None, session_id: int | None = None
    ) -> None:
        """Show ``session``: reset the clock, load tags, compute detection if not given."""
        self.pause()
        if session.meta.duration_ms > MAX_SIGNAL_INT:
            raise ValueError(
                f"session lasts {session.meta.duration_ms} ms: more than Signal(int) carries"
            )
        if result is None:
            result = detect(session)
        self._session = session
        self._session_id = session_id
        self._result = result
        self._selection = None
        speed = self._clock.speed
        skip_idle = self._clock.skip_idle
        self._clock = PlaybackClock(
            duration_ms=session.meta.duration_ms,
            idle_gaps=idle_gaps_from(session),
            skip_idle=skip_idle,
            speed=speed,
        )
        self._tag_store = self._open_tag_store()
        self._reload_tags()
        self.session_loaded.emit(session)
        self.selection_changed.emit(None)
        self.tags_changed.emit()
        self.time_changed.emit(0)

    def _open_tag_store(self) -> Any:
        if self._library is not None and self._session_id is not None:
            return TagStore(getattr(self._library, "db", self._library))
        return MemoryTagStore()

    def _reload_tags(self) -> None:
        sid = self._session_id if self._session_id is not None else 0
        tags = self._tag_store.list(sid) if self._session is not None else []
        self._tags = sorted(tags, key=lambda t: (t.start_ms, t.id))

    # --- time ----------------------------------------------------------------------------

    def seek(self, t_ms: float) -> int:
        """Go to ``t_ms`` (clamped to the session); emit ``time_changed`` if it moved."""
        before = self._clock.t_ms
        after = self._clock.seek(t_ms)
        if after != before:
            self.time_changed.emit(after)
        return after

    def play(self) -> None:
        """Start playing (from 0 when at the end)."""
        if self._session is None or self._clock.playing:
            return
        before = self._clock.t_ms
        self._clock.play()
        if not self._clock.playing:
            return
        if self._clock.t_ms != before:
            self.time_changed.emit(self._clock.t_ms)
        self._elapsed.start()
        self._timer.start()
        self.playing_changed.emit(True)

    def pause(self) -> None:
        """Pause."""
        self._timer.stop()
        if self._clock.playing:
            self._clock.pause()
            self.playing_changed.emit(False)

    def toggle_play(self) -> None:
        """Play when paused, pause when playing."""
        if self._clock.playing:
            self.pause()
        else:
            self.play()

    def set_speed(self, speed: float) -> None:
        """Set one of :data:`replay.playback.SPEEDS`."""
        before = self._clock.speed
        if self._clock.set_speed(speed) != before:
            self.speed_changed.emit(self._clock.speed)

    def faster(self) -> None:
        """Next faster speed."""
        self.set_speed(self._next_speed(+1))

    def slower(self) -> None:
        """Next slower speed."""
        self.set_speed(self._next_speed(-1))

    def _next_speed(self, direction: int) -> float:
        before = self._clock.speed
        speed = self._clock.faster() if direction > 0 else self._clock.slower()
        self._clock.set_speed(before)
        return speed

    def set_skip_idle(self, on: bool) -> None:
        """Compress idle gaps while playing (never affects seeking)."""
        self._clock.skip_idle = bool(on)

    def step_frame(self, n: int = 1) -> int:
        """Step ``n`` frames (1/60 s of session time each; negative steps back)."""
        return self.seek(self._clock.t_ms + n * FRAME_MS)

    def step_ms(self, delta_ms: float) -> int:
        """Step by ``delta_ms`` (negative steps back)."""
        return self.seek(self._clock.t_ms + delta_ms)

    def go_home(self) -> int:
        """Go to the start."""
        return self.seek(0)

    def go_end(self) -> int:
        """Go to the end (pauses)."""
        self.pause()
        return self.seek(self._clock.duration_ms)

    def _on_timer_timeout(self) -> None:
        dt_ms = min(self._elapsed.nsecsElapsed() / 1e6, MAX_TICK_MS)
        self._elapsed.restart()
        self.advance(dt_ms)

    def advance(self, dt_ms: float) -> int:
        """Advance playback by ``dt_ms`` of wall time (the timer's tick; tests call it)."""
        before = self._clock.t_ms
        after = self._clock.advance(dt_ms)
        if after != before:
            self.time_changed.emit(after)
        if not self._clock.playing and self._timer.isActive():
            self._timer.stop()
            self.playing_changed.emit(False)
        return after

    # --- spikes --------------------------------------------------------------------------

    def next_spike(self) -> Any:
        """Go to the start of the first spike after the playhead; return it or None."""
        t = self._clock.t_ms
        spike = next((s for s in self.spikes if s.start_ms > t), None)
        if spike is not None:
            self.seek(spike.start_ms)
        return spike

    def prev_spike(self) -> Any:
        """Go to the start of the last spike before the playhead; return it or None."""
        t = self._clock.t_ms
        spike = next((s for s in reversed(self.spikes) if s.start_ms < t), None)
        if spike is not None:
            self.seek(spike.start_ms)
        return spike

    def is_spike_tagged(self, spike: Any) -> bool:
        """Return True when a tag was accepted from ``spike`` or lies on its range."""
        for tag in self._tags:
            if tag.spike_id is not None and tag.spike_id == spike.spike_id:
                return True
            end = tag.end_ms if tag.end_ms is not None else tag.start_ms
            if tag.start_ms <= spike.end_ms and end >= spike.start_ms:
                return True
        return False

    def next_untagged_spike(self) -> Any:
        """Go to the next spike with no tag on it (wrapping around); return it or None."""
        t = self._clock.t_ms
        untagged = [s for s in self.spikes if not self.is_spike_tagged(s)]
        spike = next((s for s in untagged if s.start_ms > t), untagged[0] if untagged else None)
        if spike is not None:
            self.seek(spike.start_ms)
        return spike

    def spike_at(self, t_ms: int | None = None) -> Any:
        """Return the spike covering ``t_ms`` (default: the playhead), or None."""
        t = self._clock.t_ms if t_ms is None else t_ms
        return next((s for s in self.spikes if s.start_ms <= t <= s.end_ms), None)

    # --- selection -----------------------------------------------------------------------

    def set_selection(self, start_ms: float, end_ms: float) -> None:
        """Select ``[start_ms, end_ms]`` (ordered and clamped to the session)."""
        lo, hi = sorted((float(start_ms), float(end_ms)))
        dur = self._clock.duration_ms
        sel = (int(max(0.0, min(lo, dur))), int(max(0.0, min(hi, dur))))
        if sel != self._selection:
            self._selection = sel
            self.selection_changed.emit(sel)

    def clear_selection(self) -> None:
        """Clear the selection."""
        if self._selection is not None:
            self._selection = None
            self.selection_changed.emit(None)

    # --- tags ----------------------------------------------------------------------------

    def _store_call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        if self._session is None:
            raise RuntimeError("no session is open")
        out = getattr(self._tag_store, name)(*args, **kwargs)
        self._reload_tags()
        self.tags_changed.emit()
        self.tags_edited.emit()
        return out

    def add_tag(
        self,
        *,
        start_ms: int,
        end_ms: int | None = None,
        category: str,
        severity: int = 2,
        note: str = "",
        reviewer: str | None = None,
        spike_id: str | None = None,
        signals: Iterable[str] = (),
    ) -> Any:
        """Save a tag on the current session at once; return it."""
        return self._store_call(
            "add",
            self._sid(),
            start_ms=int(start_ms),
            end_ms=None if end_ms is None else int(end_ms),
            category=category,
            severity=int(severity),
            note=note,
            reviewer=self.reviewer if reviewer is None else reviewer,
            spike_id=spike_id,
            signals=tuple(signals),
        )

    def tag_at_playhead(
        self, *, category: str, severity: int = 2, note: str = "", reviewer: str | None = None
    ) -> Any:
        """Save a point tag at the playhead."""
        return self.add_tag(
            start_ms=self.t_ms, category=category, severity=severity, note=note, reviewer=reviewer
        )

    def tag_selection(
        self, *, category: str, severity: int = 2, note: str = "", reviewer: str | None = None
    ) -> Any:
        """Save a range tag on the selection; return None when nothing is selected."""
        if self._selection is None:
            return None
        start, end = self._selection
        return self.add_tag(
            start_ms=start,
            end_ms=end,
            category=category,
            severity=severity,
            note=note,
            reviewer=reviewer,
        )

    def accept_spike(
        self,
        spike: Any,
        *,
        category: str,
        severity: int = 2,
        reviewer: str | None = None,
        note: str = "",
    ) -> Any:
        """Save a range tag from a detected spike: its range, id and signals."""
        return self.add_tag(
            start_ms=spike.start_ms,
            end_ms=spike.end_ms,
            category=category,
            severity=severity,
            note=note,
            reviewer=reviewer,
            spike_id=spike.spike_id,
            signals=tuple(spike.signals),
        )

    def edit_tag(self, tag_id: int, **changes: Any) -> Any:
        """Change fields of a tag (saved at once)."""
        return self._store_call("edit", tag_id, **changes)

    def delete_tag(self, tag_id: int) -> Any:
        """Delete a tag (history keeps it for undo)."""
        return self._store_call("delete", tag_id)

    def undo(self) -> Any:
        """Undo the last tag change of this session."""
        return self._store_call("undo", self._sid())

    def redo(self) -> Any:
        """Redo the last undone tag change of this session."""
        return self._store_call("redo", self._sid())

    def _sid(self) -> int:
        return self._session_id if self._session_id is not None else 0
