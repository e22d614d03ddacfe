#!/usr/bin/env bash
# Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#
# CTest interop_flagd: Pennon against flagd's own evaluator (@openfeature/flagd-core), on a
# generated flag file (gen-flagd.mjs, fixed seed) and on the demo workspace.
#
#   interop-flagd.sh BUILD_DIR [SEED]
#
#   (a) pennonctl eval on gen.json (read as flagd) = flagd-core on gen.json, every pair;
#   (b) pennonctl export --format flagd of gen.json = out.json; flagd-core on out.json =
#       pennonctl eval on gen.json;
#   (c) out.json imported again and exported (out2.json): flagd-core on out2.json = on out.json;
#   (d) Pennon JSON round trip through SQLite workspaces: demo -> export a -> import into a
#       fresh database -> export b; a and b byte-identical;
#   (e) the demo's flagd export with --lenient evaluated by flagd-core = pennonctl eval on the
#       demo, for contexts over the demo's attributes, in each environment whose export holds a
#       flag (flags the export skips are not compared);
#   (f) broken data of the whole file (docs/flagd.md, "Broken data"): gen.json's flags without
#       $ref under a "metadata" and a "$evaluators" that are no objects, the same flags as a
#       list (flagd names them "0", "1", ...): pennonctl eval = flagd-core; files without flags
#       (no "flags", [], null, 5, ""): both load no flag.
#   (g) disabled rules: gen.json as a Pennon workspace with every third rule disabled; its
#       flagd export (which leaves them out) evaluated by flagd-core = pennonctl eval on that
#       workspace (which skips them), and some answers differ from gen.json's.
#
# Every shape of gen-flagd.mjs is used; PENNON_INTEROP_FLAGD_EXCEPT="shape,shape" leaves some out
# (for a shape the flagd import deliberately refuses; gen-flagd.mjs --list-shapes names them).
# Needs the packages the interop_npm fixture installs into BUILD_DIR/npm-interop; no network.
# Exit 0 when everything agrees, 1 on a mismatch or failure, 77 (CTest: skipped) without
# Node.js 20 (node-check.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/node-check.sh"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source="$(cd "$here/../.." && pwd)"
build="$(cd "${1:?usage: interop-flagd.sh BUILD_DIR [SEED]}" && pwd)"
seed="${2:-20261123}"
pennonctl="$build/bin/pennonctl"
modules="$build/npm-interop"
if [[ ! -x "$pennonctl" ]]; then
    echo "interop-flagd.sh: $pennonctl not found; build it with: cmake --build $build --target pennonctl" >&2
    exit 1
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/pennon-interop-flagd.XXXXXX")"
keep=1
trap '[[ $keep -eq 0 ]] && rm -rf "$work" || echo "interop-flagd: files kept in $work" >&2' EXIT
export LC_ALL=C.UTF-8 LANGUAGE=en
unset PENNON_DB

step() { echo; echo "== $*"; }
compare() {  # expected-file expected-name actual-file actual-name contexts [compare options]
    node "$here/compare.mjs" --expected "$1" --expected-name "$2" --actual "$3" --actual-name "$4" \
        --contexts "$5" "${@:6}"
}

step "generate (seed $seed)"
node "$here/gen-flagd.mjs" --seed "$seed" --flags 100 --contexts 1000 --out "$work" \
    --except "${PENNON_INTEROP_FLAGD_EXCEPT:-}"
node "$here/flagd-eval.mjs" --modules "$modules" --flags "$work/gen.json" --contexts "$work/ctx.jsonl" \
    --stats >"$work/flagd-gen.jsonl" 2>"$work/flagd-gen.stats" \
    || { cat "$work/flagd-gen.stats" >&2; echo "FAIL: the SDK could not evaluate the file" >&2; exit 1; }
tail -n 2 "$work/flagd-gen.stats"

step "(a) pennonctl eval --format flagd = flagd-core on gen.json"
if "$pennonctl" eval --from "$work/gen.json" --format flagd --env default --contexts "$work/ctx.jsonl" \
        >"$work/pennon-gen.jsonl" 2>"$work/a.err"; then
    compare "$work/flagd-gen.jsonl" flagd-core "$work/pennon-gen.jsonl" pennonctl "$work/ctx.jsonl"
else
    cat "$work/a.err" >&2
    echo "FAIL: pennonctl eval --format flagd failed on the generated file" >&2
    exit 1
fi

step "(b) flagd-core on pennonctl's flagd export = pennonctl on gen.json"
if "$pennonctl" export --from "$work/gen.json" --from-format flagd --format flagd \
        --env default >"$work/out.json" 2>"$work/b.err"; then
    # Pennon's NUM_* also compare a decimal string such as "25"; the export keeps flagd's
    # comparisons to JSON numbers (any other string would make flagd fail) and warns about it.
    # Contexts holding a decimal string are therefore left out here, and counted.
    node -e '
        const fs = require("node:fs");
        const decimal = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
        const lines = fs.readFileSync(process.argv[1], "utf8").split("\n").filter((l) => l.trim());
        const kept = lines.filter((l) => !Object.values(JSON.parse(l)).some(
            (v) => typeof v === "string" && decimal.test(v)));
        fs.writeFileSync(process.argv[2], kept.map((l) => l + "\n").join(""));
        console.log(`${lines.length - kept.length} of ${lines.length} contexts hold a decimal string and are left out of (b)`);
    ' "$work/ctx.jsonl" "$work/ctx-b.jsonl"
    "$pennonctl" eval --from "$work/gen.json" --format flagd --env default --contexts "$work/ctx-b.jsonl" \
        >"$work/pennon-b.jsonl" 2>/dev/null
    node "$here/flagd-eval.mjs" --modules "$modules" --flags "$work/out.json" --contexts "$work/ctx-b.jsonl" \
        >"$work/flagd-out-b.jsonl"
    compare "$work/flagd-out-b.jsonl" flagd-core "$work/pennon-b.jsonl" pennonctl "$work/ctx-b.jsonl"
    node "$here/flagd-eval.mjs" --modules "$modules" --flags "$work/out.json" --contexts "$work/ctx.jsonl" \
        >"$work/flagd-out.jsonl"

    step "(c) flagd -> Pennon -> flagd round trip evaluates identically"
    "$pennonctl" export --from "$work/out.json" --from-format flagd --format flagd --env default >"$work/out2.json"
    node "$here/flagd-eval.mjs" --modules "$modules" --flags "$work/out2.json" --contexts "$work/ctx.jsonl" \
        >"$work/flagd-out2.jsonl"
    compare "$work/flagd-out.jsonl" out.json "$work/flagd-out2.jsonl" out2.json "$work/ctx.jsonl"
    if cmp -s "$work/out.json" "$work/out2.json"; then
        echo "out.json and out2.json are byte-identical"
    else
        echo "note: out.json and out2.json differ in their bytes (they evaluate identically)"
    fi
else
    cat "$work/b.err" >&2
    echo "FAIL: pennonctl export --format flagd failed on the generated file" >&2
    exit 1
fi

step "(d) Pennon JSON round trip through SQLite workspaces"
demo="$source/resources/demo-workspace.json"
"$pennonctl" --db "sqlite:$work/w1.db" init
"$pennonctl" --db "sqlite:$work/w1.db" import --format native "$demo" >"$work/import1.log"
tail -n 1 "$work/import1.log"
"$pennonctl" --db "sqlite:$work/w1.db" export --format native >"$work/a.json"
"$pennonctl" --db "sqlite:$work/w2.db" init
"$pennonctl" --db "sqlite:$work/w2.db" import --format native "$work/a.json" >"$work/import2.log"
tail -n 1 "$work/import2.log"
"$pennonctl" --db "sqlite:$work/w2.db" export --format native >"$work/b.json"
if ! cmp "$work/a.json" "$work/b.json"; then
    diff -u "$work/a.json" "$work/b.json" | head -n 40
    echo "FAIL: export -> import -> export of the demo workspace changed the bytes" >&2
    exit 1
fi
echo "a.json and b.json are byte-identical ($(wc -c <"$work/a.json") bytes)"

step "(e) the demo's lenient flagd export evaluated by flagd-core = pennonctl on the demo"
node "$here/gen-contexts.mjs" --workspace "$demo" --seed "$seed" --contexts 1000 --out "$work/demo-ctx.jsonl"
# Every environment of the demo; one whose flags the export all refuses (production: each uses
# something flagd cannot express) has nothing to compare and is only named.
e_compared=0
for env in development staging production; do
    echo "-- environment $env"
    if "$pennonctl" export --from "$demo" --format flagd --env "$env" --lenient \
            >"$work/demo-flagd-$env.json" 2>"$work/e-$env.err"; then
        cat "$work/e-$env.err"
        if ! grep -q '"flags": {}' "$work/demo-flagd-$env.json" \
                && grep -q '"state"' "$work/demo-flagd-$env.json"; then
            node "$here/flagd-eval.mjs" --modules "$modules" --flags "$work/demo-flagd-$env.json" \
                --contexts "$work/demo-ctx.jsonl" --stats >"$work/flagd-demo-$env.jsonl" 2>"$work/flagd-demo-$env.stats" \
            || { cat "$work/flagd-demo-$env.stats" >&2; echo "FAIL: the SDK could not evaluate the file" >&2; exit 1; }
            tail -n 2 "$work/flagd-demo-$env.stats"
            "$pennonctl" eval --from "$demo" --env "$env" --contexts "$work/demo-ctx.jsonl" \
                >"$work/pennon-demo-$env.jsonl" 2>"$work/eval-$env.err"
            compare "$work/flagd-demo-$env.jsonl" flagd-core "$work/pennon-demo-$env.jsonl" pennonctl \
                "$work/demo-ctx.jsonl" --subset
            e_compared=$((e_compared + 1))
        else
            echo "note: the export of $env holds no flag (all refused): nothing to compare there"
        fi
    else
        cat "$work/e-$env.err" >&2
        echo "FAIL: pennonctl export --format flagd --lenient failed on the demo workspace ($env)" >&2
        exit 1
    fi
done
if [[ $e_compared -eq 0 ]]; then
    echo "FAIL: no environment of the demo workspace exports any flag to flagd" >&2
    exit 1
fi

step "(f) broken data of the whole file: pennonctl eval --format flagd = flagd-core"
node -e '
    const fs = require("node:fs");
    const [source, dir] = process.argv.slice(1);
    const doc = JSON.parse(fs.readFileSync(source, "utf8"));
    const flags = Object.fromEntries(Object.entries(doc.flags)
        .filter(([, flag]) => !JSON.stringify(flag).includes("\"$ref\"")));
    fs.writeFileSync(`${dir}/broken-meta.json`, JSON.stringify({ metadata: 3, $evaluators: "x", flags }, null, 1));
    fs.writeFileSync(`${dir}/broken-list.json`, JSON.stringify({ flags: Object.values(flags) }, null, 1));
    const empty = [{ metadata: {} }, { flags: [] }, { flags: null }, { flags: 5 }, { flags: "" }];
    empty.forEach((file, i) => fs.writeFileSync(`${dir}/broken-empty-${i}.json`, JSON.stringify(file)));
' "$work/gen.json" "$work"
for name in broken-meta broken-list; do
    echo "-- $name.json"
    node "$here/flagd-eval.mjs" --modules "$modules" --flags "$work/$name.json" --contexts "$work/ctx.jsonl" \
        >"$work/flagd-$name.jsonl"
    if ! "$pennonctl" eval --from "$work/$name.json" --format flagd --env default --contexts "$work/ctx.jsonl" \
            >"$work/pennon-$name.jsonl" 2>"$work/$name.err"; then
        cat "$work/$name.err" >&2
        echo "FAIL: pennonctl eval --format flagd failed on $name.json" >&2
        exit 1
    fi
    compare "$work/flagd-$name.jsonl" flagd-core "$work/pennon-$name.jsonl" pennonctl "$work/ctx.jsonl"
done
for file in "$work"/broken-empty-*.json; do
    node "$here/flagd-eval.mjs" --modules "$modules" --flags "$file" --contexts "$work/ctx.jsonl" --allow-empty \
        >"$work/flagd-empty.jsonl"
    if ! "$pennonctl" eval --from "$file" --format flagd --env default --contexts "$work/ctx.jsonl" \
            >"$work/pennon-empty.jsonl" 2>"$work/empty.err"; then
        cat "$work/empty.err" >&2
        echo "FAIL: pennonctl eval --format flagd failed on $(cat "$file")" >&2
        exit 1
    fi
    if [[ -s "$work/flagd-empty.jsonl" || -s "$work/pennon-empty.jsonl" ]]; then
        echo "FAIL: $(cat "$file"): flagd-core or pennonctl found a flag" >&2
        exit 1
    fi
    echo "$(cat "$file"): no flag in flagd-core and in pennonctl"
done

step "(g) disabled rules: flagd-core on the export = pennonctl eval, which skips them"
"$pennonctl" export --from "$work/gen.json" --from-format flagd --format native --env default \
    >"$work/gen-native.json" 2>"$work/g-native.err"
node -e '
    const fs = require("node:fs");
    const [source, target] = process.argv.slice(1);
    const doc = JSON.parse(fs.readFileSync(source, "utf8"));
    let n = 0, disabled = 0;
    for (const flag of doc.flags) {
        for (const config of Object.values(flag.environments)) {
            for (const rule of config.rules) {
                if (n++ % 3 === 1) {
                    rule.disabled = true;
                    disabled++;
                }
            }
        }
    }
    fs.writeFileSync(target, JSON.stringify(doc, null, 1));
    console.log(`${disabled} of ${n} rules disabled`);
' "$work/gen-native.json" "$work/disabled.json"
if ! "$pennonctl" export --from "$work/disabled.json" --format flagd --env default >"$work/disabled-flagd.json" 2>"$work/g.err"; then
    cat "$work/g.err" >&2
    echo "FAIL: pennonctl export --format flagd failed on the workspace with disabled rules" >&2
    exit 1
fi
node "$here/flagd-eval.mjs" --modules "$modules" --flags "$work/disabled-flagd.json" --contexts "$work/ctx-b.jsonl" \
    >"$work/flagd-disabled.jsonl"
"$pennonctl" eval --from "$work/disabled.json" --env default --contexts "$work/ctx-b.jsonl" \
    >"$work/pennon-disabled.jsonl" 2>/dev/null
compare "$work/flagd-disabled.jsonl" flagd-core "$work/pennon-disabled.jsonl" pennonctl "$work/ctx-b.jsonl"
if cmp -s "$work/pennon-b.jsonl" "$work/pennon-disabled.jsonl"; then
    echo "FAIL: disabling rules changed no answer of pennonctl eval: the step proves nothing" >&2
    exit 1
fi
echo "$(diff "$work/pennon-b.jsonl" "$work/pennon-disabled.jsonl" | grep -c '^>') answers differ from those with every rule enabled"

keep=0
echo
echo "interop_flagd: all comparisons agree"
