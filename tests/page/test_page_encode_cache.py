"""Keyframes re-encode only the changed subtrees, and say exactly what a full walk says.

``PageState.encoded_nodes`` keeps each shallow node's encoded subtree and forgets it up to
the root when the node, its attributes, text or children change (issue 13: the import's
keyframes walked the whole DOM every 5 s). Every call made by real imports (the 14
recordings, and mutated ones with moved, re-added and missing nodes) is checked against
``msgspec.json.encode(flat_nodes())``, the encoding of before, with the cache depth at 1,
2 and 8 so that both the cached levels and the whole-subtree walk below them are used.
The stored page must not depend on the cache at all.
"""

from __future__ import annotations

import contextlib
import copy
import random
import sys
from pathlib import Path
from typing import Any

import msgspec
import pytest

from replay.errors import ImportFailed
from replay.importers import import_file, rrweb
from replay.model import page as page_model
from replay.model.page import PageState
from replay.model.session import ImportReport

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "safety"))
import mutators


def _checked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make every ``encoded_nodes`` call compare itself with a full walk; count the calls."""
    calls = [0]
    cached = PageState.encoded_nodes

    def encoded_nodes(self: PageState) -> bytes:
        got = cached(self)
        assert got == msgspec.json.encode(self.flat_nodes())
        calls[0] += 1
        return got

    monkeypatch.setattr(PageState, "encoded_nodes", encoded_nodes)
    return calls


@pytest.mark.parametrize("depth", [1, 2, 8])
def test_cached_keyframes_equal_a_full_walk(
    rrweb_dir: Path, monkeypatch: pytest.MonkeyPatch, depth: int
) -> None:
    monkeypatch.setattr(page_model, "ENCODE_CACHE_DEPTH", depth)
    calls = _checked(monkeypatch)
    for path in sorted(rrweb_dir.glob("*.rrweb.json")):
        assert import_file(path).page is not None, path
    assert calls[0] > 50  # snapshots and the keyframes of changing pages


def test_cached_keyframes_on_mutated_recordings(
    rrweb_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page_model, "ENCODE_CACHE_DEPTH", 2)
    calls = _checked(monkeypatch)
    seeds = [
        mutators.rrweb_seed(rrweb_dir / f"{n}.rrweb.json")
        for n in ("dev-mixed-long-desktop", "dev-form-reentry-wide", "dev-quick-back-laptop")
    ]
    for seed in range(60):
        rng = random.Random(seed)
        tree = mutators.mutate_tree(copy.deepcopy(rng.choice(seeds)), rng, steps=rng.randint(1, 6))
        with contextlib.suppress(ImportFailed):  # refused: the keyframes made so far count
            rrweb.load(mutators.dump_json(tree, rng), path="p", report=ImportReport())
    assert calls[0] > 0


def test_stored_page_does_not_depend_on_the_cache(
    rrweb_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = rrweb_dir / "dev-mixed-long-desktop.rrweb.json"
    cached = import_file(path)

    def full_walk(self: PageState) -> bytes:
        return msgspec.json.encode(self.flat_nodes())

    monkeypatch.setattr(PageState, "encoded_nodes", full_walk)
    walked = import_file(path)
    assert cached.page is not None
    assert cached.page == walked.page


def test_changes_forget_the_encoded_parts_up_to_the_root(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(page_model, "ENCODE_CACHE_DEPTH", 1)
    state = PageState()
    leaf: dict[str, Any] = {"id": 4, "type": 3, "textContent": "hi"}
    deep = {"id": 3, "type": 2, "tagName": "p", "attributes": {}, "childNodes": [leaf]}
    body = {"id": 2, "type": 2, "tagName": "body", "attributes": {}, "childNodes": [deep]}
    state.load_snapshot({"id": 1, "type": 0, "childNodes": [body]})
    steps: list[tuple[str, Any]] = [
        ("m", {"t": [[4, "changed"]]}),  # below the cached depth
        ("m", {"at": [[3, {"class": "x"}]]}),
        ("m", {"a": [[3, None, {"id": 5, "type": 3, "textContent": "new"}]]}),
        ("m", {"a": [[2, 3, {"id": 6, "type": 2, "tagName": "i", "attributes": {}}]]}),
        ("m", {"r": [[4, 3]]}),
        ("m", {"a": [[6, None, {"id": 5, "type": 3, "textContent": "moved"}]]}),
        ("m", {"r": [[3, 2]]}),
    ]
    assert state.encoded_nodes() == msgspec.json.encode(state.flat_nodes())
    for kind, payload in steps:
        state.apply(kind, payload)
        assert state.encoded_nodes() == msgspec.json.encode(state.flat_nodes()), payload
