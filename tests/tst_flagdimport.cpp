// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// flagd import: every construct of a flagd flag definition, checked by evaluating the
// imported workspace with Pennon's engine on concrete contexts. The expected variants were
// taken from flagd's own evaluator (@openfeature/flagd-core 4.0.1, run by hand on the same
// file and contexts while writing the rows); "!disabled" stands for flagd's DISABLED answer,
// which Pennon gives as the off variation (the defaultVariant), reason DISABLED.
// Then every input that cannot be reproduced, refused at its exact JSON pointer, and the
// real pennonctl reading flagd files (eval, import into SQLite, export, a bad file).

#include "ctlrunner.h"
#include "engine/context.h"
#include "engine/engine.h"
#include "exporttestutil.h"
#include "formats/flagdexport.h"
#include "formats/flagdimport.h"
#include "formats/pennonjson.h"
#include "formats/workspacefile.h"
#include "validation/validator.h"
#include "values/instant.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

QJsonValue json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in a test row: %s", qPrintable(error.errorString()));
    return document.array().at(0);
}

QString problemsText(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

/// The flag "f" of a flagd file, imported into the environment "default".
std::optional<Workspace> import(const QByteArray &file, Problems *problems, Problems *warnings = nullptr)
{
    return FlagdImport::read(file, u"default"_s, problems, warnings);
}

const EnvironmentConfig &config(const Workspace &workspace, const QString &flag = u"f"_s)
{
    return workspace.flag(flag)->environments.find(u"default"_s).value();
}

} // namespace

class TestFlagdImport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void evaluatesLikeFlagd_data();
    void evaluatesLikeFlagd();
    void flagTypes();
    void structure();
    void roundTripShapes();
    void exportReadBack_data();
    void exportReadBack();
    void exportFormsAmongOthers();
    void warnings();
    void brokenDataWarnings_data();
    void brokenDataWarnings();
    void brokenDataStructure();
    void metadata();
    void environmentName();
    void refused_data();
    void refused();
    void timestamp();
    void reportsEveryProblem();
    void workspaceFileReadsFlagd();
    void ctlEval();
    void ctlImportIntoSqlite();
    void ctlExportFromFlagd();
    void ctlSimulateFromFlagd();
    void ctlBadFile();

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }
    QTemporaryDir m_dir;
};

// ---------------------------------------------------------------------------------------------
// Mapping, checked by evaluation

void TestFlagdImport::evaluatesLikeFlagd_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QByteArray>("contexts");
    QTest::addColumn<QByteArray>("expected");

    const auto row = [](const char *name, const char *file, const char *contexts, const char *expected) {
        QTest::newRow(name) << QByteArray(file) << QByteArray(contexts) << QByteArray(expected);
    };

    row("bool variants, no targeting",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off"}}})",
        R"([{}])",
        R"(["off"])");
    row("string variants, empty targeting",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"red": "#f00", "blue": "#00f"}, "defaultVariant": "blue", "targeting": {}}}})",
        R"([{}])",
        R"(["blue"])");
    row("number variants, number result",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"1": 1, "2": 2.5}, "defaultVariant": "1", "targeting": {"if": [{"==": [{"var": "x"}, "1"]}, 2, 1]}}}})",
        R"([{}, {"x": "1"}])",
        R"(["1", "2"])");
    row("object variants",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"rich": {"color": "gold", "n": [1, 2]}, "plain": {}}, "defaultVariant": "plain", "targeting": {"if": [{"==": [{"var": "plan"}, "pro"]}, "rich", "plain"]}}}})",
        R"([{}, {"plan": "pro"}])",
        R"(["plain", "rich"])");
    row("mixed variant types",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"s": "text", "n": 3, "o": {"k": true}}, "defaultVariant": "o", "targeting": {"if": [{"==": [{"var": "x"}, "s"]}, "s", "n"]}}}})",
        R"([{}, {"x": "s"}, {"x": "t"}])",
        R"(["n", "s", "n"])");
    row("boolean result names variants true/false",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"true": true, "false": false}, "defaultVariant": "false", "targeting": {"==": [{"var": "x"}, "y"]}}}})",
        R"([{}, {"x": "y"}, {"x": "z"}])",
        R"(["false", "true", "false"])");
    row("null result: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "x"}, "y"]}, null, "on"]}}}})",
        R"([{}, {"x": "y"}])",
        R"(["on", "off"])");
    row("if with else",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "x"}, "y"]}, "on", "off"]}}}})",
        R"([{}, {"x": "y"}, {"x": "z"}])",
        R"(["off", "on", "off"])");
    row("if without else falls back",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"if": [{"==": [{"var": "x"}, "1"]}, "a", {"==": [{"var": "x"}, "2"]}, "b"]}}}})",
        R"([{}, {"x": "1"}, {"x": "2"}, {"x": "3"}])",
        R"(["c", "a", "b", "c"])");
    row("if chain with else",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "a", "targeting": {"if": [{"==": [{"var": "x"}, "1"]}, "a", {"==": [{"var": "x"}, "2"]}, "b", "c"]}}}})",
        R"([{}, {"x": "1"}, {"x": "2"}, {"x": "3"}])",
        R"(["c", "a", "b", "c"])");
    row("nested if",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"if": [{"==": [{"var": "x"}, "1"]}, {"if": [{"==": [{"var": "y"}, "1"]}, "a", "b"]}, "c"]}}}})",
        R"([{}, {"x": "1"}, {"x": "1", "y": "1"}, {"y": "1"}])",
        R"(["c", "b", "a", "c"])");
    row("nested if without else",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"if": [{"==": [{"var": "x"}, "1"]}, {"if": [{"==": [{"var": "y"}, "1"]}, "a"]}, "b"]}}}})",
        R"([{}, {"x": "1"}, {"x": "1", "y": "1"}, {"y": "1"}])",
        R"(["b", "c", "a", "b"])");
    row("nested if in else",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"if": [{"==": [{"var": "x"}, "1"]}, "a", {"if": [{"==": [{"var": "y"}, "1"]}, "b"]}]}}}})",
        R"([{}, {"x": "1"}, {"y": "1"}, {"x": "2", "y": "2"}])",
        R"(["c", "a", "b", "c"])");
    row("and",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"and": [{"==": [{"var": "x"}, "1"]}, {"==": [{"var": "y"}, "1"]}]}, "on", "off"]}}}})",
        R"([{}, {"x": "1"}, {"x": "1", "y": "1"}])",
        R"(["off", "off", "on"])");
    row("or: several rules",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"or": [{"==": [{"var": "x"}, "1"]}, {"==": [{"var": "y"}, "1"]}]}, "on", "off"]}}}})",
        R"([{}, {"x": "1"}, {"y": "1"}, {"x": "2", "y": "2"}])",
        R"(["off", "on", "on", "off"])");
    row("not",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"!": {"==": [{"var": "x"}, "1"]}}, "on", "off"]}}}})",
        R"([{}, {"x": "1"}, {"x": "2"}])",
        R"(["on", "off", "on"])");
    row("not of a list",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"!": [{"==": [{"var": "x"}, "1"]}]}, "on", "off"]}}}})",
        R"([{}, {"x": "1"}])",
        R"(["on", "off"])");
    row("double negation",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"!!": [{"==": [{"var": "x"}, "1"]}]}, "on", "off"]}}}})",
        R"([{}, {"x": "1"}])",
        R"(["off", "on"])");
    row("negated and",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"!": {"and": [{"==": [{"var": "x"}, "1"]}, {"in": [{"var": "y"}, ["a", "b"]]}]}}, "on", "off"]}}}})",
        R"([{}, {"x": "1"}, {"x": "1", "y": "a"}, {"y": "b"}])",
        R"(["on", "on", "off", "on"])");
    row("negated or",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"!": {"or": [{"==": [{"var": "x"}, "1"]}, {"==": [{"var": "y"}, "1"]}]}}, "on", "off"]}}}})",
        R"([{}, {"x": "1"}, {"y": "1"}, {"x": "2"}])",
        R"(["on", "off", "off", "on"])");
    row("literal conditions",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [false, "on", {"and": [true, {"==": [{"var": "x"}, "1"]}]}, "on", "off"]}}}})",
        R"([{}, {"x": "1"}])",
        R"(["off", "on"])");
    row("== string",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "plan"}, "pro"]}, "on", "off"]}}}})",
        R"([{}, {"plan": "pro"}, {"plan": "free"}])",
        R"(["off", "on", "off"])");
    row("== string, literal first",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": ["pro", {"var": "plan"}]}, "on", "off"]}}}})",
        R"([{}, {"plan": "pro"}, {"plan": "free"}])",
        R"(["off", "on", "off"])");
    row("== number (loose: numeric string)",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "n"}, 5]}, "on", "off"]}}}})",
        R"([{}, {"n": 5}, {"n": "5"}, {"n": "5.0"}, {"n": 6}])",
        R"(["off", "on", "on", "on", "off"])");
    row("== 0 holds when absent",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "n"}, 0]}, "on", "off"]}}}})",
        R"([{}, {"n": 0}, {"n": 1}])",
        R"(["on", "on", "off"])");
    row("== true",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "beta"}, true]}, "on", "off"]}}}})",
        R"([{}, {"beta": true}, {"beta": false}])",
        R"(["off", "on", "off"])");
    row("== false holds when absent",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "beta"}, false]}, "on", "off"]}}}})",
        R"([{}, {"beta": true}, {"beta": false}])",
        R"(["on", "off", "on"])");
    row("== null",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "x"}, null]}, "on", "off"]}}}})",
        R"([{}, {"x": "a"}])",
        R"(["on", "off"])");
    row("!= string",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"!=": [{"var": "plan"}, "pro"]}, "on", "off"]}}}})",
        R"([{}, {"plan": "pro"}, {"plan": "free"}])",
        R"(["on", "off", "on"])");
    row("!= null: presence",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"!=": [{"var": "x"}, null]}, "on", "off"]}}}})",
        R"([{}, {"x": "a"}])",
        R"(["off", "on"])");
    row("=== string",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"===": [{"var": "plan"}, "pro"]}, "on", "off"]}}}})",
        R"([{}, {"plan": "pro"}, {"plan": "x"}])",
        R"(["off", "on", "off"])");
    row("=== number",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"===": [{"var": "n"}, 5]}, "on", "off"]}}}})",
        R"([{}, {"n": 5}, {"n": 6}])",
        R"(["off", "on", "off"])");
    row("=== null",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"===": [{"var": "n"}, null]}, "on", "off"]}}}})",
        R"([{}, {"n": 5}])",
        R"(["on", "off"])");
    row("!== string",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"!==": [{"var": "plan"}, "pro"]}, "on", "off"]}}}})",
        R"([{}, {"plan": "pro"}, {"plan": "x"}])",
        R"(["on", "off", "on"])");
    row("== text with spaces",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "x"}, " a b "]}, "on", "off"]}}}})",
        R"([{}, {"x": " a b "}, {"x": "a b"}])",
        R"(["off", "on", "off"])");
    row("== empty text",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "x"}, ""]}, "on", "off"]}}}})",
        R"([{}, {"x": ""}, {"x": "a"}])",
        R"(["off", "on", "off"])");
    row("< absent is 0",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"<": [{"var": "age"}, 18]}, "on", "off"]}}}})",
        R"([{}, {"age": 10}, {"age": "10"}, {"age": 18}, {"age": 30}])",
        R"(["on", "on", "on", "off", "off"])");
    row("< negative: absent does not hold",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"<": [{"var": "t"}, -5]}, "on", "off"]}}}})",
        R"([{}, {"t": -10}, {"t": 0}])",
        R"(["off", "on", "off"])");
    row("<=",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"<=": [{"var": "age"}, 18]}, "on", "off"]}}}})",
        R"([{}, {"age": 18}, {"age": 19}])",
        R"(["on", "on", "off"])");
    row(">",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{">": [{"var": "age"}, 18]}, "on", "off"]}}}})",
        R"([{}, {"age": 18}, {"age": 19}, {"age": 18.5}])",
        R"(["off", "off", "on", "on"])");
    row(">= 0 holds when absent",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{">=": [{"var": "age"}, 0]}, "on", "off"]}}}})",
        R"([{}, {"age": -1}, {"age": 0}])",
        R"(["on", "off", "on"])");
    row("> literal first",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{">": [18, {"var": "age"}]}, "on", "off"]}}}})",
        R"([{}, {"age": 17}, {"age": 18}])",
        R"(["on", "on", "off"])");
    row("between <",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"<": [1, {"var": "age"}, 18]}, "on", "off"]}}}})",
        R"([{}, {"age": 1}, {"age": 2}, {"age": 18}])",
        R"(["off", "off", "on", "off"])");
    row("between <= with 0 inside",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"<=": [-1, {"var": "age"}, 18]}, "on", "off"]}}}})",
        R"([{}, {"age": -1}, {"age": 18}, {"age": 19}])",
        R"(["on", "on", "on", "off"])");
    row("in list",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"in": [{"var": "country"}, ["de", "fr"]]}, "on", "off"]}}}})",
        R"([{}, {"country": "de"}, {"country": "it"}])",
        R"(["off", "on", "off"])");
    row("in list with numbers",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"in": [{"var": "n"}, [1, 2]]}, "on", "off"]}}}})",
        R"([{}, {"n": 1}, {"n": 3}])",
        R"(["off", "on", "off"])");
    row("in list with spaces",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"in": [{"var": "x"}, ["a", " b"]]}, "on", "off"]}}}})",
        R"([{}, {"x": "a"}, {"x": " b"}, {"x": "b"}])",
        R"(["off", "on", "on", "off"])");
    row("in list with null",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"in": [{"var": "x"}, ["a", null]]}, "on", "off"]}}}})",
        R"([{}, {"x": "a"}, {"x": "b"}])",
        R"(["on", "on", "off"])");
    row("in string: substring",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"in": ["@example.com", {"var": "email"}]}, "on", "off"]}}}})",
        R"([{}, {"email": "a@example.com"}, {"email": "a@other.org"}])",
        R"(["off", "on", "off"])");
    row("in string: list attribute membership",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"in": ["admin", {"var": "roles"}]}, "on", "off"]}}}})",
        R"([{}, {"roles": ["admin", "dev"]}, {"roles": ["administrator"]}, {"roles": "superadmin"}])",
        R"(["off", "on", "off", "on"])");
    row("in: attribute a part of a fixed string",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"in": [{"var": "c"}, "en-US,de"]}, "on", "off"]}}}})",
        R"([{}, {"c": "en"}, {"c": "de"}, {"c": "US,d"}, {"c": ""}, {"c": "fr"}, {"c": "en-US,de,"}])",
        R"(["off", "on", "on", "on", "on", "off", "off"])");
    row("in: part of a string holding null",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"in": [{"var": "c"}, "nullable"]}, "on", "off"]}}}})",
        R"([{}, {"c": "able"}, {"c": "x"}])",
        R"(["on", "on", "off"])");
    row("in: part of a string with spaces",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"in": [{"var": "c"}, "a b"]}, "on", "off"]}}}})",
        R"([{}, {"c": " b"}, {"c": "a "}, {"c": "a"}, {"c": "ab"}])",
        R"(["off", "on", "on", "on", "off"])");
    row("starts_with: attribute a prefix",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"starts_with": ["abc", {"var": "p"}]}, "on", "off"]}}}})",
        R"([{}, {"p": ""}, {"p": "ab"}, {"p": "b"}, {"p": "abcd"}])",
        R"(["off", "on", "on", "off", "off"])");
    row("ends_with: attribute a suffix",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"ends_with": ["abc", {"var": "p"}]}, "on", "off"]}}}})",
        R"([{}, {"p": ""}, {"p": "bc"}, {"p": "ab"}])",
        R"(["off", "on", "on", "off"])");
    row("< text",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"<": [{"var": "d"}, "2024-06-01"]}, "on", "off"]}}}})",
        R"([{}, {"d": "2024-05-31"}, {"d": "2024-06-01"}, {"d": "2024-06"}, {"d": "2024-06-01T00"}, {"d": "2025"}, {"d": ""}, {"d": "Z"}])",
        R"(["off", "on", "off", "on", "off", "off", "on", "off"])");
    row("<= text",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"<=": [{"var": "d"}, "m"]}, "on", "off"]}}}})",
        R"([{}, {"d": "m"}, {"d": "l"}, {"d": "ma"}, {"d": "M"}, {"d": "n"}])",
        R"(["off", "on", "on", "off", "on", "off"])");
    row("> text",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{">": [{"var": "d"}, "m"]}, "on", "off"]}}}})",
        R"([{}, {"d": "m"}, {"d": "ma"}, {"d": "n"}, {"d": "a"}, {"d": ""}])",
        R"(["off", "off", "on", "on", "off", "off"])");
    row(">= text, literal first",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{">=": ["m", {"var": "d"}]}, "on", "off"]}}}})",
        R"([{}, {"d": "m"}, {"d": "ma"}, {"d": "l"}, {"d": "\u00e9"}])",
        R"(["off", "on", "off", "on", "off"])");
    row("between texts",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"<": ["b", {"var": "d"}, "d"]}, "on", "off"]}}}})",
        R"([{}, {"d": "b"}, {"d": "c"}, {"d": "ca"}, {"d": "d"}])",
        R"(["off", "off", "on", "on", "off"])");
    row("starts_with",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"starts_with": [{"var": "id"}, "abc"]}, "on", "off"]}}}})",
        R"([{}, {"id": "abcd"}, {"id": "xabc"}])",
        R"(["off", "on", "off"])");
    row("ends_with",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"ends_with": [{"var": "email"}, "@example.com"]}, "on", "off"]}}}})",
        R"([{}, {"email": "a@example.com"}, {"email": "a@example.comx"}])",
        R"(["off", "on", "off"])");
    row("starts_with text with space",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"starts_with": [{"var": "id"}, " a"]}, "on", "off"]}}}})",
        R"([{}, {"id": " ab"}, {"id": "ab"}])",
        R"(["off", "on", "off"])");
    row("not starts_with",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"!": {"starts_with": [{"var": "id"}, "abc"]}}, "on", "off"]}}}})",
        R"([{}, {"id": "abcd"}, {"id": "x"}])",
        R"(["on", "off", "on"])");
    row("sem_ver =",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"sem_ver": [{"var": "v"}, "=", "1.2.3"]}, "on", "off"]}}}})",
        R"([{}, {"v": "1.2.3"}, {"v": "1.2.4"}, {"v": "1.3.0"}, {"v": "1.0.0-rc.1"}, {"v": "2.0.0"}, {"v": "0.9.9"}, {"v": "1.2.3-beta"}, {"v": "not"}])",
        R"(["off", "on", "off", "off", "off", "off", "off", "off", "off"])");
    row("sem_ver !=",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"sem_ver": [{"var": "v"}, "!=", "1.2.3"]}, "on", "off"]}}}})",
        R"([{}, {"v": "1.2.3"}, {"v": "1.2.4"}, {"v": "1.3.0"}, {"v": "1.0.0-rc.1"}, {"v": "2.0.0"}, {"v": "0.9.9"}, {"v": "1.2.3-beta"}, {"v": "not"}])",
        R"(["off", "off", "on", "on", "on", "on", "on", "on", "off"])");
    row("sem_ver <",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"sem_ver": [{"var": "v"}, "<", "1.2.3"]}, "on", "off"]}}}})",
        R"([{}, {"v": "1.2.3"}, {"v": "1.2.4"}, {"v": "1.3.0"}, {"v": "1.0.0-rc.1"}, {"v": "2.0.0"}, {"v": "0.9.9"}, {"v": "1.2.3-beta"}, {"v": "not"}])",
        R"(["off", "off", "off", "off", "on", "off", "on", "on", "off"])");
    row("sem_ver <=",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"sem_ver": [{"var": "v"}, "<=", "1.2.3"]}, "on", "off"]}}}})",
        R"([{}, {"v": "1.2.3"}, {"v": "1.2.4"}, {"v": "1.3.0"}, {"v": "1.0.0-rc.1"}, {"v": "2.0.0"}, {"v": "0.9.9"}, {"v": "1.2.3-beta"}, {"v": "not"}])",
        R"(["off", "on", "off", "off", "on", "off", "on", "on", "off"])");
    row("sem_ver >",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"sem_ver": [{"var": "v"}, ">", "1.2.3"]}, "on", "off"]}}}})",
        R"([{}, {"v": "1.2.3"}, {"v": "1.2.4"}, {"v": "1.3.0"}, {"v": "1.0.0-rc.1"}, {"v": "2.0.0"}, {"v": "0.9.9"}, {"v": "1.2.3-beta"}, {"v": "not"}])",
        R"(["off", "off", "on", "on", "off", "on", "off", "off", "off"])");
    row("sem_ver >=",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"sem_ver": [{"var": "v"}, ">=", "1.2.3"]}, "on", "off"]}}}})",
        R"([{}, {"v": "1.2.3"}, {"v": "1.2.4"}, {"v": "1.3.0"}, {"v": "1.0.0-rc.1"}, {"v": "2.0.0"}, {"v": "0.9.9"}, {"v": "1.2.3-beta"}, {"v": "not"}])",
        R"(["off", "on", "on", "on", "off", "on", "off", "off", "off"])");
    row("sem_ver ^",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"sem_ver": [{"var": "v"}, "^", "1.2.3"]}, "on", "off"]}}}})",
        R"([{}, {"v": "1.2.3"}, {"v": "1.2.4"}, {"v": "1.3.0"}, {"v": "1.0.0-rc.1"}, {"v": "2.0.0"}, {"v": "0.9.9"}, {"v": "1.2.3-beta"}, {"v": "not"}])",
        R"(["off", "on", "on", "on", "on", "off", "off", "on", "off"])");
    row("sem_ver ~",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"sem_ver": [{"var": "v"}, "~", "1.2.3"]}, "on", "off"]}}}})",
        R"([{}, {"v": "1.2.3"}, {"v": "1.2.4"}, {"v": "1.3.0"}, {"v": "1.0.0-rc.1"}, {"v": "2.0.0"}, {"v": "0.9.9"}, {"v": "1.2.3-beta"}, {"v": "not"}])",
        R"(["off", "on", "on", "off", "off", "off", "off", "on", "off"])");
    row("sem_ver literal v-prefixed and partial",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"sem_ver": [{"var": "v"}, ">=", "v1.2"]}, "on", "off"]}}}})",
        R"([{}, {"v": "1.2.0"}, {"v": "1.1.9"}])",
        R"(["off", "on", "off"])");
    row("sem_ver attribute last",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"sem_ver": ["2.0.0", ">", {"var": "v"}]}, "on", "off"]}}}})",
        R"([{}, {"v": "1.9.0"}, {"v": "2.0.0"}])",
        R"(["off", "on", "off"])");
    row("$flagd.flagKey",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "$flagd.flagKey"}, "f"]}, "on", "off"]}}}})",
        R"([{}])",
        R"(["on"])");
    row("var with default",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": ["plan", "free"]}, "free"]}, "on", "off"]}}}})",
        R"([{}, {"plan": "free"}, {"plan": "pro"}])",
        R"(["on", "on", "off"])");
    row("var with default in <",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"<": [{"var": ["age", 99]}, 18]}, "on", "off"]}}}})",
        R"([{}, {"age": 10}, {"age": 20}])",
        R"(["off", "on", "off"])");
    row("cat of literals",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "x"}, {"cat": ["a", "-", 1]}]}, "on", "off"]}}}})",
        R"([{}, {"x": "a-1"}])",
        R"(["off", "on"])");
    row("var as a condition (truthiness)",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"var": "beta"}, "on", "off"]}}}})",
        R"([{}, {"beta": true}, {"beta": false}, {"beta": ""}, {"beta": "yes"}, {"beta": 0}, {"beta": 1}, {"beta": -2.5}, {"beta": ["a"]}])",
        R"(["off", "on", "off", "off", "on", "off", "on", "on", "on"])");
    row("not var",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"!": {"var": "beta"}}, "on", "off"]}}}})",
        R"([{}, {"beta": true}, {"beta": false}, {"beta": ""}, {"beta": "x"}, {"beta": 0}])",
        R"(["on", "off", "on", "on", "off", "on"])");
    row("var with default as a condition",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"var": ["beta", true]}, "on", "off"]}}}})",
        R"([{}, {"beta": true}, {"beta": false}, {"beta": 7}])",
        R"(["on", "on", "off", "on"])");
    row("fractional without bucketing expression",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"fractional": [["a", 50], ["b", 30], ["c", 20]]}}}})",
        R"([{"targetingKey": "user-0"}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}, {"targetingKey": "user-3"}, {"targetingKey": "user-4"}, {"targetingKey": "user-5"}, {"targetingKey": "user-6"}, {"targetingKey": "user-7"}, {"targetingKey": "user-8"}, {"targetingKey": "user-9"}, {"targetingKey": "user-10"}, {"targetingKey": "user-11"}, {}, {"targetingKey": ""}])",
        R"(["b", "a", "a", "c", "a", "b", "a", "c", "b", "a", "a", "a", "c", "c"])");
    row("fractional shorthand weights",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"fractional": [["a"], ["b"]]}}}})",
        R"([{"targetingKey": "user-0"}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}, {"targetingKey": "user-3"}, {"targetingKey": "user-4"}, {"targetingKey": "user-5"}, {"targetingKey": "user-6"}, {"targetingKey": "user-7"}])",
        R"(["b", "a", "a", "b", "a", "b", "a", "b"])");
    row("fractional stop inside a rule",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"if": [{"==": [{"var": "x"}, "1"]}, {"fractional": [["a", 50], ["b", 50]]}, "b"]}}}})",
        R"([{}, {"x": "1"}, {"x": "1", "targetingKey": "user-1"}, {"x": "1", "targetingKey": "user-2"}, {"x": "1", "targetingKey": "user-3"}, {"x": "1", "targetingKey": ""}])",
        R"(["b", "c", "a", "a", "b", "c"])");
    row("fractional cat with flag key",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"fractional": [{"cat": [{"var": "$flagd.flagKey"}, {"var": "email"}]}, ["a", 25], ["b", 25], ["c", 50]]}}}})",
        R"([{"email": "u0@example.com"}, {"email": "u1@example.com"}, {"email": "u2@example.com"}, {"email": "u3@example.com"}, {"email": "u4@example.com"}, {"email": "u5@example.com"}, {"email": "u6@example.com"}, {"email": "u7@example.com"}, {"email": "u8@example.com"}, {"email": "u9@example.com"}, {"email": "u10@example.com"}, {"email": "u11@example.com"}, {}])",
        R"(["c", "c", "a", "c", "c", "c", "b", "a", "a", "a", "b", "c", "a"])");
    row("fractional cat with salt",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"fractional": [{"cat": ["exp-7", {"var": "email"}]}, ["a", 1], ["b", 1], ["c", 1]]}}}})",
        R"([{"email": "u0@example.com"}, {"email": "u1@example.com"}, {"email": "u2@example.com"}, {"email": "u3@example.com"}, {"email": "u4@example.com"}, {"email": "u5@example.com"}, {"email": "u6@example.com"}, {"email": "u7@example.com"}, {"email": "u8@example.com"}, {"email": "u9@example.com"}, {"email": "u10@example.com"}, {"email": "u11@example.com"}, {}, {"email": ""}])",
        R"(["c", "c", "b", "a", "b", "a", "a", "a", "c", "a", "a", "a", "b", "b"])");
    row("fractional presence-guarded (skip)",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"if": [{"!=": [{"var": "email"}, null]}, {"fractional": [{"cat": ["f", {"var": "email"}]}, ["a", 50], ["b", 50]]}, "c"]}}}})",
        R"([{"email": "u0@example.com"}, {"email": "u1@example.com"}, {"email": "u2@example.com"}, {"email": "u3@example.com"}, {"email": "u4@example.com"}, {"email": "u5@example.com"}, {}])",
        R"(["b", "b", "a", "b", "b", "b", "c"])");
    row("fractional guarded in a rule, then more rules",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "a", "targeting": {"if": [{"and": [{"==": [{"var": "x"}, "1"]}, {"!=": [{"var": "email"}, null]}]}, {"fractional": [{"cat": ["f", {"var": "email"}]}, ["a", 50], ["b", 50]]}, {"==": [{"var": "x"}, "1"]}, "c", "a"]}}}})",
        R"([{"x": "1", "email": "u0@example.com"}, {"x": "1", "email": "u1@example.com"}, {"x": "1", "email": "u2@example.com"}, {"x": "1", "email": "u3@example.com"}, {"x": "1", "email": "u4@example.com"}, {"x": "1", "email": "u5@example.com"}, {"x": "1"}, {}])",
        R"(["b", "b", "a", "b", "b", "b", "c", "a"])");
    row("fractional constant bucketing",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"fractional": ["same", ["a", 50], ["b", 50]]}}}})",
        R"([{}])",
        R"(["b"])");
    row("fractional negative weight counts 0",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"fractional": [["a", -5], ["b", 10]]}}}})",
        R"([{"targetingKey": "user-0"}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}, {"targetingKey": "user-3"}])",
        R"(["b", "b", "b", "b"])");
    row("fractional cat: absent hashes as null",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "a", "b": "b", "c": "c", "d": "d", "e": "e", "g": "g", "h": "h", "i": "i"}, "defaultVariant": "a", "targeting": {"fractional": [{"cat": ["f", {"var": "email"}]}, ["a", 1], ["b", 1], ["c", 1], ["d", 1], ["e", 1], ["g", 1], ["h", 1], ["i", 1]]}}}})",
        R"([{}, {"email": null}, {"email": "null"}, {"email": ""}])",
        R"(["a", "a", "a", "b"])");
    row("fractional cat with a default",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"fractional": [{"cat": ["s", {"var": ["email", "nobody"]}]}, ["a", 1], ["b", 1], ["c", 1]]}}}})",
        R"([{}, {"email": "nobody"}, {"email": "u0@example.com"}, {"email": "u1@example.com"}, {"email": "u2@example.com"}, {"email": "u3@example.com"}, {"email": "u4@example.com"}])",
        R"(["c", "c", "a", "b", "a", "a", "c"])");
    row("fractional cat of a number attribute",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"fractional": [{"cat": ["s", {"var": "n"}]}, ["a", 1], ["b", 1], ["c", 1]]}}}})",
        R"([{"n": 0}, {"n": 1}, {"n": 2}, {"n": 3}, {"n": 4}, {"n": 5}, {"n": 6}, {"n": 7}, {"n": 2.5}, {"n": true}])",
        R"(["c", "a", "a", "a", "b", "b", "b", "a", "a", "b"])");
    row("fractional cat under a compiled if: absent is \"null\"",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "a", "b": "b", "c": "c", "d": "d", "e": "e", "g": "g", "h": "h", "i": "i"}, "defaultVariant": "a", "targeting": {"if": [{"==": [{"var": "x"}, "1"]}, {"fractional": [{"cat": ["t", {"var": "email"}]}, ["a", 1], ["b", 1], ["c", 1], ["d", 1], ["e", 1], ["g", 1], ["h", 1], ["i", 1]]}, "a"]}}}})",
        R"([{"x": "1"}, {"x": "1", "email": "null"}, {"x": "1", "email": ""}, {}])",
        R"(["c", "c", "h", "a"])");
    row("fractional cat under a two-argument if: absent is \"\"",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "a", "b": "b", "c": "c", "d": "d", "e": "e", "g": "g", "h": "h", "i": "i"}, "defaultVariant": "a", "targeting": {"if": [{"==": [{"var": "x"}, "1"]}, {"fractional": [{"cat": ["t", {"var": "email"}]}, ["a", 1], ["b", 1], ["c", 1], ["d", 1], ["e", 1], ["g", 1], ["h", 1], ["i", 1]]}]}}}})",
        R"([{"x": "1"}, {"x": "1", "email": "null"}, {"x": "1", "email": ""}, {}])",
        R"(["h", "c", "h", "a"])");
    row("fractional cat below a two-argument if",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "a", "b": "b", "c": "c", "d": "d", "e": "e", "g": "g", "h": "h", "i": "i"}, "defaultVariant": "a", "targeting": {"if": [{"==": [{"var": "x"}, "1"]}, {"if": [{"==": [{"var": "y"}, "1"]}, {"fractional": [{"cat": ["t", {"var": "email"}]}, ["a", 1], ["b", 1], ["c", 1], ["d", 1], ["e", 1], ["g", 1], ["h", 1], ["i", 1]]}, "b"]}]}}}})",
        R"([{"x": "1", "y": "1"}, {"x": "1", "y": "1", "email": "null"}, {"x": "1", "y": "1", "email": ""}, {"x": "1"}])",
        R"(["h", "c", "h", "b"])");
    row("$ref as condition",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"$ref": "isPro"}, "on", "off"]}}}, "$evaluators": {"isPro": {"==": [{"var": "plan"}, "pro"]}, "split": {"fractional": [["a", 50], ["b", 50]]}}})",
        R"([{}, {"plan": "pro"}])",
        R"(["off", "on"])");
    row("$ref inside and",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"and": [{"$ref": "isPro"}, {"==": [{"var": "x"}, "1"]}]}, "on", "off"]}}}, "$evaluators": {"isPro": {"==": [{"var": "plan"}, "pro"]}, "split": {"fractional": [["a", 50], ["b", 50]]}}})",
        R"([{}, {"plan": "pro", "x": "1"}, {"plan": "pro"}])",
        R"(["off", "on", "off"])");
    row("$ref as result",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"if": [{"$ref": "isPro"}, {"$ref": "split"}, "c"]}}}, "$evaluators": {"isPro": {"==": [{"var": "plan"}, "pro"]}, "split": {"fractional": [["a", 50], ["b", 50]]}}})",
        R"([{}, {"plan": "pro", "targetingKey": "user-1"}, {"plan": "pro", "targetingKey": "user-3"}])",
        R"(["c", "a", "b"])");
    row("$ref in a boolean result",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"true": true, "false": false}, "defaultVariant": "false", "targeting": {"and": [{"$ref": "isPro"}, {"==": [{"var": "x"}, "1"]}]}}}, "$evaluators": {"isPro": {"==": [{"var": "plan"}, "pro"]}, "split": {"fractional": [["a", 50], ["b", 50]]}}})",
        R"([{}, {"plan": "pro"}, {"plan": "pro", "x": "1"}])",
        R"(["false", "false", "true"])");
    row("export idiom: IN",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"and": [{"!==": [{"var": "userId"}, null]}, {"if": [{"in": [{"var": "userId"}, {"merge": [{"var": "userId"}]}]}, {"in": [{"cat": [{"var": "userId"}]}, ["u1", "5", "true"]]}, {"some": [{"var": "userId"}, {"in": [{"var": ""}, ["u1", "5", "true"]]}]}]}]}, "on", "off"]}}}})",
        R"([{}, {"userId": "u1"}, {"userId": 5}, {"userId": true}, {"userId": ["x", "u1"]}, {"userId": "u2"}, {"userId": ["u2"]}])",
        R"(["off", "on", "on", "on", "on", "off", "off"])");
    row("export idiom: NOT_IN",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"!": [{"and": [{"!==": [{"var": "plan"}, null]}, {"if": [{"in": [{"var": "plan"}, {"merge": [{"var": "plan"}]}]}, {"in": [{"cat": [{"var": "plan"}]}, ["pro", "team"]]}, {"some": [{"var": "plan"}, {"in": [{"var": ""}, ["pro", "team"]]}]}]}]}]}, "on", "off"]}}}})",
        R"([{}, {"plan": "pro"}, {"plan": "free"}, {"plan": ["team"]}])",
        R"(["on", "off", "on", "off"])");
    row("export idiom: STR_*",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"and": [{"!==": [{"var": "email"}, null]}, {"in": [{"var": "email"}, {"merge": [{"var": "email"}]}]}, {"or": [{"ends_with": [{"cat": [{"var": "email"}]}, "@acme.example"]}, {"starts_with": [{"cat": [{"var": "email"}]}, "qa"]}, {"in": ["+", {"cat": [{"var": "email"}]}]}]}]}, "on", "off"]}}}})",
        R"([{}, {"email": "a@acme.example"}, {"email": "qa@x"}, {"email": "a+b@x"}, {"email": "b@x"}, {"email": ["qa@x"]}])",
        R"(["off", "on", "on", "on", "off", "off"])");
    row("export idiom: NUM_*",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"and": [{"!==": [{"var": "seats"}, null]}, {"in": [{"var": "seats"}, {"merge": [{"var": "seats"}]}]}, {"!": [{"===": [{"cat": [{"var": "seats"}]}, {"var": "seats"}]}]}, {"!": [{"===": [{"!!": [{"var": "seats"}]}, {"var": "seats"}]}]}, {"or": [{">=": [{"var": "seats"}, 50]}, {"==": [{"var": "seats"}, 7]}]}]}, "on", "off"]}}}})",
        R"([{}, {"seats": 50}, {"seats": 7}, {"seats": 8}, {"seats": true}, {"seats": ["60"]}, {"seats": "x"}])",
        R"(["off", "on", "on", "off", "off", "off", "off"])");
    row("export shape: split sticky by two attributes",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"and": [{"!==": [{"var": "userId"}, null]}, {"if": [{"in": [{"var": "userId"}, {"merge": [{"var": "userId"}]}]}, {"in": [{"cat": [{"var": "userId"}]}, ["u1"]]}, {"some": [{"var": "userId"}, {"in": [{"var": ""}, ["u1"]]}]}]}]}, "on", {"if": [{"!==": [{"var": "userId"}, null]}, {"fractional": [{"cat": ["f", {"var": "userId"}]}, ["on", 50], ["off", 50]]}, {"!==": [{"var": "sessionId"}, null]}, {"fractional": [{"cat": ["f", {"var": "sessionId"}]}, ["on", 50], ["off", 50]]}, null]}]}}}})",
        R"([{}, {"userId": "u1"}, {"userId": "user-1"}, {"userId": "user-2"}, {"sessionId": "s-1"}, {"sessionId": "s-2"}, {"userId": "user-3", "sessionId": "s-1"}])",
        R"(["off", "on", "on", "on", "on", "off", "off"])");
    row("disabled",
        R"({"flags": {"f": {"state": "DISABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [true, "on", "off"]}}}})",
        R"([{}])",
        R"(["!disabled"])");

    // Broken data flagd-core loads and answers with a variant for every context
    // (docs/flagd.md, "Broken data"): imported with a warning, evaluated alike.
    row("fractional weight not whole: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "on", "targeting": {"fractional": [["on", 1.5], ["off", 1]]}}}})",
        R"([{}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}, {"targetingKey": "user-3"}, {"targetingKey": "user-4"}])",
        R"(["on", "on", "on", "on", "on"])");
    row("fractional weight a string: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "on", "targeting": {"fractional": [["on", "50"], ["off", 50]]}}}})",
        R"([{}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}, {"targetingKey": "user-3"}, {"targetingKey": "user-4"}])",
        R"(["on", "on", "on", "on", "on"])");
    row("fractional weight null: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "on", "targeting": {"fractional": [["on", null], ["off", 50]]}}}})",
        R"([{}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}, {"targetingKey": "user-3"}, {"targetingKey": "user-4"}])",
        R"(["on", "on", "on", "on", "on"])");
    row("fractional bucket not a list: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"fractional": [["on", 1], "off"]}}}})",
        R"([{}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}, {"targetingKey": "user-3"}, {"targetingKey": "user-4"}])",
        R"(["off", "off", "off", "off", "off"])");
    row("fractional empty bucket: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"fractional": [["on", 1], []]}}}})",
        R"([{}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}, {"targetingKey": "user-3"}, {"targetingKey": "user-4"}])",
        R"(["off", "off", "off", "off", "off"])");
    row("fractional bucket of three: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"fractional": [["off", 1, 2], ["on", 1]]}}}})",
        R"([{}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}, {"targetingKey": "user-3"}, {"targetingKey": "user-4"}])",
        R"(["off", "off", "off", "off", "off"])");
    row("fractional bucket variant a list: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"fractional": [[["on"], 1], ["off", 1]]}}}})",
        R"([{}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}, {"targetingKey": "user-3"}, {"targetingKey": "user-4"}])",
        R"(["off", "off", "off", "off", "off"])");
    row("fractional of nothing: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "on", "targeting": {"fractional": []}}}})",
        R"([{}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}, {"targetingKey": "user-3"}, {"targetingKey": "user-4"}])",
        R"(["on", "on", "on", "on", "on"])");
    row("fractional not a list: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "on", "targeting": {"fractional": "off"}}}})",
        R"([{}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}, {"targetingKey": "user-3"}, {"targetingKey": "user-4"}])",
        R"(["on", "on", "on", "on", "on"])");
    row("fractional bucketing by a number: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"fractional": [5, ["on", 1], ["off", 1]]}}}})",
        R"([{}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}, {"targetingKey": "user-3"}, {"targetingKey": "user-4"}])",
        R"(["off", "off", "off", "off", "off"])");
    row("fractional bucketing by a boolean: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"fractional": [true, ["on", 1], ["off", 1]]}}}})",
        R"([{}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}, {"targetingKey": "user-3"}, {"targetingKey": "user-4"}])",
        R"(["off", "off", "off", "off", "off"])");
    row("fractional bucketing by null: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"fractional": [null, ["on", 1], ["off", 1]]}}}})",
        R"([{}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}, {"targetingKey": "user-3"}, {"targetingKey": "user-4"}])",
        R"(["off", "off", "off", "off", "off"])");
    row("fractional bucketing string without buckets: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "on", "targeting": {"fractional": ["abc"]}}}})",
        R"([{}])",
        R"(["on"])");
    row("fractional cat without buckets: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "on", "targeting": {"fractional": [{"cat": ["s", {"var": "e"}]}]}}}})",
        R"([{}, {"e": "a"}])",
        R"(["on", "on"])");
    row("fractional malformed beside an attribute variant: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "on", "targeting": {"fractional": [[{"var": "v"}, 1], ["off", 1.5]]}}}})",
        R"([{}, {"targetingKey": "user-1", "v": "off"}])",
        R"(["on", "on"])");
    row("fractional weight beyond the largest total: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"fractional": [["a", 100000000000000000000], ["b", 1]]}}}})",
        R"([{}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}, {"targetingKey": "user-3"}, {"targetingKey": "user-4"}])",
        R"(["c", "c", "c", "c", "c"])");
    row("fractional large negative weight counts 0",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"fractional": [["a", -100000000000000000000], ["b", 1]]}}}})",
        R"([{}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}, {"targetingKey": "user-3"}, {"targetingKey": "user-4"}])",
        R"(["c", "b", "b", "b", "b"])");
    row("malformed fractional in a branch",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"if": [{"==": [{"var": "x"}, "a"]}, {"fractional": [["b", 1.5], ["a", 1]]}, "a"]}}}})",
        R"([{}, {"x": "a"}, {"x": "a", "targetingKey": "user-1"}, {"x": "b", "targetingKey": "user-1"}])",
        R"(["a", "c", "c", "a"])");
    row("sem_ver unknown operator never holds",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"sem_ver": [{"var": "v"}, "=>", "1.0.0"]}, "on", "off"]}}}})",
        R"([{}, {"v": "1.0.0"}, {"v": "2.0.0"}])",
        R"(["off", "off", "off"])");
    row("sem_ver operator a number never holds",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"sem_ver": [{"var": "v"}, 1, "1.0.0"]}, "on", "off"]}}}})",
        R"([{}, {"v": "1.0.0"}])",
        R"(["off", "off"])");
    row("sem_ver operator null never holds",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"sem_ver": [{"var": "v"}, null, "1.0.0"]}, "on", "off"]}}}})",
        R"([{}, {"v": "1.0.0"}])",
        R"(["off", "off"])");
    row("sem_ver with two arguments never holds",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"sem_ver": [{"var": "v"}, "="]}, "on", "off"]}}}})",
        R"([{}, {"v": "1.0.0"}])",
        R"(["off", "off"])");
    row("sem_ver with four arguments never holds",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"sem_ver": [{"var": "v"}, "=", "1.0.0", 4]}, "on", "off"]}}}})",
        R"([{}, {"v": "1.0.0"}])",
        R"(["off", "off"])");
    row("sem_ver unknown operator negated always holds",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"!": {"sem_ver": [{"var": "v"}, "=>", "1.0.0"]}}, "on", "off"]}}}})",
        R"([{}, {"v": "1.0.0"}])",
        R"(["on", "on"])");
    row("< true: as < 1",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"<": [{"var": "n"}, true]}, "on", "off"]}}}})",
        R"([{}, {"n": 0}, {"n": 1}, {"n": 0.5}, {"n": "0"}, {"n": "5"}])",
        R"(["on", "on", "off", "on", "on", "off"])");
    row("< null: as < 0",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"<": [{"var": "n"}, null]}, "on", "off"]}}}})",
        R"([{}, {"n": -1}, {"n": 0}, {"n": 1}, {"n": "-1"}, {"n": "x"}, {"n": ""}])",
        R"(["off", "on", "off", "off", "on", "off", "off"])");
    row("<= null: absent holds",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"<=": [{"var": "n"}, null]}, "on", "off"]}}}})",
        R"([{}, {"n": -1}, {"n": 0}, {"n": 1}, {"n": "x"}])",
        R"(["on", "on", "on", "off", "off"])");
    row(">= false, literal first: as 0 >= n",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{">=": [false, {"var": "n"}]}, "on", "off"]}}}})",
        R"([{}, {"n": -1}, {"n": 0}, {"n": 1}])",
        R"(["on", "on", "on", "off"])");
    row("between null and true",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"<": [null, {"var": "n"}, true]}, "on", "off"]}}}})",
        R"([{}, {"n": 0}, {"n": 0.5}, {"n": 1}])",
        R"(["off", "off", "on", "off"])");
    row("list as a condition holds",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [[0], "on", "off"]}}}})",
        R"([{}])",
        R"(["on"])");
    row("list of an attribute as a condition holds",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [[{"var": "x"}], "on", "off"]}}}})",
        R"([{}, {"x": "a"}])",
        R"(["on", "on"])");
    row("empty list as a condition never holds",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [[], "on", "off"]}}}})",
        R"([{}])",
        R"(["off"])");
    row("and of nothing never holds",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"and": []}, "on", "off"]}}}})",
        R"([{}])",
        R"(["off"])");
    row("or of nothing never holds",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"or": []}, "on", "off"]}}}})",
        R"([{}])",
        R"(["off"])");
    row("not of an and of nothing holds",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"!": {"and": []}}, "on", "off"]}}}})",
        R"([{}])",
        R"(["on"])");
    row("and with an empty or",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"or": [{"or": []}, {"==": [{"var": "x"}, "a"]}]}, "on", "off"]}}}})",
        R"([{}, {"x": "a"}])",
        R"(["off", "on"])");
    row("if with one argument serves it",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": ["on"]}}}})",
        R"([{}])",
        R"(["on"])");
    row("if without arguments: defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "on", "targeting": {"if": []}}}})",
        R"([{}])",
        R"(["on"])");
    row("if of one and no arguments in branches",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c", "targeting": {"if": [{"==": [{"var": "x"}, "1"]}, {"if": ["a"]}, {"if": []}]}}}})",
        R"([{}, {"x": "1"}, {"x": "2"}])",
        R"(["c", "a", "c"])");
    row("var with extra arguments",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": ["x", 1, 2]}, 1]}, "on", "off"]}}}})",
        R"([{}, {"x": 1}, {"x": 2}])",
        R"(["on", "on", "off"])");
    row("not with extra arguments",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"!": [{"var": "x"}, 1]}, "on", "off"]}}}})",
        R"([{}, {"x": "a"}, {"x": ""}])",
        R"(["on", "off", "on"])");
    row("double negation with extra arguments",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"!!": [{"==": [{"var": "x"}, "a"]}, {"var": "y"}]}, "on", "off"]}}}})",
        R"([{}, {"x": "a"}, {"y": "a"}])",
        R"(["off", "on", "off"])");
    row("== with three arguments: a chain that never holds",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "x"}, 1, 2]}, "on", "off"]}}}})",
        R"([{}, {"x": 1}, {"x": 2}])",
        R"(["off", "off", "off"])");
    row("== chain with the attribute in the middle",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [1, {"var": "x"}, 1]}, "on", "off"]}}}})",
        R"([{}, {"x": 1}, {"x": "1"}, {"x": 2}])",
        R"(["off", "on", "on", "off"])");
    row("=== chain of four",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"===": ["a", "a", {"var": "x"}, "a"]}, "on", "off"]}}}})",
        R"([{}, {"x": "a"}, {"x": "b"}])",
        R"(["off", "on", "off"])");
    row("!= chain",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"!=": [{"var": "x"}, "a", "b"]}, "on", "off"]}}}})",
        R"([{}, {"x": "a"}, {"x": "b"}])",
        R"(["on", "off", "on"])");
    row("!== chain with null in the middle",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"!==": [{"var": "x"}, null, "a"]}, "on", "off"]}}}})",
        R"([{}, {"x": "a"}, {"x": "b"}])",
        R"(["off", "on", "on"])");
    row("var of a number reads that attribute",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": 1}, "a"]}, "on", "off"]}}}})",
        R"([{}, {"1": "a"}, {"1": "b"}])",
        R"(["off", "on", "off"])");
    row("list as var's default searched by in",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"in": ["a", {"var": ["x", ["a"]]}]}, "on", "off"]}}}})",
        R"([{}, {"x": "b"}, {"x": "ab"}])",
        R"(["on", "off", "on"])");
    row("list as var's default, strict in",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"in": ["1", {"var": ["x", [1]]}]}, "on", "off"]}}}})",
        R"([{}, {"x": "1"}])",
        R"(["off", "on"])");
    row("list as var's default of a condition",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"var": ["x", [1]]}, "on", "off"]}}}})",
        R"([{}, {"x": 0}, {"x": 1}])",
        R"(["on", "off", "on"])");
    row("empty list as var's default of a condition",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"var": ["x", []]}, "on", "off"]}}}})",
        R"([{}, {"x": 1}, {"x": ""}])",
        R"(["off", "on", "off"])");
    row("list inside an in list never matches",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"in": [{"var": "x"}, [["a"], "b"]]}, "on", "off"]}}}})",
        R"([{}, {"x": "a"}, {"x": "b"}])",
        R"(["off", "off", "on"])");
    row("lists inside an in list, null too",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"in": [{"var": "x"}, [[], [null], null]]}, "on", "off"]}}}})",
        R"([{}, {"x": "a"}])",
        R"(["on", "off"])");
    row("fractional by a constant if: one bucket for all",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"fractional": [{"if": [true, "abc", "def"]}, ["on", 1], ["off", 1]]}}}})",
        R"([{}, {"targetingKey": "user-1"}, {"targetingKey": "user-2"}])",
        R"(["off", "off", "off"])");
    row("fractional by a constant if, else taken",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"fractional": [{"if": [false, "abc", "xyz"]}, ["on", 1], ["off", 1]]}}}})",
        R"([{}, {"targetingKey": "u"}])",
        R"(["on", "on"])");
    row("fractional by a constant if picking a cat",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"fractional": [{"if": [{"==": [1, 2]}, "x", {"cat": ["s", {"var": "e"}]}]}, ["on", 1], ["off", 1]]}}}})",
        R"([{}, {"e": "a"}, {"e": "b"}, {"e": "c"}, {"e": "d"}])",
        R"(["off", "on", "on", "off", "off"])");
    row("fractional by a constant if picking a number",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"fractional": [{"if": [true, 5, "x"]}, ["on", 1], ["off", 1]]}}}})",
        R"([{}, {"targetingKey": "u"}])",
        R"(["off", "off"])");
    row("fractional cat with a list in the salt",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"fractional": [{"cat": ["s", [1, 2], {"var": "e"}]}, ["on", 1], ["off", 1]]}}}})",
        R"([{}, {"e": "a"}, {"e": "b"}])",
        R"(["off", "off", "on"])");
    row("fractional cat with a list of null, true and text",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"fractional": [{"cat": ["s", [null, true, "x"], {"var": "e"}]}, ["on", 1], ["off", 1]]}}}})",
        R"([{}, {"e": "a"}, {"e": "b"}, {"e": "c"}, {"e": "d"}])",
        R"(["off", "off", "off", "on", "on"])");
    row("no defaultVariant, targeting always names a variant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "targeting": {"if": [{"==": [{"var": "x"}, "y"]}, "on", "off"]}}}})",
        R"([{}, {"x": "y"}])",
        R"(["off", "on"])");
    row("no defaultVariant, fractional by a cat",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": false, "targeting": {"fractional": [{"cat": ["s", {"var": "e"}]}, ["on", 1], ["off", 1]]}}}})",
        R"([{}, {"e": "a"}, {"e": "b"}, {"e": "c"}])",
        R"(["off", "on", "on", "off"])");
    row("no defaultVariant, DISABLED",
        R"({"flags": {"f": {"state": "DISABLED", "variants": {"on": true, "off": false}, "targeting": {"if": [{"==": [{"var": "x"}, "y"]}, "on", null]}}}})",
        R"([{}, {"x": "y"}])",
        R"(["!disabled", "!disabled"])");
    row("variants a list, named by position",
        R"({"flags": {"f": {"state": "ENABLED", "variants": ["a", "b", "c"], "defaultVariant": "2", "targeting": {"if": [{"==": [{"var": "x"}, "y"]}, "0", 1]}}}})",
        R"([{}, {"x": "y"}])",
        R"(["1", "0"])");
    row("flag metadata a number",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "x"}, "a"]}, "on", "off"]}, "metadata": 3}}})",
        R"([{}, {"x": "a"}])",
        R"(["off", "on"])");
    row("flag metadata a string",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "x"}, "a"]}, "on", "off"]}, "metadata": "abc"}}})",
        R"([{}, {"x": "a"}])",
        R"(["off", "on"])");
    row("file metadata a number",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "x"}, "a"]}, "on", "off"]}}}, "metadata": 3})",
        R"([{}, {"x": "a"}])",
        R"(["off", "on"])");
    row("$evaluators a list",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "x"}, "a"]}, "on", "off"]}}}, "$evaluators": [1]})",
        R"([{}, {"x": "a"}])",
        R"(["off", "on"])");
    row("null variant never served",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "x": null}, "defaultVariant": "on"}}})",
        R"([{}])",
        R"(["on"])");
    row("null variant in a dead branch",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "x": null, "off": false}, "defaultVariant": "on", "targeting": {"if": [false, "x", {"==": [{"var": "v"}, "x"]}, "off", "on"]}}}})",
        R"([{}, {"v": "x"}])",
        R"(["on", "off"])");
    row("disabled, targeting a variant chosen by the context",
        R"({"flags": {"f": {"state": "DISABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"var": "variant"}}}})",
        R"([{}, {"variant": "on"}])",
        R"(["!disabled", "!disabled"])");
    row("disabled, unknown variant in a branch",
        R"({"flags": {"f": {"state": "DISABLED", "variants": {"on": true, "off": false}, "defaultVariant": "on", "targeting": {"if": [{"==": [{"var": "x"}, "1"]}, "maybe", "off"]}}}})",
        R"([{}, {"x": "1"}])",
        R"(["!disabled", "!disabled"])");
    // What flagd-core answers without a variant: no value (the caller's default, reason
    // DEFAULT) or an error, by code; the answers were taken from flagd-core 4.0.1.
    row("no defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true}}}})",
        R"([{}])", R"(["!novalue"])");
    row("null defaultVariant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true}, "defaultVariant": null}}})",
        R"([{}])", R"(["!novalue"])");
    row("unknown variant in a branch",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "x"}, "1"]}, "maybe", "off"]}}}})",
        R"([{}, {"x": "1"}])", R"(["off", "!GENERAL"])");
    row("unknown operator",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"regex_match": [{"var": "x"}, "a.*"]}, "on", "off"]}}}})",
        R"([{}, {"x": "abc"}])", R"(["!PARSE_ERROR", "!PARSE_ERROR"])");
    row("== with an object",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"==": [{"var": "a"}, {"k": 1}]}, "on", "off"]}}}})",
        R"([{}])", R"(["!PARSE_ERROR"])");
    row("if with one argument naming no variant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [true]}}}})",
        R"([{}])", R"(["!GENERAL"])");
    row("fractional unknown variant",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"fractional": [["on", 1], ["maybe", 1]]}}}})",
        R"([{}, {"targetingKey": "a"}, {"targetingKey": "b"}, {"targetingKey": "c"}, {"targetingKey": "d"}])",
        R"(["off", "!GENERAL", "!GENERAL", "on", "on"])");
    row("unknown evaluator",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"$ref": "nope"}, "on", "off"]}}}})",
        R"([{}])", R"(["!PARSE_ERROR"])");
    row("no defaultVariant, if without an else",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "targeting": {"if": [{"var": "x"}, "on"]}}}})",
        R"([{}, {"x": "y"}])", R"(["!novalue", "on"])");
    row("no defaultVariant, fractional by targetingKey",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "targeting": {"fractional": [["on", 1], ["off", 1]]}}}})",
        R"([{}, {"targetingKey": ""}, {"targetingKey": "a"}, {"targetingKey": "b"}])",
        R"(["!novalue", "!novalue", "off", "off"])");
    row("no defaultVariant, null bucket",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "targeting": {"fractional": [["on", 1], [null, 1]]}}}})",
        R"([{"targetingKey": "a"}, {"targetingKey": "b"}, {"targetingKey": "c"}])",
        R"(["!novalue", "!novalue", "on"])");
    row("variant named by the context",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"free": "F", "pro": "P", "5": "five", "true": "T"}, "defaultVariant": "free", "targeting": {"var": "plan"}}}})",
        R"([{}, {"plan": "pro"}, {"plan": "trial"}, {"plan": 5}, {"plan": true}, {"plan": ""}, {"plan": null}])",
        R"(["free", "pro", "!GENERAL", "5", "true", "!GENERAL", "free"])");
    row("variant named by the context, with a default",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"free": "F", "pro": "P"}, "defaultVariant": "free", "targeting": {"if": [{"var": "beta"}, {"var": ["plan", "pro"]}, "free"]}}}})",
        R"([{}, {"beta": true}, {"beta": true, "plan": "free"}, {"beta": true, "plan": "x"}])",
        R"(["free", "pro", "free", "!GENERAL"])");
    row("variant named by the flag key",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"f": "yes", "g": "no"}, "defaultVariant": "g", "targeting": {"var": "$flagd.flagKey"}}}})",
        R"([{}])", R"(["f"])");
    // $flagd.timestamp is flagd's clock in whole seconds; Pennon's DATE_* read the clock too.
    row("$flagd.timestamp against the past and the future",
        R"({"flags": {"f": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C", "d": "D"}, "defaultVariant": "d", "targeting": {"if": [{"<": [{"var": "$flagd.timestamp"}, 1000000000]}, "a", {">=": [4000000000, {"var": ["$flagd.timestamp"]}]}, {"if": [{">": [{"var": "$flagd.timestamp"}, 1e15]}, "a", "b"]}, "c"]}}}})",
        R"([{}])", R"(["b"])");
    row("disabled, unknown operator",
        R"({"flags": {"f": {"state": "DISABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [{"regex_match": [{"var": "x"}, "a.*"]}, "on", "off"]}}}})",
        R"([{}, {"x": "abc"}])",
        R"(["!disabled", "!disabled"])");
}

void TestFlagdImport::evaluatesLikeFlagd()
{
    QFETCH(QByteArray, file);
    QFETCH(QByteArray, contexts);
    QFETCH(QByteArray, expected);

    Problems problems;
    const std::optional<Workspace> workspace = import(file, &problems);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));
    QVERIFY2(Validator::validate(*workspace).isEmpty(), qPrintable(problemsText(Validator::validate(*workspace))));
    const std::shared_ptr<const Engine> engine = Engine::compile(*workspace, u"default"_s);
    QVERIFY2(engine->problems().isEmpty(), qPrintable(problemsText(engine->problems())));

    const QJsonArray contextList = json(contexts).toArray();
    const QJsonArray expectedList = json(expected).toArray();
    QCOMPARE(contextList.size(), expectedList.size());
    for (qsizetype i = 0; i < contextList.size(); ++i) {
        Problems contextProblems;
        const std::optional<Context> context = Context::fromJson(contextList.at(i), QString(), &contextProblems);
        QVERIFY2(context, qPrintable(problemsText(contextProblems)));
        const EvaluationResult result = engine->evaluate(u"f", *context);
        const QString want = expectedList.at(i).toString();
        const QString context_ = QString::fromUtf8(QJsonDocument(contextList.at(i).toObject()).toJson(QJsonDocument::Compact));
        if (want == u"!disabled") {
            QCOMPARE(result.reason, Reason::Disabled);
            QCOMPARE(engine->variationKey(result), config(*workspace).offVariation);
            continue;
        }
        if (want == u"!novalue") {
            QVERIFY2(result.reason == Reason::Default && result.variation == -1,
                     qPrintable(u"context %1: Pennon serves %2 (%3), flagd no value"_s
                                    .arg(context_, engine->variationKey(result), reasonName(result.reason))));
            continue;
        }
        if (want.startsWith(u'!')) {
            QVERIFY2(result.reason == Reason::Error && u'!' + errorCodeName(result.error) == want,
                     qPrintable(u"context %1: Pennon serves %2 (%3 %4), flagd %5"_s
                                    .arg(context_, engine->variationKey(result), reasonName(result.reason),
                                         errorCodeName(result.error), want)));
            QCOMPARE(engine->variationKey(result), config(*workspace).offVariation);
            continue;
        }
        QVERIFY2(result.reason != Reason::Error, qPrintable(context_));
        QVERIFY2(engine->variationKey(result) == want,
                 qPrintable(u"context %1: Pennon serves %2, flagd %3"_s.arg(context_, engine->variationKey(result), want)));
    }
}

void TestFlagdImport::flagTypes()
{
    Problems problems;
    const std::optional<Workspace> workspace = import(R"({"flags": {
        "b": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off"},
        "s": {"state": "ENABLED", "variants": {"x": "X", "y": "Y"}, "defaultVariant": "x"},
        "n": {"state": "ENABLED", "variants": {"one": 1, "half": 0.5}, "defaultVariant": "one"},
        "o": {"state": "ENABLED", "variants": {"a": {"k": [1, "2"]}, "b": {}}, "defaultVariant": "b"},
        "m": {"state": "ENABLED", "variants": {"a": "text", "b": 2}, "defaultVariant": "a"},
        "d": {"state": "DISABLED", "variants": {"on": true, "off": false}, "defaultVariant": "on"}},
        "metadata": {"flagSetId": "shop"}})", &problems);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));
    QCOMPARE(workspace->flags.size(), 6);
    QCOMPARE(workspace->flag(u"b"_s)->type, FlagType::Boolean);
    QCOMPARE(workspace->flag(u"s"_s)->type, FlagType::String);
    QCOMPARE(workspace->flag(u"n"_s)->type, FlagType::Number);
    QCOMPARE(workspace->flag(u"o"_s)->type, FlagType::Json);
    QCOMPARE(workspace->flag(u"m"_s)->type, FlagType::Json);
    QCOMPARE(workspace->flag(u"o"_s)->variation(u"a"_s)->value, json(R"({"k": [1, "2"]})"));
    QCOMPARE(workspace->flag(u"n"_s)->variation(u"half"_s)->value, QJsonValue(0.5));
    QCOMPARE(workspace->environments.size(), 1);
    QCOMPARE(workspace->environments.first().key, u"default"_s);
    // defaultVariant is the off variation and the default serve; DISABLED is off.
    QCOMPARE(config(*workspace, u"d"_s).on, false);
    QCOMPARE(config(*workspace, u"d"_s).offVariation, u"on"_s);
    QCOMPARE(config(*workspace, u"b"_s).on, true);
    QCOMPARE(config(*workspace, u"b"_s).offVariation, u"off"_s);
    QCOMPARE(config(*workspace, u"b"_s).defaultServe.variation, u"off"_s);
    QVERIFY(config(*workspace, u"b"_s).rules.isEmpty());
}

void TestFlagdImport::structure()
{
    Problems problems;
    const std::optional<Workspace> workspace = import(R"({"flags": {
        "or": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off",
               "targeting": {"if": [{"or": [{"==": [{"var": "x"}, "1"]}, {"<": [{"var": "age"}, 18]}]}, "on", "off"]}},
        "key": {"state": "ENABLED", "variants": {"a": "A", "b": "B"}, "defaultVariant": "a",
               "targeting": {"fractional": [["a", 60], ["b", 40]]}},
        "cat": {"state": "ENABLED", "variants": {"a": "A", "b": "B"}, "defaultVariant": "a",
               "targeting": {"fractional": [{"cat": [{"var": "$flagd.flagKey"}, {"var": "email"}]}, ["a", 1], ["b", 3]]}},
        "salt": {"state": "ENABLED", "variants": {"a": "A", "b": "B"}, "defaultVariant": "a",
               "targeting": {"fractional": [{"cat": ["exp-", 7, {"var": "email"}]}, ["a", 1], ["b", 1]]}},
        "semver": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off",
               "targeting": {"if": [{"sem_ver": [{"var": "v"}, "^", "v2.3"]}, "on", "off"]}}}})", &problems);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));

    // or: one rule per alternative; < with absent-as-0: NUM_LT or ABSENT.
    const EnvironmentConfig &orConfig = config(*workspace, u"or"_s);
    QCOMPARE(orConfig.rules.size(), 3);
    QCOMPARE(std::get<ConstraintActivation>(orConfig.rules.at(0).conditions.at(0)).op, Operator::In);
    QCOMPARE(std::get<ConstraintActivation>(orConfig.rules.at(1).conditions.at(0)).op, Operator::NumLt);
    QCOMPARE(std::get<ConstraintActivation>(orConfig.rules.at(2).conditions.at(0)).op, Operator::Absent);
    for (const Rule &rule : orConfig.rules)
        QCOMPARE(rule.serve.variation, u"on"_s);
    QCOMPARE(orConfig.defaultServe.variation, u"off"_s);

    // No bucketing expression: targetingKey, policy stop, salt the flag key; an empty key
    // stops as well (a rule serving the defaultVariant).
    const EnvironmentConfig &keyConfig = config(*workspace, u"key"_s);
    QVERIFY(keyConfig.defaultServe.split);
    const Split &keySplit = *keyConfig.defaultServe.split;
    QCOMPARE(keySplit.stickiness.attributes, QStringList{u"targetingKey"_s});
    QCOMPARE(keySplit.stickiness.absence, AbsencePolicy::Stop);
    QCOMPARE(keySplit.salt, QString());
    QCOMPARE(keySplit.scheme, BucketingScheme::Flagd);
    QCOMPARE(keySplit.total, 100);
    QCOMPARE(keySplit.weights, (QList<SplitWeight>{{u"a"_s, 60}, {u"b"_s, 40}}));
    QCOMPARE(keyConfig.rules.size(), 1);
    const auto &emptyKey = std::get<ConstraintActivation>(keyConfig.rules.first().conditions.first());
    QCOMPARE(emptyKey.attribute, u"targetingKey"_s);
    QCOMPARE(emptyKey.op, Operator::Regex);
    QCOMPARE(keyConfig.rules.first().serve.variation, u"a"_s);

    // cat of the flag key and an attribute: the default salt, policy empty.
    const Split &catSplit = *config(*workspace, u"cat"_s).defaultServe.split;
    QCOMPARE(catSplit.stickiness.attributes, QStringList{u"email"_s});
    QCOMPARE(catSplit.stickiness.absence, AbsencePolicy::Empty);
    QCOMPARE(catSplit.salt, QString());
    QCOMPARE(catSplit.total, 4);
    const Split &saltSplit = *config(*workspace, u"salt"_s).defaultServe.split;
    QCOMPARE(saltSplit.salt, u"exp-7"_s);

    // ^ v2.3: 2.0.0-0 <= v < 3.0.0-0.
    const Rule &semverRule = config(*workspace, u"semver"_s).rules.first();
    QCOMPARE(semverRule.conditions.size(), 2);
    QCOMPARE(std::get<ConstraintActivation>(semverRule.conditions.at(0)).values, QStringList{u"2.0.0-0"_s});
    QCOMPARE(std::get<ConstraintActivation>(semverRule.conditions.at(0)).op, Operator::SemverGte);
    QCOMPARE(std::get<ConstraintActivation>(semverRule.conditions.at(1)).values, QStringList{u"3.0.0-0"_s});
    QCOMPARE(std::get<ConstraintActivation>(semverRule.conditions.at(1)).op, Operator::SemverLt);
}

void TestFlagdImport::roundTripShapes()
{
    // The shape Pennon's flagd export writes (docs/semantics.md): each rule's conditions joined by
    // "and", a skip split guarded by a presence test, the default serve last.
    Problems problems;
    const std::optional<Workspace> workspace = import(R"({"flags": {"f": {
        "state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off",
        "targeting": {"if": [
            {"and": [{"in": [{"var": "country"}, ["de", "at"]]}, {"!=": [{"var": "userId"}, null]}]},
            {"fractional": [{"cat": ["f", {"var": "userId"}]}, ["on", 50], ["off", 50]]},
            {"!=": [{"var": "userId"}, null]},
            {"fractional": [{"cat": ["beta", {"var": "userId"}]}, ["on", 10], ["off", 90]]},
            "off"]}}}})", &problems);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));

    EnvironmentConfig want;
    want.on = true;
    want.offVariation = u"off"_s;
    Rule rule;
    rule.conditions.append(ConstraintActivation{u"country"_s, Operator::In, {u"de"_s, u"at"_s}, false, false, ConditionSource::Pennon, {}});
    Split half;
    half.weights = {{u"on"_s, 50}, {u"off"_s, 50}};
    half.total = 100;
    half.stickiness = {{u"userId"_s}, AbsencePolicy::Skip};
    rule.serve.split = half;
    want.rules = {rule};
    Split tenth;
    tenth.weights = {{u"on"_s, 10}, {u"off"_s, 90}};
    tenth.total = 100;
    tenth.stickiness = {{u"userId"_s}, AbsencePolicy::Skip};
    tenth.salt = u"beta"_s;
    want.defaultServe.split = tenth;
    QCOMPARE(config(*workspace), want);

    // The type-exact idioms of Pennon's flagd export read back as the constraints, and a split
    // sticky by two attributes (a presence-guarded fractional per attribute) as one split.
    const std::optional<Workspace> exported = import(R"({"flags": {"f": {
        "state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off",
        "targeting": {"if": [
            {"and": [{"!==": [{"var": "userId"}, null]},
                     {"if": [{"in": [{"var": "userId"}, {"merge": [{"var": "userId"}]}]},
                             {"in": [{"cat": [{"var": "userId"}]}, ["u1", "u2"]]},
                             {"some": [{"var": "userId"}, {"in": [{"var": ""}, ["u1", "u2"]]}]}]}]},
            "on",
            {"if": [{"!==": [{"var": "userId"}, null]}, {"fractional": [{"cat": ["f", {"var": "userId"}]}, ["on", 50], ["off", 50]]},
                    {"!==": [{"var": "sessionId"}, null]}, {"fractional": [{"cat": ["f", {"var": "sessionId"}]}, ["on", 50], ["off", 50]]},
                    null]}]}}}})", &problems);
    QVERIFY2(exported, qPrintable(problemsText(problems)));
    EnvironmentConfig back;
    back.on = true;
    back.offVariation = u"off"_s;
    Rule in;
    in.conditions.append(ConstraintActivation{u"userId"_s, Operator::In, {u"u1"_s, u"u2"_s}, false, false, ConditionSource::Pennon, {}});
    in.serve.variation = u"on"_s;
    back.rules = {in};
    Split both = half;
    both.stickiness = {{u"userId"_s, u"sessionId"_s}, AbsencePolicy::Skip};
    back.defaultServe.split = both;
    QCOMPARE(config(*exported), back);
}

void TestFlagdImport::exportReadBack_data()
{
    // Each row: a flag's rules and default serve in Pennon JSON (and segments). Written as
    // flagd by FlagdExport, read back, written again: the same bytes, and the same variation
    // for every context.
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QByteArray>("defaultServe");
    QTest::addColumn<QByteArray>("segments");
    const QByteArray A = R"({"variation": "a"})";
    const auto row = [](const char *name, const QByteArray &rules, const QByteArray &defaultServe,
                        const QByteArray &segments = "[]") {
        QTest::newRow(name) << rules << defaultServe << segments;
    };
    const auto when = [](const QByteArray &conditions, const QByteArray &serve = R"({"variation": "b"})") -> QByteArray {
        return "[{\"conditions\": [" + conditions + "], \"serve\": " + serve + "}]";
    };
    const auto c = [](const char *attribute, const char *op, const char *values, bool negate = false,
                      bool caseInsensitive = false) -> QByteArray {
        return "{\"type\": \"constraint\", \"attribute\": \"" + QByteArray(attribute) + "\", \"operator\": \""
            + QByteArray(op) + "\", \"values\": " + QByteArray(values) + (negate ? ", \"negate\": true" : "")
            + (caseInsensitive ? ", \"caseInsensitive\": true" : "") + "}";
    };
    const QByteArray split2 = R"("split": {"weights": [{"variation": "a", "weight": 1}, {"variation": "b", "weight": 3}], "total": 4)";

    row("no rules", "[]", A);
    row("empty rule", when(""), A);
    row("IN", when(c("plan", "IN", R"(["pro", "x", "17", "true"])")), A);
    row("IN negated", when(c("plan", "IN", R"(["pro"])", true)), A);
    row("NOT_IN", when(c("plan", "NOT_IN", R"(["free", "17"])")), A);
    row("NOT_IN negated", when(c("plan", "NOT_IN", R"(["free"])", true)), A);
    row("IN caseInsensitive, caseless values", when(c("code", "IN", R"(["42", "7"])", false, true)), A);
    row("user list", when(R"({"type": "userList", "values": ["u1", "u2"]})"), A);
    row("user list on another attribute", when(R"({"type": "userList", "attribute": "email", "values": ["a@x.com"]})"), A);
    row("STR_CONTAINS", when(c("email", "STR_CONTAINS", R"(["oo", "1"])")), A);
    row("STR_STARTS_WITH", when(c("email", "STR_STARTS_WITH", R"(["adm", "root"])")), A);
    row("STR_ENDS_WITH negated", when(c("email", "STR_ENDS_WITH", R"(["@x.com"])", true)), A);
    row("STR_CONTAINS caseless", when(c("email", "STR_CONTAINS", R"(["@1"])", false, true)), A);
    row("REGEX of fixed text", when(c("k", "REGEX", R"x(["\\A\\ x", "(?:y\\ )\\z", "(?:\\ z)"])x")), A);
    row("REGEX anchored both ends", when(c("k", "REGEX", R"x(["\\A\\z", "\\A(?:\\ a|b\\.c)\\z"])x")), A);
    row("REGEX negated", when(c("k", "REGEX", R"(["\\Apro"])", true)), A);
    row("NUM_EQ", when(c("n", "NUM_EQ", R"(["3", "0"])")), A);
    row("NUM_GT", when(c("n", "NUM_GT", R"(["1"])")), A);
    row("NUM_GTE", when(c("age", "NUM_GTE", R"(["65", "1.5"])")), A);
    row("NUM_LT negated", when(c("age", "NUM_LT", R"(["18"])", true)), A);
    row("NUM_LTE", when(c("n", "NUM_LTE", R"(["-2.5"])")), A);
    row("SEMVER_EQ", when(c("v", "SEMVER_EQ", R"(["3.0.0"])")), A);
    row("SEMVER_GT", when(c("v", "SEMVER_GT", R"(["1.2.3"])")), A);
    row("SEMVER_GTE", when(c("v", "SEMVER_GTE", R"(["1.2.3-rc.1"])")), A);
    row("SEMVER_LT negated", when(c("v", "SEMVER_LT", R"(["2.0.0", "1.0.0"])", true)), A);
    row("SEMVER_LTE", when(c("v", "SEMVER_LTE", R"(["2.0.0"])")), A);
    row("PRESENT", when(c("x", "PRESENT", "[]")), A);
    row("PRESENT negated", when(c("x", "PRESENT", "[]", true)), A);
    row("ABSENT", when(c("y", "ABSENT", "[]")), A);
    row("ABSENT negated", when(c("y", "ABSENT", "[]", true)), A);
    row("several conditions and rules",
        "[{\"conditions\": [" + c("plan", "IN", R"(["pro"])") + ", " + c("age", "NUM_GT", R"(["17"])") + ", "
            + c("y", "ABSENT", "[]") + "], \"serve\": {\"variation\": \"b\"}}, {\"conditions\": ["
            + c("email", "STR_ENDS_WITH", R"(["@x.com"])") + "], \"serve\": {\"variation\": \"off\"}}, "
            "{\"conditions\": [], \"serve\": {\"variation\": \"a\"}}]",
        R"({"variation": "b"})");
    row("segment", when(R"({"type": "segment", "segment": "s"}, )" + c("y", "ABSENT", "[]")), A,
        "[{\"key\": \"s\", \"name\": \"S\", \"conditions\": [" + c("x", "PRESENT", "[]") + ", "
            + c("plan", "NOT_IN", R"(["free"])") + "]}]");
    row("percentage, skip", when(R"({"type": "percentage", "percentage": 12.34})"), A);
    row("percentage, stop", when(R"({"type": "percentage", "percentage": 100, "absence": "stop"})"), A);
    row("percentage, empty, two attributes, salt",
        when(R"({"type": "percentage", "percentage": 50, "stickiness": ["sessionId", "userId"], "absence": "empty", "salt": "g"})"), A);
    row("percentage, stop, two attributes, after a condition",
        when(c("plan", "IN", R"(["pro"])") + R"(, {"type": "percentage", "percentage": 30, "stickiness": ["sessionId", "userId"], "absence": "stop"})"), A);
    row("two percentages, stop and skip",
        when(R"({"type": "percentage", "percentage": 70, "absence": "stop"}, {"type": "percentage", "percentage": 40, "salt": "h"})"), A);
    row("split in a rule, skip", when(c("plan", "IN", R"(["pro"])"), "{" + split2 + "}}"), A);
    row("split in a rule, skip, two attributes, salt",
        when("", "{" + split2 + R"(, "stickiness": ["userId", "sessionId"], "salt": "s"}})"), A);
    row("split in a rule, stop", when(c("x", "PRESENT", "[]"), "{" + split2 + R"(, "absence": "stop"}})"), A);
    row("split in a rule, stop, with a stop gate",
        when(R"({"type": "percentage", "percentage": 80, "absence": "stop", "stickiness": ["sessionId"]})",
             "{" + split2 + R"(, "absence": "stop", "stickiness": ["userId", "sessionId"]}})"), A);
    row("split in a rule, empty", when(c("x", "PRESENT", "[]"), "{" + split2 + R"(, "absence": "empty"}})"), A);
    row("default split, skip", "[]", "{" + split2 + "}}");
    row("default split, empty, two attributes", "[]", "{" + split2 + R"(, "absence": "empty", "stickiness": ["userId", "sessionId"]}})");
    row("default split, after rules", when(c("plan", "IN", R"(["pro"])")), "{" + split2 + R"(, "stickiness": ["sessionId", "userId"], "salt": "z"}})");
    row("default split of one variation", "[]", R"({"split": {"weights": [{"variation": "b", "weight": 1}], "total": 1}})");
}

void TestFlagdImport::exportReadBack()
{
    QFETCH(QByteArray, rules);
    QFETCH(QByteArray, defaultServe);
    QFETCH(QByteArray, segments);
    // Variations in key order: a flagd file's variants read back in that order.
    const QByteArray flag = R"({"key": "f", "name": "F", "type": "string", "variations": [)"
        R"({"key": "a", "value": "A"}, {"key": "b", "value": "B"}, {"key": "off", "value": "O"}],)"
        R"("environments": {"prod": {"on": true, "offVariation": "off", "rules": )" + rules
        + ", \"defaultServe\": " + defaultServe + "}}}";
    const Workspace original = ExportTest::workspace("[" + flag + "]", segments);

    Problems refused;
    const std::optional<QByteArray> first = FlagdExport::write(original, u"prod"_s, false, &refused);
    QVERIFY2(first, qPrintable(problemsText(refused)));
    Problems problems;
    const std::optional<Workspace> back = FlagdImport::read(*first, u"prod"_s, &problems);
    QVERIFY2(back, qPrintable(problemsText(problems) + u'\n' + QString::fromUtf8(*first)));
    const std::optional<QByteArray> second = FlagdExport::write(*back, u"prod"_s, false, &refused);
    QVERIFY2(second, qPrintable(problemsText(refused)));
    QCOMPARE(QString::fromUtf8(*second), QString::fromUtf8(*first));

    const std::shared_ptr<const Engine> before = Engine::compile(original, u"prod"_s);
    const std::shared_ptr<const Engine> after = Engine::compile(*back, u"prod"_s);
    QVERIFY2(after->problems().isEmpty(), qPrintable(problemsText(after->problems())));
    // Contexts over every attribute the rows use: strings, numbers, booleans, lists, absent.
    const QList<QJsonValue> values = {
        u"pro"_s, u"free"_s, u"x"_s, u" x"_s, u"17"_s, u"true"_s, u""_s, u"42"_s, u"u1"_s,
        u"a@x.com"_s, u"root@1"_s, u"admin"_s, u"foo"_s, u"y "_s, u"b.c"_s, u"3.0.0"_s, u"1.2.3"_s,
        u"1.2.3-rc.1"_s, u"2.0.0"_s, u"v1.2.3"_s, 17, 65, 1.5, 3, 0, -2.5, 42, true, false,
        QJsonArray{u"pro"_s, u"z"_s}, QJsonArray{u"free"_s}, QJsonArray{}, QJsonArray{u"17"_s},
        QJsonValue::Null};
    const QStringList attributes = {u"plan"_s, u"code"_s, u"userId"_s, u"email"_s, u"k"_s, u"n"_s,
                                    u"age"_s, u"v"_s, u"x"_s, u"y"_s, u"sessionId"_s};
    quint32 state = 20261123;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (int i = 0; i < 600; ++i) {
        QJsonObject object;
        for (const QString &attribute : attributes) {
            const quint32 pick = next() % quint32(values.size() + 4);
            if (pick < quint32(values.size()) && !values.at(pick).isNull())
                object.insert(attribute, values.at(pick));   // otherwise absent
        }
        Problems contextProblems;
        const std::optional<Context> context = Context::fromJson(object, QString(), &contextProblems);
        QVERIFY2(context, qPrintable(problemsText(contextProblems)));
        const EvaluationResult want = before->evaluate(u"f", *context);
        const EvaluationResult got = after->evaluate(u"f", *context);
        const QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        QVERIFY2(before->variationKey(want) == after->variationKey(got),
                 qPrintable(u"context %1: the original serves %2, the read-back %3"_s
                                    .arg(text, before->variationKey(want), after->variationKey(got))));
    }
}

void TestFlagdImport::exportFormsAmongOthers()
{
    // A hand-edited file: one condition in the export's REGEX form (equality and a prefix of
    // the text, which no plain constraint holds) beside a plain flagd comparison. The form is
    // still recognised, as the constraint the export writes it for.
    Problems problems;
    const std::optional<Workspace> workspace = import(R"({"flags": {"f": {
        "state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off",
        "targeting": {"if": [
            {"and": [{"in": [{"var": "country"}, ["de"]]},
                     {"and": [{"!==": [{"var": "k"}, null]}, {"in": [{"var": "k"}, {"merge": [{"var": "k"}]}]},
                              {"or": [{"===": [{"cat": [{"var": "k"}]}, " x"]},
                                      {"starts_with": [{"cat": [{"var": "k"}]}, "y"]}]}]}]},
            "on", "off"]}}}})", &problems);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));
    QCOMPARE(config(*workspace).rules.size(), 1);
    const QList<Condition> want = {
        ConstraintActivation{u"country"_s, Operator::In, {u"de"_s}, false, false, ConditionSource::Pennon, {}},
        ConstraintActivation{u"k"_s, Operator::Regex, {u"\\A\\ x\\z"_s, u"\\Ay"_s}, false, false, ConditionSource::Pennon, {}}};
    QCOMPARE(config(*workspace).rules.first().conditions, want);
}

void TestFlagdImport::metadata()
{
    // The metadata Pennon's export writes comes back; flagd's own entries are left alone.
    Problems problems;
    Problems warnings;
    const std::optional<Workspace> workspace = import(R"({"metadata": {"flagSetId": "shop"}, "flags": {
        "f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off",
              "metadata": {"name": "New checkout", "description": "One-page checkout", "owner": "ana@example.com",
                           "tags": "checkout, beta,,beta", "flagSetId": "shop", "version": 3}},
        "g": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off",
              "metadata": {"name": 7, "owner": true}}}})", &problems, &warnings);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));
    const Flag *f = workspace->flag(u"f"_s);
    QVERIFY(f);
    QCOMPARE(f->name, u"New checkout"_s);
    QCOMPARE(f->description, u"One-page checkout"_s);
    QCOMPARE(f->owner, u"ana@example.com"_s);
    QCOMPARE(f->tags, (QStringList{u"checkout"_s, u"beta"_s}));
    const Flag *g = workspace->flag(u"g"_s);
    QVERIFY(g);
    QCOMPARE(g->name, u"g"_s); // no text: the key
    QVERIFY(g->owner.isEmpty());
    QCOMPARE(problemsText(warnings),
             u"/flags/g/metadata/name: metadata \"name\" is not text: not imported\n"
             "/flags/g/metadata/owner: metadata \"owner\" is not text: not imported"_s);

    // Export, import, export: the same bytes, metadata included.
    Problems refused;
    const std::optional<QByteArray> exported = FlagdExport::write(*workspace, u"default"_s, false, &refused);
    QVERIFY2(exported, qPrintable(problemsText(refused)));
    QVERIFY(exported->contains("\"tags\": \"checkout,beta\""));
    const std::optional<Workspace> again = FlagdImport::read(*exported, u"default"_s, &problems);
    QVERIFY2(again, qPrintable(problemsText(problems)));
    QCOMPARE(again->flag(u"f"_s)->tags, f->tags);
    QCOMPARE(FlagdExport::write(*again, u"default"_s, false, &refused), exported);
}

void TestFlagdImport::warnings()
{
    Problems problems;
    Problems warnings;
    const std::optional<Workspace> workspace = import(R"({"flags": {"f": {
        "state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off",
        "targeting": {"if": [{"sem_ver": [{"var": "v"}, ">=", "1.0.0"]}, {"fractional": [["on", 0], ["off", 0]]}, "off"]}}}})",
        &problems, &warnings);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.at(0).path, u"/flags/f/targeting/if/0/sem_ver"_s);
    QVERIFY(warnings.at(0).message.contains(u"strict Semantic Versions"));
    QCOMPARE(warnings.at(1).path, u"/flags/f/targeting/if/1/fractional"_s);
    QVERIFY(warnings.at(1).message.contains(u"defaultVariant"));
    // The weights sum to 0: flagd serves the defaultVariant, so does the import.
    QCOMPARE(config(*workspace).rules.first().serve.variation, u"off"_s);

    // An attribute as a condition: the strings "0" and "false" are true in flagd.
    warnings.clear();
    QVERIFY(import(R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false},
        "defaultVariant": "off", "targeting": {"if": [{"!": {"var": "beta"}}, "off", "on"]}}}})",
        &problems, &warnings));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().path, u"/flags/f/targeting/if/0/!/var"_s);
    QVERIFY(warnings.first().message.contains(u"\"false\""));
    // Warnings only come with a workspace.
    warnings.clear();
    QVERIFY(!import(R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true}, "defaultVariant": "on",
        "targeting": {"if": [{"sem_ver": [{"var": "v"}, "=", "1.0.0"]}, "on", {"cat": [{"var": "x"}]}]}}}})", &problems, &warnings));
    QVERIFY(warnings.isEmpty());
}

void TestFlagdImport::brokenDataWarnings_data()
{
    // What the import accepts although it is broken: a warning at the JSON pointer of the
    // part, saying what flagd-core (and so Pennon) makes of it.
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("says");

    const auto targeting = [](const char *name, const QByteArray &t, const char *path, const char *says) {
        QTest::newRow(name) << QByteArray(R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false},
                                             "defaultVariant": "off", "targeting": )" + t + "}}}")
                            << QString::fromUtf8(path) << QString::fromUtf8(says);
    };
    const auto file = [](const char *name, const QByteArray &f, const char *path, const char *says) {
        QTest::newRow(name) << f << QString::fromUtf8(path) << QString::fromUtf8(says);
    };
    const QByteArray flag = R"({"state": "ENABLED", "variants": {"on": true}, "defaultVariant": "on"})";

    file("file metadata a number", R"({"metadata": 3, "flags": {}})", "/metadata",
         "metadata is a number, not an object: flagd ignores it");
    file("flag metadata a string", R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true}, "defaultVariant": "on", "metadata": "abc"}}})",
         "/flags/f/metadata", "metadata is a string, not an object: flagd ignores it");
    file("$evaluators a list", R"({"$evaluators": [1], "flags": {}})", "/$evaluators",
         "$evaluators is a list, not an object: ignored");
    file("no flags", R"({"metadata": {}})", "/flags", "missing \"flags\": flagd loads no flag");
    file("flags an empty list", R"({"flags": []})", "/flags", "flags is empty: flagd loads no flag");
    file("flags null", R"({"flags": null})", "/flags", "flags is null, which holds no flag");
    file("flags a list", R"({"flags": [)" + flag + "]}", "/flags", "by their position");
    file("null variant never served", R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "x": null}, "defaultVariant": "on"}}})",
         "/flags/f/variants/x", "variant \"x\" is null and never served: not imported");
    file("disabled with targeting Pennon cannot read", R"({"flags": {"f": {"state": "DISABLED", "variants": {"on": true}, "defaultVariant": "on", "targeting": {"cat": [{"var": "v"}]}}}})",
         "/flags/f/targeting", "DISABLED, and flagd never evaluates its targeting, which Pennon cannot read (/flags/f/targeting/cat: ");
    file("no defaultVariant, targeting always names a variant", R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "targeting": {"if": [{"==": [{"var": "x"}, "y"]}, "on", "off"]}}}})",
         "/flags/f/defaultVariant", "the targeting always names a variant: the import takes \"off\" as the off variation");
    file("no defaultVariant, DISABLED", R"({"flags": {"f": {"state": "DISABLED", "variants": {"on": true, "off": false}}}})",
         "/flags/f/defaultVariant", "the flag is DISABLED (flagd answers the caller's default, reason DISABLED): the import takes \"off\"");
    file("variants a list", R"({"flags": {"f": {"state": "ENABLED", "variants": [true, false], "defaultVariant": "0"}}})",
         "/flags/f/variants", "flagd names them by their position (\"0\" to \"1\")");
    targeting("if without arguments", R"({"if": []})", "/flags/f/targeting/if", "the defaultVariant is served");
    targeting("if with one argument", R"({"if": ["on"]})", "/flags/f/targeting/if", "it is served as the result");
    targeting("fractional not a list", R"({"fractional": "on"})", "/flags/f/targeting/fractional",
              "buckets, not a string: flagd's fractional gives null for every context, so the defaultVariant is served here");
    targeting("fractional without buckets", R"({"fractional": ["key"]})", "/flags/f/targeting/fractional",
              "needs at least one bucket: flagd's fractional gives null");
    targeting("fractional bucketing by a number", R"({"fractional": [5, ["on", 1]]})", "/flags/f/targeting/fractional/0",
              "not a number: flagd's fractional gives null");
    targeting("fractional bucket not a list", R"({"fractional": [["on", 1], "off"]})", "/flags/f/targeting/fractional/1",
              "a bucket must be [variant, weight] or [variant]: flagd's fractional gives null");
    targeting("fractional bucket variant a list", R"({"fractional": [[["on"], 1]]})", "/flags/f/targeting/fractional/0/0",
              "not a list: flagd's fractional gives null");
    targeting("fractional weight not whole", R"({"fractional": [["on", 1.5], ["off", 1]]})", "/flags/f/targeting/fractional/0/1",
              "a weight must be a whole number: flagd's fractional gives null");
    targeting("sem_ver unknown operator", R"({"if": [{"sem_ver": [{"var": "v"}, "=>", "1.0.0"]}, "on", "off"]})",
              "/flags/f/targeting/if/0/sem_ver/1", "unknown sem_ver operator \"=>\" (expected = != < <= > >= ^ ~): flagd's sem_ver gives null, the condition never holds");
    targeting("sem_ver operator a number", R"({"if": [{"sem_ver": [{"var": "v"}, 1, "1.0.0"]}, "on", "off"]})",
              "/flags/f/targeting/if/0/sem_ver/1", "unknown sem_ver operator 1");
    targeting("sem_ver with two arguments", R"({"if": [{"sem_ver": [{"var": "v"}, "="]}, "on", "off"]})",
              "/flags/f/targeting/if/0/sem_ver", "takes 3 arguments, not 2: flagd's sem_ver gives null, the condition never holds");
    targeting("< true", R"({"if": [{"<": [{"var": "n"}, true]}, "on", "off"]})", "/flags/f/targeting/if/0/</1",
              "\"<\" with true compares as with the number 1");
    targeting(">= null", R"({"if": [{">=": [null, {"var": "n"}]}, "on", "off"]})", "/flags/f/targeting/if/0/>=/0",
              "\">=\" with null compares as with the number 0");
    targeting("list as a condition", R"({"if": [[0], "on", "off"]})", "/flags/f/targeting/if/0", "the condition always holds");
    targeting("empty list as a condition", R"({"if": [[], "on", "off"]})", "/flags/f/targeting/if/0", "the condition never holds");
    targeting("and of nothing", R"({"if": [{"and": []}, "on", "off"]})", "/flags/f/targeting/if/0/and",
              "\"and\" of no conditions gives null, which is false");
    targeting("or of nothing", R"({"if": [{"or": []}, "on", "off"]})", "/flags/f/targeting/if/0/or",
              "\"or\" of no conditions gives null, which is false");
    targeting("var with extra arguments", R"({"if": [{"==": [{"var": ["x", 1, 2]}, 1]}, "on", "off"]})",
              "/flags/f/targeting/if/0/==/0/var/2", "flagd ignores the rest");
    targeting("not with extra arguments", R"({"if": [{"!": [{"var": "x"}, 1]}, "on", "off"]})",
              "/flags/f/targeting/if/0/!/1", "\"!\" reads its first argument only");
    targeting("== with three arguments", R"({"if": [{"==": [{"var": "x"}, 1, 2]}, "on", "off"]})",
              "/flags/f/targeting/if/0/==", "flagd compares each with the next");
    targeting("var of a number", R"({"if": [{"==": [{"var": 1}, "a"]}, "on", "off"]})",
              "/flags/f/targeting/if/0/==/0/var", "reads the attribute \"1\", as flagd does");
    targeting("list as var's default searched by in", R"({"if": [{"in": ["a", {"var": ["x", ["a"]]}]}, "on", "off"]})",
              "/flags/f/targeting/if/0/in/1/var/1", "flagd looks into the list");
    targeting("list as var's default of a condition", R"({"if": [{"var": ["x", [1]]}, "on", "off"]})",
              "/flags/f/targeting/if/0/var/1", "flagd counts it as true");
    targeting("list inside an in list", R"({"if": [{"in": [{"var": "x"}, [["a"], "b"]]}, "on", "off"]})",
              "/flags/f/targeting/if/0/in/1/0", "never matches");
    targeting("fractional by a constant if", R"({"fractional": [{"if": [true, "abc", "def"]}, ["on", 1], ["off", 1]]})",
              "/flags/f/targeting/fractional/0/if", "flagd buckets by its argument 1");
    targeting("fractional cat with a list", R"({"fractional": [{"cat": ["s", [1, 2], {"var": "e"}]}, ["on", 1], ["off", 1]]})",
              "/flags/f/targeting/fractional/0/cat/1", "flagd joins its items to \"1,2\"");
}

void TestFlagdImport::brokenDataWarnings()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, path);
    QFETCH(QString, says);

    Problems problems;
    Problems warnings;
    QVERIFY2(import(file, &problems, &warnings), qPrintable(problemsText(problems)));
    const bool found = std::any_of(warnings.begin(), warnings.end(), [&](const Problem &w) {
        return w.path == path && w.message.contains(says);
    });
    QVERIFY2(found, qPrintable(problemsText(warnings)));
}

void TestFlagdImport::brokenDataStructure()
{
    Problems problems;
    // No flags: an empty workspace with its one environment.
    for (const QByteArray &file : {QByteArray("{}"), QByteArray(R"({"flags": []})"), QByteArray(R"({"flags": 5})"),
                                   QByteArray(R"({"flags": ""})"), QByteArray(R"({"flags": null})")}) {
        const std::optional<Workspace> empty = import(file, &problems);
        QVERIFY2(empty, qPrintable(problemsText(problems)));
        QVERIFY(empty->flags.isEmpty());
        QCOMPARE(empty->environments.size(), 1);
    }
    // A list of flags: named by their position, as flagd-core names them.
    const std::optional<Workspace> listed = import(R"({"flags": [
        {"state": "ENABLED", "variants": {"on": true}, "defaultVariant": "on"},
        {"state": "DISABLED", "variants": {"a": "A"}, "defaultVariant": "a"}]})", &problems);
    QVERIFY2(listed, qPrintable(problemsText(problems)));
    QCOMPARE(listed->flags.size(), 2);
    QVERIFY(listed->flag(u"0"_s));
    QCOMPARE(listed->flag(u"1"_s)->type, FlagType::String);

    // A null variant never served is left out; the flag's type follows the others.
    const std::optional<Workspace> dropped = import(R"({"flags": {"f": {"state": "ENABLED",
        "variants": {"x": null, "on": true, "off": false}, "defaultVariant": "off",
        "targeting": {"if": [{"==": [{"var": "v"}, "1"]}, "on", "off"]}}}})", &problems);
    QVERIFY2(dropped, qPrintable(problemsText(problems)));
    QCOMPARE(dropped->flag(u"f"_s)->variations.size(), 2);
    QVERIFY(!dropped->flag(u"f"_s)->variation(u"x"_s));
    QCOMPARE(dropped->flag(u"f"_s)->type, FlagType::Boolean);

    // A DISABLED flag whose targeting Pennon cannot read: off, no rules, the defaultVariant
    // as its default serve; its warnings about that targeting are gone with it.
    Problems warnings;
    const std::optional<Workspace> disabled = import(R"({"flags": {"f": {"state": "DISABLED",
        "variants": {"on": true, "off": false}, "defaultVariant": "on",
        "targeting": {"if": [{"sem_ver": [{"var": "v"}, ">", "1.0.0"]}, {"cat": [{"var": "x"}]}, "off"]}}}})", &problems, &warnings);
    QVERIFY2(disabled, qPrintable(problemsText(problems)));
    QVERIFY(problems.isEmpty());
    QCOMPARE(config(*disabled).on, false);
    QVERIFY(config(*disabled).rules.isEmpty());
    QCOMPARE(config(*disabled).defaultServe.variation, u"on"_s);
    QCOMPARE(config(*disabled).offVariation, u"on"_s);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().path, u"/flags/f/targeting"_s);
    QVERIFY(warnings.first().message.contains(u"/flags/f/targeting/if/1/cat"));
    // An ENABLED flag with the same targeting is still refused.
    QVERIFY(!import(R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false},
        "defaultVariant": "on", "targeting": {"cat": [{"var": "x"}]}}}})", &problems));

    // A malformed fractional in a branch: a rule serving the defaultVariant.
    const std::optional<Workspace> fractional = import(R"({"flags": {"f": {"state": "ENABLED",
        "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c",
        "targeting": {"if": [{"==": [{"var": "x"}, "1"]}, {"fractional": [["a", 1.5], ["b", 1]]}, "b"]}}}})", &problems);
    QVERIFY2(fractional, qPrintable(problemsText(problems)));
    QCOMPARE(config(*fractional).rules.size(), 1);
    QCOMPARE(config(*fractional).rules.first().serve.variation, u"c"_s);
    QVERIFY(!config(*fractional).rules.first().serve.split);
    QCOMPARE(config(*fractional).defaultServe.variation, u"b"_s);
}

void TestFlagdImport::environmentName()
{
    const QByteArray file = R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true}, "defaultVariant": "on"}}})";
    Problems problems;
    const std::optional<Workspace> workspace = FlagdImport::read(file, u"production"_s, &problems);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));
    QCOMPARE(workspace->environments.first().key, u"production"_s);
    QVERIFY(workspace->flag(u"f"_s)->environments.contains(u"production"_s));

    QVERIFY(!FlagdImport::read(file, u"bad\x01"_s, &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(u"control character"), qPrintable(problemsText(problems)));
}

// ---------------------------------------------------------------------------------------------
// Refused: the JSON pointer of the part and the reason

void TestFlagdImport::refused_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");

    // A flag "f" with boolean variants on/off, defaultVariant off and this targeting.
    const auto targeting = [](const char *name, const QByteArray &t, const char *path, const char *reason,
                              const QByteArray &extra = QByteArray()) {
        QTest::newRow(name) << QByteArray(R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false},
                                             "defaultVariant": "off", "targeting": )" + t + "}}" + extra + "}")
                            << QString::fromUtf8(path) << QString::fromUtf8(reason);
    };
    const auto file = [](const char *name, const QByteArray &f, const char *path, const char *reason) {
        QTest::newRow(name) << f << QString::fromUtf8(path) << QString::fromUtf8(reason);
    };

    file("not JSON", "{\"flags\": ", "/flags", "unexpected end of the document");
    file("flags a string", R"({"flags": "ab"})", "/flags", "must be an object, not a string");
    file("bad state", R"({"flags": {"f": {"state": "ON", "variants": {"on": true}, "defaultVariant": "on"}}})",
         "/flags/f/state", "state must be ENABLED or DISABLED, not \"ON\"");
    file("no variants", R"({"flags": {"f": {"state": "ENABLED", "defaultVariant": "on"}}})",
         "/flags/f/variants", "missing \"variants\"");
    file("null defaultVariant's value", R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "x": null}, "defaultVariant": "x"}}})",
         "/flags/f/defaultVariant", "variant \"x\" is null");
    file("null variant served", R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "x": null}, "defaultVariant": "on",
                                   "targeting": {"if": [{"==": [{"var": "v"}, "x"]}, "x", "on"]}}}})",
         "/flags/f/targeting/if/1", "variant \"x\" is null");
    file("only null variants", R"({"flags": {"f": {"state": "ENABLED", "variants": {"x": null}, "defaultVariant": "x"}}})",
         "/flags/f/variants", "at least one variant that is not null");
    file("defaultVariant a number", R"({"flags": {"f": {"state": "ENABLED", "variants": {"1": true}, "defaultVariant": 1}}})",
         "/flags/f/defaultVariant", "must be the name of a variant, not a number");
    file("unknown defaultVariant", R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true}, "defaultVariant": "off"}}})",
         "/flags/f/defaultVariant", "unknown variant \"off\"");
    file("flag key with a control character", R"({"flags": {"a\u0001": {"state": "ENABLED", "variants": {"on": true}, "defaultVariant": "on"}}})",
         "/flags/a\x01", "control character");

    targeting("cat as the result", R"({"cat": ["o", {"var": "x"}]})",
              "/flags/f/targeting/cat", "chosen by the context");
    targeting("nested context path", R"({"if": [{"==": [{"var": "user.email"}, "a"]}, "on", "off"]})",
              "/flags/f/targeting/if/0/==/0/var", "nested path");
    targeting("$flagd.timestamp compared for equality", R"({"if": [{"==": [{"var": "$flagd.timestamp"}, 1700000000]}, "on", "off"]})",
              "/flags/f/targeting/if/0/==/0/var", "\"$flagd.timestamp\" is not supported");
    targeting("two attributes compared", R"({"if": [{"==": [{"var": "a"}, {"var": "b"}]}, "on", "off"]})",
              "/flags/f/targeting/if/0/==", "two attributes");
    targeting("< with a numeric text", R"({"if": [{"<": [{"var": "n"}, "10"]}, "on", "off"]})",
              "/flags/f/targeting/if/0/</1", "compares as numbers or as text");
    targeting("<= with an empty text", R"({"if": [{"<=": [{"var": "n"}, ""]}, "on", "off"]})",
              "/flags/f/targeting/if/0/<=/1", "compares as numbers or as text");
    targeting("> with text outside the BMP", R"({"if": [{">": [{"var": "n"}, "a\ud83d\ude00"]}, "on", "off"]})",
              "/flags/f/targeting/if/0/>/1", "outside the Basic Multilingual Plane");
    targeting("< with a list", R"({"if": [{"<": [{"var": "n"}, [5]]}, "on", "off"]})",
              "/flags/f/targeting/if/0/</1", "needs a number or a string, not a list");
    targeting("in: attribute inside a long string", R"({"if": [{"in": [{"var": "c"}, ")"
                                                    + QByteArray(65, 'x') + R"("]}, "on", "off"]})",
              "/flags/f/targeting/if/0/in/1", "longer than 64 characters");
    targeting("sem_ver operator from an attribute", R"({"if": [{"sem_ver": [{"var": "v"}, {"var": "op"}, "1.0.0"]}, "on", "off"]})",
              "/flags/f/targeting/if/0/sem_ver/1", "operator must be a string");
    targeting("a literal comparison flagd fails on", R"({"if": [{"<": ["abc", 5]}, "on", "off"]})",
              "/flags/f/targeting/if/0/<", "flagd fails to evaluate");
    targeting("a default flagd fails on", R"({"if": [{"==": [{"var": ["n", "abc"]}, 5]}, "on", "off"]})",
              "/flags/f/targeting/if/0/==", "when the attribute is absent");
    targeting("fractional as a condition", R"({"if": [{"fractional": [["on", 1]]}, "on", "off"]})",
              "/flags/f/targeting/if/0/fractional", "\"fractional\" cannot be used here");
    targeting("list as a condition holding an operator", R"({"if": [[{"substr": ["a", 1]}], "on", "off"]})",
              "/flags/f/targeting/if/0", "only literals and attributes");
    targeting("var with an extra operator", R"({"if": [{"==": [{"var": ["x", 1, {"substr": ["a", 1]}]}, 1]}, "on", "off"]})",
              "/flags/f/targeting/if/0/==/0/var", "takes a name and an optional default");
    targeting("not with an extra operator", R"({"if": [{"!": [{"var": "x"}, {"substr": ["a", 1]}]}, "on", "off"]})",
              "/flags/f/targeting/if/0/!", "takes 1 arguments, not 2");
    targeting("boolean result without true/false variants", R"({"==": [{"var": "x"}, "1"]})",
              "/flags/f/targeting", "name no variants");
    targeting("fractional bucketing by a bare var", R"({"fractional": [{"var": "email"}, ["on", 1], ["off", 1]]})",
              "/flags/f/targeting/fractional/0", "without a salt");
    targeting("fractional cat without salt", R"({"fractional": [{"cat": [{"var": "email"}]}, ["on", 1], ["off", 1]]})",
              "/flags/f/targeting/fractional/0", "Pennon's empty salt means the flag key");
    targeting("fractional cat with text after the attribute", R"({"fractional": [{"cat": ["s", {"var": "email"}, "x"]}, ["on", 1], ["off", 1]]})",
              "/flags/f/targeting/fractional/0/cat/2", "text after the attribute");
    targeting("fractional cat of two attributes", R"({"fractional": [{"cat": ["s", {"var": "a"}, {"var": "b"}]}, ["on", 1], ["off", 1]]})",
              "/flags/f/targeting/fractional/0/cat/2", "more than one attribute");
    targeting("fractional variant in two buckets", R"({"fractional": [["on", 1], ["off", 1], ["on", 1]]})",
              "/flags/f/targeting/fractional/2", "two separate buckets");
    targeting("fractional weight from an attribute", R"({"fractional": [["on", {"var": "w"}], ["off", 1]]})",
              "/flags/f/targeting/fractional/0/1", "whole number");
    targeting("fractional malformed beside an operator", R"({"fractional": [["on", 1], "off", [{"substr": ["a", 1]}, 1]]})",
              "/flags/f/targeting/fractional/1", "a bucket must be");
    targeting("fractional bucket an expression", R"({"fractional": [["on", 1], {"var": "b"}]})",
              "/flags/f/targeting/fractional/1", "a bucket must be");
    targeting("$ref inside an evaluator", R"({"if": [{"$ref": "outer"}, "on", "off"]})",
              "/$evaluators/outer/and/0/$ref", "in flag \"f\"",
              R"(, "$evaluators": {"outer": {"and": [{"$ref": "inner"}]}, "inner": {"==": [{"var": "x"}, 1]}})");
    targeting("problem inside an evaluator", R"({"if": [{"$ref": "bad"}, "on", "off"]})",
              "/$evaluators/bad/</1", "compares as numbers or as text",
              R"(, "$evaluators": {"bad": {"<": [{"var": "x"}, "1e3"]}})");
    // 2^9 conjunctions: more rules than a flag may have.
    targeting("== chain with null before a middle attribute", R"({"if": [{"==": [null, {"var": "x"}, 0]}, "on", "off"]})",
              "/flags/f/targeting/if/0/==/0", "with more than 2 arguments is supported when");
    targeting("== chain with a falsy middle", R"({"if": [{"==": [{"var": "x"}, 0, 0]}, "on", "off"]})",
              "/flags/f/targeting/if/0/==/1", "with more than 2 arguments is supported when");
    targeting("list as var's default compared", R"({"if": [{"==": [{"var": ["x", ["a"]]}, "a"]}, "on", "off"]})",
              "/flags/f/targeting/if/0/==/0/var/1", "a list as the default is supported where");
    targeting("list as var's default searched in", R"({"if": [{"in": [{"var": ["x", ["a"]]}, ["a"]]}, "on", "off"]})",
              "/flags/f/targeting/if/0/in/0/var/1", "a list as the default is supported where");

    targeting("fractional by an if that depends on the context", R"({"fractional": [{"if": [{"var": "x"}, "a", "b"]}, ["on", 1]]})",
              "/flags/f/targeting/fractional/0/if/0", "supported when its conditions are the same");
    targeting("fractional by an if without an else", R"({"fractional": [{"if": [true, "a"]}, ["on", 1]]})",
              "/flags/f/targeting/fractional/0/if", "a bucketing expression must be");

    file("variants an empty list", R"({"flags": {"f": {"state": "ENABLED", "variants": [], "defaultVariant": "0"}}})",
         "/flags/f/variants", "must be an object, not a list");

    QByteArray many = R"({"and": [)";
    for (int i = 0; i < 9; ++i)
        many += (i ? "," : "") + QByteArray(R"({"or": [{"==": [{"var": "a)") + QByteArray::number(i)
                + R"("}, "1"]}, {"==": [{"var": "b)" + QByteArray::number(i) + R"("}, "1"]}]})";
    many += "]}";
    targeting("too many rules", R"({"if": [)" + many + R"(, "on", "off"]})",
              "/flags/f/targeting/if/0", "more than 256 rules");
}

void TestFlagdImport::refused()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, path);
    QFETCH(QString, reason);

    Problems problems;
    QVERIFY(!import(file, &problems));
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.first().path == path, qPrintable(problemsText(problems)));
    QVERIFY2(problems.first().message.contains(reason), qPrintable(problemsText(problems)));
}

void TestFlagdImport::timestamp()
{
    // $flagd.timestamp is Math.floor(now / 1000): each ordering becomes DATE_AFTER or
    // DATE_BEFORE on the instant where it starts to hold or stops.
    struct Row {
        const char *expression;
        Operator op;
        const char *instant;
        bool (*flagd)(double timestamp);   // what flagd-core answers for a timestamp
    };
    const Row rows[] = {
        {R"({">": [{"var": "$flagd.timestamp"}, 1700000000]})", Operator::DateAfter, "2023-11-14T22:13:20.999Z",
         [](double t) { return t > 1700000000; }},
        {R"({">=": [{"var": "$flagd.timestamp"}, 1700000000.5]})", Operator::DateAfter, "2023-11-14T22:13:20.999Z",
         [](double t) { return t >= 1700000000.5; }},
        {R"({"<": [{"var": "$flagd.timestamp"}, 1700000000]})", Operator::DateBefore, "2023-11-14T22:13:20.000Z",
         [](double t) { return t < 1700000000; }},
        {R"({"<=": [{"var": "$flagd.timestamp"}, 1700000000]})", Operator::DateBefore, "2023-11-14T22:13:21.000Z",
         [](double t) { return t <= 1700000000; }},
        {R"({">": [1700000000, {"var": "$flagd.timestamp"}]})", Operator::DateBefore, "2023-11-14T22:13:20.000Z",
         [](double t) { return 1700000000 > t; }},
    };
    for (const Row &row : rows) {
        Problems problems;
        Problems warnings;
        const std::optional<Workspace> workspace = import(
            QByteArray(R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off", "targeting": {"if": [)")
                + row.expression + R"(, "on", "off"]}}}})", &problems, &warnings);
        QVERIFY2(workspace, qPrintable(problemsText(problems)));
        QCOMPARE(config(*workspace).rules.size(), 1);
        const auto &c = std::get<ConstraintActivation>(config(*workspace).rules.first().conditions.first());
        QCOMPARE(c.op, row.op);
        QCOMPARE(c.attribute, u"currentTime"_s);
        QCOMPARE(c.values, QStringList{QString::fromLatin1(row.instant)});
        QVERIFY(warnings.first().message.contains(u"currentTime"));

        // One millisecond either side of the instant, as flagd's clock would read it.
        const auto engine = Engine::compile(*workspace, u"default"_s);
        const qint64 instant = Instant::parse(QString::fromLatin1(row.instant))->msecsSinceEpoch();
        for (const qint64 ms : {instant - 1, instant, instant + 1}) {
            Context context;
            context.set(u"currentTime"_s, QJsonValue(Instant(ms).toString()));
            const EvaluationResult result = engine->evaluate(u"f", context);
            const bool flagd = row.flagd(std::floor(double(ms) / 1000));
            QVERIFY2((engine->variationKey(result) == u"on") == flagd,
                     qPrintable(u"%1 at %2 ms"_s.arg(QString::fromLatin1(row.expression)).arg(ms)));
        }
    }
}

void TestFlagdImport::reportsEveryProblem()
{
    // Two bad flags and a good one: both problems, no workspace.
    Problems problems;
    QVERIFY(!import(R"({"flags": {
        "a": {"state": "ENABLED", "variants": {"on": true}, "defaultVariant": "on", "targeting": {"cat": [{"var": "x"}]}},
        "b": {"state": "ENABLED", "variants": {"on": true}, "defaultVariant": "on"},
        "c": {"state": "MAYBE", "variants": {"on": true}, "defaultVariant": "on"}}})", &problems));
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).path, u"/flags/a/targeting/cat"_s);
    QCOMPARE(problems.at(1).path, u"/flags/c/state"_s);
}

// ---------------------------------------------------------------------------------------------
// WorkspaceFile and the real pennonctl

namespace {

const QByteArray Shop = R"({
  "$schema": "https://flagd.dev/schema/v0/flags.json",
  "metadata": {"flagSetId": "shop"},
  "$evaluators": {"isPro": {"==": [{"var": "plan"}, "pro"]}},
  "flags": {
    "new-checkout": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off",
      "targeting": {"if": [{"$ref": "isPro"}, "on", {"<": [{"var": "age"}, 18]}, "off",
                           {"fractional": [["on", 50], ["off", 50]]}]}},
    "colour": {"state": "ENABLED", "variants": {"a": "A", "b": "B", "c": "C"}, "defaultVariant": "c",
      "targeting": {"fractional": [["a", 50], ["b", 30], ["c", 20]]}},
    "legacy": {"state": "DISABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off"}
  }
})";

} // namespace

void TestFlagdImport::workspaceFileReadsFlagd()
{
    WorkspaceFormat format = WorkspaceFormat::Native;
    QVERIFY(WorkspaceFile::parseFormat(u"flagd"_s, &format));
    QCOMPARE(format, WorkspaceFormat::Flagd);
    Problems problems;
    const std::optional<Workspace> workspace = WorkspaceFile::read(Shop, format, QString(), &problems);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));
    QCOMPARE(workspace->environments.first().key, u"default"_s);
    QCOMPARE(workspace->flags.size(), 3);
    QVERIFY(Validator::validate(*workspace).isEmpty());
}

void TestFlagdImport::ctlEval()
{
    const QString path = write(u"shop.json"_s, Shop);
    // flagd-core: pro users "on"; age 10 (no plan) "off"; user-1 (age 30) falls in "on",
    // user-3 in "off"; no targetingKey: the whole targeting falls back to the defaultVariant.
    const struct { const char16_t *context; const char16_t *variation; } cases[] = {
        {u"{\"plan\": \"pro\"}", u"on"},
        {u"{\"age\": 10}", u"off"},
        {u"{\"age\": 30, \"targetingKey\": \"user-1\"}", u"on"},
        {u"{\"age\": 30, \"targetingKey\": \"user-3\"}", u"off"},
        {u"{\"age\": 30}", u"off"},
    };
    for (const auto &c : cases) {
        const CtlRun run = runPennonCtl({u"eval"_s, u"--from"_s, path, u"--format"_s, u"flagd"_s, u"--flag"_s,
                                         u"new-checkout"_s, u"--context"_s, QString::fromUtf16(c.context)});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY2(o.value(u"variation"_s).toString() == QString::fromUtf16(c.variation), qPrintable(run.out));
    }
    // --env names the environment.
    const CtlRun named = runPennonCtl({u"eval"_s, u"--from"_s, path, u"--format"_s, u"flagd"_s, u"--env"_s,
                                       u"prod"_s, u"--flag"_s, u"legacy"_s, u"--context"_s, u"{}"_s});
    QCOMPARE(named.exitCode, 0);
    QVERIFY2(named.out.contains(u"\"reason\":\"DISABLED\""), qPrintable(named.out));
}

void TestFlagdImport::ctlImportIntoSqlite()
{
    const QString path = write(u"shop-import.json"_s, Shop);
    const QString db = u"sqlite:"_s + m_dir.filePath(u"flagd.sqlite"_s);
    QCOMPARE(runPennonCtl({u"--db"_s, db, u"init"_s}).exitCode, 0);
    const CtlRun run = runPennonCtl({u"--db"_s, db, u"import"_s, u"--format"_s, u"flagd"_s, u"--env"_s,
                                     u"production"_s, path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"new-checkout"), qPrintable(run.out));
    const CtlRun get = runPennonCtl({u"--db"_s, db, u"flag"_s, u"get"_s, u"colour"_s});
    QCOMPARE(get.exitCode, 0);
    QVERIFY2(get.out.contains(u"\"targetingKey\""), qPrintable(get.out));
    QVERIFY2(get.out.contains(u"\"stop\""), qPrintable(get.out));
    // Evaluated from the database, the same answers as from the file.
    const CtlRun eval = runPennonCtl({u"--db"_s, db, u"eval"_s, u"--env"_s, u"production"_s, u"--flag"_s,
                                      u"new-checkout"_s, u"--context"_s, u"{\"plan\": \"pro\"}"_s});
    QCOMPARE(eval.exitCode, 0);
    QVERIFY2(eval.out.contains(u"\"variation\":\"on\""), qPrintable(eval.out));

    // From standard input too.
    const CtlRun stdinRun = runPennonCtl({u"--db"_s, db, u"import"_s, u"--format"_s, u"flagd"_s, u"--env"_s,
                                          u"production"_s, u"--dry-run"_s, u"-"_s}, Shop);
    QVERIFY2(stdinRun.exitCode == 0, qPrintable(stdinRun.err));
}

void TestFlagdImport::ctlExportFromFlagd()
{
    const QString path = write(u"shop-export.json"_s, Shop);
    const CtlRun first = runPennonCtl({u"export"_s, u"--from"_s, path, u"--from-format"_s, u"flagd"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY(first.out.contains(u"\"new-checkout\""));
    // The Pennon JSON reads back and exports to the same bytes.
    const QString native = write(u"shop-native.json"_s, first.out.toUtf8());
    const CtlRun second = runPennonCtl({u"export"_s, u"--from"_s, native});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, first.out);
}

void TestFlagdImport::ctlSimulateFromFlagd()
{
    // flagd-core serves user-0 .. user-999 (as targetingKey) a 477, b 324, c 199.
    const QString path = write(u"shop-simulate.json"_s, Shop);
    const CtlRun run = runPennonCtl({u"simulate"_s, u"--from"_s, path, u"--format"_s, u"flagd"_s, u"--flag"_s,
                                     u"colour"_s, u"--users"_s, u"1000"_s, u"--id-attribute"_s, u"targetingKey"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QHash<QString, qint64> counts;
    for (const QJsonValue &v : o.value(u"variations"_s).toArray())
        counts.insert(v.toObject().value(u"variation"_s).toString(), v.toObject().value(u"count"_s).toInteger());
    QCOMPARE(counts.value(u"a"_s), 477);
    QCOMPARE(counts.value(u"b"_s), 324);
    QCOMPARE(counts.value(u"c"_s), 199);
}

void TestFlagdImport::ctlBadFile()
{
    const QString path = write(u"bad.json"_s, R"({"flags": {"f": {"state": "ENABLED", "variants": {"on": true, "off": false},
        "defaultVariant": "off", "targeting": {"if": [{"<": [{"var": "n"}, "10"]}, "on", "off"]}}}})");
    const CtlRun eval = runPennonCtl({u"eval"_s, u"--from"_s, path, u"--format"_s, u"flagd"_s, u"--context"_s, u"{}"_s});
    QCOMPARE(eval.exitCode, 2);
    QVERIFY2(eval.err.contains(u"/flags/f/targeting/if/0/</1"), qPrintable(eval.err));

    const QString db = u"sqlite:"_s + m_dir.filePath(u"untouched.sqlite"_s);
    QCOMPARE(runPennonCtl({u"--db"_s, db, u"init"_s}).exitCode, 0);
    const CtlRun before = runPennonCtl({u"--db"_s, db, u"flag"_s, u"list"_s});
    const CtlRun import = runPennonCtl({u"--db"_s, db, u"import"_s, u"--format"_s, u"flagd"_s, path});
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(import.err.contains(u"bad.json:/flags/f/targeting/if/0/</1: "), qPrintable(import.err));
    QVERIFY(import.err.contains(u"compares as numbers or as text"));
    const CtlRun after = runPennonCtl({u"--db"_s, db, u"flag"_s, u"list"_s});
    QCOMPARE(after.out, before.out);

    const CtlRun exported = runPennonCtl({u"export"_s, u"--from"_s, path, u"--from-format"_s, u"flagd"_s});
    QCOMPARE(exported.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestFlagdImport)
#include "tst_flagdimport.moc"
