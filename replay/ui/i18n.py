"""The UI language: Qt translators for replay's strings and Qt's own, and the locale.

replay's translations are ``resources/translations/replay_<code>.qm``, compiled with
``pyside6-lrelease`` from the ``.ts`` files ``pyside6-lupdate`` extracts from ``replay/ui``
(see docs/languages.md). Qt's own strings (standard dialog buttons) come from the
``qtbase_<code>.qm`` that PySide6 ships, where one exists (Korean and Chinese; not Thai).

The UI language also sets :meth:`QLocale.setDefault`, so dates and numbers shown in the UI
follow it; files written for machines (the CSV export) never use the UI locale.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from replay.resources import resource_path

#: Language code -> its name in that language (as a language menu shows it).
_LANGUAGES = {"en": "English", "th": "ไทย", "ko": "한국어", "zh_TW": "繁體中文"}
#: The language the source strings are written in: it needs no translator.
SOURCE_LANGUAGE = "en"
#: QLocale names used for dates and numbers of each UI language.
_LOCALES = {"en": "en_US", "th": "th_TH", "ko": "ko_KR", "zh_TW": "zh_TW"}
#: The CJK family with each language's regional glyph forms: a Han character shared by
#: Chinese, Japanese and Korean is drawn differently in each (Noto CJK's region subsets).
_CJK_FAMILIES = {"zh_TW": "Noto Sans CJK TC", "ko": "Noto Sans CJK KR"}
# The translators currently installed, kept so a second call replaces rather than stacks them
# (QCoreApplication does not own them; they must outlive the call).
_installed: list[QTranslator] = []


#: What the UI calls each detector's signal kind (the ids in replay/signals, thresholds.toml).
#: QT_TRANSLATE_NOOP marks them for lupdate; :func:`signal_name` translates them.
_SIGNAL_NAMES: dict[str, object] = {
    "rage_click": QT_TRANSLATE_NOOP("Signals", "rage click"),
    "dead_click": QT_TRANSLATE_NOOP("Signals", "dead click"),
    "slow_click": QT_TRANSLATE_NOOP("Signals", "slow click"),
    "error_click": QT_TRANSLATE_NOOP("Signals", "error click"),
    "erratic_cursor": QT_TRANSLATE_NOOP("Signals", "erratic cursor"),
    "cursor_confusion": QT_TRANSLATE_NOOP("Signals", "cursor confusion"),
    "hesitation": QT_TRANSLATE_NOOP("Signals", "hesitation"),
    "scroll_thrash": QT_TRANSLATE_NOOP("Signals", "scroll thrash"),
    "excessive_scroll": QT_TRANSLATE_NOOP("Signals", "excessive scroll"),
    "repeated_rotation": QT_TRANSLATE_NOOP("Signals", "repeated rotation"),
    "quick_back": QT_TRANSLATE_NOOP("Signals", "quick back"),
    "page_loop": QT_TRANSLATE_NOOP("Signals", "page loop"),
    "form_reentry": QT_TRANSLATE_NOOP("Signals", "form re-entry"),
}


def signal_name(kind: str) -> str:
    """Return the translated display name of a signal kind (``"rage_click"`` -> "rage click").

    Unknown kinds (a detector added later) show their id with spaces for underscores.
    """
    text = _SIGNAL_NAMES.get(kind)
    if text is None:
        return kind.replace("_", " ")
    return QCoreApplication.translate("Signals", str(text))


#: What the UI calls each device class (replay.model.session.Device values).
_DEVICE_NAMES: dict[str, object] = {
    "desktop": QT_TRANSLATE_NOOP("Devices", "desktop"),
    "mobile": QT_TRANSLATE_NOOP("Devices", "mobile"),
    "tablet": QT_TRANSLATE_NOOP("Devices", "tablet"),
    "unknown": QT_TRANSLATE_NOOP("Devices", "unknown"),
}


def device_name(device: str) -> str:
    """Return the translated display name of a device class (``"mobile"`` -> "มือถือ" in Thai)."""
    text = _DEVICE_NAMES.get(device)
    return device if text is None else QCoreApplication.translate("Devices", str(text))


#: The default codebook's labels and descriptions (migration m002), translated while a
#: library keeps them unchanged; a category the team renamed is their data, shown as is.
_CODEBOOK: dict[str, tuple[str, object, object]] = {
    "broken_link_or_button": (
        "Broken link or button",
        QT_TRANSLATE_NOOP("Codebook", "Broken link or button"),
        QT_TRANSLATE_NOOP(
            "Codebook",
            "A link, button or control does nothing, the wrong thing, or leads to an error.",
        ),
    ),
    "confusing_layout": (
        "Confusing layout",
        QT_TRANSLATE_NOOP("Codebook", "Confusing layout"),
        QT_TRANSLATE_NOOP(
            "Codebook",
            "The user cannot find or understand what is on the screen: hierarchy, labels, "
            "placement.",
        ),
    ),
    "slow_response": (
        "Slow response",
        QT_TRANSLATE_NOOP("Codebook", "Slow response"),
        QT_TRANSLATE_NOOP(
            "Codebook",
            "The page or a control reacts too slowly; the user waits, repeats or gives up.",
        ),
    ),
    "form_problem": (
        "Form problem",
        QT_TRANSLATE_NOOP("Codebook", "Form problem"),
        QT_TRANSLATE_NOOP(
            "Codebook",
            "Filling in a form is hard: validation, unclear fields, lost input, re-entry.",
        ),
    ),
    "content_missing": (
        "Content missing",
        QT_TRANSLATE_NOOP("Codebook", "Content missing"),
        QT_TRANSLATE_NOOP(
            "Codebook", "Information the user looks for is absent, empty, or not loaded."
        ),
    ),
    "navigation_problem": (
        "Navigation problem",
        QT_TRANSLATE_NOOP("Codebook", "Navigation problem"),
        QT_TRANSLATE_NOOP(
            "Codebook",
            "The user gets lost, goes back and forth, or cannot reach the page they want.",
        ),
    ),
    "unexpected_behaviour": (
        "Unexpected behaviour",
        QT_TRANSLATE_NOOP("Codebook", "Unexpected behaviour"),
        QT_TRANSLATE_NOOP(
            "Codebook",
            "The interface does something the user did not expect (jumps, resets, pop-ups).",
        ),
    ),
    "accessibility": (
        "Accessibility",
        QT_TRANSLATE_NOOP("Codebook", "Accessibility"),
        QT_TRANSLATE_NOOP(
            "Codebook",
            "Hard to use with a keyboard, screen reader, zoom, small targets or low contrast.",
        ),
    ),
    "other": (
        "Other",
        QT_TRANSLATE_NOOP("Codebook", "Other"),
        QT_TRANSLATE_NOOP(
            "Codebook", "Anything that fits no other category; say what in the note."
        ),
    ),
}

#: Nielsen's severity names and descriptions (replay.model.tags.SEVERITY_SCALE).
_SEVERITY: tuple[tuple[object, object], ...] = (
    (
        QT_TRANSLATE_NOOP("Severity", "not a problem"),
        QT_TRANSLATE_NOOP("Severity", "I don't agree that this is a usability problem at all."),
    ),
    (
        QT_TRANSLATE_NOOP("Severity", "cosmetic"),
        QT_TRANSLATE_NOOP(
            "Severity",
            "Cosmetic problem only: need not be fixed unless extra time is available.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Severity", "minor"),
        QT_TRANSLATE_NOOP(
            "Severity", "Minor usability problem: fixing this should be given low priority."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Severity", "major"),
        QT_TRANSLATE_NOOP(
            "Severity",
            "Major usability problem: important to fix, so should be given high priority.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Severity", "catastrophe"),
        QT_TRANSLATE_NOOP(
            "Severity",
            "Usability catastrophe: imperative to fix this before the product can be released.",
        ),
    ),
)

#: Qt's own standard button texts (QPlatformTheme). PySide6 ships no qtbase_th.qm, so
#: replay's own .ts carries these for Thai (Korean and Chinese come from qtbase too).
_QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)


def category_label(code: str, label: str) -> str:
    """Return a category's label: translated for an unchanged default, else as stored."""
    entry = _CODEBOOK.get(code)
    if entry is None or entry[0] != label:
        return label
    return QCoreApplication.translate("Codebook", str(entry[1]))


def category_name(code: str) -> str:
    """Return the translated default label of a category code, or the code itself."""
    entry = _CODEBOOK.get(code)
    return code if entry is None else QCoreApplication.translate("Codebook", str(entry[1]))


def category_description(code: str, label: str, description: str) -> str:
    """Return a category's description: translated for an unchanged default, else as stored."""
    entry = _CODEBOOK.get(code)
    if entry is None or entry[0] != label:
        return description
    return QCoreApplication.translate("Codebook", str(entry[2]))


def severity_name(value: int) -> str:
    """Return the translated name of severity 0-4 ("minor" for 2)."""
    return QCoreApplication.translate("Severity", str(_SEVERITY[max(0, min(4, value))][0]))


def severity_description(value: int) -> str:
    """Return the translated Nielsen description of severity 0-4."""
    return QCoreApplication.translate("Severity", str(_SEVERITY[max(0, min(4, value))][1]))


def available_languages() -> dict[str, str]:
    """Return the UI languages: code -> native name (``{"th": "ไทย", ...}``)."""
    return dict(_LANGUAGES)


def translations_dir() -> str:
    """Return the folder holding ``replay_<code>.qm``."""
    return str(resource_path("translations"))


def resolve_language(language: str | None, *, system: QLocale | None = None) -> str:
    """Map a requested language (a code, a locale name, or None/"" for the system) to ours.

    ``th_TH``, ``ko_KR`` and ``zh_TW`` match by language; Chinese in Traditional script
    (``zh_HK``, ``zh_MO``, ``zh_Hant``) gets ``zh_TW``; anything else gets English.

    Parameters
    ----------
    language : str or None
        A code such as ``"th"``, ``"zh_TW"``, ``"ko-KR"``; None or ``""`` follows ``system``.
    system : QLocale, optional
        The locale to follow (default :meth:`QLocale.system`).

    Returns
    -------
    str
        A key of :func:`available_languages`.
    """
    if language:
        code = language.replace("-", "_")
        if code in _LANGUAGES:
            return code
        locale = QLocale(code)
    else:
        locale = system if system is not None else QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        traditional = locale.script() == QLocale.Script.TraditionalChineseScript or (
            locale.territory()
            in (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macau)
        )
        return "zh_TW" if traditional else SOURCE_LANGUAGE
    short = QLocale.languageToCode(locale.language(), QLocale.LanguageCodeType.ISO639Part1)
    return short if short in _LANGUAGES else SOURCE_LANGUAGE


def install_translator(app: QCoreApplication, language: str | None) -> str:
    """Install the translators for ``language`` on ``app``; return the code now in use.

    Replaces translators installed by an earlier call. Sets :meth:`QLocale.setDefault` to
    the language's locale so dates and numbers shown in the UI follow it. A language whose
    ``.qm`` cannot be loaded falls back to English (the source strings).

    Parameters
    ----------
    app : QCoreApplication
        The running application.
    language : str or None
        A language code (``"th"``, ``"ko"``, ``"zh_TW"``, ``"en"``) or a locale name;
        None or ``""`` follows the system locale (:meth:`QLocale.system`).

    Returns
    -------
    str
        The code in use, a key of :func:`available_languages`.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    code = resolve_language(language)
    if code != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(f"replay_{code}", translations_dir()):
            app.installTranslator(ours)
            _installed.append(ours)
            qt_own = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{code}", qt_dir):
                app.installTranslator(qt_own)
                _installed.append(qt_own)
        else:
            code = SOURCE_LANGUAGE
    QLocale.setDefault(QLocale(_LOCALES[code]))
    _prefer_regional_font(app, code)
    return code


def _prefer_regional_font(app: QCoreApplication, code: str) -> None:
    """Move the language's CJK family ahead of the other CJK families in the app font.

    Latin text keeps the first family; only the fallback order for Han/Hangul changes.
    """
    preferred = _CJK_FAMILIES.get(code)
    if not isinstance(app, QGuiApplication) or preferred is None:
        return
    if preferred not in QFontDatabase.families():
        return
    font = QFont(QGuiApplication.font())
    families = [f for f in (font.families() or [font.family()]) if f != preferred]
    first_cjk = next((i for i, f in enumerate(families) if "CJK" in f), len(families))
    families.insert(first_cjk, preferred)
    font.setFamilies(families)
    QGuiApplication.setFont(font)


def build_language_menu(
    parent: QWidget, *, current: str, on_chosen: Callable[[str], None]
) -> QMenu:
    """Return a "Language" menu: "System default" then each language by its native name.

    Parameters
    ----------
    parent : QWidget
        The menu's parent (usually the main window).
    current : str
        The stored choice: a code, or ``""`` for the system default; that entry is checked.
    on_chosen : callable
        Called with the chosen code (``""`` for the system default).
    """
    menu = QMenu(QCoreApplication.translate("LanguageMenu", "&Language"), parent)
    group = QActionGroup(menu)
    group.setExclusive(True)
    entries = [
        ("", QCoreApplication.translate("LanguageMenu", "System default")),
        *_LANGUAGES.items(),
    ]
    for code, name in entries:
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: on_chosen(str(action.data())))
    return menu


def language_changed_note() -> str:
    """Return the translated note to show after a new language is chosen."""
    return QCoreApplication.translate(
        "LanguageMenu", "The new language is used the next time replay starts."
    )
