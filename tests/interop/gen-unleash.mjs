// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
//
// A seeded generator of an Unleash client-API feature state (version 2) and of Unleash-shaped
// contexts for it.
//
//   node gen-unleash.mjs --seed S [--features N] [--contexts M] --out DIR
//
// Writes DIR/unleash.json (N features, default 60) and DIR/ctx.jsonl (M contexts, default
// 1000). The same seed gives the same bytes.
//
// The first features hold one constraint operator each (IN and NOT_IN on a field that contexts
// sometimes spell in lower case, with caseInsensitive set), then one strategy each, so that
// every one is there whatever the seed; the others are drawn at random.
// Features: enabled or not; strategies default, userWithId, flexibleRollout (stickiness
// default, userId, sessionId, a custom field, random), gradualRolloutUserId,
// gradualRolloutSessionId, gradualRolloutRandom, remoteAddress;
// constraints with every operator of the client specification (IN NOT_IN STR_CONTAINS
// STR_STARTS_WITH STR_ENDS_WITH NUM_* DATE_AFTER DATE_BEFORE SEMVER_EQ SEMVER_GT SEMVER_LT
// REGEX IN_CIDR), inverted and caseInsensitive; segments; feature variants with weights,
// stickiness, overrides and payloads; strategy variants; dependencies (enabled, disabled, on
// variants, on a parent that has dependencies itself). docs/unleash-import.md says what Pennon
// makes of each.
//
// Contexts: userId, sessionId, remoteAddress, environment, appName, currentTime and
// properties{} (tenantId, plan, country, appVersion, seats, email, beta), some fields absent.
// An SDK draws at random where a rollout's or a variant's stickiness finds nothing, so the
// generator keeps every evaluation deterministic: every context has a userId or a sessionId
// (the default stickiness), every context has the custom stickiness field tenantId, and random
// rollouts are 0 % or 100 %. environment and appName are always given, as an SDK always has
// them (from its configuration when a context leaves them out).
//
// Then the SDK READINGS: one feature for each case where the Node SDK reads a state in its own
// way or evaluates broken data (a pattern that does not compile, an unknown operator, a
// missing segment or dependency, ...), each compared like the rest; and Pennon's form of a
// disabled rule, which SDKs never enable.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng, fail, options, wholeNumber } from './common.mjs';

const script = 'gen-unleash.mjs';
const opts = options(script, {
    seed: { type: 'string' },
    features: { type: 'string', default: '60' },
    contexts: { type: 'string', default: '1000' },
    out: { type: 'string' },
}, ['seed', 'out']);
const seed = wholeNumber(script, 'seed', opts.seed);
const featureCount = wholeNumber(script, 'features', opts.features, 1);
const contextCount = wholeNumber(script, 'contexts', opts.contexts, 1);
const rng = new Rng(seed);

// ---- pools shared by the features and the contexts -----------------------------------------

const pools = {
    userId: Array.from({ length: 80 }, (_, i) => `u${i}`),
    tenantId: Array.from({ length: 25 }, (_, i) => `t-${i}`),
    environment: ['production', 'staging', 'development'],
    appName: ['web', 'ios', 'android'],
    plan: ['free', 'pro', 'enterprise', 'trial'],
    country: ['US', 'DE', 'FR', 'GB', 'JP', 'BR'],
    appVersion: ['1.0.0', '1.2.3', '1.10.0', '2.0.0-beta.1', '2.0.0-beta.10', '2.0.0', '2.1.0', '3.0.0-rc.1', '3.0.0'],
    seats: ['1', '5', '10', '12.5', '40', '100'],
    emailName: ['ann', 'Bob', 'carla', 'dev-ops', 'QA.team'],
    emailDomain: ['example.com', 'Corp.Example', 'mail.test', 'partner.org'],
    ipv4: ['10.0.0.5', '10.1.2.3', '10.200.7.9', '192.168.1.20', '192.168.2.7', '172.16.5.4', '8.8.8.8', '127.0.0.1'],
    ipv6: ['2001:db8::1', '2001:db8:1::7', 'fe80::1'],
    dates: ['2024-03-01T00:00:00.000Z', '2025-01-15T12:00:00.000Z', '2025-06-30T23:59:59.000Z',
            '2026-02-01T08:30:00.000Z', '2027-09-09T09:09:09.000Z'],
};

// ---- constraints ---------------------------------------------------------------------------

const textFields = { plan: pools.plan, country: pools.country, environment: pools.environment, appName: pools.appName,
                     userId: pools.userId.slice(0, 30), tenantId: pools.tenantId };
const caseVariants = (value) => rng.pick([value, value.toUpperCase(), value.toLowerCase()]);

const constraintMakers = {
    IN: () => {
        const field = rng.pick(Object.keys(textFields));
        return { contextName: field, operator: 'IN', values: rng.sample(textFields[field], rng.range(1, 4)) };
    },
    NOT_IN: () => {
        const field = rng.pick(Object.keys(textFields));
        return { contextName: field, operator: 'NOT_IN', values: rng.sample(textFields[field], rng.range(1, 3)) };
    },
    STR_CONTAINS: () => ({ contextName: 'email', operator: 'STR_CONTAINS',
                           values: rng.sample(['ann', 'corp', 'example', 'QA', '.test', 'dev'], 2).map(caseVariants) }),
    STR_STARTS_WITH: () => ({ contextName: rng.pick(['email', 'plan']), operator: 'STR_STARTS_WITH',
                              values: rng.sample(['ann', 'bob', 'qa', 'pro', 'ent', 'Carla'], 2).map(caseVariants) }),
    STR_ENDS_WITH: () => ({ contextName: 'email', operator: 'STR_ENDS_WITH',
                            values: rng.sample(['.com', 'corp.example', '.TEST', '.org'], 2).map(caseVariants) }),
    NUM: (op) => ({ contextName: 'seats', operator: op, value: rng.pick(pools.seats.slice(1, -1)) }),
    DATE: (op) => ({ contextName: 'currentTime', operator: op, value: rng.pick(pools.dates) }),
    SEMVER: (op) => ({ contextName: 'appVersion', operator: op, value: rng.pick(pools.appVersion.slice(1, -1)) }),
    REGEX: () => ({ contextName: 'email', operator: 'REGEX',
                    value: rng.pick(['^ann', 'corp\\.example$', '[0-9]+@', '^(bob|carla)@', 'QA\\.']) }),
    IN_CIDR: () => ({ contextName: 'remoteAddress', operator: 'IN_CIDR',
                      values: rng.sample(['10.0.0.0/8', '192.168.1.0/24', '8.8.8.8', '2001:db8::/32', '172.16.0.0/12'], rng.range(1, 3)) }),
};
const operatorNames = ['IN', 'NOT_IN', 'STR_CONTAINS', 'STR_STARTS_WITH', 'STR_ENDS_WITH',
                       'NUM_EQ', 'NUM_GT', 'NUM_GTE', 'NUM_LT', 'NUM_LTE', 'DATE_AFTER', 'DATE_BEFORE',
                       'SEMVER_EQ', 'SEMVER_GT', 'SEMVER_LT', 'REGEX', 'IN_CIDR'];

function constraint(operator = rng.pick(operatorNames)) {
    let c;
    if (operator.startsWith('NUM_'))
        c = constraintMakers.NUM(operator);
    else if (operator.startsWith('DATE_'))
        c = constraintMakers.DATE(operator);
    else if (operator.startsWith('SEMVER_'))
        c = constraintMakers.SEMVER(operator);
    else
        c = constraintMakers[operator]();
    if (!c.values)
        c.values = [];
    c.inverted = rng.chance(0.25);
    // Set now and then on operators that ignore it too (IN, NUM_*, ...), as exported files have it.
    c.caseInsensitive = rng.chance(operator.startsWith('STR_') || operator === 'REGEX' ? 0.5 : 0.2);
    return c;
}

// ---- segments ------------------------------------------------------------------------------

const segments = Array.from({ length: 6 }, (_, i) => ({
    id: i + 1,
    name: `segment-${i + 1}`,
    constraints: [constraint(rng.pick(['IN', 'NOT_IN', 'STR_ENDS_WITH', 'NUM_GTE', 'SEMVER_GT']))],
}));

// ---- variants ------------------------------------------------------------------------------

const payloads = [
    () => undefined,
    () => ({ type: 'string', value: rng.pick(['val-a', 'val-b', 'Hello, world']) }),
    () => ({ type: 'json', value: JSON.stringify({ limit: rng.int(100), flags: ['x', 'y'] }) }),
    () => ({ type: 'number', value: String(rng.pick([0, 1, 42, 2.5, -7])) }),
    () => ({ type: 'csv', value: 'a,b,c' }),
];
const colours = ['red', 'green', 'blue', 'amber', 'violet'];

/// A list of variants named prefix + colour; stickiness the same on each (SDKs read the first).
function variants(prefix, { overrides }) {
    const names = rng.sample(colours, rng.range(2, 4));
    // Fields every context has: a variant whose stickiness finds nothing draws at random.
    const stickiness = rng.pick(['default', 'default', 'tenantId']);
    const weightType = rng.pick(['variable', 'fix']);
    const list = names.map((name, i) => {
        const variant = {
            name: `${prefix}${name}`,
            weight: i === 0 && rng.chance(0.15) ? 0 : rng.pick([1, 50, 100, 200, 333, 500]),
            weightType,
            stickiness,
        };
        const payload = rng.pick(payloads)();
        if (payload)
            variant.payload = payload;
        if (overrides && rng.chance(0.3)) {
            const field = rng.pick(['userId', 'tenantId']);
            variant.overrides = [{ contextName: field, values: rng.sample(textFields[field], rng.range(1, 4)) }];
        }
        return variant;
    });
    if (list.every((variant) => variant.weight === 0))
        list[list.length - 1].weight = 100;
    return list;
}

// ---- strategies ----------------------------------------------------------------------------

const percentages = ['0', '10', '25', '50', '50', '75', '100', '100'];

const strategyNames = ['default', 'userWithId', 'flexibleRollout', 'gradualRolloutUserId', 'gradualRolloutSessionId',
                       'gradualRolloutRandom', 'remoteAddress'];

function strategy(featureName, index, name = rng.pick([...strategyNames, 'flexibleRollout'])) {
    const groupId = rng.chance(0.7) ? featureName : `group-${rng.int(5)}`;
    let parameters = {};
    switch (name) {
    case 'default':
        break;
    case 'userWithId':
        parameters = { userIds: rng.sample(pools.userId.slice(0, 40), rng.range(1, 8)).join(rng.pick([',', ', '])) };
        break;
    case 'flexibleRollout': {
        const stickiness = rng.pick(['default', 'default', 'userId', 'sessionId', 'tenantId', 'plan', 'random']);
        // A random draw is deterministic at 0 % and 100 % only.
        const rollout = stickiness === 'random' ? rng.pick(['0', '100', '100']) : rng.pick(percentages);
        parameters = { rollout, stickiness, groupId };
        break;
    }
    case 'gradualRolloutUserId':
    case 'gradualRolloutSessionId':
        parameters = { percentage: rng.pick(percentages), groupId };
        break;
    case 'gradualRolloutRandom':
        parameters = { percentage: rng.pick(['0', '100', '100']), groupId };
        break;
    case 'remoteAddress':
        parameters = { IPs: rng.sample(['10.0.0.5', '192.168.1.0/24', '172.16.0.0/12', '8.8.8.8', '10.1.0.0/16', 'not-an-ip'], rng.range(1, 3)).join(', ') };
        break;
    }
    const result = {
        id: `${featureName}-s${index}`,
        name,
        parameters,
        constraints: Array.from({ length: rng.pick([0, 0, 1, 1, 1, 2]) }, () => constraint()),
        segments: rng.chance(0.2) ? rng.sample(segments.map((s) => s.id), 1) : [],
    };
    if (rng.chance(0.25)) {
        // Strategy variants hash the strategy's groupId: give every strategy that has them one.
        result.parameters.groupId = result.parameters.groupId ?? groupId;
        result.variants = variants(`s${index}-`, { overrides: true });
    }
    if (rng.chance(0.3))
        result.title = `Strategy ${index} of ${featureName}`;
    return result;
}

// ---- features ------------------------------------------------------------------------------

// The first features are one per operator (a default strategy with that one constraint) and one
// per strategy, so that every one is there whatever the seed; the others are drawn at random.
const dedicated = [
    ...operatorNames.map((operator) => (name) => [{
        id: `${name}-s0`, name: 'default', parameters: {}, segments: [],
        constraints: [operator === 'IN' || operator === 'NOT_IN'
            ? { contextName: 'country', operator, values: rng.sample(pools.country, 3), inverted: rng.chance(0.3), caseInsensitive: true }
            : constraint(operator)],
    }]),
    ...strategyNames.map((strategyName) => (name) => [strategy(name, 0, strategyName)]),
];
if (featureCount < dedicated.length)
    fail(script, `--features must be at least ${dedicated.length}, one per operator and per strategy`);
const features = [];
for (let i = 0; i < featureCount; ++i) {
    const name = `feature-${String(i).padStart(3, '0')}`;
    const strategies = i < dedicated.length
        ? dedicated[i](name)
        : Array.from({ length: rng.pick([0, 1, 1, 2, 2, 3]) }, (_, s) => strategy(name, s));
    const feature = {
        name,
        type: rng.pick(['release', 'experiment', 'operational']),
        description: `Generated feature ${i}`,
        enabled: i < dedicated.length || rng.chance(0.88),
        stale: false,
        impressionData: false,
        project: 'default',
        strategies,
        variants: rng.chance(0.4) ? variants('v-', { overrides: true }) : [],
    };
    const dependencies = i > 0 && rng.chance(0.2) ? rng.sample(features, rng.chance(0.2) ? 2 : 1) : [];
    for (const parent of dependencies) {
        const dependency = { feature: parent.name };
        const kind = rng.int(3);
        if (kind === 1) {
            dependency.enabled = false;
        } else if (kind === 2) {
            const names = parent.variants.map((v) => v.name);
            for (const s of parent.strategies)
                names.push(...(s.variants ?? []).map((v) => v.name));
            names.push('disabled');
            dependency.variants = rng.sample(names, rng.range(1, 2));
        }
        feature.dependencies = [...(feature.dependencies ?? []), dependency];
    }
    features.push(feature);
}

// SDK READINGS: what the Node SDK does where other SDKs or Pennon's own reading might differ,
// and broken data it loads and evaluates in a defined way (docs/unleash-import.md, "Broken
// data" and "Checked against the Node SDK"). Every one is part of the interop test: Pennon must
// answer each pair as the SDK does.
{
    const sdk = (name, description, fields) => features.push({
        name: `sdk-${name}`, description, enabled: true, variants: [], ...fields,
    });
    const only = (constraints) => ({ strategies: [{ name: 'default', parameters: {}, constraints }] });
    sdk('semver-gte', 'SEMVER_GTE (client specification 14)',
        only([{ ...constraint('SEMVER_GT'), operator: 'SEMVER_GTE' }]));
    sdk('semver-lte', 'SEMVER_LTE, inverted',
        only([{ ...constraint('SEMVER_LT'), operator: 'SEMVER_LTE', inverted: true }]));
    sdk('semver-leading-v', 'a leading v in a SEMVER constraint value is read as a version',
        only([{ contextName: 'appVersion', operator: 'SEMVER_EQ', value: 'v2.0.0', values: [] }]));
    sdk('flexible-no-group', 'flexibleRollout without a groupId: hashed as ":" + id',
        { strategies: [{ name: 'flexibleRollout', parameters: { rollout: '50', stickiness: 'userId' }, constraints: [] }] });
    sdk('gradual-no-group', 'gradualRolloutUserId without a groupId: hashed as ":" + id',
        { strategies: [{ name: 'gradualRolloutUserId', parameters: { percentage: '40' }, constraints: [] }] });
    sdk('strategy-variant-stickiness', 'strategy variants without stickiness take the strategy\'s stickiness parameter',
        { strategies: [{ name: 'flexibleRollout', parameters: { rollout: '100', stickiness: 'tenantId', groupId: 'g' }, constraints: [],
                         variants: [{ name: 'a', weight: 1 }, { name: 'b', weight: 1 }, { name: 'c', weight: 1 }] }] });
    sdk('remote-ipv6', 'remoteAddress strategy: IPv4 ranges, other entries by their text',
        { strategies: [{ name: 'remoteAddress', parameters: { IPs: '2001:db8::/32, 10.0.0.0/8, 2001:db8::1, fe80::1 , banana' }, constraints: [] }] });
    sdk('user-ids-spacing', 'userWithId: ids split at commas with the white space around them, the ends kept',
        { strategies: [{ name: 'userWithId', parameters: { userIds: ' u1, u2 ,u3,,u4 ' }, constraints: [] }] });
    sdk('num-number', 'NUM_* read with JavaScript\'s Number(): "" is 0, "0x10" is 16, " 4 " is 4',
        only([{ contextName: 'probeNumber', operator: 'NUM_LT', value: '5', values: [] }]));
    sdk('num-hex', 'NUM_EQ 16: "0x10" and "1.6e1" are 16 to Number()',
        only([{ contextName: 'probeNumber', operator: 'NUM_EQ', value: '0x10', values: [] }]));
    sdk('disabled-strategy', '"disabled": true on a strategy: evaluated all the same',
        { strategies: [{ name: 'userWithId', parameters: { userIds: pools.userId.slice(0, 40).join(',') }, constraints: [], disabled: true },
                       { name: 'flexibleRollout', parameters: { rollout: '10', stickiness: 'default', groupId: 'probe' }, constraints: [] }] });
    sdk('mapped-ipv6', 'IN_CIDR 10.0.0.0/8 and ::/0: IPv4 and IPv6 text kept apart (::ffff:10.0.0.5 is IPv6)',
        only([{ contextName: 'remoteAddress', operator: 'IN_CIDR', values: ['10.0.0.0/8', '::ffff:10.0.0.0/104'], inverted: rng.chance(0.5) }]));
    sdk('bad-current-time', 'DATE_BEFORE 2100 when currentTime is no date: false',
        only([{ contextName: 'currentTime', operator: 'DATE_BEFORE', value: '2100-01-01T00:00:00.000Z', values: [] }]));
    // Broken data: kept, and evaluated as the SDK does.
    sdk('regex-broken', 'a pattern that does not compile: the operator is false, inverted true',
        only([{ contextName: 'email', operator: 'REGEX', value: '(ann', inverted: true }]));
    sdk('regex-not-re2', 'look-ahead and back-references are not RE2: false',
        { strategies: [{ name: 'default', parameters: {}, constraints: [{ contextName: 'email', operator: 'REGEX', value: '^(?=a)a' }] },
                       { name: 'default', parameters: {}, constraints: [{ contextName: 'email', operator: 'REGEX', value: '(a)\\1', inverted: true },
                                                                        { contextName: 'plan', operator: 'IN', values: ['pro'] }] }] });
    sdk('unknown-operator', 'an operator the SDK does not know: false, inverted or not',
        { strategies: [{ name: 'default', parameters: {}, constraints: [{ contextName: 'plan', operator: 'LIKE', values: ['pro'], inverted: true }] },
                       { name: 'userWithId', parameters: { userIds: 'u1,u2,u3' }, constraints: [] }] });
    sdk('num-broken', 'NUM_GT of no number, inverted: always',
        only([{ contextName: 'seats', operator: 'NUM_GT', value: 'many', inverted: true }]));
    sdk('semver-broken', 'SEMVER_GT of no version ("2.0"): false; inverted, with a plan',
        only([{ contextName: 'appVersion', operator: 'SEMVER_GT', value: '2.0', inverted: true },
              { contextName: 'plan', operator: 'IN', values: ['pro', 'team'] }]));
    sdk('date-broken', 'DATE_AFTER of no date: false',
        only([{ contextName: 'currentTime', operator: 'DATE_AFTER', value: '29.01.2022' }]));
    sdk('no-value', 'NUM_EQ without a value, inverted: always',
        only([{ contextName: 'seats', operator: 'NUM_EQ', inverted: true }]));
    sdk('missing-segment', 'a strategy naming a segment the state does not hold: false; the next strategy decides',
        { strategies: [{ name: 'default', parameters: {}, constraints: [], segments: [404] },
                       { name: 'userWithId', parameters: { userIds: pools.userId.slice(0, 30).join(',') }, constraints: [] }] });
    sdk('missing-dependency', 'a dependency on a feature not in the state: never satisfied',
        { strategies: [{ name: 'default', parameters: {}, constraints: [] }], dependencies: [{ feature: 'ghost' }] });
    sdk('missing-dependency-off', 'a dependency on a missing feature required off: never satisfied either',
        { strategies: [{ name: 'default', parameters: {}, constraints: [] }], dependencies: [{ feature: 'ghost', enabled: false }] });
    sdk('rollout-not-a-number', 'rollout "abc": nobody',
        { strategies: [{ name: 'flexibleRollout', parameters: { rollout: 'abc', stickiness: 'userId', groupId: 'g' }, constraints: [] }] });
    sdk('rollout-above-100', 'rollout "150": everyone',
        { strategies: [{ name: 'flexibleRollout', parameters: { rollout: '150', stickiness: 'tenantId', groupId: 'g' }, constraints: [] }] });
    // Pennon's export of a disabled rule: "disabled" and, last, a constraint no context meets,
    // so that SDKs never enable it either; Pennon imports it as a disabled rule (overrides
    // included) and exports it the same way again (docs/unleash-export.md).
    const nobody = { contextName: 'userId', operator: 'IN', values: [], inverted: false, caseInsensitive: false };
    sdk('disabled-rule', '"disabled": true and a last IN of nothing (Pennon\'s disabled rule): never enabled',
        { strategies: [{ name: 'userWithId', parameters: { userIds: pools.userId.slice(0, 40).join(',') }, disabled: true,
                         constraints: [{ contextName: 'plan', operator: 'IN', values: ['pro', 'free'] }, nobody] },
                       { name: 'flexibleRollout', parameters: { rollout: '100', stickiness: 'default', groupId: 'probe' }, disabled: true,
                         constraints: [nobody],
                         variants: [{ name: 'a', weight: 500, weightType: 'variable', stickiness: 'default',
                                      overrides: [{ contextName: 'userId', values: pools.userId.slice(0, 10) }] },
                                    { name: 'b', weight: 500, weightType: 'variable', stickiness: 'default' }] },
                       { name: 'flexibleRollout', parameters: { rollout: '30', stickiness: 'default', groupId: 'probe' }, constraints: [] }] });
}

const state = { version: 2, features, segments, query: { project: ['default'] } };

// ---- contexts ------------------------------------------------------------------------------

const contexts = [];
for (let n = 0; n < contextCount; ++n) {
    const context = {};
    const hasUser = rng.chance(0.85);
    if (hasUser)
        context.userId = rng.chance(0.6) ? rng.pick(pools.userId) : `user-${seed}-${n}`;
    if (!hasUser || rng.chance(0.6))
        context.sessionId = `s-${seed}-${n}`;
    if (rng.chance(0.85))
        context.remoteAddress = rng.chance(0.85) ? rng.pick(pools.ipv4) : rng.pick(pools.ipv6);
    context.environment = rng.pick(pools.environment);
    context.appName = rng.pick(pools.appName);
    if (rng.chance(0.5)) {
        // ISO 8601 in the spellings SDK users send: milliseconds or not, Z or an offset.
        const instant = new Date(Date.parse(rng.pick(pools.dates)) + rng.range(-3, 3) * 3600000 + rng.int(1000));
        const iso = instant.toISOString();
        context.currentTime = rng.pick([iso, iso.replace(/\.\d{3}Z$/, 'Z'),
                                        `${new Date(instant.getTime() + 7200000).toISOString().slice(0, 19)}+02:00`]);
    }
    const properties = { tenantId: rng.pick(pools.tenantId) };
    // An empty string is a value to SDKs' constraints and a missing field to their
    // stickiness (as it is to Pennon): now and then one.
    if (rng.chance(0.85))
        properties.plan = rng.chance(0.95) ? rng.pick(pools.plan) : '';
    // Now and then in lower case: IN and NOT_IN compare exactly, caseInsensitive or not.
    if (rng.chance(0.85))
        properties.country = rng.chance(0.9) ? rng.pick(pools.country) : rng.pick(pools.country).toLowerCase();
    // Now and then with build metadata (ignored in comparisons) or a leading v (no version).
    if (rng.chance(0.8))
        properties.appVersion = rng.chance(0.9) ? rng.pick(pools.appVersion) : rng.pick(['2.0.0+build.5', '1.2.3+exp.sha.5114f85', 'v2.0.0']);
    if (rng.chance(0.8))
        properties.seats = rng.pick(pools.seats);
    if (rng.chance(0.8))
        properties.email = rng.chance(0.03) ? '' : `${rng.pick(pools.emailName)}${rng.chance(0.3) ? rng.int(100) : ''}@${rng.pick(pools.emailDomain)}`;
    if (rng.chance(0.7))
        properties.beta = rng.pick(['true', 'false']);
    // For the SDK readings above: a number property in the spellings Number() reads, an
    // IPv4-mapped IPv6 address, and now and then a currentTime that is no date.
    properties.probeNumber = rng.pick(['', '0x10', '3', '16', ' 4 ', '1.6e1', 'x']);
    if (rng.chance(0.1))
        context.remoteAddress = rng.pick(['::ffff:10.0.0.5', 'banana']);
    if (rng.chance(0.05))
        context.currentTime = 'not a date';
    context.properties = properties;
    contexts.push(context);
}

mkdirSync(opts.out, { recursive: true });
writeFileSync(join(opts.out, 'unleash.json'), `${JSON.stringify(state, null, 2)}\n`);
writeFileSync(join(opts.out, 'ctx.jsonl'), contexts.map((c) => JSON.stringify(c)).join('\n') + '\n');
process.stderr.write(`gen-unleash: seed ${seed}: ${features.length} features, ${segments.length} segments, `
    + `${contextCount} contexts -> ${join(opts.out, 'unleash.json')}, ${join(opts.out, 'ctx.jsonl')}\n`);
