"""Small helper for the Qt .ts translation files in resources/translations.

    python packaging/ts_tool.py unfinished [--count]     # what still needs translating
    python packaging/ts_tool.py template OUT.json        # unfinished entries, to translate
    python packaging/ts_tool.py fill IN.json             # write translations into the .ts

The JSON maps context -> source text -> {"th": ..., "ko": ..., "zh_TW": ...}; a numerus
(plural) entry takes a list of forms. Run packaging/translations.sh afterwards: lupdate
re-formats the files and lrelease compiles the .qm files the app loads.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("th", "ko", "zh_TW")


def ts_path(code: str) -> Path:
    return TRANSLATIONS / f"replay_{code}.ts"


def messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    """Return (context name, message element) for every message."""
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        found.extend((name, message) for message in context.iter("message"))
    return found


def is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None:
        return True
    if translation.get("type") == "unfinished":
        return True
    forms = translation.findall("numerusform")
    if forms:
        return any(not (form.text or "").strip() for form in forms)
    return not (translation.text or "").strip()


def unfinished() -> dict[str, list[tuple[str, str]]]:
    """Return language -> [(context, source)] still to translate."""
    todo = {}
    for code in LANGUAGES:
        tree = ET.parse(ts_path(code))
        todo[code] = [
            (ctx, message.findtext("source") or "")
            for ctx, message in messages(tree)
            if is_unfinished(message)
        ]
    return todo


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def fill(catalog: dict[str, dict[str, dict[str, str | list[str]]]]) -> int:
    """Write every translation in catalog into the .ts files; return how many were set."""
    count = 0
    for code in LANGUAGES:
        path = ts_path(code)
        tree = ET.parse(path)
        for ctx, message in messages(tree):
            source = message.findtext("source") or ""
            text = catalog.get(ctx, {}).get(source, {}).get(code)
            if not text:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if isinstance(text, list):
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                for form_text in text:
                    ET.SubElement(translation, "numerusform").text = form_text
            else:
                translation.text = text
            count += 1
        write_ts(tree, path)
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    unfinished_cmd = sub.add_parser("unfinished")
    unfinished_cmd.add_argument("--count", action="store_true")
    sub.add_parser("template").add_argument("out", type=Path)
    sub.add_parser("fill").add_argument("catalog", type=Path)
    args = parser.parse_args()

    if args.command == "unfinished":
        todo = unfinished()
        for code, entries in todo.items():
            print(f"{code}: {len(entries)} unfinished")
            if not args.count:
                for ctx, source in entries:
                    print(f"  [{ctx}] {source!r}")
        return 0
    if args.command == "template":
        template: dict[str, dict[str, dict[str, str]]] = {}
        for code, entries in unfinished().items():
            for ctx, source in entries:
                template.setdefault(ctx, {}).setdefault(source, {})[code] = ""
        args.out.write_text(json.dumps(template, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {args.out}")
        return 0
    catalog = json.loads(args.catalog.read_text(encoding="utf-8"))
    print(f"set {fill(catalog)} translations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
