// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

// The database a storage test runs against: SQLite in a temporary folder, or the PostgreSQL
// database PENNON_TEST_DATABASE names (scripts/pg-test-server.sh hands it over), emptied
// before each test function.

#include "storage/databaseurl.h"
#include "storage/repository.h"
#include "storage/sqlconnection.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace Pennon::TestDatabase {

/// The URL to test against; SQLite files go into dir. Fails (nullopt, why in *error) on a
/// malformed PENNON_TEST_DATABASE.
inline std::optional<DatabaseUrl> url(const QTemporaryDir &dir, QString *error)
{
    const QString configured = qEnvironmentVariable("PENNON_TEST_DATABASE");
    return DatabaseUrl::parse(configured.isEmpty()
                                  ? QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("workspace.sqlite"))
                                  : configured,
                              error);
}

/// Runs one SQL statement on a connection of its own; false (with a warning) when it fails.
inline bool execRaw(const DatabaseUrl &url, const QString &sql)
{
    const QString name = SqlConnection::uniqueName();
    StorageError error;
    if (!SqlConnection::open(url, name, &error)) {
        qWarning("%s", qPrintable(error.message));
        return false;
    }
    bool ok = false;
    {
        QSqlQuery q(QSqlDatabase::database(name, false));
        ok = q.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
    SqlConnection::close(name);
    return ok;
}

/// Empties the database: PostgreSQL's public schema dropped and made anew, SQLite's files gone.
inline void reset(const DatabaseUrl &url)
{
    if (url.kind == DatabaseUrl::Kind::Postgresql) {
        execRaw(url, QStringLiteral("DROP SCHEMA public CASCADE"));
        execRaw(url, QStringLiteral("CREATE SCHEMA public"));
    } else {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(url.path + QLatin1StringView(suffix));
    }
}

} // namespace Pennon::TestDatabase
