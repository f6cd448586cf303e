"""The app's remembered settings: one typed wrapper over QSettings (organisation "replay").

Settings live in an INI file (``QSettings.IniFormat``, user scope), so they are the same
plain-text file on every OS (on Linux ``~/.config/replay/replay.ini``). Tests and the
screenshot command point ``$REPLAY_SETTINGS_DIR`` (or :func:`use_settings_dir`) at a
temporary folder so they never read or write the user's own settings.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from replay.store.target import PgTarget, parse_target

ORGANISATION = "replay"
APPLICATION = "replay"
SETTINGS_DIR_ENV = "REPLAY_SETTINGS_DIR"

#: Speeds offered by the app (issue 5: 0.25x to 16x).
SPEEDS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0)
#: How many recently opened libraries are remembered (deep links look in these).
RECENT_LIBRARIES = 10


def use_settings_dir(folder: str | Path) -> None:
    """Store every later :class:`Settings` under ``folder`` (tests, screenshots)."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def default_reviewer() -> str:
    """Return the OS user name, the reviewer suggested when none is set ("" if unknown)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no passwd entry / no USER in some containers
        return ""


class Settings:
    """Typed access to every remembered setting.

    Parameters
    ----------
    qsettings : QSettings, optional
        The store; by default the user's INI file for organisation and application "replay"
        (redirected by ``$REPLAY_SETTINGS_DIR`` when set).
    """

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            folder = os.environ.get(SETTINGS_DIR_ENV)
            if folder:
                use_settings_dir(folder)
            qsettings = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
            )
        self.q = qsettings

    # -- generic typed reads (QSettings' INI backend returns strings for everything) --
    def _str(self, key: str, default: str = "") -> str:
        value = self.q.value(key, default)
        return default if value is None else str(value)

    def _float(self, key: str, default: float) -> float:
        try:
            return float(self._str(key, str(default)))
        except ValueError:
            return default

    def _bool(self, key: str, default: bool) -> bool:
        value = self.q.value(key, default)
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in ("1", "true", "yes", "on")

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self.q.sync()

    # -- window layout --
    @property
    def window_geometry(self) -> QByteArray | None:
        """``QMainWindow.saveGeometry()`` bytes, or None."""
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self.q.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        """``QMainWindow.saveState()`` bytes (docks, toolbars), or None."""
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.q.setValue("window/state", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        """The main splitter's ``saveState()`` bytes (panel widths), or None."""
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self.q.setValue("window/splitter", value)

    # -- playback --
    @property
    def speed(self) -> float:
        """Playback speed factor (one of :data:`SPEEDS`; 1.0 by default)."""
        speed = self._float("playback/speed", 1.0)
        return speed if speed in SPEEDS else 1.0

    @speed.setter
    def speed(self, value: float) -> None:
        self.q.setValue("playback/speed", float(value))

    @property
    def skip_idle(self) -> bool:
        """Skip idle gaps while playing (on by default, issue 5)."""
        return self._bool("playback/skip_idle", True)

    @skip_idle.setter
    def skip_idle(self, value: bool) -> None:
        self.q.setValue("playback/skip_idle", bool(value))

    @property
    def spike_landing(self) -> str:
        """Where spike keys land: ``first_hit`` (default) or ``score_rise``."""
        value = self._str("playback/spike_landing", "first_hit")
        return value if value in ("first_hit", "score_rise") else "first_hit"

    @spike_landing.setter
    def spike_landing(self, value: str) -> None:
        self.q.setValue("playback/spike_landing", value)

    # -- review --
    @property
    def reviewer(self) -> str:
        """The reviewer name written on every tag ("" until the user sets it)."""
        return self._str("review/reviewer").strip()

    @reviewer.setter
    def reviewer(self, value: str) -> None:
        self.q.setValue("review/reviewer", value.strip())

    @property
    def last_library(self) -> Path | PgTarget | None:
        """The library opened last (a file, or a PostgreSQL target without password), or None."""
        text = self._str("library/last")
        return parse_target(text) if text else None

    @last_library.setter
    def last_library(self, value: Path | PgTarget | None) -> None:
        self.q.setValue("library/last", "" if value is None else str(value))

    @property
    def recent_libraries(self) -> list[Path | PgTarget]:
        """Libraries opened in the app, newest first (at most :data:`RECENT_LIBRARIES`)."""
        text = self._str("library/recent")
        return [parse_target(line) for line in text.split("\n") if line]

    def remember_library(self, path: Path | PgTarget) -> None:
        """Put ``path`` first in :attr:`recent_libraries` (deep links search these)."""
        absolute = path if isinstance(path, PgTarget) else Path(path).expanduser().absolute()
        rest = [p for p in self.recent_libraries if p != absolute]
        paths = [absolute, *rest][:RECENT_LIBRARIES]
        self.q.setValue("library/recent", "\n".join(str(p) for p in paths))

    @property
    def language(self) -> str:
        """UI language code ("" = the system's); translations are added by packaging."""
        return self._str("ui/language")

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("ui/language", value)
