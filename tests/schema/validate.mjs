// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
//
// Validates Pennon JSON against resources/pennon.schema.json with Ajv (draft 2020-12, strict).
// Usage: node validate.mjs NPM_DIR SCHEMA DEMO_WORKSPACE
// Prints one line per check, then "N passed, M failed"; exits 1 on any failure.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [npmDir, schemaPath, demoPath] = process.argv.slice(2);
if (!npmDir || !schemaPath || !demoPath) {
    console.error('usage: node validate.mjs NPM_DIR SCHEMA DEMO_WORKSPACE');
    process.exit(2);
}

// Ajv lives in the build tree, not next to this script.
const requireFromNpm = createRequire(path.join(path.resolve(npmDir), 'package.json'));
const Ajv2020 = requireFromNpm('ajv/dist/2020').default;
const addFormats = requireFromNpm('ajv-formats').default;

let passed = 0;
let failed = 0;
function report(ok, what, detail) {
    if (ok)
        passed++;
    else
        failed++;
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}${detail ? ` (${detail})` : ''}`);
}

function firstErrors(errors, n = 2) {
    return (errors ?? []).slice(0, n)
        .map(e => `${e.instancePath || '/'} ${e.message}`).join('; ');
}

let schema;
let demo;
try {
    schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    demo = JSON.parse(readFileSync(demoPath, 'utf8'));
} catch (e) {
    report(false, 'read schema and demo', e.message);
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(1);
}

const ajv = new Ajv2020({ strict: true, allErrors: true, discriminator: true });
addFormats(ajv);
let validateWorkspace;
let validateFlag;
try {
    validateWorkspace = ajv.compile(schema);
    validateFlag = ajv.getSchema(`${schema.$id}#/$defs/Flag`);
    if (!validateFlag)
        throw new Error('#/$defs/Flag not found');
    report(true, 'schema compiles in strict mode');
} catch (e) {
    report(false, 'schema compiles in strict mode', e.message);
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(1);
}

const clone = v => structuredClone(v);

function expectValid(what, validate, doc) {
    const ok = validate(doc);
    report(ok, `valid:   ${what}`, ok ? '' : firstErrors(validate.errors, 5));
}

// `at` is a JSON pointer prefix: one of the errors must lie at or below it, so that a
// document is rejected for the intended reason and not for an accident elsewhere.
function expectInvalid(what, validate, doc, at) {
    const ok = validate(doc);
    if (ok) {
        report(false, `invalid: ${what}`, 'accepted');
        return;
    }
    const here = validate.errors.filter(e => e.instancePath === at || e.instancePath.startsWith(`${at}/`));
    report(here.length > 0, `invalid: ${what}`,
           here.length > 0 ? `rejected: ${firstErrors(here, 1)}`
                           : `rejected elsewhere: ${firstErrors(validate.errors)}`);
}

// Documents that must pass.
expectValid('demo workspace', validateWorkspace, demo);
for (const flag of demo.flags ?? [])
    expectValid(`demo flag "${flag.key}" as a Flag document`, validateFlag, flag);

const withSchemaRef = clone(demo);
withSchemaRef.$schema = 'https://pennon.dev/schema/pennon-1.json';
expectValid('workspace with "$schema"', validateWorkspace, withSchemaRef);

const minimalFlag = {
    key: 'new-checkout', name: 'New checkout', description: '', type: 'boolean',
    variations: [{ key: 'on', value: true }, { key: 'off', value: false }],
    environments: { production: { on: false, offVariation: 'off', rules: [], defaultServe: { variation: 'off' } } },
};
expectValid('flag document without "version" (flag put)', validateFlag, minimalFlag);

// No stickiness attribute at all is a plain random pick (Unleash's `random` stickiness).
const randomPick = clone(minimalFlag);
randomPick.environments.production.rules = [{
    conditions: [{ type: 'percentage', percentage: 30, stickiness: [], absence: 'random', scheme: 'unleash' }],
    serve: { split: { weights: [{ variation: 'on', weight: 1 }, { variation: 'off', weight: 1 }], total: 2,
                      stickiness: [], absence: 'random', scheme: 'unleash' } },
}];
expectValid('empty stickiness with absence "random"', validateFlag, randomPick);

// A disabled rule: kept, skipped in evaluation.
const disabledRule = clone(minimalFlag);
disabledRule.environments.production.rules = [
    { name: 'paused', disabled: true, conditions: [], serve: { variation: 'on' } },
    { disabled: false, conditions: [], serve: { variation: 'off' } },
];
expectValid('a disabled rule', validateFlag, disabledRule);
const disabledText = clone(disabledRule);
disabledText.environments.production.rules[0].disabled = 'yes';
expectInvalid('"disabled" that is no boolean', validateFlag, disabledText, '/environments/production/rules/0/disabled');

// Outcomes kept from flagd: no value, and errors by code, as serves and as split buckets.
const servedOutcomes = clone(minimalFlag);
servedOutcomes.environments.production.rules = [
    { conditions: [], serve: { error: 'GENERAL', source: 'maybe' } },
    { conditions: [], serve: { split: { weights: [{ noValue: true, weight: 1 }, { error: 'GENERAL', source: 'x', weight: 1 },
                                                  { variation: 'on', weight: 1 }], total: 3 } } },
];
servedOutcomes.environments.production.defaultServe = { noValue: true };
expectValid('no value and served errors', validateFlag, servedOutcomes);
const parseError = clone(minimalFlag);
parseError.environments.production.defaultServe = { error: 'PARSE_ERROR', source: '{"regex_match":[1]}' };
expectValid('a served PARSE_ERROR', validateFlag, parseError);
for (const [what, serve] of [['unknown served error code', { error: 'TYPE_MISMATCH' }],
                             ['noValue false', { noValue: false }],
                             ['error beside a variation', { error: 'GENERAL', variation: 'on' }]]) {
    const bad = clone(minimalFlag);
    bad.environments.production.defaultServe = serve;
    expectInvalid(what, validateFlag, bad, '/environments/production/defaultServe');
}

// Documents that must fail. Each mutates one spot of a copy of the demo.
function mutated(change) {
    const doc = clone(demo);
    change(doc);
    return doc;
}
const flagIndex = key => demo.flags.findIndex(f => f.key === key);
const prod = (doc, key) => doc.flags[flagIndex(key)].environments.production;
const firstRuleCondition = (doc, key) => prod(doc, key).rules[0].conditions[0];

const invalid = [
    ['unknown top-level field', '',
     d => { d.colour = 'blue'; }],
    ['unknown field in an environment', '/environments/2',
     d => { d.environments[2].locked = true; }],
    ['unknown field in a condition', `/flags/${flagIndex('new-checkout')}/environments/production/rules/0/conditions/0`,
     d => { firstRuleCondition(d, 'new-checkout').attributes = ['userId']; }],
    ['wrong "format"', '/format',
     d => { d.format = 'flagd'; }],
    ['wrong format version', '/version',
     d => { d.version = 2; }],
    ['missing "segments"', '',
     d => { delete d.segments; }],
    ['bad constraint operator', `/flags/${flagIndex('beta-api')}/environments/production/rules/0/conditions/1/operator`,
     d => { prod(d, 'beta-api').rules[0].conditions[1].operator = 'GREATER_THAN'; }],
    ['serve with both variation and split', `/flags/${flagIndex('new-checkout')}/environments/staging/defaultServe`,
     d => { d.flags[flagIndex('new-checkout')].environments.staging.defaultServe.variation = 'on'; }],
    ['empty serve', `/flags/${flagIndex('new-checkout')}/environments/production/defaultServe`,
     d => { prod(d, 'new-checkout').defaultServe = {}; }],
    ['percentage 150', `/flags/${flagIndex('new-checkout')}/environments/production/rules/2/conditions/0/percentage`,
     d => { prod(d, 'new-checkout').rules[2].conditions[0].percentage = 150; }],
    ['empty flag key', `/flags/0/key`,
     d => { d.flags[0].key = ''; }],
    ['control character in a variation key', `/flags/0/variations/0/key`,
     d => { d.flags[0].variations[0].key = 'o\u0007n'; }],
    ['newline in an environment key', '/environments/0/key',
     d => { d.environments[0].key = 'dev\nelopment'; }],
    ['key of 256 characters', '/segments/0/key',
     d => { d.segments[0].key = 'k'.repeat(256); }],
    ['condition without "type"', `/flags/${flagIndex('new-checkout')}/environments/production/rules/0/conditions/0`,
     d => { delete firstRuleCondition(d, 'new-checkout').type; }],
    ['unknown condition type', `/flags/${flagIndex('new-checkout')}/environments/production/rules/0/conditions/0/type`,
     d => { firstRuleCondition(d, 'new-checkout').type = 'userGroup'; }],
    ['library activation that is a ref', '/activations/0/condition/type',
     d => { d.activations[0].condition = { type: 'ref', activation: 'internal-staff' }; }],
    ['boolean flag with a string value', `/flags/${flagIndex('new-checkout')}/variations/0/value`,
     d => { d.flags[flagIndex('new-checkout')].variations[0].value = 'true'; }],
    ['json flag with a null value', `/flags/${flagIndex('recommendations')}/variations/0/value`,
     d => { d.flags[flagIndex('recommendations')].variations[0].value = null; }],
    ['negative split weight', `/flags/${flagIndex('search-ranking')}/environments/production/defaultServe/split/weights/0/weight`,
     d => { prod(d, 'search-ranking').defaultServe.split.weights[0].weight = -1; }],
    ['fractional split weight', `/flags/${flagIndex('search-ranking')}/environments/production/defaultServe/split/weights/0/weight`,
     d => { prod(d, 'search-ranking').defaultServe.split.weights[0].weight = 33.5; }],
    ['unknown absence policy', `/flags/${flagIndex('search-ranking')}/environments/production/defaultServe/split/absence`,
     d => { prod(d, 'search-ranking').defaultServe.split.absence = 'never'; }],
    ['empty stickiness that skips', `/flags/${flagIndex('search-ranking')}/environments/production/defaultServe/split`,
     d => { prod(d, 'search-ranking').defaultServe.split.stickiness = []; }],
    ['empty stickiness that stops', `/flags/${flagIndex('search-ranking')}/environments/production/defaultServe/split/absence`,
     d => { Object.assign(prod(d, 'search-ranking').defaultServe.split, { stickiness: [], absence: 'stop' }); }],
    ['unknown bucketing scheme', `/flags/${flagIndex('search-ranking')}/environments/production/rules/1/conditions/1/scheme`,
     d => { prod(d, 'search-ranking').rules[1].conditions[1].scheme = 'md5'; }],
    ['schedule without start and end', `/flags/${flagIndex('holiday-banner')}/environments/production/rules/0/conditions/0`,
     d => { const c = firstRuleCondition(d, 'holiday-banner'); delete c.start; delete c.end; }],
    ['schedule date not in ISO 8601', `/flags/${flagIndex('holiday-banner')}/environments/production/rules/0/conditions/0/start`,
     d => { firstRuleCondition(d, 'holiday-banner').start = '20.12.2025 00:00'; }],
    ['IP/CIDR value that is no address', '/activations/2/condition/values/3',
     d => { d.activations[2].condition.values.push('office-vpn'); }],
    ['IPv4 range with prefix /33', '/activations/2/condition/values/3',
     d => { d.activations[2].condition.values.push('10.0.0.0/33'); }],
    ['unknown flag type', `/flags/0/type`,
     d => { d.flags[0].type = 'integer'; }],
    ['rule without "serve"', `/flags/${flagIndex('new-checkout')}/environments/production/rules/0`,
     d => { delete prod(d, 'new-checkout').rules[0].serve; }],
    ['environment config without "defaultServe"', `/flags/0/environments/production`,
     d => { delete d.flags[0].environments.production.defaultServe; }],
    ['workspace flag without "version"', '/flags/0',
     d => { delete d.flags[0].version; }],
    ['plugin config that is not an object', '/activations/3/condition/config',
     d => { d.activations[3].condition.config = ['sat', 'sun']; }],
    ['"enabled" instead of "on"', `/flags/0/environments/development`,
     d => { const e = d.flags[0].environments.development; e.enabled = e.on; delete e.on; }],
];

for (const [what, at, change] of invalid)
    expectInvalid(what, validateWorkspace, mutated(change), at);

// The Flag definition on its own, as `pennonctl flag get` writes it.
expectInvalid('flag document with an unknown field', validateFlag, { ...clone(demo.flags[0]), enabled: true }, '');
expectInvalid('flag document with "format"', validateFlag, { format: 'pennon', ...clone(demo.flags[0]) }, '');

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
