// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "workspacesession.h"

#include "flageditcommand.h"
#include "flagseditcommand.h"
#include "flagmerge.h"
#include "reconnector.h"
#include "workspacediff.h"

#include "storage/changewatcher.h"
#include "storage/defaultworkspace.h"
#include "storage/sqlrepository.h"
#include "text/changetext.h"

#include <QThread>
#include <QUndoStack>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

enum class Put { Unchanged, Changed, Added };

/// One flag into a workspace: in place of the one with its key, else last (as the database
/// lists a new flag).
Put putFlag(Workspace *workspace, const Flag &flag)
{
    for (Flag &existing : workspace->flags) {
        if (existing.key == flag.key) {
            if (existing == flag)
                return Put::Unchanged;
            existing = flag;
            return Put::Changed;
        }
    }
    workspace->flags.append(flag);
    return Put::Added;
}

} // namespace

/// The database side, created, used and destroyed on the session's thread only.
struct WorkspaceSession::Database {
    DatabaseUrl url;   // with its password, if one was given: reconnecting needs it
    std::unique_ptr<SqlRepository> repository;
    std::unique_ptr<ChangeWatcher> watcher;
    std::unique_ptr<Reconnector> reconnector;
    bool lost = false;
    int reconnectFirst = 500;
    int reconnectMax = 10000;
    int heartbeat = 2000;
    /// The workspace as the session has it once it has read every answer sent so far: what
    /// the next reload is compared with, here rather than on the session's thread.
    Workspace shown;

    /// A snapshot's difference from what the session has, which it then has.
    WorkspaceDiff advance(const Workspace &loaded)
    {
        WorkspaceDiff diff = WorkspaceDiff::between(shown, loaded);
        shown = loaded;
        return diff;
    }
    /// A saved flag, as the session folds it in (foldInFlag).
    void advance(const Flag &flag) { putFlag(&shown, flag); }
    /// After a request failed: whether the database is still there (lost() follows if not),
    /// so that the loss is said before the failure.
    void probe()
    {
        if (watcher && !lost)
            watcher->check();
    }
    /// Closed on the database thread.
    void release()
    {
        reconnector.reset();
        watcher.reset();
        repository.reset();
    }
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
            database->release();
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
    m_database->url = url;
    m_database->reconnectFirst = m_reconnectFirst;
    m_database->reconnectMax = m_reconnectMax;
    m_database->heartbeat = m_heartbeat;
    setState(State::Opening);
    post([this, url, generation](Database &database) {
        StorageError error;
        database.repository = DefaultWorkspace::open(url, &error);
        Snapshot loaded;
        if (database.repository)
            loaded = snapshot(*database.repository);
        else
            loaded.error = error;
        if (loaded.workspace)
            database.shown = *loaded.workspace;
        StorageError watchError;
        if (loaded.workspace)
            watch(database, generation, &watchError);
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

bool WorkspaceSession::watch(Database &database, int generation, StorageError *error)
{
    // Other sessions' changes: a reload on this thread, announced on the session's.
    database.watcher = std::make_unique<ChangeWatcher>();
    database.watcher->setHeartbeat(database.heartbeat);
    QObject::connect(database.watcher.get(), &ChangeWatcher::changed, this, [this, generation] {
        if (generation == m_generation && !m_reloadQueued && !m_connectionLost) {
            m_reloadQueued = true;
            reload();
        }
    });
    // The loss is handled here, on the database thread; the watcher goes with the database.
    QObject::connect(database.watcher.get(), &ChangeWatcher::lost, database.watcher.get(),
                     [this, &database, generation](const QString &message) {
                         lose(database, generation, message);
                     });
    return database.watcher->start(database.url, error);
}

void WorkspaceSession::lose(Database &database, int generation, const QString &message)
{
    if (database.lost)
        return;
    database.lost = true;
    QMetaObject::invokeMethod(this, [this, generation, message] {
        if (generation != m_generation)
            return;
        m_connectionLost = true;
        Q_EMIT connectionLost(message);
        Q_EMIT errorOccurred(tr("The connection to %1 is lost; Pennon is reconnecting. Unsaved changes are kept: %2")
                                 .arg(m_sourceName, message));
    }, Qt::QueuedConnection);
    if (!database.reconnector) {
        database.reconnector = std::make_unique<Reconnector>([this, &database, generation](QString *error) {
            return reconnect(database, generation, error);
        });
        database.reconnector->setDelays(database.reconnectFirst, database.reconnectMax);
        QObject::connect(database.reconnector.get(), &Reconnector::attemptFailed, this,
                         [this, generation](const QString &error, int next) {
                             if (generation == m_generation && m_connectionLost)
                                 Q_EMIT reconnectFailed(error, next);
                         });
    }
    database.reconnector->start();
}

bool WorkspaceSession::reconnect(Database &database, int generation, QString *error)
{
    StorageError storageError;
    std::unique_ptr<SqlRepository> repository = DefaultWorkspace::open(database.url, &storageError);
    Snapshot loaded;
    if (repository)
        loaded = snapshot(*repository);
    else
        loaded.error = storageError;
    if (!loaded.workspace) {
        *error = loaded.error.message;
        return false;
    }
    // The old connections are dead: the new ones take their place, and what changed while
    // the database was away is announced as after any reload.
    database.repository = std::move(repository);
    database.lost = false;
    StorageError watchError;
    if (!watch(database, generation, &watchError)) {
        database.watcher.reset();
        database.lost = true;
        *error = watchError.message;
        return false;
    }
    const WorkspaceDiff diff = database.advance(*loaded.workspace);
    QMetaObject::invokeMethod(this, [this, generation, loaded, diff] {
        if (generation != m_generation)
            return;
        m_connectionLost = false;
        foldIn(*loaded.workspace, loaded.stamps, diff);
        Q_EMIT connectionRestored();
    }, Qt::QueuedConnection);
    return true;
}

void WorkspaceSession::setReconnectTiming(int firstDelay, int maxDelay, int heartbeat)
{
    m_reconnectFirst = firstDelay;
    m_reconnectMax = maxDelay;
    m_heartbeat = heartbeat;
}

bool WorkspaceSession::refuseWhileLost(const QString &what)
{
    if (!m_connectionLost)
        return false;
    Q_EMIT errorOccurred(tr("%1: the connection to %2 is lost. Pennon is reconnecting; your changes are "
                            "kept and can be saved once it is back.").arg(what, m_sourceName));
    return true;
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
            database->release();
        }, Qt::QueuedConnection);
        m_database.reset();
    }
    m_dirty.clear();
    m_drafts.clear();
    m_draftBases.clear();
    m_undoStack->clear();
    m_reloadQueued = false;
    m_connectionLost = false;
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
    if (refuseWhileLost(tr("Reload")))
        return -1;
    const int request = nextRequest();
    const int generation = m_generation;
    post([this, request, generation](Database &database) {
        const Snapshot loaded = snapshot(*database.repository);
        if (!loaded.workspace)
            database.probe();
        const WorkspaceDiff diff = loaded.workspace ? database.advance(*loaded.workspace) : WorkspaceDiff();
        QMetaObject::invokeMethod(this, [this, request, generation, loaded, diff] {
            finished();
            if (generation != m_generation)
                return;
            m_reloadQueued = false;
            ++m_reloads;
            if (loaded.workspace)
                foldIn(*loaded.workspace, loaded.stamps, diff);
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
    if (refuseWhileLost(tr("Import")))
        return -1;
    const int request = nextRequest();
    const int generation = m_generation;
    post([this, request, generation, workspace, mode, dryRun, comment](Database &database) {
        StorageError error;
        const std::optional<ImportSummary> summary =
                database.repository->importWorkspace(workspace, mode, dryRun, comment, &error);
        Snapshot loaded;
        if (summary && !dryRun)
            loaded = snapshot(*database.repository);
        else if (!summary && error.kind == StorageError::Kind::Failure)
            database.probe();
        const WorkspaceDiff diff = loaded.workspace ? database.advance(*loaded.workspace) : WorkspaceDiff();
        QMetaObject::invokeMethod(this, [this, request, generation, summary, error, loaded, diff] {
            finished();
            if (generation != m_generation)
                return;
            if (loaded.workspace)
                foldIn(*loaded.workspace, loaded.stamps, diff);
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
    if (refuseWhileLost(tr("%1 was not saved").arg(flag.key)))
        return -1;
    const int request = nextRequest();
    const int generation = m_generation;
    post([this, request, generation, flag, comment](Database &database) {
        StorageError error;
        const std::optional<qint64> version = database.repository->saveFlag(flag, flag.version, comment, &error);
        // The flag as stored and the stamps: the rest of the workspace comes with the change
        // watcher's reload, should others have changed it meanwhile.
        std::optional<Flag> stored;
        std::optional<QHash<QString, ChangeStamp>> stamps;
        if (version) {
            StorageError readError;
            stored = database.repository->flag(flag.key, &readError);
            stamps = database.repository->flagStamps(&readError);
            if (stored)
                database.advance(*stored);
        } else if (error.kind == StorageError::Kind::Failure) {
            database.probe();
        }
        QMetaObject::invokeMethod(this, [this, request, generation, key = flag.key, version, error, stored, stamps] {
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
            if (stored)
                foldInFlag(*stored);
            if (m_drafts.contains(key) && stored) {
                // The draft saved is no draft any more; one edited on while the save ran goes
                // on from the saved version.
                const Flag edited = m_drafts.value(key);
                setEditedState(key, edited, std::optional<Flag>(*stored));
            }
            adoptStamps(stamps);
            Q_EMIT flagSaved(request, key, *version);
        }, Qt::QueuedConnection);
    });
    return request;
}

int WorkspaceSession::listChanges(const ChangeQuery &query, bool withWords)
{
    if (!isWritable()) {
        refuse(tr("History"));
        return -1;
    }
    const int request = nextRequest();
    const int generation = m_generation;
    ChangeQuery asked = query;
    asked.withStates = query.withStates || withWords;
    post([this, request, generation, asked, withWords, context = m_workspace](Database &database) {
        StorageError error;
        const std::optional<QList<Change>> changes = database.repository->changes(asked, &error);
        QList<HistoryEntry> entries;
        if (changes) {
            entries.reserve(changes->size());
            for (const Change &change : *changes)
                entries.append({change, withWords ? ChangeText::describe(change, &context) : QStringList()});
        }
        QMetaObject::invokeMethod(this, [this, request, generation, entries, error] {
            finished();
            if (generation != m_generation)
                return;
            if (!error.ok())
                Q_EMIT errorOccurred(tr("The history could not be read: %1").arg(error.message));
            Q_EMIT changesListed(request, entries, error);
        }, Qt::QueuedConnection);
    });
    return request;
}

int WorkspaceSession::readChange(qint64 id)
{
    if (!isWritable()) {
        refuse(tr("History"));
        return -1;
    }
    const int request = nextRequest();
    const int generation = m_generation;
    post([this, request, generation, id, context = m_workspace](Database &database) {
        StorageError error;
        std::optional<HistoryEntry> entry;
        if (const std::optional<Change> change = database.repository->change(id, &error))
            entry = HistoryEntry{*change, ChangeText::describe(*change, &context)};
        QMetaObject::invokeMethod(this, [this, request, generation, entry, error] {
            finished();
            if (generation != m_generation)
                return;
            if (!entry)
                Q_EMIT errorOccurred(tr("The change could not be read: %1").arg(error.message));
            Q_EMIT changeRead(request, entry, error);
        }, Qt::QueuedConnection);
    });
    return request;
}

int WorkspaceSession::revertChange(qint64 changeId, const QString &comment)
{
    if (!isWritable()) {
        refuse(tr("Revert change %1").arg(changeId));
        return -1;
    }
    const int request = nextRequest();
    const int generation = m_generation;
    post([this, request, generation, changeId, comment](Database &database) {
        StorageError error;
        const std::optional<Change> recorded = database.repository->revert(changeId, comment, &error);
        // Any kind of object may have changed (and flags with it, through a segment or an
        // activation): the workspace as it is now, folded in as a reload is.
        Snapshot loaded;
        if (recorded)
            loaded = snapshot(*database.repository);
        const WorkspaceDiff diff = loaded.workspace ? database.advance(*loaded.workspace) : WorkspaceDiff();
        QMetaObject::invokeMethod(this, [this, request, generation, changeId, recorded, error, loaded, diff] {
            finished();
            if (generation != m_generation)
                return;
            if (!recorded) {
                Q_EMIT errorOccurred(tr("Change %1 was not reverted: %2").arg(changeId).arg(error.message));
                Q_EMIT revertFailed(request, changeId, error);
                return;
            }
            if (loaded.workspace)
                foldIn(*loaded.workspace, loaded.stamps, diff);
            else
                Q_EMIT errorOccurred(tr("The workspace could not be reloaded: %1").arg(loaded.error.message));
            Q_EMIT changeReverted(request, *recorded);
        }, Qt::QueuedConnection);
    });
    return request;
}

const Flag *WorkspaceSession::storedFlag(const QString &key) const
{
    // Thousands of flags, and a bulk edit asks for a thousand of them: not a walk each time.
    const QList<Flag> &flags = m_workspace.flags;
    const auto lookUp = [&]() -> const Flag * {
        const qsizetype row = m_flagRows.value(key, -1);
        return row >= 0 && row < flags.size() && flags.at(row).key == key ? &flags.at(row) : nullptr;
    };
    if (const Flag *found = lookUp())
        return found;
    // Not where the index says: not stored (a new flag), or the index is behind the workspace
    // (reloaded, a flag added or removed), which it then follows.
    const Flag *found = m_workspace.flag(key);
    if (found) {
        m_flagRows.clear();
        m_flagRows.reserve(flags.size());
        for (qsizetype row = 0; row < flags.size(); ++row)
            m_flagRows.insert(flags.at(row).key, row);
    }
    return found;
}

int WorkspaceSession::saveObjects(const WorkspaceWrite &write, const QString &comment)
{
    if (!isWritable()) {
        refuse(tr("Save"));
        return -1;
    }
    if (refuseWhileLost(tr("Nothing was saved")))
        return -1;
    const int request = nextRequest();
    const int generation = m_generation;
    post([this, request, generation, write, comment](Database &database) {
        StorageError error;
        const std::optional<int> changes = database.repository->saveAll(write, comment, &error);
        Snapshot loaded;
        if (changes)
            loaded = snapshot(*database.repository);
        else if (error.kind == StorageError::Kind::Failure)
            database.probe();
        const WorkspaceDiff diff = loaded.workspace ? database.advance(*loaded.workspace) : WorkspaceDiff();
        QMetaObject::invokeMethod(this, [this, request, generation, changes, error, loaded, diff] {
            finished();
            if (generation != m_generation)
                return;
            if (loaded.workspace)
                foldIn(*loaded.workspace, loaded.stamps, diff);
            if (!changes) {
                Q_EMIT errorOccurred(tr("Nothing was saved: %1").arg(error.message));
                Q_EMIT objectsSaveFailed(request, error);
                return;
            }
            Q_EMIT objectsSaved(request, *changes);
        }, Qt::QueuedConnection);
    });
    return request;
}

int WorkspaceSession::saveDrafts(const QStringList &keys, const QString &comment)
{
    if (!isWritable()) {
        refuse(tr("Save"));
        return -1;
    }
    if (refuseWhileLost(tr("Nothing was saved")))
        return -1;
    WorkspaceWrite write;
    write.objects.reserve(keys.size());
    for (const QString &key : keys) {
        const auto draft = m_drafts.constFind(key);
        if (draft == m_drafts.cend()) {
            Q_EMIT errorOccurred(tr("%1 has no unsaved changes").arg(key));
            return -1;
        }
        write.objects.append({ObjectKind::Flag, key, StoredObject(*draft), draft->version});
    }
    const int request = nextRequest();
    const int generation = m_generation;
    post([this, request, generation, keys, write, comment](Database &database) {
        StorageError error;
        const std::optional<int> changes = database.repository->saveAll(write, comment, &error);
        // The flags as stored and the stamps, as saveFlag: the rest of the workspace comes with
        // the change watcher's reload.
        QList<Flag> stored;
        std::optional<QHash<QString, ChangeStamp>> stamps;
        if (changes) {
            StorageError readError;
            if (const std::optional<Workspace> now = database.repository->load(&readError)) {
                QHash<QString, const Flag *> byKey;
                byKey.reserve(now->flags.size());
                for (const Flag &flag : now->flags)
                    byKey.insert(flag.key, &flag);
                stored.reserve(keys.size());
                for (const QString &key : keys) {
                    if (const Flag *flag = byKey.value(key)) {
                        stored.append(*flag);
                        database.advance(*flag);
                    }
                }
            }
            stamps = database.repository->flagStamps(&readError);
        } else if (error.kind == StorageError::Kind::Failure) {
            database.probe();
        }
        QMetaObject::invokeMethod(this, [this, request, generation, keys, changes, error, stored, stamps] {
            finished();
            if (generation != m_generation)
                return;
            if (!changes) {
                const QString key = error.kind == StorageError::Kind::Conflict && !error.conflictKey.isEmpty()
                        ? error.conflictKey : keys.constFirst();
                Q_EMIT errorOccurred(tr("Nothing was saved: %1").arg(error.message));
                Q_EMIT saveFailed(request, key, error);
                return;
            }
            // A thousand saved at once are followed at once: each flag's flagChanged() while
            // isChangingManyDrafts(), then draftsChanged() with all of them.
            QStringList saved;
            m_changingMany = true;
            for (const Flag &flag : stored) {
                m_dirty.remove(flag.key);
                foldInFlag(flag);
                // A draft edited on while the save ran goes on from the saved version.
                if (m_drafts.contains(flag.key))
                    putEditedState(flag.key, m_drafts.value(flag.key), std::optional<Flag>(flag));
                saved.append(flag.key);
            }
            m_changingMany = false;
            announceDrafts(saved);
            adoptStamps(stamps);
            for (const Flag &flag : stored)
                Q_EMIT flagSaved(request, flag.key, flag.version);
        }, Qt::QueuedConnection);
    });
    return request;
}

std::optional<Flag> WorkspaceSession::editedFlag(const QString &key) const
{
    if (const auto draft = m_drafts.constFind(key); draft != m_drafts.cend())
        return *draft;
    if (const Flag *stored = storedFlag(key))
        return *stored;
    return std::nullopt;
}

Workspace WorkspaceSession::editedWorkspace() const
{
    // A bulk edit makes a thousand drafts among ten thousand flags: the rows are found once.
    const QStringList keys = drafts();
    Workspace overlay = m_workspace;
    if (keys.isEmpty())
        return overlay;
    QHash<QString, qsizetype> rows;
    rows.reserve(overlay.flags.size());
    for (qsizetype row = 0; row < overlay.flags.size(); ++row)
        rows.insert(overlay.flags.at(row).key, row);
    for (const QString &key : keys) {
        const std::optional<Flag> draft = editedFlag(key);
        if (!draft)
            continue;
        if (const qsizetype row = rows.value(key, -1); row >= 0)
            overlay.flags[row] = *draft;
        else
            overlay.flags.append(*draft);
    }
    return overlay;
}

QStringList WorkspaceSession::drafts() const
{
    QStringList keys = m_drafts.keys();
    keys.sort();
    return keys;
}

void WorkspaceSession::setEditedState(const QString &key, const std::optional<Flag> &state,
                                      const std::optional<std::optional<Flag>> &base)
{
    if (putEditedState(key, state, base))
        Q_EMIT draftChanged(key);
}

bool WorkspaceSession::putEditedState(const QString &key, const std::optional<Flag> &state,
                                      const std::optional<std::optional<Flag>> &base)
{
    const Flag *stored = storedFlag(key);
    const bool had = m_drafts.contains(key);
    // The base: as given, else the draft's own, else the flag as stored now.
    const std::optional<Flag> from = base ? *base
            : had ? m_draftBases.value(key)
                  : (stored ? std::optional<Flag>(*stored) : std::nullopt);
    std::optional<Flag> draft = state;
    if (draft) {
        draft->version = from ? from->version : 0;
        // The same as stored (whatever the version): nothing to save.
        if (stored) {
            Flag same = *draft;
            same.version = stored->version;
            if (same == *stored)
                draft.reset();
        }
    }
    if (!draft && !had)
        return false;
    if (draft) {
        if (had && m_drafts.value(key) == *draft && m_draftBases.value(key) == from)
            return false;
        m_drafts.insert(key, *draft);
        m_draftBases.insert(key, from);
    } else {
        m_drafts.remove(key);
        m_draftBases.remove(key);
    }
    return true;
}

void WorkspaceSession::setEditedStates(const QList<std::pair<QString, std::optional<Flag>>> &states)
{
    QStringList changed;
    for (const auto &[key, state] : states) {
        if (putEditedState(key, state, std::nullopt))
            changed.append(key);
    }
    announceDrafts(changed);
}

void WorkspaceSession::announceDrafts(const QStringList &changed)
{
    if (changed.isEmpty())
        return;
    // One by one for those who follow single flags, then all at once for those who would
    // rather do their work once.
    m_changingMany = true;
    for (const QString &key : std::as_const(changed))
        Q_EMIT draftChanged(key);
    m_changingMany = false;
    Q_EMIT draftsChanged(changed);
}

bool WorkspaceSession::editFlag(const Flag &after, const QString &text, const QString &mergeKey)
{
    if (!isWritable()) {
        refuse(text);
        return false;
    }
    std::optional<Flag> before = editedFlag(after.key);
    if (before && *before == after)
        return true;
    m_undoStack->push(new FlagEditCommand(this, after.key, before, after, text, mergeKey));
    return true;
}

bool WorkspaceSession::editFlags(const QList<Flag> &after, const QString &text)
{
    if (!isWritable()) {
        refuse(text);
        return false;
    }
    QList<FlagsEditCommand::Change> changes;
    changes.reserve(after.size());
    for (const Flag &flag : after) {
        std::optional<Flag> before = editedFlag(flag.key);
        if (!before || *before != flag)
            changes.append({flag.key, std::move(before), flag});
    }
    if (!changes.isEmpty())
        m_undoStack->push(new FlagsEditCommand(this, std::move(changes), text));
    return true;
}

int WorkspaceSession::saveDraft(const QString &key, const QString &comment)
{
    const auto draft = m_drafts.constFind(key);
    if (draft == m_drafts.cend()) {
        Q_EMIT errorOccurred(tr("%1 has no unsaved changes").arg(key));
        return -1;
    }
    return saveFlag(*draft, comment);
}

void WorkspaceSession::discardDraft(const QString &key)
{
    if (!m_drafts.contains(key))
        return;
    const Flag *stored = m_workspace.flag(key);
    m_undoStack->push(new FlagEditCommand(this, key, m_drafts.value(key),
                                          stored ? std::optional<Flag>(*stored) : std::nullopt,
                                          tr("Discard changes to %1").arg(key), {}));
}

int WorkspaceSession::deleteFlag(const QString &key, const QString &comment)
{
    if (!isWritable()) {
        refuse(tr("Delete %1").arg(key));
        return -1;
    }
    const Flag *stored = m_workspace.flag(key);
    if (stored && refuseWhileLost(tr("%1 was not deleted").arg(key)))
        return -1;
    if (!stored) {
        // Never saved: deleting it is dropping the draft, which Edit ▸ Undo brings back.
        if (!m_drafts.contains(key)) {
            Q_EMIT errorOccurred(tr("There is no flag %1 to delete").arg(key));
            return -1;
        }
        m_undoStack->push(new FlagEditCommand(this, key, m_drafts.value(key), std::nullopt,
                                              tr("Delete %1").arg(key), {}));
        const int request = nextRequest();
        Q_EMIT flagDeleted(request, key);
        return request;
    }
    const int request = nextRequest();
    const int generation = m_generation;
    const qint64 version = stored->version;
    post([this, request, generation, key, version, comment](Database &database) {
        StorageError error;
        const bool deleted = database.repository->deleteFlag(key, version, comment, &error);
        std::optional<QHash<QString, ChangeStamp>> stamps;
        if (deleted) {
            StorageError readError;
            stamps = database.repository->flagStamps(&readError);
            database.shown.flags.removeIf([&key](const Flag &f) { return f.key == key; });
        } else if (error.kind == StorageError::Kind::Failure) {
            database.probe();
        }
        QMetaObject::invokeMethod(this, [this, request, generation, key, deleted, error, stamps] {
            finished();
            if (generation != m_generation)
                return;
            if (!deleted) {
                Q_EMIT errorOccurred(tr("%1 was not deleted: %2").arg(key, error.message));
                Q_EMIT deleteFailed(request, key, error);
                return;
            }
            // Undoing an edit of it later makes a draft that creates it again.
            m_drafts.remove(key);
            m_draftBases.remove(key);
            m_dirty.remove(key);
            m_workspace.flags.removeIf([&key](const Flag &f) { return f.key == key; });
            Q_EMIT draftChanged(key);
            Q_EMIT flagRemoved(key);
            adoptStamps(stamps);
            Q_EMIT flagDeleted(request, key);
        }, Qt::QueuedConnection);
    });
    return request;
}

bool WorkspaceSession::reapplyDraft(const QString &key, QStringList *conflicts)
{
    const Flag *theirs = m_workspace.flag(key);
    const auto draft = m_drafts.constFind(key);
    const std::optional<Flag> base = m_draftBases.value(key);
    if (!theirs || draft == m_drafts.cend() || !base)
        return false;
    const std::optional<Flag> merged = FlagMerge::threeWay(*base, *draft, *theirs, conflicts);
    if (!merged)
        return false;
    auto *command = new FlagEditCommand(this, key, *draft, *merged,
                                        tr("Re-apply my changes to %1 on theirs").arg(key), {});
    command->rebase(*base, *theirs);
    m_undoStack->push(command);
    return true;
}

QString WorkspaceSession::saveDraftAsCopy(const QString &key)
{
    const std::optional<Flag> mine = editedFlag(key);
    if (!mine || !m_drafts.contains(key))
        return {};
    Flag copy = *mine;
    copy.key = key + u"-copy"_s;
    for (int n = 2; editedFlag(copy.key); ++n)
        copy.key = key + u"-copy-"_s + QString::number(n);
    copy.version = 0;
    m_undoStack->beginMacro(tr("Save my changes to %1 as %2").arg(key, copy.key));
    m_undoStack->push(new FlagEditCommand(this, copy.key, std::nullopt, copy, {}, {}));
    discardDraft(key);
    m_undoStack->endMacro();
    return copy.key;
}

void WorkspaceSession::setFlagDirty(const QString &key, bool dirty)
{
    if (dirty)
        m_dirty.insert(key);
    else
        m_dirty.remove(key);
}

void WorkspaceSession::foldIn(const Workspace &workspace, const QHash<QString, ChangeStamp> &stamps,
                              const WorkspaceDiff &diff)
{
    const bool stampsMoved = stamps != m_stamps;
    m_workspace = workspace;
    m_stamps = stamps;
    announce(diff);
    if (stampsMoved)
        Q_EMIT stampsChanged();
}

void WorkspaceSession::foldInFlag(const Flag &flag)
{
    // By the index rather than a walk: saveDrafts() folds in a thousand flags at once.
    if (const Flag *stored = storedFlag(flag.key)) {
        if (*stored == flag)
            return;
        m_workspace.flags[stored - m_workspace.flags.constData()] = flag;
        Q_EMIT flagChanged(flag.key);
        return;
    }
    m_workspace.flags.append(flag);
    Q_EMIT flagAdded(flag.key);
}

void WorkspaceSession::adoptStamps(const std::optional<QHash<QString, ChangeStamp>> &stamps)
{
    if (!stamps || *stamps == m_stamps)
        return;
    m_stamps = *stamps;
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
    if (diff.personasChanged)
        Q_EMIT personasChanged();
    for (const QString &key : diff.removedFlags) {
        Q_EMIT flagRemoved(key);
        if (isFlagDirty(key))
            Q_EMIT conflict(key, std::nullopt);
    }
    for (const QString &key : diff.addedFlags)
        Q_EMIT flagAdded(key);
    for (const QString &key : diff.changedFlags) {
        Q_EMIT flagChanged(key);
        if (isFlagDirty(key))
            Q_EMIT conflict(key, *m_workspace.flag(key));
    }
    if (diff.flagOrderChanged)
        Q_EMIT flagsReordered();
}

} // namespace Pennon
