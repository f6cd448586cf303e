"""Form re-entry: a field cleared to empty and typed again (SIGNALS.md 10, issue 3).

Uses the ``inputs`` channel's text *length* (values are never stored, and masked
fields keep their length). A field counts when its length drops to
``cleared_max_length`` (0) after holding at least ``min_length_before_clear`` characters
and later reaches ``min_length_after_clear`` again; a typo fixed with a backspace or two
never empties the field. Span: the person's first change of the field .. the last input
that holds text (detectors 1.12.0): a clear that is never typed again after it (the page
emptying the form once it was sent, or the user giving up) ends nothing the user
re-entered.

The page writes fields too (detectors 1.18.0): rrweb records a value set by script
through its hooked setters as an Input event, so a form the page resets when its popover
opens starts with empty writes long before the person comes to it. The field's leading
inputs are the page's, not the person's entry, while each of them is

* an empty value written before the field held any text (the value it already holds:
  no change; the only value the recorded length can tell is unchanged), or
* written by script as the recorder tells (rrweb's ``userTriggered`` false), or
* written while the field was not focused, in a recording that records focus: text
  reaches a field from the person only where the focus is (typing, pasting, dictation);
  a recording with no Focus or Blur at all (``sampling.mouseInteraction`` off) keeps
  the rows, and so does a field whose focus is not known yet (no Focus or Blur before).

The span starts at the first input that is none of these, and only clears from there
on count. A field the page filled and the person then cleared and retyped is a re-entry
that starts at the clear.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from replay.model.session import InteractionKind, Session
from replay.signals import reasons
from replay.signals._clicks import describe_target, short_target
from replay.signals.config import SignalConfig
from replay.signals.hits import DetectorOutput, SignalHit
from replay.signals.prepared import Prepared

SIGNAL = "form_reentry"


def detect(
    session: Session, config: SignalConfig, *, prep: Prepared | None = None
) -> DetectorOutput:
    """Find fields that were cleared and retyped.

    Returns
    -------
    DetectorOutput
        One hit per field; unavailable when the recording has no input data.
    """
    if not session.has("inputs"):
        return DetectorOutput.unavailable_for(SIGNAL, why=reasons.NO_INPUTS)
    out = DetectorOutput()
    fc = config.form_reentry
    inputs = session.channel("inputs")
    unfocused = _unfocused(session, inputs.t_ms.astype(np.int64), inputs["target"])
    page_write = unfocused | (inputs["user"] == 0)
    text = inputs["checked"] < 0  # text-like fields; checkboxes/radios carry checked 0/1
    for target in np.unique(inputs["target"][text]):
        rows = text & (inputs["target"] == target)
        t, length = inputs.t_ms[rows], inputs["length"][rows].astype(np.int64)
        start = _first_entry(length, page_write[rows])
        had = np.maximum.accumulate(length)
        # a clear: length falls to the cleared level after the field held enough text
        prev_had = np.concatenate([[0], had[:-1]])
        prev_len = np.concatenate([[0], length[:-1]])
        cleared = (
            (length <= fc.cleared_max_length)
            & (prev_len > fc.cleared_max_length)
            & (prev_had >= fc.min_length_before_clear)
        )
        clear_idx = np.flatnonzero(cleared)
        typed_again = np.flatnonzero(length >= fc.min_length_after_clear)
        last_typed = int(typed_again[-1]) if len(typed_again) else -1
        retyped = [int(c) for c in clear_idx[(clear_idx < last_typed) & (clear_idx >= start)]]
        if not retyped:
            continue
        n_clears = len(retyped)
        t = t[start : last_typed + 1]  # a trailing clear never retyped is not part of it
        t0, t1 = int(t[0]), int(t[-1])
        where = short_target(session, int(target))
        why = reasons.why(
            "form_reentry.one" if n_clears == 1 else "form_reentry.many",
            target=reasons.target(where),
            n=n_clears,
            inputs=len(t),
            seconds=f"{(t1 - t0) / 1000:.1f}",
        )
        out.hits.append(
            SignalHit(
                signal=SIGNAL,
                start_ms=t0,
                end_ms=t1,
                strength=float(min(1.0, 0.6 + 0.2 * n_clears)),
                reason=why.english(),
                evidence={
                    **why.fields(),
                    "inputs": len(t),
                    "clears": n_clears,
                    "clear_t_ms": [int(t[c - start]) for c in retyped],
                    "final_length": int(length[-1]),
                },
                target=describe_target(session, int(target)),
            )
        )
    out.hits.sort(key=lambda h: h.start_ms)
    return out


def _first_entry(length: np.ndarray, page_write: np.ndarray) -> int:
    """Return the index of the person's first change of a field (see the module text).

    Leading rows are skipped while each is an empty write before the field held any text
    or a page's write; returns ``len(length)`` when every row is.
    """
    held_text = False  # the page wrote text into the field before
    for i, (n, page) in enumerate(zip(length.tolist(), page_write.tolist(), strict=True)):
        if not page and (n > 0 or held_text):
            return i  # typed, or emptied what the page wrote: the person's first change
        held_text = held_text or n > 0
    return len(length)


def _unfocused(
    session: Session, t_ms: npt.NDArray[np.int64], target: npt.NDArray[np.int32]
) -> npt.NDArray[np.bool_]:
    """Return (N,) True where an input came while its field was known not to be focused.

    From the recorded Focus and Blur events (rrweb's MouseInteraction 5 and 6): after a
    Focus the focused element is its target; after a Blur none is. Before the first
    Focus or Blur, and in a recording with no Focus at all, nothing is known (False).
    """
    out = np.zeros(len(t_ms), dtype=bool)
    if not session.has("interactions"):
        return out
    inter = session.channel("interactions")
    kind = inter["kind"]
    is_focus = kind == InteractionKind.FOCUS
    if not bool(np.any(is_focus)):
        return out  # the recorder records no focus (sampling.mouseInteraction off)
    sel = is_focus | (kind == InteractionKind.BLUR)
    ft = inter.t_ms[sel].astype(np.int64)
    order = np.argsort(ft, kind="stable")
    ft = ft[order]
    focused = np.where(is_focus[sel], inter["target"][sel], -1)[order]
    k = np.searchsorted(ft, t_ms, side="right") - 1  # events at the input's ms come first
    known = k >= 0
    now = focused[np.maximum(k, 0)]
    out[:] = known & (now != target)
    return out
