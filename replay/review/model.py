"""The review model: what a reviewer has open and the rules of reviewing it (no Qt here).

:class:`ReviewModel` holds the open library, the session shown, its detection result and
tags, the selection and the pure :class:`~replay.playback.PlaybackClock`, and applies
the review rules: spike navigation, the one "tagged spike" rule (shared with the CSV
export: :func:`replay.model.tags.spike_is_tagged`), saving tags at once with undo/redo
through the one :class:`~replay.store.tags.TagStore`. It is napari's ``ViewerModel``
idea: the model changes only through its methods and announces each real change on
:attr:`ReviewModel.events`; the Qt layer (``replay.ui.controller.ReplayController``) only
drives the clock from a ``QTimer`` and re-emits the events as Qt signals.

A session shown without a library (tests, screenshots) keeps its tags in a throwaway
in-memory library (:meth:`replay.store.library.Library.in_memory`): same store, same rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from replay.errors import NotFound
from replay.model.session import Session
from replay.model.tags import Category, HistoryEntry, Tag, TagConflict, spike_is_tagged
from replay.playback import PlaybackClock, idle_gaps_from
from replay.review.canvas_data import CanvasData, plain_signal_name
from replay.review.events import Event
from replay.review.ranges import mark_in, mark_out, spike_landing_ms
from replay.signals import DetectionResult, Spike, detect
from replay.store.library import Library, SessionRow
from replay.store.listing import Listing
from replay.store.results import detect_stored, load_result, save_result
from replay.store.search import SessionQuery, blind_scope
from replay.store.tags import TagStore
from replay.store.target import PgTarget

#: One "frame" for frame stepping: 1/60 s of session time (ms).
FRAME_MS = 1000.0 / 60.0
#: The Qt layer carries relative t_ms as a 32-bit C int (STACK.md): sessions stay below.
MAX_SIGNAL_INT = 2**31 - 1

Selection = tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class ReviewEvents:
    """What a :class:`ReviewModel` announces; each is emitted only on a real change."""

    #: A session was shown (with its result, tags, a fresh clock at 0).
    session_loaded: Event[Session] = field(default_factory=Event)
    #: The playhead moved (relative t_ms).
    time_changed: Event[int] = field(default_factory=Event)
    #: Playback started (True) or stopped (False).
    playing_changed: Event[bool] = field(default_factory=Event)
    #: The playback speed changed.
    speed_changed: Event[float] = field(default_factory=Event)
    #: The tag list was re-read (a new session or a change).
    tags_changed: Event[None] = field(default_factory=Event)
    #: A tag was added, edited, deleted, undone or redone (not a reload).
    tags_edited: Event[None] = field(default_factory=Event)
    #: The selected range ``(start_ms, end_ms)`` or None.
    selection_changed: Event[Selection] = field(default_factory=Event)


class ReviewModel:
    """The open library and session, its result, tags, selection and playback clock.

    Parameters
    ----------
    library : Library, optional
        The open library; without one, :meth:`set_session` still works and tags go to a
        throwaway in-memory library.
    signal_label : callable, optional
        Display name of a signal id on the canvas (the app passes its translated one).
    """

    def __init__(
        self,
        library: Library | None = None,
        *,
        signal_label: Callable[[str], str] = plain_signal_name,
    ) -> None:
        self.events = ReviewEvents()
        self.reviewer = ""
        self._library = library
        self._signal_label = signal_label
        self._session: Session | None = None
        self._session_id: int | None = None
        self._result: DetectionResult | None = None
        self._spikes: list[Spike] = []
        self._tags: list[Tag] = []
        self._store: TagStore | None = None
        self._store_sid = 0
        self._scratch: Library | None = None
        self._canvas_data: CanvasData | None = None
        self._detector_hidden = False  # blind mode with hidden spikes (issue 16)
        self._selection: Selection = None
        self._pending_in: int | None = None
        #: Where spike keys land: "first_hit" (default) or "score_rise" (ranges.SPIKE_LANDINGS).
        self.spike_landing = "first_hit"
        self._clock = PlaybackClock(duration_ms=0)

    # --- the library ---------------------------------------------------------------------

    @property
    def library(self) -> Library | None:
        """The open library, or None."""
        return self._library

    def set_library(self, library: Library | None) -> None:
        """Use ``library`` for :meth:`load_session` and tags from the next session on."""
        self._library = library

    def open_library(self, path: Path | PgTarget) -> Library:
        """Open (or create) the library at ``path`` and use it, closing the previous one.

        Raises
        ------
        StoreError
            The file cannot be opened (then the previous library stays open and in use).
        """
        library = Library.open(path)
        self.close_library()
        self._library = library
        return library

    def close_library(self) -> None:
        """Close the open library, if any (committed data is already on disk)."""
        if self._library is not None:
            self._library.close()
            self._library = None

    def session_rows(self) -> list[SessionRow]:
        """Return the library's sessions in import order (empty without a library).

        Under blind mode (issue 16) the tag counts (and, when spikes are hidden, scores and
        spike counts) are what :attr:`reviewer` may see.
        """
        if self._library is None:
            return []
        from replay.store.blind import blind_rows

        return blind_rows(self._library, self._library.sessions(), self.reviewer)

    def _blind_scope(self) -> tuple[str, bool] | None:
        if self._library is None:
            return None
        return blind_scope(self._library.conn, self.reviewer)

    def session_listing(self) -> Listing:
        """Return the session list's columns (one query; empty without a library).

        Under blind mode, built from :meth:`session_rows` (what :attr:`reviewer` may see).
        """
        if self._library is None:
            return Listing.from_rows([])
        if self._blind_scope() is not None:
            return Listing.from_session_rows(self.session_rows())
        return self._library.listing()

    def search_sessions(self, query: SessionQuery) -> list[int]:
        """Return the ids of the library's sessions matching ``query`` (the one search).

        Under blind mode, tag (and hidden-spike) filters see only what :attr:`reviewer` may.
        """
        if self._library is None:
            return []
        scope = self._blind_scope()
        if scope is not None:
            query = replace(query, viewer=scope[0], viewer_spikes_hidden=scope[1])
        return self._library.session_ids(query)

    def session_row(self, session_id: int) -> SessionRow | None:
        """Return one session's listing facts as :attr:`reviewer` may see them, or None."""
        if self._library is None:
            return None
        try:
            row = self._library.session_row(session_id)
        except NotFound:
            return None
        if self._blind_scope() is None:
            return row
        from replay.store.blind import blind_rows

        return blind_rows(self._library, [row], self.reviewer)[0]

    def categories(self) -> list[Category]:
        """Return the active codebook categories (of the open library, else the defaults)."""
        return self._tag_store_for_codebook().categories()

    def set_reviewed(self, session_id: int, *, reviewer: str, reviewed: bool = True) -> None:
        """Mark session ``session_id`` reviewed by ``reviewer`` now (or clear the mark).

        Raises
        ------
        RuntimeError
            Without a library.
        NotFound, StoreError
            From the library.
        """
        if self._library is None:
            raise RuntimeError("set_reviewed needs a library")
        self._library.set_reviewed(session_id, reviewer=reviewer, reviewed=reviewed)

    def _tag_store_for_codebook(self) -> TagStore:
        if self._library is not None:
            return self._library.tags
        return self._scratch_library().tags

    def _scratch_library(self) -> Library:
        if self._scratch is None:
            self._scratch = Library.in_memory()
        return self._scratch

    # --- what is open --------------------------------------------------------------------

    @property
    def session(self) -> Session | None:
        """The session shown, or None."""
        return self._session

    @property
    def session_id(self) -> int | None:
        """The library id of the session shown, or None (shown without a library)."""
        return self._session_id

    @property
    def result(self) -> DetectionResult | None:
        """The shown session's detection result, or None (also while blind mode hides it)."""
        return None if self._detector_hidden else self._result

    def _blind_to_detector(self) -> bool:
        """Return True when blind mode hides this session's detector findings from the reviewer."""
        if self._library is None or self._session_id is None:
            return False
        from replay.store.blind import Viewer

        return not Viewer(self._library, self.reviewer).spikes_visible(self._session_id)

    @property
    def spikes(self) -> list[Spike]:
        """The detected spikes, sorted by start."""
        return list(self._spikes)

    @property
    def tags(self) -> list[Tag]:
        """The shown session's live tags, sorted by start."""
        return list(self._tags)

    @property
    def canvas_data(self) -> CanvasData | None:
        """The shown session's drawing arrays (built once per session, for every view)."""
        if self._session is None:
            return None
        if self._canvas_data is None:
            self._canvas_data = CanvasData(
                self._session, self.result, signal_label=self._signal_label
            )
        return self._canvas_data

    @property
    def clock(self) -> PlaybackClock:
        """The playback clock (read it; change it through the model's methods)."""
        return self._clock

    @property
    def t_ms(self) -> int:
        """The playhead (ms)."""
        return self._clock.t_ms

    @property
    def duration_ms(self) -> int:
        """The shown session's duration (ms), 0 without a session."""
        return self._clock.duration_ms

    @property
    def playing(self) -> bool:
        """True while playing."""
        return self._clock.playing

    @property
    def speed(self) -> float:
        """The playback speed."""
        return self._clock.speed

    @property
    def selection(self) -> Selection:
        """The selected range ``(start_ms, end_ms)`` or None."""
        return self._selection

    # --- loading -------------------------------------------------------------------------

    def load_session(self, session_id: int, *, store: bool = True) -> Session:
        """Show session ``session_id`` of the library with its stored result.

        A session never detected is detected now and, when ``store`` (the app), its result
        stored, so the library's score and spike columns fill in. The reading commands
        (``replay frame``, ``replay clip``) pass ``store=False``: the result then lives in
        memory only and the library file is left byte-for-byte unchanged.

        Raises
        ------
        RuntimeError
            Without a library.
        NotFound, StoreError
            From the library.
        """
        if self._library is None:
            raise RuntimeError("load_session needs a library; use set_session")
        session = self._library.load_session(session_id)
        result = load_result(self._library, session_id)
        if result is not None and _stale_default(result):
            result = None  # an older detector's result (e.g. reasons without ids): redo it
        computed = result is None
        if result is None:  # as `replay detect` does: dead clicks judged on the stored page
            result = detect_stored(self._library, session_id, session=session)
        self.set_session(session, result=result, session_id=session_id)
        if store and computed and self._result is not None and not self._library.readonly:
            save_result(self._library, session_id, self._result)
        return session

    def set_session(
        self,
        session: Session,
        result: DetectionResult | None = None,
        session_id: int | None = None,
    ) -> None:
        """Show ``session``: a fresh clock at 0, its tags, and its result (detected if None).

        Raises
        ------
        ValueError
            The session is longer than :data:`MAX_SIGNAL_INT` ms.
        """
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
        self._detector_hidden = self._blind_to_detector()
        self._spikes = (
            []
            if self._detector_hidden
            else sorted(result.spikes, key=lambda s: (s.start_ms, s.end_ms))
        )
        self._canvas_data = None
        self._selection = None
        self._pending_in = None
        self._clock = PlaybackClock(
            duration_ms=session.meta.duration_ms,
            idle_gaps=idle_gaps_from(session),
            skip_idle=self._clock.skip_idle,
            speed=self._clock.speed,
        )
        self._store, self._store_sid = self._open_tag_store(session, session_id)
        self._reload_tags()
        self.events.session_loaded.emit(session)
        self.events.selection_changed.emit(None)
        self.events.tags_changed.emit(None)
        self.events.time_changed.emit(0)

    def _open_tag_store(self, session: Session, session_id: int | None) -> tuple[TagStore, int]:
        if self._library is not None and session_id is not None:
            return self._library.tags, session_id
        # Shown without a library: a throwaway in-memory one holds the tags (a fresh one
        # per session, so tags never carry over from another session).
        if self._scratch is not None:
            self._scratch.close()
        self._scratch = Library.in_memory()
        sid, _ = self._scratch.add_session(session, samples=False)
        return self._scratch.tags, sid

    def reload_tags(self) -> None:
        """Read the session's tags again (blind mode or a done mark changed, a merge)."""
        if self._session is None:
            return
        self._reload_tags()
        self.events.tags_changed.emit(None)

    def _reload_tags(self) -> None:
        tags = self._store.list(self._store_sid) if self._store is not None else []
        if self._library is not None and self._store is self._library.tags:
            from replay.store.blind import Viewer  # blind mode: what this reviewer may see

            tags = Viewer(self._library, self.reviewer).tags(tags)
        self._tags = sorted(tags, key=lambda t: (t.start_ms, t.id))

    # --- time ----------------------------------------------------------------------------

    def seek(self, t_ms: float) -> int:
        """Go to ``t_ms`` (clamped to the session); emit ``time_changed`` if it moved."""
        before = self._clock.t_ms
        after = self._clock.seek(t_ms)
        if after != before:
            self.events.time_changed.emit(after)
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
            self.events.time_changed.emit(self._clock.t_ms)
        self.events.playing_changed.emit(True)

    def pause(self) -> None:
        """Pause."""
        if self._clock.playing:
            self._clock.pause()
            self.events.playing_changed.emit(False)

    def toggle_play(self) -> None:
        """Play when paused, pause when playing."""
        if self._clock.playing:
            self.pause()
        else:
            self.play()

    def advance(self, dt_ms: float) -> int:
        """Advance playback by ``dt_ms`` of wall time (the app's timer tick; tests call it)."""
        before = self._clock.t_ms
        was_playing = self._clock.playing
        after = self._clock.advance(dt_ms)
        if after != before:
            self.events.time_changed.emit(after)
        if was_playing and not self._clock.playing:
            self.events.playing_changed.emit(False)
        return after

    def set_speed(self, speed: float) -> None:
        """Set one of :data:`replay.playback.SPEEDS`."""
        before = self._clock.speed
        if self._clock.set_speed(speed) != before:
            self.events.speed_changed.emit(self._clock.speed)

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

    # --- spikes --------------------------------------------------------------------------

    def spike_landing_ms(self, spike: Spike) -> int:
        """Return where the spike keys put the playhead for ``spike`` (see ``spike_landing``)."""
        hits = list(self._result.hits) if self._result is not None else []
        return spike_landing_ms(spike, hits, landing=self.spike_landing)

    def _landings(self, spikes: list[Spike]) -> list[tuple[int, Spike]]:
        return sorted(((self.spike_landing_ms(s), s) for s in spikes), key=lambda p: p[0])

    def next_spike(self) -> Spike | None:
        """Go to the first spike landing after the playhead (its first hit by default)."""
        t = self._clock.t_ms
        found = next(((at, s) for at, s in self._landings(self._spikes) if at > t), None)
        if found is None:
            return None
        self.seek(found[0])
        return found[1]

    def prev_spike(self) -> Spike | None:
        """Go to the last spike landing before the playhead; return the spike or None."""
        t = self._clock.t_ms
        found = next(((at, s) for at, s in reversed(self._landings(self._spikes)) if at < t), None)
        if found is None:
            return None
        self.seek(found[0])
        return found[1]

    def is_spike_tagged(self, spike: Spike) -> bool:
        """Return True when a live tag covers ``spike`` (:func:`~replay.model.tags.tag_covers_spike`)."""
        return spike_is_tagged(spike, self._tags)

    def next_untagged_spike(self) -> Spike | None:
        """Go to the next spike no tag covers (wrapping around); return it or None."""
        t = self._clock.t_ms
        untagged = self._landings([s for s in self._spikes if not self.is_spike_tagged(s)])
        found = next(((at, s) for at, s in untagged if at > t), untagged[0] if untagged else None)
        if found is None:
            return None
        self.seek(found[0])
        return found[1]

    def spike_at(self, t_ms: int | None = None) -> Spike | None:
        """Return the spike covering ``t_ms`` (default: the playhead), or None."""
        t = self._clock.t_ms if t_ms is None else t_ms
        return next((s for s in self._spikes if s.start_ms <= t <= s.end_ms), None)

    # --- selection -----------------------------------------------------------------------

    def set_selection(self, start_ms: float, end_ms: float) -> None:
        """Select ``[start_ms, end_ms]`` (ordered and clamped to the session)."""
        lo, hi = sorted((float(start_ms), float(end_ms)))
        dur = self._clock.duration_ms
        sel = (int(max(0.0, min(lo, dur))), int(max(0.0, min(hi, dur))))
        if sel != self._selection:
            self._selection = sel
            self.events.selection_changed.emit(sel)

    def mark_in(self) -> None:
        """Set the range start at the playhead (key I, as in video editors)."""
        selection, self._pending_in = mark_in(self._selection, self._pending_in, self.t_ms)
        self._set_selection_exact(selection)

    def mark_out(self) -> None:
        """Set the range end at the playhead (key O); needs a start (I, or a selection)."""
        selection = mark_out(self._selection, self._pending_in, self.t_ms)
        self._pending_in = None
        self._set_selection_exact(selection)

    @property
    def pending_in_ms(self) -> int | None:
        """An in-point set with I and waiting for O, or None."""
        return self._pending_in

    def _set_selection_exact(self, selection: Selection) -> None:
        if selection is None:
            self.clear_selection()
        else:
            self.set_selection(*selection)

    def clear_selection(self) -> None:
        """Clear the selection."""
        if self._selection is not None:
            self._selection = None
            self.events.selection_changed.emit(None)

    # --- tags: each change saved at once, then the list re-read --------------------------

    def _changed(self) -> None:
        self._reload_tags()
        self.events.tags_changed.emit(None)
        self.events.tags_edited.emit(None)

    def _open_store(self) -> TagStore:
        if self._session is None or self._store is None:
            raise RuntimeError("no session is open")
        return self._store

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
        """Save a tag on the shown session at once; return it.

        Saving a range tag on the selection clears the selection (the next range starts
        fresh, as after a cut in a video editor).

        Raises
        ------
        InvalidTag, StoreError
            From the store (nothing was saved).
        """
        tag = self._open_store().add(
            self._store_sid,
            start_ms=int(start_ms),
            end_ms=None if end_ms is None else int(end_ms),
            category=category,
            severity=int(severity),
            note=note,
            reviewer=self.reviewer if reviewer is None else reviewer,
            spike_id=spike_id,
            signals=tuple(signals),
        )
        self._changed()
        if end_ms is not None and self._selection == (int(start_ms), int(end_ms)):
            self._pending_in = None
            self.clear_selection()
        return tag

    def tag_at_playhead(
        self, *, category: str, severity: int = 2, note: str = "", reviewer: str | None = None
    ) -> Tag:
        """Save a point tag at the playhead."""
        return self.add_tag(
            start_ms=self.t_ms, category=category, severity=severity, note=note, reviewer=reviewer
        )

    def tag_selection(
        self, *, category: str, severity: int = 2, note: str = "", reviewer: str | None = None
    ) -> Tag | None:
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
        spike: Spike,
        *,
        category: str,
        severity: int = 2,
        reviewer: str | None = None,
        note: str = "",
    ) -> Tag:
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

    def edit_tag(self, tag_id: int, *, expected_version: int | None = None, **changes: Any) -> Tag:
        """Change fields of a tag (saved at once; see ``TagStore.edit`` for the fields).

        Raises
        ------
        TagConflict
            Another reviewer changed the tag since ``expected_version`` (the version shown):
            nothing was written; the tags are re-read, so the newer version is shown.
        """
        try:
            tag = self._open_store().edit(tag_id, expected_version=expected_version, **changes)
        except TagConflict:
            self._changed()
            raise
        self._changed()
        return tag

    def delete_tag(self, tag_id: int, *, expected_version: int | None = None) -> None:
        """Delete a tag (history keeps it for undo); TagConflict as in :meth:`edit_tag`."""
        try:
            self._open_store().delete(tag_id, expected_version=expected_version)
        except TagConflict:
            self._changed()
            raise
        self._changed()

    def undo(self) -> HistoryEntry | None:
        """Undo the last tag change of this session; None when there is nothing to undo."""
        entry = self._open_store().undo(self._store_sid)
        self._changed()
        return entry

    def redo(self) -> HistoryEntry | None:
        """Redo the last undone tag change of this session; None when there is none."""
        entry = self._open_store().redo(self._store_sid)
        self._changed()
        return entry


def _stale_default(result: DetectionResult) -> bool:
    """Return True for a result of an older detector version made with the default config.

    Such a result is detected again when its session opens (reasons then carry their
    template ids, issue 14). A result made with another config is kept: the app cannot
    redo it without that config (``replay signals --config`` can).
    """
    from replay.signals import DETECTOR_VERSION, SignalConfig

    return (
        result.detector_version != DETECTOR_VERSION
        and result.config_hash == SignalConfig().config_hash
    )
