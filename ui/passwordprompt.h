// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "storage/databaseurl.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Pennon {

class ProblemLabel;

/// Asks for the password a PostgreSQL server wants and was not given (nor found in
/// PGPASSWORD or ~/.pgpass): for File ▸ Connect to PostgreSQL and for opening a workspace from
/// Open Recent. The password is kept in memory for the open workspace only, never written.
class PasswordPrompt final : public QDialog
{
    Q_OBJECT
public:
    /// problem: why it asks again (a password that was not accepted), or empty.
    PasswordPrompt(const DatabaseUrl &url, const QString &problem, QWidget *parent = nullptr);

    QString password() const;
    /// url with the password typed.
    DatabaseUrl url() const;

private:
    DatabaseUrl m_url;
    QLineEdit *m_password;
    QPushButton *m_ok;
};

} // namespace Pennon
