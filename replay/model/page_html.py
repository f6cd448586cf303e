"""The recorded page at one moment as inert HTML, for the page view (Qt-free).

:func:`page_html` writes a :class:`~replay.model.page.PageState`: scripts and ``on*``
handlers are never written, ``javascript:`` URLs become ``#``, fields show bullets of
their recorded length, an iframe's recorded document goes with the ``<iframe>`` (no
``src``) for the applier to write into the frame's own document, and blocked elements keep their recorded size. The renderer (``replay.ui.page_render``)
adds :data:`PAGE_CSS` and runs it with JavaScript disabled.
"""

from __future__ import annotations

import re
from typing import Any

from replay.model.page import (
    BULLET,
    CDATA,
    COMMENT,
    DOCTYPE,
    DOCUMENT,
    ELEMENT,
    FLAG_SHADOW,
    FLAG_SVG,
    TEXT,
    PageState,
    PNode,
    int_attr,
)

_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr"}
)
_RAW_TEXT = frozenset(["style", "xmp", "iframe", "noembed", "noframes", "noscript"])
_ESCAPABLE_RAW = frozenset(["textarea", "title"])
_NEVER_WRITTEN = frozenset(["script"])
_URL_ATTRS = frozenset(["href", "src", "action", "formaction", "xlink:href", "poster", "data"])
_ATTR_NAME = re.compile(r"^[^\s\"'<>/=\x00-\x1f]+$")
_TEXTLIKE_INPUTS = frozenset(["text", "email", "password", "search", "tel", "url"])
#: CSS written into every rendered page: rrweb's own rebuild adds the first rule too.
PAGE_CSS = (
    "noscript{display:none!important}"
    "img:not([src^='data:']),video,audio,object,embed{outline:1px dashed rgba(0,0,0,.25)}"
    "[data-rr-blocked]{background:repeating-linear-gradient(45deg,#ddd 0 6px,#eee 6px 12px)}"
    # JavaScript is off, so a canvas is laid out as its fallback content: sized here (its
    # own rule, zero specificity), its children hidden, its drawing set by the applier.
    ":where(canvas){display:inline-block}canvas>*{display:none!important}"
    # ... and media show their controls: hidden unless the page asked for them.
    "video:not([controls])::-webkit-media-controls{display:none!important}"
)


def page_html(state: PageState, *, mark_scroll: bool = True) -> str:
    """Return the page ``state`` as inert HTML (no scripts, no handlers, masked fields).

    ``mark_scroll`` writes each scrolled element's offsets as ``data-rr-scroll``.
    """
    root = state.nodes.get(state.root)
    if root is None:
        return "<!DOCTYPE html><html><head></head><body></body></html>"
    out: list[str] = []
    _write(state, root, out, depth=0, mark_scroll=mark_scroll)
    html = "".join(out)
    if root.type != DOCUMENT or not any(
        state.nodes[c].type == DOCTYPE for c in root.children if c in state.nodes
    ):
        html = "<!DOCTYPE html>" + html
    return html


def _write(state: PageState, top: PNode, out: list[str], *, depth: int, mark_scroll: bool) -> None:
    # Iterative: hostile nesting cannot overflow the Python stack.
    stack: list[PNode | str] = [top]
    nodes = state.nodes
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        node = item
        kind = node.type
        if kind == DOCUMENT:
            stack.extend(nodes[c] for c in reversed(node.children) if c in nodes)
        elif kind == DOCTYPE:
            out.append(f"<!DOCTYPE {_esc_attr(node.tag) or 'html'}>")
        elif kind in (TEXT, CDATA):
            parent = nodes.get(node.parent)
            ptag = parent.tag.lower() if parent is not None else ""
            if ptag in _RAW_TEXT:
                out.append(re.sub(r"(?i)</(" + ptag + ")", r"<\\/\1", node.text))
            else:
                out.append(_esc_text(node.text))
        elif kind == COMMENT:
            out.append("<!--" + node.text.replace("--", "- -") + "-->")
        elif kind == ELEMENT:
            _element(state, node, stack, out, depth=depth, mark_scroll=mark_scroll)


def _element(
    state: PageState,
    node: PNode,
    stack: list[PNode | str],
    out: list[str],
    *,
    depth: int,
    mark_scroll: bool,
) -> None:
    nodes = state.nodes
    tag = node.tag if node.flags & FLAG_SVG else node.tag.lower()
    low = tag.lower()
    if low in _NEVER_WRITTEN or not _ATTR_NAME.match(tag):
        return
    attrs = dict(node.attrs or {})
    inner: str | None = None
    if low == "link" and isinstance(attrs.get("_cssText"), str):
        tag = low = "style"
        inner = _css(attrs)
        attrs = {k: v for k, v in attrs.items() if k in ("media",)}
    elif low == "style" and ("_cssText" in attrs or "_rules" in attrs):
        inner = _css(attrs)
    parts = [f"<{tag}"]
    if node.id in state.fields:
        length, checked = state.fields[node.id]
        itype = str(attrs.get("type", "text")).lower()
        if low == "input" and itype in ("checkbox", "radio"):
            if checked > 0:
                attrs["checked"] = ""
        elif low == "input" and itype == "range":
            # A slider the user saw: drawn as a slider at its default position (the middle),
            # never at the recorded value, which is not stored (as rrweb draws it when the
            # recorder masked the value). A text field of bullets would change the layout.
            attrs.pop("value", None)
        elif low == "input":
            attrs["value"] = BULLET * length
            if itype not in _TEXTLIKE_INPUTS:
                attrs["type"] = "text"
        elif low == "textarea":
            inner = BULLET * length
    if "rr_width" in attrs or "rr_height" in attrs:
        style = f"width:{_px(attrs.get('rr_width'))};height:{_px(attrs.get('rr_height'))};"
        attrs["style"] = style + str(attrs.get("style", ""))
        attrs["data-rr-blocked"] = ""
    if mark_scroll and node.id in state.scroll:
        x, y = state.scroll[node.id]
        attrs["data-rr-scroll"] = f"{x:g},{y:g}"
    if low in ("canvas", "video", "audio") or (mark_scroll and node.id in state.scroll):
        # The applier draws/badges these by id, and sets a scrolled element's later
        # offsets in place (PageFrame.extras["scroll"]).
        attrs["data-rr-id"] = str(node.id)
    if low == "iframe":
        # These two are ours (the applier reads them), never the recorded page's.
        attrs.pop("data-rr-doc", None)
        attrs.pop("data-rr-doc-scroll", None)
        # The frame's recorded document goes with the element, as HTML in an attribute:
        # the applier writes it into the frame's own (about:blank, same-origin, never
        # navigated) document, so the frame is a real document as the user saw it (its
        # viewport, html/body rules, positioned and fixed boxes inside its box) and paints
        # with the page on every seek. Nested frames nest the same way (4 deep at most).
        doc = next(
            (nodes[c] for c in node.children if c in nodes and nodes[c].type == DOCUMENT), None
        )
        if doc is not None and depth < 4:
            sub: list[str] = []
            _write(state, doc, sub, depth=depth + 1, mark_scroll=mark_scroll)
            if not any(c in nodes and nodes[c].type == DOCTYPE for c in doc.children):
                sub.insert(0, "<!DOCTYPE html>")
            attrs["data-rr-doc"] = "".join(sub)
            if mark_scroll and doc.id in state.scroll:
                x, y = state.scroll[doc.id]
                attrs["data-rr-doc-scroll"] = f"{x:g},{y:g}"
        attrs["data-rr-frame"] = str(node.id)
        for gone in ("src", "srcdoc", "sandbox", "allow", "loading", "name"):
            attrs.pop(gone, None)
    for name, value in attrs.items():
        lname = name.lower()
        if (
            value is None
            or value is False
            or lname.startswith(("on", "_", "rr_"))
            or lname in ("srcdoc", "nonce")
            or not _ATTR_NAME.match(name)
        ):
            continue
        text = "" if value is True else str(value)
        if lname in _URL_ATTRS and text.strip().lower().startswith(("javascript:", "vbscript:")):
            text = "#"
        parts.append(f' {name}="{_esc_attr(text)}"')
    parts.append(">")
    out.append("".join(parts))
    if low in _VOID:
        return
    stack.append(f"</{tag}>")
    if low == "iframe":  # its children are its document (in data-rr-doc)
        return
    if low == "head" and state.adopted:
        # Adopted sheets come after the document's own sheets in the cascade.
        doc = nodes.get(nodes[node.parent].parent) if node.parent in nodes else None
        if doc is not None and doc.type == DOCUMENT:
            stack.append(_adopted_css(state, doc.id))
    if inner is not None:
        stack.append(_esc_text(inner) if low == "textarea" else inner)
        return
    if low == "canvas":  # its size (a fallback element has none of its own)
        w, h = int_attr(attrs.get("width"), 300), int_attr(attrs.get("height"), 150)
        stack.append(
            f'<style>:where(canvas[data-rr-id="{node.id}"]){{width:{w}px;height:{h}px}}</style>'
        )
    shadow = [nodes[c] for c in node.children if c in nodes and nodes[c].flags & FLAG_SHADOW]
    light = [nodes[c] for c in node.children if c in nodes and not nodes[c].flags & FLAG_SHADOW]
    stack.extend(reversed(light))
    if shadow:
        stack.append(_adopted_css(state, node.id) + "</template>")
        stack.extend(reversed(shadow))
        stack.append('<template shadowrootmode="open">')


def _adopted_css(state: PageState, host: int) -> str:
    """``<style>`` of the sheets ``host`` (a document or shadow host) adopts, or ''."""
    ids = state.adopted.get(host)
    if not ids:
        return ""
    text = "".join("".join(state.sheets.get(i, ())) for i in ids)
    return '<style data-rr-adopted="">' + re.sub(r"(?i)</style", r"<\\/style", text) + "</style>"


def _css(attrs: dict[str, Any]) -> str:
    rules = attrs.get("_rules")
    text = "".join(rules) if isinstance(rules, list) else str(attrs.get("_cssText", ""))
    return re.sub(r"(?i)</style", r"<\\/style", text)


def _px(value: Any) -> str:
    text = str(value or "0")
    return text if re.fullmatch(r"[0-9.]+(px|%|em|rem|vh|vw)?", text) else "0"


def _esc_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _esc_attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
