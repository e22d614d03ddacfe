// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "bulkedit.h"

#include <QObject>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace Pennon {

class FlagListModel;
class FlagListView;
class WorkspaceSession;

/// What changes many flags at once, for the window to put in its menus: Edit ▸ Bulk Edit (Add
/// Tags…, Remove Tags…, Set Owner…, Switch On in ▸, Switch Off in ▸, Archive, Unarchive) on
/// the flags selected in the list, View ▸ Environment ▸ Promote… and a flag's Promote To…; the list's
/// context menu offers them too. Each shows what it changes first (BulkEditDialog,
/// PromoteDialog) and is one step on the session's undo stack. selectionSummary() says how
/// many flags are selected when there is more than one.
class BulkActions final : public QObject
{
    Q_OBJECT
public:
    /// window: the dialogs' parent.
    BulkActions(WorkspaceSession *session, FlagListModel *model, FlagListView *list, QWidget *window);

    /// Edit ▸ Bulk Edit.
    QMenu *menu() const { return m_menu; }
    /// View ▸ Environment ▸ Promote…: every flag that differs between two environments.
    QAction *promoteAction() const { return m_promote; }
    /// Promote To…: the current flag.
    QAction *promoteFlagAction() const { return m_promoteFlag; }
    /// "3 flags selected", shown above the editor while more than one is.
    QLabel *selectionSummary() const { return m_summary; }

    /// Opens the dialog of a bulk edit on the selected flags (what the menu's actions do).
    void startBulkEdit(const BulkEdit &edit);
    /// Opens the promotion dialog; flagKey empty: every flag.
    void startPromotion(const QString &flagKey);

private:
    void rebuildEnvironmentMenus();
    void updateActions();
    void showContextMenu(const QPoint &position);

    WorkspaceSession *m_session;
    FlagListModel *m_model;
    FlagListView *m_list;
    QWidget *m_window;
    QMenu *m_menu;
    QMenu *m_switchOn;
    QMenu *m_switchOff;
    QList<QAction *> m_bulkActions;   // the menu's own, enabled with a selection
    QAction *m_promote;
    QAction *m_promoteFlag;
    QLabel *m_summary;
};

} // namespace Pennon
