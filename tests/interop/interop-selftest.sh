#!/usr/bin/env bash
# Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#
# CTest interop_selftest: the interop scripts themselves, without pennonctl. The generators
# are deterministic (same seed, same bytes; another seed, other bytes); flagd-core and
# unleash-client evaluate the generated files without an error (flagd-core: but for the
# "error ..." shapes, which give GENERAL and PARSE_ERROR, and no value somewhere); compare.mjs accepts identical
# results and catches a planted mismatch in each kind of answer.
#
#   interop-selftest.sh BUILD_DIR
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/node-check.sh"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$(cd "${1:?usage: interop-selftest.sh BUILD_DIR}" && pwd)"
modules="$build/npm-interop"
work="$(mktemp -d "${TMPDIR:-/tmp}/pennon-interop-selftest.XXXXXX")"
keep=1
trap '[[ $keep -eq 0 ]] && rm -rf "$work" || echo "interop-selftest: files kept in $work" >&2' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
# Runs compare.mjs and checks its exit status: $1 the status wanted, then compare's options.
expect_compare() {
    local want="$1"; shift
    local status=0
    node "$here/compare.mjs" --show 2 "$@" >"$work/compare.out" || status=$?
    cat "$work/compare.out"
    [[ $status -eq $want ]] || fail "compare.mjs $* exited $status, not $want"
}

for kind in flagd unleash; do
    node "$here/gen-$kind.mjs" --seed 11 --contexts 300 --out "$work/$kind-1" 2>/dev/null
    node "$here/gen-$kind.mjs" --seed 11 --contexts 300 --out "$work/$kind-2" 2>/dev/null
    node "$here/gen-$kind.mjs" --seed 12 --contexts 300 --out "$work/$kind-3" 2>/dev/null
    for file in "$work/$kind-1"/*; do
        cmp "$file" "$work/$kind-2/$(basename "$file")" || fail "gen-$kind.mjs: seed 11 twice gave different $(basename "$file")"
        if cmp -s "$file" "$work/$kind-3/$(basename "$file")"; then
            fail "gen-$kind.mjs: seeds 11 and 12 gave the same $(basename "$file")"
        fi
    done
    echo "gen-$kind.mjs: deterministic"
done

node "$here/flagd-eval.mjs" --modules "$modules" --flags "$work/flagd-1/gen.json" --contexts "$work/flagd-1/ctx.jsonl" \
    --stats >"$work/flagd.jsonl" 2>"$work/flagd.stats" || { cat "$work/flagd.stats"; fail "flagd-eval.mjs"; }
tail -n 2 "$work/flagd.stats"
# Errors come only from the shapes made to give them ("error ...", and "variant named by the
# context" where the attribute names no variant), and they do give them. (No grep -q in a
# pipe: with pipefail its early exit could fail the grep before it.)
unexpected="$(grep '"reason":"ERROR"' "$work/flagd.jsonl" \
              | grep -v -e '"flag":"gen-[0-9]*-error-' -e '"flag":"gen-[0-9]*-variant-named-by-the-context"' \
              | head -n 1 || true)"
if [[ -n "$unexpected" ]]; then
    fail "flagd-core answered with an error for a generated flag: $unexpected"
fi
for code in GENERAL PARSE_ERROR; do
    grep -q "\"errorCode\":\"$code\"" "$work/flagd.jsonl" || fail "no generated flag made flagd-core answer $code"
done
if ! grep -q '"variant":null,"value":null,"reason":"DEFAULT"' "$work/flagd.jsonl"; then
    fail "no generated flag made flagd-core answer no value (the caller's default, reason DEFAULT)"
fi
node "$here/unleash-eval.mjs" --modules "$modules" --features "$work/unleash-1/unleash.json" \
    --contexts "$work/unleash-1/ctx.jsonl" --stats >"$work/unleash.jsonl" 2>"$work/unleash.stats" \
    || { cat "$work/unleash.stats"; fail "unleash-eval.mjs"; }
tail -n 1 "$work/unleash.stats"

# Identical files agree; one planted difference in the middle of each is caught and named.
expect_compare 0 --contexts "$work/flagd-1/ctx.jsonl" --expected "$work/flagd.jsonl" --actual "$work/flagd.jsonl"
expect_compare 0 --contexts "$work/unleash-1/ctx.jsonl" --expected "$work/unleash.jsonl" --actual "$work/unleash.jsonl"
middle=$(( $(wc -l <"$work/flagd.jsonl") / 2 ))
sed "${middle}s/\"value\":/\"value\":[\"planted\"],\"was\":/" "$work/flagd.jsonl" >"$work/flagd-planted.jsonl"
expect_compare 1 --contexts "$work/flagd-1/ctx.jsonl" --expected "$work/flagd.jsonl" --actual "$work/flagd-planted.jsonl"
contexts=$(grep -c . "$work/flagd-1/ctx.jsonl")
flags=$(( $(wc -l <"$work/flagd.jsonl") / contexts ))
planted_flag=$(sed -n "${middle}p" "$work/flagd.jsonl" | node -pe 'JSON.parse(require("fs").readFileSync(0, "utf8")).flag')
grep -q "MISMATCH 1: flag $planted_flag, context $(( (middle - 1) / flags + 1 )): value differs" "$work/compare.out" \
    || fail "compare.mjs did not name the planted mismatch (flag $planted_flag, line $middle)"
sed "${middle}s/\"name\":\"[^\"]*\"/\"name\":\"planted\"/" "$work/unleash.jsonl" >"$work/unleash-planted.jsonl"
cmp -s "$work/unleash.jsonl" "$work/unleash-planted.jsonl" && fail "no mismatch planted in the Unleash answers"
expect_compare 1 --contexts "$work/unleash-1/ctx.jsonl" --expected "$work/unleash.jsonl" --actual "$work/unleash-planted.jsonl"
grep -q "MISMATCH 1: .*: variant.name differs" "$work/compare.out" || fail "compare.mjs did not name the planted variant"
# A flag missing on one side is an error, unless --subset says the expected side is a subset.
grep -v '"flag":"gen-000-' "$work/flagd.jsonl" >"$work/flagd-subset.jsonl"
expect_compare 1 --contexts "$work/flagd-1/ctx.jsonl" --expected "$work/flagd-subset.jsonl" --actual "$work/flagd.jsonl"
expect_compare 0 --contexts "$work/flagd-1/ctx.jsonl" --expected "$work/flagd-subset.jsonl" --actual "$work/flagd.jsonl" --subset
expect_compare 1 --contexts "$work/flagd-1/ctx.jsonl" --expected "$work/flagd.jsonl" --actual "$work/flagd-subset.jsonl" --subset

keep=0
echo "interop_selftest: passed"
