"""``replay merge OTHER``: bring another reviewer's library (a file or PostgreSQL) into this one.

Reviewers who each code in their own library file merge later (issue 16). The rules:

- **Sessions** are matched by content hash (the same recording imported twice is one
  session). A session the target lacks is copied whole: its row, channels, texts, its
  recorded page (rrweb) and the latest detection result.
- **Tags** are matched by their ``uid`` (given when the tag was made, kept by every copy),
  never by position or id, so both reviewers' tags stay apart even when they sit on the same
  moment. A tag the target lacks is copied with its whole history (marked ``merged_from``:
  kept for the audit trail, never undone here).
- A tag both files hold in the same state is skipped: **merging twice adds nothing**.
- A tag both hold in different states: when one file's history of it continues the other's
  (same actions, same times, then more), the longer one wins (an edit made after an earlier
  merge travels); otherwise both sides edited it since they parted: that is a **conflict**,
  the target's state is kept, and the merge reports it (tag, session, both states).
- Codebook categories the target lacks are added (tags need them); existing ones are not
  changed (a different label is reported as a conflict). Done marks and consensus decisions
  are united.
- **All-or-nothing**: everything happens in one write transaction of the target; any
  error leaves it as it was. The other file is opened read-only and never written; it must
  be a replay library no newer than this replay (the same checks as every command).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from replay.errors import StoreError
from replay.model.tags import Tag
from replay.store.library import Library
from replay.store.target import PgTarget, parse_target

_SESSION_COLS = (
    "source, source_name, format, device, viewport_width_px, viewport_height_px,"
    " started_at_ms, duration_ms, content_hash, imported_at, title, n_events, n_pointer,"
    " n_clicks, n_scroll, counts_json, report_json, extra_json, reviewed_at, reviewed_by"
)
_DETECTION_COLS = (
    "detector_version, config_hash, config_json, computed_at, score, peak, spike_count,"
    " breakdown_json, engagement_json, unavailable_json, hits_json, spikes_json"
)
# The recorded page of a session (migration m006_page), copied with the session.
#: Tables of one session's rows that go with it: its page, search terms, outcome and
#: the insight tables derived from its (copied) detection result.
_SESSION_TABLES = (
    ("page_info", "status, reason, counts_json"),
    ("page_keyframes", "hash, data"),
    ("page_chunks", "seq, start_ms, keyframe, events"),
    ("session_terms", "kind, value"),
    ("outcomes", "converted, value, currency, source, updated_at"),
    ("insight_index", "key"),
    (
        "insight_pages",
        "url, time_ms, visits, spans_json, width_px, height_px, reach_px,"
        " spikes, score, session_spikes, signals_json, targets_json",
    ),
    ("insight_hits", "url, signal, target, n"),
    ("insight_points", "url, layer, data"),
)
_TAG_COLS = (
    "id, session_id, start_ms, end_ms, category, severity, note, reviewer, spike_id,"
    " signals_json, created_at, updated_at, deleted_at, origin, uid"
)
_CONSENSUS_COLS = (
    "uid, session_id, start_ms, end_ms, unit_key, decision, tag_uid, lead, reviewers_json,"
    " decided_at"
)


@dataclass(slots=True)
class MergeReport:
    """What a merge did (``replay merge --json`` prints :meth:`to_json`)."""

    other: str
    sessions_added: int = 0
    sessions_matched: int = 0
    tags_added: int = 0
    tags_updated: int = 0
    tags_unchanged: int = 0
    tags_kept_newer: int = 0
    history_added: int = 0
    categories_added: list[str] = field(default_factory=list)
    done_marks_added: int = 0
    consensus_added: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """True when the merge added or updated anything."""
        return bool(
            self.sessions_added
            or self.tags_added
            or self.tags_updated
            or self.history_added
            or self.categories_added
            or self.done_marks_added
            or self.consensus_added
        )

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {
            "other": self.other,
            "sessions_added": self.sessions_added,
            "sessions_matched": self.sessions_matched,
            "tags_added": self.tags_added,
            "tags_updated": self.tags_updated,
            "tags_unchanged": self.tags_unchanged,
            "tags_kept_newer": self.tags_kept_newer,
            "history_added": self.history_added,
            "categories_added": list(self.categories_added),
            "done_marks_added": self.done_marks_added,
            "consensus_added": self.consensus_added,
            "conflicts": list(self.conflicts),
        }

    def summary(self) -> str:
        """One line for people."""
        return (
            f"merged {self.other}: {self.sessions_added} session(s) added, "
            f"{self.sessions_matched} already here; {self.tags_added} tag(s) added, "
            f"{self.tags_updated} updated, {self.tags_unchanged} unchanged; "
            f"{self.done_marks_added} done mark(s), {self.consensus_added} consensus "
            f"decision(s); {len(self.conflicts)} conflict(s)"
        )


def _tag(row: tuple[Any, ...]) -> Tag:
    from replay.store.tags import _tag_from_row

    return _tag_from_row(row)


def _state(tag: Tag) -> dict[str, Any]:
    """Return a tag's content without the file-local ids."""
    data = tag.to_json()
    data.pop("id")
    data.pop("session_id")
    return data


def _history_keys(rows: list[tuple[Any, ...]]) -> list[tuple[str, str, str]]:
    """Return (action, at, after state) of each history row, oldest first."""
    keys = []
    for action, at, after_json in rows:
        after = json.loads(after_json) if after_json else {}
        after.pop("id", None)
        after.pop("session_id", None)
        keys.append((str(action), str(at), json.dumps(after, sort_keys=True)))
    return keys


def _retarget(snapshot: str | None, tag_id: int, session_id: int) -> str | None:
    if snapshot is None:
        return None
    data = json.loads(snapshot)
    data["id"] = tag_id
    data["session_id"] = session_id
    return json.dumps(data, ensure_ascii=False)


def _open_other(target: Library, other: Path | PgTarget) -> Library:
    if isinstance(other, PgTarget):  # read-only: the server refuses every write
        if isinstance(target.path, PgTarget) and target.path.conninfo == other.conninfo:
            raise StoreError(other.display, "is this library itself: nothing to merge")
        return Library.open(other, create=False, readonly=True)
    if not other.exists():
        raise StoreError(other, "no such library file")
    if not other.is_file():
        raise StoreError(other, "is not a regular file: only a replay library file can be merged")
    try:
        if isinstance(target.path, Path) and other.samefile(target.path):
            raise StoreError(other, "is this library itself: nothing to merge")
    except OSError:
        pass
    return Library.open(other, create=False, readonly=True)


def merge(target: Library, other_path: str | Path | PgTarget) -> MergeReport:
    """Merge the library at ``other_path`` into ``target`` (all-or-nothing; see module doc).

    ``other_path`` is a library file or a PostgreSQL library (the ``--db`` rule,
    :func:`replay.store.target.parse_target`); either is opened read-only.

    Raises
    ------
    StoreError
        The other file is missing, not a replay library, newer, damaged, or needs an
        upgrade (open it once with replay); or the target cannot be written. Nothing changed.
    """
    other_path = parse_target(other_path)
    report = MergeReport(other=str(other_path))
    with _open_other(target, other_path) as other:
        src = other.db.conn
        with other.guard():
            sessions = src.execute(
                f"SELECT id, {_SESSION_COLS} FROM sessions ORDER BY id"
            ).fetchall()
            categories = src.execute(
                "SELECT code, label, description, position, active FROM categories"
            ).fetchall()
            tags = src.execute(f"SELECT {_TAG_COLS} FROM tags ORDER BY id").fetchall()
            done = src.execute("SELECT session_id, reviewer, done_at FROM session_done").fetchall()
            consensus = src.execute(
                f"SELECT {_CONSENSUS_COLS} FROM consensus_decisions ORDER BY id"
            ).fetchall()
        with target.write() as db:
            dst = db.conn
            id_map: dict[int, int] = {}
            for row in sessions:
                other_id, values = int(row[0]), row[1:]
                content_hash = values[8]
                found = dst.execute(
                    "SELECT id FROM sessions WHERE content_hash = ?", [content_hash]
                ).fetchone()
                if found is not None:
                    id_map[other_id] = int(found[0])
                    report.sessions_matched += 1
                    continue
                marks = ",".join("?" * len(values))
                cur = dst.execute(
                    f"INSERT INTO sessions ({_SESSION_COLS}) VALUES ({marks})", values
                )
                new_id = int(cur.lastrowid or 0)
                id_map[other_id] = new_id
                report.sessions_added += 1
                with other.guard():
                    channels = src.execute(
                        'SELECT channel, "column", dtype, n, data FROM channels WHERE session_id=?',
                        [other_id],
                    ).fetchall()
                    texts = src.execute(
                        "SELECT name, json FROM session_texts WHERE session_id=?", [other_id]
                    ).fetchall()
                    chunks = src.execute(
                        'SELECT channel, "column", seq, data FROM channel_chunks'
                        " WHERE session_id=?",
                        [other_id],
                    ).fetchall()
                    detection = src.execute(
                        f"SELECT {_DETECTION_COLS} FROM detections WHERE session_id=?", [other_id]
                    ).fetchone()
                dst.executemany(
                    'INSERT INTO channels (session_id, channel, "column", dtype, n, data)'
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [(new_id, *c) for c in channels],
                )
                dst.executemany(
                    'INSERT INTO channel_chunks (session_id, channel, "column", seq, data)'
                    " VALUES (?, ?, ?, ?, ?)",
                    [(new_id, *c) for c in chunks],
                )
                dst.executemany(
                    "INSERT INTO session_texts (session_id, name, json) VALUES (?, ?, ?)",
                    [(new_id, *t) for t in texts],
                )
                for table, cols in _SESSION_TABLES:
                    with other.guard():
                        rows = src.execute(
                            f"SELECT {cols} FROM {table} WHERE session_id=?", [other_id]
                        ).fetchall()
                    marks = ",".join("?" * (cols.count(",") + 1))
                    dst.executemany(
                        f"INSERT INTO {table} (session_id, {cols}) VALUES (?, {marks})",
                        [(new_id, *r) for r in rows],
                    )
                if detection is not None:
                    dst.execute(
                        f"INSERT INTO detections (session_id, {_DETECTION_COLS})"
                        f" VALUES (?, {','.join('?' * len(detection))})",
                        [new_id, *detection],
                    )

            for code, label, description, position, active in categories:
                have = dst.execute("SELECT label FROM categories WHERE code=?", [code]).fetchone()
                if have is None:
                    dst.execute(
                        "INSERT INTO categories (code, label, description, position, active)"
                        " VALUES (?, ?, ?, ?, ?)",
                        [code, label, description, position, active],
                    )
                    report.categories_added.append(str(code))
                elif have[0] != label:
                    report.conflicts.append(
                        {
                            "kind": "category_label",
                            "category": code,
                            "here": have[0],
                            "other": label,
                            "kept": "here",
                        }
                    )

            for row in tags:
                _merge_tag(dst, src, other, _tag(row), id_map, report, other_path.name)

            for sid, reviewer, done_at in done:
                cur = dst.execute(
                    "INSERT OR IGNORE INTO session_done (session_id, reviewer, done_at)"
                    " VALUES (?, ?, ?)",
                    [id_map[int(sid)], reviewer, done_at],
                )
                report.done_marks_added += cur.rowcount
            for row in consensus:
                values = list(row)
                values[1] = id_map[int(values[1])]
                cur = dst.execute(
                    f"INSERT OR IGNORE INTO consensus_decisions ({_CONSENSUS_COLS})"
                    f" VALUES ({','.join('?' * len(values))})",
                    values,
                )
                report.consensus_added += cur.rowcount
    return report


def _merge_tag(
    dst: Any,
    src: Any,
    other: Library,
    tag: Tag,
    id_map: dict[int, int],
    report: MergeReport,
    other_name: str,
) -> None:
    with other.guard():
        history = src.execute(
            "SELECT action, before_json, after_json, at, reviewer, undone FROM tag_history"
            " WHERE tag_id=? ORDER BY seq",
            [tag.id],
        ).fetchall()
    session_id = id_map[tag.session_id]
    if tag.uid is None:  # cannot happen after migration 3; treat as a new tag
        return
    found = dst.execute(f"SELECT {_TAG_COLS} FROM tags WHERE uid=?", [tag.uid]).fetchone()
    if found is None:
        cur = dst.execute(
            "INSERT INTO tags (session_id, start_ms, end_ms, category, severity, note, reviewer,"
            " spike_id, signals_json, created_at, updated_at, deleted_at, origin, uid)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                session_id, tag.start_ms, tag.end_ms, tag.category, tag.severity, tag.note,
                tag.reviewer, tag.spike_id, json.dumps(list(tag.signals), ensure_ascii=False),
                tag.created_at, tag.updated_at, tag.deleted_at, tag.origin, tag.uid,
            ],
        )  # fmt: skip
        new_id = int(cur.lastrowid or 0)
        _append_history(dst, history, new_id, session_id, other_name)
        report.tags_added += 1
        report.history_added += len(history)
        return
    mine = _tag(found)
    if _state(mine) == _state(tag):
        report.tags_unchanged += 1
        return
    local_history = dst.execute(
        "SELECT action, at, after_json FROM tag_history WHERE tag_id=? ORDER BY seq", [mine.id]
    ).fetchall()
    theirs = _history_keys([(h[0], h[3], h[2]) for h in history])
    ours = _history_keys(local_history)
    if len(theirs) > len(ours) and theirs[: len(ours)] == ours:
        dst.execute(
            "UPDATE tags SET start_ms=?, end_ms=?, category=?, severity=?, note=?, reviewer=?,"
            " spike_id=?, signals_json=?, updated_at=?, deleted_at=?, version = version + 1"
            " WHERE id=?",
            [
                tag.start_ms, tag.end_ms, tag.category, tag.severity, tag.note, tag.reviewer,
                tag.spike_id, json.dumps(list(tag.signals), ensure_ascii=False), tag.updated_at,
                tag.deleted_at, mine.id,
            ],
        )  # fmt: skip
        _append_history(dst, history[len(ours) :], mine.id, mine.session_id, other_name)
        report.tags_updated += 1
        report.history_added += len(history) - len(ours)
    elif len(ours) >= len(theirs) and ours[: len(theirs)] == theirs:
        report.tags_kept_newer += 1
    else:
        report.conflicts.append(
            {
                "kind": "tag_edited_in_both",
                "uid": tag.uid,
                "tag_id": mine.id,
                "session_id": mine.session_id,
                "reviewer": mine.reviewer,
                "here": _state(mine),
                "other": _state(tag),
                "kept": "here",
            }
        )


def _append_history(
    dst: Any, rows: list[tuple[Any, ...]], tag_id: int, session_id: int, other_name: str
) -> None:
    for action, before, after, at, reviewer, undone in rows:
        dst.execute(
            "INSERT INTO tag_history (tag_id, session_id, action, before_json, after_json, at,"
            " reviewer, undone, merged_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                tag_id, session_id, action, _retarget(before, tag_id, session_id),
                _retarget(after, tag_id, session_id), at, reviewer, undone, other_name,
            ],
        )  # fmt: skip
