// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The main window driven like a user would: search, select, switch environment, About.

#include "aboutdialog.h"
#include "environmentselector.h"
#include "flagdetailsview.h"
#include "flaglistmodel.h"
#include "flaglistview.h"
#include "formats/pennonjson.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "newflagdialog.h"
#include "reviewdialog.h"
#include "conflictdialog.h"
#include "environmenteditor.h"
#include "flaggeneraleditor.h"
#include "rulelistmodel.h"
#include "serveeditor.h"
#include "conditioneditor.h"
#include "flagvariationseditor.h"
#include "problemsdialog.h"
#include "storage/sqlrepository.h"
#include "testdatabase.h"
#include "testsettings.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QSignalSpy>
#include <QPlainTextEdit>
#include <QCheckBox>
#include <QTableWidget>
#include <QTabBar>
#include <QGroupBox>
#include <QAbstractSpinBox>
#include <QAbstractButton>
#include <QMimeData>
#include <QDropEvent>
#include <QListView>
#include <QSpinBox>
#include <QAbstractItemModelTester>
#include <QMessageBox>
#include <QTimer>
#include <QDebug>
#include <QUndoStack>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QHeaderView>
#include <QScrollBar>
#include <QLocale>
#include <QTimeZone>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

EnvironmentConfig config(bool on)
{
    EnvironmentConfig c;
    c.on = on;
    c.offVariation = u"off"_s;
    c.defaultServe.variation = u"off"_s;
    return c;
}

Flag booleanFlag(const QString &key, const QString &name)
{
    Flag flag;
    flag.key = key;
    flag.name = name;
    flag.variations = {{u"on"_s, true, {}}, {u"off"_s, false, {}}};
    return flag;
}

/// Three live flags and an archived one; new-checkout has rules in development.
Workspace sampleWorkspace()
{
    Workspace ws;
    ws.environments = Workspace::defaultEnvironments();

    Flag checkout = booleanFlag(u"new-checkout"_s, u"New checkout"_s);
    checkout.description = u"The redesigned checkout."_s;
    checkout.tags = {u"checkout"_s};
    checkout.owner = u"anna@example.com"_s;
    EnvironmentConfig dev = config(true);
    Rule beta;
    beta.name = u"Beta testers"_s;
    beta.conditions = {UserListActivation{u"userId"_s, {u"alice"_s, u"bob"_s}}};
    beta.serve.variation = u"on"_s;
    Rule gradual;
    PercentageActivation quarter;
    quarter.percentage = 25;
    ScheduleActivation advent{u"2026-12-01T00:00:00"_s, u"2026-12-24T00:00:00"_s, u"Europe/Berlin"_s};
    gradual.conditions = {quarter, advent};
    gradual.serve.variation = u"on"_s;
    dev.rules = {beta, gradual};
    Split split;
    split.weights = {{u"on"_s, 30}, {u"off"_s, 70}};
    dev.defaultServe.split = split;
    checkout.environments = {{u"development"_s, dev}, {u"production"_s, config(false)}};

    Flag banner = booleanFlag(u"dark-mode"_s, u"Dark mode"_s);
    banner.tags = {u"ui"_s};
    banner.environments = {{u"development"_s, config(false)}, {u"production"_s, config(true)}};

    Flag upload = booleanFlag(u"upload-v2"_s, u"Uploads v2"_s);
    upload.owner = u"ops@example.com"_s;
    upload.environments = {{u"development"_s, config(true)}, {u"production"_s, config(true)}};

    Flag old = booleanFlag(u"old-search"_s, u"Old search"_s);
    old.archived = true;

    ws.flags = {checkout, banner, upload, old};
    return ws;
}

/// Clicks the flag editor's tab whose data (an environment key, "#general", "#summary") is given.
void clickTab(QWidget *window, const QString &data)
{
    auto *tabs = window->findChild<QTabBar *>(u"flagTabs"_s);
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabData(i).toString() == data) {
            QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(i).center());
            QCOMPARE(tabs->currentIndex(), i);
            return;
        }
    }
    QFAIL(qPrintable(u"no tab "_s + data));
}

QString currentTab(QWidget *window)
{
    auto *tabs = window->findChild<QTabBar *>(u"flagTabs"_s);
    return tabs->tabData(tabs->currentIndex()).toString();
}

/// The row of a flag in the view's (sorted, filtered) model, or -1.
int viewRow(const FlagListView *view, const QString &key)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(FlagListModel::FlagKeyRole).toString() == key)
            return row;
    }
    return -1;
}

QString stateShown(const FlagListView *view, const QString &key)
{
    const int row = viewRow(view, key);
    return view->model()->index(row, FlagListModel::StateColumn).data().toString();
}

} // namespace

/// Ctrl+S opens the review; its text, then a comment typed and Save clicked.
QString reviewAndSave(QWidget *window, const QString &comment)
{
    // Dialogs closed before are deleted, and the window is the active one again (the offscreen
    // platform can leave a closed dialog active).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return u"the window is not active"_s;
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    // The one open now: a closed one may wait for its deferred delete.
    ReviewDialog *review = nullptr;
    const auto open = [&] {
        for (ReviewDialog *dialog : window->findChildren<ReviewDialog *>()) {
            if (dialog->isVisible())
                review = dialog;
        }
        return review != nullptr;
    };
    if (!QTest::qWaitFor(open, 5000))
        return u"no review dialog"_s;
    const QString text = review->text();
    QTest::keyClicks(review->findChild<QLineEdit *>(u"reviewComment"_s), comment);
    QTest::mouseClick(review->findChild<QPushButton *>(u"reviewSaveButton"_s), Qt::LeftButton);
    return text;
}

class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listShowsAllFlags();
    void searchNarrowsRows();
    void selectingRowShowsDetails();
    void keyboardMovesSelection();
    void environmentSwitchChangesState();
    void environmentMenuFollowsCombo();
    void showArchivedAction();
    void findActionFocusesSearch();
    void aboutOpensAndCloses();
    void showsWorkspaceReadFromFile();
    void emptyWindow();
    void databaseWorkspaceReloadKeepsSelection();
    void errorsAppearInTheStatusBar();
    void newFlagUndoRedoSave();
    void editGeneralFields();
    void protectedEnvironmentNeedsConfirmation();
    void discardAsksAndUndoes();
    void duplicateArchiveDelete();
    void conflictsResolvedBothWays();
    void switchAndServesInTheCurrentEnvironment();
    void variationsEditedInTheTable();
    void rulesEditedByPointAndClick();
    void everyControlIsNamed();
    void rulesWithoutIdsStaySelected();
    void draftsCheckedTogether();
    void problemsDialogListsProblems();
    void filtersPickedByKeyboard();
    void staleFilterShowsOldUnchangedFlags();
    void headerClickSortsAndKeepsSelection();

private:
    std::unique_ptr<SqlRepository> openSampleDatabase();

    TestSettings m_settings;   // the window's remembered geometry: not the user's
    std::unique_ptr<QTemporaryDir> m_databaseDir;
    WorkspaceSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    FlagListView *m_list = nullptr;
    FlagDetailsView *m_details = nullptr;
    QLineEdit *m_search = nullptr;
    EnvironmentSelector *m_environments = nullptr;
    QLabel *m_status = nullptr;
};

std::unique_ptr<SqlRepository> TestMainWindow::openSampleDatabase()
{
    m_databaseDir = std::make_unique<QTemporaryDir>();
    QString urlError;
    const auto url = DatabaseUrl::parse(u"sqlite:"_s + m_databaseDir->filePath(u"w.sqlite"_s), &urlError);
    StorageError error;
    auto other = url ? SqlRepository::open(*url, &error) : nullptr;
    if (!other || !other->importWorkspace(sampleWorkspace(), ImportMode::Merge, false, {}, &error)) {
        qWarning("cannot prepare the workspace: %s %s", qPrintable(urlError), qPrintable(error.message));
        return nullptr;
    }
    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    m_session->open(*url);
    if (!opened.wait(10000)) {
        qWarning("the session did not open %s", qPrintable(url->toDisplayString()));
        return nullptr;
    }
    return other;
}

void TestMainWindow::init()
{
    m_session = new WorkspaceSession;
    m_window = new MainWindow(m_session);
    m_session->openDetached(sampleWorkspace(), u"sample"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_list = m_window->findChild<FlagListView *>(u"flagList"_s);
    m_details = m_window->findChild<FlagDetailsView *>(u"flagDetails"_s);
    m_search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    m_environments = m_window->findChild<EnvironmentSelector *>(u"environmentSelector"_s);
    m_status = m_window->findChild<QLabel *>(u"statusLabel"_s);
    QVERIFY(m_list && m_details && m_search && m_environments && m_status);
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_session;
    m_session = nullptr;
}

void TestMainWindow::listShowsAllFlags()
{
    // Archived flags are hidden until asked for.
    QCOMPARE(m_list->model()->rowCount(), 3);
    QCOMPARE(m_list->model()->columnCount(), int(FlagListModel::ColumnCount));
    for (const QString &key : {u"new-checkout"_s, u"dark-mode"_s, u"upload-v2"_s})
        QVERIFY2(viewRow(m_list, key) >= 0, qPrintable(key));
    QVERIFY(m_status->text().contains(u'3'));
    QVERIFY(m_status->text().contains(u"4"_s));
    QVERIFY(m_status->text().contains(u"sample (read-only)"_s));
    // The first flag is selected so the details pane is not empty on start.
    QVERIFY(!m_list->currentFlagKey().isEmpty());
    QCOMPARE(m_details->flagKey(), m_list->currentFlagKey());
}

void TestMainWindow::searchNarrowsRows()
{
    QTest::keyClicks(m_search, u"check"_s);
    QCOMPARE(m_list->model()->rowCount(), 1);
    QCOMPARE(m_list->model()->index(0, 0).data(FlagListModel::FlagKeyRole).toString(),
             u"new-checkout"_s);
    QVERIFY(m_status->text().startsWith(u"1 "_s));

    m_search->clear();
    QCOMPARE(m_list->model()->rowCount(), 3);
    QTest::keyClicks(m_search, u"ops@"_s);
    QCOMPARE(m_list->model()->rowCount(), 1);
    QCOMPARE(viewRow(m_list, u"upload-v2"_s), 0);

    m_search->clear();
    QTest::keyClicks(m_search, u"nothing-like-this"_s);
    QCOMPARE(m_list->model()->rowCount(), 0);
}

void TestMainWindow::selectingRowShowsDetails()
{
    const int row = viewRow(m_list, u"new-checkout"_s);
    QVERIFY(row >= 0);
    const QRect rect = m_list->visualRect(m_list->model()->index(row, FlagListModel::NameColumn));
    QVERIFY(rect.isValid());
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_list->currentFlagKey(), u"new-checkout"_s);
    QCOMPARE(m_details->flagKey(), u"new-checkout"_s);

    const QString text = m_details->toPlainText();
    for (const QString &expected : {u"New checkout"_s, u"The redesigned checkout."_s,
                                    u"Beta testers"_s, u"userId is one of alice, bob"_s,
                                    u"25 % of users by userId (flagd)"_s,
                                    u"between 2026-12-01 and 2026-12-24 (Europe/Berlin)"_s,
                                    u"on 30 %, off 70 %"_s, u"Production (protected): off"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_s + text));
    }

    // Another flag replaces the details.
    const int other = viewRow(m_list, u"dark-mode"_s);
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {},
                      m_list->visualRect(m_list->model()->index(other, 0)).center());
    QVERIFY(m_details->toPlainText().contains(u"Dark mode"_s));
    QVERIFY(!m_details->toPlainText().contains(u"Beta testers"_s));
}

void TestMainWindow::keyboardMovesSelection()
{
    m_list->setFocus();
    m_list->setCurrentIndex(m_list->model()->index(0, 0));
    const QString first = m_details->flagKey();
    QTest::keyClick(m_list, Qt::Key_Down);
    QVERIFY(!m_details->flagKey().isEmpty());
    QVERIFY(m_details->flagKey() != first);
    QCOMPARE(m_details->flagKey(), m_list->currentFlagKey());
}

void TestMainWindow::environmentSwitchChangesState()
{
    QCOMPARE(m_environments->count(), 3);
    QCOMPARE(m_environments->currentEnvironment(), u"development"_s);
    QCOMPARE(stateShown(m_list, u"new-checkout"_s), u"On"_s);
    QCOMPARE(stateShown(m_list, u"dark-mode"_s), u"Off"_s);

    m_environments->setFocus();
    QTest::keyClick(m_environments, Qt::Key_End);
    QCOMPARE(m_environments->currentEnvironment(), u"production"_s);
    QCOMPARE(stateShown(m_list, u"new-checkout"_s), u"Off"_s);
    QCOMPARE(stateShown(m_list, u"dark-mode"_s), u"On"_s);

    // Staging has no configuration for any of the flags: all off.
    QTest::keyClick(m_environments, Qt::Key_Up);
    QCOMPARE(m_environments->currentEnvironment(), u"staging"_s);
    for (const QString &key : {u"new-checkout"_s, u"dark-mode"_s, u"upload-v2"_s})
        QCOMPARE(stateShown(m_list, key), u"Off"_s);
}

void TestMainWindow::environmentMenuFollowsCombo()
{
    QMenu *menu = m_environments->menu();
    // The three choices, a separator, Manage Environments… and Promote… (both disabled:
    // read-only here).
    QCOMPARE(menu->actions().size(), 6);
    QVERIFY(menu->actions().at(3)->isSeparator());
    QCOMPARE(menu->actions().at(4), m_environments->manageAction());
    QVERIFY(!m_environments->manageAction()->isEnabled());
    QCOMPARE(menu->actions().at(5)->objectName(), u"promoteAction"_s);
    QVERIFY(!menu->actions().at(5)->isEnabled());
    QVERIFY(menu->actions().at(0)->isChecked());
    menu->actions().at(2)->trigger();
    QCOMPARE(m_environments->currentEnvironment(), u"production"_s);
    QCOMPARE(stateShown(m_list, u"dark-mode"_s), u"On"_s);
    m_environments->setCurrentEnvironment(u"staging"_s);
    QVERIFY(menu->actions().at(1)->isChecked());
    QCOMPARE(menu->actions().at(0)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
}

void TestMainWindow::showArchivedAction()
{
    QAction *action = m_window->mainActions()->showArchived();
    QVERIFY(action->isCheckable());
    action->trigger();
    QCOMPARE(m_list->model()->rowCount(), 4);
    QVERIFY(viewRow(m_list, u"old-search"_s) >= 0);
    action->trigger();
    QCOMPARE(m_list->model()->rowCount(), 3);
}

void TestMainWindow::findActionFocusesSearch()
{
    m_list->setFocus();
    m_window->mainActions()->find()->trigger();
    QVERIFY(m_search->hasFocus() || QApplication::focusWidget() == m_search);
}

void TestMainWindow::aboutOpensAndCloses()
{
    QVERIFY(!m_window->findChild<AboutDialog *>());
    m_window->mainActions()->about()->trigger();
    QPointer<AboutDialog> dialog = m_window->findChild<AboutDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"About Pennon"_s);

    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
}

void TestMainWindow::showsWorkspaceReadFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"small.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({
  "format": "pennon",
  "version": 1,
  "environments": [{"key": "dev", "name": "Dev"}, {"key": "prod", "name": "Prod"}],
  "activations": [],
  "segments": [],
  "flags": [
    {
      "key": "colour",
      "name": "Button colour",
      "description": "",
      "type": "string",
      "variations": [{"key": "red", "value": "red"}, {"key": "blue", "value": "blue"}],
      "environments": {
        "prod": {
          "on": true,
          "offVariation": "red",
          "rules": [{"conditions": [{"type": "constraint", "attribute": "country",
                                     "operator": "IN", "values": ["DE", "AT"]}],
                     "serve": {"variation": "blue"}}],
          "defaultServe": {"variation": "red"}
        }
      },
      "version": 0
    }
  ]
}
)");
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Problems problems;
    const std::optional<Workspace> workspace = PennonJson::read(file.readAll(), &problems);
    QVERIFY2(workspace, qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));

    m_session->openDetached(*workspace, path);
    QCOMPARE(m_list->model()->rowCount(), 1);
    QCOMPARE(m_environments->count(), 2);
    QCOMPARE(m_environments->currentText(), u"Dev"_s);
    QCOMPARE(stateShown(m_list, u"colour"_s), u"Off"_s);
    QTest::keyClick(m_environments, Qt::Key_Down);
    QCOMPARE(stateShown(m_list, u"colour"_s), u"On"_s);

    QCOMPARE(m_details->flagKey(), u"colour"_s);
    const QString text = m_details->toPlainText();
    QVERIFY2(text.contains(u"Button colour"_s), qPrintable(text));
    QVERIFY2(text.contains(u"country is one of DE, AT"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Prod: on"_s), qPrintable(text));
}

void TestMainWindow::emptyWindow()
{
    m_session->close();
    QCOMPARE(m_list->model()->rowCount(), 0);
    QCOMPARE(m_environments->count(), 0);
    QVERIFY(!m_environments->isEnabled());
    QVERIFY(m_details->flagKey().isEmpty());
    QVERIFY(m_details->toPlainText().isEmpty());
    QVERIFY(m_status->text().contains(u"no workspace"_s));
}

void TestMainWindow::databaseWorkspaceReloadKeepsSelection()
{
    // A real SQLite workspace, changed by "another session" (a repository of its own, as
    // pennonctl or another window): the row changes in place, the selection stays.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString urlError;
    const auto url = DatabaseUrl::parse(u"sqlite:"_s + dir.filePath(u"w.sqlite"_s), &urlError);
    QVERIFY2(url, qPrintable(urlError));
    StorageError error;
    auto other = SqlRepository::open(*url, &error);
    QVERIFY2(other, qPrintable(error.message));
    QVERIFY2(other->importWorkspace(sampleWorkspace(), ImportMode::Merge, false, {}, &error), qPrintable(error.message));

    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    m_session->open(*url);
    QVERIFY(m_window->windowTitle().contains(u"Opening"_s));
    QVERIFY(opened.wait(10000));
    QVERIFY(m_status->text().contains(url->toDisplayString()));
    QVERIFY(m_window->windowTitle().contains(url->toDisplayString()));
    const int row = viewRow(m_list, u"new-checkout"_s);
    QVERIFY(row > 0); // not the first row, which a fresh workspace would select anyway
    m_list->setCurrentIndex(m_list->model()->index(row, 0));
    QCOMPARE(m_list->currentFlagKey(), u"new-checkout"_s);

    QSignalSpy resets(m_list->model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_list->model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_list->model(), &QAbstractItemModel::dataChanged);
    Flag renamed = *other->flag(u"new-checkout"_s, &error);
    renamed.name = u"Renamed elsewhere"_s;
    QVERIFY(other->saveFlag(renamed, renamed.version, {}, &error));
    Flag added = *other->flag(u"new-checkout"_s, &error);
    added.key = u"added-elsewhere"_s;
    QVERIFY(other->saveFlag(added, 0, {}, &error));
    QTRY_VERIFY_WITH_TIMEOUT(m_details->toPlainText().contains(u"Renamed elsewhere"_s), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 1, 10000);
    QCOMPARE(resets.size(), 0);
    // The renamed flag's row changed, and no other (but the Last change cell of the added
    // flag, whose time arrives after its row).
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto from = signal.at(0).value<QModelIndex>();
        const auto to = signal.at(1).value<QModelIndex>();
        QCOMPARE(from.row(), to.row());
        const QString key = from.data(FlagListModel::FlagKeyRole).toString();
        if (key == u"added-elsewhere")
            QVERIFY(from.column() == FlagListModel::LastChangeColumn && to.column() == FlagListModel::LastChangeColumn);
        else
            QCOMPARE(key, u"new-checkout"_s);
    }
    QCOMPARE(m_list->currentFlagKey(), u"new-checkout"_s);
    QCOMPARE(m_details->flagKey(), u"new-checkout"_s);
    QVERIFY(viewRow(m_list, u"added-elsewhere"_s) >= 0);

    // A different workspace starts at its first flag.
    m_session->openDetached(sampleWorkspace(), u"other"_s);
    QVERIFY(!m_list->currentFlagKey().isEmpty());
}

void TestMainWindow::errorsAppearInTheStatusBar()
{
    // The sample is shown without a database: a write is refused, and the window says so.
    QCOMPARE(m_session->saveFlag(sampleWorkspace().flags.first(), {}), -1);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"read-only"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::newFlagUndoRedoSave()
{
    // The sample in an SQLite workspace the window's session opened; other: a colleague's
    // session on the same file, as another window or pennonctl.
    auto other = openSampleDatabase();
    QVERIFY(other);
    StorageError error;
    QAction *newFlag = m_window->findChild<QAction *>(u"newFlagAction"_s);
    QAction *save = m_window->findChild<QAction *>(u"saveAction"_s);
    QAction *undo = m_window->findChild<QAction *>(u"undoAction"_s);
    QVERIFY(newFlag && save && undo);
    QVERIFY(newFlag->isEnabled());
    QVERIFY(!save->isEnabled());
    QVERIFY(!m_window->isWindowModified());

    // Ctrl+N: the dialog checks the key as it is typed.
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
    NewFlagDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<NewFlagDialog *>()) != nullptr);
    auto *key = dialog->findChild<QLineEdit *>(u"newFlagKey"_s);
    auto *name = dialog->findChild<QLineEdit *>(u"newFlagName"_s);
    auto *type = dialog->findChild<QComboBox *>(u"newFlagType"_s);
    auto *keyError = dialog->findChild<QLabel *>(u"newFlagKeyError"_s);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(key && name && type && keyError && ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(key, u"new-checkout"_s);    // taken
    QVERIFY(!ok->isEnabled());
    QVERIFY2(keyError->isVisibleTo(dialog) && keyError->text().contains(u"exists already"_s), qPrintable(keyError->text()));
    key->clear();
    QTest::keyClicks(key, QString(256, u'k'));     // longer than a key may be
    QVERIFY(!ok->isEnabled());
    QVERIFY2(keyError->text().contains(u"255"_s), qPrintable(keyError->text()));
    key->clear();
    QTest::keyClicks(key, u"search-v2"_s);
    QVERIFY(ok->isEnabled());
    QVERIFY(!keyError->isVisibleTo(dialog));
    QTest::keyClicks(name, u"Search, second edition"_s);
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down);          // String: variations a, b, c
    QTest::mouseClick(ok, Qt::LeftButton);

    // A draft: shown in bold, the title marked, Save enabled; the database does not have it.
    QTRY_VERIFY(viewRow(m_list, u"search-v2"_s) >= 0);
    const QModelIndex row = m_list->model()->index(viewRow(m_list, u"search-v2"_s), 0);
    QVERIFY(row.data(FlagListModel::DraftRole).toBool());
    QVERIFY(row.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(m_list->currentFlagKey(), u"search-v2"_s);
    QVERIFY(m_details->toPlainText().contains(u"Search, second edition"_s));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(save->isEnabled());
    QCOMPARE(undo->text(), u"&Undo New flag search-v2"_s);
    QVERIFY(!other->flag(u"search-v2"_s, &error));

    // Ctrl+Z takes it away, Ctrl+Shift+Z brings it back.
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(viewRow(m_list, u"search-v2"_s) < 0);
    QVERIFY(!m_window->isWindowModified());
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(viewRow(m_list, u"search-v2"_s) >= 0);

    // Ctrl+S: the review says what is new; Save writes it with the comment; the mark goes.
    QSignalSpy saved(m_session, &WorkspaceSession::flagSaved);
    const QString review = reviewAndSave(m_window, u"for the search team"_s);
    QVERIFY2(review.contains(u"New flag “Search, second edition” of type String with the variations a = \"A\""_s), qPrintable(review));
    QVERIFY(saved.wait(10000));
    const auto history = other->history(u"search-v2"_s, 1, &error);
    QVERIFY(history && !history->isEmpty());
    QCOMPARE(history->first().comment, u"for the search team"_s);
    QTRY_VERIFY(!m_window->isWindowModified());
    QVERIFY(!m_list->model()->index(viewRow(m_list, u"search-v2"_s), 0).data(FlagListModel::DraftRole).toBool());
    QVERIFY(!save->isEnabled());
    const auto stored = other->flag(u"search-v2"_s, &error);
    QVERIFY(stored);
    QCOMPARE(stored->type, FlagType::String);
    QCOMPARE(stored->variations.size(), 3);
    QCOMPARE(stored->name, u"Search, second edition"_s);
    QCOMPARE(stored->environments.size(), sampleWorkspace().environments.size());
}

void TestMainWindow::editGeneralFields()
{
    // Without a database the fields show the flag but take no edits.
    auto *editor = m_window->findChild<FlagGeneralEditor *>();
    QVERIFY(editor);
    QVERIFY(!editor->nameEdit()->isEnabled());

    // The sample in an SQLite workspace the window's session opened; other: a colleague's
    // session on the same file, as another window or pennonctl.
    auto other = openSampleDatabase();
    QVERIFY(other);
    StorageError error;
    // Opened: the flag shown first is editable at once.
    QVERIFY(editor->nameEdit()->isEnabled());
    QVERIFY(m_list->selectFlag(u"new-checkout"_s));
    QCOMPARE(editor->flagKey(), u"new-checkout"_s);
    QLineEdit *name = editor->nameEdit();
    QVERIFY(name->isEnabled());
    const QString before = name->text();

    // Typing a name: one step, the row shows it in bold.
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"Checkout, take two"_s);
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(m_session->undoStack()->undoText(), u"Rename new-checkout"_s);
    const int row = viewRow(m_list, u"new-checkout"_s);
    QCOMPARE(m_list->model()->index(row, FlagListModel::NameColumn).data().toString(), u"Checkout, take two"_s);
    QVERIFY(m_list->model()->index(row, 0).data(FlagListModel::DraftRole).toBool());
    QVERIFY(m_details->toPlainText().contains(u"Checkout, take two"_s));

    // Ctrl+Z in the field is the session's undo, not the field's.
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(name->text(), before);
    QVERIFY(!m_session->hasDraft(u"new-checkout"_s));
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(name->text(), u"Checkout, take two"_s);

    // Tags, owner and description, each a step of its own; then saved.
    QLineEdit *tags = editor->tagsEdit();
    tags->setFocus();
    tags->selectAll();
    QTest::keyClicks(tags, u"checkout, mobile"_s);
    QLineEdit *owner = editor->ownerEdit();
    owner->setFocus();
    owner->selectAll();
    QTest::keyClicks(owner, u"team@example.com"_s);
    QPlainTextEdit *description = editor->descriptionEdit();
    description->setFocus();
    description->selectAll();
    QTest::keyClicks(description, u"The second checkout"_s);
    QCOMPARE(m_session->undoStack()->count(), 4);
    QSignalSpy saved(m_session, &WorkspaceSession::flagSaved);
    const QString review = reviewAndSave(m_window, {});
    QVERIFY2(review.contains(u"Name: New checkout → Checkout, take two"_s), qPrintable(review));
    QVERIFY2(review.contains(u"Owner: "_s) && review.contains(u"→ team@example.com"_s), qPrintable(review));
    QVERIFY(saved.wait(10000));
    const auto stored = other->flag(u"new-checkout"_s, &error);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"Checkout, take two"_s);
    QCOMPARE(stored->tags, (QStringList{u"checkout"_s, u"mobile"_s}));
    QCOMPARE(stored->owner, u"team@example.com"_s);
    QCOMPARE(stored->description, u"The second checkout"_s);
    QTRY_VERIFY(!m_window->isWindowModified());
}

void TestMainWindow::protectedEnvironmentNeedsConfirmation()
{
    // The sample in an SQLite workspace the window's session opened; other: a colleague's
    // session on the same file, as another window or pennonctl.
    auto other = openSampleDatabase();
    QVERIFY(other);
    StorageError error;
    // Turning a flag on in the protected environment (the rule editor will do it by click).
    Flag flag = *m_session->editedFlag(u"new-checkout"_s);
    flag.environments[u"production"_s].on = !flag.environments[u"production"_s].on;
    QVERIFY(m_session->editFlag(flag, u"Switch new-checkout"_s));

    QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);
    ReviewDialog *review = nullptr;
    QTRY_VERIFY((review = m_window->findChild<ReviewDialog *>()) != nullptr);
    QVERIFY2(review->text().contains(u"Production: turned"_s), qPrintable(review->text()));
    auto *confirm = review->findChild<QCheckBox *>(u"reviewConfirmProtected"_s);
    auto *save = review->findChild<QPushButton *>(u"reviewSaveButton"_s);
    QVERIFY(confirm && save);
    QVERIFY(confirm->text().contains(u"production"_s));
    QVERIFY(!save->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(save->isEnabled());
    QSignalSpy saved(m_session, &WorkspaceSession::flagSaved);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(other->flag(u"new-checkout"_s, &error)->environments.value(u"production"_s).on, flag.environments[u"production"_s].on);
}

void TestMainWindow::discardAsksAndUndoes()
{
    // The sample in an SQLite workspace the window's session opened; other: a colleague's
    // session on the same file, as another window or pennonctl.
    auto other = openSampleDatabase();
    QVERIFY(other);
    StorageError error;
    Flag one = *m_session->editedFlag(u"new-checkout"_s);
    one.owner = u"someone"_s;
    m_session->editFlag(one, u"Own"_s);
    Flag two = *m_session->editedFlag(u"dark-mode"_s);
    two.description = u"darker"_s;
    m_session->editFlag(two, u"Describe"_s);
    QAction *discard = m_window->findChild<QAction *>(u"discardAction"_s);
    QVERIFY(discard->isEnabled());

    // Asked first: Cancel keeps everything, Discard drops both as one undoable step.
    const auto answer = [this](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, this, [this, button] {
            auto *box = m_window->findChild<QMessageBox *>(u"discardConfirmation"_s);
            QVERIFY(box);
            QVERIFY(box->informativeText().contains(u"dark-mode"_s));
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
    };
    answer(QMessageBox::Cancel);
    discard->trigger();
    QCOMPARE(m_session->drafts().size(), 2);
    answer(QMessageBox::Discard);
    discard->trigger();
    QVERIFY(m_session->drafts().isEmpty());
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_session->undoStack()->undoText(), u"Discard all changes"_s);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_session->drafts(), (QStringList{u"dark-mode"_s, u"new-checkout"_s}));
    QVERIFY(m_window->isWindowModified());
}

void TestMainWindow::duplicateArchiveDelete()
{
    // The sample in an SQLite workspace the window's session opened; other: a colleague's
    // session on the same file, as another window or pennonctl.
    auto other = openSampleDatabase();
    QVERIFY(other);
    StorageError error;
    QVERIFY(m_list->selectFlag(u"new-checkout"_s));
    m_list->setFocus();

    // Ctrl+D: a copy under a free key, its type fixed.
    QTest::keyClick(m_list, Qt::Key_D, Qt::ControlModifier);
    NewFlagDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<NewFlagDialog *>()) != nullptr);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"newFlagKey"_s)->text(), u"new-checkout-copy"_s);
    QVERIFY(!dialog->findChild<QComboBox *>(u"newFlagType"_s)->isEnabled());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(m_list->currentFlagKey(), u"new-checkout-copy"_s);
    const std::optional<Flag> copy = m_session->editedFlag(u"new-checkout-copy"_s);
    QVERIFY(copy);
    QCOMPARE(copy->name, u"New checkout (copy)"_s);
    QCOMPARE(copy->environments, m_session->workspace().flag(u"new-checkout"_s)->environments);

    // Archive: hidden from the list; undone, back.
    QAction *archive = m_window->findChild<QAction *>(u"archiveFlagAction"_s);
    QVERIFY(archive->isEnabled());
    archive->trigger();
    QVERIFY(m_session->editedFlag(u"new-checkout-copy"_s)->archived);
    QTRY_VERIFY(viewRow(m_list, u"new-checkout-copy"_s) < 0);
    m_session->undoStack()->undo();
    QTRY_VERIFY(viewRow(m_list, u"new-checkout-copy"_s) >= 0);

    // Delete asks, naming where the flag is on; Delete on a flag never saved drops its draft.
    const auto confirm = [this](const QString &expected) {
        QTimer::singleShot(0, this, [this, expected] {
            auto *box = m_window->findChild<QMessageBox *>(u"deleteConfirmation"_s);
            QVERIFY2(box, qPrintable(expected + u" / active modal: "_s + (QApplication::activeModalWidget() ? QApplication::activeModalWidget()->objectName() : u"none"_s)));
            QVERIFY2(box->informativeText().contains(expected), qPrintable(box->informativeText()));
            QTest::mouseClick(box->findChild<QPushButton *>(u"confirmDeleteButton"_s), Qt::LeftButton);
        });
    };
    QVERIFY(m_list->selectFlag(u"new-checkout-copy"_s));
    m_list->setFocus();
    confirm(u"Development"_s);
    QTest::keyClick(m_list, Qt::Key_Delete);
    QTRY_VERIFY(viewRow(m_list, u"new-checkout-copy"_s) < 0);
    QVERIFY(!m_session->editedFlag(u"new-checkout-copy"_s));

    // A stored flag is deleted from the database.
    QVERIFY(m_list->selectFlag(u"dark-mode"_s));
    m_window->activateWindow();   // the offscreen platform leaves it inactive after a modal box
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_list->setFocus();
    QVERIFY(m_window->findChild<QAction *>(u"deleteFlagAction"_s)->isEnabled());
    QCOMPARE(m_list->currentFlagKey(), u"dark-mode"_s);
    QSignalSpy deleted(m_session, &WorkspaceSession::flagDeleted);
    confirm(u"Production"_s);
    QTest::keyClick(m_list, Qt::Key_Delete);
    QVERIFY(deleted.wait(10000));
    QTRY_VERIFY(viewRow(m_list, u"dark-mode"_s) < 0);
    QVERIFY(!other->flag(u"dark-mode"_s, &error));
}

void TestMainWindow::conflictsResolvedBothWays()
{
    // The sample in an SQLite workspace the window's session opened; other: a colleague's
    // session on the same file, as another window or pennonctl.
    auto other = openSampleDatabase();
    QVERIFY(other);
    StorageError error;
    auto *editor = m_window->findChild<FlagGeneralEditor *>();
    const auto conflictDialog = [this]() -> ConflictDialog * {
        ConflictDialog *dialog = nullptr;
        (void)QTest::qWaitFor([&] {
            for (ConflictDialog *open : m_window->findChildren<ConflictDialog *>()) {
                if (open->isVisible())
                    dialog = open;
            }
            return dialog != nullptr;
        }, 10000);
        return dialog;
    };

    // Mine: the description. Theirs, first: the owner. Different parts: mine goes on theirs.
    QVERIFY(m_list->selectFlag(u"new-checkout"_s));
    editor->descriptionEdit()->setFocus();
    editor->descriptionEdit()->selectAll();
    QTest::keyClicks(editor->descriptionEdit(), u"mine"_s);
    Flag theirs = *other->flag(u"new-checkout"_s, &error);
    theirs.owner = u"colleague@example.com"_s;
    QVERIFY(other->saveFlag(theirs, theirs.version, {}, &error));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    reviewAndSave(m_window, {});
    ConflictDialog *dialog = conflictDialog();
    QVERIFY(dialog);
    QVERIFY2(dialog->text().contains(u"Owner: "_s) && dialog->text().contains(u"colleague@example.com"_s), qPrintable(dialog->text()));
    QVERIFY2(dialog->text().contains(u"Description: The redesigned checkout. → mine"_s), qPrintable(dialog->text()));
    auto *reapply = dialog->findChild<QPushButton *>(u"reapplyButton"_s);
    QVERIFY(reapply->isEnabled());
    QTest::mouseClick(reapply, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(m_session->editedFlag(u"new-checkout"_s)->owner, u"colleague@example.com"_s);
    QSignalSpy saved(m_session, &WorkspaceSession::flagSaved);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    reviewAndSave(m_window, {});
    QVERIFY(saved.wait(10000));
    QCOMPARE(other->flag(u"new-checkout"_s, &error)->description, u"mine"_s);
    QCOMPARE(other->flag(u"new-checkout"_s, &error)->owner, u"colleague@example.com"_s);

    // The same part, the name: no merge; keeping theirs drops mine.
    QVERIFY(m_list->selectFlag(u"dark-mode"_s));
    editor->nameEdit()->setFocus();
    editor->nameEdit()->selectAll();
    QTest::keyClicks(editor->nameEdit(), u"Mine"_s);
    theirs = *other->flag(u"dark-mode"_s, &error);
    theirs.name = u"Theirs"_s;
    QVERIFY(other->saveFlag(theirs, theirs.version, {}, &error));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QSignalSpy failed(m_session, &WorkspaceSession::saveFailed);
    QCOMPARE(m_session->drafts(), QStringList{u"dark-mode"_s});
    QVERIFY(m_window->findChild<QAction *>(u"saveAction"_s)->isEnabled());
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    const QString secondReview = reviewAndSave(m_window, {});
    QVERIFY2(failed.wait(10000), qPrintable(secondReview + u" / "_s + m_window->statusBar()->currentMessage()));
    dialog = conflictDialog();
    QVERIFY(dialog);
    QVERIFY2(dialog->text().contains(u"Both changed: name"_s), qPrintable(dialog->text()));
    QVERIFY(!dialog->findChild<QPushButton *>(u"reapplyButton"_s)->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"keepTheirsButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_session->hasDraft(u"dark-mode"_s));
    QTRY_COMPARE(editor->nameEdit()->text(), u"Theirs"_s);
    QCOMPARE(other->flag(u"dark-mode"_s, &error)->name, u"Theirs"_s);
}

void TestMainWindow::switchAndServesInTheCurrentEnvironment()
{
    // The sample in an SQLite workspace the window's session opened; other: a colleague's
    // session on the same file, as another window or pennonctl.
    auto other = openSampleDatabase();
    QVERIFY(other);
    StorageError error;
    auto *editor = m_window->findChild<EnvironmentEditor *>();
    QVERIFY(m_list->selectFlag(u"dark-mode"_s));
    // The environment's tab: clicking it makes it the current environment, as the toolbar's.
    clickTab(m_window, u"production"_s);
    QCOMPARE(m_session->currentEnvironment(), u"production"_s);
    QCOMPARE(m_environments->currentData().toString(), u"production"_s);
    QVERIFY(editor->isVisible());
    // The selector moves the tab along.
    m_environments->setCurrentIndex(m_environments->findData(u"staging"_s));
    QCOMPARE(currentTab(m_window), u"staging"_s);
    m_environments->setCurrentIndex(m_environments->findData(u"production"_s));
    QCOMPARE(currentTab(m_window), u"production"_s);
    const bool wasOn = m_session->workspace().flag(u"dark-mode"_s)->environments.value(u"production"_s).on;
    QCOMPARE(editor->onBox()->isChecked(), wasOn);
    editor->onBox()->setFocus();
    QTest::keyClick(editor->onBox(), Qt::Key_Space);
    QCOMPARE(m_session->editedFlag(u"dark-mode"_s)->environments.value(u"production"_s).on, !wasOn);
    QCOMPARE(m_session->undoStack()->undoText(), (wasOn ? u"Turn dark-mode off in Production"_s : u"Turn dark-mode on in Production"_s));
    // The list's state column shows the edited switch.
    QCOMPARE(stateShown(m_list, u"dark-mode"_s), wasOn ? u"Off"_s : u"On"_s);

    // Off variation and default serve: picked from the variations.
    QComboBox *off = editor->offVariationBox();
    off->setFocus();
    QCOMPARE(off->currentData().toString(), u"off"_s);
    QTest::keyClick(off, Qt::Key_Up);
    QCOMPARE(off->currentData().toString(), u"on"_s);
    QCOMPARE(m_session->editedFlag(u"dark-mode"_s)->environments.value(u"production"_s).offVariation,
             off->currentData().toString());
    auto *serve = editor->defaultServeEditor()->findChild<QComboBox *>(u"serveVariationBox"_s);
    QVERIFY(serve);
    serve->setFocus();
    QTest::keyClick(serve, Qt::Key_Up);
    QCOMPARE(m_session->editedFlag(u"dark-mode"_s)->environments.value(u"production"_s).defaultServe.variation,
             serve->currentData().toString());
    QCOMPARE(m_session->undoStack()->count(), 3);
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QVERIFY(!m_session->hasDraft(u"dark-mode"_s));
    QCOMPARE(editor->onBox()->isChecked(), wasOn);

    // An environment the flag has no configuration in offers to set one up: off, as a new
    // flag starts.
    clickTab(m_window, u"staging"_s);
    QVERIFY(!m_session->editedFlag(u"dark-mode"_s)->environments.contains(u"staging"_s));
    auto *configure = editor->findChild<QPushButton *>(u"configureEnvironmentButton"_s);
    QVERIFY(configure->isVisible() && configure->isEnabled());
    QVERIFY(!editor->onBox()->isEnabled());
    QTest::mouseClick(configure, Qt::LeftButton);
    const EnvironmentConfig staging = m_session->editedFlag(u"dark-mode"_s)->environments.value(u"staging"_s);
    QVERIFY(!staging.on);
    QCOMPARE(staging.offVariation, u"on"_s);   // the sample's first variation
    QVERIFY(!configure->isVisible());
    QVERIFY(editor->onBox()->isEnabled());
    m_session->undoStack()->undo();
    QVERIFY(!m_session->hasDraft(u"dark-mode"_s));
    QVERIFY(configure->isVisible());
}

void TestMainWindow::variationsEditedInTheTable()
{
    auto other = openSampleDatabase();
    QVERIFY(other);
    auto *editor = m_window->findChild<FlagVariationsEditor *>();
    QTableWidget *table = editor->table();
    QVERIFY(m_list->selectFlag(u"new-checkout"_s));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), u"on"_s);
    const auto edit = [table](int row, int column, const QString &text) {
        table->setFocus();
        table->setCurrentCell(row, column);
        QTest::keyClick(table, Qt::Key_F2);
        auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(field);
        field->selectAll();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
        QTest::qWait(0);   // the delegate commits on its next turn
    };

    // A boolean's value is picked, true or false.
    table->setFocus();
    table->setCurrentCell(0, 1);
    QTest::keyClick(table, Qt::Key_F2);
    auto *box = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(box);
    QCOMPARE(box->currentText(), u"true"_s);
    QTest::keyClick(box, Qt::Key_Down);
    QTest::qWait(0);
    QCOMPARE(m_session->editedFlag(u"new-checkout"_s)->variations.at(0).value, QJsonValue(false));
    QCOMPARE(table->item(0, 1)->text(), u"false"_s);
    m_session->undoStack()->undo();
    QVERIFY(!m_session->hasDraft(u"new-checkout"_s));

    // Renaming a key renames it wherever the flag serves it.
    edit(0, 0, u"enabled"_s);
    QVERIFY(editor->problem().isEmpty());
    const Flag renamed = *m_session->editedFlag(u"new-checkout"_s);
    QVERIFY(renamed.variation(u"enabled"_s));
    QVERIFY(!renamed.variation(u"on"_s));
    QCOMPARE(renamed.environments.value(u"development"_s).rules.first().serve.variation, u"enabled"_s);
    QCOMPARE(m_session->undoStack()->undoText(), u"Rename variation on of new-checkout"_s);

    // Removing one the flag uses is refused, naming where.
    table->setCurrentCell(1, 0);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"removeVariationButton"_s), Qt::LeftButton);
    QVERIFY2(editor->problem().contains(u"off variation"_s), qPrintable(editor->problem()));
    QCOMPARE(m_session->editedFlag(u"new-checkout"_s)->variations.size(), 2);

    // Added, moved up, removed again (unused).
    QTest::mouseClick(editor->findChild<QPushButton *>(u"addVariationButton"_s), Qt::LeftButton);
    QCOMPARE(m_session->editedFlag(u"new-checkout"_s)->variations.size(), 3);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->currentRow(), 2);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"variationUpButton"_s), Qt::LeftButton);
    QCOMPARE(m_session->editedFlag(u"new-checkout"_s)->variations.at(1).key, u"variation-3"_s);
    QCOMPARE(table->currentRow(), 1);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"removeVariationButton"_s), Qt::LeftButton);
    QCOMPARE(m_session->editedFlag(u"new-checkout"_s)->variations.size(), 2);

    // Every step undone: the stored flag again.
    while (m_session->undoStack()->canUndo())
        m_session->undoStack()->undo();
    QVERIFY(!m_session->hasDraft(u"new-checkout"_s));
    QCOMPARE(table->item(0, 0)->text(), u"on"_s);

    // A JSON value is checked at every keystroke, the error with its line and column; the
    // flag keeps its last good value until the JSON is whole.
    Flag json;
    json.key = u"banner-config"_s;
    json.type = FlagType::Json;
    json.variations = {{u"plain"_s, QJsonObject{{u"colour"_s, u"blue"_s}}, {}}};
    json.environments = {{u"production"_s, {false, u"plain"_s, {}, Serve::of(u"plain"_s)}}};
    QVERIFY(m_session->editFlag(json, u"New flag banner-config"_s));
    QVERIFY(m_list->selectFlag(u"banner-config"_s));
    table->setFocus();
    table->setCurrentCell(0, 1);
    QTest::keyClick(table, Qt::Key_F2);
    auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(field);
    field->selectAll();
    QTest::keyClicks(field, u"{\"colour\": "_s);
    QVERIFY2(editor->problem().contains(u"line 1, column"_s), qPrintable(editor->problem()));
    QTest::keyClicks(field, u"\"red\"}"_s);
    QVERIFY2(editor->problem().isEmpty(), qPrintable(editor->problem()));
    QTest::keyClick(field, Qt::Key_Return);
    QTest::qWait(0);
    QCOMPARE(m_session->editedFlag(u"banner-config"_s)->variations.at(0).value,
             QJsonValue(QJsonObject{{u"colour"_s, u"red"_s}}));
}

void TestMainWindow::problemsDialogListsProblems()
{
    Problems problems;
    for (int i = 0; i < 7; ++i)
        problems.append({u"/flags/"_s + QString::number(i), u"problem number "_s + QString::number(i)});
    ProblemsDialog dialog(u":/pennon/demo-workspace.json"_s, problems, m_window);
    QVERIFY(dialog.text().contains(u":/pennon/demo-workspace.json"_s));
    QVERIFY(dialog.informativeText().contains(u"/flags/0: problem number 0"_s));
    QVERIFY(!dialog.informativeText().contains(u"problem number 6"_s));
    QVERIFY(dialog.informativeText().contains(u"2 more"_s));
    QVERIFY(dialog.detailedText().contains(u"/flags/6: problem number 6"_s));

    dialog.open();
    QTRY_VERIFY(dialog.isVisible());
    QAbstractButton *close = dialog.button(QMessageBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());

    ProblemsDialog single(u"file.json"_s, {{QString(), u"No such file"_s}}, m_window);
    QCOMPARE(single.informativeText(), u"No such file"_s);
}


void TestMainWindow::rulesEditedByPointAndClick()
{
    // The sample in an SQLite workspace; other: a colleague's session on the same file.
    auto other = openSampleDatabase();
    QVERIFY(other);
    StorageError error;
    auto *editor = m_window->findChild<EnvironmentEditor *>();
    QAbstractItemModelTester tester(editor->ruleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAction *save = m_window->findChild<QAction *>(u"saveAction"_s);
    QVERIFY(m_list->selectFlag(u"dark-mode"_s));
    clickTab(m_window, u"development"_s);
    QCOMPARE(editor->ruleModel()->rowCount(), 0);

    // Add a rule: selected, named by typing, with a condition that holds for no one yet.
    QTest::mouseClick(editor->findChild<QPushButton *>(u"addRuleButton"_s), Qt::LeftButton);
    QCOMPARE(editor->ruleModel()->rowCount(), 1);
    QCOMPARE(editor->currentRule(), 0);
    QVERIFY(editor->ruleNameEdit()->hasFocus());
    QTest::keyClicks(editor->ruleNameEdit(), u"Beta testers"_s);
    QCOMPARE(m_session->editedFlag(u"dark-mode"_s)->environments.value(u"development"_s).rules.at(0).name,
             u"Beta testers"_s);
    QCOMPARE(editor->conditionEditors().size(), 1);

    // Its condition: email ends with @example.com, typed into the constraint's fields.
    ConditionEditor *condition = editor->conditionEditors().first();
    auto *attribute = condition->findChild<QComboBox *>(u"constraintAttributeBox"_s);
    QVERIFY(attribute && attribute->isEditable());
    attribute->setFocus();
    attribute->lineEdit()->selectAll();
    QTest::keyClicks(attribute, u"email"_s);
    auto *op = condition->findChild<QComboBox *>(u"constraintOperatorBox"_s);
    QVERIFY(op);
    op->setFocus();
    const int endsWith = op->findData(int(Operator::StrEndsWith));
    QVERIFY(endsWith >= 0);
    while (op->currentIndex() != endsWith)
        QTest::keyClick(op, op->currentIndex() < endsWith ? Qt::Key_Down : Qt::Key_Up);
    auto *values = condition->findChild<QPlainTextEdit *>(u"constraintValuesEdit"_s);
    QVERIFY(values);
    QVERIFY2(values->isVisible(), qPrintable(u"%1 %2 %3 %4"_s.arg(condition->isVisible()).arg(values->parentWidget()->isVisible()).arg(editor->isVisible()).arg(op->currentText())));
    values->setFocus();
    QTest::keyClicks(values, u"@example.com"_s);
    {
        const Rule rule = m_session->editedFlag(u"dark-mode"_s)->environments.value(u"development"_s).rules.at(0);
        QCOMPARE(rule.conditions.size(), 1);
        const auto *constraint = std::get_if<ConstraintActivation>(&rule.conditions.first());
        QVERIFY(constraint);
        QCOMPARE(constraint->attribute, u"email"_s);
        QCOMPARE(constraint->op, Operator::StrEndsWith);
        QCOMPARE(constraint->values, QStringList{u"@example.com"_s});
    }

    // What it serves: a split, 50 / 40 — said next to the weights, Save disabled saying why.
    ServeEditor *serve = editor->ruleServeEditor();
    auto *mode = serve->findChild<QComboBox *>(u"serveModeBox"_s);
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);
    QVERIFY(m_session->editedFlag(u"dark-mode"_s)->environments.value(u"development"_s).rules.at(0).serve.isSplit());
    auto *on = serve->findChild<QSpinBox *>(u"splitWeightSpin:on"_s);
    auto *off = serve->findChild<QSpinBox *>(u"splitWeightSpin:off"_s);
    QVERIFY(on && off);
    const auto type = [](QSpinBox *spin, const QString &text) {
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, text);
    };
    type(on, u"50"_s);
    type(off, u"40"_s);
    auto *remainder = serve->findChild<QLabel *>(u"splitRemainderLabel"_s);
    QVERIFY2(remainder->text().contains(u"10"_s), qPrintable(remainder->text()));
    QVERIFY(!save->isEnabled());
    QVERIFY2(save->toolTip().contains(u"weights sum to 90, not 100"_s), qPrintable(save->toolTip()));
    QVERIFY(editor->ruleModel()->index(0).data(RuleListModel::ProblemRole).toString().contains(u"90"_s));
    bool shown = false;
    for (QLabel *label : serve->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(u"weights sum to 90, not 100"_s))
            shown = true;
    }
    QVERIFY2(shown, "the sum's problem is shown in the serve editor");
    // Fixed: Save is back.
    type(off, u"50"_s);
    QVERIFY(save->isEnabled());
    QVERIFY(editor->ruleModel()->index(0).data(RuleListModel::ProblemRole).toString().isEmpty());

    // Duplicate: a copy below, selected; disable it: kept, marked, skipped.
    QTest::mouseClick(editor->findChild<QPushButton *>(u"duplicateRuleButton"_s), Qt::LeftButton);
    QCOMPARE(editor->ruleModel()->rowCount(), 2);
    QCOMPARE(editor->currentRule(), 1);
    QCOMPARE(editor->ruleNameEdit()->text(), u"Beta testers (copy)"_s);
    auto *disable = editor->findChild<QPushButton *>(u"disableRuleButton"_s);
    QTest::mouseClick(disable, Qt::LeftButton);
    {
        const QList<Rule> rules = m_session->editedFlag(u"dark-mode"_s)->environments.value(u"development"_s).rules;
        QCOMPARE(rules.size(), 2);
        QVERIFY(!rules.at(0).disabled);
        QVERIFY(rules.at(1).disabled);
        QCOMPARE(rules.at(1).conditions, rules.at(0).conditions);
        QCOMPARE(rules.at(1).serve, rules.at(0).serve);
        QVERIFY(rules.at(1).id != rules.at(0).id);
    }
    QVERIFY(editor->ruleModel()->index(1).data(RuleListModel::DisabledRole).toBool());
    QVERIFY(editor->ruleModel()->index(1).data().toString().contains(u"(disabled)"_s));
    QCOMPARE(disable->text().remove(u'&'), u"Enable"_s);

    // Reorder by keyboard: Alt+Up on the list moves the selected rule up, and it stays selected.
    editor->ruleList()->setFocus();
    QTest::keyClick(editor->ruleList(), Qt::Key_Up, Qt::AltModifier);
    {
        const QList<Rule> rules = m_session->editedFlag(u"dark-mode"_s)->environments.value(u"development"_s).rules;
        QVERIFY(rules.at(0).disabled);
        QCOMPARE(rules.at(1).name, u"Beta testers"_s);
    }
    QCOMPARE(editor->currentRule(), 0);
    QTest::keyClick(editor->ruleList(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(editor->currentRule(), 1);
    QTest::keyClick(editor->ruleList(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_session->undoStack()->undoText(), u"Move rule 2 of dark-mode to 1"_s);

    // Or dragged: the second rule dropped above the first moves up; undone, it is back.
    {
        QListView *list = editor->ruleList();
        QMimeData *dragged = editor->ruleModel()->mimeData({editor->ruleModel()->index(1)});
        const QPoint target = list->visualRect(editor->ruleModel()->index(0)).topLeft() + QPoint(8, 2);
        QDragEnterEvent enter(target, Qt::MoveAction, dragged, Qt::LeftButton, {});
        QApplication::sendEvent(list->viewport(), &enter);
        QDragMoveEvent move(target, Qt::MoveAction, dragged, Qt::LeftButton, {});
        QApplication::sendEvent(list->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(target, Qt::MoveAction, dragged, Qt::LeftButton, {});
        QApplication::sendEvent(list->viewport(), &drop);
        delete dragged;
        const QList<Rule> rules = m_session->editedFlag(u"dark-mode"_s)->environments.value(u"development"_s).rules;
        QCOMPARE(rules.at(0).name, u"Beta testers"_s);
        QVERIFY(rules.at(1).disabled);
        QCOMPARE(m_session->undoStack()->undoText(), u"Move a rule of dark-mode in Development"_s);
        m_session->undoStack()->undo();
        QVERIFY(m_session->editedFlag(u"dark-mode"_s)->environments.value(u"development"_s).rules.at(0).disabled);
        // The disabled copy selected again, by a click.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(editor->ruleModel()->index(0)).center());
        QCOMPARE(editor->currentRule(), 0);
    }

    // Saved after the review; the colleague's session reads it as it was made.
    const QString review = reviewAndSave(m_window, u"beta in production"_s);
    QVERIFY2(review.contains(u"rule"_s), qPrintable(review));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->hasDraft(u"dark-mode"_s), 10000);
    std::optional<Flag> stored = other->flag(u"dark-mode"_s, &error);
    QVERIFY(stored);
    QList<Rule> rules = stored->environments.value(u"development"_s).rules;
    QCOMPARE(rules.size(), 2);
    QVERIFY(rules.at(0).disabled);
    QCOMPARE(rules.at(1).name, u"Beta testers"_s);
    QVERIFY(rules.at(1).serve.isSplit());
    QCOMPARE(rules.at(1).serve.split->weights, (QList<SplitWeight>{SplitWeight::of(u"on"_s, 50), SplitWeight::of(u"off"_s, 50)}));

    // Undo and redo across the save: the move taken back is an unsaved change again.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_session->hasDraft(u"dark-mode"_s));
    QCOMPARE(editor->currentRule(), 1);
    QVERIFY(!m_session->editedFlag(u"dark-mode"_s)->environments.value(u"development"_s).rules.at(0).disabled);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_session->hasDraft(u"dark-mode"_s));
    QVERIFY(editor->ruleModel()->index(0).data(RuleListModel::DisabledRole).toBool());

    // Remove both: the list is empty, the rule pane hidden.
    editor->ruleList()->setFocus();
    QTest::mouseClick(editor->findChild<QPushButton *>(u"removeRuleButton"_s), Qt::LeftButton);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"removeRuleButton"_s), Qt::LeftButton);
    QCOMPARE(editor->ruleModel()->rowCount(), 0);
    QVERIFY(!editor->findChild<QGroupBox *>(u"ruleBox"_s)->isVisible());
}


void TestMainWindow::everyControlIsNamed()
{
    // Every control a user can tab to says what it is: an accessible name, its own text, or a
    // label whose buddy it is — on each tab of the flag editor, with a rule selected.
    auto other = openSampleDatabase();
    QVERIFY(other);
    QVERIFY(m_list->selectFlag(u"new-checkout"_s));
    QStringList unnamed;
    const auto check = [&](const QString &where) {
        QSet<QWidget *> buddies;
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        for (QWidget *widget : m_window->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
                continue;
            // The inner line edits of spin and combo boxes speak for their box.
            if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) || qobject_cast<QComboBox *>(widget->parentWidget()))
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(widget);
            if (!widget->accessibleName().isEmpty() || (button && !button->text().isEmpty()) || buddies.contains(widget))
                continue;
            unnamed.append(where + u": "_s + QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName());
        }
    };
    clickTab(m_window, u"#general"_s);
    check(u"General"_s);
    clickTab(m_window, u"development"_s);
    auto *editor = m_window->findChild<EnvironmentEditor *>();
    QCOMPARE(editor->ruleModel()->rowCount(), 2);
    QTest::mouseClick(editor->ruleList()->viewport(), Qt::LeftButton, {},
                      editor->ruleList()->visualRect(editor->ruleModel()->index(1)).center());
    QCOMPARE(editor->currentRule(), 1);
    check(u"development"_s);
    // Tab flows down the rule: its name, each condition, Add Condition, what it serves, then
    // what the flag serves otherwise.
    editor->ruleNameEdit()->setFocus();
    QStringList chain;
    for (int i = 0; i < 120; ++i) {
        QWidget *focused = QApplication::focusWidget();
        QString name = focused->objectName();
        for (QWidget *w = focused; w && w != editor; w = w->parentWidget()) {
            if (w->objectName() == u"ruleServeEditor" || w->objectName() == u"defaultServeEditor"
                || w->objectName().startsWith(u"conditionEditor")) {
                name = w->objectName() + u'/' + name;
                break;
            }
        }
        // A date field takes Tab from section to section before it lets go.
        if (chain.isEmpty() || chain.last() != name) {
            if (chain.contains(name))
                break;
            chain.append(name);
        }
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    const auto at = [&](const QString &prefix) {
        for (qsizetype i = 0; i < chain.size(); ++i) {
            if (chain.at(i).startsWith(prefix))
                return i;
        }
        return qsizetype(-1);
    };
    const QString order = chain.join(u", "_s);
    QVERIFY2(at(u"ruleNameEdit"_s) == 0, qPrintable(order));
    QVERIFY2(at(u"conditionEditor0/"_s) > 0, qPrintable(order));
    QVERIFY2(at(u"conditionEditor1/"_s) > at(u"conditionEditor0/"_s), qPrintable(order));
    QVERIFY2(at(u"addConditionButton"_s) > at(u"conditionEditor1/"_s), qPrintable(order));
    QVERIFY2(at(u"ruleServeEditor/"_s) > at(u"addConditionButton"_s), qPrintable(order));
    QVERIFY2(at(u"defaultServeEditor/"_s) > at(u"ruleServeEditor/"_s), qPrintable(order));
    clickTab(m_window, u"#summary"_s);
    check(u"Summary"_s);
    clickTab(m_window, u"#history"_s);
    check(u"History"_s);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}


void TestMainWindow::rulesWithoutIdsStaySelected()
{
    // Read-only (the sample, with no database), every rule can still be looked at.
    auto *editor = m_window->findChild<EnvironmentEditor *>();
    QVERIFY(m_list->selectFlag(u"new-checkout"_s));
    clickTab(m_window, u"development"_s);
    QVERIFY(editor->ruleList()->isEnabled());
    QTest::mouseClick(editor->ruleList()->viewport(), Qt::LeftButton, {},
                      editor->ruleList()->visualRect(editor->ruleModel()->index(1)).center());
    QCOMPARE(editor->currentRule(), 1);
    QVERIFY(!editor->ruleNameEdit()->isEnabled());
    QVERIFY(!editor->findChild<QPushButton *>(u"addRuleButton"_s)->isEnabled());

    // The sample's rules have no ids (as flagd imports make them): an edit stays with the
    // rule being edited, and typing in its name is one step.
    auto other = openSampleDatabase();
    QVERIFY(other);
    QVERIFY(m_list->selectFlag(u"new-checkout"_s));
    clickTab(m_window, u"development"_s);
    QTest::mouseClick(editor->ruleList()->viewport(), Qt::LeftButton, {},
                      editor->ruleList()->visualRect(editor->ruleModel()->index(1)).center());
    QCOMPARE(editor->currentRule(), 1);
    QTest::keyClicks(editor->ruleNameEdit(), u"Gradual"_s);
    QCOMPARE(editor->currentRule(), 1);
    QCOMPARE(editor->ruleNameEdit()->text(), u"Gradual"_s);
    QList<Rule> rules = m_session->editedFlag(u"new-checkout"_s)->environments.value(u"development"_s).rules;
    QCOMPARE(rules.at(0).name, u"Beta testers"_s);
    QCOMPARE(rules.at(1).name, u"Gradual"_s);
    // Moved down and up by keyboard: the same rule each time.
    editor->ruleList()->setFocus();
    QTest::keyClick(editor->ruleList(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(editor->currentRule(), 0);
    QTest::keyClick(editor->ruleList(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(editor->currentRule(), 1);
    rules = m_session->editedFlag(u"new-checkout"_s)->environments.value(u"development"_s).rules;
    QCOMPARE(rules.at(1).name, u"Gradual"_s);
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();   // the name, typed as one step
    QVERIFY(!m_session->hasDraft(u"new-checkout"_s));
}

void TestMainWindow::draftsCheckedTogether()
{
    // A changed flag may depend on a new one not saved yet: checked together, both can be
    // saved; without the new one, the first cannot, and Save says why.
    auto other = openSampleDatabase();
    QVERIFY(other);
    QAction *save = m_window->findChild<QAction *>(u"saveAction"_s);
    Flag beta = booleanFlag(u"beta-program"_s, u"Beta program"_s);
    beta.environments = {{u"development"_s, config(false)}};
    QVERIFY(m_session->editFlag(beta, u"New flag beta-program"_s));
    Flag checkout = *m_session->editedFlag(u"new-checkout"_s);
    checkout.environments[u"development"_s].rules[0].conditions = {PrerequisiteActivation{u"beta-program"_s, {u"on"_s}}};
    QVERIFY(m_session->editFlag(checkout, u"Depend on beta-program"_s));
    QVERIFY2(m_window->draftProblems(u"new-checkout"_s).isEmpty(),
             qPrintable(m_window->draftProblems(u"new-checkout"_s).value(0).toString()));
    QVERIFY(save->isEnabled());
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();   // beta-program gone
    m_session->editFlag(checkout, u"Depend on beta-program"_s);
    QVERIFY(!m_window->draftProblems(u"new-checkout"_s).isEmpty());
    QVERIFY(!save->isEnabled());
    QVERIFY2(save->toolTip().contains(u"unknown flag \"beta-program\""_s), qPrintable(save->toolTip()));
}

QStringList shownKeysInOrder(const FlagListView *view)
{
    QStringList keys;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        keys.append(view->model()->index(row, 0).data(FlagListModel::FlagKeyRole).toString());
    return keys;
}

void TestMainWindow::filtersPickedByKeyboard()
{
    auto *tag = m_window->findChild<QComboBox *>(u"tagFilter"_s);
    auto *owner = m_window->findChild<QComboBox *>(u"ownerFilter"_s);
    auto *state = m_window->findChild<QComboBox *>(u"stateFilter"_s);
    auto *stale = m_window->findChild<QCheckBox *>(u"staleFilter"_s);
    QVERIFY(tag && owner && state && stale);
    for (QWidget *control : std::initializer_list<QWidget *>{tag, owner, state, stale}) {
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        QVERIFY2(control->isVisible(), qPrintable(control->objectName()));
        QVERIFY2(control->focusPolicy() & Qt::TabFocus, qPrintable(control->objectName()));
    }
    // The workspace's tags, "any tag" first.
    QTRY_COMPARE(tag->count(), 3);
    QCOMPARE(tag->itemText(0), u"any tag"_s);
    QCOMPARE(tag->itemText(1), u"checkout"_s);
    QCOMPARE(tag->itemText(2), u"ui"_s);
    QCOMPARE(owner->itemText(0), u"any owner"_s);

    // The filters come just before the list in the tab order.
    m_list->setFocus();
    QTest::keyClick(m_list, Qt::Key_Backtab);
    auto *archived = m_window->findChild<QCheckBox *>(u"archivedFilter"_s);
    QVERIFY(archived && !archived->accessibleName().isEmpty());
    QCOMPARE(QApplication::focusWidget(), archived);
    QTest::keyClick(archived, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), stale);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), tag);
    QTest::keyClick(tag, Qt::Key_Down);
    QCOMPARE(tag->currentText(), u"checkout"_s);
    QCOMPARE(shownKeysInOrder(m_list), QStringList({u"new-checkout"_s}));
    QTest::keyClick(tag, Qt::Key_Down);
    QCOMPARE(shownKeysInOrder(m_list), QStringList({u"dark-mode"_s}));
    // With the search text: both must hold.
    QTest::keyClicks(m_search, u"upload"_s);
    QCOMPARE(m_list->model()->rowCount(), 0);
    m_search->clear();
    QTest::keyClick(tag, Qt::Key_Home);
    QCOMPARE(tag->currentIndex(), 0);
    QCOMPARE(m_list->model()->rowCount(), 3);

    // Owner, then the state in the current environment (development).
    owner->setFocus();
    QTest::keyClick(owner, Qt::Key_End);
    QCOMPARE(owner->currentText(), u"ops@example.com"_s);
    QCOMPARE(shownKeysInOrder(m_list), QStringList({u"upload-v2"_s}));
    QTest::keyClick(owner, Qt::Key_Home);
    state->setFocus();
    QTest::keyClick(state, Qt::Key_Down);   // on here
    QCOMPARE(m_list->model()->rowCount(), 2);
    QVERIFY(viewRow(m_list, u"dark-mode"_s) < 0);
    m_environments->setFocus();
    QTest::keyClick(m_environments, Qt::Key_End);
    QCOMPARE(m_environments->currentEnvironment(), u"production"_s);
    QCOMPARE(shownKeysInOrder(m_list), QStringList({u"dark-mode"_s, u"upload-v2"_s}));
    QVERIFY(m_list->selectFlag(u"upload-v2"_s));
    QCOMPARE(m_details->flagKey(), u"upload-v2"_s);
    QTest::keyClick(state, Qt::Key_Down);   // off here
    QCOMPARE(shownKeysInOrder(m_list), QStringList({u"new-checkout"_s}));
    // The current flag is hidden: none is current, and the details do not show it.
    QVERIFY(m_list->currentFlagKey().isEmpty());
    QVERIFY(m_details->flagKey() != u"upload-v2"_s);
    // A flag still shown stays current as the filter changes.
    QVERIFY(m_list->selectFlag(u"new-checkout"_s));
    QTest::keyClick(state, Qt::Key_Home);
    QCOMPARE(m_list->model()->rowCount(), 3);
    QCOMPARE(m_list->currentFlagKey(), u"new-checkout"_s);
}

void TestMainWindow::staleFilterShowsOldUnchangedFlags()
{
    // A database whose new-checkout and dark-mode were last saved years ago (set up with an
    // SQL UPDATE of the stored time); upload-v2 was saved just now. new-checkout is old but
    // serves on to some and off to others in development, so it is not stale.
    m_databaseDir = std::make_unique<QTemporaryDir>();
    QString urlError;
    const auto url = DatabaseUrl::parse(u"sqlite:"_s + m_databaseDir->filePath(u"w.sqlite"_s), &urlError);
    QVERIFY2(url, qPrintable(urlError));
    StorageError error;
    {
        auto other = SqlRepository::open(*url, &error);
        QVERIFY2(other, qPrintable(error.message));
        QVERIFY2(other->importWorkspace(sampleWorkspace(), ImportMode::Merge, false, {}, &error), qPrintable(error.message));
    }
    QVERIFY(TestDatabase::execRaw(*url, u"UPDATE flags SET updated_at = '2020-01-02T10:00:00.000Z' "
                                         "WHERE key IN ('new-checkout', 'dark-mode')"_s));
    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    m_session->open(*url);
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_list->model()->rowCount(), 3);

    // The Last change column shows the stored time, as a date for old ones.
    const int dark = viewRow(m_list, u"dark-mode"_s);
    QCOMPARE(m_list->model()->index(dark, FlagListModel::LastChangeColumn).data().toString(),
             QLocale().toString(QDateTime(QDate(2020, 1, 2), QTime(10, 0), QTimeZone::utc()).toLocalTime().date(), QLocale::ShortFormat));
    QVERIFY(!m_list->model()->index(viewRow(m_list, u"upload-v2"_s), FlagListModel::LastChangeColumn).data().toString().isEmpty());

    QSettings().remove(u"list/staleDays"_s);
    auto *stale = m_window->findChild<QCheckBox *>(u"staleFilter"_s);
    QVERIFY(stale);
    QTest::mouseClick(stale, Qt::LeftButton, {}, stale->rect().center());
    QVERIFY(stale->isChecked());
    QVERIFY(stale->toolTip().contains(u"30"_s));
    QCOMPARE(shownKeysInOrder(m_list), QStringList({u"dark-mode"_s}));
    // The days come from the setting, read as the filter is switched on.
    QTest::keyClick(stale, Qt::Key_Space);
    QVERIFY(!stale->isChecked());
    QCOMPARE(m_list->model()->rowCount(), 3);
    QSettings().setValue(u"list/staleDays"_s, 100000);
    QTest::keyClick(stale, Qt::Key_Space);
    QVERIFY(stale->isChecked());
    QCOMPARE(m_list->model()->rowCount(), 0);
    QSettings().remove(u"list/staleDays"_s);
    QTest::keyClick(stale, Qt::Key_Space);
    QTest::keyClick(stale, Qt::Key_Space);
    QCOMPARE(shownKeysInOrder(m_list), QStringList({u"dark-mode"_s}));
}

void TestMainWindow::headerClickSortsAndKeepsSelection()
{
    QVERIFY(m_list->selectFlag(u"upload-v2"_s));
    QHeaderView *header = m_list->header();
    const auto clickHeader = [&](int column) {
        if (header->sectionViewportPosition(column) + 8 >= header->viewport()->width())
            m_list->horizontalScrollBar()->setValue(header->sectionPosition(column));
        const int x = header->sectionViewportPosition(column) + std::min(header->sectionSize(column) / 2, 8);
        QVERIFY2(x > 0 && x < header->viewport()->width(), qPrintable(QString::number(x)));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), column);
    };
    // Owner: dark-mode has none, new-checkout is anna's, upload-v2 ops'.
    clickHeader(FlagListModel::OwnerColumn);
    QStringList expected{u"dark-mode"_s, u"new-checkout"_s, u"upload-v2"_s};
    if (header->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());
    QCOMPARE(shownKeysInOrder(m_list), expected);
    QCOMPARE(m_list->currentFlagKey(), u"upload-v2"_s);
    clickHeader(FlagListModel::OwnerColumn);   // the other way
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(shownKeysInOrder(m_list), expected);
    QCOMPARE(m_list->currentFlagKey(), u"upload-v2"_s);
    QCOMPARE(m_details->flagKey(), u"upload-v2"_s);
    // State in development: dark-mode is off, the others on.
    clickHeader(FlagListModel::StateColumn);
    const QStringList byState = shownKeysInOrder(m_list);
    QCOMPARE(header->sortIndicatorOrder() == Qt::AscendingOrder ? byState.first() : byState.last(), u"dark-mode"_s);
    // Last change: the session has no stamps (a detached workspace), so the column sorts
    // without complaint; the selection stays.
    clickHeader(FlagListModel::LastChangeColumn);
    QCOMPARE(m_list->model()->rowCount(), 3);
    QCOMPARE(m_list->currentFlagKey(), u"upload-v2"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
