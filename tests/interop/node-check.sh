# Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
# Sourced by the interop scripts: exits 77 (CTest: skipped) unless Node.js 20 or later and npm
# are there. unleash-client 6.12.1 and its dependencies need Node.js 20 (Debian 12's own
# nodejs package is 18; scripts/install-deps.sh keeps a newer one the machine has).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "SKIPPED: node and npm are missing (scripts/install-deps.sh installs them)"
    exit 77
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [[ "$node_major" -lt 20 ]]; then
    echo "SKIPPED: Node.js $(node --version) is too old; the interop tests need Node.js 20 or later (unleash-client 6.12.1)"
    exit 77
fi
