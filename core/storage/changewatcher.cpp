// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "changewatcher.h"

#include "corelogging.h"
#include "sqlconnection.h"
#include "sqlrepository.h"

#include <QSqlDatabase>
#include <QSqlDriver>

namespace Pennon {

namespace {
const QString channel = QStringLiteral("pennon_changes");
}

ChangeWatcher::ChangeWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

ChangeWatcher::~ChangeWatcher()
{
    stop();
}

void ChangeWatcher::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
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
