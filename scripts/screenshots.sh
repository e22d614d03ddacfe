#!/usr/bin/env bash
# Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#
# Takes the README's screenshots of the window, its rules tab, the review before saving, the New Flag,
# Connect, Manage Environments, library, history, bulk edit and promotion windows, in English and
# German, into docs/screenshots/ (the widgets draw themselves under the
# offscreen platform: no display needed). Look at them before committing.
#
#   scripts/screenshots.sh [BUILD_DIR]      default: build
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
cmake --build "$build" --target screenshots
for language in en de; do
    QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$build/tests/screenshots" docs/screenshots "$language"
done
