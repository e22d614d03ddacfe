// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// pennonctl on a database workspace: the real binary on a real database. SQLite (a fresh file
// per test) by default; PostgreSQL when PENNON_TEST_DATABASE names one (reset between tests).
//
// `tst_ctlstorage --increment-worker DB FLAG N` is a helper mode: N times flag get, add one
// to the flag's number variation, flag put, retrying while the put conflicts (exit 3).

#include "ctlrunner.h"

#include "storage/databaseurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString Demo = QStringLiteral(PENNON_SOURCE_DIR "/resources/demo-workspace.json");
const QString CounterKey = u"counter"_s;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonDocument json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8());
}

QByteArray counterFlag(qint64 value)
{
    const QJsonObject flag{
        {u"key"_s, CounterKey},
        {u"name"_s, u"Counter"_s},
        {u"type"_s, u"number"_s},
        {u"variations"_s, QJsonArray{QJsonObject{{u"key"_s, u"value"_s}, {u"value"_s, value}}}},
        {u"environments"_s, QJsonObject{}},
    };
    return QJsonDocument(flag).toJson();
}

/// The helper mode: one of the processes of the concurrency test.
int incrementWorker(const QString &database, const QString &key, int count)
{
    QTextStream err(stderr);
    int conflicts = 0;
    for (int done = 0; done < count; ++done) {
        for (int attempt = 0;; ++attempt) {
            if (attempt > 2000) {
                err << "worker: gave up after 2000 conflicts\n";
                return 1;
            }
            const CtlRun get = runPennonCtl({u"--db"_s, database, u"flag"_s, u"get"_s, key});
            if (get.exitCode != 0) {
                err << "worker: flag get exited " << get.exitCode << ": " << get.err << '\n';
                return 1;
            }
            QJsonObject flag = json(get.out).object();
            QJsonArray variations = flag.value(u"variations"_s).toArray();
            QJsonObject variation = variations.at(0).toObject();
            variation.insert(u"value"_s, variation.value(u"value"_s).toInteger() + 1);
            variations.replace(0, variation);
            flag.insert(u"variations"_s, variations);
            const CtlRun put = runPennonCtl({u"--db"_s, database, u"flag"_s, u"put"_s, u"--comment"_s,
                                             u"increment"_s, u"-"_s},
                                            QJsonDocument(flag).toJson());
            if (put.exitCode == 0)
                break;
            if (put.exitCode != 3) {
                err << "worker: flag put exited " << put.exitCode << ": " << put.err << '\n';
                return 1;
            }
            ++conflicts;
        }
    }
    QTextStream(stdout) << conflicts << '\n';
    return 0;
}

QProcessEnvironment ctlEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"PENNON_PLUGIN_PATH"_s);
    return env;
}

} // namespace

class TestCtlStorage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void initTwice();
    void unreachableAndBadUrl();
    void importThenExportIsByteIdentical();
    void dryRunWritesNothing();
    void importReplaceRemoves();
    void evalAndSimulateReadTheDatabase();
    void flagListGetPut();
    void conditionalPut();
    void putInvalidFlag();
    void historyAndRevert();
    void concurrentIncrements();
    void killedImportLeavesWorkspace();
    void badImportsLeaveWorkspace_data();
    void badImportsLeaveWorkspace();

private:
    CtlRun ctl(const QStringList &arguments, const QByteArray &input = {})
    {
        return runPennonCtl(QStringList{u"--db"_s, m_db} + arguments, input);
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }
    bool postgres() const { return !m_postgresUrl.isEmpty(); }
    bool resetPostgres(QString *error);
    QByteArray exportBytes();
    void importDemo();

    QTemporaryDir m_dir;
    QString m_postgresUrl;
    QString m_db;
    QString m_sqlitePath;
    int m_databases = 0;
};

void TestCtlStorage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_postgresUrl = qEnvironmentVariable("PENNON_TEST_DATABASE");
    if (postgres()) {
        QString error;
        const std::optional<Pennon::DatabaseUrl> url = Pennon::DatabaseUrl::parse(m_postgresUrl, &error);
        QVERIFY2(url, qPrintable(error));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"reset"_s);
        db.setHostName(url->host);
        db.setPort(url->port);
        db.setUserName(url->user);
        db.setPassword(url->password);
        db.setDatabaseName(url->database);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery(u"SET client_min_messages TO warning"_s, db); // no NOTICE per dropped table
    }
}

void TestCtlStorage::cleanupTestCase()
{
    if (postgres()) {
        QString error;
        resetPostgres(&error);
        QSqlDatabase::database(u"reset"_s).close();
    }
}

/// Every test starts from an empty database.
void TestCtlStorage::init()
{
    if (postgres()) {
        QString error;
        QVERIFY2(resetPostgres(&error), qPrintable(error));
        m_db = m_postgresUrl;
    } else {
        m_sqlitePath = m_dir.filePath(u"workspace-%1.sqlite"_s.arg(++m_databases));
        m_db = u"sqlite:"_s + m_sqlitePath;
    }
}

bool TestCtlStorage::resetPostgres(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(u"reset"_s);
    QSqlQuery query(db);
    if (!query.exec(u"SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'"_s)) {
        *error = query.lastError().text();
        return false;
    }
    QStringList schemas;
    while (query.next())
        schemas.append(query.value(0).toString());
    for (const QString &schema : std::as_const(schemas)) {
        const QString quoted = u'"' + QString(schema).replace(u'"', u"\"\""_s) + u'"';
        if (!query.exec(u"DROP SCHEMA "_s + quoted + u" CASCADE"_s)) {
            *error = query.lastError().text();
            return false;
        }
    }
    if (!query.exec(u"CREATE SCHEMA IF NOT EXISTS public"_s)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

QByteArray TestCtlStorage::exportBytes()
{
    const CtlRun run = ctl({u"export"_s});
    if (run.exitCode != 0) {
        qWarning("export failed (%d): %s", run.exitCode, qPrintable(run.err));
        return {};
    }
    return run.out.toUtf8();
}

void TestCtlStorage::importDemo()
{
    const CtlRun run = ctl({u"import"_s, u"--format"_s, u"native"_s, Demo});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCtlStorage::initTwice()
{
    CtlRun run = ctl({u"init"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.count(u'\n'), 1);
    if (postgres()) {
        QVERIFY2(run.out.contains(u"127.0.0.1"_s) && run.out.contains(u"pennon_test"_s), qPrintable(run.out));
    } else {
        QVERIFY2(run.out.contains(m_sqlitePath), qPrintable(run.out));
        QVERIFY(QFileInfo::exists(m_sqlitePath));
    }
    run = ctl({u"init"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.count(u'\n'), 1);

    // A fresh workspace is empty: nothing in the history, no flags.
    run = ctl({u"history"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(json(run.out).array().size(), 0);
    run = ctl({u"flag"_s, u"list"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(json(run.out).array().size(), 0);
}

void TestCtlStorage::unreachableAndBadUrl()
{
    // Nothing listens on port 1: a runtime failure, exit 1, naming the database.
    CtlRun run = runPennonCtl({u"--db"_s, u"postgresql://nobody@127.0.0.1:1/nothing"_s, u"flag"_s, u"list"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"127.0.0.1"_s), qPrintable(run.err));
    run = runPennonCtl({u"--db"_s, u"postgresql://nobody:secret@127.0.0.1:1/nothing"_s, u"init"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.err.contains(u"secret"_s), qPrintable(run.err));
    run = runPennonCtl({u"--db"_s, u"postgresql://nobody@127.0.0.1:1/nothing"_s, u"import"_s, Demo});
    QCOMPARE(run.exitCode, 1);
    // A malformed URL is bad input.
    run = runPennonCtl({u"--db"_s, u"mysql://somewhere/db"_s, u"flag"_s, u"list"_s});
    QCOMPARE(run.exitCode, 2);
    // A SQLite "file" below a plain file cannot be created; a file that is not a database
    // cannot be opened.
    const QString plain = write(u"plain.txt"_s, "not a folder\n");
    run = runPennonCtl({u"--db"_s, u"sqlite:"_s + plain + u"/ws.sqlite"_s, u"flag"_s, u"list"_s});
    QCOMPARE(run.exitCode, 1);
    const QString notDatabase = write(u"not-a-database.sqlite"_s, QByteArray(4096, 'x'));
    run = runPennonCtl({u"--db"_s, u"sqlite:"_s + notDatabase, u"flag"_s, u"list"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(notDatabase), qPrintable(run.err));
}

void TestCtlStorage::importThenExportIsByteIdentical()
{
    QVERIFY(ctl({u"init"_s}).exitCode == 0);
    CtlRun run = ctl({u"import"_s, u"--format"_s, u"native"_s, u"--comment"_s, u"the demo"_s, Demo});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"added flag new-checkout\n"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"added environment production\n"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"12 added"_s) || run.out.contains(u" added,"_s), qPrintable(run.out));
    const QByteArray demo = readFile(Demo);
    QCOMPARE(exportBytes(), demo);

    const QString output = m_dir.filePath(u"export.json"_s);
    run = ctl({u"export"_s, u"--format"_s, u"native"_s, u"-o"_s, output});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(readFile(output), demo);
    // With the stored versions: every flag was written once.
    run = ctl({u"export"_s, u"--with-versions"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QJsonValue &flag : json(run.out).object().value(u"flags"_s).toArray())
        QCOMPARE(flag.toObject().value(u"version"_s).toInteger(), 1);

    // Importing the same file again changes nothing.
    run = ctl({u"import"_s, Demo});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(!run.out.contains(u"added flag"_s) && !run.out.contains(u"changed flag"_s), qPrintable(run.out));
    QCOMPARE(exportBytes(), demo);

    // From standard input too.
    QVERIFY(ctl({u"import"_s, u"-"_s}, demo).exitCode == 0);
    QCOMPARE(exportBytes(), demo);
}

void TestCtlStorage::dryRunWritesNothing()
{
    QVERIFY(ctl({u"init"_s}).exitCode == 0);
    const QByteArray before = exportBytes();
    QVERIFY(!before.isEmpty());
    CtlRun run = ctl({u"import"_s, u"--dry-run"_s, Demo});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"would add flag new-checkout\n"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"dry run"_s) && run.out.contains(u"nothing written"_s), qPrintable(run.out));
    QCOMPARE(exportBytes(), before);
    run = ctl({u"history"_s, u"--json"_s});
    QCOMPARE(json(run.out).array().size(), 0);

    // A dry run over the demo after a change names exactly that change.
    importDemo();
    run = ctl({u"flag"_s, u"get"_s, u"dark-mode"_s});
    QJsonObject flag = json(run.out).object();
    flag.insert(u"name"_s, u"Dark mode, renamed"_s);
    QVERIFY(ctl({u"flag"_s, u"put"_s, u"-"_s}, QJsonDocument(flag).toJson()).exitCode == 0);
    const QByteArray changed = exportBytes();
    run = ctl({u"import"_s, u"--dry-run"_s, Demo});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"would change flag dark-mode\n"_s), qPrintable(run.out));
    QVERIFY2(!run.out.contains(u"would change flag new-checkout"_s), qPrintable(run.out));
    QCOMPARE(exportBytes(), changed);
}

void TestCtlStorage::importReplaceRemoves()
{
    importDemo();
    QVERIFY(ctl({u"flag"_s, u"put"_s, u"-"_s}, counterFlag(7)).exitCode == 0);
    // Merge keeps what the file does not mention.
    CtlRun run = ctl({u"import"_s, Demo});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(ctl({u"flag"_s, u"get"_s, CounterKey}).exitCode == 0);
    // Replace removes it, and says so; a dry run first.
    run = ctl({u"import"_s, u"--replace"_s, u"--dry-run"_s, Demo});
    QVERIFY2(run.out.contains(u"would remove flag counter\n"_s), qPrintable(run.out));
    QVERIFY(ctl({u"flag"_s, u"get"_s, CounterKey}).exitCode == 0);
    run = ctl({u"import"_s, u"--replace"_s, Demo});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"removed flag counter\n"_s), qPrintable(run.out));
    QCOMPARE(ctl({u"flag"_s, u"get"_s, CounterKey}).exitCode, 2);
    QCOMPARE(exportBytes(), readFile(Demo));
}

void TestCtlStorage::evalAndSimulateReadTheDatabase()
{
    importDemo();
    CtlRun run = ctl({u"eval"_s, u"--env"_s, u"production"_s, u"--flag"_s, u"new-checkout"_s,
                      u"--context"_s, u"{\"userId\": \"user-4471\"}"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"{\"flag\":\"new-checkout\",\"variation\":\"off\",\"value\":false,\"reason\":\"TARGETING_MATCH\",\"rule\":{\"index\":0,\"id\":\"opted-out\"}}\n"_s);
    const CtlRun fromFile = runPennonCtl({u"simulate"_s, u"--from"_s, Demo, u"--env"_s, u"production"_s,
                                          u"--flag"_s, u"search-ranking"_s, u"--users"_s, u"10000"_s});
    run = ctl({u"simulate"_s, u"--env"_s, u"production"_s, u"--flag"_s, u"search-ranking"_s, u"--users"_s, u"10000"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(json(run.out).object().value(u"variations"_s), json(fromFile.out).object().value(u"variations"_s));
}

void TestCtlStorage::flagListGetPut()
{
    importDemo();
    CtlRun run = ctl({u"flag"_s, u"list"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 13); // header and twelve flags
    QVERIFY(lines.first().startsWith(u"KEY"_s));
    QVERIFY(lines.first().contains(u"development"_s) && lines.first().contains(u"production"_s));
    bool found = false;
    for (const QString &line : std::as_const(lines)) {
        if (line.startsWith(u"new-checkout "_s)) {
            found = true;
            QVERIFY2(line.contains(u"boolean"_s), qPrintable(line));
        }
    }
    QVERIFY(found);

    run = ctl({u"flag"_s, u"list"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray list = json(run.out).array();
    QCOMPARE(list.size(), 12);
    const QJsonObject demo = QJsonDocument::fromJson(readFile(Demo)).object();
    for (const QJsonValue &value : list) {
        const QJsonObject entry = value.toObject();
        QVERIFY(entry.contains(u"name"_s) && entry.contains(u"type"_s) && entry.contains(u"archived"_s));
        QCOMPARE(entry.value(u"version"_s).toInteger(), 1);
        const QJsonObject environments = entry.value(u"environments"_s).toObject();
        QCOMPARE(environments.size(), 3);
        for (const QJsonValue &flag : demo.value(u"flags"_s).toArray()) {
            if (flag[u"key"_s] != entry.value(u"key"_s))
                continue;
            const QJsonObject configured = flag[u"environments"_s].toObject();
            for (const QString &env : configured.keys())
                QCOMPARE(environments.value(env).toBool(), configured.value(env)[u"on"_s].toBool());
        }
    }

    // get → edit → put → get
    run = ctl({u"flag"_s, u"get"_s, u"new-checkout"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject flag = json(run.out).object();
    QCOMPARE(flag.value(u"key"_s).toString(), u"new-checkout"_s);
    QCOMPARE(flag.value(u"version"_s).toInteger(), 1);
    QVERIFY(flag.value(u"environments"_s).toObject().contains(u"production"_s));
    flag.insert(u"name"_s, u"New checkout (v2)"_s);
    const QString file = write(u"flag.json"_s, QJsonDocument(flag).toJson());
    run = ctl({u"flag"_s, u"put"_s, file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"version 2"_s), qPrintable(run.out));
    run = ctl({u"flag"_s, u"get"_s, u"new-checkout"_s});
    flag = json(run.out).object();
    QCOMPARE(flag.value(u"name"_s).toString(), u"New checkout (v2)"_s);
    QCOMPARE(flag.value(u"version"_s).toInteger(), 2);

    // Creating a new flag, without a version: unconditional.
    run = ctl({u"flag"_s, u"put"_s, u"-"_s}, counterFlag(1));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"version 1"_s), qPrintable(run.out));
    run = ctl({u"flag"_s, u"put"_s, u"-"_s}, counterFlag(2));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"version 2"_s), qPrintable(run.out));
    run = ctl({u"flag"_s, u"list"_s, u"--json"_s});
    QCOMPARE(json(run.out).array().size(), 13);

    // An unknown key is bad input, and named.
    run = ctl({u"flag"_s, u"get"_s, u"no-such-flag"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"no-such-flag"_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(ctl({u"flag"_s}).exitCode, 2);
    QCOMPARE(ctl({u"flag"_s, u"frobnicate"_s}).exitCode, 2);
    QCOMPARE(ctl({u"flag"_s, u"get"_s}).exitCode, 2);
}

void TestCtlStorage::conditionalPut()
{
    importDemo();
    CtlRun run = ctl({u"flag"_s, u"get"_s, u"dark-mode"_s});
    QJsonObject stale = json(run.out).object();
    QCOMPARE(stale.value(u"version"_s).toInteger(), 1);

    QJsonObject first = stale;
    first.insert(u"name"_s, u"First edit"_s);
    run = ctl({u"flag"_s, u"put"_s, u"--comment"_s, u"first"_s, u"-"_s}, QJsonDocument(first).toJson());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray afterFirst = exportBytes();

    // Another edit that started from version 1: a conflict naming who changed it and when.
    QJsonObject second = stale;
    second.insert(u"name"_s, u"Second edit"_s);
    run = ctl({u"flag"_s, u"put"_s, u"-"_s}, QJsonDocument(second).toJson());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"dark-mode"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"changed by"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)), qPrintable(run.err));
    QCOMPARE(exportBytes(), afterFirst);
    run = ctl({u"flag"_s, u"get"_s, u"dark-mode"_s});
    QCOMPARE(json(run.out).object().value(u"name"_s).toString(), u"First edit"_s);
    QCOMPARE(json(run.out).object().value(u"version"_s).toInteger(), 2);

    // "version": 0 means "create": refused for a flag that exists.
    second.insert(u"version"_s, 0);
    QCOMPARE(ctl({u"flag"_s, u"put"_s, u"-"_s}, QJsonDocument(second).toJson()).exitCode, 3);
    // Without a version the save is unconditional.
    second.remove(u"version"_s);
    run = ctl({u"flag"_s, u"put"_s, u"-"_s}, QJsonDocument(second).toJson());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"version 3"_s), qPrintable(run.out));
    // The history holds the accepted changes only.
    run = ctl({u"history"_s, u"dark-mode"_s, u"--json"_s});
    QCOMPARE(json(run.out).array().size(), 3);
}

void TestCtlStorage::putInvalidFlag()
{
    importDemo();
    const QByteArray before = exportBytes();
    // Structure: named by its JSON pointer in the file.
    QJsonObject flag = QJsonDocument::fromJson(counterFlag(1)).object();
    flag.insert(u"type"_s, 42);
    QString file = write(u"bad-type.json"_s, QJsonDocument(flag).toJson());
    CtlRun run = ctl({u"flag"_s, u"put"_s, file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(file + u":/type"_s), qPrintable(run.err));
    // Syntax.
    file = write(u"truncated.json"_s, counterFlag(1).left(30));
    run = ctl({u"flag"_s, u"put"_s, file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(file + u':'), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"line"_s), qPrintable(run.err));
    // Semantics against the workspace: a rule serving a variation that does not exist.
    run = ctl({u"flag"_s, u"get"_s, u"dark-mode"_s});
    flag = json(run.out).object();
    QJsonObject environments = flag.value(u"environments"_s).toObject();
    QJsonObject production = environments.value(u"production"_s).toObject();
    production.insert(u"defaultServe"_s, QJsonObject{{u"variation"_s, u"no-such-variation"_s}});
    environments.insert(u"production"_s, production);
    flag.insert(u"environments"_s, environments);
    file = write(u"bad-serve.json"_s, QJsonDocument(flag).toJson());
    run = ctl({u"flag"_s, u"put"_s, file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"/environments/production/defaultServe"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"no-such-variation"_s), qPrintable(run.err));
    QCOMPARE(exportBytes(), before);
}

void TestCtlStorage::historyAndRevert()
{
    QVERIFY(ctl({u"import"_s, u"--comment"_s, u"start from the demo"_s, Demo}).exitCode == 0);
    CtlRun run = ctl({u"history"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray all = json(run.out).array();
    QVERIFY2(all.size() >= 12 + 3, qPrintable(run.out.left(2000))); // flags and environments at least
    for (const QJsonValue &change : all)
        QCOMPARE(change[u"comment"_s].toString(), u"start from the demo"_s);

    run = ctl({u"flag"_s, u"get"_s, u"beta-api"_s});
    QJsonObject flag = json(run.out).object();
    const QString originalName = flag.value(u"name"_s).toString();
    flag.insert(u"name"_s, u"Beta API, renamed"_s);
    QVERIFY(ctl({u"flag"_s, u"put"_s, u"--comment"_s, u"rename it"_s, u"-"_s}, QJsonDocument(flag).toJson()).exitCode == 0);

    run = ctl({u"history"_s, u"beta-api"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonArray changes = json(run.out).array();
    QCOMPARE(changes.size(), 2);
    QJsonObject newest = changes.at(0).toObject();
    QCOMPARE(newest.value(u"kind"_s).toString(), u"flag"_s);
    QCOMPARE(newest.value(u"key"_s).toString(), u"beta-api"_s);
    QCOMPARE(newest.value(u"versionBefore"_s).toInteger(), 1);
    QCOMPARE(newest.value(u"versionAfter"_s).toInteger(), 2);
    QCOMPARE(newest.value(u"comment"_s).toString(), u"rename it"_s);
    QCOMPARE(newest.value(u"revertOf"_s).toInteger(), 0);
    QVERIFY(!newest.value(u"actor"_s).toString().isEmpty());
    QVERIFY(QDateTime::fromString(newest.value(u"time"_s).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(newest[u"before"_s][u"name"_s].toString(), originalName);
    QCOMPARE(newest[u"after"_s][u"name"_s].toString(), u"Beta API, renamed"_s);
    const QJsonObject creation = changes.at(1).toObject();
    QCOMPARE(creation.value(u"versionBefore"_s).toInteger(), 0);
    QVERIFY(!creation.contains(u"before"_s));
    QVERIFY(newest.value(u"id"_s).toInteger() > creation.value(u"id"_s).toInteger());

    // Text form: one line per change, newest first; --limit.
    run = ctl({u"history"_s, u"beta-api"_s});
    QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QString::number(newest.value(u"id"_s).toInteger()) + u' '), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).contains(u"flag beta-api"_s) && lines.at(0).contains(u"1->2"_s)
             && lines.at(0).contains(u"rename it"_s), qPrintable(lines.at(0)));
    run = ctl({u"history"_s, u"--limit"_s, u"1"_s, u"--json"_s});
    QCOMPARE(json(run.out).array().size(), 1);
    QCOMPARE(json(run.out).array().at(0)[u"id"_s], newest.value(u"id"_s));
    QCOMPARE(ctl({u"history"_s, u"--limit"_s, u"zero"_s}).exitCode, 2);

    // Revert the rename: the name is back, and the revert is a change of its own.
    const QString renameId = QString::number(newest.value(u"id"_s).toInteger());
    run = ctl({u"revert"_s, renameId, u"--comment"_s, u"undo the rename"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = ctl({u"flag"_s, u"get"_s, u"beta-api"_s});
    QCOMPARE(json(run.out).object().value(u"name"_s).toString(), originalName);
    QCOMPARE(json(run.out).object().value(u"version"_s).toInteger(), 3);
    QCOMPARE(exportBytes(), readFile(Demo));
    run = ctl({u"history"_s, u"beta-api"_s, u"--json"_s});
    changes = json(run.out).array();
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0)[u"revertOf"_s].toInteger(), renameId.toLongLong());
    QCOMPARE(changes.at(0)[u"comment"_s].toString(), u"undo the rename"_s);

    // Reverting the rename again: the flag has moved on since, a conflict.
    run = ctl({u"revert"_s, renameId});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"beta-api"_s), qPrintable(run.err));
    // Unknown and malformed ids are bad input.
    run = ctl({u"revert"_s, u"999999"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"999999"_s), qPrintable(run.err));
    QCOMPARE(ctl({u"revert"_s, u"abc"_s}).exitCode, 2);
    QCOMPARE(ctl({u"revert"_s}).exitCode, 2);
}

/// (a) Four processes, forty increments each, retrying on conflict: no lost update.
void TestCtlStorage::concurrentIncrements()
{
    QVERIFY(ctl({u"init"_s}).exitCode == 0);
    CtlRun run = ctl({u"flag"_s, u"put"_s, u"-"_s}, counterFlag(0));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    constexpr int Workers = 4;
    constexpr int Increments = 40;
    QList<QProcess *> workers;
    for (int i = 0; i < Workers; ++i) {
        auto *worker = new QProcess(this);
        worker->setProcessEnvironment(ctlEnvironment());
        worker->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        worker->start(QCoreApplication::applicationFilePath(),
                      {u"--increment-worker"_s, m_db, CounterKey, QString::number(Increments)});
        workers.append(worker);
    }
    int conflicts = 0;
    for (QProcess *worker : std::as_const(workers)) {
        QVERIFY(worker->waitForFinished(600000));
        QCOMPARE(worker->exitStatus(), QProcess::NormalExit);
        QCOMPARE(worker->exitCode(), 0);
        conflicts += worker->readAllStandardOutput().trimmed().toInt();
        delete worker;
    }
    qInfo("%d increments by %d processes; %d puts were refused as conflicts and retried",
          Workers * Increments, Workers, conflicts);
    run = ctl({u"flag"_s, u"get"_s, CounterKey});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject flag = json(run.out).object();
    QCOMPARE(flag[u"variations"_s][0][u"value"_s].toInteger(), Workers * Increments);
    QCOMPARE(flag.value(u"version"_s).toInteger(), Workers * Increments + 1);
    run = ctl({u"history"_s, CounterKey, u"--json"_s});
    const QJsonArray changes = json(run.out).array();
    QCOMPARE(changes.size(), Workers * Increments + 1);
    // Newest first, each one step on from the one before.
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonObject change = changes.at(i).toObject();
        const qint64 after = changes.size() - i;
        QCOMPARE(change.value(u"versionAfter"_s).toInteger(), after);
        QCOMPARE(change.value(u"versionBefore"_s).toInteger(), after - 1);
        QCOMPARE(change[u"after"_s][u"variations"_s][0][u"value"_s].toInteger(), after - 1);
    }
}

/// (b) kill -9 halfway through an import of 10,000 flags: the workspace is as before.
void TestCtlStorage::killedImportLeavesWorkspace()
{
    // 10,000 flags, each with rules in every environment.
    QJsonObject workspace = QJsonDocument::fromJson(readFile(Demo)).object();
    QJsonArray flags;
    for (int n = 0; n < 10000; ++n) {
        QJsonObject config{
            {u"on"_s, n % 2 == 0},
            {u"offVariation"_s, u"off"_s},
            {u"rules"_s, QJsonArray{QJsonObject{
                {u"id"_s, u"staff"_s},
                {u"conditions"_s, QJsonArray{QJsonObject{{u"type"_s, u"userList"_s},
                                                         {u"values"_s, QJsonArray{u"user-%1"_s.arg(n), u"user-x"_s}}}}},
                {u"serve"_s, QJsonObject{{u"variation"_s, u"on"_s}}}}}},
            {u"defaultServe"_s, QJsonObject{{u"variation"_s, u"off"_s}}},
        };
        flags.append(QJsonObject{
            {u"key"_s, u"bulk-%1"_s.arg(n, 5, 10, QLatin1Char('0'))},
            {u"name"_s, u"Bulk flag %1"_s.arg(n)},
            {u"type"_s, u"boolean"_s},
            {u"variations"_s, QJsonArray{QJsonObject{{u"key"_s, u"on"_s}, {u"value"_s, true}},
                                         QJsonObject{{u"key"_s, u"off"_s}, {u"value"_s, false}}}},
            {u"environments"_s, QJsonObject{{u"development"_s, config}, {u"staging"_s, config}, {u"production"_s, config}}},
            {u"version"_s, 0},
        });
    }
    workspace.insert(u"flags"_s, flags);
    workspace.insert(u"activations"_s, QJsonArray());
    workspace.insert(u"segments"_s, QJsonArray());
    const QString big = write(u"big.json"_s, QJsonDocument(workspace).toJson());

    importDemo();
    const QByteArray before = exportBytes();
    QVERIFY(!before.isEmpty());
    const QByteArray historyBefore = ctl({u"history"_s, u"--json"_s}).out.toUtf8();

    // The import stops inside its transaction after 5,000 of its 10,000 flags (pennonctl's
    // commands run by pennonctl_crashtest, which sets the repository's test-only import hook)
    // and is killed there: exactly halfway, however fast the machine.
    QProcess import;
    import.setProcessEnvironment(ctlEnvironment());
    import.setReadChannel(QProcess::StandardError);
    const auto size = [](const QString &path) { return QFileInfo(path).exists() ? QFileInfo(path).size() : -1; };
    const qint64 dbSize = postgres() ? 0 : size(m_sqlitePath);
    const qint64 walSize = postgres() ? 0 : size(m_sqlitePath + u"-wal"_s);
    QElapsedTimer timer;
    timer.start();
    import.start(QStringLiteral(PENNONCTL_CRASHTEST_PATH), {u"5000"_s, u"--db"_s, m_db, u"import"_s, big});
    QVERIFY(import.waitForStarted());
    QByteArray said;
    while (!said.contains("import paused") && import.state() == QProcess::Running
           && timer.elapsed() < 300000) {
        import.waitForReadyRead(100);
        said += import.readAllStandardError();
    }
    QVERIFY2(said.contains("import paused after 5000 objects"), said.constData());
    // It has really written: SQLite's files have grown, PostgreSQL's session holds a
    // transaction id (assigned with the first row written).
    if (postgres()) {
        QSqlQuery query(QSqlDatabase::database(u"reset"_s));
        QVERIFY(query.exec(u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                           "AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    } else {
        QVERIFY(size(m_sqlitePath + u"-journal"_s) > 0 || size(m_sqlitePath) != dbSize
                || size(m_sqlitePath + u"-wal"_s) != walSize);
    }
    QCOMPARE(import.state(), QProcess::Running);
    import.kill(); // SIGKILL
    QVERIFY(import.waitForFinished());
    QCOMPARE(import.exitStatus(), QProcess::CrashExit);
    qInfo("killed the import after %lld ms, halfway through writing", timer.elapsed());

    if (postgres()) {
        // The server notices the dead client; wait until its session is gone.
        for (int i = 0; i < 500; ++i) {
            QSqlQuery query(QSqlDatabase::database(u"reset"_s));
            if (query.exec(u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"_s)
                && query.next() && query.value(0).toInt() == 0)
                break;
            QThread::msleep(10);
        }
    }
    QCOMPARE(exportBytes(), before);
    QCOMPARE(ctl({u"history"_s, u"--json"_s}).out.toUtf8(), historyBefore);
    // The workspace still works: the same import now completes.
    CtlRun run = ctl({u"import"_s, big});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = ctl({u"flag"_s, u"get"_s, u"bulk-09999"_s});
    QCOMPARE(run.exitCode, 0);
}

/// (c) Bad files: each exits 2 naming the place, and the workspace stays byte-identical.
void TestCtlStorage::badImportsLeaveWorkspace_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("place"); // in the error: the JSON pointer, or "line" for syntax

    const QByteArray demo = readFile(Demo);
    const auto replaced = [&demo](const QByteArray &from, const QByteArray &to) -> QByteArray {
        QByteArray bytes = demo;
        const qsizetype at = bytes.indexOf(from);
        if (at < 0)
            return QByteArray("substitution not found: ") + from; // shows up as a failure
        bytes.replace(at, from.size(), to);
        return bytes;
    };
    const QString native = u"native"_s;

    QTest::newRow("empty file") << QByteArray() << native << u"line"_s;
    QTest::newRow("truncated") << demo.left(demo.size() / 2) << native << u"line"_s;
    QTest::newRow("not JSON") << QByteArray("flags: all of them\n") << native << u"line"_s;
    QTest::newRow("array at the top") << QByteArray("[]\n") << native << u"must be an object"_s;
    QTest::newRow("another format") << replaced("\"format\": \"pennon\"", "\"format\": \"flagd\"") << native << u"/format"_s;
    QTest::newRow("newer format version") << replaced("\"version\": 1,", "\"version\": 2,") << native << u"/version"_s;
    QTest::newRow("flag key a number") << replaced("\"key\": \"beta-api\"", "\"key\": 42") << native << u"/flags/0/key"_s;
    QTest::newRow("on is a string") << replaced("\"on\": true", "\"on\": \"yes\"") << native << u"/flags/0/environments/development/on"_s;
    QTest::newRow("unknown field") << replaced("\"key\": \"beta-api\"", "\"key\": \"beta-api\", \"colour\": \"red\"") << native << u"/flags/0/colour"_s;
    QTest::newRow("bad regex") << replaced("\"pattern\": \"@acme\\\\.example$\"", "\"pattern\": \"@acme(\\\\.example$\"") << native << u"/activations/1/condition"_s;
    QTest::newRow("weights do not sum") << replaced("\"weight\": 700", "\"weight\": 600") << native << u"/flags/1/environments/production/defaultServe/split"_s;
    QTest::newRow("unknown variation") << replaced("\"offVariation\": \"small\"", "\"offVariation\": \"tiny\"") << native << u"/flags/5/environments/development/offVariation"_s;
    QTest::newRow("unknown activation") << replaced("\"activation\": \"beta-testers\"", "\"activation\": \"no-such-activation\"") << native << u"/flags/"_s;
    QTest::newRow("unknown segment") << replaced("\"segment\": \"enterprise-accounts\"", "\"segment\": \"no-such-segment\"") << native << u"/flags/5/environments/production/rules/0/conditions/0"_s;
    QTest::newRow("unknown prerequisite") << replaced("\"flag\": \"new-checkout\"", "\"flag\": \"no-such-flag\"") << native << u"/flags/"_s;
    QTest::newRow("bad date") << replaced("\"start\": \"2025-12-20T00:00:00\"", "\"start\": \"the 20th of December\"") << native << u"/flags/2/environments/production/rules/0/conditions/0"_s;
    QTest::newRow("wrong value type") << replaced("\"value\": 25,", "\"value\": \"twenty-five\",") << native << u"/flags/5/variations/0"_s;
    QTest::newRow("duplicate flag key") << replaced("\"key\": \"dark-mode\"", "\"key\": \"beta-api\"") << native << u"/flags/1/key"_s;
    QTest::newRow("duplicate JSON key") << replaced("\"format\": \"pennon\",", "\"format\": \"pennon\", \"format\": \"pennon\",") << native << u"line 2, column 31"_s;
    QTest::newRow("50 MB string") << replaced("\"name\": \"Development\"", "\"name\": \"" + QByteArray(50 * 1024 * 1024, 'x') + '"') << native << u"/environments/0/name"_s;
    QTest::newRow("invalid UTF-8") << replaced("\"name\": \"Development\"", "\"name\": \"Devel\xff\xfeopment\"") << native << u"/environments/0/name"_s;
    QTest::newRow("lone surrogate") << replaced("\"name\": \"Development\"", "\"name\": \"Dev\\ud800\"") << native << u"/environments/0/name"_s;
    QTest::newRow("deep nesting") << replaced("\"name\": \"Development\"", "\"name\": " + QByteArray(200, '[') + QByteArray(200, ']')) << native << u"/environments/0/name"_s;
    QTest::newRow("number out of range") << replaced("\"weight\": 34", "\"weight\": 1e999") << native << u"/flags/"_s;
    QTest::newRow("bad CIDR") << replaced("\"203.0.113.0/24\"", "\"203.0.113.0/33\"") << native << u"/activations/2/condition"_s;
    QTest::newRow("unknown environment") << replaced("\"development\": {", "\"qa\": {") << native << u"/flags/0/environments/qa"_s;
    QTest::newRow("prerequisite cycle") << replaced("\"flag\": \"new-checkout\"", "\"flag\": \"payment-provider\"") << native << u"/flags/7"_s;
    QTest::newRow("unleash: not an object") << QByteArray("[1, 2, 3]\n") << u"unleash"_s << u"must be an object"_s;
    QTest::newRow("unleash: truncated") << QByteArray("{\"version\": 2, \"features\": [{\"name\": \"a\"") << u"unleash"_s << u"/features/0: line 1"_s;
}

void TestCtlStorage::badImportsLeaveWorkspace()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(QString, place);
    QVERIFY2(!bytes.startsWith("substitution not found"), bytes.constData());

    importDemo();
    const QByteArray before = exportBytes();
    QVERIFY(!before.isEmpty());
    const QByteArray historyBefore = ctl({u"history"_s, u"--json"_s}).out.toUtf8();
    const QString file = write(u"bad.json"_s, bytes);
    for (const bool dryRun : {true, false}) {
        QStringList arguments{u"import"_s, u"--format"_s, format};
        if (dryRun)
            arguments.append(u"--dry-run"_s);
        arguments.append(file);
        const CtlRun run = ctl(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out.left(500)));
        QVERIFY2(run.err.startsWith(file + u':'), qPrintable(run.err.left(500)));
        QVERIFY2(run.err.contains(place), qPrintable(run.err.left(500)));
        QVERIFY2(run.err.size() < 100000, "the error repeats the input");
    }
    QCOMPARE(exportBytes(), before);
    QCOMPARE(ctl({u"history"_s, u"--json"_s}).out.toUtf8(), historyBefore);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "--increment-worker") == 0)
        return incrementWorker(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), atoi(argv[4]));
    TestCtlStorage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ctlstorage.moc"
