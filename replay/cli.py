"""The ``replay`` command line: one click group, commands grouped by job in ``replay.commands``.

Every :class:`replay.errors.ReplayError` becomes one line on stderr and a non-zero exit;
no traceback reaches the user (sqlite-utils' ``ClickException`` pattern).
"""

from __future__ import annotations

import click

from replay import __version__
from replay.commands import app, batch, findings, library, signals


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="replay")
def cli() -> None:
    """Replay recorded user sessions and find where people got frustrated."""


library.register(cli)
signals.register(cli)
findings.register(cli)
app.register(cli)
batch.register(cli)


def main() -> None:
    """Run the CLI (the ``replay`` console script)."""
    cli(prog_name="replay")


def app_main() -> None:
    """Open the app on the default library (the ``replay-app`` GUI script)."""
    cli(["app"], prog_name="replay")
