// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>

class QWidget;

namespace Pennon {

class WorkspaceSession;

/// File ▸ Save's course, for the menu and for "Save first" before another workspace opens:
/// the review (ReviewDialog), then every reviewed draft saved. finished(true) once each was
/// saved; finished(false) when the review was cancelled or a save failed or was refused (the
/// session says why). It deletes itself after finished().
class DraftSaver final : public QObject
{
    Q_OBJECT
public:
    /// Shows the review over window and goes on from there.
    static DraftSaver *start(WorkspaceSession *session, QWidget *window);

Q_SIGNALS:
    void finished(bool saved);

private:
    DraftSaver(WorkspaceSession *session, QWidget *window);
    void review();
    void save(const QStringList &keys, const QString &comment);
    void answered(int request, bool saved);
    void finish(bool saved);

    WorkspaceSession *m_session;
    QWidget *m_window;
    QSet<int> m_requests;   // saves not answered yet
    bool m_failed = false;
    bool m_done = false;
};

} // namespace Pennon
