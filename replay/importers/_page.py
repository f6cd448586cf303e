"""Keep the recorded page at import: sanitise rrweb's DOM events, cut keyframes (issue 12).

The rrweb importer hands every page event (FullSnapshot, Mutation, Scroll, Input,
ViewportResize, Meta, stylesheet events, media and canvas) to :class:`PageRecorder`, which

1. **sanitises** it (privacy rule, docs/pageview.md): ``value``/``checked``/``selected``
   of input/textarea/select/option are removed (their lengths kept, to draw bullets);
   textarea text is dropped; text inside a text-entry region (contenteditable, ARIA
   textbox/searchbox/combobox, see :func:`~replay.model.fields.opens_field`, the one rule) becomes
   bullets of the same length; the text of Input events is never kept, only its length;
   any attribute or text that echoes a value the user typed has that value replaced by
   bullets; script contents and ``srcdoc`` are dropped; with ``mask_text`` every text
   node's characters become ``*`` (rrweb's own masking convention);
2. applies it to a live :class:`~replay.model.page.PageState` (so a mutation naming a node
   that does not exist is dropped and counted, never a crash), and
3. cuts a **keyframe** (the whole state) at every FullSnapshot and every
   :data:`~replay.model.page.KEYFRAME_MS` while the DOM changes.

The same sanitised trees feed the importer's :class:`~replay.importers._dom.DomMirror`, so
target labels obey the same rule. Nothing here ever raises into the importer: a broken DOM
part is counted and the session still imports with its cursor, clicks and scrolls.
"""

from __future__ import annotations

import hashlib
import math
import re
import zlib
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Sequence
from typing import Any, overload

from replay.importers._dom import sheet_text
from replay.importers._spill import Location, Spill
from replay.model.fields import FIELD_TAGS, MAX_DEPTH, opens_field
from replay.model.page import (
    DOCTYPE,
    DOCUMENT,
    ELEMENT,
    FLAG_SHADOW,
    FLAG_SVG,
    KEYFRAME_MS,
    PACK_LEVEL,
    TEXT,
    PageChunk,
    PageRecord,
    PageState,
    PNode,
    bullets,
    mask_letters,
    pack,
    unpack,
)

#: A chunk is also cut after this many events, whatever the time.
MAX_CHUNK_EVENTS = 4000
_FIELD_TAGS = frozenset(["input", "textarea", "select", "option"])
_VALUE_IS_LABEL = frozenset(["submit", "button", "reset", "image"])
_MASKED_ATTRS = frozenset(["title", "alt", "placeholder", "aria-label", "aria-description"])
_MIN_ECHO_CHARS = 4
_IDENT = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,40}$")
#: rrweb's serialised typed arrays (``{"rr_type": name, "args": [[numbers]]}``) and
#: ImageData are pixel data held in the recording: drawn. Images, bitmaps, blobs and
#: other canvases would need a fetch or are not in the file: their command is not drawn.
_TYPED_ARRAYS = frozenset(
    [
        "Uint8ClampedArray",
        "Uint8Array",
        "Int8Array",
        "Uint16Array",
        "Int16Array",
        "Uint32Array",
        "Int32Array",
        "Float32Array",
        "Float64Array",
    ]
)
_CANVAS_TEXT = frozenset(["fillText", "strokeText", "measureText"])
_MAX_CANVAS_ARG_ITEMS = 4_000_000


def _longest_first(value: str) -> tuple[int, str]:
    return -len(value), value


class TypedValues:
    """What the user typed, per field (memory only), and every value once in scrub order.

    The order is longest first, then by text: a value that contains a shorter one is
    masked whole (the shorter first would leave the rest of the longer one showing), and
    never a set's order, which changes with PYTHONHASHSEED. It is kept sorted as values
    come and go (an Input event inserts, never re-sorts).
    """

    def __init__(self) -> None:
        self.by_field: dict[int, set[str]] = {}
        #: Every value held by some field, once, longest first.
        self.order: list[str] = []
        self._holders: Counter[str] = Counter()  # value -> fields holding it

    def __bool__(self) -> bool:
        return bool(self.by_field)

    def take(self, node_id: int, text: str) -> None:
        """Keep ``text`` for field ``node_id``, with the longest value typed there before."""
        old = self.by_field.setdefault(node_id, set())
        # Ties broken by the text, not by the set's (hash-seeded) order: the stored
        # page must not depend on PYTHONHASHSEED.
        longest = max(old, key=lambda v: (len(v), v), default="")
        new = ({longest} & old) | {text}
        for value in old - new:
            self._holders[value] -= 1
            if not self._holders[value]:
                del self._holders[value]
                del self.order[bisect_left(self.order, _longest_first(value), key=_longest_first)]
        for value in new - old:
            if not self._holders[value]:
                insort(self.order, value, key=_longest_first)
            self._holders[value] += 1
        self.by_field[node_id] = new


class PageRecorder:
    """Fold sanitised page events into keyframed chunks."""

    def __init__(self, *, mask_text: bool = False, spill: Spill | None = None) -> None:
        self.mask_text = mask_text
        #: A big import's spill file: finished chunks and keyframes move there.
        self.spill = spill
        self.state = PageState()
        self.counts: Counter[str] = Counter()
        self.typed = TypedValues()
        self.chunks: list[tuple[int, bytes, Any]] = []  # events: a list, bytes once packed
        self.snapshots = 0
        self.first_problem = ""
        self._field_lengths: dict[int, tuple[int, int]] = {}
        #: Attributes a mutation is changing, as they will be: an element that turns
        #: editable in the same mutation that brings its text is a field for that text.
        self._pending: dict[int, dict[str, Any] | None] = {}
        #: No NaN/infinity kept so far (only a scroll from a numeric string can bring one):
        #: chunks are then packed by msgspec (``pack(finite=True)``), else by ``json``.
        self.finite = True
        self._nodes_json: tuple[int, bytes] = (-1, b"")  # (tree_version, encoded nodes)
        #: The style sheets' text of the last FullSnapshot, in document order (the
        #: importer's click cues read them: ``_dom.CssCues``).
        self.sheets: list[str] = []
        #: Keyframes by the digest of their JSON: the compressed bytes, or where they
        #: were spilled.
        self._keyframes: dict[bytes, bytes | Location] = {}
        #: Time of the recording's first event (set by the importer): finished chunks are
        #: packed relative to it; :meth:`finish` shifts them if an earlier event came later.
        self.base: int | None = None

    # -- sanitising --------------------------------------------------------------------
    def scrub(self, text: str) -> str:
        """Replace every value the user typed (4+ characters) by bullets."""
        for value in self.typed.order:
            if value in text:
                text = text.replace(value, bullets(value))
                self.counts["typed_echo_masked"] += 1
        return text

    def _context(self, node_id: Any) -> tuple[bool, str]:
        """Return (inside a text-entry region, tag) for an existing node."""
        nodes = self.state.nodes
        node = nodes.get(node_id) if type(node_id) is int else None
        tag = node.tag.lower() if node is not None else ""
        steps = 0
        while node is not None:
            if steps >= MAX_DEPTH:  # model.fields' bound, as in_field walks
                return True, tag  # deeper than any real page: treated as a field
            attrs = self._pending.get(node.id, node.attrs)
            if attrs is not None and opens_field(node.tag, attrs):
                return True, tag
            node = nodes.get(node.parent)
            steps += 1
        return False, tag

    def clean_attrs(self, node_id: Any, tag: str, attrs: dict[str, Any]) -> dict[str, Any]:
        """Return the attributes to keep (see the module docstring)."""
        out: dict[str, Any] = {}
        field = tag in _FIELD_TAGS
        typed, mask = bool(self.typed), self.mask_text
        for name, value in attrs.items():
            if not isinstance(name, str):
                continue
            low = name.lower()
            if field and low in ("value", "checked", "selected"):
                itype = str(attrs.get("type") or "text").lower()
                if tag == "input" and low == "value" and itype in _VALUE_IS_LABEL:
                    out[name] = self.scrub(value) if isinstance(value, str) else value
                    continue
                if type(node_id) is int and tag in ("input", "textarea"):
                    length, checked = self._field_lengths.get(node_id, (0, -1))
                    if low == "value" and isinstance(value, str):
                        length = len(value)
                    elif low == "checked":
                        checked = 0 if value in (None, False, "false") else 1
                    self._field_lengths[node_id] = (length, checked)
                self.counts["field_value_removed"] += 1
                continue
            if low.startswith("on"):
                out[name] = ""  # a marker (targets with handlers look clickable), never code
                continue
            if low in ("rr_dataurl", "srcdoc"):
                self.counts[f"{low}_dropped"] += 1
                continue
            if isinstance(value, str):
                if typed:
                    value = self.scrub(value)
                if mask and low in _MASKED_ATTRS:
                    value = mask_letters(value)
            elif isinstance(value, dict) and low == "style":
                value = {
                    k: (self.scrub(v) if isinstance(v, str) and typed else v)
                    for k, v in value.items()
                    if isinstance(k, str)
                }
            out[name] = value
        return out

    def clean_text(self, text: str, *, entry: bool, parent_tag: str) -> str:
        """Sanitise the text of a text node under ``parent_tag``."""
        if parent_tag in ("textarea", "script"):
            return ""
        if parent_tag == "style":
            return text
        if entry:
            return bullets(text)
        if self.typed:
            text = self.scrub(text)
        return mask_letters(text) if self.mask_text else text

    def clean_tree(self, root: Any, *, entry: bool, parent_tag: str) -> Any:
        """Return a sanitised copy of a serialised rrweb node tree (iterative)."""
        if not isinstance(root, dict):
            return root
        top: dict[str, Any] = {}
        stack: list[tuple[dict[str, Any], dict[str, Any], bool, str, Any]] = [
            (root, top, entry, parent_tag, None)
        ]
        while stack:
            node, out, inside, ptag, parent_id = stack.pop()
            for key, value in node.items():
                if key not in ("childNodes", "attributes", "textContent"):
                    out[key] = value
            kind = node.get("type")
            tag = ptag
            child_entry = inside
            if kind == 2:
                tag = str(node.get("tagName", "")).lower()
                raw = node.get("attributes")
                attrs = raw if isinstance(raw, dict) else {}
                out["attributes"] = self.clean_attrs(node.get("id"), tag, attrs)
                if opens_field(tag, attrs):  # its descendants are field text (h10's rule)
                    child_entry = True
            elif kind in (3, 4, 5):
                text = node.get("textContent")
                if isinstance(text, str):
                    if ptag == "textarea" and type(parent_id) is int:
                        _length, checked = self._field_lengths.get(parent_id, (0, -1))
                        self._field_lengths[parent_id] = (len(text), checked)
                    out["textContent"] = (
                        self.clean_text(text, entry=inside, parent_tag=ptag) if kind == 3 else ""
                    )
            elif kind == 0:
                tag = ""
            children = node.get("childNodes")
            if isinstance(children, list):
                kept: list[Any] = []
                out["childNodes"] = kept
                for child in children:
                    if isinstance(child, dict):
                        copy: dict[str, Any] = {}
                        kept.append(copy)
                        stack.append((child, copy, child_entry, tag, node.get("id")))
                    else:
                        kept.append(child)
        return top

    # -- events ------------------------------------------------------------------------
    def _problem(self, reason: str) -> None:
        self.counts["dom_problems"] += 1
        if not self.first_problem:
            self.first_problem = reason

    def _cut(self, t: int) -> None:
        state = self.state
        keyframe: bytes | None = None
        if not self.finite:
            keyframe = pack(state.to_keyframe())
            digest = b"z" + hashlib.sha256(keyframe).digest()
        else:
            if self._nodes_json[0] != state.tree_version:  # the nodes changed: encode again
                self._nodes_json = (state.tree_version, state.encoded_nodes())
            body = state.keyframe_body(self._nodes_json[1])
            digest = b"j" + hashlib.sha256(body).digest()
        # Identical keyframes share one bytes object (the store keeps them once too) and
        # are compressed once (a page back in a state it was in: the digest of its JSON
        # finds it); the finished chunk's events are packed now: memory holds compressed
        # bytes, not a Python list per event, while a long recording imports.
        kept: Any = self._keyframes.get(digest)
        if kept is None:
            if keyframe is None:
                keyframe = zlib.compress(body, PACK_LEVEL)
            # A big import: keyframes and finished chunks on disk.
            kept = self._keyframes[digest] = (
                self.spill.put(keyframe) if self.spill is not None else keyframe
            )
        if self.chunks:
            start, kf, events = self.chunks[-1]
            packed: Any = self._pack_events(events)
            if self.spill is not None:
                packed = self.spill.put(packed)
            self.chunks[-1] = (start, kf, packed)
        self.chunks.append((t, kept, []))

    def _pack_events(self, events: Any) -> bytes:
        """Pack a chunk's events with times relative to :attr:`base` (bytes stay as they are)."""
        if isinstance(events, bytes):
            return events
        base = self.base or 0
        for event in events:
            event[0] -= base
        return pack(events, finite=self.finite)

    def _push(self, t: int, kind: str, payload: Any, *, dom: bool = True) -> None:
        if not self.chunks:
            self.counts["page_event_before_snapshot"] += 1
            return
        start, _kf, events = self.chunks[-1]
        self.state.now = t  # media positions advance from here (and keyframes cut at t)
        if dom and (t - start >= KEYFRAME_MS or len(events) >= MAX_CHUNK_EVENTS):
            self._cut(t)
            events = self.chunks[-1][2]
        self.state.apply(kind, payload)
        events.append([t, kind, payload])

    def snapshot(self, t: int, node: Any) -> bool:
        """Take a FullSnapshot; return True when the state now holds its (sanitised) tree."""
        self.snapshots += 1
        if not isinstance(node, dict) or not isinstance(node.get("childNodes"), list):
            self._problem(f"the FullSnapshot at {t} has no node tree")
            return False
        self._field_lengths = {}
        state = self.state
        before = sum(state.problems.values())
        href, viewport = state.href, state.viewport
        state.reset()
        top = self._load_tree(node)
        if top is not None:
            state.root = top
        state.href, state.viewport = href, viewport
        state.fields = dict(self._field_lengths)
        if state.root < 0 or (sum(state.problems.values()) > before and len(state.nodes) < 2):
            self._problem(f"the FullSnapshot at {t} has no usable nodes")
            return True
        self._cut(t)
        return True

    def _load_tree(self, root: dict[str, Any]) -> int | None:
        """Sanitise a FullSnapshot's tree straight into the (reset) state; return the root id.

        One walk does what :meth:`clean_tree` then ``PageState.add_tree`` do (the same
        rule, the same nodes and problems): no sanitised copy of the tree is made, and
        the importer's DOM mirror reads the state (``DomMirror.view``) instead of a walk
        of its own. Children are walked in document order.
        """
        state = self.state
        nodes = state.nodes
        problems = state.problems
        field_lengths = self._field_lengths
        clean_attrs, clean_text = self.clean_attrs, self.clean_text
        sheets = self.sheets = []
        # The walk is the tree's order (children pushed reversed): its records are
        # ``PageState.flat_nodes()`` unless an id came twice.
        flat: list[list[Any]] = []
        in_order = True
        top: int | None = None
        # (serialised node, parent id, inside a text-entry region, parent's tag)
        stack: list[tuple[Any, int, bool, str]] = [(root, -1, False, "")]
        pop, push = stack.pop, stack.extend
        while stack:
            node, par, inside, ptag = pop()
            if not isinstance(node, dict):
                problems["node_not_object"] += 1
                continue
            get = node.get
            node_id = get("id")
            kind = get("type")
            if type(node_id) is not int or type(kind) is not int or not 0 <= kind <= 5:
                problems["node_without_id"] += 1
                continue
            old = nodes.get(node_id)
            if old is not None:  # a repeated id: the later node replaces it (add_tree's rule)
                state._detach(old)
                state._drop(node_id)
                in_order = False  # the records below are no longer the tree's order
            flags = (FLAG_SVG if get("isSVG") else 0) | (FLAG_SHADOW if get("isShadow") else 0)
            tag = ""
            attrs: dict[str, Any] | None = None
            text = ""
            text_value: str | None = None  # the sanitised textContent, when there is one
            child_tag, child_inside = ptag, inside
            if kind == ELEMENT:
                if "tagName" in node:
                    name = str(node["tagName"])
                    tag, child_tag = name[:100] or "div", name.lower()
                else:
                    tag, child_tag = "div", ""
                raw = get("attributes")
                if isinstance(raw, dict) and raw:
                    attrs = clean_attrs(node_id, child_tag, raw)
                    if opens_field(child_tag, raw):  # its descendants are field text
                        child_inside = True
                else:
                    attrs = {}
                    if child_tag in FIELD_TAGS:  # (opens_field of no attributes)
                        child_inside = True
            elif kind == DOCTYPE:
                tag = str(get("name", "html"))[:40]
            elif kind == DOCUMENT:
                child_tag = ""
            else:
                value = get("textContent")
                if isinstance(value, str):
                    if ptag == "textarea":  # (never the root: its ptag is "")
                        _length, checked = field_lengths.get(par, (0, -1))
                        field_lengths[par] = (len(value), checked)
                    if kind == TEXT:
                        text = text_value = clean_text(value, entry=inside, parent_tag=ptag)
            # The sheets the importer's click cues read: the one rule (_dom.sheet_text)
            # on the sanitised attributes and text, as mutations feed theirs.
            css = sheet_text(kind, ptag, attrs, text_value)
            if css is not None:
                sheets.append(css)
            nodes[node_id] = PNode(node_id, kind, tag, attrs, text, par, flags)
            flat.append([node_id, par, kind, tag, attrs, text, flags])
            parent_node = nodes.get(par)
            if parent_node is not None:  # new this snapshot: no encoded part to forget
                parent_node.children.append(node_id)
            if top is None:
                top = node_id
            children = get("childNodes")
            if isinstance(children, list) and children:
                push([(c, node_id, child_inside, child_tag) for c in reversed(children)])
        if in_order:
            state.flat_hint = (state.tree_version, flat)
        return top

    def meta(self, t: int, href: str, size: tuple[int, int] | None) -> None:
        """Take a Meta event: the address (and viewport) of the next page."""
        self.state.href = href
        if size is not None:
            self.state.viewport = size
        if self.chunks:
            self._push(t, "u", href, dom=False)
            if size is not None:
                self._push(t, "v", list(size), dom=False)

    def route(self, t: int, href: str) -> None:
        """Follow a client-side route change (pushState pageview custom event)."""
        self._push(t, "u", href, dom=False)

    def viewport(self, t: int, width: int, height: int) -> None:
        """Take a ViewportResize."""
        self.state.viewport = (width, height)
        self._push(t, "v", [width, height], dom=False)

    def scroll(self, t: int, node_id: Any, x: float, y: float) -> None:
        """Take a Scroll of the document or an element."""
        if type(node_id) is int:
            if any(type(v) is float and not math.isfinite(v) for v in (x, y)):
                self.finite = False
            self._push(t, "s", [node_id, x, y], dom=False)

    def field_input(self, t: int, node_id: Any, text: Any, checked: Any, is_box: bool) -> None:
        """Take an Input event: remember the length (and what was typed, in memory only)."""
        if type(node_id) is not int:
            return
        length = len(text) if isinstance(text, str) else 0
        if isinstance(text, str) and len(text) >= _MIN_ECHO_CHARS and set(text) != {"*"}:
            self.typed.take(node_id, text)
        state = 1 if checked is True else 0 if checked is False else -1
        self._push(t, "i", [node_id, 0 if is_box else length, state if is_box else -1])

    def mutation(self, t: int, data: dict[str, Any]) -> dict[str, Any]:
        """Take a Mutation; return the sanitised lists (for the DOM mirror)."""
        removes = [[r.get("id"), r.get("parentId")] for r in _dicts(data.get("removes"))]
        adds = []
        self._field_lengths = {}
        self._pending = {}
        for change in _dicts(data.get("attributes")):
            node_id, raw = change.get("id"), change.get("attributes")
            node = self.state.nodes.get(node_id) if type(node_id) is int else None
            if node is not None and isinstance(raw, dict):
                merged = dict(self._pending.get(node.id) or node.attrs or {})
                merged.update({k: v for k, v in raw.items() if v is not None})
                self._pending[node.id] = merged
        for add in _dicts(data.get("adds")):
            parent = add.get("parentId")
            entry, ptag = self._context(parent)
            clean = self.clean_tree(add.get("node"), entry=entry, parent_tag=ptag)
            adds.append([parent, add.get("nextId"), clean])
        texts = []
        for change in _dicts(data.get("texts")):
            node_id = change.get("id")
            value = change.get("value")
            node = self.state.nodes.get(node_id) if type(node_id) is int else None
            parent_tag = ""
            if node is not None:
                parent = self.state.nodes.get(node.parent)
                parent_tag = parent.tag.lower() if parent is not None else ""
            entry, _tag = self._context(node.parent if node is not None else None)
            if parent_tag == "textarea" and node is not None:
                length = len(value) if isinstance(value, str) else 0
                self._field_lengths[node.parent] = (length, -1)
            text = (
                self.clean_text(value, entry=entry, parent_tag=parent_tag)
                if isinstance(value, str)
                else ""
            )
            texts.append([node_id, text])
        attrs = []
        for change in _dicts(data.get("attributes")):
            node_id = change.get("id")
            raw = change.get("attributes")
            if not isinstance(raw, dict):
                continue
            node = self.state.nodes.get(node_id) if type(node_id) is int else None
            tag = node.tag.lower() if node is not None else ""
            attrs.append([node_id, self.clean_attrs(node_id, tag, raw)])
        self._pending = {}
        payload = {"r": removes, "a": adds, "t": texts, "at": attrs}
        before = sum(self.state.problems.values())
        self._push(t, "m", payload)
        for node_id, (length, checked) in self._field_lengths.items():
            self._push(t, "i", [node_id, length, checked])
        missing = sum(self.state.problems.values()) - before
        if missing:
            self.counts["mutation_missing_node"] += missing
        return {
            "removes": [{"id": i, "parentId": p} for i, p in removes],
            "adds": [{"parentId": p, "nextId": n, "node": c} for p, n, c in adds],
            "attributes": [{"id": i, "attributes": a} for i, a in attrs],
            "texts": [{"id": i, "value": v} for i, v in texts],
        }

    def stylesheet_rule(self, t: int, data: dict[str, Any]) -> None:
        """StyleSheetRule: rules inserted into / deleted from a <style>'s or constructed sheet."""
        node_id = data.get("id")
        style_id = data.get("styleId")
        if type(node_id) is not int and type(style_id) is not int:
            self.counts["stylesheet_rule_without_sheet"] += 1
            return
        adds = []
        for add in _dicts(data.get("adds")):
            index = add.get("index")
            if isinstance(index, list):  # nested in @media/@supports: appended
                index = None
                self.counts["nested_rule_appended"] += 1
            adds.append([str(add.get("rule", "")), index])
        removes = [r.get("index") for r in _dicts(data.get("removes"))]
        removes = [i for i in removes if type(i) is int]
        if type(node_id) is int:
            self._push(t, "css", [node_id, adds, removes])
        else:
            self._push(t, "scss", [style_id, adds, removes])

    def style_declaration(self, t: int, data: dict[str, Any]) -> None:
        """StyleDeclaration: ``setProperty``/``removeProperty`` on a rule of a sheet."""
        node_id, style_id = data.get("id"), data.get("styleId")
        index = data.get("index")
        if (type(node_id) is not int and type(style_id) is not int) or not (
            isinstance(index, list) and index and all(type(i) is int for i in index)
        ):
            self.counts["style_declaration_malformed"] += 1
            return
        set_ = data.get("set")
        remove = data.get("remove")
        change = None
        if isinstance(set_, dict) and isinstance(set_.get("property"), str):
            value = set_.get("value")
            value = self.scrub(value) if isinstance(value, str) and self.typed else value
            priority = set_.get("priority")
            change = [
                set_["property"],
                "" if value is None else str(value),
                priority if isinstance(priority, str) else "",
            ]
        gone = remove.get("property") if isinstance(remove, dict) else None
        self._push(
            t,
            "decl",
            [
                node_id if type(node_id) is int else None,
                style_id if type(node_id) is not int else None,
                index,
                change,
                gone if isinstance(gone, str) else None,
            ],
        )

    def adopted_sheets(self, t: int, data: dict[str, Any]) -> None:
        """AdoptedStyleSheet: the constructed sheets a document or shadow root adopts."""
        host = data.get("id")
        ids = data.get("styleIds")
        if type(host) is not int or not isinstance(ids, list):
            self.counts["adopted_sheet_malformed"] += 1
            return
        styles = []
        for style in _dicts(data.get("styles")):
            style_id = style.get("styleId")
            if type(style_id) is not int:
                continue
            rules = [
                [str(r.get("rule", "")), r.get("index") if type(r.get("index")) is int else None]
                for r in _dicts(style.get("rules"))
            ]
            styles.append([style_id, rules])
        self._push(t, "adopt", [host, [i for i in ids if type(i) is int], styles])

    def media(self, t: int, data: dict[str, Any]) -> None:
        """MediaInteraction: play, pause, seek, volume or rate of a video/audio element."""
        node_id, action = data.get("id"), data.get("type")
        if type(node_id) is not int or type(action) is not int:
            self.counts["media_malformed"] += 1
            return
        position = data.get("currentTime")
        rate = data.get("playbackRate")
        muted = data.get("muted")
        self._push(
            t,
            "me",
            [
                node_id,
                action,
                position
                if isinstance(position, int | float) and math.isfinite(position)
                else None,
                muted if isinstance(muted, bool) else None,
                rate if isinstance(rate, int | float) and math.isfinite(rate) else None,
            ],
            dom=False,
        )

    def canvas(self, t: int, data: dict[str, Any]) -> None:
        """CanvasMutation: 2D drawing commands (replayed); WebGL is counted, shown as a box."""
        node_id, kind = data.get("id"), data.get("type", 0)
        if type(node_id) is not int or kind not in (0, 1, 2):
            self.counts["canvas_malformed"] += 1
            return
        raw = data.get("commands")
        commands = _dicts(raw) if isinstance(raw, list) else [data]
        kept: list[Any] = []
        if kind != 0:
            self.counts["webgl_drawing_not_shown"] += len(commands)
        else:
            for command in commands:
                prop = command.get("property")
                args = command.get("args", [])
                clean = (
                    self._canvas_args(prop, args)
                    if isinstance(prop, str) and _IDENT.match(prop) and isinstance(args, list)
                    else None
                )
                if clean is None:
                    self.counts["canvas_command_not_drawn"] += 1
                    continue
                kept.append([prop, clean, 1 if command.get("setter") is True else 0])
        self._push(t, "cv", [node_id, kind, kept])

    def _canvas_args(self, prop: str, args: list[Any]) -> list[Any] | None:
        """Return the command's arguments if they can be drawn from the file alone, else None."""
        budget = [_MAX_CANVAS_ARG_ITEMS]

        def clean(value: Any, depth: int) -> Any:
            budget[0] -= 1
            if budget[0] < 0 or depth > 8:
                raise ValueError
            if value is None or isinstance(value, bool | int):
                return value
            if isinstance(value, float):
                if not math.isfinite(value):
                    self.finite = False
                return value
            if isinstance(value, str):
                if prop in _CANVAS_TEXT:
                    value = self.scrub(value) if self.typed else value
                    return mask_letters(value) if self.mask_text else value
                return value[:10_000]
            if isinstance(value, list):
                return [clean(v, depth + 1) for v in value]
            if isinstance(value, dict):
                kind = value.get("rr_type")
                inner = value.get("args")
                if kind in _TYPED_ARRAYS and isinstance(inner, list) and len(inner) == 1:
                    numbers = inner[0]
                    if isinstance(numbers, list) and all(
                        isinstance(n, int | float) and not isinstance(n, bool) for n in numbers
                    ):
                        budget[0] -= len(numbers)
                        if budget[0] < 0:
                            raise ValueError
                        return {"rr_type": kind, "args": [numbers]}
                if kind == "ImageData" and isinstance(inner, list) and len(inner) == 3:
                    return {"rr_type": kind, "args": [clean(v, depth + 1) for v in inner]}
            raise ValueError  # images, bitmaps, blobs, other canvases: not in the file

        try:
            return [clean(a, 0) for a in args]
        except ValueError:
            return None

    def other(self, name: str) -> None:
        """Events kept in the counts only (canvas drawing, media play state, ...)."""
        self.counts[name] += 1

    # -- result ------------------------------------------------------------------------
    def finish(self, origin_ms: int) -> PageRecord:
        """Return the stored form, times relative to ``origin_ms``."""
        counts = dict(self.counts)
        counts.update({f"page_{k}": v for k, v in self.state.problems.items()})
        if not self.chunks:
            if self.snapshots == 0:
                return PageRecord(
                    status="none", reason="the recording has no FullSnapshot", counts=counts
                )
            return PageRecord(
                status="broken",
                reason=self.first_problem or "no FullSnapshot could be read",
                counts=counts,
            )
        shift = (self.base or 0) - origin_ms
        if self.spill is not None:
            return PageRecord(
                status="ok",
                reason=self.first_problem,
                chunks=_SpilledChunks(self, origin_ms, shift),
                counts=counts,
            )
        chunks = []
        for start, keyframe, events in self.chunks:
            blob = self._pack_events(events)
            if shift:  # the first event was not the earliest: times move by the difference
                moved = unpack(blob)
                for event in moved:
                    event[0] += shift
                blob = pack(moved, finite=self.finite)
            chunks.append(PageChunk(start - origin_ms, keyframe, blob))
        return PageRecord(
            status="ok", reason=self.first_problem, chunks=tuple(chunks), counts=counts
        )


class _SpilledChunks(Sequence[PageChunk]):
    """The chunks of a big import's page, read back from the spill file one at a time."""

    def __init__(self, recorder: PageRecorder, origin_ms: int, shift: int) -> None:
        self.rows = recorder.chunks
        self.spill = recorder.spill
        self.origin_ms = origin_ms
        self.shift = shift
        self.finite = recorder.finite
        self.base = recorder.base

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> PageChunk: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[PageChunk]: ...

    def __getitem__(self, index: int | slice) -> PageChunk | Sequence[PageChunk]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        start, keyframe, events = self.rows[index]
        assert self.spill is not None
        if isinstance(events, list):  # the last chunk, still open at the end
            base = self.base or 0
            for event in events:
                event[0] -= base
            events = pack(events, finite=self.finite)
            self.rows[index] = (start, keyframe, events)
        blob = events if isinstance(events, bytes) else self.spill.get(events)
        if self.shift:
            moved = unpack(blob)
            for event in moved:
                event[0] += self.shift
            blob = pack(moved, finite=self.finite)
        kept = keyframe if isinstance(keyframe, bytes) else self.spill.get(keyframe)
        return PageChunk(start - self.origin_ms, kept, blob)


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
