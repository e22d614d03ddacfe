// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// `pennonctl eval` and `pennonctl simulate` as CI runs them: the real binary on real files.

#include "ctlrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Demo = QStringLiteral(PENNON_SOURCE_DIR "/resources/demo-workspace.json");

QJsonObject object(const QString &line)
{
    return QJsonDocument::fromJson(line.toUtf8()).object();
}

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestCtlEval final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void evalOneContext();
    void evalEveryFlag();
    void evalContextsInOrder();
    void evalTrace();
    void evalUnknownFlag();
    void evalBadInput_data();
    void evalBadInput();
    void evalUnleashDialect();
    void evalSavedPersona();
    void simulateSyntheticUsers();
    void simulateCsv();
    void simulateBadInput_data();
    void simulateBadInput();
    void exportNativeIsByteIdentical();
    void exportUnleashSourceRoundTrips();
    void exportBadInput();

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

void TestCtlEval::evalOneContext()
{
    const CtlRun run = runPennonCtl({u"eval"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s,
                                     u"--flag"_s, u"new-checkout"_s, u"--context"_s, u"{\"userId\": \"user-4471\"}"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"{\"flag\":\"new-checkout\",\"variation\":\"off\",\"value\":false,\"reason\":\"TARGETING_MATCH\",\"rule\":{\"index\":0,\"id\":\"opted-out\"}}\n"_s);
}

void TestCtlEval::evalEveryFlag()
{
    const CtlRun run = runPennonCtl({u"eval"_s, u"--from"_s, Demo, u"--env"_s, u"staging"_s,
                                     u"--context"_s, u"{\"userId\": \"u1\"}"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList out = lines(run.out);
    QCOMPARE(out.size(), 11); // every flag but the archived one
    for (const QString &line : out) {
        const QJsonObject o = object(line);
        QVERIFY(o.contains(u"flag"_s) && o.contains(u"variation"_s) && o.contains(u"value"_s) && o.contains(u"reason"_s));
    }
}

void TestCtlEval::evalContextsInOrder()
{
    const QString contexts = write(u"contexts.jsonl"_s,
        "{\"userId\": \"user-4471\"}\n\n{\"userId\": \"someone\", \"email\": \"a@acme.example\"}\n{\"userId\": \"user-6120\"}\n");
    const CtlRun run = runPennonCtl({u"eval"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s,
                                     u"--flag"_s, u"new-checkout"_s, u"--contexts"_s, contexts});
    QCOMPARE(run.exitCode, 0);
    const QStringList out = lines(run.out);
    QCOMPARE(out.size(), 3);
    QCOMPARE(object(out.at(0)).value(u"rule"_s).toObject().value(u"id"_s).toString(), u"opted-out"_s);
    QCOMPARE(object(out.at(1)).value(u"variation"_s).toString(), u"on"_s);
    QCOMPARE(object(out.at(2)).value(u"rule"_s).toObject().value(u"id"_s).toString(), u"opted-out"_s);
    // Standard input works the same.
    QFile file(contexts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CtlRun stdinRun = runPennonCtl({u"eval"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s,
                                          u"--flag"_s, u"new-checkout"_s, u"--contexts"_s, u"-"_s}, file.readAll());
    QCOMPARE(stdinRun.out, run.out);
}

void TestCtlEval::evalTrace()
{
    const CtlRun run = runPennonCtl({u"eval"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s, u"--flag"_s,
                                     u"search-ranking"_s, u"--context"_s, u"{\"userId\": \"u1\", \"accountId\": \"a9\"}"_s, u"--trace"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = object(run.out);
    QCOMPARE(o.value(u"reason"_s).toString(), u"SPLIT"_s);
    const QJsonArray trace = o.value(u"trace"_s).toArray();
    QVERIFY(trace.size() >= 4);
    QCOMPARE(trace.first().toObject().value(u"what"_s).toString(), u"flag search-ranking"_s);
    const QJsonObject split = trace.last().toObject();
    QCOMPARE(split.value(u"step"_s).toString(), u"split"_s);
    QCOMPARE(split.value(u"attribute"_s).toString(), u"accountId"_s);
    QCOMPARE(split.value(u"seen"_s).toString(), u"a9"_s);
    QVERIFY(split.value(u"bucket"_s).toInteger() >= 0);
}

void TestCtlEval::evalUnknownFlag()
{
    const CtlRun run = runPennonCtl({u"eval"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s,
                                     u"--flag"_s, u"nope"_s, u"--context"_s, u"{}"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"{\"flag\":\"nope\",\"variation\":null,\"value\":null,\"reason\":\"ERROR\",\"errorCode\":\"FLAG_NOT_FOUND\"}\n"_s);
}

void TestCtlEval::evalBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString bad = write(u"bad.jsonl"_s, "{\"userId\": \"a\"}\n{\"userId\": }\n[1]\n");
    const QString broken = write(u"broken.json"_s, "{\"format\": \"pennon\", \"version\": 1, \"environments\": []");
    QTest::newRow("no context") << QStringList{u"eval"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s} << 2 << u"give exactly one of --context JSON, --contexts FILE and --persona KEY"_s;
    QTest::newRow("context not JSON") << QStringList{u"eval"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s, u"--context"_s, u"{userId: 1}"_s} << 2 << u"--context:line 1, column 2: expected a quoted field name"_s;
    QTest::newRow("context with an object") << QStringList{u"eval"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s, u"--context"_s, u"{\"a\": {\"b\": 1}}"_s} << 2 << u"--context:/a: an attribute must be"_s;
    QTest::newRow("bad lines named") << QStringList{u"eval"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s, u"--contexts"_s, bad} << 2 << u"bad.jsonl:2:/userId: line 1, column 12: expected a value"_s;
    QTest::newRow("context not an object") << QStringList{u"eval"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s, u"--contexts"_s, bad} << 2 << u"bad.jsonl:3:a context must be a JSON object"_s;
    QTest::newRow("environment needed") << QStringList{u"eval"_s, u"--from"_s, Demo, u"--context"_s, u"{}"_s} << 2 << u"choose one with --env (development, staging, production)"_s;
    QTest::newRow("unknown environment") << QStringList{u"eval"_s, u"--from"_s, Demo, u"--env"_s, u"prod"_s, u"--context"_s, u"{}"_s} << 2 << u"unknown environment 'prod'"_s;
    QTest::newRow("unknown format") << QStringList{u"eval"_s, u"--from"_s, Demo, u"--format"_s, u"yaml"_s, u"--context"_s, u"{}"_s} << 2 << u"unknown format 'yaml'"_s;
    QTest::newRow("broken workspace") << QStringList{u"eval"_s, u"--from"_s, broken, u"--context"_s, u"{}"_s} << 2 << u"broken.json:line 1, column 54: unexpected end of the document inside an object"_s;
    QTest::newRow("missing workspace") << QStringList{u"eval"_s, u"--from"_s, m_dir.filePath(u"none.json"_s), u"--context"_s, u"{}"_s} << 1 << u"cannot read"_s;
    QTest::newRow("unknown dialect") << QStringList{u"eval"_s, u"--from"_s, Demo, u"--dialect"_s, u"launchdarkly"_s, u"--context"_s, u"{}"_s} << 2 << u"unknown dialect 'launchdarkly'"_s;
}

void TestCtlEval::evalBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CtlRun run = runPennonCtl(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCtlEval::evalUnleashDialect()
{
    const QString state = write(u"unleash.json"_s, R"({"version": 1, "features": [
        {"name": "checkout", "enabled": true, "strategies": [{"name": "userWithId", "parameters": {"userIds": "1, 2"}}],
         "variants": [{"name": "blue", "weight": 1000, "stickiness": "default", "payload": {"type": "string", "value": "b"}}]},
        {"name": "dark", "enabled": false, "strategies": [{"name": "default"}]}]})");
    const CtlRun run = runPennonCtl({u"eval"_s, u"--from"_s, state, u"--format"_s, u"unleash"_s, u"--dialect"_s, u"unleash"_s,
                                     u"--context"_s, u"{\"userId\": \"2\", \"properties\": {\"x\": \"y\"}}"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList out = lines(run.out);
    QCOMPARE(out.size(), 2);
    const QJsonObject checkout = object(out.at(0));
    QCOMPARE(checkout.value(u"flag"_s).toString(), u"checkout"_s);
    QCOMPARE(checkout.value(u"enabled"_s).toBool(), true);
    QCOMPARE(checkout.value(u"variant"_s).toObject().value(u"name"_s).toString(), u"blue"_s);
    QCOMPARE(checkout.value(u"variant"_s).toObject().value(u"payload"_s).toObject().value(u"value"_s).toString(), u"b"_s);
    const QJsonObject dark = object(out.at(1));
    QCOMPARE(dark.value(u"enabled"_s).toBool(), false);
    QCOMPARE(dark.value(u"variant"_s).toObject(), (QJsonObject{{u"name"_s, u"disabled"_s}, {u"enabled"_s, false}, {u"feature_enabled"_s, false}}));
}

void TestCtlEval::evalSavedPersona()
{
    // The demo with a saved persona: --persona gives what --context of its context gives.
    QFile demo(Demo);
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QJsonObject workspace = QJsonDocument::fromJson(demo.readAll()).object();
    const QJsonObject persona = object(uR"({"key":"anna","name":"Anna","userId":"user-4471",
        "attributes":[{"name":"country","type":"string","value":"DE"},{"name":"age","type":"number","value":"31"}],
        "currentTime":"2026-12-31T09:00:00.000Z"})"_s);
    workspace.insert(u"personas"_s, QJsonArray{persona});
    const QString path = write(u"personas.json"_s, QJsonDocument(workspace).toJson());
    const CtlRun saved = runPennonCtl({u"eval"_s, u"--from"_s, path, u"--env"_s, u"production"_s,
                                       u"--persona"_s, u"anna"_s, u"--trace"_s});
    QCOMPARE(saved.exitCode, 0);
    const CtlRun typed = runPennonCtl({u"eval"_s, u"--from"_s, path, u"--env"_s, u"production"_s, u"--context"_s,
                                       u"{\"userId\":\"user-4471\",\"country\":\"DE\",\"age\":31,\"currentTime\":\"2026-12-31T09:00:00Z\"}"_s,
                                       u"--trace"_s});
    QCOMPARE(typed.exitCode, 0);
    QVERIFY(lines(saved.out).size() > 3);
    QCOMPARE(saved.out, typed.out);
    // An unknown persona is bad input that names the saved ones.
    const CtlRun unknown = runPennonCtl({u"eval"_s, u"--from"_s, path, u"--env"_s, u"production"_s, u"--persona"_s, u"bob"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"'bob'"_s) && unknown.err.contains(u"anna"_s), qPrintable(unknown.err));
    const CtlRun both = runPennonCtl({u"eval"_s, u"--from"_s, path, u"--env"_s, u"production"_s, u"--persona"_s, u"anna"_s,
                                      u"--context"_s, u"{}"_s});
    QCOMPARE(both.exitCode, 2);
}

void TestCtlEval::simulateSyntheticUsers()
{
    for (const char16_t *threads : {u"1", u"2"}) {
        const CtlRun run = runPennonCtl({u"simulate"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s, u"--flag"_s,
                                         u"search-ranking"_s, u"--users"_s, u"20000"_s, u"--threads"_s, QString::fromUtf16(threads)});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(u"flag"_s).toString(), u"search-ranking"_s);
        QCOMPARE(o.value(u"users"_s).toInteger(), 20000);
        qint64 total = 0;
        for (const QJsonValue &v : o.value(u"variations"_s).toArray()) {
            total += v.toObject().value(u"count"_s).toInteger();
            QVERIFY(v.toObject().contains(u"weight"_s));
            QVERIFY(v.toObject().contains(u"share"_s));
        }
        QCOMPARE(total, 20000);
        QVERIFY(o.value(u"pValue"_s).toDouble() > 0.001);
        QVERIFY(o.value(u"seconds"_s).toDouble() >= 0);
    }
    // The id pattern, id attribute and constant attributes reach the engine: enterprise
    // accounts are held out of the experiment by the first rule.
    const CtlRun holdout = runPennonCtl({u"simulate"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s, u"--flag"_s,
                                         u"search-ranking"_s, u"--users"_s, u"500"_s, u"--id-pattern"_s, u"acc-{n}"_s,
                                         u"--id-attribute"_s, u"accountId"_s, u"--attributes"_s, u"{\"plan\": \"Enterprise\", \"seats\": 120}"_s});
    QCOMPARE(holdout.exitCode, 0);
    const QJsonArray variations = QJsonDocument::fromJson(holdout.out.toUtf8()).object().value(u"variations"_s).toArray();
    qint64 max = 0;
    for (const QJsonValue &v : variations)
        max = qMax(max, v.toObject().value(u"count"_s).toInteger());
    QCOMPARE(max, 500);
}

void TestCtlEval::simulateCsv()
{
    const QString csv = write(u"users.csv"_s, "userId,email\nuser-4471,\nsomeone,\"a@acme.example\"\nuser-6120,x@y.z\n");
    const CtlRun run = runPennonCtl({u"simulate"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s, u"--flag"_s,
                                     u"new-checkout"_s, u"--csv"_s, csv});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value(u"users"_s).toInteger(), 3);
    QJsonObject counts;
    for (const QJsonValue &v : o.value(u"variations"_s).toArray())
        counts.insert(v.toObject().value(u"variation"_s).toString(), v.toObject().value(u"count"_s));
    QCOMPARE(counts.value(u"off"_s).toInteger(), 2);
    QCOMPARE(counts.value(u"on"_s).toInteger(), 1);
}

void TestCtlEval::simulateBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList base{u"simulate"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s};
    const QString badCsv = write(u"bad.csv"_s, "userId,email\n\"unterminated,x\n");
    QTest::newRow("no flag") << base + QStringList{u"--users"_s, u"10"_s} << u"--flag KEY is required"_s;
    QTest::newRow("no users") << base + QStringList{u"--flag"_s, u"new-checkout"_s} << u"give exactly one of --users N and --csv FILE"_s;
    QTest::newRow("users not a number") << base + QStringList{u"--flag"_s, u"new-checkout"_s, u"--users"_s, u"lots"_s} << u"--users must be a whole number from 1 to 10^12, not 'lots'"_s;
    QTest::newRow("zero users") << base + QStringList{u"--flag"_s, u"new-checkout"_s, u"--users"_s, u"0"_s} << u"--users must be a whole number"_s;
    QTest::newRow("bad threads") << base + QStringList{u"--flag"_s, u"new-checkout"_s, u"--users"_s, u"5"_s, u"--threads"_s, u"-2"_s} << u"--threads must be a whole number from 1 to 1024"_s;
    QTest::newRow("pattern without {n}") << base + QStringList{u"--flag"_s, u"new-checkout"_s, u"--users"_s, u"5"_s, u"--id-pattern"_s, u"user"_s} << u"--id-pattern must contain {n}"_s;
    QTest::newRow("attributes not an object") << base + QStringList{u"--flag"_s, u"new-checkout"_s, u"--users"_s, u"5"_s, u"--attributes"_s, u"[1]"_s} << u"--attributes:a context must be a JSON object"_s;
    QTest::newRow("unknown flag") << base + QStringList{u"--flag"_s, u"nope"_s, u"--users"_s, u"5"_s} << u"no flag 'nope' in the workspace"_s;
    QTest::newRow("bad CSV") << base + QStringList{u"--flag"_s, u"new-checkout"_s, u"--csv"_s, badCsv} << u"bad.csv:"_s;
}

void TestCtlEval::simulateBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CtlRun run = runPennonCtl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCtlEval::exportNativeIsByteIdentical()
{
    QFile demo(Demo);
    QVERIFY(demo.open(QIODevice::ReadOnly));
    const QByteArray bytes = demo.readAll();
    const CtlRun run = runPennonCtl({u"export"_s, u"--from"_s, Demo});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.toUtf8(), bytes);
    const QString output = m_dir.filePath(u"export.json"_s);
    QCOMPARE(runPennonCtl({u"export"_s, u"--from"_s, Demo, u"--format"_s, u"native"_s, u"-o"_s, output}).exitCode, 0);
    QFile written(output);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), bytes);
}

void TestCtlEval::exportUnleashSourceRoundTrips()
{
    const QString state = write(u"state.json"_s, R"({"version": 1, "features": [{"name": "f", "enabled": true,
        "strategies": [{"name": "flexibleRollout", "parameters": {"rollout": "25", "stickiness": "default", "groupId": "f"}}]}]})");
    const CtlRun first = runPennonCtl({u"export"_s, u"--from"_s, state, u"--from-format"_s, u"unleash"_s, u"--env"_s, u"production"_s});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.contains(u"\"scheme\": \"unleash\""));
    const QString native = write(u"native.json"_s, first.out.toUtf8());
    const CtlRun second = runPennonCtl({u"export"_s, u"--from"_s, native});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, first.out);
}

void TestCtlEval::exportBadInput()
{
    // flagd and Unleash export one environment: the demo has three.
    const CtlRun noEnvironment = runPennonCtl({u"export"_s, u"--from"_s, Demo, u"--format"_s, u"flagd"_s});
    QCOMPARE(noEnvironment.exitCode, 2);
    QVERIFY2(noEnvironment.err.contains(u"choose one with --env"), qPrintable(noEnvironment.err));
    const CtlRun unknown = runPennonCtl({u"export"_s, u"--from"_s, Demo, u"--format"_s, u"xml"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(u"unknown export format 'xml'"));
    // An output that cannot be written: exit 1, and nothing is left behind.
    const QString missingFolder = m_dir.filePath(u"no/such/folder/out.json"_s);
    const CtlRun unwritable = runPennonCtl({u"export"_s, u"--from"_s, Demo, u"-o"_s, missingFolder});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY2(unwritable.err.contains(u"cannot write"), qPrintable(unwritable.err));
    QVERIFY(!QFile::exists(missingFolder));
    // A bad source: exit 2, and the output file is not touched.
    const QString output = write(u"keep.json"_s, "precious\n");
    const QString broken = write(u"broken-source.json"_s, "{\"format\": \"pennon\"");
    QCOMPARE(runPennonCtl({u"export"_s, u"--from"_s, broken, u"-o"_s, output}).exitCode, 2);
    QFile kept(output);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("precious\n"));
}

QTEST_GUILESS_MAIN(TestCtlEval)
#include "tst_ctleval.moc"
