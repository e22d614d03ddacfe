// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "storage/connectioncheck.h"
#include "storage/databaseurl.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Pennon {

class ProblemLabel;

/// File ▸ Connect to PostgreSQL…: host, port, database, user and an optional password (empty:
/// libpq reads PGPASSWORD and ~/.pgpass, as psql does). Test Connection tries it off the GUI
/// thread and says what failed in plain words; Connect does the same, asks for a password when
/// the server wants one that was not given, and closes once the server let it in: url() is
/// then the workspace to open. The fields but the password are remembered for next time.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    /// The connection as typed, with the password (typed or asked for).
    DatabaseUrl url() const;
    /// The last report shown (Test Connection or Connect).
    ConnectionReport lastReport() const { return m_report; }

Q_SIGNALS:
    /// A check finished and its report is shown.
    void reportShown();

private:
    enum class Purpose { Test, Connect };
    void updateButtons();
    void check(Purpose purpose);
    void checked();
    void askPassword(const QString &problem);
    void remember() const;

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_result;
    ProblemLabel *m_problem;
    QPushButton *m_test;
    QPushButton *m_connect;
    QFutureWatcher<ConnectionReport> m_watcher;
    Purpose m_purpose = Purpose::Test;
    ConnectionReport m_report;
};

} // namespace Pennon
