"""Seeds from real recordings and the mutations the fuzz tests apply to them.

Every mutation takes a ``random.Random`` (hypothesis' ``st.randoms()``, so runs are
reproducible and shrink) and returns the *bytes of a file*. Seeds are cut from the real
files in ``../shared/data`` and kept tiny (a few KiB) so 10,000 cases run in seconds.
"""

from __future__ import annotations

import copy
import gzip
import json
import math
import random
from pathlib import Path
from typing import Any

#: Values put in place of a field: wrong types, NaN/inf, huge and negative numbers, text.
WEIRD_VALUES: tuple[Any, ...] = (
    None,
    True,
    False,
    0,
    -1,
    65535,
    2**31,
    2**63,
    -(2**63) - 1,
    10**40,
    1e308,
    -1e308,
    5e-324,
    math.nan,
    math.inf,
    -math.inf,
    "",
    "1",
    "NaN",
    "x" * 3,
    "ไทย 한국어 中文",
    "\x00",
    "\ud800",  # a lone surrogate: json.dumps writes it as an escape
    [],
    {},
    [1, 2, 3],
    {"id": 1},
)


# -- seeds ------------------------------------------------------------------------------


def _prune(node: Any, depth: int) -> Any:
    """Keep a FullSnapshot's node tree small: 3 children per level, ``depth`` levels."""
    if not isinstance(node, dict):
        return node
    out = {k: v for k, v in node.items() if k != "childNodes"}
    if "childNodes" in node:
        kids = node["childNodes"][:3] if depth > 0 else []
        out["childNodes"] = [_prune(k, depth - 1) for k in kids]
    return out


def rrweb_seed(path: Path) -> list[dict[str, Any]]:
    """Return a tiny event list cut from a real recording: every event kind it has, twice.

    Meta/Load events, a pruned FullSnapshot, and the first two events of every
    (type, source) pair, in the order they were recorded.
    """
    events = json.loads(path.read_bytes())
    kept: list[dict[str, Any]] = []
    seen: dict[tuple[Any, Any], int] = {}
    for ev in events:
        key = (ev.get("type"), ev.get("data", {}).get("source"))
        if seen.get(key, 0) >= 2:
            continue
        seen[key] = seen.get(key, 0) + 1
        if ev.get("type") == 2:
            ev = {**ev, "data": {**ev["data"], "node": _prune(ev["data"]["node"], 4)}}
        kept.append(ev)
    return kept


def csv_seed(path: Path, *, rows: int = 40) -> list[str]:
    """Return the header and the first ``rows`` rows of a real mouse-log CSV, with every state.

    Rows of every (button, state) pair the file has are kept, so presses, releases,
    drags and wheel rows are all in the seed.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    header, body = lines[0], lines[1:]
    chosen = body[:rows]
    seen = {tuple(r.split(",")[2:4]) for r in chosen}
    for row in body[rows:]:
        key = tuple(row.split(",")[2:4])
        if key not in seen:
            seen.add(key)
            chosen.append(row)
    # Keep record timestamps sorted as in the file: the seed itself must import cleanly.
    chosen.sort(key=lambda r: float(r.split(",")[0]))
    return [header, *chosen]


def native_seed(path: Path) -> list[str]:
    """Return a tiny native JSONL (header + up to 3 lines of each type) for a real recording.

    The recording is imported and written with ``dump_native``, so every line is what
    replay itself writes.
    """
    import io

    from replay.importers import import_file
    from replay.importers.native import dump_native

    buf = io.StringIO()
    dump_native(import_file(path), buf)
    header, *body = buf.getvalue().splitlines()
    kept: list[str] = []
    seen: dict[str, int] = {}
    for line in body:
        kind = str(json.loads(line).get("type"))
        if seen.get(kind, 0) < 3:
            seen[kind] = seen.get(kind, 0) + 1
            kept.append(line)
    return [header, *kept]


# -- JSON mutations ---------------------------------------------------------------------


def _containers(tree: Any) -> list[Any]:
    """Every dict and list in ``tree`` (pre-order)."""
    out: list[Any] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            out.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            out.append(node)
            stack.extend(node)
    return out


def _weird(rng: random.Random) -> Any:
    roll = rng.random()
    if roll < 0.08:
        return "A" * rng.choice((1_000, 20_000, 200_000))  # very long string
    if roll < 0.12:
        value: Any = 0
        for _ in range(rng.choice((50, 200))):  # deep, yet copyable; deep_nesting() goes deeper
            value = [value] if rng.random() < 0.5 else {"c": value}
        return value
    if roll < 0.25:
        return rng.uniform(-1e6, 1e6) if rng.random() < 0.5 else rng.randint(-(2**70), 2**70)
    return copy.deepcopy(rng.choice(WEIRD_VALUES))


def mutate_tree(tree: Any, rng: random.Random, *, steps: int) -> Any:
    """Apply ``steps`` random edits (drop, duplicate, replace, swap) to a JSON tree in place."""
    for _ in range(steps):
        spots = _containers(tree)
        node = rng.choice(spots)
        op = rng.randrange(5)
        if isinstance(node, dict):
            if not node:
                node["x"] = _weird(rng)
                continue
            key = rng.choice(list(node))
            if op == 0:
                del node[key]
            elif op == 1:
                node[key + rng.choice(("", "_", "X"))] = copy.deepcopy(node[key])
            else:
                node[key] = _weird(rng)
        elif isinstance(node, list):
            if not node:
                node.append(_weird(rng))
                continue
            i = rng.randrange(len(node))
            if op == 0:
                del node[i]
            elif op == 1:
                node.insert(rng.randrange(len(node) + 1), copy.deepcopy(node[i]))
            elif op == 2:
                j = rng.randrange(len(node))
                node[i], node[j] = node[j], node[i]
            else:
                node[i] = _weird(rng)
    return tree


def dump_json(tree: Any, rng: random.Random) -> bytes:
    """Serialise like a sloppy recorder: NaN/Infinity literals allowed, spacing varies."""
    text = json.dumps(
        tree,
        allow_nan=True,
        ensure_ascii=rng.random() < 0.5,
        separators=(",", ":") if rng.random() < 0.5 else None,
    )
    return text.encode("utf-8", "surrogatepass")


def deep_nesting(rng: random.Random) -> bytes:
    """An array nested far deeper than any recursion limit, optionally unterminated."""
    depth = rng.choice((1_000, 10_000, 100_000))
    closing = "]" * depth if rng.random() < 0.5 else ""
    return ("[" * depth + closing).encode()


# -- byte-level mutations ---------------------------------------------------------------


def reencode(data: bytes, rng: random.Random) -> bytes:
    """Return ``data`` in a wrong encoding, with or without a BOM, or unchanged."""
    roll = rng.randrange(8)
    text = data.decode("utf-8", "replace")
    if roll == 0:
        return "\ufeff".encode() + data  # UTF-8 BOM
    if roll == 1:
        return text.encode("utf-16")  # BOM + UTF-16
    if roll == 2:
        return text.encode("utf-16-le")  # no BOM
    if roll == 3:
        return text.encode("utf-32")
    if roll == 4:
        return text.encode("latin-1", "replace")
    if roll == 5:
        return ("é" + text).encode("latin-1", "replace")  # a Latin-1 byte up front
    return data


def damage_bytes(data: bytes, rng: random.Random) -> bytes:
    """Truncate, flip bytes, insert NULs or splice garbage at random offsets."""
    roll = rng.randrange(6)
    if not data:
        return data
    at = rng.randrange(len(data) + 1)
    if roll == 0:
        return data[:at]  # truncated at a random offset
    if roll == 1:
        buf = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        return bytes(buf)
    if roll == 2:
        return data[:at] + b"\x00" * rng.randint(1, 16) + data[at:]
    if roll == 3:
        return data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]
    return data


def maybe_gzip(data: bytes, rng: random.Random) -> bytes:
    """Gzip ``data`` (sometimes twice, sometimes truncated) or leave it as is."""
    roll = rng.randrange(10)
    if roll == 0:
        return gzip.compress(data, compresslevel=1, mtime=0)
    if roll == 1:
        return gzip.compress(gzip.compress(data, mtime=0), mtime=0)
    if roll == 2:
        packed = gzip.compress(data, mtime=0)
        return packed[: rng.randrange(len(packed))]
    return data


def finish(data: bytes, rng: random.Random) -> bytes:
    """Last steps shared by every format: damage, encoding, compression."""
    if rng.random() < 0.3:
        data = damage_bytes(data, rng)
    if rng.random() < 0.15:
        data = reencode(data, rng)
    return maybe_gzip(data, rng)


# -- per-format cases -------------------------------------------------------------------


def rrweb_case(seed: list[dict[str, Any]], rng: random.Random) -> bytes:
    """One mutated rrweb file: edited events, maybe wrapped, re-encoded, truncated, gzipped."""
    roll = rng.random()
    if roll < 0.03:
        return maybe_gzip(deep_nesting(rng), rng)
    if roll < 0.06:
        return rng.randbytes(rng.randint(0, 256))
    events = copy.deepcopy(seed)
    mutate_tree(events, rng, steps=rng.randint(1, 6))
    tree: Any = events
    if rng.random() < 0.15:  # PostHog's export wrapper around the same events
        tree = {"version": rng.choice((1, "2", None)), "data": {"snapshots": events}}
        if rng.random() < 0.3:
            mutate_tree(tree, rng, steps=1)
    return finish(dump_json(tree, rng), rng)


CSV_TOKENS: tuple[str, ...] = (
    "",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "-1",
    "65535",
    "1e308",
    "-0.0",
    "1" * 400,
    "abc",
    "Move",
    "Drag",
    "Pressed",
    "Released",
    "Left",
    "Right",
    "Scroll",
    "NoButton",
    "Up",
    "Down",
    '"',
    '""',
    "ไทย",
    "\x00",
)


def csv_case(seed: list[str], rng: random.Random) -> bytes:
    """One mutated mouse-log CSV: bad fields, missing/extra columns, shuffled/duplicated rows."""
    if rng.random() < 0.04:
        return maybe_gzip(rng.randbytes(rng.randint(0, 256)), rng)
    lines = list(seed)
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(lines)) if lines else 0
        op = rng.randrange(8)
        if not lines:
            lines.append(rng.choice(CSV_TOKENS))
        elif op <= 2:  # replace one field
            cells = lines[i].split(",")
            cells[rng.randrange(len(cells))] = rng.choice(CSV_TOKENS)
            lines[i] = ",".join(cells)
        elif op == 3:  # drop or add a column
            cells = lines[i].split(",")
            if rng.random() < 0.5 and len(cells) > 1:
                del cells[rng.randrange(len(cells))]
            else:
                cells.insert(rng.randrange(len(cells) + 1), rng.choice(CSV_TOKENS))
            lines[i] = ",".join(cells)
        elif op == 4:
            lines.insert(rng.randrange(len(lines) + 1), lines[i])
        elif op == 5:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 6:
            del lines[i]
        else:
            lines.insert(i, rng.choice(("", " ", ",,,,,", "\t")))
    newline = rng.choice(("\n", "\r\n", "\r"))
    data = (newline.join(lines) + newline).encode("utf-8")
    return finish(data, rng)


def jsonl_case(seed: list[str], rng: random.Random) -> bytes:
    """One mutated native JSONL file: lines dropped, duplicated, swapped, edited or garbled."""
    if rng.random() < 0.04:
        return maybe_gzip(rng.randbytes(rng.randint(0, 256)), rng)
    lines = list(seed)
    for _ in range(rng.randint(1, 5)):
        if not lines:
            lines.append("{}")
            continue
        i = rng.randrange(len(lines))
        op = rng.randrange(7)
        if op <= 2:
            try:
                tree = json.loads(lines[i])
            except ValueError:
                tree = {}
            wrapper = [tree]
            mutate_tree(wrapper, rng, steps=rng.randint(1, 3))
            lines[i] = dump_json(wrapper[0] if wrapper else None, rng).decode(
                "utf-8", "surrogatepass"
            )
        elif op == 3:
            del lines[i]
        elif op == 4:
            lines.insert(rng.randrange(len(lines) + 1), lines[i])
        elif op == 5:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
    data = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    return finish(data, rng)
