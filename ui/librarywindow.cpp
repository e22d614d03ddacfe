// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "librarywindow.h"

#include "libraryeditor.h"
#include "librarytab.h"
#include "workspacesession.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

LibraryWindow::LibraryWindow(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_activations(new LibraryTab(session, LibraryKind::Activation, this))
    , m_segments(new LibraryTab(session, LibraryKind::Segment, this))
    , m_undo(new QUndoGroup(this))
    , m_rebuild(new QTimer(this))
{
    setObjectName(u"libraryWindow"_s);
    setWindowTitle(tr("Activations and Segments – Pennon"));
    m_tabs->setObjectName(u"libraryTabs"_s);
    m_tabs->setAccessibleName(tr("Activations and segments"));
    m_tabs->tabBar()->setAccessibleName(tr("Activations or segments"));
    m_tabs->addTab(m_activations, tr("&Activations"));
    m_tabs->addTab(m_segments, tr("S&egments"));
    m_tabs->setTabToolTip(0, tr("Named conditions that rules use from the library"));
    m_tabs->setTabToolTip(1, tr("Groups of conditions that all must hold"));

    // Undo and Redo undo the edit of the tab shown, in this window only.
    m_undo->addStack(m_activations->editor()->undoStack());
    m_undo->addStack(m_segments->editor()->undoStack());
    m_undo->setActiveStack(m_activations->editor()->undoStack());
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"libraryUndoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s, style()->standardIcon(QStyle::SP_ArrowBack)));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"libraryRedoAction"_s);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s, style()->standardIcon(QStyle::SP_ArrowForward)));
    addAction(undo);
    addAction(redo);
    auto *undoButton = new QToolButton(this);
    undoButton->setObjectName(u"libraryUndoButton"_s);
    undoButton->setDefaultAction(undo);
    undoButton->setAccessibleName(tr("Undo"));
    undoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *redoButton = new QToolButton(this);
    redoButton->setObjectName(u"libraryRedoButton"_s);
    redoButton->setDefaultAction(redo);
    redoButton->setAccessibleName(tr("Redo"));
    redoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_undo->setActiveStack(index == 1 ? m_segments->editor()->undoStack()
                                          : m_activations->editor()->undoStack());
    });

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addStretch(1);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    // No default button: Enter in a list or field is that widget's (it opens a flag that
    // uses the object, commits a cell), never a click on New or Save.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    for (LibraryTab *tab : {m_activations, m_segments}) {
        connect(tab, &LibraryTab::flagRequested, this, &LibraryWindow::flagRequested);
        connect(tab, &LibraryTab::objectRequested, this, &LibraryWindow::showObject);
        connect(tab->editor(), &LibraryEditor::impactRequested, this, &LibraryWindow::impactRequested);
        connect(tab->editor(), &LibraryEditor::conditionsEdited, this, &LibraryWindow::conditionsEdited);
    }
    // Who uses what is worked out again once the changes of this turn are in.
    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(0);
    connect(m_rebuild, &QTimer::timeout, this, &LibraryWindow::rebuild);
    // Hidden, it only notes that it is behind, so that the main window's edits cost nothing.
    const auto later = [this] {
        if (isVisible())
            m_rebuild->start();
        else
            m_stale = true;
    };
    connect(m_session, &WorkspaceSession::workspaceReset, this, later);
    connect(m_session, &WorkspaceSession::activationsChanged, this, later);
    connect(m_session, &WorkspaceSession::segmentsChanged, this, later);
    connect(m_session, &WorkspaceSession::environmentsChanged, this, later);
    connect(m_session, &WorkspaceSession::flagAdded, this, later);
    connect(m_session, &WorkspaceSession::flagChanged, this, later);
    connect(m_session, &WorkspaceSession::flagRemoved, this, later);
    connect(m_session, &WorkspaceSession::stateChanged, this, later);
    rebuild();
    resize(1100, 700);
}

LibraryWindow::~LibraryWindow() = default;

bool LibraryWindow::isUpToDate() const
{
    return !m_stale && !m_rebuild->isActive() && m_running == 0;
}

void LibraryWindow::rebuild()
{
    m_stale = false;
    const int generation = ++m_generation;
    ++m_running;
    // The workspace is copied (implicitly shared) into the task, which touches nothing else.
    auto *watcher = new QFutureWatcher<std::shared_ptr<const WorkspaceUses>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        --m_running;
        adopt(generation, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([workspace = m_session->workspace()] {
        return std::shared_ptr<const WorkspaceUses>(std::make_shared<WorkspaceUses>(workspace));
    }));
}

void LibraryWindow::adopt(int generation, const std::shared_ptr<const WorkspaceUses> &uses)
{
    if (generation != m_generation)
        return;   // a newer rebuild is under way
    // The tabs keep pointers to the index: the old one goes after they have the new one.
    m_activations->setUses(uses.get());
    m_segments->setUses(uses.get());
    m_uses = uses;
    Q_EMIT usesUpdated();
}

void LibraryWindow::showEvent(QShowEvent *event)
{
    if (m_stale)
        rebuild();
    QDialog::showEvent(event);
}

void LibraryWindow::showObject(LibraryKind kind, const QString &key)
{
    LibraryTab *tab = kind == LibraryKind::Activation ? m_activations : m_segments;
    m_tabs->setCurrentWidget(tab);
    tab->select(key);
}

void LibraryWindow::reject()
{
    QStringList modified;
    for (LibraryTab *tab : {m_activations, m_segments}) {
        if (tab->editor()->isModified())
            modified.append(tab->editor()->object().key);
    }
    if (!modified.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Discard Changes"),
                        tr("Close and discard the unsaved changes to %1?").arg(modified.join(u", "_s)),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(u"libraryCloseConfirmation"_s);
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
        for (LibraryTab *tab : {m_activations, m_segments})
            tab->editor()->showStored(tab->currentKey());
    }
    QDialog::reject();
}

} // namespace Pennon
