"""The events list of one session: what the person did and what the page said, in time order.

:func:`session_events` folds a session's channels into :class:`EventRow` entries for the
events pane: clicks and taps with their targets, page views with URLs, inputs (the field
and the text *length*, never the text: importers do not keep it), console errors with
their messages, scroll bursts and rotations. Rows carry numbers and data only; the UI
words them in the reviewer's language.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from replay.model.session import InteractionKind, LogLevel, NavigationKind, PointerType, Session
from replay.review.hits import split_target

#: Kinds of :class:`EventRow`, in the order the pane's filter lists them.
EVENT_KINDS: tuple[str, ...] = (
    "click",
    "tap",
    "page_view",
    "input",
    "console_error",
    "scroll",
    "rotation",
)
#: Scroll rows of one target closer than this belong to one burst.
SCROLL_GAP_MS = 500
#: A Click this close to a TouchEnd on the same element is that tap's synthetic click.
TAP_CLICK_MS = 400
#: Input events on one field closer than this are one "typed into" row.
INPUT_GAP_MS = 2000


@dataclass(frozen=True, slots=True)
class EventRow:
    """One row of the events pane.

    Attributes
    ----------
    kind : str
        One of :data:`EVENT_KINDS`.
    start_ms, end_ms : int
        When (``end_ms`` > ``start_ms`` for bursts and typing runs).
    target_tag, target_label : str
        The element (``tag#id``) and its label; "" when unknown or not applicable.
    text : str
        The URL of a page view, the message of a console error; "" otherwise.
    numbers : dict
        Facts in units: ``length`` (characters, inputs), ``from_y_px``, ``to_y_px``,
        ``distance_px`` (scroll), ``from_deg``/``to_deg`` or ``width_px``/``height_px``
        (rotations), ``count`` (events folded into the row).
    """

    kind: str
    start_ms: int
    end_ms: int
    target_tag: str = ""
    target_label: str = ""
    text: str = ""
    numbers: dict[str, float] = field(default_factory=dict)

    def haystack(self) -> str:
        """Return the row's searchable text (kind, target, label, URL/message), lower case."""
        return " ".join((self.kind, self.target_tag, self.target_label, self.text)).lower()


def _target(session: Session, index: int) -> tuple[str, str]:
    node = session.node(int(index))
    if node is None:
        return "", ""
    if node.tag in ("#document", "html", "body"):
        return "#document", ""  # the page itself: its "label" is all of its text
    return split_target(node.describe())


def _clicks(session: Session) -> list[EventRow]:
    """Clicks, and taps (TouchEnd; the Click a browser adds to a tap is the same tap)."""
    ch = session.channel("interactions")
    if not len(ch):
        return []
    kind, target, t_ms = ch["kind"], ch["target"], ch.t_ms
    touch_end = np.flatnonzero(kind == InteractionKind.TOUCH_END)
    rows = []
    for i in np.flatnonzero((kind == InteractionKind.CLICK) | (kind == InteractionKind.TOUCH_END)):
        t = int(t_ms[i])
        is_click = int(kind[i]) == InteractionKind.CLICK
        near = touch_end[np.abs(t_ms[touch_end] - t) <= TAP_CLICK_MS]
        if is_click and np.any(target[near] == target[i]):
            continue  # the synthetic click of a tap already listed
        tap = not is_click or int(ch["pointer"][i]) == PointerType.TOUCH
        tag, label = _target(session, int(target[i]))
        numbers: dict[str, float] = {}
        x, y = float(ch["x_px"][i]), float(ch["y_px"][i])
        if np.isfinite(x) and np.isfinite(y):
            numbers = {"x_px": round(x, 1), "y_px": round(y, 1)}
        rows.append(EventRow("tap" if tap else "click", t, t, tag, label, "", numbers))
    return rows


def _page_views(session: Session) -> list[EventRow]:
    ch = session.channel("navigation")
    rows = []
    last = None
    for t, url, kind in zip(ch.t_ms, ch["url"], ch["kind"], strict=True):
        text = session.string(int(url))
        # a recorder checkout re-sends the same page: not a new page view
        if int(kind) == NavigationKind.LOAD and text == last:
            continue
        last = text
        rows.append(EventRow("page_view", int(t), int(t), text=text))
    return rows


def _inputs(session: Session) -> list[EventRow]:
    ch = session.channel("inputs")
    rows: list[EventRow] = []
    run: list[int] = []

    def close() -> None:
        if run:
            first, last = run[0], run[-1]
            tag, label = _target(session, int(ch["target"][first]))
            numbers = {"length": float(ch["length"][last]), "count": float(len(run))}
            checked = int(ch["checked"][last])
            if checked >= 0:
                numbers["checked"] = float(checked)
            rows.append(
                EventRow("input", int(ch.t_ms[first]), int(ch.t_ms[last]), tag, label, "", numbers)
            )
            run.clear()

    for i in range(len(ch)):
        if run and (
            int(ch["target"][i]) != int(ch["target"][run[-1]])
            or int(ch.t_ms[i]) - int(ch.t_ms[run[-1]]) > INPUT_GAP_MS
        ):
            close()
        run.append(i)
    close()
    return rows


def _console_errors(session: Session) -> list[EventRow]:
    ch = session.channel("console")
    mask = ch["level"] == LogLevel.ERROR
    return [
        EventRow("console_error", int(t), int(t), text=session.string(int(m)))
        for t, m in zip(ch.t_ms[mask], ch["message"][mask], strict=True)
    ]


def _scrolls(session: Session) -> list[EventRow]:
    ch = session.channel("scroll")
    if not len(ch):
        return []
    rows = []
    for target in np.unique(ch["target"]):
        idx = np.flatnonzero(ch["target"] == target)
        t = ch.t_ms[idx]
        y = ch["y_px"][idx].astype(np.float64)
        cuts = np.flatnonzero(np.diff(t) > SCROLL_GAP_MS) + 1
        tag, label = _target(session, int(target))
        for a, b in zip(np.r_[0, cuts], np.r_[cuts, len(idx)], strict=True):
            seg = y[a:b]
            # the offset before the burst is the previous row's (or the first of the burst)
            start_y = float(y[a - 1]) if a > 0 else float(seg[0])
            distance = float(np.abs(np.diff(np.r_[start_y, seg])).sum())
            if distance <= 0:
                continue
            numbers = {
                "from_y_px": round(start_y, 1),
                "to_y_px": round(float(seg[-1]), 1),
                "distance_px": round(distance, 1),
                "count": float(b - a),
            }
            rows.append(EventRow("scroll", int(t[a]), int(t[b - 1]), tag, label, "", numbers))
    return rows


def _rotations(session: Session) -> list[EventRow]:
    orient = session.channel("orientation")
    rows = []
    if len(orient):
        angle = orient["angle_deg"].astype(np.float64)
        for i in np.flatnonzero(np.abs(np.diff(angle)) > 1.0) + 1:
            t = int(orient.t_ms[i])
            numbers = {"from_deg": float(angle[i - 1]), "to_deg": float(angle[i])}
            rows.append(EventRow("rotation", t, t, numbers=numbers))
        return rows
    vp = session.channel("viewport")  # no sensor: a landscape/portrait swap is a rotation
    w, h = vp["width_px"], vp["height_px"]
    land = w > h
    for i in np.flatnonzero(land[1:] != land[:-1]) + 1:
        t = int(vp.t_ms[i])
        numbers = {"width_px": float(w[i]), "height_px": float(h[i])}
        rows.append(EventRow("rotation", t, t, numbers=numbers))
    return rows


def session_events(session: Session) -> list[EventRow]:
    """Return every event row of ``session`` in time order (stable within a moment)."""
    rows = [
        *_clicks(session),
        *_page_views(session),
        *_inputs(session),
        *_console_errors(session),
        *_scrolls(session),
        *_rotations(session),
    ]
    order = {k: i for i, k in enumerate(EVENT_KINDS)}
    rows.sort(key=lambda r: (r.start_ms, order[r.kind]))
    return rows


def search(
    rows: Sequence[EventRow], query: str, *, kinds: Sequence[str] | None = None
) -> list[EventRow]:
    """Return rows of ``kinds`` (all when None) whose text holds every word of ``query``."""
    words = query.lower().split()
    wanted = None if kinds is None else set(kinds)
    return [
        r
        for r in rows
        if (wanted is None or r.kind in wanted) and all(w in r.haystack() for w in words)
    ]


def row_at(rows: Sequence[EventRow], t_ms: int) -> int | None:
    """Return the index of the last row starting at or before ``t_ms`` (None before the first)."""
    i = bisect.bisect_right([r.start_ms for r in rows], t_ms) - 1
    return i if i >= 0 else None
