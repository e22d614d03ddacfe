// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Unleash import: what each part of a client-API feature state becomes in the model, and
// every input that cannot be expressed refused at its exact JSON pointer.
//
// Expected rules and variations are written as Pennon JSON (docs/pennon-json.md), the model's
// lossless form, so that each row reads as "this Unleash feature becomes these rules".

#include "engine/bucketing.h"
#include "engine/engine.h"
#include "engine/unleashdialect.h"
#include "formats/pennonjson.h"
#include "formats/unleashimport.h"
#include "validation/validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

QByteArray state(const QByteArray &features, const QByteArray &segments = "[]")
{
    return "{\"version\": 1, \"features\": " + features + ", \"segments\": " + segments + "}";
}

QJsonValue json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in a test row: %s", qPrintable(error.errorString()));
    return document.array().at(0);
}

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

/// Every constraint and segment condition the import writes follows Unleash's rules
/// (ConditionSource::Unleash); the rows leave that out where they show other things.
QJsonValue importedSources(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(importedSources(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it)
        object.insert(it.key(), importedSources(it.value()));
    const QString type = object.value(u"type"_s).toString();
    // "source": "pennon" in a row marks a condition of Pennon's own making (written without it).
    // (User lists come from userWithId, Unleash's, and from variant overrides, Pennon's: rows
    // say which.)
    if (object.value(u"source"_s) == u"pennon"_s)
        object.remove(u"source"_s);
    else if ((type == u"constraint"_s || type == u"segment"_s || type == u"percentage"_s
              || type == u"ipCidr"_s) && !object.contains(u"source"_s))
        object.insert(u"source"_s, u"unleash"_s);
    return object;
}

QString problemsText(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

} // namespace

class TestUnleashImport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapping_data();
    void mapping();
    void variations_data();
    void variations();
    void segments();
    void flagAndEnvironment();
    void importedWorkspaceIsValidPennonJson();
    void refused_data();
    void refused();
    void reportsEveryProblem();
    void unknownOperatorsAreReported();
    void emptyGroupIdHashesAsEmpty();
    void traceNamesKeptBrokenParts();
    void brokenPartsEvaluateAsSdks_data();
    void brokenPartsEvaluateAsSdks();
};

// ---------------------------------------------------------------------------------------
// Mapping: features → rules of the feature at `flag` in the single environment.

void TestUnleashImport::mapping_data()
{
    QTest::addColumn<QByteArray>("features");
    QTest::addColumn<QByteArray>("segments");
    QTest::addColumn<int>("flag");
    QTest::addColumn<QByteArray>("rules");

    const auto row = [](const char *name, const QByteArray &features, const QByteArray &rules,
                        int flag = 0, const QByteArray &segments = "[]") {
        QTest::newRow(name) << features << segments << flag << rules;
    };

    // --- Strategies -------------------------------------------------------------------
    row("default strategy", R"([{"name": "f", "enabled": true, "strategies": [{"name": "default"}]}])",
        R"([{"name": "default", "conditions": [], "serve": {"variation": "on"}}])");
    row("no strategies: enabled for everyone", R"([{"name": "f", "enabled": true, "strategies": []}])",
        R"([{"conditions": [], "serve": {"variation": "on"}}])");
    row("strategy id and title", R"([{"name": "f", "enabled": true, "strategies": [
            {"id": "2b8a", "title": "Everybody", "name": "default", "parameters": {}}]}])",
        R"([{"id": "2b8a", "name": "Everybody", "conditions": [], "serve": {"variation": "on"}}])");
    row("userWithId: ids split as SDKs split them", R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "userWithId", "parameters": {"userIds": " 123, 222 ,88,,"}}]}])",
        R"([{"name": "userWithId", "conditions": [{"type": "userList", "values": [" 123", "222", "88", "", ""], "source": "unleash"}],
             "serve": {"variation": "on"}}])");
    row("gradualRolloutUserId", R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "gradualRolloutUserId", "parameters": {"percentage": "50", "groupId": "AB12A"}}]}])",
        R"([{"name": "gradualRolloutUserId", "conditions": [
               {"type": "percentage", "percentage": 50, "salt": "AB12A", "scheme": "unleash"}],
             "serve": {"variation": "on"}}])");
    row("gradualRolloutSessionId", R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "gradualRolloutSessionId", "parameters": {"percentage": "12.5", "groupId": "g"}}]}])",
        R"([{"name": "gradualRolloutSessionId", "conditions": [
               {"type": "percentage", "percentage": 12.5, "stickiness": ["sessionId"], "salt": "g",
                "scheme": "unleash"}],
             "serve": {"variation": "on"}}])");
    row("gradualRolloutUserId at 100 % needs no groupId", R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "gradualRolloutUserId", "parameters": {"percentage": 100}}]}])",
        R"([{"name": "gradualRolloutUserId", "conditions": [
               {"type": "percentage", "percentage": 100, "scheme": "unleash"}],
             "serve": {"variation": "on"}}])");
    row("gradualRolloutRandom", R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "gradualRolloutRandom", "parameters": {"percentage": "30"}}]}])",
        R"([{"name": "gradualRolloutRandom", "conditions": [
               {"type": "percentage", "percentage": 30, "stickiness": [], "absence": "random",
                "scheme": "unleash"}],
             "serve": {"variation": "on"}}])");
    row("flexibleRollout, default stickiness", R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "flexibleRollout", "parameters": {"rollout": "25", "stickiness": "default", "groupId": "g1"}}]}])",
        R"([{"name": "flexibleRollout", "conditions": [
               {"type": "percentage", "percentage": 25, "stickiness": ["userId", "sessionId"],
                "absence": "random", "salt": "g1", "scheme": "unleash"}],
             "serve": {"variation": "on"}}])");
    row("flexibleRollout, random stickiness", R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "flexibleRollout", "parameters": {"rollout": "25", "stickiness": "random", "groupId": "g1"}}]}])",
        R"([{"name": "flexibleRollout", "conditions": [
               {"type": "percentage", "percentage": 25, "stickiness": [], "absence": "random",
                "salt": "g1", "scheme": "unleash"}],
             "serve": {"variation": "on"}}])");
    row("flexibleRollout, custom stickiness, no groupId", R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "flexibleRollout", "parameters": {"rollout": "60", "stickiness": "tenantId"}}]}])",
        R"([{"name": "flexibleRollout", "conditions": [
               {"type": "percentage", "percentage": 60, "stickiness": ["tenantId"], "scheme": "unleash"}],
             "serve": {"variation": "on"}}])");
    row("flexibleRollout, userId stickiness", R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "flexibleRollout", "parameters": {"rollout": "5", "stickiness": "userId", "groupId": "f"}}]}])",
        R"([{"name": "flexibleRollout", "conditions": [
               {"type": "percentage", "percentage": 5, "salt": "f", "scheme": "unleash"}],
             "serve": {"variation": "on"}}])");
    row("remoteAddress: entries as SDKs split them", R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "remoteAddress", "parameters": {"IPs": "10.0.0.1, 192.invalid ,2001:db8::/32"}}]}])",
        R"([{"name": "remoteAddress", "conditions": [{"type": "ipCidr", "values": ["10.0.0.1", "192.invalid", "2001:db8::/32"]}],
             "serve": {"variation": "on"}}])");
    row("unknown strategy never holds", R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "tenantStrategy", "parameters": {"tenants": "a,b"}}, {"name": "default"}]}])",
        R"j([{"name": "tenantStrategy (unknown strategy: never enabled)", "conditions": [
               {"type": "percentage", "percentage": 0, "scheme": "unleash", "source": "pennon"}], "serve": {"variation": "on"}},
            {"name": "default", "conditions": [], "serve": {"variation": "on"}}])j");
    row("unknown operator kept as written; SEMVER_GTE is known", R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "default", "constraints": [{"contextName": "x", "operator": "FOO", "values": ["1"], "inverted": true},
                                                {"contextName": "y", "operator": "SEMVER_GTE", "value": "1.0.0"}]}]}])",
        R"j([{"name": "default", "conditions": [
               {"type": "constraint", "attribute": "x", "operator": "FOO", "values": ["1"], "negate": true},
               {"type": "constraint", "attribute": "y", "operator": "SEMVER_GTE", "values": ["1.0.0"]}],
             "serve": {"variation": "on"}}])j");
    row("disabled strategy is evaluated, as SDKs do", R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "default", "disabled": true}]}])",
        R"j([{"name": "default", "conditions": [], "serve": {"variation": "on"}}])j");
    // Pennon's export of a disabled rule: "disabled" and a last constraint that never holds.
    const QByteArray gate = R"({"contextName": "userId", "operator": "IN", "values": [], "inverted": false, "caseInsensitive": false})";
    row("disabled with the never-holding constraint last: a disabled rule without it",
        R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "userWithId", "parameters": {"userIds": "u1"}, "disabled": true,
             "constraints": [{"contextName": "plan", "operator": "IN", "values": ["pro"]}, )" + gate + R"(]},
            {"name": "default", "disabled": true, "constraints": [{"contextName": "userId", "operator": "IN", "values": []}]}]}])",
        R"([{"name": "userWithId", "disabled": true, "conditions": [
               {"type": "constraint", "attribute": "plan", "operator": "IN", "values": ["pro"]},
               {"type": "userList", "values": ["u1"], "source": "unleash"}], "serve": {"variation": "on"}},
            {"name": "default", "disabled": true, "conditions": [], "serve": {"variation": "on"}}])");
    row("a disabled strategy's variant overrides are disabled rules too",
        R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "default", "disabled": true, "constraints": [)" + gate + R"(], "parameters": {"groupId": "g"},
             "variants": [{"name": "a", "weight": 1000, "stickiness": "default", "overrides": [{"contextName": "userId", "values": ["u9"]}]}]}]}])",
        R"([{"name": "default", "disabled": true, "conditions": [{"type": "userList", "values": ["u9"], "source": "pennon"}],
             "serve": {"variation": "a"}},
            {"name": "default", "disabled": true, "conditions": [],
             "serve": {"split": {"weights": [{"variation": "a", "weight": 1000}], "total": 1000,
                                 "stickiness": ["userId", "sessionId", "remoteAddress"], "absence": "random", "salt": "g", "scheme": "unleash"}}}])");
    row("the never-holding constraint without \"disabled\": a constraint like any other",
        R"([{"name": "f", "enabled": true, "strategies": [{"name": "default", "constraints": [)" + gate + R"(]}]}])",
        R"([{"name": "default", "conditions": [{"type": "constraint", "attribute": "userId", "operator": "IN"}],
             "serve": {"variation": "on"}}])");
    row("disabled with the never-holding constraint not last: evaluated",
        R"([{"name": "f", "enabled": true, "strategies": [{"name": "default", "disabled": true, "constraints": [)" + gate
            + R"(, {"contextName": "plan", "operator": "IN", "values": ["pro"]}]}]}])",
        R"([{"name": "default", "conditions": [{"type": "constraint", "attribute": "userId", "operator": "IN"},
                                                {"type": "constraint", "attribute": "plan", "operator": "IN", "values": ["pro"]}],
             "serve": {"variation": "on"}}])");
    row("disabled with an inverted empty IN last: evaluated (that one always holds)",
        R"([{"name": "f", "enabled": true, "strategies": [{"name": "default", "disabled": true,
            "constraints": [{"contextName": "userId", "operator": "IN", "values": [], "inverted": true}]}]}])",
        R"([{"name": "default", "conditions": [{"type": "constraint", "attribute": "userId", "operator": "IN", "negate": true}],
             "serve": {"variation": "on"}}])");
    row("strategies in order", R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "userWithId", "parameters": {"userIds": "1"}}, {"name": "default"}]}])",
        R"([{"name": "userWithId", "conditions": [{"type": "userList", "values": ["1"], "source": "unleash"}], "serve": {"variation": "on"}},
            {"name": "default", "conditions": [], "serve": {"variation": "on"}}])");

    // --- Constraints -----------------------------------------------------------------
    row("IN and NOT_IN", R"([{"name": "f", "enabled": true, "strategies": [{"name": "default", "constraints": [
            {"contextName": "environment", "operator": "IN", "values": ["prod", "dev"]},
            {"contextName": "appName", "operator": "NOT_IN", "values": ["web"], "inverted": false}]}]}])",
        R"([{"name": "default", "conditions": [
               {"type": "constraint", "attribute": "environment", "operator": "IN", "values": ["prod", "dev"]},
               {"type": "constraint", "attribute": "appName", "operator": "NOT_IN", "values": ["web"]}],
             "serve": {"variation": "on"}}])");
    row("empty value lists are kept", R"([{"name": "f", "enabled": true, "strategies": [{"name": "default", "constraints": [
            {"contextName": "environment", "operator": "IN", "values": []},
            {"contextName": "environment", "operator": "NOT_IN"}]}]}])",
        R"([{"name": "default", "conditions": [
               {"type": "constraint", "attribute": "environment", "operator": "IN"},
               {"type": "constraint", "attribute": "environment", "operator": "NOT_IN"}],
             "serve": {"variation": "on"}}])");
    // SDKs fold case for STR_* and REGEX only: IN and NOT_IN stay exact (unleash-client 6.12.1,
    // found by the interop test), whatever caseInsensitive says.
    row("inverted and caseInsensitive", R"([{"name": "f", "enabled": true, "strategies": [{"name": "default", "constraints": [
            {"contextName": "email", "operator": "STR_ENDS_WITH", "values": ["@Example.com"], "inverted": true,
             "caseInsensitive": true},
            {"contextName": "country", "operator": "IN", "values": ["NO"], "caseInsensitive": true},
            {"contextName": "country", "operator": "NOT_IN", "values": ["SE"], "caseInsensitive": true}]}]}])",
        R"([{"name": "default", "conditions": [
               {"type": "constraint", "attribute": "email", "operator": "STR_ENDS_WITH", "values": ["@Example.com"],
                "negate": true, "caseInsensitive": true},
               {"type": "constraint", "attribute": "country", "operator": "IN", "values": ["NO"]},
               {"type": "constraint", "attribute": "country", "operator": "NOT_IN", "values": ["SE"]}],
             "serve": {"variation": "on"}}])");
    row("string operators", R"([{"name": "f", "enabled": true, "strategies": [{"name": "default", "constraints": [
            {"contextName": "a", "operator": "STR_CONTAINS", "values": ["x", "y"]},
            {"contextName": "a", "operator": "STR_STARTS_WITH", "values": ["e1"]}]}]}])",
        R"([{"name": "default", "conditions": [
               {"type": "constraint", "attribute": "a", "operator": "STR_CONTAINS", "values": ["x", "y"]},
               {"type": "constraint", "attribute": "a", "operator": "STR_STARTS_WITH", "values": ["e1"]}],
             "serve": {"variation": "on"}}])");
    row("single values: value, not values; dates compare currentTime", R"([{"name": "f", "enabled": true, "strategies": [{"name": "default", "constraints": [
            {"contextName": "n", "operator": "NUM_EQ", "value": "12.0", "values": []},
            {"contextName": "n", "operator": "NUM_GT", "value": 12},
            {"contextName": "n", "operator": "NUM_GTE", "value": "1e3"},
            {"contextName": "n", "operator": "NUM_LT", "value": "-1.5", "inverted": true},
            {"contextName": "n", "operator": "NUM_LTE", "value": "16"},
            {"contextName": "currentTime", "operator": "DATE_AFTER", "value": "2022-01-22T13:00:00.000+02:00"},
            {"contextName": "expiry", "operator": "DATE_BEFORE", "value": "2022-01-29T13:00:00.000Z"},
            {"contextName": "version", "operator": "SEMVER_EQ", "value": "1.2.2"},
            {"contextName": "version", "operator": "SEMVER_GT", "value": "2.0.0-alpha.1"},
            {"contextName": "version", "operator": "SEMVER_LT", "value": "2.0.0-rc"},
            {"contextName": "email", "operator": "REGEX", "value": "^.+@example\\.(com|org)$", "caseInsensitive": true}]}]}])",
        R"([{"name": "default", "conditions": [
               {"type": "constraint", "attribute": "n", "operator": "NUM_EQ", "values": ["12.0"]},
               {"type": "constraint", "attribute": "n", "operator": "NUM_GT", "values": ["12"]},
               {"type": "constraint", "attribute": "n", "operator": "NUM_GTE", "values": ["1e3"]},
               {"type": "constraint", "attribute": "n", "operator": "NUM_LT", "values": ["-1.5"], "negate": true},
               {"type": "constraint", "attribute": "n", "operator": "NUM_LTE", "values": ["16"]},
               {"type": "constraint", "attribute": "currentTime", "operator": "DATE_AFTER",
                "values": ["2022-01-22T13:00:00.000+02:00"]},
               {"type": "constraint", "attribute": "currentTime", "operator": "DATE_BEFORE",
                "values": ["2022-01-29T13:00:00.000Z"]},
               {"type": "constraint", "attribute": "version", "operator": "SEMVER_EQ", "values": ["1.2.2"]},
               {"type": "constraint", "attribute": "version", "operator": "SEMVER_GT", "values": ["2.0.0-alpha.1"]},
               {"type": "constraint", "attribute": "version", "operator": "SEMVER_LT", "values": ["2.0.0-rc"]},
               {"type": "constraint", "attribute": "email", "operator": "REGEX",
                "values": ["^.+@example\\.(com|org)$"], "caseInsensitive": true}],
             "serve": {"variation": "on"}}])");
    row("IN_CIDR keeps what is no range (SDKs skip it)", R"([{"name": "f", "enabled": true, "strategies": [{"name": "default", "constraints": [
            {"contextName": "remoteAddress", "operator": "IN_CIDR", "values": ["127.invalid", "192.168.1.0/24"]},
            {"contextName": "remoteAddress", "operator": "IN_CIDR", "values": ["bad::cidr"], "inverted": true}]}]}])",
        R"([{"name": "default", "conditions": [
               {"type": "constraint", "attribute": "remoteAddress", "operator": "IN_CIDR", "values": ["127.invalid", "192.168.1.0/24"]},
               {"type": "constraint", "attribute": "remoteAddress", "operator": "IN_CIDR", "values": ["bad::cidr"], "negate": true}],
             "serve": {"variation": "on"}}])");
    row("nulls read as absent", R"([{"name": "f", "description": null, "enabled": true, "variants": null,
            "strategies": [{"name": "default", "parameters": null, "constraints": null, "segments": null,
                            "variants": null}]}])",
        R"([{"name": "default", "conditions": [], "serve": {"variation": "on"}}])");

    // --- Segments ---------------------------------------------------------------------
    row("segments after constraints, before the strategy's test", R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "userWithId", "parameters": {"userIds": "1"}, "segments": [7, 3],
             "constraints": [{"contextName": "environment", "operator": "IN", "values": ["prod"]}]}]}])",
        R"([{"name": "userWithId", "conditions": [
               {"type": "constraint", "attribute": "environment", "operator": "IN", "values": ["prod"]},
               {"type": "segment", "segment": "7"}, {"type": "segment", "segment": "3"},
               {"type": "userList", "values": ["1"], "source": "unleash"}],
             "serve": {"variation": "on"}}])",
        0, R"([{"id": 3, "constraints": []}, {"id": 7, "name": "beta", "constraints": []}])");

    // --- Dependencies: leading rules that serve off when unmet -------------------------
    const QByteArray parents = R"({"name": "p", "enabled": true, "strategies": [{"name": "default",
            "parameters": {"groupId": "p"}, "variants": [{"name": "blue", "weight": 1}, {"name": "green", "weight": 1}]}]},
        {"name": "q", "enabled": false, "strategies": []})";
    row("dependency on an enabled parent", "[" + parents + R"(, {"name": "c", "enabled": true,
            "dependencies": [{"feature": "p"}], "strategies": [{"name": "default"}]}])",
        R"([{"name": "dependency on p", "conditions": [{"type": "prerequisite", "flag": "p", "variations": ["off"]}],
             "serve": {"variation": "off"}},
            {"name": "default", "conditions": [], "serve": {"variation": "on"}}])", 2);
    row("dependency on a disabled parent", "[" + parents + R"(, {"name": "c", "enabled": true,
            "dependencies": [{"feature": "q", "enabled": false}], "strategies": []}])",
        R"([{"name": "dependency on q", "conditions": [{"type": "prerequisite", "flag": "q"}],
             "serve": {"variation": "off"}},
            {"conditions": [], "serve": {"variation": "on"}}])", 2);
    row("dependency on parent variants", "[" + parents + R"(, {"name": "c", "enabled": true,
            "dependencies": [{"feature": "p", "variants": ["blue", "nonexistent"]}, {"feature": "q", "variants": []}],
            "strategies": [{"name": "default"}]}])",
        R"([{"name": "dependency on p", "conditions": [{"type": "prerequisite", "flag": "p",
                "variations": ["off", "on", "green"]}], "serve": {"variation": "off"}},
            {"name": "dependency on q", "conditions": [{"type": "prerequisite", "flag": "q", "variations": ["off"]}],
             "serve": {"variation": "off"}},
            {"name": "default", "conditions": [], "serve": {"variation": "on"}}])", 2);
    row("dependency on a parent's \"disabled\" variant", "[" + parents + R"(, {"name": "c", "enabled": true,
            "dependencies": [{"feature": "p", "variants": ["disabled"]}], "strategies": [{"name": "default"}]}])",
        R"([{"name": "dependency on p", "conditions": [{"type": "prerequisite", "flag": "p",
                "variations": ["off", "blue", "green"]}], "serve": {"variation": "off"}},
            {"name": "default", "conditions": [], "serve": {"variation": "on"}}])", 2);
    row("transitive dependency is never satisfied", R"([{"name": "a", "enabled": true, "strategies": []},
            {"name": "b", "enabled": true, "dependencies": [{"feature": "a"}], "strategies": []},
            {"name": "c", "enabled": true, "dependencies": [{"feature": "b"}], "strategies": []}])",
        R"([{"name": "dependency on b, which has dependencies itself: never satisfied", "conditions": [],
             "serve": {"variation": "off"}},
            {"conditions": [], "serve": {"variation": "on"}}])", 2);
    row("dependency cycle: no prerequisite edges", R"([
            {"name": "a", "enabled": true, "dependencies": [{"feature": "b"}], "strategies": []},
            {"name": "b", "enabled": true, "dependencies": [{"feature": "a"}], "strategies": []}])",
        R"([{"name": "dependency on b, which has dependencies itself: never satisfied", "conditions": [],
             "serve": {"variation": "off"}},
            {"conditions": [], "serve": {"variation": "on"}}])", 0);

    // --- Variants ---------------------------------------------------------------------
    row("strategy variants", R"([{"name": "f", "enabled": true, "strategies": [{"name": "flexibleRollout",
            "parameters": {"rollout": "100", "stickiness": "default", "groupId": "grp"},
            "variants": [{"name": "a", "weight": 500, "stickiness": "default"}, {"name": "b", "weight": 500}]}]}])",
        R"([{"name": "flexibleRollout", "conditions": [
               {"type": "percentage", "percentage": 100, "stickiness": ["userId", "sessionId"], "absence": "random",
                "salt": "grp", "scheme": "unleash"}],
             "serve": {"split": {"weights": [{"variation": "a", "weight": 500}, {"variation": "b", "weight": 500}],
                "total": 1000, "stickiness": ["userId", "sessionId", "remoteAddress"], "absence": "random",
                "salt": "grp", "scheme": "unleash"}}}])");
    row("strategy variants with custom stickiness", R"([{"name": "f", "enabled": true, "strategies": [{"name": "default",
            "parameters": {"groupId": "f"},
            "variants": [{"name": "a", "weight": 1, "stickiness": "tenantId"}, {"name": "b", "weight": 2}]}]}])",
        R"([{"name": "default", "conditions": [],
             "serve": {"split": {"weights": [{"variation": "a", "weight": 1}, {"variation": "b", "weight": 2}],
                "total": 3, "stickiness": ["tenantId"], "absence": "random", "salt": "f", "scheme": "unleash"}}}])");
    row("feature variants with overrides", R"([{"name": "f", "enabled": true, "strategies": [],
            "variants": [{"name": "v1", "weight": 33, "overrides": [{"contextName": "userId", "values": ["132", "61"]}]},
                         {"name": "v2", "weight": 33, "overrides": [{"contextName": "tenant", "values": ["t"]},
                                                                    {"contextName": "userId", "values": ["7"]}]},
                         {"name": "v3", "weight": 34}]}])",
        R"([{"conditions": [{"type": "userList", "values": ["132", "61"]}], "serve": {"variation": "v1"}},
            {"conditions": [{"type": "userList", "attribute": "tenant", "values": ["t"]}], "serve": {"variation": "v2"}},
            {"conditions": [{"type": "userList", "values": ["7"]}], "serve": {"variation": "v2"}},
            {"conditions": [], "serve": {"split": {"weights": [{"variation": "v1", "weight": 33},
                {"variation": "v2", "weight": 33}, {"variation": "v3", "weight": 34}],
                "stickiness": ["userId", "sessionId", "remoteAddress"], "absence": "random", "scheme": "unleash"}}}])");
    row("overrides under a random gate exclude earlier overrides", R"([{"name": "f", "enabled": true,
            "strategies": [{"name": "gradualRolloutRandom", "parameters": {"percentage": "50"}}],
            "variants": [{"name": "v1", "weight": 1, "overrides": [{"contextName": "userId", "values": ["1"]}]},
                         {"name": "v2", "weight": 1, "overrides": [{"contextName": "userId", "values": ["2"]}]}]}])",
        R"([{"name": "gradualRolloutRandom", "conditions": [
               {"type": "percentage", "percentage": 50, "stickiness": [], "absence": "random", "scheme": "unleash"},
               {"type": "userList", "values": ["1"]}], "serve": {"variation": "v1"}},
            {"name": "gradualRolloutRandom", "conditions": [
               {"type": "percentage", "percentage": 50, "stickiness": [], "absence": "random", "scheme": "unleash"},
               {"type": "constraint", "attribute": "userId", "operator": "NOT_IN", "values": ["1"], "source": "pennon"},
               {"type": "userList", "values": ["2"]}], "serve": {"variation": "v2"}},
            {"name": "gradualRolloutRandom", "conditions": [
               {"type": "percentage", "percentage": 50, "stickiness": [], "absence": "random", "scheme": "unleash"},
               {"type": "constraint", "attribute": "userId", "operator": "NOT_IN", "values": ["1"], "source": "pennon"},
               {"type": "constraint", "attribute": "userId", "operator": "NOT_IN", "values": ["2"], "source": "pennon"}],
             "serve": {"split": {"weights": [{"variation": "v1", "weight": 1}, {"variation": "v2", "weight": 1}],
                "total": 2, "stickiness": ["userId", "sessionId", "remoteAddress"], "absence": "random",
                "scheme": "unleash"}}}])");
    row("strategy variants win over feature variants", R"([{"name": "f", "enabled": true,
            "strategies": [{"name": "default", "parameters": {"groupId": "g"}, "variants": [{"name": "s", "weight": 1}]},
                           {"name": "default"}],
            "variants": [{"name": "fv", "weight": 1}]}])",
        R"([{"name": "default", "conditions": [], "serve": {"split": {"weights": [{"variation": "s", "weight": 1}],
                "total": 1, "stickiness": ["userId", "sessionId", "remoteAddress"], "absence": "random",
                "salt": "g", "scheme": "unleash"}}},
            {"name": "default", "conditions": [], "serve": {"split": {"weights": [{"variation": "fv", "weight": 1}],
                "total": 1, "stickiness": ["userId", "sessionId", "remoteAddress"], "absence": "random",
                "scheme": "unleash"}}}])");
    row("variants weighing nothing select nothing", R"([{"name": "f", "enabled": true,
            "strategies": [{"name": "default", "variants": [{"name": "s", "weight": 0}]}],
            "variants": [{"name": "fv", "weight": 0, "overrides": [{"contextName": "userId", "values": ["1"]}]}]}])",
        R"([{"name": "default", "conditions": [], "serve": {"variation": "on"}}])");
}

void TestUnleashImport::mapping()
{
    QFETCH(QByteArray, features);
    QFETCH(QByteArray, segments);
    QFETCH(int, flag);
    QFETCH(QByteArray, rules);

    Problems problems;
    const std::optional<Workspace> workspace = UnleashImport::read(state(features, segments), u"default"_s, &problems);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));
    QVERIFY(problems.isEmpty());
    QVERIFY(flag < workspace->flags.size());
    const QJsonObject written = PennonJson::flagToJson(workspace->flags.at(flag));
    const QJsonValue actual = written.value(u"environments"_s).toObject().value(u"default"_s)
                                      .toObject().value(u"rules"_s);
    const QJsonValue expected = importedSources(json(rules));
    if (actual != expected) {
        qWarning("actual:   %s", qPrintable(compact(actual)));
        qWarning("expected: %s", qPrintable(compact(expected)));
    }
    QVERIFY(actual == expected);
}

// ---------------------------------------------------------------------------------------
// Variations: off, on, then one per variant with its payload as value.

void TestUnleashImport::variations_data()
{
    QTest::addColumn<QByteArray>("feature");
    QTest::addColumn<QByteArray>("variations");
    QTest::addColumn<QString>("offVariation");

    QTest::newRow("no variants") << QByteArray(R"({"name": "f", "enabled": true, "strategies": []})")
        << QByteArray(R"([{"key": "off", "value": false}, {"key": "on", "value": true}])") << u"off"_s;
    QTest::newRow("payload types verbatim, no payload is {}") << QByteArray(R"({"name": "f", "enabled": true, "strategies": [],
            "variants": [{"name": "s", "weight": 1, "payload": {"type": "string", "value": "val1"}},
                         {"name": "n", "weight": 1, "payload": {"type": "number", "value": "1.20"}},
                         {"name": "j", "weight": 1, "payload": {"type": "json", "value": "{\"a\": [1]}"}},
                         {"name": "c", "weight": 1, "payload": {"type": "csv", "value": "a,b\n1,2"}},
                         {"name": "none", "weight": 1}]})")
        << QByteArray(R"([{"key": "off", "value": false}, {"key": "on", "value": true},
            {"key": "s", "value": {"type": "string", "value": "val1"}},
            {"key": "n", "value": {"type": "number", "value": "1.20"}},
            {"key": "j", "value": {"type": "json", "value": "{\"a\": [1]}"}},
            {"key": "c", "value": {"type": "csv", "value": "a,b\n1,2"}},
            {"key": "none", "value": {}}])") << u"off"_s;
    QTest::newRow("variants named on and off") << QByteArray(R"({"name": "f", "enabled": true, "strategies": [],
            "variants": [{"name": "on", "weight": 1}, {"name": "off", "weight": 1}, {"name": "off-1", "weight": 1}]})")
        << QByteArray(R"([{"key": "off-2", "value": false}, {"key": "on-1", "value": true},
            {"key": "on", "value": {}}, {"key": "off", "value": {}}, {"key": "off-1", "value": {}}])") << u"off-2"_s;
    QTest::newRow("feature and strategy variants, one variation per name") << QByteArray(R"({"name": "f", "enabled": true,
            "variants": [{"name": "a", "weight": 1, "payload": {"type": "string", "value": "x"}}],
            "strategies": [{"name": "default", "parameters": {"groupId": "f"}, "variants": [{"name": "b", "weight": 1},
                {"name": "a", "weight": 3, "payload": {"type": "string", "value": "x"}}]}]})")
        << QByteArray(R"([{"key": "off", "value": false}, {"key": "on", "value": true},
            {"key": "a", "value": {"type": "string", "value": "x"}}, {"key": "b", "value": {}}])") << u"off"_s;
}

void TestUnleashImport::variations()
{
    QFETCH(QByteArray, feature);
    QFETCH(QByteArray, variations);
    QFETCH(QString, offVariation);

    Problems problems;
    const auto workspace = UnleashImport::read(state("[" + feature + "]"), u"default"_s, &problems);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));
    const Flag &flag = workspace->flags.at(0);
    QCOMPARE(flag.type, FlagType::Json);
    const QJsonValue actual = PennonJson::flagToJson(flag).value(u"variations"_s);
    const QJsonValue expected = json(variations);
    if (actual != expected) {
        qWarning("actual:   %s", qPrintable(compact(actual)));
        qWarning("expected: %s", qPrintable(compact(expected)));
    }
    QVERIFY(actual == expected);
    const EnvironmentConfig &config = flag.environments.value(u"default"_s);
    QCOMPARE(config.offVariation, offVariation);
    QCOMPARE(config.defaultServe.variation, offVariation);
    QVERIFY(!config.defaultServe.isSplit());
}

void TestUnleashImport::segments()
{
    const QByteArray input = state(R"([])", R"([
        {"id": 1, "name": "Beta testers", "description": "people who asked", "constraints": [
            {"contextName": "userId", "operator": "IN", "values": ["a", "b"]},
            {"contextName": "version", "operator": "SEMVER_GT", "value": "1.0.0", "inverted": true}]},
        {"id": 42, "constraints": null}])");
    Problems problems;
    const auto workspace = UnleashImport::read(input, u"default"_s, &problems);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));
    QCOMPARE(workspace->segments.size(), 2);
    const Segment &beta = workspace->segments.at(0);
    QCOMPARE(beta.key, u"1"_s);
    QCOMPARE(beta.name, u"Beta testers"_s);
    QCOMPARE(beta.description, u"people who asked"_s);
    ConstraintActivation users;
    users.attribute = u"userId"_s;
    users.values = {u"a"_s, u"b"_s};
    users.source = ConditionSource::Unleash;
    ConstraintActivation version;
    version.source = ConditionSource::Unleash;
    version.attribute = u"version"_s;
    version.op = Operator::SemverGt;
    version.values = {u"1.0.0"_s};
    version.negate = true;
    QCOMPARE(beta.conditions, (QList<Condition>{users, version}));
    QCOMPARE(workspace->segments.at(1).key, u"42"_s);
    QVERIFY(workspace->segments.at(1).conditions.isEmpty());
}

void TestUnleashImport::flagAndEnvironment()
{
    const QByteArray input = state(R"([
        {"name": "Feature.A", "description": "Enabled toggle", "enabled": true, "type": "release",
         "project": "default", "stale": false, "impressionData": true, "strategies": [{"name": "default"}]},
        {"name": "Feature.B", "enabled": false, "strategies": [{"name": "default"}]}])");
    Problems problems;
    const auto workspace = UnleashImport::read(input, u"production"_s, &problems);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));
    QCOMPARE(workspace->environments.size(), 1);
    QCOMPARE(workspace->environments.at(0).key, u"production"_s);
    QVERIFY(workspace->activations.isEmpty());
    QCOMPARE(workspace->flags.size(), 2);
    const Flag &a = workspace->flags.at(0);
    QCOMPARE(a.key, u"Feature.A"_s);
    QCOMPARE(a.name, u"Feature.A"_s);
    QCOMPARE(a.description, u"Enabled toggle"_s);
    QCOMPARE(a.environments.keys(), QStringList{u"production"_s});
    QVERIFY(a.environments.value(u"production"_s).on);
    QVERIFY(!workspace->flags.at(1).environments.value(u"production"_s).on);
}

void TestUnleashImport::importedWorkspaceIsValidPennonJson()
{
    // Empty random stickiness, empty IN lists, segments and prerequisites: all of it must
    // survive Pennon JSON unchanged.
    const QByteArray input = state(R"([
        {"name": "p", "enabled": true, "strategies": [{"name": "gradualRolloutRandom", "parameters": {"percentage": "50"}}]},
        {"name": "c", "enabled": true, "dependencies": [{"feature": "p", "variants": ["disabled"]}],
         "strategies": [{"name": "flexibleRollout", "parameters": {"rollout": "50", "stickiness": "random", "groupId": "c"},
                         "segments": [5], "constraints": [{"contextName": "x", "operator": "IN", "values": []}],
                         "variants": [{"name": "on", "weight": 1, "payload": {"type": "json", "value": "[]"}}]}],
         "variants": [{"name": "w", "weight": 1, "overrides": [{"contextName": "userId", "values": ["u"]}]}]}])",
                                   R"([{"id": 5, "constraints": [{"contextName": "a", "operator": "NOT_IN", "values": []}]}])");
    Problems problems;
    const auto workspace = UnleashImport::read(input, u"default"_s, &problems);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));
    const QByteArray written = PennonJson::write(*workspace);
    Problems readProblems;
    const auto again = PennonJson::read(written, &readProblems);
    QVERIFY2(again, qPrintable(problemsText(readProblems)));
    QVERIFY(*again == *workspace);
    QCOMPARE(PennonJson::write(*again), written);
}

// ---------------------------------------------------------------------------------------
// Refused inputs: one problem each, at its exact place.

void TestUnleashImport::refused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const auto feature = [](const QByteArray &strategy) {
        return state(R"([{"name": "f", "enabled": true, "strategies": [)" + strategy + "]}]");
    };
    const auto constraint = [&feature](const QByteArray &c) {
        return feature(R"({"name": "default", "constraints": [)" + c + "]}");
    };
    const QString c0 = u"/features/0/strategies/0/constraints/0"_s;

    QTest::newRow("not JSON") << QByteArray("features") << QString()
                              << u"line 1, column 1: expected a value, found 'f'"_s;
    QTest::newRow("truncated JSON") << QByteArray(R"({"features": [{"name": "f", "enab)")
                                    << u"/features/0"_s << u"line 1, column 34: unterminated string (truncated?)"_s;
    QTest::newRow("not an object") << QByteArray("[]") << QString() << u"must be an object, not a list"_s;
    QTest::newRow("no features") << QByteArray(R"({"version": 1})") << QString()
                                 << u"missing field \"features\""_s;
    QTest::newRow("features not a list") << QByteArray(R"({"features": {"f": {}}})") << u"/features"_s
                                         << u"must be a list, not an object"_s;
    QTest::newRow("unsupported version") << QByteArray(R"({"version": 3, "features": []})") << u"/version"_s
                                         << u"unsupported version 3 (expected 1 or 2)"_s;
    QTest::newRow("feature not an object") << state("[42]") << u"/features/0"_s << u"must be an object, not a number"_s;
    QTest::newRow("empty feature name") << state(R"([{"name": "", "enabled": true, "strategies": []}])")
                                        << u"/features/0/name"_s << u"key is empty"_s;
    QTest::newRow("enabled not a boolean") << state(R"([{"name": "f", "enabled": "yes", "strategies": []}])")
                                           << u"/features/0/enabled"_s << u"must be true or false, not a string"_s;
    QTest::newRow("strategies missing") << state(R"([{"name": "f", "enabled": true}])")
                                        << u"/features/0"_s << u"missing field \"strategies\""_s;
    QTest::newRow("duplicate feature names") << state(R"([{"name": "a", "enabled": true, "strategies": []},
            {"name": "b", "enabled": true, "strategies": []}, {"name": "a", "enabled": false, "strategies": []}])")
        << u"/features/2/name"_s << u"duplicate feature \"a\" (also at /features/0)"_s;
    QTest::newRow("operator not a string") << constraint(R"({"contextName": "x", "operator": 7, "values": ["1"]})")
                                           << c0 + u"/operator" << u"must be a string, not a number"_s;
    QTest::newRow("constraint without contextName") << constraint(R"({"operator": "IN", "values": ["1"]})")
                                                    << c0 << u"missing field \"contextName\""_s;
    QTest::newRow("values not strings") << constraint(R"({"contextName": "x", "operator": "IN", "values": ["1", 2]})")
                                        << c0 + u"/values/1" << u"must be a string, not a number"_s;
    QTest::newRow("value of the wrong type") << constraint(R"({"contextName": "x", "operator": "NUM_EQ", "value": true})")
                                             << c0 + u"/value" << u"must be a string, not a boolean"_s;
    QTest::newRow("inverted not a boolean") << constraint(R"({"contextName": "x", "operator": "IN", "values": [], "inverted": "true"})")
                                            << c0 + u"/inverted" << u"must be true or false, not a string"_s;
    QTest::newRow("blank string operand") << constraint(R"({"contextName": "x", "operator": "STR_CONTAINS", "values": ["a", "  "]})")
                                          << c0 + u"/values/1"
                                          << u"a value of only white space cannot be expressed: Unleash SDKs match it as an empty string, Pennon ignores it"_s;
    QTest::newRow("segment id not a number") << feature(R"({"name": "default", "segments": ["9"]})")
                                             << u"/features/0/strategies/0/segments/0"_s
                                             << u"must be a segment id (an integer), not a string"_s;
    QTest::newRow("duplicate segment id") << state("[]", R"([{"id": 4, "constraints": []}, {"id": 4, "constraints": []}])")
                                          << u"/segments/1/id"_s << u"duplicate segment id 4 (also at /segments/0)"_s;
    QTest::newRow("bad constraint in a segment") << state("[]", R"([{"id": 4, "constraints": [{"contextName": "x", "operator": "IN", "values": [1]}]}])")
                                                 << u"/segments/0/constraints/0/values/0"_s << u"must be a string, not a number"_s;
    QTest::newRow("dependency without feature") << state(R"([{"name": "f", "enabled": true, "strategies": [],
            "dependencies": [{"enabled": false}]}])")
        << u"/features/0/dependencies/0"_s << u"missing field \"feature\""_s;
    QTest::newRow("weight of the wrong type") << state(R"([{"name": "f", "enabled": true, "strategies": [],
            "variants": [{"name": "a", "weight": "500"}]}])")
        << u"/features/0/variants/0/weight"_s << u"must be an integer, not a string"_s;
    QTest::newRow("fractional weight") << state(R"([{"name": "f", "enabled": true, "strategies": [],
            "variants": [{"name": "a", "weight": 2.5}]}])")
        << u"/features/0/variants/0/weight"_s << u"must be an integer between -2^53 and 2^53, not 2.5"_s;
    QTest::newRow("negative weight") << state(R"([{"name": "f", "enabled": true, "strategies": [],
            "variants": [{"name": "a", "weight": -1}]}])")
        << u"/features/0/variants/0/weight"_s << u"weight -1 is negative"_s;
    QTest::newRow("weights too heavy") << state(R"([{"name": "f", "enabled": true, "strategies": [],
            "variants": [{"name": "a", "weight": 2147483647}, {"name": "b", "weight": 1}]}])")
        << u"/features/0/variants"_s << u"weights sum to more than 2147483647"_s;
    QTest::newRow("duplicate variant in one list") << state(R"([{"name": "f", "enabled": true, "strategies": [],
            "variants": [{"name": "a", "weight": 1}, {"name": "a", "weight": 1}]}])")
        << u"/features/0/variants/1/name"_s << u"duplicate variant \"a\" (also at /features/0/variants/0)"_s;
    QTest::newRow("one variant name, two payloads") << feature(R"({"name": "default", "parameters": {"groupId": "f"}, "variants": [
            {"name": "a", "weight": 1, "payload": {"type": "string", "value": "x"}}]},
            {"name": "default", "parameters": {"groupId": "f"},
             "variants": [{"name": "a", "weight": 1, "payload": {"type": "string", "value": "y"}}]})")
        << u"/features/0/strategies/1/variants/0/payload"_s
        << u"variant \"a\" has another payload at /features/0/strategies/0/variants/0; Pennon keeps one payload per variant name"_s;
    QTest::newRow("payload with an unknown field") << state(R"([{"name": "f", "enabled": true, "strategies": [],
            "variants": [{"name": "a", "weight": 1, "payload": {"type": "string", "value": "x", "encoding": "utf8"}}]}])")
        << u"/features/0/variants/0/payload/encoding"_s << u"unknown field \"encoding\""_s;
    QTest::newRow("payload value not a string") << state(R"([{"name": "f", "enabled": true, "strategies": [],
            "variants": [{"name": "a", "weight": 1, "payload": {"type": "number", "value": 1.5}}]}])")
        << u"/features/0/variants/0/payload/value"_s << u"must be a string, not a number"_s;
    QTest::newRow("override value with spaces") << state(R"([{"name": "f", "enabled": true, "strategies": [],
            "variants": [{"name": "a", "weight": 1, "overrides": [{"contextName": "userId", "values": ["1", "2 "]}]}]}])")
        << u"/features/0/variants/0/overrides/0/values/1"_s
        << u"\"2 \": a value with leading or trailing white space cannot be expressed: Pennon trims it"_s;
    QTest::newRow("parameter of the wrong type") << feature(R"({"name": "userWithId", "parameters": {"userIds": ["1"]}})")
                                                 << u"/features/0/strategies/0/parameters/userIds"_s
                                                 << u"must be a string, not a list"_s;
    QTest::newRow("applicationHostname") << feature(R"({"name": "applicationHostname", "parameters": {"hostNames": "a"}})")
        << u"/features/0/strategies/0/name"_s
        << u"strategy applicationHostname depends on the host name of the machine that evaluates, which Pennon cannot see"_s;
    QTest::newRow("strategy variants without groupId") << feature(R"({"name": "default", "variants": [{"name": "a", "weight": 1}]})")
        << u"/features/0/strategies/0/parameters"_s
        << u"strategy variants without a groupId cannot be expressed: Unleash SDKs disagree on what they hash"_s;
    QTest::newRow("duplicate strategy id") << feature(R"({"id": "s1", "name": "default"}, {"id": "s1", "name": "default"})")
                                           << u"/features/0/strategies/1/id"_s
                                           << u"duplicate strategy id \"s1\" (also at /features/0/strategies/0)"_s;
}

void TestUnleashImport::refused()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, path);
    QFETCH(QString, message);

    Problems problems;
    const auto workspace = UnleashImport::read(input, u"default"_s, &problems);
    QVERIFY(!workspace);
    QVERIFY2(problems.size() == 1, qPrintable(problemsText(problems)));
    QCOMPARE(problems.at(0).path, path);
    QCOMPARE(problems.at(0).message, message);
}

void TestUnleashImport::reportsEveryProblem()
{
    const QByteArray input = state(R"([
        {"name": "a", "enabled": true, "strategies": [{"name": "default", "constraints": [
            {"contextName": "x", "operator": "IN", "values": [3]}, {"contextName": "y", "operator": "NUM_EQ", "value": "z"}]},
            {"name": 5}]},
        {"name": "b", "enabled": true, "strategies": [{"name": "default", "constraints": [
            {"contextName": "x", "operator": "STR_CONTAINS", "values": [null, true]}]}], "dependencies": [{"feature": "c"}]}])");
    Problems problems;
    QVERIFY(!UnleashImport::read(input, u"default"_s, &problems));
    QCOMPARE(problems.size(), 4);
    QCOMPARE(problems.at(0).path, u"/features/0/strategies/0/constraints/0/values/0"_s);
    QCOMPARE(problems.at(1).path, u"/features/0/strategies/1/name"_s);
    QCOMPARE(problems.at(2).path, u"/features/1/strategies/0/constraints/0/values/0"_s);
    QCOMPARE(problems.at(3).path, u"/features/1/strategies/0/constraints/0/values/1"_s);

    Problems existing{{u"/elsewhere"_s, u"kept"_s}};
    QVERIFY(!UnleashImport::read(state("[]"), u"bad\nname"_s, &existing));
    QCOMPARE(existing.size(), 2);
    QCOMPARE(existing.at(0).message, u"kept"_s);
}

void TestUnleashImport::unknownOperatorsAreReported()
{
    const QByteArray bytes = R"({"version": 1, "features": [{"name": "f", "enabled": true, "strategies": [
        {"name": "default", "constraints": [{"contextName": "x", "operator": "IN", "values": ["1"]},
                                            {"contextName": "x", "operator": "LIKE", "values": ["1"]}]}]}]})";
    Problems problems;
    Problems warnings;
    const auto ws = UnleashImport::read(bytes, u"default"_s, &problems, &warnings);
    QVERIFY(ws.has_value());
    QVERIFY(problems.isEmpty());
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().path, u"/features/0/strategies/0/constraints/1/operator"_s);
    QVERIFY(warnings.first().message.contains(u"unknown operator \"LIKE\""));
}

// Broken data kept as Unleash SDKs evaluate it (checked with unleash-client 6.12.1, and by
// the interop test on generated shapes): each row imports one feature with a warning at the
// given place, and evaluates the given contexts to the SDK's answers.
void TestUnleashImport::brokenPartsEvaluateAsSdks_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("warningAt");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<bool>("enabled");
    const auto constraint = [](const QByteArray &c, const QByteArray &segments = "[]") {
        return state(R"([{"name": "f", "enabled": true, "strategies": [{"name": "default", "constraints": [)" + c + "]}]}]", segments);
    };
    const QString c0 = u"/features/0/strategies/0/constraints/0"_s;
    const auto rows = [&](const char *name, const QByteArray &input, const QString &at,
                          QList<std::pair<QByteArray, bool>> answers) {
        for (qsizetype i = 0; i < answers.size(); ++i) {
            QTest::newRow(qPrintable(QString::fromUtf8(name) + u" #"_s + QString::number(i)))
                << input << at << answers.at(i).first << answers.at(i).second;
        }
    };
    rows("regex that does not compile: false", constraint(R"({"contextName": "x", "operator": "REGEX", "value": "(regex"})"),
         c0 + u"/value", {{R"({"x": "(regex"})", false}});
    rows("regex that does not compile, inverted: true", constraint(R"({"contextName": "x", "operator": "REGEX", "value": "(regex", "inverted": true})"),
         c0 + u"/value", {{R"({"x": "a"})", true}, {"{}", true}});
    rows("look-ahead is not RE2: false, inverted true", constraint(R"({"contextName": "x", "operator": "REGEX", "value": "^(?=a)a", "inverted": true})"),
         c0 + u"/value", {{R"({"x": "a"})", true}});
    rows("back-reference is not RE2", constraint(R"({"contextName": "x", "operator": "REGEX", "value": "(a)\\1"})"),
         c0 + u"/value", {{R"({"x": "aa"})", false}});
    rows("NUM_GT of no number, inverted", constraint(R"({"contextName": "n", "operator": "NUM_GT", "value": "abc", "inverted": true})"),
         c0 + u"/value", {{R"({"properties": {"n": "5"}})", true}});
    rows("DATE_AFTER of no date", constraint(R"({"contextName": "currentTime", "operator": "DATE_AFTER", "value": "29.01.2022"})"),
         c0 + u"/value", {{R"({"currentTime": "2030-01-01T00:00:00Z"})", false}});
    rows("SEMVER_GT of no version, inverted", constraint(R"({"contextName": "v", "operator": "SEMVER_GT", "value": "2.0", "inverted": true})"),
         c0 + u"/value", {{R"({"properties": {"v": "9.0.0"}})", true}});
    rows("NUM_EQ without a value", constraint(R"({"contextName": "n", "operator": "NUM_EQ"})"),
         c0, {{R"({"properties": {"n": "12"}})", false}});
    rows("unknown operator: false, inverted or not", constraint(R"({"contextName": "x", "operator": "LIKE", "values": ["1"], "inverted": true})"),
         c0 + u"/operator", {{R"({"properties": {"x": "1"}})", false}, {R"({"properties": {"x": "2"}})", false}});
    rows("missing segment: the strategy is false", state(R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "default", "segments": [404]}, {"name": "userWithId", "parameters": {"userIds": "u2"}}]}])"),
         u"/features/0/strategies/0/segments/0"_s, {{R"({"userId": "u1"})", false}, {R"({"userId": "u2"})", true}});
    rows("dependency on a missing feature: never satisfied", state(R"([{"name": "f", "enabled": true,
            "strategies": [{"name": "default"}], "dependencies": [{"feature": "ghost", "enabled": false}]}])"),
         u"/features/0/dependencies/0/feature"_s, {{"{}", false}});
    // Not broken, but read as the SDKs read them.
    rows("a leading v in a SEMVER constraint value", constraint(R"({"contextName": "v", "operator": "SEMVER_EQ", "value": "v2.0.0"})"),
         QString(), {{R"({"properties": {"v": "2.0.0"}})", true}, {R"({"properties": {"v": "v2.0.0"}})", false}});
    rows("SEMVER_GTE and SEMVER_LTE", constraint(R"({"contextName": "v", "operator": "SEMVER_GTE", "value": "1.2.3"})"),
         QString(), {{R"({"properties": {"v": "1.2.3"}})", true}, {R"({"properties": {"v": "1.2.2"}})", false}});
    rows("NUM_* read as JavaScript's Number()", constraint(R"({"contextName": "n", "operator": "NUM_EQ", "value": "16"})"),
         QString(), {{R"({"properties": {"n": "0x10"}})", true}, {R"({"properties": {"n": " 16 "}})", true}});
    rows("an empty NUM_* field is 0", constraint(R"({"contextName": "n", "operator": "NUM_LT", "value": "1"})"),
         QString(), {{R"({"properties": {"n": ""}})", true}, {"{}", false}});
    rows("IN_CIDR keeps the families apart", constraint(R"({"contextName": "remoteAddress", "operator": "IN_CIDR", "values": ["10.0.0.0/8"]})"),
         QString(), {{R"({"remoteAddress": "10.0.0.5"})", true}, {R"({"remoteAddress": "::ffff:10.0.0.5"})", false}});
    rows("a currentTime that is no date: every date comparison false", constraint(R"({"contextName": "currentTime", "operator": "DATE_BEFORE", "value": "2100-01-01T00:00:00Z"})"),
         QString(), {{R"({"currentTime": "2030-01-01T00:00:00Z"})", true}, {R"({"currentTime": "soon"})", false}});
    const auto strategy = [](const QByteArray &st) {
        return state(R"([{"name": "f", "enabled": true, "strategies": [)" + st + "]}]");
    };
    rows("rollout above 100: everyone", strategy(R"({"name": "flexibleRollout", "parameters": {"rollout": "150", "stickiness": "userId", "groupId": "g"}})"),
         u"/features/0/strategies/0/parameters/rollout"_s, {{R"({"userId": "a"})", true}, {R"({"userId": "b"})", true}});
    rows("rollout missing: nobody", strategy(R"({"name": "flexibleRollout", "parameters": {"stickiness": "userId", "groupId": "g"}})"),
         u"/features/0/strategies/0/parameters"_s, {{R"({"userId": "a"})", false}, {R"({"userId": "b"})", false}});
    rows("percentage not a number: nobody", strategy(R"({"name": "gradualRolloutRandom", "parameters": {"percentage": "half"}})"),
         u"/features/0/strategies/0/parameters/percentage"_s, {{"{}", false}});
    rows("a disabled strategy is evaluated", state(R"([{"name": "f", "enabled": true, "strategies": [{"name": "default", "disabled": true}]}])"),
         u"/features/0/strategies/0/disabled"_s, {{"{}", true}});
    // Not broken: Pennon's export of a disabled rule, which SDKs never enable (no warning).
    rows("disabled with the never-holding constraint: never, as in SDKs", state(R"([{"name": "f", "enabled": true, "strategies": [
            {"name": "userWithId", "parameters": {"userIds": "u1"}, "disabled": true,
             "constraints": [{"contextName": "userId", "operator": "IN", "values": [], "inverted": false, "caseInsensitive": false}]},
            {"name": "userWithId", "parameters": {"userIds": "u2"}}]}])"),
         QString(), {{R"({"userId": "u1"})", false}, {R"({"userId": "u2"})", true}});
}

void TestUnleashImport::emptyGroupIdHashesAsEmpty()
{
    // The Node SDK hashes a rollout without a groupId as ":" + id, not with the feature's name.
    Problems problems;
    const auto workspace = UnleashImport::read(state(R"([{"name": "f", "enabled": true, "strategies": [
        {"name": "gradualRolloutUserId", "parameters": {"percentage": "50"}}]}])"), u"default"_s, &problems);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));
    const auto engine = Engine::compile(*workspace, u"default"_s);
    int differs = 0;
    for (int i = 0; i < 200; ++i) {
        const QByteArray id = "user-" + QByteArray::number(i);
        Context context;
        context.setString(u"userId"_s, QString::fromLatin1(id));
        const bool expected = Bucketing::unleashNormalizedNumber("", id) <= 50;
        QCOMPARE(UnleashDialect::isEnabled(*engine, engine->evaluate(u"f", context)), expected);
        differs += expected != (Bucketing::unleashNormalizedNumber("f", id) <= 50) ? 1 : 0;
    }
    QVERIFY(differs > 20); // the feature's name would have given other answers
}

void TestUnleashImport::traceNamesKeptBrokenParts()
{
    Problems problems;
    const auto workspace = UnleashImport::read(state(R"([{"name": "f", "enabled": true, "strategies": [
        {"name": "default", "constraints": [{"contextName": "x", "operator": "NUM_GT", "value": "abc", "inverted": true},
                                            {"contextName": "y", "operator": "LIKE", "values": ["1"]}]},
        {"name": "default", "segments": [9]}]}])"), u"default"_s, &problems);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));
    const auto engine = Engine::compile(*workspace, u"default"_s);
    Trace trace;
    engine->evaluate(u"f", Context(), &trace);
    QStringList details;
    for (const TraceStep &step : std::as_const(trace.steps)) {
        if (step.kind == TraceStep::Kind::ConditionChecked)
            details.append(step.what + u" | "_s + step.detail);
    }
    QCOMPARE(details.size(), 3);
    QVERIFY2(details.at(0).contains(u"\"abc\" is not a number: the operator is false, negated"_s), qPrintable(details.at(0)));
    QVERIFY2(details.at(1).contains(u"LIKE"_s) && details.at(1).contains(u"is not one Unleash SDKs know"_s), qPrintable(details.at(1)));
    QVERIFY2(details.at(2).contains(u"segment 9 is not in the workspace"_s), qPrintable(details.at(2)));
}

void TestUnleashImport::brokenPartsEvaluateAsSdks()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, warningAt);
    QFETCH(QByteArray, context);
    QFETCH(bool, enabled);
    Problems problems;
    Problems warnings;
    const auto workspace = UnleashImport::read(input, u"default"_s, &problems, &warnings);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));
    if (warningAt.isEmpty()) {
        QVERIFY2(warnings.isEmpty(), qPrintable(problemsText(warnings)));
    } else {
        QVERIFY2(warnings.size() == 1 && warnings.first().path == warningAt, qPrintable(problemsText(warnings)));
    }
    // Valid, the broken part named among the validator's warnings as the import named it.
    QVERIFY2(Validator::validate(*workspace).isEmpty(), qPrintable(problemsText(Validator::validate(*workspace))));
    const auto engine = Engine::compile(*workspace, u"default"_s);
    const auto parsed = Context::fromUnleashJson(json(context), QString(), &problems);
    QVERIFY(parsed);
    const EvaluationResult result = engine->evaluate(u"f", *parsed);
    QCOMPARE(UnleashDialect::isEnabled(*engine, result), enabled);
}

QTEST_GUILESS_MAIN(TestUnleashImport)
#include "tst_unleashimport.moc"
