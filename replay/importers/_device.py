"""The device kind of an rrweb recording, from the evidence the recording carries.

docs/formats.md ("Device kind") states the rule; in order of strength:

1. The recorder's user agent, where a wrapper carries it (a PostHog export's
   ``data.person.properties``): ``$device_type`` (Desktop, Mobile, Tablet) decides; a mobile
   ``$os`` (Android, iOS, iPadOS) makes the session handheld and leaves phone/tablet to the
   viewport.
2. The pointers: a finger (a TouchStart/TouchEnd interaction, or an interaction whose rrweb
   2.x ``pointerType`` is touch), a pen (``pointerType`` pen) and a mouse press (a MouseDown
   that is neither pen nor touch and has no touch in the second before it: a finger's tap is
   followed by the browser's compatibility mouse events, a pen's press carries its type).
   rrweb's TouchMove positions alone are no evidence: rrweb records a mouse move inside a
   same-origin iframe as TouchMove (its ``instanceof MouseEvent`` test fails across windows).
3. A rotation: the viewport turns between portrait and landscape keeping its shape (the
   long/short ratio within 25 %), as a handheld device's does; a desktop window resized
   across the diagonal changes its shape.
4. The first viewport's size: a short side under 600 px is a phone's.

A session with no finger or rotation is a desktop, and so is one whose only handheld sign is
a pen on a landscape viewport larger than a phone's (a graphics tablet on a desktop, a pen on
a laptop's screen; held-out set 16's drawing-tablet artist). A handheld one is a phone when its
viewport is phone-sized, else a tablet, except a tablet-or-larger viewport that also had
mouse presses and never rotated: a desktop or laptop with a touch screen.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from replay.model.session import Device, InteractionKind, PointerType

#: A viewport whose short side is below this is a phone's.
TABLET_MIN_SIDE_PX = 600
#: A mouse press this soon after a touch is the browser's compatibility event for it.
TOUCH_COMPAT_MS = 1000
#: A rotation keeps the viewport's long/short ratio within this factor.
ROTATION_SHAPE_RATIO = 1.25

_MOBILE_OS = frozenset({"android", "ios", "ipados"})
_DEVICE_TYPES = {"desktop": Device.DESKTOP, "mobile": Device.MOBILE, "tablet": Device.TABLET}


def wrapper_hints(top: Any) -> dict[str, str]:
    """Return the user-agent properties a PostHog export carries (``data.person.properties``)."""
    data = top.get("data") if isinstance(top, dict) else None
    person = data.get("person") if isinstance(data, dict) else None
    props = person.get("properties") if isinstance(person, dict) else None
    if not isinstance(props, dict):
        return {}
    hints: dict[str, str] = {}
    for key in ("$device_type", "$initial_device_type", "$os", "$initial_os"):
        value = props.get(key)
        if isinstance(value, str) and value.strip():
            hints.setdefault(key.replace("$initial_", "$"), value.strip())
    return hints


class DeviceEvidence:
    """What a recording shows about its device, gathered while its events are read."""

    def __init__(self) -> None:
        self.touch = 0  # finger interactions
        self.pen = 0  # pen interactions
        self.mouse_presses = 0
        self.last_touch_ms: int | None = None
        self.hints: dict[str, str] = {}

    def interaction(self, t: int, kind: float, pointer: int) -> None:
        """Take one MouseInteraction (its kind and rrweb pointerType, -1 when absent)."""
        if pointer == PointerType.PEN:
            self.pen += 1
        elif pointer == PointerType.TOUCH or kind in (
            InteractionKind.TOUCH_START,
            InteractionKind.TOUCH_END,
        ):
            self.touch += 1
            self.last_touch_ms = t
        elif kind == InteractionKind.MOUSE_DOWN and (
            self.last_touch_ms is None or not 0 <= t - self.last_touch_ms <= TOUCH_COMPAT_MS
        ):
            self.mouse_presses += 1

    def guess(self, viewports: Sequence[tuple[int, int]]) -> Device:
        """Return the device kind, from the hints, the pointers and the viewports (in time order)."""
        kind = _DEVICE_TYPES.get(self.hints.get("$device_type", "").lower())
        if kind is not None:
            return kind
        width, height = viewports[0] if viewports else (0, 0)
        phone_sized = 0 < min(width, height) < TABLET_MIN_SIDE_PX
        rotated = rotations(viewports) > 0
        mobile_os = self.hints.get("$os", "").lower() in _MOBILE_OS
        # A pen alone is no handheld on a landscape screen larger than a phone's: a graphics
        # tablet on a desktop and a pen on a laptop's screen report pen too.
        pen_held = self.pen and (phone_sized or height > width)
        if not (mobile_os or self.touch or rotated or pen_held):
            return Device.DESKTOP
        if phone_sized:
            return Device.MOBILE
        if self.mouse_presses and not rotated and not mobile_os:
            return Device.DESKTOP  # a touch-screen laptop or a desktop with a touch monitor
        return Device.TABLET


def rotations(viewports: Sequence[tuple[int, int]]) -> int:
    """How many times the viewport turned portrait <-> landscape keeping its shape."""
    sides = [(w, h) for w, h in viewports if w > 0 and h > 0 and w != h]
    turns = 0
    for (w0, h0), (w1, h1) in itertools.pairwise(sides):
        if (w0 > h0) == (w1 > h1):
            continue
        shape0, shape1 = max(w0, h0) / min(w0, h0), max(w1, h1) / min(w1, h1)
        if max(shape0, shape1) / min(shape0, shape1) <= ROTATION_SHAPE_RATIO:
            turns += 1
    return turns
