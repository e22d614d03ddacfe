#!/usr/bin/env bash
# Installs what is missing, builds, and starts Pennon on the default workspace.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run.sh: no display (DISPLAY/WAYLAND_DISPLAY unset). On a headless machine use: xvfb-run ./run.sh" >&2
  exit 1
fi
exec build/bin/pennon "$@"
