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

Q_SIGNALS:
    void changed();

private:
    void poll();

    QTimer m_timer;
    std::unique_ptr<SqlRepository> m_repository;   // SQLite: polled
    QString m_connectionName;                      // PostgreSQL: listening
    qint64 m_counter = -1;
};

} // namespace Pennon
