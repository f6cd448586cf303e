"""Config loading/validation, the score curve and spikes, and the result's JSON round trip."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest
from signal_sessions import BUTTON, SPAN, build_session, click

from replay.errors import ConfigError
from replay.resources import resource_path
from replay.signals import DetectionResult, SignalConfig, SignalHit, detect, load_config
from replay.signals.score import curve, spikes


def test_bundled_file_equals_dataclass_defaults_and_documents_every_key() -> None:
    path = resource_path("thresholds.toml")
    assert path.is_file()
    assert load_config(use_user_config=False) == SignalConfig()
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    for section, table in data.items():
        for key, value in table.items():
            if isinstance(value, dict):
                continue  # [score.weights]: one documented table
            line = next(ln for ln in text.splitlines() if ln.strip().startswith(f"{key} ="))
            assert "# default" in line or "#" in line, (section, key)


def test_user_file_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "mine.toml"
    user.write_text(
        "[rage_click]\nmin_clicks = 4\n[score.weights]\ndead_click = 3.5\n", encoding="utf-8"
    )
    cfg = load_config(user)
    assert cfg.rage_click.min_clicks == 4
    assert cfg.score.weights["dead_click"] == 3.5
    assert cfg.score.weights["rage_click"] == 5.0
    assert cfg.config_hash != SignalConfig().config_hash
    assert str(user) in cfg.sources
    monkeypatch.setenv("REPLAY_CONFIG", str(user))
    assert load_config().rage_click.min_clicks == 4


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[rage_click]\nmin_clicks = 'three'\n", "[rage_click] min_clicks"),
        ("[rage_click]\nclicks = 3\n", "unknown key"),
        ("[nope]\nx = 1\n", "unknown section"),
        ("[score.weights]\nfoo = 1.0\n", "unknown signal"),
        ("[scroll]\nwindow_ms = -5\n", "must not be negative"),
        ("[rage_click]\nmin_clicks = 1\n", "at least 2"),
        ("[rage_click\n", "not valid TOML"),
    ],
)
def test_bad_config_names_file_and_key(tmp_path: Path, text: str, needle: str) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(bad)
    assert str(bad) in str(err.value)
    assert needle in str(err.value)


def test_config_with_a_bom_reads_like_without(tmp_path: Path) -> None:
    user = tmp_path / "notepad.toml"
    user.write_bytes(b"\xef\xbb\xbf[rage_click]\nmin_clicks = 4\n")  # Notepad's UTF-8
    assert load_config(user).rage_click.min_clicks == 4


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"x = " + b"[" * 100_000 + b"]" * 100_000 + b"\n", "nested too deeply"),
        (b"[rage_click]\nmin_clicks = 4 # \xff\n", "not UTF-8"),
    ],
)
def test_hostile_config_is_one_line_naming_the_file(
    tmp_path: Path, data: bytes, needle: str
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_bytes(data)
    with pytest.raises(ConfigError) as err:
        load_config(bad)
    assert str(bad) in str(err.value)
    assert needle in str(err.value)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "missing.toml")


def _hit(signal: str, start: int, end: int | None = None, strength: float = 1.0) -> SignalHit:
    return SignalHit(signal, start, start if end is None else end, strength, "r", {})


def test_curve_is_gaussian_and_flat_across_spans(cfg: SignalConfig) -> None:
    t, v = curve([_hit("dead_click", 5000)], duration_ms=20000, cfg=cfg.score)
    assert t[1] - t[0] == 100
    assert v.dtype.name == "float32"
    assert v[t == 5000][0] == pytest.approx(2.0)
    assert v[t == 7000][0] == pytest.approx(2.0 * 0.6065, rel=1e-3)  # one sigma
    t, v = curve([_hit("form_reentry", 2000, 12000)], duration_ms=20000, cfg=cfg.score)
    assert v[(t >= 2000) & (t <= 12000)].min() == pytest.approx(2.0)


def test_spikes_list_their_signals_and_soft_signals_alone_do_not_spike(
    cfg: SignalConfig,
) -> None:
    hits = [_hit("hesitation", 1000), _hit("dead_click", 20000), _hit("rage_click", 21000)]
    t, v = curve(hits, duration_ms=30000, cfg=cfg.score)
    found = spikes(hits, t, v, cfg=cfg.score, id_prefix="abcd1234")
    assert len(found) == 1
    (sp,) = found
    assert sp.signals == ("rage_click", "dead_click")
    assert sp.hit_indices == (1, 2)
    assert sp.spike_id == f"abcd1234-{sp.peak_ms}"
    # exactly at the threshold is not above it
    at = dataclasses.replace(cfg.score, spike_threshold=2.0)
    assert (
        spikes([hits[1]], *curve([hits[1]], duration_ms=30000, cfg=at), cfg=at, id_prefix="x")
        == ()
    )


def test_piled_up_soft_tracks_make_no_spike(cfg: SignalConfig) -> None:
    # Held-out set 2's calm slow hand: hesitations and cursor confusion within a few
    # seconds pass the threshold together. Soft tracks are context, never a spike alone;
    # with one frustration signal among them the spike stands and lists them all.
    soft = [_hit("hesitation", 10000), _hit("hesitation", 11000), _hit("cursor_confusion", 10500)]
    soft += [_hit("hesitation", 12000)]
    t, v = curve(soft, duration_ms=30000, cfg=cfg.score)
    assert float(v.max()) > cfg.score.spike_threshold
    assert spikes(soft, t, v, cfg=cfg.score, id_prefix="x") == ()
    mixed = [*soft, _hit("erratic_cursor", 11500)]
    t, v = curve(mixed, duration_ms=30000, cfg=cfg.score)
    (sp,) = spikes(mixed, t, v, cfg=cfg.score, id_prefix="x")
    assert set(sp.signals) == {"hesitation", "cursor_confusion", "erratic_cursor"}


def test_detect_result_round_trip_and_queries(cfg: SignalConfig) -> None:
    s = build_session(
        nodes=[BUTTON, SPAN],
        interactions=[click(1000, 5, 5, 1), click(8000, 5, 5, 0)],
        mutations=[(8001, 1, 0, 0, 0)],
        duration_ms=12000,
    )
    r = detect(s, cfg)
    assert [h.signal for h in r.hits] == ["dead_click"]
    assert r.score_at(1000) == pytest.approx(2.0, rel=1e-3)
    assert r.active_signals(1500) == ["dead_click"]
    assert r.active_signals(9000) == []
    assert len(r.spikes) == 1
    assert r.spikes[0].signals == ("dead_click",)
    assert r.config_hash == cfg.config_hash
    back = DetectionResult.from_json(r.to_json())
    assert back.hits == r.hits
    assert back.spikes == r.spikes
    assert (back.curve == r.curve).all()
    assert (back.curve_t_ms == r.curve_t_ms).all()
    assert detect(s, cfg).to_json() == r.to_json()  # deterministic


def test_detect_on_empty_session(cfg: SignalConfig) -> None:
    r = detect(build_session(), cfg)
    assert r.hits == ()
    assert r.spikes == ()
    assert r.score == 0
    assert "error_click" in r.unavailable
