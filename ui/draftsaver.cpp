// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "draftsaver.h"

#include "reviewdialog.h"
#include "workspacesession.h"

#include <QTimer>
#include <QWidget>

namespace Pennon {

DraftSaver *DraftSaver::start(WorkspaceSession *session, QWidget *window)
{
    auto *saver = new DraftSaver(session, window);
    // After the caller has connected to finished().
    QTimer::singleShot(0, saver, &DraftSaver::review);
    return saver;
}

DraftSaver::DraftSaver(WorkspaceSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    connect(m_session, &WorkspaceSession::flagSaved, this,
            [this](int request, const QString &, qint64) { answered(request, true); });
    connect(m_session, &WorkspaceSession::saveFailed, this,
            [this](int request, const QString &, const StorageError &) { answered(request, false); });
}

void DraftSaver::review()
{
    if (m_session->drafts().isEmpty()) {
        finish(true);
        return;
    }
    auto *dialog = new ReviewDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            save(dialog->flags(), dialog->comment());
        else
            finish(false);
    });
    dialog->open();
}

void DraftSaver::save(const QStringList &keys, const QString &comment)
{
    // One transaction: every flag reviewed is saved, or none is.
    const int request = m_session->saveDrafts(keys, comment);
    if (request < 0)
        m_failed = true;   // refused; the session said why
    else
        m_requests.insert(request);
    if (m_requests.isEmpty())
        finish(!m_failed);
}

void DraftSaver::answered(int request, bool saved)
{
    if (!m_requests.remove(request))
        return;
    if (!saved)
        m_failed = true;
    if (m_requests.isEmpty())
        finish(!m_failed);
}

void DraftSaver::finish(bool saved)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(saved);
    deleteLater();
}

} // namespace Pennon
