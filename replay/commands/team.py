"""CLI commands for team review (issue 16): merge, blind, done, agreement, consensus, calibrate.

Names, options and JSON fields are a contract. Each command does one job through the core
in :mod:`replay.team` and reports errors as one line via :func:`handle_errors`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

import replay.filekind as filekind
from replay.commands.common import (
    ID,
    BoundedInt,
    db_option,
    echo_json,
    handle_errors,
    json_option,
    open_library,
    out_option,
    resolve_db,
    sessions_option,
)
from replay.commands.findings import default_reviewer
from replay.errors import ConfigError, StoreError

R = TypeVar("R")


def tolerance_option(help_text: str) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """Add ``--tolerance-ms`` (default 1000): how far apart two reviewers' points may match."""
    return click.option(
        "--tolerance-ms", type=BoundedInt(0), default=1000, show_default=True, help=help_text
    )


def _split(text: str | None) -> list[str] | None:
    if text is None:
        return None
    names = [n.strip() for n in text.split(",") if n.strip()]
    return names or None


def reviewers_option(help_text: str) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """Add ``--reviewers`` as ``reviewers: list[str] | None`` (comma-separated; None: everyone)."""
    return click.option(
        "--reviewers",
        default=None,
        callback=lambda _ctx, _param, text: _split(text),
        help=help_text,
    )


def _fmt(value: float | None, digits: int = 3) -> str:
    return "undefined" if value is None else f"{value:.{digits}f}"


def _clock(ms: int | None) -> str:
    if ms is None:
        return ""
    seconds = ms / 1000
    minutes, sec = divmod(seconds, 60)
    return f"{int(minutes)}:{sec:06.3f}"


# -- merge ------------------------------------------------------------------------------------


@click.command("merge")
@click.argument("other", metavar="OTHER")
@db_option
@json_option("Print what was merged as JSON.")
@handle_errors
def merge_command(other: str, db: Path | None, as_json: bool) -> None:
    """Bring OTHER library's sessions and tags (with history) into this library.

    OTHER is a library file or a PostgreSQL library (written as for --db); it is only read.

    Sessions match by content hash, tags by their identity: merging twice adds nothing.
    Both reviewers' tags stay apart; a tag edited differently in both files is a conflict
    (this library's version is kept, the conflict is listed). All-or-nothing.
    """
    from replay.team.merge import merge

    with open_library(db) as library:
        report = merge(library, other)
    if as_json:
        echo_json(report.to_json())
        return
    click.echo(report.summary())
    for c in report.conflicts:
        if c["kind"] == "tag_edited_in_both":
            here, there = c["here"], c["other"]
            click.echo(
                f"conflict: tag {c['tag_id']} of {c['reviewer'] or '(no reviewer)'} in session "
                f"{c['session_id']} was edited in both files: kept here "
                f"{here['category']} {here['start_ms']} ms severity {here['severity']}"
                f"{' (deleted)' if here['deleted_at'] else ''}, other has {there['category']} "
                f"{there['start_ms']} ms severity {there['severity']}"
                f"{' (deleted)' if there['deleted_at'] else ''}"
            )
        else:
            click.echo(
                f"conflict: category {c['category']} is labelled {c['here']!r} here and "
                f"{c['other']!r} in the other file (kept here)"
            )


# -- blind mode, done marks ---------------------------------------------------------------------


@click.command("blind")
@click.argument("state", type=click.Choice(["on", "off"]), required=False)
@click.option("--spikes/--no-spikes", default=False, help="Also hide the detector's spikes.")
@db_option
@json_option("Print the settings as JSON.")
@handle_errors
def blind_command(state: str | None, spikes: bool, db: Path | None, as_json: bool) -> None:
    """Show or switch blind mode: hide other reviewers' tags until a session is done."""
    from replay.store import blind

    with open_library(db) as library:
        if state is not None:
            blind.set_blind(library, enabled=state == "on", hide_spikes=spikes)
        current = blind.settings(library)
    if as_json:
        echo_json(current.to_json())
        return
    if not current.enabled:
        click.echo("blind mode: off (everyone sees every tag)")
    else:
        extra = " and the detector's spikes" if current.hide_spikes else ""
        click.echo(
            f"blind mode: on (other reviewers' tags{extra} are hidden until you mark a "
            "session done: replay done SESSION)"
        )


@click.command("done")
@click.argument("session", type=ID)
@click.option("--undo", is_flag=True, help="Remove the done mark.")
@click.option("--reviewer", default=None, help="Default: the settings' reviewer.")
@db_option
@handle_errors
def done_command(session: int, undo: bool, reviewer: str | None, db: Path | None) -> None:
    """Mark SESSION done by you (blind mode then shows you the other reviewers' tags)."""
    from replay.store import blind

    name = reviewer if reviewer is not None else default_reviewer()
    if not name:
        raise click.UsageError("no reviewer name: pass --reviewer or set $REPLAY_REVIEWER")
    with open_library(db) as library:
        blind.mark_done(library, session, name, done=not undo)
    verb = "not done" if undo else "done"
    click.echo(f"session {session}: {verb} by {name}")


# -- agreement --------------------------------------------------------------------------------


def _print_agreement(agreement: Any) -> None:
    from replay.team.agreement import MATCHING_RULE, UNMATCHED_RULE

    click.echo(
        f"reviewers: {', '.join(agreement.reviewers) or '(none)'}; "
        f"{len(agreement.session_ids)} session(s); tolerance {agreement.tolerance_ms} ms"
    )
    click.echo(f"matching: {MATCHING_RULE}")
    click.echo(f"unmatched: {UNMATCHED_RULE}")
    for note in agreement.notes:
        click.echo(f"note: {note}")
    t = agreement.tags
    click.echo(f"tags: {t.n} unit(s); Krippendorff's alpha {_fmt(t.krippendorff_alpha)}")
    for row in t.per_category:
        click.echo(f"  {row['category']:<24} alpha {_fmt(row['krippendorff_alpha'])}")
    for p in t.pairs:
        a, b = p.reviewers
        click.echo(
            f"{a} vs {b}: {p.n} unit(s), observed agreement {_fmt(p.observed_agreement)}, "
            f"Cohen's kappa {_fmt(p.cohen_kappa)}"
        )
        for row in p.per_category:
            click.echo(
                f"  {row['category']:<24} kappa {_fmt(row['cohen_kappa'])}  "
                f"agreement {_fmt(row['observed_agreement'])}"
            )
        if p.labels:
            width = max(len(x) for x in p.labels) + 2
            click.echo(f"  confusion ({a} rows, {b} columns):")
            click.echo("  " + " " * width + "".join(f"{x:>{width}}" for x in p.labels))
            for label, row in zip(p.labels, p.confusion_matrix, strict=True):
                click.echo(f"  {label:<{width}}" + "".join(f"{v:>{width}}" for v in row))
    pr = agreement.presence
    click.echo(
        f"presence ({agreement.bin_ms} ms bins): {pr.n} bin(s); "
        f"Krippendorff's alpha {_fmt(pr.krippendorff_alpha)}"
    )
    for p in pr.pairs:
        a, b = p.reviewers
        click.echo(
            f"  {a} vs {b}: observed {_fmt(p.observed_agreement)}, kappa {_fmt(p.cohen_kappa)}"
        )
    for sid, fig in agreement.presence_sessions:
        kappas = ", ".join(_fmt(p.cohen_kappa) for p in fig.pairs)
        click.echo(
            f"  session {sid}: {fig.n} bin(s), alpha {_fmt(fig.krippendorff_alpha)}, "
            f"kappa {kappas or '-'}"
        )
    dis = agreement.disagreements
    click.echo(f"disagreements: {len(dis)} (replay consensus --reviewer LEAD settles them)")
    for u in dis:
        values = ", ".join(f"{r}: {v if v is not None else '-'}" for r, v in u.values.items())
        click.echo(f"  session {u.session_id} {_clock(u.start_ms)}-{_clock(u.end_ms)}  {values}")


@click.command("agreement")
@reviewers_option("Comma-separated names (default: everyone).")
@tolerance_option("Points further apart than this do not match.")
@click.option(
    "--bin-ms",
    type=BoundedInt(1),
    default=1000,
    show_default=True,
    help="Time bin of the presence agreement.",
)
@sessions_option
@json_option("Print every figure as JSON.")
@out_option("Also write the figures to this CSV file.", metavar="FILE")
@db_option
@handle_errors
def agreement_command(
    reviewers: list[str] | None,
    tolerance_ms: int,
    bin_ms: int,
    sessions: tuple[int, ...],
    as_json: bool,
    out: Path | None,
    db: Path | None,
) -> None:
    """Inter-rater agreement: Cohen's kappa, Krippendorff's alpha, confusion matrix."""
    from replay.team.agreement import measure_library

    with open_library(db, reads_only=True) as library:
        agreement = measure_library(
            library,
            reviewers=reviewers,
            session_ids=list(sessions) or None,
            tolerance_ms=tolerance_ms,
            bin_ms=bin_ms,
        )
    if out is not None:
        _write_agreement_csv(agreement, out)
    if as_json:
        echo_json(agreement.to_json())
        return
    _print_agreement(agreement)
    if out is not None:
        click.echo(f"wrote the figures to {out}")


def _write_agreement_csv(agreement: Any, out: Path) -> None:
    from replay.export import neutralise, write_csv
    from replay.team.agreement import CSV_HEADER, CSV_TEXT_COLUMNS, csv_rows

    rows = [
        [neutralise(cell) if i in CSV_TEXT_COLUMNS else cell for i, cell in enumerate(row)]
        for row in csv_rows(agreement)
    ]
    write_csv(out, rows, header=CSV_HEADER)


# -- consensus --------------------------------------------------------------------------------


def _load_decisions(path: Path) -> dict[str, dict[str, Any]]:
    try:
        with filekind.open_regular(path) as fh:  # a FIFO or /dev/zero never hangs it
            data = json.loads(fh.read().decode("utf-8-sig"))  # a BOM (Windows editors) is fine
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the decisions file: {exc.strerror}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid JSON: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: not valid JSON: nested too deeply") from None
    if not isinstance(data, list) or not all(isinstance(d, dict) and "key" in d for d in data):
        raise ConfigError(f'{path}: expected a JSON list of objects with a "key"')
    for number, item in enumerate(data, 1):
        for name in ("decision", "category", "note", "from"):
            value = item.get(name)
            if value is not None and not isinstance(value, str):
                raise ConfigError(
                    f"{path}: decision {number}: {name} must be text, got {json.dumps(value)[:40]}"
                )
    return {str(d["key"]): d for d in data}


def _ask(unit: Any, index: int, total: int, row_name: str) -> dict[str, Any] | None:
    """Prompt for one disagreement; return the decision fields, {} to skip, None to quit."""
    from replay.team.consensus import describe_value

    click.echo("")
    click.echo(
        f"disagreement {index} of {total}: session {unit.session_id} ({row_name}) "
        f"{_clock(unit.start_ms)}-{_clock(unit.end_ms)}"
    )
    with_tags = list(unit.tags)
    for reviewer in unit.values:
        click.echo(f"  {reviewer}: {describe_value(unit, reviewer)}")
    choices = [
        f"[{i}] {unit.tags[r].category} as {r} tagged it" for i, r in enumerate(with_tags, 1)
    ]
    click.echo("  " + "  ".join([*choices, "[n] no problem", "[s] skip", "[q] quit"]))
    click.echo("  or type a category code to record that category over the whole span")
    try:
        answer = click.prompt("decision", default="s", show_default=True).strip()
    except click.exceptions.Abort:  # end of input (stdin ran out) or Ctrl+C/Ctrl+D: stop here
        click.echo("")
        return None
    if answer == "q":
        return None
    if answer == "s":
        return {}
    if answer == "n":
        return {"decision": "no_problem"}
    if answer.isascii() and answer.isdigit() and 1 <= int(answer[:19]) <= len(with_tags):
        return {"decision": "tag", "from": with_tags[int(answer) - 1]}
    return {
        "decision": "tag",
        "category": answer,
        "start_ms": unit.start_ms,
        "end_ms": unit.end_ms if unit.end_ms != unit.start_ms else None,
    }


@click.command("consensus")
@click.option("--reviewer", "lead", required=True, help="The lead who decides (recorded).")
@reviewers_option("Whose disagreements (default: everyone).")
@tolerance_option("As in `replay agreement`.")
@sessions_option
@click.option(
    "--decisions",
    "decisions_path",
    type=click.Path(path_type=Path),
    default=None,
    help="JSON list of decisions instead of prompts: {key, decision, from|category, ...}.",
)
@click.option(
    "--list", "list_only", is_flag=True, help="List pending disagreements; decide nothing."
)
@json_option("Print pending or recorded decisions as JSON.")
@db_option
@handle_errors
def consensus_command(
    lead: str,
    reviewers: list[str] | None,
    tolerance_ms: int,
    sessions: tuple[int, ...],
    decisions_path: Path | None,
    list_only: bool,
    as_json: bool,
    db: Path | None,
) -> None:
    """Walk the disagreements one by one and record the agreed tag or "no problem".

    Prompts on the terminal (answers may also come on stdin), or takes --decisions FILE.
    Consensus tags are kept apart from reviewers' own (export kind `consensus`).
    """
    from replay.team.consensus import decide, pending

    given = _load_decisions(decisions_path) if decisions_path is not None else None
    recorded = []
    with open_library(db) as library:
        units = pending(
            library,
            reviewers=reviewers,
            session_ids=list(sessions) or None,
            tolerance_ms=tolerance_ms,
        )
        if list_only:
            if as_json:
                echo_json([u.to_json() for u in units])
            else:
                click.echo(f"{len(units)} disagreement(s) without a decision")
                for u in units:
                    values = ", ".join(f"{r}: {v or '-'}" for r, v in u.values.items())
                    click.echo(f"  {u.key}  session {u.session_id} {_clock(u.start_ms)}  {values}")
            return
        if not units:
            if as_json:
                echo_json([])
            else:
                click.echo("no disagreements left to settle")
            return
        names = {r.id: r.source_name for r in library.sessions()}
        for index, unit in enumerate(units, 1):
            if given is not None:
                fields = given.get(unit.key, {})
            else:
                maybe = _ask(unit, index, len(units), names.get(unit.session_id, ""))
                if maybe is None:
                    break
                fields = maybe
            if not fields:
                continue
            decision, tag = decide(
                library,
                unit,
                lead=lead,
                decision=str(fields.get("decision", "tag")),
                category=fields.get("category"),
                severity=fields.get("severity"),
                start_ms=fields.get("start_ms"),
                end_ms=fields.get("end_ms"),
                note=fields.get("note"),
                from_reviewer=fields.get("from"),
            )
            recorded.append(decision)
            if not as_json:
                what = "no problem" if tag is None else f"consensus tag {tag.id} ({tag.category})"
                click.echo(f"recorded: {what}")
    if as_json:
        echo_json([d.to_json() for d in recorded])
    else:
        click.echo(f"{len(recorded)} decision(s) recorded, {len(units) - len(recorded)} left")


# -- calibrate --------------------------------------------------------------------------------


@click.command("calibrate")
@click.option(
    "--truth", default="consensus", show_default=True, help="consensus, or a reviewer's name."
)
@tolerance_option("As in `replay agreement`.")
@out_option("Write every point of every curve to this CSV.", metavar="FILE")
@json_option("Print every figure as JSON.")
@click.option(
    "--apply", "apply_it", is_flag=True, help="Write the suggested thresholds to the user config."
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="Thresholds file to start from (else $REPLAY_CONFIG).",
)
@click.option(
    "--apply-to",
    type=click.Path(path_type=Path),
    metavar="FILE",
    default=None,
    help="With --apply: this file instead of the user config.",
)
@db_option
@handle_errors
def calibrate_command(
    truth: str,
    tolerance_ms: int,
    out: Path | None,
    as_json: bool,
    apply_it: bool,
    config_path: Path | None,
    apply_to: Path | None,
    db: Path | None,
) -> None:
    """Precision and recall of each detector against reviewers' tags, across its threshold."""
    from replay.signals import load_config
    from replay.team import calibrate as cal

    cfg = load_config(config_path)
    path = resolve_db(db)
    if isinstance(path, Path) and not path.exists():
        raise StoreError(path, "no library here (import a session to create one)")
    with open_library(db) as library:
        result = cal.calibrate(library, cfg, truth=truth, tolerance_ms=tolerance_ms)
        if apply_it:
            cal.apply(library, result, apply_to)
    if out is not None:
        _write_calibration_csv(result, out)
    if as_json:
        echo_json(result.to_json())
        return
    click.echo(
        f"truth: {truth} ({result.truth_tags} tag(s) in {len(result.sessions)} session(s)); "
        f"tolerance {tolerance_ms} ms; config {result.config_hash[:12]}; run {result.run_id}"
    )
    click.echo(f"suggestion: {cal.SUGGESTION_RULE}")
    for c in result.curves:
        best = next((p for p in c.points if p.value == c.suggested), None)
        sug = (
            "none"
            if c.suggested is None
            else f"{c.suggested} (F1 {_fmt(best.f1 if best else None)})"
        )
        click.echo(f"{c.signal:<18} {c.setting:<36} now {c.current}  suggested {sug}")
        for p in c.points:
            click.echo(
                f"    {p.value!s:>8}  hits {p.detected:>4}  matched {p.matched_hits:>4}  "
                f"precision {_fmt(p.precision)}  recall {_fmt(p.recall)}  F1 {_fmt(p.f1)}"
            )
    if apply_it:
        click.echo(
            f"applied to {result.applied_path} (config {str(result.applied_config_hash)[:12]}); "
            "run `replay detect --force` to find spikes with it"
        )
    if out is not None:
        click.echo(f"wrote the curves to {out}")


CALIBRATION_HEADER = (
    "signal", "setting", "value", "current", "suggested", "truth", "detected",
    "matched_hits", "matched_truth", "precision", "recall", "f1", "config_hash", "truth_source",
)  # fmt: skip


def _write_calibration_csv(result: Any, out: Path) -> None:
    from replay.export import format_number, neutralise, write_csv

    rows = []
    for c in result.curves:
        for p in c.points:
            rows.append(
                [
                    neutralise(c.signal), neutralise(c.setting), format_number(p.value),
                    format_number(c.current), format_number(c.suggested), str(p.truth),
                    str(p.detected), str(p.matched_hits), str(p.matched_truth),
                    format_number(p.precision), format_number(p.recall), format_number(p.f1),
                    result.config_hash, neutralise(result.truth),
                ]
            )  # fmt: skip
    write_csv(out, rows, header=CALIBRATION_HEADER)


def register(group: click.Group) -> None:
    """Add the team-review commands to ``group``."""
    for command in (
        merge_command,
        blind_command,
        done_command,
        agreement_command,
        consensus_command,
        calibrate_command,
    ):
        group.add_command(command)
