// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// WorkspaceSession: the open workspace on a database worked on a thread of its own. Against
// SQLite, or with PENNON_TEST_DATABASE=postgresql://..., against PostgreSQL. "Another session"
// is a repository of its own on the same database, as another window or pennonctl would be.

#include "flagmerge.h"
#include "workspacediff.h"
#include "workspacesession.h"

#include "storage/sqlconnection.h"
#include "testdatabase.h"
#include "storage/sqlrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Pennon;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<Pennon::Flag>)
Q_DECLARE_METATYPE(std::optional<Pennon::ImportSummary>)
Q_DECLARE_METATYPE(Pennon::StorageError)

namespace {

constexpr int Wait = 10000;   // ms: a signal that does not come within this is a failure

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

QStringList keysOf(const QSignalSpy &spy)
{
    QStringList keys;
    for (const QList<QVariant> &arguments : spy)
        keys.append(arguments.first().toString());
    return keys;
}

} // namespace

class TestWorkspaceSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void diff();
    void opensOnItsOwnThread();
    void openFailureIsReported();
    void foldsInOtherSessionsChanges();
    void savesAndReportsConflicts();
    void dirtyFlagReportsConflict();
    void importsThroughTheSession();
    void detachedWorkspaceRefusesWrites();
    void environmentFollowsTheWorkspace();
    void closesWhileBusy();
    void draftsUndoRedoAndSave();
    void newFlagAndDiscard();
    void draftsSavedTogether();
    void objectsSavedTogether();
    void deletesFlags();
    void resolvesConflicts();
    void manyFlagsEditedInOneStep();

private:
    std::unique_ptr<SqlRepository> otherSession();
    void openSession(WorkspaceSession *session);

    QTemporaryDir m_dir;
    DatabaseUrl m_url;
};

void TestWorkspaceSession::initTestCase()
{
    qRegisterMetaType<std::optional<Flag>>();
    qRegisterMetaType<std::optional<ImportSummary>>();
    qRegisterMetaType<StorageError>();
    QVERIFY(m_dir.isValid());
    QString error;
    const auto url = TestDatabase::url(m_dir, &error);
    QVERIFY2(url, qPrintable(error));
    m_url = *url;
    qInfo("testing against %s", qPrintable(m_url.toDisplayString()));
}

void TestWorkspaceSession::init()
{
    TestDatabase::reset(m_url);
    // Three flags in the default environments, written by "another session".
    auto other = otherSession();
    QVERIFY(other);
    StorageError error;
    for (const Environment &environment : Workspace::defaultEnvironments())
        QVERIFY2(other->saveEnvironment(environment, 0, {}, &error), qPrintable(error.message));
    for (const QString &key : {u"alpha"_s, u"beta"_s, u"gamma"_s})
        QVERIFY2(other->saveFlag(makeFlag(key, key.toUpper()), 0, {}, &error), qPrintable(error.message));
}

std::unique_ptr<SqlRepository> TestWorkspaceSession::otherSession()
{
    StorageError error;
    auto repository = SqlRepository::open(m_url, &error);
    if (!repository)
        qWarning("open: %s", qPrintable(error.message));
    return repository;
}

void TestWorkspaceSession::openSession(WorkspaceSession *session)
{
    QSignalSpy opened(session, &WorkspaceSession::opened);
    session->open(m_url);
    QVERIFY(opened.wait(Wait));
    QCOMPARE(session->state(), WorkspaceSession::State::Open);
}

void TestWorkspaceSession::diff()
{
    Workspace before;
    before.environments = Workspace::defaultEnvironments();
    before.flags = {makeFlag(u"a"_s, u"A"_s), makeFlag(u"b"_s, u"B"_s), makeFlag(u"c"_s, u"C"_s)};
    Workspace after = before;
    after.flags.removeAt(0);                       // a removed
    after.flags[0].name = u"Bee"_s;                // b changed
    after.flags.append(makeFlag(u"d"_s, u"D"_s));  // d added
    WorkspaceDiff d = WorkspaceDiff::between(before, after);
    QCOMPARE(d.removedFlags, QStringList{u"a"_s});
    QCOMPARE(d.changedFlags, QStringList{u"b"_s});
    QCOMPARE(d.addedFlags, QStringList{u"d"_s});
    QVERIFY(!d.flagOrderChanged);
    QVERIFY(!d.environmentsChanged);
    after.flags.swapItemsAt(0, 1);
    after.environments.removeLast();
    d = WorkspaceDiff::between(before, after);
    QVERIFY(d.flagOrderChanged);
    QVERIFY(d.environmentsChanged);
    QVERIFY(WorkspaceDiff::between(before, before).isEmpty());
    // A new version alone is a change: another session saved the flag.
    Workspace saved = before;
    saved.flags[2].version += 1;
    QCOMPARE(WorkspaceDiff::between(before, saved).changedFlags, QStringList{u"c"_s});
}

void TestWorkspaceSession::opensOnItsOwnThread()
{
    WorkspaceSession session;
    QSignalSpy reset(&session, &WorkspaceSession::workspaceReset);
    QSignalSpy busy(&session, &WorkspaceSession::busyChanged);
    QSignalSpy opened(&session, &WorkspaceSession::opened);
    // open() returns before the database is touched: the answer comes as a signal.
    session.open(m_url);
    QCOMPARE(session.state(), WorkspaceSession::State::Opening);
    QCOMPARE(session.pendingRequests(), 1);
    QCOMPARE(opened.size(), 0);
    QVERIFY(opened.wait(Wait));
    QCOMPARE(session.state(), WorkspaceSession::State::Open);
    QVERIFY(session.isWritable());
    QCOMPARE(session.pendingRequests(), 0);
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).first().toBool(), true);
    QCOMPARE(busy.at(1).first().toBool(), false);
    QVERIFY(reset.size() >= 1);
    QCOMPARE(session.workspace().flags.size(), 3);
    QCOMPARE(session.workspace().flags.at(1).name, u"BETA"_s);
    QCOMPARE(session.stamps().size(), 3);
    QCOMPARE(session.currentEnvironment(), Workspace::defaultEnvironments().first().key);
    QCOMPARE(session.sourceName(), m_url.toDisplayString());
}

void TestWorkspaceSession::openFailureIsReported()
{
    WorkspaceSession session;
    QSignalSpy failed(&session, &WorkspaceSession::openFailed);
    QSignalSpy errors(&session, &WorkspaceSession::errorOccurred);
    QString error;
    // A file cannot hold a folder with an SQLite file in it; a closed port holds no server.
    QFile plain(m_dir.filePath(u"plain-file"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const auto url = m_url.kind == DatabaseUrl::Kind::Postgresql
            ? DatabaseUrl::parse(u"postgresql://nobody@127.0.0.1:1/none"_s, &error)
            : DatabaseUrl::parse(u"sqlite:"_s + m_dir.filePath(u"plain-file/x.sqlite"_s), &error);
    QVERIFY2(url, qPrintable(error));
    session.open(*url);
    QVERIFY(failed.wait(Wait));
    QCOMPARE(session.state(), WorkspaceSession::State::Failed);
    QVERIFY(!session.isWritable());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(url->toDisplayString()),
             qPrintable(errors.first().first().toString()));
    QVERIFY(!failed.first().first().value<StorageError>().message.isEmpty());
}

void TestWorkspaceSession::foldsInOtherSessionsChanges()
{
    WorkspaceSession session;
    openSession(&session);
    QSignalSpy added(&session, &WorkspaceSession::flagAdded);
    QSignalSpy changed(&session, &WorkspaceSession::flagChanged);
    QSignalSpy removed(&session, &WorkspaceSession::flagRemoved);
    QSignalSpy reset(&session, &WorkspaceSession::workspaceReset);
    QSignalSpy stamps(&session, &WorkspaceSession::stampsChanged);

    auto other = otherSession();
    StorageError error;
    Flag beta = *other->flag(u"beta"_s, &error);
    beta.description = u"changed elsewhere"_s;
    QVERIFY(other->saveFlag(beta, beta.version, {}, &error));
    QVERIFY(other->deleteFlag(u"gamma"_s, -1, {}, &error));
    QVERIFY(other->saveFlag(makeFlag(u"delta"_s, u"DELTA"_s), 0, {}, &error));

    // The change watcher notices within about a second; the reload says what changed.
    QTRY_VERIFY_WITH_TIMEOUT(session.workspace().flag(u"delta"_s) && !session.workspace().flag(u"gamma"_s)
                                 && session.workspace().flag(u"beta"_s)->description == u"changed elsewhere"_s,
                             Wait);
    QCOMPARE(keysOf(added), QStringList{u"delta"_s});
    QCOMPARE(keysOf(removed), QStringList{u"gamma"_s});
    QCOMPARE(keysOf(changed), QStringList{u"beta"_s});
    QCOMPARE(reset.size(), 0);   // row by row, no reset
    QVERIFY(stamps.size() >= 1);
    QVERIFY(session.stamps().contains(u"delta"_s));
    QVERIFY(session.reloadCount() >= 1);
}

void TestWorkspaceSession::savesAndReportsConflicts()
{
    WorkspaceSession session;
    openSession(&session);
    QSignalSpy saved(&session, &WorkspaceSession::flagSaved);
    QSignalSpy failed(&session, &WorkspaceSession::saveFailed);
    QSignalSpy changed(&session, &WorkspaceSession::flagChanged);
    QSignalSpy errors(&session, &WorkspaceSession::errorOccurred);

    Flag alpha = *session.workspace().flag(u"alpha"_s);
    const qint64 started = alpha.version;
    alpha.description = u"saved by the session"_s;
    QElapsedTimer timer;
    timer.start();
    const int request = session.saveFlag(alpha, u"a comment"_s);
    QVERIFY(request > 0);
    QCOMPARE(session.pendingRequests(), 1);   // returned before the write
    QVERIFY(saved.wait(Wait));
    QCOMPARE(saved.first().at(0).toInt(), request);
    QCOMPARE(saved.first().at(1).toString(), u"alpha"_s);
    const qint64 version = saved.first().at(2).toLongLong();
    QVERIFY(version > started);
    QCOMPARE(session.workspace().flag(u"alpha"_s)->version, version);
    QCOMPARE(session.workspace().flag(u"alpha"_s)->description, u"saved by the session"_s);
    QCOMPARE(keysOf(changed), QStringList{u"alpha"_s});
    // The comment went into the history.
    auto other = otherSession();
    StorageError error;
    const auto history = other->history(u"alpha"_s, 1, &error);
    QVERIFY(history && !history->isEmpty());
    QCOMPARE(history->first().comment, u"a comment"_s);

    // Saving from the old version again: someone (this session) saved first.
    const int stale = session.saveFlag(alpha, {});
    QVERIFY(failed.wait(Wait));
    QCOMPARE(failed.first().at(0).toInt(), stale);
    QCOMPARE(failed.first().at(1).toString(), u"alpha"_s);
    QCOMPARE(failed.first().at(2).value<StorageError>().kind, StorageError::Kind::Conflict);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().startsWith(u"alpha was not saved"_s));
    QCOMPARE(session.workspace().flag(u"alpha"_s)->version, version);
}

void TestWorkspaceSession::dirtyFlagReportsConflict()
{
    WorkspaceSession session;
    openSession(&session);
    QSignalSpy conflicts(&session, &WorkspaceSession::conflict);
    session.setFlagDirty(u"beta"_s, true);
    QVERIFY(session.isFlagDirty(u"beta"_s));

    auto other = otherSession();
    StorageError error;
    Flag beta = *other->flag(u"beta"_s, &error);
    beta.name = u"Theirs"_s;
    QVERIFY(other->saveFlag(beta, beta.version, {}, &error));
    QVERIFY(other->deleteFlag(u"alpha"_s, -1, {}, &error));   // not being edited: no conflict
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.size(), 1, Wait);
    QCOMPARE(conflicts.first().at(0).toString(), u"beta"_s);
    const auto theirs = conflicts.first().at(1).value<std::optional<Flag>>();
    QVERIFY(theirs);
    QCOMPARE(theirs->name, u"Theirs"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!session.workspace().flag(u"alpha"_s), Wait);
    QCOMPARE(conflicts.size(), 1);
}

void TestWorkspaceSession::importsThroughTheSession()
{
    WorkspaceSession session;
    openSession(&session);
    QSignalSpy finished(&session, &WorkspaceSession::importFinished);
    QSignalSpy added(&session, &WorkspaceSession::flagAdded);
    Workspace file;
    file.environments = Workspace::defaultEnvironments();
    file.flags = {makeFlag(u"imported"_s, u"Imported"_s)};

    const int dryRun = session.importWorkspace(file, ImportMode::Merge, true, {});
    QVERIFY(finished.wait(Wait));
    QCOMPARE(finished.first().at(0).toInt(), dryRun);
    auto summary = finished.first().at(1).value<std::optional<ImportSummary>>();
    QVERIFY(summary);
    QCOMPARE(summary->added, QStringList{u"flag imported"_s});
    QVERIFY(!session.workspace().flag(u"imported"_s));

    finished.clear();
    session.importWorkspace(file, ImportMode::Merge, false, u"from a file"_s);
    QVERIFY(finished.wait(Wait));
    summary = finished.first().at(1).value<std::optional<ImportSummary>>();
    QVERIFY(summary);
    QVERIFY(session.workspace().flag(u"imported"_s));
    QCOMPARE(keysOf(added).first(), u"imported"_s);

    // An invalid workspace: nothing written, the problems come back.
    finished.clear();
    Workspace bad = file;
    bad.flags.first().environments[u"production"_s].offVariation = u"nope"_s;
    session.importWorkspace(bad, ImportMode::Merge, false, {});
    QVERIFY(finished.wait(Wait));
    QVERIFY(!finished.first().at(1).value<std::optional<ImportSummary>>());
    const StorageError error = finished.first().at(2).value<StorageError>();
    QCOMPARE(error.kind, StorageError::Kind::Invalid);
    QVERIFY(!error.problems.isEmpty());
}

void TestWorkspaceSession::detachedWorkspaceRefusesWrites()
{
    WorkspaceSession session;
    Workspace demo;
    demo.environments = Workspace::defaultEnvironments();
    demo.flags = {makeFlag(u"demo"_s, u"Demo"_s)};
    QSignalSpy errors(&session, &WorkspaceSession::errorOccurred);
    session.openDetached(demo, u"demo workspace"_s);
    QCOMPARE(session.state(), WorkspaceSession::State::Open);
    QVERIFY(!session.isWritable());
    QCOMPARE(session.workspace().flags.size(), 1);
    QCOMPARE(session.saveFlag(demo.flags.first(), {}), -1);
    QCOMPARE(session.importWorkspace(demo, ImportMode::Merge, true, {}), -1);
    QCOMPARE(session.reload(), -1);
    QCOMPARE(errors.size(), 3);
    QVERIFY(errors.first().first().toString().contains(u"read-only"_s));
}

void TestWorkspaceSession::environmentFollowsTheWorkspace()
{
    WorkspaceSession session;
    openSession(&session);
    QSignalSpy current(&session, &WorkspaceSession::currentEnvironmentChanged);
    session.setCurrentEnvironment(u"no-such-environment"_s);
    QCOMPARE(current.size(), 0);
    session.setCurrentEnvironment(u"production"_s);
    QCOMPARE(session.currentEnvironment(), u"production"_s);
    QCOMPARE(current.size(), 1);
    // Closing empties the workspace; the environment goes with it.
    QSignalSpy reset(&session, &WorkspaceSession::workspaceReset);
    session.close();
    QCOMPARE(session.state(), WorkspaceSession::State::Closed);
    QVERIFY(session.workspace().flags.isEmpty());
    QCOMPARE(session.currentEnvironment(), QString());
    QCOMPARE(reset.size(), 1);
}

void TestWorkspaceSession::closesWhileBusy()
{
    // Closing (and destroying) a session with work in flight drops the answers, and closes
    // the database on its own thread.
    auto session = std::make_unique<WorkspaceSession>();
    QSignalSpy saved(session.get(), &WorkspaceSession::flagSaved);
    session->open(m_url);
    session->close();
    QCOMPARE(session->state(), WorkspaceSession::State::Closed);
    openSession(session.get());
    Flag alpha = *session->workspace().flag(u"alpha"_s);
    alpha.description = u"in flight"_s;
    session->saveFlag(alpha, {});
    session.reset();
    // The write itself happened or not, but nothing was left half-done or crashed.
    auto other = otherSession();
    QVERIFY(other);
    StorageError error;
    QVERIFY(other->load(&error));
}

void TestWorkspaceSession::draftsUndoRedoAndSave()
{
    WorkspaceSession session;
    openSession(&session);
    QUndoStack *stack = session.undoStack();
    QSignalSpy drafts(&session, &WorkspaceSession::draftChanged);
    const Flag stored = *session.workspace().flag(u"alpha"_s);

    // Typing a name: three edits of one field, one step.
    Flag edited = stored;
    for (const QString &name : {u"A"_s, u"Al"_s, u"Alpha v2"_s}) {
        edited.name = name;
        QVERIFY(session.editFlag(edited, u"Rename alpha"_s, u"name"_s));
    }
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), u"Rename alpha"_s);
    QVERIFY(session.hasDraft(u"alpha"_s));
    QVERIFY(session.isFlagDirty(u"alpha"_s));
    QCOMPARE(session.drafts(), QStringList{u"alpha"_s});
    QCOMPARE(session.editedFlag(u"alpha"_s)->name, u"Alpha v2"_s);
    QCOMPARE(session.workspace().flag(u"alpha"_s)->name, u"ALPHA"_s);   // stored: unchanged
    // Another field is another step.
    edited.description = u"new description"_s;
    session.editFlag(edited, u"Describe alpha"_s, u"description"_s);
    QCOMPARE(stack->count(), 2);

    // Undo both: no draft left (back to the stored state); redo both.
    stack->undo();
    stack->undo();
    QVERIFY(!session.hasDraft(u"alpha"_s));
    QCOMPARE(session.editedFlag(u"alpha"_s)->name, u"ALPHA"_s);
    stack->redo();
    stack->redo();
    QCOMPARE(session.editedFlag(u"alpha"_s)->description, u"new description"_s);
    QVERIFY(drafts.size() >= 4);

    // Save: the draft is stored and gone.
    QSignalSpy saved(&session, &WorkspaceSession::flagSaved);
    QVERIFY(session.saveDraft(u"alpha"_s, u"renamed"_s) > 0);
    QVERIFY(saved.wait(Wait));
    QVERIFY(!session.hasDraft(u"alpha"_s));
    QCOMPARE(session.workspace().flag(u"alpha"_s)->name, u"Alpha v2"_s);
    const qint64 savedVersion = session.workspace().flag(u"alpha"_s)->version;

    // Undo across the save: a draft of the state before, based on the saved version, which
    // saves without a conflict.
    stack->undo();
    QVERIFY(session.hasDraft(u"alpha"_s));
    QCOMPARE(session.editedFlag(u"alpha"_s)->description, QString());
    QCOMPARE(session.editedFlag(u"alpha"_s)->version, savedVersion);
    saved.clear();
    QVERIFY(session.saveDraft(u"alpha"_s, {}) > 0);
    QVERIFY(saved.wait(Wait));
    QCOMPARE(session.workspace().flag(u"alpha"_s)->description, QString());
    QCOMPARE(session.workspace().flag(u"alpha"_s)->name, u"Alpha v2"_s);

    // A draft of a flag another session then saves: a conflict, the draft kept.
    QSignalSpy conflicts(&session, &WorkspaceSession::conflict);
    Flag mine = *session.editedFlag(u"beta"_s);
    mine.owner = u"me"_s;
    session.editFlag(mine, u"Own beta"_s);
    auto other = otherSession();
    StorageError error;
    Flag theirs = *other->flag(u"beta"_s, &error);
    theirs.owner = u"them"_s;
    QVERIFY(other->saveFlag(theirs, theirs.version, {}, &error));
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.size(), 1, Wait);
    QCOMPARE(conflicts.first().first().toString(), u"beta"_s);
    QCOMPARE(session.editedFlag(u"beta"_s)->owner, u"me"_s);
    // Saving it now is refused as a conflict: never a silent overwrite.
    QSignalSpy failed(&session, &WorkspaceSession::saveFailed);
    session.saveDraft(u"beta"_s, {});
    QVERIFY(failed.wait(Wait));
    QCOMPARE(failed.first().at(2).value<StorageError>().kind, StorageError::Kind::Conflict);
    QVERIFY(session.hasDraft(u"beta"_s));
}

void TestWorkspaceSession::draftsSavedTogether()
{
    WorkspaceSession session;
    openSession(&session);
    for (const QString &key : {u"alpha"_s, u"beta"_s, u"gamma"_s}) {
        Flag flag = *session.editedFlag(key);
        flag.owner = u"team"_s;
        QVERIFY(session.editFlag(flag, u"Own "_s + key));
    }
    QCOMPARE(session.drafts().size(), 3);

    // A colleague changes gamma first: the save of all three writes none of them.
    {
        auto other = otherSession();
        StorageError error;
        Flag theirs = *other->flag(u"gamma"_s, &error);
        theirs.name = u"Theirs"_s;
        QVERIFY(other->saveFlag(theirs, theirs.version, {}, &error));
    }
    QSignalSpy saved(&session, &WorkspaceSession::flagSaved);
    QSignalSpy failed(&session, &WorkspaceSession::saveFailed);
    QVERIFY(session.saveDrafts(session.drafts(), u"owners"_s) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Wait);
    QCOMPARE(failed.first().at(1).toString(), u"gamma"_s);
    QCOMPARE(failed.first().at(2).value<StorageError>().kind, StorageError::Kind::Conflict);
    QCOMPARE(saved.size(), 0);
    QCOMPARE(session.drafts().size(), 3);
    {
        auto reader = otherSession();
        StorageError error;
        QCOMPARE(reader->flag(u"alpha"_s, &error)->owner, QString());
    }

    // Without gamma the other two go, together.
    failed.clear();
    QVERIFY(session.saveDrafts({u"alpha"_s, u"beta"_s}, u"owners"_s) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, Wait);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(session.drafts(), QStringList{u"gamma"_s});
    QCOMPARE(session.workspace().flag(u"alpha"_s)->owner, u"team"_s);
    auto reader = otherSession();
    StorageError error;
    const auto history = reader->history({}, 2, &error);
    QVERIFY(history && history->size() == 2);
    QCOMPARE(history->at(0).time, history->at(1).time);
    QCOMPARE(history->at(0).comment, u"owners"_s);
    // A key without a draft is refused at once.
    QCOMPARE(session.saveDrafts({u"alpha"_s}, {}), -1);
}

void TestWorkspaceSession::objectsSavedTogether()
{
    WorkspaceSession session;
    openSession(&session);
    QSignalSpy environments(&session, &WorkspaceSession::environmentsChanged);
    QSignalSpy saved(&session, &WorkspaceSession::objectsSaved);
    QSignalSpy failed(&session, &WorkspaceSession::objectsSaveFailed);
    WorkspaceWrite write;
    Environment qa{u"qa"_s, u"QA"_s, false, 0};
    write.objects.append({ObjectKind::Environment, qa.key, StoredObject(qa), 0});
    QStringList order{u"qa"_s};
    for (const Environment &environment : session.workspace().environments)
        order.append(environment.key);
    write.environmentOrder = order;
    QVERIFY(session.saveObjects(write, {}) > 0);
    QVERIFY(saved.wait(Wait));
    QCOMPARE(saved.first().at(1).toInt(), 1);
    QVERIFY(environments.size() >= 1);
    QCOMPARE(session.workspace().environments.constFirst().key, u"qa"_s);
    // Again: qa exists now, so expecting it new is a conflict, reported.
    QVERIFY(session.saveObjects(write, {}) > 0);
    QVERIFY(failed.wait(Wait));
    QCOMPARE(failed.first().at(1).value<StorageError>().kind, StorageError::Kind::Conflict);
}

void TestWorkspaceSession::newFlagAndDiscard()
{
    WorkspaceSession session;
    openSession(&session);
    QUndoStack *stack = session.undoStack();
    Flag created = makeFlag(u"created"_s, u"Created"_s);
    QVERIFY(session.editFlag(created, u"New flag created"_s));
    QVERIFY(session.hasDraft(u"created"_s));
    QVERIFY(!session.workspace().flag(u"created"_s));
    stack->undo();
    QVERIFY(!session.editedFlag(u"created"_s));
    stack->redo();
    QSignalSpy saved(&session, &WorkspaceSession::flagSaved);
    QSignalSpy added(&session, &WorkspaceSession::flagAdded);
    session.saveDraft(u"created"_s, {});
    QVERIFY(saved.wait(Wait));
    QCOMPARE(keysOf(added), QStringList{u"created"_s});
    QVERIFY(!session.hasDraft(u"created"_s));
    QVERIFY(session.workspace().flag(u"created"_s));

    // Discard is a step too.
    Flag gamma = *session.editedFlag(u"gamma"_s);
    gamma.tags = {u"x"_s};
    session.editFlag(gamma, u"Tag gamma"_s);
    QVERIFY(session.hasDraft(u"gamma"_s));
    session.discardDraft(u"gamma"_s);
    QVERIFY(!session.hasDraft(u"gamma"_s));
    QCOMPARE(stack->undoText(), u"Discard changes to gamma"_s);
    stack->undo();
    QCOMPARE(session.editedFlag(u"gamma"_s)->tags, QStringList{u"x"_s});
    QCOMPARE(session.saveDraft(u"alpha"_s, {}), -1);   // no draft: nothing to save

    // A workspace without a database takes no edits.
    WorkspaceSession detached;
    QSignalSpy errors(&detached, &WorkspaceSession::errorOccurred);
    detached.openDetached({}, u"demo"_s);
    QVERIFY(!detached.editFlag(created, u"New flag created"_s));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(detached.undoStack()->count(), 0);
}

void TestWorkspaceSession::deletesFlags()
{
    WorkspaceSession session;
    openSession(&session);
    QSignalSpy deleted(&session, &WorkspaceSession::flagDeleted);
    QSignalSpy failed(&session, &WorkspaceSession::deleteFailed);
    QSignalSpy removed(&session, &WorkspaceSession::flagRemoved);
    QVERIFY(session.deleteFlag(u"alpha"_s, u"gone"_s) > 0);
    QVERIFY(deleted.wait(Wait));
    QCOMPARE(keysOf(removed), QStringList{u"alpha"_s});
    QVERIFY(!session.workspace().flag(u"alpha"_s));
    auto other = otherSession();
    StorageError error;
    QVERIFY(!other->flag(u"alpha"_s, &error));

    // Someone saved beta since the session read it: refused as a conflict.
    Flag beta = *other->flag(u"beta"_s, &error);
    beta.name = u"moved on"_s;
    QVERIFY(other->saveFlag(beta, beta.version, {}, &error));
    session.deleteFlag(u"beta"_s, {});
    QVERIFY(failed.wait(Wait));
    QCOMPARE(failed.first().at(2).value<StorageError>().kind, StorageError::Kind::Conflict);
    QVERIFY(other->flag(u"beta"_s, &error));

    // A flag never saved: its draft goes, and Edit ▸ Undo brings it back.
    session.editFlag(makeFlag(u"fresh"_s, u"Fresh"_s), u"New flag fresh"_s);
    deleted.clear();
    session.deleteFlag(u"fresh"_s, {});
    QCOMPARE(deleted.size(), 1);
    QVERIFY(!session.editedFlag(u"fresh"_s));
    session.undoStack()->undo();
    QVERIFY(session.hasDraft(u"fresh"_s));
    QCOMPARE(session.deleteFlag(u"nowhere"_s, {}), -1);
}

void TestWorkspaceSession::resolvesConflicts()
{
    WorkspaceSession session;
    openSession(&session);
    auto other = otherSession();
    StorageError error;
    QSignalSpy failed(&session, &WorkspaceSession::saveFailed);
    QSignalSpy saved(&session, &WorkspaceSession::flagSaved);
    const auto theirSave = [&](const QString &key, const std::function<void(Flag &)> &change) {
        Flag theirs = *other->flag(key, &error);
        change(theirs);
        QVERIFY(other->saveFlag(theirs, theirs.version, {}, &error));
        // The session learns of it (the change watcher), as a window would.
        QTRY_VERIFY_WITH_TIMEOUT(*session.workspace().flag(key) == theirs
                                     || session.workspace().flag(key)->version == theirs.version + 1, Wait);
    };

    // Mine: alpha's description. Theirs, saved first: its owner. An edit after theirs arrived
    // still expects the version mine started from: the save is a conflict, not an overwrite.
    Flag mine = *session.editedFlag(u"alpha"_s);
    mine.description = u"mine"_s;
    session.editFlag(mine, u"Describe alpha"_s, u"description"_s);
    theirSave(u"alpha"_s, [](Flag &f) { f.owner = u"them"_s; });
    mine.tags = {u"also-mine"_s};
    session.editFlag(mine, u"Tag alpha"_s, u"tags"_s);
    session.saveDraft(u"alpha"_s, {});
    QVERIFY(failed.wait(Wait));
    QCOMPARE(failed.first().at(2).value<StorageError>().kind, StorageError::Kind::Conflict);
    QCOMPARE(other->flag(u"alpha"_s, &error)->description, QString());

    // Different parts: mine goes on theirs, one step, and saves.
    QCOMPARE(session.draftBase(u"alpha"_s)->owner, QString());
    QVERIFY(session.reapplyDraft(u"alpha"_s));
    QCOMPARE(session.undoStack()->undoText(), u"Re-apply my changes to alpha on theirs"_s);
    QCOMPARE(session.editedFlag(u"alpha"_s)->owner, u"them"_s);
    QCOMPARE(session.editedFlag(u"alpha"_s)->description, u"mine"_s);
    session.saveDraft(u"alpha"_s, {});
    QVERIFY(saved.wait(Wait));
    const Flag both = *other->flag(u"alpha"_s, &error);
    QCOMPARE(both.owner, u"them"_s);
    QCOMPARE(both.description, u"mine"_s);
    QCOMPARE(both.tags, QStringList{u"also-mine"_s});

    // The same part: no merge; mine saved as a copy instead, theirs kept.
    Flag name = *session.editedFlag(u"beta"_s);
    name.name = u"Mine"_s;
    session.editFlag(name, u"Rename beta"_s);
    theirSave(u"beta"_s, [](Flag &f) { f.name = u"Theirs"_s; });
    QStringList conflicts;
    QVERIFY(!session.reapplyDraft(u"beta"_s, &conflicts));
    QCOMPARE(conflicts, QStringList{u"name"_s});
    const QString copy = session.saveDraftAsCopy(u"beta"_s);
    QCOMPARE(copy, u"beta-copy"_s);
    QVERIFY(!session.hasDraft(u"beta"_s));
    QCOMPARE(session.editedFlag(u"beta"_s)->name, u"Theirs"_s);
    QCOMPARE(session.editedFlag(copy)->name, u"Mine"_s);
    saved.clear();
    session.saveDraft(copy, {});
    QVERIFY(saved.wait(Wait));
    QVERIFY(other->flag(copy, &error));

    // The merge itself, part by part.
    Flag base = makeFlag(u"m"_s, u"M"_s);
    Flag a = base;
    a.environments[u"production"_s].on = true;
    Flag b = base;
    b.environments[u"staging"_s].on = true;
    b.version = 9;
    const std::optional<Flag> merged = FlagMerge::threeWay(base, a, b);
    QVERIFY(merged);
    QVERIFY(merged->environments[u"production"_s].on && merged->environments[u"staging"_s].on);
    QCOMPARE(merged->version, 9);
    b.environments[u"production"_s].offVariation = u"on"_s;
    QVERIFY(!FlagMerge::threeWay(base, a, b, &conflicts));
    QCOMPARE(conflicts, QStringList{u"environment production"_s});
}

void TestWorkspaceSession::manyFlagsEditedInOneStep()
{
    WorkspaceSession session;
    openSession(&session);
    QUndoStack *stack = session.undoStack();
    QSignalSpy one(&session, &WorkspaceSession::draftChanged);
    QSignalSpy many(&session, &WorkspaceSession::draftsChanged);
    // Each flag announced once while isChangingManyDrafts(), then all of them together.
    bool alwaysMany = true;
    connect(&session, &WorkspaceSession::draftChanged, this, [&] { alwaysMany = alwaysMany && session.isChangingManyDrafts(); });

    // alpha and beta tagged, gamma given as it is (left out); a new flag too.
    QList<Flag> after;
    for (const QString &key : {u"alpha"_s, u"beta"_s}) {
        Flag flag = *session.editedFlag(key);
        flag.tags.append(u"bulk"_s);
        after.append(flag);
    }
    after.append(*session.editedFlag(u"gamma"_s));
    after.append(makeFlag(u"delta"_s, u"DELTA"_s));
    QVERIFY(session.editFlags(after, u"Tag many"_s));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), u"Tag many"_s);
    QCOMPARE(session.drafts(), (QStringList{u"alpha"_s, u"beta"_s, u"delta"_s}));
    QCOMPARE(keysOf(one), (QStringList{u"alpha"_s, u"beta"_s, u"delta"_s}));
    QVERIFY(alwaysMany);
    QVERIFY(!session.isChangingManyDrafts());
    QCOMPARE(many.size(), 1);
    QCOMPARE(many.first().first().toStringList(), (QStringList{u"alpha"_s, u"beta"_s, u"delta"_s}));
    QVERIFY(session.hasDrafts());

    // One undo takes all back (the new flag is gone), one redo brings them again.
    stack->undo();
    QVERIFY(!session.hasDrafts());
    QVERIFY(!session.editedFlag(u"delta"_s));
    QCOMPARE(session.editedFlag(u"alpha"_s)->tags, QStringList());
    QCOMPARE(many.size(), 2);
    stack->redo();
    QCOMPARE(session.drafts().size(), 3);
    QCOMPARE(session.editedFlag(u"beta"_s)->tags, QStringList{u"bulk"_s});

    // Nothing to change: no step.
    QVERIFY(session.editFlags({*session.editedFlag(u"gamma"_s)}, u"Nothing"_s));
    QCOMPARE(stack->count(), 1);

    // A read-only workspace refuses, saying so.
    WorkspaceSession detached;
    detached.openDetached(session.workspace(), u"demo"_s);
    QSignalSpy errors(&detached, &WorkspaceSession::errorOccurred);
    QVERIFY(!detached.editFlags(after, u"Tag many"_s));
    QCOMPARE(errors.size(), 1);
}

QTEST_GUILESS_MAIN(TestWorkspaceSession)
#include "tst_workspacesession.moc"
