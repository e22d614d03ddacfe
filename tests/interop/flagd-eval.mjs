// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
//
// Evaluates every flag of a flagd flag definition file for every context with flagd's own
// JavaScript evaluator, @openfeature/flagd-core, as an application would: one typed resolve
// per flag, the type being that of the flag's variants.
//
//   node flagd-eval.mjs --modules DIR --flags FILE --contexts FILE.jsonl [--stats] [--allow-empty]
//
// DIR is the npm prefix holding @openfeature/flagd-core (the interop_npm fixture installs it).
// Prints JSON Lines {"flag", "variant", "value", "reason", "errorCode"?} in (context, flag)
// order, flags in the file's order — as `pennonctl eval --contexts` prints its
// {"flag", "variation", "value", "reason", ...} lines; compare.mjs joins the two by flag key.
// A resolution without a variant (a DISABLED flag, an error) has "variant": null and
// "value": null. --stats prints to standard error, per flag, how many contexts ended in each
// variant and reason, and the flags that ended the same way for every context. A file with no
// flag fails the run unless --allow-empty is given (then nothing is printed).

import { readFileSync } from 'node:fs';
import { Tally, fail, options, readJsonLines, requireFrom } from './common.mjs';

const script = 'flagd-eval.mjs';
const opts = options(script, {
    modules: { type: 'string' },
    flags: { type: 'string' },
    contexts: { type: 'string' },
    stats: { type: 'boolean', default: false },
    'allow-empty': { type: 'boolean', default: false },
}, ['modules', 'flags', 'contexts']);

const require = requireFrom(script, opts.modules);
const { FlagdCore } = require('@openfeature/flagd-core');

// Warnings of flagd-core (an invalid targeting, a schema problem) fail the run: a generated
// file must be one flagd accepts as it is.
const problems = [];
// Targeting flagd-core cannot parse is the one warning expected: the flag then answers
// PARSE_ERROR, which is compared like any answer.
const parseErrorWarning = /^Invalid targeting configuration for flag '[^']*'$/;
const logger = {
    error: (...args) => problems.push(`error: ${args.join(' ')}`),
    warn: (...args) => {
        if (!parseErrorWarning.test(args.join(' ')))
            problems.push(`warning: ${args.join(' ')}`);
    },
    info: () => {},
    debug: () => {},
};
const core = new FlagdCore(undefined, logger);
let text;
try {
    text = readFileSync(opts.flags, 'utf8');
} catch (error) {
    fail(script, `cannot read ${opts.flags}: ${error.message}`, 1);
}
try {
    core.setConfigurations(text);
} catch (error) {
    fail(script, `flagd-core refuses ${opts.flags}: ${error.message}`);
}
if (problems.length > 0)
    fail(script, `flagd-core on ${opts.flags}:\n  ${problems.join('\n  ')}`);

const contexts = readJsonLines(script, opts.contexts);
const flagKeys = [...core.getFlags().keys()];
if (flagKeys.length === 0 && !opts['allow-empty'])
    fail(script, `no flags in ${opts.flags}`);

// The OpenFeature type of a flag: that of its variants (flagd requires one type per flag).
function typeOf(flag) {
    const values = [...flag.variants.values()];
    const type = values.length > 0 ? typeof values[0] : 'object';
    return type === 'boolean' || type === 'string' || type === 'number' ? type : 'object';
}
const defaults = { boolean: false, string: '', number: 0, object: {} };
const flagTypes = new Map(flagKeys.map((key) => [key, typeOf(core.getFlag(key))]));

const outcomes = new Map(flagKeys.map((key) => [key, new Tally()]));
const lines = [];
for (const context of contexts) {
    for (const key of flagKeys) {
        const type = flagTypes.get(key);
        const result = core.resolve(type, key, defaults[type], context, logger);
        const hasVariant = result.variant !== undefined && result.errorCode === undefined;
        const line = {
            flag: key,
            variant: hasVariant ? result.variant : null,
            value: hasVariant ? result.value : null,
            reason: result.reason,
        };
        if (result.errorCode !== undefined)
            line.errorCode = result.errorCode;
        lines.push(JSON.stringify(line));
        outcomes.get(key).add(`${line.variant ?? '(none)'}/${line.reason}${line.errorCode ? `:${line.errorCode}` : ''}`);
    }
}
process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');

if (opts.stats) {
    const reasons = new Tally();
    const single = [];
    for (const [key, tally] of outcomes) {
        const entries = tally.entries();
        process.stderr.write(`  ${key}: ${entries.map(([outcome, n]) => `${outcome} ${n}`).join(', ')}\n`);
        for (const [outcome, n] of entries)
            reasons.add(outcome.slice(outcome.indexOf('/') + 1), n);
        if (entries.length === 1)
            single.push(key);
    }
    process.stderr.write(`flagd-eval: ${contexts.length} contexts x ${flagKeys.length} flags = ${lines.length} pairs; `
        + `by reason: ${reasons.entries().map(([reason, n]) => `${reason} ${n}`).join(', ')}\n`);
    process.stderr.write(`flagd-eval: ${flagKeys.length - single.length} of ${flagKeys.length} flags took more than one outcome`
        + (single.length > 0 ? `; one outcome only: ${single.join(', ')}` : '') + '\n');
}
