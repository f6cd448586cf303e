"""Hit reasons in the UI language: the detectors' templates, translated (issue 14).

Every hit stores its reason as a template id and arguments (``replay.signals.reasons``);
here each template is a translatable string (context ``Reasons``), filled with the same
arguments, so a Thai reviewer reads the sentence in Thai with the numbers of the English
one. Element ids, URLs and console messages are data and stay as recorded. A result saved
before reasons had ids shows its English sentence. A translation that does not fit its
arguments (a placeholder renamed by mistake) falls back to the English template.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from replay.signals.hits import SignalHit
from replay.signals.reasons import TEMPLATES, of_evidence, render, unavailable_id

#: The templates of replay.signals.reasons, marked for translation (tests check they match).
TRANSLATABLE: dict[str, object] = {
    "rage_click": QT_TRANSLATE_NOOP(
        "Reasons", "{n} {noun} within {span_ms} ms inside {spread_px} px on {target}; {tail}"
    ),
    "rage_click.no_dom": QT_TRANSLATE_NOOP("Reasons", "page response unknown (no DOM data)"),
    "rage_click.answered": QT_TRANSLATE_NOOP(
        "Reasons", "the page answered {answered} of {n} {noun}"
    ),
    "dead_click": QT_TRANSLATE_NOOP(
        "Reasons", "{noun} on {target} got {silent} (window {window_s} s)"
    ),
    "slow_click": QT_TRANSLATE_NOOP(
        "Reasons",
        "{noun} on {target} was answered only after {delay_ms} ms ({kind}; slow above {slow_ms} ms)",
    ),
    "silent.for": QT_TRANSLATE_NOOP("Reasons", "no page response for {seconds} s"),
    "silent.rest": QT_TRANSLATE_NOOP(
        "Reasons", "no page response in the remaining {seconds} s of the recording"
    ),
    "silent.horizon": QT_TRANSLATE_NOOP(
        "Reasons", "no page change near it, nor any other that could answer it, for {seconds} s"
    ),
    "error_click": QT_TRANSLATE_NOOP(
        "Reasons",
        "click on {target} was followed {delay_ms} ms later by a console error: {message}",
    ),
    "erratic_cursor": QT_TRANSLATE_NOOP(
        "Reasons",
        "{nx} horizontal and {ny} vertical direction reversals, {path_px} px of cursor path in {span_ms} ms (mean {speed} px/s)",
    ),
    "cursor_confusion": QT_TRANSLATE_NOOP(
        "Reasons",
        "wandering cursor: {path_px} px of path for {straight_px} px of progress (x{ratio}) at {speed} px/s, slower than this session's median {median} px/s",
    ),
    "hesitation.dwell": QT_TRANSLATE_NOOP(
        "Reasons", "cursor rested {dwell_ms} ms within {radius_px} px of {target} before clicking"
    ),
    "hesitation.focus": QT_TRANSLATE_NOOP(
        "Reasons", "{gap_ms} ms from focusing {target} to the first keystroke"
    ),
    "scroll_thrash": QT_TRANSLATE_NOOP(
        "Reasons",
        "{n} scroll direction reversals within {span_ms} ms, legs {min_px}-{max_px} px, {travel_px} px scrolled",
    ),
    "excessive_scroll": QT_TRANSLATE_NOOP(
        "Reasons",
        "searching up and down: {n} scroll direction reversals within {span_ms} ms, legs {min_px}-{max_px} px, {travel_px} px scrolled",
    ),
    "repeated_rotation": QT_TRANSLATE_NOOP(
        "Reasons", "{n} orientation flips within {span_ms} ms (viewport {sizes})"
    ),
    "quick_back.click": QT_TRANSLATE_NOOP(
        "Reasons", "clicked {target} to {to} and came back to {back} after {stay_ms} ms"
    ),
    "quick_back.nav": QT_TRANSLATE_NOOP(
        "Reasons", "navigated to {to} and came back to {back} after {stay_ms} ms"
    ),
    "page_loop": QT_TRANSLATE_NOOP("Reasons", "{page} loaded {n} times within {span_ms} ms"),
    "form_reentry.one": QT_TRANSLATE_NOOP(
        "Reasons",
        "{target} cleared to empty {n} time and retyped ({inputs} inputs over {seconds} s)",
    ),
    "form_reentry.many": QT_TRANSLATE_NOOP(
        "Reasons",
        "{target} cleared to empty {n} times and retyped ({inputs} inputs over {seconds} s)",
    ),
    "noun.clicks": QT_TRANSLATE_NOOP("Reasons", "clicks"),
    "noun.taps": QT_TRANSLATE_NOOP("Reasons", "taps"),
    "noun.click": QT_TRANSLATE_NOOP("Reasons", "click"),
    "noun.tap": QT_TRANSLATE_NOOP("Reasons", "tap"),
    "kind.mutation": QT_TRANSLATE_NOOP("Reasons", "mutation"),
    "kind.navigation": QT_TRANSLATE_NOOP("Reasons", "navigation"),
    "kind.scroll": QT_TRANSLATE_NOOP("Reasons", "scroll"),
    "kind.selection": QT_TRANSLATE_NOOP("Reasons", "selection"),
    "kind.input": QT_TRANSLATE_NOOP("Reasons", "input"),
    "kind.viewport": QT_TRANSLATE_NOOP("Reasons", "viewport"),
    "kind.media": QT_TRANSLATE_NOOP("Reasons", "media"),
    "kind.late": QT_TRANSLATE_NOOP("Reasons", "late page change"),
    "element.unknown": QT_TRANSLATE_NOOP("Reasons", "an unknown element"),
    "unavailable.no_clicks": QT_TRANSLATE_NOOP("Reasons", "the recording has no clicks or taps"),
    "unavailable.no_dom": QT_TRANSLATE_NOOP(
        "Reasons",
        "the recording has no DOM data (no mutations), so whether the page answered a click cannot be seen",
    ),
    "unavailable.no_console": QT_TRANSLATE_NOOP(
        "Reasons",
        "no console message was recorded (the rrweb console plugin was not used, or the page logged nothing), so errors after clicks cannot be seen",
    ),
    "unavailable.no_pointer": QT_TRANSLATE_NOOP(
        "Reasons", "the recording has no pointer positions"
    ),
    "unavailable.no_focus": QT_TRANSLATE_NOOP(
        "Reasons", "the recording has no clicks or focus events"
    ),
    "unavailable.no_scroll": QT_TRANSLATE_NOOP("Reasons", "the recording has no scroll data"),
    "unavailable.no_viewport": QT_TRANSLATE_NOOP(
        "Reasons", "the recording has no viewport sizes, so rotations cannot be seen"
    ),
    "unavailable.no_navigation": QT_TRANSLATE_NOOP(
        "Reasons", "the recording has no page navigation data"
    ),
    "unavailable.no_inputs": QT_TRANSLATE_NOOP("Reasons", "the recording has no form input data"),
    "unjudged.near_end.one": QT_TRANSLATE_NOOP(
        "Reasons",
        "{n} click in the last {seconds} s of the recording cannot be judged: it ends before the dead-click window does",
    ),
    "unjudged.near_end.many": QT_TRANSLATE_NOOP(
        "Reasons",
        "{n} clicks in the last {seconds} s of the recording cannot be judged: it ends before the dead-click window does",
    ),
}


def _translated(key: str) -> str:
    english = TEMPLATES[key]
    return QCoreApplication.translate("Reasons", str(TRANSLATABLE.get(key, english)))


def translate_reason(reason: Mapping[str, Any], fallback: str) -> str:
    """Return ``reason`` ({"id", "args"}) in the UI language; ``fallback`` if it cannot be."""
    try:
        return render(reason, _translated)
    except (KeyError, ValueError, IndexError):
        try:
            return render(reason, TEMPLATES.__getitem__)
        except (KeyError, ValueError, IndexError):
            return fallback


def hit_reason(hit: SignalHit) -> str:
    """Return the hit's reason in the UI language (its English one for an older result)."""
    reason = of_evidence(hit.evidence)
    return hit.reason if reason is None else translate_reason(reason, hit.reason)


def evidence_reason(evidence: Mapping[str, Any], english: str) -> str:
    """Return the reason stored in ``evidence`` in the UI language, else ``english``."""
    reason = of_evidence(evidence)
    return english if reason is None else translate_reason(reason, english)


def cannot_judge_text(sentence: str) -> str:
    """Return a detector's "cannot be judged" sentence in the UI language."""
    reason = unavailable_id(sentence)
    return sentence if reason is None else translate_reason(reason, sentence)
