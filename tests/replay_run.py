"""Run the replay command line in a subprocess, as a user does (python -m replay)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run_replay(
    *args: str, env: dict[str, str], timeout: float = 300, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m replay *args`` with ``env`` (in ``cwd``); its output as text.

    Never raises on a non-zero exit: the tests assert the code and the one-line message.
    """
    return subprocess.run(
        [sys.executable, "-m", "replay", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
        timeout=timeout,
    )
