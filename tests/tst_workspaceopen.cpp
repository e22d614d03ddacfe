// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// File ▸ Open… and File ▸ Open Recent, driven like a user would: Ctrl+O, the file dialog
// typed into, the Recent menu clicked; and a file that is not a Pennon database.
#include "mainwindow.h"
#include "model/workspace.h"
#include "recentworkspaces.h"
#include "workspaceopener.h"
#include "testsettings.h"
#include "workspacesession.h"
#include "storage/sqlrepository.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QAction>
#include <QDialogButtonBox>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

class TestWorkspaceOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void openNewFileThroughTheMenu();
    void recentListsAndReopens();
    void recentMissingFileIsDisabled();
    void notADatabaseKeepsTheWorkspace();
    void draftsAskFirst();
    void saveFirstSavesThenOpens();
    void saveFirstThatFailsOpensNothing();

private:
    /// Ctrl+O, the path typed into the file dialog, Return (or Open).
    void openThroughDialog(const QString &path);
    void openAndWait(const QString &path);
    QMessageBox *waitForBox(const QString &name);
    void clickRecent(const QString &name);

    TestSettings m_settings;
    QTemporaryDir m_dir;
    WorkspaceSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestWorkspaceOpen::init()
{
    TestSettings::clear();
    m_session = new WorkspaceSession;
    m_window = new MainWindow(m_session);
    Workspace demo;
    demo.environments = Workspace::defaultEnvironments();
    m_session->openDetached(demo, u"sample"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestWorkspaceOpen::cleanup()
{
    delete m_window;
    delete m_session;
    m_window = nullptr;
    m_session = nullptr;
}

void TestWorkspaceOpen::openThroughDialog(const QString &path)
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));   // Ctrl+O is the window's shortcut
    QTest::keyClick(m_window, Qt::Key_O, Qt::ControlModifier);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>(u"openWorkspaceDialog"_s)) && dialog->isVisible());
    QVERIFY(dialog->testOption(QFileDialog::DontUseNativeDialog));
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *edit = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
    QVERIFY(edit);
    // In the file's folder (where a user would go first), its name typed.
    dialog->setDirectory(QFileInfo(path).absolutePath());
    edit->setFocus();
    edit->clear();
    const QString name = QFileInfo(path).fileName();
    QTest::keyClicks(edit, name);
    if (edit->completer() && edit->completer()->popup()->isVisible())
        edit->completer()->popup()->hide();
    QCOMPARE(edit->text(), name);
    QTest::keyClick(edit, Qt::Key_Return);
    // Return in the file name field emits returnPressed(), but under the offscreen platform
    // QFileDialog's line edit may keep the key from the dialog's default button: then click
    // Open, as a user may, once the dialog has looked at the folder and enabled it.
    if (dialog->isVisible()) {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons && buttons->button(QDialogButtonBox::Open));
        QTRY_VERIFY(buttons->button(QDialogButtonBox::Open)->isEnabled());
        QTest::mouseClick(buttons->button(QDialogButtonBox::Open), Qt::LeftButton);
    }
    QTRY_VERIFY(!m_window->findChild<QFileDialog *>(u"openWorkspaceDialog"_s));
}

void TestWorkspaceOpen::openAndWait(const QString &path)
{
    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    openThroughDialog(path);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);   // also when it came before the wait
    QCOMPARE(m_session->sourceName(), u"sqlite:"_s + path);
}

QMessageBox *TestWorkspaceOpen::waitForBox(const QString &name)
{
    QMessageBox *box = nullptr;
    for (int i = 0; i < 200 && !box; ++i) {
        box = m_window->findChild<QMessageBox *>(name);
        if (!box || !box->isVisible()) {
            box = nullptr;
            QTest::qWait(50);
        }
    }
    return box;
}

void TestWorkspaceOpen::clickRecent(const QString &name)
{
    auto *recent = m_window->findChild<QMenu *>(u"recentWorkspacesMenu"_s);
    QVERIFY(recent);
    recent->popup(m_window->mapToGlobal(QPoint(10, 10)));   // aboutToShow rebuilds it
    QVERIFY(QTest::qWaitForWindowExposed(recent));
    QAction *action = recent->findChild<QAction *>(name);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QTest::mouseClick(recent, Qt::LeftButton, {}, recent->actionGeometry(action).center());
    QTRY_VERIFY(!recent->isVisible());
}

void TestWorkspaceOpen::openNewFileThroughTheMenu()
{
    const QString path = m_dir.filePath(u"new-workspace.sqlite"_s);
    QVERIFY(!QFileInfo::exists(path));
    openAndWait(path);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(QFileInfo::exists(path));   // created and migrated
    QVERIFY(m_session->isWritable());
    QVERIFY(m_window->windowTitle().contains(u"new-workspace.sqlite"_s));
    QCOMPARE(RecentWorkspaces::entries(), QStringList{u"sqlite:"_s + path});
}

void TestWorkspaceOpen::recentListsAndReopens()
{
    const QString first = m_dir.filePath(u"first.sqlite"_s);
    const QString second = m_dir.filePath(u"second.sqlite"_s);
    openAndWait(first);
    QVERIFY(!QTest::currentTestFailed());
    openAndWait(second);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(RecentWorkspaces::entries(), (QStringList{u"sqlite:"_s + second, u"sqlite:"_s + first}));

    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    clickRecent(u"recentWorkspace1"_s);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);   // also when it came before the wait
    QCOMPARE(m_session->sourceName(), u"sqlite:"_s + first);
    QVERIFY(m_window->windowTitle().contains(u"first.sqlite"_s));
    QCOMPARE(RecentWorkspaces::entries(), (QStringList{u"sqlite:"_s + first, u"sqlite:"_s + second}));

    // Clear Menu empties it.
    auto *recent = m_window->findChild<QMenu *>(u"recentWorkspacesMenu"_s);
    recent->popup(m_window->mapToGlobal(QPoint(10, 10)));
    QVERIFY(QTest::qWaitForWindowExposed(recent));
    QAction *clear = recent->findChild<QAction *>(u"clearRecentWorkspaces"_s);
    QVERIFY(clear && clear->isEnabled());
    QCOMPARE(recent->actions().last(), clear);
    QTest::mouseClick(recent, Qt::LeftButton, {}, recent->actionGeometry(clear).center());
    QTRY_VERIFY(RecentWorkspaces::entries().isEmpty());
}

void TestWorkspaceOpen::recentMissingFileIsDisabled()
{
    const QString gone = m_dir.filePath(u"gone.sqlite"_s);
    QString error;
    RecentWorkspaces::add(*DatabaseUrl::parse(u"sqlite:"_s + gone, &error));
    auto *recent = m_window->findChild<QMenu *>(u"recentWorkspacesMenu"_s);
    recent->popup(m_window->mapToGlobal(QPoint(10, 10)));
    QVERIFY(QTest::qWaitForWindowExposed(recent));
    QAction *action = recent->findChild<QAction *>(u"recentWorkspace0"_s);
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY(action->text().contains(u"not found"_s));
    QVERIFY(action->toolTip().contains(u"no longer exists"_s));
    recent->hide();
    QVERIFY(!QFileInfo::exists(gone));   // not created by showing it
}

void TestWorkspaceOpen::notADatabaseKeepsTheWorkspace()
{
    const QString good = m_dir.filePath(u"good.sqlite"_s);
    openAndWait(good);
    QVERIFY(!QTest::currentTestFailed());
    const QString bad = m_dir.filePath(u"notes.sqlite"_s);
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("These are notes, not a Pennon workspace.\n").repeated(200));
    }
    QSignalSpy failed(m_session, &WorkspaceSession::openFailed);
    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    openThroughDialog(bad);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);   // also when it came before the wait
    QMessageBox *box = waitForBox(u"openFailedBox"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"notes.sqlite"_s), qPrintable(box->text()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"notes.sqlite"_s));
    box->button(QMessageBox::Ok)->click();
    // Back to the workspace it had, open and writable.
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), WorkspaceSession::State::Open, 10000);
    QCOMPARE(m_session->sourceName(), u"sqlite:"_s + good);
    QVERIFY(m_session->isWritable());
    QVERIFY(m_window->windowTitle().contains(u"good.sqlite"_s));
    QVERIFY(!RecentWorkspaces::entries().contains(u"sqlite:"_s + bad));
}

void TestWorkspaceOpen::draftsAskFirst()
{
    const QString first = m_dir.filePath(u"drafts.sqlite"_s);
    openAndWait(first);
    QVERIFY(!QTest::currentTestFailed());
    Flag flag;
    flag.key = u"new-checkout"_s;
    flag.name = u"New checkout"_s;
    flag.variations = {{u"on"_s, true, {}}, {u"off"_s, false, {}}};
    QVERIFY(m_session->editFlag(flag, u"New flag"_s));
    QCOMPARE(m_session->drafts().size(), 1);

    // Cancel: nothing happens, the draft stays.
    const QString other = m_dir.filePath(u"other.sqlite"_s);
    openThroughDialog(other);
    QVERIFY(!QTest::currentTestFailed());
    QMessageBox *box = waitForBox(u"unsavedDraftsBox"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"1 flag has"_s) || box->text().contains(u"1 flag"_s));
    auto *cancel = box->findChild<QPushButton *>(u"cancelOpenButton"_s);
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"unsavedDraftsBox"_s));
    QTest::qWait(100);
    QCOMPARE(m_session->sourceName(), u"sqlite:"_s + first);
    QCOMPARE(m_session->drafts().size(), 1);
    QVERIFY(!QFileInfo::exists(other));

    // Discard and open.
    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    openThroughDialog(other);
    QVERIFY(!QTest::currentTestFailed());
    box = waitForBox(u"unsavedDraftsBox"_s);
    QVERIFY(box);
    auto *discard = box->findChild<QPushButton *>(u"discardAndOpenButton"_s);
    QVERIFY(discard);
    QTest::mouseClick(discard, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);   // also when it came before the wait
    QCOMPARE(m_session->sourceName(), u"sqlite:"_s + other);
    QVERIFY(m_session->drafts().isEmpty());
}

namespace {

Flag makeFlag(const QString &key)
{
    Flag flag;
    flag.key = key;
    flag.name = key;
    flag.type = FlagType::Boolean;
    flag.variations = {{u"on"_s, QJsonValue(true), {}}, {u"off"_s, QJsonValue(false), {}}};
    return flag;
}

} // namespace

void TestWorkspaceOpen::saveFirstSavesThenOpens()
{
    const QString first = m_dir.filePath(u"save-first.sqlite"_s);
    openAndWait(first);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(m_session->editFlag(makeFlag(u"new-checkout"_s), u"New flag"_s));
    const QString other = m_dir.filePath(u"after-save.sqlite"_s);

    // Save First, then the review cancelled: nothing saved, nothing opened.
    openThroughDialog(other);
    QVERIFY(!QTest::currentTestFailed());
    QMessageBox *box = waitForBox(u"unsavedDraftsBox"_s);
    QVERIFY(box);
    auto *saveFirst = box->findChild<QPushButton *>(u"saveFirstButton"_s);
    QVERIFY(saveFirst);
    QTest::mouseClick(saveFirst, Qt::LeftButton);
    QWidget *review = nullptr;
    QTRY_VERIFY((review = QApplication::activeModalWidget()) && review->findChild<QPushButton *>(u"reviewSaveButton"_s));
    QTest::keyClick(review, Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QTest::qWait(100);
    QCOMPARE(m_session->sourceName(), u"sqlite:"_s + first);
    QCOMPARE(m_session->drafts(), QStringList{u"new-checkout"_s});
    QVERIFY(!QFileInfo::exists(other));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Not opened"_s));

    // Save First, the review saved: then the other workspace opens.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    openThroughDialog(other);
    QVERIFY(!QTest::currentTestFailed());
    box = waitForBox(u"unsavedDraftsBox"_s);
    QVERIFY(box);
    QSignalSpy saved(m_session, &WorkspaceSession::flagSaved);
    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    QTest::mouseClick(box->findChild<QPushButton *>(u"saveFirstButton"_s), Qt::LeftButton);
    QTRY_VERIFY((review = QApplication::activeModalWidget()) && review->findChild<QPushButton *>(u"reviewSaveButton"_s));
    QTest::mouseClick(review->findChild<QPushButton *>(u"reviewSaveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);   // also when it came before the wait
    QCOMPARE(saved.size(), 1);
    QCOMPARE(m_session->sourceName(), u"sqlite:"_s + other);
    QVERIFY(m_session->drafts().isEmpty());
    StorageError error;
    QString urlError;
    auto repository = SqlRepository::open(*DatabaseUrl::parse(u"sqlite:"_s + first, &urlError), &error);
    QVERIFY(repository);
    QVERIFY(repository->flag(u"new-checkout"_s, &error));
}

void TestWorkspaceOpen::saveFirstThatFailsOpensNothing()
{
    const QString first = m_dir.filePath(u"save-fails.sqlite"_s);
    openAndWait(first);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(m_session->editFlag(makeFlag(u"taken"_s), u"New flag"_s));
    // Someone else saves a flag with that key first: this save is a conflict.
    {
        StorageError error;
        QString urlError;
        auto repository = SqlRepository::open(*DatabaseUrl::parse(u"sqlite:"_s + first, &urlError), &error);
        QVERIFY(repository);
        QVERIFY(repository->saveFlag(makeFlag(u"taken"_s), 0, {}, &error));
    }
    const QString other = m_dir.filePath(u"never.sqlite"_s);
    openThroughDialog(other);
    QVERIFY(!QTest::currentTestFailed());
    QMessageBox *box = waitForBox(u"unsavedDraftsBox"_s);
    QVERIFY(box);
    QSignalSpy failed(m_session, &WorkspaceSession::saveFailed);
    QTest::mouseClick(box->findChild<QPushButton *>(u"saveFirstButton"_s), Qt::LeftButton);
    QWidget *review = nullptr;
    QTRY_VERIFY((review = QApplication::activeModalWidget()) && review->findChild<QPushButton *>(u"reviewSaveButton"_s));
    QTest::mouseClick(review->findChild<QPushButton *>(u"reviewSaveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);   // also when it came before the wait
    QTest::qWait(200);
    if (QWidget *conflict = QApplication::activeModalWidget())
        conflict->close();   // the conflict's choice, not this test's concern
    QCOMPARE(m_session->sourceName(), u"sqlite:"_s + first);
    QVERIFY(!QFileInfo::exists(other));
    QVERIFY(m_session->drafts().contains(u"taken"_s));
}

QTEST_MAIN(TestWorkspaceOpen)
#include "tst_workspaceopen.moc"
