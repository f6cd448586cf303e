"""The core must not import Qt (STYLE.md 6.1): checked in a fresh interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import replay

CORE = sorted(
    m.name
    for m in pkgutil.walk_packages(replay.__path__, prefix="replay.")
    if not m.name.startswith("replay.ui")
)


def test_core_modules_exist() -> None:
    assert "replay.model.session" in CORE
    assert "replay.cli" in CORE


def test_core_imports_no_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')"
        " or m.startswith('replay.ui'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core imported Qt: {out.stdout}"
