"""Which DOM changes answer a click, judged on the stored page (issue 15; SIGNALS.md 10).

Timing alone calls a click answered when *any* mutation follows it. On a page with a live
ticker, a clock or a carousel that advances by itself, every click is then "answered",
and a dead button is never seen. Where the recorded page is stored (the page view,
``Session.page``), each mutation is known by the nodes it changed, so a click is
answered only by a change that can be its answer (SIGNALS.md 10's "stricter mode": the
clicked node, its ancestors and descendants, or nodes added/removed for it):

* **Near** the target: the changed element is inside the subtree of the target's
  ``near_levels``-th ancestor (its own node, its descendants, its siblings and their
  contents, the card or form it sits in), never the whole page (the climb stops below
  ``body``). A near change answers the click.
* **Elsewhere**: a change farther away answers only when the element is not *background*
  and the change is not an earlier action's *leftover work*. A basket counter in the
  header answering "Add to cart" is far from the button and still an answer.
* **Leftover work** (detectors 1.13.0): a far change later than ``immediate_ms`` after
  the click and within ``background_ms`` after an earlier click that was answered at
  once is that click's leftover only when it touches what that immediate answer changed
  or added: an element the answer changed, or an element inside a node it created or
  whose own attributes or text it changed (its toast hiding, its modal closing; a class
  set on ``html``/``body`` does not make the whole page the answer's). Anything else
  (an order box's note 0.8 s after "Waiting time", 4 s after an unrelated "+" answered
  at once) is not the earlier click's work and may answer the later click (slow or fine
  by its delay). A page load builds the whole document and typing in a contenteditable
  has debounced reactions anywhere (an autosave mark, a word count), so after those the
  timing rule stays: any far change within ``background_ms`` of one is their leftover.
  Up to 1.12.0 the timing rule applied after a click too (``responses_of``'s rule; a
  held-out "Waiting time" answer was called dead for it). Without a stored page what a
  change touches is unknown and ``responses_of`` keeps the timing rule.
* **Background** elements change by themselves: an element changed at least
  ``background_repeats`` times when no click, input or page load came in the
  ``mutation_ms`` before (a ticker every 0.7 s, a carousel every few seconds, a clock).
  Their changes answer no click, near or far. A slow answer (a button answered after
  3 s) is one such change, not three. Nor do attributes or texts changed *in the same
  mutation* as a background element (one rrweb mutation event is one batch of the page's
  work): the same timer changed them (a carousel's dots, rewritten with its text, each
  too rarely to be seen as background by itself). Judged per node and per kind of
  change (detectors 1.7.0): a timer excuses only its own kind of change, so nodes added
  or removed in that batch under an element that is neither background nor inside one
  may still answer a click (a late answer rendered in the same task as a playing
  video's progress tick).
* **Off its rhythm** (detectors 1.8.0): a background element that keeps a regular
  rhythm (a player's bar and time every 0.5 s, a slideshow every 2.5 s) and changes
  within ``immediate_ms`` after a click *off its rhythm* did not change by itself: its
  timer gives one change per period, and this one is more. Off the rhythm: a third
  change of the element within less than a period either side (``period -
  rhythm_tol_ms``: this one and the two beats around it), or a second one within ``2 *
  rhythm_tol_ms`` (two in one beat). A tick the browser ran late (after an input) is
  still one change per beat. Such a batch answers the click like any other change (a
  "+10 s" button moving the playing video's bar and time). The period is measured on
  the element's own changes: the shortest interval of which at least 80 % of the
  intervals between them are multiples (within ``rhythm_tol_ms``), at least
  ``4 * rhythm_tol_ms``; an element without one (a "watching" count every 3-5 s) stays
  plain background.
* **A strict beat** (detectors 1.18.0): an element is background also when at least
  ``background_repeats`` of its changes came neither within ``immediate_ms`` after an
  action nor during a press, they keep a period (as above), and every one of its changes
  lies within ``rhythm_tol_ms`` of that beat: a timer however busy the person was around
  its beats (a calendar's "now" line every 3 s while the person tapped and typed; the
  quiet rule needs ``mutation_ms`` without an action before a change).
* **In the click's own task** (detectors 1.16.0): background is judged over the whole
  session, so an element a user action rrweb does not record moves (a board zoomed by the
  wheel) is background for every click. A batch within ``same_task_ms`` after a click or
  its press (rrweb's MutationObserver delivers the handler's changes at the microtask
  checkpoint after the event: 1-5 ms on our recordings) answers the click when a
  background element of it lies near the click and none keeps a rhythm (a rhythmic one is
  judged off its rhythm, above). A far timer meeting the click's task is not taken (set
  5's sheet status 2 ms after a dead click); the risk taken is a near timer without a
  rhythm firing within ``same_task_ms`` after a click.
* **The control's own change** (detectors 1.17.0): in the click's own task (within
  ``same_task_ms`` after the click or its press), a change of the clicked element itself
  or of an element holding it within its near region (its own attributes or text:
  ``aria-pressed``, a class, a label), not a background element, answers the click,
  whatever else the batch holds. A handler that updates the control and re-renders data
  a timer also rewrites (a filter chip and the KPI values of a dashboard refreshing every
  5 s) runs in one task; the timer does not make the control's own state change, and the
  off-rhythm rule cannot judge a change before the timer's first beat (set 17).
* **Unseen** (detectors 1.9.0): a change of an element the user cannot see answers no
  click, near or far, in time or late: the element or an ancestor is ``hidden``,
  ``display: none``, ``visibility: hidden``, of zero size or off-screen, as far as the
  stored DOM and the recorded stylesheets tell (``replay.signals._seen``; a closed chat
  panel's "online/away" label, a hidden "Saved 3 s ago"). It must be unseen both before
  and after its batch (opening or closing a panel is seen), and what hides it must not
  also hold the clicked element (``seen_only``; off = the 1.8.0 rule).

The changed element of a mutation: the parent of an added or removed node, the parent
element of a changed text node, the node whose attributes changed; only elements that
existed before the batch (a node the batch creates is part of what it adds, so the
cells of a re-rendered table cannot have changed "by themselves" in the batch that
made them). Without a stored page the caller falls back to timing alone.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import msgspec
import numpy as np
import numpy.typing as npt

from replay.model.fields import in_field
from replay.model.page import ELEMENT, KEYFRAME_MS, PageError, PageState, PNode, unpack
from replay.model.session import InteractionKind, NavigationKind, Session
from replay.signals._seen import Visibility
from replay.signals.config import DeadClickConfig

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

#: Elements the climb to the near region never reaches (the whole page is not "near").
_PAGE_LEVEL = frozenset(["html", "body", "head"])


@dataclass(frozen=True, slots=True)
class _Change:
    """One stored mutation: when, in which page load, the elements it changed."""

    t_ms: int
    epoch: int
    elements: tuple[int, ...]
    #: per element: itself and all its ancestors (empty when no click is within the
    #: horizon before the change: then where it sits does not matter)
    chains: tuple[frozenset[int], ...]
    #: per element: True when the batch added or removed nodes under it (not only
    #: attributes or texts)
    structural: tuple[bool, ...] = ()
    #: per element: the ids of what hid it before and after the batch (-1: seen); empty
    #: when every element was seen (detectors 1.9.0)
    hidden: tuple[tuple[int, int], ...] = ()
    #: every element lies in a text-entry field (a contenteditable document, a textbox):
    #: the user's typing, which rrweb records only as mutations (detectors 1.12.0)
    typed: bool = False
    #: what the batch changed, for the leftover-work rule (detectors 1.13.0; empty when no
    #: click is within the horizon before the change): the nodes it created, and per
    #: element whether its own attributes or text changed and it is not html/body/head
    #: (then its whole subtree is what the batch changed)
    added: frozenset[int] = frozenset()
    reach: tuple[bool, ...] = ()


@dataclass(frozen=True, slots=True)
class DomAnswers:
    """Per click: the delay of the first mutation that can answer it (inf when none)."""

    delay_ms: F64
    near: npt.NDArray[np.bool_]  # the answer was near the target
    background_elements: int  # elements found to change by themselves
    #: per click: the delay of the first scroll that can be its answer (the page's, or an
    #: element's near the target or holding it; detectors 1.14.0), inf when none
    scroll_delay_ms: F64 | None = None


def page_available(session: Session) -> bool:
    """Return True when the session carries a usable stored page."""
    page = session.page
    return page is not None and page.status == "ok" and bool(page.chunks)


def dom_answers(
    session: Session,
    click_t: I64,
    click_target: npt.NDArray[np.int32],
    cfg: DeadClickConfig,
    *,
    horizon_ms: int,
    always_keyframes: bool = False,
    start_t: I64 | None = None,
    scrolls: tuple[I64, npt.NDArray[np.int32]] | None = None,
    press_unknown: npt.NDArray[np.bool_] | None = None,
) -> DomAnswers | None:
    """Judge each click's mutation answers on the stored page; None when it cannot.

    Parameters
    ----------
    session : Session
        With ``page`` loaded (:func:`page_available`).
    click_t, click_target : arrays
        The clicks (sorted by time) and their target node indexes (-1 unknown).
    cfg : DeadClickConfig
        ``near_levels``, ``background_repeats``, ``mutation_ms``, ``immediate_ms``,
        ``background_ms``.
    horizon_ms : int
        How far after a click to look (the late-answer window).
    always_keyframes : bool
        Decode every stored keyframe instead of replaying on through periodic cuts
        (the same answers, slower; for tests).
    start_t : array, optional
        When each click's answer window starts (its press, ``press_starts``; detectors
        1.14.0): a change between the press and the click answers it with delay 0.
        Default: the click itself.
    scrolls : (times, target node indexes), optional
        The recorded scrolls, to judge which can answer each click (``scroll_delay_ms``).
    press_unknown : bool array, optional
        Per click: its press was not recorded (detectors 1.18.0), so ``start_t`` is the
        earliest it can have been (``press_bound_ms`` before the click): a change of the
        clicked control itself anywhere from there to the click may be the press's own
        task and answers it.
    """
    page = session.page
    if page is None or not page_available(session):
        return None
    loads = _load_times(session)
    starts = click_t if start_t is None else np.minimum(start_t, click_t)
    try:
        changes, near_roots, target_chains, scroll_delay = _replay(
            session,
            click_t,
            click_target,
            cfg,
            loads,
            horizon_ms=horizon_ms,
            always_keyframes=always_keyframes,
            starts=starts,
            scrolls=scrolls,
        )
    except PageError:
        return None
    typed = np.array([c.t_ms for c in changes if c.typed], dtype=np.int64)
    # typing in a contenteditable is user input (rrweb records no Input event for it)
    actions = np.sort(np.concatenate([_actions(session, click_t, loads), typed]))
    background = _background_elements(changes, actions, cfg)
    holds = _held(session)
    unknown = press_unknown is not None and bool(press_unknown.any())
    if unknown:
        # presses not recorded (detectors 1.18.0): a pointer click was held from its
        # press (at most press_bound_ms before it: ``starts``) to the click
        order = np.argsort(starts[press_unknown], kind="stable")
        holds = (
            starts[press_unknown][order].astype(np.int64),
            click_t[press_unknown][order].astype(np.int64),
        )
    background |= _timer_elements(changes, background, actions, holds, cfg)  # detectors 1.18.0
    rhythms = _rhythms(changes, background, actions, holds, cfg, holds_unknown=unknown)
    n = len(click_t)
    clicked = target_chains  # each click's target and its ancestors
    t_change = np.array([c.t_ms for c in changes], dtype=np.int64)
    first = np.full(n, np.inf)
    first_near = np.zeros(n, dtype=bool)
    # per click: its candidate answers (delay, near, change, the elements that may answer)
    candidates: list[list[tuple[float, bool, _Change, list[int]]]] = []
    for i in range(n):
        t = int(click_t[i])
        # from the press on (detectors 1.14.0); the click's own ms counts (delay 0)
        lo = int(np.searchsorted(t_change, int(starts[i]), side="left"))
        hi = int(np.searchsorted(t_change, t + horizon_ms, side="right"))
        found: list[tuple[float, bool, _Change, list[int]]] = []
        root = near_roots[i]
        held = target_chains[i] if cfg.seen_only else frozenset()
        # a press not recorded (detectors 1.18.0): its time is unknown, so no change is
        # known to be in its task; before the click only the control's own change answers
        blind = press_unknown is not None and bool(press_unknown[i])
        press_t = t if blind else int(starts[i])
        for c in changes[lo:hi]:
            if c.typed and c.t_ms - t > cfg.immediate_ms:
                continue  # the user typing, not the page answering (an undo edits at once)
            if blind and c.t_ms < t:
                live = _own_change(c, background, root, clicked[i])
            else:
                live = _answering(c, background)
                if not live and c.t_ms - t <= cfg.immediate_ms and _off_rhythm(c, rhythms, cfg):
                    live = list(
                        range(len(c.chains))
                    )  # the element's timer did not make this change
                if (
                    not live
                    and _same_task(c.t_ms, t, press_t, cfg)
                    and _near_timer(c, background, rhythms, root)
                ):
                    live = list(range(len(c.chains)))  # the click's own task (detectors 1.16.0)
                if not live and _same_task(c.t_ms, t, press_t, cfg):
                    live = _own_change(c, background, root, clicked[i])  # detectors 1.17.0
            if c.hidden:
                live = [j for j in live if not _unseen(c.hidden[j], held)]
            if not live:
                continue
            near = root is not None and any(root in c.chains[j] for j in live)
            found.append((float(max(0, c.t_ms - t)), near, c, live))
        candidates.append(found)
    # the leftover-work rule (see the module text): an earlier click's immediate answer
    # (what it changed and added) and the times of what has no such bound (page loads,
    # typing in a contenteditable)
    answered_at_once: list[tuple[int, _Footprint]] = []
    for i, f in enumerate(candidates):
        fp = _footprint(f, cfg)
        if fp is not None:
            answered_at_once.append((int(click_t[i]), fp))
    answered_at_once.sort(key=lambda tf: tf[0])
    once_t = np.array([t for t, _ in answered_at_once], dtype=np.int64)
    unbounded = np.sort(np.concatenate([loads, typed])).astype(np.int64)
    for i in range(n):
        t = int(click_t[i])
        k = int(np.searchsorted(unbounded, t, side="left")) - 1
        prev = int(unbounded[k]) if k >= 0 else None
        hi = int(np.searchsorted(once_t, t, side="left"))  # earlier clicks (strictly before)
        for delay, near, c, live in candidates[i]:
            if not near and delay > cfg.immediate_ms:
                if prev is not None and c.t_ms - prev <= cfg.background_ms:
                    continue  # a page load's or the typing's leftover work (timing)
                lo = int(np.searchsorted(once_t, c.t_ms - cfg.background_ms, side="left"))
                earlier = [fp for _, fp in answered_at_once[lo:hi]]
                if earlier and all(any(_touches(c, j, fp) for fp in earlier) for j in live):
                    continue  # an earlier click's leftover work (its toast hiding)
            first[i] = delay
            first_near[i] = near
            break
    return DomAnswers(
        delay_ms=first,
        near=first_near,
        background_elements=len(background),
        scroll_delay_ms=scroll_delay,
    )


@dataclass(frozen=True, slots=True)
class _Footprint:
    """What a click's immediate answer changed: its elements, and the subtrees it made."""

    elements: frozenset[int]  # every element its batches changed (children, attributes, text)
    subtrees: frozenset[int]  # the nodes they created and the elements whose own attributes
    # or text changed (not html/body/head): what lies under them is what the answer showed


def _footprint(
    found: list[tuple[float, bool, _Change, list[int]]], cfg: DeadClickConfig
) -> _Footprint | None:
    """Return what a click's immediate answer changed (None when it had none)."""
    elements: set[int] = set()
    subtrees: set[int] = set()
    for delay, _near, c, live in found:
        if delay > cfg.immediate_ms:
            break
        subtrees |= c.added
        for j in live:
            elements.add(c.elements[j])
            if c.reach and c.reach[j]:
                subtrees.add(c.elements[j])
    if not elements and not subtrees:
        return None
    return _Footprint(frozenset(elements), frozenset(subtrees))


def _touches(c: _Change, j: int, fp: _Footprint) -> bool:
    """Return True when element ``j`` of a change lies in what ``fp``'s answer changed.

    The same element (a toast removed from the container it was added to, a modal's
    class set back), or an element inside a node the answer created or whose own
    attributes or text it changed (the toast's text fading, the modal's contents).
    """
    return c.elements[j] in fp.elements or not fp.subtrees.isdisjoint(c.chains[j])


def _unseen(hid: tuple[int, int], held: frozenset[int]) -> bool:
    """Return True when an element was hidden before and after its batch, not by what holds the click."""
    before, after = hid
    return before >= 0 and after >= 0 and before not in held and after not in held


def _answering(c: _Change, background: set[tuple[int, int]]) -> list[int]:
    """Return the indexes of a change's elements that may answer a click (see the module text).

    Without a background element in the batch: all of them. With one, the batch is that
    timer's work as far as its own kind of change goes: background elements, and what
    only had attributes or texts changed with them (a carousel's dots), answer nothing.
    Nodes added or removed under an element that is not background and not inside a
    background element may still be an answer (detectors 1.7.0: a late answer that
    renders new content in the same task as a playing video's progress bar).
    """
    if not c.chains:
        return []
    bg = {e for e in c.elements if (c.epoch, e) in background}
    if not bg:
        return list(range(len(c.chains)))
    return [
        j
        for j, (e, chain, structural) in enumerate(
            zip(c.elements, c.chains, c.structural, strict=True)
        )
        if structural and e not in bg and not (bg & chain)
    ]


def _load_times(session: Session) -> I64:
    """Return the times of page loads (new documents: rrweb node ids restart)."""
    nav = session.channel("navigation")
    if len(nav) == 0:
        return np.zeros(0, dtype=np.int64)
    out: I64 = np.asarray(nav.t_ms[nav["kind"] == NavigationKind.LOAD], dtype=np.int64)
    return out


def _replay(
    session: Session,
    click_t: I64,
    click_target: npt.NDArray[np.int32],
    cfg: DeadClickConfig,
    loads: I64,
    *,
    horizon_ms: int,
    always_keyframes: bool = False,
    starts: I64 | None = None,
    scrolls: tuple[I64, npt.NDArray[np.int32]] | None = None,
) -> tuple[list[_Change], list[int | None], list[frozenset[int]], F64 | None]:
    """Replay the stored page once: every mutation's changed elements, each click's region.

    Also each click's target and its ancestors (what holds the click), and, with
    ``seen_only``, for the elements of a change near a click what hid them before and
    after the batch (:class:`~replay.signals._seen.Visibility`, read from the replayed
    tree and its stylesheets).

    A chunk cut only because the page kept changing (every ``KEYFRAME_MS``) starts with
    the state the previous chunk ended in, so the replay goes on without decoding its
    keyframe (decoding every keyframe cost ~80 % of the time); a chunk that may start a
    new document (a FullSnapshot: a page load before it, no event at its start, or less
    than ``KEYFRAME_MS`` after the previous one) is loaded from its keyframe.
    ``always_keyframes`` loads every keyframe (tests compare the two).

    With ``scrolls``, also per click the delay of the first scroll within ``scroll_ms``
    after it that can answer it (:func:`_scroll_answers`, judged on the tree at the click).
    """
    page = session.page
    assert page is not None
    changes: list[_Change] = []
    roots: list[int | None] = [None] * len(click_t)
    held: list[frozenset[int]] = [frozenset()] * len(click_t)
    scroll_delay = None if scrolls is None else np.full(len(click_t), np.inf)

    def place(i: int, state: PageState) -> None:
        roots[i], held[i] = _click_place(session, state, int(click_target[i]), cfg)
        if scroll_delay is not None and scrolls is not None:
            scroll_delay[i] = _scroll_answers(
                session,
                state,
                scrolls,
                int(click_t[i]),
                int(click_target[i]),
                cfg,
            )

    vis: Visibility | None = None
    order = np.argsort(click_t, kind="stable")
    sorted_t = click_t[order]
    # when each click's window opens (its press), in click order (detectors 1.14.0)
    sorted_start = (click_t if starts is None else starts)[order]
    k = 0  # next click (in time order) to place
    state: PageState | None = None
    fields: dict[int, bool] = {}  # element id -> lies in a text-entry field (this tree)
    prev_start = prev_last = 0
    for ci, chunk in enumerate(page.chunks):
        events = unpack(chunk.events)
        if (
            state is None
            or always_keyframes
            or not _continues(chunk.start_ms, events, prev_start, prev_last, loads)
        ):
            state = _tree_of(chunk.keyframe)
            vis = None
            fields = {}
        prev_start = chunk.start_ms
        prev_last = int(events[-1][0]) if events else chunk.start_ms
        end = page.chunks[ci + 1].start_ms if ci + 1 < len(page.chunks) else None
        for ev in events:
            t, kind, payload = int(ev[0]), ev[1], ev[2]
            while k < len(order) and int(click_t[order[k]]) <= t:
                place(int(order[k]), state)
                k += 1
            if kind == "m" and isinstance(payload, dict):
                elements, structural = _changed_elements(state, payload)
                if elements:
                    epoch = int(np.searchsorted(loads, t, side="right"))
                    # where a change sits matters only within some click's horizon
                    j = int(np.searchsorted(sorted_t, t, side="right")) - 1
                    near_a_click = (j >= 0 and t - int(sorted_t[j]) <= horizon_ms) or (
                        j + 1 < len(sorted_t) and int(sorted_start[j + 1]) <= t
                    )  # after a click, or between the next click's press and it
                    chains = (
                        tuple(frozenset(_chain(state, e)) for e in elements)
                        if near_a_click
                        else ()
                    )
                    before: list[int] = []
                    if near_a_click and cfg.seen_only:
                        vis = vis if vis is not None else Visibility(state)
                        before = [vis.hider(e) for e in elements]
                    state.apply(kind, payload)
                    hidden: tuple[tuple[int, int], ...] = ()
                    if vis is not None and any(b >= 0 for b in before):
                        hidden = tuple(
                            (b, vis.hider(e) if b >= 0 else -1)
                            for b, e in zip(before, elements, strict=True)
                        )
                    typed = all(_in_field(state, e, fields) for e in elements)
                    added: frozenset[int] = frozenset()
                    reach: tuple[bool, ...] = ()
                    if near_a_click:
                        added, reach = _made(state, payload, elements)
                    changes.append(
                        _Change(
                            t, epoch, elements, chains, structural, hidden, typed, added, reach
                        )
                    )
                    continue
            state.apply(kind, payload)
        limit = end if end is not None else None
        while k < len(order) and (limit is None or int(click_t[order[k]]) < limit):
            place(int(order[k]), state)
            k += 1
    return changes, roots, held, scroll_delay


#: How far up from a clicked control its own group reaches, for element scrolls: its
#: grandparent (the carousel that holds the arrow and the track; detectors 1.14.0).
_GROUP_LEVELS = 2

#: Scroll targets that are the page itself (rrweb records the document's scroll on it).
_PAGE_SCROLL = frozenset(["#document", "html", "body", ""])


def _scroll_answers(
    session: Session,
    state: PageState,
    scrolls: tuple[I64, npt.NDArray[np.int32]],
    t: int,
    target: int,
    cfg: DeadClickConfig,
) -> float:
    """Return the delay of the first scroll that can answer a click (inf when none).

    Detectors 1.14.0: a scroll of the page (the document) answers as before; a scroll of
    an element answers only when it is plausibly the click's: the element holds the
    target (the clicked control's own list or box) or lies in the control's own group,
    the subtree of its grandparent (a carousel's track beside its arrow, in the carousel),
    or the target is a same-page link (``#...``: its anchor may sit in a scrolling box).
    The near region of mutations (``near_levels``, 3) is too wide here: on a two-column
    page it is the whole layout, and a box the page scrolls by itself in the other column
    (a transcript following the spoken line, a feed) is not the click's answer.
    """
    times, targets = scrolls
    lo = int(np.searchsorted(times, t, side="left"))  # from the click (a scroll while
    # the pointer is held is its own doing)
    hi = int(np.searchsorted(times, t + cfg.scroll_ms, side="right"))
    if lo >= hi:
        return float("inf")
    tnode = session.node(target) if target >= 0 else None
    link = tnode is not None and tnode.href.startswith("#")
    tchain: frozenset[int] | None = None
    group = _near_root(session, state, target, _GROUP_LEVELS)
    for j in range(lo, hi):
        node = session.node(int(targets[j]))
        if node is None or node.tag in _PAGE_SCROLL or link or node.rrweb_id < 0:
            return float(max(0, int(times[j]) - t))
        if tnode is None or tnode.page != node.page or node.rrweb_id not in state.nodes:
            return float(max(0, int(times[j]) - t))  # unknown: judged as before (timing)
        if tchain is None:
            tchain = (
                frozenset(_chain(state, tnode.rrweb_id)) if tnode.rrweb_id >= 0 else frozenset()
            )
        el = node.rrweb_id
        if el in tchain or (group is not None and group in _chain(state, el)):
            return float(max(0, int(times[j]) - t))
    return float("inf")


def _in_field(state: PageState, element: int, memo: dict[int, bool]) -> bool:
    """Return True when ``element`` is or lies in a text-entry field.

    The importer's rule and walk (``replay.model.fields``): input, textarea, select,
    ``contenteditable`` (any value but ``"false"``) or an ARIA textbox, searchbox or
    combobox role, on the element or an ancestor. Memoised per element for one tree.
    """

    def step(node_id: int) -> tuple[Any, Any, int] | None:
        node = state.nodes.get(node_id)
        if node is None:
            return None
        return (node.tag if node.type == ELEMENT else None), node.attrs, node.parent

    return in_field(element, step, memo)


def _decode(blob: bytes) -> Any:
    """Decode a stored page blob (msgspec: ~5x json; json for NaN, which msgspec refuses)."""
    try:
        return msgspec.json.decode(zlib.decompress(blob))
    except (msgspec.DecodeError, zlib.error):
        return unpack(blob)


def _tree_of(keyframe: bytes) -> PageState:
    """Return a keyframe's node tree: ids, kinds, tags, parents, children, attributes, texts.

    The attributes and texts (already decoded, not copied) tell what the user could see
    (detectors 1.9.0: ``hidden``, inline styles, classes, the stylesheets' text).
    """
    data = _decode(keyframe)
    state = PageState()
    nodes = state.nodes
    for node_id, parent, kind, tag, attrs, text, _flags in data["n"]:
        nodes[node_id] = PNode(
            node_id,
            kind,
            tag,
            attrs if kind == ELEMENT and isinstance(attrs, dict) else None,
            text if isinstance(text, str) else "",
            parent,
            0,
        )
        parent_node = nodes.get(parent)
        if parent_node is None:
            state.root = node_id if state.root < 0 else state.root
        else:
            parent_node.children.append(node_id)
    return state


def _continues(
    start: int, events: list[object], prev_start: int, prev_last: int, loads: I64
) -> bool:
    """Return True when a chunk is a periodic cut of the same document (see ``_replay``)."""
    if not events or start - prev_start < KEYFRAME_MS:
        return False
    first = events[0]
    if not isinstance(first, list) or not first or int(first[0]) != start:
        return False
    k = int(np.searchsorted(loads, prev_last, side="right"))
    return not (k < len(loads) and int(loads[k]) <= start)  # no page load in between


def _changed_elements(
    state: PageState, data: dict[str, object]
) -> tuple[tuple[int, ...], tuple[bool, ...]]:
    """Return the element ids a mutation changes (see the module text).

    Only elements that existed before the batch: a node the batch creates is part of
    what it adds (its parent, the first existing ancestor, is the changed element), not a
    change of its own, so it cannot have changed by itself before it existed (detectors
    1.7.0: a late answer re-rendering a table is not its new cells' "own" change).
    """
    new = _created(state, data)
    out: list[int] = []
    for item in _items(data.get("r")):
        if len(item) >= 2 and isinstance(item[1], int):
            out.append(item[1])
    for item in _items(data.get("a")):
        if len(item) >= 1 and isinstance(item[0], int):
            out.append(item[0])
    moved = frozenset(out)  # elements that nodes were added to or removed from
    for item in _items(data.get("t")):
        node = state.nodes.get(item[0]) if item and isinstance(item[0], int) else None
        if node is not None:
            out.append(node.id if node.type == ELEMENT else node.parent)
    for item in _items(data.get("at")):
        if item and isinstance(item[0], int):
            out.append(item[0])
    elements = tuple(dict.fromkeys(e for e in out if e >= 0 and e not in new))
    return elements, tuple(e in moved for e in elements)


def _made(
    state: PageState, data: dict[str, object], elements: tuple[int, ...]
) -> tuple[frozenset[int], tuple[bool, ...]]:
    """Return what an applied batch made: the nodes it added, and per element its reach.

    An element's reach is True when its own attributes or text changed and it is not
    html, body or head (a class set on ``body`` does not make the whole page the batch's).
    Nodes added under an element change its children, not the element's subtree.
    """
    added: set[int] = set()
    for item in _items(data.get("a")):
        node = item[2] if len(item) >= 3 else None
        node_id = node.get("id") if isinstance(node, dict) else None
        if type(node_id) is int and node_id in state.nodes:
            added.add(node_id)
    own: set[int] = set()
    for item in _items(data.get("at")):
        if item and isinstance(item[0], int):
            own.add(item[0])
    for item in _items(data.get("t")):
        node = state.nodes.get(item[0]) if item and isinstance(item[0], int) else None
        if node is not None:
            own.add(node.id if node.type == ELEMENT else node.parent)
    reach = []
    for e in elements:
        node = state.nodes.get(e)
        reach.append(e in own and node is not None and node.tag not in _PAGE_LEVEL)
    return frozenset(added), tuple(reach)


def _created(state: PageState, data: dict[str, object]) -> frozenset[int]:
    """Return the ids of the nodes a mutation adds that did not exist before it."""
    new: set[int] = set()
    for item in _items(data.get("a")):
        node = item[2] if len(item) >= 3 else None
        node_id = node.get("id") if isinstance(node, dict) else None
        if type(node_id) is int and node_id not in state.nodes:
            new.add(node_id)
    return frozenset(new)


def _items(value: object) -> list[list[object]]:
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, list)]


def _chain(state: PageState, node_id: int) -> list[int]:
    """Return ``node_id`` and its ancestors (bounded)."""
    out = [node_id]
    node = state.nodes.get(node_id)
    for _ in range(4096):
        if node is None or node.parent < 0:
            break
        out.append(node.parent)
        node = state.nodes.get(node.parent)
    return out


def _click_place(
    session: Session, state: PageState, target: int, cfg: DeadClickConfig
) -> tuple[int | None, frozenset[int]]:
    """Return a click's near region root and its target with the target's ancestors."""
    root = _near_root(session, state, target, cfg.near_levels)
    node_info = session.node(target) if target >= 0 else None
    if node_info is None or node_info.rrweb_id < 0 or node_info.rrweb_id not in state.nodes:
        return root, frozenset()
    return root, frozenset(_chain(state, node_info.rrweb_id))


def _near_root(session: Session, state: PageState, target: int, levels: int) -> int | None:
    """Return the id of the target's near region root (None when the target is unknown)."""
    node_info = session.node(target) if target >= 0 else None
    if node_info is None or node_info.rrweb_id < 0:
        return None
    node = state.nodes.get(node_info.rrweb_id)
    if node is None:
        return None
    root = node.id
    for _ in range(max(0, levels)):
        parent = state.nodes.get(node.parent) if node.parent >= 0 else None
        if parent is None or parent.type != ELEMENT or parent.tag in _PAGE_LEVEL:
            break
        node, root = parent, parent.id
    return root


def _actions(session: Session, click_t: I64, loads: I64) -> I64:
    """Return the sorted times of what the user (or a page load) did: clicks, presses, inputs."""
    inputs = session.channel("inputs").t_ms.astype(np.int64)
    inter = session.channel("interactions")
    presses = inter.t_ms[inter["kind"] != InteractionKind.BLUR].astype(np.int64)
    return np.sort(np.concatenate([click_t.astype(np.int64), inputs, loads, presses]))


def _background_elements(
    changes: list[_Change], actions: I64, cfg: DeadClickConfig
) -> set[tuple[int, int]]:
    """Return (epoch, element) pairs that change by themselves (see the module text)."""
    counts: dict[tuple[int, int], int] = {}
    for c in changes:
        k = int(np.searchsorted(actions, c.t_ms, side="left")) - 1
        if c.typed or (k >= 0 and c.t_ms - int(actions[k]) <= cfg.mutation_ms):
            continue  # something the user did may have caused it (or it is their typing)
        for e in c.elements:
            counts[(c.epoch, e)] = counts.get((c.epoch, e), 0) + 1
    return {key for key, n in counts.items() if n >= cfg.background_repeats}


def _timer_elements(
    changes: list[_Change],
    background: set[tuple[int, int]],
    actions: I64,
    held: tuple[I64, I64],
    cfg: DeadClickConfig,
) -> set[tuple[int, int]]:
    """Return (epoch, element) pairs whose every change falls on one strict beat (detectors 1.18.0).

    The quiet rule (:func:`_background_elements`) needs changes with no action in the
    ``mutation_ms`` before; a person who taps every second or two leaves a timer none (set
    20's "now" line, moved every 3 s while the tablet's user typed and tapped, answered a
    tap on a dead button). A timer is known by its beat as well: when at least
    ``background_repeats`` of an element's changes came neither right after an action
    (``immediate_ms``) nor while a button or finger was down (the anchors of
    :func:`_rhythms`), keep a period (:func:`_period`), and every one of its changes
    (those right after an action too) lies within ``rhythm_tol_ms`` of that beat, the
    element changes by itself. A person's actions and their answers keep no beat within
    50 ms; one change off the beat keeps the element out of this rule.
    """
    tol = float(cfg.rhythm_tol_ms)
    if tol <= 0:
        return set()
    times, anchors = _beat_samples(
        [c for c in changes if not c.typed],
        lambda key: key not in background,
        actions,
        held,
        cfg,
    )
    out: set[tuple[int, int]] = set()
    for key, own_t in anchors.items():
        if len(own_t) < cfg.background_repeats:
            continue
        own_a = np.unique(np.asarray(own_t, dtype=np.int64))
        period = _period(own_a, tol, cfg.background_repeats)
        if period is None:
            continue
        every = np.asarray(times[key], dtype=np.int64)
        nearest = own_a[np.clip(np.searchsorted(own_a, every), 0, len(own_a) - 1)]
        before = own_a[np.clip(np.searchsorted(own_a, every) - 1, 0, len(own_a) - 1)]
        off = np.minimum(_beat_off(every - nearest, period), _beat_off(every - before, period))
        if bool(np.all(off <= tol)):
            out.add(key)
    return out


def _beat_samples(
    changes: list[_Change],
    keep: Callable[[tuple[int, int]], bool],
    actions: I64,
    held: tuple[I64, I64],
    cfg: DeadClickConfig,
) -> tuple[dict[tuple[int, int], list[int]], dict[tuple[int, int], list[int]]]:
    """Return, per (epoch, element) that ``keep`` accepts, its change times and its own ones.

    Its own changes (the anchors of a beat, :func:`_rhythms` and :func:`_timer_elements`)
    came neither within ``immediate_ms`` after an action nor while a button or finger was
    down (``held``, plus ``immediate_ms``: a drag may be moving it).
    """
    times: dict[tuple[int, int], list[int]] = {}
    anchors: dict[tuple[int, int], list[int]] = {}
    for c in changes:
        keys = [(c.epoch, e) for e in c.elements if keep((c.epoch, e))]
        if not keys:
            continue
        k = int(np.searchsorted(actions, c.t_ms, side="left")) - 1
        own = not (k >= 0 and c.t_ms - int(actions[k]) <= cfg.immediate_ms)
        h = int(np.searchsorted(held[0], c.t_ms, side="right")) - 1
        if h >= 0 and c.t_ms <= int(held[1][h]) + cfg.immediate_ms:
            own = False
        for key in keys:
            times.setdefault(key, []).append(c.t_ms)
            if own:
                anchors.setdefault(key, []).append(c.t_ms)
    return times, anchors


def _beat_off(dt: I64, period: float) -> F64:
    """Return how far each interval lies from a whole number of periods, in ms."""
    d = dt.astype(np.float64)
    return np.abs(d - np.round(d / period) * period)


@dataclass(frozen=True, slots=True)
class _Rhythm:
    """A background element's own beat: its period and the changes that set its phase."""

    period_ms: float
    anchors: I64  # its changes not right after an action nor during a press (sorted)
    times: I64  # all its changes (sorted)


def _held(session: Session) -> tuple[I64, I64]:
    """Return the spans a mouse button or a finger was down (press to release), sorted."""
    inter = session.channel("interactions")
    kind = inter["kind"]
    t = inter.t_ms.astype(np.int64)
    down = np.isin(kind, (InteractionKind.MOUSE_DOWN, InteractionKind.TOUCH_START))
    up = np.isin(
        kind, (InteractionKind.MOUSE_UP, InteractionKind.TOUCH_END, InteractionKind.TOUCH_CANCEL)
    )
    starts = t[down]
    ups = t[up]
    k = np.searchsorted(ups, starts, side="left")
    ends = np.where(
        k < len(ups), ups[np.minimum(k, max(0, len(ups) - 1))], np.iinfo(np.int64).max // 2
    )
    return starts, ends


def _rhythms(
    changes: list[_Change],
    background: set[tuple[int, int]],
    actions: I64,
    held: tuple[I64, I64],
    cfg: DeadClickConfig,
    *,
    holds_unknown: bool = False,
) -> dict[tuple[int, int], _Rhythm]:
    """Return the background elements that keep a regular rhythm (see the module text).

    ``holds_unknown`` (detectors 1.18.0): presses were not recorded, so a hold with no
    click after it (a drag that ended off its element) is not in the data. A run of three
    or more of the element's changes each within ``rhythm_tol_ms`` of the next is then
    no anchor: a timer gives at most two changes in one beat (:func:`_off_rhythm`), so such
    a burst is a hand's doing, not its beat.
    """
    tol = float(cfg.rhythm_tol_ms)
    if tol <= 0 or not background:
        return {}
    times, anchors = _beat_samples(changes, lambda key: key in background, actions, held, cfg)
    out: dict[tuple[int, int], _Rhythm] = {}
    for key, own_t in anchors.items():
        if holds_unknown:
            own_t = _drop_runs(np.asarray(own_t, dtype=np.int64), tol)
            if not own_t:
                continue
        period = _period(np.asarray(own_t, dtype=np.int64), tol, cfg.background_repeats)
        if period is not None:
            out[key] = _Rhythm(
                period, np.asarray(own_t, dtype=np.int64), np.asarray(times[key], dtype=np.int64)
            )
    return out


def _drop_runs(t: I64, close_ms: float) -> list[int]:
    """Return ``t`` without its runs of three or more changes each within ``close_ms`` of the next.

    A timer gives at most two changes in one beat (:func:`_off_rhythm`); a run of three or
    more is a hand's doing (a drag), not the element's beat (detectors 1.18.0).
    """
    if len(t) < 3:
        return [int(x) for x in t]
    close = np.diff(t) <= close_ms
    run_id = np.concatenate([[0], np.cumsum(~close)])  # changes linked by close gaps share one
    sizes = np.bincount(run_id)
    return [int(x) for x in t[sizes[run_id] < 3]]


def _period(own: I64, tol: float, repeats: int) -> float | None:
    """Return the period of a series of own changes, None when it keeps none."""
    gaps = np.diff(own).astype(np.float64)
    gaps = gaps[gaps >= 4 * tol]
    if len(gaps) < max(2, repeats - 1):
        return None
    for candidate in np.unique(np.round(gaps / tol) * tol):
        beats = np.maximum(1.0, np.round(gaps / candidate))
        if np.mean(np.abs(gaps - beats * candidate) <= tol) < 0.8:
            continue
        fit = np.abs(gaps - beats * candidate) <= tol
        return float(np.median(gaps[fit] / beats[fit]))  # refined on the fitting gaps
    return None


def _off_rhythm(c: _Change, rhythms: dict[tuple[int, int], _Rhythm], cfg: DeadClickConfig) -> bool:
    """Return True when a background element of the batch changed off its own rhythm.

    Its timer gives one change per period: within less than a period either side of a
    change (``period - rhythm_tol_ms``) there are at most two of its changes (this one and
    a neighbouring beat; a tick the browser ran late, after an input, is still one). A
    third is a change the timer did not make, and so is a second one within
    ``2 * rhythm_tol_ms`` (two changes in one beat).
    """
    tol = float(cfg.rhythm_tol_ms)
    for e in c.elements:
        r = rhythms.get((c.epoch, e))
        if r is None:
            continue
        span = r.period_ms - tol
        around = r.times[(np.abs(r.times - c.t_ms) < span)]
        if len(around) >= 3:
            return True  # more changes than beats
        close = around[(np.abs(around - c.t_ms) <= 2 * tol) & (around != c.t_ms)]
        if len(close) and _single_per_beat(r, tol):
            return True  # two changes in one beat
    return False


def _same_task(t_ms: int, click_t: int, start_t: int, cfg: DeadClickConfig) -> bool:
    """Return True when a change came within ``same_task_ms`` after the click or its press."""
    return (0 <= t_ms - click_t <= cfg.same_task_ms) or (
        start_t < click_t and 0 <= t_ms - start_t <= cfg.same_task_ms
    )


def _near_timer(
    c: _Change,
    background: set[tuple[int, int]],
    rhythms: dict[tuple[int, int], _Rhythm],
    root: int | None,
) -> bool:
    """Return True when a background element of the batch lies near the click and no element keeps a rhythm.

    A rhythmic element is judged by the off-rhythm rule; a far timer meeting the click's
    task is the coincidence this rule does not take (detectors 1.16.0).
    """
    if root is None or not c.chains or any((c.epoch, e) in rhythms for e in c.elements):
        return False
    return any(
        (c.epoch, e) in background and root in chain
        for e, chain in zip(c.elements, c.chains, strict=True)
    )


def _own_change(
    c: _Change,
    background: set[tuple[int, int]],
    root: int | None,
    clicked: frozenset[int],
) -> list[int]:
    """Return the elements of a batch that are the clicked control's own change (detectors 1.17.0).

    In the click's own task, a change of the clicked element itself or of an element
    holding it within its near region (its own attributes or text: ``aria-pressed``, a
    class, a label) is the click's answer, whatever else the batch holds: a timer's work
    in the same task (KPI values the auto-refresh rewrites) does not make the control's
    own state change the timer's. The element must not change by itself (a clicked
    clock or progress bar stays background).
    """
    if root is None or not c.chains or not c.reach:
        return []
    return [
        j
        for j, (e, chain) in enumerate(zip(c.elements, c.chains, strict=True))
        if c.reach[j] and e in clicked and root in chain and (c.epoch, e) not in background
    ]


def _single_per_beat(r: _Rhythm, tol: float) -> bool:
    """Return True when the element's own changes come one per beat (not in pairs)."""
    gaps = np.diff(r.anchors)
    return bool(len(gaps)) and float(np.mean(gaps <= 2 * tol)) < 0.1
