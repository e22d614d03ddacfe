// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/persona.h"
#include "model/workspace.h"
#include "validation/problem.h"

#include <QHash>
#include <QPointer>

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTabBar;
class QTimer;

namespace Pennon {

class BulkActions;
class EnvironmentEditor;
class EnvironmentSelector;
class FlagDetailsView;
class FlagFilterProxy;
class FlagGeneralEditor;
class FlagVariationsEditor;
class FlagListModel;
class FlagListView;
class LibraryWindow;
class HistoryPane;
class HistoryWindow;
class MainActions;
class PersonaWindow;
class WorkspaceOpener;
class WorkspaceSession;

/// The main window: the flag list beside the selected flag's details, an environment
/// selector and a search field in the toolbar, the flag count and every error in the status
/// bar. It shows a WorkspaceSession and follows it flag by flag. Wiring only: the parts are
/// classes of their own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// Shows the session's workspace and follows it (not owned; it outlives the window).
    explicit MainWindow(WorkspaceSession *session, QWidget *parent = nullptr);

    WorkspaceSession *session() const { return m_session; }
    MainActions *mainActions() const { return m_actions; }
    /// File ▸ Open… and Open Recent.
    WorkspaceOpener *workspaceOpener() const { return m_opener; }
    /// The validator's problems of a flag with unsaved changes (none: it can be saved).
    Problems draftProblems(const QString &key) const { return m_draftProblems.value(key); }
    /// Simulate ▸ Persona…: the persona window (one, raised when open); on a flag's row when
    /// given, and showing the persona when given (e.g. a sample user of a simulation).
    void showPersona(const QString &flagKey, const std::optional<Persona> &persona = std::nullopt);

private:
    void createMenus();
    void createToolBar();
    void rebuild();
    void flagAdded(const QString &key);
    void flagChanged(const QString &key);
    void flagRemoved(const QString &key);
    void environmentsChanged();
    void draftChanged(const QString &key);
    void draftsChanged(const QStringList &keys);
    /// Checks every draft against the workspace with the drafts laid over it; Save and the
    /// editors show the result.
    void validateDrafts();
    void updateActions();
    /// The workspace whose keys a new flag must not take: stored flags and unsaved new ones.
    Workspace keysTaken() const;
    void showNewFlag();
    void saveAll();
    void discardAll();
    void duplicateFlag();
    void archiveFlag();
    void deleteFlag();
    void showError(const QString &message);
    void showEnvironmentInEditor();
    void rebuildTabs();
    void showTab(int index);
    void showFlag(const QString &key);
    void updateStatus();
    void updateTitle();
    void showAbout();
    /// Edit ▸ Activations and Segments…
    void showLibrary();
    /// View ▸ History…: the workspace history window (one, raised when open).
    void showHistory();
    void showExport();
    void showImport();
    QString originText() const;

    WorkspaceSession *m_session;
    QString m_shownSource;   // the workspace the list shows, to keep the selection on reloads
    MainActions *m_actions;
    BulkActions *m_bulk = nullptr;
    WorkspaceOpener *m_opener = nullptr;
    LibraryWindow *m_library = nullptr;
    FlagListModel *m_model;
    FlagFilterProxy *m_proxy;
    FlagListView *m_list;
    FlagDetailsView *m_details;
    FlagGeneralEditor *m_editor;
    FlagVariationsEditor *m_variations;
    EnvironmentEditor *m_environmentEditor;
    QTabBar *m_flagTabs;
    QStackedWidget *m_flagPages;
    HistoryPane *m_history;   // the flag's History tab
    QPointer<HistoryWindow> m_historyWindow;
    QPointer<PersonaWindow> m_personaWindow;
    QAction *m_personaForFlag = nullptr;   // "What does this persona get?", beside the flag's tabs
    QHash<QString, Problems> m_draftProblems;
    QTimer *m_revalidate;
    /// The flag the environment's tab has yet to show (it is filled when it is opened).
    QString m_environmentPending;
    EnvironmentSelector *m_environments;
    QLineEdit *m_search;
    QLabel *m_status;
    QSplitter *m_splitter;
};

} // namespace Pennon
