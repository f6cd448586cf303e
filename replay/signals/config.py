"""Detector thresholds and score weights: frozen dataclasses loaded from TOML and validated.

The defaults live in ``resources/thresholds.toml`` (each with its source in SIGNALS.md);
the dataclass defaults below equal them (a test checks). A user file overrides any subset
of keys: ``--config FILE``, else ``$REPLAY_CONFIG``, else ``thresholds.toml`` in the
platformdirs user config folder when it exists. The config used, and its hash, are
stored with every result so results are reproducible.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import replay.filekind as filekind
from replay.errors import ConfigError
from replay.resources import resource_path


@dataclass(frozen=True, slots=True)
class RageClickConfig:
    """Rage click / rage tap (SIGNALS.md 10 "Rage click", "Rage tap")."""

    min_clicks: int = 3
    max_gap_ms: int = 1000
    span_ms: int = 1000
    slow_span_ms: int = 2000
    radius_px: float = 30.0
    touch_radius_px: float = 44.0
    strong_clicks: int = 4
    responsive_ms: int = 1000
    dead_span_ms: int = 7000
    ignore_labels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DeadClickConfig:
    """Dead and slow clicks: how soon each kind of page response must follow a click."""

    mutation_ms: int = 2500
    navigation_ms: int = 2500
    scroll_ms: int = 300
    selection_ms: int = 500
    input_ms: int = 1000
    viewport_ms: int = 1000
    media_ms: int = 1000
    slow_ms: int = 1000
    dedupe_ms: int = 1000
    immediate_ms: int = 300
    background_ms: int = 5000
    late_ms: int = 7000
    press_bound_ms: int = 1000
    need_cue: bool = True
    drag_px: float = 6.0
    use_page: bool = True
    near_levels: int = 3
    background_repeats: int = 3
    rhythm_tol_ms: int = 50
    same_task_ms: int = 16
    seen_only: bool = True
    forward_ms: int = 50
    exclude_tags: tuple[str, ...] = ("canvas", "video", "audio", "embed", "object", "iframe")
    exclude_input_types: tuple[str, ...] = ("range",)


@dataclass(frozen=True, slots=True)
class ErrorClickConfig:
    """Error click: console error within a window after a click (Amplitude 2000 ms)."""

    window_ms: int = 2000


@dataclass(frozen=True, slots=True)
class ErraticCursorConfig:
    """Thrashed / erratic cursor on mouse positions (SIGNALS.md 10 "Thrashed cursor")."""

    min_step_px: float = 15.0
    window_ms: int = 2000
    min_reversals: int = 8
    min_path_px: float = 800.0
    min_speed_px_per_s: float = 1000.0
    max_gap_ms: int = 600
    relative_speed: float = 1.25
    min_speed_floor_px_per_s: float = 500.0
    min_baseline_steps: int = 30
    min_path_extent_ratio: float = 3.0
    shake_min_reversals: int = 6
    dense_relative_speed: float = 1.0
    dense_min_path_px: float = 400.0
    dense_turn_ratio: float = 3.0
    population_step_speed_px_per_s: float = 428.0
    population_turns_per_kpx: float = 6.2
    population_min_turns_per_kpx: float = 2.9
    retrace_min_reversals: int = 4
    retrace_ratio: float = 0.75


@dataclass(frozen=True, slots=True)
class CursorConfusionConfig:
    """Slow, wandering movement segments vs the session's own baseline (SIGNALS.md 8, 10)."""

    pause_ms: int = 300
    min_segment_px: float = 100.0
    min_segments: int = 12
    ratio_z: float = 2.0
    speed_z: float = -1.0
    min_ratio: float = 2.0


@dataclass(frozen=True, slots=True)
class HesitationConfig:
    """Hover dwell before a click and focus-to-typing gaps (OpenReplay > 1000 ms)."""

    dwell_ms: int = 1000
    dwell_radius_px: float = 30.0
    focus_to_input_ms: int = 1000
    max_ms: int = 30000


@dataclass(frozen=True, slots=True)
class ScrollConfig:
    """Scroll thrash and excessive scrolling (SIGNALS.md 10 "Scroll thrash")."""

    min_leg_px: float = 100.0
    pause_ms: int = 1000
    min_reversals: int = 4
    window_ms: int = 5000
    excessive_min_reversals: int = 3
    excessive_leg_viewports: float = 1.0
    excessive_window_ms: int = 30000


@dataclass(frozen=True, slots=True)
class RotationConfig:
    """Repeated device rotation (Medallia "more than one rotation in succession")."""

    min_width_change: float = 0.2
    max_gap_ms: int = 10000
    min_flips: int = 2
    high_flips: int = 3


@dataclass(frozen=True, slots=True)
class NavigationConfig:
    """Quick back and page loops (Clarity quick back, Conviva page loop)."""

    quick_back_ms: int = 5000
    click_lookback_ms: int = 2000
    loop_visits: int = 3
    loop_window_ms: int = 15000


@dataclass(frozen=True, slots=True)
class FormReentryConfig:
    """Form re-entry: a field cleared to empty and typed again."""

    min_length_before_clear: int = 2
    min_length_after_clear: int = 1
    cleared_max_length: int = 0


def _default_weights() -> dict[str, float]:
    return {
        "rage_click": 5.0,
        "dead_click": 2.0,
        "slow_click": 1.0,
        "error_click": 3.0,
        "erratic_cursor": 1.5,
        "cursor_confusion": 0.5,
        "hesitation": 0.5,
        "scroll_thrash": 1.5,
        "excessive_scroll": 1.0,
        "repeated_rotation": 1.5,
        "quick_back": 2.0,
        "page_loop": 2.0,
        "form_reentry": 2.0,
    }


@dataclass(frozen=True, slots=True)
class ScoreConfig:
    """Frustration curve, spikes and session score (SIGNALS.md 10 "Frustration curve")."""

    sigma_ms: int = 2000
    grid_ms: int = 100
    spike_threshold: float = 1.0
    active_gap_ms: int = 5000
    weights: Mapping[str, float] = field(default_factory=_default_weights)


@dataclass(frozen=True, slots=True)
class SignalConfig:
    """Every threshold and weight the detectors use; ``source`` names the files merged."""

    rage_click: RageClickConfig = field(default_factory=RageClickConfig)
    dead_click: DeadClickConfig = field(default_factory=DeadClickConfig)
    error_click: ErrorClickConfig = field(default_factory=ErrorClickConfig)
    erratic_cursor: ErraticCursorConfig = field(default_factory=ErraticCursorConfig)
    cursor_confusion: CursorConfusionConfig = field(default_factory=CursorConfusionConfig)
    hesitation: HesitationConfig = field(default_factory=HesitationConfig)
    scroll: ScrollConfig = field(default_factory=ScrollConfig)
    rotation: RotationConfig = field(default_factory=RotationConfig)
    navigation: NavigationConfig = field(default_factory=NavigationConfig)
    form_reentry: FormReentryConfig = field(default_factory=FormReentryConfig)
    score: ScoreConfig = field(default_factory=ScoreConfig)
    sources: tuple[str, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        """Return the thresholds as a JSON-able dict (without ``sources``)."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            if f.name == "sources":
                continue
            section = getattr(self, f.name)
            out[f.name] = {
                k.name: _jsonable(getattr(section, k.name)) for k in dataclasses.fields(section)
            }
        return out

    @property
    def config_hash(self) -> str:
        """SHA-256 hex of the canonical JSON of :meth:`to_dict`."""
        text = json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "<dict>") -> SignalConfig:
        """Build a config from a dict shaped like the TOML file (missing keys = defaults).

        Raises
        ------
        ConfigError
            Naming ``source`` and the key, on an unknown section/key or a bad value.
        """
        return _merge(cls(), data, source=source)


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping):
        return {str(k): v for k, v in sorted(value.items())}
    return value


def _check_value(value: Any, default: Any, where: str) -> Any:
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: expected true or false, got {value!r}")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where}: expected a whole number, got {value!r}")
        if value < 0:
            raise ConfigError(f"{where}: must not be negative, got {value}")
        return value
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{where}: expected a number, got {value!r}")
        if not float(value) == float(value) or float(value) in (float("inf"), float("-inf")):
            raise ConfigError(f"{where}: expected a finite number, got {value!r}")
        return float(value)
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
        return tuple(value)
    raise ConfigError(f"{where}: unsupported value {value!r}")  # pragma: no cover


def _merge(base: SignalConfig, data: Mapping[str, Any], *, source: str) -> SignalConfig:
    sections = {f.name for f in dataclasses.fields(base) if f.name != "sources"}
    changes: dict[str, Any] = {}
    for name, table in data.items():
        if name not in sections:
            raise ConfigError(f"{source}: unknown section [{name}] (known: {sorted(sections)})")
        if not isinstance(table, Mapping):
            raise ConfigError(f"{source}: [{name}] must be a table")
        section = getattr(base, name)
        keys = {f.name for f in dataclasses.fields(section)}
        updates: dict[str, Any] = {}
        for key, value in table.items():
            where = f"{source}: [{name}] {key}"
            if key not in keys:
                raise ConfigError(f"{where}: unknown key (known: {sorted(keys)})")
            default = getattr(section, key)
            if key == "weights":
                updates[key] = _check_weights(value, default, where)
            else:
                updates[key] = _check_value(value, default, where)
        changes[name] = dataclasses.replace(section, **updates)
    merged = dataclasses.replace(base, **changes, sources=(*base.sources, source))
    _check_relations(merged, source)
    return merged


def _check_weights(value: Any, default: Mapping[str, float], where: str) -> dict[str, float]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}: must be a table of signal = weight")
    out = dict(default)
    for sig, weight in value.items():
        if sig not in default:
            raise ConfigError(f"{where}.{sig}: unknown signal (known: {sorted(default)})")
        out[sig] = _check_value(weight, 1.0, f"{where}.{sig}")
        if out[sig] < 0:
            raise ConfigError(f"{where}.{sig}: must not be negative")
    return out


def _check_relations(cfg: SignalConfig, source: str) -> None:
    problems = []
    if cfg.rage_click.min_clicks < 2:
        problems.append("[rage_click] min_clicks must be at least 2")
    if cfg.score.sigma_ms <= 0 or cfg.score.grid_ms <= 0:
        problems.append("[score] sigma_ms and grid_ms must be positive")
    if cfg.dead_click.slow_ms > cfg.dead_click.mutation_ms:
        problems.append("[dead_click] slow_ms must not exceed mutation_ms")
    if cfg.scroll.min_reversals < 1 or cfg.erratic_cursor.min_reversals < 1:
        problems.append("min_reversals must be at least 1")
    if problems:
        raise ConfigError(f"{source}: " + "; ".join(problems))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with filekind.open_regular(path) as fh:  # a FIFO or /dev/zero never hangs it
            # A UTF-8 BOM (Notepad writes one) is not TOML's, but it is not the user's either.
            return tomllib.loads(fh.read().decode("utf-8-sig"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid TOML: the file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: not valid TOML: nested too deeply") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None


def default_config_path() -> Path:
    """Return the bundled ``resources/thresholds.toml``."""
    return resource_path("thresholds.toml")


def user_config_path() -> Path | None:
    """Return ``$REPLAY_CONFIG``, else the user config folder's ``thresholds.toml`` if present."""
    env = os.environ.get("REPLAY_CONFIG")
    if env:
        return Path(env)
    import platformdirs

    path = Path(platformdirs.user_config_dir("replay", appauthor=False)) / "thresholds.toml"
    return path if path.is_file() else None


def load_config(path: str | Path | None = None, *, use_user_config: bool = True) -> SignalConfig:
    """Load the bundled defaults, then the user file over them.

    Parameters
    ----------
    path : str or Path, optional
        An explicit override file (``--config FILE``); when given, ``$REPLAY_CONFIG`` and
        the user config folder are not read.
    use_user_config : bool
        Read ``$REPLAY_CONFIG`` / the user config folder when ``path`` is None.

    Raises
    ------
    ConfigError
        Naming the file and key at fault.
    """
    default = default_config_path()
    cfg = SignalConfig().from_dict(_read_toml(default), source=str(default))
    override = (
        Path(path) if path is not None else (user_config_path() if use_user_config else None)
    )
    if override is not None:
        cfg = _merge(cfg, _read_toml(override), source=str(override))
    return cfg
