"""The hits pane shows each reason translated, with the numbers of the English sentence."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from replay.importers import import_file
from replay.signals import detect
from replay.signals.reasons import TEMPLATES
from replay.store.library import Library
from replay.store.results import save_result
from replay.ui.hits_pane import COLUMNS
from replay.ui.i18n import install_translator
from replay.ui.main_window import MainWindow
from replay.ui.reasons import TRANSLATABLE, cannot_judge_text, translate_reason

REPO = Path(__file__).resolve().parents[2]


def test_ui_templates_are_the_detectors() -> None:
    assert TRANSLATABLE == TEMPLATES


@pytest.mark.parametrize("code", ["th", "ko", "zh_TW"])
def test_translations_keep_every_placeholder(code: str) -> None:
    tree = ET.parse(REPO / "resources" / "translations" / f"replay_{code}.ts")
    seen = 0
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "Reasons":
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            assert translation, source
            assert sorted(re.findall(r"{\w+}", translation)) == sorted(
                re.findall(r"{\w+}", source)
            ), (code, source, translation)
            seen += 1
    assert seen >= len(set(TEMPLATES.values()))


@pytest.fixture
def db(tmp_path: Path, rrweb_dir: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        for name in ("dev-rage-desktop-wide.rrweb.json", "dev-form-reentry-wide.rrweb.json"):
            session = import_file(rrweb_dir / name)
            sid, _ = lib.add_session(session)
            save_result(lib, sid, detect(session))
    return path


@pytest.mark.parametrize("code", ["th", "ko", "zh_TW"])
def test_hits_pane_reasons_are_translated_with_the_same_numbers(
    qtbot, qapp: QApplication, app_settings, db: Path, code: str
) -> None:
    assert install_translator(qapp, code) == code
    try:
        window = MainWindow(settings=app_settings)
        qtbot.addWidget(window)
        assert window.open_library(db)
        for sid in (1, 2):
            assert window.open_session(sid)
            pane = window.hits_pane
            assert pane.rows
            hits = {h.reason: h for h in window.controller.result.hits}
            for r, row in enumerate(pane.shown):
                shown = pane.table.item(r, COLUMNS.index("reason")).text()
                assert shown != row.reason  # translated ...
                assert not re.search(r"\b(within|clicks|cursor|cleared|rested)\b", shown)
                # ... with the English sentence's numbers, each as often
                numbers = sorted(re.findall(r"\d+(?:\.\d+)?", row.reason))
                assert sorted(re.findall(r"\d+(?:\.\d+)?", shown)) == numbers, (shown, row.reason)
                assert row.reason in hits  # the data keeps the English sentence
        # "cannot be judged" sentences too
        tip = pane.cannot.toolTip()
        assert tip
        assert "the recording has" not in tip
    finally:
        install_translator(qapp, "en")


def test_english_and_old_results(qapp: QApplication) -> None:
    reason = {"id": "page_loop", "args": {"page": "/cart", "n": 3, "span_ms": 4200}}
    assert translate_reason(reason, "x") == "/cart loaded 3 times within 4200 ms"
    # a template that the arguments do not fit falls back to English, then to the text
    assert translate_reason({"id": "page_loop", "args": {}}, "fallback") == "fallback"
    assert cannot_judge_text("a sentence no detector writes") == "a sentence no detector writes"


def test_an_older_default_result_is_detected_again(qtbot, app_settings, db: Path) -> None:
    import dataclasses

    from replay.signals.config import SignalConfig
    from replay.store.results import load_result

    with Library.open(db) as lib:
        result = load_result(lib, 1)
        assert result is not None
        old_hits = [
            dataclasses.replace(
                h, evidence={k: v for k, v in h.evidence.items() if not k.startswith("reason_")}
            )
            for h in result.hits
        ]
        older = dataclasses.replace(result, hits=old_hits, detector_version="1.4.0")
        save_result(lib, 1, older)
        # a result made with another config is kept as it is (the app cannot redo it)
        custom = dataclasses.replace(older, config_hash="custom")
        save_result(lib, 2, custom)
    assert SignalConfig().config_hash != "custom"
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    assert window.open_library(db)
    assert window.open_session(1)
    assert all(row.why is not None for row in window.hits_pane.rows)
    assert window.open_session(2)
    assert window.controller.result.detector_version == "1.4.0"
    assert all(row.why is None for row in window.hits_pane.rows)  # shown in English
    with Library.open(db) as lib:
        stored = load_result(lib, 1)
        assert stored is not None
        assert stored.detector_version != "1.4.0"  # the new result was stored
