// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Pennon {

/// Where a workspace lives: `sqlite:PATH` or
/// `postgresql://[user[:password]@]host[:port]/dbname` (PRODUCT.md). A password may be in the
/// URL, but Pennon never writes one into settings; PGPASSWORD and ~/.pgpass work as for psql.
struct DatabaseUrl {
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
public:
    enum class Kind { Sqlite, Postgresql };
    Kind kind = Kind::Sqlite;
    QString path;      ///< SQLite: the file (":memory:" for a throwaway database)
    QString host;      ///< PostgreSQL; empty: the default socket
    int port = 5432;
    QString user;
    QString password;
    QString database;

    /// Parses a URL; nullopt with *error naming what is wrong.
    static std::optional<DatabaseUrl> parse(const QString &text, QString *error);
    /// The per-user default workspace: a SQLite file in the user's data directory, shared by
    /// pennon and pennonctl.
    static DatabaseUrl defaultWorkspace();
    /// --db, else $PENNON_DB, else the default workspace.
    static std::optional<DatabaseUrl> resolve(const QString &option, QString *error);

    /// The URL without its password, for messages and settings.
    QString toDisplayString() const;
};

} // namespace Pennon
