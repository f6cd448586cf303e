"""Store and load the recorded page of a session (tables of migration ``m006_page``)."""

from __future__ import annotations

import hashlib
import json
import sqlite3

from replay.model.page import PageChunk, PageRecord


def save_page(conn: sqlite3.Connection, session_id: int, page: PageRecord) -> None:
    """Write ``page`` inside the caller's transaction (identical keyframes stored once)."""
    conn.execute(
        "INSERT INTO page_info (session_id, status, reason, counts_json) VALUES (?, ?, ?, ?)",
        [session_id, page.status, page.reason, json.dumps(page.counts, sort_keys=True)],
    )
    seen: set[str] = set()
    for seq, chunk in enumerate(page.chunks):
        digest = hashlib.sha256(chunk.keyframe).hexdigest()
        if digest not in seen:
            seen.add(digest)
            conn.execute(
                "INSERT INTO page_keyframes (session_id, hash, data) VALUES (?, ?, ?)",
                [session_id, digest, chunk.keyframe],
            )
        conn.execute(
            "INSERT INTO page_chunks (session_id, seq, start_ms, keyframe, events)"
            " VALUES (?, ?, ?, ?, ?)",
            [session_id, seq, chunk.start_ms, digest, chunk.events],
        )


def load_page(conn: sqlite3.Connection, session_id: int) -> PageRecord:
    """Read the page of one session; a session stored before the page view has none."""
    info = conn.execute(
        "SELECT status, reason, counts_json FROM page_info WHERE session_id = ?", [session_id]
    ).fetchone()
    if info is None:
        return PageRecord(status="none", reason="no page was stored for this session")
    keyframes = dict(
        conn.execute(
            "SELECT hash, data FROM page_keyframes WHERE session_id = ?", [session_id]
        ).fetchall()
    )
    rows = conn.execute(
        "SELECT start_ms, keyframe, events FROM page_chunks WHERE session_id = ? ORDER BY seq",
        [session_id],
    ).fetchall()
    chunks = []
    for start_ms, digest, events in rows:
        keyframe = keyframes.get(digest)
        if keyframe is None:
            return PageRecord(status="broken", reason="a stored keyframe is missing")
        chunks.append(PageChunk(int(start_ms), bytes(keyframe), bytes(events)))
    try:
        counts = {str(k): int(v) for k, v in json.loads(info[2]).items()}
    except (ValueError, AttributeError, TypeError):
        counts = {}
    return PageRecord(
        status=str(info[0]), reason=str(info[1]), chunks=tuple(chunks), counts=counts
    )
