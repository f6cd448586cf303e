#!/usr/bin/env bash
# Refresh the UI translations: extract every tr()/translate() string from replay/ui with
# pyside6-lupdate into resources/translations/replay_<code>.ts (translations already made are
# kept; strings no longer in the code are dropped), then compile each .ts to the .qm the app
# loads with pyside6-lrelease. Translate new entries (Qt Linguist: pyside6-linguist FILE.ts, or
# python packaging/ts_tool.py unfinished) and run this again; commit the .ts and the .qm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BIN="${VENV_BIN:-.venv/bin}"
sources=(replay/ui/*.py)
for code in th ko zh_TW; do
  ts="resources/translations/replay_${code}.ts"
  "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -target-language "$code" \
    "${sources[@]}" -ts "$ts"
  "$BIN/pyside6-lrelease" -silent "$ts" -qm "resources/translations/replay_${code}.qm"
done
"$BIN/python" packaging/ts_tool.py unfinished --count
