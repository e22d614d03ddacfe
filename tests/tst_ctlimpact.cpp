// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// `pennonctl simulate --attribute/--by-rule` and `pennonctl impact` as CI runs them: the real
// binary on the demo workspace; the impact's counts against a count the test makes itself by
// evaluating every user with the Engine (and a few with `pennonctl eval`).

#include "ctlrunner.h"
#include "engine/attributegenerator.h"
#include "engine/engine.h"
#include "formats/workspacefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

const QString Demo = QStringLiteral(PENNON_SOURCE_DIR "/resources/demo-workspace.json");
const QStringList Generators{u"platform=choice(ios:1,android:1,web:2)"_s, u"plan=choice(free:6,pro:3,enterprise:1)"_s,
                             u"appVersion=version(4.0.0,5.2.0)"_s, u"storageAddOnGb=range(0,20)"_s};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::shared_ptr<const Engine> compile(const QByteArray &bytes, const QString &environment)
{
    Problems problems, warnings;
    const std::optional<Workspace> workspace = WorkspaceFile::read(bytes, WorkspaceFormat::Native, QString(),
                                                                   &problems, &warnings);
    return workspace ? Engine::compile(*workspace, environment) : nullptr;
}

QStringList attributeArguments()
{
    QStringList arguments;
    for (const QString &spec : Generators)
        arguments << u"--attribute"_s << spec;
    return arguments;
}

/// User n as pennonctl makes it: id user-{n} in userId plus the generated attributes.
Context user(qint64 n)
{
    Context context;
    context.setString(u"userId"_s, u"user-%1"_s.arg(n));
    for (const QString &spec : Generators) {
        QString error;
        const AttributeGenerator generator = *AttributeGenerator::parse(spec, &error);
        context.setString(generator.name(), generator.text(n));
    }
    return context;
}

struct Expected {
    qint64 changed = 0;
    std::map<std::pair<QString, QString>, qint64> matrix;
    QStringList samples;
};

Expected countUserByUser(const Engine &from, const Engine &to, const QString &flag, qint64 users)
{
    Expected expected;
    for (qint64 n = 0; n < users; ++n) {
        const Context context = user(n);
        const QString before = from.variationKey(from.evaluate(flag, context));
        const QString after = to.variationKey(to.evaluate(flag, context));
        ++expected.matrix[{before, after}];
        if (before != after) {
            ++expected.changed;
            if (expected.samples.size() < 5)
                expected.samples.append(u"user-%1"_s.arg(n));
        }
    }
    return expected;
}

void compareImpact(const QJsonObject &o, const Expected &expected, qint64 users)
{
    QCOMPARE(o.value(u"users"_s).toInteger(), users);
    QCOMPARE(o.value(u"changed"_s).toInteger(), expected.changed);
    QStringList samples;
    for (const QJsonValue &sample : o.value(u"samples"_s).toArray())
        samples.append(sample.toString());
    QCOMPARE(samples, expected.samples);
    const QJsonArray matrix = o.value(u"matrix"_s).toArray();
    QCOMPARE(size_t(matrix.size()), expected.matrix.size());
    qint64 sum = 0;
    for (const QJsonValue &cell : matrix) {
        const QJsonObject c = cell.toObject();
        const auto it = expected.matrix.find({c.value(u"from"_s).toString(), c.value(u"to"_s).toString()});
        QVERIFY(it != expected.matrix.end());
        QCOMPARE(c.value(u"count"_s).toInteger(), it->second);
        sum += it->second;
    }
    QCOMPARE(sum, users);
}

} // namespace

class TestCtlImpact final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void simulateWithAttributesByRule();
    void simulateWithoutByRuleIsUnchanged();
    void impactToEnv();
    void impactToFile();
    void impactSamplesAgreeWithEval();
    void badInput_data();
    void badInput();

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

void TestCtlImpact::simulateWithAttributesByRule()
{
    const qint64 users = 20000;
    const CtlRun run = runPennonCtl(QStringList{u"simulate"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s,
                                                u"--flag"_s, u"max-upload-mb"_s, u"--users"_s, QString::number(users),
                                                u"--by-rule"_s} + attributeArguments());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value(u"users"_s).toInteger(), users);

    // The counts per variation add up, and agree with evaluating each user.
    const auto engine = compile(readFile(Demo), u"production"_s);
    QVERIFY(engine);
    std::map<QString, qint64> expected;
    for (qint64 n = 0; n < users; ++n)
        ++expected[engine->variationKey(engine->evaluate(u"max-upload-mb", user(n)))];
    std::map<QString, qint64> counts;
    qint64 total = 0;
    for (const QJsonValue &v : o.value(u"variations"_s).toArray()) {
        const qint64 count = v.toObject().value(u"count"_s).toInteger();
        total += count;
        if (count > 0)
            counts[v.toObject().value(u"variation"_s).toString()] = count;
    }
    QCOMPARE(total, users);
    QCOMPARE(counts, expected);

    // By rule: one row per rule and the default; the rows sum to the users, and per
    // variation to the variation's count.
    const QJsonArray rows = o.value(u"byRule"_s).toArray();
    QCOMPARE(rows.size(), 3 + 1); // max-upload-mb has three rules in production
    std::map<QString, qint64> perVariation;
    qint64 rowTotal = 0;
    int decidingRules = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        if (i < 3) {
            QCOMPARE(row.value(u"rule"_s).toInteger(), i);
            QVERIFY(!row.value(u"id"_s).toString().isEmpty());
        } else {
            QCOMPARE(row.value(u"rule"_s).toString(), u"default"_s);
        }
        qint64 rowSum = 0;
        for (const QJsonValue &v : row.value(u"variations"_s).toArray()) {
            rowSum += v.toObject().value(u"count"_s).toInteger();
            perVariation[v.toObject().value(u"variation"_s).toString()] += v.toObject().value(u"count"_s).toInteger();
        }
        QCOMPARE(row.value(u"users"_s).toInteger(), rowSum);
        rowTotal += rowSum;
        if (rowSum > 0)
            ++decidingRules;
    }
    QCOMPARE(rowTotal, users);
    QVERIFY(decidingRules >= 3); // the generated plans and storage reach several rules
    for (const auto &[variation, count] : perVariation)
        QCOMPARE(count, counts.count(variation) ? counts[variation] : 0);

    // The same users whatever the number of threads.
    const CtlRun one = runPennonCtl(QStringList{u"simulate"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s,
                                                u"--flag"_s, u"max-upload-mb"_s, u"--users"_s, QString::number(users),
                                                u"--by-rule"_s, u"--threads"_s, u"1"_s} + attributeArguments());
    QCOMPARE(QJsonDocument::fromJson(one.out.toUtf8()).object().value(u"byRule"_s), o.value(u"byRule"_s));
}

void TestCtlImpact::simulateWithoutByRuleIsUnchanged()
{
    const CtlRun run = runPennonCtl({u"simulate"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s, u"--flag"_s,
                                     u"search-ranking"_s, u"--users"_s, u"100"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.keys(), (QStringList{u"chiSquare"_s, u"flag"_s, u"pValue"_s, u"seconds"_s, u"users"_s, u"variations"_s}));
}

void TestCtlImpact::impactToEnv()
{
    const qint64 users = 5000;
    const CtlRun run = runPennonCtl(QStringList{u"impact"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s,
                                                u"--flag"_s, u"search-ranking"_s, u"--to-env"_s, u"staging"_s,
                                                u"--users"_s, QString::number(users)} + attributeArguments());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.keys(), (QStringList{u"changed"_s, u"flag"_s, u"matrix"_s, u"samples"_s, u"users"_s}));
    QCOMPARE(o.value(u"flag"_s).toString(), u"search-ranking"_s);
    const QByteArray demo = readFile(Demo);
    const auto production = compile(demo, u"production"_s);
    const auto staging = compile(demo, u"staging"_s);
    const Expected expected = countUserByUser(*production, *staging, u"search-ranking"_s, users);
    QVERIFY(expected.changed > 0);
    compareImpact(o, expected, users);
}

void TestCtlImpact::impactToFile()
{
    // The edit: the mobile pilot grows from 10 % to 50 % and the default split moves.
    QJsonObject workspace = QJsonDocument::fromJson(readFile(Demo)).object();
    QJsonArray flags = workspace.value(u"flags"_s).toArray();
    for (qsizetype i = 0; i < flags.size(); ++i) {
        QJsonObject flag = flags.at(i).toObject();
        if (flag.value(u"key"_s).toString() != u"search-ranking")
            continue;
        QJsonObject environments = flag.value(u"environments"_s).toObject();
        QJsonObject production = environments.value(u"production"_s).toObject();
        QJsonArray rules = production.value(u"rules"_s).toArray();
        QJsonObject pilot = rules.at(1).toObject();
        QJsonArray conditions = pilot.value(u"conditions"_s).toArray();
        QJsonObject percentage = conditions.at(1).toObject();
        percentage.insert(u"percentage"_s, 50);
        conditions.replace(1, percentage);
        pilot.insert(u"conditions"_s, conditions);
        rules.replace(1, pilot);
        production.insert(u"rules"_s, rules);
        QJsonObject serve = production.value(u"defaultServe"_s).toObject();
        QJsonObject split = serve.value(u"split"_s).toObject();
        split.insert(u"weights"_s, QJsonArray{QJsonObject{{u"variation"_s, u"control"_s}, {u"weight"_s, 50}},
                                             QJsonObject{{u"variation"_s, u"semantic"_s}, {u"weight"_s, 25}},
                                             QJsonObject{{u"variation"_s, u"hybrid"_s}, {u"weight"_s, 25}}});
        serve.insert(u"split"_s, split);
        production.insert(u"defaultServe"_s, serve);
        environments.insert(u"production"_s, production);
        flag.insert(u"environments"_s, environments);
        flags.replace(i, flag);
    }
    workspace.insert(u"flags"_s, flags);
    const QByteArray edited = QJsonDocument(workspace).toJson();
    const QString path = write(u"edited.json"_s, edited);

    const qint64 users = 8000;
    const CtlRun run = runPennonCtl(QStringList{u"impact"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s,
                                                u"--flag"_s, u"search-ranking"_s, u"--to"_s, path, u"--to-format"_s,
                                                u"native"_s, u"--users"_s, QString::number(users)} + attributeArguments());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const Expected expected = countUserByUser(*compile(readFile(Demo), u"production"_s),
                                              *compile(edited, u"production"_s), u"search-ranking"_s, users);
    QVERIFY(expected.changed > 100);
    compareImpact(o, expected, users);

    // Against itself nothing changes.
    const CtlRun same = runPennonCtl({u"impact"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s, u"--flag"_s,
                                      u"search-ranking"_s, u"--to"_s, Demo, u"--users"_s, u"1000"_s});
    QCOMPARE(same.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(same.out.toUtf8()).object().value(u"changed"_s).toInteger(), 0);
}

void TestCtlImpact::impactSamplesAgreeWithEval()
{
    // The samples really change: `pennonctl eval` answers them differently in the two
    // environments.
    const CtlRun run = runPennonCtl(QStringList{u"impact"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s,
                                                u"--flag"_s, u"search-ranking"_s, u"--to-env"_s, u"staging"_s,
                                                u"--users"_s, u"2000"_s, u"--samples"_s, u"3"_s} + attributeArguments());
    QCOMPARE(run.exitCode, 0);
    const QJsonArray samples = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"samples"_s).toArray();
    QCOMPARE(samples.size(), 3);
    for (const QJsonValue &sample : samples) {
        const qint64 n = sample.toString().mid(5).toLongLong();
        QJsonObject context{{u"userId"_s, sample.toString()}};
        const auto generated = user(n);   // kept: entries() refers into it
        for (const auto &[name, value] : generated.entries())
            context.insert(name, value.text);
        const QString json = QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact));
        QString variations[2];
        int i = 0;
        for (const QString &environment : {u"production"_s, u"staging"_s}) {
            const CtlRun eval = runPennonCtl({u"eval"_s, u"--from"_s, Demo, u"--env"_s, environment, u"--flag"_s,
                                              u"search-ranking"_s, u"--context"_s, json});
            QCOMPARE(eval.exitCode, 0);
            variations[i++] = QJsonDocument::fromJson(eval.out.toUtf8()).object().value(u"variation"_s).toString();
        }
        QVERIFY2(variations[0] != variations[1], qPrintable(sample.toString()));
    }
}

void TestCtlImpact::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList simulate{u"simulate"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s, u"--flag"_s,
                               u"search-ranking"_s, u"--users"_s, u"10"_s};
    const QStringList impact{u"impact"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s, u"--flag"_s,
                             u"search-ranking"_s, u"--users"_s, u"10"_s};
    QTest::newRow("simulate bad weight")
        << simulate + QStringList{u"--attribute"_s, u"plan=choice(pro:x)"_s}
        << u"--attribute 'plan=choice(pro:x)' at character 17: the weight must be a whole number"_s;
    QTest::newRow("simulate bad range")
        << simulate + QStringList{u"--attribute"_s, u"age=range(80,18)"_s}
        << u"--attribute 'age=range(80,18)' at character 14: HIGH must not be below LOW"_s;
    QTest::newRow("impact bad version")
        << impact + QStringList{u"--to-env"_s, u"staging"_s, u"--attribute"_s, u"v=version(1.x,2)"_s}
        << u"--attribute 'v=version(1.x,2)' at character 13: a version's part"_s;
    QTest::newRow("impact without target") << impact << u"give exactly one of --to FILE and --to-env ENV2"_s;
    QTest::newRow("impact with both")
        << impact + QStringList{u"--to-env"_s, u"staging"_s, u"--to"_s, Demo} << u"give exactly one of --to FILE and --to-env ENV2"_s;
    QTest::newRow("impact unknown env")
        << impact + QStringList{u"--to-env"_s, u"moon"_s} << u"has no environment 'moon'"_s;
    QTest::newRow("impact unknown flag")
        << QStringList{u"impact"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s, u"--flag"_s, u"nope"_s,
                       u"--users"_s, u"10"_s, u"--to-env"_s, u"staging"_s}
        << u"no flag 'nope'"_s;
    QTest::newRow("impact bad format")
        << impact + QStringList{u"--to"_s, Demo, u"--to-format"_s, u"yaml"_s} << u"unknown --to-format 'yaml'"_s;
    QTest::newRow("impact no users") << QStringList{u"impact"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s,
                                                    u"--flag"_s, u"search-ranking"_s, u"--to-env"_s, u"staging"_s}
                                     << u"give exactly one of --users N and --csv FILE"_s;
}

void TestCtlImpact::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CtlRun run = runPennonCtl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCtlImpact)
#include "tst_ctlimpact.moc"
