"""``replay frame`` under the PEP 578 audit hook: drawing a recorded page fetches nothing.

Heavy (starts Qt WebEngine in a child process): ``@pytest.mark.full``.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from safetykit import child_env, helper_cmd, record, replay_cmd
from test_privacy_trust import hostile_recording, imported_ids

pytestmark = pytest.mark.full


def run(*args: str, audited: bool = True, cwd: Path) -> subprocess.CompletedProcess[str]:
    argv = helper_cmd("audit_cli.py", *args) if audited else replay_cmd(*args)
    proc = subprocess.run(
        argv, capture_output=True, text=True, env=child_env(), cwd=cwd, check=False, timeout=300
    )
    assert "BLOCKED" not in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def header_pixels(image: QImage) -> int:
    """Sampled pixels of the shop header's colour (#264653), within 8 per channel."""
    count = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            c = image.pixelColor(x, y)
            count += (
                abs(c.red() - 0x26) < 8 and abs(c.green() - 0x46) < 8 and abs(c.blue() - 0x53) < 8
            )
    return count


def test_frame_draws_the_page_under_the_audit_hook(rrweb_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite"
    files = [
        hostile_recording(rrweb_dir, tmp_path),
        rrweb_dir / "dev-rage-desktop-wide.rrweb.json",
    ]
    ids = imported_ids(run("import", "--json", "--db", str(db), *map(str, files), cwd=tmp_path))
    for sid in ids:
        out = tmp_path / f"frame{sid}.png"
        proc = run("frame", str(sid), "--at", "1000", "--out", str(out), "--size", "800x600",
                   "--db", str(db), cwd=tmp_path)  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        image = QImage(str(out))
        assert (image.width(), image.height()) == (800, 600)
        # The page is drawn: the shop's dark header colour fills a band at its top.
        assert header_pixels(image) > 200
        bare = tmp_path / f"bare{sid}.png"
        assert run("frame", str(sid), "--at", "1000", "--out", str(bare), "--size", "800x600",
                   "--no-page", "--db", str(db), cwd=tmp_path).returncode == 0  # fmt: skip
        assert header_pixels(QImage(str(bare))) == 0
    record(
        "replay frame: the hostile and a real page drawn under an audit hook: nothing fetched or run"
    )


def test_frame_refuses_bad_requests_in_one_line(rrweb_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite"
    run("import", "--db", str(db), str(rrweb_dir / "dev-rotation-phone.rrweb.json"), cwd=tmp_path)
    missing = run("frame", "99", "--at", "0", "--out", str(tmp_path / "x.png"), "--db", str(db),
                  audited=False, cwd=tmp_path)  # fmt: skip
    assert missing.returncode == 1
    assert "no session #99" in missing.stderr
    fifo = tmp_path / "fifo.png"
    os.mkfifo(fifo)
    refused = run("frame", "1", "--at", "0", "--out", str(fifo), "--db", str(db),
                  audited=False, cwd=tmp_path)  # fmt: skip
    assert refused.returncode == 1
    assert "not a regular file" in refused.stderr
