"""rrweb snapshot nodes for the page tests: elements, text, a document around a body."""

from __future__ import annotations

from typing import Any

Node = dict[str, Any]


def el(node_id: int, tag: str, attrs: dict[str, Any], *kids: Node, **extra: Any) -> Node:
    """An element node (``extra``: ``isShadowHost``, ``isShadow``, ...)."""
    return {"type": 2, "tagName": tag, "attributes": attrs, "id": node_id,
            "childNodes": list(kids), **extra}  # fmt: skip


def text(node_id: int, value: str) -> Node:
    """A text node."""
    return {"type": 3, "textContent": value, "id": node_id}


def document(
    *body: Node,
    body_attrs: dict[str, Any] | None = None,
    ids: tuple[int, int, int] = (1, 2, 3),
    head: Node | None = None,
) -> Node:
    """A document node: html > (``head``), body holding ``body``; ``ids`` of document, html, body."""
    doc_id, html_id, body_id = ids
    body_node = el(body_id, "body", body_attrs or {}, *body)
    html = el(html_id, "html", {}, *([head] if head is not None else []), body_node)
    return {"type": 0, "id": doc_id, "childNodes": [html]}
