// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
//
// The flagd side of the flagd-compare benchmark: evaluates one flag of a flagd flag
// definition with flagd's own JavaScript evaluator (@openfeature/flagd-core) for the same
// synthetic users `pennonctl simulate --users N` builds — `userId` = `user-{n}` for n in
// 0..N−1 plus constant attributes — counts the variants served and times the loop.
//
//   node compare.mjs --modules DIR [--flags FILE] [--flag KEY] [--users N] [--attributes JSON]
//                    [--prebuilt]
//
// DIR is an npm prefix whose node_modules holds @openfeature/flagd-core (run.sh installs it).
// Prints one JSON object: {"tool", "version", "users", "counts", "seconds"}. A resolution
// that ends in an error is counted under "(error:CODE)", one without a variant under
// "(none)", so that a wrong definition shows up as a count mismatch, never silently.
// --prebuilt builds all contexts before the clock starts, so that only the evaluations are
// timed: flagd-core's best case, for checking how much of its time the contexts take.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const { values: options } = parseArgs({
    options: {
        modules: { type: 'string' },
        flags: { type: 'string', default: join(here, 'flagd.json') },
        flag: { type: 'string', default: 'checkout-experiment' },
        users: { type: 'string', default: '1000000' },
        attributes: { type: 'string', default: '{}' },
        'id-attribute': { type: 'string', default: 'userId' },
        prebuilt: { type: 'boolean', default: false },
    },
    strict: true,
});

function fail(message) {
    process.stderr.write(`compare.mjs: ${message}\n`);
    process.exit(2);
}

if (!options.modules)
    fail('--modules DIR (the npm prefix holding @openfeature/flagd-core) is required');
const users = Number(options.users);
if (!Number.isSafeInteger(users) || users < 1)
    fail(`--users must be a whole number of at least 1, not '${options.users}'`);
let constants;
try {
    constants = JSON.parse(options.attributes);
} catch (error) {
    fail(`--attributes is not JSON: ${error.message}`);
}
if (constants === null || typeof constants !== 'object' || Array.isArray(constants))
    fail('--attributes must be a JSON object');

const require = createRequire(join(resolve(options.modules), 'package.json'));
const { FlagdCore } = require('@openfeature/flagd-core');
const { version } = require('@openfeature/flagd-core/package.json');

const core = new FlagdCore();
core.setConfigurations(readFileSync(options.flags, 'utf8'));
if (!core.getFlag(options.flag))
    fail(`no flag '${options.flag}' in ${options.flags}`);

const flagKey = options.flag;
const idAttribute = options['id-attribute'];
const counts = new Map();
const count = (key) => counts.set(key, (counts.get(key) ?? 0) + 1);

function tally(result) {
    if (result.errorCode !== undefined)
        count(`(error:${result.errorCode})`);
    else if (result.variant === undefined)
        count('(none)');
    else
        count(result.variant);
}

// A context: the constants plus the id. Object.assign and a plain store keep V8 on its fast
// path; an object spread with a computed key ({...constants, [idAttribute]: id}) measured
// about 1.5 s slower per million here, which would flatter Pennon.
function makeContext(n) {
    const context = Object.assign({}, constants);
    context[idAttribute] = `user-${n}`;
    return context;
}

// By default each context is built inside the timed loop, as pennonctl simulate writes each
// id inside its own loop.
let seconds;
if (options.prebuilt) {
    const contexts = new Array(users);
    for (let n = 0; n < users; ++n)
        contexts[n] = makeContext(n);
    const start = process.hrtime.bigint();
    for (let n = 0; n < users; ++n)
        tally(core.resolveStringEvaluation(flagKey, '', contexts[n]));
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
} else {
    const start = process.hrtime.bigint();
    for (let n = 0; n < users; ++n)
        tally(core.resolveStringEvaluation(flagKey, '', makeContext(n)));
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
}

const sorted = Object.fromEntries([...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const contextMode = options.prebuilt ? 'prebuilt' : 'in-loop';
process.stdout.write(`${JSON.stringify({ tool: 'flagd-core', version, users, counts: sorted, seconds, contexts: contextMode }, null, 2)}\n`);
