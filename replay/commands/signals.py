"""CLI commands: ``detect``, ``signals`` and ``evaluate`` (issue 3)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from replay.commands.common import BoundedInt, db_option, echo_json, handle_errors, open_library
from replay.errors import NotFound, ReplayError
from replay.importers import import_file
from replay.signals import DetectionResult, SignalConfig, load_config
from replay.signals.anchors import ANCHORS, AnchorResult, anchor_hits
from replay.signals.evaluate import Evaluation, evaluate, read_recording_list, read_truth
from replay.store.library import Library
from replay.store.results import detect_and_store, detect_stored, load_result, needs_detection

config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="Thresholds file overriding the defaults (else $REPLAY_CONFIG).",
)


def _resolve_sessions(lib: Library, names: Sequence[str]) -> list[tuple[int, str]]:
    """Map each SESSION argument (id, file name or source path) to (id, source_name)."""
    rows = lib.sessions(sort="id")
    if not names:
        return [(r.id, r.source_name) for r in rows]
    by_id = {r.id: r.source_name for r in rows}
    out = []
    for name in names:
        if name.isascii() and name.isdigit() and len(name) <= 19 and int(name) in by_id:
            out.append((int(name), by_id[int(name)]))
            continue
        found = [(r.id, r.source_name) for r in rows if name in (r.source_name, r.source)]
        if not found:
            raise NotFound(f"no session {name!r} in the library (see `replay sessions`)")
        out.extend(found)
    return out


def _result_for(
    lib: Library, session_id: int, cfg: SignalConfig, *, store: bool
) -> DetectionResult:
    """Return an up-to-date result: the stored one, else computed now.

    ``store=False`` (``replay signals``, ``replay evaluate`` without ``--import``: reads by
    contract) keeps a computed result in memory, so the library file is left unchanged;
    ``replay detect`` is the command that stores.
    """
    if not needs_detection(lib, session_id, cfg):
        stored = load_result(lib, session_id)
        if stored is not None:
            return stored
    if store:
        return detect_and_store(lib, session_id, cfg)
    return detect_stored(lib, session_id, cfg)


@click.command("detect")
@click.argument("sessions", nargs=-1)
@db_option
@config_option
@click.option("--force", is_flag=True, help="Recompute even when the stored result is current.")
@handle_errors
def detect_command(
    sessions: tuple[str, ...], db: Path | None, config_path: Path | None, force: bool
) -> None:
    """Run the frustration detectors on SESSIONS (default: all) and store the results."""
    cfg = load_config(config_path)
    with open_library(db) as lib:
        targets = _resolve_sessions(lib, sessions)
        if not targets:
            click.echo("the library has no sessions: nothing to detect")
            return
        done = skipped = 0
        for sid, name in targets:
            if not force and not needs_detection(lib, sid, cfg):
                skipped += 1
                click.echo(f"{sid} {name}: up to date (same config and detector version)")
                continue
            result = detect_and_store(lib, sid, cfg)
            done += 1
            click.echo(
                f"{sid} {name}: {len(result.hits)} hits, {len(result.spikes)} spikes, "
                f"score {result.score:.2f}"
            )
        click.echo(
            f"detected {done} session(s), {skipped} already up to date "
            f"(config {cfg.config_hash[:12]})"
        )


@click.command("signals")
@click.argument("session")
@db_option
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of hits.")
@handle_errors
def signals_command(
    session: str, db: Path | None, config_path: Path | None, as_json: bool
) -> None:
    """List the frustration signals found in SESSION, with reasons."""
    cfg = load_config(config_path)
    with open_library(db, reads_only=True) as lib:
        targets = _resolve_sessions(lib, [session])
        if len(targets) > 1:
            raise NotFound(f"{session!r} names {len(targets)} sessions; give the id instead")
        sid, name = targets[0]
        from replay.commands.findings import default_reviewer
        from replay.store.blind import Viewer

        if not Viewer(lib, default_reviewer()).spikes_visible(sid):
            raise BlindHidden(
                f"session {sid}: blind mode hides the detector's findings until you mark it "
                f"done (replay done {sid})"
            )
        result = _result_for(lib, sid, cfg, store=False)
    if as_json:
        echo_json([h.to_json() for h in result.hits])
        return
    click.echo(
        f"{sid} {name}: score {result.score:.2f}, peak {result.peak:.2f}, "
        f"{len(result.hits)} hits, {len(result.spikes)} spikes "
        f"(config {result.config_hash[:12]}, detector {result.detector_version})"
    )
    for h in result.hits:
        click.echo(f"  {_clock(h.start_ms)}-{_clock(h.end_ms)}  {h.signal:<18} {h.reason}")
    for sp in result.spikes:
        click.echo(
            f"  spike {sp.spike_id} at {_clock(sp.peak_ms)} (peak {sp.peak:.2f}): "
            + ", ".join(sp.signals)
        )
    for sig, why in result.unavailable.items():
        click.echo(f"  unavailable {sig}: {why}")
    for sig, why in result.unjudged.items():
        click.echo(f"  unjudged {sig}: {why}")


class BlindHidden(ReplayError):
    """Blind mode hides what was asked for (one line, exit 1)."""


def _clock(t_ms: int) -> str:
    s, ms = divmod(int(t_ms), 1000)
    m, s = divmod(s, 60)
    return f"{m:d}:{s:02d}.{ms:03d}"


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


@click.command("evaluate")
@click.option(
    "--truth",
    "truth_path",
    required=True,
    type=click.Path(path_type=Path),
    help="Ground truth CSV: recording,signal,start_ms,end_ms,notes.",
)
@click.option(
    "--tolerance-ms",
    default=1000,
    show_default=True,
    type=BoundedInt(0),
    help="Largest start and end difference for a match.",
)
@click.option(
    "--import",
    "import_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Import the recordings in DIR into the library first.",
)
@click.option(
    "--part",
    help="Only the recordings whose 'part' in truth-sessions.csv is this (tuning, heldout).",
)
@click.option(
    "--anchors",
    is_flag=True,
    help="Also score the public anchor rules (PostHog rage, OpenReplay dead, Amplitude "
    "thrash) on the same recordings.",
)
@db_option
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print the evaluation as JSON.")
@handle_errors
def evaluate_command(
    truth_path: Path,
    tolerance_ms: int,
    import_dir: Path | None,
    part: str | None,
    anchors: bool,
    db: Path | None,
    config_path: Path | None,
    as_json: bool,
) -> None:
    """Compare detections with a truth CSV: precision, recall and F1 per signal."""
    cfg = load_config(config_path)
    truth = read_truth(truth_path)
    wanted = read_recording_list(truth_path, part=part)
    anchor_results: dict[str, AnchorResult] = {}
    with open_library(db, reads_only=import_dir is None) as lib:
        if import_dir is not None:
            _import_folder(lib, import_dir)
        results: dict[str, DetectionResult] = {}
        for sid, name in _resolve_sessions(lib, ()):
            if wanted is not None and name not in wanted:
                continue
            # Evaluating reads the library; only --import (which writes it) stores results.
            results[name] = _result_for(lib, sid, cfg, store=import_dir is not None)
            if anchors:
                anchor_results[name] = anchor_hits(lib.load_session(sid))
    ev = evaluate(truth, results, tolerance_ms=tolerance_ms, recordings=wanted)
    anchor_ev = None
    if anchors:
        anchor_ev = evaluate(
            truth,
            anchor_results,
            tolerance_ms=tolerance_ms,
            recordings=wanted,
            signals=ANCHORS.values(),
        )
    if as_json:
        out = ev.to_json()
        if anchor_ev is not None:
            out["anchors"] = anchor_ev.to_json()
        echo_json(out)
        return
    _print_evaluation(ev, f"{len(results)} session(s), tolerance {tolerance_ms} ms", spikes=True)
    if anchor_ev is not None:
        click.echo("")
        rules = ", ".join(f"{rule} as {sig}" for rule, sig in ANCHORS.items())
        _print_evaluation(
            anchor_ev, f"anchor rules on the same recordings ({rules})", spikes=False
        )


def _print_evaluation(ev: Evaluation, title: str, *, spikes: bool) -> None:
    click.echo(title)
    click.echo(f"{'signal':<20}{'truth':>6}{'found':>6}{'match':>6}{'P':>7}{'R':>7}{'F1':>7}")
    for s in ev.scores.values():
        click.echo(
            f"{s.signal:<20}{s.truth:>6}{s.detected:>6}{s.matched:>6}"
            f"{_fmt(s.precision):>7}{_fmt(s.recall):>7}{_fmt(s.f1):>7}"
        )
    n_calm = len(ev.calm_sessions)
    click.echo(
        f"false detections on {n_calm} calm session(s) (no truth rows): {len(ev.calm_detections)}"
    )
    for rec, sig, a, _b in ev.calm_detections:
        click.echo(f"  calm {rec} {sig} at {_clock(a)}")
    if spikes:
        click.echo(f"false spikes on {n_calm} calm session(s): {len(ev.false_spikes)}")
        for rec, spike_id, peak_ms, sigs in ev.false_spikes:
            click.echo(f"  {rec} {spike_id} at {_clock(peak_ms)}: {', '.join(sigs)}")
    for m in ev.missed:
        click.echo(f"  missed {m.recording} {m.signal} {m.start_ms}-{m.end_ms}")
    for rec, sig, a, b in ev.extra:
        click.echo(f"  unmatched {rec} {sig} {a}-{b}")


def _import_folder(lib: Library, folder: Path) -> None:
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.name.endswith(".json"))
    if not files:
        raise NotFound(f"{folder}: no .json recordings to import")
    for path in files:
        try:
            lib.add_session(import_file(path))
        except ReplayError as exc:
            click.echo(f"skipped: {exc.one_line()}", err=True)


def register(group: click.Group) -> None:
    """Add ``detect``, ``signals`` and ``evaluate`` to ``group``."""
    group.add_command(detect_command)
    group.add_command(signals_command)
    group.add_command(evaluate_command)
