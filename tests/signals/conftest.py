"""Fixtures of the signals tests."""

from __future__ import annotations

import pytest

from replay.signals.config import SignalConfig


@pytest.fixture
def cfg() -> SignalConfig:
    """The built-in defaults (no user config)."""
    return SignalConfig()
