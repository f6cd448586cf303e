"""Build a big, realistic rrweb recording by repeating the events of a real one.

The head of the real recording (Meta and FullSnapshot) is written once; then its
incremental events (mouse moves with batched positions, clicks, scrolls, DOM mutations,
inputs, custom and console events) are repeated, shifted in time so timestamps keep
increasing, until the file reaches the target size. Each repetition is one ``%``
substitution into a pre-serialised block, so 1 GB is written in seconds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

#: Gap between two repetitions of the base recording.
GAP_MS = 1_000


def _blocks(source: Path, time_scale: float = 1.0) -> tuple[str, str, list[int], int]:
    events: list[dict[str, Any]] = json.loads(source.read_bytes())
    first_full = next(i for i, e in enumerate(events) if e["type"] == 2)
    head = events[: first_full + 1]
    body = [e for e in events[first_full + 1 :] if e["type"] not in (2, 4)]
    t0 = body[0]["timestamp"]
    templates = []
    offsets = []
    for ev in body:
        text = json.dumps({**ev, "timestamp": 0}, separators=(",", ":"), ensure_ascii=False)
        templates.append(text.replace("%", "%%").replace('"timestamp":0}', '"timestamp":%d}'))
        offsets.append(round((ev["timestamp"] - t0) * time_scale))
    head_text = ",".join(json.dumps(e, separators=(",", ":"), ensure_ascii=False) for e in head)
    span_ms = offsets[-1] + GAP_MS
    return head_text, ",".join(templates), offsets, span_ms


def write_big_rrweb(
    source: Path, out: Path, *, target_bytes: int, time_scale: float = 1.0
) -> dict[str, int]:
    """Write a valid rrweb JSON array of about ``target_bytes`` bytes to ``out``.

    Parameters
    ----------
    source : Path
        A real rrweb recording (a JSON array of events).
    out : Path
        Where to write the big file.
    target_bytes : int
        The size to reach (the file ends at the first repetition past it).
    time_scale : float
        Multiplies the time between events (0.05: a repetition lasts 7.5 s instead of
        150 s, so a 1 GB file stays inside the model's 24 h and every row is kept).

    Returns
    -------
    dict
        ``{"bytes", "events", "repetitions"}`` of the written file.
    """
    head_text, block, offsets, span_ms = _blocks(source, time_scale)
    head_events = head_text.count('"timestamp":')
    start_ms = json.loads("[" + head_text + "]")[-1]["timestamp"] + 10
    written = 0
    reps = 0
    with out.open("w", encoding="utf-8", newline="") as fh:
        written += fh.write("[" + head_text)
        while written < target_bytes:
            base = start_ms + reps * span_ms
            written += fh.write("," + block % tuple(base + o for o in offsets))
            reps += 1
        written += fh.write("]")
    return {
        "bytes": out.stat().st_size,
        "events": head_events + reps * len(offsets),
        "repetitions": reps,
    }
