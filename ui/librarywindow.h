// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "libraryeditor.h"
#include "model/uses.h"

#include <QDialog>

#include <memory>

class QTabWidget;
class QTimer;
class QUndoGroup;

namespace Pennon {

class LibraryTab;
class WorkspaceSession;

/// Edit ▸ Activations and Segments…: the workspace's activation library and its segments, a
/// tab each (LibraryTab: the list with who uses each, and its editor). A window of its own
/// beside the main window; Ctrl+Z in it undoes the edit of the tab shown. Who uses what
/// (WorkspaceUses) is worked out once per change of the workspace, on a pool thread (at 10,000
/// flags it takes tens of milliseconds), and shared by both tabs.
class LibraryWindow final : public QDialog
{
    Q_OBJECT
public:
    explicit LibraryWindow(WorkspaceSession *session, QWidget *parent = nullptr);
    ~LibraryWindow() override;

    LibraryTab *activations() const { return m_activations; }
    LibraryTab *segments() const { return m_segments; }
    /// Whether who uses what is worked out for the workspace as it is now (it is worked out
    /// off the GUI thread after each change; usesUpdated() says when it is in).
    bool isUpToDate() const;
    /// Shows the tab of this kind with the object selected.
    void showObject(Pennon::LibraryKind kind, const QString &key);

Q_SIGNALS:
    /// The user asked to see this flag (in the main window).
    void flagRequested(const QString &key);
    /// Who uses what was worked out again, and the tabs show it.
    void usesUpdated();
    /// An editor's Impact…: the object as edited, to compare with its saved state.
    void impactRequested(const Pennon::LibraryObject &edited);
    /// An editor's object got other conditions (LibraryEditor::conditionsEdited).
    void conditionsEdited(const Pennon::LibraryObject &edited);

public Q_SLOTS:
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void adopt(int generation, const std::shared_ptr<const WorkspaceUses> &uses);

    WorkspaceSession *m_session;
    std::shared_ptr<const WorkspaceUses> m_uses;
    int m_generation = 0;   ///< which rebuild() the tabs wait for
    int m_running = 0;      ///< rebuilds under way off the GUI thread
    QTabWidget *m_tabs;
    LibraryTab *m_activations;
    LibraryTab *m_segments;
    QUndoGroup *m_undo;
    QTimer *m_rebuild;
    bool m_stale = false;   ///< hidden while the workspace changed: rebuilt when shown
};

} // namespace Pennon
