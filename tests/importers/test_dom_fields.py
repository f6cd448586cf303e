"""The text-entry field rule of the DOM mirror (issue 10), on generated trees (hypothesis).

:func:`opens_field`, :meth:`DomMirror.in_field` and :func:`field_node_ids` must agree on
every tree, and no node in or around a field may carry the field's text as its label.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from replay.importers._dom import DomMirror, field_node_ids, opens_field

TAGS = ("div", "span", "p", "b", "button", "a", "input", "textarea", "select", "label", "li")
ATTRS = st.fixed_dictionaries(
    {},
    optional={
        "contenteditable": st.sampled_from(["true", "", "false", "plaintext-only", "FALSE", "x"]),
        "role": st.sampled_from(["textbox", "searchbox", "combobox", "button", "link",
                                 "presentation textbox", "none", "TEXTBOX"]),
        "aria-label": st.sampled_from(["Name", "Search", "Card number"]),
    },
)  # fmt: skip


@st.composite
def trees(draw: st.DrawFn) -> dict[str, Any]:
    """A random serialised rrweb tree whose text nodes say SECRET when inside a field."""
    counter = iter(range(1, 10_000))

    def element(depth: int, in_field: bool) -> dict[str, Any]:
        tag = draw(st.sampled_from(TAGS))
        attrs = draw(ATTRS)
        now_field = in_field or opens_field(tag, attrs)
        children: list[dict[str, Any]] = []
        for _ in range(draw(st.integers(0, 3 if depth < 4 else 0))):
            if draw(st.booleans()):
                text = "SECRET-typed" if now_field else "Visible words"
                children.append({"type": 3, "textContent": text, "id": next(counter)})
            else:
                children.append(element(depth + 1, now_field))
        return {"type": 2, "tagName": tag, "attributes": attrs, "childNodes": children,
                "id": next(counter)}  # fmt: skip

    return element(0, False)


def _expected(node: dict[str, Any], inside: bool, out: set[int]) -> None:
    if node["type"] == 2:
        inside = inside or opens_field(node["tagName"], node["attributes"])
    if inside:
        out.add(node["id"])
    for child in node.get("childNodes", []):
        _expected(child, inside, out)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(trees())
def test_field_rules_agree_and_never_label_with_field_text(root: dict[str, Any]) -> None:
    expected: set[int] = set()
    _expected(root, False, expected)
    assert field_node_ids(root) == expected
    mirror = DomMirror()
    mirror.load_snapshot(root)
    assert {i for i in mirror.nodes if mirror.in_field(i)} == expected
    for node_id in mirror.nodes:
        node = mirror.describe(node_id, page=0)
        assert node is not None
        assert "SECRET" not in node.label
        if node_id in expected and not opens_field(*mirror.nodes[node_id][:2]):
            assert node.label == ""  # a node inside a field has no label at all
            assert node.href == ""


def test_opens_field_cases() -> None:
    assert opens_field("INPUT", None)
    assert opens_field("textarea", {})
    assert opens_field("div", {"contenteditable": ""})
    assert opens_field("div", {"contenteditable": True})
    assert not opens_field("div", {"contenteditable": "false"})
    assert not opens_field("div", {"contenteditable": " FALSE "})
    assert opens_field("div", {"role": "combobox"})
    assert opens_field("div", {"role": "none searchbox"})
    assert not opens_field("div", {"role": "button"})
    assert not opens_field("button", {})


def test_in_field_survives_loops_and_deep_trees() -> None:
    mirror = DomMirror()
    mirror.nodes = {1: ["div", {}, 2, [2], ""], 2: ["div", {}, 1, [1], ""]}  # a parent loop
    assert not mirror.in_field(1)
    deep: dict[int, list[Any]] = {0: ["div", {"contenteditable": "true"}, -1, [1], ""]}
    for i in range(1, 20_000):
        deep[i] = ["span", {}, i - 1, [i + 1], ""]
    mirror.nodes = deep
    assert mirror.in_field(19_999)  # the field is far up, or the walk gives up as "field"


@settings(max_examples=60, deadline=None, derandomize=True)
@given(trees())
def test_the_detectors_walk_the_page_state_by_the_same_rule(root: dict[str, Any]) -> None:
    """One ancestor walk (``model.fields.in_field``) serves the mirror and the page state.

    The detectors' tree (``PageState``) built from the same snapshot gives the same set of
    nodes in fields, walked fresh and again from the memo a first pass filled.
    """
    from replay.model.page import PageState
    from replay.signals._dom import _in_field

    expected: set[int] = set()
    _expected(root, False, expected)
    state = PageState()
    state.load_snapshot(root)
    assert set(state.nodes) >= expected
    memo: dict[int, bool] = {}
    assert {i for i in state.nodes if _in_field(state, i, {})} == expected
    assert {i for i in state.nodes if _in_field(state, i, memo)} == expected
    assert {i for i in state.nodes if _in_field(state, i, memo)} == expected  # memo answers
    assert {i for i, v in memo.items() if v} == expected
