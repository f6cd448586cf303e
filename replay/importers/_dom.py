"""A light mirror of one rrweb page's DOM, enough to describe event targets.

rrweb serialises the page in the FullSnapshot (``data.node``: type 0 Document, 1 DocumentType,
2 Element with ``tagName``/``attributes``/``childNodes``, 3 Text with ``textContent``, 4 CDATA,
5 Comment; every node has an ``id``) and reports changes in Mutation events (``adds``,
``removes``, ``attributes``, ``texts``). We keep per node only what :class:`Node` needs.
Walks are iterative: hostile nesting depth cannot overflow the Python stack.
"""

from __future__ import annotations

from typing import Any

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
# Text inside these never labels anything a user clicks (CSS, scripts, field values).
_NO_TEXT_TAGS = frozenset(["script", "style", "textarea", "select", "noscript", "template"])


class DomMirror:
    """Node table of one page: rrweb id -> [tag, attrs, parent id, child ids, text]."""

    def __init__(self) -> None:
        self.nodes: dict[int, list[Any]] = {}

    def load_snapshot(self, root: Any) -> None:
        """Register the FullSnapshot tree (a checkout re-registers the same ids)."""
        self.nodes.clear()
        self.add_tree(root, parent_id=-1)

    def add_tree(self, root: Any, *, parent_id: int) -> int:
        """Register a serialised node and its descendants under ``parent_id``; return count."""
        count = 0
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
            self.nodes[node_id] = [tag, attrs, parent, [], text]
            parent_entry = self.nodes.get(parent)
            if parent_entry is not None:
                parent_entry[3].append(node_id)
            children = node.get("childNodes")
            if isinstance(children, list):
                stack.extend((c, node_id) for c in reversed(children))
        return count

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
        text_entry = (
            (tag == "input" and itype in _TEXT_INPUT_TYPES)
            or tag in ("textarea", "select")
            or attrs.get("contenteditable", "false").lower() in ("", "true", "plaintext-only")
        )
        interactive = (
            tag in _INTERACTIVE_TAGS
            or attrs.get("role", "").lower() in _INTERACTIVE_ROLES
            or "onclick" in attrs
        )
        return Node(
            tag=tag,
            dom_id=attrs.get("id", "")[:100],
            classes=attrs.get("class", "")[:200],
            label=self._label(node_id, tag, attrs),
            input_type=itype[:40],
            text_entry=text_entry,
            interactive=interactive,
            page=page,
            rrweb_id=node_id,
            href=attrs.get("href", "") if tag == "a" else "",
        )

    def _label(self, node_id: int, tag: str, attrs: dict[str, str]) -> str:
        for key in ("aria-label", "alt", "title", "placeholder"):
            if attrs.get(key, "").strip():
                return _short(attrs[key])
        if tag in ("input", *_NO_TEXT_TAGS):  # never a field's value
            return ""
        return _short(self._text(node_id))

    def _text(self, node_id: int) -> str:
        parts: list[str] = []
        size = 0
        stack = [node_id]
        seen: set[int] = set()  # reused ids can make a node its own descendant: no loops
        while stack and size < _TEXT_SCAN_CHARS:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            entry = self.nodes.get(current)
            if entry is None or entry[0] in _NO_TEXT_TAGS:
                continue
            if entry[0] == "#text":
                parts.append(entry[4])
                size += len(entry[4])
            stack.extend(reversed(entry[3]))
        return " ".join(parts)


def _short(text: str) -> str:
    """Collapse whitespace and cut to :data:`LABEL_CHARS` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= LABEL_CHARS else flat[: LABEL_CHARS - 1] + "…"
