// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The evaluation engine against docs/semantics.md: reasons, rule order, every operator, absent
// attributes, stickiness and absence policies, splits, prerequisites, segments, traces.

#include "engine/bucketing.h"
#include "engine/engine.h"
#include "engine/murmur3.h"
#include "engine/simulator.h"
#include "validation/validator.h"
#include "formats/pennonjson.h"
#include "json/jsonreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <functional>
#include <limits>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

const QString Env = u"production"_s;

Context context(const QByteArray &json)
{
    Problem problem;
    const auto value = JsonReader::parse(json, &problem);
    Q_ASSERT(value);
    Problems problems;
    return *Context::fromJson(*value, QString(), &problems);
}

Flag booleanFlag(const QString &key, QList<Rule> rules, Serve defaultServe = Serve{u"off"_s, {}}, bool on = true)
{
    Flag flag;
    flag.key = key;
    flag.name = key;
    flag.variations = {{u"on"_s, true, {}}, {u"off"_s, false, {}}};
    EnvironmentConfig config;
    config.on = on;
    config.offVariation = u"off"_s;
    config.rules = std::move(rules);
    config.defaultServe = std::move(defaultServe);
    flag.environments.insert(Env, config);
    return flag;
}

Rule rule(QList<Condition> conditions, const QString &serve = u"on"_s, const QString &id = {})
{
    Rule r;
    r.id = id;
    r.conditions = std::move(conditions);
    r.serve.variation = serve;
    return r;
}

Rule disabled(Rule r)
{
    r.disabled = true;
    return r;
}

Workspace workspaceWith(QList<Flag> flags)
{
    Workspace ws;
    ws.environments = Workspace::defaultEnvironments();
    ws.flags = std::move(flags);
    return ws;
}

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

Serve splitServe(QList<SplitWeight> weights, Stickiness stickiness = {}, BucketingScheme scheme = BucketingScheme::Flagd,
                 const QString &salt = {}, qint64 total = 100)
{
    Split split;
    split.weights = std::move(weights);
    split.stickiness = std::move(stickiness);
    split.scheme = scheme;
    split.salt = salt;
    split.total = total;
    Serve serve;
    serve.split = split;
    return serve;
}

struct Outcome {
    QString variation;
    Reason reason;
    int rule;
};

Outcome evaluate(const Workspace &ws, const QString &flag, const QByteArray &json)
{
    const auto engine = Engine::compile(ws, Env);
    const EvaluationResult result = engine->evaluate(flag, context(json));
    return {engine->variationKey(result), result.reason, result.rule};
}

} // namespace

class TestEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unknownFlag();
    void disabledServesOffVariation();
    void notConfiguredInEnvironment();
    void firstMatchingRuleDecides();
    void conditionsAreAnded();
    void operators_data();
    void operators();
    void textOperatorsAgreeWithQString();
    void datesCompareCurrentTime();
    void unleashContextsLookUpAsSdks();
    void userListRegexAndIp_data();
    void userListRegexAndIp();
    void schedulesInTimeZones_data();
    void schedulesInTimeZones();
    void flagdPercentageGateMatchesVectors();
    void unleashPercentageGateMatchesVectors();
    void rolloutGate();
    void splitsAndAbsencePolicies();
    void stickinessFirstPresentWins();
    void unleashSplitTargets();
    void prerequisites();
    void prerequisiteCycleIsAnError();
    void segmentsAndLibraryActivations();
    void missingPluginIsAnError();
    void traceRecordsEveryStep();
    void demoWorkspaceEvaluates();
    void brokenConditionsFailClosed_data();
    void brokenConditionsFailClosed();
    void brokenServesFailClosed();
    void everyReturnNamesItsReason();
    void servedOutcomes();
    void disabledRulesAreSkipped();
    void disabledRulesAreTracedAsSkipped();
    void disabledRulesCannotBreakTheFlag();
    void disabledRulesInTheSimulator();
};

void TestEngine::unknownFlag()
{
    const auto engine = Engine::compile(workspaceWith({}), Env);
    const EvaluationResult result = engine->evaluate(u"nope", Context());
    QCOMPARE(result.reason, Reason::Error);
    QCOMPARE(result.error, ErrorCode::FlagNotFound);
    QCOMPARE(result.variation, -1);
    QCOMPARE(engine->variationKey(result), QString());
}

void TestEngine::disabledServesOffVariation()
{
    const Workspace ws = workspaceWith({booleanFlag(u"f"_s, {rule({})}, Serve{u"on"_s, {}}, false)});
    const Outcome o = evaluate(ws, u"f"_s, "{}");
    QCOMPARE(o.variation, u"off"_s);
    QCOMPARE(o.reason, Reason::Disabled);
}

void TestEngine::notConfiguredInEnvironment()
{
    const auto engine = Engine::compile(workspaceWith({booleanFlag(u"f"_s, {})}), u"staging"_s);
    const EvaluationResult result = engine->evaluate(u"f", Context());
    QCOMPARE(result.reason, Reason::Error);
    QCOMPARE(result.error, ErrorCode::NotConfigured);
}

void TestEngine::firstMatchingRuleDecides()
{
    const Workspace ws = workspaceWith({booleanFlag(u"f"_s, {
        rule({UserListActivation{u"userId"_s, {u"blocked"_s}}}, u"off"_s, u"deny"_s),
        rule({constraint(u"plan"_s, Operator::In, {u"pro"_s})}, u"on"_s, u"pro"_s),
        rule({}, u"off"_s, u"everyone"_s),
    }, Serve{u"on"_s, {}})});
    Outcome o = evaluate(ws, u"f"_s, R"({"userId": "blocked", "plan": "pro"})");
    QCOMPARE(o.variation, u"off"_s);
    QCOMPARE(o.reason, Reason::TargetingMatch);
    QCOMPARE(o.rule, 0);
    o = evaluate(ws, u"f"_s, R"({"userId": "ann", "plan": "pro"})");
    QCOMPARE(o.variation, u"on"_s);
    QCOMPARE(o.rule, 1);
    o = evaluate(ws, u"f"_s, R"({"userId": "ann"})");
    QCOMPARE(o.variation, u"off"_s);
    QCOMPARE(o.rule, 2); // an empty condition list holds
    const auto engine = Engine::compile(ws, Env);
    QCOMPARE(engine->ruleId(engine->evaluate(u"f", context(R"({"userId": "ann"})"))), u"everyone"_s);

    const Workspace noRules = workspaceWith({booleanFlag(u"f"_s, {}, Serve{u"on"_s, {}})});
    o = evaluate(noRules, u"f"_s, "{}");
    QCOMPARE(o.variation, u"on"_s);
    QCOMPARE(o.reason, Reason::Default);
    QCOMPARE(o.rule, -1);
}

void TestEngine::conditionsAreAnded()
{
    const Workspace ws = workspaceWith({booleanFlag(u"f"_s, {
        rule({constraint(u"country"_s, Operator::In, {u"DE"_s}), constraint(u"age"_s, Operator::NumGte, {u"18"_s})}),
    })});
    QCOMPARE(evaluate(ws, u"f"_s, R"({"country": "DE", "age": 21})").variation, u"on"_s);
    QCOMPARE(evaluate(ws, u"f"_s, R"({"country": "DE", "age": 17})").variation, u"off"_s);
    QCOMPARE(evaluate(ws, u"f"_s, R"({"country": "FR", "age": 21})").variation, u"off"_s);
    QCOMPARE(evaluate(ws, u"f"_s, R"({"country": "FR", "age": 21})").reason, Reason::Default);
}

void TestEngine::operators_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<bool>("negate");
    QTest::addColumn<bool>("caseInsensitive");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<bool>("holds");

    const QStringList none;
    // IN / NOT_IN, absent attributes, trimming, lists.
    QTest::newRow("IN match") << u"IN"_s << QStringList{u"a"_s, u"b"_s} << false << false << QByteArray(R"({"x": "b"})") << true;
    QTest::newRow("IN no match") << u"IN"_s << QStringList{u"a"_s} << false << false << QByteArray(R"({"x": "c"})") << false;
    QTest::newRow("IN trims listed values") << u"IN"_s << QStringList{u"  a "_s, u""_s} << false << false << QByteArray(R"({"x": "a"})") << true;
    QTest::newRow("IN case-sensitive") << u"IN"_s << QStringList{u"Pro"_s} << false << false << QByteArray(R"({"x": "pro"})") << false;
    QTest::newRow("IN caseInsensitive") << u"IN"_s << QStringList{u"Pro"_s} << false << true << QByteArray(R"({"x": "pRO"})") << true;
    QTest::newRow("IN number attribute") << u"IN"_s << QStringList{u"5"_s} << false << false << QByteArray(R"({"x": 5})") << true;
    QTest::newRow("IN boolean attribute") << u"IN"_s << QStringList{u"true"_s} << false << false << QByteArray(R"({"x": true})") << true;
    QTest::newRow("IN list attribute") << u"IN"_s << QStringList{u"b"_s} << false << false << QByteArray(R"({"x": ["a", "b"]})") << true;
    QTest::newRow("IN absent") << u"IN"_s << QStringList{u"a"_s} << false << false << QByteArray("{}") << false;
    QTest::newRow("IN null is absent") << u"IN"_s << QStringList{u"a"_s} << false << false << QByteArray(R"({"x": null})") << false;
    QTest::newRow("IN absent negated") << u"IN"_s << QStringList{u"a"_s} << true << false << QByteArray("{}") << true;
    QTest::newRow("NOT_IN match") << u"NOT_IN"_s << QStringList{u"a"_s} << false << false << QByteArray(R"({"x": "a"})") << false;
    QTest::newRow("NOT_IN other") << u"NOT_IN"_s << QStringList{u"a"_s} << false << false << QByteArray(R"({"x": "b"})") << true;
    QTest::newRow("NOT_IN absent holds") << u"NOT_IN"_s << QStringList{u"a"_s} << false << false << QByteArray("{}") << true;
    QTest::newRow("NOT_IN absent negated") << u"NOT_IN"_s << QStringList{u"a"_s} << true << false << QByteArray("{}") << false;
    // Strings.
    QTest::newRow("STR_CONTAINS") << u"STR_CONTAINS"_s << QStringList{u"ell"_s} << false << false << QByteArray(R"({"x": "hello"})") << true;
    QTest::newRow("STR_CONTAINS case") << u"STR_CONTAINS"_s << QStringList{u"ELL"_s} << false << false << QByteArray(R"({"x": "hello"})") << false;
    QTest::newRow("STR_CONTAINS caseInsensitive") << u"STR_CONTAINS"_s << QStringList{u"ELL"_s} << false << true << QByteArray(R"({"x": "hello"})") << true;
    QTest::newRow("STR_STARTS_WITH any") << u"STR_STARTS_WITH"_s << QStringList{u"x"_s, u"he"_s} << false << false << QByteArray(R"({"x": "hello"})") << true;
    QTest::newRow("STR_ENDS_WITH") << u"STR_ENDS_WITH"_s << QStringList{u"@acme.io"_s} << false << false << QByteArray(R"({"x": "ann@acme.io"})") << true;
    QTest::newRow("STR_ENDS_WITH negated") << u"STR_ENDS_WITH"_s << QStringList{u"@acme.io"_s} << true << false << QByteArray(R"({"x": "ann@acme.io"})") << false;
    QTest::newRow("STR_ENDS_WITH absent") << u"STR_ENDS_WITH"_s << QStringList{u"@acme.io"_s} << false << false << QByteArray("{}") << false;
    QTest::newRow("REGEX partial match") << u"REGEX"_s << QStringList{u"^u\\d+$"_s} << false << false << QByteArray(R"({"x": "u42"})") << true;
    QTest::newRow("REGEX contains") << u"REGEX"_s << QStringList{u"\\d"_s} << false << false << QByteArray(R"({"x": "ab3c"})") << true;
    QTest::newRow("REGEX caseInsensitive") << u"REGEX"_s << QStringList{u"^ADMIN"_s} << false << true << QByteArray(R"({"x": "admin-1"})") << true;
    // Numbers.
    QTest::newRow("NUM_EQ") << u"NUM_EQ"_s << QStringList{u"5"_s} << false << false << QByteArray(R"({"x": 5.0})") << true;
    QTest::newRow("NUM_EQ string value") << u"NUM_EQ"_s << QStringList{u"5"_s} << false << false << QByteArray(R"({"x": "5.0"})") << true;
    QTest::newRow("NUM_GT") << u"NUM_GT"_s << QStringList{u"5"_s} << false << false << QByteArray(R"({"x": 5.5})") << true;
    QTest::newRow("NUM_GT equal") << u"NUM_GT"_s << QStringList{u"5"_s} << false << false << QByteArray(R"({"x": 5})") << false;
    QTest::newRow("NUM_GTE equal") << u"NUM_GTE"_s << QStringList{u"5"_s} << false << false << QByteArray(R"({"x": 5})") << true;
    QTest::newRow("NUM_LT negative") << u"NUM_LT"_s << QStringList{u"-1.5"_s} << false << false << QByteArray(R"({"x": -2})") << true;
    QTest::newRow("NUM_LTE") << u"NUM_LTE"_s << QStringList{u"1e3"_s} << false << false << QByteArray(R"({"x": 1000})") << true;
    QTest::newRow("NUM not a number") << u"NUM_GT"_s << QStringList{u"5"_s} << false << false << QByteArray(R"({"x": "lots"})") << false;
    QTest::newRow("NUM not a number negated") << u"NUM_GT"_s << QStringList{u"5"_s} << true << false << QByteArray(R"({"x": "lots"})") << true;
    // Dates: currentTime, absent meaning now, other attributes.
    QTest::newRow("DATE_AFTER") << u"DATE_AFTER"_s << QStringList{u"2026-01-01T00:00:00Z"_s} << false << false << QByteArray(R"({"currentTime": "2026-06-01T00:00:00Z"})") << true;
    QTest::newRow("DATE_AFTER equal is not after") << u"DATE_AFTER"_s << QStringList{u"2026-01-01T00:00:00Z"_s} << false << false << QByteArray(R"({"currentTime": "2026-01-01T00:00:00Z"})") << false;
    QTest::newRow("DATE_BEFORE with offset") << u"DATE_BEFORE"_s << QStringList{u"2026-01-01T01:00:00+01:00"_s} << false << false << QByteArray(R"({"currentTime": "2025-12-31T23:59:59Z"})") << true;
    QTest::newRow("DATE_AFTER now") << u"DATE_AFTER"_s << QStringList{u"2000-01-01T00:00:00Z"_s} << false << false << QByteArray("{}") << true;
    QTest::newRow("DATE_BEFORE now") << u"DATE_BEFORE"_s << QStringList{u"2000-01-01T00:00:00Z"_s} << false << false << QByteArray("{}") << false;
    // Semantic versions.
    QTest::newRow("SEMVER_EQ") << u"SEMVER_EQ"_s << QStringList{u"1.2.3"_s} << false << false << QByteArray(R"({"x": "1.2.3"})") << true;
    QTest::newRow("SEMVER_GT prerelease") << u"SEMVER_GT"_s << QStringList{u"2.0.0-beta.2"_s} << false << false << QByteArray(R"({"x": "2.0.0-beta.11"})") << true;
    QTest::newRow("SEMVER_LT release vs prerelease") << u"SEMVER_LT"_s << QStringList{u"2.0.0"_s} << false << false << QByteArray(R"({"x": "2.0.0-rc.1"})") << true;
    QTest::newRow("SEMVER_GTE") << u"SEMVER_GTE"_s << QStringList{u"1.10.0"_s} << false << false << QByteArray(R"({"x": "1.9.9"})") << false;
    QTest::newRow("SEMVER_LTE") << u"SEMVER_LTE"_s << QStringList{u"1.10.0"_s} << false << false << QByteArray(R"({"x": "1.10.0"})") << true;
    QTest::newRow("SEMVER leading v invalid") << u"SEMVER_EQ"_s << QStringList{u"1.2.3"_s} << false << false << QByteArray(R"({"x": "v1.2.3"})") << false;
    // CIDR.
    QTest::newRow("IN_CIDR v4") << u"IN_CIDR"_s << QStringList{u"10.0.0.0/8"_s} << false << false << QByteArray(R"({"x": "10.20.30.40"})") << true;
    QTest::newRow("IN_CIDR v4 outside") << u"IN_CIDR"_s << QStringList{u"10.0.0.0/8"_s} << false << false << QByteArray(R"({"x": "11.0.0.1"})") << false;
    QTest::newRow("IN_CIDR v6") << u"IN_CIDR"_s << QStringList{u"2001:db8::/32"_s} << false << false << QByteArray(R"({"x": "2001:db8:1::7"})") << true;
    QTest::newRow("IN_CIDR address") << u"IN_CIDR"_s << QStringList{u"192.168.1.7"_s} << false << false << QByteArray(R"({"x": "192.168.1.7"})") << true;
    QTest::newRow("IN_CIDR not an address") << u"IN_CIDR"_s << QStringList{u"10.0.0.0/8"_s} << false << false << QByteArray(R"({"x": "localhost"})") << false;
    // Presence.
    QTest::newRow("PRESENT") << u"PRESENT"_s << none << false << false << QByteArray(R"({"x": ""})") << true;
    QTest::newRow("PRESENT absent") << u"PRESENT"_s << none << false << false << QByteArray("{}") << false;
    QTest::newRow("ABSENT") << u"ABSENT"_s << none << false << false << QByteArray("{}") << true;
    QTest::newRow("ABSENT present") << u"ABSENT"_s << none << false << false << QByteArray(R"({"x": 0})") << false;
    QTest::newRow("ABSENT negated") << u"ABSENT"_s << none << true << false << QByteArray("{}") << false;
}

void TestEngine::operators()
{
    QFETCH(QString, op);
    QFETCH(QStringList, values);
    QFETCH(bool, negate);
    QFETCH(bool, caseInsensitive);
    QFETCH(QByteArray, context);
    QFETCH(bool, holds);
    Operator parsed = Operator::In;
    QVERIFY(parseOperator(op, &parsed));
    const QString attribute = (parsed == Operator::DateAfter || parsed == Operator::DateBefore) ? u"currentTime"_s : u"x"_s;
    const Workspace ws = workspaceWith({booleanFlag(u"f"_s, {rule({constraint(attribute, parsed, values, negate, caseInsensitive)})})});
    const Outcome o = evaluate(ws, u"f"_s, context);
    QCOMPARE(o.variation, holds ? u"on"_s : u"off"_s);
    QCOMPARE(o.reason, holds ? Reason::TargetingMatch : Reason::Default);
}

void TestEngine::textOperatorsAgreeWithQString()
{
    // The exact text tests scan and hash in blocks (several units at a time, overlapping at
    // the end): against QString's own answers, every needle position in texts of every length
    // up to 40, with surrogate pairs and look-alike units, in lists small and large.
    const QStringList needles{u"4"_s, u"42"_s, u"424"_s, u"ab"_s, u"\u00e9x"_s, u"\U0001F600"_s,
                              u"x\U0001F600y"_s, u"user-42"_s, u"0123456789abcdefg"_s};
    QStringList texts;
    const QString alphabet = u"42ab\u00e9x\U0001F600y-"_s;
    quint32 seed = 1;
    const auto next = [&seed] { seed = seed * 1664525u + 1013904223u; return seed >> 8; };
    for (int length = 0; length <= 40; ++length) {
        for (int k = 0; k < 12; ++k) {
            QString text;
            while (text.size() < length)
                text += alphabet.at(qsizetype(next() % quint32(alphabet.size())));
            text.truncate(length);
            texts.append(text);
            // Each needle at the start, at the end and in the middle of such a text.
            const QString &needle = needles.at(qsizetype(next() % quint32(needles.size())));
            texts.append(needle + text);
            texts.append(text + needle);
            texts.append(text.left(length / 2) + needle + text.mid(length / 2));
        }
    }
    QStringList many; // a set large enough for the hashed table
    while (many.size() < 300) {
        const QString &text = texts.at(qsizetype(next() % quint32(texts.size())));
        if (!text.isEmpty()) // an empty listed value is left out (docs/semantics.md)
            many.append(text);
    }
    const QStringList few{texts.at(5), texts.at(77), u"42"_s};

    QList<Flag> flags;
    for (qsizetype n = 0; n < needles.size(); ++n) {
        flags.append(booleanFlag(u"contains%1"_s.arg(n), {rule({constraint(u"x"_s, Operator::StrContains, {needles.at(n)})})}));
        flags.append(booleanFlag(u"ends%1"_s.arg(n), {rule({constraint(u"x"_s, Operator::StrEndsWith, {needles.at(n)})})}));
        flags.append(booleanFlag(u"starts%1"_s.arg(n), {rule({constraint(u"x"_s, Operator::StrStartsWith, {needles.at(n)})})}));
    }
    flags.append(booleanFlag(u"many"_s, {rule({constraint(u"x"_s, Operator::In, many)})}));
    flags.append(booleanFlag(u"few"_s, {rule({constraint(u"x"_s, Operator::In, few)})}));
    const auto engine = Engine::compile(workspaceWith(flags), Env);
    const auto on = [&](const QString &flag, const Context &c) {
        return engine->evaluate(flag, c).reason == Reason::TargetingMatch;
    };
    for (const QString &text : std::as_const(texts)) {
        Context c;
        c.setString(u"x"_s, text);
        for (qsizetype n = 0; n < needles.size(); ++n) {
            const QString &needle = needles.at(n);
            QVERIFY2(on(u"contains%1"_s.arg(n), c) == text.contains(needle), qPrintable(text + u" / "_s + needle));
            QVERIFY2(on(u"ends%1"_s.arg(n), c) == text.endsWith(needle), qPrintable(text + u" / "_s + needle));
            QVERIFY2(on(u"starts%1"_s.arg(n), c) == text.startsWith(needle), qPrintable(text + u" / "_s + needle));
        }
        QVERIFY2(on(u"many"_s, c) == many.contains(text), qPrintable(text));
        QVERIFY2(on(u"few"_s, c) == few.contains(text), qPrintable(text));
    }
}

void TestEngine::datesCompareCurrentTime()
{
    // Whatever attribute a DATE_* constraint names, it compares currentTime (docs/semantics.md).
    const Workspace ws = workspaceWith({booleanFlag(u"f"_s, {rule({constraint(u"signupDate"_s, Operator::DateAfter, {u"2026-01-01T00:00:00Z"_s})})})});
    QCOMPARE(evaluate(ws, u"f"_s, R"({"signupDate": "2020-01-01T00:00:00Z", "currentTime": "2026-03-01T00:00:00Z"})").variation, u"on"_s);
    QCOMPARE(evaluate(ws, u"f"_s, R"({"signupDate": "2030-01-01T00:00:00Z", "currentTime": "2025-03-01T00:00:00Z"})").variation, u"off"_s);
    // A currentTime that is no date is no time at all, not now: the operator is false (so a
    // negated one holds), and no schedule holds.
    QCOMPARE(evaluate(ws, u"f"_s, R"({"currentTime": "soon"})").variation, u"off"_s);
    const Workspace negated = workspaceWith({booleanFlag(u"f"_s, {rule({constraint(u"x"_s, Operator::DateBefore, {u"2026-01-01T00:00:00Z"_s}, true)})})});
    QCOMPARE(evaluate(negated, u"f"_s, R"({"currentTime": "soon"})").variation, u"on"_s);
    ScheduleActivation always;
    always.start = u"2000-01-01"_s;
    const Workspace scheduled = workspaceWith({booleanFlag(u"f"_s, {rule({always})})});
    QCOMPARE(evaluate(scheduled, u"f"_s, R"({"currentTime": "2020-01-01T00:00:00Z"})").variation, u"on"_s);
    QCOMPARE(evaluate(scheduled, u"f"_s, R"({})").variation, u"on"_s);
    QCOMPARE(evaluate(scheduled, u"f"_s, R"({"currentTime": "soon"})").variation, u"off"_s);
}

void TestEngine::unleashContextsLookUpAsSdks()
{
    Problems problems;
    Problem problem;
    const auto json = JsonReader::parse(R"({"userId": "", "sessionId": "s1", "properties": {"userId": "from-properties", "plan": "", "tier": "gold", "currentTime": "2001-01-01T00:00:00Z"}})", &problem);
    QVERIFY(json.has_value());
    const auto unleash = Context::fromUnleashJson(*json, QString(), &problems);
    QVERIFY(unleash.has_value());
    // context[name] ?? properties[name]: the empty top-level userId is a value and hides the
    // property; currentTime is read from the top level only.
    QCOMPARE(unleash->find(u"userId")->text, QString());
    QCOMPARE(unleash->find(u"plan")->text, QString());
    QCOMPARE(unleash->find(u"tier")->text, u"gold"_s);
    QVERIFY(unleash->find(u"currentTime") == nullptr);
    // Unleash SDKs test a stickiness field for truth: the unleash scheme passes an empty one
    // over (here to sessionId), where the flagd scheme hashes it.
    PercentageActivation gate;
    gate.percentage = 50;
    gate.scheme = BucketingScheme::Unleash;
    gate.salt = u"g"_s;
    gate.stickiness.attributes = {u"userId"_s, u"sessionId"_s};
    const Workspace ws = workspaceWith({booleanFlag(u"f"_s, {rule({gate})})});
    const auto engine = Engine::compile(ws, Env);
    Trace trace;
    engine->evaluate(u"f", *unleash, &trace);
    const auto gateStep = std::find_if(trace.steps.cbegin(), trace.steps.cend(), [](const TraceStep &s) {
        return s.kind == TraceStep::Kind::ConditionChecked;
    });
    QVERIFY(gateStep != trace.steps.cend());
    QCOMPARE(gateStep->attribute, u"sessionId"_s);
    QCOMPARE(gateStep->bucket, qint64(Bucketing::unleashNormalizedNumber("g", "s1")));
    // A native context is flat (an object is no attribute value) and keeps empty strings.
    QVERIFY(!Context::fromJson(*json, QString(), &problems).has_value());
    QCOMPARE(problems.last().path, u"/properties"_s);
    const auto native = Context::fromJson(QJsonObject{{u"userId"_s, u""_s}}, QString(), &problems);
    QVERIFY(native.has_value());
    QCOMPARE(native->find(u"userId")->text, QString());
    QVERIFY(!Context::fromJson(QJsonValue(u"x"_s), u"/0"_s, &problems).has_value());
    QCOMPARE(problems.last().path, u"/0"_s);
}

void TestEngine::userListRegexAndIp_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<bool>("holds");
    QTest::newRow("user list") << 0 << QByteArray(R"({"userId": "bob"})") << true;
    QTest::newRow("user list other") << 0 << QByteArray(R"({"userId": "eve"})") << false;
    QTest::newRow("user list number id") << 0 << QByteArray(R"({"userId": 42})") << true;
    QTest::newRow("user list absent") << 0 << QByteArray("{}") << false;
    QTest::newRow("regex") << 1 << QByteArray(R"({"email": "Ann@ACME.example"})") << true;
    QTest::newRow("regex no match") << 1 << QByteArray(R"({"email": "ann@other.example"})") << false;
    QTest::newRow("ip v4 range") << 2 << QByteArray(R"({"remoteAddress": "10.1.2.3"})") << true;
    QTest::newRow("ip v6 range") << 2 << QByteArray(R"({"remoteAddress": "fd00::1"})") << true;
    QTest::newRow("ip exact") << 2 << QByteArray(R"({"remoteAddress": "203.0.113.9"})") << true;
    QTest::newRow("ip outside") << 2 << QByteArray(R"({"remoteAddress": "203.0.113.10"})") << false;
    QTest::newRow("ip garbage") << 2 << QByteArray(R"({"remoteAddress": "x"})") << false;
}

void TestEngine::userListRegexAndIp()
{
    QFETCH(int, which);
    QFETCH(QByteArray, context);
    QFETCH(bool, holds);
    const QList<Condition> conditions = {
        UserListActivation{u"userId"_s, {u"alice"_s, u" bob "_s, u"42"_s}},
        RegexActivation{u"email"_s, u"@acme\\.example$"_s, true},
        IpActivation{u"remoteAddress"_s, {u"10.0.0.0/8"_s, u"fd00::/8"_s, u"203.0.113.9"_s}},
    };
    const Workspace ws = workspaceWith({booleanFlag(u"f"_s, {rule({conditions.at(which)})})});
    QCOMPARE(evaluate(ws, u"f"_s, context).variation, holds ? u"on"_s : u"off"_s);
}

void TestEngine::schedulesInTimeZones_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("now");
    QTest::addColumn<bool>("holds");
    // 2026-12-01T00:00 in Berlin is 2026-11-30T23:00Z.
    QTest::newRow("before start in zone") << u"2026-12-01T00:00:00"_s << QString() << u"Europe/Berlin"_s << u"2026-11-30T22:59:59Z"_s << false;
    QTest::newRow("at start in zone") << u"2026-12-01T00:00:00"_s << QString() << u"Europe/Berlin"_s << u"2026-11-30T23:00:00Z"_s << true;
    QTest::newRow("end is exclusive") << QString() << u"2026-12-24T18:00:00"_s << u"America/New_York"_s << u"2026-12-24T23:00:00Z"_s << false;
    QTest::newRow("just before end") << QString() << u"2026-12-24T18:00:00"_s << u"America/New_York"_s << u"2026-12-24T22:59:59Z"_s << true;
    QTest::newRow("offset wins over zone") << u"2026-06-01T12:00:00+00:00"_s << u"2026-06-02T00:00:00Z"_s << u"Asia/Tokyo"_s << u"2026-06-01T12:00:00Z"_s << true;
    QTest::newRow("window") << u"2026-01-01"_s << u"2026-02-01"_s << u"UTC"_s << u"2026-01-15T00:00:00Z"_s << true;
    QTest::newRow("after window") << u"2026-01-01"_s << u"2026-02-01"_s << u"UTC"_s << u"2026-02-01T00:00:00Z"_s << false;
}

void TestEngine::schedulesInTimeZones()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, zone);
    QFETCH(QString, now);
    QFETCH(bool, holds);
    const Workspace ws = workspaceWith({booleanFlag(u"f"_s, {rule({ScheduleActivation{start, end, zone}})})});
    const QByteArray json = "{\"currentTime\": \"" + now.toUtf8() + "\"}";
    QCOMPARE(evaluate(ws, u"f"_s, json).variation, holds ? u"on"_s : u"off"_s);
}

void TestEngine::flagdPercentageGateMatchesVectors()
{
    // salt "user-" + value "1" hashes "user-1": murmur3 4171401059 (docs/semantics.md), so the
    // bucket in hundredths of a percent is 4171401059 × 10000 >> 32 = 9712.
    QCOMPARE((quint64(Murmur3::hash("user-1")) * 10000) >> 32, quint64(9712));
    for (const auto &[percentage, holds] : {std::pair{97.12, false}, std::pair{97.13, true}, std::pair{0.0, false}, std::pair{100.0, true}}) {
        PercentageActivation gate;
        gate.percentage = percentage;
        gate.salt = u"user-"_s;
        const Workspace ws = workspaceWith({booleanFlag(u"f"_s, {rule({gate})})});
        QCOMPARE(evaluate(ws, u"f"_s, R"({"userId": "1"})").variation, holds ? u"on"_s : u"off"_s);
    }
}

void TestEngine::unleashPercentageGateMatchesVectors()
{
    // (value, groupId) → normalized number: ("123", "feature1") 34, ("999", "gr1") 37,
    // ("user-42", "New.Checkout") 79.
    const QList<std::tuple<QString, QString, int>> vectors = {
        {u"123"_s, u"feature1"_s, 34}, {u"999"_s, u"gr1"_s, 37}, {u"user-42"_s, u"New.Checkout"_s, 79}};
    for (const auto &[value, group, number] : vectors) {
        for (const int percentage : {number - 1, number}) {
            PercentageActivation gate;
            gate.percentage = percentage;
            gate.scheme = BucketingScheme::Unleash;
            gate.salt = group;
            const Workspace ws = workspaceWith({booleanFlag(u"f"_s, {rule({gate})})});
            const QByteArray json = "{\"userId\": \"" + value.toUtf8() + "\"}";
            QCOMPARE(evaluate(ws, u"f"_s, json).variation, percentage >= number ? u"on"_s : u"off"_s);
        }
    }
    // The groupId defaults to the flag key.
    PercentageActivation gate;
    gate.percentage = 34;
    gate.scheme = BucketingScheme::Unleash;
    const Workspace ws = workspaceWith({booleanFlag(u"feature1"_s, {rule({gate})})});
    QCOMPARE(evaluate(ws, u"feature1"_s, R"({"userId": "123"})").variation, u"on"_s);
}

void TestEngine::rolloutGate()
{
    // The rollout gem: crc32(id) < (2^32 - 1) / 100 * p. crc32("a") = 0xe8b7be43 = 3904355907,
    // which is 90.906...% of the range.
    for (const auto &[percentage, holds] : {std::pair{90.9, false}, std::pair{91.0, true}, std::pair{0.0, false}, std::pair{100.0, true}}) {
        PercentageActivation gate;
        gate.percentage = percentage;
        gate.scheme = BucketingScheme::Rollout;
        const Workspace ws = workspaceWith({booleanFlag(u"f"_s, {rule({gate})})});
        QCOMPARE(evaluate(ws, u"f"_s, R"({"userId": "a"})").variation, holds ? u"on"_s : u"off"_s);
    }
}

void TestEngine::splitsAndAbsencePolicies()
{
    Flag flag;
    flag.key = u"exp"_s;
    flag.type = FlagType::String;
    flag.variations = {{u"control"_s, u"control"_s, {}}, {u"a"_s, u"a"_s, {}}, {u"b"_s, u"b"_s, {}}};
    EnvironmentConfig config;
    config.on = true;
    config.offVariation = u"control"_s;
    Rule split;
    split.id = u"split"_s;
    split.conditions = {constraint(u"plan"_s, Operator::In, {u"pro"_s})};
    split.serve = splitServe({{u"a"_s, 50}, {u"b"_s, 50}}, Stickiness{{u"accountId"_s}, AbsencePolicy::Skip});
    config.rules = {split};
    config.defaultServe = splitServe({{u"a"_s, 0}, {u"b"_s, 100}});
    flag.environments.insert(Env, config);

    // A rule split with its attribute present: SPLIT, with the rule.
    Workspace ws = workspaceWith({flag});
    Outcome o = evaluate(ws, u"exp"_s, R"({"plan": "pro", "accountId": "acc-1", "userId": "u"})");
    QCOMPARE(o.reason, Reason::Split);
    QCOMPARE(o.rule, 0);
    QVERIFY(o.variation == u"a"_s || o.variation == u"b"_s);
    // skip: without accountId the rule does not match; the default split decides.
    o = evaluate(ws, u"exp"_s, R"({"plan": "pro", "userId": "u"})");
    QCOMPARE(o.reason, Reason::Split);
    QCOMPARE(o.rule, -1);
    QCOMPARE(o.variation, u"b"_s);
    // A default split without its attribute (skip): the off variation, DEFAULT.
    o = evaluate(ws, u"exp"_s, R"({"plan": "free"})");
    QCOMPARE(o.variation, u"control"_s);
    QCOMPARE(o.reason, Reason::Default);
    // stop: evaluation stops at the rule's split.
    ws.flags[0].environments[Env].rules[0].serve.split->stickiness.absence = AbsencePolicy::Stop;
    o = evaluate(ws, u"exp"_s, R"({"plan": "pro", "userId": "u"})");
    QCOMPARE(o.variation, u"control"_s);
    QCOMPARE(o.reason, Reason::Default);
    QCOMPARE(o.rule, -1);
    // empty: hashes the empty string, so every such context lands in the same place.
    ws.flags[0].environments[Env].rules[0].serve.split->stickiness.absence = AbsencePolicy::Empty;
    ws.flags[0].environments[Env].rules[0].serve.split->salt = u"user-"_s;
    const quint64 bucket = (quint64(Murmur3::hash("user-")) * 100) >> 32;
    o = evaluate(ws, u"exp"_s, R"({"plan": "pro"})");
    QCOMPARE(o.reason, Reason::Split);
    QCOMPARE(o.variation, bucket < 50 ? u"a"_s : u"b"_s);
    // The bucket follows flagd's formula: (murmur3(salt + value) × total) >> 32.
    const QByteArray json = R"({"plan": "pro", "accountId": "1"})";
    o = evaluate(ws, u"exp"_s, json);
    QCOMPARE(o.variation, ((quint64(4171401059u) * 100) >> 32) < 50 ? u"a"_s : u"b"_s); // "user-1"
    // random: some bucket, every time a valid variation.
    ws.flags[0].environments[Env].rules[0].serve.split->stickiness.absence = AbsencePolicy::Random;
    QSet<QString> seen;
    const auto engine = Engine::compile(ws, Env);
    const Context anonymous = context(R"({"plan": "pro"})");
    for (int i = 0; i < 200; ++i) {
        const EvaluationResult r = engine->evaluate(u"exp", anonymous);
        QCOMPARE(r.reason, Reason::Split);
        seen.insert(engine->variationKey(r));
    }
    QCOMPARE(seen, (QSet<QString>{u"a"_s, u"b"_s}));
}

void TestEngine::stickinessFirstPresentWins()
{
    Flag flag = booleanFlag(u"f"_s, {}, splitServe({{u"on"_s, 50}, {u"off"_s, 50}},
        Stickiness{{u"accountId"_s, u"userId"_s}, AbsencePolicy::Skip}, BucketingScheme::Flagd, u"s"_s));
    const auto engine = Engine::compile(workspaceWith({flag}), Env);
    // With both present accountId decides; with only userId, userId decides, exactly as if
    // it had been the accountId.
    int agree = 0;
    for (int i = 0; i < 200; ++i) {
        const QByteArray id = QByteArray::number(i);
        const auto both = engine->evaluate(u"f", context("{\"accountId\": \"" + id + "\", \"userId\": \"x" + id + "\"}"));
        const auto account = engine->evaluate(u"f", context("{\"accountId\": \"" + id + "\"}"));
        const auto user = engine->evaluate(u"f", context("{\"userId\": \"" + id + "\"}"));
        QCOMPARE(both.variation, account.variation);
        QCOMPARE(user.variation, account.variation);
        agree += engine->evaluate(u"f", context("{\"userId\": \"x" + id + "\"}")).variation == account.variation;
    }
    QVERIFY(agree < 180); // the other attribute's value really gives other buckets
}

void TestEngine::unleashSplitTargets()
{
    // ("123", groupId "feature1", total 1000) → target 177 (docs/semantics.md); the first
    // variation whose running total reaches the target wins.
    for (const auto &[first, expected] : {std::pair{177, u"on"_s}, std::pair{176, u"off"_s}}) {
        Flag flag = booleanFlag(u"feature1"_s, {}, splitServe({{u"on"_s, first}, {u"off"_s, 1000 - first}},
            Stickiness{}, BucketingScheme::Unleash, QString(), 1000));
        QCOMPARE(evaluate(workspaceWith({flag}), u"feature1"_s, R"({"userId": "123"})").variation, expected);
    }
    // Zero weights are never chosen.
    Flag flag = booleanFlag(u"feature1"_s, {}, splitServe({{u"on"_s, 0}, {u"off"_s, 1000}},
        Stickiness{}, BucketingScheme::Unleash, QString(), 1000));
    QCOMPARE(evaluate(workspaceWith({flag}), u"feature1"_s, R"({"userId": "123"})").variation, u"off"_s);
}

void TestEngine::prerequisites()
{
    Flag parent = booleanFlag(u"parent"_s, {rule({constraint(u"plan"_s, Operator::In, {u"pro"_s})})});
    Flag enabled = booleanFlag(u"child-enabled"_s, {rule({PrerequisiteActivation{u"parent"_s, {}}})});
    Flag offServed = booleanFlag(u"child-off"_s, {rule({PrerequisiteActivation{u"parent"_s, {u"off"_s}}})});
    const Workspace ws = workspaceWith({parent, enabled, offServed});
    QCOMPARE(evaluate(ws, u"child-enabled"_s, R"({"plan": "pro"})").variation, u"on"_s);
    QCOMPARE(evaluate(ws, u"child-enabled"_s, R"({"plan": "free"})").variation, u"off"_s);
    QCOMPARE(evaluate(ws, u"child-off"_s, R"({"plan": "free"})").variation, u"on"_s);
    QCOMPARE(evaluate(ws, u"child-off"_s, R"({"plan": "pro"})").variation, u"off"_s);
    // A disabled parent serves its off variation: "enabled" does not hold.
    Workspace disabled = ws;
    disabled.flags[0].environments[Env].on = false;
    QCOMPARE(evaluate(disabled, u"child-enabled"_s, R"({"plan": "pro"})").variation, u"off"_s);
}

void TestEngine::prerequisiteCycleIsAnError()
{
    const Workspace ws = workspaceWith({
        booleanFlag(u"a"_s, {rule({PrerequisiteActivation{u"b"_s, {}}})}),
        booleanFlag(u"b"_s, {rule({PrerequisiteActivation{u"a"_s, {}}})}),
        booleanFlag(u"c"_s, {rule({PrerequisiteActivation{u"a"_s, {}}})}, Serve{u"on"_s, {}}),
    });
    const auto engine = Engine::compile(ws, Env);
    for (const char16_t *key : {u"a", u"b"}) {
        const EvaluationResult r = engine->evaluate(QStringView(key), Context());
        QCOMPARE(r.reason, Reason::Error);
        QCOMPARE(r.error, ErrorCode::PrerequisiteCycle);
        QCOMPARE(engine->variationKey(r), u"off"_s);
    }
    // A flag that only depends on a cycle evaluates; its prerequisite does not hold.
    const EvaluationResult c = engine->evaluate(u"c", Context());
    QCOMPARE(c.reason, Reason::Default);
    QCOMPARE(engine->variationKey(c), u"on"_s);
    QCOMPARE(engine->problems().size(), 2);
}

void TestEngine::segmentsAndLibraryActivations()
{
    Workspace ws = workspaceWith({booleanFlag(u"f"_s, {rule({SegmentActivation{u"eu-pro"_s}, ActivationRef{u"staff"_s}})})});
    Segment segment;
    segment.key = u"eu-pro"_s;
    segment.conditions = {constraint(u"country"_s, Operator::In, {u"DE"_s, u"FR"_s}), constraint(u"plan"_s, Operator::In, {u"pro"_s})};
    ws.segments = {segment};
    ws.activations = {{u"staff"_s, u"Staff"_s, {}, constraint(u"email"_s, Operator::StrEndsWith, {u"@acme.io"_s}), 0}};
    QCOMPARE(evaluate(ws, u"f"_s, R"({"country": "DE", "plan": "pro", "email": "a@acme.io"})").variation, u"on"_s);
    QCOMPARE(evaluate(ws, u"f"_s, R"({"country": "US", "plan": "pro", "email": "a@acme.io"})").variation, u"off"_s);
    QCOMPARE(evaluate(ws, u"f"_s, R"({"country": "DE", "plan": "pro", "email": "a@other.io"})").variation, u"off"_s);
}

void TestEngine::missingPluginIsAnError()
{
    const Workspace ws = workspaceWith({booleanFlag(u"f"_s, {rule({PluginActivation{u"weekday"_s, {}}})}, Serve{u"on"_s, {}})});
    const auto engine = Engine::compile(ws, Env);
    const EvaluationResult r = engine->evaluate(u"f", Context());
    QCOMPARE(r.reason, Reason::Error);
    QCOMPARE(r.error, ErrorCode::PluginError);
    QCOMPARE(engine->variationKey(r), u"off"_s);
    QCOMPARE(engine->problems().size(), 1);
    QCOMPARE(engine->problems().first().path, u"/flags/0/environments/production/rules/0/conditions/0"_s);
    QVERIFY(engine->problems().first().message.contains(u"weekday"));
}

void TestEngine::traceRecordsEveryStep()
{
    PercentageActivation gate;
    gate.percentage = 100;
    const Workspace ws = workspaceWith({booleanFlag(u"f"_s, {
        rule({constraint(u"plan"_s, Operator::In, {u"pro"_s})}, u"on"_s, u"pro"_s),
        rule({gate}, u"on"_s, u"gate"_s),
    })});
    const auto engine = Engine::compile(ws, Env);
    Trace trace;
    const EvaluationResult r = engine->evaluate(u"f", context(R"({"plan": "free", "userId": "u1"})"), &trace);
    QCOMPARE(r.rule, 1);
    QCOMPARE(trace.steps.size(), 5); // flag, rule 0, its condition, rule 1, its gate
    QCOMPARE(trace.steps.at(1).what, u"rule 0 (pro)"_s);
    QCOMPARE(trace.steps.at(2).attribute, u"plan"_s);
    QCOMPARE(trace.steps.at(2).seen, u"free"_s);
    QCOMPARE(trace.steps.at(2).outcome, false);
    QCOMPARE(trace.steps.at(4).attribute, u"userId"_s);
    QCOMPARE(trace.steps.at(4).outcome, true);
    const qint64 expectedBucket = qint64((quint64(Murmur3::hash("fu1")) * 10000) >> 32);
    QCOMPARE(trace.steps.at(4).bucket, expectedBucket);
    const QJsonArray json = trace.toJson();
    QCOMPARE(json.size(), 5);
    QCOMPARE(json.at(4).toObject().value(u"bucket"_s).toInteger(), expectedBucket);
}

void TestEngine::demoWorkspaceEvaluates()
{
    QFile file(u":/pennon/demo-workspace.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Problems problems;
    const auto ws = PennonJson::read(file.readAll(), &problems);
    QVERIFY(ws.has_value());
    const Context ctx = context(R"({"userId": "user-4471", "email": "ann@acme.example", "country": "DE", "appVersion": "4.3.0", "remoteAddress": "10.8.1.2", "accountId": "acc-7", "plan": "enterprise"})");
    for (const Environment &environment : ws->environments) {
        const auto engine = Engine::compile(*ws, environment.key);
        for (int i = 0; i < engine->flagCount(); ++i) {
            const EvaluationResult r = engine->evaluate(i, engine->bind(ctx));
            const bool usesPlugin = PennonJson::writeFlag(engine->flag(i)).contains("\"plugin\"");
            if (usesPlugin) {
                QCOMPARE(r.error, ErrorCode::PluginError); // no plugins loaded here
            } else {
                QVERIFY2(r.reason != Reason::Error, qPrintable(engine->flag(i).key + u" in "_s + environment.key));
                QVERIFY(r.variation >= 0);
            }
        }
    }
}

using Breaker = std::function<void(Workspace &)>;
Q_DECLARE_METATYPE(Breaker)

void TestEngine::brokenConditionsFailClosed_data()
{
    // Each row breaks rule 0's one condition (as a hand-edited database or a bug could) in a
    // way an open reading would widen: negated, or missing a bound, or matching everyone. The
    // context would get "on" from rule 0 if the broken part were skipped; failing closed, rule 0
    // never matches and the default serves "off". The trace names the condition and why.
    QTest::addColumn<Breaker>("breaker");
    QTest::addColumn<QString>("why");
    const auto set = [](Condition condition) {
        return Breaker([condition](Workspace &ws) {
            ws.flags[0].environments[Env].rules[0].conditions = {condition};
        });
    };
    ScheduleActivation schedule;
    schedule.start = u"not a date"_s;
    QTest::newRow("schedule start that does not parse") << set(schedule) << u"not an ISO 8601"_s;
    ScheduleActivation zoned;
    zoned.start = u"2020-01-01T00:00:00"_s;
    zoned.timeZone = u"Mars/Olympus"_s;
    QTest::newRow("schedule in an unknown zone") << set(zoned) << u"unknown time zone"_s;
    RegexActivation regex;
    regex.pattern = u"(ab"_s;
    QTest::newRow("regex that does not compile") << set(regex) << u"does not compile"_s;
    RegexActivation lookahead;
    lookahead.pattern = u"^(?!admin)"_s;
    QTest::newRow("regex with look-ahead (not RE2)") << set(lookahead) << u"does not compile"_s;
    QTest::newRow("negated REGEX that does not compile")
        << set(constraint(u"userId"_s, Operator::Regex, {u"(ab"_s}, true)) << u"does not compile"_s;
    QTest::newRow("negated NUM_GT of no number")
        << set(constraint(u"age"_s, Operator::NumGt, {u"abc"_s}, true)) << u"not a decimal number"_s;
    QTest::newRow("negated SEMVER_GT of no version")
        << set(constraint(u"appVersion"_s, Operator::SemverGt, {u"v2"_s}, true)) << u"not a semantic version"_s;
    QTest::newRow("negated DATE_AFTER of no date")
        << set(constraint(u"currentTime"_s, Operator::DateAfter, {u"soon"_s}, true)) << u"not an ISO 8601"_s;
    QTest::newRow("negated IN_CIDR of no range")
        << set(constraint(u"remoteAddress"_s, Operator::InCidr, {u"10.0.0.0/99"_s}, true)) << u"not an IP address"_s;
    QTest::newRow("negated NUM_EQ without a value")
        << set(constraint(u"age"_s, Operator::NumEq, {}, true)) << u"needs at least one value"_s;
    IpActivation ip;
    ip.values = {u"10.0.0.1"_s, u"not-an-address"_s};
    QTest::newRow("IP list with an entry that does not parse") << set(ip) << u"not an IP address"_s;
    PercentageActivation over;
    over.percentage = 150;
    QTest::newRow("percentage over 100") << set(over) << u"not within 0..100"_s;
    PercentageActivation nan;
    nan.percentage = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("percentage NaN") << set(nan) << u"not within 0..100"_s;
    PrerequisiteActivation unknownVariations;
    unknownVariations.flag = u"parent"_s;
    unknownVariations.variations = {u"gone"_s};
    QTest::newRow("prerequisite whose variations are all unknown") << set(unknownVariations) << u"has no variation"_s;
    PrerequisiteActivation missingFlag;
    missingFlag.flag = u"nowhere"_s;
    QTest::newRow("prerequisite on a missing flag") << set(missingFlag) << u"unknown flag"_s;
    QTest::newRow("missing segment") << set(SegmentActivation{u"nowhere"_s}) << u"unknown segment"_s;
    QTest::newRow("missing library activation") << set(ActivationRef{u"nowhere"_s}) << u"unknown activation"_s;
    QTest::newRow("empty attribute name")
        << set(constraint(u""_s, Operator::NotIn, {u"x"_s})) << u"attribute name is empty"_s;
}

void TestEngine::brokenConditionsFailClosed()
{
    QFETCH(Breaker, breaker);
    QFETCH(QString, why);
    // "parent" serves "on" to everyone, so that "enabled" would hold.
    Workspace ws = workspaceWith({booleanFlag(u"flag"_s, {rule({UserListActivation{u"userId"_s, {u"nobody"_s}}})}),
                                  booleanFlag(u"parent"_s, {}, Serve{u"on"_s, {}})});
    breaker(ws);
    const auto engine = Engine::compile(ws, Env);
    const Context user = context(R"({"userId": "user-1", "age": 70, "appVersion": "1.0.0",
        "currentTime": "2030-01-01T00:00:00Z", "remoteAddress": "192.168.1.1"})");
    Trace trace;
    const EvaluationResult result = engine->evaluate(u"flag", user, &trace);
    QCOMPARE(engine->variationKey(result), u"off"_s);
    QCOMPARE(result.reason, Reason::Default);
    QCOMPARE(result.rule, -1);
    // The trace's condition step is false and says why; so does the compile's problem list.
    const auto step = std::find_if(trace.steps.cbegin(), trace.steps.cend(), [](const TraceStep &s) {
        return s.kind == TraceStep::Kind::ConditionChecked;
    });
    QVERIFY(step != trace.steps.cend());
    QVERIFY(!step->outcome);
    QVERIFY2(step->detail.contains(why), qPrintable(step->detail));
    QVERIFY(!engine->problems().isEmpty());
    QVERIFY2(engine->problems().first().path.startsWith(u"/flags/0/environments/production/rules/0/conditions/0"_s),
             qPrintable(engine->problems().first().toString()));
    QVERIFY2(engine->problems().first().message.contains(u"the condition never holds"_s),
             qPrintable(engine->problems().first().toString()));
}

void TestEngine::brokenServesFailClosed()
{
    // A rule that serves an unknown variation, or a split whose weights do not add up, never
    // matches: the next rule decides.
    Rule unknownVariation = rule({}, u"gone"_s);
    Rule shortSplit = rule({});
    shortSplit.serve = splitServe({{u"on"_s, 60}, {u"off"_s, 30}});
    Rule good = rule({constraint(u"plan"_s, Operator::In, {u"pro"_s})}, u"on"_s, u"good"_s);
    Workspace ws = workspaceWith({booleanFlag(u"flag"_s, {unknownVariation, shortSplit, good})});
    auto engine = Engine::compile(ws, Env);
    Outcome pro = evaluate(ws, u"flag"_s, R"({"userId": "u1", "plan": "pro"})");
    QCOMPARE(pro.variation, u"on"_s);
    QCOMPARE(pro.reason, Reason::TargetingMatch);
    QCOMPARE(pro.rule, 2);
    Outcome other = evaluate(ws, u"flag"_s, R"({"userId": "u1", "plan": "free"})");
    QCOMPARE(other.variation, u"off"_s);
    QCOMPARE(other.reason, Reason::Default);
    QCOMPARE(engine->problems().size(), 2);
    QVERIFY(engine->problems().at(1).message.contains(u"weights sum to 90, not 100"_s));

    // A default serve that cannot serve: the off variation, ERROR.
    ws.flags[0].environments[Env].defaultServe = Serve{u"gone"_s, {}};
    engine = Engine::compile(ws, Env);
    const EvaluationResult fallback = engine->evaluate(u"flag", context(R"({"plan": "free"})"));
    QCOMPARE(engine->variationKey(fallback), u"off"_s);
    QCOMPARE(fallback.reason, Reason::Error);
    QCOMPARE(fallback.error, ErrorCode::General);

    // No off variation to fall back on: ERROR without a variation, even when the flag is off.
    ws.flags[0].environments[Env].offVariation = u"gone"_s;
    ws.flags[0].environments[Env].on = false;
    engine = Engine::compile(ws, Env);
    const EvaluationResult none = engine->evaluate(u"flag", context(R"({"plan": "pro"})"));
    QCOMPARE(none.variation, -1);
    QCOMPARE(none.reason, Reason::Error);
    QCOMPARE(none.error, ErrorCode::General);
}

void TestEngine::everyReturnNamesItsReason()
{
    // Each path of the walk, with its reason and error code set by the walk itself rather than
    // left to EvaluationResult's defaults.
    Workspace ws = workspaceWith({booleanFlag(u"on"_s, {rule({constraint(u"plan"_s, Operator::In, {u"pro"_s})})}),
                                  booleanFlag(u"off"_s, {}, Serve{u"off"_s, {}}, false)});
    Flag unconfigured = booleanFlag(u"elsewhere"_s, {});
    unconfigured.environments.clear();
    ws.flags.append(unconfigured);
    const auto engine = Engine::compile(ws, Env);
    const Context pro = context(R"({"plan": "pro"})");
    const Context free = context(R"({"plan": "free"})");
    struct Row { QString flag; const Context *context; Reason reason; ErrorCode error; QString variation; };
    const Row rows[] = {
        {u"nope"_s, &pro, Reason::Error, ErrorCode::FlagNotFound, QString()},
        {u"elsewhere"_s, &pro, Reason::Error, ErrorCode::NotConfigured, QString()},
        {u"off"_s, &pro, Reason::Disabled, ErrorCode::None, u"off"_s},
        {u"on"_s, &pro, Reason::TargetingMatch, ErrorCode::None, u"on"_s},
        {u"on"_s, &free, Reason::Default, ErrorCode::None, u"off"_s},
    };
    for (const Row &row : rows) {
        const EvaluationResult result = engine->evaluate(row.flag, *row.context);
        QCOMPARE(result.reason, row.reason);
        QCOMPARE(result.error, row.error);
        QCOMPARE(engine->variationKey(result), row.variation);
    }
}

void TestEngine::servedOutcomes()
{
    // Outcomes kept from flagd: no value (no variation, DEFAULT) and errors by code (the off
    // variation, ERROR), whole or as a split's bucket.
    Serve general;
    general.outcome = ServeOutcome::Error;
    general.source = u"maybe"_s;
    Serve noValue;
    noValue.outcome = ServeOutcome::NoValue;
    Serve parse;
    parse.outcome = ServeOutcome::ParseError;
    parse.source = uR"({"regex_match":[1]})"_s;
    Rule toError = rule({constraint(u"plan"_s, Operator::In, {u"beta"_s})}, u"on"_s, u"err"_s);
    toError.serve = general;
    Rule split = rule({constraint(u"plan"_s, Operator::In, {u"split"_s})}, u"on"_s, u"split"_s);
    split.serve = splitServe({{u"on"_s, 1}, {QString(), 1}, {QString(), 1}});
    split.serve.split->total = 3;
    split.serve.split->weights[1].outcome = ServeOutcome::NoValue;
    split.serve.split->weights[2].outcome = ServeOutcome::Error;
    split.serve.split->weights[2].source = u"nope"_s;
    Flag flag = booleanFlag(u"f"_s, {toError, split}, noValue);
    Flag parsed = booleanFlag(u"p"_s, {}, parse);
    // A prerequisite on a flag that serves no value or an error is not enabled: fails closed.
    Flag dependent = booleanFlag(u"d"_s, {rule({PrerequisiteActivation{u"f"_s, {}}}, u"on"_s)});
    Workspace ws = workspaceWith({flag, parsed, dependent});
    QCOMPARE(Validator::validate(ws).size(), 0);
    const Problems warnings = Validator::warnings(ws);
    QCOMPARE(warnings.size(), 5);
    QCOMPARE(warnings.at(0).path, u"/flags/0/environments/"_s + Env + u"/defaultServe"_s);
    QVERIFY(warnings.at(0).message.contains(u"no value"));
    QVERIFY(warnings.at(1).message.contains(u"GENERAL") && warnings.at(1).message.contains(u"\"maybe\""));
    QCOMPARE(warnings.at(2).path, u"/flags/0/environments/"_s + Env + u"/rules/1/serve/split/weights/1"_s);
    QVERIFY(warnings.at(4).message.contains(u"PARSE_ERROR"));

    const auto engine = Engine::compile(ws, Env);
    QVERIFY(engine->problems().isEmpty());
    const EvaluationResult beta = engine->evaluate(u"f", context(R"({"plan": "beta"})"));
    QCOMPARE(beta.reason, Reason::Error);
    QCOMPARE(beta.error, ErrorCode::General);
    QCOMPARE(beta.rule, 0);
    QCOMPARE(engine->variationKey(beta), u"off"_s);
    const EvaluationResult other = engine->evaluate(u"f", context(R"({"plan": "free"})"));
    QCOMPARE(other.reason, Reason::Default);
    QCOMPARE(other.error, ErrorCode::None);
    QCOMPARE(other.variation, -1);
    const EvaluationResult p = engine->evaluate(u"p", context(R"({})"));
    QCOMPARE(p.reason, Reason::Error);
    QCOMPARE(errorCodeName(p.error), u"PARSE_ERROR"_s);
    const EvaluationResult d = engine->evaluate(u"d", context(R"({"plan": "free"})"));
    QCOMPARE(d.reason, Reason::Default);
    QCOMPARE(engine->variationKey(d), u"off"_s);

    // The split's buckets: every outcome is reached, each with its own answer.
    int seen[3] = {0, 0, 0};
    for (int i = 0; i < 300; ++i) {
        const EvaluationResult r = engine->evaluate(
            u"f", context(QByteArray(R"({"plan": "split", "userId": "u)") + QByteArray::number(i) + "\"}"));
        QCOMPARE(r.rule, 1);
        if (r.reason == Reason::Split) {
            QCOMPARE(engine->variationKey(r), u"on"_s);
            ++seen[0];
        } else if (r.reason == Reason::Default) {
            QCOMPARE(r.variation, -1);
            ++seen[1];
        } else {
            QCOMPARE(r.reason, Reason::Error);
            QCOMPARE(r.error, ErrorCode::General);
            ++seen[2];
        }
    }
    QVERIFY2(seen[0] > 50 && seen[1] > 50 && seen[2] > 50,
             qPrintable(u"%1 %2 %3"_s.arg(seen[0]).arg(seen[1]).arg(seen[2])));

    // The trace names what was served.
    Trace trace;
    engine->evaluate(u"f", context(R"({"plan": "beta"})"), &trace);
    QVERIFY(std::any_of(trace.steps.cbegin(), trace.steps.cend(), [](const TraceStep &s) {
        return s.what == u"serve" && s.detail.contains(u"error GENERAL") && s.detail.contains(u"maybe");
    }));

    // The simulator counts no value and errors apart from the variations.
    SimulationOptions options;
    options.users = 3000;
    options.constants.set(u"plan"_s, QJsonValue(u"split"_s));
    options.threads = 1;
    Simulator simulator(engine, engine->flagIndex(u"f"), options);
    const SimulationResult result = simulator.run();
    QCOMPARE(result.users, 3000);
    // An error serves the off variation; no value serves nothing.
    const qsizetype off = result.variations.indexOf(u"off"_s);
    QCOMPARE(result.counts.at(off), result.errors[size_t(ErrorCode::General)]);
    QCOMPARE(result.counts.at(0) + result.counts.at(1) + result.unserved, 3000);
    QVERIFY(result.unserved > 800);
    QVERIFY(result.errors[size_t(ErrorCode::General)] > 800);
}

void TestEngine::disabledRulesAreSkipped()
{
    // Rule 1 would match everyone, rule 2 every "pro" (its first condition a constraint, so
    // that the untraced walk's constraint scan meets it too); both are disabled.
    const Workspace ws = workspaceWith({booleanFlag(u"f"_s, {
        rule({UserListActivation{u"userId"_s, {u"blocked"_s}}}, u"off"_s, u"deny"_s),
        disabled(rule({}, u"on"_s, u"everyone"_s)),
        disabled(rule({constraint(u"plan"_s, Operator::In, {u"pro"_s})}, u"on"_s, u"pro-paused"_s)),
        rule({constraint(u"plan"_s, Operator::In, {u"pro"_s, u"team"_s})}, u"on"_s, u"pro"_s),
    })});
    Outcome o = evaluate(ws, u"f"_s, R"({"userId": "ann"})");
    QCOMPARE(o.variation, u"off"_s);
    QCOMPARE(o.reason, Reason::Default);
    QCOMPARE(o.rule, -1);
    // The rule that matches keeps its position in the list: rule 3, not rule 1.
    o = evaluate(ws, u"f"_s, R"({"userId": "ann", "plan": "pro"})");
    QCOMPARE(o.variation, u"on"_s);
    QCOMPARE(o.reason, Reason::TargetingMatch);
    QCOMPARE(o.rule, 3);
    const auto engine = Engine::compile(ws, Env);
    QCOMPARE(engine->ruleId(engine->evaluate(u"f", context(R"({"plan": "team"})"))), u"pro"_s);
    o = evaluate(ws, u"f"_s, R"({"userId": "blocked", "plan": "pro"})");
    QCOMPARE(o.rule, 0);

    // Enabled again, the same rules decide as written.
    Workspace enabled = ws;
    for (Rule &r : enabled.flags[0].environments[Env].rules)
        r.disabled = false;
    o = evaluate(enabled, u"f"_s, R"({"userId": "ann"})");
    QCOMPARE(o.variation, u"on"_s);
    QCOMPARE(o.rule, 1);

    // A flag whose only rules are disabled serves its default; so does a disabled rule last.
    const Workspace allDisabled = workspaceWith({booleanFlag(u"g"_s, {disabled(rule({}, u"off"_s))}, Serve{u"on"_s, {}})});
    o = evaluate(allDisabled, u"g"_s, "{}");
    QCOMPARE(o.variation, u"on"_s);
    QCOMPARE(o.reason, Reason::Default);
}

void TestEngine::disabledRulesAreTracedAsSkipped()
{
    const Workspace ws = workspaceWith({booleanFlag(u"f"_s, {
        rule({constraint(u"plan"_s, Operator::In, {u"pro"_s})}, u"on"_s, u"pro"_s),
        disabled(rule({constraint(u"plan"_s, Operator::In, {u"free"_s})}, u"on"_s, u"free"_s)),
        rule({UserListActivation{u"userId"_s, {u"u1"_s}}}, u"on"_s, u"listed"_s),
    })});
    const auto engine = Engine::compile(ws, Env);
    Trace trace;
    const EvaluationResult r = engine->evaluate(u"f", context(R"({"plan": "free", "userId": "u1"})"), &trace);
    QCOMPARE(r.rule, 2);
    // flag, rule 0, its condition, rule 1 skipped (its condition not tested), rule 2, its list
    QCOMPARE(trace.steps.size(), 6);
    const TraceStep &skipped = trace.steps.at(3);
    QCOMPARE(skipped.kind, TraceStep::Kind::RuleEntered);
    QCOMPARE(skipped.what, u"rule 1 (free)"_s);
    QCOMPARE(skipped.outcome, false);
    QCOMPARE(skipped.detail, Engine::tr("skipped: the rule is disabled"));
    QVERIFY(skipped.detail.contains(u"disabled"));
    QCOMPARE(trace.steps.at(4).kind, TraceStep::Kind::RuleEntered);
    QCOMPARE(trace.steps.at(4).what, u"rule 2 (listed)"_s);
    QCOMPARE(trace.steps.at(4).outcome, true);
    const QJsonObject json = trace.toJson().at(3).toObject();
    QCOMPARE(json.value(u"step"_s).toString(), u"rule"_s);
    QCOMPARE(json.value(u"outcome"_s).toBool(), false);
    QCOMPARE(json.value(u"detail"_s).toString(), skipped.detail);
}

void TestEngine::disabledRulesCannotBreakTheFlag()
{
    // As if absent: a disabled rule's prerequisite forms no cycle, its missing plugin and
    // its unknown variation make nothing ERROR, and none of it is reported.
    Rule unknownVariation = rule({}, u"maybe"_s);
    const Workspace ws = workspaceWith({
        booleanFlag(u"a"_s, {disabled(rule({PrerequisiteActivation{u"b"_s, {}}}))}),
        booleanFlag(u"b"_s, {rule({PrerequisiteActivation{u"a"_s, {u"off"_s}}})}),
        booleanFlag(u"c"_s, {disabled(rule({PluginActivation{u"weekday"_s, {}}})), disabled(unknownVariation)},
                    Serve{u"on"_s, {}}),
    });
    const auto engine = Engine::compile(ws, Env);
    QCOMPARE(engine->problems().size(), 0);
    EvaluationResult r = engine->evaluate(u"a", Context());
    QCOMPARE(r.reason, Reason::Default);
    QCOMPARE(engine->variationKey(r), u"off"_s);
    r = engine->evaluate(u"b", Context());
    QCOMPARE(r.reason, Reason::TargetingMatch);
    QCOMPARE(engine->variationKey(r), u"on"_s);
    r = engine->evaluate(u"c", Context());
    QCOMPARE(r.reason, Reason::Default);
    QCOMPARE(engine->variationKey(r), u"on"_s);

    // Enabled, the same rules are a cycle and errors.
    Workspace enabled = ws;
    for (Flag &flag : enabled.flags) {
        for (Rule &rr : flag.environments[Env].rules)
            rr.disabled = false;
    }
    const auto broken = Engine::compile(enabled, Env);
    QCOMPARE(broken->evaluate(u"a", Context()).error, ErrorCode::PrerequisiteCycle);
    QCOMPARE(broken->evaluate(u"c", Context()).error, ErrorCode::PluginError);
    QVERIFY(broken->problems().size() >= 3);
}

void TestEngine::disabledRulesInTheSimulator()
{
    // A disabled split before the one that serves: the deciding split is rule 1's.
    Rule paused = disabled(rule({}));
    paused.serve = splitServe({{u"on"_s, 90}, {u"off"_s, 10}});
    Rule live = rule({});
    live.serve = splitServe({{u"on"_s, 20}, {u"off"_s, 80}});
    const auto engine = Engine::compile(workspaceWith({booleanFlag(u"f"_s, {paused, live})}), Env);
    SimulationOptions options;
    options.users = 10000;
    options.threads = 1;
    Simulator simulator(engine, engine->flagIndex(u"f"), options);
    const SimulationResult result = simulator.run();
    QCOMPARE(result.users, 10000);
    QCOMPARE(result.reasonCount(Reason::Split), 10000);
    QCOMPARE(result.decidingSplit, std::optional<int>(1));
    const qsizetype on = result.variations.indexOf(u"on"_s);
    QCOMPARE(result.configuredShares.at(on), std::optional<double>(0.2));
    QVERIFY2(result.counts.at(on) > 1700 && result.counts.at(on) < 2300, qPrintable(QString::number(result.counts.at(on))));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
