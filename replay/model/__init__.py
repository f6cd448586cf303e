"""Qt-free model: sessions as columnar numpy arrays, tags, time."""

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
