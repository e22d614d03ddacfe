// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "sqlconnection.h"

#include "corelogging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace Pennon {

QString SqlConnection::uniqueName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("pennon-") + QString::number(++counter);
}

bool SqlConnection::open(const DatabaseUrl &url, const QString &name, StorageError *error)
{
    const bool sqlite = url.kind == DatabaseUrl::Kind::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        error->kind = StorageError::Kind::Failure;
        error->message = tr("the Qt SQL driver %1 is not installed").arg(driver);
        return false;
    }
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        if (sqlite) {
            const bool memory = url.path == u":memory:";
            if (!memory) {
                const QFileInfo file(url.path);
                if (!file.absoluteDir().exists() && !QDir().mkpath(file.absolutePath())) {
                    error->kind = StorageError::Kind::Failure;
                    error->message = tr("cannot create the directory %1 for the workspace")
                                             .arg(file.absolutePath());
                    db = QSqlDatabase();
                    QSqlDatabase::removeDatabase(name);
                    return false;
                }
            }
            db.setDatabaseName(url.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            if (!url.host.isEmpty())
                db.setHostName(url.host);
            db.setPort(url.port);
            if (!url.user.isEmpty())
                db.setUserName(url.user);
            // Empty: libpq then reads PGPASSWORD and ~/.pgpass, as psql does.
            db.setPassword(url.password);
            db.setDatabaseName(url.database);
            // Keepalives and a TCP user timeout: a connection whose network went away fails
            // within about 20 s instead of the system's many minutes, so that the session
            // notices and reconnects.
            db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=pennon;keepalives=1;"
                                                "keepalives_idle=10;keepalives_interval=5;keepalives_count=2;"
                                                "tcp_user_timeout=20000"));
        }
        opened = db.open();
        if (opened && sqlite) {
            QSqlQuery q(db);
            // WAL lets readers go on while one process writes; :memory: has no journal file.
            if (url.path != u":memory:" && !q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
                qCWarning(lcCore) << "cannot switch to WAL:" << q.lastError().text();
            if (!q.exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
                opened = false;
                db.close();
            }
        } else if (opened) {
            QSqlQuery q(db);
            // Keep server messages (NOTICEs about existing objects) out of the user's way.
            q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
        }
        if (!opened) {
            error->kind = StorageError::Kind::Failure;
            error->message = tr("cannot open the workspace %1: %2")
                                     .arg(url.toDisplayString(), db.lastError().text());
        }
    }
    if (!opened)
        QSqlDatabase::removeDatabase(name);
    return opened;
}

void SqlConnection::close(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace Pennon
