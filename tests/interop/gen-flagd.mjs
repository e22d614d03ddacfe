// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
//
// A seeded generator of a flagd flag definition file and of evaluation contexts for it.
//
//   node gen-flagd.mjs --seed S [--flags N] [--contexts M] --out DIR [--except SHAPE,...]
//   node gen-flagd.mjs --list-shapes
//
// Writes DIR/gen.json (N flags, default 100, at least one per shape below) and DIR/ctx.jsonl
// (M contexts, default 1000, one JSON object per line). The same seed gives the same bytes.
//
// The flags cover what flagd's targeting offers and Pennon maps (docs/semantics.md, "Mapping to
// other formats"): variants of every type (boolean, string, number, object), state ENABLED and
// DISABLED, no targeting, if-chains with and without a final else, nested ifs, and / or / !,
// == != === !==, `in` over a list and over a string, starts_with, ends_with, sem_ver with
// every operator, < <= > >=, var (including $flagd.flagKey), cat, fractional with and without a
// bucketing expression and with several weightings, $evaluators with $ref, and metadata. Each
// flag's metadata names its shape, so that the evaluation statistics can be read per shape.
// The shapes named "broken ..." are broken data flagd-core still evaluates to a variant for
// every context (docs/flagd.md, "Broken data"): malformed fractionals, sem_ver with an unknown
// operator or the wrong number of arguments, comparisons with true/false/null, lists and empty
// and/or as conditions, if with one or no argument, extra arguments of var and !, metadata
// that is no object, a null variant never served, DISABLED flags with targeting Pennon cannot
// read, == != === with three or more arguments, var of a number, a list as var's default, lists
// inside the list of `in`, a constant `if` or a list in a fractional's bucketing expression,
// no defaultVariant where flagd never needs one, variants as a list. The shapes named "error
// ..." and "no value ..." are what flagd-core answers without a variant: an unknown variant
// (GENERAL), targeting it cannot parse (PARSE_ERROR), and no defaultVariant where the
// targeting gives nothing (the caller's default, reason DEFAULT). "variant named by the
// context" serves the variant an attribute names ({"var": "plan"} as the result).
// (Broken data of the whole file is tried by interop-flagd.sh, step (f).)
// --except leaves shapes out (comma-separated names as --list-shapes prints them), for a
// shape Pennon deliberately refuses; the interop test uses every shape.
//
// Contexts carry targetingKey and attributes of the types flagd sees (string, number,
// boolean), each absent now and then, drawn from the same pools as the flags' comparison
// values so that every branch is taken (flagd-eval.mjs --stats prints how often).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng, Tally, fail, options, wholeNumber } from './common.mjs';

const script = 'gen-flagd.mjs';
const opts = options(script, {
    seed: { type: 'string' },
    flags: { type: 'string', default: '100' },
    contexts: { type: 'string', default: '1000' },
    out: { type: 'string' },
    except: { type: 'string', default: '' },
    'list-shapes': { type: 'boolean', default: false },
}, []);
if (!opts['list-shapes']) {
    for (const name of ['seed', 'out']) {
        if (opts[name] === undefined)
            fail(script, `--${name} is required`);
    }
}
const seed = opts['list-shapes'] ? 0 : wholeNumber(script, 'seed', opts.seed);
const flagCount = wholeNumber(script, 'flags', opts.flags, 1);
const contextCount = wholeNumber(script, 'contexts', opts.contexts, 1);
const rng = new Rng(seed);

// ---- value pools, shared by the conditions and the contexts --------------------------------

const pools = {
    country: ['US', 'DE', 'FR', 'GB', 'JP', 'BR', 'IN'],
    plan: ['free', 'pro', 'enterprise', 'trial'],
    platform: ['ios', 'android', 'web'],
    emailName: ['ann', 'bob', 'carla', 'dev-ops', 'qa.team', 'zoe'],
    emailDomain: ['example.com', 'corp.example', 'mail.test', 'partner.org'],
    age: [12, 17, 18, 21, 30, 45, 64, 65, 80],
    score: [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1],
    seats: [1, 5, 10, 25, 100],
    appVersion: ['1.0.0', '1.2.3', '1.2.10', '1.10.0', '2.0.0-beta.1', '2.0.0-beta.2', '2.0.0',
                 '2.1.0', '2.1.5', '3.0.0-rc.1', '3.0.0', '10.0.1'],
    // Versions both evaluators refuse. flagd also reads 'v2.0.0' and '2.0' (node-semver is
    // lenient), where Pennon's SemVer 2.0 does not: a documented difference (docs/flagd.md),
    // warned about at import, and so not part of this comparison.
    badVersion: ['latest', 'next', 'release-2'],
    substring: ['@corp', 'dev', '.team', 'example', 'ann'],
    prefix: ['ann', 'bob', 'qa', 'dev-', 'zoe'],
    suffix: ['@example.com', '.org', '@corp.example', '.test'],
};

// ---- conditions ----------------------------------------------------------------------------

const v = (name) => ({ var: name });
const numberAttribute = () => rng.pick(['age', 'age', 'score', 'seats']);
// Not the pool's extremes, so that every comparison holds for some contexts and not others.
const numberFor = (attribute) => rng.pick(pools[attribute].slice(1, -1));

const leaves = {
    'eq-string': () => ({ '==': [v('country'), rng.pick(pools.country)] }),
    'eq-number': () => ({ '==': [v('age'), rng.pick(pools.age)] }),
    'eq-bool': () => ({ '==': [v('beta'), rng.chance(0.5)] }),
    // Loose equality: seats is a number in most contexts and a numeric string in some.
    'eq-loose': () => ({ '==': [v('seats'), String(rng.pick(pools.seats))] }),
    ne: () => ({ '!=': [v('plan'), rng.pick(pools.plan)] }),
    'strict-eq': () => ({ '===': [v('platform'), rng.pick(pools.platform)] }),
    'strict-ne': () => ({ '!==': [v('plan'), rng.pick(pools.plan)] }),
    'in-list': () => ({ in: [v('country'), rng.sample(pools.country, rng.range(2, 4))] }),
    'in-string': () => ({ in: [rng.pick(pools.substring), v('email')] }),
    'starts-with': () => ({ starts_with: [v('email'), rng.pick(pools.prefix)] }),
    'ends-with': () => ({ ends_with: [v('email'), rng.pick(pools.suffix)] }),
    // $flagd.flagKey is the same for every context: paired with a comparison that varies.
    'flag-key': (key) => ({
        and: [{ '==': [v('$flagd.flagKey'), rng.chance(0.8) ? key : `${key}-other`] },
              { in: [v('plan'), rng.sample(pools.plan, 2)] }],
    }),
};
const opName = { '=': 'eq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '^': 'caret', '~': 'tilde' };
for (const op of ['=', '!=', '<', '<=', '>', '>=', '^', '~'])
    leaves[`sem_ver ${opName[op]}`] = () => ({ sem_ver: [v('appVersion'), op, rng.pick(pools.appVersion)] });
for (const op of ['<', '<=', '>', '>=']) {
    leaves[`compare ${opName[op]}`] = () => {
        const attribute = numberAttribute();
        return { [op]: [v(attribute), numberFor(attribute)] };
    };
}
const excluded = opts.except.split(',').map((name) => name.trim()).filter((name) => name !== '');
const leafNames = Object.keys(leaves);
// Conditions drawn at random avoid the comparisons left out with --except too.
const usableLeaves = leafNames.filter((name) => !excluded.includes(`leaf ${name}`));
const anyLeaf = (key) => leaves[rng.pick(usableLeaves)](key);

function condition(key, depth = 0) {
    const roll = depth >= 2 ? 1 : rng.next();
    if (roll < 0.15)
        return { and: [condition(key, depth + 1), condition(key, depth + 1)] };
    if (roll < 0.25)
        return { or: [condition(key, depth + 1), condition(key, depth + 1)] };
    if (roll < 0.32)
        return { '!': condition(key, depth + 1) };
    return anyLeaf(key);
}

// ---- variants ------------------------------------------------------------------------------

const variantSets = {
    boolean: { on: true, off: false },
    string: { red: 'red', green: 'green', blue: 'blue' },
    number: { small: 1, medium: 2.5, large: -100 },
    object: {
        alpha: { tier: 'alpha', limits: [1, 2, 3] },
        beta: { tier: 'beta', nested: { enabled: true, ratio: 0.5 } },
        gamma: {},
    },
};
const types = Object.keys(variantSets);

// A fresh variant list for a flag of type `type`, and helpers to pick its names.
function variantsOf(type) {
    return { ...variantSets[type] };
}

// ---- shapes --------------------------------------------------------------------------------
// Each shape builds {targeting?, state?, defaultVariant?} from the flag's key and its variant
// names (names[0] is the default variant unless the shape says otherwise).

const fractionalBuckets = {
    equal: (names) => names.map((name) => [name, 50]),
    uneven: (names) => names.map((name, i) => [name, [10, 30, 60][i % 3]]),
    implicit: (names) => names.map((name) => [name]),
    zero: (names) => names.map((name, i) => [name, i === 0 ? 0 : 1]),
};

// Broken data (see the header): a malformed fractional gives null, the defaultVariant.
const brokenBuckets = {
    'weight not whole': (names) => [[names[1], 1.5], [names[0], 1]],
    'weight text': (names) => [[names[1], '50'], [names[0], 50]],
    'weight null': (names) => [[names[0], 1], [names[1], null]],
    'bucket not a list': (names) => [[names[1], 1], names[0]],
    'empty bucket': (names) => [[names[1], 1], []],
    'bucket of three': (names) => [[names[1], 1, 2], [names[0], 1]],
    'variant a list': (names) => [[[names[1]], 1], [names[0], 1]],
    'bucketing by a number': (names) => [rng.pick([5, true, false, null]), [names[1], 1], [names[0], 1]],
    'no buckets': (names, key) => [rng.chance(0.5) ? 'abc' : { cat: [key, v('email')] }],
};
const brokenSemver = () => rng.chance(0.6)
    ? { sem_ver: [v('appVersion'), rng.pick(['=>', '==', 'gt', 1, true, null]), rng.pick(pools.appVersion)] }
    : { sem_ver: rng.chance(0.5) ? [v('appVersion'), '>='] : [v('appVersion'), '>=', rng.pick(pools.appVersion), 'x'] };
const brokenComparison = () => {
    const op = rng.pick(['<', '<=', '>', '>=']);
    const literal = rng.pick([true, false, null]);
    // score holds 0 and 1 (what false/null and true compare as), and is absent now and then.
    const attribute = v(rng.chance(0.7) ? 'score' : numberAttribute());
    return { [op]: rng.chance(0.5) ? [attribute, literal] : [literal, attribute] };
};

const shapes = {
    static: () => ({}),
    'disabled static': () => ({ state: 'DISABLED' }),
    'disabled targeting': (key, names) => ({ state: 'DISABLED', targeting: { if: [anyLeaf(key), names[1], names[0]] } }),
    'if else': (key, names) => ({ targeting: { if: [anyLeaf(key), names[1], names[0]] } }),
    'if chain else': (key, names) => ({
        targeting: { if: [anyLeaf(key), names[1], anyLeaf(key), names[2 % names.length], anyLeaf(key), names[0], names[1]] },
    }),
    'if no else': (key, names) => ({ targeting: { if: [anyLeaf(key), names[1], anyLeaf(key), names[2 % names.length]] } }),
    'if single no else': (key, names) => ({ targeting: { if: [anyLeaf(key), names[1]] } }),
    'nested if': (key, names) => ({
        targeting: { if: [anyLeaf(key), { if: [anyLeaf(key), names[1], names[2 % names.length]] }, names[0]] },
    }),
    and: (key, names) => ({ targeting: { if: [{ and: [anyLeaf(key), anyLeaf(key)] }, names[1], names[0]] } }),
    'and of three': (key, names) => ({ targeting: { if: [{ and: [anyLeaf(key), anyLeaf(key), anyLeaf(key)] }, names[1], names[0]] } }),
    or: (key, names) => ({ targeting: { if: [{ or: [anyLeaf(key), anyLeaf(key)] }, names[1], names[0]] } }),
    not: (key, names) => ({ targeting: { if: [{ '!': anyLeaf(key) }, names[1], names[0]] } }),
    'not and': (key, names) => ({ targeting: { if: [{ '!': { and: [anyLeaf(key), anyLeaf(key)] } }, names[1], names[0]] } }),
    'not or': (key, names) => ({ targeting: { if: [{ '!': { or: [anyLeaf(key), anyLeaf(key)] } }, names[1], names[0]] } }),
    'deep logic': (key, names) => ({ targeting: { if: [condition(key), names[1], condition(key), names[2 % names.length], names[0]] } }),
    'fractional targetingKey equal': (key, names) => ({ targeting: { fractional: fractionalBuckets.equal(names) } }),
    'fractional targetingKey uneven': (key, names) => ({ targeting: { fractional: fractionalBuckets.uneven(names) } }),
    'fractional targetingKey implicit': (key, names) => ({ targeting: { fractional: fractionalBuckets.implicit(names) } }),
    'fractional zero weight': (key, names) => ({ targeting: { fractional: fractionalBuckets.zero(names) } }),
    'fractional cat salt': (key, names) => ({
        targeting: { fractional: [{ cat: [`salt-${rng.int(1000)}`, v('email')] }, ...fractionalBuckets.uneven(names)] },
    }),
    'fractional cat flagKey': (key, names) => ({
        targeting: { fractional: [{ cat: [v('$flagd.flagKey'), v('email')] }, ...fractionalBuckets.equal(names)] },
    }),
    'fractional in rule': (key, names) => ({
        targeting: { if: [anyLeaf(key), { fractional: fractionalBuckets.uneven(names) }, names[0]] },
    }),
    'fractional cat in rule': (key, names) => ({
        targeting: { if: [anyLeaf(key), names[0], { fractional: [{ cat: [key, v('country')] }, ...fractionalBuckets.equal(names)] }] },
    }),
    'broken fractional not a list': (key, names) => ({ targeting: { fractional: rng.pick([names[1], 5, true]) } }),
    'broken fractional of nothing': () => ({ targeting: { fractional: [] } }),
    'broken fractional in rule': (key, names) => ({
        targeting: { if: [anyLeaf(key), { fractional: brokenBuckets[rng.pick(Object.keys(brokenBuckets))](names, key) }, names[2 % names.length]] },
    }),
    'broken sem_ver': (key, names) => ({
        targeting: { if: [{ or: [brokenSemver(), anyLeaf(key)] }, names[1], { '!': brokenSemver() }, names[2 % names.length], names[0]] },
    }),
    'broken compare with true false null': (key, names) => ({
        targeting: { if: [brokenComparison(), names[1], { and: [brokenComparison(), anyLeaf(key)] }, names[2 % names.length], names[0]] },
    }),
    'broken list as condition': (key, names) => ({
        targeting: { if: [{ and: [rng.pick([[1], [0], [v('plan')], ['']]), anyLeaf(key)] }, names[1], { or: [[], anyLeaf(key)] }, names[2 % names.length], names[0]] },
    }),
    'broken and or of nothing': (key, names) => ({
        targeting: { if: [{ or: [{ and: [] }, anyLeaf(key)] }, names[1], { '!': { or: [] } }, names[2 % names.length]] },
    }),
    'broken if one or no argument': (key, names) => ({
        targeting: rng.chance(0.5)
            ? { if: [anyLeaf(key), { if: [names[1]] }, anyLeaf(key), { if: [] }, names[2 % names.length]] }
            : { if: [anyLeaf(key), { if: [names[1]] }, { if: [] }] },
    }),
    'broken var and not extra arguments': (key, names) => ({
        targeting: { if: [{ '==': [{ var: ['country', rng.pick(pools.country), 'x', 2] }, rng.pick(pools.country)] }, names[1], { '!': [anyLeaf(key), 1, v('plan')] }, names[2 % names.length], names[0]] },
    }),
    'broken chained equality': (key, names) => ({
        targeting: { if: [rng.pick([
            { '==': [v('country'), rng.pick(pools.country), rng.pick(pools.country)] },
            { '===': [rng.pick(pools.platform), v('platform'), rng.pick(pools.platform)] },
            { '!=': [v('plan'), rng.pick(pools.plan), rng.pick(pools.plan)] },
            { '==': [v('seats'), rng.pick(pools.seats), rng.pick(pools.seats), rng.pick(pools.seats)] },
        ]), names[1], anyLeaf(key), names[2 % names.length], names[0]] },
    }),
    'broken var of a number': (key, names) => ({
        targeting: { if: [{ in: [{ var: 1 }, rng.sample(pools.plan, 2)] }, names[1], anyLeaf(key), names[2 % names.length], names[0]] },
    }),
    'broken list as var default': (key, names) => ({
        targeting: { if: [{ in: [rng.pick(pools.plan).slice(0, 3), { var: ['plan', rng.sample(pools.plan, 2)] }] }, names[1],
                          { var: ['beta', rng.pick([[1], [], [0]])] }, names[2 % names.length], names[0]] },
    }),
    'broken list in an in list': (key, names) => ({
        targeting: { if: [{ in: [v('country'), [[rng.pick(pools.country)], rng.pick(pools.country), [], rng.pick(pools.country)]] }, names[1], names[0]] },
    }),
    'broken constant bucketing': (key, names) => ({
        targeting: { fractional: [rng.pick([
            { if: [rng.pick([true, false, { '==': [1, 1] }]), `salt-${rng.int(1000)}`, { cat: [`salt-${rng.int(1000)}`, v('email')] }] },
            { cat: [`salt-${rng.int(1000)}`, rng.pick([[1, 2], ['a', null, true], []]), v('email')] },
        ]), ...fractionalBuckets.uneven(names)] },
    }),
    'broken no defaultVariant': (key, names) => (rng.chance(0.5)
        ? { state: 'DISABLED', noDefaultVariant: true, targeting: { if: [anyLeaf(key), names[1], null] } }
        : { noDefaultVariant: true, targeting: { if: [anyLeaf(key), names[1], anyLeaf(key), names[2 % names.length], names[0]] } }),
    // Variants as a list are named "0", "1", ... by position (names[i] is "i" here).
    'broken variants a list': (key) => ({ variantsAsList: true, targeting: { if: [anyLeaf(key), '1', { fractional: [{ cat: [key, v('email')] }, ['0', 1], ['1', 1]] }] } }),
    'broken metadata': (key, names) => ({ metadata: rng.pick([3, 'abc', true, [1]]), targeting: { if: [anyLeaf(key), names[1], names[0]] } }),
    'broken null variant': (key, names) => ({
        nullVariant: 'gone',
        targeting: { if: [false, 'gone', anyLeaf(key), names[1], names[0]] },
    }),
    'broken disabled': (key, names) => ({
        state: 'DISABLED',
        targeting: rng.pick([{ var: 'plan' }, { if: [anyLeaf(key), 'nope', names[0]] }, { if: [anyLeaf(key), { cat: [names[1]] }, names[0]] }]),
    }),
    // What flagd-core answers without a variant (docs/flagd.md, "Broken data"): an unknown
    // variant (GENERAL), targeting it cannot parse (PARSE_ERROR), no value (no defaultVariant).
    'error unknown variant': (key, names) => ({
        targeting: { if: [anyLeaf(key), rng.pick(['nope', 'no-such-variant']), anyLeaf(key), names[1], names[0]] },
    }),
    'error fractional unknown variant': (key, names) => ({
        targeting: { if: [anyLeaf(key), names[1], { fractional: [[names[0], 1], ['nope', 1], [names[1], 2]] }] },
    }),
    'error unparsable targeting': (key, names) => ({
        targeting: { if: [anyLeaf(key), names[1], rng.pick([
            { regex_match: [v('email'), 'a.*'] },
            { '==': [v('plan'), { k: 1 }] },
            { $ref: 'no-such-evaluator' },
            { if: 'not a list' },
        ]), names[0], names[2 % names.length]] },
    }),
    'no value without defaultVariant': (key, names) => ({
        noDefaultVariant: true,
        targeting: rng.pick([
            undefined,
            { if: [anyLeaf(key), names[1]] },
            { if: [anyLeaf(key), names[1], anyLeaf(key), null, names[0]] },
            { fractional: fractionalBuckets.uneven(names) },
            { fractional: [[names[0], 1], [null, 1]] },
            { if: [anyLeaf(key), { fractional: [{ cat: [key, v('email')] }, [names[1], 1], [null, 2]] }, null] },
        ]),
    }),
    // The variant named by the context: variants named after plans (not "trial": an error),
    // numbers of seats, or the flag key.
    'variant named by the context': (key) => rng.pick([
        { variantNames: ['free', 'pro', 'enterprise'], targeting: { var: 'plan' } },
        { variantNames: ['free', 'pro', 'enterprise'], targeting: { if: [anyLeaf(key), { var: ['plan', 'pro'] }, 'free'] } },
        { variantNames: ['1', '5', '10', '25'], targeting: { if: [anyLeaf(key), { var: 'seats' }, null] } },
        { variantNames: [key, 'other'], targeting: { if: [anyLeaf(key), { var: '$flagd.flagKey' }, 'other'] } },
    ]),
    // flagd's clock in whole seconds, against instants far in the past (2001) and future
    // (2096), so that both tools answer alike whenever they run.
    timestamp: (key, names) => ({
        targeting: { if: [rng.pick([
            { '<': [v('$flagd.timestamp'), 1e9] }, { '>': [v('$flagd.timestamp'), 1e9] },
            { '>=': [4e9, v('$flagd.timestamp')] }, { '<=': [4e9, v('$flagd.timestamp')] },
        ]), names[1], { and: [{ '>': [v('$flagd.timestamp'), 1.5e9 + 0.5] }, anyLeaf(key)] }, names[2 % names.length], names[0]] },
    }),
    ref: (key, names) => ({ targeting: { if: [{ $ref: rng.pick(evaluatorNames) }, names[1], names[0]] } }),
    'ref in and': (key, names) => ({
        targeting: { if: [{ and: [{ $ref: rng.pick(evaluatorNames) }, anyLeaf(key)] }, names[1], names[0]] },
    }),
};
for (const name of Object.keys(brokenBuckets))
    shapes[`broken fractional ${name}`] = (key, names) => ({ targeting: { fractional: brokenBuckets[name](names, key) } });
for (const name of leafNames) {
    shapes[`leaf ${name}`] = (key, names) => ({ targeting: { if: [leaves[name](key), names[1], names[0]] } });
}
for (const name of excluded) {
    if (!(name in shapes))
        fail(script, `--except: no shape '${name}' (--list-shapes prints them)`);
}
const shapeNames = Object.keys(shapes).filter((name) => !excluded.includes(name));
if (opts['list-shapes']) {
    process.stdout.write(`${Object.keys(shapes).join('\n')}\n`);
    process.exit(0);
}
if (flagCount < shapeNames.length)
    fail(script, `--flags must be at least ${shapeNames.length}, one flag per shape`);

// Shared evaluators for $ref: conditions over the same pools.
const evaluators = {
    isEnterprise: { in: [v('plan'), ['enterprise', 'pro']] },
    isEuropean: { in: [v('country'), ['DE', 'FR', 'GB']] },
    isAdult: { '>=': [v('age'), 18] },
    isModernApp: { sem_ver: [v('appVersion'), '>=', '2.0.0'] },
};
const evaluatorNames = Object.keys(evaluators);

// ---- flags ---------------------------------------------------------------------------------

const flags = {};
const shapeOfFlag = new Tally();
for (let i = 0; i < flagCount; ++i) {
    // First one flag per shape, then shapes at random.
    const shape = i < shapeNames.length ? shapeNames[i] : rng.pick(shapeNames);
    const type = types[(i + rng.int(2)) % types.length];
    const key = `gen-${String(i).padStart(3, '0')}-${shape.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '').toLowerCase()}`;
    const variants = variantsOf(type);
    const names = Object.keys(variants);
    // Rotate the names so that the default variant is not always the first one.
    const rotation = rng.int(names.length);
    const rotated = names.slice(rotation).concat(names.slice(0, rotation));
    const built = shapes[shape](key, rotated);
    const flag = {
        state: built.state ?? 'ENABLED',
        variants,
        defaultVariant: rotated[0],
    };
    // A null variant comes last: flagd-eval.mjs types a flag by its first variant.
    if (built.nullVariant)
        flag.variants = { ...variants, [built.nullVariant]: null };
    if (built.noDefaultVariant)
        delete flag.defaultVariant;
    if (built.variantsAsList) {
        flag.variants = rotated.map((name) => variants[name]);
        flag.defaultVariant = '0';
    }
    if (built.variantNames) {
        const values = Object.values(variants);
        flag.variants = Object.fromEntries(built.variantNames.map((name, i) => [name, values[i % values.length]]));
        flag.defaultVariant = built.variantNames[0];
    }
    if (built.targeting)
        flag.targeting = built.targeting;
    flag.metadata = 'metadata' in built ? built.metadata : { shape, type, generated: true, index: i };
    flags[key] = flag;
    shapeOfFlag.add(shape);
}

const document = {
    $schema: 'https://flagd.dev/schema/v0/flags.json',
    metadata: { flagSetId: 'pennon-interop', version: `seed-${seed}` },
    flags,
    $evaluators: evaluators,
};

// ---- contexts ------------------------------------------------------------------------------

const absent = (p) => rng.chance(p);
const contexts = [];
for (let n = 0; n < contextCount; ++n) {
    const context = {};
    if (!absent(0.05))
        context.targetingKey = `user-${seed}-${n}`;
    if (!absent(0.1))
        context.country = rng.pick(pools.country);
    if (!absent(0.1))
        context.plan = rng.pick(pools.plan);
    if (!absent(0.1))
        context.platform = rng.pick(pools.platform);
    if (!absent(0.1))
        context.email = `${rng.pick(pools.emailName)}${rng.chance(0.3) ? rng.int(100) : ''}@${rng.pick(pools.emailDomain)}`;
    if (!absent(0.12))
        context.age = rng.chance(0.8) ? rng.pick(pools.age) : rng.range(10, 90);
    if (!absent(0.15))
        context.score = rng.chance(0.7) ? rng.pick(pools.score) : Math.round(rng.next() * 1000) / 1000;
    if (!absent(0.15))
        context.seats = rng.chance(0.8) ? rng.pick(pools.seats) : String(rng.pick(pools.seats));
    if (!absent(0.2))
        context.beta = rng.chance(0.5);
    if (!absent(0.1))
        context.appVersion = rng.chance(0.92) ? rng.pick(pools.appVersion) : rng.pick(pools.badVersion);
    // An attribute named by a number: {"var": 1} reads it.
    if (!absent(0.3))
        context['1'] = rng.pick(pools.plan);
    contexts.push(context);
}

mkdirSync(opts.out, { recursive: true });
writeFileSync(join(opts.out, 'gen.json'), `${JSON.stringify(document, null, 2)}\n`);
writeFileSync(join(opts.out, 'ctx.jsonl'), contexts.map((c) => JSON.stringify(c)).join('\n') + '\n');
process.stderr.write(`gen-flagd: seed ${seed}: ${flagCount} flags in ${shapeNames.length} shapes, `
    + `${contextCount} contexts -> ${join(opts.out, 'gen.json')}, ${join(opts.out, 'ctx.jsonl')}\n`);
