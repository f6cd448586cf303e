"""Fixtures of the signals tests."""

from __future__ import annotations

import pytest

from replay.signals.config import SignalConfig


@pytest.fixture
def cfg() -> SignalConfig:
    """The built-in defaults (no user config)."""
    return SignalConfig()


#: Template ids of the hits every signals test made (tests/signals/test_reasons.py reads it).
SEEN_REASONS: set[str] = set()


@pytest.fixture(autouse=True)
def _reasons_render_the_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every hit any signals test makes carries a reason id whose template gives its reason.

    The detectors' ``SignalHit`` is wrapped: the hit's evidence must hold ``reason_id`` and
    ``reason_args``, and filling the English template with them must give exactly
    ``reason`` (the app shows the translated template with the same numbers).
    """
    from replay.signals import DETECTOR_MODULES, hits
    from replay.signals.reasons import TEMPLATES, of_evidence, render

    real = hits.SignalHit

    def checked(*args: object, **kwargs: object) -> object:
        hit = real(*args, **kwargs)  # type: ignore[arg-type]
        why = of_evidence(hit.evidence)
        assert why is not None, f"{hit.signal}: no reason id in the evidence"
        assert render(why, TEMPLATES.__getitem__) == hit.reason
        SEEN_REASONS.add(why["id"])
        return hit

    for module in DETECTOR_MODULES:
        monkeypatch.setattr(module, "SignalHit", checked)
