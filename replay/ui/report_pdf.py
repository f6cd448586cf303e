"""Render a report in Qt WebEngine offscreen: PDF, screenshot, and every request blocked.

Every request that would leave the file is counted and blocked.

Used by ``replay report --pdf`` and by the tests that prove the report is self-contained.
Needs PySide6-Addons (Qt WebEngine); as root, Chromium needs ``--no-sandbox`` (STACK.md),
which is added to QTWEBENGINE_CHROMIUM_FLAGS when running as root.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from replay.errors import ReplayError

_TIMEOUT_MS = 60_000


@dataclass
class RenderResult:
    """What rendering a report did: requests seen (other than the file), PDF bytes, image."""

    requests: list[str] = field(default_factory=list)
    loaded: bool = False
    pdf: bytes = b""
    png: bytes = b""


def _app() -> object:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--no-sandbox" not in flags:
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --no-sandbox").strip()
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        app = QApplication(["replay"])
    return app


def render_report(
    html: str, *, pdf: bool = False, screenshot_size: tuple[int, int] | None = None
) -> RenderResult:
    """Load ``html`` from a temp file in an offscreen QWebEngineView (JavaScript off).

    Every request other than the file itself is blocked and listed in ``requests``.

    Raises
    ------
    ReplayError
        Qt WebEngine missing, or the page did not load within 60 s.
    """
    _app()
    try:
        from PySide6.QtCore import QEventLoop, QTimer, QUrl
        from PySide6.QtWebEngineCore import (
            QWebEngineProfile,
            QWebEngineSettings,
            QWebEngineUrlRequestInfo,
            QWebEngineUrlRequestInterceptor,
        )
        from PySide6.QtWebEngineWidgets import QWebEngineView
    except ImportError as exc:
        raise ReplayError(f"Qt WebEngine is not installed (PySide6-Addons): {exc}") from None

    result = RenderResult()
    with tempfile.TemporaryDirectory(prefix="replay-report-") as folder:
        page_path = Path(folder) / "report.html"
        page_path.write_text(html, encoding="utf-8")
        own = QUrl.fromLocalFile(str(page_path)).toString()

        class Interceptor(QWebEngineUrlRequestInterceptor):
            def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
                url = info.requestUrl().toString()
                if url != own:
                    result.requests.append(url)
                    info.block(True)

        profile = QWebEngineProfile()  # off the record: no disk cache, no cookies
        interceptor = Interceptor()
        profile.setUrlRequestInterceptor(interceptor)
        from PySide6.QtWebEngineCore import QWebEnginePage

        view = QWebEngineView()
        page = QWebEnginePage(profile, view)
        view.setPage(page)
        settings = view.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.AutoLoadImages, True)
        # Let a file page *try* remote URLs so that the interceptor sees (counts and blocks)
        # every one: with the default (off) Chromium drops them silently and a reference to
        # the network would go unnoticed.
        settings.setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True
        )
        width, height = screenshot_size or (1100, 1400)
        view.resize(width, height)
        view.show()
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)

        def loaded(ok: bool) -> None:
            result.loaded = ok
            loop.quit()

        view.loadFinished.connect(loaded)
        view.load(QUrl.fromLocalFile(str(page_path)))
        timer.start(_TIMEOUT_MS)
        loop.exec()
        if not result.loaded:
            raise ReplayError("the report did not load in Qt WebEngine within 60 s")
        if screenshot_size is not None:
            settle = QEventLoop()
            QTimer.singleShot(600, settle.quit)
            settle.exec()
            from PySide6.QtCore import QBuffer, QByteArray, QIODevice

            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            view.grab().save(buffer, "PNG")
            result.png = bytes(QByteArray(buffer.data()).data())
        if pdf:
            done = QEventLoop()

            def printed(data: object) -> None:
                result.pdf = bytes(data)  # type: ignore[call-overload]
                done.quit()

            page.printToPdf(printed)
            timer.start(_TIMEOUT_MS)
            timer.timeout.connect(done.quit)
            done.exec()
            if not result.pdf:
                raise ReplayError("Qt WebEngine did not print the report to PDF within 60 s")
        view.close()
        view.setPage(None)  # type: ignore[arg-type]
        page.deleteLater()
        view.deleteLater()
        flush = QEventLoop()
        QTimer.singleShot(50, flush.quit)
        flush.exec()
        profile.deleteLater()
    return result


def print_pdf(html: str, path: Path) -> RenderResult:
    """Print ``html`` to the PDF file ``path`` (atomic write; see :func:`render_report`)."""
    from replay.insights.files import write_output

    result = render_report(html, pdf=True)
    write_output(path, result.pdf)
    return result
