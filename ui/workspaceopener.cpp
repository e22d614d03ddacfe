// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "workspaceopener.h"

#include "connectdialog.h"
#include "draftsaver.h"
#include "passwordprompt.h"
#include "recentworkspaces.h"
#include "workspacesession.h"

#include "storage/connectioncheck.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace Pennon {

using namespace Qt::StringLiterals;

WorkspaceOpener::WorkspaceOpener(QWidget *window, WorkspaceSession *session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_openAction(new QAction(tr("&Open…"), this))
    , m_connectAction(new QAction(tr("&Connect to PostgreSQL…"), this))
    , m_recentMenu(new QMenu(tr("Open &Recent"), window))
{
    m_openAction->setObjectName(u"openWorkspaceAction"_s);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a workspace file, or create a new one"));
    connect(m_openAction, &QAction::triggered, this, &WorkspaceOpener::chooseFile);
    m_connectAction->setObjectName(u"connectPostgresAction"_s);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_connectAction->setStatusTip(tr("Open a workspace in a PostgreSQL database: host, port, database, user"));
    connect(m_connectAction, &QAction::triggered, this, &WorkspaceOpener::showConnectDialog);
    m_recentMenu->setObjectName(u"recentWorkspacesMenu"_s);
    m_recentMenu->setAccessibleName(tr("Open Recent"));
    // Rebuilt when shown: a file may have gone meanwhile.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &WorkspaceOpener::rebuildRecentMenu);
    rebuildRecentMenu();
    connect(m_session, &WorkspaceSession::opened, this, &WorkspaceOpener::opened);
    connect(m_session, &WorkspaceSession::openFailed, this,
            [this](const StorageError &error) { failed(error); });
}

void WorkspaceOpener::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList entries = RecentWorkspaces::entries();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString entry = entries.at(i);
        QString text = entry;
        if (text.startsWith(u"sqlite:"_s))
            text = QDir::toNativeSeparators(text.mid(7));
        // &1 … &8 as accelerators; an & in a path is not one.
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QString(text).replace(u'&', u"&&"_s)));
        action->setObjectName(u"recentWorkspace%1"_s.arg(i));
        action->setData(entry);
        QString reason;
        if (!RecentWorkspaces::isAvailable(entry, &reason)) {
            action->setEnabled(false);
            action->setToolTip(reason);
            action->setStatusTip(reason);
            action->setText(tr("%1 (not found)").arg(action->text()));
        }
        connect(action, &QAction::triggered, this, [this, entry] { openRecent(entry); });
    }
    if (!entries.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear Menu"));
    clear->setObjectName(u"clearRecentWorkspaces"_s);
    clear->setEnabled(!entries.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        RecentWorkspaces::clear();
        // Not now: the action that says so is the menu's, and would go with it.
        QMetaObject::invokeMethod(this, &WorkspaceOpener::rebuildRecentMenu, Qt::QueuedConnection);
    });
    m_recentMenu->setEnabled(true);
}

void WorkspaceOpener::openRecent(const QString &entry)
{
    QString reason;
    if (!RecentWorkspaces::isAvailable(entry, &reason)) {
        RecentWorkspaces::remove(entry);
        QMetaObject::invokeMethod(this, &WorkspaceOpener::rebuildRecentMenu, Qt::QueuedConnection);
        Q_EMIT message(tr("%1 was removed from Open Recent: %2").arg(entry, reason));
        return;
    }
    QString error;
    if (const std::optional<DatabaseUrl> url = DatabaseUrl::parse(entry, &error))
        open(*url);
}

void WorkspaceOpener::chooseFile()
{
    auto *dialog = new QFileDialog(m_window, tr("Open Workspace"));
    dialog->setObjectName(u"openWorkspaceDialog"_s);
    dialog->setAccessibleName(tr("Open Workspace"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::AnyFile);   // a new name creates a new workspace
    dialog->setNameFilters({tr("Pennon workspaces (*.sqlite *.db *.pennon)"), tr("All files (*)")});
    dialog->setLabelText(QFileDialog::Accept, tr("&Open"));
    const QString platform = QGuiApplication::platformName();
    if (platform == u"offscreen" || platform == u"minimal")
        dialog->setOption(QFileDialog::DontUseNativeDialog);
    if (m_current && m_current->kind == DatabaseUrl::Kind::Sqlite)
        dialog->setDirectory(QFileInfo(m_current->path).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        QString error;
        const std::optional<DatabaseUrl> url =
            DatabaseUrl::parse(u"sqlite:"_s + QDir::cleanPath(QFileInfo(file).absoluteFilePath()), &error);
        if (!url) {
            Q_EMIT message(tr("The workspace cannot be opened: %1").arg(error));
            return;
        }
        open(*url);
    });
    dialog->open();
}

void WorkspaceOpener::showConnectDialog()
{
    auto *dialog = new ConnectDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { open(dialog->url()); });
    dialog->open();
}

void WorkspaceOpener::openAtStart(const DatabaseUrl &url)
{
    m_pendingAtStart = true;
    m_previous.reset();
    m_previousDetached.reset();
    m_pending = url;
    m_session->open(url);
}

void WorkspaceOpener::open(const DatabaseUrl &url)
{
    const qsizetype drafts = m_session->drafts().size();
    if (drafts == 0) {
        startOpen(url);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved Changes"),
                                tr("%n flag(s) have unsaved changes. Opening %1 discards them.", "", int(drafts))
                                    .arg(url.toDisplayString()),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(u"unsavedDraftsBox"_s);
    box->setAccessibleName(tr("Unsaved Changes"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *saveFirst = box->addButton(tr("&Save First"), QMessageBox::AcceptRole);
    saveFirst->setObjectName(u"saveFirstButton"_s);
    saveFirst->setAccessibleName(tr("Save First"));
    saveFirst->setToolTip(tr("Review and save the changes, then open %1").arg(url.toDisplayString()));
    QPushButton *discard = box->addButton(tr("&Discard and Open"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardAndOpenButton"_s);
    discard->setAccessibleName(tr("Discard and Open"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelOpenButton"_s);
    cancel->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, discard, saveFirst, url] {
        if (box->clickedButton() == discard) {
            startOpen(url);
        } else if (box->clickedButton() == saveFirst) {
            // Opened once every change is saved; nothing is opened when the review is
            // cancelled or a save fails (the session says why).
            DraftSaver *saver = DraftSaver::start(m_session, m_window);
            connect(saver, &DraftSaver::finished, this, [this, url](bool saved) {
                if (saved && m_session->drafts().isEmpty())
                    startOpen(url);
                else
                    Q_EMIT message(tr("Not opened: the changes were not all saved, and are kept."));
            });
        } else {
            Q_EMIT message(tr("Not opened: the unsaved changes are kept."));
        }
    });
    box->open();
}

void WorkspaceOpener::startOpen(const DatabaseUrl &url)
{
    // What to go back to when url cannot be opened.
    m_previous.reset();
    m_previousDetached.reset();
    if (m_session->isWritable()) {
        QString ignored;
        m_previous = m_current ? m_current : DatabaseUrl::parse(m_session->sourceName(), &ignored);
    } else if (m_session->state() == WorkspaceSession::State::Open) {
        m_previousDetached = m_session->workspace();
        m_previousName = m_session->sourceName();
    }
    m_pendingAtStart = false;
    m_pending = url;
    Q_EMIT message(tr("Opening %1…").arg(url.toDisplayString()));
    m_session->open(url);   // on the session's thread: opened() or openFailed() follows
}

void WorkspaceOpener::opened()
{
    if (m_restoring) {
        m_restoring = false;
        return;
    }
    if (!m_pending) {
        m_current.reset();   // a detached workspace (the demo), or opened without us
        return;
    }
    m_current = m_pending;
    m_pending.reset();
    m_askedPassword = false;
    RecentWorkspaces::add(*m_current);   // without its password
    rebuildRecentMenu();
    if (!m_pendingAtStart)
        Q_EMIT message(tr("Opened %1").arg(m_current->toDisplayString()));
}

void WorkspaceOpener::failed(const StorageError &failure)
{
    const QString error = failure.message;
    if (m_restoring) {
        m_restoring = false;
        m_current.reset();
        Q_EMIT message(tr("The previous workspace cannot be opened again either: %1").arg(error));
        return;
    }
    if (!m_pending)
        return;   // not asked for here
    m_lastFailure = failure;
    if (askPassword(error))
        return;
    const QString name = m_pending->toDisplayString();
    m_pending.reset();
    if (m_pendingAtStart) {
        m_pendingAtStart = false;
        Q_EMIT startFailed(failure);   // main() shows the demo and the problems
        return;
    }
    restorePrevious(name, error);
}

bool WorkspaceOpener::askPassword(const QString &error)
{
    if (!m_pending || m_pending->kind != DatabaseUrl::Kind::Postgresql)
        return false;
    const ConnectionReport::Outcome outcome = ConnectionCheck::classify(error);
    // Asked again when the one typed here was not accepted.
    const bool wanted = outcome == ConnectionReport::Outcome::PasswordRequired
            || (outcome == ConnectionReport::Outcome::AuthenticationFailed && !m_pending->password.isEmpty()
                && m_askedPassword);
    if (!wanted)
        return false;
    const DatabaseUrl url = *m_pending;
    auto *prompt = new PasswordPrompt(url, outcome == ConnectionReport::Outcome::AuthenticationFailed
                                                   ? ConnectionCheck::failure(url, error).message
                                                   : QString(),
                                      m_window);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QDialog::finished, this, [this, prompt, url, error](int result) {
        if (result == QDialog::Accepted) {
            m_askedPassword = true;
            m_pending = prompt->url();
            Q_EMIT message(tr("Opening %1…").arg(url.toDisplayString()));
            m_session->open(*m_pending);
            return;
        }
        m_askedPassword = false;
        m_pending.reset();
        if (m_pendingAtStart) {
            m_pendingAtStart = false;
            Q_EMIT startFailed(m_lastFailure);
            return;
        }
        restorePrevious(url.toDisplayString(), error);
    });
    prompt->open();
    return true;
}

void WorkspaceOpener::restorePrevious(const QString &name, const QString &error)
{
    m_askedPassword = false;
    m_current.reset();
    // Back to what the window had.
    QString back;
    if (m_previous) {
        back = m_previous->toDisplayString();
        m_restoring = true;
        m_current = m_previous;
        m_session->open(*m_previous);
    } else if (m_previousDetached) {
        back = m_previousName;
        m_session->openDetached(*m_previousDetached, m_previousName);
    }
    m_previous.reset();
    m_previousDetached.reset();
    const QString text = tr("The workspace %1 cannot be opened: %2").arg(name, error);
    Q_EMIT message(back.isEmpty() ? text : tr("%1 — %2 stays open.").arg(text, back));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Workspace"), text, QMessageBox::Ok, m_window);
    box->setObjectName(u"openFailedBox"_s);
    box->setAccessibleName(tr("Cannot Open Workspace"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!back.isEmpty())
        box->setInformativeText(tr("%1 stays open.").arg(back));
    box->open();
}

} // namespace Pennon
