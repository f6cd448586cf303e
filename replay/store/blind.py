"""Blind coding: a reviewer does not see other reviewers' tags until they mark a session done.

Blind mode is a setting of the library file (``replay blind on``), so it holds for every
reviewer of that library, in the app and in what the CLI prints (``sessions``, ``tag list``,
``export``, ``info``). While it is on, a reviewer sees in a session:

- their own tags (``tag.reviewer`` equals their name);
- everyone else's tags, consensus tags included, only once they marked that session
  done (``replay done SESSION``);
- the detector's spikes and score only when the library also hides spikes
  (``replay blind on --spikes``) and the session is done, else always.

Done marks are stored per reviewer per session (table ``session_done``) and travel with
``replay merge``. The reviewer is who the settings say (``--reviewer``, ``$REPLAY_REVIEWER``,
else the user name): blind mode guards against bias, not against a reviewer who wants to
peek (they can always open the file with another name).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from replay.model.tags import Tag, iso_utc, validate_text
from replay.store import codec
from replay.store.library import Library, SessionRow

BLIND_KEY = "blind"
BLIND_SPIKES_KEY = "blind_spikes"


@dataclass(frozen=True, slots=True)
class BlindSettings:
    """A library's blind-mode settings.

    Attributes
    ----------
    enabled : bool
        Other reviewers' tags are hidden until the session is marked done.
    hide_spikes : bool
        The detector's spikes and scores are hidden too (only when ``enabled``).
    """

    enabled: bool = False
    hide_spikes: bool = False

    def to_json(self) -> dict[str, bool]:
        """Return a JSON-able dict."""
        return {"blind": self.enabled, "hide_spikes": self.hide_spikes}


def _get(library: Library, key: str) -> str | None:
    with library.guard():
        row = library.db.conn.execute(
            "SELECT value FROM library_settings WHERE key = ?", [key]
        ).fetchone()
    return None if row is None else str(row[0])


def settings(library: Library) -> BlindSettings:
    """Return the library's blind-mode settings."""
    enabled = _get(library, BLIND_KEY) == "1"
    return BlindSettings(
        enabled=enabled, hide_spikes=enabled and _get(library, BLIND_SPIKES_KEY) == "1"
    )


def set_blind(library: Library, *, enabled: bool, hide_spikes: bool = False) -> BlindSettings:
    """Switch blind mode on or off for the library (one transaction)."""
    with library.write() as db:
        for key, value in ((BLIND_KEY, enabled), (BLIND_SPIKES_KEY, enabled and hide_spikes)):
            db.conn.execute(
                "INSERT INTO library_settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, "1" if value else "0"],
            )
    return settings(library)


def mark_done(library: Library, session_id: int, reviewer: str, *, done: bool = True) -> None:
    """Mark (or unmark) ``session_id`` done by ``reviewer``.

    Raises
    ------
    NotFound
        No such session.
    """
    validate_text("reviewer", reviewer)
    library.session_row(session_id)  # NotFound naming the session
    with library.write() as db:
        if done:
            db.conn.execute(
                "INSERT OR IGNORE INTO session_done (session_id, reviewer, done_at)"
                " VALUES (?, ?, ?)",
                [session_id, codec.safe_text(reviewer), iso_utc(datetime.now(UTC))],
            )
        else:
            db.conn.execute(
                "DELETE FROM session_done WHERE session_id = ? AND reviewer = ?",
                [session_id, reviewer],
            )


def done_by(library: Library, session_id: int) -> dict[str, str]:
    """Return ``{reviewer: done_at}`` of one session."""
    with library.guard():
        rows = library.db.conn.execute(
            "SELECT reviewer, done_at FROM session_done WHERE session_id = ? ORDER BY reviewer",
            [session_id],
        ).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


def done_sessions(library: Library, reviewer: str) -> set[int]:
    """Return the ids of the sessions ``reviewer`` marked done."""
    with library.guard():
        rows = library.db.conn.execute(
            "SELECT session_id FROM session_done WHERE reviewer = ?", [reviewer]
        ).fetchall()
    return {int(r[0]) for r in rows}


def all_done(library: Library) -> dict[int, set[str]]:
    """Return ``{session_id: {reviewers who marked it done}}``."""
    with library.guard():
        rows = library.db.conn.execute("SELECT session_id, reviewer FROM session_done").fetchall()
    out: dict[int, set[str]] = {}
    for sid, reviewer in rows:
        out.setdefault(int(sid), set()).add(str(reviewer))
    return out


class Viewer:
    """What one reviewer may see of a library under its blind-mode settings.

    Parameters
    ----------
    library : Library
        The open library.
    reviewer : str
        Who is looking.
    """

    def __init__(self, library: Library, reviewer: str) -> None:
        self.reviewer = reviewer
        self.settings = settings(library)
        self._done = done_sessions(library, reviewer) if self.settings.enabled else set()

    @property
    def blind(self) -> bool:
        """True when blind mode is on for this library."""
        return self.settings.enabled

    def session_open(self, session_id: int) -> bool:
        """Return True when everything of the session may be shown (not blind, or marked done)."""
        return not self.settings.enabled or session_id in self._done

    def tag_visible(self, tag: Tag) -> bool:
        """Return True when ``tag`` may be shown to this reviewer."""
        if self.session_open(tag.session_id):
            return True
        return tag.origin == "reviewer" and tag.reviewer == self.reviewer

    def tags(self, tags: Iterable[Tag]) -> list[Tag]:
        """Return the visible ones of ``tags``."""
        return [t for t in tags if self.tag_visible(t)]

    def spikes_visible(self, session_id: int) -> bool:
        """Return True when the detector's spikes and score of the session may be shown."""
        return not self.settings.hide_spikes or self.session_open(session_id)

    def hidden_count(self, tags: Iterable[Tag]) -> int:
        """How many of ``tags`` are hidden (the CLI says so, without saying whose)."""
        return sum(1 for t in tags if not self.tag_visible(t))


def blind_rows(library: Library, rows: Iterable[SessionRow], reviewer: str) -> list[SessionRow]:
    """Return ``rows`` as ``reviewer`` may see them.

    Tag counts count visible tags only; score and spike count are None where spikes are
    hidden. Unchanged when blind mode is off.
    """
    rows = list(rows)
    viewer = Viewer(library, reviewer)
    if not viewer.blind:
        return rows
    visible: dict[int, int] = {}
    for tag in library.tags.list():
        if viewer.tag_visible(tag):
            visible[tag.session_id] = visible.get(tag.session_id, 0) + 1
    out = []
    for row in rows:
        changes: dict[str, object] = {"tag_count": visible.get(row.id, 0)}
        if not viewer.spikes_visible(row.id):
            changes.update(score=None, spike_count=None)
        out.append(dataclasses.replace(row, **changes))  # type: ignore[arg-type]
    return out
