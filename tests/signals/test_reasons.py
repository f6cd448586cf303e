"""Hit reasons as template id + arguments: the English is unchanged, the app can translate."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from replay.importers import import_file
from replay.signals import SIGNAL_NAMES, detect
from replay.signals.reasons import (
    TEMPLATES,
    UNAVAILABLE,
    near_end,
    of_evidence,
    render,
    unavailable_id,
    why,
)


def test_every_signal_has_a_template() -> None:
    for signal in SIGNAL_NAMES:
        assert any(key == signal or key.startswith(signal + ".") for key in TEMPLATES), signal


@pytest.mark.parametrize(
    "name", ["dev-rage-desktop-wide.rrweb.json", "dev-form-reentry-wide.rrweb.json"]
)
def test_real_hits_render_their_reason(rrweb_dir: Path, name: str) -> None:
    result = detect(import_file(rrweb_dir / name))
    assert result.hits
    for hit in result.hits:
        reason = of_evidence(hit.evidence)
        assert reason is not None
        assert render(reason, TEMPLATES.__getitem__) == hit.reason
        # a translation that moves the numbers around still gets the same numbers
        swapped = render(reason, lambda key: "|".join(f"{{{f}}}" for f in _fields(key)))
        for number in re.findall(r"\d+(?:\.\d+)?", swapped):
            assert number in hit.reason
    for sentence in result.unavailable.values():
        assert unavailable_id(sentence) is not None, sentence


def _fields(key: str) -> list[str]:
    return re.findall(r"{(\w+)}", TEMPLATES[key])


def test_cannot_judge_sentences_map_back() -> None:
    for key, text in UNAVAILABLE.items():
        assert unavailable_id(text) == {"id": key, "args": {}}
    for n in (1, 3):
        sentence = near_end(n, "4.5").english()
        assert unavailable_id(sentence) == {
            "id": near_end(n, "4.5").id,
            "args": {"n": n, "seconds": "4.5"},
        }
    assert sentence == (
        "3 clicks in the last 4.5 s of the recording cannot be judged: it ends before the "
        "dead-click window does"
    )
    assert unavailable_id("something else entirely") is None


def test_unknown_template_and_old_evidence() -> None:
    with pytest.raises(KeyError):
        why("no_such_template")
    assert of_evidence({"clicks": 4}) is None  # a result saved before reasons had ids
    assert of_evidence({"reason_id": "nope", "reason_args": {}}) is None
