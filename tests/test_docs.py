"""The README documents every CLI command and option, and keeps its two set-up commands true."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from replay.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "replay") -> list[tuple[str, click.Command]]:
    out: list[tuple[str, click.Command]] = []
    for name, command in sorted(group.commands.items()):
        full = f"{prefix} {name}"
        out.append((full, command))
        if isinstance(command, click.Group):
            out.extend(_commands(command, full))
    return out


COMMANDS = _commands(cli)


def test_the_cli_has_the_contract_commands() -> None:
    names = {name for name, _ in COMMANDS}
    for needed in (
        "replay import", "replay sessions", "replay info", "replay delete", "replay detect",
        "replay signals", "replay evaluate", "replay tag add", "replay tag list",
        "replay tag edit", "replay tag delete", "replay codebook", "replay export",
        "replay app", "replay demo",
    ):  # fmt: skip
        assert needed in names


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_is_in_the_readme(name: str, command: click.Command) -> None:
    assert re.search(re.escape(name) + r"\b", README), f"`{name}` is not documented in README.md"


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_option_is_in_the_readme(name: str, command: click.Command) -> None:
    for param in command.params:
        if not isinstance(param, click.Option) or param.hidden:
            continue
        longs = [o for o in param.opts if o.startswith("--")]
        if not longs or longs[0] in ("--help", "--version"):
            continue
        assert any(o in README for o in longs), f"`{name} {longs[0]}` is not in README.md"


def test_the_two_setup_commands_are_the_ones_ci_runs() -> None:
    repo = Path(__file__).resolve().parent.parent
    assert "bash packaging/bootstrap.sh demo" in README
    assert "bash packaging/bootstrap.sh test" in README
    ci = (repo / ".ci" / "run").read_text(encoding="utf-8")
    assert "packaging/bootstrap.sh test" in ci
    bootstrap = (repo / "packaging" / "bootstrap.sh").read_text(encoding="utf-8")
    assert "replay demo" in bootstrap
    assert "pytest" in bootstrap
