#!/usr/bin/env bash
# Installs the Debian 12 packages Pennon needs to build, run and test, if any is missing.
#   install-deps.sh          install what is missing (apt-get, as root or with sudo)
#   install-deps.sh --list   print every package this script may install, one a line
# The list is complete on a bare Debian 12 through the packages' Depends and Pre-Depends alone
# (apt-get runs with --no-install-recommends); tst_install checks it against what the build,
# the programs and the tests really use.
set -euo pipefail

packages=(
  # compiler and build
  g++ cmake ninja-build ccache pkgconf
  # Qt 6 (Qt Charts needs Qt OpenGL's CMake files, which qt6-base-dev only recommends)
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qt6-httpserver-dev
  qt6-websockets-dev libqt6svg6 qt6-svg-dev qt6-qpa-plugins
  # the drivers' own client libraries, read directly by the storage layer; RE2 for patterns
  libsqlite3-dev libpq-dev libre2-dev libgl-dev fonts-dejavu-core
  # the PostgreSQL test server
  postgresql
  # the desktop app on a machine without a display: xvfb-run ./run.sh
  xvfb xauth
)
# Node.js runs the schema and interop checks; a machine that has it from elsewhere keeps it.
node_packages=(nodejs npm)

if [ "${1:-}" = --list ]; then
  printf '%s\n' "${packages[@]}" "${node_packages[@]}"
  exit 0
fi
if [ $# -gt 0 ]; then
  echo "usage: $0 [--list]" >&2
  exit 2
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=("${node_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
