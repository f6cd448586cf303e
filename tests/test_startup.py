"""Start-up stays light: ``--version`` and ``--help`` import no Qt, pyqtgraph or numpy.

And the lazy command table (replay/cli.py LAZY) tells the truth about the commands.
"""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
from pathlib import Path

import click
import pytest

from replay import cli as cli_module
from replay.commands import library as library_commands

HEAVY = ("PySide6", "pyqtgraph", "numpy", "sqlite_utils")


def imported_after(args: list[str]) -> tuple[str, list[str]]:
    """Run ``replay ARGS`` in a fresh interpreter; return its output and heavy modules loaded."""
    code = (
        "import sys, json\n"
        "from replay.cli import cli\n"
        "try:\n"
        f"    cli({args!r}, prog_name='replay')\n"
        "except SystemExit:\n"
        "    pass\n"
        f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})\n"
        "print(json.dumps(heavy))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    *out, last = proc.stdout.splitlines()
    return "\n".join(out), json.loads(last)


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["sessions", "--help"]])
def test_version_and_help_import_nothing_heavy(args: list[str]) -> None:
    out, heavy = imported_after(args)
    assert out.strip(), "the command printed nothing"
    assert heavy == [], f"replay {' '.join(args)} imported {heavy[:5]}"


def test_help_lists_every_command_with_its_own_sentence() -> None:
    out, _ = imported_after(["--help"])
    group = click.Group()
    for module in sorted({m for m, _ in cli_module.LAZY.values()}):
        importlib.import_module(module).register(group)
    assert set(group.commands) == set(cli_module.LAZY)
    for name, (module, sentence) in cli_module.LAZY.items():
        command = group.commands[name]
        assert command.callback is not None
        assert command.callback.__module__ == module
        first = " ".join(inspect.cleandoc(command.help or "").split("\n\n")[0].split())
        assert sentence == first, name
        assert f"  {name} " in out


def test_cli_choices_match_the_core() -> None:
    from replay.importers import FORMATS
    from replay.model.session import Device

    assert library_commands.FORMATS == FORMATS
    assert tuple(d.value for d in Device) == library_commands.DEVICES


def test_sessions_on_a_real_library_loads_no_qt(tmp_path: Path, rrweb_files: list[Path]) -> None:
    db = tmp_path / "library.sqlite"
    subprocess.run(
        [sys.executable, "-m", "replay", "import", "--db", str(db), str(rrweb_files[0])],
        check=True,
        capture_output=True,
    )
    out, heavy = imported_after(["sessions", "--db", str(db), "--sort", "score", "--desc"])
    assert rrweb_files[0].name in out
    assert not [m for m in heavy if m.startswith(("PySide6", "pyqtgraph"))]
    assert "numpy" not in heavy  # listing needs neither numpy nor sqlite-utils
