// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QSplitter;

namespace Pennon {

class EnvironmentSelector;
class FlagDetailsView;
class FlagFilterProxy;
class FlagListModel;
class FlagListView;
class MainActions;
class WorkspaceRepository;

/// The main window: the flag list beside the selected flag's details, an environment
/// selector and a search field in the toolbar, the flag count in the status bar.
/// Wiring only: the parts are classes of their own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// Where the shown workspace comes from, as the title and status bar say.
    enum class Origin { None, Demo, Database };

    explicit MainWindow(QWidget *parent = nullptr);

    /// source names a database workspace (its URL without password) for Origin::Database.
    void setWorkspace(const Workspace &workspace, Origin origin, const QString &source = {});
    const Workspace &workspace() const { return m_workspace; }

    MainActions *mainActions() const { return m_actions; }
    /// The workspace database the shown workspace comes from, for File ▸ Import (not owned;
    /// nullptr disables importing).
    void setRepository(WorkspaceRepository *repository);

private:
    void createMenus();
    void createToolBar();
    void showFlag(const QString &key);
    void updateStatus();
    void showAbout();
    void showExport();
    void showImport();
    QString originText() const;

    Workspace m_workspace;
    Origin m_origin = Origin::None;
    QString m_source;
    WorkspaceRepository *m_repository = nullptr;
    MainActions *m_actions;
    FlagListModel *m_model;
    FlagFilterProxy *m_proxy;
    FlagListView *m_list;
    FlagDetailsView *m_details;
    EnvironmentSelector *m_environments;
    QLineEdit *m_search;
    QLabel *m_status;
    QSplitter *m_splitter;
};

} // namespace Pennon
