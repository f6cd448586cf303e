"""Hit reasons as a template id and its arguments, so the app can translate them (issue 14).

Every hit's ``reason`` stays one English sentence (the CLI, JSON and exports show it: a
contract). The detectors build it from a :class:`Why`: a template id from
:data:`TEMPLATES` and the numbers (and data, such as element ids and URLs) that fill it.
The id and the arguments are stored in the hit's evidence (``reason_id``,
``reason_args``), so the app shows the same sentence, translated, with the same numbers
(``replay.ui.reasons``). An argument is a string or number, or a nested ``Why`` (a
translatable word such as "clicks" or a sub-sentence such as "no page response for 4.5 s").

The "cannot be judged" sentences of :class:`~replay.signals.hits.DetectorOutput` are the
constants below (:data:`UNAVAILABLE`), and :func:`near_end` for dead clicks too close to
the end; the app translates them by the same ids.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: English templates by id (``str.format`` with named fields).
TEMPLATES: dict[str, str] = {
    # rage_click
    "rage_click": "{n} {noun} within {span_ms} ms inside {spread_px} px on {target}; {tail}",
    "rage_click.no_dom": "page response unknown (no DOM data)",
    "rage_click.answered": "the page answered {answered} of {n} {noun}",
    # dead_click, slow_click
    "dead_click": "{noun} on {target} got {silent} (window {window_s} s)",
    "slow_click": (
        "{noun} on {target} was answered only after {delay_ms} ms ({kind}; slow above "
        "{slow_ms} ms)"
    ),
    "silent.for": "no page response for {seconds} s",
    "silent.rest": "no page response in the remaining {seconds} s of the recording",
    "silent.horizon": (
        "no page change near it, nor any other that could answer it, for {seconds} s"
    ),
    # error_click
    "error_click": (
        "click on {target} was followed {delay_ms} ms later by a console error: {message}"
    ),
    # erratic_cursor, cursor_confusion
    "erratic_cursor": (
        "{nx} horizontal and {ny} vertical direction reversals, {path_px} px of cursor path "
        "in {span_ms} ms (mean {speed} px/s)"
    ),
    "cursor_confusion": (
        "wandering cursor: {path_px} px of path for {straight_px} px of progress (x{ratio}) "
        "at {speed} px/s, slower than this session's median {median} px/s"
    ),
    # hesitation
    "hesitation.dwell": "cursor rested {dwell_ms} ms within {radius_px} px of {target} "
    "before clicking",
    "hesitation.focus": "{gap_ms} ms from focusing {target} to the first keystroke",
    # scroll_thrash, excessive_scroll
    "scroll_thrash": (
        "{n} scroll direction reversals within {span_ms} ms, legs {min_px}-{max_px} px, "
        "{travel_px} px scrolled"
    ),
    "excessive_scroll": (
        "searching up and down: {n} scroll direction reversals within {span_ms} ms, legs "
        "{min_px}-{max_px} px, {travel_px} px scrolled"
    ),
    # repeated_rotation
    "repeated_rotation": "{n} orientation flips within {span_ms} ms (viewport {sizes})",
    # quick_back, page_loop
    "quick_back.click": "clicked {target} to {to} and came back to {back} after {stay_ms} ms",
    "quick_back.nav": "navigated to {to} and came back to {back} after {stay_ms} ms",
    "page_loop": "{page} loaded {n} times within {span_ms} ms",
    # form_reentry
    "form_reentry.one": (
        "{target} cleared to empty {n} time and retyped ({inputs} inputs over {seconds} s)"
    ),
    "form_reentry.many": (
        "{target} cleared to empty {n} times and retyped ({inputs} inputs over {seconds} s)"
    ),
    # words
    "noun.clicks": "clicks",
    "noun.taps": "taps",
    "noun.click": "click",
    "noun.tap": "tap",
    "kind.mutation": "mutation",
    "kind.navigation": "navigation",
    "kind.scroll": "scroll",
    "kind.selection": "selection",
    "kind.input": "input",
    "kind.viewport": "viewport",
    "kind.media": "media",
    "kind.late": "late page change",
    "element.unknown": "an unknown element",
    # why a signal cannot be judged (DetectorOutput.unavailable / unjudged)
    "unavailable.no_clicks": "the recording has no clicks or taps",
    "unavailable.no_dom": (
        "the recording has no DOM data (no mutations), so whether the page answered a click "
        "cannot be seen"
    ),
    "unavailable.no_console": (
        "no console message was recorded (the rrweb console plugin was not used, or the page "
        "logged nothing), so errors after clicks cannot be seen"
    ),
    "unavailable.no_pointer": "the recording has no pointer positions",
    "unavailable.no_focus": "the recording has no clicks or focus events",
    "unavailable.no_scroll": "the recording has no scroll data",
    "unavailable.no_viewport": "the recording has no viewport sizes, so rotations cannot be seen",
    "unavailable.no_navigation": "the recording has no page navigation data",
    "unavailable.no_inputs": "the recording has no form input data",
    "unjudged.near_end.one": (
        "{n} click in the last {seconds} s of the recording cannot be judged: it ends before "
        "the dead-click window does"
    ),
    "unjudged.near_end.many": (
        "{n} clicks in the last {seconds} s of the recording cannot be judged: it ends "
        "before the dead-click window does"
    ),
}

#: The "cannot be judged" sentences, by id (what detectors put in ``unavailable``).
UNAVAILABLE: dict[str, str] = {
    key: text for key, text in TEMPLATES.items() if key.startswith("unavailable.")
}
NO_CLICKS = TEMPLATES["unavailable.no_clicks"]
NO_DOM = TEMPLATES["unavailable.no_dom"]
NO_CONSOLE = TEMPLATES["unavailable.no_console"]
NO_POINTER = TEMPLATES["unavailable.no_pointer"]
NO_FOCUS = TEMPLATES["unavailable.no_focus"]
NO_SCROLL = TEMPLATES["unavailable.no_scroll"]
NO_VIEWPORT = TEMPLATES["unavailable.no_viewport"]
NO_NAVIGATION = TEMPLATES["unavailable.no_navigation"]
NO_INPUTS = TEMPLATES["unavailable.no_inputs"]
UNKNOWN_ELEMENT = TEMPLATES["element.unknown"]


@dataclass(frozen=True, slots=True)
class Why:
    """A reason: template id and arguments (strings, numbers or nested reasons)."""

    id: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        """Return the English sentence (the hit's ``reason``)."""
        return render(self.to_json(), TEMPLATES.__getitem__)

    def to_json(self) -> dict[str, Any]:
        """Return ``{"id": ..., "args": {...}}`` with nested reasons as the same shape."""
        return {
            "id": self.id,
            "args": {k: v.to_json() if isinstance(v, Why) else v for k, v in self.args.items()},
        }

    def fields(self) -> dict[str, Any]:
        """Return the evidence entries ``reason_id`` and ``reason_args``."""
        data = self.to_json()
        return {"reason_id": data["id"], "reason_args": data["args"]}

    def attach(self, evidence: dict[str, Any]) -> str:
        """Store the id and arguments in ``evidence``; return the English sentence."""
        data = self.to_json()
        evidence["reason_id"] = data["id"]
        evidence["reason_args"] = data["args"]
        return self.english()


def why(template: str, **args: Any) -> Why:
    """Return a :class:`Why` (``template`` must be one of :data:`TEMPLATES`)."""
    if template not in TEMPLATES:
        raise KeyError(f"no reason template {template!r}")
    return Why(template, args)


def target(where: str) -> Any:
    """Return a target argument: the element as written, or the translatable "unknown"."""
    return why("element.unknown") if where == UNKNOWN_ELEMENT else where


def render(reason: Mapping[str, Any], lookup: Callable[[str], str]) -> str:
    """Fill the template ``lookup(reason["id"])`` with ``reason["args"]`` (nested first).

    Raises
    ------
    KeyError, ValueError, IndexError
        An unknown id or a template that does not fit the arguments.
    """
    args = {
        str(k): render(v, lookup) if is_reason(v) else v
        for k, v in dict(reason.get("args") or {}).items()
    }
    return lookup(str(reason["id"])).format(**args)


def is_reason(value: Any) -> bool:
    """Return True for a nested reason ``{"id": ..., "args": {...}}``."""
    return isinstance(value, Mapping) and isinstance(value.get("id"), str) and "args" in value


def of_evidence(evidence: Mapping[str, Any]) -> dict[str, Any] | None:
    """Return ``{"id", "args"}`` stored in a hit's evidence, or None (an older result)."""
    reason_id = evidence.get("reason_id")
    args = evidence.get("reason_args")
    if isinstance(reason_id, str) and reason_id in TEMPLATES and isinstance(args, Mapping):
        return {"id": reason_id, "args": dict(args)}
    return None


def near_end(n: int, seconds: str) -> Why:
    """Return the "cannot be judged" reason of ``n`` clicks in the last ``seconds`` s."""
    return why(
        "unjudged.near_end.one" if n == 1 else "unjudged.near_end.many", n=n, seconds=seconds
    )


def unavailable_id(sentence: str) -> dict[str, Any] | None:
    """Return the reason (id and args) of a detector's "cannot be judged" sentence, or None."""
    import re

    for key, text in UNAVAILABLE.items():
        if sentence == text:
            return {"id": key, "args": {}}
    for key in ("unjudged.near_end.one", "unjudged.near_end.many"):
        pattern = re.escape(TEMPLATES[key]).replace(r"\{n\}", r"(?P<n>\d+)")
        pattern = pattern.replace(r"\{seconds\}", r"(?P<seconds>[\d.]+)")
        match = re.fullmatch(pattern, sentence)
        if match:
            return {"id": key, "args": {"n": int(match["n"]), "seconds": match["seconds"]}}
    return None
