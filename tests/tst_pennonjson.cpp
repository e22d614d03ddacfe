// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Pennon JSON: lossless, deterministic, and strict about what it reads.

#include "formats/pennonjson.h"
#include "json/jsonreader.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

Split split(QList<SplitWeight> weights)
{
    Split s;
    s.weights = std::move(weights);
    return s;
}

/// A workspace that uses every condition type, splits, library activations and segments.
Workspace sampleWorkspace()
{
    Workspace ws;
    ws.environments = Workspace::defaultEnvironments();
    ws.environments[1].version = 4;

    ConstraintActivation staffDomain;
    staffDomain.attribute = u"email"_s;
    staffDomain.op = Operator::StrEndsWith;
    staffDomain.values = {u"@example.com"_s};
    staffDomain.caseInsensitive = true;
    ws.activations.append({u"staff"_s, u"Staff"_s, u"Employees by e-mail domain"_s, staffDomain, 2});
    ws.activations.append({u"beta"_s, u"Beta testers"_s, {}, UserListActivation{u"userId"_s, {u"alice"_s, u"bob"_s}}, 0});

    Segment eu;
    eu.key = u"eu"_s;
    eu.name = u"European Union"_s;
    ConstraintActivation country;
    country.attribute = u"country"_s;
    country.op = Operator::In;
    country.values = {u"DE"_s, u"FR"_s, u"NL"_s};
    eu.conditions = {country};
    ws.segments.append(eu);

    Flag checkout;
    checkout.key = u"new-checkout"_s;
    checkout.name = u"New checkout"_s;
    checkout.description = u"The redesigned checkout — \"v2\""_s;
    checkout.tags = {u"checkout"_s, u"web"_s};
    checkout.owner = u"payments@example.com"_s;
    checkout.type = FlagType::Boolean;
    checkout.variations = {{u"on"_s, true, u"Show it"_s}, {u"off"_s, false, {}}};
    checkout.version = 7;
    EnvironmentConfig production;
    production.on = true;
    production.offVariation = u"off"_s;
    Rule blocked;
    blocked.id = u"r1"_s;
    blocked.name = u"Blocked users"_s;
    blocked.conditions = {UserListActivation{u"accountId"_s, {u"666"_s}}};
    blocked.serve.variation = u"off"_s;
    Rule staff;
    staff.id = u"r2"_s;
    staff.conditions = {ActivationRef{u"staff"_s}, SegmentActivation{u"eu"_s},
                        RegexActivation{u"email"_s, u"^[a-z]+\\.[a-z]+@"_s, true}};
    staff.serve.variation = u"on"_s;
    Rule gradual;
    PercentageActivation percent;
    percent.percentage = 12.5;
    percent.stickiness = {{u"accountId"_s, u"userId"_s}, AbsencePolicy::Random};
    percent.salt = u"checkout-2026"_s;
    percent.scheme = BucketingScheme::Unleash;
    ScheduleActivation schedule{u"2026-12-01T00:00:00"_s, u"2026-12-24T18:00:00+01:00"_s, u"Europe/Berlin"_s};
    IpActivation office{u"remoteAddress"_s, {u"10.0.0.0/8"_s, u"2001:db8::/32"_s, u"192.168.1.7"_s}};
    gradual.conditions = {percent, schedule, office};
    gradual.serve.split = split({{u"on"_s, 70}, {u"off"_s, 30}});
    gradual.serve.split->stickiness = {{u"sessionId"_s}, AbsencePolicy::Stop};
    // Kept but skipped in evaluation.
    Rule paused;
    paused.id = u"r4"_s;
    paused.name = u"Paused beta"_s;
    paused.disabled = true;
    paused.conditions = {ActivationRef{u"beta"_s}};
    paused.serve.variation = u"on"_s;
    production.rules = {blocked, staff, gradual, paused};
    production.defaultServe.variation = u"off"_s;
    checkout.environments.insert(u"production"_s, production);
    EnvironmentConfig development;
    development.on = false;
    development.offVariation = u"off"_s;
    development.defaultServe.variation = u"on"_s;
    // Outcomes kept from flagd: an error, and a split with a bucket of no value.
    Rule legacy;
    legacy.conditions = {UserListActivation{u"accountId"_s, {u"7"_s}}};
    legacy.serve.outcome = ServeOutcome::Error;
    legacy.serve.source = u"maybe"_s;
    Rule partial;
    partial.serve.split = split({{u"on"_s, 1}, {QString(), 1}});
    partial.serve.split->total = 2;
    partial.serve.split->weights[1].outcome = ServeOutcome::NoValue;
    development.rules = {legacy, partial};
    development.defaultServe = Serve();
    development.defaultServe.outcome = ServeOutcome::ParseError;
    development.defaultServe.source = uR"({"regex_match":[1]})"_s;
    checkout.environments.insert(u"development"_s, development);
    ws.flags.append(checkout);

    Flag ranking;
    ranking.key = u"search-ranking"_s;
    ranking.name = u"Search ranking"_s;
    ranking.type = FlagType::String;
    ranking.variations = {{u"bm25"_s, u"bm25"_s, {}}, {u"neural"_s, u"neural"_s, {}}, {u"hybrid"_s, u"hybrid"_s, {}}};
    EnvironmentConfig rankingProd;
    rankingProd.on = true;
    rankingProd.offVariation = u"bm25"_s;
    Rule semver;
    ConstraintActivation version;
    version.attribute = u"appVersion"_s;
    version.op = Operator::SemverGte;
    version.values = {u"2.3.0-beta.1"_s};
    ConstraintActivation notTablet;
    notTablet.attribute = u"device"_s;
    notTablet.op = Operator::In;
    notTablet.values = {u"tablet"_s};
    notTablet.negate = true;
    semver.conditions = {version, notTablet, PrerequisiteActivation{u"new-checkout"_s, {u"on"_s}},
                         PluginActivation{u"weekday"_s, QJsonObject{{u"days"_s, QJsonArray{u"sat"_s, u"sun"_s}}, {u"timeZone"_s, u"Europe/Berlin"_s}}}};
    semver.serve.variation = u"neural"_s;
    rankingProd.rules = {semver};
    Split experiment = split({{u"bm25"_s, 334}, {u"neural"_s, 333}, {u"hybrid"_s, 333}});
    experiment.total = 1000;
    experiment.salt = u"ranking-exp"_s;
    rankingProd.defaultServe.split = experiment;
    ranking.environments.insert(u"production"_s, rankingProd);
    ws.flags.append(ranking);

    Flag limits;
    limits.key = u"upload-limits"_s;
    limits.name = u"Upload limits"_s;
    limits.type = FlagType::Json;
    limits.archived = true;
    limits.variations = {{u"small"_s, QJsonObject{{u"maxMb"_s, 10}, {u"types"_s, QJsonArray{u"png"_s}}}, {}},
                         {u"large"_s, QJsonArray{1, 2.5, u"x"_s}, {}}};
    EnvironmentConfig limitsDev;
    limitsDev.offVariation = u"small"_s;
    limitsDev.defaultServe.variation = u"large"_s;
    limits.environments.insert(u"development"_s, limitsDev);
    ws.flags.append(limits);
    return ws;
}

QByteArray demoBytes()
{
    QFile file(u":/pennon/demo-workspace.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestPennonJson final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleIsValid();
    void roundTripIsLossless();
    void writeReadWriteIsByteIdentical();
    void documentLayout();
    void demoWorkspaceRoundTrips();
    void flagDocument();
    void structuralErrors_data();
    void structuralErrors();
    void validationErrorsHavePaths();
    void noPartialResult();
    void disabledRules();
};

void TestPennonJson::sampleIsValid()
{
    Problems problems;
    const auto ws = PennonJson::read(PennonJson::write(sampleWorkspace()), &problems);
    for (const Problem &p : std::as_const(problems))
        qWarning() << p.toString();
    QVERIFY(ws.has_value());
}

void TestPennonJson::roundTripIsLossless()
{
    const Workspace original = sampleWorkspace();
    Problems problems;
    const auto read = PennonJson::decode(PennonJson::write(original), &problems);
    QVERIFY2(read.has_value(), qPrintable(problems.value(0).toString()));
    QCOMPARE(read->environments, original.environments);
    QCOMPARE(read->activations, original.activations);
    QCOMPARE(read->segments, original.segments);
    QCOMPARE(read->flags.size(), original.flags.size());
    for (qsizetype i = 0; i < original.flags.size(); ++i)
        QVERIFY2(read->flags.at(i) == original.flags.at(i), qPrintable(original.flags.at(i).key));
    QVERIFY(*read == original);
}

void TestPennonJson::writeReadWriteIsByteIdentical()
{
    const QByteArray first = PennonJson::write(sampleWorkspace());
    Problems problems;
    const auto read = PennonJson::decode(first, &problems);
    QVERIFY(read.has_value());
    QCOMPARE(PennonJson::write(*read), first);
}

void TestPennonJson::documentLayout()
{
    const QByteArray bytes = PennonJson::write(sampleWorkspace());
    QVERIFY(bytes.startsWith("{\n  \"format\": \"pennon\",\n  \"version\": 1,\n  \"environments\": [\n"));
    QVERIFY(bytes.endsWith("}\n"));
    // Defaults are left out, set values are written.
    QVERIFY(bytes.contains("\"protected\": true"));
    QVERIFY(!bytes.contains("\"protected\": false"));
    QVERIFY(bytes.contains("\"scheme\": \"unleash\""));
    QVERIFY(!bytes.contains("\"scheme\": \"flagd\""));
    QVERIFY(bytes.contains("\"total\": 1000"));
    QVERIFY(bytes.contains("\"percentage\": 12.5"));
    // Fields of flags come in the documented order.
    const qsizetype key = bytes.indexOf("\"key\": \"new-checkout\"");
    const qsizetype type = bytes.indexOf("\"type\": \"boolean\"");
    const qsizetype variations = bytes.indexOf("\"variations\": [", key);
    const qsizetype environments = bytes.indexOf("\"environments\": {", key);
    const qsizetype version = bytes.indexOf("\"version\": 7");
    QVERIFY(key < type && type < variations && variations < environments && environments < version);
    // Environment configurations are keyed and sorted by environment key.
    QVERIFY(bytes.indexOf("\"development\": {", key) < bytes.indexOf("\"production\": {", key));
}

void TestPennonJson::demoWorkspaceRoundTrips()
{
    const QByteArray bytes = demoBytes();
    QVERIFY(!bytes.isEmpty());
    Problems problems;
    const auto ws = PennonJson::read(bytes, &problems);
    for (const Problem &p : std::as_const(problems))
        qWarning() << p.toString();
    QVERIFY(ws.has_value());
    QVERIFY(ws->flags.size() >= 10);
    QCOMPARE(ws->environments.size(), 3);
    // The demo uses every condition type.
    QSet<int> used;
    const auto collect = [&used](const QList<Condition> &conditions) {
        for (const Condition &c : conditions)
            used.insert(int(conditionType(c)));
    };
    for (const Activation &a : ws->activations)
        used.insert(int(conditionType(a.condition)));
    for (const Segment &s : ws->segments)
        collect(s.conditions);
    for (const Flag &f : ws->flags) {
        for (const EnvironmentConfig &config : f.environments) {
            for (const Rule &rule : config.rules)
                collect(rule.conditions);
        }
    }
    QCOMPARE(used.size(), int(ActivationType::Ref) + 1);
    // It is stored in the canonical form: writing it back gives the same bytes.
    QCOMPARE(PennonJson::write(*ws), bytes);
}

void TestPennonJson::flagDocument()
{
    const Flag flag = sampleWorkspace().flags.at(0);
    const QByteArray bytes = PennonJson::writeFlag(flag);
    QVERIFY(bytes.startsWith("{\n  \"key\": \"new-checkout\",\n  \"name\": \"New checkout\",\n  \"description\": "));
    QVERIFY(bytes.contains("\n  \"version\": 7\n}\n"));
    Problem parseProblem;
    const auto value = JsonReader::parse(bytes, &parseProblem);
    QVERIFY(value.has_value());
    Problems problems;
    const auto read = PennonJson::flagFromJson(*value, QString(), &problems);
    QVERIFY(read.has_value());
    QVERIFY(*read == flag);
    QCOMPARE(PennonJson::flagToJson(flag).value(u"version"_s).toInt(), 7);
}

void TestPennonJson::structuralErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const QByteArray head = R"({"format": "pennon", "version": 1, "environments": [{"key": "production", "name": "Production"}], "activations": [], "segments": [], )";
    const auto flags = [&head](const QByteArray &flagsJson) -> QByteArray {
        return head + "\"flags\": " + flagsJson + "}";
    };
    const auto flagWith = [&flags](const QByteArray &environmentJson) -> QByteArray {
        return flags(QByteArray(R"([{"key": "f", "name": "F", "description": "", "type": "boolean", "variations": [{"key": "on", "value": true}, {"key": "off", "value": false}], "environments": {"production": )") + environmentJson + R"(}, "version": 1}])");
    };
    const auto ruleWith = [&flagWith](const QByteArray &conditionJson) -> QByteArray {
        return flagWith(QByteArray(R"({"on": true, "offVariation": "off", "rules": [{"conditions": [)") + conditionJson + R"(], "serve": {"variation": "on"}}], "defaultServe": {"variation": "off"}})");
    };

    QTest::newRow("not an object") << QByteArray("[1, 2]") << u""_s << u"must be an object, not a list"_s;
    QTest::newRow("format missing") << QByteArray(R"({"version": 1})") << u"/format"_s << u"\"format\" must be \"pennon\""_s;
    QTest::newRow("another format") << QByteArray(R"({"format": "flagd", "version": 1})") << u"/format"_s << u"not a Pennon workspace"_s;
    QTest::newRow("newer format version") << QByteArray(R"({"format": "pennon", "version": 2})") << u"/version"_s << u"format version 2 is newer than this Pennon reads (1)"_s;
    QTest::newRow("version not a number") << QByteArray(R"({"format": "pennon", "version": "1"})") << u"/version"_s << u"must be an integer, not a string"_s;
    QTest::newRow("unknown top-level field") << QByteArray(head + R"("flags": [], "flagz": []})") << u"/flagz"_s << u"unknown field \"flagz\""_s;
    QTest::newRow("flags missing") << QByteArray(head.chopped(2) + "}") << u""_s << u"missing field \"flags\""_s;
    QTest::newRow("flags not a list") << flags(R"({"a": 1})") << u"/flags"_s << u"must be a list, not an object"_s;
    QTest::newRow("flag not an object") << flags(R"(["f"])") << u"/flags/0"_s << u"must be an object, not a string"_s;
    QTest::newRow("flag key missing") << flags(R"([{"name": "x", "type": "boolean", "variations": [], "environments": {}, "version": 0}])") << u"/flags/0"_s << u"missing field \"key\""_s;
    QTest::newRow("flag key a number") << flags(R"([{"key": 42, "type": "boolean", "variations": [], "environments": {}, "version": 0}])") << u"/flags/0/key"_s << u"must be a string, not a number"_s;
    QTest::newRow("unknown flag type") << flags(R"([{"key": "f", "type": "integer", "variations": [], "environments": {}, "version": 0}])") << u"/flags/0/type"_s << u"unknown flag type \"integer\""_s;
    QTest::newRow("unknown field in flag") << flags(R"([{"key": "f", "type": "boolean", "variations": [], "environments": {}, "version": 0, "enabled": true}])") << u"/flags/0/enabled"_s << u"unknown field \"enabled\""_s;
    QTest::newRow("variation without value") << flags(R"([{"key": "f", "type": "boolean", "variations": [{"key": "on"}], "environments": {}, "version": 0}])") << u"/flags/0/variations/0"_s << u"missing field \"value\""_s;
    QTest::newRow("tags with a number") << flags(R"([{"key": "f", "type": "boolean", "tags": ["a", 2], "variations": [], "environments": {}, "version": 0}])") << u"/flags/0/tags/1"_s << u"must be a string, not a number"_s;
    QTest::newRow("version with a fraction") << flags(R"([{"key": "f", "type": "boolean", "variations": [], "environments": {}, "version": 1.5}])") << u"/flags/0/version"_s << u"must be an integer"_s;
    QTest::newRow("version beyond 2^53") << flags(R"([{"key": "f", "type": "boolean", "variations": [], "environments": {}, "version": 1e20}])") << u"/flags/0/version"_s << u"must be an integer between -2^53 and 2^53"_s;
    QTest::newRow("environments a list") << flags(R"([{"key": "f", "type": "boolean", "variations": [], "environments": [], "version": 0}])") << u"/flags/0/environments"_s << u"must be an object, not a list"_s;
    QTest::newRow("on not a boolean") << flagWith(R"({"on": "yes", "offVariation": "off", "rules": [], "defaultServe": {"variation": "off"}})") << u"/flags/0/environments/production/on"_s << u"must be true or false, not a string"_s;
    QTest::newRow("rules missing") << flagWith(R"({"on": true, "offVariation": "off", "defaultServe": {"variation": "off"}})") << u"/flags/0/environments/production"_s << u"missing field \"rules\""_s;
    QTest::newRow("unknown served error") << flagWith(R"({"on": true, "offVariation": "off", "rules": [], "defaultServe": {"error": "TYPE_MISMATCH"}})") << u"/flags/0/environments/production/defaultServe/error"_s << u"unknown error \"TYPE_MISMATCH\" (GENERAL or PARSE_ERROR)"_s;
    QTest::newRow("noValue false") << flagWith(R"({"on": true, "offVariation": "off", "rules": [], "defaultServe": {"noValue": false}})") << u"/flags/0/environments/production/defaultServe/noValue"_s << u"must be true"_s;
    QTest::newRow("source beside a variation") << flagWith(R"({"on": true, "offVariation": "off", "rules": [], "defaultServe": {"variation": "off", "source": "x"}})") << u"/flags/0/environments/production/defaultServe/source"_s << u"belongs to an \"error\" only"_s;
    QTest::newRow("serve with both") << flagWith(R"({"on": true, "offVariation": "off", "rules": [], "defaultServe": {"variation": "off", "split": {"weights": []}}})") << u"/flags/0/environments/production/defaultServe"_s << u"exactly one of \"variation\", \"split\""_s;
    QTest::newRow("serve with neither") << flagWith(R"({"on": true, "offVariation": "off", "rules": [], "defaultServe": {}})") << u"/flags/0/environments/production/defaultServe"_s << u"exactly one of"_s;
    QTest::newRow("weight with a fraction") << flagWith(R"({"on": true, "offVariation": "off", "rules": [], "defaultServe": {"split": {"weights": [{"variation": "on", "weight": 49.5}, {"variation": "off", "weight": 50.5}]}}})") << u"/flags/0/environments/production/defaultServe/split/weights/0/weight"_s << u"must be an integer"_s;
    QTest::newRow("unknown scheme") << flagWith(R"({"on": true, "offVariation": "off", "rules": [], "defaultServe": {"split": {"weights": [{"variation": "on", "weight": 100}], "scheme": "md5"}}})") << u"/flags/0/environments/production/defaultServe/split/scheme"_s << u"unknown bucketing scheme \"md5\""_s;
    QTest::newRow("unknown absence policy") << flagWith(R"({"on": true, "offVariation": "off", "rules": [], "defaultServe": {"split": {"weights": [{"variation": "on", "weight": 100}], "absence": "ignore"}}})") << u"/flags/0/environments/production/defaultServe/split/absence"_s << u"unknown absence policy \"ignore\""_s;
    QTest::newRow("disabled not a boolean") << flagWith(R"({"on": true, "offVariation": "off", "rules": [{"disabled": "yes", "conditions": [], "serve": {"variation": "on"}}], "defaultServe": {"variation": "off"}})") << u"/flags/0/environments/production/rules/0/disabled"_s << u"must be true or false, not a string"_s;
    QTest::newRow("disabled a number") << flagWith(R"({"on": true, "offVariation": "off", "rules": [{"disabled": 1, "conditions": [], "serve": {"variation": "on"}}], "defaultServe": {"variation": "off"}})") << u"/flags/0/environments/production/rules/0/disabled"_s << u"must be true or false, not a number"_s;
    QTest::newRow("condition without type") << ruleWith(R"({"attribute": "userId"})") << u"/flags/0/environments/production/rules/0/conditions/0"_s << u"needs a \"type\""_s;
    QTest::newRow("unknown condition type") << ruleWith(R"({"type": "geo"})") << u"/flags/0/environments/production/rules/0/conditions/0/type"_s << u"unknown condition type \"geo\""_s;
    QTest::newRow("unknown operator") << ruleWith(R"({"type": "constraint", "attribute": "a", "operator": "LIKE", "values": ["x"]})") << u"/flags/0/environments/production/rules/0/conditions/0/operator"_s << u"unknown operator \"LIKE\""_s;
    QTest::newRow("unknown field in condition") << ruleWith(R"({"type": "userList", "values": ["a"], "negate": true})") << u"/flags/0/environments/production/rules/0/conditions/0/negate"_s << u"unknown field \"negate\""_s;
    QTest::newRow("percentage as text") << ruleWith(R"({"type": "percentage", "percentage": "50%"})") << u"/flags/0/environments/production/rules/0/conditions/0/percentage"_s << u"must be a number, not a string"_s;
    QTest::newRow("plugin config a list") << ruleWith(R"({"type": "plugin", "plugin": "weekday", "config": ["sat"]})") << u"/flags/0/environments/production/rules/0/conditions/0/config"_s << u"must be an object, not a list"_s;
    QTest::newRow("values not a list") << ruleWith(R"({"type": "userList", "values": "alice"})") << u"/flags/0/environments/production/rules/0/conditions/0/values"_s << u"must be a list of strings, not a string"_s;
    QTest::newRow("syntax error deep inside") << ruleWith(R"({"type": "userList", "values": ["alice" "bob"]})") << u"/flags/0/environments/production/rules/0/conditions/0/values"_s << u"expected ',' or ']' in a list"_s;
}

void TestPennonJson::structuralErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, path);
    QFETCH(QString, message);
    Problems problems;
    const auto ws = PennonJson::read(input, &problems);
    QVERIFY(!ws.has_value());
    QVERIFY(!problems.isEmpty());
    bool found = false;
    for (const Problem &p : std::as_const(problems))
        found = found || (p.path == path && p.message.contains(message));
    QVERIFY2(found, qPrintable(u"expected \""_s + path + u": "_s + message + u"\", got: "_s + problems.first().toString()));
}

void TestPennonJson::validationErrorsHavePaths()
{
    Workspace ws = sampleWorkspace();
    ws.flags[0].environments[u"production"_s].rules[2].serve.split->weights[1].weight = 20;
    Problems problems;
    QVERIFY(!PennonJson::read(PennonJson::write(ws), &problems).has_value());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().path, u"/flags/0/environments/production/rules/2/serve/split"_s);
    QVERIFY2(problems.first().message.contains(u"90"), qPrintable(problems.first().message));
    QVERIFY2(problems.first().message.contains(u"100"), qPrintable(problems.first().message));
}

void TestPennonJson::noPartialResult()
{
    // One bad flag among good ones: nothing is returned, and every problem is listed.
    Workspace ws = sampleWorkspace();
    QByteArray bytes = PennonJson::write(ws);
    bytes.replace("\"type\": \"string\"", "\"type\": \"text\"");
    bytes.replace("\"percentage\": 12.5", "\"percentage\": true");
    Problems problems;
    QVERIFY(!PennonJson::read(bytes, &problems).has_value());
    QCOMPARE(problems.size(), 2);
}

void TestPennonJson::disabledRules()
{
    const Workspace ws = sampleWorkspace();
    const QByteArray bytes = PennonJson::write(ws);
    // Written only when true, after the rule's name.
    QCOMPARE(bytes.count("\"disabled\""), 1);
    QVERIFY(!bytes.contains("\"disabled\": false"));
    const qsizetype name = bytes.indexOf("\"name\": \"Paused beta\"");
    const qsizetype disabled = bytes.indexOf("\"disabled\": true");
    QVERIFY(name > 0 && disabled > name);
    QVERIFY(disabled < bytes.indexOf("\"conditions\": [", name));

    Problems problems;
    const auto read = PennonJson::read(bytes, &problems);
    QVERIFY(read.has_value());
    const QList<Rule> &rules = read->flags.at(0).environments.value(u"production"_s).rules;
    QCOMPARE(rules.size(), 4);
    QCOMPARE(rules.at(3).disabled, true);
    QCOMPARE(rules.at(3).id, u"r4"_s);
    QCOMPARE(rules.at(2).disabled, false);

    // "disabled": false reads as not disabled and is not written back.
    QByteArray explicitFalse = bytes;
    explicitFalse.replace("\"disabled\": true", "\"disabled\": false");
    const auto enabled = PennonJson::read(explicitFalse, &problems);
    QVERIFY(enabled.has_value());
    QCOMPARE(enabled->flags.at(0).environments.value(u"production"_s).rules.at(3).disabled, false);
    QVERIFY(!PennonJson::write(*enabled).contains("\"disabled\""));

    // The single-flag document (pennonctl flag get / put, the change history) keeps it too.
    Problem parseProblem;
    const auto value = JsonReader::parse(PennonJson::writeFlag(ws.flags.at(0)), &parseProblem);
    QVERIFY(value.has_value());
    const auto flag = PennonJson::flagFromJson(*value, QString(), &problems);
    QVERIFY(flag.has_value());
    QCOMPARE(flag->environments.value(u"production"_s).rules.at(3).disabled, true);
}

QTEST_GUILESS_MAIN(TestPennonJson)
#include "tst_pennonjson.moc"
