// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
//
// Compares two JSON Lines files of evaluation results for the same contexts, pair by pair.
//
//   node compare.mjs --contexts FILE.jsonl --expected FILE --actual FILE
//                    [--expected-name NAME] [--actual-name NAME] [--subset] [--show N]
//
// Each results file holds one line per (context, flag) pair, in context order and, within a
// context, the same flags in any order; pairs are joined by flag key. Two shapes of line:
//
// - native (flagd-eval.mjs, `pennonctl eval`): {"flag", "variant" or "variation", "value",
//   "reason", "errorCode"?}. Compared: the variant key and the value (deep equality), and the
//   reason's class: an error on one side only is a mismatch; two errors agree when their
//   error codes do; no variant with reason DEFAULT on both sides (no value) agrees. flagd-core
//   answers a DISABLED flag with no variant at all (the caller's default), so such an answer
//   agrees with a DISABLED answer of any variant and with nothing else.
// - Unleash (unleash-eval.mjs, `pennonctl eval --dialect unleash`): {"flag", "enabled",
//   "variant": {"name", "enabled", "feature_enabled", "payload"?}}. Everything is compared.
//
// Without --subset both files must hold the same flags for every context; with it, the flags
// of --expected must be a subset of --actual's (a lenient export leaves flags out), and only
// those are compared. Prints the first mismatches (default 10) with the flag, the context and
// both answers, then the number of pairs compared; exit status 1 on any mismatch, 2 on bad
// input.

import { Tally, fail, options, readJsonLines, wholeNumber } from './common.mjs';
import { isDeepStrictEqual } from 'node:util';

const script = 'compare.mjs';
const opts = options(script, {
    contexts: { type: 'string' },
    expected: { type: 'string' },
    actual: { type: 'string' },
    'expected-name': { type: 'string', default: 'expected' },
    'actual-name': { type: 'string', default: 'actual' },
    subset: { type: 'boolean', default: false },
    show: { type: 'string', default: '10' },
}, ['contexts', 'expected', 'actual']);
const show = wholeNumber(script, 'show', opts.show);
const expectedName = opts['expected-name'];
const actualName = opts['actual-name'];

const contexts = readJsonLines(script, opts.contexts);
if (contexts.length === 0)
    fail(script, `no contexts in ${opts.contexts}`);

/// The lines of a results file, one Map (flag -> line) per context.
function byContext(path) {
    const lines = readJsonLines(script, path);
    if (lines.length % contexts.length !== 0) {
        fail(script, `${path}: ${lines.length} lines are no whole number of results for each of `
            + `${contexts.length} contexts`);
    }
    const perContext = lines.length / contexts.length;
    const groups = [];
    for (let c = 0; c < contexts.length; ++c) {
        const group = new Map();
        for (const line of lines.slice(c * perContext, (c + 1) * perContext)) {
            if (typeof line.flag !== 'string')
                fail(script, `${path}: a line without a "flag": ${JSON.stringify(line)}`);
            if (group.has(line.flag))
                fail(script, `${path}: flag '${line.flag}' twice for context ${c + 1}`);
            group.set(line.flag, line);
        }
        groups.push(group);
    }
    return groups;
}

const isUnleash = (line) => typeof line.enabled === 'boolean' && typeof line.variant === 'object' && line.variant !== null;
const variantOf = (line) => line.variant !== undefined ? line.variant : line.variation;
const isError = (line) => line.reason === 'ERROR';

/// Why two answers differ, or null when they agree.
function difference(a, b) {
    if (isUnleash(a) !== isUnleash(b))
        return 'one answer is in the Unleash dialect, the other is not';
    if (isUnleash(a)) {
        if (a.enabled !== b.enabled)
            return 'enabled differs';
        const va = a.variant;
        const vb = b.variant;
        for (const field of ['name', 'enabled', 'feature_enabled']) {
            if (va[field] !== vb[field])
                return `variant.${field} differs`;
        }
        if (!isDeepStrictEqual(va.payload ?? null, vb.payload ?? null))
            return 'variant.payload differs';
        return null;
    }
    if (isError(a) !== isError(b))
        return 'an error on one side only';
    if (isError(a))
        return (a.errorCode ?? null) === (b.errorCode ?? null) ? null : 'errorCode differs';
    const na = variantOf(a);
    const nb = variantOf(b);
    if (na === null && nb === null && a.reason === 'DEFAULT' && b.reason === 'DEFAULT')
        return null; // no value on both sides: the caller's default
    if (na === null || nb === null) {
        // A DISABLED flag in flagd-core answers without a variant.
        const withoutVariant = na === null ? a : b;
        const other = na === null ? b : a;
        if (withoutVariant.reason !== 'DISABLED')
            return `no variant, reason ${withoutVariant.reason}`;
        return other.reason === 'DISABLED' ? null : 'DISABLED on one side only';
    }
    if (na !== nb)
        return 'variant differs';
    if (!isDeepStrictEqual(a.value, b.value))
        return 'value differs';
    return null;
}

const expected = byContext(opts.expected);
const actual = byContext(opts.actual);
const expectedFlags = [...expected[0].keys()].sort();
const actualFlags = [...actual[0].keys()].sort();
const missing = expectedFlags.filter((flag) => !actual[0].has(flag));
const extra = actualFlags.filter((flag) => !expected[0].has(flag));
if (missing.length > 0)
    fail(script, `flags of ${expectedName} that ${actualName} does not answer: ${missing.join(', ')}`, 1);
if (extra.length > 0 && !opts.subset)
    fail(script, `flags of ${actualName} that ${expectedName} does not answer: ${extra.join(', ')} (--subset allows that)`, 1);

let compared = 0;
let mismatches = 0;
const byFlag = new Tally();
for (let c = 0; c < contexts.length; ++c) {
    for (const [flag, a] of expected[c]) {
        const b = actual[c].get(flag);
        if (b === undefined)
            fail(script, `${actualName} has no answer for flag '${flag}' and context ${c + 1}`, 1);
        ++compared;
        const why = difference(a, b);
        if (why === null)
            continue;
        ++mismatches;
        byFlag.add(flag);
        if (mismatches <= show) {
            process.stdout.write(`MISMATCH ${mismatches}: flag ${flag}, context ${c + 1}: ${why}\n`
                + `  context:  ${JSON.stringify(contexts[c])}\n`
                + `  ${expectedName.padEnd(8)}: ${JSON.stringify(a)}\n`
                + `  ${actualName.padEnd(8)}: ${JSON.stringify(b)}\n`);
        }
    }
}
const flagsCompared = expectedFlags.length;
if (mismatches > 0) {
    process.stdout.write(`compare: ${mismatches} of ${compared} pairs differ (${contexts.length} contexts x `
        + `${flagsCompared} flags); mismatches by flag: `
        + `${byFlag.entries().map(([flag, n]) => `${flag} ${n}`).join(', ')}\n`);
    process.exit(1);
}
process.stdout.write(`compare: ${compared} pairs identical (${contexts.length} contexts x ${flagsCompared} flags`
    + `${extra.length > 0 ? `, ${extra.length} flags of ${actualName} not compared` : ''}): `
    + `${expectedName} = ${actualName}\n`);
