"""The UI language: installing a translator changes real strings, the locale and the menu."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from replay.ui.i18n import (
    available_languages,
    build_language_menu,
    install_translator,
    resolve_language,
)


@pytest.fixture
def app_in_english(qapp: QApplication) -> Iterator[QApplication]:
    """The app, put back to English afterwards so no other test sees a translated UI."""
    yield qapp
    install_translator(qapp, "en")


def _system_default() -> str:
    return QCoreApplication.translate("LanguageMenu", "System default")


def test_available_languages_native_names() -> None:
    assert available_languages() == {
        "en": "English",
        "th": "ไทย",
        "ko": "한국어",
        "zh_TW": "繁體中文",
    }


@pytest.mark.parametrize(
    ("code", "expected"),
    [("th", "ตามระบบ"), ("ko", "시스템 기본값"), ("zh_TW", "系統預設")],
)
def test_translator_changes_strings(
    app_in_english: QApplication, code: str, expected: str
) -> None:
    assert _system_default() == "System default"
    assert install_translator(app_in_english, code) == code
    assert _system_default() == expected
    assert install_translator(app_in_english, "en") == "en"
    assert _system_default() == "System default"


def test_second_language_replaces_first(app_in_english: QApplication) -> None:
    install_translator(app_in_english, "th")
    install_translator(app_in_english, "ko")
    assert _system_default() == "시스템 기본값"


def test_language_sets_locale_for_dates_and_numbers(app_in_english: QApplication) -> None:
    date = QDate(2026, 3, 9)
    install_translator(app_in_english, "ko")
    assert QLocale().name() == "ko_KR"
    assert "2026년" in QLocale().toString(date, QLocale.FormatType.LongFormat)
    install_translator(app_in_english, "zh_TW")
    assert "2026年" in QLocale().toString(date, QLocale.FormatType.LongFormat)
    install_translator(app_in_english, "th")
    assert QLocale().name() == "th_TH"
    assert "มีนาคม" in QLocale().toString(date, QLocale.FormatType.LongFormat)
    install_translator(app_in_english, "en")
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"


def test_qt_own_strings_follow(app_in_english: QApplication, qtbot: object) -> None:
    """Standard dialog buttons come from Qt's own qtbase_<code>.qm (Korean ships one)."""
    install_translator(app_in_english, "ko")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    assert button.text() == "취소"


def test_system_locale_is_followed() -> None:
    assert resolve_language(None, system=QLocale("th_TH")) == "th"
    assert resolve_language("", system=QLocale("ko_KR")) == "ko"
    assert resolve_language(None, system=QLocale("zh_HK")) == "zh_TW"
    assert resolve_language(None, system=QLocale("zh_CN")) == "en"  # no Simplified yet
    assert resolve_language(None, system=QLocale("de_DE")) == "en"
    assert resolve_language("ko-KR") == "ko"


def test_unknown_language_falls_back_to_english(app_in_english: QApplication) -> None:
    assert install_translator(app_in_english, "xx") == "en"
    assert _system_default() == "System default"


def test_language_menu(app_in_english: QApplication, qtbot: object) -> None:
    parent = QWidget()
    chosen: list[str] = []
    menu = build_language_menu(parent, current="ko", on_chosen=chosen.append)
    actions = menu.actions()
    assert [a.text() for a in actions] == [
        "System default",
        "English",
        "ไทย",
        "한국어",
        "繁體中文",
    ]
    assert [a.isChecked() for a in actions] == [False, False, False, True, False]
    actions[2].trigger()
    assert chosen == ["th"]
    assert actions[2].isChecked()
    assert not actions[3].isChecked()
    actions[0].trigger()
    assert chosen == ["th", ""]
    parent.deleteLater()


def test_regional_cjk_font_preferred(app_in_english: QApplication) -> None:
    """Traditional Chinese draws Han characters with the TC forms, Korean with the KR ones."""
    from PySide6.QtGui import QFont, QFontDatabase

    before = QFont(app_in_english.font())
    try:
        app_in_english.setFont(QFont(["DejaVu Sans", "Noto Sans CJK SC", "Noto Sans CJK KR"]))
        for code, family in (("zh_TW", "Noto Sans CJK TC"), ("ko", "Noto Sans CJK KR")):
            if family not in QFontDatabase.families():
                pytest.fail(f"{family} is not installed (bootstrap installs fonts-noto-cjk)")
            install_translator(app_in_english, code)
            families = app_in_english.font().families()
            assert families[0] == "DejaVu Sans"
            assert families[1] == family, families
    finally:
        app_in_english.setFont(before)


@pytest.mark.parametrize(
    ("lang_env", "expected"), [("th_TH.UTF-8", "th"), ("zh_TW.UTF-8", "zh_TW")]
)
def test_follows_system_locale_end_to_end(lang_env: str, expected: str) -> None:
    """With no language chosen, a fresh process follows $LANG (what QLocale.system() reads)."""
    import os
    import subprocess
    import sys

    probe = (
        "from PySide6.QtWidgets import QApplication; "
        "from PySide6.QtCore import QCoreApplication; "
        "from replay.ui.i18n import install_translator; "
        "app = QApplication([]); "
        "print(install_translator(app, None)); "
        "print(QCoreApplication.translate('LanguageMenu', 'System default'))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=lang_env, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", probe],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.splitlines()
    assert out[0] == expected
    assert out[1] != "System default"


def test_signal_names_cover_every_detector(app_in_english: QApplication) -> None:
    """Every signal kind the score weighs has a display name, translated with the UI."""
    import tomllib
    from pathlib import Path

    from replay.ui.i18n import signal_name

    thresholds = Path(__file__).resolve().parents[2] / "resources" / "thresholds.toml"
    kinds = tomllib.loads(thresholds.read_text(encoding="utf-8"))["score"]["weights"]
    english = {kind: signal_name(kind) for kind in kinds}
    assert english["rage_click"] == "rage click"
    install_translator(app_in_english, "ko")
    korean = {kind: signal_name(kind) for kind in kinds}
    untranslated = [kind for kind in kinds if korean[kind] == english[kind]]
    assert not untranslated, untranslated
    assert korean["rage_click"] == "분노 클릭"
    assert signal_name("future_signal") == "future signal"


def test_device_names_translated(app_in_english: QApplication) -> None:
    from replay.model.session import Device
    from replay.ui.i18n import device_name

    assert [device_name(d.value) for d in Device] == [d.value for d in Device]
    install_translator(app_in_english, "zh_TW")
    assert device_name(Device.MOBILE.value) == "手機"
    assert all(device_name(d.value) != d.value for d in Device)
    assert device_name("smartwatch") == "smartwatch"
