"""Qt-free model: sessions as columnar numpy arrays, tags, time.

The names below load on first use (PEP 562), so ``replay.model.tags`` (plain Python) can be
imported without numpy: ``replay --version`` and ``--help`` start without it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from replay.model.channels import CHANNEL_NAMES, CHANNEL_SCHEMAS, ChannelName
    from replay.model.session import (
        Button,
        Channel,
        Device,
        ImportReport,
        InteractionKind,
        LogLevel,
        NavigationKind,
        Node,
        PointerKind,
        PointerType,
        Session,
        SessionMeta,
    )

__all__ = [
    "CHANNEL_NAMES",
    "CHANNEL_SCHEMAS",
    "Button",
    "Channel",
    "ChannelName",
    "Device",
    "ImportReport",
    "InteractionKind",
    "LogLevel",
    "NavigationKind",
    "Node",
    "PointerKind",
    "PointerType",
    "Session",
    "SessionMeta",
]
_CHANNELS = {"CHANNEL_NAMES", "CHANNEL_SCHEMAS", "ChannelName"}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'replay.model' has no attribute {name!r}")
    module = "replay.model.channels" if name in _CHANNELS else "replay.model.session"
    return getattr(importlib.import_module(module), name)
