"""Every command that takes ``--db`` runs on a PostgreSQL library as on a SQLite file.

One SQLite file and one PostgreSQL database (the session's server, tests/pgserver.py) are
built once for the module by the same steps (rrweb recordings with their pages and a
Balabit mouse log imported, detected, tagged, outcomes imported) and every later step runs
on both. Where the output is deterministic it is compared after the library's name, the
output folder, wall-clock times, elapsed times and tags' random uids are replaced by
placeholders (:func:`normalise`); files the commands write
are compared too: PNG frames and heatmaps pixel for pixel, clips by frame count and
duration, CSV and HTML as text. ``test_every_db_command_is_covered`` walks
``replay.cli.LAZY`` and fails when a command (or subcommand) with ``--db`` has no step
here, so the coverage stays complete.

The steps run in order (each one's state is the next one's start) on both libraries; a
step's two commands run at the same time, one process per backend (they share nothing).
They include a reviewer's whole flow (what tests/store/test_cli_backends.py ran apart,
the same commands a second time): the session filters, a stale ``--if-version`` edit
refused, consensus answered on stdin, blind mode seen by another reviewer, a deleted
session refused, and every reviewer's tags (``SPECIAL``: exit codes, stdin, expected text).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
import pytest

REPO = Path(__file__).resolve().parents[2]
_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|\+00:00| UTC)?|\d{8}T\d{6}Z"
)
_ELAPSED = re.compile(r"(in |, )\d+(\.\d+)? ?(s|ms)\b")
_UID = re.compile(r"\b[0-9a-f]{32}\b")


#: Qt WebEngine's and Chromium's own log lines on stderr (process ids, GPU, D-Bus):
#: the same on both backends but for their numbers, and none of replay's output.
_QT_NOISE = re.compile(r"^\[\d+:\d+:|^QRhi|^Failed to create RHI|^GPUInfo|^Fontconfig|^qt\.|^js: ")
RRWEB = (
    "dev-rage-desktop-wide.rrweb.json",
    "dev-dead-clicks-laptop.rrweb.json",
    "dev-calm-desktop-basket.rrweb.json",
)
#: For ``replay batch load``: scored once (Dask, 1 worker), loaded into both libraries.
BATCH = ("dev-rotation-phone.rrweb.json", "dev-form-reentry-wide.rrweb.json")


@dataclass
class Side:
    """One backend's library, output folder and settings folder."""

    db: str
    folder: Path
    env: dict[str, str] = field(default_factory=dict)


@dataclass
class World:
    """Both libraries and the inputs the steps share."""

    sqlite: Side
    postgres: Side
    inputs: dict[str, str]
    pg_server: Any

    @property
    def sides(self) -> tuple[Side, Side]:
        return (self.sqlite, self.postgres)


def normalise(text: str, db: str, folder: Path) -> str:
    from replay.store.target import parse_target

    name = parse_target(db).name
    # The started-at dates of the recordings are data, not wall-clock: keep those that are
    # not today's (the recordings are from 2026-11; tests run later).
    text = text.replace(db, "<LIB>").replace(str(folder), "<DIR>").replace(name, "<NAME>")
    text = _ELAPSED.sub(r"\1<ELAPSED>", text)
    text = _UID.sub("<UID>", text)  # a tag's random identity across files
    return _TIME.sub("<TIME>", text)


def at(a: str, b: str) -> int:
    """A little before where ``a`` and ``b`` first differ."""
    first = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return max(first - 200, 0)


def _start(
    side: Side, args: list[str], *, db: bool = True, stdin: bool = False
) -> subprocess.Popen[str]:
    env = {**os.environ, "REPLAY_REVIEWER": "ana", "PYTHONIOENCODING": "utf-8", **side.env}
    env.pop("REPLAY_DB", None)
    command = [sys.executable, "-m", "replay", *args, *(["--db", side.db] if db else [])]
    return subprocess.Popen(
        command,
        stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )


def _finish(
    proc: subprocess.Popen[str],
    side: Side,
    args: list[str],
    *,
    code: int,
    stdin: str | None = None,
) -> str:
    try:
        stdout, stderr = proc.communicate(input=stdin, timeout=300)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise
    assert proc.returncode == code, (args, side.db, stdout, stderr)
    stderr = "".join(ln for ln in stderr.splitlines(True) if not _QT_NOISE.search(ln))
    return normalise(stdout + "\n--stderr--\n" + stderr, side.db, side.folder)


def run(side: Side, args: list[str], *, code: int = 0, db: bool = True) -> str:
    """Run ``replay ARGS --db SIDE`` in a new process; return its normalised output."""
    return _finish(_start(side, args, db=db), side, args, code=code)


def run_each(
    jobs: list[tuple[Side, list[str]]], *, code: int = 0, stdin: str | None = None
) -> list[str]:
    """Run several commands at once, each in its own process (the two backends' libraries,
    folders and settings are apart: nothing they do can meet); return their outputs in order.
    """
    procs = [(_start(side, args, stdin=stdin is not None), side, args) for side, args in jobs]
    try:
        return [_finish(proc, side, args, code=code, stdin=stdin) for proc, side, args in procs]
    finally:
        for proc, _side, _args in procs:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()


@pytest.fixture(scope="module")
def world(
    pg_server: Any,
    tmp_path_factory: pytest.TempPathFactory,
    rrweb_dir: Path,
    balabit_files: list[Path],
) -> Iterator[World]:
    base = tmp_path_factory.mktemp("every")
    names = [pg_server.create_database() for _ in range(2)]
    sqlite = Side(str(base / "lib-s" / "library.sqlite"), base / "lib-s")
    postgres = Side(pg_server.url(names[0]), base / "lib-p")
    for side in (sqlite, postgres):
        side.folder.mkdir()
        side.env = {"REPLAY_SETTINGS_DIR": str(side.folder / "settings")}
    # Inputs both sides share: a Parquet of scores, an outcomes CSV, another reviewer's
    # library on each backend (merged into both).
    shared = base / "inputs"
    shared.mkdir()
    parquet = shared / "scores.parquet"
    batch = subprocess.Popen(  # while the other reviewer's libraries are built
        [
            *(sys.executable, "-m", "replay", "batch", "detect"),
            *(str(rrweb_dir / f) for f in BATCH),
            *("--out", str(parquet), "--workers", "1"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    outcomes = shared / "outcomes.csv"
    outcomes.write_text(
        "session_id,converted,value,currency\n1,1,42.50,EUR\n2,0,,EUR\n3,1,10,EUR\n4,0,,EUR\n",
        "utf-8",
    )
    other_sqlite = Side(str(shared / "zoe.sqlite"), shared)
    other_pg = Side(pg_server.url(names[1]), shared)
    for args in (
        ["import", str(rrweb_dir / RRWEB[0]), str(rrweb_dir / BATCH[0])],
        ["--reviewer", "zoe", "tag", "add", "1", "--at", "3000", "--category", "other"],
        ["--reviewer", "zoe", "tag", "add", "2", "--at", "200", "--category", "other"],
    ):
        run_each([(other_sqlite, args), (other_pg, args)])
    out, err = batch.communicate(timeout=300)
    assert batch.returncode == 0, (out, err)
    inputs = {
        "rrweb": str(rrweb_dir),
        "balabit": str(balabit_files[0]),
        "parquet": str(parquet),
        "outcomes": str(outcomes),
        "other_sqlite": other_sqlite.db,
        "other_pg": other_pg.db,
    }
    try:
        yield World(sqlite, postgres, inputs, pg_server)
    finally:
        for name in names:
            pg_server.drop_database(name)


def png_pixels(path: Path) -> tuple[tuple[int, int], bytes]:
    from PIL import Image

    with Image.open(path) as image:
        rgba = image.convert("RGBA")
        return rgba.size, rgba.tobytes()


def gif_frames(path: Path) -> tuple[int, int]:
    """Frame count and total duration (ms) of an animated GIF or WebP."""
    from PIL import Image

    with Image.open(path) as image:
        frames = getattr(image, "n_frames", 1)
        total = 0
        for i in range(frames):
            image.seek(i)
            total += int(image.info.get("duration", 0))
    return frames, total


# (command as covered, args) in the order they run; {out} is the side's folder, other
# {names} are World.inputs. A "*" before the command: not compared (an app window).
STEPS: list[tuple[str, list[str]]] = [
    ("import", ["import", *(f"{{rrweb}}/{f}" for f in RRWEB), "{balabit}"]),
    ("import", ["import", "--json", f"{{rrweb}}/{RRWEB[0]}"]),
    ("detect", ["detect"]),
    ("sessions", ["sessions", "--json"]),
    ("sessions", ["sessions", "--sort", "score", "--desc", "--url", "*basket*"]),
    ("sessions", ["sessions"]),
    ("sessions", ["sessions", "--search", "rage desktop"]),
    ("sessions", ["sessions", "--signal", "rage_click"]),
    ("sessions", ["sessions", "--min-score", "1"]),
    ("info", ["info", "1", "--json"]),
    ("info", ["info", "4"]),
    ("signals", ["signals", "1"]),
    ("tag add", ["tag", "add", "1", "--at", "1000", "--category", "other", "--note", "ไทย"]),
    ("tag add", ["--reviewer", "ben", "tag", "add", "1", "--at", "1100", "--category", "other"]),
    ("tag add", ["tag", "add", "2", "--at", "500", "--end", "900", "--category", "form_problem"]),
    ("tag add", ["tag", "add", "4", "--at", "2000", "--category", "other"]),
    ("tag edit", ["tag", "edit", "1", "--note", "edited", "--json"]),
    ("tag edit", ["tag", "edit", "1", "--note", "stale", "--if-version", "1"]),  # refused
    ("tag list", ["tag", "list", "--json"]),
    ("tag delete", ["tag", "delete", "3"]),
    ("tag restore", ["tag", "restore", "3"]),
    ("tag undo", ["tag", "undo"]),
    ("tag redo", ["tag", "redo"]),
    ("tag history", ["tag", "history", "1", "--json"]),
    ("codebook add", ["codebook", "add", "custom_code", "--label", "Custom คำ"]),
    ("codebook edit", ["codebook", "edit", "custom_code", "--label", "Custom 2"]),
    ("codebook deactivate", ["codebook", "deactivate", "custom_code"]),
    ("codebook", ["codebook", "--json"]),
    ("export", ["export", "--out", "{out}/tags.csv", "--include-spikes"]),
    ("evaluate", ["evaluate", "--truth", "{rrweb}/truth.csv", "--json"]),
    ("outcomes import", ["outcomes", "import", "{outcomes}", "--json"]),
    ("outcomes", ["outcomes", "--json"]),
    ("pages", ["pages", "--json"]),
    ("elements", ["elements", "--json"]),
    ("heatmap", ["heatmap", "--kind", "clicks", "--out", "{out}/heat.png", "--json"]),
    ("heatmap", ["heatmap", "--kind", "tags", "--no-page", "--out", "{out}/heat-tags.png"]),
    ("frame", ["frame", "1", "--at", "2500", "--out", "{out}/frame.png", "--size", "640x400"]),
    ("frame", ["frame", "4", "--at", "3000", "--no-page", "--out", "{out}/frame-mouse.png"]),
    (
        "clip",
        [
            *("clip", "1", "--from", "0", "--to", "1500", "--no-page"),
            *("--size", "320x200", "--out", "{out}/clip.gif"),
        ],
    ),
    ("agreement", ["agreement", "--json"]),
    ("tag add", ["--reviewer", "ben", "tag", "add", "2", "--at", "600", "--category", "other"]),
    ("consensus", ["consensus", "--reviewer", "lead", "--list", "--json"]),
    ("consensus", ["consensus", "--reviewer", "lead"]),  # interactive: answers on stdin
    ("calibrate", ["calibrate", "--json"]),
    ("report", ["report", "--no-page", "--out", "{out}/report.html"]),
    ("blind", ["blind", "on"]),
    ("done", ["done", "1"]),
    ("sessions", ["--reviewer", "ben", "sessions", "--json"]),  # blind: another reviewer
    ("blind", ["blind", "off", "--json"]),
    ("merge", ["merge", "{other_sqlite}", "--json"]),
    ("merge", ["merge", "{other_pg}", "--json"]),
    ("merge", ["merge", "{other_pg}"]),  # twice: nothing more
    ("tag list", ["tag", "list", "--deleted", "--json"]),
    ("batch load", ["batch", "load", "{parquet}", "--top", "1"]),
    ("batch load", ["batch", "load", "{parquet}", "--min-score", "0"]),
    ("sessions", ["sessions", "--json"]),
    (
        "*app",
        [
            *("app", "--session", "1", "--at", "1000", "--size", "800x600"),
            *("--screenshot", "{out}/app.png"),
        ],
    ),
    ("*open", ["open", "replay://{hash1}?t=999999", "--screenshot", "{out}/open.png"]),
    ("delete", ["delete", "3", "--yes"]),
    ("sessions", ["sessions", "--json"]),
    ("info", ["info", "3"]),  # deleted: refused
]
#: Steps that are not a plain success: exit code, stdin, text the output must hold (on both).
SPECIAL: dict[str, dict[str, Any]] = {
    "tag edit 1 --note stale --if-version 1": {
        "code": 1,
        "expect": ["was changed by someone else", "now version 2"],
    },
    "consensus --reviewer lead": {"stdin": "1\n" * 10 + "q\n"},
    "info 3": {"code": 1, "expect": ["no session #3"]},
    "tag list --json": {"expect": ['"ana"', '"ben"']},
    # every reviewer's tags, after consensus (lead) and the merges (zoe)
    "tag list --deleted --json": {"expect": ['"ana"', '"ben"', '"lead"', '"zoe"']},
    "export --out {out}/tags.csv --include-spikes": {"file": ("tags.csv", "edited")},
}
#: Files the steps write, compared between the two sides after their step.
FILES = {
    "tags.csv": "text",
    "report.html": "text",
    "heat.png": "pixels",
    "heat-tags.png": "pixels",
    "frame.png": "pixels",
    "frame-mouse.png": "pixels",
    "clip.gif": "frames",
    "app.png": "exists",
    "open.png": "exists",
}


def fill(args: list[str], world: World, side: Side, extra: dict[str, str]) -> list[str]:
    values = {**world.inputs, **extra, "out": str(side.folder)}
    return [a.format(**values) for a in args]


def compare_file(name: str, kind: str, world: World) -> None:
    a, b = (s.folder / name for s in world.sides)
    assert a.is_file(), name
    assert b.is_file(), name
    if kind == "text":
        ta = normalise(a.read_text("utf-8-sig"), world.sqlite.db, world.sqlite.folder)
        tb = normalise(b.read_text("utf-8-sig"), world.postgres.db, world.postgres.folder)
        assert ta == tb, (
            name,
            ta[at(ta, tb) : at(ta, tb) + 600],
            tb[at(ta, tb) : at(ta, tb) + 600],
        )
    elif kind == "pixels":
        assert a.read_bytes() == b.read_bytes() or png_pixels(a) == png_pixels(b), name
    elif kind == "frames":
        assert gif_frames(a) == gif_frames(b), name
        assert gif_frames(a)[0] > 10
    else:
        assert png_pixels(a)[0] == png_pixels(b)[0], name


@pytest.mark.full
@pytest.mark.parametrize(
    ("covers", "args"), STEPS, ids=[f"{i:02d}-{c}" for i, (c, _) in enumerate(STEPS)]
)
def test_step_prints_the_same_on_both_backends(world: World, covers: str, args: list[str]) -> None:
    extra: dict[str, str] = {}
    if "{hash1}" in " ".join(args):
        info = run(world.sqlite, ["info", "1", "--json"]).split("\n--stderr--")[0]
        extra["hash1"] = json.loads(info)["content_hash"]
    before = {s.folder: {p.name for p in s.folder.iterdir()} for s in world.sides}
    special = SPECIAL.get(" ".join(args), {})
    outputs = run_each(
        [(side, fill(args, world, side, extra)) for side in world.sides],
        code=special.get("code", 0),
        stdin=special.get("stdin"),
    )
    for text in outputs:
        for wanted in special.get("expect", ()):
            assert wanted in text, (args, wanted, text[:2000])
    if "file" in special:
        name, wanted = special["file"]
        for side in world.sides:
            assert wanted in (side.folder / name).read_text("utf-8-sig"), (name, wanted)
    if not covers.startswith("*"):
        a, b = outputs
        assert a == b, (
            f"`replay {' '.join(args)}`:\n  sqlite:     {a[at(a, b) : at(a, b) + 600]!r}\n"
            f"  postgresql: {b[at(a, b) : at(a, b) + 600]!r}"
        )
    for side in world.sides:
        for name in {p.name for p in side.folder.iterdir()} - before[side.folder]:
            if name in FILES:
                compare_file(name, FILES[name], world)
                break


@pytest.mark.full
def test_a_deep_link_finds_a_postgresql_library_among_the_recent_ones(world: World) -> None:
    """``replay open`` without the library: it is a recently opened PostgreSQL library.

    The default library (--db) is a file that does not exist; the app's settings list a
    missing file, then the PostgreSQL library (as the app's Open Library dialog leaves
    them). The link's moment past the end is kept inside the session, as for a file.
    """
    from replay.model.links import Moment
    from replay.store.links import locate
    from replay.store.target import parse_target

    side = world.postgres
    info = json.loads(run(side, ["info", "1", "--json"]).split("\n--stderr--")[0])
    settings = side.folder / "link-settings"
    (settings / "replay").mkdir(parents=True)
    missing = side.folder / "gone.sqlite"
    (settings / "replay" / "replay.ini").write_text(
        f'[library]\nrecent="{missing}\\n{side.db}"\n', "utf-8"
    )
    elsewhere = Side(
        str(side.folder / "none.sqlite"), side.folder, {"REPLAY_SETTINGS_DIR": str(settings)}
    )
    shot = side.folder / "link.png"
    link = f"replay://{info['content_hash'][:12]}?t=1000"
    run(elsewhere, ["open", link, "--screenshot", str(shot)])
    assert shot.stat().st_size > 0
    assert not Path(elsewhere.db).exists()  # a link never creates a library
    assert not missing.exists()
    # Which library and moment it resolved to, on both backends: the same.
    for one in world.sides:
        found = locate(Moment(info["content_hash"], 10**9), [parse_target(one.db)])
        assert found.library == parse_target(one.db)
        assert (found.session_id, found.t_ms) == (1, info["duration_ms"])
    # Unknown everywhere: one line naming the libraries tried, exit 1.
    text = run(elsewhere, ["open", "replay://" + "0" * 12, "--screenshot", str(shot)], code=1)
    assert "no known library holds session" in text
    assert "<NAME>" in text or side.db in text or "tried:" in text


@pytest.mark.full
def test_merge_from_postgresql_is_read_only_and_refuses_in_one_line(world: World) -> None:
    """``replay merge OTHER`` with OTHER on PostgreSQL: only read; bad OTHERs are one line."""
    other = Side(world.inputs["other_pg"], world.postgres.folder)
    before = run(other, ["tag", "history", "1", "--json"])
    run(world.sqlite, ["merge", other.db])
    assert run(other, ["tag", "history", "1", "--json"]) == before
    itself = run(world.postgres, ["merge", world.postgres.db], code=1)
    assert "is this library itself: nothing to merge" in itself
    with_password = other.db.replace("replay_test@", "replay_test:hunter2@")
    refused = run(world.sqlite, ["merge", with_password], code=1)
    assert "a password in the library address is refused" in refused
    assert "hunter2" not in refused
    empty = world.pg_server.create_database()
    try:
        text = run(world.sqlite, ["merge", world.pg_server.url(empty)], code=1)
        assert "no library here" in text
        assert "Traceback" not in text
    finally:
        world.pg_server.drop_database(empty)


def _db_commands() -> set[str]:
    import importlib

    from replay.cli import LAZY, cli

    def walk(command: click.Command, path: list[str]) -> Iterator[str]:
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                yield from walk(sub, [*path, name])
        if any(p.name == "db" for p in command.params):
            yield " ".join(path)

    found: set[str] = set()
    for name, (module, _) in LAZY.items():
        importlib.import_module(module)
        command = cli.get_command(click.Context(cli), name)
        assert command is not None, name
        found.update(walk(command, [name]))
    return found


def test_every_db_command_is_covered() -> None:
    """A new command (or subcommand) with --db must get a step here."""
    covered = {c.lstrip("*") for c, _ in STEPS}
    missing = _db_commands() - covered
    assert not missing, f"commands with --db that no step runs on PostgreSQL: {sorted(missing)}"
