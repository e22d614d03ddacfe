// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "connectionindicator.h"

#include "problemlabel.h"
#include "workspacesession.h"

#include <QStatusBar>

namespace Pennon {

using namespace Qt::StringLiterals;

ConnectionIndicator::ConnectionIndicator(WorkspaceSession *session, QStatusBar *statusBar)
    : QLabel(statusBar)
    , m_session(session)
    , m_statusBar(statusBar)
{
    setObjectName(u"connectionIndicator"_s);
    setAccessibleName(tr("Database connection"));
    setTextFormat(Qt::PlainText);
    setVisible(false);
    statusBar->addPermanentWidget(this);
    connect(session, &WorkspaceSession::connectionLost, this, &ConnectionIndicator::lost);
    connect(session, &WorkspaceSession::reconnectFailed, this, &ConnectionIndicator::retrying);
    connect(session, &WorkspaceSession::connectionRestored, this, &ConnectionIndicator::restored);
    // Another workspace (or none): nothing is lost any more.
    connect(session, &WorkspaceSession::stateChanged, this, [this] {
        if (!m_session->isConnectionLost())
            setVisible(false);
    });
}

void ConnectionIndicator::show(const QString &text, const QString &why)
{
    setText(u"⚠ "_s + text);
    setToolTip(tr("%1\nUnsaved changes are kept; saving works again once the connection is back.\n%2")
                       .arg(text, why));
    setAccessibleDescription(toolTip());
    // The error colour, as the messages about wrong values have it.
    QPalette p = palette();
    p.setColor(QPalette::WindowText, errorColour(m_statusBar->palette()));
    setPalette(p);
    setVisible(true);
}

void ConnectionIndicator::lost(const QString &message)
{
    show(tr("Connection to %1 lost; reconnecting…").arg(m_session->sourceName()), message);
}

void ConnectionIndicator::retrying(const QString &message, int nextAttempt)
{
    const int seconds = std::max(1, (nextAttempt + 500) / 1000);
    show(tr("Connection to %1 lost; retrying in %n s", nullptr, seconds).arg(m_session->sourceName()), message);
}

void ConnectionIndicator::restored()
{
    setVisible(false);
    m_statusBar->showMessage(tr("Connection to %1 is back; the workspace was reloaded.").arg(m_session->sourceName()),
                             30000);
}

} // namespace Pennon
