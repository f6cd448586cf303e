"""Quick back and page loops (SIGNALS.md 10 "Quick back"; Clarity, Conviva).

Page visits come from the navigation channel; consecutive entries with the same URL are
one visit (rrweb recorder checkouts repeat Meta without a page load). ``quick_back``:
visits A -> B -> A with less than ``quick_back_ms`` on B; span = the click/tap that left
A (at most ``click_lookback_ms`` before B loaded, else B's load) .. A's load again.
``page_loop``: one URL visited ``loop_visits`` times within ``loop_window_ms``.
"""

from __future__ import annotations

import numpy as np

from replay.model.session import Session
from replay.signals import reasons
from replay.signals._clicks import Clicks, describe_target, short_target
from replay.signals.config import SignalConfig
from replay.signals.hits import DetectorOutput, SignalHit
from replay.signals.prepared import Prepared, prepared

QUICK_BACK = "quick_back"
PAGE_LOOP = "page_loop"


def _path(url: str) -> str:
    rest = url.split("://", 1)[-1]
    slash = rest.find("/")
    return rest[slash:] if slash >= 0 else "/"


def detect(
    session: Session, config: SignalConfig, *, prep: Prepared | None = None
) -> DetectorOutput:
    """Find quick backs and page loops.

    Returns
    -------
    DetectorOutput
        Hits; unavailable when the recording has no page URLs.
    """
    if not session.has("navigation"):
        return DetectorOutput.unavailable_for(QUICK_BACK, PAGE_LOOP, why=reasons.NO_NAVIGATION)
    out = DetectorOutput()
    nc = config.navigation
    nav = session.channel("navigation")
    url = nav["url"].astype(np.int64)
    keep = np.ones(len(url), dtype=bool)
    keep[1:] = url[1:] != url[:-1]
    t, url = nav.t_ms[keep], url[keep]
    shared = prepared(session, prep)
    clicks = shared.clicks
    # A -> B -> A with a short stay on B
    if len(url) >= 3:
        dwell = t[2:] - t[1:-1]
        quick = (url[2:] == url[:-2]) & (dwell < nc.quick_back_ms)
        for i in np.flatnonzero(quick):
            out.hits.append(_quick_back(session, clicks, t, url, int(i), config))
    # the same URL visited loop_visits times within loop_window_ms
    k = nc.loop_visits
    for u in np.unique(url):
        tv = t[url == u]
        if len(tv) < k:
            continue
        span = tv[k - 1 :] - tv[: len(tv) - k + 1]
        ok = np.flatnonzero(span <= nc.loop_window_ms)
        last_end = -1
        for i in ok:
            if i <= last_end:
                continue
            j = int(np.searchsorted(tv, tv[i] + nc.loop_window_ms, side="right") - 1)
            last_end = j
            page = _path(session.string(int(u)))
            n = j - int(i) + 1
            why = reasons.why("page_loop", page=page, n=n, span_ms=int(tv[j] - tv[i]))
            out.hits.append(
                SignalHit(
                    signal=PAGE_LOOP,
                    start_ms=int(tv[i]),
                    end_ms=int(tv[j]),
                    strength=1.0,
                    reason=why.english(),
                    evidence={"page": page, "visits": n, **why.fields()},
                )
            )
    out.hits.sort(key=lambda h: (h.start_ms, h.signal))
    return out


def _quick_back(
    session: Session, clicks: Clicks, t: np.ndarray, url: np.ndarray, i: int, config: SignalConfig
) -> SignalHit:
    nc = config.navigation
    b_load, a_again = int(t[i + 1]), int(t[i + 2])
    start = b_load
    target: str | None = None
    clicked: str | None = None
    x = y = None
    c = int(np.searchsorted(clicks.t_ms, b_load, side="right")) - 1
    if c >= 0 and b_load - int(clicks.t_ms[c]) <= nc.click_lookback_ms and clicks.t_ms[c] >= t[i]:
        start = int(clicks.t_ms[c])
        target = describe_target(session, int(clicks.target[c]))
        clicked = short_target(session, int(clicks.target[c]))
        x, y = float(clicks.x_px[c]), float(clicks.y_px[c])
    page_a = _path(session.string(int(url[i])))
    page_b = _path(session.string(int(url[i + 1])))
    stay = a_again - b_load
    if clicked is None:
        why = reasons.why("quick_back.nav", to=page_b, back=page_a, stay_ms=stay)
    else:
        why = reasons.why(
            "quick_back.click",
            target=reasons.target(clicked),
            to=page_b,
            back=page_a,
            stay_ms=stay,
        )
    return SignalHit(
        signal=QUICK_BACK,
        start_ms=start,
        end_ms=a_again,
        strength=float(np.clip(1.0 - stay / nc.quick_back_ms, 0.3, 1.0)),
        reason=why.english(),
        evidence={"from": page_a, "to": page_b, "stay_ms": stay, **why.fields()},
        target=target,
        x_px=x,
        y_px=y,
    )
