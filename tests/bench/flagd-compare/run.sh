#!/usr/bin/env bash
# Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#
# Benchmark: `pennonctl simulate` against flagd's own JavaScript evaluator
# (@openfeature/flagd-core) on the same flags (pennon.json / flagd.json) and the same
# synthetic users (userId = user-{n}, n in 0..N-1, plus constant attributes). Two flags:
# checkout-experiment (country, email and app version are constants, so its first rules
# decide the same way for everyone) and user-targeting (every rule reads the id: a list of
# 200 ids, ends_with, a substring test, then a split), so that speed cannot come from
# folding constant attributes alone.
#
#   run.sh [BUILD_DIR [USERS]]      defaults: ../../../build relative to this script, 1000000
#
# Installs a pinned flagd-core into BUILD_DIR/npm-flagd-bench when it is not there yet (needs
# npm and the registry the first time). Fails only when the two tools count differently or a
# tool fails; the speed-up is reported, never enforced (the target is 20x).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$(cd "${1:-$here/../../../build}" && pwd)"
users="${2:-1000000}"

flagd_core_version=4.0.1    # npm view @openfeature/flagd-core version
openfeature_core_version=1.12.0   # its peer dependency: npm view @openfeature/core version
# Constants that reach checkout-experiment's rule 3 (the three-way split) for every user: not
# a regional country, not a partner address, an app version of at least 3.0.0.
checkout_attributes='{"country":"US","email":"shopper@example.org","appVersion":"3.4.1"}'

pennonctl="$build/bin/pennonctl"
prefix="$build/npm-flagd-bench"
if [[ ! -x "$pennonctl" ]]; then
    echo "run.sh: $pennonctl not found; build it with: cmake --build $build --target pennonctl" >&2
    exit 1
fi
if ! [[ "$users" =~ ^[1-9][0-9]*$ ]]; then
    echo "run.sh: USERS must be a positive whole number, not '$users'" >&2
    exit 2
fi

installed_version() {  # the version of npm package $1 under $prefix, or nothing
    node -e 'try { process.stdout.write(require(process.argv[1]).version) } catch {}' \
        "$prefix/node_modules/$1/package.json"
}
if [[ "$(installed_version @openfeature/flagd-core)" != "$flagd_core_version" \
      || "$(installed_version @openfeature/core)" != "$openfeature_core_version" ]]; then
    echo "Installing @openfeature/flagd-core@$flagd_core_version into $prefix" >&2
    mkdir -p "$prefix"
    npm install --no-audit --no-fund --save-exact --prefix "$prefix" \
        "@openfeature/flagd-core@$flagd_core_version" \
        "@openfeature/core@$openfeature_core_version" >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cores="$(nproc)"

echo "flagd-compare: $users users; $("$pennonctl" --version), built by $(c++ --version | head -n 1)," \
     "Qt $(pkg-config --modversion Qt6Core 2>/dev/null || echo '?'); Node.js $(node --version)," \
     "@openfeature/flagd-core $flagd_core_version"
status=0
for flag in checkout-experiment user-targeting; do
attributes='{}'
[[ "$flag" == checkout-experiment ]] && attributes=$checkout_attributes

simulate() {  # $1 = threads, $2 = output file
    "$pennonctl" simulate --from "$here/pennon.json" --env production --flag "$flag" \
        --users "$users" --attributes "$attributes" --threads "$1" >"$2"
}

echo
echo "== flag $flag, attributes $attributes"
echo "machine: $cores cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
simulate 1 "$work/pennon-1.json"
simulate "$cores" "$work/pennon-all.json"
node "$here/compare.mjs" --modules "$prefix" --flags "$here/flagd.json" --flag "$flag" \
    --users "$users" --attributes "$attributes" >"$work/flagd.json"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Compare the counts (every variation of either tool, 0 when a tool does not name it) and
# print the table. Exit status 1 on any mismatch.
node - "$users" "$cores" "$work/pennon-1.json" "$work/pennon-all.json" "$work/flagd.json" <<'EOF' || status=1
const fs = require('node:fs');
const [users, cores, pennon1Path, pennonAllPath, flagdPath] = process.argv.slice(2);
const read = (path) => JSON.parse(fs.readFileSync(path, 'utf8'));
const pennon1 = read(pennon1Path);
const pennonAll = read(pennonAllPath);
const flagd = read(flagdPath);
const pennonCounts = (result) =>
    Object.fromEntries(result.variations.map((row) => [row.variation, row.count]));

const runs = [
    { tool: 'pennonctl', threads: 1, users: pennon1.users, counts: pennonCounts(pennon1), seconds: pennon1.seconds },
    { tool: 'pennonctl', threads: Number(cores), users: pennonAll.users, counts: pennonCounts(pennonAll), seconds: pennonAll.seconds },
    { tool: `flagd-core ${flagd.version}`, threads: 1, users: flagd.users, counts: flagd.counts, seconds: flagd.seconds },
];

let mismatch = false;
for (const run of runs) {
    if (run.users !== Number(users)) {
        console.log(`MISMATCH: ${run.tool} (${run.threads} threads) evaluated ${run.users} users, not ${users}`);
        mismatch = true;
    }
}
const keys = [...new Set(runs.flatMap((run) => Object.keys(run.counts)))].sort();
console.log('');
console.log(['variation'.padEnd(12), ...runs.map((run) => `${run.tool} ×${run.threads}`.padStart(22))].join(' '));
for (const key of keys) {
    const values = runs.map((run) => run.counts[key] ?? 0);
    const same = values.every((value) => value === values[0]);
    if (!same)
        mismatch = true;
    console.log([key.padEnd(12), ...values.map((value) => String(value).padStart(22))].join(' ') + (same ? '' : '  MISMATCH'));
}

const reference = flagd.seconds;
const number = (value, digits) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
console.log('');
console.log(`${'tool'.padEnd(18)} ${'threads'.padStart(7)} ${'seconds'.padStart(9)} ${'users/s'.padStart(13)} ${'speed-up'.padStart(9)}`);
for (const run of runs) {
    console.log(`${run.tool.padEnd(18)} ${String(run.threads).padStart(7)} ${number(run.seconds, 3).padStart(9)} `
        + `${number(run.users / run.seconds, 0).padStart(13)} ${(number(reference / run.seconds, 1) + 'x').padStart(9)}`);
}
// The target is for simulate as it runs by default (all cores) against flagd-core, which
// evaluates on one thread; the one-thread figure is printed beside it.
const speedUp = reference / pennonAll.seconds;
console.log('');
console.log(`speed-up of Pennon over flagd-core: ${number(reference / pennon1.seconds, 1)}x on 1 thread, `
    + `${number(speedUp, 1)}x on ${cores} (targets: 20x on 1 thread, 35x on all cores)`);
if (mismatch) {
    console.log('MISMATCH: Pennon and flagd-core counted differently');
    process.exit(1);
}
console.log('counts: identical');
EOF
done
exit $status
