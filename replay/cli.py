"""The ``replay`` command line: one click group, commands grouped by job in ``replay.commands``.

Every :class:`replay.errors.ReplayError` becomes one line on stderr and a non-zero exit;
no traceback reaches the user (sqlite-utils' ``ClickException`` pattern).

Start-up is lazy: a command's module (and numpy, the importers, the detectors, Qt) is
imported only when that command runs; ``replay --version`` and ``replay --help`` import
none of them (tests/test_startup.py). ``--help`` lists the commands from :data:`LAZY`.
"""

from __future__ import annotations

import importlib

import click

from replay import __version__
from replay.commands.common import REVIEWER_META

#: command -> (module whose ``register(group)`` adds it, its first help sentence).
#: tests/test_startup.py checks the sentences against the commands' own docstrings.
LAZY: dict[str, tuple[str, str]] = {
    "app": ("replay.commands.app", "Open the review app on a library (default: $REPLAY_DB or the user's data folder)."),
    "codebook": ("replay.commands.findings", "List the tag categories; subcommands add, edit and deactivate them."),
    "delete": ("replay.commands.library", "Delete one session with its tags, tag history and detections."),
    "demo": ("replay.commands.app", "Open the app on a demo library built from the bundled sessions (cached)."),
    "frame": ("replay.commands.app", "Render the replay stage (page and cursor overlay) of SESSION at a moment to a PNG."),
    "detect": ("replay.commands.signals", "Run the frustration detectors on SESSIONS (default: all) and store the results."),
    "evaluate": ("replay.commands.signals", "Compare detections with a truth CSV: precision, recall and F1 per signal."),
    "export": ("replay.commands.findings", "Export tags to a CSV that opens right in Excel and LibreOffice."),
    "import": ("replay.commands.library", "Import session files, folders (recursively) and globs into the library."),
    "info": ("replay.commands.library", "Show everything about one session: metadata, channel counts, import report."),
    "sessions": ("replay.commands.library", "List the sessions in the library: sort, filter and search (--json for scripts)."),
    "signals": ("replay.commands.signals", "List the frustration signals found in SESSION, with reasons."),
    "tag": ("replay.commands.findings", "Add, list, edit, delete, undo and redo reviewers' tags (saved at once)."),
    "merge": ("replay.commands.team", "Bring OTHER library's sessions and tags (with history) into this library."),
    "blind": ("replay.commands.team", "Show or switch blind mode: hide other reviewers' tags until a session is done."),
    "done": ("replay.commands.team", "Mark SESSION done by you (blind mode then shows you the other reviewers' tags)."),
    "agreement": ("replay.commands.team", "Inter-rater agreement: Cohen's kappa, Krippendorff's alpha, confusion matrix."),
    "consensus": ("replay.commands.team", 'Walk the disagreements one by one and record the agreed tag or "no problem".'),
    "calibrate": ("replay.commands.team", "Precision and recall of each detector against reviewers' tags, across its threshold."),
    "batch": ("replay.commands.batch", "Score many recordings on a Dask cluster, then load the worst for review."),
    "heatmap": ("replay.commands.insights", "Draw a heatmap across sessions to a PNG (document coordinates, one width bucket)."),
    "pages": ("replay.commands.insights", "Per page: sessions, time on page, frustration score, top signals and elements, tags."),
    "elements": ("replay.commands.insights", "List the most frustrating elements (by target label) on the matching pages."),
    "outcomes": ("replay.commands.insights", "Conversion and order value of frustrated vs calm sessions, with 95% intervals."),
    "report": ("replay.commands.insights", "Write a one-page, self-contained HTML report of the review (optionally a PDF too)."),
    "open": ("replay.commands.app", "Open a shared moment: replay://SESSION_HASH?t=MS."),
    "copy": ("replay.commands.copy", "Copy a whole library to a new, empty one: SQLite file <-> PostgreSQL, verified."),
    "clip": ("replay.commands.app", "Render a clip of SESSION from --from to --to ms: the stage and the lanes at 30 fps."),
}  # fmt: skip


class LazyGroup(click.Group):
    """A group that imports a command's module only when the command is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Return every command name, loaded or not."""
        return sorted({*super().list_commands(ctx), *LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Return the command, importing its module the first time."""
        if cmd_name not in self.commands and cmd_name in LAZY:
            importlib.import_module(LAZY[cmd_name][0]).register(self)
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List the commands with their first help sentence, importing none of them."""
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(n) for n in names)
        rows = []
        for name in names:
            if name in self.commands:
                rows.append((name, self.commands[name].get_short_help_str(limit)))
            else:
                stub = click.Command(name, help=LAZY[name][1])  # the same shortening
                rows.append((name, stub.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
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


def main() -> None:
    """Run the CLI (the ``replay`` console script)."""
    cli(prog_name="replay")


def app_main() -> None:
    """Open the app on the default library (the ``replay-app`` GUI script)."""
    cli(["app"], prog_name="replay")
