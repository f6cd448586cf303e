#!/usr/bin/env bash
# Set up replay on a fresh machine (Python 3.11 + Debian) and then run it.
#
#   bash packaging/bootstrap.sh demo    # set up, then open the app on the bundled demo library
#   bash packaging/bootstrap.sh test    # set up, then run ruff, mypy and the whole test suite
#   bash packaging/bootstrap.sh setup   # set up only
#
# Set-up is idempotent and quick when nothing changed: Debian packages are installed only
# when missing (docs/dependencies.md says why each is needed), the virtual
# environment .venv is created once, and pip runs again only when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
action="${1:-setup}"

# --- Debian packages -----------------------------------------------------------------
# Qt's xcb platform plugin and its GL/font stack (a window on a real display, Xvfb too).
qt_pkgs=(libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon-x11-0 libxcb-cursor0
         libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
         libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libglib2.0-0)
# Fonts so Thai, Korean and Chinese render instead of boxes (STACK.md).
font_pkgs=(fonts-noto-cjk fonts-thai-tlwg fonts-dejavu-core)
# Tests only: Xvfb for the real-window screenshot test, LibreOffice Calc (headless) to read
# exported CSVs back like a spreadsheet user would, a real PostgreSQL server (the tests start
# their own in a temp folder: tests/pgserver.py) and openssl for its TLS test certificate.
test_pkgs=(xvfb xauth libreoffice-calc-nogui postgresql openssl)

want=("${qt_pkgs[@]}" "${font_pkgs[@]}")
if [ "$action" = "test" ]; then want+=("${test_pkgs[@]}"); fi
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "bootstrap: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=(); elif command -v sudo >/dev/null; then SUDO=(sudo); else
    echo "bootstrap: please install as root: apt-get install ${missing[*]}" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- Python environment --------------------------------------------------------------
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for cand in python3.11 python3; do
    if command -v "$cand" >/dev/null && "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
      PY="$cand"; break
    fi
  done
fi
[ -n "$PY" ] || { echo "bootstrap: Python 3.11 or newer is needed" >&2; exit 1; }
if [ ! -x .venv/bin/python ]; then
  echo "bootstrap: creating .venv with $PY"
  "$PY" -m venv .venv
fi
stamp=.venv/.replay-installed
want_stamp="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want_stamp" ]; then
  echo "bootstrap: installing replay and its dependencies into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev]"
  echo "$want_stamp" > "$stamp"
fi

case "$action" in
  setup) echo "bootstrap: ready (.venv/bin/replay)";;
  demo)  shift || true; exec .venv/bin/replay demo "$@";;
  test)
    export QT_QPA_PLATFORM=offscreen
    .venv/bin/ruff check replay tests packaging
    .venv/bin/ruff format --check replay tests packaging
    .venv/bin/mypy
    shift || true
    # The whole suite: the heavy `full` tests too (plain pytest runs only the fast tier).
    # A later -m among the arguments overrides this one.
    exec .venv/bin/pytest -m "full or not full" "$@";;
  *) echo "usage: bash packaging/bootstrap.sh [setup|demo|test]" >&2; exit 2;;
esac
