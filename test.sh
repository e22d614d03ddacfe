#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (all labels but bench).
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
scripts/build.sh
cd build
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --label-exclude bench --parallel 2 "$@"
