#!/usr/bin/env bash
# Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#
# CTest interop_unleash: Pennon against the Unleash Node SDK (unleash-client), on a generated
# Unleash feature state (gen-unleash.mjs, fixed seed) and Unleash-shaped contexts.
#
#   interop-unleash.sh BUILD_DIR [SEED]
#
#   (a) the generated file: unleash-client = pennonctl eval --from FILE --format unleash
#       --dialect unleash, every (context, feature) pair (Pennon's import and Unleash dialect);
#   (b) the file imported into a SQLite workspace and exported with `pennonctl export --format
#       unleash --env default`: unleash-client on the export = pennonctl eval --dialect unleash
#       on the workspace, every pair. The generated disabled rules (Pennon's form: "disabled"
#       and a constraint that never holds) must come back in the export as such.
#
# Needs the packages the interop_npm fixture installs into BUILD_DIR/npm-interop; no network.
# Exit 0 when everything agrees, 1 on a mismatch or failure, 77 (CTest: skipped) without
# Node.js 20 (node-check.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/node-check.sh"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$(cd "${1:?usage: interop-unleash.sh BUILD_DIR [SEED]}" && pwd)"
seed="${2:-20261123}"
pennonctl="$build/bin/pennonctl"
modules="$build/npm-interop"
if [[ ! -x "$pennonctl" ]]; then
    echo "interop-unleash.sh: $pennonctl not found; build it with: cmake --build $build --target pennonctl" >&2
    exit 1
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/pennon-interop-unleash.XXXXXX")"
keep=1
trap '[[ $keep -eq 0 ]] && rm -rf "$work" || echo "interop-unleash: files kept in $work" >&2' EXIT
export LC_ALL=C.UTF-8 LANGUAGE=en
unset PENNON_DB

step() { echo; echo "== $*"; }
compare() {  # expected-file expected-name actual-file actual-name
    node "$here/compare.mjs" --expected "$1" --expected-name "$2" --actual "$3" --actual-name "$4" \
        --contexts "$work/ctx.jsonl"
}

step "generate (seed $seed)"
node "$here/gen-unleash.mjs" --seed "$seed" --features 60 --contexts 1000 --out "$work"

step "(a) unleash-client = pennonctl eval --format unleash --dialect unleash on the generated file"
node "$here/unleash-eval.mjs" --modules "$modules" --features "$work/unleash.json" --contexts "$work/ctx.jsonl" \
    --stats >"$work/sdk-gen.jsonl" 2>"$work/sdk-gen.stats" \
    || { cat "$work/sdk-gen.stats" >&2; echo "FAIL: the SDK could not evaluate the file" >&2; exit 1; }
tail -n 1 "$work/sdk-gen.stats"
"$pennonctl" eval --from "$work/unleash.json" --format unleash --env default --dialect unleash \
    --contexts "$work/ctx.jsonl" >"$work/pennon-gen.jsonl"
compare "$work/sdk-gen.jsonl" unleash-client "$work/pennon-gen.jsonl" pennonctl

step "(b) unleash-client on pennonctl's Unleash export = pennonctl eval --dialect unleash on the workspace"
db="sqlite:$work/w.db"
"$pennonctl" --db "$db" init
"$pennonctl" --db "$db" import --format unleash --env default "$work/unleash.json" >"$work/import.log"
tail -n 1 "$work/import.log"
if ! "$pennonctl" --db "$db" export --format unleash --env default >"$work/export.json" 2>"$work/b.err"; then
    cat "$work/b.err"
    echo "FAIL: pennonctl export --format unleash failed" >&2
    exit 1
fi
cat "$work/b.err"
disabled_strategies="$(grep -c '"disabled": true' "$work/export.json" || true)"
if [[ "$disabled_strategies" -lt 2 ]]; then
    echo "FAIL: the export holds $disabled_strategies disabled strategies; the generated disabled rules did not come back" >&2
    exit 1
fi
echo "the export holds $disabled_strategies disabled strategies (disabled rules)"
node "$here/unleash-eval.mjs" --modules "$modules" --features "$work/export.json" --contexts "$work/ctx.jsonl" \
    --stats >"$work/sdk-export.jsonl" 2>"$work/sdk-export.stats" \
    || { cat "$work/sdk-export.stats" >&2; echo "FAIL: the SDK could not evaluate the file" >&2; exit 1; }
tail -n 1 "$work/sdk-export.stats"
"$pennonctl" --db "$db" eval --env default --dialect unleash --contexts "$work/ctx.jsonl" >"$work/pennon-db.jsonl"
compare "$work/sdk-export.jsonl" unleash-client "$work/pennon-db.jsonl" pennonctl

keep=0
echo
echo "interop_unleash: all comparisons agree"
