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
selectors (tag, id, classes, simple attribute tests ``[a]`` / ``[a=v]``) on the element
and, for descendant and child combinators, on its ancestors; the cascade orders rules by
specificity, then by their order. The test leans towards *seen*: a rule that might apply
under a condition the stored page cannot tell (``:hover``, ``:checked``, other attribute
tests, sibling combinators) can only show an element, never hide it, and a property it
sets with a specificity at least that of the hiding rule leaves the element seen. A
change counts as unseen only when the element was unseen both before and after its
batch (a panel that opens or closes is a change the user sees), and never when what
hides it also holds the clicked element (the user clicked inside it: it was shown).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from replay.model.page import ELEMENT, TEXT, PageState, PNode, split_css

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
_PART = re.compile(
    r"(\*)|([A-Za-z][\w-]*)|#([\w-]+)|\.([\w-]+)|\[([^\]]*)\]|(::?[\w-]+(?:\([^)]*\))?)"
)
_ATTR_TEST = re.compile(r"""^\s*([\w:-]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))\s*)?$""")
_PX = re.compile(r"^(-?\d+(?:\.\d+)?)(px)?$")
_CLIP_RECT0 = re.compile(r"rect\(\s*0(?:px)?(?:\s*,?\s*0(?:px)?){3}\s*\)")
_CLIP_INSET = re.compile(r"inset\(\s*(50|100)%\s*\)")
_OFF_SCREEN_PX = -999.0


@dataclass(frozen=True, slots=True)
class _Compound:
    """One compound selector: tag, id, classes and simple attribute tests."""

    tag: str
    dom_id: str
    classes: frozenset[str]
    attrs: tuple[tuple[str, str | None], ...]


@dataclass(frozen=True, slots=True)
class _Rule:
    """One style rule for one selector: what it matches and what it sets."""

    subject: _Compound
    #: (combinator, compound) from the subject outwards: " " descendant, ">" child
    path: tuple[tuple[str, _Compound], ...]
    #: matches only under a condition the stored page cannot tell (:hover, siblings...)
    conditional: bool
    rank: tuple[int, int, int, int]  # specificity (ids, classes, tags), then order
    decls: tuple[tuple[str, str], ...]


class Sheets:
    """The hiding-relevant rules of one page's stylesheets, by subject key."""

    def __init__(self, texts: list[str]) -> None:
        self.rules: dict[str, list[_Rule]] = {}
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
                for one in _split_selectors(head):
                    parsed = _parse(one)
                    if parsed is None:
                        continue
                    order += 1
                    subject, path, conditional, spec = parsed
                    key = _key(subject)
                    self.rules.setdefault(key, []).append(
                        _Rule(subject, path, conditional, (*spec, order), decls)
                    )


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
        classes = frozenset(str(attrs.get("class", "")).split())
        dom_id = str(attrs.get("id", ""))
        keys = ["*", tag, *(f".{c}" for c in classes)]
        if dom_id:
            keys.append(f"#{dom_id}")
        for key in keys:
            for rule in self.sheets.rules.get(key, ()):
                if not _compound_matches(rule.subject, tag, dom_id, classes, attrs):
                    continue
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

    def _path_matches(self, node: PNode, path: tuple[tuple[str, _Compound], ...]) -> bool:
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
                if _compound_matches(
                    compound,
                    parent.tag.lower(),
                    str(attrs.get("id", "")),
                    frozenset(str(attrs.get("class", "")).split()),
                    attrs,
                ):
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


def _split_selectors(head: str) -> list[str]:
    """Split a selector list on its top-level commas."""
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


def _parse(
    selector: str,
) -> tuple[_Compound, tuple[tuple[str, _Compound], ...], bool, tuple[int, int, int]] | None:
    """Parse a selector: subject, path outwards, conditional, specificity (None: unusable)."""
    if "::" in selector or re.search(r":(before|after|first-line|first-letter)\b", selector):
        return None  # styles a pseudo-element, not the element
    spaced = re.sub(r"\s*([>+~])\s*(?![^\[]*\])", r" \1 ", selector.strip())
    tokens = _tokens(spaced)
    if not tokens:
        return None
    compounds: list[_Compound] = []
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
    return compounds[-1], path, conditional, (spec[0], spec[1], spec[2])


def _tokens(spaced: str) -> list[str]:
    """Split on whitespace outside brackets and parentheses."""
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


def _compound(text: str, spec: list[int]) -> tuple[_Compound, bool] | None:
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
    return _Compound(tag, dom_id, frozenset(classes), tuple(attrs)), conditional


def _key(c: _Compound) -> str:
    if c.dom_id:
        return f"#{c.dom_id}"
    if c.classes:
        return "." + sorted(c.classes)[0]
    return c.tag or "*"


def _compound_matches(
    c: _Compound, tag: str, dom_id: str, classes: frozenset[str], attrs: dict[str, Any]
) -> bool:
    if c.tag and c.tag != tag:
        return False
    if c.dom_id and c.dom_id != dom_id:
        return False
    if not c.classes <= classes:
        return False
    for name, value in c.attrs:
        if name not in attrs:
            return False
        if value is not None and str(attrs[name]) != value:
            return False
    return True
