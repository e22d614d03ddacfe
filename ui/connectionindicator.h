// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

class QStatusBar;

namespace Pennon {

class WorkspaceSession;

/// The status bar's permanent word on a lost database connection: "Connection to … lost;
/// retrying in 4 s", with the driver's words in the tooltip, shown while the session is
/// reconnecting and gone once it is back (the status bar then says so for a while).
class ConnectionIndicator final : public QLabel
{
    Q_OBJECT
public:
    /// Adds itself to statusBar as a permanent widget.
    ConnectionIndicator(WorkspaceSession *session, QStatusBar *statusBar);

private:
    void lost(const QString &message);
    void retrying(const QString &message, int nextAttempt);
    void restored();
    void show(const QString &text, const QString &why);

    WorkspaceSession *m_session;
    QStatusBar *m_statusBar;
};

} // namespace Pennon
