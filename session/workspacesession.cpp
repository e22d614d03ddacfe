// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "workspacesession.h"

#include "workspacediff.h"

#include "storage/changewatcher.h"
#include "storage/defaultworkspace.h"
#include "storage/sqlrepository.h"

#include <QThread>
#include <QUndoStack>

namespace Pennon {

using namespace Qt::StringLiterals;

/// The database side, created, used and destroyed on the session's thread only.
struct WorkspaceSession::Database {
    std::unique_ptr<SqlRepository> repository;
    std::unique_ptr<ChangeWatcher> watcher;
};

namespace {

/// The workspace and its stamps as the database has them now.
struct Snapshot {
    std::optional<Workspace> workspace;
    QHash<QString, ChangeStamp> stamps;
    StorageError error;
};

Snapshot snapshot(WorkspaceRepository &repository)
{
    Snapshot s;
    s.workspace = repository.load(&s.error);
    if (s.workspace) {
        if (auto stamps = repository.flagStamps(&s.error))
            s.stamps = *stamps;
        else
            s.workspace.reset();
    }
    return s;
}

} // namespace

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_thread(new QThread(this))
    , m_threadContext(new QObject)
{
    m_thread->setObjectName(u"pennon-database"_s);
    m_threadContext->moveToThread(m_thread);
    m_thread->start();
}

WorkspaceSession::~WorkspaceSession()
{
    ++m_generation;
    if (m_database) {
        // Closed on the database thread, after what was asked of it before.
        QMetaObject::invokeMethod(m_threadContext, [database = m_database] {
            database->watcher.reset();
            database->repository.reset();
        }, Qt::BlockingQueuedConnection);
        m_database.reset();
    }
    m_thread->quit();
    m_thread->wait();
    delete m_threadContext;
}

void WorkspaceSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

int WorkspaceSession::nextRequest()
{
    return ++m_requests;
}

void WorkspaceSession::started()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void WorkspaceSession::finished()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

void WorkspaceSession::post(std::function<void(Database &)> work)
{
    started();
    QMetaObject::invokeMethod(m_threadContext, [database = m_database, work = std::move(work)] {
        work(*database);
    }, Qt::QueuedConnection);
}

void WorkspaceSession::open(const DatabaseUrl &url)
{
    close();
    const int generation = ++m_generation;
    m_sourceName = url.toDisplayString();
    m_database = std::make_shared<Database>();
    setState(State::Opening);
    post([this, url, generation](Database &database) {
        StorageError error;
        database.repository = DefaultWorkspace::open(url, &error);
        Snapshot loaded;
        if (database.repository)
            loaded = snapshot(*database.repository);
        else
            loaded.error = error;
        StorageError watchError;
        if (loaded.workspace) {
            // Other sessions' changes: a reload on this thread, announced on the session's.
            database.watcher = std::make_unique<ChangeWatcher>();
            QObject::connect(database.watcher.get(), &ChangeWatcher::changed, this, [this, generation] {
                if (generation == m_generation && !m_reloadQueued) {
                    m_reloadQueued = true;
                    reload();
                }
            });
            database.watcher->start(url, &watchError);
        }
        QMetaObject::invokeMethod(this, [this, generation, loaded, watchError] {
            finished();
            if (generation != m_generation)
                return;   // closed or reopened meanwhile
            if (!loaded.workspace) {
                // Said first: a receiver of openFailed() may open another workspace.
                const QString message = tr("The workspace %1 cannot be opened: %2").arg(m_sourceName, loaded.error.message);
                setState(State::Failed);
                Q_EMIT errorOccurred(message);
                Q_EMIT openFailed(loaded.error);
                return;
            }
            replaceWorkspace(*loaded.workspace, loaded.stamps);
            setState(State::Open);
            Q_EMIT opened();
            if (!watchError.ok()) {
                Q_EMIT errorOccurred(tr("Changes made elsewhere will not appear by themselves: %1")
                                         .arg(watchError.message));
            }
        }, Qt::QueuedConnection);
    });
}

void WorkspaceSession::openDetached(const Workspace &workspace, const QString &sourceName)
{
    close();
    m_sourceName = sourceName;
    replaceWorkspace(workspace, {});
    setState(State::Open);
    Q_EMIT opened();
}

void WorkspaceSession::close()
{
    ++m_generation;
    if (m_database) {
        // The connections belong to the database thread: they are closed there, after what
        // was asked of it before (whose answers are dropped: another generation).
        QMetaObject::invokeMethod(m_threadContext, [database = m_database] {
            database->watcher.reset();
            database->repository.reset();
        }, Qt::QueuedConnection);
        m_database.reset();
    }
    m_dirty.clear();
    m_undoStack->clear();
    m_reloadQueued = false;
    const bool hadWorkspace = !(m_workspace == Workspace());
    if (m_state != State::Closed) {
        m_sourceName.clear();
        replaceWorkspace({}, {});
        setState(State::Closed);
    } else if (hadWorkspace) {
        replaceWorkspace({}, {});
    }
}

void WorkspaceSession::setCurrentEnvironment(const QString &environmentKey)
{
    if (environmentKey == m_environment || !m_workspace.environment(environmentKey))
        return;
    m_environment = environmentKey;
    Q_EMIT currentEnvironmentChanged(m_environment);
}

void WorkspaceSession::pickEnvironment()
{
    if (m_workspace.environment(m_environment))
        return;
    const QString first = m_workspace.environments.isEmpty() ? QString() : m_workspace.environments.first().key;
    if (first == m_environment)
        return;
    m_environment = first;
    Q_EMIT currentEnvironmentChanged(m_environment);
}

void WorkspaceSession::replaceWorkspace(const Workspace &workspace, const QHash<QString, ChangeStamp> &stamps)
{
    m_workspace = workspace;
    m_stamps = stamps;
    pickEnvironment();
    Q_EMIT workspaceReset();
}

void WorkspaceSession::refuse(const QString &what)
{
    Q_EMIT errorOccurred(m_state == State::Open
            ? tr("%1: the workspace %2 has no database behind it (read-only)").arg(what, m_sourceName)
            : tr("%1: no workspace is open").arg(what));
}

int WorkspaceSession::reload()
{
    if (!isWritable()) {
        refuse(tr("Reload"));
        return -1;
    }
    const int request = nextRequest();
    const int generation = m_generation;
    post([this, request, generation](Database &database) {
        const Snapshot loaded = snapshot(*database.repository);
        QMetaObject::invokeMethod(this, [this, request, generation, loaded] {
            finished();
            if (generation != m_generation)
                return;
            m_reloadQueued = false;
            ++m_reloads;
            if (loaded.workspace)
                foldIn(*loaded.workspace, loaded.stamps);
            else
                Q_EMIT errorOccurred(tr("The workspace could not be reloaded: %1").arg(loaded.error.message));
            Q_EMIT reloaded(request);
        }, Qt::QueuedConnection);
    });
    return request;
}

int WorkspaceSession::importWorkspace(const Workspace &workspace, ImportMode mode, bool dryRun,
                                      const QString &comment)
{
    if (!isWritable()) {
        refuse(tr("Import"));
        return -1;
    }
    const int request = nextRequest();
    const int generation = m_generation;
    post([this, request, generation, workspace, mode, dryRun, comment](Database &database) {
        StorageError error;
        const std::optional<ImportSummary> summary =
                database.repository->importWorkspace(workspace, mode, dryRun, comment, &error);
        Snapshot loaded;
        if (summary && !dryRun)
            loaded = snapshot(*database.repository);
        QMetaObject::invokeMethod(this, [this, request, generation, summary, error, loaded] {
            finished();
            if (generation != m_generation)
                return;
            if (loaded.workspace)
                foldIn(*loaded.workspace, loaded.stamps);
            if (!summary)
                Q_EMIT errorOccurred(tr("Nothing was imported: %1").arg(error.message));
            Q_EMIT importFinished(request, summary, error);
        }, Qt::QueuedConnection);
    });
    return request;
}

int WorkspaceSession::saveFlag(const Flag &flag, const QString &comment)
{
    if (!isWritable()) {
        refuse(tr("Save %1").arg(flag.key));
        return -1;
    }
    const int request = nextRequest();
    const int generation = m_generation;
    post([this, request, generation, flag, comment](Database &database) {
        StorageError error;
        const std::optional<qint64> version = database.repository->saveFlag(flag, flag.version, comment, &error);
        Snapshot loaded;
        if (version)
            loaded = snapshot(*database.repository);
        QMetaObject::invokeMethod(this, [this, request, generation, key = flag.key, version, error, loaded] {
            finished();
            if (generation != m_generation)
                return;
            if (!version) {
                Q_EMIT errorOccurred(tr("%1 was not saved: %2").arg(key, error.message));
                Q_EMIT saveFailed(request, key, error);
                return;
            }
            // Saved: the edit is stored, so the stored state is no conflict with it.
            m_dirty.remove(key);
            if (loaded.workspace)
                foldIn(*loaded.workspace, loaded.stamps);
            Q_EMIT flagSaved(request, key, *version);
        }, Qt::QueuedConnection);
    });
    return request;
}

void WorkspaceSession::setFlagDirty(const QString &key, bool dirty)
{
    if (dirty)
        m_dirty.insert(key);
    else
        m_dirty.remove(key);
}

void WorkspaceSession::foldIn(const Workspace &workspace, const QHash<QString, ChangeStamp> &stamps)
{
    const WorkspaceDiff diff = WorkspaceDiff::between(m_workspace, workspace);
    const bool stampsMoved = stamps != m_stamps;
    m_workspace = workspace;
    m_stamps = stamps;
    announce(diff);
    if (stampsMoved)
        Q_EMIT stampsChanged();
}

void WorkspaceSession::announce(const WorkspaceDiff &diff)
{
    if (diff.environmentsChanged) {
        pickEnvironment();
        Q_EMIT environmentsChanged();
    }
    if (diff.activationsChanged)
        Q_EMIT activationsChanged();
    if (diff.segmentsChanged)
        Q_EMIT segmentsChanged();
    for (const QString &key : diff.removedFlags) {
        Q_EMIT flagRemoved(key);
        if (m_dirty.contains(key))
            Q_EMIT conflict(key, std::nullopt);
    }
    for (const QString &key : diff.addedFlags)
        Q_EMIT flagAdded(key);
    for (const QString &key : diff.changedFlags) {
        Q_EMIT flagChanged(key);
        if (m_dirty.contains(key))
            Q_EMIT conflict(key, *m_workspace.flag(key));
    }
    if (diff.flagOrderChanged)
        Q_EMIT flagsReordered();
}

} // namespace Pennon
