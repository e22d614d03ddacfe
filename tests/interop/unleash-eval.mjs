// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
//
// Evaluates every feature of an Unleash client-API feature state for every context with the
// Unleash Node SDK (unleash-client), offline: the features are its bootstrap data, it never
// polls (refreshInterval 0), sends no metrics and keeps its backup in memory, so it never
// touches the network or the disk.
//
//   node unleash-eval.mjs --modules DIR --features FILE --contexts FILE.jsonl [--stats]
//
// DIR is the npm prefix holding unleash-client (the interop_npm fixture installs it). Prints
// JSON Lines {"flag", "enabled", "variant": {"name", "enabled", "feature_enabled",
// "payload"?}} in (context, feature) order, features in the file's order: isEnabled and
// getVariant for each pair, the shape of `pennonctl eval --dialect unleash`. The pairs of every
// fourth context are evaluated twice; a pair whose two answers differ (a random draw) fails
// the run, because it cannot be compared with anything. --stats prints to standard error how often each feature
// was enabled and each variant served.

import { Tally, fail, options, readJson, readJsonLines, requireFrom } from './common.mjs';

const script = 'unleash-eval.mjs';
const opts = options(script, {
    modules: { type: 'string' },
    features: { type: 'string' },
    contexts: { type: 'string' },
    stats: { type: 'boolean', default: false },
    'timeout-ms': { type: 'string', default: '10000' },
}, ['modules', 'features', 'contexts']);

const require = requireFrom(script, opts.modules);
const { Unleash, InMemStorageProvider } = require('unleash-client');

const state = readJson(script, opts.features);
if (!state || !Array.isArray(state.features))
    fail(script, `${opts.features} is no Unleash feature state: "features" must be a list`);
if (state.features.length === 0)
    fail(script, `${opts.features} has no features (the SDK never gets ready on an empty bootstrap)`);
const contexts = readJsonLines(script, opts.contexts);

const errors = [];
const warnings = [];
const unleash = new Unleash({
    appName: 'pennon-interop',
    // Never contacted: refreshInterval 0 turns polling off, and metrics are disabled.
    url: 'http://127.0.0.1:9/api/',
    refreshInterval: 0,
    disableMetrics: true,
    metricsInterval: 0,
    disableAutoStart: true,
    skipInstanceCountWarning: true,
    storageProvider: new InMemStorageProvider(),
    bootstrap: { data: state.features, segments: state.segments ?? [] },
    bootstrapOverride: true,
});
unleash.on('error', (error) => errors.push(String(error?.message ?? error)));
unleash.on('warn', (message) => warnings.push(String(message?.message ?? message)));

const timeoutMs = Number(opts['timeout-ms']);
const ready = new Promise((resolve) => unleash.once('ready', resolve));
let timer;
const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not ready after ${timeoutMs} ms`)), timeoutMs);
});
try {
    await Promise.race([(async () => { await unleash.start(); await ready; })(), timeout]);
} catch (error) {
    fail(script, `unleash-client did not load ${opts.features}: ${error.message}`, 1);
} finally {
    clearTimeout(timer);
}
if (!unleash.isSynchronized())
    fail(script, 'unleash-client is ready but did not take the bootstrap data', 1);
if (errors.length > 0)
    fail(script, `unleash-client on ${opts.features}:\n  ${errors.join('\n  ')}`);

const names = state.features.map((feature) => feature.name);
const loaded = new Set(unleash.getFeatureToggleDefinitions().map((feature) => feature.name));
const notLoaded = names.filter((name) => !loaded.has(name));
if (notLoaded.length > 0)
    fail(script, `unleash-client did not load the features ${notLoaded.join(', ')}`, 1);

function answer(name, context) {
    const enabled = unleash.isEnabled(name, context);
    const sdkVariant = unleash.getVariant(name, context);
    const variant = {
        name: sdkVariant.name,
        enabled: sdkVariant.enabled,
        feature_enabled: sdkVariant.feature_enabled,
    };
    if (sdkVariant.payload !== undefined)
        variant.payload = sdkVariant.payload;
    return { flag: name, enabled, variant };
}

const lines = [];
const random = [];
const enabledCount = new Tally();
const variantCount = new Tally();
contexts.forEach((context, c) => {
    for (const name of names) {
        const first = JSON.stringify(answer(name, context));
        const second = c % 4 === 0 ? JSON.stringify(answer(name, context)) : first;
        if (first !== second)
            random.push(`context ${c + 1}, feature ${name}: ${first} then ${second}`);
        lines.push(first);
        const parsed = JSON.parse(first);
        if (parsed.enabled)
            enabledCount.add(name);
        variantCount.add(`${name}/${parsed.variant.name}`);
    }
});
unleash.destroy();
if (random.length > 0)
    fail(script, `${random.length} evaluations drew at random, e.g.:\n  ${random.slice(0, 5).join('\n  ')}`, 1);
if (errors.length > 0)
    fail(script, `unleash-client failed while evaluating:\n  ${errors.join('\n  ')}`, 1);
process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');

if (opts.stats) {
    let alwaysSame = 0;
    for (const name of names) {
        const enabled = enabledCount.get(name);
        const served = variantCount.entries().filter(([key]) => key.startsWith(`${name}/`));
        if ((enabled === 0 || enabled === contexts.length) && served.length === 1)
            ++alwaysSame;
        process.stderr.write(`  ${name}: enabled ${enabled}/${contexts.length}; variants `
            + `${served.map(([key, n]) => `${key.slice(name.length + 1)} ${n}`).join(', ')}\n`);
    }
    const totalEnabled = names.reduce((sum, name) => sum + enabledCount.get(name), 0);
    process.stderr.write(`unleash-eval: ${contexts.length} contexts x ${names.length} features = ${lines.length} pairs, `
        + `${totalEnabled} enabled; ${names.length - alwaysSame} of ${names.length} features answered differently `
        + `for different contexts; ${warnings.length} SDK warnings${warnings.length > 0 ? ` (first: ${warnings[0]})` : ''}\n`);
}
