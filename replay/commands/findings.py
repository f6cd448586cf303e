"""CLI commands for findings: ``replay tag ...``, ``replay codebook ...``, ``replay export``.

Names and JSON fields are a contract (issue 4). Every command opens the library, does
one job through the core (:class:`replay.store.tags.TagStore`, :func:`replay.export.export_tags`)
and reports errors as one line via :func:`handle_errors`.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from replay.commands.common import (
    ID,
    MS,
    REVIEWER_META,
    BoundedInt,
    db_option,
    echo_json,
    handle_errors,
    json_option,
    open_library,
    out_option,
    sessions_option,
)
from replay.model.tags import SEVERITY_MAX, SEVERITY_MIN, HistoryEntry, Tag

if TYPE_CHECKING:
    from replay.store.target import PgTarget

_SEVERITY = click.IntRange(SEVERITY_MIN, SEVERITY_MAX)
#: Codebook sort positions: small integers, but never an overflow.
POSITION = BoundedInt(-(2**31), 2**31 - 1, why="a 32-bit sort position")


def default_reviewer() -> str:
    """Return ``replay --reviewer NAME``, else ``$REPLAY_REVIEWER``, else the OS user name, else ""."""
    ctx = click.get_current_context(silent=True)
    given = None if ctx is None else ctx.meta.get(REVIEWER_META)
    if given:
        return str(given)
    env = os.environ.get("REPLAY_REVIEWER")
    if env:
        return env
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in this environment (containers)
        return ""


def _codebook_db(db: Path | PgTarget | None) -> Path | PgTarget | None:
    """``--db`` given after the subcommand wins; else the one given to ``codebook``."""
    if db is not None:
        return db
    parent = click.get_current_context().obj
    from replay.store.target import PgTarget

    return parent if isinstance(parent, Path | PgTarget) else None


def _one_line(text: str) -> str:
    return " ".join(text.splitlines())


def _describe_tag(tag: Tag) -> str:
    span = f"{tag.start_ms}" if tag.end_ms is None else f"{tag.start_ms}-{tag.end_ms}"
    deleted = "  (deleted)" if tag.deleted else ""
    deleted += "  (consensus)" if tag.origin == "consensus" else ""
    return (
        f"{tag.id}\tsession {tag.session_id}\t{tag.kind}\t{span} ms\t{tag.category}\t"
        f"severity {tag.severity}\t{tag.reviewer}\t{_one_line(tag.note)}{deleted}"
    )


def _echo_step(entry: HistoryEntry | None, *, verb: str, as_json: bool) -> None:
    if as_json:
        echo_json(None if entry is None else entry.to_json())
    elif entry is None:
        click.echo(f"nothing to {verb}")
    else:
        click.echo(f"{verb}: {entry.describe()}")


@click.group("tag")
def tag_group() -> None:
    """Add, list, edit, delete, undo and redo reviewers' tags (saved at once)."""


@tag_group.command("add")
@click.argument("session", type=ID)
@click.option("--at", "at_ms", type=MS, required=True, help="Start, ms.")
@click.option("--end", "end_ms", type=MS, help="End of a range, ms.")
@click.option("--category", required=True, help="A codebook code (see `replay codebook`).")
@click.option("--severity", type=_SEVERITY, default=2, show_default=True, help="Nielsen 0-4.")
@click.option("--note", default="", help="Free text, any language.")
@click.option("--reviewer", default=None, help="Default: $REPLAY_REVIEWER or the user name.")
@json_option("Print the tag as JSON.")
@db_option
@handle_errors
def tag_add(
    session: int,
    at_ms: int,
    end_ms: int | None,
    category: str,
    severity: int,
    note: str,
    reviewer: str | None,
    as_json: bool,
    db: Path | None,
) -> None:
    """Tag SESSION at --at MS (a point) or from --at to --end (a range); print the tag id."""
    with open_library(db) as library:
        tag = library.tags.add(
            session,
            start_ms=at_ms,
            end_ms=end_ms,
            category=category,
            severity=severity,
            note=note,
            reviewer=default_reviewer() if reviewer is None else reviewer,
        )
    if as_json:
        echo_json(tag.to_json())
    else:
        click.echo(str(tag.id))


@tag_group.command("list")
@click.argument("session", type=ID, required=False)
@click.option("--reviewer", default=None, help="Only this reviewer's tags.")
@click.option("--category", default=None, help="Only this category.")
@click.option("--deleted", is_flag=True, help="Include deleted tags.")
@json_option("Print a JSON list.")
@db_option
@handle_errors
def tag_list(
    session: int | None,
    reviewer: str | None,
    category: str | None,
    deleted: bool,
    as_json: bool,
    db: Path | None,
) -> None:
    """List tags (of SESSION, or all), by session and start time."""
    from replay.store.blind import Viewer

    with open_library(db, reads_only=True) as library:
        tags = library.tags.list(
            session, reviewer=reviewer, category=category, include_deleted=deleted
        )
        viewer = Viewer(library, default_reviewer())
    hidden = viewer.hidden_count(tags)
    tags = viewer.tags(tags)
    if hidden:  # blind mode: say that tags are hidden, never whose or where
        click.echo(
            f"blind mode: {hidden} tag(s) of other reviewers hidden until you mark the "
            "session done (replay done SESSION)",
            err=True,
        )
    if as_json:
        echo_json([t.to_json() for t in tags])
        return
    for tag in tags:
        click.echo(_describe_tag(tag))


@tag_group.command("edit")
@click.argument("tag_id", type=ID)
@click.option("--at", "at_ms", type=MS, help="New start, ms.")
@click.option("--end", "end_ms", type=MS, help="New end, ms (a range).")
@click.option("--point", is_flag=True, help="Drop the end: make the tag a point.")
@click.option("--category", default=None, help="New category code.")
@click.option("--severity", type=_SEVERITY, default=None, help="New severity 0-4.")
@click.option("--note", default=None, help="New note.")
@click.option("--reviewer", default=None, help="New reviewer name.")
@click.option(
    "--if-version",
    "if_version",
    type=BoundedInt(1),
    default=None,
    help="Refuse (exit 1) unless the tag is still at this version (see `tag list --json`).",
)
@json_option("Print the tag as JSON.")
@db_option
@handle_errors
def tag_edit(
    tag_id: int,
    at_ms: int | None,
    end_ms: int | None,
    point: bool,
    category: str | None,
    severity: int | None,
    note: str | None,
    reviewer: str | None,
    if_version: int | None,
    as_json: bool,
    db: Path | None,
) -> None:
    """Change fields of tag TAG_ID (saved at once, undoable).

    A tag another reviewer changed meanwhile is never overwritten: the edit is refused
    with the newer version's values.
    """
    if point and end_ms is not None:
        raise click.UsageError("--point and --end contradict each other")
    changes: dict[str, Any] = {
        k: v
        for k, v in (
            ("start_ms", at_ms),
            ("end_ms", end_ms),
            ("category", category),
            ("severity", severity),
            ("note", note),
            ("reviewer", reviewer),
        )
        if v is not None
    }
    if point:
        changes["end_ms"] = None
    with open_library(db) as library:
        tag = library.tags.edit(tag_id, expected_version=if_version, **changes)
    if as_json:
        echo_json(tag.to_json())
    else:
        click.echo(_describe_tag(tag))


@tag_group.command("delete")
@click.argument("tag_id", type=ID)
@click.option(
    "--if-version",
    "if_version",
    type=BoundedInt(1),
    default=None,
    help="Refuse (exit 1) unless the tag is still at this version.",
)
@db_option
@handle_errors
def tag_delete(tag_id: int, if_version: int | None, db: Path | None) -> None:
    """Delete tag TAG_ID (kept in history: `replay tag undo` brings it back)."""
    with open_library(db) as library:
        library.tags.delete(tag_id, expected_version=if_version)
    click.echo(f"deleted tag {tag_id}")


@tag_group.command("restore")
@click.argument("tag_id", type=ID)
@db_option
@handle_errors
def tag_restore(tag_id: int, db: Path | None) -> None:
    """Bring back deleted tag TAG_ID."""
    with open_library(db) as library:
        library.tags.restore(tag_id)
    click.echo(f"restored tag {tag_id}")


@tag_group.command("undo")
@click.argument("session", type=ID, required=False)
@json_option("Print the undone action as JSON.")
@db_option
@handle_errors
def tag_undo(session: int | None, as_json: bool, db: Path | None) -> None:
    """Undo the latest tag change (of SESSION, or of the library); works after restarts."""
    with open_library(db) as library:
        entry = library.tags.undo(session)
    _echo_step(entry, verb="undo", as_json=as_json)


@tag_group.command("redo")
@click.argument("session", type=ID, required=False)
@json_option("Print the redone action as JSON.")
@db_option
@handle_errors
def tag_redo(session: int | None, as_json: bool, db: Path | None) -> None:
    """Redo the last undone tag change (of SESSION, or of the library)."""
    with open_library(db) as library:
        entry = library.tags.redo(session)
    _echo_step(entry, verb="redo", as_json=as_json)


@tag_group.command("history")
@click.argument("session", type=ID)
@json_option("Print a JSON list.")
@db_option
@handle_errors
def tag_history(session: int, as_json: bool, db: Path | None) -> None:
    """Show every change to SESSION's tags, oldest first (state: done/undone/superseded)."""
    with open_library(db, reads_only=True) as library:
        entries = library.tags.history(session)
    if as_json:
        echo_json([e.to_json() for e in entries])
        return
    for e in entries:
        click.echo(f"{e.seq}\t{e.at}\t{e.state}\t{e.describe()}\t{e.reviewer}")


@click.group("codebook", invoke_without_command=True)
@json_option("Print a JSON list.")
@click.option("--all", "show_all", is_flag=True, help="Include deactivated categories.")
@db_option
@click.pass_context
@handle_errors
def codebook_group(ctx: click.Context, as_json: bool, show_all: bool, db: Path | None) -> None:
    """List the tag categories; subcommands add, edit and deactivate them."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = db
        return
    with open_library(db, reads_only=True) as library:
        cats = library.tags.categories(include_inactive=show_all)
    if as_json:
        echo_json([c.to_json() for c in cats])
        return
    for c in cats:
        state = "" if c.active else "  (inactive)"
        click.echo(f"{c.code}\t{c.label}\t{_one_line(c.description)}{state}")


@codebook_group.command("add")
@click.argument("code")
@click.option("--label", required=True, help="Name shown to reviewers, any language.")
@click.option("--description", default="", help="When to use it.")
@click.option("--position", type=POSITION, default=None, help="Sort position (default: last).")
@db_option
@handle_errors
def codebook_add(
    code: str, label: str, description: str, position: int | None, db: Path | None
) -> None:
    """Add category CODE (lower-case letters, digits, _) to the codebook."""
    with open_library(_codebook_db(db)) as library:
        cat = library.tags.add_category(
            code, label=label, description=description, position=position
        )
    click.echo(f"added {cat.code}")


@codebook_group.command("edit")
@click.argument("code")
@click.option("--label", default=None, help="New label.")
@click.option("--description", default=None, help="New description.")
@click.option("--position", type=POSITION, default=None, help="New sort position.")
@click.option("--active/--inactive", default=None, help="Offer it for new tags or not.")
@db_option
@handle_errors
def codebook_edit(
    code: str,
    label: str | None,
    description: str | None,
    position: int | None,
    active: bool | None,
    db: Path | None,
) -> None:
    """Change the label, description, position or active flag of category CODE."""
    with open_library(_codebook_db(db)) as library:
        cat = library.tags.edit_category(
            code, label=label, description=description, position=position, active=active
        )
    click.echo(f"{cat.code}\t{cat.label}\t{'active' if cat.active else 'inactive'}")


@codebook_group.command("deactivate")
@click.argument("code")
@db_option
@handle_errors
def codebook_deactivate(code: str, db: Path | None) -> None:
    """Stop offering category CODE for new tags (existing tags keep it)."""
    with open_library(_codebook_db(db)) as library:
        library.tags.deactivate_category(code)
    click.echo(f"deactivated {code}")


@click.command("export")
@out_option("The CSV file to write (replaced atomically).", required=True, metavar="FILE")
@sessions_option
@click.option("--reviewer", default=None, help="Only this reviewer's tags.")
@click.option("--category", default=None, help="Only this category.")
@click.option("--include-spikes", is_flag=True, help="Add untagged detected spikes as rows.")
@click.option("--no-bom", is_flag=True, help="UTF-8 without a byte order mark.")
@db_option
@handle_errors
def export_command(
    out: Path,
    sessions: tuple[int, ...],
    reviewer: str | None,
    category: str | None,
    include_spikes: bool,
    no_bom: bool,
    db: Path | None,
) -> None:
    """Export tags to a CSV that opens right in Excel and LibreOffice."""
    from replay.export import export_tags  # the export pulls in numpy timelines: load lazily
    from replay.store.blind import Viewer

    with open_library(db, reads_only=True) as library:
        viewer = Viewer(library, default_reviewer())
        count = export_tags(
            library,
            path=out,
            session_ids=list(sessions) or None,
            reviewer=reviewer,
            category=category,
            include_spikes=include_spikes,
            bom=not no_bom,
            visible=viewer.tag_visible if viewer.blind else None,
            spikes_visible=viewer.spikes_visible if viewer.blind else None,
        )
    click.echo(f"wrote {count} rows to {out}")


def register(group: click.Group) -> None:
    """Add ``tag``, ``codebook`` and ``export`` to ``group``."""
    group.add_command(tag_group)
    group.add_command(codebook_group)
    group.add_command(export_command)
