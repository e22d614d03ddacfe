// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// flagd export: what each construct becomes in JsonLogic (written so that flagd-core's
// json-logic-engine neither coerces nor throws where Pennon does not), every refusal with its
// reason, --lenient, exact bytes and determinism, and the real pennonctl's exit codes.
//
// The JsonLogic of the mapping rows was checked by hand against @openfeature/flagd-core 4.0.1
// (docs/flagd.md, "Export"): it answers as `pennonctl eval` for contexts with strings, numbers,
// booleans, lists, null and absent attributes.

#include "ctlrunner.h"
#include "exporttestutil.h"
#include "engine/engine.h"
#include "formats/flagdexport.h"
#include "formats/flagdimport.h"

#include <QJsonObject>
#include <QTemporaryDir>

using namespace Pennon;
using namespace Qt::StringLiterals;
using namespace ExportTest;

namespace {

/// A string flag "f" (variations off, a, b) on in prod with these rules and default serve.
QByteArray flagWith(const QByteArray &rules, const QByteArray &defaultServe, const char *key = "f")
{
    return "{\"key\": \"" + QByteArray(key) + "\", \"name\": \"F\", \"type\": \"string\", \"variations\": ["
           R"({"key": "off", "value": "O"}, {"key": "a", "value": "A"}, {"key": "b", "value": "B"}],)"
           R"("environments": {"prod": {"on": true, "offVariation": "off", "rules": )" + rules
        + ", \"defaultServe\": " + defaultServe + "}}}";
}

QJsonObject exported(const Workspace &w, Problems *refused = nullptr, bool lenient = false)
{
    Problems local;
    const std::optional<QByteArray> bytes = FlagdExport::write(w, u"prod"_s, lenient, refused ? refused : &local);
    if (!bytes)
        return {};
    return QJsonDocument::fromJson(*bytes).object();
}

// Building blocks of the expected JsonLogic, as the export writes them.
QByteArray var(const char *a) { return "{\"var\": \"" + QByteArray(a) + "\"}"; }
QByteArray present(const char *a) { return "{\"!==\": [" + var(a) + ", null]}"; }
QByteArray scalar(const char *a) { return "{\"in\": [" + var(a) + ", {\"merge\": [" + var(a) + "]}]}"; }
QByteArray text(const char *a) { return "{\"cat\": [" + var(a) + "]}"; }
QByteArray inSet(const char *a, const QByteArray &set)
{
    return "{\"and\": [" + present(a) + ", {\"if\": [" + scalar(a) + ", {\"in\": [" + text(a) + ", " + set
        + "]}, {\"some\": [" + var(a) + ", {\"in\": [{\"var\": \"\"}, " + set + "]}]}]}]}";
}
QByteArray number(const char *a)
{
    return present(a) + ", " + scalar(a) + ", {\"!\": [{\"===\": [" + text(a) + ", " + var(a)
        + "]}]}, {\"!\": [{\"===\": [{\"!!\": [" + var(a) + "]}, " + var(a) + "]}]}";
}
QByteArray fractional(const QByteArray &by, const QByteArray &buckets)
{
    return "{\"fractional\": [" + by + ", " + buckets + "]}";
}
QByteArray catSalt(const char *salt, const char *a) { return "{\"cat\": [\"" + QByteArray(salt) + "\", " + var(a) + "]}"; }
QByteArray gate(const QByteArray &by, int threshold)
{
    return "{\"==\": [" + fractional(by, "[\"in\", " + QByteArray::number(threshold) + "], [\"out\", "
                                           + QByteArray::number(10000 - threshold) + "]") + ", \"in\"]}";
}

} // namespace

class TestFlagdExport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapping_data();
    void mapping();
    void variantsAndDefaultVariant();
    void offFlagHasNoTargeting();
    void exactBytes();
    void deterministic();
    void refused_data();
    void refused();
    void servedOutcomes();
    void everyReasonListed();
    void lenientSkipsAndLists();
    void numericWarning();
    void unknownEnvironment();
    void cli_data();
    void cli();
    void disabledRulesLeftOut();
};

void TestFlagdExport::mapping_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QByteArray>("defaultServe");
    QTest::addColumn<QByteArray>("segments");
    QTest::addColumn<QByteArray>("targeting");

    const auto row = [](const char *name, const QByteArray &rules, const QByteArray &defaultServe,
                        const QByteArray &targeting, const QByteArray &segments = "[]") {
        QTest::newRow(name) << rules << defaultServe << segments << targeting;
    };
    const QByteArray rule = R"([{"conditions": [%1], "serve": {"variation": "b"}}])";
    const auto when = [&rule](const QByteArray &condition) { return QByteArray(rule).replace("%1", condition); };
    const QByteArray A = R"({"variation": "a"})";

    row("no rules: the default serve", "[]", A, R"({"if": [true, "a"]})");
    row("empty rule: true", when(""), A, R"({"if": [true, "b", "a"]})");
    row("IN: trimmed, empty ignored, text form for numbers and booleans, any item of a list",
        when(R"({"type": "constraint", "attribute": "plan", "operator": "IN", "values": ["pro", " x ", ""]})"), A,
        "{\"if\": [" + inSet("plan", R"(["pro", "x"])") + ", \"b\", \"a\"]}");
    row("NOT_IN: not IN, so true when absent",
        when(R"({"type": "constraint", "attribute": "plan", "operator": "NOT_IN", "values": ["free"]})"), A,
        "{\"if\": [{\"!\": [" + inSet("plan", R"(["free"])") + "]}, \"b\", \"a\"]}");
    row("user list: IN on userId",
        when(R"({"type": "userList", "values": ["u1", "u2"]})"), A,
        "{\"if\": [" + inSet("userId", R"(["u1", "u2"])") + ", \"b\", \"a\"]}");
    row("STR_STARTS_WITH: scalars only, any value",
        when(R"({"type": "constraint", "attribute": "email", "operator": "STR_STARTS_WITH", "values": ["adm", "root"]})"), A,
        "{\"if\": [{\"and\": [" + present("email") + ", " + scalar("email") + ", {\"or\": [{\"starts_with\": ["
            + text("email") + ", \"adm\"]}, {\"starts_with\": [" + text("email") + ", \"root\"]}]}]}, \"b\", \"a\"]}");
    row("STR_ENDS_WITH",
        when(R"({"type": "constraint", "attribute": "email", "operator": "STR_ENDS_WITH", "values": ["@x.com"]})"), A,
        "{\"if\": [{\"and\": [" + present("email") + ", " + scalar("email") + ", {\"ends_with\": ["
            + text("email") + ", \"@x.com\"]}]}, \"b\", \"a\"]}");
    row("STR_CONTAINS: in on the text",
        when(R"({"type": "constraint", "attribute": "email", "operator": "STR_CONTAINS", "values": ["oo"]})"), A,
        "{\"if\": [{\"and\": [" + present("email") + ", " + scalar("email") + ", {\"in\": [\"oo\", "
            + text("email") + "]}]}, \"b\", \"a\"]}");
    row("caseInsensitive with caseless values is the plain test",
        when(R"({"type": "constraint", "attribute": "code", "operator": "IN", "values": ["42"], "caseInsensitive": true})"), A,
        "{\"if\": [" + inSet("code", R"(["42"])") + ", \"b\", \"a\"]}");
    row("NUM_LT: JSON numbers only (null would be 0, strings would throw)",
        when(R"({"type": "constraint", "attribute": "age", "operator": "NUM_LT", "values": ["18"]})"), A,
        "{\"if\": [{\"and\": [" + number("age") + ", {\"<\": [" + var("age") + ", 18]}]}, \"b\", \"a\"]}");
    row("SEMVER_GTE: sem_ver on text only (flagd would read the number 2 as 2.0.0)",
        when(R"({"type": "constraint", "attribute": "v", "operator": "SEMVER_GTE", "values": ["1.2.3-rc.1"]})"), A,
        "{\"if\": [{\"and\": [" + present("v") + ", {\"===\": [" + text("v") + ", " + var("v")
            + "]}, {\"sem_ver\": [" + var("v") + ", \">=\", \"1.2.3-rc.1\"]}]}, \"b\", \"a\"]}");
    row("SEMVER_EQ and SEMVER_LT with two values: any, negated",
        when(R"({"type": "constraint", "attribute": "v", "operator": "SEMVER_LT", "values": ["2.0.0", "1.0.0"], "negate": true},
                {"type": "constraint", "attribute": "v", "operator": "SEMVER_EQ", "values": ["3.0.0"]})"), A,
        "{\"if\": [{\"and\": [{\"!\": [{\"and\": [" + present("v") + ", {\"===\": [" + text("v") + ", " + var("v")
            + "]}, {\"or\": [{\"sem_ver\": [" + var("v") + ", \"<\", \"2.0.0\"]}, {\"sem_ver\": [" + var("v")
            + ", \"<\", \"1.0.0\"]}]}]}]}, {\"and\": [" + present("v") + ", {\"===\": [" + text("v") + ", " + var("v")
            + "]}, {\"sem_ver\": [" + var("v") + ", \"=\", \"3.0.0\"]}]}]}, \"b\", \"a\"]}");
    row("REGEX of fixed text, as the flagd import writes it: equality, prefix, suffix, part",
        when(R"x({"type": "constraint", "attribute": "k", "operator": "REGEX", "values": ["\\A\\z", "\\A(?:\\ a|b\\.c)\\z"]},
                {"type": "constraint", "attribute": "k", "operator": "REGEX", "values": ["\\A\\ x", "(?:y\\ )\\z", "(?:\\ z)"]})x"), A,
        "{\"if\": [{\"and\": [{\"and\": [" + present("k") + ", " + scalar("k") + ", {\"or\": [{\"===\": [" + text("k")
            + ", \"\"]}, {\"===\": [" + text("k") + ", \" a\"]}, {\"===\": [" + text("k") + ", \"b.c\"]}]}]}, {\"and\": ["
            + present("k") + ", " + scalar("k") + ", {\"or\": [{\"starts_with\": [" + text("k") + ", \" x\"]}, {\"ends_with\": ["
            + text("k") + ", \"y \"]}, {\"in\": [\" z\", " + text("k") + "]}]}]}]}, \"b\", \"a\"]}");
    row("DATE_AFTER one millisecond before a second: $flagd.timestamp from that second on",
        when(R"({"type": "constraint", "attribute": "currentTime", "operator": "DATE_AFTER", "values": ["2023-11-14T22:13:20.999Z"]})"), A,
        R"({"if": [{">=": [{"var": "$flagd.timestamp"}, 1700000001]}, "b", "a"]})");
    row("DATE_BEFORE a second, negated: $flagd.timestamp not before it",
        when(R"({"type": "constraint", "attribute": "currentTime", "operator": "DATE_BEFORE", "values": ["2023-11-14T23:13:20+01:00"], "negate": true})"), A,
        R"({"if": [{"!": [{"<": [{"var": "$flagd.timestamp"}, 1700000000]}]}, "b", "a"]})");
    row("NUM_GTE with two values: any",
        when(R"({"type": "constraint", "attribute": "age", "operator": "NUM_GTE", "values": ["65", "1.5"]})"), A,
        "{\"if\": [{\"and\": [" + number("age") + ", {\"or\": [{\">=\": [" + var("age") + ", 65]}, {\">=\": ["
            + var("age") + ", 1.5]}]}]}, \"b\", \"a\"]}");
    row("NUM_EQ, NUM_GT, NUM_LTE",
        when(R"({"type": "constraint", "attribute": "n", "operator": "NUM_EQ", "values": ["3"]},
                {"type": "constraint", "attribute": "n", "operator": "NUM_GT", "values": ["1"]},
                {"type": "constraint", "attribute": "n", "operator": "NUM_LTE", "values": ["9"]})"), A,
        "{\"if\": [{\"and\": [{\"and\": [" + number("n") + ", {\"==\": [" + var("n") + ", 3]}]}, {\"and\": ["
            + number("n") + ", {\">\": [" + var("n") + ", 1]}]}, {\"and\": [" + number("n") + ", {\"<=\": ["
            + var("n") + ", 9]}]}]}, \"b\", \"a\"]}");
    row("PRESENT and ABSENT: strict comparisons with null",
        when(R"({"type": "constraint", "attribute": "x", "operator": "PRESENT", "values": []},
                {"type": "constraint", "attribute": "y", "operator": "ABSENT", "values": []})"), A,
        "{\"if\": [{\"and\": [" + present("x") + ", {\"===\": [" + var("y") + ", null]}]}, \"b\", \"a\"]}");
    row("negate: !",
        when(R"({"type": "constraint", "attribute": "x", "operator": "PRESENT", "values": [], "negate": true})"), A,
        "{\"if\": [{\"!\": [" + present("x") + "]}, \"b\", \"a\"]}");
    row("segment: its conditions inlined",
        when(R"({"type": "segment", "segment": "s"}, {"type": "constraint", "attribute": "y", "operator": "ABSENT", "values": []})"), A,
        "{\"if\": [{\"and\": [" + present("x") + ", {\"===\": [" + var("y") + ", null]}]}, \"b\", \"a\"]}",
        R"([{"key": "s", "name": "S", "conditions": [{"type": "constraint", "attribute": "x", "operator": "PRESENT", "values": []}]}])");
    row("percentage, skip: a two-way fractional in hundredths, rounded",
        when(R"({"type": "percentage", "percentage": 12.34})"), A,
        "{\"if\": [{\"if\": [" + present("userId") + ", " + gate(catSalt("f", "userId"), 1234) + ", false]}, \"b\", \"a\"]}");
    row("percentage, empty, two attributes, salt",
        when(R"({"type": "percentage", "percentage": 50, "stickiness": ["sessionId", "userId"], "absence": "empty", "salt": "g"})"), A,
        "{\"if\": [{\"if\": [" + present("sessionId") + ", " + gate(catSalt("g", "sessionId"), 5000) + ", "
            + present("userId") + ", " + gate(catSalt("g", "userId"), 5000) + ", " + gate("\"g\"", 5000)
            + "]}, \"b\", \"a\"]}");
    row("percentage, stop: the conditions before it and no attribute answer null",
        when(R"({"type": "constraint", "attribute": "x", "operator": "PRESENT", "values": []},
                {"type": "percentage", "percentage": 100, "absence": "stop"})"), A,
        "{\"if\": [{\"and\": [" + present("x") + ", {\"===\": [" + var("userId") + ", null]}]}, null, {\"and\": ["
            + present("x") + ", {\"if\": [" + present("userId") + ", " + gate(catSalt("f", "userId"), 10000)
            + ", false]}]}, \"b\", \"a\"]}");
    row("split, skip: the rule needs the attribute",
        R"([{"conditions": [], "serve": {"split": {"weights": [{"variation": "a", "weight": 1}, {"variation": "b", "weight": 3}], "total": 4}}}])",
        A, "{\"if\": [" + present("userId") + ", " + fractional(catSalt("f", "userId"), R"(["a", 1], ["b", 3])")
               + ", \"a\"]}");
    row("split, skip, two attributes: the first present wins",
        R"([{"conditions": [], "serve": {"split": {"weights": [{"variation": "a", "weight": 1}, {"variation": "b", "weight": 1}], "total": 2, "stickiness": ["userId", "sessionId"], "salt": "s"}}}])",
        A, "{\"if\": [{\"or\": [" + present("userId") + ", " + present("sessionId") + "]}, {\"if\": ["
               + present("userId") + ", " + fractional(catSalt("s", "userId"), R"(["a", 1], ["b", 1])") + ", "
               + fractional(catSalt("s", "sessionId"), R"(["a", 1], ["b", 1])") + "]}, \"a\"]}");
    row("split, empty: the salt alone when absent (flagd-core's cat writes null as \"null\")",
        R"([{"conditions": [], "serve": {"split": {"weights": [{"variation": "a", "weight": 1}, {"variation": "b", "weight": 1}], "total": 2, "absence": "empty"}}}])",
        A, "{\"if\": [true, {\"if\": [" + present("userId") + ", " + fractional(catSalt("f", "userId"), R"(["a", 1], ["b", 1])")
               + ", " + fractional("\"f\"", R"(["a", 1], ["b", 1])") + "]}, \"a\"]}");
    row("split, stop: null (defaultVariant) when the rule holds without the attribute",
        R"([{"conditions": [], "serve": {"split": {"weights": [{"variation": "a", "weight": 1}, {"variation": "b", "weight": 1}], "total": 2, "absence": "stop"}}}])",
        A, "{\"if\": [{\"===\": [" + var("userId") + ", null]}, null, " + present("userId") + ", "
               + fractional(catSalt("f", "userId"), R"(["a", 1], ["b", 1])") + ", \"a\"]}");
    row("a disabled rule is left out",
        R"([{"disabled": true, "conditions": [{"type": "userList", "values": ["u1"]}], "serve": {"variation": "a"}},
            {"conditions": [{"type": "userList", "values": ["u1"]}], "serve": {"variation": "b"}}])", A,
        "{\"if\": [" + inSet("userId", R"(["u1"])") + ", \"b\", \"a\"]}");
    row("only disabled rules: the default serve alone",
        R"([{"disabled": true, "conditions": [], "serve": {"variation": "b"}}])", A, R"({"if": [true, "a"]})");
    row("default split, skip: off (null) without the attribute",
        "[]", R"({"split": {"weights": [{"variation": "a", "weight": 7}, {"variation": "b", "weight": 3}], "total": 10}})",
        "{\"if\": [" + present("userId") + ", " + fractional(catSalt("f", "userId"), R"(["a", 7], ["b", 3])") + ", null]}");
}

void TestFlagdExport::mapping()
{
    QFETCH(QByteArray, rules);
    QFETCH(QByteArray, defaultServe);
    QFETCH(QByteArray, segments);
    QFETCH(QByteArray, targeting);
    Problems refused;
    const Workspace w = workspace("[" + flagWith(rules, defaultServe) + "]", segments);
    const QJsonObject document = exported(w, &refused);
    QVERIFY2(refused.isEmpty(), qPrintable(problemsText(refused)));
    const QJsonObject flag = document.value(u"flags"_s).toObject().value(u"f"_s).toObject();
    QCOMPARE(compact(flag.value(u"targeting"_s)), compact(json(targeting)));
    // The targeting alone (what the flagd import regenerates to recognise the export's forms).
    const Flag &f = w.flags.first();
    QCOMPARE(compact(FlagdExport::targetingJson(w, f, f.environments.value(u"prod"_s))), compact(json(targeting)));
}

void TestFlagdExport::variantsAndDefaultVariant()
{
    const Workspace w = workspace(R"([
        {"key": "b", "name": "B", "type": "boolean", "variations": [{"key": "yes", "value": true}, {"key": "no", "value": false}],
         "environments": {"prod": {"on": false, "offVariation": "no", "rules": [], "defaultServe": {"variation": "yes"}}}},
        {"key": "n", "name": "N", "type": "number", "variations": [{"key": "small", "value": 1.5}, {"key": "big", "value": 100}],
         "environments": {"prod": {"on": false, "offVariation": "big", "rules": [], "defaultServe": {"variation": "big"}}}},
        {"key": "j", "name": "J", "type": "json", "variations": [{"key": "x", "value": {"a": [1, 2]}}, {"key": "y", "value": {}}],
         "environments": {"prod": {"on": false, "offVariation": "y", "rules": [], "defaultServe": {"variation": "x"}}}}])");
    const QJsonObject flags = exported(w).value(u"flags"_s).toObject();
    QCOMPARE(compact(flags.value(u"b"_s)), compact(json(R"({"state": "ENABLED", "variants": {"yes": true, "no": false}, "defaultVariant": "no", "metadata": {"name": "B"}})")));
    QCOMPARE(compact(flags.value(u"n"_s)), compact(json(R"({"state": "ENABLED", "variants": {"small": 1.5, "big": 100}, "defaultVariant": "big", "metadata": {"name": "N"}})")));
    QCOMPARE(compact(flags.value(u"j"_s)), compact(json(R"({"state": "ENABLED", "variants": {"x": {"a": [1, 2]}, "y": {}}, "defaultVariant": "y", "metadata": {"name": "J"}})")));
}

void TestFlagdExport::offFlagHasNoTargeting()
{
    // Rules of a flag that is off are never evaluated, so they need not be expressible.
    QByteArray flag = flagWith(R"([{"conditions": [{"type": "regex", "pattern": "x"}], "serve": {"variation": "b"}}])",
                               R"({"variation": "a"})");
    flag.replace("\"on\": true", "\"on\": false");
    Problems refused;
    const QJsonObject f = exported(workspace("[" + flag + "]"), &refused).value(u"flags"_s).toObject().value(u"f"_s).toObject();
    QVERIFY2(refused.isEmpty(), qPrintable(problemsText(refused)));
    QVERIFY(!f.contains(u"targeting"_s));
    QCOMPARE(f.value(u"defaultVariant"_s).toString(), u"off"_s);
}

void TestFlagdExport::exactBytes()
{
    const Workspace w = workspace("[" + flagWith(R"([{"conditions": [{"type": "userList", "values": ["u1"]}], "serve": {"variation": "b"}}])",
                                                 R"({"variation": "a"})", "z-flag")
                                  + R"(, {"key": "a-flag", "name": "A", "type": "boolean", "archived": false,
                                         "description": "First", "owner": "ana@example.com", "tags": ["ui", "beta"],
                                         "variations": [{"key": "on", "value": true}, {"key": "off", "value": false}],
                                         "environments": {"prod": {"on": false, "offVariation": "off", "rules": [], "defaultServe": {"variation": "on"}}}}])");
    Problems refused;
    const std::optional<QByteArray> bytes = FlagdExport::write(w, u"prod"_s, false, &refused);
    QVERIFY(bytes);
    const QByteArray expected = R"({
  "$schema": "https://flagd.dev/schema/v0/flags.json",
  "flags": {
    "a-flag": {
      "state": "ENABLED",
      "variants": {
        "on": true,
        "off": false
      },
      "defaultVariant": "off",
      "metadata": {
        "name": "A",
        "description": "First",
        "owner": "ana@example.com",
        "tags": "ui,beta"
      }
    },
    "z-flag": {
      "state": "ENABLED",
      "variants": {
        "off": "O",
        "a": "A",
        "b": "B"
      },
      "defaultVariant": "off",
      "targeting": {
        "if": [
          {
            "and": [
              {
                "!==": [
                  {
                    "var": "userId"
                  },
                  null
                ]
              },
              {
                "if": [
                  {
                    "in": [
                      {
                        "var": "userId"
                      },
                      {
                        "merge": [
                          {
                            "var": "userId"
                          }
                        ]
                      }
                    ]
                  },
                  {
                    "in": [
                      {
                        "cat": [
                          {
                            "var": "userId"
                          }
                        ]
                      },
                      [
                        "u1"
                      ]
                    ]
                  },
                  {
                    "some": [
                      {
                        "var": "userId"
                      },
                      {
                        "in": [
                          {
                            "var": ""
                          },
                          [
                            "u1"
                          ]
                        ]
                      }
                    ]
                  }
                ]
              }
            ]
          },
          "b",
          "a"
        ]
      },
      "metadata": {
        "name": "F"
      }
    }
  }
}
)";
    QCOMPARE(*bytes, expected);
}

void TestFlagdExport::deterministic()
{
    const QByteArray one = flagWith(R"([{"conditions": [{"type": "percentage", "percentage": 25}], "serve": {"variation": "b"}}])",
                                    R"({"variation": "a"})", "one");
    const QByteArray two = flagWith("[]", R"({"split": {"weights": [{"variation": "a", "weight": 1}, {"variation": "b", "weight": 1}], "total": 2}})", "two");
    Problems refused;
    const auto first = FlagdExport::write(workspace("[" + one + ", " + two + "]"), u"prod"_s, false, &refused);
    const auto again = FlagdExport::write(workspace("[" + one + ", " + two + "]"), u"prod"_s, false, &refused);
    const auto swapped = FlagdExport::write(workspace("[" + two + ", " + one + "]"), u"prod"_s, false, &refused);
    QVERIFY(first && again && swapped);
    QCOMPARE(*again, *first);
    QCOMPARE(*swapped, *first); // flags sorted by key
    QVERIFY(first->indexOf("\"one\"") < first->indexOf("\"two\""));
}

void TestFlagdExport::refused_data()
{
    QTest::addColumn<QByteArray>("flag");
    QTest::addColumn<QString>("reason");

    const auto when = [](const QByteArray &condition) -> QByteArray {
        return flagWith("[{\"conditions\": [" + condition + "], \"serve\": {\"variation\": \"b\"}}]", R"({"variation": "a"})");
    };
    const auto constraint = [&when](const char *op, const char *values, const char *extra = "") -> QByteArray {
        return when("{\"type\": \"constraint\", \"attribute\": \"x\", \"operator\": \"" + QByteArray(op)
                    + "\", \"values\": " + values + extra + "}");
    };
    const auto row = [](const char *name, const QByteArray &flag, const QString &reason) {
        QTest::newRow(name) << flag << reason;
    };
    row("PARSE_ERROR in a rule", flagWith(R"([{"conditions": [], "serve": {"error": "PARSE_ERROR", "source": "{}"}}])", R"({"variation": "a"})"),
        u"f: rule 1: serves PARSE_ERROR in a rule: flagd answers it for every context or none"_s);
    row("PARSE_ERROR after rules", flagWith(R"([{"conditions": [{"type": "userList", "values": ["u"]}], "serve": {"variation": "b"}}])",
                                            R"({"error": "PARSE_ERROR", "source": "{}"})"),
        u"f: default serve: serves PARSE_ERROR after rules: flagd answers it for every context or none"_s);
    row("REGEX", constraint("REGEX", R"(["^a"])"), u"f: rule 1, condition 1: operator REGEX cannot be expressed in flagd (only patterns of fixed text, as the flagd import writes them)"_s);
    row("REGEX with a class", constraint("REGEX", R"x(["\\Aa\\d"])x"), u"f: rule 1, condition 1: operator REGEX cannot be expressed in flagd (only patterns of fixed text, as the flagd import writes them)"_s);
    row("IN_CIDR", constraint("IN_CIDR", R"(["10.0.0.0/8"])"), u"f: rule 1, condition 1: operator IN_CIDR cannot be expressed in flagd"_s);
    row("DATE_AFTER off a second", constraint("DATE_AFTER", R"(["2024-01-01T00:00:00Z"])"), u"f: rule 1, condition 1: operator DATE_AFTER with an instant flagd's $flagd.timestamp (whole seconds) cannot express exactly: it takes an instant one millisecond before on a whole second"_s);
    row("DATE_BEFORE off a second", constraint("DATE_BEFORE", R"(["2024-01-01T00:00:00.500Z"])"), u"f: rule 1, condition 1: operator DATE_BEFORE with an instant flagd's $flagd.timestamp (whole seconds) cannot express exactly: it takes an instant on a whole second"_s);
    row("caseInsensitive IN", constraint("IN", R"(["Pro"])", ", \"caseInsensitive\": true"),
        u"f: rule 1, condition 1: operator IN with caseInsensitive (flagd compares case-sensitively)"_s);
    row("caseInsensitive STR_CONTAINS", constraint("STR_CONTAINS", R"(["a"])", ", \"caseInsensitive\": true"),
        u"f: rule 1, condition 1: operator STR_CONTAINS with caseInsensitive (flagd compares case-sensitively)"_s);
    row("regex condition", when(R"({"type": "regex", "pattern": "^a"})"), u"f: rule 1, condition 1: regex conditions cannot be expressed in flagd"_s);
    row("schedule", when(R"({"type": "schedule", "start": "2024-01-01T00:00:00"})"), u"f: rule 1, condition 1: schedules cannot be expressed in flagd"_s);
    row("IP/CIDR", when(R"({"type": "ipCidr", "values": ["10.0.0.1"]})"), u"f: rule 1, condition 1: IP/CIDR conditions cannot be expressed in flagd"_s);
    row("prerequisite", when(R"({"type": "prerequisite", "flag": "g"})") + ", " + flagWith("[]", R"({"variation": "a"})", "g"),
        u"f: rule 1, condition 1: prerequisites cannot be expressed in flagd (targeting cannot evaluate another flag)"_s);
    row("plugin", when(R"({"type": "plugin", "plugin": "weekday", "config": {}})"), u"f: rule 1, condition 1: plugin \"weekday\" cannot be expressed in flagd"_s);
    row("percentage, scheme unleash", when(R"({"type": "percentage", "percentage": 5, "scheme": "unleash"})"),
        u"f: rule 1, condition 1: bucketing scheme unleash (flagd buckets with its own scheme only)"_s);
    row("percentage, scheme rollout", when(R"({"type": "percentage", "percentage": 5, "scheme": "rollout"})"),
        u"f: rule 1, condition 1: bucketing scheme rollout (flagd buckets with its own scheme only)"_s);
    row("percentage, absence random", when(R"({"type": "percentage", "percentage": 5, "absence": "random"})"),
        u"f: rule 1, condition 1: absence policy random (flagd has no random buckets)"_s);
    row("percentage, non-ASCII salt", when(R"({"type": "percentage", "percentage": 5, "salt": "grün"})"),
        u"f: rule 1, condition 1: the salt \"grün\" is not ASCII (flagd-core hashes UTF-16 code units, Pennon UTF-8 bytes)"_s);
    row("split, scheme unleash in the default serve",
        flagWith("[]", R"({"split": {"weights": [{"variation": "a", "weight": 1}], "total": 1, "scheme": "unleash"}})"),
        u"f: default serve: bucketing scheme unleash (flagd buckets with its own scheme only)"_s);
    row("split, absence random",
        flagWith(R"([{"conditions": [], "serve": {"split": {"weights": [{"variation": "a", "weight": 1}], "total": 1, "absence": "random"}}}])", R"({"variation": "a"})"),
        u"f: rule 1: absence policy random (flagd has no random buckets)"_s);
    row("inside a segment: named by the rule's condition",
        when(R"({"type": "constraint", "attribute": "y", "operator": "PRESENT", "values": []}, {"type": "segment", "segment": "geo"})"),
        u"f: rule 1, condition 2: operator IN_CIDR cannot be expressed in flagd"_s);
    row("json flag with a non-object value",
        R"({"key": "f", "name": "F", "type": "json", "variations": [{"key": "a", "value": [1]}, {"key": "off", "value": {}}],
            "environments": {"prod": {"on": false, "offVariation": "off", "rules": [], "defaultServe": {"variation": "off"}}}})",
        u"f: variation \"a\" is not a JSON object (flagd's object flags hold objects only)"_s);
    row("not configured in the environment",
        R"({"key": "f", "name": "F", "type": "boolean", "variations": [{"key": "on", "value": true}, {"key": "off", "value": false}], "environments": {}})",
        u"f: not configured in environment \"prod\""_s);
}

void TestFlagdExport::refused()
{
    QFETCH(QByteArray, flag);
    QFETCH(QString, reason);
    const Workspace w = workspace("[" + flag + "]",
                                  R"([{"key": "geo", "name": "Geo", "conditions": [{"type": "constraint", "attribute": "ip", "operator": "IN_CIDR", "values": ["10.0.0.0/8"]}]}])");
    Problems refused;
    QVERIFY(!FlagdExport::write(w, u"prod"_s, false, &refused));
    QCOMPARE(problemsText(refused), reason);
    // A targeting the export refuses is no JSON at all (flags refused for their variations or
    // environment are not the targeting's business).
    const Flag &f = w.flags.first();
    if (f.environments.contains(u"prod"_s) && f.environments.value(u"prod"_s).on
        && !reason.contains(u"variation"_s) && !reason.contains(u"no variations"_s)) {
        QVERIFY(FlagdExport::targetingJson(w, f, f.environments.value(u"prod"_s)).isUndefined());
    }
}

void TestFlagdExport::everyReasonListed()
{
    const QByteArray flag = flagWith(R"([
        {"conditions": [{"type": "regex", "pattern": "a"}, {"type": "schedule", "end": "2030-01-01T00:00:00"}], "serve": {"variation": "b"}},
        {"conditions": [{"type": "ref", "activation": "office"}], "serve": {"variation": "a"}}])",
                                     R"({"split": {"weights": [{"variation": "a", "weight": 1}], "total": 1, "scheme": "unleash"}})");
    const Workspace w = workspace("[" + flag + "]", "[]",
                                  R"([{"key": "office", "name": "Office", "condition": {"type": "ipCidr", "values": ["10.0.0.1"]}}])");
    Problems refused;
    QVERIFY(!FlagdExport::write(w, u"prod"_s, false, &refused));
    QCOMPARE(problemsText(refused),
             u"f: rule 1, condition 1: regex conditions cannot be expressed in flagd\n"
             "f: rule 1, condition 2: schedules cannot be expressed in flagd\n"
             "f: rule 2, condition 1: IP/CIDR conditions cannot be expressed in flagd\n"
             "f: default serve: bucketing scheme unleash (flagd buckets with its own scheme only)"_s);
}

void TestFlagdExport::lenientSkipsAndLists()
{
    const QByteArray bad = flagWith(R"([{"conditions": [{"type": "regex", "pattern": "a"}], "serve": {"variation": "b"}}])",
                                    R"({"variation": "a"})", "bad");
    const QByteArray good = flagWith("[]", R"({"variation": "b"})", "good");
    const Workspace w = workspace("[" + bad + ", " + good + "]");
    Problems strict;
    QVERIFY(!FlagdExport::write(w, u"prod"_s, false, &strict));
    Problems refused;
    const std::optional<QByteArray> bytes = FlagdExport::write(w, u"prod"_s, true, &refused);
    QVERIFY(bytes);
    QCOMPARE(refused, strict);
    QCOMPARE(problemsText(refused), u"bad: rule 1, condition 1: regex conditions cannot be expressed in flagd"_s);
    const QJsonObject flags = QJsonDocument::fromJson(*bytes).object().value(u"flags"_s).toObject();
    QCOMPARE(flags.keys(), QStringList{u"good"_s});
}

void TestFlagdExport::numericWarning()
{
    const QByteArray flag = flagWith(R"([{"conditions": [{"type": "constraint", "attribute": "age", "operator": "NUM_LT", "values": ["18"]}], "serve": {"variation": "b"}}])",
                                     R"({"variation": "a"})");
    Problems refused;
    Problems warnings;
    QVERIFY(FlagdExport::write(workspace("[" + flag + "]"), u"prod"_s, false, &refused, &warnings));
    QCOMPARE(problemsText(warnings),
             u"f: NUM_LT hold in flagd for JSON numbers only: Pennon also compares a decimal string such as \"17\", which flagd answers as not holding"_s);

    const QByteArray versioned = flagWith(R"([{"conditions": [{"type": "constraint", "attribute": "v", "operator": "SEMVER_GT", "values": ["1.0.0"]}], "serve": {"variation": "b"}}])",
                                          R"({"variation": "a"})");
    warnings.clear();
    QVERIFY(FlagdExport::write(workspace("[" + versioned + "]"), u"prod"_s, false, &refused, &warnings));
    QVERIFY(refused.isEmpty());
    QCOMPARE(problemsText(warnings),
             u"f: SEMVER_* become flagd's sem_ver, which also reads malformed versions such as \"v1.2.3\" or \"1.2\" that Pennon's strict Semantic Versions reject"_s);
}

void TestFlagdExport::unknownEnvironment()
{
    Problems refused;
    QVERIFY(!FlagdExport::write(workspace("[]"), u"staging"_s, true, &refused));
    QCOMPARE(problemsText(refused), u"no environment \"staging\" in the workspace"_s);
}

void TestFlagdExport::cli_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outContains");
    QTest::addColumn<QString>("errContains");

    QTest::newRow("one environment: --env may be left out")
        << QStringList{u"--from-format"_s, u"native"_s, u"--format"_s, u"flagd"_s, u"--lenient"_s} << 0
        << u"\"good\": {"_s << u"pennonctl: export: skipped bad: rule 1, condition 1: regex conditions cannot be expressed in flagd"_s;
    QTest::newRow("refused: exit 2, nothing written")
        << QStringList{u"--format"_s, u"flagd"_s, u"--env"_s, u"prod"_s} << 2 << QString()
        << u"pennonctl: export: 1 flag cannot be expressed in flagd exactly; nothing written (--lenient leaves it out)"_s;
    QTest::newRow("--lenient: the rest, the skipped ones listed")
        << QStringList{u"--format"_s, u"flagd"_s, u"--env"_s, u"prod"_s, u"--lenient"_s} << 0 << u"\"good\": {"_s
        << u"pennonctl: export: skipped bad: rule 1, condition 1: regex conditions cannot be expressed in flagd"_s;
    QTest::newRow("unknown environment")
        << QStringList{u"--format"_s, u"flagd"_s, u"--env"_s, u"qa"_s} << 2 << QString() << u"unknown environment 'qa'"_s;
    QTest::newRow("unknown format")
        << QStringList{u"--format"_s, u"yaml"_s} << 2 << QString() << u"unknown export format 'yaml' (expected native, flagd, unleash or csv)"_s;
}

void TestFlagdExport::cli()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, outContains);
    QFETCH(QString, errContains);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"ws.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const Workspace w = workspace("[" + flagWith(R"([{"conditions": [{"type": "regex", "pattern": "a"}], "serve": {"variation": "b"}}])",
                                                     R"({"variation": "a"})", "bad")
                                      + ", " + flagWith("[]", R"({"variation": "b"})", "good") + "]");
        file.write(PennonJson::write(w));
    }
    const CtlRun run = runPennonCtl(QStringList{u"export"_s, u"--from"_s, path} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    if (outContains.isEmpty())
        QCOMPARE(run.out, QString());
    else
        QVERIFY2(run.out.contains(outContains), qPrintable(run.out));
    QVERIFY2(run.err.contains(errContains), qPrintable(run.err));
}

void TestFlagdExport::servedOutcomes()
{
    // An error serves a name that is no variant (the one kept from flagd, else ""), no value
    // serves null and the flag loses its defaultVariant (so that null answers nothing), and
    // the off variation is then written by name where evaluation stops.
    Problems problems;
    const QByteArray errors = flagWith(
        R"([{"conditions": [{"type": "userList", "values": ["u1"]}], "serve": {"error": "GENERAL", "source": "maybe"}},
            {"conditions": [{"type": "userList", "values": ["u2"]}], "serve": {"error": "GENERAL", "source": "a"}},
            {"conditions": [{"type": "userList", "values": ["u3"]}], "serve": {"split": {"weights": [{"variation": "a", "weight": 1},
                {"noValue": true, "weight": 1}, {"error": "GENERAL", "weight": 1}], "total": 3, "absence": "stop"}}}])",
        R"({"noValue": true})");
    const QJsonObject flag = exported(workspace("[" + errors + "]"), &problems).value(u"flags"_s).toObject().value(u"f"_s).toObject();
    QVERIFY2(!flag.isEmpty(), qPrintable(problemsText(problems)));
    QVERIFY(!flag.contains(u"defaultVariant"_s));
    const QJsonArray chain = flag.value(u"targeting"_s).toObject().value(u"if"_s).toArray();
    QCOMPARE(chain.at(1), QJsonValue(u"maybe"_s));
    QCOMPARE(chain.at(3), QJsonValue(u""_s));   // "a" is a variant now: a name that is none
    QCOMPARE(chain.at(5), QJsonValue(u"off"_s)); // the stop policy: the off variation by name
    const QJsonArray buckets = chain.at(7).toObject().value(u"fractional"_s).toArray();
    QCOMPARE(buckets.at(1), QJsonValue(QJsonArray{u"a"_s, 1}));
    QCOMPARE(buckets.at(2), QJsonValue(QJsonArray{QJsonValue::Null, 1}));
    QCOMPARE(buckets.at(3), QJsonValue(QJsonArray{u""_s, 1}));
    QCOMPARE(chain.last(), QJsonValue(QJsonValue::Null));

    // PARSE_ERROR of a flag without rules: the targeting flagd could not parse, as it came.
    const QJsonObject parsed = exported(workspace("[" + flagWith("[]", R"({"error": "PARSE_ERROR", "source": "{\"regex_match\":[1]}"})") + "]"))
            .value(u"flags"_s).toObject().value(u"f"_s).toObject();
    QCOMPARE(parsed.value(u"targeting"_s), QJsonValue(QJsonObject{{u"regex_match"_s, QJsonArray{1}}}));
    QCOMPARE(parsed.value(u"defaultVariant"_s), QJsonValue(u"off"_s));
    // A source flagd could parse is not written as it is: an operator flagd does not know.
    const QJsonObject wrapped = exported(workspace("[" + flagWith("[]", R"({"error": "PARSE_ERROR", "source": "{\"var\":\"x\"}"})") + "]"))
            .value(u"flags"_s).toObject().value(u"f"_s).toObject();
    QCOMPARE(wrapped.value(u"targeting"_s).toObject().keys(), QStringList{u"unparsable"_s});
}

void TestFlagdExport::disabledRulesLeftOut()
{
    // Nothing in a disabled rule is exported, so nothing in it is refused: a regex, a served
    // PARSE_ERROR (which flagd answers for every context or none), a served no value (which
    // would drop the defaultVariant).
    const QByteArray rules = R"([
        {"disabled": true, "conditions": [{"type": "regex", "pattern": "^a"}], "serve": {"variation": "b"}},
        {"conditions": [{"type": "constraint", "attribute": "plan", "operator": "IN", "values": ["pro"]}], "serve": {"variation": "b"}},
        {"disabled": true, "conditions": [], "serve": {"error": "PARSE_ERROR", "source": "{}"}},
        {"disabled": true, "conditions": [{"type": "userList", "values": ["u1"]}], "serve": {"noValue": true}},
        {"conditions": [{"type": "userList", "values": ["u2"]}], "serve": {"variation": "a"}}])";
    const Workspace w = workspace("[" + flagWith(rules, R"({"variation": "off"})") + "]");
    Problems refused;
    const std::optional<QByteArray> bytes = FlagdExport::write(w, u"prod"_s, false, &refused);
    QVERIFY2(bytes, qPrintable(problemsText(refused)));
    const QJsonObject flag = QJsonDocument::fromJson(*bytes).object().value(u"flags"_s).toObject().value(u"f"_s).toObject();
    QCOMPARE(flag.value(u"defaultVariant"_s).toString(), u"off"_s);
    QCOMPARE(compact(flag.value(u"targeting"_s)),
             compact(json("{\"if\": [" + inSet("plan", R"(["pro"])") + ", \"b\", " + inSet("userId", R"(["u2"])")
                          + ", \"a\", \"off\"]}")));

    // Read back, it is the flag without its disabled rules, and answers as the workspace does
    // (with the rule numbers of each).
    Problems problems;
    const std::optional<Workspace> back = FlagdImport::read(*bytes, u"prod"_s, &problems);
    QVERIFY2(back, qPrintable(problemsText(problems)));
    const QList<Rule> backRules = back->flags.first().environments.value(u"prod"_s).rules;
    QCOMPARE(backRules.size(), 2);
    QVERIFY(std::none_of(backRules.cbegin(), backRules.cend(), [](const Rule &r) { return r.disabled; }));
    const auto ours = Engine::compile(w, u"prod"_s);
    const auto theirs = Engine::compile(*back, u"prod"_s);
    const QList<std::pair<QByteArray, int>> contexts{
        {R"({"userId": "u1", "plan": "pro"})", 1}, {R"({"userId": "u1"})", -1},
        {R"({"userId": "u2"})", 4}, {R"({"userId": "ann", "plan": "free"})", -1}, {"{}", -1}};
    for (const auto &[text, rule] : contexts) {
        Problems contextProblems;
        const auto context = Context::fromJson(json(text), QString(), &contextProblems);
        QVERIFY(context);
        const EvaluationResult a = ours->evaluate(u"f", *context);
        const EvaluationResult b = theirs->evaluate(u"f", *context);
        QCOMPARE(ours->variationKey(a), theirs->variationKey(b));
        QCOMPARE(a.rule, rule);
    }
}

QTEST_GUILESS_MAIN(TestFlagdExport)
#include "tst_flagdexport.moc"
