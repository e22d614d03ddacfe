// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
//
// What the interop scripts share: a small seeded PRNG (the same seed gives the same files on
// every machine and Node version: no Math.random, no dates from the clock), option parsing that
// fails with exit code 2, JSON Lines reading, and loading the pinned npm packages from the
// prefix the interop_npm fixture installs them into.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/// mulberry32 over a 32-bit state, seeded through splitmix32 so that nearby seeds differ.
export class Rng {
    constructor(seed) {
        let s = (Number(seed) >>> 0) ^ 0x9e3779b9;
        s = Math.imul(s ^ (s >>> 16), 0x85ebca6b);
        s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35);
        this.state = (s ^ (s >>> 16)) >>> 0;
    }

    /// A float in [0, 1).
    next() {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    /// An integer in [0, n).
    int(n) {
        return Math.floor(this.next() * n);
    }

    /// An integer in [low, high].
    range(low, high) {
        return low + this.int(high - low + 1);
    }

    chance(p) {
        return this.next() < p;
    }

    pick(list) {
        return list[this.int(list.length)];
    }

    /// k distinct items of list, in list order.
    sample(list, k) {
        const indices = list.map((_, i) => i);
        for (let i = indices.length - 1; i > 0; --i) {
            const j = this.int(i + 1);
            [indices[i], indices[j]] = [indices[j], indices[i]];
        }
        return indices.slice(0, Math.min(k, list.length)).sort((a, b) => a - b).map((i) => list[i]);
    }
}

export function fail(script, message, code = 2) {
    process.stderr.write(`${script}: ${message}\n`);
    process.exit(code);
}

/// parseArgs with strict checking; a usage error exits 2 with the script's name.
export function options(script, spec, required = []) {
    let parsed;
    try {
        parsed = parseArgs({ options: spec, strict: true }).values;
    } catch (error) {
        fail(script, error.message);
    }
    for (const name of required) {
        if (parsed[name] === undefined)
            fail(script, `--${name} is required`);
    }
    return parsed;
}

/// A whole number option of at least `minimum`.
export function wholeNumber(script, name, text, minimum = 0) {
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value < minimum)
        fail(script, `--${name} must be a whole number of at least ${minimum}, not '${text}'`);
    return value;
}

/// The objects of a JSON Lines file, blank lines skipped; a bad line exits 2 naming it.
export function readJsonLines(script, path) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    } catch (error) {
        fail(script, `cannot read ${path}: ${error.message}`, 1);
    }
    const objects = [];
    text.split('\n').forEach((line, i) => {
        if (line.trim() === '')
            return;
        try {
            objects.push(JSON.parse(line));
        } catch (error) {
            fail(script, `${path}:${i + 1}: not JSON: ${error.message}`);
        }
    });
    return objects;
}

export function readJson(script, path) {
    try {
        return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
        fail(script, `cannot read ${path} as JSON: ${error.message}`);
    }
}

/// require() rooted at an npm prefix (the folder whose node_modules holds the packages).
export function requireFrom(script, prefix) {
    if (!prefix)
        fail(script, '--modules DIR (the npm prefix the interop_npm fixture installs into) is required');
    return createRequire(join(resolve(prefix), 'package.json'));
}

/// Counts keyed by a string, printed sorted.
export class Tally {
    constructor() {
        this.counts = new Map();
    }

    add(key, n = 1) {
        this.counts.set(key, (this.counts.get(key) ?? 0) + n);
    }

    get(key) {
        return this.counts.get(key) ?? 0;
    }

    entries() {
        return [...this.counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    }
}
