"""One CLI, two backends: a reviewer's whole flow prints the same on PostgreSQL as on SQLite.

The same commands run against a new SQLite file and a new PostgreSQL database (a real
server, tests/pgserver.py); every output is compared after the library's name and the
wall-clock times (import, tag, detection times), elapsed times and the tags' random uids
are replaced by placeholders. Files the
commands write (the CSV export, the agreement CSV) are compared byte for byte the same way.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|\+00:00| UTC)?|\d{8}T\d{6}Z"
)
_ELAPSED = re.compile(r"(in |, )\d+(\.\d+)? ?(s|ms)\b")
_UID = re.compile(r"\b[0-9a-f]{32}\b")
FILES = (
    "dev-rage-desktop-wide.rrweb.json",
    "dev-dead-clicks-laptop.rrweb.json",
    "dev-calm-desktop-basket.rrweb.json",
    "dev-rotation-phone.rrweb.json",
)


def run(db: str, *args: str, code: int = 0, stdin: str | None = None) -> str:
    env = {**os.environ, "REPLAY_REVIEWER": "ana", "PYTHONIOENCODING": "utf-8"}
    env.pop("REPLAY_DB", None)
    proc = subprocess.run(
        [sys.executable, "-m", "replay", *args, "--db", db],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        input=stdin,
        timeout=300,
    )
    assert proc.returncode == code, (args, proc.stdout, proc.stderr)
    return proc.stdout + "\n--stderr--\n" + proc.stderr


def normalise(text: str, db: str, folder: Path) -> str:
    from replay.store.target import parse_target

    name = parse_target(db).name
    # The started-at dates of the recordings are data, not wall-clock: keep those that are
    # not today's (the recordings are from 2026-11; tests run later).
    text = text.replace(db, "<LIB>").replace(str(folder), "<DIR>").replace(name, "<NAME>")
    text = _ELAPSED.sub(r"\1<ELAPSED>", text)
    text = _UID.sub("<UID>", text)  # a tag's random identity across files
    return _TIME.sub("<TIME>", text)


def flow(db: str, folder: Path, rrweb_dir: Path) -> list[tuple[str, str]]:
    """Run the flow; return (step, normalised output) pairs, files included."""
    folder.mkdir(parents=True, exist_ok=True)
    out: list[tuple[str, str]] = []

    def step(*args: str, code: int = 0, stdin: str | None = None) -> None:
        text = run(db, *args, code=code, stdin=stdin)
        out.append((" ".join(args), normalise(text, db, folder)))

    step("import", *(str(rrweb_dir / f) for f in FILES))
    step("import", "--json", str(rrweb_dir / FILES[0]))  # a re-import: the same session
    step("detect")
    step("sessions")
    step("sessions", "--json")
    step("sessions", "--sort", "score", "--desc")
    step("sessions", "--search", "rage desktop")
    step("sessions", "--signal", "rage_click")
    step("sessions", "--url", "*basket*")
    step("sessions", "--min-score", "1")
    step("info", "1", "--json")
    step("signals", "1")
    step("tag", "add", "1", "--at", "1000", "--category", "other", "--note", "ไทย 한국어 中文")
    step("tag", "add", "2", "--at", "500", "--end", "900", "--category", "form_problem")
    step("--reviewer", "ben", "tag", "add", "1", "--at", "1200", "--category", "other")
    step("tag", "edit", "1", "--note", "edited", "--json")
    step("tag", "edit", "1", "--note", "stale", "--if-version", "1", code=1)
    step("tag", "list", "--json")
    step("tag", "undo")
    step("tag", "redo")
    step("tag", "history", "1", "--json")
    step("tag", "delete", "2")
    step("tag", "restore", "2")
    step("codebook", "add", "custom_code", "--label", "Custom คำ")
    step("codebook", "--json")
    step("export", "--out", str(folder / "tags.csv"), "--include-spikes")
    out.append(("tags.csv", normalise((folder / "tags.csv").read_text("utf-8-sig"), db, folder)))
    step("agreement", "--json")
    step("pages", "--json")
    step("elements", "--json")
    step("outcomes", "--json")
    # --no-page: the recorded page's rendering (Qt WebEngine) is not the backend's business
    step("heatmap", "--kind", "clicks", "--no-page", "--out", str(folder / "heat.png"), "--json")
    step("--reviewer", "ben", "tag", "add", "2", "--at", "600", "--category", "slow_response")
    step("consensus", "--reviewer", "lead", "--list", "--json")
    step("consensus", "--reviewer", "lead", stdin="1\n" * 10 + "q\n")
    step("calibrate", "--json")
    step("report", "--no-page", "--out", str(folder / "report.html"))
    report = (folder / "report.html").read_text("utf-8")
    out.append(("report.html", normalise(report, db, folder)))
    # Another reviewer's file merged in (a SQLite file on both runs).
    other = str(folder / "zoe.sqlite")
    run(other, "import", str(rrweb_dir / FILES[0]))
    run(other, "--reviewer", "zoe", "tag", "add", "1", "--at", "3000", "--category", "other")
    step("merge", other, "--json")
    step("tag", "list", "--json")
    step("blind", "on")
    step("done", "1")
    step("--reviewer", "ben", "sessions", "--json")
    step("blind", "off")
    step("delete", "3", "--yes")
    step("sessions", "--json")
    step("info", "3", code=1)
    return out


def at(a: str, b: str) -> int:
    """A little before where ``a`` and ``b`` first differ."""
    first = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return max(first - 200, 0)


@pytest.mark.full
def test_the_same_flow_prints_the_same_on_both_backends(
    tmp_path: Path, pg_url: str, rrweb_dir: Path
) -> None:
    # The two flows share nothing (library, folder): they run at the same time.
    with ThreadPoolExecutor(2) as pool:
        sqlite_flow = pool.submit(
            flow, str(tmp_path / "library.sqlite"), tmp_path / "s", rrweb_dir
        )
        postgres_flow = pool.submit(flow, pg_url, tmp_path / "p", rrweb_dir)
        on_sqlite, on_postgres = sqlite_flow.result(), postgres_flow.result()
    differ = [
        f"`replay {name}`:\n  sqlite:     {a[at(a, b) : at(a, b) + 600]!r}\n"
        f"  postgresql: {b[at(a, b) : at(a, b) + 600]!r}"
        for (name, a), (_, b) in zip(on_sqlite, on_postgres, strict=True)
        if a != b
    ]
    assert not differ, "\n".join(differ)
    # The flow did something: sessions, tags, a CSV with the Thai note.
    tags = json.loads(dict(on_postgres)["tag list --json"].split("\n--stderr--")[0])
    assert {t["reviewer"] for t in tags} == {"ana", "ben", "lead", "zoe"}  # consensus, merge
    assert "ไทย 한국어 中文" not in dict(on_postgres)["tags.csv"]  # edited away
    assert "edited" in dict(on_postgres)["tags.csv"]
    stale = dict(on_postgres)["tag edit 1 --note stale --if-version 1"]
    assert "was changed by someone else" in stale
    assert "now version 2" in stale
