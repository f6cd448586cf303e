"""Translations: complete, compiled from the current .ts, covering every UI string.

The .ts files are pyside6-lupdate's extraction of replay/ui; the .qm files are what the app
loads (packaging/translations.sh makes both). These tests read the real files.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "resources" / "translations"
UI = REPO / "replay" / "ui"
BIN = Path(sys.executable).parent
LANGUAGES = ("th", "ko", "zh_TW")
# Placeholders a translation must keep: str.format fields, Qt's %1, and %n for plurals.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n")


def _tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        found = shutil.which(name)
        if found is None:
            pytest.fail(f"{name} not found beside {sys.executable} (PySide6 installs it)")
        return found
    return str(path)


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name") or "", message)
        for ctx in root.iter("context")
        for message in ctx.iter("message")
    ]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_entry_translated(code: str) -> None:
    ts = TRANSLATIONS / f"replay_{code}.ts"
    entries = _messages(ts)
    assert len(entries) > 50, f"{ts} has only {len(entries)} entries"
    unfinished = [
        (ctx, m.findtext("source"))
        for ctx, m in entries
        if (t := m.find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in _translations(m))
    ]
    assert not unfinished, f"{ts.name}: {len(unfinished)} unfinished, e.g. {unfinished[:5]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_placeholders(code: str) -> None:
    """A translation with a lost or renamed ``{0}``/``%1`` would break ``str.format`` at run time."""
    broken = []
    for ctx, message in _messages(TRANSLATIONS / f"replay_{code}.ts"):
        source = message.findtext("source") or ""
        want = sorted(PLACEHOLDER.findall(source))
        for text in _translations(message):
            if sorted(PLACEHOLDER.findall(text)) != want:
                broken.append((ctx, source, text))
    assert not broken, broken[:5]


@pytest.mark.parametrize("code", LANGUAGES)
def test_qm_is_compiled_from_current_ts(code: str, tmp_path: Path) -> None:
    ts = TRANSLATIONS / f"replay_{code}.ts"
    shipped = TRANSLATIONS / f"replay_{code}.qm"
    fresh = tmp_path / shipped.name
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)],
        check=True,
        timeout=120,
    )
    assert shipped.read_bytes() == fresh.read_bytes(), (
        f"{shipped.name} is stale: run bash packaging/translations.sh"
    )


def test_ts_cover_every_ui_string(tmp_path: Path) -> None:
    """lupdate over today's replay/ui finds nothing the shipped .ts files lack."""
    ts = tmp_path / "replay_th.ts"
    shutil.copy(TRANSLATIONS / "replay_th.ts", ts)
    sources = sorted(str(p) for p in UI.glob("*.py"))
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            str(ts),
        ],
        check=True,
        timeout=300,
    )
    new = [
        (ctx, m.findtext("source"))
        for ctx, m in _messages(ts)
        if (t := m.find("translation")) is None or t.get("type") == "unfinished"
    ]
    assert not new, (
        f"{len(new)} UI strings have no translation, e.g. {new[:5]}: "
        "run bash packaging/translations.sh and translate them"
    )


# Qt calls whose first argument a user reads; a bare literal there bypasses translation.
_UI_TEXT_CALLS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setPlaceholderText",
    "setTitle",
    "addMenu",
    "addAction",
    "setLabelText",
    "showMessage",
    "setHeaderLabels",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
    "information",
    "warning",
    "critical",
    "question",
    "setWhatsThis",
    "addTab",
    "setTabText",
    "addItem",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "drawText",
}
# Literals that are not words to translate: symbols, units, format-only strings.
_NOT_WORDS = re.compile(r"^[\W\d_]*$|^[a-z]{1,3}$")


def _literal_text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value
            for v in node.values
            if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    return None


def test_ui_text_goes_through_translation() -> None:
    """No widget text is a bare string literal: each goes through tr()/translate()."""
    bare = []
    for path in sorted(UI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in _UI_TEXT_CALLS:
                continue
            # QMessageBox.warning(parent, title, text): the texts are arguments 1 and 2.
            if name in ("information", "warning", "critical", "question"):
                args = node.args[1:3]
            elif name == "drawText":  # drawText(rect, flags, text): the text comes last
                args = node.args[-1:]
            else:
                args = node.args[:1]
            for arg in args:
                text = _literal_text(arg)
                text = text.strip() if text is not None else None
                if (
                    text is not None
                    and re.search(r"[A-Za-z]{2}", text)
                    and not _NOT_WORDS.match(text)
                ):
                    bare.append(f"{path.name}:{node.lineno} {name}({text!r})")
    assert not bare, "untranslated UI text:\n" + "\n".join(bare)


def _translate_wrappers(tree: ast.Module) -> set[str]:
    """Names of module functions that pass their argument to tr()/translate()."""
    wrappers = set()
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef) or not fn.args.args:
            continue
        param = fn.args.args[0].arg
        for node in ast.walk(fn):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("tr", "translate")
                and any(isinstance(a, ast.Name) and a.id == param for a in node.args)
            ):
                wrappers.add(fn.name)
    return wrappers


def test_no_literal_through_a_translate_wrapper() -> None:
    """lupdate only sees tr()/translate()/QT_TRANSLATE_NOOP: ``_tr("text")`` is never extracted."""
    hidden = []
    for path in sorted(UI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = _translate_wrappers(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in wrappers
                and node.args
                and _literal_text(node.args[0]) is not None
            ):
                hidden.append(f"{path.name}:{node.lineno} {node.func.id}(...)")
    assert not hidden, "strings lupdate cannot see:\n" + "\n".join(hidden)
