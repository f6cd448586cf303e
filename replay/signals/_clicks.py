"""Shared click helpers: the click table and each click's page response (SIGNALS.md 10)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from replay.model.session import InteractionKind, Node, PointerType, Session
from replay.signals._dom import dom_answers, page_available
from replay.signals.config import DeadClickConfig
from replay.signals.reasons import Why, why

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]
Ints = npt.NDArray[np.signedinteger]  # any width (targets are int32)
BoolArr = npt.NDArray[np.bool_]

#: Response kinds a click can get, in the order reported; each maps to a channel and a
#: DeadClickConfig window attribute (PostHog dead-clicks-autocapture, Sentry handleClick).
RESPONSE_KINDS: tuple[tuple[str, str, str], ...] = (
    ("mutation", "mutations", "mutation_ms"),
    ("navigation", "navigation", "navigation_ms"),
    ("scroll", "scroll", "scroll_ms"),
    ("selection", "selections", "selection_ms"),
    ("input", "inputs", "input_ms"),
    ("viewport", "viewport", "viewport_ms"),
    ("media", "media", "media_ms"),
)


@dataclass(frozen=True, slots=True)
class Clicks:
    """The CLICK rows of a session's interactions, as columns (N clicks)."""

    t_ms: I64
    x_px: F64
    y_px: F64
    target: npt.NDArray[np.int32]
    pointer: npt.NDArray[np.int8]

    def __len__(self) -> int:
        return len(self.t_ms)


def clicks_of(session: Session) -> Clicks:
    """Return the session's clicks and taps (InteractionKind.CLICK rows)."""
    inter = session.channel("interactions")
    keep = inter["kind"] == InteractionKind.CLICK
    return Clicks(
        t_ms=inter.t_ms[keep].astype(np.int64),
        x_px=inter["x_px"][keep].astype(np.float64),
        y_px=inter["y_px"][keep].astype(np.float64),
        target=inter["target"][keep],
        pointer=inter["pointer"][keep],
    )


def forwarded_clicks(session: Session, clicks: Clicks, forward_ms: int) -> BoolArr:
    """Return (N,) bool: the click is the browser's forward of the click before it.

    A click on a ``<label>`` (or inside one: the nearest control on the way up is the
    label, ``Node.cue == "label"``) makes the browser click the labelled control itself
    (HTML, the label element's activation behaviour): rrweb records a second click, on
    another element at the same point, a few ms later. That second click is not the
    person's: it is one action with the label click. ``forward_ms`` <= 0: no forwards.
    """
    n = len(clicks)
    out = np.zeros(n, dtype=bool)
    if n < 2 or forward_ms <= 0:
        return out
    nodes = session.nodes
    label = np.zeros(len(nodes) + 1, dtype=bool)  # last slot = unknown target (-1)
    for j, node in enumerate(nodes):
        label[j] = node.cue == "label"
    first = clicks.target[:-1]
    by_label = label[np.where(first >= 0, first, len(nodes))]
    out[1:] = (
        by_label
        & (np.diff(clicks.t_ms) <= forward_ms)
        & (np.abs(np.diff(clicks.x_px)) <= 1.0)
        & (np.abs(np.diff(clicks.y_px)) <= 1.0)
        & (clicks.target[1:] != first)
    )
    return out


def next_own_click_ms(clicks: Clicks, forwarded: BoolArr) -> F64:
    """Return (N,) the delay from each click to the next click that is not a forward."""
    n = len(clicks)
    out = np.full(n, np.inf)
    own = np.flatnonzero(~forwarded)
    k = np.searchsorted(own, np.arange(n), side="right")
    ok = k < len(own)
    out[ok] = (clicks.t_ms[own[k[ok]]] - clicks.t_ms[ok]).astype(np.float64)
    return out


def next_delay_ms(times_ms: I64, at_ms: I64) -> F64:
    """Return, per ``at_ms``, the delay to the first ``times_ms`` >= it (inf when none).

    Parameters
    ----------
    times_ms : (M,) int64, sorted
    at_ms : (N,) int64
    """
    idx = np.searchsorted(times_ms, at_ms, side="left")
    out = np.full(len(at_ms), np.inf)
    ok = idx < len(times_ms)
    out[ok] = (times_ms[idx[ok]] - at_ms[ok]).astype(np.float64)
    return out


def first_on_target(t_ms: Ints, target: Ints, want: Ints, start: Ints, stop: Ints) -> I64:
    """Return per query the index of the first event on ``want[i]`` in ``[start[i], stop[i])``.

    Parameters
    ----------
    t_ms, target : (M,) the events' times (sorted) and targets
    want, start, stop : (N,) per query: the target (< 0: none) and the time range
    Returns (N,) an index into the events, or -1. Vectorised: events sorted by (target,
    time) under one integer key, one binary search per query.
    """
    out = np.full(len(want), -1, dtype=np.int64)
    if len(t_ms) == 0 or len(want) == 0:
        return out
    t = np.asarray(t_ms, dtype=np.int64)
    targets, rank = np.unique(np.asarray(target, dtype=np.int64), return_inverse=True)
    t0 = int(t.min())
    size = int(t.max()) - t0 + 2  # offsets 0 .. size - 2; query bounds clipped to size - 1
    order = np.lexsort((t, rank))  # stable: by target, then time
    keys = rank[order].astype(np.int64) * size + (t[order] - t0)
    w = np.asarray(want, dtype=np.int64)
    k = np.minimum(np.searchsorted(targets, w), len(targets) - 1)
    known = (w >= 0) & (targets[k] == w)
    base = k.astype(np.int64) * size
    lo = base + np.clip(np.asarray(start, dtype=np.int64) - t0, 0, size - 1)
    hi = base + np.clip(np.asarray(stop, dtype=np.int64) - t0, 0, size - 1)
    j = np.searchsorted(keys, lo, side="left")
    jj = np.minimum(j, len(keys) - 1)
    hit = known & (j < len(keys)) & (keys[jj] < hi)
    out[hit] = order[jj[hit]]
    return out


def _presses(session: Session) -> tuple[I64, Ints]:
    """Return the times and targets of the session's presses (mouse-down, touch-start)."""
    inter = session.channel("interactions")
    down = np.isin(inter["kind"], (InteractionKind.MOUSE_DOWN, InteractionKind.TOUCH_START))
    return inter.t_ms[down].astype(np.int64), inter["target"][down]


def presses_unrecorded(session: Session, clicks: Clicks) -> bool:
    """Return True when the recorder did not record presses (detectors 1.18.0).

    Every pointer click has a press, so a session with pointer clicks (a position: not a
    key's click, which rrweb records at no point) but not one mouse-down or touch-start
    was recorded without them (rrweb's ``sampling.mouseInteraction`` with ``MouseDown``
    off; a pointer press is recorded as MouseDown or TouchStart). Told by the session as
    a whole: a recording with any press is judged by its presses.
    """
    if len(clicks) == 0 or len(_presses(session)[0]):
        return False
    return bool(np.isfinite(clicks.x_px).any())


def press_starts(session: Session, clicks: Clicks, cfg: DeadClickConfig) -> I64:
    """Return (N,) when each click's answer window starts: its press, else the click.

    Detectors 1.14.0: a slider, a checkbox, a menu that opens on mouse-down or a drag
    handle answers at the press, before the browser's click event. The press of a click
    is the first mouse-down or touch-start on the same target after the click before it,
    at most ``late_ms`` before the click (held however long within that: a drag is one
    action). A click with no such press (a key's click, a forward) starts at itself.

    Detectors 1.18.0: where presses were not recorded (:func:`presses_unrecorded`), a
    pointer click's press is unknown; it lasted at most ``press_bound_ms`` (and came
    after the click before), so its window opens there.
    """
    n = len(clicks)
    out = clicks.t_ms.astype(np.int64).copy()
    if n == 0:
        return out
    prev = np.concatenate([[np.iinfo(np.int64).min], out[:-1]])
    if presses_unrecorded(session, clicks):
        pointer = np.isfinite(clicks.x_px)
        bound = np.maximum(prev + 1, out - cfg.press_bound_ms)
        return np.where(pointer, np.minimum(bound, out), out)
    dt, dtg = _presses(session)
    if len(dt) == 0:
        return out
    after = np.maximum(prev, out - cfg.late_ms) + 1  # a press after the click before
    first = first_on_target(dt, dtg, clicks.target, after, out + 1)
    ok = first >= 0
    out[ok] = dt[first[ok]]
    return out


def _own_input_starts(session: Session, clicks: Clicks, cfg: DeadClickConfig, starts: I64) -> I64:
    """Return (N,) from when the clicked control's own input answers each click.

    From its press (``starts``). Where presses were not recorded (detectors 1.18.0), a
    held press (a slider dragged, however long: :func:`press_starts` looks ``late_ms``
    back) may have begun at any time after the click before: the control's own value
    change since then is its answer to the person's hand (a range's value changes only
    when the person moves it).
    """
    if not presses_unrecorded(session, clicks):
        return starts
    t = clicks.t_ms.astype(np.int64)
    prev = np.concatenate([[np.iinfo(np.int64).min], t[:-1]])
    earliest = np.maximum(prev, t - cfg.late_ms) + 1
    return np.where(np.isfinite(clicks.x_px), np.minimum(earliest, t), starts)


#: Response kinds whose window starts at the press (the page's changes; the pressed
#: control's own input is judged by :func:`_own_inputs`). A selection or a scroll between
#: press and click is the held pointer's own doing (a pen slipping over text), not an answer.
_FROM_PRESS = frozenset(["mutation", "navigation"])


def _delays_from(t_ms: I64, clicks: Clicks, starts: I64) -> F64:
    """Return per click the delay of the first event from its window start (0 before the click)."""
    from_start = next_delay_ms(t_ms, starts)
    return np.maximum(0.0, from_start - (clicks.t_ms - starts).astype(np.float64))


def _own_inputs(session: Session, clicks: Clicks, starts: I64) -> F64:
    """Return per click the delay of its first input (detectors 1.14.0, see below).

    The pressed control's own value change between its press and the click (a range
    moved, a checkbox, a colour picker) is the browser's answer to the press: delay 0.
    """
    inputs = session.channel("inputs")
    t = inputs.t_ms.astype(np.int64)
    out = next_delay_ms(t, clicks.t_ms)
    own = first_on_target(t, inputs["target"], clicks.target, starts, clicks.t_ms)
    out[own >= 0] = 0.0
    return out


@dataclass(frozen=True, slots=True)
class Responses:
    """Per click: the earliest page response within its window, if any."""

    delay_ms: F64  # (N,) earliest qualifying response delay, inf when none
    kind_index: I64  # (N,) index into RESPONSE_KINDS of that response, -1 when none
    any_delay_ms: F64  # (N,) delay to the next response of any kind, unbounded (for reasons)
    kinds_known: tuple[str, ...]  # response kinds this recording can carry
    late_ms: F64  # (N,) first mutation/navigation before the next click, press or input, unbounded
    #: mutations were judged on the stored page (replay.signals._dom) up to this many ms
    #: after each click; None = by timing alone (no page stored, or ``use_page`` off)
    page_horizon_ms: int | None = None

    def kind(self, i: int) -> str:
        """Return the kind of click ``i``'s response ("" when none)."""
        k = int(self.kind_index[i])
        return RESPONSE_KINDS[k][0] if k >= 0 else ""

    @property
    def answered(self) -> BoolArr:
        """(N,) True where some response came within its window."""
        return np.isfinite(self.delay_ms)


def responses_of(session: Session, clicks: Clicks, cfg: DeadClickConfig) -> Responses:
    """Compute each click's page response (mutation, navigation, scroll, selection, ...).

    A response must come within its kind's window *and* before the next click or the
    person's next press (a later answer belongs to the later action: a stroke, a drag with
    no click, detectors 1.16.0); a click the browser forwards (a label's click on
    its control, :func:`forwarded_clicks`) is not a next click: its answer answers the
    label click. Where the page is stored (``cfg.use_page``), a
    mutation answers only when it changed something near the target, or something
    elsewhere that does not change by itself and is not background by timing
    (:mod:`replay.signals._dom`; after an earlier click, a delayed far change is that
    click's leftover only when it touches what the click's immediate answer changed or
    added). By timing (no page stored): a mutation later than ``immediate_ms`` is
    background, not an answer, when a page load or another click's immediate answer
    happened within ``background_ms`` before it (a toast hiding, a modal on a timer).
    Without the page, what a mutation touched is unknown, so this errs towards the
    earlier action: a far answer within ``background_ms`` of an unrelated instant answer
    is lost (the page-judged rule does not lose it).
    """
    n = len(clicks)
    best = np.full(n, np.inf)
    best_kind = np.full(n, -1, dtype=np.int64)
    any_delay = np.full(n, np.inf)
    known = []
    next_click = next_own_click_ms(clicks, forwarded_clicks(session, clicks, cfg.forward_ms))
    starts = press_starts(session, clicks, cfg)
    unrecorded = presses_unrecorded(session, clicks)
    # by timing, what a change touched is unknown: before a click whose press was not
    # recorded no change is known to be the press's (detectors 1.18.0; on the stored page
    # the control's own change is, see dom_answers)
    timed_starts = clicks.t_ms.astype(np.int64) if unrecorded else starts
    delays: dict[str, F64] = {}
    for kind, channel, _ in RESPONSE_KINDS:
        if session.has(channel):  # type: ignore[arg-type]
            known.append(kind)
            if kind == "input":
                own_from = _own_input_starts(session, clicks, cfg, starts)
                delays[kind] = _own_inputs(session, clicks, own_from)
                continue
            t = session.channel(channel).t_ms.astype(np.int64)  # type: ignore[arg-type]
            # from the press: the page's own changes; what the held pointer does itself (a
            # selection dragged, a finger's scroll) is no answer before the click
            at = timed_starts if kind in _FROM_PRESS else clicks.t_ms
            delays[kind] = _delays_from(t, clicks, at)
    horizon: int | None = None
    if "mutation" in delays and cfg.use_page and page_available(session):
        horizon = max(cfg.late_ms, cfg.mutation_ms)
        scrolls = None
        if "scroll" in delays:
            sc = session.channel("scroll")
            scrolls = (sc.t_ms.astype(np.int64), sc["target"])
        dom = dom_answers(
            session,
            clicks.t_ms,
            clicks.target,
            cfg,
            horizon_ms=horizon,
            start_t=starts,
            scrolls=scrolls,
            press_unknown=np.isfinite(clicks.x_px) if unrecorded else None,
        )
        if dom is None:
            horizon = None
        else:  # only changes that can answer the click (near it, or not background)
            delays["mutation"] = dom.delay_ms
            if dom.scroll_delay_ms is not None:
                delays["scroll"] = dom.scroll_delay_ms
    if "mutation" in delays and horizon is None:
        delays["mutation"] = _drop_background(session, clicks, delays, cfg)
    # a late answer: the page changed after the window, but before the user clicked or
    # typed again (then the change is more likely the answer to that)
    late = np.full(n, np.inf)
    for kind in ("mutation", "navigation"):
        if kind in delays:
            late = np.minimum(late, delays[kind])
    # the person's next press (detectors 1.16.0): a mouse-down or touch-start after the
    # click starts another action (a stroke, a drag: no Click follows); a change after it
    # is that action's, not this click's answer, in its window or late
    next_press = _next_press_ms(session, clicks)
    next_own = np.minimum(next_click, next_press)
    next_act = np.minimum(next_own, delays["input"]) if "input" in delays else next_own
    if unrecorded:
        # detectors 1.18.0: presses not recorded: the next click stands for the person's
        # next press, which came at most press_bound_ms before it (and after this click)
        pressed = np.maximum(next_click - cfg.press_bound_ms, 1.0)
        next_act = np.minimum(next_act, pressed)
    late = np.where(late < next_act, late, np.inf)
    for k, (kind, _, window_attr) in enumerate(RESPONSE_KINDS):
        if kind not in delays:
            continue
        delay = delays[kind]
        any_delay = np.minimum(any_delay, delay)
        within = (delay <= getattr(cfg, window_attr)) & (delay < next_own)
        better = within & (delay < best)
        best = np.where(better, delay, best)
        best_kind = np.where(better, k, best_kind)
    return Responses(
        delay_ms=best,
        kind_index=best_kind,
        any_delay_ms=any_delay,
        kinds_known=tuple(known),
        late_ms=late,
        page_horizon_ms=horizon,
    )


def _next_press_ms(session: Session, clicks: Clicks) -> F64:
    """Return (N,) the delay from each click to the next mouse-down or touch-start after it.

    A press after the click cannot be this click's (its own press comes before it); it
    begins the person's next action (detectors 1.16.0). inf when none.
    """
    t = clicks.t_ms.astype(np.int64)
    return next_delay_ms(np.sort(_presses(session)[0]), t + 1) + 1.0  # strictly after


def _drop_background(
    session: Session, clicks: Clicks, delays: dict[str, F64], cfg: DeadClickConfig
) -> F64:
    """Return mutation delays with late background mutations replaced by inf."""
    mut = delays["mutation"]
    immediate = mut <= cfg.immediate_ms
    if "navigation" in delays:
        immediate |= delays["navigation"] <= cfg.immediate_ms
    causes = np.sort(
        np.concatenate([clicks.t_ms[immediate], session.channel("navigation").t_ms])
    ).astype(np.int64)
    if len(causes) == 0:
        return mut
    late = np.isfinite(mut) & (mut > cfg.immediate_ms)
    when = clicks.t_ms + np.where(late, mut, 0).astype(np.int64)
    # the latest cause strictly before this click
    prev = np.searchsorted(causes, clicks.t_ms, side="left") - 1
    has_prev = prev >= 0
    prev_t = np.where(has_prev, causes[np.maximum(prev, 0)], np.iinfo(np.int64).min // 2)
    background = late & has_prev & (when - prev_t <= cfg.background_ms)
    return np.where(background, np.inf, mut)


def node_of(session: Session, index: int) -> Node | None:
    """Return the node at ``index`` (None for -1/unknown)."""
    return session.node(int(index))


def describe_target(session: Session, index: int) -> str | None:
    """Return ``tag#id "label"`` for a target index, None when unknown."""
    node = node_of(session, index)
    return node.describe() if node is not None else None


def short_target(session: Session, index: int) -> str:
    """Return ``tag#id`` (no label) for reasons, or "an unknown element"."""
    node = node_of(session, index)
    if node is None:
        return "an unknown element"
    text = node.tag or "node"
    if node.dom_id:
        return f"{text}#{node.dom_id}"
    if node.classes:
        return text + "." + node.classes.split()[0]
    return text


_POINTER_NAMES = {int(p): p.name.lower() for p in PointerType}


def pointer_name(pointer: int) -> str:
    """Return ``mouse``, ``pen``, ``touch`` or ``unknown``."""
    return _POINTER_NAMES.get(int(pointer), "unknown")


def seconds(ms: float) -> str:
    """Format ms as seconds with one decimal ("4.5 s")."""
    return f"{ms / 1000:.1f} s"


def no_response_text(
    delay_ms: float, *, after_ms: int, duration_ms: int, horizon_ms: int | None = None
) -> str:
    """Describe how long a page stayed silent after ``after_ms``.

    ``horizon_ms``: the changes were judged on the stored page up to that far (a change
    elsewhere that happens by itself, a ticker, is no response).
    """
    return no_response_why(
        delay_ms, after_ms=after_ms, duration_ms=duration_ms, horizon_ms=horizon_ms
    ).english()


def no_response_why(
    delay_ms: float, *, after_ms: int, duration_ms: int, horizon_ms: int | None = None
) -> Why:
    """Return the reason "no page response for 4.5 s" (or "... in the remaining ...")."""
    if np.isfinite(delay_ms):
        return why("silent.for", seconds=f"{delay_ms / 1000:.1f}")
    rest = max(0, duration_ms - after_ms)
    if horizon_ms is not None and rest > horizon_ms:
        return why("silent.horizon", seconds=f"{horizon_ms / 1000:.1f}")
    return why("silent.rest", seconds=f"{rest / 1000:.1f}")


#: Elements people click while reading (to place the caret, clear a selection, or for no
#: reason): with no recorded styles, a click on one of these is no sign of expectation.
READING_TAGS = frozenset(
    [
        "html",
        "body",
        "main",
        "article",
        "section",
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "figure",
        "figcaption",
        "img",
        "#document",
        "#text",
        "pre",
        "td",
    ]
)


def expected_targets(session: Session, target: np.ndarray) -> np.ndarray:
    """Return (N,) bool: the click's target promised an action (see the module text)."""
    nodes = session.nodes
    per_node = np.ones(len(nodes) + 1, dtype=bool)  # last slot = unknown target: keep
    for j, node in enumerate(nodes):
        if node.cue:
            continue
        if node.styled or node.tag in READING_TAGS:
            per_node[j] = False
    return per_node[np.where(target >= 0, target, len(nodes))]
