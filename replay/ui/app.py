"""Start the app: the QApplication, its fonts and language, the main window, screenshots."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, Unpack

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from replay.model.links import Moment
from replay.store.links import locate
from replay.store.target import PgTarget
from replay.ui.i18n import install_translator
from replay.ui.settings import APPLICATION, ORGANISATION, Settings

if TYPE_CHECKING:
    from replay.ui.main_window import MainWindow

#: Font families tried in order, so Latin, Thai, Korean and Chinese all render (STACK.md:
#: a fresh image shows boxes for Thai/CJK; the bootstrap installs Noto CJK and TLWG fonts).
FONT_FAMILIES = (
    "Noto Sans",
    "DejaVu Sans",
    "Liberation Sans",
    "Loma",
    "Noto Sans Thai",
    "Noto Sans CJK SC",
    "Noto Sans CJK KR",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
)


def needs_offscreen(*, screenshot: bool) -> bool:
    """Return True when a screenshot is asked for and there is no display to draw on."""
    if not screenshot or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )


#: What the offscreen platform says about every top-level window (its limit, not ours).
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def _quiet_offscreen_handler(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if message != OFFSCREEN_NOISE:
        sys.stderr.write(message + "\n")


def quiet_offscreen() -> None:
    """Drop the offscreen platform's one warning about every window (its limit, not ours)."""
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        qInstallMessageHandler(_quiet_offscreen_handler)


def _apply_fonts(app: QApplication) -> None:
    available = set(QFontDatabase.families())
    families = [f for f in FONT_FAMILIES if f in available]
    if families:
        font = QFont(app.font())
        font.setFamilies(families)
        app.setFont(font)


def create_application(argv: Sequence[str] | None = None, *, language: str = "") -> QApplication:
    """Return the QApplication (creating it once) with replay's names, fonts and language."""
    from replay.ui.page_view import prepare_environment

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    prepare_environment()  # the page view's web engine: set before the QApplication exists
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(list(argv) if argv is not None else [sys.argv[0]])
    )
    QGuiApplication.setApplicationDisplayName("replay")
    _apply_fonts(app)
    install_translator(app, language)
    return app


def settle(app: QCoreApplication, *, wait_ms: int = 250) -> None:
    """Process events for ``wait_ms`` so layouts, timers and plots have drawn once."""
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < wait_ms:
        app.processEvents()
        QCoreApplication.sendPostedEvents()


class LinkOptions(TypedDict, total=False):
    """How to show a deep link's window (:func:`run_link`); part of :class:`WindowOptions`.

    Attributes
    ----------
    screenshot : Path
        Render the window to this PNG and return instead of running the event loop.
    size : (width_px, height_px)
        The window size (default: remembered geometry, else 1440x900).
    language : str
        A UI language code to use (and remember, unless for a screenshot); default the
        remembered one.
    settings : Settings
        Settings to use (tests); default the user's.
    """

    screenshot: Path | None
    size: tuple[int, int] | None
    language: str | None
    settings: Settings | None


class WindowOptions(LinkOptions, total=False):
    """What to show in the main window (:func:`run_app`, :func:`open_main_window`).

    The options of :class:`LinkOptions` (``screenshot``, ``size``, ``language``,
    ``settings``) and these:

    Attributes
    ----------
    session_id : int
        A session to open; default none, or the most frustrated one for the demo.
    at_ms : int
        Where to put the playhead in that session (ms since its start).
    unreachable : sequence of str
        Libraries a deep link could not reach, named in the status line.
    """

    session_id: int | None
    at_ms: int | None
    unreachable: Sequence[str]


def run_app(db_path: Path | PgTarget, **options: Unpack[WindowOptions]) -> int:
    """Open the main window on the library at ``db_path``; return the exit code.

    Parameters
    ----------
    db_path : Path or PgTarget
        The library file (created when missing), or a PostgreSQL library.
    **options
        What to show (:class:`WindowOptions`).
    """
    app, window = open_main_window(db_path, **options)
    screenshot = options.get("screenshot")
    if screenshot is not None:
        wait_for_workers(window, app=app)
        window.replay_view.page_layer.wait_idle()  # the recorded page, painted
        return save_screenshot(window, screenshot, app=app)
    return int(app.exec())


def open_main_window(
    db_path: Path | PgTarget, **options: Unpack[WindowOptions]
) -> tuple[QApplication, MainWindow]:
    """Make the application and show the main window as :func:`run_app` does, without its loop.

    What is remembered: a library opened for the user (``replay app``, ``replay open``, a
    deep link) becomes the last and first recent library, and ``language`` is kept. A
    screenshot run changes none of the user's settings (no recent library, no language,
    no window layout): it is a picture, not a visit.
    """
    screenshot = options.get("screenshot")
    language = options.get("language")
    session_id, at_ms = options.get("session_id"), options.get("at_ms")
    if needs_offscreen(screenshot=screenshot is not None):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    settings = options.get("settings") or Settings()
    if language is not None and screenshot is None:
        settings.language = language
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        qInstallMessageHandler(_quiet_offscreen_handler)
    app = create_application(language=settings.language if language is None else language)
    from replay.store.links import LINK_THREADS
    from replay.ui.gui_gc import hold_while_threads
    from replay.ui.main_window import MainWindow

    hold_while_threads(LINK_THREADS)  # a deep link's slow server, still being asked

    window = MainWindow(settings=settings, remember=screenshot is None)
    # A screenshot has no one to read a message box: errors become one line and exit 1.
    window.raise_errors = screenshot is not None
    try:
        window.open_library(db_path)
        size = options.get("size")
        if size is not None:
            window.resize(*size)
        if session_id is not None:
            window.open_session(session_id, at_ms=at_ms)
        elif screenshot is not None and at_ms is None:
            window.select_first_session()
    except BaseException:
        window.close()
        raise
    window.show()
    unreachable = options.get("unreachable", ())
    if unreachable:
        window.say_unreachable(unreachable)
    return app, window


def wait_for_workers(window: object, *, app: QCoreApplication, timeout_ms: int = 120_000) -> None:
    """Run the event loop until ``window``'s import and detection threads are done."""
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < timeout_ms and (
        getattr(window, "import_runner", None) is not None
        or getattr(window, "detect_runner", None) is not None
    ):
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def save_screenshot(window: QApplication | object, path: Path, *, app: QCoreApplication) -> int:
    """Let ``window`` draw, grab it and save a PNG at ``path``; return 0 (1 if unsaved)."""
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    settle(app, wait_ms=400)
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(path), "PNG")
    window.close()
    settle(app, wait_ms=50)
    return 0 if ok else 1


def run_link(
    moment: Moment, *, default_db: Path | PgTarget, **options: Unpack[LinkOptions]
) -> int:
    """Open the library holding a deep link's session at its moment; return the exit code.

    The default library is searched first, then the recently opened ones (settings);
    PostgreSQL ones all at once with a short timeout, and those that could not be reached
    are named in the window's status line (:func:`replay.store.links.locate`).

    Raises
    ------
    NotFound
        No known library holds the session.
    """
    settings = options.get("settings") or Settings()
    found = locate(moment, [default_db, *settings.recent_libraries])
    window: WindowOptions = {
        **options,
        "settings": settings,
        "session_id": found.session_id,
        "at_ms": found.t_ms,
        "unreachable": [name for name, _why in found.unreachable],
    }
    return run_app(found.library, **window)
