"""The ``replay`` command line: one click group, commands grouped by job in ``replay.commands``.

Every :class:`replay.errors.ReplayError` becomes one line on stderr and a non-zero exit;
no traceback reaches the user (sqlite-utils' ``ClickException`` pattern).
"""

from __future__ import annotations

import click

from replay import __version__
from replay.commands import app, batch, findings, library, signals, team
from replay.commands.common import REVIEWER_META


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="replay")
@click.option(
    "--reviewer",
    "reviewer",
    default=None,
    help="Who you are: written on your tags, and what blind mode shows you "
    "(default: $REPLAY_REVIEWER, else the user name).",
)
@click.pass_context
def cli(ctx: click.Context, reviewer: str | None) -> None:
    """Replay recorded user sessions and find where people got frustrated."""
    ctx.meta[REVIEWER_META] = reviewer


library.register(cli)
signals.register(cli)
findings.register(cli)
team.register(cli)
app.register(cli)
batch.register(cli)


def main() -> None:
    """Run the CLI (the ``replay`` console script)."""
    cli(prog_name="replay")


def app_main() -> None:
    """Open the app on the default library (the ``replay-app`` GUI script)."""
    cli(["app"], prog_name="replay")
