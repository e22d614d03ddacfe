// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "databaseurl.h"
#include "repository.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Pennon {

class SqlRepository;

/// Tells within about a second when the workspace changed in another session (another
/// window, pennonctl, a colleague on the same PostgreSQL database): PostgreSQL through
/// LISTEN pennon_changes on a connection of its own, SQLite by polling the change counter.
/// Changes made through this process's repositories are reported too; a reload is harmless.
/// On PostgreSQL it also asks the server every few seconds whether it is still there (a
/// LISTEN connection hears nothing when the server goes): lost() when it is not.
class ChangeWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(QObject *parent = nullptr);
    ~ChangeWatcher() override;

    /// Starts watching; false with *error when the database cannot be reached.
    bool start(const DatabaseUrl &url, StorageError *error);
    void stop();
    /// The SQLite polling interval (500 ms by default).
    void setInterval(int milliseconds);
    /// How often a PostgreSQL server is asked whether it is still there (2000 ms by default).
    void setHeartbeat(int milliseconds);
    /// Asks now: false, with lost() emitted once, when the server does not answer.
    bool check();

Q_SIGNALS:
    void changed();
    /// The database stopped answering (PostgreSQL stopped, the network gone, the connection
    /// killed). Emitted once; the watcher stops: start() again once it is back.
    void lost(const QString &message);

private:
    void poll();

    QTimer m_timer;
    QTimer m_heartbeat;
    std::unique_ptr<SqlRepository> m_repository;   // SQLite: polled
    QString m_connectionName;                      // PostgreSQL: listening
    qint64 m_counter = -1;
};

} // namespace Pennon
