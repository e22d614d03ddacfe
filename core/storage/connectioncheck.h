// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "databaseurl.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

namespace Pennon {

/// What an attempt to reach a workspace database found, in plain words: File ▸ Connect to
/// PostgreSQL's Test connection, its Connect, and the question whether a failed open wants a
/// password.
struct ConnectionReport {
    enum class Outcome {
        Ok,                    ///< connected; serverVersion and schemaVersion say what is there
        Unreachable,           ///< no such host, no route, timed out
        Refused,               ///< the host answers, but nothing listens on the port
        PasswordRequired,      ///< the server asks for a password and none was given
        AuthenticationFailed,  ///< wrong password, unknown user, or not allowed from here
        NoSuchDatabase,
        NewerSchema,           ///< a workspace written by a newer Pennon (StorageError::Kind::NewerSchema)
        Failure,               ///< anything else; detail has the driver's words
    };
    Outcome outcome = Outcome::Failure;
    QString message;          ///< translated, one or two sentences
    QString detail;           ///< the driver's or server's own words, trimmed; may be empty
    QString serverVersion;    ///< "PostgreSQL 15.4 …", "SQLite 3.40.1" when connected
    int schemaVersion = 0;    ///< the workspace's schema version; 0: no workspace there yet

    bool ok() const { return outcome == Outcome::Ok; }
};

/// Tries a database URL the way a workspace is opened (SqlConnection), without creating or
/// migrating anything, and classifies what went wrong. libpq reads PGPASSWORD and ~/.pgpass
/// when the URL has no password, as psql does.
class ConnectionCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCheck)
public:
    /// Connects, asks the server's version and the workspace's schema version, disconnects.
    /// Blocks (up to the connect timeout): call it off the GUI thread, or use start().
    static ConnectionReport run(const DatabaseUrl &url);
    /// run() on the global thread pool; the future has the one report.
    static QFuture<ConnectionReport> start(const DatabaseUrl &url);

    /// What kind of failure a driver's message (or an open's StorageError::message, which
    /// carries it) tells of. Failure when it is none of the known ones.
    static ConnectionReport::Outcome classify(const QString &driverText);
    /// The report for a failure of url with the driver's text.
    static ConnectionReport failure(const DatabaseUrl &url, const QString &driverText);
};

} // namespace Pennon
