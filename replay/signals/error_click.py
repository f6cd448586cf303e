"""Error clicks: a console error shortly after a click (SIGNALS.md 10 "Error click").

Amplitude's 2000 ms window (``window_ms``). Needs the rrweb console plugin's log; when a
recording has no console message, whether errors happened cannot be seen and the signal is
unavailable. The recording cannot tell a recorder without the plugin from a page that
logged nothing (the plugin records nothing until the page logs), so the reason names both.
"""

from __future__ import annotations

import numpy as np

from replay.model.session import LogLevel, Session
from replay.signals import reasons
from replay.signals._clicks import describe_target, next_delay_ms, short_target
from replay.signals.config import SignalConfig
from replay.signals.hits import DetectorOutput, SignalHit
from replay.signals.prepared import Prepared, prepared

SIGNAL = "error_click"


def detect(
    session: Session, config: SignalConfig, *, prep: Prepared | None = None
) -> DetectorOutput:
    """Find clicks followed within ``window_ms`` by a console error.

    Returns
    -------
    DetectorOutput
        One hit per click: start = click, end = the error.
    """
    if not session.has("interactions"):
        return DetectorOutput.unavailable_for(SIGNAL, why=reasons.NO_CLICKS)
    console = session.channel("console")
    if len(console) == 0:
        return DetectorOutput.unavailable_for(SIGNAL, why=reasons.NO_CONSOLE)
    out = DetectorOutput()
    errors = console.mask(console["level"] >= LogLevel.ERROR)
    shared = prepared(session, prep)
    clicks = shared.clicks
    delay = next_delay_ms(errors.t_ms, clicks.t_ms)
    window = config.error_click.window_ms
    for i in np.flatnonzero(delay <= window):
        t = int(clicks.t_ms[i])
        err_at = int(np.searchsorted(errors.t_ms, t, side="left"))
        message = session.string(int(errors["message"][err_at]))[:120]
        where = short_target(session, int(clicks.target[i]))
        evidence = {"error_delay_ms": float(delay[i]), "message": message}
        reason = reasons.why(
            "error_click",
            target=reasons.target(where),
            delay_ms=f"{delay[i]:.0f}",
            message=message,
        ).attach(evidence)
        out.hits.append(
            SignalHit(
                signal=SIGNAL,
                start_ms=t,
                end_ms=t + int(delay[i]),
                strength=1.0,
                reason=reason,
                evidence=evidence,
                target=describe_target(session, int(clicks.target[i])),
                x_px=float(clicks.x_px[i]),
                y_px=float(clicks.y_px[i]),
            )
        )
    return out
