"""Write the ``--help`` of every ``replay`` command into docs/cli.md (the generated part).

The reference between the two markers in docs/cli.md is the CLI's own help text, so it can
never disagree with the code; ``tests/test_docs.py`` fails when it is out of date (the way
sqlite-utils checks its cog-generated CLI reference). Re-run after changing a command::

    .venv/bin/python packaging/cli_docs.py          # rewrite docs/cli.md
    .venv/bin/python packaging/cli_docs.py --check  # exit 1 when it is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from replay.cli import cli

CLI_MD = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
BEGIN = "<!-- BEGIN generated reference (packaging/cli_docs.py) -->"
END = "<!-- END generated reference -->"
WIDTH = 88


def _walk(
    command: click.Command, parent: click.Context | None, name: str
) -> list[tuple[str, str]]:
    settings = {"terminal_width": WIDTH, "max_content_width": WIDTH, **command.context_settings}
    ctx = click.Context(command, info_name=name, parent=parent, **settings)
    full = ctx.command_path
    out = [(full, command.get_help(ctx))]
    if isinstance(command, click.Group):
        # list/get_command, not .commands: the top group loads its commands lazily.
        for sub_name in sorted(command.list_commands(ctx)):
            sub = command.get_command(ctx, sub_name)
            if sub is not None:
                out.extend(_walk(sub, ctx, sub_name))
    return out


def reference() -> str:
    """The generated Markdown: one heading and one ``--help`` block per command."""
    parts = [BEGIN, ""]
    for full, text in _walk(cli, None, "replay")[1:]:
        parts += [f"### {full}", "", "```text", f"$ {full} --help", text.rstrip(), "```", ""]
    parts.append(END)
    return "\n".join(parts)


def updated(text: str) -> str:
    """``text`` (docs/cli.md) with its generated part replaced by the current one."""
    head, sep, rest = text.partition(BEGIN)
    if not sep:
        return text.rstrip("\n") + "\n\n" + reference() + "\n"
    _, sep, tail = rest.partition(END)
    if not sep:
        raise SystemExit(f"{CLI_MD}: '{BEGIN}' without '{END}'")
    return head + reference() + tail


def main(argv: list[str]) -> int:
    current = CLI_MD.read_text(encoding="utf-8")
    new = updated(current)
    if "--check" in argv:
        if new != current:
            print(f"{CLI_MD} is out of date: run python packaging/cli_docs.py", file=sys.stderr)
            return 1
        return 0
    if new != current:
        CLI_MD.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
