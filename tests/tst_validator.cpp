// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The validator: one broken thing per row, reported at its exact JSON pointer.

#include "daysplugin.h"
#include "validation/validator.h"
#include "validation/pluginchecks.h"
#include "engine/activationplugin.h"
#include "engine/pluginregistry.h"

#include <QJsonArray>

#include <QJsonObject>
#include <QTest>

#include <functional>
#include <limits>

using namespace Pennon;
using namespace Qt::StringLiterals;

using Mutation = std::function<void(Workspace &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

Split split(QList<SplitWeight> weights)
{
    Split s;
    s.weights = std::move(weights);
    return s;
}

ConstraintActivation constraint(const QString &attribute, Operator op, const QStringList &values)
{
    ConstraintActivation c;
    c.attribute = attribute;
    c.op = op;
    c.values = values;
    return c;
}

Rule rule(const QString &id, QList<Condition> conditions, const QString &variation)
{
    Rule r;
    r.id = id;
    r.conditions = std::move(conditions);
    r.serve.variation = variation;
    return r;
}

/// A small valid workspace that uses every condition type:
///   activations: 0 beta-users (user list), 1 internal-net (IP/CIDR)
///   segments:    0 staff, 1 staff-beta (segment staff + ref beta-users), 2 unused
///   flags:       0 new-checkout (boolean; production and development)
///                1 banner-text (string; prerequisite on new-checkout, schedule, regex, ...)
///                2 limits (number), 3 config (json)
Workspace validWorkspace()
{
    Workspace ws;
    ws.environments = Workspace::defaultEnvironments();

    ws.activations.append({u"beta-users"_s, u"Beta users"_s, {},
                           UserListActivation{u"userId"_s, {u"alice"_s, u"bob"_s}}, 0});
    ws.activations.append({u"internal-net"_s, u"Internal network"_s, {},
                           IpActivation{u"remoteAddress"_s, {u"10.0.0.0/8"_s, u"::1"_s}}, 0});

    ws.segments.append({u"staff"_s, u"Staff"_s, {},
                        {constraint(u"email"_s, Operator::StrEndsWith, {u"@example.com"_s})}, 0});
    ws.segments.append({u"staff-beta"_s, {}, {},
                        {SegmentActivation{u"staff"_s}, ActivationRef{u"beta-users"_s}}, 0});
    ws.segments.append({u"unused"_s, {}, {}, {}, 0});

    Flag checkout;
    checkout.key = u"new-checkout"_s;
    checkout.variations = {{u"on"_s, true, {}}, {u"off"_s, false, {}}};
    EnvironmentConfig production;
    production.on = true;
    production.offVariation = u"off"_s;
    production.rules.append(rule(u"beta"_s, {ActivationRef{u"beta-users"_s},
                                              SegmentActivation{u"staff-beta"_s}}, u"on"_s));
    Rule rollout;
    rollout.id = u"rollout"_s;
    PercentageActivation percentage;
    percentage.percentage = 25;
    rollout.conditions = {percentage};
    rollout.serve.split = split({{u"on"_s, 50}, {u"off"_s, 50}});
    production.rules.append(rollout);
    production.defaultServe.variation = u"off"_s;
    checkout.environments.insert(u"production"_s, production);
    EnvironmentConfig development;
    development.on = true;
    development.offVariation = u"off"_s;
    development.rules.append(rule(u"many-items"_s,
                                  {constraint(u"items"_s, Operator::NumGt, {u"3"_s})}, u"on"_s));
    development.defaultServe.variation = u"on"_s;
    checkout.environments.insert(u"development"_s, development);
    ws.flags.append(checkout);

    Flag banner;
    banner.key = u"banner-text"_s;
    banner.type = FlagType::String;
    banner.variations = {{u"a"_s, u"Hello"_s, {}}, {u"b"_s, u"Welcome"_s, {}}};
    EnvironmentConfig bannerProduction;
    bannerProduction.on = true;
    bannerProduction.offVariation = u"b"_s;
    Rule gated;
    gated.conditions = {PrerequisiteActivation{u"new-checkout"_s, {u"on"_s}}};
    gated.serve.split = split({{u"a"_s, 70}, {u"b"_s, 30}});
    bannerProduction.rules.append(gated);
    bannerProduction.rules.append(
            rule({}, {ScheduleActivation{u"2026-01-01"_s, u"2026-02-01T00:00:00Z"_s,
                                         u"Europe/Berlin"_s}}, u"a"_s));
    bannerProduction.rules.append(
            rule({}, {RegexActivation{u"email"_s, u"^.*@example\\.com$"_s, true}}, u"b"_s));
    bannerProduction.rules.append(
            rule({}, {constraint(u"appVersion"_s, Operator::SemverGte, {u"1.2.0"_s}),
                      constraint(u"currentTime"_s, Operator::DateAfter, {u"2026-01-01T00:00:00Z"_s}),
                      constraint(u"remoteAddress"_s, Operator::InCidr, {u"10.0.0.0/8"_s}),
                      constraint(u"country"_s, Operator::In, {u"de"_s, u"at"_s})},
                 u"b"_s));
    bannerProduction.rules.append(
            rule({}, {PluginActivation{u"geo"_s, QJsonObject{{u"radius"_s, 5}}},
                      IpActivation{u"remoteAddress"_s, {u"2001:db8::/32"_s}}},
                 u"a"_s));
    bannerProduction.defaultServe.variation = u"a"_s;
    banner.environments.insert(u"production"_s, bannerProduction);
    ws.flags.append(banner);

    Flag limits;
    limits.key = u"limits"_s;
    limits.type = FlagType::Number;
    limits.variations = {{u"low"_s, 1, {}}, {u"high"_s, 100, {}}};
    EnvironmentConfig limitsProduction;
    limitsProduction.offVariation = u"low"_s;
    limitsProduction.defaultServe.variation = u"low"_s;
    limits.environments.insert(u"production"_s, limitsProduction);
    ws.flags.append(limits);

    Flag config;
    config.key = u"config"_s;
    config.type = FlagType::Json;
    config.variations = {{u"v1"_s, QJsonObject{{u"a"_s, 1}}, {}}};
    EnvironmentConfig configProduction;
    configProduction.offVariation = u"v1"_s;
    configProduction.defaultServe.variation = u"v1"_s;
    config.environments.insert(u"production"_s, configProduction);
    ws.flags.append(config);
    return ws;
}

Flag &flag(Workspace &ws, const QString &key)
{
    for (Flag &f : ws.flags) {
        if (f.key == key)
            return f;
    }
    qFatal("no such flag");
}

EnvironmentConfig &production(Workspace &ws, const QString &flagKey)
{
    return flag(ws, flagKey).environments[u"production"_s];
}

Rule &productionRule(Workspace &ws, const QString &flagKey, qsizetype index)
{
    return production(ws, flagKey).rules[index];
}

Split &rolloutSplit(Workspace &ws)
{
    return *productionRule(ws, u"new-checkout"_s, 1).serve.split;
}

template<typename T>
T &condition(Workspace &ws, const QString &flagKey, qsizetype ruleIndex, qsizetype index)
{
    return std::get<T>(productionRule(ws, flagKey, ruleIndex).conditions[index]);
}

ScheduleActivation &schedule(Workspace &ws)
{
    return condition<ScheduleActivation>(ws, u"banner-text"_s, 1, 0);
}

ConstraintActivation &bannerConstraint(Workspace &ws, qsizetype index)
{
    return condition<ConstraintActivation>(ws, u"banner-text"_s, 3, index);
}

QString problemsText(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

const QString CheckoutProd = u"/flags/0/environments/production"_s;
const QString BannerProd = u"/flags/1/environments/production"_s;

using Testing::DaysPlugin;

} // namespace

class TestValidator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pluginConfigsCheckedByThePlugin();
    void validWorkspaceHasNoProblems();
    void validVariants_data();
    void validVariants();
    void broken_data();
    void broken();
    void keyProblem_data();
    void keyProblem();
    void validateFlagUsesPrefix();
    void validateFlagReplacesNamesake();
    void validateFlagReportsOnlyItsOwnProblems();
    void validateFlagNewFlag();
    void validateFlagSelfPrerequisite();
    void validateFlagCycleThroughSegment();
    void problemToString();
    void disabledRulesKeepTheirWarnings();
};

void TestValidator::validWorkspaceHasNoProblems()
{
    const Problems problems = Validator::validate(validWorkspace());
    QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
    const Workspace ws = validWorkspace();
    for (qsizetype i = 0; i < ws.flags.size(); ++i) {
        const Problems flagProblems =
                Validator::validateFlag(ws.flags.at(i), ws, u"/flags/"_s + QString::number(i));
        QVERIFY2(flagProblems.isEmpty(), qPrintable(problemsText(flagProblems)));
    }
    QVERIFY(Validator::validate(Workspace{}).isEmpty());
}

void TestValidator::validVariants_data()
{
    QTest::addColumn<Mutation>("mutate");

    QTest::newRow("key of 255 characters") << Mutation([](Workspace &ws) {
        flag(ws, u"limits"_s).key = QString(255, u'k');
    });
    QTest::newRow("key with slash, tilde and umlauts") << Mutation([](Workspace &ws) {
        flag(ws, u"limits"_s).key = u"Prüfung/~x y"_s;
    });
    QTest::newRow("empty rule ids may repeat") << Mutation([](Workspace &ws) {
        productionRule(ws, u"new-checkout"_s, 0).id.clear();
        productionRule(ws, u"new-checkout"_s, 1).id.clear();
    });
    QTest::newRow("same rule id in two environments") << Mutation([](Workspace &ws) {
        flag(ws, u"new-checkout"_s).environments[u"development"_s].rules[0].id = u"beta"_s;
    });
    QTest::newRow("split over a thousand") << Mutation([](Workspace &ws) {
        rolloutSplit(ws).total = 1000;
        rolloutSplit(ws).weights = {{u"on"_s, 999}, {u"off"_s, 1}};
    });
    QTest::newRow("split with zero weight") << Mutation([](Workspace &ws) {
        rolloutSplit(ws).weights = {{u"on"_s, 100}, {u"off"_s, 0}};
    });
    QTest::newRow("split with the largest total") << Mutation([](Workspace &ws) {
        rolloutSplit(ws).total = 2147483647;
        rolloutSplit(ws).weights = {{u"on"_s, 2147483646}, {u"off"_s, 1}};
    });
    QTest::newRow("percentage bounds") << Mutation([](Workspace &ws) {
        condition<PercentageActivation>(ws, u"new-checkout"_s, 1, 0).percentage = 100;
        production(ws, u"banner-text"_s).rules[0].conditions.append(PercentageActivation{});
    });
    QTest::newRow("absent takes no values") << Mutation([](Workspace &ws) {
        bannerConstraint(ws, 3).op = Operator::Absent;
        bannerConstraint(ws, 3).values = {u" "_s};
    });
    QTest::newRow("blank values are ignored") << Mutation([](Workspace &ws) {
        bannerConstraint(ws, 0).values = {u""_s, u" 1.2.0-rc.1 "_s, u"  "_s};
    });
    QTest::newRow("list operators without values") << Mutation([](Workspace &ws) {
        // As in Unleash: IN and the string operators never hold, NOT_IN always does.
        bannerConstraint(ws, 3).values.clear();
        bannerConstraint(ws, 2).values = {u" "_s};
        production(ws, u"banner-text"_s).rules[3].conditions.append(
                constraint(u"country"_s, Operator::NotIn, {}));
        production(ws, u"banner-text"_s).rules[3].conditions.append(
                constraint(u"email"_s, Operator::StrContains, {u""_s}));
    });
    QTest::newRow("random pick without stickiness attributes") << Mutation([](Workspace &ws) {
        // Unleash's `random` stickiness: no attribute, a fresh bucket each time.
        rolloutSplit(ws).stickiness = {{}, AbsencePolicy::Random};
        condition<PercentageActivation>(ws, u"new-checkout"_s, 1, 0).stickiness = {{}, AbsencePolicy::Random};
    });
    QTest::newRow("numbers with exponents") << Mutation([](Workspace &ws) {
        bannerConstraint(ws, 3).op = Operator::NumLte;
        bannerConstraint(ws, 3).values = {u"-1.5e3"_s, u" 42 "_s};
    });
    QTest::newRow("date with offset and fraction") << Mutation([](Workspace &ws) {
        bannerConstraint(ws, 1).op = Operator::DateBefore;
        bannerConstraint(ws, 1).values = {u"2026-06-30T23:59:59.999+02:00"_s, u"2027-01-01"_s};
    });
    QTest::newRow("cidr constraint with ipv6 and bare address") << Mutation([](Workspace &ws) {
        bannerConstraint(ws, 2).values = {u"2001:db8::/32"_s, u"192.168.1.7"_s, u"::ffff:10.0.0.1"_s};
    });
    QTest::newRow("regex constraint") << Mutation([](Workspace &ws) {
        bannerConstraint(ws, 3).op = Operator::Regex;
        bannerConstraint(ws, 3).caseInsensitive = true;
        bannerConstraint(ws, 3).values = {u"^d[ae]$"_s};
    });
    QTest::newRow("schedule with only an end") << Mutation([](Workspace &ws) {
        schedule(ws).start.clear();
    });
    QTest::newRow("schedule with only a start") << Mutation([](Workspace &ws) {
        schedule(ws).end.clear();
    });
    QTest::newRow("prerequisite meaning enabled") << Mutation([](Workspace &ws) {
        condition<PrerequisiteActivation>(ws, u"banner-text"_s, 0, 0).variations.clear();
    });
    QTest::newRow("prerequisites in different environments are no cycle")
            << Mutation([](Workspace &ws) {
        flag(ws, u"new-checkout"_s).environments[u"development"_s].rules[0].conditions.append(
                PrerequisiteActivation{u"banner-text"_s, {}});
    });
    QTest::newRow("diamond of prerequisites") << Mutation([](Workspace &ws) {
        production(ws, u"limits"_s).rules.append(
                rule({}, {PrerequisiteActivation{u"new-checkout"_s, {}},
                          PrerequisiteActivation{u"banner-text"_s, {}}}, u"high"_s));
        production(ws, u"config"_s).rules.append(
                rule({}, {PrerequisiteActivation{u"limits"_s, {}},
                          PrerequisiteActivation{u"banner-text"_s, {}}}, u"v1"_s));
    });
    QTest::newRow("segment used twice is no cycle") << Mutation([](Workspace &ws) {
        ws.segments[2].conditions = {SegmentActivation{u"staff"_s}, SegmentActivation{u"staff-beta"_s}};
    });
    QTest::newRow("library activation that is a segment") << Mutation([](Workspace &ws) {
        ws.activations.append({u"staff-gate"_s, {}, {}, SegmentActivation{u"staff-beta"_s}, 0});
        productionRule(ws, u"new-checkout"_s, 0).conditions.append(ActivationRef{u"staff-gate"_s});
    });
    QTest::newRow("json flag takes any value but null") << Mutation([](Workspace &ws) {
        flag(ws, u"config"_s).variations.append({u"v2"_s, u"text"_s, {}});
        flag(ws, u"config"_s).variations.append({u"v3"_s, false, {}});
    });
    QTest::newRow("flag without environments") << Mutation([](Workspace &ws) {
        flag(ws, u"limits"_s).environments.clear();
    });
}

void TestValidator::validVariants()
{
    QFETCH(Mutation, mutate);
    Workspace ws = validWorkspace();
    mutate(ws);
    const Problems problems = Validator::validate(ws);
    QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
}

void TestValidator::broken_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("facts");     // each must appear in the message

    const auto row = [](const char *name, const Mutation &mutate, const QString &path,
                        const QStringList &facts) {
        QTest::newRow(name) << mutate << path << facts;
    };

    // Keys
    row("flag key empty", [](Workspace &ws) { flag(ws, u"limits"_s).key.clear(); },
        u"/flags/2/key"_s, {u"empty"_s});
    row("flag key with newline", [](Workspace &ws) { flag(ws, u"limits"_s).key = u"lim\nits"_s; },
        u"/flags/2/key"_s, {u"control character"_s, u"U+000A"_s, u"4"_s});
    row("flag key too long", [](Workspace &ws) { flag(ws, u"limits"_s).key = QString(256, u'k'); },
        u"/flags/2/key"_s, {u"256"_s, u"255"_s});
    row("variation key empty", [](Workspace &ws) { flag(ws, u"limits"_s).variations[1].key.clear(); },
        u"/flags/2/variations/1/key"_s, {u"empty"_s});
    row("activation key with tab", [](Workspace &ws) { ws.activations[1].key = u"internal\tnet"_s; },
        u"/activations/1/key"_s, {u"U+0009"_s});
    row("segment key empty", [](Workspace &ws) { ws.segments[2].key.clear(); },
        u"/segments/2/key"_s, {u"empty"_s});
    row("environment key with DEL", [](Workspace &ws) { ws.environments[1].key = u"stag\x7fing"_s; },
        u"/environments/1/key"_s, {u"U+007F"_s});

    // Duplicate keys
    row("duplicate environment", [](Workspace &ws) { ws.environments[1].key = u"production"_s; },
        u"/environments/2/key"_s, {u"duplicate"_s, u"\"production\""_s});
    row("duplicate activation", [](Workspace &ws) { ws.activations[1].key = u"beta-users"_s; },
        u"/activations/1/key"_s, {u"duplicate"_s, u"\"beta-users\""_s});
    row("duplicate segment", [](Workspace &ws) { ws.segments[2].key = u"staff"_s; },
        u"/segments/2/key"_s, {u"duplicate"_s, u"\"staff\""_s});
    row("duplicate flag", [](Workspace &ws) { flag(ws, u"config"_s).key = u"limits"_s; },
        u"/flags/3/key"_s, {u"duplicate"_s, u"\"limits\""_s});
    row("duplicate variation", [](Workspace &ws) { flag(ws, u"limits"_s).variations[1].key = u"low"_s; },
        u"/flags/2/variations/1/key"_s, {u"duplicate"_s, u"\"low\""_s});
    row("duplicate rule id", [](Workspace &ws) { productionRule(ws, u"new-checkout"_s, 1).id = u"beta"_s; },
        CheckoutProd + u"/rules/1/id", {u"duplicate"_s, u"\"beta\""_s});
    row("variation twice in a split", [](Workspace &ws) { rolloutSplit(ws).weights[1].variation = u"on"_s; },
        CheckoutProd + u"/rules/1/serve/split/weights/1/variation", {u"\"on\""_s, u"twice"_s});

    // Flags and variations
    row("flag without variations", [](Workspace &ws) {
            flag(ws, u"limits"_s).variations.clear();
            flag(ws, u"limits"_s).environments.clear();
        },
        u"/flags/2/variations"_s, {u"at least one variation"_s});
    row("string value in number flag", [](Workspace &ws) { flag(ws, u"limits"_s).variations[1].value = u"100"_s; },
        u"/flags/2/variations/1/value"_s, {u"\"100\""_s, u"number"_s});
    row("number value in boolean flag", [](Workspace &ws) { flag(ws, u"new-checkout"_s).variations[0].value = 1; },
        u"/flags/0/variations/0/value"_s, {u"1"_s, u"boolean"_s});
    row("null value in json flag", [](Workspace &ws) { flag(ws, u"config"_s).variations[0].value = QJsonValue(); },
        u"/flags/3/variations/0/value"_s, {u"null"_s, u"json"_s});
    row("unknown environment", [](Workspace &ws) {
            flag(ws, u"limits"_s).environments.insert(u"qa"_s, production(ws, u"limits"_s));
        },
        u"/flags/2/environments/qa"_s, {u"\"qa\""_s});
    row("unknown environment key escaped", [](Workspace &ws) {
            flag(ws, u"limits"_s).environments.insert(u"eu/west~1"_s, production(ws, u"limits"_s));
        },
        u"/flags/2/environments/eu~1west~01"_s, {u"\"eu/west~1\""_s});

    // Served variations
    row("unknown off variation", [](Workspace &ws) { production(ws, u"new-checkout"_s).offVariation = u"gone"_s; },
        CheckoutProd + u"/offVariation", {u"\"gone\""_s});
    row("unknown rule variation", [](Workspace &ws) { productionRule(ws, u"new-checkout"_s, 0).serve.variation = u"maybe"_s; },
        CheckoutProd + u"/rules/0/serve/variation", {u"\"maybe\""_s});
    row("unknown default variation", [](Workspace &ws) { production(ws, u"new-checkout"_s).defaultServe.variation = u"x"_s; },
        CheckoutProd + u"/defaultServe/variation", {u"\"x\""_s});
    row("unknown split variation", [](Workspace &ws) { rolloutSplit(ws).weights[1].variation = u"maybe"_s; },
        CheckoutProd + u"/rules/1/serve/split/weights/1/variation", {u"\"maybe\""_s});
    row("variation of another environment's flag", [](Workspace &ws) {
            flag(ws, u"new-checkout"_s).environments[u"development"_s].defaultServe.variation = u"a"_s;
        },
        u"/flags/0/environments/development/defaultServe/variation"_s, {u"\"a\""_s});

    // Splits
    row("split weights sum to 90", [](Workspace &ws) { rolloutSplit(ws).weights[1].weight = 40; },
        CheckoutProd + u"/rules/1/serve/split", {u"90"_s, u"100"_s});
    row("split of a disabled rule sums to 90", [](Workspace &ws) {
            productionRule(ws, u"new-checkout"_s, 1).disabled = true;
            rolloutSplit(ws).weights[1].weight = 40;
        },
        CheckoutProd + u"/rules/1/serve/split", {u"90"_s, u"100"_s});
    row("split weights sum above total", [](Workspace &ws) {
            production(ws, u"banner-text"_s).rules[0].serve.split->weights[0].weight = 71;
        },
        BannerProd + u"/rules/0/serve/split", {u"101"_s, u"100"_s});
    row("default split weights", [](Workspace &ws) {
            production(ws, u"limits"_s).defaultServe.split = split({{u"low"_s, 60}, {u"high"_s, 30}});
        },
        u"/flags/2/environments/production/defaultServe/split"_s, {u"90"_s, u"100"_s});
    row("split weights overflow", [](Workspace &ws) {
            rolloutSplit(ws).weights = {{u"on"_s, std::numeric_limits<qint64>::max()}, {u"off"_s, 1}};
        },
        CheckoutProd + u"/rules/1/serve/split", {u"more than"_s, u"100"_s});
    row("split negative weight", [](Workspace &ws) { rolloutSplit(ws).weights = {{u"on"_s, 150}, {u"off"_s, -50}}; },
        CheckoutProd + u"/rules/1/serve/split/weights/1/weight", {u"-50"_s, u"negative"_s});
    row("split without weights", [](Workspace &ws) { rolloutSplit(ws).weights.clear(); },
        CheckoutProd + u"/rules/1/serve/split/weights", {u"at least one weight"_s});
    row("split total zero", [](Workspace &ws) {
            rolloutSplit(ws).total = 0;
            rolloutSplit(ws).weights = {{u"on"_s, 0}, {u"off"_s, 0}};
        },
        CheckoutProd + u"/rules/1/serve/split/total", {u"0"_s, u"2147483647"_s});
    row("split total too large", [](Workspace &ws) {
            rolloutSplit(ws).total = 2147483648LL;
            rolloutSplit(ws).weights = {{u"on"_s, 2147483647}, {u"off"_s, 1}};
        },
        CheckoutProd + u"/rules/1/serve/split/total", {u"2147483648"_s});
    row("split without stickiness", [](Workspace &ws) { rolloutSplit(ws).stickiness.attributes.clear(); },
        CheckoutProd + u"/rules/1/serve/split/stickiness", {u"stickiness"_s});
    row("split with blank stickiness attribute", [](Workspace &ws) {
            rolloutSplit(ws).stickiness.attributes = {u"userId"_s, u""_s};
        },
        CheckoutProd + u"/rules/1/serve/split/stickiness/1", {u"attribute name is empty"_s});
    row("split with rollout scheme", [](Workspace &ws) { rolloutSplit(ws).scheme = BucketingScheme::Rollout; },
        CheckoutProd + u"/rules/1/serve/split/scheme", {u"rollout"_s});

    // Percentages
    row("percentage above 100", [](Workspace &ws) {
            condition<PercentageActivation>(ws, u"new-checkout"_s, 1, 0).percentage = 100.5;
        },
        CheckoutProd + u"/rules/1/conditions/0/percentage", {u"100.5"_s, u"0..100"_s});
    row("percentage negative", [](Workspace &ws) {
            condition<PercentageActivation>(ws, u"new-checkout"_s, 1, 0).percentage = -1;
        },
        CheckoutProd + u"/rules/1/conditions/0/percentage", {u"-1"_s});
    row("percentage not a number", [](Workspace &ws) {
            condition<PercentageActivation>(ws, u"new-checkout"_s, 1, 0).percentage =
                    std::numeric_limits<double>::quiet_NaN();
        },
        CheckoutProd + u"/rules/1/conditions/0/percentage", {u"nan"_s});
    row("percentage infinite", [](Workspace &ws) {
            condition<PercentageActivation>(ws, u"new-checkout"_s, 1, 0).percentage =
                    std::numeric_limits<double>::infinity();
        },
        CheckoutProd + u"/rules/1/conditions/0/percentage", {u"inf"_s});
    row("percentage without stickiness", [](Workspace &ws) {
            condition<PercentageActivation>(ws, u"new-checkout"_s, 1, 0).stickiness.attributes.clear();
        },
        CheckoutProd + u"/rules/1/conditions/0/stickiness", {u"stickiness"_s});
    row("percentage without stickiness that stops", [](Workspace &ws) {
            condition<PercentageActivation>(ws, u"new-checkout"_s, 1, 0).stickiness = {{}, AbsencePolicy::Stop};
        },
        CheckoutProd + u"/rules/1/conditions/0/stickiness", {u"stickiness"_s});
    row("split without stickiness, empty when absent", [](Workspace &ws) {
            rolloutSplit(ws).stickiness = {{}, AbsencePolicy::Empty};
        },
        CheckoutProd + u"/rules/1/serve/split/stickiness", {u"stickiness"_s});

    // Regular expressions
    row("regex activation does not compile", [](Workspace &ws) {
            condition<RegexActivation>(ws, u"banner-text"_s, 2, 0).pattern = u"(ab"_s;
        },
        BannerProd + u"/rules/2/conditions/0/pattern", {u"\"(ab\""_s, u"missing )"_s});
    // RE2's syntax, as Unleash SDKs compile patterns: no look-around, no back-references.
    row("regex look-ahead is not RE2", [](Workspace &ws) {
            condition<RegexActivation>(ws, u"banner-text"_s, 2, 0).pattern = u"^(?=a)b$"_s;
        },
        BannerProd + u"/rules/2/conditions/0/pattern", {u"\"^(?=a)b$\""_s, u"does not compile"_s});
    row("regex back-reference is not RE2", [](Workspace &ws) {
            condition<RegexActivation>(ws, u"banner-text"_s, 2, 0).pattern = u"^(a)\\1$"_s;
        },
        BannerProd + u"/rules/2/conditions/0/pattern", {u"does not compile"_s});
    row("regex activation attribute empty", [](Workspace &ws) {
            condition<RegexActivation>(ws, u"banner-text"_s, 2, 0).attribute.clear();
        },
        BannerProd + u"/rules/2/conditions/0/attribute", {u"attribute name is empty"_s});
    row("regex constraint value does not compile", [](Workspace &ws) {
            bannerConstraint(ws, 3).op = Operator::Regex;
            bannerConstraint(ws, 3).caseInsensitive = true;
            bannerConstraint(ws, 3).values = {u"^d"_s, u"a[b"_s};
        },
        BannerProd + u"/rules/3/conditions/3/values/1", {u"\"a[b\""_s});

    // Constraint values
    row("constraint without values", [](Workspace &ws) { bannerConstraint(ws, 0).values.clear(); },
        BannerProd + u"/rules/3/conditions/0/values", {u"SEMVER_GTE"_s, u"at least one value"_s});
    row("constraint with only blank values", [](Workspace &ws) { bannerConstraint(ws, 0).values = {u" "_s, u""_s}; },
        BannerProd + u"/rules/3/conditions/0/values", {u"SEMVER_GTE"_s});
    row("number constraint without values", [](Workspace &ws) {
            bannerConstraint(ws, 3).op = Operator::NumEq;
            bannerConstraint(ws, 3).values.clear();
        },
        BannerProd + u"/rules/3/conditions/3/values", {u"NUM_EQ"_s, u"at least one value"_s});
    row("present with values", [](Workspace &ws) {
            bannerConstraint(ws, 3).op = Operator::Present;
        },
        BannerProd + u"/rules/3/conditions/3/values", {u"PRESENT"_s, u"no values"_s});
    row("constraint attribute empty", [](Workspace &ws) { bannerConstraint(ws, 3).attribute.clear(); },
        BannerProd + u"/rules/3/conditions/3/attribute", {u"attribute name is empty"_s});
    row("number value does not parse", [](Workspace &ws) {
            std::get<ConstraintActivation>(flag(ws, u"new-checkout"_s).environments[u"development"_s]
                                                   .rules[0].conditions[0]).values = {u"3 apples"_s};
        },
        u"/flags/0/environments/development/rules/0/conditions/0/values/0"_s, {u"\"3 apples\""_s, u"number"_s});
    row("hex number", [](Workspace &ws) {
            bannerConstraint(ws, 3).op = Operator::NumEq;
            bannerConstraint(ws, 3).values = {u"1"_s, u"0x1F"_s};
        },
        BannerProd + u"/rules/3/conditions/3/values/1", {u"\"0x1F\""_s});
    row("date value does not parse", [](Workspace &ws) { bannerConstraint(ws, 1).values = {u"tomorrow"_s}; },
        BannerProd + u"/rules/3/conditions/1/values/0", {u"\"tomorrow\""_s, u"ISO 8601"_s});
    row("semver with leading v", [](Workspace &ws) { bannerConstraint(ws, 0).values = {u"v1.2.0"_s}; },
        BannerProd + u"/rules/3/conditions/0/values/0", {u"\"v1.2.0\""_s, u"semantic version"_s});
    row("cidr prefix too long", [](Workspace &ws) { bannerConstraint(ws, 2).values = {u"10.0.0.0/33"_s}; },
        BannerProd + u"/rules/3/conditions/2/values/0", {u"\"10.0.0.0/33\""_s});
    row("ip activation value", [](Workspace &ws) {
            std::get<IpActivation>(ws.activations[1].condition).values = {u"10.0.0.0/8"_s, u"10.0.0.300"_s};
        },
        u"/activations/1/condition/values/1"_s, {u"\"10.0.0.300\""_s});
    row("ip activation attribute empty", [](Workspace &ws) {
            std::get<IpActivation>(ws.activations[1].condition).attribute.clear();
        },
        u"/activations/1/condition/attribute"_s, {u"attribute name is empty"_s});
    row("user list attribute empty", [](Workspace &ws) {
            std::get<UserListActivation>(ws.activations[0].condition).attribute = u"  "_s;
        },
        u"/activations/0/condition/attribute"_s, {u"attribute name is empty"_s});

    // Schedules
    row("schedule without bounds", [](Workspace &ws) { schedule(ws).start.clear(); schedule(ws).end.clear(); },
        BannerProd + u"/rules/1/conditions/0", {u"start or an end"_s});
    row("schedule start does not parse", [](Workspace &ws) { schedule(ws).start = u"2026-13-01"_s; },
        BannerProd + u"/rules/1/conditions/0/start", {u"\"2026-13-01\""_s});
    row("schedule end does not parse", [](Workspace &ws) { schedule(ws).end = u"soon"_s; },
        BannerProd + u"/rules/1/conditions/0/end", {u"\"soon\""_s});
    row("schedule ends before it starts", [](Workspace &ws) { schedule(ws).start = u"2026-03-01"_s; },
        BannerProd + u"/rules/1/conditions/0/end", {u"2026-02-01T00:00:00Z"_s, u"2026-03-01"_s});
    row("schedule empty in its time zone", [](Workspace &ws) {
            // Midnight in Berlin is 23:00 UTC the day before: start == end.
            schedule(ws).start = u"2026-01-01"_s;
            schedule(ws).end = u"2025-12-31T23:00:00Z"_s;
        },
        BannerProd + u"/rules/1/conditions/0/end", {u"2025-12-31T23:00:00Z"_s});
    row("schedule unknown time zone", [](Workspace &ws) { schedule(ws).timeZone = u"Mars/Olympus_Mons"_s; },
        BannerProd + u"/rules/1/conditions/0/timeZone", {u"\"Mars/Olympus_Mons\""_s});
    row("schedule empty time zone", [](Workspace &ws) { schedule(ws).timeZone.clear(); },
        BannerProd + u"/rules/1/conditions/0/timeZone", {u"\"\""_s});

    // Prerequisites
    row("prerequisite unknown flag", [](Workspace &ws) {
            condition<PrerequisiteActivation>(ws, u"banner-text"_s, 0, 0).flag = u"nope"_s;
        },
        BannerProd + u"/rules/0/conditions/0/flag", {u"\"nope\""_s});
    row("prerequisite on itself", [](Workspace &ws) {
            condition<PrerequisiteActivation>(ws, u"banner-text"_s, 0, 0) = {u"banner-text"_s, {}};
        },
        BannerProd + u"/rules/0/conditions/0/flag", {u"\"banner-text\""_s, u"own prerequisite"_s});
    row("prerequisite unknown variation", [](Workspace &ws) {
            condition<PrerequisiteActivation>(ws, u"banner-text"_s, 0, 0).variations = {u"on"_s, u"maybe"_s};
        },
        BannerProd + u"/rules/0/conditions/0/variations/1", {u"\"new-checkout\""_s, u"\"maybe\""_s});
    row("prerequisite in segment unknown flag", [](Workspace &ws) {
            ws.segments[2].conditions.append(PrerequisiteActivation{u"ghost"_s, {}});
        },
        u"/segments/2/conditions/0/flag"_s, {u"\"ghost\""_s});
    row("prerequisite cycle", [](Workspace &ws) {
            productionRule(ws, u"new-checkout"_s, 0).conditions.append(
                    PrerequisiteActivation{u"banner-text"_s, {u"a"_s}});
        },
        CheckoutProd + u"/rules/0/conditions/2", {u"new-checkout → banner-text → new-checkout"_s});
    // A disabled rule is validated like any other: it can be enabled again.
    row("regex in a disabled rule does not compile", [](Workspace &ws) {
            productionRule(ws, u"banner-text"_s, 2).disabled = true;
            condition<RegexActivation>(ws, u"banner-text"_s, 2, 0).pattern = u"(ab"_s;
        },
        BannerProd + u"/rules/2/conditions/0/pattern", {u"\"(ab\""_s, u"missing )"_s});
    row("prerequisite cycle through a disabled rule", [](Workspace &ws) {
            productionRule(ws, u"new-checkout"_s, 0).disabled = true;
            productionRule(ws, u"new-checkout"_s, 0).conditions.append(
                    PrerequisiteActivation{u"banner-text"_s, {u"a"_s}});
        },
        CheckoutProd + u"/rules/0/conditions/2", {u"new-checkout → banner-text → new-checkout"_s});
    row("prerequisite cycle of three flags", [](Workspace &ws) {
            productionRule(ws, u"new-checkout"_s, 1).conditions.append(PrerequisiteActivation{u"limits"_s, {}});
            production(ws, u"limits"_s).rules.append(
                    rule({}, {PrerequisiteActivation{u"banner-text"_s, {}}}, u"high"_s));
        },
        CheckoutProd + u"/rules/1/conditions/1",
        {u"new-checkout → limits → banner-text → new-checkout"_s});
    row("prerequisite cycle through a segment", [](Workspace &ws) {
            ws.segments[0].conditions.append(PrerequisiteActivation{u"banner-text"_s, {}});
        },
        CheckoutProd + u"/rules/0/conditions/1", {u"new-checkout → banner-text → new-checkout"_s});
    row("prerequisite cycle through a library activation", [](Workspace &ws) {
            ws.activations[1].condition = PrerequisiteActivation{u"banner-text"_s, {}};
            productionRule(ws, u"new-checkout"_s, 0).conditions.append(ActivationRef{u"internal-net"_s});
        },
        CheckoutProd + u"/rules/0/conditions/2", {u"new-checkout → banner-text → new-checkout"_s});
    row("flag depends on itself through a segment", [](Workspace &ws) {
            ws.segments[0].conditions.append(PrerequisiteActivation{u"new-checkout"_s, {}});
        },
        CheckoutProd + u"/rules/0/conditions/1", {u"new-checkout → new-checkout"_s});

    // Segments
    row("unknown segment", [](Workspace &ws) {
            condition<SegmentActivation>(ws, u"new-checkout"_s, 0, 1).segment = u"ghost"_s;
        },
        CheckoutProd + u"/rules/0/conditions/1/segment", {u"\"ghost\""_s});
    row("segment cycle", [](Workspace &ws) {
            ws.segments[0].conditions.append(SegmentActivation{u"staff-beta"_s});
        },
        u"/segments/0/conditions/1"_s, {u"staff → staff-beta → staff"_s});
    row("segment contains itself", [](Workspace &ws) {
            ws.segments[2].conditions.append(SegmentActivation{u"unused"_s});
        },
        u"/segments/2/conditions/0"_s, {u"unused → unused"_s});
    row("segment cycle through a library activation", [](Workspace &ws) {
            ws.activations.append({u"staff-gate"_s, {}, {}, SegmentActivation{u"staff-beta"_s}, 0});
            ws.segments[0].conditions.append(ActivationRef{u"staff-gate"_s});
        },
        u"/segments/0/conditions/1"_s, {u"staff → staff-beta → staff"_s});

    // References and plugins
    row("unknown library activation", [](Workspace &ws) {
            condition<ActivationRef>(ws, u"new-checkout"_s, 0, 0).key = u"ghost"_s;
        },
        CheckoutProd + u"/rules/0/conditions/0/activation", {u"\"ghost\""_s});
    row("unknown library activation in a segment", [](Workspace &ws) {
            std::get<ActivationRef>(ws.segments[1].conditions[1]).key = u"ghost"_s;
        },
        u"/segments/1/conditions/1/activation"_s, {u"\"ghost\""_s});
    row("library activation is a reference", [](Workspace &ws) {
            ws.activations[1].condition = ActivationRef{u"beta-users"_s};
        },
        u"/activations/1/condition"_s, {u"\"beta-users\""_s});
    row("plugin without a name", [](Workspace &ws) {
            condition<PluginActivation>(ws, u"banner-text"_s, 4, 0).plugin.clear();
        },
        BannerProd + u"/rules/4/conditions/0/plugin", {u"plugin name is empty"_s});
}

void TestValidator::broken()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, path);
    QFETCH(QStringList, facts);

    Workspace ws = validWorkspace();
    mutate(ws);
    const Problems problems = Validator::validate(ws);
    QVERIFY2(problems.size() == 1, qPrintable(problemsText(problems)));
    QCOMPARE(problems.first().path, path);
    for (const QString &fact : std::as_const(facts)) {
        QVERIFY2(problems.first().message.contains(fact),
                 qPrintable(problems.first().message + u" lacks " + fact));
    }
    QVERIFY(!problems.first().message.isEmpty());
    QVERIFY2(problems.first().message.at(0).isLower() || !problems.first().message.at(0).isLetter(),
             qPrintable(problems.first().message));
}

void TestValidator::keyProblem_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("fact");      // empty: the key is valid

    QTest::newRow("simple") << u"new-checkout"_s << QString();
    QTest::newRow("one character") << u"a"_s << QString();
    QTest::newRow("spaces and punctuation") << u"New checkout (v2) / EU"_s << QString();
    QTest::newRow("non-ascii") << u"Прапор-ä-中"_s << QString();
    QTest::newRow("255 characters") << QString(255, u'x') << QString();
    QTest::newRow("255 emoji are 255 characters") << QString(u"😀"_s).repeated(255) << QString();
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("256 characters") << QString(256, u'x') << u"256"_s;
    QTest::newRow("256 emoji") << QString(u"😀"_s).repeated(256) << u"256"_s;
    QTest::newRow("nul") << QString(QChar(0)) << u"U+0000"_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"U+000D"_s;
    QTest::newRow("escape") << u"\x1b[0m"_s << u"U+001B"_s;
    QTest::newRow("c1 control") << u"a\u0085b"_s << u"U+0085"_s;
}

void TestValidator::keyProblem()
{
    QFETCH(QString, key);
    QFETCH(QString, fact);
    const QString problem = Validator::keyProblem(key);
    if (fact.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.contains(fact), qPrintable(problem));
    }
}

void TestValidator::validateFlagUsesPrefix()
{
    const Workspace ws = validWorkspace();
    Flag limits = ws.flags.at(2);
    limits.variations[1].value = true;
    limits.environments[u"production"_s].defaultServe.variation = u"huge"_s;

    const Problems atRoot = Validator::validateFlag(limits, ws, QString());
    QCOMPARE(atRoot.size(), 2);
    QCOMPARE(atRoot.at(0).path, u"/variations/1/value"_s);
    QVERIFY(atRoot.at(0).message.contains(u"true"_s));
    QCOMPARE(atRoot.at(1).path, u"/environments/production/defaultServe/variation"_s);
    QVERIFY(atRoot.at(1).message.contains(u"\"huge\""_s));

    const Problems inList = Validator::validateFlag(limits, ws, u"/flags/2"_s);
    QCOMPARE(inList.size(), 2);
    QCOMPARE(inList.at(0).path, u"/flags/2/variations/1/value"_s);
}

void TestValidator::validateFlagReplacesNamesake()
{
    const Workspace ws = validWorkspace();
    // The stored new-checkout has no prerequisite; the edited one closes a cycle.
    Flag checkout = ws.flags.at(0);
    checkout.environments[u"production"_s].rules[1].conditions.append(
            PrerequisiteActivation{u"banner-text"_s, {}});
    const Problems problems = Validator::validateFlag(checkout, ws, QString());
    QVERIFY2(problems.size() == 1, qPrintable(problemsText(problems)));
    QCOMPARE(problems.first().path, u"/environments/production/rules/1/conditions/1"_s);
    QVERIFY(problems.first().message.contains(u"new-checkout → banner-text → new-checkout"_s));

    // Editing banner-text to drop its prerequisite breaks a cycle the stored workspace has.
    Workspace cyclic = ws;
    cyclic.flags[0] = checkout;
    QCOMPARE(Validator::validate(cyclic).size(), 1);
    Flag banner = cyclic.flags.at(1);
    banner.environments[u"production"_s].rules.removeFirst();
    const Problems fixed = Validator::validateFlag(banner, cyclic, u"/flags/1"_s);
    QVERIFY2(fixed.isEmpty(), qPrintable(problemsText(fixed)));
    // And the cycle is reported from banner-text's side when it is the one being checked.
    const Problems fromBanner = Validator::validateFlag(cyclic.flags.at(1), cyclic, u"/flags/1"_s);
    QVERIFY2(fromBanner.size() == 1, qPrintable(problemsText(fromBanner)));
    QCOMPARE(fromBanner.first().path, u"/flags/1/environments/production/rules/0/conditions/0"_s);
    QVERIFY(fromBanner.first().message.contains(u"banner-text → new-checkout → banner-text"_s));
}

void TestValidator::validateFlagReportsOnlyItsOwnProblems()
{
    Workspace ws = validWorkspace();
    // Other flags' problems, including a cycle between two of them, are not this flag's.
    ws.flags[2].variations[0].value = u"one"_s;
    ws.flags[2].environments[u"production"_s].rules.append(
            rule({}, {PrerequisiteActivation{u"config"_s, {}}}, u"high"_s));
    ws.flags[3].environments[u"production"_s].rules.append(
            rule({}, {PrerequisiteActivation{u"limits"_s, {}}}, u"v1"_s));
    QCOMPARE(Validator::validate(ws).size(), 2);
    const Problems problems = Validator::validateFlag(ws.flags.at(0), ws, u"/flags/0"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
}

void TestValidator::validateFlagNewFlag()
{
    const Workspace ws = validWorkspace();
    Flag fresh;
    fresh.key = u"fresh"_s;
    fresh.variations = {{u"yes"_s, true, {}}, {u"no"_s, false, {}}};
    EnvironmentConfig staging;
    staging.offVariation = u"no"_s;
    staging.rules.append(rule({}, {PrerequisiteActivation{u"banner-text"_s, {u"a"_s}}}, u"yes"_s));
    staging.defaultServe.variation = u"no"_s;
    fresh.environments.insert(u"staging"_s, staging);
    QVERIFY(Validator::validateFlag(fresh, ws, u"/flags/4"_s).isEmpty());

    fresh.environments[u"staging"_s].rules[0].conditions = {
            PrerequisiteActivation{u"banner-text"_s, {u"c"_s}}};
    fresh.environments.insert(u"moon"_s, fresh.environments.value(u"staging"_s));
    const Problems problems = Validator::validateFlag(fresh, ws, u"/flags/4"_s);
    QVERIFY2(problems.size() == 3, qPrintable(problemsText(problems)));
    // Environments in key order: moon, then staging.
    QCOMPARE(problems.at(0).path, u"/flags/4/environments/moon"_s);
    QCOMPARE(problems.at(1).path, u"/flags/4/environments/moon/rules/0/conditions/0/variations/0"_s);
    QCOMPARE(problems.at(2).path, u"/flags/4/environments/staging/rules/0/conditions/0/variations/0"_s);
}

void TestValidator::validateFlagSelfPrerequisite()
{
    const Workspace ws = validWorkspace();
    Flag limits = ws.flags.at(2);
    limits.environments[u"production"_s].rules.append(
            rule({}, {PrerequisiteActivation{u"limits"_s, {}}}, u"high"_s));
    const Problems problems = Validator::validateFlag(limits, ws, QString());
    QVERIFY2(problems.size() == 1, qPrintable(problemsText(problems)));
    QCOMPARE(problems.first().path, u"/environments/production/rules/0/conditions/0/flag"_s);
}

void TestValidator::validateFlagCycleThroughSegment()
{
    Workspace ws = validWorkspace();
    ws.segments[2].conditions = {PrerequisiteActivation{u"limits"_s, {}}};
    Flag limits = ws.flags.at(2);
    limits.environments[u"production"_s].rules.append(
            rule({}, {SegmentActivation{u"unused"_s}}, u"high"_s));
    const Problems problems = Validator::validateFlag(limits, ws, QString());
    QVERIFY2(problems.size() == 1, qPrintable(problemsText(problems)));
    QCOMPARE(problems.first().path, u"/environments/production/rules/0/conditions/0"_s);
    QVERIFY(problems.first().message.contains(u"limits → limits"_s));
}

void TestValidator::problemToString()
{
    Workspace ws = validWorkspace();
    rolloutSplit(ws).weights[1].weight = 40;
    const Problems problems = Validator::validate(ws);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().toString(),
             u"/flags/0/environments/production/rules/1/serve/split: weights sum to 90, not 100"_s);
}

void TestValidator::disabledRulesKeepTheirWarnings()
{
    // Disabling every rule changes no finding: the valid workspace stays valid, and an
    // imported part Unleash SDKs cannot use is still named.
    Workspace ws = validWorkspace();
    ConstraintActivation unknown = constraint(u"plan"_s, Operator::In, {u"pro"_s});
    unknown.source = ConditionSource::Unleash;
    unknown.unknownOperator = u"LIKE"_s;
    productionRule(ws, u"new-checkout"_s, 1).conditions.append(unknown);
    const Problems enabled = Validator::warnings(ws);
    QCOMPARE(enabled.size(), 1);
    for (Flag &f : ws.flags) {
        for (EnvironmentConfig &config : f.environments) {
            for (Rule &r : config.rules)
                r.disabled = true;
        }
    }
    QVERIFY2(Validator::validate(ws).isEmpty(), qPrintable(problemsText(Validator::validate(ws))));
    const Problems disabled = Validator::warnings(ws);
    QCOMPARE(problemsText(disabled), problemsText(enabled));
    QCOMPARE(disabled.first().path, QString(CheckoutProd + u"/rules/1/conditions/1/operator"));
}


void TestValidator::pluginConfigsCheckedByThePlugin()
{
    // The plugin itself says whether it takes a configuration; one not loaded is no problem.
    DaysPlugin days;
    PluginRegistry registry;
    registry.add(&days, u"test"_s);
    Flag flag;
    flag.key = u"weekend"_s;
    flag.variations = {{u"on"_s, true, {}}, {u"off"_s, false, {}}};
    EnvironmentConfig config;
    config.offVariation = u"off"_s;
    config.defaultServe = Serve::of(u"off"_s);
    Rule rule;
    rule.serve = Serve::of(u"on"_s);
    rule.conditions = {PluginActivation{u"days"_s, QJsonObject{{u"days"_s, QJsonArray{u"saturday"_s}}}},
                       PluginActivation{u"days"_s, QJsonObject{}},
                       PluginActivation{u"elsewhere"_s, QJsonObject{}}};
    config.rules = {rule};
    flag.environments.insert(u"pro/d"_s, config);
    const Problems problems = pluginConfigProblems(flag, registry, u"/flags/2"_s);
    QCOMPARE(problems, (Problems{{u"/flags/2/environments/pro~1d/rules/0/conditions/1/config"_s,
                                  u"days: name at least one day"_s}}));
    QVERIFY(pluginConfigProblems(flag, PluginRegistry(), {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
