#!/usr/bin/env bash
# Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#
# Checks resources/pennon.schema.json with a pinned Ajv (JSON Schema draft 2020-12, strict
# mode): the demo workspace and each of its flags must validate, a list of broken documents
# must not. Usage: check-schema.sh BUILD_DIR   (Ajv is installed once into BUILD_DIR/npm-schema)
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
npm_dir="$1/npm-schema"
ajv_version=8.17.1
formats_version=3.0.1

for tool in node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "schema check: '$tool' is not installed" >&2
        exit 1
    fi
done

installed_version() {
    # Prints the version of an installed package, or nothing.
    local manifest="$npm_dir/node_modules/$1/package.json"
    [[ -f "$manifest" ]] && node -p "require(process.argv[1]).version" "$manifest" || true
}

if [[ "$(installed_version ajv)" != "$ajv_version" \
      || "$(installed_version ajv-formats)" != "$formats_version" ]]; then
    echo "installing ajv@$ajv_version and ajv-formats@$formats_version into $npm_dir"
    mkdir -p "$npm_dir"
    npm install --no-audit --no-fund --loglevel=error --prefix "$npm_dir" \
        "ajv@$ajv_version" "ajv-formats@$formats_version" >&2
fi

exec node "$here/validate.mjs" "$npm_dir" \
    "$root/resources/pennon.schema.json" "$root/resources/demo-workspace.json"
