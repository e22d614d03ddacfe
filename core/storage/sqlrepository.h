// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "databaseurl.h"
#include "objectjson.h"
#include "repository.h"

#include <QCoreApplication>
#include <QSqlError>

#include <functional>
#include <memory>
#include <optional>

namespace Pennon {

class ChangeLog;
class SqlRows;

/// The workspace in SQLite or PostgreSQL (STYLE.md: storage behind an interface). Every
/// write is one transaction that holds the workspace's write lock (SQLite: BEGIN IMMEDIATE;
/// PostgreSQL: a transaction-scoped advisory lock plus the version check), checks the
/// version the caller started from, validates the result against the rest of the
/// workspace, writes the normalised rows and records the change.
class SqlRepository final : public WorkspaceRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlRepository)
public:
    /// Connects (a connection of its own) and creates or migrates the schema.
    static std::unique_ptr<SqlRepository> open(const DatabaseUrl &url, StorageError *error);
    ~SqlRepository() override;

    SqlRepository(const SqlRepository &) = delete;
    SqlRepository &operator=(const SqlRepository &) = delete;

    std::optional<Workspace> load(StorageError *error) override;
    std::optional<Flag> flag(const QString &key, StorageError *error) override;
    std::optional<qint64> saveFlag(const Flag &flag, qint64 expectedVersion, const QString &comment,
                                   StorageError *error) override;
    bool deleteFlag(const QString &key, qint64 expectedVersion, const QString &comment,
                    StorageError *error) override;
    std::optional<qint64> saveEnvironment(const Environment &environment, qint64 expectedVersion,
                                          const QString &comment, StorageError *error) override;
    std::optional<qint64> saveActivation(const Activation &activation, qint64 expectedVersion,
                                         const QString &comment, StorageError *error) override;
    std::optional<qint64> saveSegment(const Segment &segment, qint64 expectedVersion,
                                      const QString &comment, StorageError *error) override;
    std::optional<int> saveAll(const WorkspaceWrite &write, const QString &comment,
                               StorageError *error) override;
    std::optional<ImportSummary> importWorkspace(const Workspace &workspace, ImportMode mode,
                                                 bool dryRun, const QString &comment,
                                                 StorageError *error) override;
    std::optional<QList<Change>> history(const QString &key, int limit, StorageError *error) override;
    std::optional<Change> revert(qint64 changeId, const QString &comment, StorageError *error) override;
    std::optional<qint64> changeCounter(StorageError *error) override;
    std::optional<QHash<QString, ChangeStamp>> flagStamps(StorageError *error) override;

    /// Where the workspace is (without password).
    const DatabaseUrl &url() const { return m_url; }
    /// Who changes are recorded as: the database user, else the OS user.
    const QString &actor() const { return m_actor; }

    /// Test-only seam for the crash tests (tests/pennonctl_crashtest.cpp); production code
    /// never calls it. Once set, every import in the process that writes more than
    /// afterObjects objects flushes the first afterObjects to the database and calls
    /// hook(afterObjects) inside its still open transaction before writing the next, so that
    /// a test can pause and kill it exactly there. afterObjects <= 0 removes the hook. Not
    /// thread-safe: set it before any import starts.
    static void setImportHook(int afterObjects, std::function<void(int written)> hook);

private:
    SqlRepository(const DatabaseUrl &url, const QString &connectionName);

    bool begin(StorageError *error);
    bool commit(StorageError *error);
    void rollback();
    /// The workspace as of now, from the cache when no change was committed since.
    const Workspace *current(StorageError *error);
    std::optional<Workspace> loadFresh(StorageError *error);
    std::optional<qint64> counter(QSqlError *error);
    /// The one write path: puts next (or deletes when empty) as a recorded change.
    std::optional<qint64> write(ObjectKind kind, const QString &key, std::optional<StoredObject> next,
                                qint64 expectedVersion, const QString &comment, qint64 revertOf,
                                Change *recorded, StorageError *error);
    void conflict(ObjectKind kind, const QString &key, qint64 stored, qint64 expected,
                  StorageError *error);
    void fail(const QSqlError &sqlError, const QString &what, StorageError *error);

    DatabaseUrl m_url;
    QString m_connectionName;
    bool m_postgres = false;
    QString m_actor;
    std::unique_ptr<SqlRows> m_rows;
    std::unique_ptr<ChangeLog> m_changes;
    std::optional<Workspace> m_cache;
    qint64 m_cacheCounter = -1;
};

} // namespace Pennon
