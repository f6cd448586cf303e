#!/usr/bin/env bash
# Build the one-folder standalone app with PyInstaller: dist/replay/replay (~25-60 s).
#
#   bash packaging/build.sh                  # -> dist/replay/
#   bash packaging/build.sh --dist DIR --work DIR
#
# Needs PyInstaller in the venv (it is in the `dev` and `build` extras). The folder runs on a
# machine with no Python: copy dist/replay anywhere and run dist/replay/replay app.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dist=dist
work=build/pyinstaller
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist="$2"; shift 2;;
    --work) work="$2"; shift 2;;
    *) echo "usage: bash packaging/build.sh [--dist DIR] [--work DIR]" >&2; exit 2;;
  esac
done
PY="${PYTHON:-.venv/bin/python}"
"$PY" -c 'import PyInstaller' 2>/dev/null || {
  echo "build: PyInstaller is missing: $PY -m pip install -e '.[build]'" >&2; exit 1; }
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/replay.spec
# The desktop entry and icon beside the binary, for installing into a desktop menu (docs/install.md).
cp resources/replay.desktop "$dist/replay/replay.desktop"
cp resources/icons/replay-256.png "$dist/replay/replay.png"
echo "build: $(du -sh "$dist/replay" | cut -f1) in $dist/replay (run $dist/replay/replay app)"
