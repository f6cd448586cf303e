"""Every writer is atomic: a failed, interrupted or killed write leaves the old file (issue 10).

replay writes the files a user names through one helper, ``filekind.atomic_output``: a
locked temporary file beside the target, renamed over it only when complete. Each writer
below (export's CSV, the insights files, batch's Parquet parts and result, ``replay
frame``'s PNG, a clip, calibration's config) runs in a real child process and is made to
fail just before the rename, when its temporary file is full: the disk fills (ENOSPC),
the user presses Ctrl+C, or the process is killed with SIGKILL. The target must keep its
previous bytes, and no temporary file may remain (after a kill: once the next write into
that folder has run, since a killed process removes nothing).
"""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest
from safetykit import child_env, helper_cmd, record

from replay.filekind import TMP_SUFFIX

pytestmark = pytest.mark.full  # the safety suite runs in the full tier (README command)

#: writer -> (the output it is given, what must stay unchanged: the file or, for parts, the folder)
OUTPUTS = {
    "export": ("findings.csv", "findings.csv"),
    "insights": ("report.html", "report.html"),
    "batch-part": ("results.parquet", "results.parquet.parts"),
    "batch-result": ("results.parquet", "results.parquet"),
    "frame": ("frame.png", "frame.png"),
    "clip": ("clip.mp4", "clip.mp4"),
    "calibrate": ("thresholds.toml", "thresholds.toml"),
}


def run(
    writer: str, out: Path, version: int, mode: str, db: Path, rec: Path
) -> subprocess.CompletedProcess[str]:
    args = helper_cmd("atomic_child.py", writer, str(out), str(version), mode, str(db), str(rec))
    return subprocess.run(
        args, capture_output=True, text=True, env=child_env(), timeout=120, check=False
    )


def state(path: Path) -> bytes | dict[str, bytes] | None:
    """The bytes of a file, or of every file in a folder (temporaries aside); None when absent."""
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if not p.name.endswith(TMP_SUFFIX))
        return {p.name: p.read_bytes() for p in files}
    return path.read_bytes() if path.exists() else None


def temporaries(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob(f"*{TMP_SUFFIX}"))


@pytest.mark.parametrize("writer", sorted(OUTPUTS))
def test_a_failed_interrupted_or_killed_write_keeps_the_old_file(
    writer: str, tmp_path: Path, real_library: Path, rrweb_files: list[Path]
) -> None:
    name, kept = OUTPUTS[writer]
    folder = tmp_path / "out"
    folder.mkdir()
    out, target = folder / name, folder / kept
    rec = rrweb_files[0]
    first = run(writer, out, 1, "ok", real_library, rec)
    assert first.returncode == 0, first.stderr
    before = state(target)
    assert before, f"{writer} wrote nothing"

    disk_full = run(writer, out, 2, "fail", real_library, rec)
    assert disk_full.returncode == 1, disk_full.stderr
    lines = disk_full.stderr.strip().splitlines()
    assert lines[-1].startswith("error: "), disk_full.stderr
    assert "No space left on device" in lines[-1], disk_full.stderr
    assert "Traceback" not in disk_full.stderr
    assert state(target) == before
    assert temporaries(folder) == []

    ctrl_c = run(writer, out, 2, "interrupt", real_library, rec)
    assert ctrl_c.returncode != 0
    assert state(target) == before
    assert temporaries(folder) == []

    args = helper_cmd(
        "atomic_child.py", writer, str(out), "2", "hang", str(real_library), str(rec)
    )
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=child_env())
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("writing"), line
        assert len(temporaries(folder)) == 1  # full, locked, about to be renamed
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()
    assert state(target) == before
    assert len(temporaries(folder)) == 1  # a killed process removes nothing ...

    again = run(writer, out, 2, "ok", real_library, rec)
    assert again.returncode == 0, again.stderr
    assert temporaries(folder) == []  # ... the next write removes what it left
    assert state(target) not in (None, before)
    record(f"atomic output, {writer}: disk full, Ctrl+C and SIGKILL just before the rename "
           "left the previous file byte for byte; no temporary file left")  # fmt: skip
