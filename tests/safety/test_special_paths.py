"""Devices, FIFOs, sockets, folders, symlinks and impossible names (issue 10, classes 3, 6, 7).

replay reads and writes only regular files. Every path below is real: FIFOs made with
``mkfifo``, a bound Unix socket, ``/dev/null``, ``/dev/full``, ``/dev/zero``, symlinks to
each of them and to nothing, folders, and names longer than the file system allows. Each
is given as the library (``--db``), the export target (``--out``), the screenshot target
and the file to import, to every command that takes it. Each must give one ``error:``
line and exit 1 within seconds (a FIFO opened for reading blocks forever: a SIGALRM
guard fails the test instead of hanging it), and the thing itself must be unchanged: a
device stays a device, no ``/dev/null-journal`` appears, nothing is created beside it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import sqlite3
import stat
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest
from click.testing import CliRunner
from safetykit import child_env, record, replay_cmd

from replay.cli import cli
from replay.errors import ImportFailed, StoreError
from replay.importers import find_session_files, import_file
from replay.store.library import Library

pytestmark = pytest.mark.full  # the safety suite runs in the full tier (README command)

DEVICES = [d for d in ("/dev/null", "/dev/full", "/dev/zero") if Path(d).exists()]


@contextlib.contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail (not hang) when the block takes longer than ``seconds``."""

    def alarm(_sig: int, _frame: FrameType | None) -> None:
        raise TimeoutError(f"still running after {seconds} s (a FIFO opened for reading?)")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def special_paths(folder: Path) -> dict[str, Path]:
    """Make every kind of not-a-regular-file in ``folder``; return them by name."""
    made: dict[str, Path] = {}
    fifo = folder / "fifo"
    os.mkfifo(fifo)
    made["fifo"] = fifo
    made["symlink to fifo"] = _link(folder / "to-fifo", fifo)
    sock_path = folder / "sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(sock_path))
    sock.close()  # the socket file stays
    made["socket"] = sock_path
    made["folder"] = folder / "a-folder"
    made["folder"].mkdir()
    made["symlink to folder"] = _link(folder / "to-folder", made["folder"])
    made["dangling symlink"] = _link(folder / "dangling", folder / "missing" / "x")
    made["symlink loop"] = _link(folder / "loop-a", folder / "loop-b")
    _link(folder / "loop-b", folder / "loop-a")
    for device in DEVICES:
        made[device] = Path(device)
        made[f"symlink to {device}"] = _link(folder / f"to-{Path(device).name}", Path(device))
    made["name too long"] = folder / ("n" * 300 + ".csv")
    made["path too long"] = folder.joinpath(*(["d" * 200] * 25), "x.csv")
    made["under a file"] = folder / "plain.txt" / "x.csv"
    (folder / "plain.txt").write_text("just text\n")
    return made


def _link(link: Path, target: Path) -> Path:
    link.symlink_to(target)
    return link


def snapshot(path: Path) -> tuple[int, int, int] | None:
    """What ``path`` is (kind, device numbers, size) without following or opening it."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return stat.S_IFMT(st.st_mode), st.st_rdev, st.st_size if stat.S_ISREG(st.st_mode) else 0


def listing(folder: Path) -> list[str] | None:
    try:
        return sorted(os.listdir(folder))
    except OSError:
        return None


def dev_listing() -> set[str]:
    return {p.name for p in Path("/dev").iterdir()}


@pytest.fixture
def paths(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "special"
    folder.mkdir()
    return special_paths(folder)


@pytest.fixture
def good_library(tmp_path: Path, rrweb_files: list[Path]) -> Path:
    db = tmp_path / "good" / "library.sqlite"
    db.parent.mkdir()
    with Library.open(db) as lib:
        lib.add_session(import_file(rrweb_files[0]))
    return db


def one_line_error(args: list[str]) -> str:
    """Run the CLI in process under a 20 s deadline; it must fail with one ``error:`` line."""
    with deadline(20):
        res = CliRunner().invoke(cli, args)
    assert res.exit_code == 1, (args, res.exit_code, res.output)
    assert res.output.startswith("error: "), (args, res.output)
    assert res.output.count("\n") == 1, (args, res.output)
    assert "Traceback" not in res.output
    return res.output.strip()


def test_not_regular_outputs_refused(
    paths: dict[str, Path], good_library: Path, tmp_path: Path
) -> None:
    """``--out`` of export, every kind: refused, the thing unchanged, nothing created."""
    dev_before = dev_listing()
    lines = []
    for name, target in paths.items():
        before = snapshot(target)
        folder_before = listing(target.parent)
        line = one_line_error(["export", "--db", str(good_library), "--out", str(target)])
        lines.append(f"{name}: {line}")
        assert snapshot(target) == before, name
        assert listing(target.parent) == folder_before, name
    assert dev_listing() == dev_before
    record(f"special export targets: {len(paths)} kinds (FIFO, socket, folder, /dev/null, "
           "/dev/full, /dev/zero, symlinks to each, dangling symlink, symlink loop, 300-char "
           "name, 5000-char path, path under a file) refused in one line, left unchanged")  # fmt: skip


@pytest.mark.parametrize(
    "command",
    [
        ["sessions"],
        ["import", "{rec}"],
        ["tag", "add", "1", "--at", "0", "--category", "other"],
        ["export", "--out", "{tmp}/out.csv"],
        ["info", "1"],
        ["codebook"],
    ],
    ids=["sessions", "import", "tag-add", "export", "info", "codebook"],
)
def test_not_regular_libraries_refused(
    paths: dict[str, Path], command: list[str], tmp_path: Path, rrweb_files: list[Path]
) -> None:
    """``--db`` of every command that opens a library: every kind refused, never hangs."""
    dev_before = dev_listing()
    for name, target in paths.items():
        if name == "under a file" and command == ["sessions"]:
            continue  # nothing there: "no library at ... yet", exit 0 (as for any new path)
        before = snapshot(target)
        args = [a.format(rec=rrweb_files[0], tmp=tmp_path) for a in command]
        line = one_line_error([*args, "--db", str(target)])
        assert "Usage" not in line, line
        assert snapshot(target) == before, name
        for suffix in ("-journal", "-wal", "-shm"):
            assert listing(target.parent) is None or f"{target.name}{suffix}" not in listing(
                target.parent
            ), f"{name}: {suffix} created"
    assert dev_listing() == dev_before, "a file appeared in /dev"


def test_not_regular_inputs_name_the_true_reason(paths: dict[str, Path]) -> None:
    """Importing a FIFO, socket, device or a symlink to one: 'not a regular file', never 'no such file'."""
    reasons = {}
    for name, target in paths.items():
        if name in ("folder", "symlink to folder"):
            continue
        with deadline(20):
            files, failures = find_session_files([str(target)])
        assert files == [], name
        assert len(failures) == 1, name
        reasons[name] = failures[0].reason
        if name in ("fifo", "symlink to fifo", "socket", *DEVICES,
                    *(f"symlink to {d}" for d in DEVICES)):  # fmt: skip
            assert "not a regular file" in failures[0].reason, (name, failures[0].reason)
        assert "no such file" not in failures[0].reason or name == "under a file", (name, reasons)
        with deadline(20), pytest.raises(ImportFailed):
            import_file(target)
    assert "does not exist" in reasons["dangling symlink"]


def test_fifo_library_and_input_in_real_processes(tmp_path: Path, rrweb_files: list[Path]) -> None:
    """The issue's cases as separate processes: a FIFO as library never hangs the CLI."""
    fifo = tmp_path / "lib.fifo"
    os.mkfifo(fifo)
    started = time.monotonic()
    for args in (["sessions", "--db", str(fifo)],
                 ["import", str(rrweb_files[0]), "--db", str(fifo)],
                 ["tag", "add", "1", "--at", "5", "--category", "other", "--db", str(fifo)],
                 ["export", "--out", str(tmp_path / "o.csv"), "--db", str(fifo)],
                 ["import", str(fifo), "--db", str(tmp_path / "ok.sqlite")]):  # fmt: skip
        proc = subprocess.run(replay_cmd(*args), capture_output=True, text=True,
                              env=child_env(), timeout=60, check=False)  # fmt: skip
        assert proc.returncode == 1, (args, proc.stderr)
        assert "Traceback" not in proc.stderr
        assert "not a regular file" in proc.stderr, proc.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    record(f"FIFO as library and as input: 5 CLI processes refused in "
           f"{time.monotonic() - started:.1f} s in all (they used to hang forever)")  # fmt: skip


@pytest.mark.skipif(os.geteuid() != 0, reason="replacing /dev/null needs root")
@pytest.mark.parametrize("device", DEVICES)
def test_export_as_root_never_replaces_a_device(device: str, good_library: Path) -> None:
    """`replay export --out /dev/null` as root: refused, /dev/null is still the device."""
    before = os.stat(device)
    proc = subprocess.run(replay_cmd("export", "--db", str(good_library), "--out", device),
                          capture_output=True, text=True, env=child_env(), timeout=60,
                          check=False)  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert "not a regular file" in proc.stderr
    after = os.stat(device)
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_rdev, after.st_ino) == (before.st_rdev, before.st_ino)
    assert not any(p.name.endswith((".tmp", ".replay-tmp")) for p in Path("/dev").iterdir())


def test_library_symlinked_to_dev_null_creates_no_journal(tmp_path: Path) -> None:
    link = tmp_path / "library.sqlite"
    link.symlink_to("/dev/null")
    with pytest.raises(StoreError, match="not a regular file"):
        Library.open(link)
    assert not Path("/dev/null-journal").exists()
    assert not Path("/dev/null-wal").exists()


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_side_file_that_is_not_regular_is_refused(
    good_library: Path, suffix: str, tmp_path: Path
) -> None:
    side = Path(f"{good_library}{suffix}")
    side.unlink(missing_ok=True)
    side.symlink_to("/dev/null")
    before = good_library.read_bytes()
    with deadline(20), pytest.raises(StoreError, match="side file"):
        Library.open(good_library)
    assert good_library.read_bytes() == before


def test_screenshot_and_folder_options_give_one_line(tmp_path: Path, good_library: Path) -> None:
    """Folders given as --db/--out: one ``error:`` line, exit 1 (not click's usage, exit 2)."""
    folder = tmp_path / "dir"
    folder.mkdir()
    for args in (["sessions", "--db", str(folder)],
                 ["export", "--db", str(good_library), "--out", str(folder)],
                 ["export", "--db", str(folder), "--out", str(tmp_path / "x.csv")],
                 ["tag", "list", "--db", str(folder)]):  # fmt: skip
        line = one_line_error(args)
        assert "folder" in line, line


NAMES = ("x" * 251 + ".csv", "x" * 252 + ".csv", "é" * 127, "é" * 128, "y" * 300,
         "z" * 1000, "ก" * 85, "ก" * 86, "w" * 5000)  # fmt: skip


@pytest.mark.parametrize("name", NAMES, ids=lambda n: f"{len(os.fsencode(n))}-bytes")
def test_long_export_names(tmp_path: Path, good_library: Path, name: str) -> None:
    """Up to the file system's limit the export works (its temporary name fits too); beyond, one line."""
    out = tmp_path / name
    name_bytes = len(os.fsencode(out.name))
    with deadline(20):
        res = CliRunner().invoke(cli, ["export", "--db", str(good_library), "--out", str(out)])
    if name_bytes <= 255:
        assert res.exit_code == 0, res.output
        assert out.exists()
    else:
        assert res.exit_code == 1, res.output
        assert res.output.startswith("error: ")
        assert "too long" in res.output
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith("tmp")]
    assert leftovers == []


def test_library_name_too_long(tmp_path: Path, rrweb_files: list[Path]) -> None:
    for db in (tmp_path / ("l" * 300), tmp_path.joinpath(*(["d" * 250] * 20), "lib.sqlite")):
        line = one_line_error(["sessions", "--db", str(db)])
        assert "too long" in line, line
        line = one_line_error(["import", str(rrweb_files[0]), "--db", str(db)])
        assert "too long" in line, line


def test_fifo_or_device_as_any_input_file(good_library: Path, tmp_path: Path) -> None:
    """Thresholds, ground truth, consensus decisions: a FIFO or /dev/zero never hangs."""
    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)
    for source in (fifo, Path("/dev/zero")):
        for args in (["detect", "--config", str(source)],
                     ["evaluate", "--truth", str(source)],
                     ["consensus", "--reviewer", "r", "--decisions", str(source)]):  # fmt: skip
            line = one_line_error([*args, "--db", str(good_library)])
            assert "not a regular file" in line, (args, line)


#: Every other command that writes a file the user names: the same rule as export's --out.
OTHER_OUTPUTS = {
    "heatmap": lambda out, db, rec: ["heatmap", "--db", db, "--kind", "clicks", "--out", out],
    "report": lambda out, db, rec: ["report", "--db", db, "--out", out],
    "agreement": lambda out, db, rec: ["agreement", "--db", db, "--out", out],
    "batch-detect": lambda out, db, rec: ["batch", "detect", rec, "--out", out],
    "frame": lambda out, db, rec: ["frame", "1", "--at", "0", "--db", db, "--out", out],
    "clip": lambda out, db, rec: [
        "clip",
        "1",
        "--from",
        "0",
        "--to",
        "500",
        "--db",
        db,
        "--out",
        out,
    ],
}


@pytest.mark.parametrize("command", sorted(OTHER_OUTPUTS))
def test_other_outputs_refuse_what_is_not_a_regular_file(
    command: str, paths: dict[str, Path], good_library: Path, rrweb_files: list[Path]
) -> None:
    """heatmap, report, agreement, batch, frame, clip: a device, FIFO or folder is never written."""
    dev_before = dev_listing()
    for name, target in paths.items():
        before = snapshot(target)
        folder_before = listing(target.parent)
        args = OTHER_OUTPUTS[command](str(target), str(good_library), str(rrweb_files[0]))
        one_line_error(args)
        assert snapshot(target) == before, name
        assert listing(target.parent) == folder_before, name
    assert dev_listing() == dev_before


# -- an output never replaces a library -------------------------------------------------


def sqlite_targets(folder: Path, good_library: Path) -> dict[str, Path]:
    """SQLite files an --out typo can name: another replay library, a backup, a foreign DB."""
    folder.mkdir()
    other = folder / "other.sqlite"
    shutil.copyfile(good_library, other)
    backup = folder / "library.sqlite.bak-v7-20260101T000000"
    shutil.copyfile(good_library, backup)
    foreign = folder / "places.sqlite"
    with contextlib.closing(sqlite3.connect(foreign)) as con, con:
        con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    return {"another library": other, "a backup": backup, "a foreign database": foreign}


def test_export_never_replaces_a_sqlite_file(tmp_path: Path, good_library: Path) -> None:
    """``--out library.sqlite`` (arguments mixed up) wrote the CSV over the library: its
    tags were gone. Any SQLite database is refused as an output, byte-for-byte kept."""
    targets = {"the library in use": good_library, **sqlite_targets(tmp_path / "t", good_library)}
    for name, target in targets.items():
        before = target.read_bytes()
        line = one_line_error(["export", "--db", str(good_library), "--out", str(target)])
        assert "SQLite database" in line, (name, line)
        assert target.read_bytes() == before, name
    with Library.open(good_library) as lib:  # still a library, its session still there
        assert len(lib.sessions()) == 1
    record(f"export --out naming a SQLite file refused, bytes kept: {len(targets)} kinds")


@pytest.mark.parametrize("command", sorted(OTHER_OUTPUTS))
def test_other_outputs_never_replace_the_library(
    command: str, good_library: Path, rrweb_files: list[Path]
) -> None:
    before = good_library.read_bytes()
    args = OTHER_OUTPUTS[command](str(good_library), str(good_library), str(rrweb_files[0]))
    one_line_error(args)  # batch and clip refuse it for their own reasons first
    assert good_library.read_bytes() == before
