#!/usr/bin/env bash
# Installs what is missing, builds, and starts Pennon on the default workspace.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run.sh: no display (DISPLAY and WAYLAND_DISPLAY are unset). On a machine without one, start" >&2
  echo "Pennon on a virtual display: xvfb-run ./run.sh (xvfb-run is in the Debian package xvfb," >&2
  echo "which scripts/install-deps.sh has installed)" >&2
  exit 1
fi
exec build/bin/pennon "$@"
