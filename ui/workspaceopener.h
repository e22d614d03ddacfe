// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"
#include "storage/databaseurl.h"
#include "storage/repository.h"

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace Pennon {

class WorkspaceSession;

/// File ▸ Open…, File ▸ Open Recent and File ▸ Connect to PostgreSQL…: asks before unsaved
/// drafts are dropped (or saves them first), opens the workspace on the session's thread,
/// remembers it (never with its password), asks for a password when the server wants one that
/// was not given, and when it cannot be opened says why (status bar and a message box) and
/// goes back to the workspace the window had.
class WorkspaceOpener final : public QObject
{
    Q_OBJECT
public:
    WorkspaceOpener(QWidget *window, WorkspaceSession *session);

    QAction *openAction() const { return m_openAction; }
    QAction *connectAction() const { return m_connectAction; }
    QMenu *recentMenu() const { return m_recentMenu; }

    /// The workspace the app starts with (no question asked): remembered once it is open.
    void openAtStart(const DatabaseUrl &url);
    /// Opens url, after asking whether unsaved drafts may go (nothing happens on Cancel).
    void open(const DatabaseUrl &url);
    /// Shows the file dialog (non-native on the offscreen platform, for tests).
    void chooseFile();
    /// Shows File ▸ Connect to PostgreSQL's dialog; what it connects to is opened.
    void showConnectDialog();

Q_SIGNALS:
    /// For the status bar.
    void message(const QString &text);
    /// The workspace openAtStart() was given cannot be opened (after asking for a password
    /// when the server wanted one and the user cancelled): main() shows the demo instead.
    void startFailed(const Pennon::StorageError &error);

private:
    void rebuildRecentMenu();
    void openRecent(const QString &entry);
    void startOpen(const DatabaseUrl &url);
    void opened();
    void failed(const StorageError &error);
    /// The server wants a password for m_pending: asks, and opens again with it; false when
    /// it is not that kind of failure.
    bool askPassword(const QString &error);
    void restorePrevious(const QString &name, const QString &error);

    QWidget *m_window;
    WorkspaceSession *m_session;
    QAction *m_openAction;
    QAction *m_connectAction;
    QMenu *m_recentMenu;
    std::optional<DatabaseUrl> m_current;     // the workspace open now, when it is a database
    std::optional<DatabaseUrl> m_pending;     // asked for, not open yet
    std::optional<DatabaseUrl> m_previous;    // to go back to when m_pending fails
    std::optional<Workspace> m_previousDetached;   // …or the read-only workspace shown
    QString m_previousName;
    bool m_pendingAtStart = false;
    bool m_restoring = false;
    bool m_askedPassword = false;   // m_pending's password was typed into the prompt
    StorageError m_lastFailure;     // why m_pending did not open (for startFailed after a cancel)
};

} // namespace Pennon
