// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "repository.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace Pennon {

/// The `changes` table: the audit history every write appends to, and what the repository
/// asks of it (the newest change of an object for conflict reports, the highest version an
/// object ever had so that a re-created object never reuses a version).
class ChangeLog final
{
public:
    explicit ChangeLog(const QString &connectionName);
    ~ChangeLog();

    /// Appends a change (its id is ignored) and returns the id it got.
    std::optional<qint64> record(const Change &change, QSqlError *error);
    /// Records many changes, many rows per statement, in order (for imports).
    bool recordMany(const QList<Change> &changes, QSqlError *error);
    /// Newest first; all objects when key is empty; limit 0: no limit.
    std::optional<QList<Change>> history(const QString &key, int limit, QSqlError *error);
    /// Changes as the query asks, newest first (SQL does the filtering).
    std::optional<QList<Change>> list(const ChangeQuery &query, QSqlError *error);
    /// The change with this id; an empty optional inside when there is none.
    std::optional<std::optional<Change>> change(qint64 id, QSqlError *error);
    /// The newest change of one object, if any.
    std::optional<std::optional<Change>> last(ObjectKind kind, const QString &key, QSqlError *error);
    /// One more than the highest version the object ever had (1 for a new key).
    std::optional<qint64> nextVersion(ObjectKind kind, const QString &key, QSqlError *error);
    /// The highest version each object ever had, by historyKey().
    std::optional<QHash<QString, qint64>> highestVersions(QSqlError *error);
    /// The newest change id (0: none).
    std::optional<qint64> maxId(QSqlError *error);

    static QString historyKey(ObjectKind kind, const QString &key);
    /// Drops the prepared statements (before the connection closes).
    void clear();

private:
    static Change fromRow(const QSqlQuery &q);

    QString m_connectionName;
    std::unique_ptr<QSqlQuery> m_insert;
    std::map<int, std::unique_ptr<QSqlQuery>> m_batches;
};

} // namespace Pennon
