#!/usr/bin/env bash
# Runs the tests with the versions of the GPU machines' image (requirements-gpu-image.txt) on
# this machine, in .venv-gpu-image: the other end of the supported range from requirements.txt.
# Needs Python 3.12 (PYTHON312 to name it) and about 6 GB for the CUDA build of torch 2.11.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv-gpu-image
find_python312() {
    local candidate
    for candidate in "${PYTHON312:-}" python3.12 \
                     "$(pyenv root 2>/dev/null)"/versions/3.12*/bin/python; do
        if [ -n "$candidate" ] && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' 2>/dev/null; then
            echo "$candidate"
            return
        fi
    done
    echo "test_gpu_image_versions: no Python 3.12 found; name one with PYTHON312=/path/to/python3.12" >&2
    exit 1
}
if [ ! -x "$venv/bin/python" ]; then
    "$(find_python312)" -m venv "$venv"
fi
stamp="$venv/.irlens-installed"
want="$(cat requirements-gpu-image.txt pyproject.toml | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet -r requirements-gpu-image.txt
    "$venv/bin/python" -m pip install --quiet --no-deps -e .
    echo "$want" > "$stamp"
fi
# A cache of its own: captures made with other compiler versions are keyed apart anyway, but
# keeping them apart makes it plain which run filled which.
export IRLENS_CACHE_DIR="${IRLENS_CACHE_DIR:-$PWD/$venv/irlens-cache}"
exec "$venv/bin/python" -m pytest "$@"
