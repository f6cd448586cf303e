"""Child process for the kill tests: a burst of tag adds, edits and deletes.

Usage: ``tag_child.py DB SEED COUNT SESSION_ID...``. Before each store call it prints
``intent <json>`` and after the call returns ``done <json>`` (flushed), where the JSON is
the tag's expected state ``{"id", "start_ms", "end_ms", "category", "severity", "note",
"deleted"}``; for an add the intent has ``"id": null``. The parent kills it at a random
moment and checks that every ``done`` state is in the library (or the one in-flight
``intent`` that may have committed just before the kill).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

from replay.store.library import Library
from replay.store.tags import TagStore

NOTES = ("ปุ่มไม่ทำงาน", "버튼이 반응하지 않음", "按钮没有反应", "button does nothing", "=1+1")
CATEGORIES = ("broken_link_or_button", "slow_response", "form_problem", "other")


def state(tag: Any, *, deleted: bool = False) -> dict[str, Any]:
    """The fields the parent checks, from a stored tag."""
    return {
        "id": tag.id,
        "start_ms": tag.start_ms,
        "end_ms": tag.end_ms,
        "category": tag.category,
        "severity": tag.severity,
        "note": tag.note,
        "deleted": deleted,
    }


def say(kind: str, obj: dict[str, Any]) -> None:
    sys.stdout.write(f"{kind} {json.dumps(obj, ensure_ascii=False)}\n")
    sys.stdout.flush()


def main(argv: list[str]) -> None:
    db, seed, count = Path(argv[0]), int(argv[1]), int(argv[2])
    sessions = [int(a) for a in argv[3:]]
    rng = random.Random(seed)
    library = Library.open(db)
    tags = TagStore(library.db)
    live: dict[int, dict[str, Any]] = {}
    # A tag lies within its session (issue 10): draw times inside the shortest one.
    span = min(library.session_row(s).duration_ms for s in sessions)
    say("ready", {})
    for i in range(count):
        roll = rng.random()
        if not live or roll < 0.6:
            start = rng.randrange(0, max(span, 1))
            want = {
                "id": None,
                "start_ms": start,
                "end_ms": None
                if rng.random() < 0.5
                else min(start + rng.randrange(0, 5_000), span),
                "category": rng.choice(CATEGORIES),
                "severity": rng.randrange(0, 5),
                "note": f"{rng.choice(NOTES)} #{seed}.{i}",
                "deleted": False,
            }
            say("intent", want)
            tag = tags.add(
                rng.choice(sessions),
                start_ms=want["start_ms"],
                end_ms=want["end_ms"],
                category=want["category"],
                severity=want["severity"],
                note=want["note"],
                reviewer="kill-test",
            )
            live[tag.id] = state(tag)
            say("done", live[tag.id])
        elif roll < 0.85:
            tag_id = rng.choice(sorted(live))
            want = {**live[tag_id], "note": f"edited {rng.choice(NOTES)} #{seed}.{i}",
                    "severity": rng.randrange(0, 5)}  # fmt: skip
            say("intent", want)
            tag = tags.edit(tag_id, note=want["note"], severity=want["severity"])
            live[tag_id] = state(tag)
            say("done", live[tag_id])
        else:
            tag_id = rng.choice(sorted(live))
            want = {**live.pop(tag_id), "deleted": True}
            say("intent", want)
            tags.delete(tag_id)
            say("done", want)
    library.close()
    say("finished", {})


if __name__ == "__main__":
    main(sys.argv[1:])
