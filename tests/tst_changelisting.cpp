// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The history's light listing (WorkspaceRepository::changes): newest first, in pages, without
// the states unless asked, filtered by the database; one change by id, with its states. Run against
// SQLite and, with PENNON_TEST_DATABASE, against PostgreSQL.

#include "storage/sqlrepository.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Pennon;
using namespace Qt::StringLiterals;

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

QList<qint64> ids(const QList<Change> &changes)
{
    QList<qint64> result;
    for (const Change &change : changes)
        result.append(change.id);
    return result;
}

} // namespace

class TestChangeListing final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void pagesNewestFirstWithoutStates();
    void filteredByTheDatabase();
    void oneChangeWithItsStates();

private:
    /// The default environments (3 changes), then flags alpha, beta, a_b (3 more), then alpha
    /// renamed (1) and beta deleted (1): 8 changes.
    std::unique_ptr<SqlRepository> seeded();

    QTemporaryDir m_dir;
    DatabaseUrl m_url;
};

void TestChangeListing::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const auto url = TestDatabase::url(m_dir, &error);
    QVERIFY2(url, qPrintable(error));
    m_url = *url;
    qInfo("testing against %s", qPrintable(m_url.toDisplayString()));
}

void TestChangeListing::init()
{
    TestDatabase::reset(m_url);
}

std::unique_ptr<SqlRepository> TestChangeListing::seeded()
{
    StorageError error;
    auto repository = SqlRepository::open(m_url, &error);
    if (!repository) {
        qWarning("open: %s", qPrintable(error.message));
        return nullptr;
    }
    bool ok = true;
    for (const Environment &environment : Workspace::defaultEnvironments())
        ok = ok && repository->saveEnvironment(environment, 0, {}, &error);
    for (const QString &key : {u"alpha"_s, u"beta"_s, u"a_b"_s})
        ok = ok && repository->saveFlag(makeFlag(key, key), 0, u"created "_s + key, &error);
    ok = ok && repository->saveFlag(makeFlag(u"alpha"_s, u"Alpha"_s), 1, u"renamed"_s, &error);
    ok = ok && repository->deleteFlag(u"beta"_s, 1, {}, &error);
    if (!ok) {
        qWarning("seed: %s", qPrintable(error.message));
        return nullptr;
    }
    return repository;
}

void TestChangeListing::pagesNewestFirstWithoutStates()
{
    auto repository = seeded();
    QVERIFY(repository);
    StorageError error;
    const auto all = repository->changes({}, &error);
    QVERIFY2(all, qPrintable(error.message));
    QCOMPARE(all->size(), 8);
    for (qsizetype i = 1; i < all->size(); ++i)
        QVERIFY(all->at(i - 1).id > all->at(i).id);
    // The light listing: no states, but what tells created, changed and deleted apart.
    for (const Change &change : *all) {
        QVERIFY(change.before.isEmpty());
        QVERIFY(change.after.isEmpty());
        QVERIFY(change.time.isValid());
        QCOMPARE(change.actor, repository->actor());
    }
    const Change &deleted = all->at(0);
    QCOMPARE(deleted.key, u"beta"_s);
    QCOMPARE(deleted.versionBefore, 1);
    QCOMPARE(deleted.versionAfter, 0);
    QCOMPARE(all->at(1).comment, u"renamed"_s);
    QCOMPARE(all->at(1).versionAfter, 2);
    QCOMPARE(all->last().kind, ObjectKind::Environment);

    // Pages of 3: the same changes in the same order.
    QList<Change> paged;
    ChangeQuery page;
    page.limit = 3;
    for (int n = 0; n < 5; ++n) {
        const auto next = repository->changes(page, &error);
        QVERIFY2(next, qPrintable(error.message));
        paged.append(*next);
        if (next->size() < page.limit)
            break;
        page.olderThan = next->last().id;
    }
    QCOMPARE(ids(paged), ids(*all));

    // With the states, as the per-flag history asks.
    ChangeQuery withStates;
    withStates.withStates = true;
    withStates.limit = 2;
    const auto states = repository->changes(withStates, &error);
    QVERIFY(states);
    QVERIFY(!states->at(0).before.isEmpty() && states->at(0).after.isEmpty());
    QVERIFY(!states->at(1).before.isEmpty() && !states->at(1).after.isEmpty());

    // What came since the newest listed.
    ChangeQuery since;
    since.newerThan = all->at(0).id;
    QCOMPARE(repository->changes(since, &error)->size(), 0);
    QVERIFY(repository->saveFlag(makeFlag(u"gamma"_s, u"Gamma"_s), 0, {}, &error));
    const auto newer = repository->changes(since, &error);
    QCOMPARE(newer->size(), 1);
    QCOMPARE(newer->first().key, u"gamma"_s);
}

void TestChangeListing::filteredByTheDatabase()
{
    auto repository = seeded();
    QVERIFY(repository);
    // Two other people, and times spread over days (set in the table, as an old history is).
    QVERIFY(TestDatabase::execRaw(m_url, u"UPDATE changes SET actor = 'Alice Admin' WHERE object_key = 'alpha'"_s));
    QVERIFY(TestDatabase::execRaw(m_url, u"UPDATE changes SET actor = 'bob' WHERE object_key = 'a_b'"_s));
    QVERIFY(TestDatabase::execRaw(m_url, u"UPDATE changes SET time = '2025-01-10T12:00:00.000Z' WHERE object_kind = 'environment'"_s));
    QVERIFY(TestDatabase::execRaw(m_url, u"UPDATE changes SET time = '2025-02-10T12:00:00.000Z' WHERE object_kind = 'flag'"_s));
    StorageError error;
    const auto keys = [&](const ChangeQuery &query) {
        QStringList result;
        const auto changes = repository->changes(query, &error);
        if (!changes)
            qWarning("%s", qPrintable(error.message));
        for (const Change &change : changes.value_or(QList<Change>()))
            result.append(change.key);
        return result;
    };
    ChangeQuery query;
    query.kind = ObjectKind::Environment;
    QCOMPARE(keys(query), (QStringList{u"production"_s, u"staging"_s, u"development"_s}));

    // Key text: anywhere in the key, any case; LIKE's wildcards taken as they are.
    query = {};
    query.key = u"ALP"_s;
    QCOMPARE(keys(query), (QStringList{u"alpha"_s, u"alpha"_s}));
    query.key = u"_"_s;
    QCOMPARE(keys(query), QStringList{u"a_b"_s});
    query.key = u"%"_s;
    QCOMPARE(keys(query), QStringList());
    query.key = u"a"_s;
    query.exactKey = true;
    QCOMPARE(keys(query), QStringList());
    query.key = u"beta"_s;
    query.kind = ObjectKind::Flag;
    QCOMPARE(keys(query), (QStringList{u"beta"_s, u"beta"_s}));
    query.kind = ObjectKind::Segment;
    QCOMPARE(keys(query), QStringList());

    // The actor: any part, any case.
    query = {};
    query.actor = u"alice"_s;
    QCOMPARE(keys(query), (QStringList{u"alpha"_s, u"alpha"_s}));
    query.actor = u"BOB"_s;
    query.kind = ObjectKind::Flag;
    QCOMPARE(keys(query), QStringList{u"a_b"_s});

    // The time range: from (inclusive) until (exclusive), in any time zone.
    query = {};
    query.from = QDateTime(QDate(2025, 2, 10), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(keys(query).size(), 5);
    query.from = QDateTime(QDate(2025, 2, 10), QTime(13, 0), QTimeZone(3600));   // 12:00 UTC
    QCOMPARE(keys(query).size(), 5);
    query.from = {};
    query.until = QDateTime(QDate(2025, 2, 10), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(keys(query), (QStringList{u"production"_s, u"staging"_s, u"development"_s}));
    query.from = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
    query.until = QDateTime(QDate(2025, 1, 2), QTime(0, 0), QTimeZone::utc());
    QCOMPARE(keys(query), QStringList());

    // Filters and pages together.
    query = {};
    query.kind = ObjectKind::Flag;
    query.limit = 2;
    const auto first = repository->changes(query, &error);
    QCOMPARE(first->size(), 2);
    query.olderThan = first->last().id;
    query.limit = 0;
    QCOMPARE(keys(query), (QStringList{u"a_b"_s, u"beta"_s, u"alpha"_s}));
}

void TestChangeListing::oneChangeWithItsStates()
{
    auto repository = seeded();
    QVERIFY(repository);
    StorageError error;
    ChangeQuery renamed;
    renamed.key = u"alpha"_s;
    renamed.exactKey = true;
    renamed.limit = 1;
    const qint64 id = repository->changes(renamed, &error)->constFirst().id;
    const auto change = repository->change(id, &error);
    QVERIFY2(change, qPrintable(error.message));
    QCOMPARE(change->id, id);
    QCOMPARE(change->comment, u"renamed"_s);
    QVERIFY(change->before.contains("\"alpha\""));
    QVERIFY(change->after.contains("\"Alpha\""));
    QVERIFY(!repository->change(99999, &error));
    QCOMPARE(error.kind, StorageError::Kind::NotFound);

}

QTEST_GUILESS_MAIN(TestChangeListing)
#include "tst_changelisting.moc"
