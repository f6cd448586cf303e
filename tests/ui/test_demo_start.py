"""Where ``replay demo`` opens: just before the first frustrated moment, not seconds before."""

from __future__ import annotations

from pathlib import Path

from replay.demo import DEMO_LEAD_MS, build_demo_library, first_spike_ms
from replay.store.library import Library
from replay.store.results import load_result


def test_demo_opens_a_second_before_the_first_hit_of_the_first_spike(tmp_path: Path) -> None:
    demo = build_demo_library(cache_dir=tmp_path)
    assert demo.most_frustrated_id is not None
    with Library.open(demo.db_path) as library:
        result = load_result(library, demo.most_frustrated_id)
    assert result is not None
    assert result.spikes
    spike = min(result.spikes, key=lambda s: s.start_ms)
    first_hit_ms = min(result.hits[i].start_ms for i in spike.hit_indices)
    at_ms = first_spike_ms(demo.db_path, demo.most_frustrated_id)
    assert at_ms == max(first_hit_ms - DEMO_LEAD_MS, spike.start_ms)
    # The bundled rage session: the curve rises at 12.5 s, the rage clicks come at ~16.1 s.
    assert spike.start_ms < at_ms < first_hit_ms
    assert first_hit_ms - at_ms <= DEMO_LEAD_MS
    # A lead longer than the run-up stops at the spike's start.
    assert first_spike_ms(demo.db_path, demo.most_frustrated_id, lead_ms=60_000) == spike.start_ms
