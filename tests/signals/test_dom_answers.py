"""Dead clicks judged on the stored page (issue 15, round 3; replay.signals._dom).

tests/data/rrweb-ticker (``DEVCORPUS_SET=ticker`` of tools/rrweb-corpus, a tuning set): a
status page whose clock (every 0.5 s) and banner (every 2 s) change the DOM all the time.
By timing alone the clock "answers" every click, so the broken "Subscribe to updates" is
missed; judged on the page (what changed, and where) it is dead, and the working "Refresh
now" (it writes next to the button) stays answered.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from replay.importers import import_file
from replay.model.session import Session
from replay.signals import SignalConfig, dead_click, detect
from replay.signals._clicks import clicks_of
from replay.signals._dom import dom_answers

TICKER = Path(__file__).resolve().parents[1] / "data" / "rrweb-ticker"


@pytest.fixture(scope="module")
def dead() -> Session:
    return import_file(TICKER / "ticker-dead-subscribe.rrweb.json")


@pytest.fixture(scope="module")
def calm() -> Session:
    return import_file(TICKER / "ticker-calm-refresh.rrweb.json")


def _timing(cfg: SignalConfig) -> SignalConfig:
    return dataclasses.replace(cfg, dead_click=dataclasses.replace(cfg.dead_click, use_page=False))


def test_dead_click_under_a_ticker_is_found_on_the_page(dead: Session) -> None:
    cfg = SignalConfig()
    assert dead.page is not None
    assert dead.page.status == "ok"
    hits = [h for h in detect(dead, cfg).hits if h.signal in ("dead_click", "slow_click")]
    (hit,) = hits
    assert hit.signal == "dead_click"
    assert hit.target is not None
    assert "subscribe-btn" in hit.target
    assert hit.evidence["judged_by"] == "page"
    assert "no page change near it" in hit.reason
    # by timing alone the clock's next tick (within 0.5 s) answers the click: missed
    timing = dead_click.detect(dead, _timing(cfg)).hits
    assert [h for h in timing if h.signal == "dead_click"] == []
    # a session without its stored page falls back to timing (the same miss)
    bare = dataclasses.replace(dead, page=None)
    assert [h for h in dead_click.detect(bare, cfg).hits if h.signal == "dead_click"] == []


def test_working_click_under_a_ticker_is_answered_near_it(calm: Session, dead: Session) -> None:
    cfg = SignalConfig()
    result = detect(calm, cfg)
    assert [h for h in result.hits if h.signal in ("dead_click", "slow_click")] == []
    clicks = clicks_of(calm)
    answers = dom_answers(calm, clicks.t_ms, clicks.target, cfg.dead_click, horizon_ms=7000)
    assert answers is not None
    assert answers.background_elements >= 2  # the clock and the banner
    refresh = [
        i
        for i in range(len(clicks))
        if "refresh-btn" in (calm.node(int(clicks.target[i])) or calm.nodes[0]).describe()
    ]
    assert len(refresh) == 2
    for i in refresh:
        assert answers.delay_ms[i] <= cfg.dead_click.immediate_ms
        assert bool(answers.near[i])


def test_background_needs_repeats(dead: Session) -> None:
    # with background_repeats above what the clock reaches, its ticks answer again
    cfg = SignalConfig()
    many = dataclasses.replace(
        cfg, dead_click=dataclasses.replace(cfg.dead_click, background_repeats=10_000)
    )
    assert [h for h in dead_click.detect(dead, many).hits if h.signal == "dead_click"] == []
