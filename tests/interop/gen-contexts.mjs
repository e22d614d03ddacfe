// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
//
// Seeded contexts for an existing Pennon JSON workspace (the demo workspace, for instance):
// reads every attribute its conditions and splits look at, with the values they compare with,
// and draws contexts that hit those values (and near misses) often enough that the rules are
// taken, each attribute absent now and then.
//
//   node gen-contexts.mjs --workspace FILE --seed S [--contexts M] --out FILE.jsonl
//
// Values have the types flagd sees: numbers for the numeric operators, strings otherwise.
// targetingKey carries the userId, so that flagd's own stickiness finds something too.

import { writeFileSync } from 'node:fs';
import { Rng, Tally, options, readJson, wholeNumber } from './common.mjs';

const script = 'gen-contexts.mjs';
const opts = options(script, {
    workspace: { type: 'string' },
    seed: { type: 'string' },
    contexts: { type: 'string', default: '1000' },
    out: { type: 'string' },
}, ['workspace', 'seed', 'out']);
const seed = wholeNumber(script, 'seed', opts.seed);
const count = wholeNumber(script, 'contexts', opts.contexts, 1);
const rng = new Rng(seed);
const workspace = readJson(script, opts.workspace);

// attribute -> {numeric, semver, values: Set, kinds: Set of how it is compared}
const attributes = new Map();
function note(attribute, kind, values = []) {
    if (!attributes.has(attribute))
        attributes.set(attribute, { kinds: new Set(), values: new Set() });
    const entry = attributes.get(attribute);
    entry.kinds.add(kind);
    for (const value of values)
        entry.values.add(String(value));
}

(function walk(node) {
    if (Array.isArray(node)) {
        node.forEach(walk);
        return;
    }
    if (node === null || typeof node !== 'object')
        return;
    if (node.type === 'constraint' && typeof node.attribute === 'string')
        // A pattern is no value to copy: REGEX contributes only the attribute.
        note(node.attribute, node.operator ?? 'IN', node.operator === 'REGEX' ? [] : node.values ?? []);
    else if (node.type === 'userList')
        note(node.attribute ?? 'userId', 'IN', node.values ?? []);
    else if (node.type === 'regex' && typeof node.attribute === 'string')
        note(node.attribute, 'REGEX');
    else if (node.type === 'ip')
        note('remoteAddress', 'IN_CIDR', [...(node.addresses ?? []), ...(node.ranges ?? []), ...(node.values ?? [])]);
    if (Array.isArray(node.stickiness)) {
        for (const attribute of node.stickiness)
            note(attribute, 'STICKY');
    }
    for (const value of Object.values(node))
        walk(value);
})(workspace);
note('userId', 'STICKY');
note('sessionId', 'STICKY');

const bump = (version) => {
    const match = /^(\d+)\.(\d+)\.(\d+)(.*)$/.exec(version);
    if (!match)
        return version;
    const [, major, minor, patch] = match.map(Number);
    return rng.pick([`${major}.${minor}.${patch + 1}`, `${major}.${minor + 1}.0`, `${Math.max(0, major - 1)}.9.0`,
                     `${major}.${minor}.${patch}-beta.1`, `${major + 1}.0.0`]);
};
const ipIn = (range) => {
    const match = /^(\d+)\.(\d+)\.(\d+)\.(\d+)(\/\d+)?$/.exec(range);
    if (match)
        return `${match[1]}.${match[2]}.${rng.int(4)}.${rng.range(1, 254)}`;
    const v6 = /^([0-9a-f:]+?)::?(\/\d+)?$/i.exec(range);
    return v6 ? `${v6[1]}::${rng.range(1, 99)}` : range;
};

function valueFor(name, entry, n) {
    const kinds = entry.kinds;
    const listed = [...entry.values];
    const has = (prefix) => [...kinds].some((kind) => kind.startsWith(prefix));
    if (has('NUM_')) {
        const numbers = listed.map(Number).filter((x) => Number.isFinite(x));
        const base = numbers.length > 0 ? rng.pick(numbers) : 10;
        return rng.pick([base, base + 1, base - 1, base * 2, rng.range(0, 100)]);
    }
    if (has('SEMVER_'))
        return listed.length > 0 && rng.chance(0.5) ? rng.pick(listed) : bump(rng.pick(listed.length > 0 ? listed : ['1.0.0']));
    if (has('DATE_') || name === 'currentTime') {
        const instants = listed.map((x) => Date.parse(x)).filter((x) => Number.isFinite(x));
        const base = instants.length > 0 ? rng.pick(instants) : Date.UTC(2026, 0, 1);
        return new Date(base + rng.range(-40, 40) * 86400000).toISOString();
    }
    if (has('IN_CIDR'))
        return ipIn(listed.length > 0 ? rng.pick(listed) : '10.0.0.1');
    if (kinds.has('STICKY') && listed.length === 0)
        return `${name}-${seed}-${n}`;
    if (listed.length > 0 && rng.chance(0.7)) {
        const value = rng.pick(listed);
        if (has('STR_ENDS_WITH') || kinds.has('REGEX'))
            return `${rng.pick(['ann', 'qa+smoke', 'Bob'])}${value}`;
        if (has('STR_STARTS_WITH'))
            return `${value}${rng.int(10)}`;
        if (has('STR_CONTAINS'))
            return `x-${value}-y`;
        return rng.chance(0.8) ? value : value.toUpperCase();
    }
    if (name === 'email' || kinds.has('REGEX'))
        return `${rng.pick(['ann', 'qa+smoke', 'bob'])}@${rng.pick(['acme.example', 'globex.example', 'mail.test'])}`;
    return `${name}-${rng.int(20)}`;
}

const names = [...attributes.keys()].sort();
const presence = new Tally();
const lines = [];
for (let n = 0; n < count; ++n) {
    const context = {};
    for (const name of names) {
        if (rng.chance(0.15))
            continue;
        context[name] = valueFor(name, attributes.get(name), n);
        presence.add(name);
    }
    if (typeof context.userId === 'string')
        context.targetingKey = context.userId;
    lines.push(JSON.stringify(context));
}
writeFileSync(opts.out, `${lines.join('\n')}\n`);
process.stderr.write(`gen-contexts: seed ${seed}: ${count} contexts over ${names.length} attributes of ${opts.workspace} `
    + `(${names.join(', ')}) -> ${opts.out}\n`);
