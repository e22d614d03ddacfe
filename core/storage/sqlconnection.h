// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "databaseurl.h"
#include "repository.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Pennon {

/// Opens one QSqlDatabase connection for a database URL under a name of its own (each
/// repository and each change watcher has one): SQLite in WAL mode with foreign keys and a
/// busy timeout, PostgreSQL with an empty password so that libpq falls back to PGPASSWORD
/// and ~/.pgpass.
class SqlConnection final
{
    Q_DECLARE_TR_FUNCTIONS(SqlConnection)
public:
    /// A fresh, unused connection name ("pennon-7").
    static QString uniqueName();
    /// Opens the connection; false with *error (Failure) naming the database otherwise, in
    /// which case the connection is already removed again.
    static bool open(const DatabaseUrl &url, const QString &name, StorageError *error);
    /// Closes and removes the named connection.
    static void close(const QString &name);
};

} // namespace Pennon
