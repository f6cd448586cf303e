"""The docs: docs/cli.md documents every CLI command and option (its reference is the CLI's
own ``--help``, kept current), every relative link resolves, and the README stays short and
keeps its two set-up commands true (the sqlite-utils way of testing docs)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import click
import pytest

from replay.cli import cli

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
CLI_MD = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
DOCS = sorted((REPO / "docs").glob("*.md"))


def _commands(group: click.Group, prefix: str = "replay") -> list[tuple[str, click.Command]]:
    out: list[tuple[str, click.Command]] = []
    ctx = click.Context(group)
    # list/get_command, not .commands: the top group loads its commands lazily.
    for name in sorted(group.list_commands(ctx)):
        command = group.get_command(ctx, name)
        assert command is not None
        full = f"{prefix} {name}"
        out.append((full, command))
        if isinstance(command, click.Group):
            out.extend(_commands(command, full))
    return out


COMMANDS = _commands(cli)


def _cli_docs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cli_docs", REPO / "packaging" / "cli_docs.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
def test_every_command_has_a_section_in_docs_cli(name: str, command: click.Command) -> None:
    assert re.search(r"^#+ " + re.escape(name) + r"$", CLI_MD, re.M), (
        f"`{name}` has no section in docs/cli.md (run python packaging/cli_docs.py)"
    )


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_option_is_in_docs_cli(name: str, command: click.Command) -> None:
    for param in command.params:
        if not isinstance(param, click.Option) or param.hidden:
            continue
        longs = [o for o in param.opts if o.startswith("--")]
        if not longs or longs[0] in ("--help", "--version"):
            continue
        assert any(o in CLI_MD for o in longs), f"`{name} {longs[0]}` is not in docs/cli.md"


def test_the_generated_cli_reference_is_current() -> None:
    """The ``--help`` blocks in docs/cli.md are what the CLI prints now."""
    cli_docs = _cli_docs()
    assert cli_docs.updated(CLI_MD) == CLI_MD, (
        "docs/cli.md's reference is out of date: run python packaging/cli_docs.py"
    )


def test_the_generated_cli_reference_would_notice_a_change() -> None:
    """The check above can fail: a changed help text is not equal to the stored one."""
    cli_docs = _cli_docs()
    stale = CLI_MD.replace("Show this message and exit.", "Show this and exit.", 1)
    assert cli_docs.updated(stale) == CLI_MD
    assert stale != CLI_MD


def _links(text: str) -> list[str]:
    return re.findall(r"\]\(([^)\s]+)\)", text)


def _anchors(text: str) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens."""
    out = set()
    for heading in re.findall(r"^#+ (.+)$", re.sub(r"```.*?```", "", text, flags=re.S), re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        out.add(slug)
    return out


@pytest.mark.parametrize("page", [REPO / "README.md", *DOCS], ids=lambda p: p.name)
def test_every_relative_link_resolves(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for link in _links(text):
        if re.match(r"[a-z]+:", link):
            continue  # https:, mailto:
        path, _, anchor = link.partition("#")
        target = (page.parent / path).resolve() if path else page
        assert target.exists(), f"{page.name}: link to missing {link}"
        if anchor and target.suffix == ".md":
            assert anchor in _anchors(target.read_text(encoding="utf-8")), (
                f"{page.name}: no heading for #{anchor} in {target.name}"
            )


def test_the_readme_links_every_docs_page() -> None:
    for page in DOCS:
        assert f"(docs/{page.name})" in README, f"README.md does not link docs/{page.name}"


def test_the_readme_stays_short() -> None:
    """Pitch, set-up, tour, screenshots and the benchmark table; reference goes to docs/."""
    assert len(README.encode("utf-8")) < 12_000


def test_the_two_setup_commands_are_the_ones_ci_runs() -> None:
    assert "bash packaging/bootstrap.sh demo" in README
    assert "bash packaging/bootstrap.sh test" in README
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "packaging/bootstrap.sh test" in ci
    bootstrap = (REPO / "packaging" / "bootstrap.sh").read_text(encoding="utf-8")
    assert "replay demo" in bootstrap
    assert "pytest" in bootstrap
