"""Per-session arrays shared by several detectors, each computed once on first use.

``detect`` builds one :class:`Prepared` per session and hands it to every detector, so
the mouse track (positions, steps, step lengths), the click table and the clicks' page
responses are derived once instead of once per detector (on a 1-million-event session
that was a third of the run time). Called on its own, a detector builds its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import numpy.typing as npt

from replay.model.session import PointerKind, Session
from replay.signals._clicks import Clicks, Responses, clicks_of, responses_of
from replay.signals.config import DeadClickConfig

F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class MouseTrack:
    """The mouse positions of a session (pointer rows of kind MOVE) and their steps.

    Positions stay float32 (the channel dtype; sub-pixel precision is far below any
    threshold). Step ``k`` goes from position ``k`` to ``k + 1``.

    Attributes
    ----------
    t_ms : (N,) int64
    x_px, y_px : (N,) float32
    dt_ms : (N-1,) int64
        Time between consecutive positions.
    dx_px, dy_px : (N-1,) float32
        Signed step along each axis.
    step_px : (N-1,) float32
        Step length, ``sqrt(dx**2 + dy**2)`` in float32 (STACK.md: float64 ``np.hypot``
        is several times slower and the extra precision is not needed here).
    """

    t_ms: I64
    x_px: F32
    y_px: F32
    dt_ms: I64
    dx_px: F32
    dy_px: F32
    step_px: F32

    def __len__(self) -> int:
        return len(self.t_ms)


def mouse_track(session: Session) -> MouseTrack:
    """Return the session's mouse track (empty when it has no pointer channel)."""
    ptr = session.channel("pointer")
    mouse = ptr["kind"] == PointerKind.MOVE
    if bool(mouse.all()):  # the usual case: no copy (channel arrays are read-only)
        t, x, y = ptr.t_ms, ptr["x_px"], ptr["y_px"]
    else:
        t, x, y = ptr.t_ms[mouse], ptr["x_px"][mouse], ptr["y_px"][mouse]
    x = np.asarray(x, dtype=np.float32)
    y = np.asarray(y, dtype=np.float32)
    t = np.asarray(t, dtype=np.int64)
    dx = np.diff(x)
    dy = np.diff(y)
    step = dx * dx
    step += dy * dy
    np.sqrt(step, out=step)
    return MouseTrack(t_ms=t, x_px=x, y_px=y, dt_ms=np.diff(t), dx_px=dx, dy_px=dy, step_px=step)


class Prepared:
    """Lazily derived, shared arrays of one session (read only once computed).

    Parameters
    ----------
    session : Session
        The session every derived array belongs to.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self._responses: dict[DeadClickConfig, Responses] = {}

    @cached_property
    def mouse(self) -> MouseTrack:
        """The mouse track (see :func:`mouse_track`)."""
        return mouse_track(self.session)

    @cached_property
    def clicks(self) -> Clicks:
        """The session's clicks and taps (see :func:`replay.signals._clicks.clicks_of`)."""
        return clicks_of(self.session)

    def responses(self, cfg: DeadClickConfig) -> Responses:
        """Each click's page response under the windows of ``cfg`` (cached per config)."""
        found = self._responses.get(cfg)
        if found is None:
            found = responses_of(self.session, self.clicks, cfg)
            self._responses[cfg] = found
        return found


def prepared(session: Session, prep: Prepared | None) -> Prepared:
    """Return ``prep`` when it belongs to ``session``, else a fresh :class:`Prepared`."""
    if prep is not None and prep.session is session:
        return prep
    return Prepared(session)
