// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "objectjson.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <map>
#include <memory>
#include <optional>

namespace Pennon {

/// The rows of the normalised workspace tables: reads the whole workspace with one ordered
/// query per table and assembles it in memory, and writes one object's rows with prepared
/// statements that are kept and reused (an import of thousands of flags prepares each
/// statement once).
class SqlRows final
{
    Q_DECLARE_TR_FUNCTIONS(SqlRows)
public:
    explicit SqlRows(const QString &connectionName);
    ~SqlRows();

    /// The whole workspace; nullopt with *error (a corrupt value gives a QSqlError of its own).
    std::optional<Workspace> load(QSqlError *error);

    /// Inserts an object's row and child rows at a display position.
    bool insert(const StoredObject &object, int position, QSqlError *error);
    /// Inserts new flags (each with its display position) with their child rows, many rows
    /// per statement: an import of thousands of flags makes a few hundred round trips, not
    /// several per flag.
    bool insertFlags(const QList<std::pair<const Flag *, int>> &flags, QSqlError *error);
    /// Updates an object's row (its position stays) and rewrites its child rows: only those
    /// that differ from before (the stored state), so that an edit of a flag's name or of one
    /// environment writes a handful of rows, not all of them; without before, the caller has
    /// removed them already (removeChildren) and all of them are written.
    bool update(const StoredObject &object, const StoredObject *before, QSqlError *error);
    /// Deletes the child rows of an object (rules, variations, conditions, ...).
    bool removeChildren(ObjectKind kind, const QString &key, QSqlError *error);
    /// Deletes an object with its child rows.
    bool remove(ObjectKind kind, const QString &key, QSqlError *error);
    bool setPosition(ObjectKind kind, const QString &key, int position, QSqlError *error);
    /// One past the highest display position of a kind.
    std::optional<int> nextPosition(ObjectKind kind, QSqlError *error);

    /// What flags' updated_at and updated_by get on the next writes.
    void setStamp(const QString &time, const QString &actor);
    /// Drops the prepared statements (before the connection closes).
    void clear();

private:
    QSqlQuery &statement(const char *sql);
    bool run(QSqlQuery &q, QSqlError *error);
    bool insertMain(const StoredObject &object, int position, QSqlError *error);
    bool insertChildren(const StoredObject &object, QSqlError *error);
    /// The parts of a flag's child rows to write; an empty environments list with
    /// allEnvironments false writes none of them.
    struct FlagParts {
        bool tags = true;
        bool variations = true;
        bool allEnvironments = true;
        QStringList environments;
    };
    bool insertFlagChildren(const Flag &flag, const FlagParts &parts, QSqlError *error);
    /// The child rows of flags, table by table, row after row.
    struct ChildRows {
        QVariantList tags, variations, environments, rules, conditions;
    };
    static void collectFlagChildren(const Flag &flag, const FlagParts &parts, ChildRows *rows);
    bool writeFlagChildren(const ChildRows &rows, QSqlError *error);
    /// Deletes the child rows of the parts of before that differ from flag and returns them.
    std::optional<FlagParts> removeChangedFlagChildren(const Flag &flag, const Flag &before,
                                                       QSqlError *error);
    /// Inserts rows (values: row after row) with multi-row INSERTs; head ends in "VALUES ".
    bool insertMany(const char *head, int columns, const QVariantList &values, QSqlError *error);

    QString m_connectionName;
    QHash<const char *, std::shared_ptr<QSqlQuery>> m_statements;
    std::map<std::pair<const char *, int>, std::shared_ptr<QSqlQuery>> m_batches;
    QString m_time;
    QString m_actor;
};

} // namespace Pennon
