// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The Unleash client specification through Pennon's own pipeline: every file's state is
// imported, compiled for its environment, and every test and variantTest evaluated in the
// Unleash dialect must give the expected answer: the whole specification but its delta-API
// files (tests/unleashspec.h).

#include "engine/context.h"
#include "engine/engine.h"
#include "engine/unleashdialect.h"
#include "formats/unleashimport.h"

#include "unleashspec.h"

#include <QDir>
#include <QHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <optional>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

const QString EnvironmentKey = u"default"_s;

QString conformanceDir()
{
    return unleashSpecDir();
}

QString problemsText(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

struct SpecFile {
    QJsonObject document;
    std::shared_ptr<const Engine> engine;
    Problems problems;
};

/// Each file is read, imported and compiled once, however many rows use it.
const SpecFile &specFile(const QString &name)
{
    static QHash<QString, SpecFile> files;
    const auto found = files.constFind(name);
    if (found != files.cend())
        return *found;
    SpecFile file;
    QFile f(QDir(conformanceDir()).filePath(name));
    if (!f.open(QIODevice::ReadOnly)) {
        file.problems.append({name, f.errorString()});
    } else {
        file.document = QJsonDocument::fromJson(f.readAll()).object();
        const QByteArray state = QJsonDocument(file.document.value(u"state"_s).toObject()).toJson();
        if (const auto workspace = UnleashImport::read(state, EnvironmentKey, &file.problems))
            file.engine = Engine::compile(*workspace, EnvironmentKey);
    }
    return *files.insert(name, file);
}

} // namespace

class TestUnleashConformance final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allFilesPresent();
    void enabled_data();
    void enabled();
    void variant_data();
    void variant();
    void answerLine_data();
    void answerLine();
    void payload_data();
    void payload();
    void randomDrawsOnce_data();
    void randomDrawsOnce();
};

void TestUnleashConformance::allFilesPresent()
{
    // 22 files in 6.1.0, of which two describe the delta API; every other one imports.
    const QStringList files = unleashSpecFiles();
    QVERIFY2(files.size() >= 20, qPrintable(u"no specification in \""_s + conformanceDir() + u'"'));
    for (const QString &name : files) {
        const SpecFile &file = specFile(name);
        QVERIFY2(file.engine, qPrintable(name + u": "_s + problemsText(file.problems)));
    }
}

namespace {

/// One row per entry of the list in every file: file name, entry.
void addRows(const QString &list)
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonObject>("entry");
    for (const QString &name : unleashSpecFiles()) {
        const QJsonArray entries = specFile(name).document.value(list).toArray();
        for (const QJsonValue &entry : entries) {
            const QString row = name + u": "_s + entry.toObject().value(u"description"_s).toString();
            QTest::newRow(qPrintable(row)) << name << entry.toObject();
        }
    }
}

/// The answer for one entry, or a failure message.
std::optional<QJsonObject> evaluate(const QString &fileName, const QJsonObject &entry, QString *failure)
{
    const SpecFile &file = specFile(fileName);
    if (!file.engine) {
        *failure = u"import failed: "_s + problemsText(file.problems);
        return std::nullopt;
    }
    Problems problems;
    const auto context = Context::fromUnleashJson(entry.value(u"context"_s), u"/context"_s, &problems);
    if (!context) {
        *failure = u"context: "_s + problemsText(problems);
        return std::nullopt;
    }
    const QString toggle = entry.value(u"toggleName"_s).toString();
    const EvaluationResult result = file.engine->evaluate(toggle, *context);
    return UnleashDialect::answer(*file.engine, result, toggle);
}

} // namespace

void TestUnleashConformance::enabled_data()
{
    addRows(u"tests"_s);
}

void TestUnleashConformance::enabled()
{
    QFETCH(QString, file);
    QFETCH(QJsonObject, entry);
    QString failure;
    const auto answer = evaluate(file, entry, &failure);
    QVERIFY2(answer, qPrintable(failure));
    QCOMPARE(answer->value(u"flag"_s).toString(), entry.value(u"toggleName"_s).toString());
    QCOMPARE(answer->value(u"enabled"_s).toBool(), entry.value(u"expectedResult"_s).toBool());
}

void TestUnleashConformance::variant_data()
{
    addRows(u"variantTests"_s);
}

void TestUnleashConformance::variant()
{
    QFETCH(QString, file);
    QFETCH(QJsonObject, entry);
    QString failure;
    const auto answer = evaluate(file, entry, &failure);
    QVERIFY2(answer, qPrintable(failure));
    const QJsonObject actual = answer->value(u"variant"_s).toObject();
    const QJsonObject expected = entry.value(u"expectedResult"_s).toObject();
    QVERIFY2(actual == expected,
             qPrintable(u"got "_s + compact(actual) + u", expected "_s + compact(expected)));
    // The whole answer agrees with its variant.
    QCOMPARE(answer->value(u"enabled"_s).toBool(), actual.value(u"feature_enabled"_s).toBool());
}

// The dialect's own output: one compact line, fields in a fixed order (pennonctl eval).
void TestUnleashConformance::answerLine_data()
{
    QTest::addColumn<QString>("toggle");
    QTest::addColumn<QJsonObject>("context");
    QTest::addColumn<QByteArray>("line");

    QTest::newRow("variant with payload") << u"Feature.Variants.A"_s << QJsonObject{{u"userId"_s, u"0"_s}}
        << QByteArray(R"({"flag":"Feature.Variants.A","enabled":true,"variant":{"name":"variant1","enabled":true,)"
                      R"("feature_enabled":true,"payload":{"type":"string","value":"val1"}}})" "\n");
    QTest::newRow("enabled without a variant") << u"Feature.Variants.F"_s << QJsonObject{}
        << QByteArray(R"({"flag":"Feature.Variants.F","enabled":true,"variant":{"name":"disabled","enabled":false,)"
                      R"("feature_enabled":true}})" "\n");
    QTest::newRow("disabled feature") << u"Feature.Variants.E"_s << QJsonObject{}
        << QByteArray(R"({"flag":"Feature.Variants.E","enabled":false,"variant":{"name":"disabled","enabled":false,)"
                      R"("feature_enabled":false}})" "\n");
    QTest::newRow("unknown flag") << u"No.Such.Feature"_s << QJsonObject{}
        << QByteArray(R"({"flag":"No.Such.Feature","enabled":false,"variant":{"name":"disabled","enabled":false,)"
                      R"("feature_enabled":false}})" "\n");
}

void TestUnleashConformance::answerLine()
{
    QFETCH(QString, toggle);
    QFETCH(QJsonObject, context);
    QFETCH(QByteArray, line);
    const SpecFile &file = specFile(u"08-variants.json"_s);
    QVERIFY2(file.engine, qPrintable(problemsText(file.problems)));
    Problems problems;
    const auto bound = Context::fromUnleashJson(context, QString(), &problems);
    QVERIFY(bound);
    const EvaluationResult result = file.engine->evaluate(toggle, *bound);
    QCOMPARE(UnleashDialect::answerLine(*file.engine, result, toggle), line);
    const QJsonObject answer = UnleashDialect::answer(*file.engine, result, toggle);
    QCOMPARE(answer, QJsonDocument::fromJson(line).object());
}

// Payloads of variation values, for flags imported from Unleash and for any other flag.
void TestUnleashConformance::payload_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QJsonValue>("payload");   // undefined: none

    const auto p = [](const QString &type, const QString &value) {
        return QJsonValue(QJsonObject{{u"type"_s, type}, {u"value"_s, value}});
    };
    QTest::newRow("imported payload verbatim") << p(u"csv"_s, u"a,b"_s) << p(u"csv"_s, u"a,b"_s);
    QTest::newRow("imported without payload") << QJsonValue(QJsonObject{}) << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("on and off") << QJsonValue(true) << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("string") << QJsonValue(u"blue"_s) << p(u"string"_s, u"blue"_s);
    QTest::newRow("number") << QJsonValue(0.25) << p(u"number"_s, u"0.25"_s);
    QTest::newRow("other object") << QJsonValue(QJsonObject{{u"b"_s, 1}, {u"a"_s, u"x"_s}})
                                  << p(u"json"_s, uR"({"a":"x","b":1})"_s);
    QTest::newRow("list") << QJsonValue(QJsonArray{1, u"two"_s}) << p(u"json"_s, uR"([1,"two"])"_s);
}

void TestUnleashConformance::payload()
{
    QFETCH(QJsonValue, value);
    QFETCH(QJsonValue, payload);
    const std::optional<QJsonObject> found = UnleashDialect::payload(value);
    QCOMPARE(found.has_value(), !payload.isUndefined());
    if (found)
        QCOMPARE(QJsonValue(*found), payload);
}

// An SDK evaluates a random gate, and a dependency's parent, once per call. Rules that repeat
// them must not draw again: the share of enabled answers stays the configured one.
void TestUnleashConformance::randomDrawsOnce_data()
{
    QTest::addColumn<QByteArray>("features");
    QTest::addColumn<QString>("toggle");
    QTest::addColumn<double>("share");

    QTest::newRow("override under a 50 % random gate") << QByteArray(R"([{"name": "f", "enabled": true,
            "strategies": [{"name": "gradualRolloutRandom", "parameters": {"percentage": "50"}}],
            "variants": [{"name": "a", "weight": 1, "overrides": [{"contextName": "userId", "values": ["1"]}]},
                         {"name": "b", "weight": 1, "overrides": [{"contextName": "userId", "values": ["1"]}]}]}])")
        << u"f"_s << 0.5;
    QTest::newRow("two strategies behind a random parent") << QByteArray(R"([
            {"name": "p", "enabled": true, "strategies": [{"name": "gradualRolloutRandom", "parameters": {"percentage": "50"}}]},
            {"name": "c", "enabled": true, "dependencies": [{"feature": "p"}],
             "strategies": [{"name": "userWithId", "parameters": {"userIds": "1"}}, {"name": "default"}]}])")
        << u"c"_s << 0.5;
    QTest::newRow("a random parent required off") << QByteArray(R"([
            {"name": "p", "enabled": true, "strategies": [{"name": "flexibleRollout",
                "parameters": {"rollout": "25", "stickiness": "random", "groupId": "p"}}]},
            {"name": "c", "enabled": true, "dependencies": [{"feature": "p", "enabled": false}],
             "strategies": [{"name": "userWithId", "parameters": {"userIds": "1"}}, {"name": "default"}]}])")
        << u"c"_s << 0.75;
}

void TestUnleashConformance::randomDrawsOnce()
{
    QFETCH(QByteArray, features);
    QFETCH(QString, toggle);
    QFETCH(double, share);
    Problems problems;
    const auto workspace = UnleashImport::read("{\"features\": " + features + "}", EnvironmentKey, &problems);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));
    const auto engine = Engine::compile(*workspace, EnvironmentKey);
    Context context;
    context.setString(u"userId"_s, u"1"_s);
    const BoundContext bound = engine->bind(context);
    const int flag = engine->flagIndex(toggle);
    constexpr int Runs = 20000;
    int enabled = 0;
    for (int i = 0; i < Runs; ++i)
        enabled += UnleashDialect::isEnabled(*engine, engine->evaluate(flag, bound)) ? 1 : 0;
    // The standard deviation is at most 0.0036; a second draw would move the share by 0.125+.
    QVERIFY2(qAbs(double(enabled) / Runs - share) < 0.03,
             qPrintable(u"enabled %1 of %2 times"_s.arg(enabled).arg(Runs)));
}

QTEST_GUILESS_MAIN(TestUnleashConformance)
#include "tst_unleash_conformance.moc"
