// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Conditions and serves in plain words, as the details pane shows them.

#include "model/workspace.h"
#include "text/conditiontext.h"
#include "text/flagtext.h"
#include "text/flagchangetext.h"

#include <QLocale>
#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Pennon::Condition)

namespace {

ConstraintActivation constraint(const QString &attribute, Operator op, QStringList values,
                                bool negate = false, bool caseInsensitive = false)
{
    ConstraintActivation c;
    c.attribute = attribute;
    c.op = op;
    c.values = std::move(values);
    c.negate = negate;
    c.caseInsensitive = caseInsensitive;
    return c;
}

Workspace library()
{
    Workspace ws;
    ws.activations.append({u"beta"_s, u"Beta testers"_s, {},
                           UserListActivation{u"userId"_s, {u"alice"_s, u"bob"_s}}, 0});
    Segment eu;
    eu.key = u"eu"_s;
    eu.name = u"European Union"_s;
    ws.segments.append(eu);
    return ws;
}

} // namespace

class TestConditionText final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void describe_data();
    void describe();
    void longListsAreCut();
    void flagChanges();
    void variationUsesAndRename();
    void scheduleTimes_data();
    void scheduleTimes();
    void serves();
    void disabledRules();
};

void TestConditionText::initTestCase()
{
    // Numbers in the expected texts are written the C locale's way.
    QLocale::setDefault(QLocale::c());
}

void TestConditionText::describe_data()
{
    QTest::addColumn<Condition>("condition");
    QTest::addColumn<QString>("expected");

    QTest::newRow("user list") << Condition(UserListActivation{u"userId"_s, {u"alice"_s, u"bob"_s}})
                               << u"userId is one of alice, bob"_s;
    QTest::newRow("regex ignoring case") << Condition(RegexActivation{u"email"_s, u"@acme$"_s, true})
                                         << u"email matches the pattern @acme$ (ignoring case)"_s;
    QTest::newRow("IN") << Condition(constraint(u"country"_s, Operator::In, {u"DE"_s, u"AT"_s}))
                        << u"country is one of DE, AT"_s;
    QTest::newRow("negated IN") << Condition(constraint(u"country"_s, Operator::In, {u"DE"_s}, true))
                                << u"country is not one of DE"_s;
    QTest::newRow("NOT_IN") << Condition(constraint(u"plan"_s, Operator::NotIn, {u"free"_s}))
                            << u"plan is not one of free"_s;
    QTest::newRow("ends with, ignoring case")
        << Condition(constraint(u"email"_s, Operator::StrEndsWith, {u"@acme.example"_s}, false, true))
        << u"email ends with @acme.example (ignoring case)"_s;
    QTest::newRow("NUM_GTE") << Condition(constraint(u"age"_s, Operator::NumGte, {u"18"_s}))
                             << u"age is at least 18"_s;
    // caseInsensitive means nothing to the number operators: not said.
    QTest::newRow("NUM_GTE, caseInsensitive set")
        << Condition(constraint(u"age"_s, Operator::NumGte, {u"18"_s}, false, true))
        << u"age is at least 18"_s;
    QTest::newRow("SEMVER_LT") << Condition(constraint(u"appVersion"_s, Operator::SemverLt, {u"5.0.0"_s}))
                               << u"appVersion is a version before 5.0.0"_s;
    QTest::newRow("DATE_AFTER") << Condition(constraint(u"currentTime"_s, Operator::DateAfter,
                                                        {u"2026-01-01T00:00:00Z"_s}))
                                << u"currentTime is after 2026-01-01T00:00:00Z"_s;
    QTest::newRow("PRESENT") << Condition(constraint(u"email"_s, Operator::Present, {}))
                             << u"email is present"_s;
    QTest::newRow("negated ABSENT") << Condition(constraint(u"email"_s, Operator::Absent, {}, true))
                                    << u"email is present"_s;

    PercentageActivation quarter;
    quarter.percentage = 25;
    QTest::newRow("percentage") << Condition(quarter) << u"25 % of users by userId (flagd)"_s;
    PercentageActivation unleash;
    unleash.percentage = 12.5;
    unleash.scheme = BucketingScheme::Unleash;
    unleash.stickiness = {{u"userId"_s, u"sessionId"_s}, AbsencePolicy::Random};
    QTest::newRow("percentage, unleash")
        << Condition(unleash) << u"12.5 % of users by userId, sessionId (unleash), random when absent"_s;
    PercentageActivation random;
    random.percentage = 30;
    random.stickiness = {{}, AbsencePolicy::Random};
    random.scheme = BucketingScheme::Unleash;
    QTest::newRow("percentage at random") << Condition(random) << u"30 % of users at random (unleash)"_s;

    QTest::newRow("schedule") << Condition(ScheduleActivation{u"2026-12-01T00:00:00"_s,
                                                              u"2026-12-24T00:00:00"_s,
                                                              u"Europe/Berlin"_s})
                              << u"between 2026-12-01 and 2026-12-24 (Europe/Berlin)"_s;
    QTest::newRow("schedule, start only") << Condition(ScheduleActivation{u"2026-12-01T08:30:00"_s, {}, u"UTC"_s})
                                          << u"from 2026-12-01 08:30 on (UTC)"_s;
    QTest::newRow("schedule, end only") << Condition(ScheduleActivation{{}, u"2027-01-01"_s, u"UTC"_s})
                                        << u"until 2027-01-01 (UTC)"_s;
    QTest::newRow("ip") << Condition(IpActivation{u"remoteAddress"_s, {u"10.0.0.0/8"_s}})
                        << u"remoteAddress is in 10.0.0.0/8"_s;
    QTest::newRow("prerequisite enabled") << Condition(PrerequisiteActivation{u"new-checkout"_s, {}})
                                          << u"flag new-checkout is enabled"_s;
    QTest::newRow("prerequisite variation") << Condition(PrerequisiteActivation{u"colour"_s, {u"blue"_s}})
                                            << u"flag colour serves blue"_s;
    QTest::newRow("segment") << Condition(SegmentActivation{u"eu"_s})
                             << u"in segment European Union (eu)"_s;
    QTest::newRow("unknown segment") << Condition(SegmentActivation{u"nowhere"_s})
                                     << u"in segment nowhere"_s;
    QTest::newRow("plugin") << Condition(PluginActivation{u"weekday"_s, {}})
                            << u"custom activation weekday"_s;
    QTest::newRow("library activation") << Condition(ActivationRef{u"beta"_s})
                                        << u"Beta testers: userId is one of alice, bob"_s;
    QTest::newRow("missing activation") << Condition(ActivationRef{u"gone"_s})
                                        << u"activation gone (not in the library)"_s;
    // What the Unleash import kept as the SDKs evaluate it says so.
    ConstraintActivation brokenRegex = constraint(u"email"_s, Operator::Regex, {u"(ann"_s}, true);
    brokenRegex.source = ConditionSource::Unleash;
    QTest::newRow("Unleash: broken pattern, inverted") << Condition(brokenRegex)
        << u"email does not match the pattern (ann (pattern \"(ann\" does not compile: missing ): (ann: always holds, as in Unleash)"_s;
    ConstraintActivation unknown = constraint(u"plan"_s, Operator::In, {u"pro"_s});
    unknown.source = ConditionSource::Unleash;
    unknown.unknownOperator = u"LIKE"_s;
    QTest::newRow("Unleash: unknown operator") << Condition(unknown)
        << u"plan LIKE pro (an operator Unleash does not know: never holds)"_s;
    QTest::newRow("Unleash: missing segment") << Condition(SegmentActivation{u"404"_s, ConditionSource::Unleash})
        << u"in segment 404 (not in the workspace: never holds, as in Unleash)"_s;
}

void TestConditionText::describe()
{
    QFETCH(Condition, condition);
    QFETCH(QString, expected);
    const Workspace ws = library();
    QCOMPARE(ConditionText::describe(condition, &ws), expected);
}

void TestConditionText::longListsAreCut()
{
    QStringList ids;
    for (int i = 1; i <= 20; ++i)
        ids.append(u"u"_s + QString::number(i));
    const QString text = ConditionText::describe(UserListActivation{u"userId"_s, ids});
    QVERIFY2(text.startsWith(u"userId is one of u1, u2, "_s), qPrintable(text));
    QVERIFY2(text.contains(u"u8"_s) && !text.contains(u"u9"_s), qPrintable(text));
    QVERIFY2(text.contains(u"12 more"_s), qPrintable(text));
    QCOMPARE(ConditionText::valueList({}), u"(none)"_s);
}

void TestConditionText::scheduleTimes_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("shown");
    QTest::newRow("midnight") << u"2026-12-01T00:00:00"_s << u"2026-12-01"_s;
    QTest::newRow("date") << u"2026-12-01"_s << u"2026-12-01"_s;
    QTest::newRow("minutes") << u"2026-12-01T18:30:00"_s << u"2026-12-01 18:30"_s;
    QTest::newRow("seconds") << u"2026-12-01T18:30:15"_s << u"2026-12-01 18:30:15"_s;
    QTest::newRow("offset kept") << u"2026-12-01T18:30:00+01:00"_s << u"2026-12-01T18:30:00+01:00"_s;
    QTest::newRow("utc kept") << u"2026-12-01T18:30:00Z"_s << u"2026-12-01T18:30:00Z"_s;
    QTest::newRow("not a time") << u"soon"_s << u"soon"_s;
}

void TestConditionText::scheduleTimes()
{
    QFETCH(QString, iso);
    QFETCH(QString, shown);
    QCOMPARE(ConditionText::scheduleTime(iso), shown);
}

void TestConditionText::serves()
{
    Serve variation;
    variation.variation = u"on"_s;
    QCOMPARE(FlagText::serveText(variation), u"variation on"_s);

    Split split;
    split.weights = {{u"a"_s, 50}, {u"b"_s, 50}};
    Serve half;
    half.split = split;
    QCOMPARE(FlagText::serveText(half), u"a split by userId (flagd): a 50 %, b 50 %"_s);

    split.total = 1000;
    split.weights = {{u"a"_s, 333}, {u"b"_s, 667}};
    split.scheme = BucketingScheme::Unleash;
    split.stickiness = {{u"sessionId"_s}, AbsencePolicy::Random};
    Serve unleash;
    unleash.split = split;
    QCOMPARE(FlagText::serveText(unleash),
             u"a split by sessionId (unleash): a 33.3 % (333 of 1000), b 66.7 % (667 of 1000); "
             "without the attribute: at random"_s);

    split.stickiness = {{}, AbsencePolicy::Random};
    Serve random;
    random.split = split;
    QCOMPARE(FlagText::serveText(random),
             u"a split at random (unleash): a 33.3 % (333 of 1000), b 66.7 % (667 of 1000)"_s);

    QCOMPARE(FlagText::valueText(QJsonValue(true)), u"true"_s);
    QCOMPARE(FlagText::valueText(QJsonValue(0.1)), u"0.1"_s);
    QCOMPARE(FlagText::valueText(QJsonValue(u"blue"_s)), u"\"blue\""_s);
}

void TestConditionText::flagChanges()
{
    Flag before;
    before.key = u"checkout"_s;
    before.name = u"Checkout"_s;
    before.type = FlagType::String;
    before.variations = {{u"a"_s, QJsonValue(u"A"_s), {}}, {u"b"_s, QJsonValue(u"B"_s), {}}};
    EnvironmentConfig production;
    production.offVariation = u"a"_s;
    Rule rule;
    PercentageActivation gate;
    gate.percentage = 10;
    rule.conditions = {gate};
    rule.serve.variation = u"b"_s;
    production.rules = {rule};
    Split split;
    split.weights = {{u"a"_s, 50}, {u"b"_s, 50}};
    production.defaultServe.split = split;
    before.environments.insert(u"production"_s, production);
    before.environments.insert(u"staging"_s, production);

    Flag after = before;
    after.owner = u"anna"_s;
    after.variations[1].value = QJsonValue(u"Bee"_s);
    after.variations.append({u"c"_s, QJsonValue(u"C"_s), {}});
    EnvironmentConfig &changed = after.environments[u"production"_s];
    changed.on = true;
    std::get<PercentageActivation>(changed.rules[0].conditions[0]).percentage = 25;
    changed.defaultServe.split->weights = {{u"a"_s, 30}, {u"b"_s, 70}};
    Rule added;
    added.serve.variation = u"c"_s;
    changed.rules.append(added);

    const QStringList lines = FlagChangeText::describe(&before, after);
    const QString text = lines.join(u'\n');
    QVERIFY2(lines.contains(u"Owner: (nothing) → anna"_s), qPrintable(text));
    QVERIFY2(lines.contains(u"Variation b: \"B\" → \"Bee\""_s), qPrintable(text));
    QVERIFY2(lines.contains(u"Variation c added: \"C\""_s), qPrintable(text));
    QVERIFY2(lines.contains(u"production: turned on"_s), qPrintable(text));
    QVERIFY2(text.contains(u"production: rule 1: when 10 % of users"_s) && text.contains(u"→ when 25 % of users"_s), qPrintable(text));
    QVERIFY2(lines.contains(u"production: rule 2 added: when always, serves variation c"_s) || text.contains(u"production: rule 2 added: when always"_s), qPrintable(text));
    QVERIFY2(text.contains(u"production: otherwise serves a split"_s) && text.contains(u"a 30 %, b 70 %"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"staging"_s), qPrintable(text));   // unchanged
    QCOMPARE(FlagChangeText::changedEnvironments(&before, after), QStringList{u"production"_s});
    QVERIFY(FlagChangeText::describe(&before, before).isEmpty());
}

void TestConditionText::variationUsesAndRename()
{
    Flag flag;
    flag.key = u"f"_s;
    flag.variations = {{u"a"_s, QJsonValue(1), {}}, {u"b"_s, QJsonValue(2), {}}};
    EnvironmentConfig production;
    production.offVariation = u"a"_s;
    Rule rule;
    rule.serve.variation = u"b"_s;
    production.rules = {Rule(), rule};
    production.rules[0].serve.variation = u"a"_s;
    Split split;
    split.weights = {{u"a"_s, 1}, {u"b"_s, 1}};
    split.total = 2;
    production.defaultServe.split = split;
    flag.environments.insert(u"production"_s, production);
    QCOMPARE(FlagText::variationUses(flag, u"a"_s),
             (QStringList{u"production: off variation"_s, u"production: rule 1"_s, u"production: what it serves otherwise"_s}));
    QCOMPARE(FlagText::variationUses(flag, u"b"_s),
             (QStringList{u"production: rule 2"_s, u"production: what it serves otherwise"_s}));
    QVERIFY(FlagText::variationUses(flag, u"c"_s).isEmpty());

    // Renamed everywhere, also when the name passed is the variation's own (it changes on the way).
    flag.renameVariation(flag.variations[0].key, u"alpha"_s);
    const EnvironmentConfig &renamed = flag.environments[u"production"_s];
    QCOMPARE(flag.variations[0].key, u"alpha"_s);
    QCOMPARE(renamed.offVariation, u"alpha"_s);
    QCOMPARE(renamed.rules[0].serve.variation, u"alpha"_s);
    QCOMPARE(renamed.rules[1].serve.variation, u"b"_s);
    QCOMPARE(renamed.defaultServe.split->weights[0].variation, u"alpha"_s);
    QVERIFY(FlagText::variationUses(flag, u"a"_s).isEmpty());
}

void TestConditionText::disabledRules()
{
    Flag before;
    before.key = u"checkout"_s;
    before.name = u"Checkout"_s;
    before.variations = {{u"on"_s, QJsonValue(true), {}}, {u"off"_s, QJsonValue(false), {}}};
    EnvironmentConfig production;
    production.offVariation = u"off"_s;
    Rule first;
    first.conditions = {UserListActivation{u"userId"_s, {u"alice"_s}}};
    first.serve.variation = u"on"_s;
    Rule second;
    second.name = u"Beta testers"_s;
    second.conditions = {constraint(u"plan"_s, Operator::In, {u"beta"_s})};
    second.serve.variation = u"on"_s;
    production.rules = {first, second};
    before.environments.insert(u"production"_s, production);

    // Only switched: one line that says so, by the rule's number.
    Flag after = before;
    after.environments[u"production"_s].rules[1].disabled = true;
    QCOMPARE(FlagChangeText::describe(&before, after), QStringList{u"production: rule 2 disabled"_s});
    QCOMPARE(FlagChangeText::describe(&after, before), QStringList{u"production: rule 2 enabled"_s});
    QCOMPARE(FlagChangeText::changedEnvironments(&before, after), QStringList{u"production"_s});

    // Switched and edited: the rule before and after, the disabled one marked.
    Flag edited = after;
    std::get<ConstraintActivation>(edited.environments[u"production"_s].rules[1].conditions[0]).values = {u"beta"_s, u"staff"_s};
    const QStringList lines = FlagChangeText::describe(&before, edited);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(u"production: rule 2: when plan is one of beta, serves variation on → "_s), qPrintable(lines.first()));
    QVERIFY2(lines.first().endsWith(u", serves variation on (disabled)"_s), qPrintable(lines.first()));
    QCOMPARE(lines.first().count(u"(disabled)"_s), 1);

    // Added and removed disabled rules say so too.
    Flag added = before;
    Rule paused = first;
    paused.disabled = true;
    added.environments[u"production"_s].rules.append(paused);
    QCOMPARE(FlagChangeText::describe(&before, added),
             QStringList{u"production: rule 3 added: when userId is one of alice, serves variation on (disabled)"_s});
    QCOMPARE(FlagChangeText::describe(&added, before),
             QStringList{u"production: rule 3 removed (when userId is one of alice, serves variation on (disabled))"_s});

    // Titles and uses keep the rule's number, marked.
    const QList<Rule> &rules = after.environments[u"production"_s].rules;
    QCOMPARE(FlagText::ruleTitle(rules.at(0), 1), u"Rule 1"_s);
    QCOMPARE(FlagText::ruleTitle(rules.at(1), 2), u"Rule 2: Beta testers (disabled)"_s);
    Rule unnamed = rules.at(0);
    unnamed.disabled = true;
    QCOMPARE(FlagText::ruleTitle(unnamed, 1), u"Rule 1 (disabled)"_s);
    QCOMPARE(FlagText::variationUses(after, u"on"_s),
             (QStringList{u"production: rule 1"_s, u"production: rule 2 (disabled)"_s}));
}

QTEST_GUILESS_MAIN(TestConditionText)
#include "tst_conditiontext.moc"
