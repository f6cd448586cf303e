"""The one CSS selector parser and matcher (replay.model.selectors) of the two CSS readers."""

from __future__ import annotations

import pytest

from replay.model.selectors import (
    Compound,
    SelectorIndex,
    element_keys,
    parse_selector,
    split_selectors,
)


def test_a_selector_is_its_subject_and_the_path_to_its_ancestors() -> None:
    sel = parse_selector("nav > ul.menu li.item#x[data-open=yes]:hover")
    assert sel is not None
    assert sel.subject == Compound("li", "x", frozenset({"item"}), (("data-open", "yes"),))
    assert [(c, x.tag) for c, x in sel.path] == [(" ", "ul"), (">", "nav")]
    assert sel.conditional
    assert not sel.pseudo_element
    assert sel.specificity == (1, 4, 3)  # #x; .menu .item [data-open] :hover; nav ul li


@pytest.mark.parametrize(
    ("text", "conditional", "pseudo_element"),
    [
        (".a .b", False, False),
        (".a + .b", True, False),  # siblings are not judged
        ("[a^=b]", True, False),  # only [a] and [a=v] are tests we can tell
        ("a::before", True, True),
        ("p:first-line", True, True),
    ],
)
def test_conditions_and_pseudo_elements_are_named(
    text: str, conditional: bool, pseudo_element: bool
) -> None:
    sel = parse_selector(text)
    assert sel is not None
    assert (sel.conditional, sel.pseudo_element) == (conditional, pseudo_element)


@pytest.mark.parametrize("text", ["", "> a", "a >", "@media screen", "0%", r".sm\:x"])
def test_what_cannot_be_read_is_none(text: str) -> None:
    assert parse_selector(text) is None


def test_selector_lists_split_only_on_top_level_commas() -> None:
    assert split_selectors(' a, :is(b, c) ,[t="x,y"] ,') == ["a", ":is(b, c)", '[t="x,y"]']


def test_the_index_finds_the_rules_an_element_matches() -> None:
    index: SelectorIndex[str] = SelectorIndex()
    assert not index
    for text in ("*", "div", ".a.b", "#i", "span.a", "[hidden]"):
        sel = parse_selector(text)
        assert sel is not None
        index.add(sel.subject, text)
    assert set(element_keys("div", "i", {"a"})) == {"*", "div", ".a", "#i"}
    found = set(index.matching("div", "i", frozenset({"a", "b"}), {"id": "i"}))
    assert found == {"*", "div", ".a.b", "#i"}  # not span.a; [hidden] is not there
    # without the attributes, attribute tests are left out
    assert "[hidden]" in set(index.matching("div", "", frozenset()))
