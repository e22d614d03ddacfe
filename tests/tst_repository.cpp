// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The workspace repository: one suite, run against SQLite (a temporary file) and, with
// PENNON_TEST_DATABASE=postgresql://..., against PostgreSQL.

#include "formats/pennonjson.h"
#include "storage/changewatcher.h"
#include "storage/databaseurl.h"
#include "storage/sqlcursor.h"
#include "storage/sqlconnection.h"
#include "testdatabase.h"
#include "storage/sqlrepository.h"
#include "storage/sqlschema.h"
#include "text/changetext.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Pennon;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Pennon::DatabaseUrl::Kind)

namespace {

Flag makeFlag(const QString &key, const QString &name)
{
    Flag flag;
    flag.key = key;
    flag.name = name;
    flag.type = FlagType::Boolean;
    flag.variations = {{u"on"_s, QJsonValue(true), {}}, {u"off"_s, QJsonValue(false), {}}};
    for (const Environment &environment : Workspace::defaultEnvironments()) {
        EnvironmentConfig config;
        config.offVariation = u"off"_s;
        config.defaultServe.variation = u"off"_s;
        flag.environments.insert(environment.key, config);
    }
    return flag;
}

Workspace withoutVersions(const Workspace &workspace)
{
    return workspace.withoutVersions();
}

Workspace demoWorkspace()
{
    QFile file(u":/pennon/demo-workspace.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("demo workspace resource missing");
    Problems problems;
    auto workspace = PennonJson::read(file.readAll(), &problems);
    if (!workspace)
        qFatal("demo workspace does not read");
    return *workspace;
}

} // namespace

class TestRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void urlParsing_data();
    void urlParsing();
    void urlResolve();
    void schemaCreatedAndReopened();
    void newerSchemaRefused();
    void migrationFromVersion1();
    void disabledRulesStored();
    void demoRoundTrip();
    void versionsIncrement();
    void partialEditsStoreExactly();
    void cursorReadsTheDriversRows();
    void conflictOnStaleVersion();
    void createExistingIsConflict();
    void invalidFlagRefused();
    void historyNewestFirst();
    void saveAllIsOneTransaction();
    void saveAllRemovesAndReorders();
    void revert();
    void deleteAndRecreate();
    void importDryRunWritesNothing();
    void importMergeAndReplace();
    void largeImportInBatches();
    void changeCounterSeesOtherSession();
    void watcherSeesOtherSession();
    void personasStored();
    void migrationFromVersion2();
    void importKeepsOrReplacesPersonas();

private:
    std::unique_ptr<SqlRepository> openRepository();
    /// A repository with the default environments.
    std::unique_ptr<SqlRepository> seededRepository();
    void execRaw(const QString &sql);

    QTemporaryDir m_dir;
    DatabaseUrl m_url;
};

void TestRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const auto url = TestDatabase::url(m_dir, &error);
    QVERIFY2(url, qPrintable(error));
    m_url = *url;
    qInfo("testing against %s", qPrintable(m_url.toDisplayString()));
}

void TestRepository::execRaw(const QString &sql)
{
    QVERIFY(TestDatabase::execRaw(m_url, sql));
}

void TestRepository::init()
{
    TestDatabase::reset(m_url);
}

std::unique_ptr<SqlRepository> TestRepository::openRepository()
{
    StorageError error;
    auto repository = SqlRepository::open(m_url, &error);
    if (!repository)
        qWarning("open: %s", qPrintable(error.message));
    return repository;
}

std::unique_ptr<SqlRepository> TestRepository::seededRepository()
{
    auto repository = openRepository();
    if (!repository)
        return repository;
    for (const Environment &environment : Workspace::defaultEnvironments()) {
        StorageError error;
        if (!repository->saveEnvironment(environment, 0, {}, &error))
            qWarning("seed: %s", qPrintable(error.message));
    }
    return repository;
}

void TestRepository::urlParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<DatabaseUrl::Kind>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("errorPart");

    const auto sqlite = DatabaseUrl::Kind::Sqlite;
    const auto pg = DatabaseUrl::Kind::Postgresql;
    QTest::newRow("sqlite relative") << u"sqlite:work.sqlite"_s << true << sqlite << u"work.sqlite"_s
                                     << QString() << 5432 << QString() << QString() << QString() << QString();
    QTest::newRow("sqlite absolute") << u"sqlite:/tmp/a b.sqlite"_s << true << sqlite << u"/tmp/a b.sqlite"_s
                                     << QString() << 5432 << QString() << QString() << QString() << QString();
    QTest::newRow("sqlite memory") << u"sqlite::memory:"_s << true << sqlite << u":memory:"_s
                                   << QString() << 5432 << QString() << QString() << QString() << QString();
    QTest::newRow("postgresql full") << u"postgresql://ann:s%40cret@db.example.com:6543/flags"_s << true
                                     << pg << QString() << u"db.example.com"_s << 6543 << u"ann"_s
                                     << u"s@cret"_s << u"flags"_s << QString();
    QTest::newRow("postgres scheme") << u"postgres://localhost/pennon"_s << true << pg << QString()
                                     << u"localhost"_s << 5432 << QString() << QString() << u"pennon"_s
                                     << QString();
    QTest::newRow("user without password") << u"postgresql://bob@127.0.0.1:55432/pennon_test"_s << true
                                           << pg << QString() << u"127.0.0.1"_s << 55432 << u"bob"_s
                                           << QString() << u"pennon_test"_s << QString();
    QTest::newRow("default socket") << u"postgresql:///pennon"_s << true << pg << QString() << QString()
                                    << 5432 << QString() << QString() << u"pennon"_s << QString();
    QTest::newRow("ipv6") << u"postgresql://[::1]:5433/x"_s << true << pg << QString() << u"::1"_s
                          << 5433 << QString() << QString() << u"x"_s << QString();
    QTest::newRow("encoded database") << u"postgresql://h/my%20db"_s << true << pg << QString() << u"h"_s
                                      << 5432 << QString() << QString() << u"my db"_s << QString();

    QTest::newRow("unknown scheme") << u"mysql://h/db"_s << false << sqlite << QString() << QString()
                                    << 0 << QString() << QString() << QString() << u"scheme"_s;
    QTest::newRow("sqlite without path") << u"sqlite:"_s << false << sqlite << QString() << QString()
                                         << 0 << QString() << QString() << QString() << u"path"_s;
    QTest::newRow("no database") << u"postgresql://h"_s << false << pg << QString() << QString()
                                 << 0 << QString() << QString() << QString() << u"database name"_s;
    QTest::newRow("empty database") << u"postgresql://h/"_s << false << pg << QString() << QString()
                                    << 0 << QString() << QString() << QString() << u"database name"_s;
    QTest::newRow("bad port") << u"postgresql://h:http/db"_s << false << pg << QString() << QString()
                              << 0 << QString() << QString() << QString() << u"port"_s;
    QTest::newRow("port out of range") << u"postgresql://h:70000/db"_s << false << pg << QString()
                                       << QString() << 0 << QString() << QString() << QString() << u"port"_s;
    QTest::newRow("empty user") << u"postgresql://:pw@h/db"_s << false << pg << QString() << QString()
                                << 0 << QString() << QString() << QString() << u"user"_s;
    QTest::newRow("broken escape") << u"postgresql://a%zz@h/db"_s << false << pg << QString() << QString()
                                   << 0 << QString() << QString() << QString() << u"user"_s;
    QTest::newRow("query string") << u"postgresql://h/db?sslmode=require"_s << false << pg << QString()
                                  << QString() << 0 << QString() << QString() << QString()
                                  << u"database name"_s;
}

void TestRepository::urlParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QString error;
    const auto url = DatabaseUrl::parse(text, &error);
    QCOMPARE(url.has_value(), ok);
    if (!ok) {
        QFETCH(QString, errorPart);
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY(error.contains(text));
        return;
    }
    QFETCH(DatabaseUrl::Kind, kind);
    QFETCH(QString, path);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);
    QCOMPARE(url->kind, kind);
    QCOMPARE(url->path, path);
    QCOMPARE(url->host, host);
    QCOMPARE(url->port, port);
    QCOMPARE(url->user, user);
    QCOMPARE(url->password, password);
    QCOMPARE(url->database, database);
    QVERIFY(!url->toDisplayString().contains(u"cret"_s));
}

void TestRepository::urlResolve()
{
    QString error;
    const QByteArray saved = qgetenv("PENNON_DB");
    qunsetenv("PENNON_DB");
    auto url = DatabaseUrl::resolve({}, &error);
    QVERIFY(url);
    QCOMPARE(url->kind, DatabaseUrl::Kind::Sqlite);
    QVERIFY(url->path.endsWith(u"/Pennon/workspace.sqlite"_s));
    qputenv("PENNON_DB", "postgresql://h/fromenv");
    url = DatabaseUrl::resolve({}, &error);
    QVERIFY(url);
    QCOMPARE(url->database, u"fromenv"_s);
    url = DatabaseUrl::resolve(u"sqlite:x.sqlite"_s, &error);
    QVERIFY(url);
    QCOMPARE(url->path, u"x.sqlite"_s);
    qputenv("PENNON_DB", "nonsense");
    QVERIFY(!DatabaseUrl::resolve({}, &error));
    QVERIFY2(error.contains(u"PENNON_DB"_s), qPrintable(error));
    if (saved.isNull())
        qunsetenv("PENNON_DB");
    else
        qputenv("PENNON_DB", saved);
}

void TestRepository::schemaCreatedAndReopened()
{
    {
        auto repository = seededRepository();
        QVERIFY(repository);
        StorageError error;
        QVERIFY(repository->saveFlag(makeFlag(u"a"_s, u"A"_s), 0, {}, &error));
    }
    auto again = openRepository();
    QVERIFY(again);
    StorageError error;
    const auto workspace = again->load(&error);
    QVERIFY2(workspace, qPrintable(error.message));
    QCOMPARE(workspace->environments.size(), 3);
    QCOMPARE(workspace->flags.size(), 1);
    auto third = openRepository();
    QVERIFY(third);
}

void TestRepository::newerSchemaRefused()
{
    QVERIFY(openRepository());
    execRaw(u"INSERT INTO schema_version (version, applied_at, application) VALUES (99, 'x', 'future')"_s);
    StorageError error;
    auto repository = SqlRepository::open(m_url, &error);
    QVERIFY(!repository);
    QCOMPARE(error.kind, StorageError::Kind::NewerSchema);
    const QString current = u"(%1)"_s.arg(SqlSchema::CurrentVersion);
    QVERIFY2(error.message.contains(u"99"_s) && error.message.contains(current), qPrintable(error.message));
}

void TestRepository::migrationFromVersion1()
{
    // A database as Pennon left it at schema version 1 (its own statements, which never
    // change), with a flag whose rules were written then.
    Rule listed;
    listed.id = u"r1"_s;
    listed.name = u"Listed"_s;
    listed.conditions = {UserListActivation{u"userId"_s, {u"u-1"_s}}};
    listed.serve.variation = u"on"_s;
    Rule everyone;
    everyone.serve.variation = u"off"_s;
    {
        const QString name = SqlConnection::uniqueName();
        StorageError error;
        QVERIFY2(SqlConnection::open(m_url, name, &error), qPrintable(error.message));
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QVERIFY2(SqlSchema::ensure(db, &error, 1), qPrintable(error.message));
        QCOMPARE(SqlSchema::storedVersion(db, &error), 1);
        const auto exec = [&db](const QString &sql) {
            QSqlQuery q(db);
            const bool ok = q.exec(sql);
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return ok;
        };
        // Version 1 has no rules.disabled.
        QVERIFY(!QSqlQuery(db).exec(u"SELECT disabled FROM rules"_s));
        const auto text = [](const QByteArray &json) { return QString::fromUtf8(json); };
        QVERIFY(exec(u"INSERT INTO environments (key, name, position, protected, version)"
                     " VALUES ('production', 'Production', 0, FALSE, 1)"_s));
        QVERIFY(exec(u"INSERT INTO flags (key, name, description, type, owner, archived, position, version,"
                     " updated_at, updated_by) VALUES ('old', 'Old', '', 'boolean', '', FALSE, 0, 3,"
                     " '2026-01-01T00:00:00Z', 'ann')"_s));
        QVERIFY(exec(u"INSERT INTO variations (flag, position, key, value, description)"
                     " VALUES ('old', 0, 'on', 'true', ''), ('old', 1, 'off', 'false', '')"_s));
        QVERIFY(exec(u"INSERT INTO flag_environments (flag, environment, is_on, off_variation, default_serve)"
                     " VALUES ('old', 'production', TRUE, 'off', '%1')"_s.arg(text(PennonJson::serveText(Serve::of(u"off"_s))))));
        QVERIFY(exec(u"INSERT INTO rules (flag, environment, position, id, name, serve) VALUES"
                     " ('old', 'production', 0, 'r1', 'Listed', '%1'), ('old', 'production', 1, '', '', '%2')"_s
                         .arg(text(PennonJson::serveText(listed.serve)), text(PennonJson::serveText(everyone.serve)))));
        QVERIFY(exec(u"INSERT INTO rule_conditions (flag, environment, rule_position, position, condition)"
                     " VALUES ('old', 'production', 0, 0, '%1')"_s.arg(text(PennonJson::conditionText(listed.conditions.first())))));
        db = QSqlDatabase();
        SqlConnection::close(name);
    }

    // Opened, it migrates: the rules come back, none disabled.
    auto repository = openRepository();
    QVERIFY(repository);
    StorageError error;
    const auto loaded = repository->load(&error);
    QVERIFY2(loaded, qPrintable(error.message));
    const Flag *flag = loaded->flag(u"old"_s);
    QVERIFY(flag);
    QCOMPARE(flag->version, 3);
    const QList<Rule> rules = flag->environments.value(u"production"_s).rules;
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.at(0), listed);
    QCOMPARE(rules.at(1), everyone);
    QCOMPARE(rules.at(0).disabled, false);
    QCOMPARE(rules.at(1).disabled, false);
    {
        const QString name = SqlConnection::uniqueName();
        QVERIFY2(SqlConnection::open(m_url, name, &error), qPrintable(error.message));
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QCOMPARE(SqlSchema::storedVersion(db, &error), SqlSchema::CurrentVersion);
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"SELECT COUNT(*) FROM rules WHERE disabled = FALSE"_s) && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 2);
        q = QSqlQuery();
        db = QSqlDatabase();
        SqlConnection::close(name);
    }

    // The migrated database takes disabled rules.
    Flag edited = *flag;
    edited.environments[u"production"_s].rules[0].disabled = true;
    QVERIFY2(repository->saveFlag(edited, flag->version, {}, &error), qPrintable(error.message));
    auto reader = openRepository();
    QVERIFY(reader);
    const auto again = reader->flag(u"old"_s, &error);
    QVERIFY2(again, qPrintable(error.message));
    QCOMPARE(again->environments.value(u"production"_s).rules.at(0).disabled, true);
    QCOMPARE(again->environments.value(u"production"_s).rules.at(1).disabled, false);
}

void TestRepository::disabledRulesStored()
{
    auto repository = seededRepository();
    QVERIFY(repository);
    StorageError error;
    Flag flag = makeFlag(u"paused"_s, u"Paused"_s);
    Rule beta;
    beta.id = u"beta"_s;
    beta.conditions = {UserListActivation{u"userId"_s, {u"u-1"_s, u"u-2"_s}}};
    beta.serve.variation = u"on"_s;
    Rule paused = beta;
    paused.id = u"paused"_s;
    paused.name = u"Paused for now"_s;
    paused.disabled = true;
    flag.environments[u"production"_s].rules = {beta, paused};
    flag.environments[u"staging"_s].rules = {paused};
    const auto created = repository->saveFlag(flag, 0, {}, &error);
    QVERIFY2(created, qPrintable(error.message));
    flag.version = *created;

    // Through a second session, so that nothing comes from a cache.
    const auto stored = [this]() -> std::optional<Flag> {
        auto reader = openRepository();
        StorageError readError;
        const auto loaded = reader ? reader->load(&readError) : std::nullopt;
        if (!loaded || !loaded->flag(u"paused"_s))
            return std::nullopt;
        return *loaded->flag(u"paused"_s);
    };
    const auto json = [](const std::optional<Flag> &f) {
        return f ? QString::fromUtf8(PennonJson::writeFlag(*f)) : u"(not stored)"_s;
    };
    std::optional<Flag> loaded = stored();
    QVERIFY2(loaded == flag, qPrintable(json(loaded)));
    QVERIFY(loaded->environments.value(u"staging"_s).rules.at(0).disabled);

    // Enabled again: only that changes.
    Flag enabled = flag;
    enabled.environments[u"production"_s].rules[1].disabled = false;
    const auto saved = repository->saveFlag(enabled, flag.version, {}, &error);
    QVERIFY2(saved, qPrintable(error.message));
    enabled.version = *saved;
    loaded = stored();
    QVERIFY2(loaded == enabled, qPrintable(json(loaded)));

    // The history keeps both states, and reverting the change disables the rule again.
    const auto history = repository->history(u"paused"_s, 10, &error);
    QVERIFY2(history, qPrintable(error.message));
    QCOMPARE(history->size(), 2);
    QVERIFY(history->constFirst().before.contains("\"disabled\": true"));
    QCOMPARE(history->constFirst().after.count("\"disabled\": true"), 1); // staging's
    const auto reverted = repository->revert(history->constFirst().id, {}, &error);
    QVERIFY2(reverted, qPrintable(error.message));
    Flag back = flag;
    back.version = enabled.version + 1;
    loaded = stored();
    QVERIFY2(loaded == back, qPrintable(json(loaded)));
}

void TestRepository::demoRoundTrip()
{
    auto repository = openRepository();
    QVERIFY(repository);
    const Workspace demo = demoWorkspace();
    StorageError error;
    const auto summary = repository->importWorkspace(demo, ImportMode::Replace, false, u"demo"_s, &error);
    QVERIFY2(summary, qPrintable(error.message));
    QCOMPARE(summary->added.size(), demo.environments.size() + demo.activations.size()
                     + demo.segments.size() + demo.flags.size() + demo.personas.size());
    // Through a second session, so that nothing comes from a cache.
    auto reader = openRepository();
    const auto loaded = reader->load(&error);
    QVERIFY2(loaded, qPrintable(error.message));
    QCOMPARE(withoutVersions(*loaded), withoutVersions(demo));
    QCOMPARE(PennonJson::write(withoutVersions(*loaded)), PennonJson::write(withoutVersions(demo)));
    for (const Flag &flag : loaded->flags)
        QCOMPARE(flag.version, 1);
}

void TestRepository::versionsIncrement()
{
    auto repository = seededRepository();
    QVERIFY(repository);
    StorageError error;
    Flag flag = makeFlag(u"checkout"_s, u"Checkout"_s);
    QCOMPARE(repository->saveFlag(flag, 0, {}, &error), std::optional<qint64>(1));
    flag.name = u"Checkout 2"_s;
    QCOMPARE(repository->saveFlag(flag, 1, {}, &error), std::optional<qint64>(2));
    flag.name = u"Checkout 3"_s;
    QCOMPARE(repository->saveFlag(flag, -1, {}, &error), std::optional<qint64>(3));
    const auto stored = repository->flag(u"checkout"_s, &error);
    QVERIFY(stored);
    QCOMPARE(stored->version, 3);
    QCOMPARE(stored->name, u"Checkout 3"_s);
    // When and by whom each flag was last saved.
    const auto stamps = repository->flagStamps(&error);
    QVERIFY2(stamps, qPrintable(error.message));
    QCOMPARE(stamps->size(), 1);
    const ChangeStamp stamp = stamps->value(u"checkout"_s);
    QVERIFY(!stamp.actor.isEmpty());
    QVERIFY(stamp.time.isValid());
    QVERIFY(qAbs(stamp.time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const auto history = repository->history(u"checkout"_s, 1, &error);
    QVERIFY(history && !history->isEmpty());
    QCOMPARE(stamp.actor, history->constFirst().actor);
}

void TestRepository::partialEditsStoreExactly()
{
    // A save rewrites only the child rows that changed: every kind of edit must still read
    // back exactly, through a second session.
    auto repository = openRepository();
    QVERIFY(repository);
    StorageError error;
    QVERIFY2(repository->importWorkspace(demoWorkspace(), ImportMode::Replace, false, {}, &error),
             qPrintable(error.message));
    const auto start = repository->load(&error);
    QVERIFY2(start, qPrintable(error.message));
    // The demo flag with the most rules.
    Flag flag;
    qsizetype most = -1;
    for (const Flag &candidate : start->flags) {
        qsizetype rules = 0;
        for (const EnvironmentConfig &config : candidate.environments)
            rules += config.rules.size();
        if (rules > most) {
            most = rules;
            flag = candidate;
        }
    }
    QVERIFY(most >= 3);
    const QString production = u"production"_s;
    QVERIFY(flag.environments.contains(production));

    const std::function<void(Flag &)> edits[] = {
        [](Flag &f) { f.name += u" (renamed)"_s; },
        [](Flag &f) { f.tags.append(u"added-tag"_s); },
        [](Flag &f) { f.tags.clear(); },
        [](Flag &f) { f.variations.first().description = u"edited description"_s; },
        [&](Flag &f) { f.environments[production].on = !f.environments[production].on; },
        [&](Flag &f) {
            auto &rules = f.environments[production].rules;
            if (!rules.isEmpty())
                rules.removeLast();
        },
        [&](Flag &f) {
            auto &rules = f.environments[production].rules;
            Rule rule;
            rule.id = u"added-rule"_s;
            rule.conditions.append(UserListActivation{u"userId"_s, {u"u-1"_s, u"u-2"_s}});
            rule.serve.variation = f.environments[production].offVariation;
            rules.prepend(rule);
        },
        [&](Flag &f) {
            auto &rules = f.environments[production].rules;
            rules.first().conditions.append(
                    ConstraintActivation{u"country"_s, Operator::In, {u"DE"_s}, false, false, ConditionSource::Pennon, {}});
        },
        [](Flag &f) {
            for (EnvironmentConfig &config : f.environments)
                config.on = true;
        },
        [&](Flag &f) { f.environments[production].rules.last().disabled = true; },
        [&](Flag &f) {
            auto &rules = f.environments[production].rules;
            rules.first().disabled = true;
            rules.last().disabled = false;
        },
    };
    int step = 0;
    for (const auto &edit : edits) {
        ++step;
        edit(flag);
        const auto version = repository->saveFlag(flag, flag.version, {}, &error);
        QVERIFY2(version, qPrintable(u"edit %1: %2"_s.arg(step).arg(error.message)));
        flag.version = *version;
        auto reader = openRepository();
        const auto loaded = reader->load(&error);
        QVERIFY2(loaded, qPrintable(error.message));
        const Flag *stored = loaded->flag(flag.key);
        QVERIFY(stored);
        QVERIFY2(*stored == flag, qPrintable(u"edit %1 reads back differently:\n%2\n%3"_s.arg(step)
                 .arg(QString::fromUtf8(PennonJson::writeFlag(*stored)),
                      QString::fromUtf8(PennonJson::writeFlag(flag)))));
    }
}

void TestRepository::cursorReadsTheDriversRows()
{
    // Loads read SQLite's and libpq's own results, not QSqlQuery's QVariants: check that they
    // do, on this database, and that text, numbers, booleans and NULL read right.
    const QString name = SqlConnection::uniqueName();
    StorageError error;
    QVERIFY2(SqlConnection::open(m_url, name, &error), qPrintable(error.message));
    {
        const QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlError sqlError;
        auto cursor = SqlCursor::select(db, "SELECT 'grüße, \"x\"', -42, 7, TRUE, FALSE, NULL", &sqlError);
        QVERIFY2(cursor, qPrintable(sqlError.text()));
        QVERIFY(cursor->readsDriverHandle());
        QVERIFY(cursor->next());
        QCOMPARE(cursor->string(0), u"grüße, \"x\""_s);
        QCOMPARE(cursor->integer(1), -42);
        QCOMPARE(cursor->integer(2), 7);
        QVERIFY(cursor->boolean(3));
        QVERIFY(!cursor->boolean(4));
        QVERIFY(cursor->isNull(5));
        QVERIFY(!cursor->isNull(0));
        QVERIFY(!cursor->next());
        QVERIFY(!cursor->error().isValid());
        // A statement that cannot run says why.
        QVERIFY(!SqlCursor::select(db, "SELECT nothing FROM nowhere", &sqlError));
        QVERIFY(!sqlError.text().isEmpty());
    }
    SqlConnection::close(name);
}

void TestRepository::conflictOnStaleVersion()
{
    auto mine = seededRepository();
    auto theirs = openRepository();
    QVERIFY(mine && theirs);
    StorageError error;
    Flag flag = makeFlag(u"checkout"_s, u"Checkout"_s);
    QVERIFY(mine->saveFlag(flag, 0, {}, &error));
    Flag their = flag;
    their.name = u"Theirs"_s;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(theirs->saveFlag(their, 1, {}, &error));
    flag.name = u"Mine"_s;
    QVERIFY(!mine->saveFlag(flag, 1, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::Conflict);
    QCOMPARE(error.storedVersion, 2);
    QCOMPARE(error.conflictActor, theirs->actor());
    QVERIFY(!error.conflictActor.isEmpty());
    QVERIFY(error.conflictTime >= before);
    QVERIFY2(error.message.contains(u"checkout"_s) && error.message.contains(theirs->actor()),
             qPrintable(error.message));
    const auto stored = mine->flag(u"checkout"_s, &error);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"Theirs"_s);
    QCOMPARE(mine->history(u"checkout"_s, 0, &error)->size(), 2);
}

void TestRepository::createExistingIsConflict()
{
    auto repository = seededRepository();
    QVERIFY(repository);
    StorageError error;
    QVERIFY(repository->saveFlag(makeFlag(u"a"_s, u"A"_s), 0, {}, &error));
    QVERIFY(!repository->saveFlag(makeFlag(u"a"_s, u"Again"_s), 0, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::Conflict);
    QCOMPARE(error.storedVersion, 1);
    QCOMPARE(repository->flag(u"a"_s, &error)->name, u"A"_s);
    // Expecting a version of a flag that does not exist is a conflict too.
    QVERIFY(!repository->saveFlag(makeFlag(u"b"_s, u"B"_s), 4, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::Conflict);
}

void TestRepository::invalidFlagRefused()
{
    auto repository = seededRepository();
    QVERIFY(repository);
    Flag flag = makeFlag(u"broken"_s, u"Broken"_s);
    flag.environments[u"production"_s].offVariation = u"missing"_s;
    StorageError error;
    QVERIFY(!repository->saveFlag(flag, 0, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::Invalid);
    QVERIFY(!error.problems.isEmpty());
    QVERIFY2(error.problems.constFirst().path.contains(u"production"_s),
             qPrintable(error.problems.constFirst().toString()));
    QVERIFY(!repository->flag(u"broken"_s, &error));
    QCOMPARE(error.kind, StorageError::Kind::NotFound);
    QCOMPARE(repository->history(u"broken"_s, 0, &error)->size(), 0);
    // A flag for an environment the workspace does not have.
    Flag stray = makeFlag(u"stray"_s, u"Stray"_s);
    stray.environments.insert(u"qa"_s, stray.environments.value(u"staging"_s));
    QVERIFY(!repository->saveFlag(stray, 0, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::Invalid);
}

void TestRepository::saveAllIsOneTransaction()
{
    auto repository = seededRepository();
    QVERIFY(repository);
    StorageError error;
    for (const QString &key : {u"a"_s, u"b"_s, u"c"_s})
        QVERIFY(repository->saveFlag(makeFlag(key, key.toUpper()), 0, {}, &error));
    const auto counted = [&](const QString &key) { return repository->history(key, 0, &error)->size(); };

    // Three flags tagged at once: one change each, one time, one comment.
    WorkspaceWrite write;
    for (const QString &key : {u"a"_s, u"b"_s, u"c"_s}) {
        Flag flag = *repository->flag(key, &error);
        flag.tags = {u"checkout"_s};
        write.objects.append({ObjectKind::Flag, key, StoredObject(flag), flag.version});
    }
    QCOMPARE(repository->saveAll(write, u"tagged"_s, &error), std::optional<int>(3));
    QVERIFY2(error.ok(), qPrintable(error.message));
    const auto all = repository->history({}, 3, &error);
    QVERIFY(all && all->size() == 3);
    for (const Change &change : *all) {
        QCOMPARE(change.comment, u"tagged"_s);
        QCOMPARE(change.time, all->constFirst().time);
        QCOMPARE(change.versionBefore, 1);
        QCOMPARE(change.versionAfter, 2);
    }
    {
        auto reader = openRepository();
        const auto stored = reader->load(&error);
        QVERIFY(stored);
        for (const QString &key : {u"a"_s, u"b"_s, u"c"_s}) {
            QCOMPARE(stored->flag(key)->tags, QStringList{u"checkout"_s});
            QCOMPARE(stored->flag(key)->version, 2);
        }
    }

    // A colleague changed b meanwhile: nothing of the batch is written, and the error names b.
    {
        auto theirs = openRepository();
        Flag b = *theirs->flag(u"b"_s, &error);
        b.name = u"Theirs"_s;
        QVERIFY(theirs->saveFlag(b, 2, {}, &error));
    }
    WorkspaceWrite stale;
    for (const QString &key : {u"a"_s, u"b"_s, u"c"_s}) {
        Flag flag = makeFlag(key, u"Mine"_s);
        stale.objects.append({ObjectKind::Flag, key, StoredObject(flag), 2});
    }
    QVERIFY(!repository->saveAll(stale, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::Conflict);
    QCOMPARE(error.conflictKey, u"b"_s);
    QCOMPARE(repository->flag(u"a"_s, &error)->name, u"A"_s);
    QCOMPARE(repository->flag(u"c"_s, &error)->name, u"C"_s);
    QCOMPARE(counted(u"a"_s), 2);

    // One invalid flag: nothing written either.
    WorkspaceWrite invalid;
    Flag a = *repository->flag(u"a"_s, &error);
    a.name = u"Renamed"_s;
    invalid.objects.append({ObjectKind::Flag, u"a"_s, StoredObject(a), a.version});
    Flag broken = *repository->flag(u"c"_s, &error);
    broken.environments[u"staging"_s].offVariation = u"missing"_s;
    invalid.objects.append({ObjectKind::Flag, u"c"_s, StoredObject(broken), broken.version});
    QVERIFY(!repository->saveAll(invalid, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::Invalid);
    QVERIFY2(error.message.contains(u"\"c\""_s), qPrintable(error.message));
    QCOMPARE(repository->flag(u"a"_s, &error)->name, u"A"_s);

    // The same object twice is refused before anything is read.
    WorkspaceWrite twice;
    twice.objects.append({ObjectKind::Flag, u"a"_s, StoredObject(a), a.version});
    twice.objects.append({ObjectKind::Flag, u"a"_s, StoredObject(a), a.version});
    QVERIFY(!repository->saveAll(twice, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::Invalid);
    QCOMPARE(counted(u"a"_s), 2);
}

void TestRepository::saveAllRemovesAndReorders()
{
    auto repository = seededRepository();
    QVERIFY(repository);
    StorageError error;
    QVERIFY(repository->saveFlag(makeFlag(u"a"_s, u"A"_s), 0, {}, &error));
    const Workspace before = *repository->load(&error);
    QStringList keys;
    for (const Environment &environment : before.environments)
        keys.append(environment.key);
    QCOMPARE(keys.size(), 3);

    // The environments reversed, one renamed and protected; one added.
    WorkspaceWrite order;
    Environment renamed = before.environments.constFirst();
    renamed.name = u"Dev"_s;
    renamed.isProtected = true;
    order.objects.append({ObjectKind::Environment, renamed.key, StoredObject(renamed), renamed.version});
    Environment qa{u"qa"_s, u"QA"_s, false, 0};
    order.objects.append({ObjectKind::Environment, qa.key, StoredObject(qa), 0});
    order.environmentOrder = {u"qa"_s, keys.at(2), keys.at(1), keys.at(0)};
    QCOMPARE(repository->saveAll(order, {}, &error), std::optional<int>(2));
    {
        auto reader = openRepository();
        const Workspace stored = *reader->load(&error);
        QStringList now;
        for (const Environment &environment : stored.environments)
            now.append(environment.key);
        QCOMPARE(now, order.environmentOrder);
        QCOMPARE(stored.environment(keys.at(0))->name, u"Dev"_s);
        QVERIFY(stored.environment(keys.at(0))->isProtected);
        QCOMPARE(stored.environment(keys.at(0))->version, 2);
    }
    // An order that leaves one out is refused.
    WorkspaceWrite partial;
    partial.environmentOrder = {keys.at(0), keys.at(1)};
    QVERIFY(!repository->saveAll(partial, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::Invalid);

    // Removing an environment that a flag is configured in is refused ...
    WorkspaceWrite removal;
    removal.objects.append({ObjectKind::Environment, keys.at(2), std::nullopt,
                            repository->load(&error)->environment(keys.at(2))->version});
    QVERIFY(!repository->saveAll(removal, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::Invalid);
    QVERIFY(repository->load(&error)->environment(keys.at(2)));
    // ... and done with the flag's configuration there removed in the same write.
    Flag a = *repository->flag(u"a"_s, &error);
    a.environments.remove(keys.at(2));
    removal.objects.prepend({ObjectKind::Flag, u"a"_s, StoredObject(a), a.version});
    QCOMPARE(repository->saveAll(removal, u"gone"_s, &error), std::optional<int>(2));
    QVERIFY2(error.ok(), qPrintable(error.message));
    auto reader = openRepository();
    const Workspace after = *reader->load(&error);
    QVERIFY(!after.environment(keys.at(2)));
    QVERIFY(!after.flag(u"a"_s)->environments.contains(keys.at(2)));
    QCOMPARE(after.environments.size(), 3);
    const auto history = reader->history(keys.at(2), 0, &error);
    QVERIFY(history && !history->isEmpty());
    QCOMPARE(history->constFirst().versionAfter, 0);
    QCOMPARE(history->constFirst().comment, u"gone"_s);
}

void TestRepository::historyNewestFirst()
{
    auto repository = seededRepository();
    QVERIFY(repository);
    StorageError error;
    Flag flag = makeFlag(u"h"_s, u"One"_s);
    QVERIFY(repository->saveFlag(flag, 0, u"first"_s, &error));
    flag.name = u"Two"_s;
    QVERIFY(repository->saveFlag(flag, 1, u"second"_s, &error));
    const auto changes = repository->history(u"h"_s, 0, &error);
    QVERIFY(changes);
    QCOMPARE(changes->size(), 2);
    const Change &newest = changes->at(0);
    QCOMPARE(newest.comment, u"second"_s);
    QCOMPARE(newest.kind, ObjectKind::Flag);
    QCOMPARE(newest.versionBefore, 1);
    QCOMPARE(newest.versionAfter, 2);
    QCOMPARE(newest.actor, repository->actor());
    QVERIFY(newest.time.isValid());
    QCOMPARE(newest.time.timeSpec(), Qt::UTC);
    QVERIFY(newest.id > changes->at(1).id);
    Problems problems;
    const auto before = PennonJson::flagFromJson(
            QJsonDocument::fromJson(newest.before).object(), QString(), &problems);
    const auto after = PennonJson::flagFromJson(
            QJsonDocument::fromJson(newest.after).object(), QString(), &problems);
    QVERIFY(before && after);
    QCOMPARE(before->name, u"One"_s);
    QCOMPARE(after->name, u"Two"_s);
    QVERIFY(changes->at(1).before.isEmpty());
    QCOMPARE(repository->history({}, 1, &error)->size(), 1);
    // The environments' creation is in the workspace history too.
    QCOMPARE(repository->history({}, 0, &error)->size(), 5);
}

void TestRepository::revert()
{
    auto repository = seededRepository();
    QVERIFY(repository);
    StorageError error;
    Flag flag = makeFlag(u"r"_s, u"One"_s);
    QVERIFY(repository->saveFlag(flag, 0, {}, &error));
    flag.name = u"Two"_s;
    QVERIFY(repository->saveFlag(flag, 1, {}, &error));
    const qint64 update = repository->history(u"r"_s, 1, &error)->constFirst().id;

    const auto reverted = repository->revert(update, {}, &error);
    QVERIFY2(reverted, qPrintable(error.message));
    QCOMPARE(reverted->revertOf, update);
    QCOMPARE(reverted->versionBefore, 2);
    QCOMPARE(reverted->versionAfter, 3);
    QCOMPARE(repository->flag(u"r"_s, &error)->name, u"One"_s);

    // The revert moved the flag on: the old change can no longer be reverted.
    QVERIFY(!repository->revert(update, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::Conflict);
    QCOMPARE(repository->flag(u"r"_s, &error)->version, 3);

    // A revert of the revert restores "Two".
    const auto again = repository->revert(reverted->id, u"undo"_s, &error);
    QVERIFY2(again, qPrintable(error.message));
    QCOMPARE(again->comment, u"undo"_s);
    QCOMPARE(repository->flag(u"r"_s, &error)->name, u"Two"_s);
    QCOMPARE(repository->flag(u"r"_s, &error)->version, 4);
    QCOMPARE(repository->history(u"r"_s, 0, &error)->size(), 4);

    QVERIFY(!repository->revert(99999, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::NotFound);
}

void TestRepository::deleteAndRecreate()
{
    auto repository = seededRepository();
    QVERIFY(repository);
    StorageError error;
    QVERIFY(repository->saveFlag(makeFlag(u"d"_s, u"D"_s), 0, {}, &error));
    QVERIFY(!repository->deleteFlag(u"d"_s, 7, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::Conflict);
    QVERIFY(repository->deleteFlag(u"d"_s, 1, u"gone"_s, &error));
    QVERIFY(!repository->flag(u"d"_s, &error));
    QVERIFY(!repository->deleteFlag(u"d"_s, -1, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::NotFound);
    const auto deletion = repository->history(u"d"_s, 1, &error)->constFirst();
    QVERIFY(deletion.after.isEmpty());
    QCOMPARE(deletion.versionAfter, 0);
    // Reverting the deletion re-creates the flag with a version it never had.
    const auto restored = repository->revert(deletion.id, {}, &error);
    QVERIFY2(restored, qPrintable(error.message));
    QCOMPARE(restored->versionAfter, 2);
    QCOMPARE(repository->flag(u"d"_s, &error)->name, u"D"_s);
    // Reverting the creation deletes it (after it moved on: refused).
    const qint64 creation = repository->history(u"d"_s, 0, &error)->constLast().id;
    QVERIFY(!repository->revert(creation, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::Conflict);
}

void TestRepository::importDryRunWritesNothing()
{
    auto repository = openRepository();
    QVERIFY(repository);
    StorageError error;
    const auto summary = repository->importWorkspace(demoWorkspace(), ImportMode::Merge, true, {}, &error);
    QVERIFY2(summary, qPrintable(error.message));
    QVERIFY(!summary->added.isEmpty());
    QVERIFY(summary->changed.isEmpty());
    const auto loaded = repository->load(&error);
    QVERIFY(loaded);
    QCOMPARE(*loaded, Workspace());
    QCOMPARE(repository->history({}, 0, &error)->size(), 0);

    // An invalid file: nothing written either, problems with paths.
    Workspace bad = demoWorkspace();
    bad.flags[0].environments.first().offVariation = u"nope"_s;
    QVERIFY(!repository->importWorkspace(bad, ImportMode::Merge, false, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::Invalid);
    QVERIFY(error.problems.constFirst().path.startsWith(u"/flags/0"_s));
    QCOMPARE(repository->history({}, 0, &error)->size(), 0);
}

void TestRepository::importMergeAndReplace()
{
    auto repository = seededRepository();
    QVERIFY(repository);
    StorageError error;
    QVERIFY(repository->saveFlag(makeFlag(u"keep"_s, u"Keep"_s), 0, {}, &error));
    QVERIFY(repository->saveFlag(makeFlag(u"change"_s, u"Before"_s), 0, {}, &error));
    QVERIFY(repository->saveFlag(makeFlag(u"same"_s, u"Same"_s), 0, {}, &error));

    Workspace file;
    file.environments = Workspace::defaultEnvironments();
    file.flags = {makeFlag(u"change"_s, u"After"_s), makeFlag(u"same"_s, u"Same"_s),
                  makeFlag(u"new"_s, u"New"_s)};

    auto merge = repository->importWorkspace(file, ImportMode::Merge, true, {}, &error);
    QVERIFY2(merge, qPrintable(error.message));
    QCOMPARE(merge->added, QStringList{u"flag new"_s});
    QCOMPARE(merge->changed, QStringList{u"flag change"_s});
    QVERIFY(merge->removed.isEmpty());
    QVERIFY(merge->unchanged.contains(u"flag same"_s));
    QVERIFY(merge->unchanged.contains(u"environment production"_s));

    auto replace = repository->importWorkspace(file, ImportMode::Replace, true, {}, &error);
    QVERIFY(replace);
    QCOMPARE(replace->removed, QStringList{u"flag keep"_s});

    merge = repository->importWorkspace(file, ImportMode::Merge, false, u"merge"_s, &error);
    QVERIFY(merge);
    auto loaded = repository->load(&error);
    QCOMPARE(loaded->flags.size(), 4);
    QCOMPARE(loaded->flag(u"change"_s)->name, u"After"_s);
    QCOMPARE(loaded->flag(u"change"_s)->version, 2);
    QCOMPARE(loaded->flag(u"same"_s)->version, 1);

    replace = repository->importWorkspace(file, ImportMode::Replace, false, u"replace"_s, &error);
    QVERIFY(replace);
    QCOMPARE(replace->removed, QStringList{u"flag keep"_s});
    loaded = openRepository()->load(&error);
    QCOMPARE(loaded->flags.size(), 3);
    QVERIFY(!loaded->flag(u"keep"_s));
    QCOMPARE(loaded->flags.at(2).key, u"new"_s);
    QCOMPARE(repository->history(u"keep"_s, 1, &error)->constFirst().comment, u"replace"_s);
}

void TestRepository::largeImportInBatches()
{
    // New flags are written many per statement: more than two batches' worth, next to
    // changed ones, must read back exactly, each with its own history entry.
    auto repository = seededRepository();
    QVERIFY(repository);
    StorageError error;
    Workspace workspace = *repository->load(&error);
    QVERIFY(repository->saveFlag(makeFlag(u"existing"_s, u"Existing"_s), 0, {}, &error));
    Flag changed = makeFlag(u"existing"_s, u"Existing, renamed"_s);
    workspace.flags.append(changed);
    for (int i = 0; i < 450; ++i) {
        Flag flag = makeFlag(u"bulk-%1"_s.arg(i, 3, 10, QLatin1Char('0')), u"Bulk %1"_s.arg(i));
        flag.tags = {u"bulk"_s, u"n%1"_s.arg(i % 7)};
        Rule rule;
        rule.id = u"r"_s;
        rule.conditions.append(UserListActivation{u"userId"_s, {u"u%1"_s.arg(i)}});
        rule.serve.variation = u"on"_s;
        flag.environments[u"production"_s].rules.append(rule);
        workspace.flags.append(flag);
    }
    const auto summary = repository->importWorkspace(workspace, ImportMode::Merge, false, u"bulk"_s, &error);
    QVERIFY2(summary, qPrintable(error.message));
    QCOMPARE(summary->added.size(), 450);
    QCOMPARE(summary->changed, QStringList{u"flag existing"_s});

    auto reader = openRepository();
    const auto loaded = reader->load(&error);
    QVERIFY2(loaded, qPrintable(error.message));
    QCOMPARE(loaded->flags.size(), 451);
    for (const Flag &expected : std::as_const(workspace.flags)) {
        const Flag *stored = loaded->flag(expected.key);
        QVERIFY2(stored, qPrintable(expected.key));
        Flag withoutVersion = *stored;
        withoutVersion.version = expected.version;
        QVERIFY2(withoutVersion == expected, qPrintable(expected.key));
    }
    // Positions follow the file: the bulk flags after the existing one, in order.
    QCOMPARE(loaded->flags.at(1).key, u"bulk-000"_s);
    QCOMPARE(loaded->flags.last().key, u"bulk-449"_s);
    const auto history = reader->history({}, 0, &error);
    QVERIFY(history);
    int bulk = 0;
    for (const Change &change : *history) {
        if (!change.key.startsWith(u"bulk-"_s))
            continue;
        ++bulk;
        QCOMPARE(change.comment, u"bulk"_s);
        QCOMPARE(change.versionBefore, 0);
        QCOMPARE(change.versionAfter, 1);
        QVERIFY(change.before.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(change.after).object().value(u"key"_s).toString(), change.key);
    }
    QCOMPARE(bulk, 450);
    // Newest first: the last flag of the file is the newest change.
    QCOMPARE(history->constFirst().key, u"bulk-449"_s);
}

void TestRepository::changeCounterSeesOtherSession()
{
    auto watcher = seededRepository();
    auto writer = openRepository();
    QVERIFY(watcher && writer);
    StorageError error;
    const auto before = watcher->changeCounter(&error);
    QVERIFY(before);
    QVERIFY(writer->saveFlag(makeFlag(u"c"_s, u"C"_s), 0, {}, &error));
    const auto after = watcher->changeCounter(&error);
    QVERIFY(after);
    QVERIFY(*after > *before);
    // And the writer's view of it grew too.
    QVERIFY(watcher->flag(u"c"_s, &error));
}

void TestRepository::watcherSeesOtherSession()
{
    auto writer = seededRepository();
    QVERIFY(writer);
    ChangeWatcher watcher;
    StorageError error;
    QVERIFY2(watcher.start(m_url, &error), qPrintable(error.message));
    QSignalSpy spy(&watcher, &ChangeWatcher::changed);
    QVERIFY(writer->saveFlag(makeFlag(u"w"_s, u"W"_s), 0, {}, &error));
    QVERIFY(spy.wait(3000));
}


namespace {

Persona makePersona(const QString &key, const QString &name)
{
    Persona persona;
    persona.key = key;
    persona.name = name;
    persona.userId = u"u-"_s + key;
    persona.attributes = {{u"country"_s, PersonaAttribute::Type::String, u"de"_s},
                          {u"age"_s, PersonaAttribute::Type::Number, u"31"_s},
                          {u"beta"_s, PersonaAttribute::Type::Boolean, u"true"_s}};
    persona.currentTime = QDateTime(QDate(2026, 12, 31), QTime(9, 0), Qt::UTC);
    return persona;
}

} // namespace

void TestRepository::personasStored()
{
    auto repository = seededRepository();
    QVERIFY(repository);
    StorageError error;
    // Two new personas in one write, read back exactly (types, moment, order).
    WorkspaceWrite create;
    const Persona anna = makePersona(u"anna"_s, u"Anna (DE)"_s);
    Persona bob = makePersona(u"bob"_s, u"Bob"_s);
    bob.currentTime.reset();
    bob.attributes = {{u"plan"_s, PersonaAttribute::Type::String, u"pro, team"_s}};
    create.objects.append({ObjectKind::Persona, anna.key, StoredObject(anna), 0});
    create.objects.append({ObjectKind::Persona, bob.key, StoredObject(bob), 0});
    QCOMPARE(repository->saveAll(create, u"two personas"_s, &error), std::optional<int>(2));
    {
        auto reader = openRepository();
        const Workspace stored = *reader->load(&error);
        QCOMPARE(stored.personas.size(), 2);
        Persona expected = anna;
        expected.version = 1;
        QCOMPARE(stored.personas.at(0), expected);
        QCOMPARE(stored.personas.at(1).attributes, bob.attributes);
        QVERIFY(!stored.personas.at(1).currentTime);
    }
    // An update checks the version; a stale one is a conflict naming the persona.
    Persona changed = *repository->load(&error)->persona(u"anna"_s);
    changed.attributes[0].value = u"fr"_s;
    WorkspaceWrite update;
    update.objects.append({ObjectKind::Persona, changed.key, StoredObject(changed), changed.version});
    QCOMPARE(repository->saveAll(update, {}, &error), std::optional<int>(1));
    QVERIFY(!repository->saveAll(update, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::Conflict);
    QCOMPARE(error.conflictKind, ObjectKind::Persona);
    QCOMPARE(error.conflictKey, u"anna"_s);
    // An invalid persona is refused with nothing written.
    Persona broken = makePersona(u"carl"_s, u"Carl"_s);
    broken.attributes.append({u"age"_s, PersonaAttribute::Type::Number, u"old"_s});
    WorkspaceWrite invalid;
    invalid.objects.append({ObjectKind::Persona, broken.key, StoredObject(broken), 0});
    QVERIFY(!repository->saveAll(invalid, {}, &error));
    QCOMPARE(error.kind, StorageError::Kind::Invalid);
    QVERIFY2(error.message.contains(u"carl"_s), qPrintable(error.message));
    QVERIFY(!repository->load(&error)->persona(u"carl"_s));

    // The history records each change in Pennon JSON, and says it in words.
    const auto history = repository->history(u"anna"_s, 0, &error);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).kind, ObjectKind::Persona);
    QCOMPARE(history->at(1).comment, u"two personas"_s);
    const QStringList words = ChangeText::describe(history->at(0));
    QCOMPARE(words, QStringList{u"Attribute country: de → fr"_s});
    QVERIFY2(ChangeText::describe(history->at(1)).constFirst().startsWith(u"New persona “Anna (DE)”: user id u-anna, country = de"_s),
             qPrintable(ChangeText::describe(history->at(1)).join(u'|')));

    // Reverting the update brings the old value back; a delete is recorded too.
    QVERIFY2(repository->revert(history->at(0).id, {}, &error), qPrintable(error.message));
    const Persona reverted = *repository->load(&error)->persona(u"anna"_s);
    QCOMPARE(reverted.attributes.at(0).value, u"de"_s);
    WorkspaceWrite removal;
    removal.objects.append({ObjectKind::Persona, u"bob"_s, std::nullopt, 1});
    QCOMPARE(repository->saveAll(removal, {}, &error), std::optional<int>(1));
    QVERIFY(!repository->load(&error)->persona(u"bob"_s));
    QCOMPARE(repository->history(u"bob"_s, 1, &error)->constFirst().versionAfter, 0);

    // A persona in a stored row that is not JSON fails the load with a message naming it.
    execRaw(u"UPDATE personas SET attributes = 'nonsense' WHERE key = 'anna'"_s);
    auto reader = openRepository();
    QVERIFY(!reader->load(&error));
    QVERIFY2(error.message.contains(u"anna"_s), qPrintable(error.message));
}

void TestRepository::migrationFromVersion2()
{
    {
        const QString name = SqlConnection::uniqueName();
        StorageError error;
        QVERIFY2(SqlConnection::open(m_url, name, &error), qPrintable(error.message));
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QVERIFY2(SqlSchema::ensure(db, &error, 2), qPrintable(error.message));
        QCOMPARE(SqlSchema::storedVersion(db, &error), 2);
        QVERIFY(!QSqlQuery(db).exec(u"SELECT key FROM personas"_s));
        QVERIFY(QSqlQuery(db).exec(u"INSERT INTO environments (key, name, position, protected, version)"
                                   " VALUES ('production', 'Production', 0, TRUE, 1)"_s));
        db = QSqlDatabase();
        SqlConnection::close(name);
    }
    auto repository = openRepository();
    QVERIFY(repository);
    StorageError error;
    const auto loaded = repository->load(&error);
    QVERIFY2(loaded, qPrintable(error.message));
    QCOMPARE(loaded->environments.size(), 1);
    QVERIFY(loaded->personas.isEmpty());
    WorkspaceWrite create;
    create.objects.append({ObjectKind::Persona, u"anna"_s, StoredObject(makePersona(u"anna"_s, u"Anna"_s)), 0});
    QVERIFY2(repository->saveAll(create, {}, &error), qPrintable(error.message));
    auto reader = openRepository();
    QCOMPARE(reader->load(&error)->personas.size(), 1);
}

void TestRepository::importKeepsOrReplacesPersonas()
{
    auto repository = seededRepository();
    QVERIFY(repository);
    StorageError error;
    WorkspaceWrite create;
    create.objects.append({ObjectKind::Persona, u"anna"_s, StoredObject(makePersona(u"anna"_s, u"Anna"_s)), 0});
    QVERIFY(repository->saveAll(create, {}, &error));
    // A file without personas (as flagd and Unleash files are) replaces the flags, not them.
    Workspace file;
    file.environments = Workspace::defaultEnvironments();
    file.flags.append(makeFlag(u"a"_s, u"A"_s));
    QVERIFY2(repository->importWorkspace(file, ImportMode::Replace, false, {}, &error), qPrintable(error.message));
    {
        auto reader = openRepository();
        const Workspace stored = *reader->load(&error);
        QCOMPARE(stored.flags.size(), 1);
        QCOMPARE(stored.personas.size(), 1);
    }
    // A file with personas replaces them too; a Pennon JSON round trip keeps them exactly.
    file.personas = {makePersona(u"bob"_s, u"Bob"_s)};
    const auto summary = repository->importWorkspace(file, ImportMode::Replace, false, {}, &error);
    QVERIFY2(summary, qPrintable(error.message));
    QVERIFY(summary->added.contains(u"persona bob"_s));
    QVERIFY(summary->removed.contains(u"persona anna"_s));
    auto reader = openRepository();
    const Workspace stored = *reader->load(&error);
    QCOMPARE(stored.personas.size(), 1);
    QCOMPARE(stored.personas.constFirst().key, u"bob"_s);
    Problems problems;
    const auto again = PennonJson::read(PennonJson::write(stored), &problems);
    QVERIFY(again);
    QCOMPARE(again->personas, stored.personas);
}

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
