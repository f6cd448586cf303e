"""The replay controller: the Qt face of the review model, the one object views talk to.

All state and rules live in :class:`replay.review.model.ReviewModel` (Qt-free, tested
without qtbot). ``ReplayController`` only (1) re-emits the model's events as Qt signals
for the widgets, (2) drives the model's playback clock from a ``QTimer`` with the measured
elapsed time, and (3) forwards the widgets' calls (``seek``, ``play``, ``add_tag``) to the
model. Views never talk to each other (PlotJuggler's fan-out, rerun's pure clock).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal

from replay.model.session import Session
from replay.model.tags import HistoryEntry, Tag
from replay.playback import PlaybackClock
from replay.review.canvas_data import CanvasData
from replay.review.model import FRAME_MS, MAX_SIGNAL_INT, ReviewModel, Selection
from replay.signals import DetectionResult, Spike
from replay.store.library import Library
from replay.ui import gui_gc
from replay.ui.i18n import signal_name

__all__ = ["FRAME_MS", "MAX_SIGNAL_INT", "MAX_TICK_MS", "TICK_MS", "ReplayController"]

#: Timer interval: one tick per 60 Hz frame (ms).
TICK_MS = 16
#: A tick never advances by more than this much wall time, so a stall (a modal dialog,
#: a slow paint) does not make playback jump (ms).
MAX_TICK_MS = 100.0


class ReplayController(QObject):
    """Qt signals and the playback timer over a :class:`ReviewModel`.

    Parameters
    ----------
    library : Library, optional
        The open library; without one, :meth:`set_session` still works and tags are
        kept in a throwaway in-memory library (tests, screenshots).
    parent : QObject, optional
        Qt parent.
    """

    session_loaded = Signal(object)  # the Session
    time_changed = Signal(int)  # relative t_ms, < 2**31 (checked by the model)
    playing_changed = Signal(bool)
    speed_changed = Signal(float)
    tags_changed = Signal()
    tags_edited = Signal()  # a tag was added, edited, deleted, undone or redone (not a reload)
    selection_changed = Signal(object)  # (start_ms, end_ms) or None

    def __init__(self, library: Library | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = ReviewModel(library, signal_label=signal_name)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._elapsed = QElapsedTimer()
        events = self.model.events
        events.session_loaded.connect(self.session_loaded.emit)
        events.time_changed.connect(self.time_changed.emit)
        events.playing_changed.connect(self._on_model_playing_changed)
        events.speed_changed.connect(self.speed_changed.emit)
        events.tags_changed.connect(self._on_model_tags_changed)
        events.tags_edited.connect(self._on_model_tags_edited)
        events.selection_changed.connect(self.selection_changed.emit)

    # --- model events -> Qt --------------------------------------------------------------

    def _on_model_playing_changed(self, playing: bool) -> None:
        if playing:
            self._elapsed.start()
            self._timer.start()
        else:
            self._timer.stop()
        self.playing_changed.emit(playing)

    def _on_model_tags_changed(self, _none: None) -> None:
        self.tags_changed.emit()

    def _on_model_tags_edited(self, _none: None) -> None:
        self.tags_edited.emit()

    def _on_timer_timeout(self) -> None:
        dt_ms = min(self._elapsed.nsecsElapsed() / 1e6, MAX_TICK_MS)
        self._elapsed.restart()
        self.model.advance(dt_ms)

    # --- read the model ------------------------------------------------------------------

    @property
    def library(self) -> Library | None:
        """The open Library, or None."""
        return self.model.library

    def set_library(self, library: Library | None) -> None:
        """Use ``library`` for :meth:`load_session` and tag storage from the next session on."""
        self.model.set_library(library)

    @property
    def reviewer(self) -> str:
        """The name written on new tags."""
        return self.model.reviewer

    @reviewer.setter
    def reviewer(self, name: str) -> None:
        self.model.reviewer = name

    @property
    def session(self) -> Session | None:
        """The current session, or None."""
        return self.model.session

    @property
    def session_id(self) -> int | None:
        """The library id of the current session, or None."""
        return self.model.session_id

    @property
    def result(self) -> DetectionResult | None:
        """The current session's DetectionResult, or None."""
        return self.model.result

    @property
    def canvas_data(self) -> CanvasData | None:
        """The current session's drawing arrays, shared by the canvas and the timelines."""
        return self.model.canvas_data

    @property
    def spikes(self) -> list[Spike]:
        """The detected spikes, sorted by start."""
        return self.model.spikes

    @property
    def tags(self) -> list[Tag]:
        """The current session's live tags, sorted by start."""
        return self.model.tags

    @property
    def clock(self) -> PlaybackClock:
        """The playback clock (read it; change it through the controller's methods)."""
        return self.model.clock

    @property
    def t_ms(self) -> int:
        """Current session time (ms)."""
        return self.model.t_ms

    @property
    def duration_ms(self) -> int:
        """Current session's duration (ms), 0 without a session."""
        return self.model.duration_ms

    @property
    def playing(self) -> bool:
        """True while playing."""
        return self.model.playing

    @property
    def speed(self) -> float:
        """Current playback speed."""
        return self.model.speed

    @property
    def selection(self) -> Selection:
        """The selected range ``(start_ms, end_ms)`` or None."""
        return self.model.selection

    # --- forward the views' calls --------------------------------------------------------

    def load_session(self, session_id: int, *, store: bool = True) -> Session:
        """Show session ``session_id`` of the library (see :meth:`ReviewModel.load_session`).

        ``store=False`` (the reading commands) keeps a newly computed result in memory.

        What the last session kept is given back to the cycle collector first, and what
        this one keeps is frozen once it is shown (:func:`replay.ui.gui_gc.settle`), so no
        full collection rescans it during seeks.
        """
        gui_gc.thaw()
        session = self.model.load_session(session_id, store=store)
        gui_gc.settle()
        return session

    def set_session(
        self,
        session: Session,
        result: DetectionResult | None = None,
        session_id: int | None = None,
    ) -> None:
        """Show ``session`` (see :meth:`ReviewModel.set_session`); frozen as in :meth:`load_session`."""
        gui_gc.thaw()
        self.model.set_session(session, result=result, session_id=session_id)
        gui_gc.settle()

    def seek(self, t_ms: float) -> int:
        """Go to ``t_ms`` (clamped); ``time_changed`` is emitted if it moved."""
        return self.model.seek(t_ms)

    def play(self) -> None:
        """Start playing (from 0 when at the end)."""
        self.model.play()

    def pause(self) -> None:
        """Pause."""
        self._timer.stop()
        self.model.pause()

    def toggle_play(self) -> None:
        """Play when paused, pause when playing."""
        self.model.toggle_play()

    def advance(self, dt_ms: float) -> int:
        """Advance playback by ``dt_ms`` of wall time (the timer's tick; tests call it)."""
        return self.model.advance(dt_ms)

    def set_speed(self, speed: float) -> None:
        """Set one of :data:`replay.playback.SPEEDS`."""
        self.model.set_speed(speed)

    def faster(self) -> None:
        """Next faster speed."""
        self.model.faster()

    def slower(self) -> None:
        """Next slower speed."""
        self.model.slower()

    def set_skip_idle(self, on: bool) -> None:
        """Compress idle gaps while playing (never affects seeking)."""
        self.model.set_skip_idle(on)

    def step_frame(self, n: int = 1) -> int:
        """Step ``n`` frames (1/60 s of session time each; negative steps back)."""
        return self.model.step_frame(n)

    def step_ms(self, delta_ms: float) -> int:
        """Step by ``delta_ms`` (negative steps back)."""
        return self.model.step_ms(delta_ms)

    def go_home(self) -> int:
        """Go to the start."""
        return self.model.go_home()

    def go_end(self) -> int:
        """Go to the end (pauses)."""
        return self.model.go_end()

    def next_spike(self) -> Spike | None:
        """Go to the next spike after the playhead; return it or None."""
        return self.model.next_spike()

    def prev_spike(self) -> Spike | None:
        """Go to the previous spike before the playhead; return it or None."""
        return self.model.prev_spike()

    def is_spike_tagged(self, spike: Spike) -> bool:
        """Return True when a live tag covers ``spike`` (the export's rule too)."""
        return self.model.is_spike_tagged(spike)

    def next_untagged_spike(self) -> Spike | None:
        """Go to the next spike no tag covers (wrapping around); return it or None."""
        return self.model.next_untagged_spike()

    def spike_at(self, t_ms: int | None = None) -> Spike | None:
        """Return the spike covering ``t_ms`` (default: the playhead), or None."""
        return self.model.spike_at(t_ms)

    @property
    def spike_landing(self) -> str:
        """Where spike keys land: "first_hit" or "score_rise" (the model's)."""
        return self.model.spike_landing

    @spike_landing.setter
    def spike_landing(self, value: str) -> None:
        self.model.spike_landing = value

    def mark_in(self) -> None:
        """Set the range start at the playhead (key I)."""
        self.model.mark_in()

    def mark_out(self) -> None:
        """Set the range end at the playhead (key O)."""
        self.model.mark_out()

    @property
    def pending_in_ms(self) -> int | None:
        """An in-point set with I and waiting for O, or None."""
        return self.model.pending_in_ms

    def set_selection(self, start_ms: float, end_ms: float) -> None:
        """Select ``[start_ms, end_ms]`` (ordered and clamped to the session)."""
        self.model.set_selection(start_ms, end_ms)

    def clear_selection(self) -> None:
        """Clear the selection."""
        self.model.clear_selection()

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
    ) -> Tag:
        """Save a tag on the current session at once; return it."""
        return self.model.add_tag(
            start_ms=start_ms,
            end_ms=end_ms,
            category=category,
            severity=severity,
            note=note,
            reviewer=reviewer,
            spike_id=spike_id,
            signals=signals,
        )

    def tag_at_playhead(
        self, *, category: str, severity: int = 2, note: str = "", reviewer: str | None = None
    ) -> Tag:
        """Save a point tag at the playhead."""
        return self.model.tag_at_playhead(
            category=category, severity=severity, note=note, reviewer=reviewer
        )

    def tag_selection(
        self, *, category: str, severity: int = 2, note: str = "", reviewer: str | None = None
    ) -> Tag | None:
        """Save a range tag on the selection; None when nothing is selected."""
        return self.model.tag_selection(
            category=category, severity=severity, note=note, reviewer=reviewer
        )

    def accept_spike(
        self,
        spike: Spike,
        *,
        category: str,
        severity: int = 2,
        reviewer: str | None = None,
        note: str = "",
    ) -> Tag:
        """Save a range tag from a detected spike: its range, id and signals."""
        return self.model.accept_spike(
            spike, category=category, severity=severity, reviewer=reviewer, note=note
        )

    def edit_tag(self, tag_id: int, *, expected_version: int | None = None, **changes: Any) -> Tag:
        """Change fields of a tag (saved at once); TagConflict when someone changed it."""
        return self.model.edit_tag(tag_id, expected_version=expected_version, **changes)

    def delete_tag(self, tag_id: int, *, expected_version: int | None = None) -> None:
        """Delete a tag (history keeps it for undo); TagConflict when someone changed it."""
        self.model.delete_tag(tag_id, expected_version=expected_version)

    def undo(self) -> HistoryEntry | None:
        """Undo the last tag change of this session."""
        return self.model.undo()

    def redo(self) -> HistoryEntry | None:
        """Redo the last undone tag change of this session."""
        return self.model.redo()
