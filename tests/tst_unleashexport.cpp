// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Unleash export: what each rule becomes (strategies, constraints, variants, dependencies,
// segments), every refusal with its reason, --lenient, and the round trip over the Unleash
// client specification's states: import → export → import gives the same workspace.
//
// The exports of the mapping rows and of the specification's states were checked by hand
// against unleash-client 6.12.1 (offline bootstrap) for the contexts of the specification and
// generated ones: isEnabled and getVariant answer as `pennonctl eval --dialect unleash`.

#include "ctlrunner.h"
#include "exporttestutil.h"
#include "engine/engine.h"
#include "engine/unleashdialect.h"
#include "formats/unleashexport.h"
#include "formats/unleashimport.h"
#include "unleashspec.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Pennon;
using namespace Qt::StringLiterals;
using namespace ExportTest;

namespace {

const QByteArray Variations = R"([{"key": "off", "value": false}, {"key": "on", "value": true},
    {"key": "blue", "value": "B"}, {"key": "red", "value": {"type": "json", "value": "{\"x\":1}"}}])";

QByteArray flagWith(const QByteArray &rules, const QByteArray &defaultServe = R"({"variation": "off"})",
                    const char *key = "f", bool on = true)
{
    return "{\"key\": \"" + QByteArray(key) + "\", \"name\": \"F\", \"type\": \"json\", \"variations\": " + Variations
        + ", \"environments\": {\"prod\": {\"on\": " + (on ? "true" : "false")
        + ", \"offVariation\": \"off\", \"rules\": " + rules + ", \"defaultServe\": " + defaultServe + "}}}";
}

const QByteArray Segments = R"([
    {"key": "7", "name": "Seven", "description": "d", "conditions": [{"type": "constraint", "attribute": "country", "operator": "IN", "values": ["de"]}]},
    {"key": "eu", "name": "EU", "conditions": [{"type": "constraint", "attribute": "region", "operator": "IN", "values": ["eu"]}]}])";

QJsonObject document(const Workspace &w, Problems *refused, bool lenient = false)
{
    const std::optional<QByteArray> bytes = UnleashExport::write(w, u"prod"_s, lenient, refused);
    return bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
}

/// The parts of a feature that decide evaluation.
QJsonObject decisive(const QJsonObject &feature)
{
    QJsonObject o;
    for (const QString &key : {u"enabled"_s, u"strategies"_s, u"variants"_s, u"dependencies"_s}) {
        if (feature.contains(key))
            o.insert(key, feature.value(key));
    }
    return o;
}

QStringList conformanceFiles()
{
    return unleashSpecFiles();
}

QByteArray conformanceState(const QString &file)
{
    QFile f(QDir(unleashSpecDir()).filePath(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument(QJsonDocument::fromJson(f.readAll()).object().value(u"state"_s).toObject()).toJson();
}

} // namespace

class TestUnleashExport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapping_data();
    void mapping();
    void segments();
    void shape();
    void refused_data();
    void refused();
    void lenientLeavesOutDependents();
    void roundTrip_data();
    void roundTrip();
    void cli();
    void disabledRulesNeverHoldForSdks();
};

void TestUnleashExport::mapping_data()
{
    QTest::addColumn<QByteArray>("flags");
    QTest::addColumn<QByteArray>("feature");

    const auto row = [](const char *name, const QByteArray &flags, const QByteArray &feature) {
        QTest::newRow(name) << flags << feature;
    };
    const auto one = [](const QByteArray &conditions, const QByteArray &serve = R"({"variation": "on"})") -> QByteArray {
        return "[" + flagWith("[{\"id\": \"r1\", \"name\": \"Rule\", \"conditions\": [" + conditions + "], \"serve\": " + serve + "}]") + "]";
    };
    const QByteArray strategyEnd = R"("segments": [], "variants": []}], "variants": []})";

    row("off everywhere: disabled, no strategies", "[" + flagWith("[]") + "]",
        R"({"enabled": false, "strategies": [], "variants": []})");
    row("flag off keeps its strategies", "[" + flagWith(R"([{"id": "r", "conditions": [], "serve": {"variation": "on"}}])", R"({"variation": "off"})", "f", false) + "]",
        R"({"enabled": false, "strategies": [{"id": "r", "name": "default", "constraints": [], "parameters": {}, "segments": [], "variants": []}], "variants": []})");
    row("on for everyone: no strategies (the import's form)", "[" + flagWith("[]", R"({"variation": "on"})") + "]",
        R"({"enabled": true, "strategies": [], "variants": []})");
    row("id and name: id and title", one(""),
        R"({"enabled": true, "strategies": [{"id": "r1", "title": "Rule", "name": "default", "constraints": [], "parameters": {}, )" + strategyEnd);
    row("user list on userId: userWithId", one(R"({"type": "userList", "values": [" u1", "u2", ""]})"),
        R"({"enabled": true, "strategies": [{"id": "r1", "title": "Rule", "name": "userWithId", "constraints": [], "parameters": {"userIds": "u1,u2"}, )" + strategyEnd);
    row("user list on another attribute: IN", one(R"({"type": "userList", "attribute": "tenant", "values": ["t1"]})"),
        R"({"enabled": true, "strategies": [{"id": "r1", "title": "Rule", "name": "default", "constraints": [{"contextName": "tenant", "operator": "IN", "values": ["t1"], "inverted": false, "caseInsensitive": false}], "parameters": {}, )" + strategyEnd);
    row("percentage: flexibleRollout, default stickiness", one(R"({"type": "percentage", "percentage": 12.5, "stickiness": ["userId", "sessionId"], "absence": "random", "salt": "g", "scheme": "unleash"})"),
        R"({"enabled": true, "strategies": [{"id": "r1", "title": "Rule", "name": "flexibleRollout", "constraints": [], "parameters": {"rollout": "12.5", "stickiness": "default", "groupId": "g"}, )" + strategyEnd);
    // An empty salt is the flag key, written out: SDKs hash an empty groupId as empty.
    row("percentage: random", one(R"({"type": "percentage", "percentage": 30, "stickiness": [], "absence": "random", "scheme": "unleash"})"),
        R"({"enabled": true, "strategies": [{"id": "r1", "title": "Rule", "name": "flexibleRollout", "constraints": [], "parameters": {"rollout": "30", "stickiness": "random", "groupId": "f"}, )" + strategyEnd);
    row("percentage: default salt", one(R"({"type": "percentage", "percentage": 30, "stickiness": ["userId"], "scheme": "unleash"})"),
        R"({"enabled": true, "strategies": [{"id": "r1", "title": "Rule", "name": "flexibleRollout", "constraints": [], "parameters": {"rollout": "30", "stickiness": "userId", "groupId": "f"}, )" + strategyEnd);
    row("percentage: an imported empty groupId stays empty", one(R"({"type": "percentage", "percentage": 30, "stickiness": ["userId"], "scheme": "unleash", "source": "unleash"})"),
        R"({"enabled": true, "strategies": [{"id": "r1", "title": "Rule", "name": "flexibleRollout", "constraints": [], "parameters": {"rollout": "30", "stickiness": "userId", "groupId": ""}, )" + strategyEnd);
    row("percentage: one attribute, skipped when absent", one(R"({"type": "percentage", "percentage": 50, "stickiness": ["tenant"], "salt": "g", "scheme": "unleash"})"),
        R"({"enabled": true, "strategies": [{"id": "r1", "title": "Rule", "name": "flexibleRollout", "constraints": [], "parameters": {"rollout": "50", "stickiness": "tenant", "groupId": "g"}, )" + strategyEnd);
    row("IP/CIDR: remoteAddress", one(R"({"type": "ipCidr", "values": ["10.0.0.0/8", "192.0.2.1"]})"),
        R"({"enabled": true, "strategies": [{"id": "r1", "title": "Rule", "name": "remoteAddress", "constraints": [], "parameters": {"IPs": "10.0.0.0/8, 192.0.2.1"}, )" + strategyEnd);
    row("constraints: list and single operators, options", one(R"(
            {"type": "constraint", "attribute": "plan", "operator": "NOT_IN", "values": ["free", " "]},
            {"type": "constraint", "attribute": "email", "operator": "STR_ENDS_WITH", "values": ["@X.com"], "caseInsensitive": true, "negate": true},
            {"type": "constraint", "attribute": "seats", "operator": "NUM_GTE", "values": ["10"]},
            {"type": "constraint", "attribute": "currentTime", "operator": "DATE_BEFORE", "values": ["2030-01-01T00:00:00Z"]},
            {"type": "constraint", "attribute": "version", "operator": "SEMVER_LT", "values": ["2.0.0"]},
            {"type": "constraint", "attribute": "ip", "operator": "IN_CIDR", "values": ["10.0.0.0/8"]},
            {"type": "regex", "attribute": "email", "pattern": "^a", "caseInsensitive": true})"),
        R"({"enabled": true, "strategies": [{"id": "r1", "title": "Rule", "name": "default", "constraints": [
              {"contextName": "plan", "operator": "NOT_IN", "values": ["free"], "inverted": false, "caseInsensitive": false},
              {"contextName": "email", "operator": "STR_ENDS_WITH", "values": ["@X.com"], "inverted": true, "caseInsensitive": true},
              {"contextName": "seats", "operator": "NUM_GTE", "value": "10", "inverted": false, "caseInsensitive": false},
              {"contextName": "currentTime", "operator": "DATE_BEFORE", "value": "2030-01-01T00:00:00Z", "inverted": false, "caseInsensitive": false},
              {"contextName": "version", "operator": "SEMVER_LT", "value": "2.0.0", "inverted": false, "caseInsensitive": false},
              {"contextName": "ip", "operator": "IN_CIDR", "values": ["10.0.0.0/8"], "inverted": false, "caseInsensitive": false},
              {"contextName": "email", "operator": "REGEX", "value": "^a", "inverted": false, "caseInsensitive": true}],
            "parameters": {}, )" + strategyEnd);
    row("a variation: one variant, always chosen", one("", R"({"variation": "red"})"),
        R"({"enabled": true, "strategies": [{"id": "r1", "title": "Rule", "name": "default", "constraints": [], "parameters": {"groupId": "f"}, "segments": [],
              "variants": [{"name": "red", "weight": 1000, "weightType": "variable", "stickiness": "default", "payload": {"type": "json", "value": "{\"x\":1}"}}]}], "variants": []})");
    row("a split: strategy variants with the salt as groupId", one("", R"({"split": {"weights": [{"variation": "blue", "weight": 300}, {"variation": "red", "weight": 700}], "total": 1000,
            "stickiness": ["tenant"], "absence": "random", "salt": "g", "scheme": "unleash"}})"),
        R"({"enabled": true, "strategies": [{"id": "r1", "title": "Rule", "name": "default", "constraints": [], "parameters": {"groupId": "g"}, "segments": [],
              "variants": [{"name": "blue", "weight": 300, "weightType": "variable", "stickiness": "tenant", "payload": {"type": "string", "value": "B"}},
                           {"name": "red", "weight": 700, "weightType": "variable", "stickiness": "tenant", "payload": {"type": "json", "value": "{\"x\":1}"}}]}], "variants": []})");
    row("the default serve: a last default strategy; rules serving off at the end dropped",
        "[" + flagWith(R"([{"conditions": [{"type": "userList", "values": ["u1"]}], "serve": {"variation": "on"}},
                           {"conditions": [{"type": "userList", "values": ["u2"]}], "serve": {"variation": "off"}}])", R"({"variation": "off"})", "f") + ", "
            + flagWith(R"([{"conditions": [{"type": "userList", "values": ["u1"]}], "serve": {"variation": "off"}}])", R"({"variation": "off"})", "g") + "]",
        R"({"enabled": true, "strategies": [{"name": "userWithId", "constraints": [], "parameters": {"userIds": "u1"}, )" + strategyEnd);
    row("dependencies: enabled, disabled, variants",
        "[" + flagWith(R"([{"conditions": [], "serve": {"variation": "blue"}}])", R"({"variation": "off"})", "p") + ", "
            + flagWith(R"([{"conditions": [{"type": "prerequisite", "flag": "p", "variations": ["off"]}], "serve": {"variation": "off"}},
                           {"conditions": [{"type": "prerequisite", "flag": "p", "variations": []}], "serve": {"variation": "off"}},
                           {"conditions": [{"type": "prerequisite", "flag": "p", "variations": ["off", "red"]}], "serve": {"variation": "off"}}])",
                       R"({"variation": "on"})") + "]",
        R"({"enabled": true, "strategies": [], "variants": [], "dependencies": [{"feature": "p"}, {"feature": "p", "enabled": false},
              {"feature": "p", "variants": ["disabled", "blue"]}]})");

    // Disabled rules: "disabled", which SDKs do not read, and a last constraint that never
    // holds, which they do.
    const QByteArray gate = R"({"contextName": "userId", "operator": "IN", "values": [], "inverted": false, "caseInsensitive": false})";
    row("a disabled rule: disabled, and a constraint that never holds",
        "[" + flagWith(R"([{"id": "r1", "disabled": true, "conditions": [{"type": "userList", "values": ["u1"]},
                               {"type": "constraint", "attribute": "plan", "operator": "IN", "values": ["pro"]}], "serve": {"variation": "on"}}])",
                       R"({"variation": "on"})") + "]",
        R"({"enabled": true, "strategies": [
              {"id": "r1", "name": "userWithId", "constraints": [{"contextName": "plan", "operator": "IN", "values": ["pro"], "inverted": false, "caseInsensitive": false}, )" + gate + R"(],
               "parameters": {"userIds": "u1"}, "segments": [], "variants": [], "disabled": true},
              {"name": "default", "constraints": [], "parameters": {}, "segments": [], "variants": []}], "variants": []})");
    row("disabled rules Unleash cannot express (off, a schedule, an error) are left out",
        "[" + flagWith(R"([{"disabled": true, "conditions": [{"type": "userList", "values": ["u1"]}], "serve": {"variation": "off"}},
                           {"disabled": true, "conditions": [{"type": "schedule", "start": "2024-01-01T00:00:00"}], "serve": {"variation": "on"}},
                           {"disabled": true, "conditions": [], "serve": {"error": "GENERAL", "source": "x"}},
                           {"conditions": [{"type": "userList", "values": ["u2"]}], "serve": {"variation": "on"}},
                           {"disabled": true, "conditions": [], "serve": {"split": {"weights": [{"variation": "blue", "weight": 1}], "total": 1}}}])") + "]",
        R"({"enabled": true, "strategies": [{"name": "userWithId", "constraints": [], "parameters": {"userIds": "u2"}, )" + strategyEnd);
    row("a disabled rule does not stop at a rule serving off",
        "[" + flagWith(R"([{"conditions": [{"type": "userList", "values": ["u1"]}], "serve": {"variation": "on"}},
                           {"conditions": [{"type": "userList", "values": ["u2"]}], "serve": {"variation": "off"}},
                           {"disabled": true, "conditions": [{"type": "userList", "values": ["u3"]}], "serve": {"variation": "on"}}])") + "]",
        R"({"enabled": true, "strategies": [{"name": "userWithId", "constraints": [], "parameters": {"userIds": "u1"}, )" + strategyEnd);
    row("only disabled rules: strategies that never hold",
        "[" + flagWith(R"([{"disabled": true, "conditions": [], "serve": {"variation": "on"}}])") + "]",
        R"({"enabled": true, "strategies": [{"name": "default", "constraints": [)" + gate + R"(], "parameters": {}, "segments": [], "variants": [], "disabled": true}], "variants": []})");
    row("a disabled rule among the dependency rules: a strategy before the others",
        "[" + flagWith(R"([{"conditions": [], "serve": {"variation": "blue"}}])", R"({"variation": "off"})", "p") + ", "
            + flagWith(R"([{"conditions": [{"type": "prerequisite", "flag": "p", "variations": ["off"]}], "serve": {"variation": "off"}},
                           {"disabled": true, "conditions": [{"type": "userList", "values": ["u1"]}], "serve": {"variation": "blue"}},
                           {"conditions": [{"type": "prerequisite", "flag": "p", "variations": []}], "serve": {"variation": "off"}}])",
                       R"({"variation": "on"})") + "]",
        R"({"enabled": true, "strategies": [
              {"name": "userWithId", "constraints": [)" + gate + R"(], "parameters": {"userIds": "u1", "groupId": "f"}, "segments": [],
               "variants": [{"name": "blue", "weight": 1000, "weightType": "variable", "stickiness": "default", "payload": {"type": "string", "value": "B"}}],
               "disabled": true},
              {"name": "default", "constraints": [], "parameters": {}, "segments": [], "variants": []}],
            "variants": [], "dependencies": [{"feature": "p"}, {"feature": "p", "enabled": false}]})");
    row("a parent whose only prerequisite is in a disabled rule has no dependencies",
        "[" + flagWith("[]", R"({"variation": "on"})", "q") + ", "
            + flagWith(R"([{"disabled": true, "conditions": [{"type": "prerequisite", "flag": "q", "variations": ["off"]}], "serve": {"variation": "off"}}])",
                       R"({"variation": "blue"})", "p") + ", "
            + flagWith(R"([{"conditions": [{"type": "prerequisite", "flag": "p", "variations": ["off"]}], "serve": {"variation": "off"}}])",
                       R"({"variation": "on"})") + "]",
        R"({"enabled": true, "strategies": [], "variants": [], "dependencies": [{"feature": "p"}]})");
    // Written before Rule::disabled, and by nothing since: now a disabled rule.
    row("an older import's disabled strategy (named so, a last 0 % gate): a disabled rule",
        "[" + flagWith(R"j([{"name": "Beta (disabled)", "conditions": [{"type": "userList", "values": ["u1"]},
                               {"type": "percentage", "percentage": 0, "scheme": "unleash"}], "serve": {"variation": "on"}}])j") + "]",
        R"({"enabled": true, "strategies": [{"title": "Beta", "name": "userWithId", "constraints": [)" + gate + R"(],
              "parameters": {"userIds": "u1"}, "segments": [], "variants": [], "disabled": true}], "variants": []})");
}

void TestUnleashExport::mapping()
{
    QFETCH(QByteArray, flags);
    QFETCH(QByteArray, feature);
    Problems refused;
    const QJsonObject doc = document(workspace(flags, Segments), &refused);
    QVERIFY2(refused.isEmpty(), qPrintable(problemsText(refused)));
    const QJsonArray features = doc.value(u"features"_s).toArray();
    QJsonObject found;
    for (const QJsonValue &f : features) {
        if (f.toObject().value(u"name"_s).toString() == u"f")
            found = f.toObject();
    }
    QCOMPARE(compact(decisive(found)), compact(json(feature)));
}

void TestUnleashExport::segments()
{
    // A segment keyed by an id becomes an Unleash segment; another is inlined.
    const QByteArray flags = "[" + flagWith(R"([{"conditions": [{"type": "segment", "segment": "7"}, {"type": "segment", "segment": "eu"}], "serve": {"variation": "on"}}])") + "]";
    Problems refused;
    const QJsonObject doc = document(workspace(flags, Segments), &refused);
    QVERIFY2(refused.isEmpty(), qPrintable(problemsText(refused)));
    QCOMPARE(compact(doc.value(u"segments"_s)),
             compact(json(R"([{"id": 7, "name": "Seven", "description": "d", "constraints": [{"contextName": "country", "operator": "IN", "values": ["de"], "inverted": false, "caseInsensitive": false}]}])")));
    const QJsonObject strategy = doc.value(u"features"_s).toArray().at(0).toObject().value(u"strategies"_s).toArray().at(0).toObject();
    QCOMPARE(compact(strategy.value(u"segments"_s)), compact(json("[7]")));
    QCOMPARE(compact(strategy.value(u"constraints"_s)),
             compact(json(R"([{"contextName": "region", "operator": "IN", "values": ["eu"], "inverted": false, "caseInsensitive": false}])")));
}

void TestUnleashExport::shape()
{
    Problems refused;
    const std::optional<QByteArray> bytes = UnleashExport::write(workspace("[" + flagWith("[]", R"({"variation": "on"})") + "]"), u"prod"_s, false, &refused);
    QVERIFY(bytes);
    QCOMPARE(*bytes, QByteArray(R"({
  "version": 2,
  "features": [
    {
      "description": "",
      "enabled": true,
      "impressionData": false,
      "name": "f",
      "project": "default",
      "stale": false,
      "strategies": [],
      "type": "release",
      "variants": []
    }
  ],
  "segments": []
}
)"));
}

void TestUnleashExport::refused_data()
{
    QTest::addColumn<QByteArray>("flags");
    QTest::addColumn<QString>("reason");
    const auto one = [](const QByteArray &conditions, const QByteArray &serve = R"({"variation": "on"})") -> QByteArray {
        return "[" + flagWith("[{\"conditions\": [" + conditions + "], \"serve\": " + serve + "}]") + "]";
    };
    const auto row = [](const char *name, const QByteArray &flags, const QString &reason) {
        QTest::newRow(name) << flags << reason;
    };
    row("off before something else",
        "[" + flagWith(R"([{"conditions": [{"type": "userList", "values": ["u1"]}], "serve": {"variation": "off"}}, {"conditions": [], "serve": {"variation": "on"}}])") + "]",
        u"f: rule 1: serves the off variation before rule 2, which serves something else (an Unleash strategy that matches enables the feature)"_s);
    row("off before a default serve",
        "[" + flagWith(R"([{"conditions": [{"type": "userList", "values": ["u1"]}], "serve": {"variation": "off"}}])", R"({"variation": "on"})") + "]",
        u"f: rule 1: serves the off variation before the default serve, which serves something else (an Unleash strategy that matches enables the feature)"_s);
    row("flagd scheme", one(R"({"type": "percentage", "percentage": 5})"),
        u"f: rule 1: a percentage with bucketing scheme flagd (Unleash buckets with its own scheme only)"_s);
    row("percentage stickiness", one(R"({"type": "percentage", "percentage": 5, "stickiness": ["a", "b"], "scheme": "unleash"})"),
        u"f: rule 1: a percentage with this stickiness cannot be expressed in Unleash (it has default = userId, sessionId at random, random, or one attribute, skipped when absent)"_s);
    row("two tests", one(R"({"type": "percentage", "percentage": 5, "scheme": "unleash"}, {"type": "percentage", "percentage": 6, "scheme": "unleash"})"),
        u"f: rule 1: a rule with a percentage and another user list, percentage or IP test cannot be one Unleash strategy"_s);
    row("schedule", one(R"({"type": "schedule", "start": "2024-01-01T00:00:00"})"), u"f: rule 1: schedules cannot be expressed in Unleash"_s);
    row("plugin", one(R"({"type": "plugin", "plugin": "weekday", "config": {}})"), u"f: rule 1: plugin \"weekday\" cannot be expressed in Unleash"_s);
    row("prerequisite in a strategy",
        one(R"({"type": "prerequisite", "flag": "q"}, {"type": "userList", "values": ["u"]})").chopped(1) + ", " + flagWith("[]", R"({"variation": "on"})", "q") + "]",
        u"f: rule 1: a prerequisite other than a leading rule serving the off variation cannot be expressed as an Unleash dependency"_s);
    row("PRESENT", one(R"({"type": "constraint", "attribute": "x", "operator": "PRESENT", "values": []})"),
        u"f: rule 1: Unleash SDKs do not know operator PRESENT"_s);
    row("ABSENT", one(R"({"type": "constraint", "attribute": "x", "operator": "ABSENT", "values": []})"),
        u"f: rule 1: Unleash SDKs do not know operator ABSENT"_s);
    row("two values for a single operator", one(R"({"type": "constraint", "attribute": "x", "operator": "NUM_EQ", "values": ["1", "2"]})"),
        u"f: rule 1: operator NUM_EQ with 2 value(s): Unleash compares with exactly one"_s);
    row("date on another attribute", one(R"({"type": "constraint", "attribute": "x", "operator": "DATE_AFTER", "values": ["2024-01-01T00:00:00Z"]})"),
        u"f: rule 1: operator DATE_AFTER on \"x\": Unleash SDKs compare dates with currentTime only"_s);
    row("case-insensitive IN", one(R"({"type": "constraint", "attribute": "x", "operator": "IN", "values": ["Pro"], "caseInsensitive": true})"),
        u"f: rule 1: operator IN with caseInsensitive: Unleash SDKs compare IN and NOT_IN exactly"_s);
    row("split over on", one("", R"({"split": {"weights": [{"variation": "on", "weight": 1}, {"variation": "blue", "weight": 1}], "total": 2, "stickiness": ["userId"], "absence": "random", "salt": "g", "scheme": "unleash"}})"),
        u"f: strategy 1: a split over variation \"on\", which Unleash would answer as an enabled variant and Pennon's Unleash dialect does not"_s);
    row("split stickiness", one("", R"({"split": {"weights": [{"variation": "blue", "weight": 1}], "total": 1, "stickiness": ["userId"], "absence": "skip", "salt": "g", "scheme": "unleash"}})"),
        u"f: strategy 1: a split with this stickiness cannot be expressed in Unleash (variants stick to default = userId, sessionId, remoteAddress, or one attribute, at random when absent)"_s);
    row("gate and split salts differ", one(R"({"type": "percentage", "percentage": 5, "salt": "a", "stickiness": ["userId"], "scheme": "unleash"})",
                                           R"({"split": {"weights": [{"variation": "blue", "weight": 1}], "total": 1, "stickiness": ["userId"], "absence": "random", "salt": "b", "scheme": "unleash"}})"),
        u"f: strategy 1: the percentage's salt \"a\" and the split's \"b\" differ: an Unleash strategy has one groupId"_s);
    row("served error", one(R"({"type": "userList", "values": ["u1"]})", R"({"error": "GENERAL", "source": "maybe"})"),
        u"f: rule 1: serves no value or an error, which Unleash cannot express"_s);
    row("no value by default", "[" + flagWith("[]", R"({"noValue": true})") + "]",
        u"f: default serve: serves no value or an error, which Unleash cannot express"_s);
    row("transitive dependency",
        "[" + flagWith(R"([{"conditions": [{"type": "prerequisite", "flag": "q"}], "serve": {"variation": "off"}}])", R"({"variation": "on"})", "p") + ", "
            + flagWith("[]", R"({"variation": "on"})", "q") + ", "
            + flagWith(R"([{"conditions": [{"type": "prerequisite", "flag": "p", "variations": ["off"]}], "serve": {"variation": "off"}}])", R"({"variation": "on"})") + "]",
        u"f: rule 1: depends on \"p\", which has prerequisites itself (Unleash SDKs do not follow dependencies transitively)"_s);
}

void TestUnleashExport::refused()
{
    QFETCH(QByteArray, flags);
    QFETCH(QString, reason);
    Problems refused;
    QVERIFY(!UnleashExport::write(workspace(flags, Segments), u"prod"_s, false, &refused));
    QCOMPARE(problemsText(refused), reason);
}

void TestUnleashExport::lenientLeavesOutDependents()
{
    const QByteArray flags = "[" + flagWith(R"([{"conditions": [{"type": "schedule", "start": "2024-01-01T00:00:00"}], "serve": {"variation": "on"}}])", R"({"variation": "off"})", "parent")
        + ", " + flagWith(R"([{"conditions": [{"type": "prerequisite", "flag": "parent", "variations": ["off"]}], "serve": {"variation": "off"}}])", R"({"variation": "on"})", "child")
        + ", " + flagWith("[]", R"({"variation": "on"})", "other") + "]";
    Problems strict;
    QVERIFY(!UnleashExport::write(workspace(flags), u"prod"_s, false, &strict));
    Problems refused;
    const QJsonObject doc = document(workspace(flags), &refused, true);
    QCOMPARE(problemsText(refused),
             u"child: depends on \"parent\", which is not exported\n"
             "parent: rule 1: schedules cannot be expressed in Unleash"_s);
    const QJsonArray features = doc.value(u"features"_s).toArray();
    QCOMPARE(features.size(), 1);
    QCOMPARE(features.at(0).toObject().value(u"name"_s).toString(), u"other"_s);
}

void TestUnleashExport::roundTrip_data()
{
    QTest::addColumn<QByteArray>("state");
    const QStringList files = conformanceFiles();
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << conformanceState(file);
    QTest::newRow("dependencies, one on a feature with dependencies itself") << QByteArray(R"({"version": 2, "features": [
        {"name": "a", "enabled": true, "strategies": [{"name": "default"}]},
        {"name": "b", "enabled": true, "strategies": [{"name": "userWithId", "parameters": {"userIds": "u1,u2"}}], "dependencies": [{"feature": "a"}]},
        {"name": "c", "enabled": true, "strategies": [{"name": "default"}], "dependencies": [{"feature": "b"}, {"feature": "a", "enabled": false}]},
        {"name": "d", "enabled": false, "strategies": [], "variants": [{"name": "v", "weight": 1, "stickiness": "tenant"}],
         "dependencies": [{"feature": "a", "variants": ["disabled"]}]}], "segments": []})");
    QTest::newRow("disabled and unknown strategies, segments") << QByteArray(R"({"version": 1, "features": [
        {"name": "e", "enabled": true, "strategies": [
            {"name": "flexibleRollout", "disabled": true, "segments": [3], "parameters": {"rollout": "40", "stickiness": "default", "groupId": "e"}},
            {"name": "myCustom", "parameters": {"x": "1"}},
            {"name": "default", "title": "Everyone else", "constraints": [{"contextName": "plan", "operator": "STR_CONTAINS", "values": ["pro"], "caseInsensitive": true}]}]}],
        "segments": [{"id": 3, "name": "Three", "constraints": [{"contextName": "country", "operator": "NOT_IN", "values": ["fr"]}]}]})");
    const QByteArray gate = R"({"contextName": "userId", "operator": "IN", "values": [], "inverted": false, "caseInsensitive": false})";
    QTest::newRow("Pennon's disabled rules: a user list, a rollout with overrides, an unknown strategy") << QByteArray(R"({"version": 2, "features": [
        {"name": "g", "enabled": true, "strategies": [
            {"name": "userWithId", "id": "s1", "parameters": {"userIds": "u1,u2"}, "constraints": [)" + gate + R"(], "disabled": true},
            {"name": "flexibleRollout", "parameters": {"rollout": "50", "stickiness": "default", "groupId": "g"}, "disabled": true,
             "constraints": [{"contextName": "plan", "operator": "IN", "values": ["pro"], "inverted": false, "caseInsensitive": false}, )" + gate + R"(],
             "variants": [{"name": "v1", "weight": 500, "weightType": "variable", "stickiness": "default", "overrides": [{"contextName": "userId", "values": ["u9"]}]},
                          {"name": "v2", "weight": 500, "weightType": "variable", "stickiness": "default"}]},
            {"name": "myCustom", "constraints": [)" + gate + R"(], "disabled": true},
            {"name": "userWithId", "parameters": {"userIds": "u3"}}]},
        {"name": "h", "enabled": true, "strategies": [{"name": "default", "constraints": [)" + gate + R"(], "disabled": true}]}],
        "segments": []})");
    QTest::newRow("a chain of three dependencies, the first on a feature depending on one with dependencies")
        << QByteArray(R"({"version": 2, "features": [
        {"name": "a", "enabled": true, "strategies": [{"name": "default"}], "dependencies": [{"feature": "x"}]},
        {"name": "x", "enabled": true, "strategies": [{"name": "default"}]},
        {"name": "b", "enabled": true, "strategies": [{"name": "default"}], "dependencies": [{"feature": "a", "enabled": false}]},
        {"name": "c", "enabled": true, "strategies": [{"name": "default"}], "dependencies": [{"feature": "b", "variants": ["disabled"]}]}],
        "segments": []})");
    QTest::newRow("feature variants beside a strategy's own, groupId not the feature's name") << QByteArray(R"({"version": 2, "features": [
        {"name": "f", "enabled": true, "strategies": [
            {"name": "flexibleRollout", "parameters": {"rollout": "30", "stickiness": "default", "groupId": "group-3"}},
            {"name": "userWithId", "parameters": {"userIds": "u1", "groupId": "f"},
             "variants": [{"name": "own", "weight": 1000, "weightType": "variable", "stickiness": "default", "payload": {"type": "string", "value": "o"}}]}],
         "variants": [{"name": "red", "weight": 500, "weightType": "variable", "stickiness": "default"},
                      {"name": "blue", "weight": 500, "weightType": "variable", "stickiness": "default"}]}], "segments": []})");
}

void TestUnleashExport::roundTrip()
{
    QFETCH(QByteArray, state);
    Problems problems;
    const std::optional<Workspace> imported = UnleashImport::read(state, u"default"_s, &problems);
    QVERIFY2(imported, qPrintable(problemsText(problems)));
    Problems refused;
    const std::optional<QByteArray> exported = UnleashExport::write(*imported, u"default"_s, false, &refused);
    QVERIFY2(exported, qPrintable(problemsText(refused)));
    const std::optional<Workspace> again = UnleashImport::read(*exported, u"default"_s, &problems);
    QVERIFY2(again, qPrintable(problemsText(problems)));
    QCOMPARE(PennonJson::write(*again), PennonJson::write(*imported)); // readable on failure
    QVERIFY(*again == *imported);
    const std::optional<QByteArray> exportedAgain = UnleashExport::write(*again, u"default"_s, false, &refused);
    QVERIFY(exportedAgain);
    QCOMPARE(*exportedAgain, *exported);
}

void TestUnleashExport::cli()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString state = dir.filePath(u"state.json"_s);
    {
        QFile f(state);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(conformanceState(u"08-variants.json"_s));
    }
    const CtlRun run = runPennonCtl({u"export"_s, u"--from"_s, state, u"--from-format"_s, u"unleash"_s, u"--format"_s, u"unleash"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    Problems problems;
    const std::optional<Workspace> imported = UnleashImport::read(conformanceState(u"08-variants.json"_s), u"default"_s, &problems);
    QVERIFY(imported);
    Problems refused;
    QCOMPARE(run.out.toUtf8(), *UnleashExport::write(*imported, u"default"_s, false, &refused));

    const QString native = dir.filePath(u"ws.json"_s);
    {
        QFile f(native);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(PennonJson::write(workspace("[" + flagWith(R"([{"conditions": [{"type": "schedule", "start": "2024-01-01T00:00:00"}], "serve": {"variation": "on"}}])", R"({"variation": "off"})", "bad")
                                            + ", " + flagWith("[]", R"({"variation": "on"})", "good") + "]", "[]", "[]", true)));
    }
    const CtlRun noEnv = runPennonCtl({u"export"_s, u"--from"_s, native, u"--format"_s, u"unleash"_s});
    QCOMPARE(noEnv.exitCode, 2);
    QVERIFY2(noEnv.err.contains(u"choose one with --env"_s), qPrintable(noEnv.err));
    const CtlRun strict = runPennonCtl({u"export"_s, u"--from"_s, native, u"--format"_s, u"unleash"_s, u"--env"_s, u"prod"_s});
    QCOMPARE(strict.exitCode, 2);
    QCOMPARE(strict.out, QString());
    QCOMPARE(strict.err, u"pennonctl: export: bad: rule 1: schedules cannot be expressed in Unleash\n"
                         "pennonctl: export: 1 flag cannot be expressed in Unleash exactly; nothing written (--lenient leaves it out)\n"_s);
    const CtlRun lenient = runPennonCtl({u"export"_s, u"--from"_s, native, u"--format"_s, u"unleash"_s, u"--env"_s, u"prod"_s, u"--lenient"_s});
    QCOMPARE(lenient.exitCode, 0);
    QCOMPARE(lenient.err, u"pennonctl: export: skipped bad: rule 1: schedules cannot be expressed in Unleash\n"_s);
    QVERIFY(lenient.out.contains(u"\"name\": \"good\""_s));
    QVERIFY(!lenient.out.contains(u"\"name\": \"bad\""_s));
}

void TestUnleashExport::disabledRulesNeverHoldForSdks()
{
    // Every shape of disabled rule, each of which would answer if it were evaluated.
    const QByteArray flags = "[" + flagWith(R"([
        {"disabled": true, "conditions": [{"type": "userList", "values": ["u1"]}], "serve": {"variation": "blue"}},
        {"disabled": true, "conditions": [{"type": "percentage", "percentage": 100, "stickiness": ["userId", "sessionId"], "absence": "random", "salt": "f", "scheme": "unleash"}],
         "serve": {"split": {"weights": [{"variation": "blue", "weight": 1}, {"variation": "red", "weight": 1}], "total": 2,
                             "stickiness": ["userId", "sessionId", "remoteAddress"], "absence": "random", "salt": "f", "scheme": "unleash"}}},
        {"conditions": [{"type": "constraint", "attribute": "plan", "operator": "IN", "values": ["pro"]}], "serve": {"variation": "red"}},
        {"disabled": true, "conditions": [{"type": "segment", "segment": "7"}], "serve": {"variation": "on"}},
        {"disabled": true, "conditions": [], "serve": {"variation": "on"}}])", R"({"variation": "off"})") + "]";
    const Workspace w = workspace(flags, Segments);
    Problems problems;
    const std::optional<QByteArray> bytes = UnleashExport::write(w, u"prod"_s, false, &problems);
    QVERIFY2(bytes, qPrintable(problemsText(problems)));
    const QJsonArray strategies = QJsonDocument::fromJson(*bytes).object().value(u"features"_s).toArray()
                                      .at(0).toObject().value(u"strategies"_s).toArray();
    QCOMPARE(strategies.size(), 5);

    // As an SDK reads the export: "disabled" is not looked at.
    const auto withoutDisabled = [](QByteArray text) {
        QJsonObject doc = QJsonDocument::fromJson(text).object();
        QJsonArray features = doc.value(u"features"_s).toArray();
        QJsonObject feature = features.at(0).toObject();
        QJsonArray list = feature.value(u"strategies"_s).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject strategy = list.at(i).toObject();
            strategy.remove(u"disabled"_s);
            list[i] = strategy;
        }
        feature.insert(u"strategies"_s, list);
        features[0] = feature;
        doc.insert(u"features"_s, features);
        return QJsonDocument(doc).toJson();
    };
    // Without the gate as well: what an export without it would make SDKs answer.
    const auto withoutGate = [](QByteArray text) {
        return text.replace(R"({"caseInsensitive":false,"contextName":"userId","inverted":false,"operator":"IN","values":[]})", "")
                   .replace(",]", "]").replace("[,", "[");
    };
    const QByteArray asSdks = withoutDisabled(*bytes);
    const std::optional<Workspace> sdk = UnleashImport::read(asSdks, u"prod"_s, &problems);
    QVERIFY2(sdk, qPrintable(problemsText(problems)));
    const std::optional<Workspace> back = UnleashImport::read(*bytes, u"prod"_s, &problems);
    QVERIFY2(back, qPrintable(problemsText(problems)));
    const QByteArray compactSdk = QJsonDocument::fromJson(asSdks).toJson(QJsonDocument::Compact);
    QVERIFY(compactSdk.contains(R"({"caseInsensitive":false,"contextName":"userId","inverted":false,"operator":"IN","values":[]})"));
    const std::optional<Workspace> ungated = UnleashImport::read(withoutGate(compactSdk), u"prod"_s, &problems);
    QVERIFY2(ungated, qPrintable(problemsText(problems)));

    const auto ours = Engine::compile(w, u"prod"_s);
    const auto sdks = Engine::compile(*sdk, u"prod"_s);
    const auto reimported = Engine::compile(*back, u"prod"_s);
    const auto evaluated = Engine::compile(*ungated, u"prod"_s);
    int differ = 0;
    const QList<QByteArray> contexts{R"({"userId": "u1"})", R"({"userId": "u1", "properties": {"plan": "pro"}})",
                                     R"({"userId": "u2", "properties": {"country": "de"}})", R"({"sessionId": "s1"})", "{}"};
    for (const QByteArray &text : contexts) {
        const auto context = Context::fromUnleashJson(json(text), QString(), &problems);
        QVERIFY(context);
        const QJsonObject expected = UnleashDialect::answer(*ours, ours->evaluate(u"f", *context));
        QCOMPARE(compact(UnleashDialect::answer(*sdks, sdks->evaluate(u"f", *context))), compact(expected));
        QCOMPARE(compact(UnleashDialect::answer(*reimported, reimported->evaluate(u"f", *context))), compact(expected));
        differ += compact(UnleashDialect::answer(*evaluated, evaluated->evaluate(u"f", *context))) != compact(expected) ? 1 : 0;
    }
    QCOMPARE(differ, contexts.size()); // without the gate, SDKs would answer otherwise for each
}

QTEST_GUILESS_MAIN(TestUnleashExport)
#include "tst_unleashexport.moc"
