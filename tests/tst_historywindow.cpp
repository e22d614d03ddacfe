// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The history, driven like a user would: View ▸ History… opens the workspace history window;
// its filters narrow the list, a selected change shows its words, Revert… asks first and
// records a change of its own (refused, saying why, when the object moved on); the flag
// editor's History tab lists the flag's changes with their words.

#include "flaglistmodel.h"
#include "flaglistview.h"
#include "historymodel.h"
#include "historypane.h"
#include "historywindow.h"
#include "mainwindow.h"
#include "revertdialog.h"
#include "storage/sqlrepository.h"
#include "testdatabase.h"
#include "testsettings.h"
#include "workspacesession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

Flag booleanFlag(const QString &key, const QString &name)
{
    Flag flag;
    flag.key = key;
    flag.name = name;
    flag.variations = {{u"on"_s, true, {}}, {u"off"_s, false, {}}};
    for (const Environment &environment : Workspace::defaultEnvironments()) {
        EnvironmentConfig config;
        config.offVariation = u"off"_s;
        config.defaultServe.variation = u"off"_s;
        flag.environments.insert(environment.key, config);
    }
    return flag;
}

/// Clicks a row of a table (its first visible column).
void clickRow(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, HistoryModel::TimeColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

/// The keys of the objects the rows show, top to bottom.
QStringList rowKeys(const HistoryModel *model)
{
    QStringList keys;
    for (int row = 0; row < model->rowCount(); ++row)
        keys.append(model->entry(row).change.key);
    return keys;
}

} // namespace

class TestHistoryWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void windowFiltersSelectsAndReverts();
    void revertOfAFlagWithADraft();
    void flagTabListsTheFlagsChanges();

private:
    HistoryWindow *openHistoryWindow();
    /// Clicks Revert…, checks the confirmation, types the comment and confirms.
    RevertDialog *confirmRevert(HistoryPane *pane, const QString &comment);

    TestSettings m_settings;
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    std::unique_ptr<SqlRepository> m_other;   // a colleague's connection
    WorkspaceSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    qint64 m_renameId = 0;
};

void TestHistoryWindow::init()
{
    QVERIFY(m_dir.isValid());
    QString urlError;
    m_url = *DatabaseUrl::parse(u"sqlite:"_s + m_dir.filePath(u"history.sqlite"_s), &urlError);
    TestDatabase::reset(m_url);
    StorageError error;
    m_other = SqlRepository::open(m_url, &error);
    QVERIFY2(m_other, qPrintable(error.message));
    Workspace workspace;
    workspace.environments = Workspace::defaultEnvironments();
    workspace.flags = {booleanFlag(u"dark-mode"_s, u"Dark mode"_s), booleanFlag(u"upload-v2"_s, u"Uploads v2"_s)};
    QVERIFY2(m_other->importWorkspace(workspace, ImportMode::Merge, false, u"seed"_s, &error), qPrintable(error.message));
    // Alice renames dark-mode.
    Flag renamed = *m_other->flag(u"dark-mode"_s, &error);
    renamed.name = u"Dark theme"_s;
    QVERIFY(m_other->saveFlag(renamed, renamed.version, u"rename"_s, &error));
    ChangeQuery newest;
    newest.limit = 1;
    m_renameId = m_other->changes(newest, &error)->constFirst().id;
    QVERIFY(TestDatabase::execRaw(m_url, u"UPDATE changes SET actor = 'alice' WHERE id = "_s + QString::number(m_renameId)));

    m_session = new WorkspaceSession;
    m_window = new MainWindow(m_session);
    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    m_session->open(m_url);
    QVERIFY(opened.wait(10000));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestHistoryWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_session;
    m_session = nullptr;
    m_other.reset();
}

HistoryWindow *TestHistoryWindow::openHistoryWindow()
{
    // View ▸ History… by its shortcut.
    auto *action = m_window->findChild<QAction *>(u"historyAction"_s);
    if (!action || action->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_H))
        return nullptr;
    QTest::keyClick(m_window, Qt::Key_H, Qt::ControlModifier);
    auto *window = m_window->findChild<HistoryWindow *>();
    if (!window || !window->isVisible() || window->isModal())
        return nullptr;
    return window;
}

RevertDialog *TestHistoryWindow::confirmRevert(HistoryPane *pane, const QString &comment)
{
    auto *revert = pane->findChild<QPushButton *>(u"revertButton"_s);
    if (!revert || !revert->isEnabled())
        return nullptr;
    QTest::mouseClick(revert, Qt::LeftButton);
    auto *dialog = qobject_cast<RevertDialog *>(QApplication::activeModalWidget());
    if (!dialog)
        return nullptr;
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"revertComment"_s), comment);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"revertConfirmButton"_s), Qt::LeftButton);
    return dialog;
}

void TestHistoryWindow::windowFiltersSelectsAndReverts()
{
    HistoryWindow *window = openHistoryWindow();
    QVERIFY(window);
    HistoryPane *pane = window->pane();
    HistoryModel *model = pane->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView *view = pane->view();
    // Three environments and two flags imported, then the rename: newest first.
    QTRY_COMPARE(model->rowCount(), 6);
    QCOMPARE(rowKeys(model), (QStringList{u"dark-mode"_s, u"upload-v2"_s, u"dark-mode"_s, u"production"_s,
                                          u"staging"_s, u"development"_s}));
    QCOMPARE(model->index(0, HistoryModel::ActorColumn).data().toString(), u"alice"_s);
    QCOMPARE(model->index(0, HistoryModel::ObjectColumn).data().toString(), u"Flag dark-mode"_s);
    QCOMPARE(model->index(3, HistoryModel::WhatColumn).data().toString(), u"Created"_s);
    QVERIFY2(window->findChild<QLabel *>(u"historyCount"_s)->text().startsWith(u"6 change"_s), qPrintable(window->findChild<QLabel *>(u"historyCount"_s)->text()));

    // Object: flags only, picked by keyboard; then key text.
    auto *kind = window->findChild<QComboBox *>(u"historyKindFilter"_s);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(kind->currentText(), u"Flag"_s);
    QTRY_COMPARE(rowKeys(model), (QStringList{u"dark-mode"_s, u"upload-v2"_s, u"dark-mode"_s}));
    auto *key = window->findChild<QLineEdit *>(u"historyKeyFilter"_s);
    QTest::keyClicks(key, u"DARK"_s);
    QTRY_COMPARE(rowKeys(model), (QStringList{u"dark-mode"_s, u"dark-mode"_s}));
    // Actor: any part of the name.
    auto *actor = window->findChild<QLineEdit *>(u"historyActorFilter"_s);
    QVERIFY(actor->completer()->model()->match(actor->completer()->model()->index(0, 0), Qt::DisplayRole,
                                               u"alice"_s).size() == 1);   // who made the changes listed
    QTest::keyClicks(actor, u"lic"_s);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->entry(0).change.id, m_renameId);
    actor->selectAll();
    QTest::keyClick(actor, Qt::Key_Delete);
    QTRY_COMPARE(model->rowCount(), 2);
    // Until a time before everything: nothing.
    auto *untilOn = window->findChild<QCheckBox *>(u"historyUntilOn"_s);
    auto *until = window->findChild<QDateTimeEdit *>(u"historyUntil"_s);
    until->setDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    QTest::mouseClick(untilOn, Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 0);
    QTest::mouseClick(untilOn, Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 2);

    // The rename selected: its diff in the review's words.
    clickRow(view, 0);
    QTRY_VERIFY2(pane->diffText().contains(u"• Name: Dark mode → Dark theme"_s), qPrintable(pane->diffText()));
    QVERIFY(pane->diffText().contains(u"Comment: rename"_s));
    QVERIFY(pane->diffText().contains(u"by alice"_s));
    // The import's creation of it, in words too.
    clickRow(view, 1);
    QTRY_VERIFY2(pane->diffText().contains(u"New flag “Dark mode”"_s), qPrintable(pane->diffText()));

    // Revert the rename, with a comment: asked first, saying what reverting changes.
    clickRow(view, 0);
    QTRY_VERIFY(pane->diffText().contains(u"Dark theme"_s));
    QSignalSpy reverted(m_session, &WorkspaceSession::changeReverted);
    RevertDialog *dialog = confirmRevert(pane, u"dark mode it is"_s);
    QVERIFY(dialog);
    QVERIFY(reverted.wait(10000));
    QVERIFY2(pane->message().contains(u"Change %1 reverted"_s.arg(m_renameId)), qPrintable(pane->message()));
    // The workspace as reverted, in the window's list too.
    QCOMPARE(m_session->workspace().flag(u"dark-mode"_s)->name, u"Dark mode"_s);
    auto *list = m_window->findChild<FlagListView *>(u"flagList"_s);
    QVERIFY(list->selectFlag(u"dark-mode"_s));
    QCOMPARE(list->currentIndex().siblingAtColumn(FlagListModel::NameColumn).data().toString(), u"Dark mode"_s);
    // The new entry at the top, the selection kept on the reverted change.
    QTRY_COMPARE(model->rowCount(), 3);
    const Change &revert = model->entry(0).change;
    QCOMPARE(revert.revertOf, m_renameId);
    QCOMPARE(revert.comment, u"dark mode it is"_s);
    QCOMPARE(model->index(0, HistoryModel::WhatColumn).data().toString(),
             u"Version 2 → 3, revert of change %1"_s.arg(m_renameId));
    QCOMPARE(view->currentIndex().row(), 1);
    clickRow(view, 0);
    QTRY_VERIFY2(pane->diffText().contains(u"• Name: Dark theme → Dark mode"_s), qPrintable(pane->diffText()));

    // The rename again: the flag moved on since, so the revert is refused, saying why.
    clickRow(view, 1);
    QTRY_VERIFY(pane->diffText().contains(u"Comment: rename"_s));
    QSignalSpy failed(m_session, &WorkspaceSession::revertFailed);
    QPointer<RevertDialog> refused = confirmRevert(pane, {});
    QVERIFY(refused);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(2).value<StorageError>().kind, StorageError::Kind::Conflict);
    QVERIFY2(pane->message().contains(u"change %1 cannot be reverted: flag \"dark-mode\" was changed since"_s.arg(m_renameId))
                 && pane->message().contains(u"it is at version 3; the change left it at version 2"_s),
             qPrintable(pane->message()));
    QVERIFY(pane->findChild<QLabel *>(u"revertProblem"_s)->isVisible());
    QCOMPARE(m_session->workspace().flag(u"dark-mode"_s)->name, u"Dark mode"_s);
    QCOMPARE(model->rowCount(), 3);

    // Escape closes the window; View ▸ History… opens it again.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTRY_VERIFY(!refused);   // closed and gone
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<HistoryWindow *>());
}

void TestHistoryWindow::revertOfAFlagWithADraft()
{
    // An unsaved edit of the flag: the confirmation says the draft will then conflict.
    Flag edited = *m_session->editedFlag(u"dark-mode"_s);
    edited.description = u"Mine"_s;
    QVERIFY(m_session->editFlag(edited, u"Edit"_s));
    QVERIFY(m_session->hasDraft(u"dark-mode"_s));
    HistoryWindow *window = openHistoryWindow();
    QVERIFY(window);
    HistoryPane *pane = window->pane();
    QTRY_COMPARE(pane->model()->rowCount(), 6);
    clickRow(pane->view(), 0);
    QTRY_VERIFY(pane->diffText().contains(u"Dark theme"_s));
    auto *revert = pane->findChild<QPushButton *>(u"revertButton"_s);
    QTRY_VERIFY(revert->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);
    auto *dialog = qobject_cast<RevertDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    auto *warning = dialog->findChild<QLabel *>(u"revertDraftWarning"_s);
    QVERIFY(warning && warning->isVisible());
    QVERIFY(warning->text().contains(u"conflict"_s));
    QVERIFY(dialog->text().contains(u"Name: Dark theme → Dark mode"_s));
    QSignalSpy reverted(m_session, &WorkspaceSession::changeReverted);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"revertConfirmButton"_s), Qt::LeftButton);
    QVERIFY(reverted.wait(10000));
    // The stored flag is reverted; the draft is still the user's, and saving it conflicts.
    QCOMPARE(m_session->workspace().flag(u"dark-mode"_s)->name, u"Dark mode"_s);
    QVERIFY(m_session->hasDraft(u"dark-mode"_s));
    QCOMPARE(m_session->editedFlag(u"dark-mode"_s)->description, u"Mine"_s);
    QSignalSpy saveFailed(m_session, &WorkspaceSession::saveFailed);
    m_session->saveDraft(u"dark-mode"_s, {});
    QVERIFY(saveFailed.wait(10000));
    QCOMPARE(saveFailed.first().at(2).value<StorageError>().kind, StorageError::Kind::Conflict);
}

void TestHistoryWindow::flagTabListsTheFlagsChanges()
{
    auto *list = m_window->findChild<FlagListView *>(u"flagList"_s);
    QVERIFY(list->selectFlag(u"dark-mode"_s));
    auto *tabs = m_window->findChild<QTabBar *>(u"flagTabs"_s);
    int historyTab = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabData(i).toString() == u"#history")
            historyTab = i;
    }
    QCOMPARE(historyTab, tabs->count() - 1);   // after Summary
    QCOMPARE(tabs->tabData(historyTab - 1).toString(), u"#summary"_s);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(historyTab).center());
    auto *pane = m_window->findChild<HistoryPane *>(u"flagHistory"_s);
    QVERIFY(pane && pane->isVisible());
    HistoryModel *model = pane->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model->rowCount(), 2);
    // Each row with its words; the newest selected and shown in full.
    QCOMPARE(model->index(0, HistoryModel::WordsColumn).data().toString(), u"Name: Dark mode → Dark theme"_s);
    QVERIFY(model->index(1, HistoryModel::WordsColumn).data().toString().startsWith(u"New flag “Dark mode”"_s));
    QCOMPARE(model->index(0, HistoryModel::CommentColumn).data().toString(), u"rename"_s);
    QVERIFY(!pane->view()->isColumnHidden(HistoryModel::WordsColumn));
    QVERIFY(pane->view()->isColumnHidden(HistoryModel::ObjectColumn));
    QTRY_VERIFY2(pane->diffText().contains(u"• Name: Dark mode → Dark theme"_s), qPrintable(pane->diffText()));

    // Another flag: its own history.
    QVERIFY(list->selectFlag(u"upload-v2"_s));
    QTRY_COMPARE(rowKeys(model), QStringList{u"upload-v2"_s});

    // A colleague's change appears at the top by itself.
    StorageError error;
    Flag upload = *m_other->flag(u"upload-v2"_s, &error);
    upload.owner = u"ops@example.com"_s;
    QVERIFY(m_other->saveFlag(upload, upload.version, u"owner"_s, &error));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
    QCOMPARE(model->index(0, HistoryModel::WordsColumn).data().toString(), u"Owner: (nothing) → ops@example.com"_s);
}

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
