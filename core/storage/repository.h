// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/changestamp.h"
#include "model/workspace.h"
#include "validation/problem.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <variant>

namespace Pennon {

/// What kind of object a change touched.
enum class ObjectKind { Environment, Activation, Segment, Flag, Persona };
QString objectKindName(ObjectKind kind);              ///< "environment", "activation", ...
bool parseObjectKind(const QString &name, ObjectKind *out);

/// One recorded change (audit history): who, when, which object, the state before and after
/// as Pennon JSON (empty before: created; empty after: deleted), and an optional comment.
struct Change {
    qint64 id = 0;
    QDateTime time;            ///< UTC
    QString actor;             ///< the database user, else the OS user
    ObjectKind kind = ObjectKind::Flag;
    QString key;
    qint64 versionBefore = 0;  ///< 0 when created
    qint64 versionAfter = 0;   ///< 0 when deleted
    QByteArray before;         ///< Pennon JSON of the object, or empty
    QByteArray after;
    QString comment;
    qint64 revertOf = 0;       ///< the change this one reverted, or 0
};

/// Which changes a history listing holds, newest first: each field set narrows it.
struct ChangeQuery {
    std::optional<ObjectKind> kind;
    QString key;               ///< the object's key contains this, in any case (exactKey: is it)
    bool exactKey = false;
    QString actor;             ///< the actor contains this, in any case
    QDateTime from;            ///< at or after (invalid: no bound)
    QDateTime until;           ///< before (invalid: no bound)
    qint64 olderThan = 0;      ///< ids below this only (0: no bound): the next page
    qint64 newerThan = 0;      ///< ids above this only (0: no bound): what came since
    int limit = 0;             ///< at most this many (0: all)
    /// With each change's before and after; without them (the light listing) both are empty
    /// and versionBefore / versionAfter (0) say whether the object was created or deleted.
    bool withStates = false;
};

/// Why a write did not happen.
struct StorageError {
    enum class Kind {
        None,
        Conflict,      ///< the stored version is newer than the one the caller started from
        Invalid,       ///< the data does not validate; problems name the places
        NotFound,      ///< no such object or change
        Failure,       ///< the database failed (unreachable, I/O, constraint, ...)
        NewerSchema,   ///< the database was written by a newer Pennon
    };
    Kind kind = Kind::None;
    QString message;           ///< translated, names the object and the reason
    Problems problems;         ///< for Invalid
    // For Conflict: which object, who changed it last, and when.
    ObjectKind conflictKind = ObjectKind::Flag;
    QString conflictKey;
    QString conflictActor;
    QDateTime conflictTime;
    qint64 storedVersion = 0;

    bool ok() const { return kind == Kind::None; }
};

/// Any object a change can touch.
using StoredObject = std::variant<Environment, Activation, Segment, Flag, Persona>;

/// One object of a batch write: saved when next is given, deleted when it is empty.
struct ObjectWrite {
    ObjectKind kind = ObjectKind::Flag;
    QString key;
    std::optional<StoredObject> next;
    /// The version the edit started from, as for saveFlag (0: must not exist yet; -1:
    /// unconditional).
    qint64 expectedVersion = -1;
};

/// Many objects written as one: one transaction, every version checked, the result validated
/// as a whole, one recorded change per object (all with the same time and comment).
struct WorkspaceWrite {
    QList<ObjectWrite> objects;
    /// The environments' order afterwards, every environment once (empty: unchanged; new
    /// environments go last).
    QStringList environmentOrder;
    bool isEmpty() const { return objects.isEmpty() && environmentOrder.isEmpty(); }
};

/// What an import would change (dry run) or changed.
struct ImportSummary {
    QStringList added;         ///< "flag new-checkout", "environment staging", ...
    QStringList changed;
    QStringList removed;
    QStringList unchanged;
};

/// How an import treats objects the file does not mention.
enum class ImportMode {
    Merge,    ///< add and update what the file has; keep the rest
    Replace,  ///< the workspace becomes exactly the file: objects not in it are removed
};

/// A workspace in a database (STYLE.md: storage behind an interface; the engine and the UI
/// never see SQL). Every change is one transaction, checked against the version the caller
/// started from, validated against the rest of the workspace, and recorded in the history.
class WorkspaceRepository
{
public:
    virtual ~WorkspaceRepository() = default;

    /// The whole workspace, with versions.
    virtual std::optional<Workspace> load(StorageError *error) = 0;
    virtual std::optional<Flag> flag(const QString &key, StorageError *error) = 0;

    /// Creates or updates one flag. expectedVersion: the version the edit started from
    /// (0: the flag must not exist yet; -1: unconditional). The new version is returned.
    virtual std::optional<qint64> saveFlag(const Flag &flag, qint64 expectedVersion,
                                           const QString &comment, StorageError *error) = 0;
    virtual bool deleteFlag(const QString &key, qint64 expectedVersion, const QString &comment,
                            StorageError *error) = 0;
    virtual std::optional<qint64> saveEnvironment(const Environment &environment, qint64 expectedVersion,
                                                  const QString &comment, StorageError *error) = 0;
    virtual std::optional<qint64> saveActivation(const Activation &activation, qint64 expectedVersion,
                                                 const QString &comment, StorageError *error) = 0;
    virtual std::optional<qint64> saveSegment(const Segment &segment, qint64 expectedVersion,
                                              const QString &comment, StorageError *error) = 0;

    /// Writes every object of the batch, or none (the first conflict, invalid result or
    /// failure stops it). Returns how many changes were recorded.
    virtual std::optional<int> saveAll(const WorkspaceWrite &write, const QString &comment,
                                       StorageError *error) = 0;

    /// Validates the whole result first, then writes everything in one transaction (or
    /// nothing, for a dry run), recording one change per object.
    virtual std::optional<ImportSummary> importWorkspace(const Workspace &workspace, ImportMode mode,
                                                         bool dryRun, const QString &comment,
                                                         StorageError *error) = 0;

    /// Changes, newest first; for one object when key is given; at most limit (0: all).
    virtual std::optional<QList<Change>> history(const QString &key, int limit, StorageError *error) = 0;
    /// Changes as the query asks, newest first; filters are applied by the database.
    virtual std::optional<QList<Change>> changes(const ChangeQuery &query, StorageError *error) = 0;
    /// One change with its states; NotFound when there is none.
    virtual std::optional<Change> change(qint64 id, StorageError *error) = 0;
    /// Reverts one change: a change of its own, refused (Conflict) if the object moved on since.
    virtual std::optional<Change> revert(qint64 changeId, const QString &comment, StorageError *error) = 0;

    /// When each flag was last saved and by whom, by flag key.
    virtual std::optional<QHash<QString, ChangeStamp>> flagStamps(StorageError *error) = 0;

    /// A number that grows with every committed change from any session (SQLite's data
    /// version, or the newest change id); the change watcher polls it.
    virtual std::optional<qint64> changeCounter(StorageError *error) = 0;
};

} // namespace Pennon
