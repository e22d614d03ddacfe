// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"
#include "storage/databaseurl.h"

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace Pennon {

class WorkspaceSession;

/// File ▸ Open… and File ▸ Open Recent: asks before unsaved drafts are dropped, opens the
/// workspace on the session's thread, remembers it, and when it cannot be opened says why
/// (status bar and a message box) and goes back to the workspace the window had.
class WorkspaceOpener final : public QObject
{
    Q_OBJECT
public:
    WorkspaceOpener(QWidget *window, WorkspaceSession *session);

    QAction *openAction() const { return m_openAction; }
    QMenu *recentMenu() const { return m_recentMenu; }

    /// The workspace the app starts with (no question asked): remembered once it is open.
    void openAtStart(const DatabaseUrl &url);
    /// Opens url, after asking whether unsaved drafts may go (nothing happens on Cancel).
    void open(const DatabaseUrl &url);
    /// Shows the file dialog (non-native on the offscreen platform, for tests).
    void chooseFile();

Q_SIGNALS:
    /// For the status bar.
    void message(const QString &text);

private:
    void rebuildRecentMenu();
    void openRecent(const QString &entry);
    void startOpen(const DatabaseUrl &url);
    void opened();
    void failed(const QString &error);

    QWidget *m_window;
    WorkspaceSession *m_session;
    QAction *m_openAction;
    QMenu *m_recentMenu;
    std::optional<DatabaseUrl> m_current;     // the workspace open now, when it is a database
    std::optional<DatabaseUrl> m_pending;     // asked for, not open yet
    std::optional<DatabaseUrl> m_previous;    // to go back to when m_pending fails
    std::optional<Workspace> m_previousDetached;   // …or the read-only workspace shown
    QString m_previousName;
    bool m_pendingAtStart = false;
    bool m_restoring = false;
};

} // namespace Pennon
