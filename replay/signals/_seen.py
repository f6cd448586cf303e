"""What the user could see of the stored page: a change nobody can see answers no click.

Detectors 1.9.0 (issue 15, round 8; docs/signals.md item 19). A mutation of an element the
user cannot see cannot be the answer they waited for: the online/away label inside a
closed chat panel, a "Saved 3 s ago" kept ``visibility: hidden``, a screen-reader live
region moved off-screen, a zero-size counter. An element is *unseen* when it or an
ancestor, as far as the stored DOM and the recorded stylesheets tell, is:

* ``hidden`` (the attribute: the browser's ``[hidden] { display: none }``);
* ``display: none``, ``visibility: hidden`` or ``collapse``;
* of zero size: ``overflow: hidden`` (or ``clip``) with a width or height of at most 1 px
  (the usual "visually hidden" class);
* off-screen: ``position: absolute`` or ``fixed`` and ``left``, ``top`` or ``right`` at
  -999 px or less, or clipped away (``clip: rect(0 ...)`` / ``clip-path: inset(50%)``).

Styles come from the element's inline ``style`` (which wins) and from the top-level rules
of the page's stylesheets (``<style>`` text and rrweb's inlined ``<link>`` sheets; rules
inside ``@media`` and other at-rules are not read). A rule is matched by its compound
selectors (tag, id, classes, simple attribute tests ``[a]`` / ``[a=v]``; parsed and
matched by :mod:`replay.model.selectors`) on the element and, for descendant and child
combinators, on its ancestors; the cascade orders rules by specificity, then by order.
The test leans towards *seen*: a rule that might apply under a condition the stored
page cannot tell (``:hover``, ``:checked``, other attribute
tests, sibling combinators) can only show an element, never hide it, and a property it
sets with a specificity at least that of the hiding rule leaves the element seen. A
change counts as unseen only when the element was unseen both before and after its
batch (a panel that opens or closes is a change the user sees), and never when what
hides it also holds the clicked element (the user clicked inside it: it was shown).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from replay.model.page import ELEMENT, TEXT, PageState, PNode, split_css
from replay.model.selectors import (
    Compound,
    SelectorIndex,
    element_parts,
    parse_selector,
    split_selectors,
)

#: Properties that can hide an element (and those that size or place it).
_PROPS = frozenset(
    [
        "display",
        "visibility",
        "overflow",
        "overflow-x",
        "overflow-y",
        "width",
        "height",
        "max-width",
        "max-height",
        "position",
        "left",
        "top",
        "right",
        "clip",
        "clip-path",
    ]
)
#: Stylesheet text read per page (a hostile page may be huge) and rules kept.
_SHEET_CHARS = 2_000_000
_MAX_RULES = 50_000
#: Ancestors looked at (bounded: reused ids can make a node its own ancestor).
_MAX_DEPTH = 256
_DECL = re.compile(r"([A-Za-z-]+)\s*:\s*([^;]+)")
_PX = re.compile(r"^(-?\d+(?:\.\d+)?)(px)?$")
_CLIP_RECT0 = re.compile(r"rect\(\s*0(?:px)?(?:\s*,?\s*0(?:px)?){3}\s*\)")
_CLIP_INSET = re.compile(r"inset\(\s*(50|100)%\s*\)")
_OFF_SCREEN_PX = -999.0


@dataclass(frozen=True, slots=True)
class _Rule:
    """One style rule for one selector (its subject is the index's): what it sets."""

    #: (combinator, compound) from the subject outwards: " " descendant, ">" child
    path: tuple[tuple[str, Compound], ...]
    #: matches only under a condition the stored page cannot tell (:hover, siblings...)
    conditional: bool
    rank: tuple[int, int, int, int]  # specificity (ids, classes, tags), then order
    decls: tuple[tuple[str, str], ...]


class Sheets:
    """The hiding-relevant rules of one page's stylesheets, by subject key."""

    def __init__(self, texts: list[str]) -> None:
        self.rules: SelectorIndex[_Rule] = SelectorIndex()
        order = 0
        room = _SHEET_CHARS
        for text in texts:
            if room <= 0:
                break
            text = text[:room]
            room -= len(text)
            for rule in split_css(text):
                if order >= _MAX_RULES:
                    return
                if rule.startswith("@") or "{" not in rule:
                    continue  # @media, @supports...: conditions of the viewport, not read
                head, _, body = rule.partition("{")
                decls = tuple(
                    (m.group(1).lower(), m.group(2).strip().lower())
                    for m in _DECL.finditer(body.rstrip("}"))
                    if m.group(1).lower() in _PROPS
                )
                if not decls:
                    continue
                for one in split_selectors(head):
                    sel = parse_selector(one)
                    if sel is None or sel.pseudo_element:
                        continue  # unreadable, or styles a pseudo-element, not the element
                    order += 1
                    rank = (*sel.specificity, order)
                    self.rules.add(sel.subject, _Rule(sel.path, sel.conditional, rank, decls))


def sheets_of(state: PageState) -> Sheets:
    """Return the rules of the stylesheets in a page state (``<style>`` and inlined links)."""
    texts: list[str] = []
    nodes = state.nodes
    for node in nodes.values():
        if node.type != ELEMENT:
            continue
        tag = node.tag.lower()
        if tag not in ("style", "link"):
            continue
        attrs = node.attrs or {}
        rules = attrs.get("_rules")
        if isinstance(rules, list):
            texts.append("".join(str(r) for r in rules))
        elif isinstance(attrs.get("_cssText"), str):
            texts.append(str(attrs["_cssText"]))
        elif tag == "style":
            texts.append(
                "".join(
                    nodes[c].text for c in node.children if c in nodes and nodes[c].type == TEXT
                )
            )
    return Sheets(texts)


class Visibility:
    """Answers "could the user see this element?" on one page state (see the module text)."""

    def __init__(self, state: PageState) -> None:
        self.state = state
        self.sheets = sheets_of(state)
        self._memo: dict[int, bool] = {}
        self._version = state.version

    def hider(self, node_id: int) -> int:
        """Return the id of the element that hides ``node_id`` (itself or an ancestor), or -1."""
        state = self.state
        if state.version != self._version:
            self._memo.clear()
            self._version = state.version
        nodes = state.nodes
        current = node_id
        for _ in range(_MAX_DEPTH):
            node = nodes.get(current)
            if node is None:
                return -1
            if node.type == ELEMENT:
                hidden = self._memo.get(current)
                if hidden is None:
                    hidden = self._memo[current] = self._hides(node)
                if hidden:
                    return current
            if node.parent < 0:
                return -1
            current = node.parent
        return -1

    def _hides(self, node: PNode) -> bool:
        attrs = node.attrs or {}
        tag = node.tag.lower()
        definite: dict[str, tuple[tuple[int, int, int, int], str]] = {}
        maybe: dict[str, list[tuple[tuple[int, int, int, int], str]]] = {}
        dom_id, classes = element_parts(attrs)
        for rule in self.sheets.rules.matching(tag, dom_id, classes, attrs):
            if rule.conditional:
                for prop, value in rule.decls:
                    maybe.setdefault(prop, []).append((rule.rank, value))
                continue
            if not self._path_matches(node, rule.path):
                continue
            for prop, value in rule.decls:
                old = definite.get(prop)
                if old is None or rule.rank > old[0]:
                    definite[prop] = (rule.rank, value)
        props: dict[str, str] = {}
        for prop, (rank, value) in definite.items():
            if any(r >= rank and v != value for r, v in maybe.get(prop, ())):
                continue  # a rule that may apply could set it otherwise: not known
            props[prop] = value
        inline = attrs.get("style")
        if isinstance(inline, str) and inline:
            for m in _DECL.finditer(inline):
                prop = m.group(1).lower()
                if prop in _PROPS:
                    props[prop] = m.group(2).strip().lower()
        if "hidden" in attrs and "display" not in props and "display" not in maybe:
            props["display"] = "none"  # the browser's [hidden] { display: none }
        return _hidden_by(props)

    def _path_matches(self, node: PNode, path: tuple[tuple[str, Compound], ...]) -> bool:
        nodes = self.state.nodes
        current = node
        for combinator, compound in path:
            found = False
            for _ in range(_MAX_DEPTH):
                parent = nodes.get(current.parent) if current.parent >= 0 else None
                if parent is None or parent.type != ELEMENT:
                    return False
                current = parent
                attrs = parent.attrs or {}
                if compound.matches(parent.tag.lower(), *element_parts(attrs), attrs):
                    found = True
                    break
                if combinator == ">":
                    return False
            if not found:
                return False
        return True


def _hidden_by(props: dict[str, str]) -> bool:
    """Return True when these computed properties make an element invisible."""
    if props.get("display", "").startswith("none"):
        return True
    if props.get("visibility", "").split(" ")[0] in ("hidden", "collapse"):
        return True
    overflow = {props.get(k, "").split(" ")[0] for k in ("overflow", "overflow-x", "overflow-y")}
    if overflow & {"hidden", "clip"}:
        for prop in ("width", "height", "max-width", "max-height"):
            px = _px(props.get(prop, ""))
            if px is not None and px <= 1.0:
                return True
    if props.get("position", "").split(" ")[0] in ("absolute", "fixed"):
        for prop in ("left", "top", "right"):
            px = _px(props.get(prop, ""))
            if px is not None and px <= _OFF_SCREEN_PX:
                return True
        if _CLIP_RECT0.search(props.get("clip", "")):
            return True
    return bool(_CLIP_INSET.search(props.get("clip-path", "")))


def _px(value: str) -> float | None:
    m = _PX.match(value.replace("!important", "").strip())
    if m is None or (m.group(2) is None and float(m.group(1)) != 0.0):
        return None
    return float(m.group(1))
