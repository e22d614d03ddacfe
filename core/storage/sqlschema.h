// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "repository.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace Pennon {

/// The workspace schema: created and migrated one numbered migration at a time, each in a
/// transaction of its own and recorded in `schema_version`. A database whose version is
/// newer than CurrentVersion is refused (qBittorrent's resume-data storage keeps creation and
/// updateDB(fromVersion) private in the same way).
class SqlSchema final
{
    Q_DECLARE_TR_FUNCTIONS(SqlSchema)
public:
    static constexpr int CurrentVersion = 3;

    /// Brings the database to CurrentVersion, or only to target (an older version: a database
    /// as an older Pennon left it, for the migration tests); false with *error otherwise.
    static bool ensure(QSqlDatabase &db, StorageError *error, int target = CurrentVersion);
    /// The version recorded in the database (0: empty), or -1 with *error.
    static int storedVersion(QSqlDatabase &db, StorageError *error);

private:
    static bool updateDB(QSqlDatabase &db, int fromVersion, int toVersion, StorageError *error);
    /// The statements of one migration, for the database's dialect.
    static QStringList migration(int version, bool postgres);
};

} // namespace Pennon
