"""CLI commands: ``replay app`` and ``replay demo`` (the desktop app).

Qt is imported lazily inside the commands: ``replay.cli`` and ``replay.commands`` must not
import PySide6 at import time (STYLE.md 6.1, tests/test_architecture.py).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack

import click

from replay.commands.common import (
    ID,
    MS,
    db_option,
    handle_errors,
    offscreen_without_display,
    out_option,
    resolve_db,
)

if TYPE_CHECKING:  # types only: nothing of Qt is imported at run time
    from replay.store.target import PgTarget
    from replay.ui.app import LinkOptions, WindowOptions  # noqa: TID251


def _size_parser(
    *, low: tuple[int, int], high: tuple[int, int], example: str
) -> Callable[[click.Context, click.Parameter, str | None], object]:
    """Return a click callback reading ``WIDTHxHEIGHT`` within ``low``..``high`` pixels."""

    def parse(_ctx: click.Context, _param: click.Parameter, value: str | None) -> object:
        if value is None:
            return None
        try:
            width, height = (int(part) for part in value.lower().split("x"))
        except ValueError:
            raise click.BadParameter(f"{value!r} is not WIDTHxHEIGHT (e.g. {example})") from None
        if not (low[0] <= width <= high[0] and low[1] <= height <= high[1]):
            raise click.BadParameter(
                f"{value!r} is outside {low[0]}x{low[1]} .. {high[0]}x{high[1]}"
            )
        return (width, height)

    return parse


#: The window and frame size (``--size``) and a clip's frame size (``clip --size``).
_parse_size = _size_parser(low=(320, 240), high=(10_000, 10_000), example="1600x1000")
_parse_clip_size = _size_parser(low=(160, 120), high=(3840, 2160), example="1280x720")


#: The options ``app`` and ``demo`` share: the keys of their ``window`` (``WindowOptions``).
_WINDOW_KEYS = ("session_id", "at_ms", "screenshot", "size", "language")


def _window_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add the options ``app`` and ``demo`` share, handed to ``func`` as one ``window``."""

    @functools.wraps(func)
    def command(**kwargs: Any) -> Any:
        window = {key: kwargs.pop(key) for key in _WINDOW_KEYS}
        return func(window=window, **kwargs)

    for option in reversed(
        [
            click.option("--session", "session_id", type=ID, help="Open this session id."),
            click.option("--at", "at_ms", type=MS, help="Playhead (ms)."),
            click.option(
                "--screenshot",
                type=click.Path(path_type=Path),
                metavar="FILE",
                help="Save the window as a PNG and exit (offscreen when there is no display).",
            ),
            click.option("--size", callback=_parse_size, help="Window size WIDTHxHEIGHT."),
            click.option(
                "--language",
                help="UI language code (e.g. th, ko, zh_CN); remembered (not by --screenshot).",
            ),
        ]
    ):
        command = option(command)
    return command


def _run_window(db_path: Path | PgTarget, window: WindowOptions) -> None:
    """Open the app on ``db_path`` with ``window`` and exit with its code."""
    from replay.ui.app import run_app  # noqa: TID251 - lazy: the CLI must not import Qt

    _exit_after(run_app(db_path, **window), window.get("screenshot"))


@click.command("app")
@click.argument("link", required=False)
@db_option
@_window_options
@handle_errors
def app_command(link: str | None, db: Path | None, window: WindowOptions) -> None:
    """Open the review app on a library (default: $REPLAY_DB or the user's data folder).

    LINK, optional, is a deep link replay://SESSION_HASH?t=MS (see ``replay open``).
    """
    if link is not None:
        _open_link(
            link,
            db,
            screenshot=window.get("screenshot"),
            size=window.get("size"),
            language=window.get("language"),
        )
        return
    _run_window(resolve_db(db), window)


def _open_link(link: str, db: Path | None, **options: Unpack[LinkOptions]) -> None:
    from replay.model.links import parse_link

    moment = parse_link(link)  # a bad link is one line, before any window opens
    from replay.ui.app import run_link  # noqa: TID251 - lazy: the CLI must not import Qt

    code = run_link(moment, default_db=resolve_db(db), **options)
    _exit_after(code, options.get("screenshot"))


@click.command("open")
@click.argument("link")
@db_option
@click.option(
    "--screenshot",
    type=click.Path(path_type=Path),
    help="Save the window as a PNG and exit (offscreen when there is no display).",
)
@click.option("--size", callback=_parse_size, help="Window size WIDTHxHEIGHT.")
@click.option(
    "--language", help="UI language code (e.g. th, ko, zh_CN); remembered (not by --screenshot)."
)
@handle_errors
def open_command(
    link: str,
    db: Path | None,
    screenshot: Path | None,
    size: tuple[int, int] | None,
    language: str | None,
) -> None:
    """Open a shared moment: replay://SESSION_HASH?t=MS.

    The session is looked up by its content hash in the default library (or --db), then
    in the libraries opened recently in the app; the app opens it at t ms.
    """
    _open_link(link, db, screenshot=screenshot, size=size, language=language)


@click.command("clip")
@click.argument("session_id", metavar="SESSION", type=ID)
@click.option("--from", "from_ms", type=MS, required=True, help="Start (ms).")
@click.option("--to", "to_ms", type=MS, required=True, help="End (ms).")
@out_option("The clip file: .mp4 (H.264), .webp or .gif (animated).", required=True)
@click.option(
    "--speed",
    type=float,
    default=1.0,
    show_default=True,
    help="Session seconds per clip second (0.1-16).",
)
@click.option(
    "--size",
    "clip_size",
    callback=_parse_clip_size,
    help="Frame size WIDTHxHEIGHT (default 1280x720).",
)
@click.option("--no-page", is_flag=True, help="Leave out the recorded page (cursor overlay only).")
@click.option(
    "--progress-lines",
    is_flag=True,
    hidden=True,
    help="Print 'frame N/M' lines on stderr instead of a bar (the app reads them).",
)
@db_option
@handle_errors
def clip_command(
    session_id: int,
    from_ms: int,
    to_ms: int,
    out: Path,
    speed: float,
    clip_size: tuple[int, int] | None,
    no_page: bool,
    progress_lines: bool,
    db: Path | None,
) -> None:
    """Render a clip of SESSION from --from to --to ms: the stage and the lanes at 30 fps.

    The stage shows the recorded page behind the cursor when the session has one (rrweb),
    drawn inert and offline as in ``replay frame``; --no-page leaves it out.
    """
    import os
    import signal

    from replay.commands.common import open_library
    from replay.errors import ReplayError
    from replay.review.clip import clip_format

    clip_format(out)  # a wrong suffix is one line before anything starts
    _check_output(out)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: frames are grabbed
    from replay.ui.app import (  # noqa: TID251 - lazy: Qt only for clips
        create_application,
        quiet_offscreen,
    )
    from replay.ui.clip_render import DEFAULT_SIZE, render_clip  # noqa: TID251 - lazy
    from replay.ui.page_view import prepare_environment  # noqa: TID251 - lazy

    stop: list[int] = []  # SIGTERM (the app's Cancel) seen

    def on_sigterm(signum: int, _frame: object) -> None:
        # Raising here could land inside a Qt callback, which swallows it: the next frame
        # raises instead (see progress), and the writer then drops its partial file.
        stop.append(signum)

    signal.signal(signal.SIGTERM, on_sigterm)
    quiet_offscreen()
    if not no_page:
        prepare_environment()  # Qt WebEngine's prerequisites, before the QApplication
    create_application()
    with open_library(db, reads_only=True) as library:
        library.session_row(session_id)  # NotFound: one line
        stderr = click.get_text_stream("stderr")  # type: ignore[operator]
        with click.progressbar(length=1, label="rendering", file=stderr) as bar:

            def progress(done: int, total: int) -> None:
                if stop:
                    raise ReplayError(f"{out}: the clip was cancelled; nothing was written")
                if progress_lines:  # one line per frame, for the app's progress dialog
                    stderr.write(f"frame {done}/{total}\n")
                    stderr.flush()
                    return
                bar.length = total
                bar.update(done - bar.pos)  # type: ignore[attr-defined]

            path, frames = render_clip(
                library,
                session_id,
                from_ms=from_ms,
                to_ms=to_ms,
                out=out,
                speed=speed,
                size=clip_size or DEFAULT_SIZE,
                progress=progress,
                page=not no_page,
            )
    click.echo(f"saved {path} ({frames} frames, {frames / 30:.2f} s at 30 fps)")


def _exit_after(code: int, screenshot: Path | None) -> None:
    """Say where the screenshot went (when one was asked for) and exit with the app's code."""
    if screenshot is not None and code == 0:
        click.echo(f"saved {screenshot}")
    raise SystemExit(code)


@click.command("demo")
@_window_options
@click.option("--rebuild", is_flag=True, help="Rebuild the demo library even if cached.")
@handle_errors
def demo_command(window: WindowOptions, rebuild: bool) -> None:
    """Open the app on a demo library built from the bundled sessions (cached)."""
    from replay.demo import build_demo_library, first_spike_ms

    # The library is built without Qt (replay.demo + replay.ingest); Qt only shows it.
    demo = build_demo_library(rebuild=rebuild, echo=lambda line: click.echo(line, err=True))
    session_id = window.get("session_id")
    if session_id is None:
        session_id = window["session_id"] = demo.most_frustrated_id
        # A new user lands on the first frustration spike, not on an empty first frame.
        if window.get("at_ms") is None and session_id is not None:
            window["at_ms"] = first_spike_ms(demo.db_path, session_id)
    _run_window(demo.db_path, window)


def _check_output(out: Path) -> None:
    """Refuse, in one line, an output replay must not write, before the clip's Qt starts.

    The clip writer checks again and writes (:func:`replay.filekind.atomic_output`).
    """
    from replay.errors import ExportError
    from replay.filekind import output_problem

    problem = output_problem(out)
    if problem is not None:
        raise ExportError(f"{out}: {problem}; nothing was written")


@click.command("frame")
@click.argument("session_id", metavar="SESSION", type=ID)
@click.option("--at", "at_ms", type=MS, required=True, help="Moment (ms).")
@out_option("The PNG file to write.", required=True)
@click.option("--size", callback=_parse_size, help="Image size WIDTHxHEIGHT (default 1280x800).")
@click.option("--no-page", is_flag=True, help="Leave out the recorded page (cursor overlay only).")
@db_option
@handle_errors
def frame_command(
    session_id: int,
    at_ms: int,
    out: Path,
    size: tuple[int, int] | None,
    no_page: bool,
    db: Path | None,
) -> None:
    """Render the replay stage (page and cursor overlay) of SESSION at a moment to a PNG.

    Headless (offscreen when there is no display). The recorded page is drawn inert:
    none of its scripts run and nothing is fetched.
    """
    from replay.errors import ExportError, ReplayError
    from replay.filekind import atomic_output
    from replay.store.library import Library

    # Checked and opened before Qt starts: a bad --out is one line at once.
    with atomic_output(out, error=ExportError, what="the PNG") as png:
        offscreen_without_display()
        try:
            from replay.ui.page_render import (  # noqa: TID251 - lazy: the CLI must not import Qt
                ensure_application,
                render_frame,
            )
        except ImportError as exc:
            raise ReplayError(f"replay frame: Qt WebEngine is not available ({exc})") from None

        ensure_application()
        with Library.open_to_read(resolve_db(db)) as lib:
            image = render_frame(lib, session_id, at_ms, size or (1280, 800), page=not no_page)
        # The temporary name has no .png: name the format (a str at run time; stubs say bytes).
        if not image.save(str(png.path), "PNG"):  # type: ignore[call-overload]
            raise ExportError(f"{out}: cannot write the PNG")
    click.echo(f"saved {out}")


def register(group: click.Group) -> None:
    """Add ``app``, ``demo``, ``open``, ``clip`` and ``frame`` to ``group``."""
    group.add_command(app_command)
    group.add_command(demo_command)
    group.add_command(open_command)
    group.add_command(clip_command)
    group.add_command(frame_command)
