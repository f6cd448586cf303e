"""Child process for the atomic-output test: one of replay's writers, failed on request.

Usage: ``atomic_child.py WRITER OUT VERSION MODE DB RECORDING``. Runs WRITER (see
:data:`WRITERS`) to write version VERSION of its output at OUT through its real code path.
MODE says what happens when the writer flushes its temporary file to disk (``os.fsync``,
the step just before the rename): ``ok`` nothing, ``fail`` the disk is full (ENOSPC),
``interrupt`` Ctrl+C (KeyboardInterrupt), ``hang`` print ``writing`` and wait to be killed
with SIGKILL. A ReplayError is printed as one ``error:`` line, exit 1 (as the CLI does).
"""

from __future__ import annotations

import errno
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from replay.errors import ReplayError
from replay.filekind import TMP_SUFFIX


def export(out: Path, version: int, _db: str, _rec: str) -> None:
    from replay.export import write_csv

    write_csv(out, ([f"v{version}", str(i)] for i in range(3000)), header=["version", "row"])


def insights(out: Path, version: int, _db: str, _rec: str) -> None:
    from replay.insights.files import write_output

    write_output(out, f"<p>version {version}</p>\n".encode() * 2000)


def _rows(version: int, rec: str) -> list[dict[str, object]]:
    from replay.batch import score_file
    from replay.signals.config import load_config

    row = score_file(rec, load_config())
    return [{**row, "source": f"v{version}-{i}"} for i in range(50)]


def batch_part(out: Path, version: int, _db: str, rec: str) -> None:
    from replay.batch import ResultStore

    ResultStore(out).write_part(_rows(version, rec))


def batch_result(out: Path, version: int, _db: str, rec: str) -> None:
    from replay.batch import ResultStore

    store = ResultStore(out)
    store.write_part(_rows(version, rec))
    store.finish()


def frame(out: Path, version: int, db: str, _rec: str) -> None:
    from replay.cli import cli

    size = "320x240" if version == 1 else "400x300"
    args = ["frame", "1", "--at", "0", "--no-page", "--size", size, "--db", db, "--out", str(out)]
    cli(args, standalone_mode=False)


def clip(out: Path, version: int, _db: str, _rec: str) -> None:
    from replay.review.clip import ClipWriter

    with ClipWriter(out, width=64, height=48) as writer:
        for i in range(30):
            writer.write(np.full((48, 64, 3), (version * 80 + i) % 256, dtype=np.uint8))
        writer.close()


def calibrate(out: Path, version: int, _db: str, _rec: str) -> None:
    from replay.team.calibrate import Calibration, DetectorCurve, apply

    curve = DetectorCurve(signal="rage_click", section="rage_click", key="min_clicks",
                          current=3, points=[], suggested=3 + version)  # fmt: skip
    result = Calibration(truth="t", tolerance_ms=0, sessions=[], truth_tags=0, config_hash="",
                         config={}, curves=[curve])  # fmt: skip
    apply(None, result, out)  # type: ignore[arg-type]  # no run_id: the library is not used


#: name -> (writer, how its temporary file's name starts).
WRITERS: dict[str, tuple[Callable[[Path, int, str, str], None], str]] = {
    "export": (export, ".findings.csv."),
    "insights": (insights, ".report.html."),
    "batch-part": (batch_part, ".part-"),
    "batch-result": (batch_result, ".results.parquet."),
    "frame": (frame, ".frame.png."),
    "clip": (clip, ".clip.mp4."),
    "calibrate": (calibrate, ".thresholds.toml."),
}


def hook_fsync(mode: str, prefix: str) -> None:
    """Replace ``os.fsync``: act on the writer's own temporary file, pass the rest through."""
    real = os.fsync

    def fsync(fd: int) -> None:
        name = Path(os.readlink(f"/proc/self/fd/{fd}")).name
        if name.startswith(prefix) and name.endswith(TMP_SUFFIX):
            if mode == "fail":
                raise OSError(errno.ENOSPC, "No space left on device")
            if mode == "interrupt":
                raise KeyboardInterrupt
            if mode == "hang":
                sys.stdout.write("writing\n")
                sys.stdout.flush()
                while True:
                    time.sleep(60)  # killed here, the temporary file full, open and locked
        real(fd)

    os.fsync = fsync


def main(argv: list[str]) -> int:
    name, out, version, mode, db, rec = argv
    writer, prefix = WRITERS[name]
    if mode != "ok":
        hook_fsync(mode, prefix)
    try:
        writer(Path(out), int(version), db, rec)
    except ReplayError as exc:
        sys.stderr.write(f"error: {exc.one_line()}\n")
        return 1
    except SystemExit as exc:  # the CLI's own one-line error
        return int(exc.code or 0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
