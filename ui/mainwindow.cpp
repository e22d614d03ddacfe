// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "personaeditor.h"
#include "personawindow.h"

#include "aboutdialog.h"
#include "bulkactions.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "librarywindow.h"
#include "workspacesession.h"
#include "environmenteditor.h"
#include "environmentselector.h"
#include "environmentsdialog.h"
#include "flagdetailsview.h"
#include "flagfilterbar.h"
#include "flagfilterproxy.h"
#include "flaggeneraleditor.h"
#include "flagvariationseditor.h"
#include "historypane.h"
#include "historywindow.h"
#include "flaglistmodel.h"
#include "flaglistview.h"
#include "mainactions.h"
#include "newflagdialog.h"
#include "workspaceopener.h"
#include "settingsdialog.h"
#include "matrixwindow.h"
#include "simulationwindow.h"
#include "impactwindow.h"
#include "windowmemory.h"
#include "conflictdialog.h"
#include "connectionindicator.h"
#include "draftsaver.h"
#include "uilogging.h"
#include "engine/pluginregistry.h"
#include "validation/pluginchecks.h"
#include "validation/validator.h"

#include "text/flagtext.h"

#include <QAction>
#include <QHBoxLayout>
#include <QToolButton>
#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QTabBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

/// The main window's Change Impact window (made when first asked for): its samples open in
/// the persona window.
ImpactWindow *impactWindow(MainWindow *main, WorkspaceSession *session)
{
    return ImpactWindow::ensure(session, main, [main](ImpactWindow *window) {
        QObject::connect(window, &ImpactWindow::personaRequested, main,
                         [main](const Persona &persona, const QString &flag) { main->showPersona(flag, persona); });
    });
}

} // namespace

MainWindow::MainWindow(WorkspaceSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_actions(new MainActions(this))
    , m_model(new FlagListModel(this))
    , m_proxy(new FlagFilterProxy(this))
    , m_list(new FlagListView(this))
    , m_details(new FlagDetailsView(this))
    , m_editor(new FlagGeneralEditor(this))
    , m_variations(new FlagVariationsEditor(this))
    , m_environmentEditor(new EnvironmentEditor(this))
    , m_flagTabs(new QTabBar(this))
    , m_flagPages(new QStackedWidget(this))
    , m_history(new HistoryPane(session, this))
    , m_revalidate(new QTimer(this))
    , m_environments(new EnvironmentSelector(this))
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setWindowIcon(QIcon(u":/pennon/icons/pennon.svg"_s));
    m_list->setObjectName(u"flagList"_s);
    m_details->setObjectName(u"flagDetails"_s);
    m_environments->setObjectName(u"environmentSelector"_s);
    m_search->setObjectName(u"searchField"_s);
    m_search->setAccessibleName(tr("Search flags"));
    m_list->setAccessibleName(tr("Flags"));
    m_details->setAccessibleName(tr("The flag in words"));
    m_status->setObjectName(u"statusLabel"_s);

    m_proxy->setSourceModel(m_model);
    m_list->setModel(m_proxy);

    // The selected flag in tabs: its general fields and variations, one tab per environment
    // (the current one is the toolbar's), and a summary in words.
    const auto scrolled = [this](QWidget *page, const QString &name) {
        auto *area = new QScrollArea(m_flagPages);
        area->setObjectName(name);
        area->setFocusPolicy(Qt::NoFocus);   // the fields inside take the focus
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(m_editor);
    generalLayout->addWidget(m_variations);
    generalLayout->addStretch(1);
    // The fields keep their height; the room below the variations stays empty.
    m_editor->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_variations->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_flagPages->addWidget(scrolled(general, u"generalPage"_s));
    m_flagPages->addWidget(scrolled(m_environmentEditor, u"environmentPage"_s));
    m_flagPages->addWidget(m_details);
    m_history->setObjectName(u"flagHistory"_s);
    m_flagPages->addWidget(m_history);
    m_flagTabs->setObjectName(u"flagTabs"_s);
    m_flagTabs->setAccessibleName(tr("Parts of the flag"));
    m_flagTabs->setExpanding(false);
    m_flagTabs->setDocumentMode(true);
    m_flagTabs->setFocusPolicy(Qt::TabFocus);
    auto *flagPane = new QWidget(this);
    auto *flagLayout = new QVBoxLayout(flagPane);
    flagLayout->setContentsMargins(0, 0, 0, 0);
    // The flag's parts, and beside them "What does this persona get?" (Simulate ▸ Persona on this flag).
    auto *personaForFlag = m_personaForFlag = new QAction(QIcon::fromTheme(u"system-users"_s), tr("&What Does This Persona Get?"), this);
    personaForFlag->setObjectName(u"personaForFlagAction"_s);
    personaForFlag->setStatusTip(tr("The persona window, on this flag: its variation and trace for the persona"));
    // The button beside the tabs shows the icon text: short, so that the tabs keep their room.
    personaForFlag->setIconText(tr("What Does This Persona Get?", "a button beside the flag's tabs; keep it short"));
    personaForFlag->setToolTip(tr("What does this persona get? The persona window, on this flag"));
    connect(personaForFlag, &QAction::triggered, this, [this] { showPersona(m_list->currentFlagKey()); });
    auto *personaButton = new QToolButton(this);
    personaButton->setObjectName(u"personaForFlagButton"_s);
    personaButton->setDefaultAction(personaForFlag);
    personaButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    personaButton->setAccessibleName(tr("What does this persona get?"));
    auto *tabRow = new QHBoxLayout;
    tabRow->addWidget(m_flagTabs, 1);
    tabRow->addWidget(personaButton);
    flagLayout->addLayout(tabRow);
    flagLayout->addWidget(m_flagPages, 1);
    connect(m_flagTabs, &QTabBar::currentChanged, this, &MainWindow::showTab);
    m_environmentEditor->setContext(&m_session->workspace(), PluginRegistry::shared());
    // Other flags' prerequisites keep the variations they name from being removed or renamed.
    m_variations->setWorkspace(&m_session->workspace());
    auto *listPane = new QWidget(this);   // the list with its filters above it
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new FlagFilterBar(m_model, m_proxy, listPane);
    listLayout->addWidget(filters);
    listLayout->addWidget(m_list, 1);
    filters->setTabOrderBefore(m_list);
    filters->setShowArchivedAction(m_actions->showArchived());
    // Bulk edits and promotion; while many flags are selected the editor says so.
    m_bulk = new BulkActions(m_session, m_model, m_list, this);
    flagLayout->insertWidget(0, m_bulk->selectionSummary());
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(flagPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    statusBar()->addWidget(m_status, 1);
    new ConnectionIndicator(m_session, statusBar());   // a lost database connection

    createMenus();
    createToolBar();

    // The session's environment is the one shown; the selector chooses it.
    connect(m_environments, &EnvironmentSelector::environmentChanged, m_session,
            &WorkspaceSession::setCurrentEnvironment);
    connect(m_session, &WorkspaceSession::currentEnvironmentChanged, this, [this](const QString &key) {
        m_environments->setCurrentEnvironment(key);
        m_model->setEnvironment(key);
        showEnvironmentInEditor();
    });
    connect(m_session, &WorkspaceSession::workspaceReset, this, &MainWindow::rebuild);
    connect(m_session, &WorkspaceSession::flagAdded, this, &MainWindow::flagAdded);
    connect(m_session, &WorkspaceSession::flagChanged, this, &MainWindow::flagChanged);
    connect(m_session, &WorkspaceSession::flagRemoved, this, &MainWindow::flagRemoved);
    connect(m_session, &WorkspaceSession::flagsReordered, this, &MainWindow::rebuild);
    connect(m_session, &WorkspaceSession::environmentsChanged, this, &MainWindow::environmentsChanged);
    // Activations and segments appear in the details of the flags that use them.
    const auto contextChanged = [this] {
        m_environmentEditor->setContext(&m_session->workspace(), PluginRegistry::shared());
        showFlag(m_list->currentFlagKey());
    };
    connect(m_session, &WorkspaceSession::activationsChanged, this, contextChanged);
    connect(m_session, &WorkspaceSession::segmentsChanged, this, contextChanged);
    // What others changed can make a draft valid or invalid, and changes what the condition
    // editors offer: both are looked at again once the changes of this turn are in.
    m_revalidate->setSingleShot(true);
    m_revalidate->setInterval(0);
    connect(m_revalidate, &QTimer::timeout, this, [this] {
        m_environmentEditor->setContext(&m_session->workspace(), PluginRegistry::shared());
        validateDrafts();
        updateActions();
    });
    for (auto signal : {&WorkspaceSession::flagAdded, &WorkspaceSession::flagChanged, &WorkspaceSession::flagRemoved})
        connect(m_session, signal, m_revalidate, qOverload<>(&QTimer::start));
    connect(m_session, &WorkspaceSession::activationsChanged, m_revalidate, qOverload<>(&QTimer::start));
    connect(m_session, &WorkspaceSession::segmentsChanged, m_revalidate, qOverload<>(&QTimer::start));
    connect(m_session, &WorkspaceSession::stateChanged, this, [this] {
        updateActions();
        updateTitle();
        updateStatus();
        showFlag(m_list->currentFlagKey());   // editable or not
    });
    connect(m_session, &WorkspaceSession::draftChanged, this, &MainWindow::draftChanged);
    connect(m_session, &WorkspaceSession::draftsChanged, this, &MainWindow::draftsChanged);
    connect(m_session, &WorkspaceSession::connectionLost, this, &MainWindow::updateActions);
    connect(m_session, &WorkspaceSession::connectionRestored, this, &MainWindow::updateActions);
    connect(m_editor, &FlagGeneralEditor::edited, this, [this](const Flag &flag, const QString &text, const QString &field) {
        m_session->editFlag(flag, text, field);
    });
    connect(m_variations, &FlagVariationsEditor::edited, this, [this](const Flag &flag, const QString &text, const QString &field) {
        m_session->editFlag(flag, text, field);
    });
    connect(m_environmentEditor, &EnvironmentEditor::edited, this, [this](const Flag &flag, const QString &text, const QString &field) {
        m_session->editFlag(flag, text, field);
    });
    connect(m_session, &WorkspaceSession::errorOccurred, this, &MainWindow::showError);
    // A save that finds a colleague's save first: the workspace is reloaded, then the choice.
    connect(m_session, &WorkspaceSession::saveFailed, this,
            [this](int, const QString &key, const StorageError &error) {
                if (error.kind != StorageError::Kind::Conflict)
                    return;
                const int request = m_session->reload();
                auto *pending = new QObject(this);
                connect(m_session, &WorkspaceSession::reloaded, pending, [this, pending, request, key, error](int done) {
                    if (done != request)
                        return;
                    pending->deleteLater();
                    auto *dialog = new ConflictDialog(m_session, key, error, this);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    dialog->open();
                });
            });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &FlagFilterProxy::setFilterText);
    const auto showStamps = [this] { m_model->setStamps(m_session->stamps()); };
    connect(m_session, &WorkspaceSession::workspaceReset, this, showStamps);
    connect(m_session, &WorkspaceSession::stampsChanged, this, showStamps);
    showStamps();
    connect(m_list, &FlagListView::currentFlagChanged, this, &MainWindow::showFlag);
    connect(m_list, &FlagListView::currentFlagChanged, this, &MainWindow::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);

    resize(1200, 760);
    m_splitter->setSizes({560, 640});
    new WindowMemory(this, m_splitter);   // the last session's size and splitter, if any
    updateActions();
    rebuild();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->newFlag());
    // File ▸ Open… and Open Recent: the logic is WorkspaceOpener's.
    m_opener = new WorkspaceOpener(this, m_session);
    connect(m_opener, &WorkspaceOpener::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 30000);
    });
    file->addAction(m_opener->openAction());
    file->addMenu(m_opener->recentMenu());
    file->addAction(m_opener->connectAction());
    file->addSeparator();
    file->addAction(m_actions->save());
    file->addAction(m_actions->discard());
    file->addSeparator();
    file->addAction(m_actions->importWorkspace());
    file->addAction(m_actions->exportWorkspace());
    file->addSeparator();
    file->addAction(m_actions->quit());
    connect(m_actions->importWorkspace(), &QAction::triggered, this, &MainWindow::showImport);
    connect(m_actions->exportWorkspace(), &QAction::triggered, this, &MainWindow::showExport);
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->newFlag(), &QAction::triggered, this, &MainWindow::showNewFlag);
    connect(m_actions->save(), &QAction::triggered, this, &MainWindow::saveAll);
    connect(m_actions->discard(), &QAction::triggered, this, &MainWindow::discardAll);

    // Edit ▸ Undo / Redo name the step they undo or redo.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_actions->duplicateFlag());
    edit->addAction(m_actions->archiveFlag());
    edit->addAction(m_actions->deleteFlag());
    connect(m_actions->duplicateFlag(), &QAction::triggered, this, &MainWindow::duplicateFlag);
    connect(m_actions->archiveFlag(), &QAction::triggered, this, &MainWindow::archiveFlag);
    connect(m_actions->deleteFlag(), &QAction::triggered, this, &MainWindow::deleteFlag);
    edit->addAction(m_bulk->promoteFlagAction());
    edit->addMenu(m_bulk->menu());
    edit->addSeparator();
    // Edit ▸ Activations and Segments…: the library window (LibraryWindow), made when first asked for.
    QAction *library = edit->addAction(tr("Activations and Se&gments…"));
    library->setObjectName(u"libraryAction"_s);
    library->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    library->setStatusTip(tr("The shared activations and segments, who uses them, and their editors"));
    connect(library, &QAction::triggered, this, &MainWindow::showLibrary);
    edit->addAction(m_actions->settings());
    connect(m_actions->settings(), &QAction::triggered, this, [this] {
        auto *dialog = new SettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addMenu(m_environments->menu());
    m_environments->menu()->addAction(m_bulk->promoteAction());   // View ▸ Environment ▸ Promote…
    // Environment ▸ Manage Environments…: the dialog writes its changes itself, in one go.
    connect(m_environments->manageAction(), &QAction::triggered, this, [this] {
        if (!m_session->isWritable())
            return;
        auto *dialog = new EnvironmentsDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    view->addAction(m_actions->showArchived());
    view->addSeparator();
    view->addAction(m_actions->find());
    view->addSeparator();
    QAction *history = view->addAction(tr("&History…"));
    history->setObjectName(u"historyAction"_s);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setStatusTip(tr("Every recorded change of the workspace, with filters and Revert"));
    connect(history, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_actions->showArchived(), &QAction::toggled, m_proxy, &FlagFilterProxy::setShowArchived);
    connect(m_actions->find(), &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    // Simulate ▸ Persona… (PersonaWindow: what one user gets) and Many Users… (SimulationWindow).
    QMenu *simulate = menuBar()->addMenu(tr("&Simulate"));
    simulate->setObjectName(u"simulateMenu"_s);
    QAction *persona = simulate->addAction(tr("&Persona…"));
    persona->setObjectName(u"personaAction"_s);
    persona->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    persona->setStatusTip(tr("One user's variation of every flag, with the trace of how it was reached"));
    connect(persona, &QAction::triggered, this, [this] { showPersona({}); });
    simulate->addAction(m_personaForFlag);
    simulate->addSeparator();
    SimulationWindow::addMenuActions(simulate, m_session, [this] { return m_list->currentFlagKey(); }, this);
    MatrixWindow::addMenuAction(simulate, m_session, this, [this](const Persona &user, const QString &flagKey) {
        showPersona(flagKey, user);
    });
    // Simulate ▸ Change Impact… (ImpactWindow): the selected flag, saved vs as edited.
    connect(ImpactWindow::addMenuAction(simulate), &QAction::triggered, this, [this] {
        ImpactWindow *window = impactWindow(this, m_session);
        if (!window->isRunning() && !m_list->currentFlagKey().isEmpty())
            window->showDraft(m_list->currentFlagKey());
        window->present(false);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->about());
    help->addAction(m_actions->aboutQt());
    connect(m_actions->about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->aboutQt(), &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    const auto icon = [this](const char *theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(theme), style()->standardIcon(fallback));
    };
    m_actions->newFlag()->setIcon(icon("document-new", QStyle::SP_FileIcon));
    m_actions->save()->setIcon(icon("document-save", QStyle::SP_DialogSaveButton));
    bar->addAction(m_actions->newFlag());
    bar->addAction(m_actions->save());
    if (auto *undo = findChild<QAction *>(u"undoAction"_s)) {
        undo->setIcon(icon("edit-undo", QStyle::SP_ArrowBack));
        bar->addAction(undo);
    }
    if (auto *redo = findChild<QAction *>(u"redoAction"_s)) {
        redo->setIcon(icon("edit-redo", QStyle::SP_ArrowForward));
        bar->addAction(redo);
    }
    bar->addSeparator();

    auto *label = new QLabel(tr("&Environment:"), bar);
    label->setBuddy(m_environments);
    label->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(label);
    bar->addWidget(m_environments);
    bar->addAction(m_environments->manageAction());

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_search->setPlaceholderText(tr("Search key, name, tag or owner"));
    m_search->setToolTip(tr("Shows the flags whose key, name, tags or owner contain every word "
                            "typed here (%1)")
                             .arg(m_actions->find()->shortcut().toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(u":/pennon/icons/search.svg"_s), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 18);
    m_search->setMaximumWidth(fontMetrics().horizontalAdvance(u'M') * 28);
    bar->addWidget(m_search);
}

void MainWindow::rebuild()
{
    // Keep the selected flag across reloads of the same workspace.
    const QString selected = m_shownSource == m_session->sourceName() ? m_list->currentFlagKey() : QString();
    m_shownSource = m_session->sourceName();
    const Workspace &workspace = m_session->workspace();
    m_model->setWorkspace(workspace);
    m_environmentEditor->setContext(&workspace, PluginRegistry::shared());
    draftsChanged(m_session->drafts());
    m_environments->setEnvironments(workspace.environments);
    m_environments->setCurrentEnvironment(m_session->currentEnvironment());
    m_model->setEnvironment(m_session->currentEnvironment());
    rebuildTabs();
    showEnvironmentInEditor();
    updateTitle();
    qCDebug(lcUi) << "showing" << workspace.flags.size() << "flags in"
                  << workspace.environments.size() << "environments";
    m_details->showNothing();
    if (selected.isEmpty() || !m_list->selectFlag(selected))
        m_list->selectFirstFlag();
    updateStatus();
}

void MainWindow::flagAdded(const QString &key)
{
    if (m_model->rowOfFlag(key) >= 0) {
        flagChanged(key);   // shown already, as a draft
        return;
    }
    const QList<Flag> &flags = m_session->workspace().flags;
    for (qsizetype row = 0; row < flags.size(); ++row) {
        if (flags.at(row).key == key) {
            m_model->insertFlag(int(row), *m_session->editedFlag(key));
            break;
        }
    }
    if (m_list->currentFlagKey().isEmpty())
        m_list->selectFirstFlag();
}

void MainWindow::flagChanged(const QString &key)
{
    if (m_session->isChangingManyDrafts())
        return;   // many saved at once: draftsChanged() follows with all of them
    // The list shows flags as edited: a stored change under a draft leaves the draft shown.
    if (const std::optional<Flag> flag = m_session->editedFlag(key)) {
        m_model->updateFlag(*flag);
        if (m_list->currentFlagKey() == key)
            showFlag(key);
    }
}

void MainWindow::flagRemoved(const QString &key)
{
    if (m_session->editedFlag(key)) {
        flagChanged(key);   // still there as a draft
        return;
    }
    m_model->removeFlag(key);
    if (m_details->flagKey() == key)
        showFlag(m_list->currentFlagKey());
}

void MainWindow::validateDrafts()
{
    // Against the workspace as it would be saved (a draft may depend on another, new or changed).
    const QStringList drafts = m_session->drafts();
    const Workspace overlay = m_session->editedWorkspace();
    QHash<QString, Problems> problems = Validator::validateFlags(drafts, overlay);
    for (auto it = problems.begin(); it != problems.end(); ++it) {
        if (const std::optional<Flag> draft = m_session->editedFlag(it.key()))
            *it += pluginConfigProblems(*draft, *PluginRegistry::shared(), QString());
    }
    const bool changed = problems != m_draftProblems;
    m_draftProblems = problems;
    if (changed) {
        updateActions();
        // The shown flag's problems where its fields are.
        const QString current = m_list->currentFlagKey();
        if (!current.isEmpty() && m_environmentPending.isEmpty() && m_flagPages->currentIndex() == 1)
            m_environmentEditor->setProblems(m_draftProblems.value(current));
        m_variations->setProblems(m_draftProblems.value(current));
    }
}

void MainWindow::draftChanged(const QString &key)
{
    // Many in one step (a bulk edit): followed once for all of them, by draftsChanged().
    if (m_session->isChangingManyDrafts())
        return;
    draftsChanged({key});
}

void MainWindow::draftsChanged(const QStringList &keys)
{
    // Drafts are checked as they are edited; one with a problem cannot be saved. Many at
    // once (a bulk edit) are checked on the next turn of the event loop, so that the list
    // follows first and the GUI thread is not held for both; Save waits for the check.
    if (keys.size() > 1) {
        m_actions->save()->setEnabled(false);
        m_revalidate->start();
    } else {
        validateDrafts();
    }
    QList<Flag> changed;
    QSet<QString> drafts;
    for (const QString &key : keys) {
        const std::optional<Flag> flag = m_session->editedFlag(key);
        if (!flag) {
            m_model->setDraft(key, false);
            m_model->removeFlag(key);   // a new flag undone
        } else if (m_model->rowOfFlag(key) < 0) {
            m_model->insertFlag(m_model->rowCount(), *flag);
            m_model->setDraft(key, m_session->hasDraft(key));
        } else {
            changed.append(*flag);
            if (m_session->hasDraft(key))
                drafts.insert(key);
        }
    }
    m_model->updateFlags(changed, drafts);
    const QString current = m_list->currentFlagKey();
    if (keys.contains(current) || keys.contains(m_details->flagKey()))
        showFlag(current);
    setWindowModified(m_session->hasDrafts());
    if (keys.size() > 1)
        return;   // the check to come says whether Save may be used
    updateActions();
}

void MainWindow::updateActions()
{
    m_actions->importWorkspace()->setEnabled(m_session->isWritable());
    m_actions->newFlag()->setEnabled(m_session->isWritable());
    m_environments->manageAction()->setEnabled(m_session->isWritable());
    // Save is refused while a changed flag is invalid, saying why.
    QString invalid;
    for (auto it = m_draftProblems.cbegin(); it != m_draftProblems.cend() && invalid.isEmpty(); ++it) {
        if (!it->isEmpty())
            invalid = tr("%1 cannot be saved: %2").arg(it.key(), it->first().toString());
    }
    if (invalid.isEmpty() && m_session->isConnectionLost())
        invalid = tr("Cannot save while the connection to %1 is lost; the changes are kept.").arg(m_session->sourceName());
    m_actions->save()->setEnabled(m_session->isWritable() && m_session->hasDrafts() && invalid.isEmpty());
    m_actions->save()->setToolTip(invalid.isEmpty() ? m_actions->save()->text().remove(u'&')
                                                    : invalid);

    m_actions->discard()->setEnabled(m_session->hasDrafts());
    const std::optional<Flag> current = m_session->editedFlag(m_list->currentFlagKey());
    for (QAction *action : {m_actions->duplicateFlag(), m_actions->archiveFlag(), m_actions->deleteFlag()})
        action->setEnabled(m_session->isWritable() && current.has_value());
    m_actions->archiveFlag()->setChecked(current && current->archived);
}

Workspace MainWindow::keysTaken() const
{
    // The stored flags and the new ones not saved yet.
    Workspace taken = m_session->workspace();
    for (const QString &key : m_session->drafts()) {
        if (!taken.flag(key))
            taken.flags.append(*m_session->editedFlag(key));
    }
    return taken;
}

void MainWindow::showNewFlag()
{
    if (!m_session->isWritable())
        return;
    auto *dialog = new NewFlagDialog(keysTaken(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Flag flag = dialog->flag();
        if (m_session->editFlag(flag, tr("New flag %1").arg(flag.key)))
            m_list->selectFlag(flag.key);
    });
    dialog->open();
}

void MainWindow::duplicateFlag()
{
    const std::optional<Flag> source = m_session->editedFlag(m_list->currentFlagKey());
    if (!source || !m_session->isWritable())
        return;
    auto *dialog = new NewFlagDialog(keysTaken(), this, source);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, from = source->key] {
        const Flag flag = dialog->flag();
        if (m_session->editFlag(flag, tr("Duplicate %1 as %2").arg(from, flag.key)))
            m_list->selectFlag(flag.key);
    });
    dialog->open();
}

void MainWindow::archiveFlag()
{
    std::optional<Flag> flag = m_session->editedFlag(m_list->currentFlagKey());
    if (!flag)
        return;
    flag->archived = !flag->archived;
    m_session->editFlag(*flag, flag->archived ? tr("Archive %1").arg(flag->key) : tr("Unarchive %1").arg(flag->key));
}

void MainWindow::deleteFlag()
{
    const std::optional<Flag> flag = m_session->editedFlag(m_list->currentFlagKey());
    if (!flag || !m_session->isWritable())
        return;
    // Say where deleting it changes what applications get.
    QStringList on;
    for (const Environment &environment : m_session->workspace().environments) {
        if (flag->environments.value(environment.key).on)
            on.append(environment.name.isEmpty() ? environment.key : environment.name);
    }
    QMessageBox box(QMessageBox::Warning, tr("Delete Flag"), tr("Delete the flag %1?").arg(flag->key),
                    QMessageBox::Cancel, this);
    box.setObjectName(u"deleteConfirmation"_s);
    box.setInformativeText(on.isEmpty()
            ? tr("It is off in every environment.")
            : tr("It is on in %1: applications asking for it there get their default value instead.")
                  .arg(on.join(u", "_s)));
    QPushButton *deleteButton = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(u"confirmDeleteButton"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != deleteButton)
        return;
    m_session->deleteFlag(flag->key, {});
}

void MainWindow::saveAll()
{
    if (m_session->drafts().isEmpty())
        return;
    DraftSaver::start(m_session, this);   // the review, then the saves
}

void MainWindow::discardAll()
{
    const QStringList drafts = m_session->drafts();
    if (drafts.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Discard Changes"),
                    tr("Discard the unsaved changes to %n flag(s)?", nullptr, int(drafts.size())),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(drafts.join(u", "_s));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(u"discardConfirmation"_s);
    if (box.exec() != QMessageBox::Discard)
        return;
    // One step: Edit ▸ Undo brings them all back.
    m_session->undoStack()->beginMacro(tr("Discard all changes"));
    for (const QString &key : drafts)
        m_session->discardDraft(key);
    m_session->undoStack()->endMacro();
}

void MainWindow::environmentsChanged()
{
    const QList<Environment> &environments = m_session->workspace().environments;
    m_model->setEnvironments(environments);
    m_environments->setEnvironments(environments);
    m_environments->setCurrentEnvironment(m_session->currentEnvironment());
    rebuildTabs();
    showEnvironmentInEditor();
    showFlag(m_list->currentFlagKey());
}

void MainWindow::showEnvironmentInEditor()
{
    const QString key = m_session->currentEnvironment();
    m_environmentEditor->setEnvironment(key, FlagText::environmentName(m_session->workspace(), key));
    // The current environment's tab follows the toolbar when an environment is shown.
    for (int i = 0; i < m_flagTabs->count(); ++i) {
        if (m_flagTabs->tabData(i).toString() == key) {
            if (m_flagPages->currentIndex() == 1 && m_flagTabs->currentIndex() != i)
                m_flagTabs->setCurrentIndex(i);
            break;
        }
    }
}

void MainWindow::rebuildTabs()
{
    const QString shown = m_flagTabs->currentIndex() < 0 ? QString() : m_flagTabs->tabData(m_flagTabs->currentIndex()).toString();
    const QSignalBlocker blocker(m_flagTabs);
    while (m_flagTabs->count() > 0)
        m_flagTabs->removeTab(0);
    m_flagTabs->addTab(tr("General"));
    m_flagTabs->setTabData(0, u"#general"_s);
    m_flagTabs->setTabToolTip(0, tr("Name, description, tags, owner and variations"));
    for (const Environment &environment : m_session->workspace().environments) {
        const int index = m_flagTabs->addTab(environment.name.isEmpty() ? environment.key : environment.name);
        m_flagTabs->setTabData(index, environment.key);
        m_flagTabs->setTabToolTip(index, tr("On or off, rules and what the flag serves in %1").arg(environment.key));
    }
    const int summary = m_flagTabs->addTab(tr("Summary"));
    m_flagTabs->setTabData(summary, u"#summary"_s);
    m_flagTabs->setTabToolTip(summary, tr("The flag in words, every environment"));
    const int history = m_flagTabs->addTab(tr("History"));
    m_flagTabs->setTabData(history, u"#history"_s);
    m_flagTabs->setTabToolTip(history, tr("The flag's recorded changes, newest first"));
    int current = 0;
    for (int i = 0; i < m_flagTabs->count(); ++i) {
        if (m_flagTabs->tabData(i).toString() == shown)
            current = i;
    }
    m_flagTabs->setCurrentIndex(current);
    showTab(current);
}

void MainWindow::showTab(int index)
{
    const QString page = index < 0 ? QString() : m_flagTabs->tabData(index).toString();
    if (page == u"#general") {
        m_flagPages->setCurrentIndex(0);
    } else if (page == u"#summary") {
        m_flagPages->setCurrentIndex(2);
    } else if (page == u"#history") {
        m_flagPages->setCurrentIndex(3);
    } else if (!page.isEmpty()) {
        m_flagPages->setCurrentIndex(1);
        if (!m_environmentPending.isEmpty())
            showFlag(m_list->currentFlagKey());
        if (page != m_session->currentEnvironment())
            m_session->setCurrentEnvironment(page);
    }
}

void MainWindow::showError(const QString &message)
{
    qCWarning(lcUi) << message;
    statusBar()->showMessage(message, 30000);
}

void MainWindow::updateTitle()
{
    switch (m_session->state()) {
    case WorkspaceSession::State::Open:
        setWindowTitle(m_session->isWritable() ? tr("%1[*] – Pennon").arg(m_session->sourceName())
                                               : tr("%1 (read-only) – Pennon").arg(m_session->sourceName()));
        break;
    case WorkspaceSession::State::Opening:
        setWindowTitle(tr("Opening %1 – Pennon").arg(m_session->sourceName()));
        break;
    case WorkspaceSession::State::Closed:
    case WorkspaceSession::State::Failed:
        setWindowTitle(tr("No Workspace – Pennon"));
        break;
    }
}

void MainWindow::showFlag(const QString &key)
{
    const int row = key.isEmpty() ? -1 : m_model->rowOfFlag(key);
    if (row < 0) {
        m_details->showNothing();
        m_editor->setFlag(std::nullopt, false, {});
        m_variations->setFlag(std::nullopt, false);
        m_environmentEditor->setFlag(std::nullopt, false);
        m_environmentPending.clear();
        m_history->showFlag(QString());
        return;
    }
    m_history->showFlag(key);   // read when its tab is shown
    m_details->showFlag(m_model->flag(row), m_session->workspace());
    // Tags to complete: every tag of the flags listed, once, as the list's tag filter offers.
    m_editor->setFlag(m_model->flag(row), m_session->isWritable(), m_model->tags());
    m_variations->setFlag(m_model->flag(row), m_session->isWritable());
    const Problems problems = m_draftProblems.value(key);
    // The environment's tab is filled when it is shown: its condition editors read the
    // workspace, which selecting a flag in the list need not wait for.
    m_environmentPending = m_flagPages->currentIndex() == 1 ? QString() : key;
    if (m_flagPages->currentIndex() == 1) {
        m_environmentEditor->setFlag(m_model->flag(row), m_session->isWritable());
        m_environmentEditor->setProblems(problems);
    }
    m_variations->setProblems(problems);
    // An environment with a problem says so on its tab.
    for (int i = 0; i < m_flagTabs->count(); ++i) {
        const QString prefix = u"/environments/"_s + pointerToken(m_flagTabs->tabData(i).toString()) + u'/';
        const bool bad = std::any_of(problems.cbegin(), problems.cend(),
                                     [&](const Problem &problem) { return problem.path.startsWith(prefix); });
        m_flagTabs->setTabIcon(i, bad ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
}

QString MainWindow::originText() const
{
    switch (m_session->state()) {
    case WorkspaceSession::State::Open:
        return m_session->isWritable() ? tr("workspace %1").arg(m_session->sourceName())
                                       : tr("%1 (read-only)").arg(m_session->sourceName());
    case WorkspaceSession::State::Opening:
        return tr("opening %1…").arg(m_session->sourceName());
    case WorkspaceSession::State::Failed:
        return tr("%1 could not be opened").arg(m_session->sourceName());
    case WorkspaceSession::State::Closed:
        break;
    }
    return tr("no workspace");
}

void MainWindow::updateStatus()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == total)
        m_status->setText(tr("%n flag(s) · %1", nullptr, total).arg(originText()));
    else
        m_status->setText(tr("%1 of %n flag(s) shown · %2", nullptr, total)
                              .arg(QLocale().toString(shown), originText()));
}

void MainWindow::showImport()
{
    if (!m_session->isWritable())
        return;
    auto *dialog = new ImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showExport()
{
    auto *dialog = new ExportDialog(m_session->workspace(), m_session->currentEnvironment(), this);
    dialog->setStamps(m_session->stamps());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showLibrary()
{
    if (!m_library) {
        m_library = new LibraryWindow(m_session, this);
        // An editor's Impact…: the edit against its saved state, over the flags that use it.
        connect(m_library, &LibraryWindow::impactRequested, this, [this](const LibraryObject &edited) {
            ImpactWindow *window = impactWindow(this, m_session);
            const StoredObject object = edited.stored();
            if (const auto *activation = std::get_if<Activation>(&object))
                window->showLibraryEdit(*activation);
            else if (const auto *segment = std::get_if<Segment>(&object))
                window->showLibraryEdit(*segment);
            window->present(true);
        });
        // A later edit of an object being compared makes that comparison stale.
        connect(m_library, &LibraryWindow::conditionsEdited, this, [this](const LibraryObject &edited) {
            auto *window = findChild<ImpactWindow *>(u"impactWindow"_s, Qt::FindDirectChildrenOnly);
            const StoredObject object = edited.stored();
            if (!window)
                return;
            if (const auto *activation = std::get_if<Activation>(&object))
                window->updateLibraryEdit(*activation);
            else if (const auto *segment = std::get_if<Segment>(&object))
                window->updateLibraryEdit(*segment);
        });
        // A flag the library names is selected here (shown even when a filter hid it).
        connect(m_library, &LibraryWindow::flagRequested, this, [this](const QString &key) {
            if (!m_list->selectFlag(key)) {
                m_search->clear();
                if (const Flag *flag = m_session->workspace().flag(key); flag && flag->archived)
                    m_actions->showArchived()->setChecked(true);
                if (!m_list->selectFlag(key))
                    showError(tr("%1 is hidden by the list's filters").arg(key));
            }
            raise();
            activateWindow();
        });
    }
    m_library->show();
    m_library->raise();
    m_library->activateWindow();
}

void MainWindow::showHistory()
{
    if (!m_historyWindow) {
        m_historyWindow = new HistoryWindow(m_session, this);
        m_historyWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_historyWindow->show();
    m_historyWindow->raise();
    m_historyWindow->activateWindow();
}

void MainWindow::showPersona(const QString &flagKey, const std::optional<Persona> &persona)
{
    if (!m_personaWindow) {
        m_personaWindow = new PersonaWindow(m_session, this);
        m_personaWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (persona)
        m_personaWindow->editor()->setPersona(*persona);
    if (!flagKey.isEmpty())
        m_personaWindow->showFlag(flagKey);
    m_personaWindow->show();
    m_personaWindow->raise();
    m_personaWindow->activateWindow();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Pennon
