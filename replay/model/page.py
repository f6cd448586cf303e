"""The recorded web page of an rrweb session: node tree, changes, keyframes, HTML (Qt-free).

What is stored (docs/pageview.md): the page is cut into *chunks*. Each chunk starts with a
**keyframe**, the full page state at that moment (node tree, scroll offsets, masked field
lengths, viewport, address), followed by the page **events** up to the next chunk. A new
chunk starts at every FullSnapshot and, while the DOM keeps changing, every
:data:`KEYFRAME_MS`. Seeking to ``t`` therefore decodes one keyframe and applies at most
a few seconds of events, however long the session is.

Everything here has already been sanitised at import (``replay.importers._page``): no typed
text, no values of fields, no scripts. The HTML made by :meth:`PageState.to_html` is inert
on top of that: scripts and ``on*`` handlers are never written, ``javascript:`` URLs become
``#``, and the renderer (``replay.ui.page_render``) runs it with JavaScript disabled, a
``default-src 'none'`` content security policy and a request interceptor.

Event encoding in a chunk (JSON, zlib-compressed): ``[t_ms, kind, payload]`` with kind
``m`` mutation ``{"r": [[id, parent]], "a": [[parent, next, node]], "t": [[id, text]],
"at": [[id, {name: value|None}]]}``; ``s`` scroll ``[id, x, y]``; ``i`` field
``[id, length, checked]``; ``v`` viewport ``[w, h]``; ``u`` address ``href``; ``css``
stylesheet rules ``[id, adds [[rule, index|None]], removes [index]]``; ``scss`` the same
for a constructed sheet ``[styleId, adds, removes]``; ``decl`` a CSS declaration set or
removed in a rule ``[id|None, styleId|None, index path, [property, value, priority]|None,
removed property|None]``; ``adopt`` adopted style sheets ``[host id, [styleId],
[[styleId, [[rule, index|None]]]]]``; ``cv`` canvas drawing ``[id, context kind (0 2D, 1
WebGL, 2 WebGL2), [[property, args, setter]]]``; ``me`` media state ``[id, action (0 play,
1 pause, 2 seeked, 3 volume, 4 rate), currentTime|None, muted|None, rate|None]``.

Keyframe keys (JSON object): ``n`` nodes, ``s`` scroll, ``f`` fields, ``v`` viewport, ``u``
address and, only when present, ``c`` canvas logs ``[[id, kind, commands]]``, ``me`` media
``[[id, playing, position s, rate, muted]]`` (position at the chunk's start), ``sh``
constructed sheets ``[[styleId, rules]]`` and ``ad`` adopted sheets ``[[host id, [styleId]]]``.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import msgspec

from replay.model.page_css import change_rules, patch_rule, patch_style
from replay.model.page_css import split_css as split_css  # (its callers import it here)

#: Largest stretch of recorded time a seek replays on top of a keyframe.
KEYFRAME_MS = 5000
#: Nodes this deep (0: the root) and shallower keep their subtree's encoded keyframe part
#: (:meth:`PageState.encoded_nodes`); deeper subtrees are encoded whole when they change.
ENCODE_CACHE_DEPTH = 8
#: Canvas commands kept per canvas; a clearRect of the whole canvas starts the log again.
CANVAS_MAX_COMMANDS = 5000
_SERIAL = itertools.count(1)
#: Flags of a stored node.
FLAG_SVG = 1
FLAG_SHADOW = 2  # a child of its parent's shadow root
BULLET = "\u2022"

DOCUMENT, DOCTYPE, ELEMENT, TEXT, CDATA, COMMENT = range(6)


class PageError(Exception):
    """A stored page chunk that cannot be decoded (the page view says so)."""


class PNode(msgspec.Struct, gc=False, eq=False):
    """One node of the page tree.

    A Struct (``PNode(id, type, tag, attrs, text, parent, flags)``): made three times
    faster than a class with ``__init__`` (an import makes one per node of every
    FullSnapshot, a seek one per node of a keyframe), and, holding no reference cycles
    (nodes name each other by id), never tracked by the cyclic garbage collector.
    Compared by identity (``eq=False``), as before.
    """

    id: int
    type: int
    tag: str
    attrs: dict[str, Any] | None
    text: str
    parent: int
    flags: int
    children: list[int] = msgspec.field(default_factory=list)
    #: This subtree's part of :meth:`PageState.encoded_nodes` (None: changed since).
    enc: bytes | None = None


@dataclass
class PageState:
    """The page at one moment; mutable, rebuilt from a keyframe for every seek."""

    nodes: dict[int, PNode] = field(default_factory=dict)
    root: int = -1
    scroll: dict[int, tuple[float, float]] = field(default_factory=dict)
    fields: dict[int, tuple[int, int]] = field(default_factory=dict)  # id -> (length, checked)
    viewport: tuple[int, int] = (0, 0)
    href: str = ""
    problems: Counter[str] = field(default_factory=Counter)
    version: int = 0  # bumped by every change of the HTML (DOM, fields, element scroll)
    tree_version: int = 0  # bumped by every change of the nodes (not by fields or scroll)
    #: Canvas drawing per canvas node: ``[context kind, [[property, args, setter]]]``.
    canvas: dict[int, list[Any]] = field(default_factory=dict)
    canvas_version: int = 0  # bumped by every canvas change
    #: Media play state per node: ``[playing, position s, rate, muted, since ms]``.
    media: dict[int, list[Any]] = field(default_factory=dict)
    #: Constructed style sheets (rules) by rrweb styleId, and which a host adopts.
    sheets: dict[int, list[str]] = field(default_factory=dict)
    adopted: dict[int, list[int]] = field(default_factory=dict)
    now: int = 0  # time of the event being applied (media positions advance from it)
    serial: int = field(default_factory=lambda: next(_SERIAL))
    #: Called with every node the page drops (the importer's DOM mirror keeps its entry).
    drop_hook: Callable[[PNode], None] | None = None
    #: No node has its encoded part yet (a tree just loaded): see :meth:`encoded_nodes`.
    unencoded: bool = True
    #: ``(tree_version, flat_nodes())`` made by whoever loaded the tree in tree order (the
    #: importer's snapshot walk), so the first keyframe needs no second walk.
    flat_hint: tuple[int, list[list[Any]]] | None = None

    # -- building ----------------------------------------------------------------------
    def load_snapshot(self, root: Any) -> None:
        """Replace the tree by a (sanitised) serialised rrweb node tree."""
        self.reset()
        added = self.add_tree(root, parent=-1, before=None)
        if added is not None:
            self.root = added

    def reset(self) -> None:
        """Forget the tree and everything on it (a FullSnapshot comes next)."""
        self.nodes.clear()
        self.scroll.clear()
        self.fields = {}
        self.canvas = {}
        self.media = {}
        self.sheets = {}
        self.adopted = {}
        self.canvas_version += 1
        self.root = -1
        self.version += 1
        self.tree_version += 1
        self.unencoded = True
        self.flat_hint = None

    def add_tree(self, root: Any, *, parent: int, before: int | None) -> int | None:
        """Insert a serialised node (and its descendants); return its id or None."""
        if not isinstance(root, dict):
            self.problems["node_not_object"] += 1
            return None
        top: int | None = None
        stack: list[tuple[Any, int, int | None]] = [(root, parent, before)]
        while stack:
            node, par, nxt = stack.pop()
            if not isinstance(node, dict):
                self.problems["node_not_object"] += 1
                continue
            node_id = node.get("id")
            kind = node.get("type")
            if type(node_id) is not int or type(kind) is not int or not 0 <= kind <= 5:
                self.problems["node_without_id"] += 1
                continue
            old = self.nodes.get(node_id)
            if old is not None:  # a moved node is re-added under its new parent
                self._detach(old)
                self._drop(node_id)
            flags = (FLAG_SVG if node.get("isSVG") else 0) | (
                FLAG_SHADOW if node.get("isShadow") else 0
            )
            tag = ""
            attrs: dict[str, Any] | None = None
            text = ""
            if kind == ELEMENT:
                tag = str(node.get("tagName", "div"))[:100] or "div"
                raw = node.get("attributes")
                attrs = dict(raw) if isinstance(raw, dict) else {}
            elif kind == DOCTYPE:
                tag = str(node.get("name", "html"))[:40]
            elif kind in (TEXT, CDATA, COMMENT):
                value = node.get("textContent")
                text = value if isinstance(value, str) else ""
            pnode = PNode(node_id, kind, tag, attrs, text, par, flags)
            parent_node = self.nodes.get(par)
            if kind == DOCUMENT and parent_node is not None:
                # A frame's new document (a navigation inside it) replaces the old one.
                for old_doc in [c for c in parent_node.children if c != node_id]:
                    gone = self.nodes.get(old_doc)
                    if gone is not None and gone.type == DOCUMENT:
                        self._detach(gone)
                        self._drop(old_doc)
            self.nodes[node_id] = pnode
            if parent_node is not None:
                self._dirty(parent_node)
                siblings = parent_node.children
                if nxt is not None and nxt in siblings:
                    siblings.insert(siblings.index(nxt), node_id)
                else:
                    siblings.append(node_id)
            if top is None:
                top = node_id
            children = node.get("childNodes")
            if isinstance(children, list):
                stack.extend((c, node_id, None) for c in reversed(children))
        return top

    def _detach(self, node: PNode) -> None:
        parent = self.nodes.get(node.parent)
        if parent is not None and node.id in parent.children:
            parent.children.remove(node.id)
            self._dirty(parent)

    def _dirty(self, node: PNode | None) -> None:
        """Forget the encoded subtree of ``node`` and of its ancestors (it changed).

        A node whose part is forgotten has every ancestor's forgotten too, so the climb
        stops at the first one already forgotten.
        """
        nodes = self.nodes
        while node is not None and node.enc is not None:
            node.enc = None
            node = nodes.get(node.parent)

    def _drop(self, node_id: int) -> None:
        stack = [node_id]
        while stack:
            gone = self.nodes.pop(stack.pop(), None)
            if gone is not None:
                if self.drop_hook is not None:
                    self.drop_hook(gone)
                stack.extend(gone.children)
                self.scroll.pop(gone.id, None)
                if gone.id in self.canvas:
                    del self.canvas[gone.id]
                    self.canvas_version += 1
                self.media.pop(gone.id, None)

    # -- changes -----------------------------------------------------------------------
    def apply(self, kind: str, payload: Any) -> None:
        """Apply one stored event; a change naming a missing node is dropped and counted."""
        try:
            if kind == "m":
                self._mutation(payload)
            elif kind == "s":
                node_id, x, y = payload
                if node_id in self.nodes or node_id == self.root:
                    offset = (float(x), float(y))
                    if node_id != self.root and self.scroll.get(node_id) != offset:
                        node = self.nodes.get(node_id)
                        if node_id not in self.scroll or node is None or node.type != ELEMENT:
                            # The HTML marks a scrolled element (data-rr-scroll, data-rr-id)
                            # and a frame's document scroll: a new page to write.
                            self.version += 1
                        # else an element already marked: the frame's extras carry its new
                        # offset and the renderer sets it in place (PagePlayer.frame_at).
                    self.scroll[node_id] = offset
                else:
                    self.problems["scroll_missing_node"] += 1
            elif kind == "i":
                node_id, length, checked = payload
                self.fields[int(node_id)] = (int(length), int(checked))
                self.version += 1
            elif kind == "v":
                self.viewport = (int(payload[0]), int(payload[1]))
            elif kind == "u":
                self.href = str(payload)
            elif kind == "snap":
                self.load_snapshot(payload)
            elif kind == "css":
                self._rules(*payload)
            elif kind == "scss":
                self._sheet_rules(*payload)
            elif kind == "decl":
                self._declaration(*payload)
            elif kind == "adopt":
                self._adopt(*payload)
            elif kind == "cv":
                self._canvas(*payload)
            elif kind == "me":
                self._media(*payload)
            else:
                self.problems[f"unknown_event_{kind}"[:60]] += 1
        except (TypeError, ValueError, KeyError, IndexError, AttributeError):
            self.problems["malformed_page_event"] += 1

    def _mutation(self, data: dict[str, Any]) -> None:
        self.version += 1
        self.tree_version += 1
        for node_id, _parent in data.get("r", ()):
            node = self.nodes.get(node_id)
            if node is None:
                self.problems["remove_missing_node"] += 1
                continue
            self._detach(node)
            self._drop(node_id)
        pending = list(data.get("a", ()))
        while pending:  # rrweb may list a child before the parent it is added to
            left = []
            for item in pending:
                parent, nxt, node = item
                if parent not in self.nodes or (nxt is not None and nxt not in self.nodes):
                    left.append(item)
                    continue
                self.add_tree(node, parent=parent, before=nxt)
            if len(left) == len(pending):
                for parent, _nxt, node in left:
                    if parent in self.nodes:  # the sibling is missing: append instead
                        self.add_tree(node, parent=parent, before=None)
                        self.problems["add_missing_sibling"] += 1
                    else:
                        self.problems["add_missing_parent"] += 1
                break
            pending = left
        for node_id, text in data.get("t", ()):
            node = self.nodes.get(node_id)
            if node is None:
                self.problems["text_missing_node"] += 1
            else:
                node.text = text if isinstance(text, str) else ""
                self._dirty(node)
        for node_id, changes in data.get("at", ()):
            node = self.nodes.get(node_id)
            if node is None or node.attrs is None:
                self.problems["attribute_missing_node"] += 1
                continue
            self._dirty(node)
            for name, value in changes.items():
                if value is None:
                    node.attrs.pop(name, None)
                elif isinstance(value, dict) and name == "style":
                    node.attrs["style"] = patch_style(str(node.attrs.get("style", "")), value)
                else:
                    node.attrs[name] = value

    def _rules(self, node_id: int, adds: Sequence[Any], removes: Sequence[Any]) -> None:
        node = self.nodes.get(node_id)
        if node is None or node.attrs is None:
            self.problems["rule_missing_stylesheet"] += 1
            return
        self.version += 1
        self.tree_version += 1
        self._dirty(node)
        rules = node.attrs.get("_rules")
        if not isinstance(rules, list):
            rules = node.attrs["_rules"] = split_css(self._sheet_text(node))
        change_rules(rules, adds, removes)

    def _sheet_rules(self, style_id: int, adds: Sequence[Any], removes: Sequence[Any]) -> None:
        """Rules inserted into / deleted from a constructed (adopted) sheet."""
        rules = self.sheets.get(style_id)
        if rules is None:
            rules = self.sheets[style_id] = []
        self.version += 1
        self.tree_version += 1
        change_rules(rules, adds, removes)

    def _declaration(
        self,
        node_id: int | None,
        style_id: int | None,
        path: Sequence[Any],
        set_: Sequence[Any] | None,
        remove: str | None,
    ) -> None:
        """``CSSStyleDeclaration.setProperty/removeProperty`` on the rule at ``path``."""
        if node_id is not None:
            node = self.nodes.get(node_id)
            if node is None or node.attrs is None:
                self.problems["declaration_missing_stylesheet"] += 1
                return
            self._dirty(node)
            rules = node.attrs.get("_rules")
            if not isinstance(rules, list):
                rules = node.attrs["_rules"] = split_css(self._sheet_text(node))
        else:
            rules = self.sheets.get(style_id) if type(style_id) is int else None
            if rules is None:
                self.problems["declaration_missing_stylesheet"] += 1
                return
        if not path or not all(type(i) is int for i in path):
            self.problems["declaration_missing_rule"] += 1
            return
        change: dict[str, Any] = {}
        if set_ is not None:
            prop, value, priority = [*list(set_), None, None, None][:3]
            change[str(prop)] = [str(value), str(priority)] if priority else str(value)
        if remove is not None:
            change[str(remove)] = False
        if not patch_rule(rules, list(path), change):
            self.problems["declaration_missing_rule"] += 1
            return
        self.version += 1
        self.tree_version += 1

    def _adopt(self, host: int, style_ids: Sequence[Any], styles: Sequence[Any]) -> None:
        """Set the sheets a document or shadow host adopts (and any new sheets' rules)."""
        for style_id, rules in styles:
            kept: list[str] = []
            for rule, index in rules:
                if type(index) is int and 0 <= index <= len(kept):
                    kept.insert(index, str(rule))
                else:
                    kept.append(str(rule))
            self.sheets[int(style_id)] = kept
        self.adopted[int(host)] = [int(i) for i in style_ids if type(i) is int]
        self.version += 1
        self.tree_version += 1

    def _canvas(self, node_id: int, kind: int, commands: Sequence[Any]) -> None:
        node = self.nodes.get(node_id)
        if node is None:
            self.problems["canvas_missing_node"] += 1
            return
        entry = self.canvas.get(node_id)
        if entry is None or entry[0] != kind:
            entry = self.canvas[node_id] = [int(kind), []]
        log: list[Any] = entry[1]
        if kind == 0:
            attrs = node.attrs or {}
            w, h = int_attr(attrs.get("width"), 300), int_attr(attrs.get("height"), 150)
            for command in commands:
                prop, args = command[0], command[1]
                if (
                    prop == "clearRect"
                    and len(args) == 4
                    and all(isinstance(a, int | float) for a in args)
                    and args[0] <= 0
                    and args[1] <= 0
                    and args[0] + args[2] >= w
                    and args[1] + args[3] >= h
                ):
                    log.clear()  # the whole canvas is cleared: what came before is gone
                log.append(command)
            if len(log) > CANVAS_MAX_COMMANDS:
                self.problems["canvas_commands_dropped"] += len(log) - CANVAS_MAX_COMMANDS
                del log[: len(log) - CANVAS_MAX_COMMANDS]
        self.canvas_version += 1

    def _media(self, node_id: int, action: int, position: Any, muted: Any, rate: Any) -> None:
        if node_id not in self.nodes:
            self.problems["media_missing_node"] += 1
            return
        playing, pos, speed, mute, since = self.media.get(node_id, [0, 0.0, 1.0, 0, self.now])
        if playing:  # where it had got to by now
            pos += max(0.0, (self.now - since) / 1000.0 * speed)
        if isinstance(position, int | float) and math.isfinite(position):
            pos = max(0.0, float(position))
        if isinstance(rate, int | float) and math.isfinite(rate) and 0 < rate <= 16:
            speed = float(rate)
        if isinstance(muted, bool):
            mute = int(muted)
        if action == 0:
            playing = 1
        elif action == 1:
            playing = 0
        self.media[node_id] = [playing, pos, speed, mute, self.now]

    def media_at(self, t_ms: int) -> list[list[Any]]:
        """Return ``[[id, playing, position s, muted]]`` of every media element at ``t_ms``."""
        out = []
        for node_id, (playing, pos, speed, mute, since) in self.media.items():
            if playing:
                pos += max(0.0, (t_ms - since) / 1000.0 * speed)
            out.append([node_id, playing, round(pos, 2), mute])
        return out

    def _sheet_text(self, node: PNode) -> str:
        attrs = node.attrs or {}
        if isinstance(attrs.get("_cssText"), str):
            return str(attrs["_cssText"])
        return "".join(
            self.nodes[c].text
            for c in node.children
            if c in self.nodes and self.nodes[c].type == TEXT
        )

    # -- keyframes ---------------------------------------------------------------------
    def to_keyframe(self) -> dict[str, Any]:
        """Return the whole state as JSON-ready data (nodes flat, in tree order)."""
        data: dict[str, Any] = {
            "n": self.flat_nodes(),
            "s": [[k, x, y] for k, (x, y) in self.scroll.items()],
            "f": [[k, n, c] for k, (n, c) in self.fields.items()],
            "v": list(self.viewport),
            "u": self.href,
        }
        data.update(self._extra_keyframe())
        return data

    def _extra_keyframe(self) -> dict[str, Any]:
        """Return the optional keyframe keys (none for pages without canvas, media, sheets)."""
        extra: dict[str, Any] = {}
        if self.canvas:
            extra["c"] = [[k, kind, log] for k, (kind, log) in self.canvas.items()]
        if self.media:  # positions as of now (the chunk's start when a keyframe is cut)
            extra["me"] = [
                [k, p, pos, self.media[k][2], m] for k, p, pos, m in self.media_at(self.now)
            ]
        if self.sheets:
            extra["sh"] = [[k, v] for k, v in self.sheets.items()]
        if self.adopted:
            extra["ad"] = [[k, v] for k, v in self.adopted.items()]
        return extra

    def pack_keyframe(self, nodes_json: bytes) -> bytes:
        """Return ``pack(self.to_keyframe(), finite=True)`` from the nodes' encoded JSON.

        ``nodes_json`` is ``msgspec.json.encode(self.flat_nodes())``, which the importer
        keeps while :attr:`tree_version` stays the same (a keyframe cut after an Input
        event re-encodes only the fields, scroll offsets, viewport and address).
        """
        return zlib.compress(self.keyframe_body(nodes_json), PACK_LEVEL)

    def keyframe_body(self, nodes_json: bytes) -> bytes:
        """Return the JSON that :meth:`pack_keyframe` compresses."""
        enc = msgspec.json.encode
        return b"".join(
            (
                b'{"n":',
                nodes_json,
                b',"s":',
                enc([[k, x, y] for k, (x, y) in self.scroll.items()]),
                b',"f":',
                enc([[k, n, c] for k, (n, c) in self.fields.items()]),
                b',"v":',
                enc(list(self.viewport)),
                b',"u":',
                enc(self.href),
                *(b',"' + k.encode() + b'":' + enc(v) for k, v in self._extra_keyframe().items()),
                b"}",
            )
        )

    def flat_nodes(self) -> list[list[Any]]:
        """Return every node as ``[id, parent, type, tag, attrs, text, flags]``, tree order."""
        flat: list[list[Any]] = []
        nodes = self.nodes
        if self.root in nodes:
            # Called for every keyframe (every few seconds of a changing page): the loop's
            # methods are bound once.
            get, add = nodes.get, flat.append
            stack = [self.root]
            pop, push = stack.pop, stack.extend
            while stack:
                node = get(pop())
                if node is None:
                    continue
                add([node.id, node.parent, node.type, node.tag, node.attrs, node.text, node.flags])
                if node.children:
                    push(reversed(node.children))
        return flat

    def encoded_nodes(self) -> bytes:
        """Return ``msgspec.json.encode(self.flat_nodes())``, re-encoding only what changed.

        Every node down to :data:`ENCODE_CACHE_DEPTH` keeps its subtree's encoded part
        (its record, then its children's parts, tree order), forgotten up to the root
        when the node, its attributes, text or children change; below that depth a
        subtree is encoded whole by one walk. A keyframe cut while a page changes in one
        corner so re-encodes that corner, not the whole tree, and memory stays within
        ``ENCODE_CACHE_DEPTH + 1`` copies of the encoded nodes.
        """
        nodes = self.nodes
        root = nodes.get(self.root)
        if root is None:
            return b"[]"
        if self.unencoded:
            # A tree just loaded (a FullSnapshot): many are never changed before the next
            # one, so the first keyframe is encoded in one go and the parts are made only
            # when a change asks for a keyframe again (no part is kept: nothing is stale).
            self.unencoded = False
            hint, self.flat_hint = self.flat_hint, None
            if hint is not None and hint[0] == self.tree_version:
                return msgspec.json.encode(hint[1])
            return msgspec.json.encode(self.flat_nodes())
        if root.enc is None:
            enc = msgspec.json.encode
            get = nodes.get
            stack: list[tuple[PNode, int, bool]] = [(root, 0, False)]
            while stack:
                node, depth, ready = stack.pop()
                if depth >= ENCODE_CACHE_DEPTH:
                    node.enc = enc(self._flat_from(node))[1:-1]
                    continue
                if not ready:
                    stack.append((node, depth, True))
                    for c in node.children:
                        child = get(c)
                        if child is not None and child.enc is None:
                            stack.append((child, depth + 1, False))
                    continue
                record = [node.id, node.parent, node.type, node.tag, node.attrs, node.text]
                record.append(node.flags)
                parts = [enc(record)]
                for c in node.children:
                    child = get(c)
                    if child is not None and child.enc is not None:
                        parts.append(child.enc)
                node.enc = b",".join(parts)
        assert root.enc is not None
        return b"[" + root.enc + b"]"

    def _flat_from(self, top: PNode) -> list[list[Any]]:
        """:meth:`flat_nodes` of the subtree under ``top``; marks its nodes as encoded."""
        flat: list[list[Any]] = []
        get, add = self.nodes.get, flat.append
        stack = [top.id]
        pop, push = stack.pop, stack.extend
        while stack:
            node = get(pop())
            if node is None:
                continue
            node.enc = b""  # part of an ancestor's part: a change climbs from here
            add([node.id, node.parent, node.type, node.tag, node.attrs, node.text, node.flags])
            if node.children:
                push(reversed(node.children))
        return flat

    @classmethod
    def from_keyframe(cls, data: dict[str, Any], start_ms: int = 0) -> PageState:
        """Rebuild a state saved by :meth:`to_keyframe` (its chunk starts at ``start_ms``)."""
        state = cls()
        state.now = start_ms
        nodes = state.nodes
        for node_id, parent, kind, tag, attrs, text, flags in data["n"]:
            nodes[node_id] = PNode(
                node_id, kind, tag, dict(attrs) if attrs is not None else None, text, parent, flags
            )
            parent_node = nodes.get(parent)
            if parent_node is None:
                state.root = node_id if state.root < 0 else state.root
            else:
                parent_node.children.append(node_id)
        state.scroll = {int(k): (float(x), float(y)) for k, x, y in data["s"]}
        state.fields = {int(k): (int(n), int(c)) for k, n, c in data["f"]}
        state.viewport = (int(data["v"][0]), int(data["v"][1]))
        state.href = str(data["u"])
        state.canvas = {int(k): [int(kind), list(log)] for k, kind, log in data.get("c", ())}
        state.media = {
            int(k): [int(p), float(pos), float(r), int(m), start_ms]
            for k, p, pos, r, m in data.get("me", ())
        }
        state.sheets = {int(k): [str(r) for r in v] for k, v in data.get("sh", ())}
        state.adopted = {int(k): [int(i) for i in v] for k, v in data.get("ad", ())}
        return state

    # -- HTML --------------------------------------------------------------------------
    def to_html(self, *, mark_scroll: bool = True) -> str:
        """Return the page as inert HTML (no scripts, no handlers, masked fields).

        Written by :func:`replay.model.page_html.page_html`.
        """
        from replay.model.page_html import page_html  # (that module imports this one)

        return page_html(self, mark_scroll=mark_scroll)

    def element_scrolls(self) -> list[list[float]]:
        """Return ``[[node id, x, y]]`` of the scrolled elements (the HTML marks them).

        An element scrolled again changes only its offset, not :attr:`version`: the
        renderer sets these offsets in place after writing the page, so a carousel or an
        inner list scrolling during playback does not rebuild the page's HTML.
        """
        nodes = self.nodes
        return [
            [node_id, x, y]
            for node_id, (x, y) in self.scroll.items()
            if node_id != self.root and (n := nodes.get(node_id)) is not None and n.type == ELEMENT
        ]

    def scroll_of_document(self) -> tuple[float, float]:
        """Return the window scroll offset (rrweb scrolls the document node)."""
        return self.scroll.get(self.root, (0.0, 0.0))


def int_attr(value: Any, default: int) -> int:
    """Return an attribute's value as an int (``"300"``, ``"150.5"``), else ``default``."""
    try:
        return int(float(str(value)))
    except (TypeError, ValueError, OverflowError):
        return default


# -- stored form --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageChunk:
    """One keyframe and the events after it, compressed."""

    start_ms: int
    keyframe: bytes  # zlib(JSON of PageState.to_keyframe())
    events: bytes  # zlib(JSON list of [t_ms, kind, payload])


@dataclass(frozen=True, slots=True)
class PageRecord:
    """The page part of one session, as stored.

    ``status`` is ``ok`` (a page to show), ``none`` (the recording has no page) or
    ``broken`` (the DOM part could not be used; ``reason`` says why in one line).
    """

    status: str
    reason: str = ""
    #: A tuple, or (a big import before it is stored) chunks read from disk one at a time.
    chunks: Sequence[PageChunk] = ()
    counts: dict[str, int] = field(default_factory=dict)

    def stored_bytes(self) -> int:
        """Return the compressed size of every chunk."""
        return sum(len(c.keyframe) + len(c.events) for c in self.chunks)


#: zlib level of page chunks: level 1 compresses 3.5x faster than 6 for ~13 % more bytes
#: (a 30 kB keyframe: 0.13 ms / 9.7 kB against 0.47 ms / 8.6 kB); keyframes are cut every
#: few seconds of a long recording, so their packing is on the import's hot path (issue 13).
PACK_LEVEL = 1


def pack(obj: Any, *, finite: bool = False) -> bytes:
    """Compact JSON (UTF-8, not escaped), zlib-compressed.

    ``finite=True`` promises ``obj`` holds no NaN or infinity: it is then encoded by
    msgspec, ten times faster than ``json.dumps`` and read back identically by
    :func:`unpack` (msgspec would write a non-finite float as ``null``, so the caller
    keeps ``finite=False`` once it has seen one; ``json`` writes ``NaN``).
    """
    if finite:
        return zlib.compress(msgspec.json.encode(obj), PACK_LEVEL)
    text = json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
    return zlib.compress(text.encode("utf-8"), PACK_LEVEL)


def unpack(blob: bytes) -> Any:
    """Inverse of :func:`pack`; :class:`PageError` on damage."""
    try:
        return json.loads(zlib.decompress(blob))
    except (zlib.error, ValueError, UnicodeDecodeError) as exc:
        raise PageError(f"damaged page data ({exc})") from None


@dataclass
class PageFrame:
    """What the renderer needs for one moment."""

    html: str
    scroll: tuple[float, float]
    viewport: tuple[int, int]
    href: str
    version: tuple[int, int]  # (chunk, DOM version): equal means the same DOM
    problems: dict[str, int]
    #: What the HTML does not carry: ``canvas`` ``[[id, kind, signature, commands]]`` (the
    #: drawing to replay onto each canvas; same signature, same drawing) and ``media``
    #: ``[[id, playing, position s, muted]]`` (the state badge of each video/audio).
    extras: dict[str, Any] = field(default_factory=dict)


class PagePlayer:
    """Seek in a :class:`PageRecord`: decode the chunk, apply events up to ``t``."""

    def __init__(self, record: PageRecord) -> None:
        self.record = record
        self.starts = [c.start_ms for c in record.chunks]
        self._cache: tuple[int, PageState, list[Any], int] | None = None
        self._applied = 0
        self._html: tuple[tuple[int, int, int], str] | None = None

    def state_at(self, t_ms: int) -> tuple[int, PageState]:
        """Return (chunk index, state at ``t_ms``); continues forward from the last call."""
        import bisect

        if not self.record.chunks:
            raise PageError("no page recorded")
        index = max(0, bisect.bisect_right(self.starts, t_ms) - 1)
        cache = self._cache
        if cache is None or cache[0] != index or cache[3] > t_ms:
            chunk = self.record.chunks[index]
            state = PageState.from_keyframe(unpack(chunk.keyframe), chunk.start_ms)
            events: list[Any] = unpack(chunk.events)
            applied = 0
            cache = (index, state, events, chunk.start_ms)
        else:
            applied = self._applied
        _, state, events, _ = cache
        while applied < len(events) and events[applied][0] <= t_ms:
            state.now, kind, payload = events[applied]
            state.apply(kind, payload)
            applied += 1
        self._applied = applied
        self._cache = (index, state, events, t_ms)
        return index, state

    def frame_at(self, t_ms: int) -> PageFrame:
        """Return the inert HTML and scroll of the page at ``t_ms``.

        The HTML is rebuilt only when the DOM changed since the previous call (playback
        asks every frame; most frames only move the cursor or scroll).
        """
        index, state = self.state_at(t_ms)
        key = (index, state.version, id(state))
        if self._html is None or self._html[0] != key:
            self._html = (key, state.to_html())
        extras: dict[str, Any] = {}
        if state.canvas:
            sig = f"{state.serial}.{state.canvas_version}"
            extras["canvas"] = [[k, kind, sig, log] for k, (kind, log) in state.canvas.items()]
        if state.media:
            extras["media"] = state.media_at(t_ms)
        scrolled = state.element_scrolls()
        if scrolled:
            extras["scroll"] = scrolled
        return PageFrame(
            html=self._html[1],
            scroll=state.scroll_of_document(),
            viewport=state.viewport,
            href=state.href,
            version=(index, state.version),
            problems=dict(state.problems),
            extras=extras,
        )


def mask_letters(text: str) -> str:
    """Replace every non-space character (``--mask-text``), keeping length and spacing."""
    return re.sub(r"\S", "*", text)


def bullets(text: str) -> str:
    """Replace every non-space character by a bullet (typed text in editable regions)."""
    return re.sub(r"\S", BULLET, text)


def iter_chunk_events(record: PageRecord) -> Iterable[list[Any]]:
    """Yield every stored event of every chunk (tests and the privacy audit)."""
    for chunk in record.chunks:
        yield from unpack(chunk.events)
