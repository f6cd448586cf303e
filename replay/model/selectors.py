"""CSS selectors of a recorded page: the one parser and matcher of replay's two CSS readers.

The rrweb importer's click cues (``replay.importers._dom.CssCues``: which rules set a
cursor or underline) and the detectors' visibility test (``replay.signals._seen``: which
rules hide an element) both read selectors from the recorded stylesheets and match them
against stored nodes; both do it here.

A selector is a chain of *compound selectors* (tag, id, classes, simple attribute tests
``[a]`` / ``[a=v]``) joined by combinators. :func:`parse_selector` returns its subject (the
rightmost compound), the path to its ancestors (descendant ``" "`` and child ``">"``
combinators), whether it matches only under a condition a stored page cannot tell
(``:hover``, ``:checked``, other attribute tests, sibling combinators), whether it styles
a pseudo-element (``::before``) and its specificity. Rules are indexed by one key of
their subject (:meth:`Compound.key`) and an element is looked up by every key it could
match (:func:`element_keys`), so a page with thousands of rules tests only a few.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

_PART = re.compile(
    r"(\*)|([A-Za-z][\w-]*)|#([\w-]+)|\.([\w-]+)|\[([^\]]*)\]|(::?[\w-]+(?:\([^)]*\))?)"
)
_ATTR_TEST = re.compile(r"""^\s*([\w:-]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))\s*)?$""")
_PSEUDO_ELEMENT = re.compile(r"::|:(before|after|first-line|first-letter)\b")
_COMBINATOR = re.compile(r"\s*([>+~])\s*(?![^\[]*\])")

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Compound:
    """One compound selector: tag (lower case, "" = any), id, classes, attribute tests."""

    tag: str
    dom_id: str
    classes: frozenset[str]
    #: (name, value) tests; value None tests only that the attribute is there
    attrs: tuple[tuple[str, str | None], ...] = ()

    def key(self) -> str:
        """Return the index key: ``#id``, else the first class ``.c``, else the tag or ``*``."""
        if self.dom_id:
            return f"#{self.dom_id}"
        if self.classes:
            return "." + sorted(self.classes)[0]
        return self.tag or "*"

    def matches(
        self,
        tag: str,
        dom_id: str,
        classes: frozenset[str] | set[str],
        attrs: Mapping[str, Any] | None = None,
    ) -> bool:
        """Return True when an element (lower-case ``tag``, ``dom_id``, ``classes``) matches.

        ``attrs`` are the element's attributes for the attribute tests; None leaves the
        tests out (the compound then matches as if they passed).
        """
        if self.tag and self.tag != tag:
            return False
        if self.dom_id and self.dom_id != dom_id:
            return False
        if not self.classes <= classes:
            return False
        if attrs is None:
            return True
        for name, value in self.attrs:
            if name not in attrs:
                return False
            if value is not None and str(attrs[name]) != value:
                return False
        return True


@dataclass(frozen=True, slots=True)
class Selector:
    """One parsed selector (see the module text)."""

    subject: Compound
    #: (combinator, compound) from the subject outwards: " " descendant, ">" child
    path: tuple[tuple[str, Compound], ...]
    #: matches only under a condition the stored page cannot tell (:hover, siblings...)
    conditional: bool
    #: styles a pseudo-element (``::before``, ``:after``...), not the element itself
    pseudo_element: bool
    #: (ids, classes and attribute/pseudo-class tests, tags)
    specificity: tuple[int, int, int]


def element_keys(tag: str, dom_id: str, classes: frozenset[str] | set[str]) -> list[str]:
    """Return every index key (:meth:`Compound.key`) a rule matching this element may have."""
    keys = ["*", tag, *(f".{c}" for c in classes)]
    if dom_id:
        keys.append(f"#{dom_id}")
    return keys


def element_parts(attrs: Mapping[str, Any]) -> tuple[str, frozenset[str]]:
    """Return the ``id`` and the set of classes of an element from its attributes."""
    return str(attrs.get("id", "")), frozenset(str(attrs.get("class", "")).split())


class SelectorIndex(Generic[T]):
    """Items (rules) indexed by the subject of their selector, found for an element."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[tuple[Compound, T]]] = {}

    def __bool__(self) -> bool:
        return bool(self.by_key)

    def add(self, subject: Compound, item: T) -> None:
        """Index ``item`` under the key of its selector's ``subject``."""
        self.by_key.setdefault(subject.key(), []).append((subject, item))

    def matching(
        self,
        tag: str,
        dom_id: str,
        classes: frozenset[str] | set[str],
        attrs: Mapping[str, Any] | None = None,
    ) -> Iterator[T]:
        """Yield the items whose subject matches the element (see :meth:`Compound.matches`)."""
        by_key = self.by_key
        for key in element_keys(tag, dom_id, classes):
            for subject, item in by_key.get(key, ()):
                # Compound.matches, inlined: this runs for every rule of every key
                if (
                    (not subject.tag or subject.tag == tag)
                    and (not subject.dom_id or subject.dom_id == dom_id)
                    and subject.classes <= classes
                    and (
                        attrs is None
                        or not subject.attrs
                        or subject.matches(tag, dom_id, classes, attrs)
                    )
                ):
                    yield item


def split_selectors(head: str) -> list[str]:
    """Split a selector list on its top-level commas (not those inside ``()`` or ``[]``)."""
    out: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(head):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            out.append(head[start:i].strip())
            start = i + 1
    out.append(head[start:].strip())
    return [s for s in out if s]


def parse_selector(selector: str) -> Selector | None:
    """Parse one selector (no commas); None when it is not one this module can read."""
    pseudo_element = _PSEUDO_ELEMENT.search(selector) is not None
    tokens = _tokens(_COMBINATOR.sub(r" \1 ", selector.strip()))
    if not tokens:
        return None
    compounds: list[Compound] = []
    combinators: list[str] = []
    conditional = False
    spec = [0, 0, 0]
    expect_compound = True
    for tok in tokens:
        if tok in (">", "+", "~"):
            if expect_compound:
                return None
            combinators.append(tok)
            expect_compound = True
            continue
        if not expect_compound:
            combinators.append(" ")
        parsed = _compound(tok, spec)
        if parsed is None:
            return None
        compound, cond = parsed
        conditional = conditional or cond
        compounds.append(compound)
        expect_compound = False
    if expect_compound or len(combinators) != len(compounds) - 1:
        return None
    if any(c in ("+", "~") for c in combinators):
        conditional = True  # siblings: not judged
    path = tuple((combinators[i - 1], compounds[i - 1]) for i in range(len(compounds) - 1, 0, -1))
    return Selector(compounds[-1], path, conditional, pseudo_element, (spec[0], spec[1], spec[2]))


def _tokens(spaced: str) -> list[str]:
    """Split on whitespace outside brackets and parentheses."""
    if "(" not in spaced and "[" not in spaced:
        return spaced.split()  # the usual selector: no brackets, nothing to keep whole
    out: list[str] = []
    depth = 0
    cur = ""
    for ch in spaced:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        if ch.isspace() and depth == 0:
            if cur:
                out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def _compound(text: str, spec: list[int]) -> tuple[Compound, bool] | None:
    """Parse one compound selector, adding to ``spec``; also whether it is conditional."""
    tag, dom_id = "", ""
    classes: set[str] = set()
    attrs: list[tuple[str, str | None]] = []
    conditional = False
    pos = 0
    for m in _PART.finditer(text):
        if m.start() != pos:
            return None
        pos = m.end()
        star, name, id_, cls, attr, pseudo = m.groups()
        if star:
            continue
        if name:
            tag = name.lower()
            spec[2] += 1
        elif id_:
            dom_id = id_
            spec[0] += 1
        elif cls:
            classes.add(cls)
            spec[1] += 1
        elif attr is not None:
            spec[1] += 1
            test = _ATTR_TEST.match(attr)
            if test is None:
                conditional = True  # ^=, *=, ~= ...: not judged
            else:
                value = next((g for g in test.groups()[1:] if g is not None), None)
                attrs.append((test.group(1).lower(), value))
        elif pseudo:
            spec[1] += 1
            conditional = True  # :hover, :checked, :not(...): not judged
    if pos != len(text):
        return None
    return Compound(tag, dom_id, frozenset(classes), tuple(attrs)), conditional
