"""A light mirror of one rrweb page's DOM, enough to describe event targets.

rrweb serialises the page in the FullSnapshot (``data.node``: type 0 Document, 1 DocumentType,
2 Element with ``tagName``/``attributes``/``childNodes``, 3 Text with ``textContent``, 4 CDATA,
5 Comment; every node has an ``id``) and reports changes in Mutation events (``adds``,
``removes``, ``attributes``, ``texts``). We keep per node only what :class:`Node` needs.
Walks are iterative: hostile nesting depth cannot overflow the Python stack.

Privacy (issue 10): a *text-entry field* is an ``input``, ``textarea`` or ``select``, an
element with ``contenteditable`` (any value but ``"false"``), or an element whose ARIA
``role`` is ``textbox``, ``searchbox`` or ``combobox``, together with **all of its
descendants** (the text a user types into a rich-text editor becomes child text nodes,
recorded by rrweb as mutations). The text of a field is never a label and never leaves
replay.model.fields: :func:`opens_field` is the rule for one element, :func:`in_field` the
walk through a node's ancestors (:meth:`DomMirror.in_field` here, the detectors on the page),
:func:`field_node_ids` applies it to a serialised tree (for code that stores the page itself). Author-written attributes of the field element itself
(``aria-label``, ``placeholder``, ``title``) still name it; nodes *inside* a field get no
label and no link target at all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from replay.model.fields import FIELD_TAGS, in_field, opens_field
from replay.model.selectors import SelectorIndex, element_parts, parse_selector, split_selectors
from replay.model.session import Node

LABEL_CHARS = 60
_TEXT_SCAN_CHARS = 400
_KEPT_ATTRS = (
    "id",
    "class",
    "type",
    "role",
    "href",
    "aria-label",
    "alt",
    "title",
    "placeholder",
    "contenteditable",
    "onclick",
    "style",
)
_TEXT_INPUT_TYPES = frozenset(
    [
        "text",
        "email",
        "password",
        "search",
        "tel",
        "url",
        "number",
        "date",
        "datetime-local",
        "month",
        "week",
        "time",
    ]
)
_INTERACTIVE_TAGS = frozenset(
    ["a", "button", "input", "select", "textarea", "summary", "label", "option"]
)
_INTERACTIVE_ROLES = frozenset(
    [
        "button",
        "link",
        "tab",
        "checkbox",
        "radio",
        "switch",
        "menuitem",
        "option",
        "textbox",
        "combobox",
        "slider",
    ]
)
#: Cursors that promise an action (the pointer of links and buttons, zoom on images).
_CLICK_CURSORS = frozenset(["pointer", "zoom-in", "zoom-out"])
#: How far up the tree a click target inherits a cue (cursor, link styling, a control).
_CUE_DEPTH = 12
#: Stylesheet text read per page (rrweb inlines every stylesheet; a hostile page may be huge).
_CSS_CHARS = 4_000_000
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CSS_CURSOR = re.compile(r"(?:^|;)\s*cursor\s*:\s*([a-z-]+)", re.IGNORECASE)
_CSS_UNDERLINE = re.compile(r"text-decoration[a-z-]*\s*:[^;]*underline", re.IGNORECASE)
# Text inside these never labels anything a user clicks (CSS, scripts, field values).
_NO_TEXT_TAGS = frozenset(["script", "style", "textarea", "select", "noscript", "template"])


def field_node_ids(root: Any, *, inside: bool = False) -> set[int]:
    """Return the ids of every node of a serialised rrweb tree that is or lies in a field.

    Parameters
    ----------
    root : dict
        An rrweb serialised node (FullSnapshot ``data.node`` or a mutation's ``node``).
    inside : bool
        True when ``root`` is added under a node that is already in a field.
    """
    found: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, inside)]
    while stack:
        node, inside_field = stack.pop()
        if not isinstance(node, dict):
            continue
        if node.get("type") == 2:
            raw = node.get("attributes")
            inside_field = inside_field or opens_field(
                node.get("tagName", ""), raw if isinstance(raw, dict) else None
            )
        node_id = node.get("id")
        if inside_field and isinstance(node_id, int):
            found.add(node_id)
        children = node.get("childNodes")
        if isinstance(children, list):
            stack.extend((c, inside_field) for c in children)
    return found


def entry_of(
    kind: int,
    tag: str,
    attrs: Mapping[str, Any] | None,
    parent: int,
    children: list[int],
    text: str,
) -> list[Any]:
    """Return the mirror's entry of one node from its parts (as :meth:`DomMirror.add_tree`)."""
    if kind == 2:
        kept = (
            {k: str(attrs[k])[:300] for k in _KEPT_ATTRS if attrs.get(k) is not None}
            if attrs
            else {}
        )
        return [tag.lower()[:40], kept, parent, children, ""]
    if kind == 3:
        return ["#text", {}, parent, children, text[:_TEXT_SCAN_CHARS]]
    return ["#document" if kind == 0 else "#other", {}, parent, children, ""]


def sheet_text(kind: Any, parent_tag: str, attrs: Any, text: Any) -> str | None:
    """Return the stylesheet text of a node of ``kind`` with ``attrs`` and ``text``, or None.

    rrweb inlines a ``<link rel=stylesheet>`` as its element's ``_cssText`` attribute; the
    sheet of a ``<style>`` is the text of its text nodes (``parent_tag`` is the tag of the
    node's parent, lower case). The one rule of :func:`sheet_of` (a serialised node, for
    :func:`feed_css` and :meth:`DomMirror.add_tree`) and of the snapshot walk that reads
    the sanitised attributes and text (``replay.importers._page.PageRecorder._load_tree``).
    """
    if kind == 2:
        css = attrs.get("_cssText") if isinstance(attrs, dict) else None
    elif kind == 3 and parent_tag == "style":
        css = text
    else:
        return None
    return css if isinstance(css, str) else None


def sheet_of(node: Mapping[str, Any], kind: Any, parent_tag: str) -> str | None:
    """Return the stylesheet text a serialised node carries, or None (:func:`sheet_text`)."""
    return sheet_text(kind, parent_tag, node.get("attributes"), node.get("textContent"))


def feed_css(css: CssCues, root: Any, parent_tag: str) -> None:
    """Feed ``css`` the sheets of a serialised tree added under an element ``parent_tag``.

    The sheets :meth:`DomMirror.add_tree` feeds (:func:`sheet_of`), in document order.
    """
    stack: list[tuple[Any, str]] = [(root, parent_tag)]
    while stack:
        node, ptag = stack.pop()
        if not isinstance(node, dict) or not isinstance(node.get("id"), int):
            continue
        kind = node.get("type")
        sheet = sheet_of(node, kind, ptag)
        if sheet is not None:
            css.feed(sheet)
        tag = str(node.get("tagName", "")).lower()[:40] if kind == 2 else "#other"
        children = node.get("childNodes")
        if isinstance(children, list):
            stack.extend((c, tag) for c in reversed(children))


class StateNodes:
    """The mirror's node table read from a live page state (the importer's one tree walk).

    ``state`` is the importer's :class:`replay.model.page.PageState`: an entry is made
    from its node when asked for (a click target's describe, an input's type), never for
    the thousands of nodes nobody clicks, and kept until the tree next changes (its
    ``tree_version``). ``gone`` keeps the entries of nodes the page removed since its
    FullSnapshot (later events may still name them).
    """

    __slots__ = ("_at", "_made", "gone", "live", "state", "styles")

    def __init__(self, state: Any) -> None:
        self.state = state
        self.live: Mapping[int, Any] = state.nodes
        self.gone: dict[int, list[Any]] = {}
        self._made: dict[int, list[Any]] = {}
        #: ``CssCues.style_of`` of a node, kept as long as its entry.
        self.styles: dict[int, tuple[str, bool]] = {}
        self._at = -1

    def bury(self, node: Any) -> None:
        """Keep the entry of a node the page drops (``PageState.drop_hook``)."""
        self.gone[node.id] = entry_of(
            node.type, node.tag, node.attrs, node.parent, node.children, node.text
        )

    def get(self, node_id: Any, default: list[Any] | None = None) -> list[Any] | None:
        """Return the entry of ``node_id`` (live first, then removed), or ``default``."""
        if self._at != self.state.tree_version:
            self._made.clear()
            self.styles.clear()
            self._at = self.state.tree_version
        entry = self._made.get(node_id)
        if entry is not None:
            return entry
        node = self.live.get(node_id)
        if node is None:
            return self.gone.get(node_id, default)
        entry = self._made[node_id] = entry_of(
            node.type, node.tag, node.attrs, node.parent, node.children, node.text
        )
        return entry

    def __contains__(self, node_id: object) -> bool:
        return node_id in self.live or node_id in self.gone

    def __getitem__(self, node_id: int) -> list[Any]:
        entry = self.get(node_id)
        if entry is None:
            raise KeyError(node_id)
        return entry


class DomMirror:
    """Node table of one page: rrweb id -> [tag, attrs, parent id, child ids, text].

    Tests and callers with serialised trees fill it with :meth:`load_snapshot` and the
    mutation methods; the rrweb importer instead points :attr:`nodes` at the page state
    it keeps anyway (:meth:`view`), so a FullSnapshot is walked once, not twice.
    """

    def __init__(self) -> None:
        self.nodes: dict[int, list[Any]] | StateNodes = {}
        self.css = CssCues()

    def view(self, state: Any) -> StateNodes:
        """Read the nodes from a page state (see :class:`StateNodes`)."""
        self.nodes = StateNodes(state)
        self.css = CssCues()
        return self.nodes

    def load_snapshot(self, root: Any) -> None:
        """Register the FullSnapshot tree (a checkout re-registers the same ids)."""
        self.nodes = {}
        self.css = CssCues()
        self.add_tree(root, parent_id=-1)

    def add_tree(self, root: Any, *, parent_id: int) -> int:
        """Register a serialised node and its descendants under ``parent_id``; return count."""
        count = 0
        table = self._table()
        stack: list[tuple[Any, int]] = [(root, parent_id)]
        while stack:
            node, parent = stack.pop()
            if not isinstance(node, dict):
                continue
            node_id = node.get("id")
            if not isinstance(node_id, int) or isinstance(node_id, bool):
                continue
            count += 1
            kind = node.get("type")
            tag = ""
            attrs: dict[str, str] = {}
            text = ""
            parent_entry = table.get(parent)
            sheet = sheet_of(node, kind, parent_entry[0] if parent_entry is not None else "")
            if sheet is not None:
                self.css.feed(sheet)
            if kind == 0:
                tag = "#document"
            elif kind == 2:
                tag = str(node.get("tagName", "")).lower()[:40]
                raw = node.get("attributes")
                if isinstance(raw, dict):
                    attrs = {k: str(raw[k])[:300] for k in _KEPT_ATTRS if raw.get(k) is not None}
            elif kind == 3:
                tag = "#text"
                value = node.get("textContent")
                text = value[:_TEXT_SCAN_CHARS] if isinstance(value, str) else ""
            else:
                tag = "#other"
            table[node_id] = [tag, attrs, parent, [], text]
            parent_entry = table.get(parent)
            if parent_entry is not None:
                parent_entry[3].append(node_id)
            children = node.get("childNodes")
            if isinstance(children, list):
                stack.extend((c, node_id) for c in reversed(children))
        return count

    def _table(self) -> dict[int, list[Any]]:
        """Return the node table of a mirror filled from serialised trees (not a view)."""
        if not isinstance(self.nodes, dict):
            raise TypeError("a mirror that views a page state is changed through the state")
        return self.nodes

    def remove(self, node_id: Any, parent_id: Any) -> None:
        """Detach ``node_id`` from its parent (the entry stays: later events may name it)."""
        parent = self.nodes.get(parent_id) if isinstance(parent_id, int) else None
        if parent is not None and node_id in parent[3]:
            parent[3].remove(node_id)

    def set_attributes(self, node_id: Any, changes: Any) -> None:
        """Apply an attribute mutation (``None`` removes the attribute)."""
        entry = self.nodes.get(node_id) if isinstance(node_id, int) else None
        if entry is None or not isinstance(changes, dict):
            return
        for key in _KEPT_ATTRS:
            if key in changes:
                value = changes[key]
                if value is None:
                    entry[1].pop(key, None)
                else:
                    entry[1][key] = str(value)[:300]

    def set_text(self, node_id: Any, value: Any) -> None:
        """Apply a text mutation."""
        entry = self.nodes.get(node_id) if isinstance(node_id, int) else None
        if entry is not None:
            entry[4] = value[:_TEXT_SCAN_CHARS] if isinstance(value, str) else ""

    def in_field(self, node_id: int) -> bool:
        """Return True when ``node_id`` is a text-entry field or lies inside one."""
        return in_field(node_id, self._step)

    def _step(self, node_id: int) -> tuple[Any, Any, Any] | None:
        """Return a node's tag (None when not an element), attributes and parent id."""
        entry = self.nodes.get(node_id)
        if entry is None:
            return None
        tag = None if entry[0] in ("#text", "#other", "#document") else entry[0]
        return tag, entry[1], entry[2]

    def input_type(self, node_id: int) -> str:
        """Return the ``type`` of an input (or "") at this moment."""
        entry = self.nodes.get(node_id)
        if entry is None:
            return ""
        return str(entry[1].get("type", "text" if entry[0] == "input" else "")).lower()

    def describe(self, node_id: int, *, page: int) -> Node | None:
        """Return the :class:`Node` for ``node_id`` or None when the id is unknown."""
        entry = self.nodes.get(node_id)
        if entry is None:
            return None
        tag, attrs = entry[0], entry[1]
        itype = attrs.get("type", "text" if tag == "input" else "").lower()
        if tag not in ("input", "button"):
            itype = attrs.get("role", "").lower()
        field = self.in_field(node_id)
        inside = field and not opens_field(tag, attrs)  # a descendant of a field
        text_entry = (
            (tag == "input" and itype in _TEXT_INPUT_TYPES)
            or tag in ("textarea", "select")
            or (field and tag not in FIELD_TAGS)
        )
        interactive = (
            tag in _INTERACTIVE_TAGS
            or attrs.get("role", "").lower() in _INTERACTIVE_ROLES
            or "onclick" in attrs
        )
        return Node(
            cue=self.cue(node_id),
            styled=self.css.seen,
            tag=tag,
            dom_id=attrs.get("id", "")[:100],
            classes=attrs.get("class", "")[:200],
            label="" if inside else self._label(node_id, tag, attrs, field=field),
            input_type=itype[:40],
            text_entry=text_entry,
            interactive=interactive,
            page=page,
            rrweb_id=node_id,
            href=attrs.get("href", "") if tag == "a" and not inside else "",
        )

    def cue(self, node_id: int) -> str:
        """Return why a click on ``node_id`` would be expected to do something ("" = no cue).

        Walks up at most :data:`_CUE_DEPTH` ancestors: a control (link, button, summary,
        label, an interactive role, an ``onclick`` attribute) on the way is a cue; the
        nearest element that sets a cursor (stylesheet rule or inline style) decides
        whether the pointer promised an action (``cursor: pointer``/zoom); underlined
        text is link styling.
        """
        current = node_id
        cursor_decided = False
        found = ""
        for _ in range(_CUE_DEPTH):
            entry = self.nodes.get(current)
            if entry is None:
                break
            tag, attrs = entry[0], entry[1]
            if tag and not tag.startswith("#"):
                control = _control_name(tag, attrs)
                if control:
                    return control
                if not cursor_decided:
                    cursor, underline = self._style_of(current, tag, attrs)
                    if cursor:
                        cursor_decided = True
                        if cursor in _CLICK_CURSORS:
                            found = found or f"cursor: {cursor}"
                    if underline and not found:
                        found = "underlined like a link"
            current = entry[2]
        return found

    def _style_of(self, node_id: int, tag: str, attrs: dict[str, str]) -> tuple[str, bool]:
        """:meth:`CssCues.style_of` of a node (kept while the state's tree is unchanged)."""
        nodes = self.nodes
        if not isinstance(nodes, StateNodes):
            return self.css.style_of(tag, attrs)
        style = nodes.styles.get(node_id)
        if style is None:
            style = nodes.styles[node_id] = self.css.style_of(tag, attrs)
        return style

    def _label(self, node_id: int, tag: str, attrs: dict[str, str], *, field: bool) -> str:
        for key in ("aria-label", "alt", "title", "placeholder"):
            if attrs.get(key, "").strip():
                return _short(attrs[key])
        if field or tag in _NO_TEXT_TAGS:  # never a field's value
            return ""
        return _short(self._text(node_id))

    def _text(self, node_id: int) -> str:
        parts: list[str] = []
        size = 0
        stack = [node_id]
        seen: set[int] = set()  # reused ids can make a node its own descendant: no loops
        get = self.nodes.get
        while stack and size < _TEXT_SCAN_CHARS:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            entry = get(current)
            if entry is None:
                continue
            tag = entry[0]
            if tag == "#text":
                parts.append(entry[4])
                size += len(entry[4])
            elif tag in _NO_TEXT_TAGS or (tag[:1] != "#" and opens_field(tag, entry[1])):
                continue  # a field's text (typed) never labels the element around it
            stack.extend(reversed(entry[3]))
        return " ".join(parts)


def _control_name(tag: str, attrs: dict[str, str]) -> str:
    """Return e.g. "button" / "link" / "role=tab" when the element is a control, else ""."""
    if tag == "a" and "href" in attrs:
        return "link"
    if tag in ("button", "summary", "label", "option") or (
        tag == "input" and attrs.get("type", "text").lower() in _BUTTON_INPUTS
    ):
        return tag
    role = attrs.get("role", "").lower()
    if role in _INTERACTIVE_ROLES:
        return f"role={role}"
    if "onclick" in attrs:
        return "onclick handler"
    return ""


_BUTTON_INPUTS = frozenset(
    ["button", "submit", "reset", "image", "checkbox", "radio", "file", "color", "range"]
)


class CssCues:
    """The click cues of one page's stylesheets: which selectors set a cursor or underline.

    Every rule is read, those inside ``@media`` too. Only the subject (rightmost compound
    selector, :func:`replay.model.selectors.parse_selector`) of each rule is matched, by
    tag, id and classes; combinators, attribute tests and pseudo-classes are ignored
    (``:hover`` rules apply while the pointer is over the element). Later rules win,
    specificity is not modelled: good enough to tell a styled control from body text.
    """

    def __init__(self) -> None:
        self.seen = False
        self.chars = 0
        self.order = 0
        # subject -> (order, cursor, underline)
        self._rules: SelectorIndex[tuple[int, str, bool]] = SelectorIndex()
        #: Sheets fed but not read yet: most pages are never asked about a click target's
        #: style (or only at their end), so the rules are indexed on the first question.
        self._pending: list[str] = []
        self._fed = 0

    @property
    def rules(self) -> SelectorIndex[tuple[int, str, bool]]:
        """The rules (order, cursor or "", underline) by their selector's subject."""
        if self._pending:
            pending, self._pending = self._pending, []
            for css in pending:
                self._index(css)
        return self._rules

    def feed(self, css: str) -> None:
        """Take a stylesheet's text (indexed when :attr:`rules` is first read)."""
        self.seen = True
        room = _CSS_CHARS - self._fed  # what indexing would read of it, held till then
        if room > 0:
            self._pending.append(css[:room])
            self._fed += min(room, len(css))

    def _index(self, css: str) -> None:
        """Index the cursor and underline rules of a stylesheet's text."""
        room = _CSS_CHARS - self.chars
        if room <= 0:
            return
        css = css[:room]
        self.chars += len(css)
        for selectors, body in _CSS_RULE.findall(css):
            cur = _CSS_CURSOR.search(body)
            underline = bool(_CSS_UNDERLINE.search(body))
            if cur is None and not underline:
                continue
            cursor = cur.group(1).lower() if cur else ""
            for one in split_selectors(selectors):
                sel = parse_selector(one)
                if sel is None:
                    continue  # an at-rule's prelude or a selector we cannot read
                self.order += 1
                self._rules.add(sel.subject, (self.order, cursor, underline))

    def style_of(self, tag: str, attrs: dict[str, str]) -> tuple[str, bool]:
        """Return (cursor or "", underlined) for an element from its rules and inline style."""
        inline = attrs.get("style", "")
        if inline:
            cur = _CSS_CURSOR.search(inline)
            if cur is not None:
                return cur.group(1).lower(), bool(_CSS_UNDERLINE.search(inline))
        rules = self.rules
        if not rules:
            return "", False
        dom_id, classes = element_parts(attrs)
        best_order, cursor, underline = -1, "", False
        for order, r_cursor, r_under in rules.matching(tag, dom_id, classes):
            underline = underline or r_under
            if r_cursor and order > best_order:
                best_order, cursor = order, r_cursor
        return cursor, underline


def _short(text: str) -> str:
    """Collapse whitespace and cut to :data:`LABEL_CHARS` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= LABEL_CHARS else flat[: LABEL_CHARS - 1] + "…"
