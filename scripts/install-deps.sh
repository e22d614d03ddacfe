#!/usr/bin/env bash
# Installs the Debian 12 packages Pennon needs to build, run and test, if any is missing.
set -euo pipefail

packages=(
  g++ cmake ninja-build ccache pkgconf
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qt6-httpserver-dev
  qt6-websockets-dev libqt6svg6 qt6-svg-dev qt6-qpa-plugins
  libsqlite3-dev libpq-dev libgl-dev fonts-dejavu-core
  postgresql
)
# Node.js runs the schema and interop checks; a machine that has it from elsewhere keeps it.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
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
