// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "changewatcher.h"

#include "corelogging.h"
#include "sqlconnection.h"
#include "sqlrepository.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace Pennon {

namespace {
const QString channel = QStringLiteral("pennon_changes");
}

ChangeWatcher::ChangeWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_heartbeat.setInterval(2000);
    connect(&m_heartbeat, &QTimer::timeout, this, &ChangeWatcher::check);
}

ChangeWatcher::~ChangeWatcher()
{
    stop();
}

void ChangeWatcher::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void ChangeWatcher::setHeartbeat(int milliseconds)
{
    m_heartbeat.setInterval(milliseconds);
}

bool ChangeWatcher::check()
{
    if (m_connectionName.isEmpty())
        return true;   // SQLite, or stopped
    QString message;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT 1")))
            return true;
        message = q.lastError().text().trimmed();
        // The driver may have closed the connection itself when its socket went bad.
        if (message.isEmpty() || !db.isOpen())
            message = tr("the server closed the connection");
    }
    // Stopped before the signal: a receiver may start() it again or delete it at once.
    stop();
    Q_EMIT lost(message);
    return false;
}

bool ChangeWatcher::start(const DatabaseUrl &url, StorageError *error)
{
    stop();
    *error = StorageError();
    if (url.kind == DatabaseUrl::Kind::Postgresql) {
        const QString name = SqlConnection::uniqueName();
        if (!SqlConnection::open(url, name, error))
            return false;
        m_connectionName = name;
        QSqlDriver *driver = QSqlDatabase::database(name, false).driver();
        if (!driver->subscribeToNotification(channel)) {
            error->kind = StorageError::Kind::Failure;
            error->message = tr("cannot listen for changes on %1").arg(url.toDisplayString());
            stop();
            return false;
        }
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &notified, QSqlDriver::NotificationSource, const QVariant &) {
                    if (notified == channel)
                        Q_EMIT changed();
                });
        m_heartbeat.start();
        return true;
    }
    m_repository = SqlRepository::open(url, error);
    if (!m_repository)
        return false;
    const auto counter = m_repository->changeCounter(error);
    if (!counter) {
        m_repository.reset();
        return false;
    }
    m_counter = *counter;
    m_timer.start();
    return true;
}

void ChangeWatcher::stop()
{
    m_timer.stop();
    m_heartbeat.stop();
    m_repository.reset();
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isValid() && db.driver())
                db.driver()->unsubscribeFromNotification(channel);
        }
        SqlConnection::close(m_connectionName);
        m_connectionName.clear();
    }
}

void ChangeWatcher::poll()
{
    if (!m_repository)
        return;
    StorageError error;
    const auto counter = m_repository->changeCounter(&error);
    if (!counter) {
        qCWarning(lcCore) << "change watcher:" << error.message;
        return;
    }
    if (*counter != m_counter) {
        m_counter = *counter;
        Q_EMIT changed();
    }
}

} // namespace Pennon
