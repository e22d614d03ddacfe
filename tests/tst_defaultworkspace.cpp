// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The per-user default workspace is created with the demo content on first use, once.

#include "ctlrunner.h"
#include "storage/defaultworkspace.h"
#include "storage/sqlrepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

class TestDefaultWorkspace final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstUseSeedsTheDemo();
    void otherWorkspacesStartEmpty();
    void openResolvedFollowsTheOrder();
    void pennonctlUsesTheDefault();

private:
    QTemporaryDir m_home;
};

void TestDefaultWorkspace::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The per-user data directory follows XDG_DATA_HOME on Linux.
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
    qunsetenv("PENNON_DB");
    QVERIFY(DatabaseUrl::defaultWorkspace().path.startsWith(m_home.path()));
}

void TestDefaultWorkspace::firstUseSeedsTheDemo()
{
    const DatabaseUrl url = DatabaseUrl::defaultWorkspace();
    StorageError error;
    qsizetype changes = 0;
    {
        auto repository = DefaultWorkspace::open(url, &error);
        QVERIFY2(repository, qPrintable(error.message));
        const auto workspace = repository->load(&error);
        QVERIFY(workspace.has_value());
        QCOMPARE(workspace->flags.size(), 12);
        QCOMPARE(workspace->environments.size(), 3);
        const auto history = repository->history(QString(), 0, &error);
        QVERIFY(history.has_value());
        QVERIFY(!history->isEmpty());
        QCOMPARE(history->first().comment, u"demo workspace"_s);
        changes = history->size();
        // What the user does with it is kept: the demo is not imported again on the next start.
        const Flag *darkMode = workspace->flag(u"dark-mode"_s);
        QVERIFY(darkMode);
        QVERIFY2(repository->deleteFlag(darkMode->key, darkMode->version, u"not needed"_s, &error),
                 qPrintable(error.message));
    }
    auto again = DefaultWorkspace::open(url, &error);
    QVERIFY(again);
    QCOMPARE(again->load(&error)->flags.size(), 11);
    QCOMPARE(again->history(QString(), 0, &error)->size(), changes + 1);
}

void TestDefaultWorkspace::otherWorkspacesStartEmpty()
{
    StorageError error;
    std::optional<DatabaseUrl> url = DatabaseUrl::parse(u"sqlite:"_s + m_home.filePath(u"team.sqlite"_s), &error.message);
    QVERIFY(url.has_value());
    auto repository = DefaultWorkspace::open(*url, &error);
    QVERIFY(repository);
    QCOMPARE(repository->load(&error)->flags.size(), 0);
}

/// The opening both front ends share: an explicit URL, else $PENNON_DB, else the default.
void TestDefaultWorkspace::openResolvedFollowsTheOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString explicitUrl = u"sqlite:"_s + dir.filePath(u"explicit.sqlite"_s);
    const QString environmentUrl = u"sqlite:"_s + dir.filePath(u"environment.sqlite"_s);
    qputenv("PENNON_DB", environmentUrl.toLocal8Bit());
    {
        StorageError error;
        QString name;
        const auto repository = DefaultWorkspace::openResolved(explicitUrl, &error, &name);
        QVERIFY2(repository, qPrintable(error.message));
        QCOMPARE(name, explicitUrl);
        QCOMPARE(repository->url().toDisplayString(), explicitUrl);
    }
    {
        StorageError error;
        QString name;
        const auto repository = DefaultWorkspace::openResolved(QString(), &error, &name);
        QVERIFY2(repository, qPrintable(error.message));
        QCOMPARE(name, environmentUrl);
        // Not the per-user default, so not seeded.
        const auto workspace = repository->load(&error);
        QVERIFY(workspace.has_value());
        QVERIFY(workspace->flags.isEmpty());
    }
    {
        // A malformed URL: Invalid, named after where it came from, and no display name.
        qputenv("PENNON_DB", "mysql://localhost/flags");
        StorageError error;
        QString name = u"stale"_s;
        const auto repository = DefaultWorkspace::openResolved(QString(), &error, &name);
        qunsetenv("PENNON_DB");
        QVERIFY(!repository);
        QVERIFY(error.kind == StorageError::Kind::Invalid);
        QVERIFY2(error.message.startsWith(u"PENNON_DB: "_s), qPrintable(error.message));
        QVERIFY(name.isEmpty());
    }
    {
        StorageError error;
        QString name;
        const auto repository = DefaultWorkspace::openResolved(QString(), &error, &name);
        QVERIFY2(repository, qPrintable(error.message));
        QCOMPARE(name, DatabaseUrl::defaultWorkspace().toDisplayString());
        const auto workspace = repository->load(&error);
        QVERIFY(workspace.has_value());
        QVERIFY(!workspace->flags.isEmpty()); // the demo, seeded by the first test
    }
}

void TestDefaultWorkspace::pennonctlUsesTheDefault()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toLocal8Bit()); // inherited by the child
    const CtlRun run = runPennonCtl({u"flag"_s, u"list"_s});
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"new-checkout"), qPrintable(run.out + run.err));
    QVERIFY(QFile::exists(home.filePath(u"data/Pennon/workspace.sqlite"_s)));
}

QTEST_GUILESS_MAIN(TestDefaultWorkspace)
#include "tst_defaultworkspace.moc"
