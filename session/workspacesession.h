// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/changestamp.h"
#include "model/workspace.h"
#include "storage/databaseurl.h"
#include "storage/repository.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

class QThread;
class QUndoStack;

namespace Pennon {

struct WorkspaceDiff;

/// One entry of a history listing: the change, and its words (ChangeText) when asked for.
struct HistoryEntry {
    Change change;
    QStringList words;
};

/// The open workspace, under the window and its editors (STYLE.md: the session layer). It owns
/// the workspace as stored, its database, the current environment and the undo stack.
///
/// Everything that touches the database runs on a thread of the session's own: open(),
/// reload(), importWorkspace() and saveFlag() return at once, and signals report the outcome
/// on the thread the session lives on, so the GUI thread never waits on a database. Other
/// sessions' changes (another window, pennonctl, a colleague on the same PostgreSQL) are
/// folded in as they arrive: the workspace is reloaded and the signals say which objects
/// changed. A flag being edited (setFlagDirty) is never overwritten without a word: when its
/// stored state moves on, conflict() says so.
///
/// When the database stops answering (PostgreSQL stopped, the network gone), connectionLost()
/// says so: drafts stay as they are, editing goes on, requests are refused until the session,
/// which tries again by itself on its thread with growing pauses, is back (connectionRestored(),
/// after a reload).
///
/// Every failure is reported through errorOccurred() (besides the request's own signal), so
/// that the window can show it; nothing fails silently.
class WorkspaceSession final : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Opening, Open, Failed };
    Q_ENUM(State)

    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    /// Opens the workspace database at url (creating or migrating it; the per-user default is
    /// seeded with the demo on first use) and loads it; opened() or openFailed() follows.
    /// Another open workspace is closed first.
    void open(const DatabaseUrl &url);
    /// Shows a workspace that has no database behind it (the demo when the database cannot
    /// be opened): read-only, nothing to save or import into.
    void openDetached(const Workspace &workspace, const QString &sourceName);
    /// Closes the database; the workspace becomes empty.
    void close();

    State state() const { return m_state; }
    /// Whether there is a database to write to.
    bool isWritable() const { return m_state == State::Open && m_database; }
    /// The database URL without its password, or the name given to openDetached().
    QString sourceName() const { return m_sourceName; }
    /// Whether the database stopped answering and the session is trying to get it back.
    bool isConnectionLost() const { return m_connectionLost; }
    /// The pauses between reconnection attempts (for tests; 500 ms doubling to 10 s by
    /// default) and how often the server is asked whether it is there (2000 ms). For the
    /// workspaces opened afterwards.
    void setReconnectTiming(int firstDelay, int maxDelay, int heartbeat);

    /// The workspace as stored (as loaded last).
    const Workspace &workspace() const { return m_workspace; }
    /// When each flag was last saved and by whom.
    const QHash<QString, ChangeStamp> &stamps() const { return m_stamps; }

    QString currentEnvironment() const { return m_environment; }
    /// Unknown keys are ignored.
    void setCurrentEnvironment(const QString &environmentKey);

    QUndoStack *undoStack() const { return m_undoStack; }

    /// Requests to the database, answered by a signal carrying the returned id; -1 (with
    /// errorOccurred()) when there is no database.
    int reload();
    int importWorkspace(const Workspace &workspace, ImportMode mode, bool dryRun, const QString &comment);
    /// Saves the flag, expecting the stored version to be flag.version (0: a new flag).
    int saveFlag(const Flag &flag, const QString &comment);
    /// Writes many objects in one transaction (SqlRepository::saveAll): all or nothing.
    /// objectsSaved() or objectsSaveFailed() follows; the workspace is reloaded with them.
    int saveObjects(const WorkspaceWrite &write, const QString &comment);
    /// Deletes a stored flag, expecting its stored version; its draft goes with it (a new
    /// flag that was never saved only loses its draft). flagDeleted() or deleteFailed() follows.
    int deleteFlag(const QString &key, const QString &comment);

    // The history of changes, read on the database thread like the rest.

    /// Lists changes as the query asks; withWords: each one's states are read and described
    /// (ChangeText, the review's words) on the database thread. changesListed() follows.
    int listChanges(const ChangeQuery &query, bool withWords);
    /// One change with its states and words; changeRead() follows.
    int readChange(qint64 id);
    /// Reverts a change: a recorded change of its own (comment empty: "Revert of change N"),
    /// refused (Conflict) when the object moved on since. The workspace is then reloaded, so a
    /// draft of the object conflicts with it as with anyone's change. changeReverted() or
    /// revertFailed() follows.
    int revertChange(qint64 changeId, const QString &comment);

    // Edits. A changed flag is a draft beside the stored workspace until it is saved or
    // discarded; every change is one step on the undo stack (undone and redone across saves:
    // undoing after a save makes a draft of the state before).

    /// The flag as the user sees it: its draft, else as stored; nullopt when neither has it.
    std::optional<Flag> editedFlag(const QString &key) const;
    /// The workspace as it would be saved: the stored flags with every draft laid over them
    /// (a new flag's draft after the stored ones), indexed once for all of them.
    Workspace editedWorkspace() const;
    bool hasDraft(const QString &key) const { return m_drafts.contains(key); }
    /// Whether any flag has unsaved changes (drafts() without sorting them).
    bool hasDrafts() const { return !m_drafts.isEmpty(); }
    /// The keys of the flags with unsaved changes, sorted.
    QStringList drafts() const;
    /// Changes a flag, or creates one with a new key, as one undoable step named text. Steps
    /// with the same non-empty mergeKey in a row on the same flag are one step (typing in one
    /// field). False, with errorOccurred(), when the workspace is read-only.
    bool editFlag(const Flag &after, const QString &text, const QString &mergeKey = {});
    /// Changes many flags as one undoable step named text (a bulk edit, a promotion): each flag
    /// replaces the one with its key as edited (or is a new one). Flags equal to their edited
    /// state are left out; when none is left there is no step. The drafts are announced once
    /// each by draftChanged() and then together by draftsChanged(). False, with
    /// errorOccurred(), when the workspace is read-only.
    bool editFlags(const QList<Flag> &after, const QString &text);
    /// Saves a flag's draft (saveFlag() with it); once saved the draft is gone. -1, with
    /// errorOccurred(), when the flag has no draft or the workspace is read-only.
    int saveDraft(const QString &key, const QString &comment);
    /// Saves the drafts of these flags in one transaction: all of them, or (a conflict, an
    /// invalid flag, a failure) none. flagSaved() follows for each, or saveFailed() once, for
    /// the flag in conflict (else the first). -1, with errorOccurred(), when one of them has
    /// no draft or the workspace is read-only.
    int saveDrafts(const QStringList &keys, const QString &comment);
    /// Drops a flag's draft, as an undoable step.
    void discardDraft(const QString &key);
    /// The stored flag a draft started from (nullopt: a new flag, or no draft).
    std::optional<Flag> draftBase(const QString &key) const { return m_draftBases.value(key); }
    /// After a conflict: puts the draft's changes on the flag as stored now (theirs), as an
    /// undoable step, when the two changed different parts (FlagMerge). False, with the parts
    /// both changed in *conflicts, when they did not.
    bool reapplyDraft(const QString &key, QStringList *conflicts = nullptr);
    /// After a conflict: the draft as a new flag under a free key next to it (returned), and
    /// the draft dropped; one undoable step.
    QString saveDraftAsCopy(const QString &key);
    /// Sets the flag's edited state (nullopt: the flag is not there): a draft unless it is the
    /// stored state. A draft keeps the stored flag it started from (its base: saving it expects
    /// that version, so a colleague's save meanwhile is a conflict, not overwritten); base
    /// given, it starts from that one instead. For the undo commands.
    void setEditedState(const QString &key, const std::optional<Flag> &state,
                        const std::optional<std::optional<Flag>> &base = std::nullopt);
    /// setEditedState() for many flags at once (key, state): draftChanged() for each that
    /// changed, then draftsChanged() with all of them. For the undo command of editFlags().
    void setEditedStates(const QList<std::pair<QString, std::optional<Flag>>> &states);
    /// True while setEditedStates() announces its flags one by one, and while saveDrafts()'s
    /// answer folds in the flags it saved: a receiver of draftChanged() or flagChanged() may
    /// leave its work to draftsChanged(), which follows with every one of those flags.
    bool isChangingManyDrafts() const { return m_changingMany; }

    /// Marks a flag as being edited: when another session changes or removes it, conflict()
    /// is emitted with the stored state (the workspace takes it; the edit is the editor's).
    /// A flag with a draft is marked by itself.
    void setFlagDirty(const QString &key, bool dirty);
    bool isFlagDirty(const QString &key) const { return m_dirty.contains(key) || m_drafts.contains(key); }

    /// Requests sent to the database thread and not answered yet.
    int pendingRequests() const { return m_pending; }
    /// For tests: how often the database thread reloaded the workspace.
    int reloadCount() const { return m_reloads; }

Q_SIGNALS:
    void stateChanged(Pennon::WorkspaceSession::State state);
    void opened();
    void openFailed(const Pennon::StorageError &error);
    /// The whole workspace was replaced (opened, closed, detached): views rebuild.
    void workspaceReset();
    /// Object by object, after a reload, an import or a save.
    void flagAdded(const QString &key);
    void flagChanged(const QString &key);
    void flagRemoved(const QString &key);
    /// The flags are in another order than before.
    void flagsReordered();
    void environmentsChanged();
    void activationsChanged();
    void segmentsChanged();
    /// The saved personas changed (saved here or by someone else).
    void personasChanged();
    void stampsChanged();
    void currentEnvironmentChanged(const QString &environmentKey);
    /// A flag's draft appeared, changed or went (saved, discarded, undone).
    void draftChanged(const QString &key);
    /// Several drafts changed in one step (editFlags(), its undo and redo), after each one's
    /// draftChanged().
    void draftsChanged(const QStringList &keys);
    /// A flag marked dirty changed (or was removed, theirs then null) in the database.
    void conflict(const QString &key, const std::optional<Pennon::Flag> &theirs);
    void reloaded(int request);
    void importFinished(int request, const std::optional<Pennon::ImportSummary> &summary,
                        const Pennon::StorageError &error);
    void flagSaved(int request, const QString &key, qint64 version);
    void saveFailed(int request, const QString &key, const Pennon::StorageError &error);
    void objectsSaved(int request, int changes);
    void objectsSaveFailed(int request, const Pennon::StorageError &error);
    void flagDeleted(int request, const QString &key);
    void deleteFailed(int request, const QString &key, const Pennon::StorageError &error);
    void changesListed(int request, const QList<Pennon::HistoryEntry> &entries,
                       const Pennon::StorageError &error);
    void changeRead(int request, const std::optional<Pennon::HistoryEntry> &entry,
                    const Pennon::StorageError &error);
    void changeReverted(int request, const Pennon::Change &recorded);
    void revertFailed(int request, qint64 changeId, const Pennon::StorageError &error);
    /// Every failure, translated, for the status bar.
    void errorOccurred(const QString &message);
    void busyChanged(bool busy);
    /// The database stopped answering: why, in the driver's words.
    void connectionLost(const QString &message);
    /// Another attempt to reconnect failed; the next one follows in nextAttempt ms.
    void reconnectFailed(const QString &message, int nextAttempt);
    /// Reconnected; the workspace was reloaded (the usual signals said what changed).
    void connectionRestored();

private:
    struct Database;

    void setState(State state);
    int nextRequest();
    void started();
    void finished();
    void post(std::function<void(Database &)> work);
    void replaceWorkspace(const Workspace &workspace, const QHash<QString, ChangeStamp> &stamps);
    /// Takes a newer workspace, with its difference from the one the session has (worked out
    /// on the database thread), and says what changed.
    void foldIn(const Workspace &workspace, const QHash<QString, ChangeStamp> &stamps, const WorkspaceDiff &diff);
    void announce(const WorkspaceDiff &diff);
    void foldInFlag(const Flag &flag);
    void adoptStamps(const std::optional<QHash<QString, ChangeStamp>> &stamps);
    void pickEnvironment();
    void refuse(const QString &what);
    /// The flag as stored, found through an index by key (O(1) but for flags not stored).
    const Flag *storedFlag(const QString &key) const;
    /// setEditedState() without the signal: whether the edited state changed.
    bool putEditedState(const QString &key, const std::optional<Flag> &state,
                        const std::optional<std::optional<Flag>> &base);
    /// draftChanged() for each changed draft (isChangingManyDrafts() meanwhile), then
    /// draftsChanged() with all of them.
    void announceDrafts(const QStringList &changed);
    /// Refuses a request while the connection is lost, saying so; false when it is not lost.
    bool refuseWhileLost(const QString &what);
    /// On the database thread: a watcher for database, reporting changes and a loss; false
    /// with *error when it cannot watch.
    bool watch(Database &database, int generation, StorageError *error);
    /// On the database thread: the database stopped answering; try to get it back.
    void lose(Database &database, int generation, const QString &message);
    /// On the database thread: one attempt to open the database again.
    bool reconnect(Database &database, int generation, QString *error);

    State m_state = State::Closed;
    QString m_sourceName;
    Workspace m_workspace;
    QHash<QString, ChangeStamp> m_stamps;
    QString m_environment;
    QSet<QString> m_dirty;
    QHash<QString, Flag> m_drafts;
    QHash<QString, std::optional<Flag>> m_draftBases;   // what each draft started from
    QUndoStack *m_undoStack;
    QThread *m_thread;
    QObject *m_threadContext;                 // lives on m_thread: the target of posted work
    std::shared_ptr<Database> m_database;     // touched on m_thread only, but owned here
    int m_generation = 0;                     // which open() an answer belongs to
    int m_requests = 0;
    int m_pending = 0;
    int m_reloads = 0;
    bool m_reloadQueued = false;
    bool m_changingMany = false;
    /// m_workspace.flags' rows by key, for storedFlag(): checked on every use, rebuilt when
    /// it points amiss.
    mutable QHash<QString, qsizetype> m_flagRows;
    bool m_connectionLost = false;
    int m_reconnectFirst = 500;
    int m_reconnectMax = 10000;
    int m_heartbeat = 2000;
};

} // namespace Pennon
