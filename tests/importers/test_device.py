"""The device kind of an rrweb recording (docs/formats.md "Device kind").

Real recordings: every session of every rrweb set is guessed as its generator says (the
set's truth-sessions.csv ``device``; ``phone`` is our ``mobile``), among them held-out set 9's
touchscreen laptops, high-DPI accelerated mouse, screen magnifier and stylus on a phone.
Constructed recordings check each piece of evidence alone.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from replay.importers import import_file
from replay.importers._device import DeviceEvidence, rotations, wrapper_hints
from replay.model.session import Device, InteractionKind, PointerKind, PointerType

DATA = Path(__file__).resolve().parents[1] / "data"
HELDOUT9 = DATA / "rrweb-heldout9"
T0 = 1_700_000_000_000


def _truth(folder: Path) -> dict[str, Device]:
    with (folder / "truth-sessions.csv").open(encoding="utf-8") as fh:
        return {
            r["recording"]: Device(r["device"].replace("phone", "mobile"))
            for r in csv.DictReader(fh)
        }


@pytest.mark.parametrize("name", sorted(_truth(HELDOUT9)))
def test_heldout9_devices(name: str) -> None:
    """Touchscreen laptop, accelerated mouse, magnifier: desktop; a stylus: phone or tablet."""
    session = import_file(HELDOUT9 / name)
    assert session.meta.device == _truth(HELDOUT9)[name]


def test_heldout9_touchscreen_laptop_keeps_its_touches() -> None:
    """A desktop with touch: its finger taps stay touch points and touch interactions."""
    session = import_file(HELDOUT9 / "w9-hybrid-a.rrweb.json")
    assert session.meta.device == Device.DESKTOP
    assert (session.meta.viewport_width_px, session.meta.viewport_height_px) == (1366, 768)
    inter = session.channel("interactions")
    assert int((inter["kind"] == InteractionKind.TOUCH_START).sum()) > 0
    assert int((inter["pointer"] == PointerType.MOUSE).sum()) > 0


#: Where the generator names the hardware and the recording shows it used as another kind.
#: Set 12's 2-in-1 is a laptop the person turns in their hands with a finger on the screen:
#: touch and rotation are a tablet's evidence (docs/formats.md, "Device kind", limits).
AS_USED = {("rrweb-heldout12", "f12-hybrid-d.rrweb.json"): "tablet"}


@pytest.mark.full
def test_every_rrweb_set_device(rrweb_dir: Path) -> None:
    """All recordings of ../shared/data/rrweb and tests/data/rrweb-*: none wrong."""
    wrong = []
    for folder in [rrweb_dir, *sorted(DATA.glob("rrweb-*"))]:
        for name, made in _truth(folder).items():
            device = AS_USED.get((folder.name, name), made)
            got = import_file(folder / name).meta.device
            if got != device:
                wrong.append((folder.name, name, str(device), str(got)))
    assert wrong == []


# ---- constructed recordings ------------------------------------------------------------


def _meta(t: int, w: int, h: int) -> dict[str, Any]:
    return {
        "type": 4,
        "timestamp": T0 + t,
        "data": {"href": "https://x.test/", "width": w, "height": h},
    }


def _snapshot(t: int) -> dict[str, Any]:
    node = {"type": 0, "id": 1, "childNodes": []}
    return {
        "type": 2,
        "timestamp": T0 + t,
        "data": {"node": node, "initialOffset": {"left": 0, "top": 0}},
    }


def _press(
    t: int, kind: int, pointer: int | None = None, x: int = 100, y: int = 200
) -> dict[str, Any]:
    data: dict[str, Any] = {"source": 2, "type": kind, "id": 1, "x": x, "y": y}
    if pointer is not None:
        data["pointerType"] = pointer
    return {"type": 3, "timestamp": T0 + t, "data": data}


def _moves(t: int, source: int) -> dict[str, Any]:
    pos = [{"x": 10 + i, "y": 20, "id": 1, "timeOffset": -50 * (5 - i)} for i in range(5)]
    return {"type": 3, "timestamp": T0 + t, "data": {"source": source, "positions": pos}}


def _resize(t: int, w: int, h: int) -> dict[str, Any]:
    return {"type": 3, "timestamp": T0 + t, "data": {"source": 4, "width": w, "height": h}}


def _tap(t: int) -> list[dict[str, Any]]:
    """A finger tap as rrweb 2.x records it (pointerdown/up touch -> TouchStart/End, click)."""
    return [
        _press(t, InteractionKind.TOUCH_START),
        _press(t + 80, InteractionKind.TOUCH_END),
        _press(t + 90, InteractionKind.CLICK, PointerType.TOUCH),
    ]


def _mouse_click(t: int) -> list[dict[str, Any]]:
    return [
        _press(t, InteractionKind.MOUSE_DOWN),
        _press(t + 90, InteractionKind.MOUSE_UP),
        _press(t + 95, InteractionKind.CLICK, PointerType.MOUSE),
    ]


def _pen_tap(t: int) -> list[dict[str, Any]]:
    return [
        _press(t, InteractionKind.MOUSE_DOWN, PointerType.PEN),
        _press(t + 70, InteractionKind.MOUSE_UP, PointerType.PEN),
        _press(t + 75, InteractionKind.CLICK, PointerType.PEN),
    ]


def _device(tmp_path: Path, w: int, h: int, events: list[dict[str, Any]]) -> Device:
    path = tmp_path / "made.rrweb.json"
    path.write_text(json.dumps([_meta(0, w, h), _snapshot(1), *events]), encoding="utf-8")
    session = import_file(path)
    assert session.report.is_clean()
    return session.meta.device


def test_touch_on_a_desktop_viewport_with_a_trackpad_is_a_desktop(tmp_path: Path) -> None:
    events = [
        _moves(500, 1),
        *_mouse_click(1000),
        *_tap(3000),
        _moves(4000, 1),
        *_mouse_click(5000),
    ]
    assert _device(tmp_path, 1366, 768, events) == Device.DESKTOP
    assert _device(tmp_path, 1920, 1080, events) == Device.DESKTOP


def test_finger_only_on_a_big_viewport_is_a_tablet(tmp_path: Path) -> None:
    """No mouse press at all: a big touch screen held in hand (the evidence cannot say more)."""
    assert _device(tmp_path, 1366, 768, [*_tap(1000), *_tap(3000)]) == Device.TABLET
    assert _device(tmp_path, 800, 1280, [*_tap(1000), *_tap(3000)]) == Device.TABLET


def test_compatibility_mouse_press_after_a_tap_is_no_mouse(tmp_path: Path) -> None:
    """rrweb 1.x records the browser's mousedown after touchend: it is the finger's."""
    events = [*_tap(1000), _press(1120, InteractionKind.MOUSE_DOWN), *_tap(3000)]
    assert _device(tmp_path, 820, 1180, events) == Device.TABLET


def test_pen_on_a_phone_viewport_is_a_phone(tmp_path: Path) -> None:
    events = [_moves(500, 1), *_pen_tap(1000), _moves(2000, 1), *_pen_tap(3000)]
    assert _device(tmp_path, 412, 915, events) == Device.MOBILE
    assert _device(tmp_path, 480, 1067, events) == Device.MOBILE
    assert _device(tmp_path, 800, 1280, events) == Device.TABLET
    # a pen alone on a landscape screen: a graphics tablet on a desktop (set 16's artist)
    assert _device(tmp_path, 1920, 1200, events) == Device.DESKTOP
    assert _device(tmp_path, 1280, 800, events) == Device.DESKTOP


def test_finger_on_a_phone_viewport_is_a_phone_even_with_presses(tmp_path: Path) -> None:
    events = [*_tap(1000), *_mouse_click(3000)]
    assert _device(tmp_path, 390, 844, events) == Device.MOBILE
    assert _device(tmp_path, 844, 390, events) == Device.MOBILE  # a phone in landscape


def test_touch_move_positions_alone_are_no_touch(tmp_path: Path) -> None:
    """rrweb records a mouse move inside a same-origin iframe as TouchMove (source 6)."""
    events = [_moves(500, 1), _moves(1000, 6), *_mouse_click(1500), _moves(2000, 6)]
    assert _device(tmp_path, 1920, 1080, events) == Device.DESKTOP
    path = tmp_path / "made.rrweb.json"
    pointer = import_file(path).channel("pointer")
    assert int((pointer["kind"] == PointerKind.TOUCH).sum()) == 10  # still drawn as recorded


def test_a_rotation_is_a_handheld_device(tmp_path: Path) -> None:
    """A laptop with touch that turns (a 2-in-1 folded into a tablet) is a tablet."""
    turned = [*_mouse_click(500), *_tap(1000), _resize(2000, 1280, 800), _resize(4000, 800, 1280)]
    assert _device(tmp_path, 800, 1280, turned) == Device.TABLET
    assert _device(tmp_path, 800, 1280, [_resize(2000, 1280, 800)]) == Device.TABLET
    assert _device(tmp_path, 390, 844, [_resize(2000, 844, 390)]) == Device.MOBILE


def test_a_desktop_window_resized_across_the_diagonal_is_no_rotation(tmp_path: Path) -> None:
    """A window snapped to half the screen turns portrait but changes its shape."""
    events = [*_mouse_click(500), _resize(2000, 960, 1080), *_mouse_click(3000)]
    assert _device(tmp_path, 1920, 1080, events) == Device.DESKTOP
    assert _device(tmp_path, 1600, 900, [_resize(2000, 700, 900)]) == Device.DESKTOP


def test_no_pointer_evidence_is_a_desktop(tmp_path: Path) -> None:
    """Only a mouse (or nothing) seen: a desktop, whatever the size of its window."""
    assert _device(tmp_path, 1280, 720, [*_mouse_click(1000)]) == Device.DESKTOP
    assert _device(tmp_path, 500, 700, [_moves(500, 1)]) == Device.DESKTOP


def _posthog(
    tmp_path: Path, props: dict[str, Any], events: list[dict[str, Any]], w: int, h: int
) -> Device:
    snaps = [{"windowId": "w1", **e} for e in [_meta(0, w, h), _snapshot(1), *events]]
    top = {
        "version": "2023-04-28",
        "data": {"id": "s1", "person": {"properties": props}, "snapshots": snaps},
    }
    path = tmp_path / "export.json"
    path.write_text(json.dumps(top), encoding="utf-8")
    return import_file(path).meta.device


def test_posthog_user_agent_comes_first(tmp_path: Path) -> None:
    mouse = [*_mouse_click(1000)]
    assert _posthog(tmp_path, {"$device_type": "Mobile"}, mouse, 1366, 768) == Device.MOBILE
    assert _posthog(tmp_path, {"$device_type": "Tablet"}, mouse, 1366, 768) == Device.TABLET
    taps = [*_tap(1000)]
    assert _posthog(tmp_path, {"$device_type": "Desktop"}, taps, 800, 1280) == Device.DESKTOP
    # initial values when the current ones are absent; the OS leaves the size to the viewport
    assert (
        _posthog(tmp_path, {"$initial_device_type": "Tablet"}, mouse, 1280, 720) == Device.TABLET
    )
    assert _posthog(tmp_path, {"$os": "Android"}, mouse, 800, 1280) == Device.TABLET
    assert _posthog(tmp_path, {"$os": "iOS"}, [], 390, 844) == Device.MOBILE
    assert _posthog(tmp_path, {"$os": "Windows"}, mouse, 1366, 768) == Device.DESKTOP
    assert _posthog(tmp_path, {"$device_type": 7, "$os": None}, taps, 1366, 768) == Device.TABLET


def test_wrapper_hints_ignore_odd_shapes() -> None:
    assert wrapper_hints([]) == {}
    assert wrapper_hints({"data": {"person": None}}) == {}
    assert wrapper_hints({"data": {"person": {"properties": ["x"]}}}) == {}
    props = {"$os": " Android ", "$initial_os": "iOS", "$device_type": ""}
    assert wrapper_hints({"data": {"person": {"properties": props}}}) == {"$os": "Android"}


def test_rotations_count_shape_keeping_turns() -> None:
    assert rotations([(480, 1067), (915, 412), (480, 1067)]) == 2  # layout viewport scaled
    assert rotations([(800, 1280), (800, 1280), (1280, 800)]) == 1
    assert rotations([(1600, 900), (700, 900)]) == 0  # a window made narrow, not turned
    assert rotations([(0, 0), (800, 800), (390, 844)]) == 0
    assert rotations([]) == 0


def test_evidence_counts() -> None:
    ev = DeviceEvidence()
    ev.interaction(0, InteractionKind.TOUCH_START, PointerType.UNKNOWN)
    ev.interaction(500, InteractionKind.MOUSE_DOWN, PointerType.UNKNOWN)  # compatibility
    ev.interaction(2000, InteractionKind.MOUSE_DOWN, PointerType.UNKNOWN)  # a real mouse
    ev.interaction(2100, InteractionKind.MOUSE_DOWN, PointerType.PEN)
    assert (ev.touch, ev.mouse_presses, ev.pen) == (1, 1, 1)
