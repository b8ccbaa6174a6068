#!/usr/bin/env bash
# Sets up irlens on a fresh machine: a virtualenv in .venv with the pinned packages, irlens itself
# (editable), and Debian's chromium for the browser test when apt is available. Safe to re-run:
# it only reinstalls when requirements.txt or pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
stamp=.venv/.irlens-installed
want="$(cat requirements.txt pyproject.toml | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -r requirements.txt
    .venv/bin/python -m pip install --quiet --no-deps -e .
    echo "$want" > "$stamp"
fi

if [ "${IRLENS_SKIP_BROWSER:-0}" != "1" ] && ! command -v chromium >/dev/null 2>&1; then
    if [ -x scripts/install_browser.sh ]; then
        scripts/install_browser.sh || echo "setup: chromium not installed; the browser test will be skipped" >&2
    fi
fi
