"""Form re-entry starts at the person's first change, not at the page's writes (issue 15).

Held-out set 20 (round 20): a calendar resets its "New event" popover's fields when it
opens; rrweb records those script writes (through its hooked value setters) as Input
events, and 1.17.0 started the re-entry span there, up to 8 s before the person first
touched the field. Detectors 1.18.0 skip a field's leading writes that are an empty value
before the field held text, marked not user-triggered by the recorder, or written while
the field was not focused (where the recording records focus). Constructed rrweb
recordings with exact times.
"""

from __future__ import annotations

from pathlib import Path

from pagebuild import Event, el, incremental, page_start, write_page

from replay.importers import import_file
from replay.signals import SignalConfig, form_reentry
from replay.signals.hits import SignalHit

TITLE, GUESTS = 30, 31


def _popover(
    tmp_path: Path,
    *,
    prefill: str = "",
    focus: bool = True,
    user_flag: bool = False,
) -> Path:
    """A form whose fields the page writes when it opens (1000 ms), then the person's entry.

    The page focuses "Title" at 1000 and writes ``''`` into it and ``prefill`` into
    "Guests" at 1010 (``userTriggered`` false when ``user_flag``). The person types
    "Demo" into Title (2000-2300), focuses Guests at 5000 and, with no prefill, types
    "ab", "abc" (5500, 5800), leaves it (7000), comes back (9000), clears it (9500) and
    types "k", "kari" (10000, 10500); with a prefill, clears it (5500) and types "S",
    "Sync" (6000, 6300). ``focus`` False: no Focus or Blur recorded at all
    (``sampling.mouseInteraction`` off).
    """
    form = el(
        20,
        "form",
        {},
        [
            el(TITLE, "input", {"id": "ev-title", "type": "text"}, []),
            el(GUESTS, "input", {"id": "ev-guests", "type": "text"}, []),
        ],
    )
    events = page_start(el(3, "body", {}, [form]), head_id=4)

    def typed(dt: int, node: int, value: str, *, page: bool = False) -> Event:
        data: dict[str, object] = {"source": 5, "text": value, "isChecked": False, "id": node}
        if user_flag:
            data["userTriggered"] = not page
        return incremental(dt, data)

    recorded = focus

    def focus_at(dt: int, node: int, kind: int = 5) -> list[Event]:
        if not recorded:
            return []
        return [incremental(dt, {"source": 2, "type": kind, "id": node})]

    events += focus_at(1000, TITLE)
    events += [typed(1010, TITLE, "", page=True), typed(1010, GUESTS, prefill, page=True)]
    events += [typed(2000 + 100 * k, TITLE, "Demo"[: k + 1]) for k in range(4)]
    events += focus_at(5000, TITLE, 6) + focus_at(5000, GUESTS)
    if prefill:
        events += [typed(5500, GUESTS, ""), typed(6000, GUESTS, "S"), typed(6300, GUESTS, "Sync")]
    else:
        events += [typed(5500, GUESTS, "ab"), typed(5800, GUESTS, "abc")]
        events += focus_at(7000, GUESTS, 6) + focus_at(9000, GUESTS)
        events += [typed(9500, GUESTS, ""), typed(10000, GUESTS, "k")]
        events += [typed(10500, GUESTS, "kari")]
    return write_page(
        tmp_path / f"form-{prefill or 'empty'}-{focus}-{user_flag}.rrweb.json", events
    )


def _hits(path: Path) -> list[SignalHit]:
    return form_reentry.detect(import_file(path), SignalConfig()).hits


def test_the_pages_reset_of_an_empty_field_is_no_entry(tmp_path: Path) -> None:
    # the page's '' into the empty Guests at 1010 (unfocused, and no change of its value)
    (hit,) = _hits(_popover(tmp_path))
    assert (hit.start_ms, hit.end_ms) == (5500, 10500)
    assert hit.evidence["inputs"] == 5
    assert hit.evidence["clear_t_ms"] == [9500]
    assert "5 inputs over 5.0 s" in hit.reason
    # no focus recorded at all: the empty write still changes nothing (the same span)
    (bare,) = _hits(_popover(tmp_path, focus=False))
    assert (bare.start_ms, bare.end_ms) == (5500, 10500)


def test_a_value_the_page_wrote_unfocused_is_not_the_persons_entry(tmp_path: Path) -> None:
    # the page fills Guests with "Standup" while Title has the focus; the person clears
    # it and types: a re-entry that starts at their clear
    (hit,) = _hits(_popover(tmp_path, prefill="Standup"))
    assert (hit.start_ms, hit.end_ms) == (5500, 6300)
    assert hit.evidence["clears"] == 1
    assert hit.evidence["inputs"] == 3
    # the recorder's userTriggered false tells the same without focus events
    (flagged,) = _hits(_popover(tmp_path, prefill="Standup", focus=False, user_flag=True))
    assert (flagged.start_ms, flagged.end_ms) == (5500, 6300)
    # with neither (no focus recorded, no flag) nothing tells the page's write from the
    # person's: the span starts at the fill, as up to 1.17.0
    (unknown,) = _hits(_popover(tmp_path, prefill="Standup", focus=False))
    assert (unknown.start_ms, unknown.end_ms) == (1010, 6300)
    assert unknown.evidence["inputs"] == 4
