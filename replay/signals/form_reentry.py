"""Form re-entry: a field cleared to empty and typed again (SIGNALS.md 10, issue 3).

Uses the ``inputs`` channel's text *length* (values are never stored, and masked
fields keep their length). A field counts when its length drops to
``cleared_max_length`` (0) after holding at least ``min_length_before_clear`` characters
and later reaches ``min_length_after_clear`` again; a typo fixed with a backspace or two
never empties the field. Span: the field's first input .. the last input that holds
text (detectors 1.12.0): a clear that is never typed again after it (the page emptying
the form once it was sent, or the user giving up) ends nothing the user re-entered.
"""

from __future__ import annotations

import numpy as np

from replay.model.session import Session
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
    text = inputs["checked"] < 0  # text-like fields; checkboxes/radios carry checked 0/1
    for target in np.unique(inputs["target"][text]):
        rows = text & (inputs["target"] == target)
        t, length = inputs.t_ms[rows], inputs["length"][rows].astype(np.int64)
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
        retyped = [int(c) for c in clear_idx[clear_idx < last_typed]]
        if not retyped:
            continue
        n_clears = len(retyped)
        t = t[: last_typed + 1]  # a trailing clear never retyped is not part of it
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
                    "clear_t_ms": [int(t[c]) for c in retyped],
                    "final_length": int(length[-1]),
                },
                target=describe_target(session, int(target)),
            )
        )
    out.hits.sort(key=lambda h: h.start_ms)
    return out
