// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Environment ▸ Manage Environments… driven like a user would, on a real database workspace
// (SQLite in a temporary folder, or PENNON_TEST_DATABASE's PostgreSQL): rename and reorder,
// add, remove refused and allowed, undo inside the dialog, a colleague's change as a conflict.

#include "environmentsdialog.h"
#include "environmentselector.h"
#include "mainwindow.h"
#include "problemlabel.h"
#include "storage/sqlrepository.h"
#include "testdatabase.h"
#include "testsettings.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QSet>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

constexpr int Wait = 10000;

EnvironmentConfig config(bool on)
{
    EnvironmentConfig c;
    c.on = on;
    c.offVariation = u"off"_s;
    c.defaultServe.variation = u"off"_s;
    return c;
}

Flag booleanFlag(const QString &key, const QMap<QString, EnvironmentConfig> &environments)
{
    Flag flag;
    flag.key = key;
    flag.name = key;
    flag.variations = {{u"on"_s, true, {}}, {u"off"_s, false, {}}};
    flag.environments = environments;
    return flag;
}

/// development, staging, production (protected) and qa; dark-mode is on in qa, new-checkout
/// configured there but off.
Workspace sampleWorkspace()
{
    Workspace ws;
    ws.environments = Workspace::defaultEnvironments();
    ws.environments.append({u"qa"_s, u"QA"_s, false, 0});
    ws.flags = {
        booleanFlag(u"new-checkout"_s, {{u"development"_s, config(true)}, {u"staging"_s, config(false)},
                                        {u"qa"_s, config(false)}}),
        booleanFlag(u"dark-mode"_s, {{u"production"_s, config(true)}, {u"qa"_s, config(true)}}),
        booleanFlag(u"upload-v2"_s, {{u"development"_s, config(true)}, {u"production"_s, config(true)}}),
    };
    return ws;
}

QStringList keysOf(const QList<Environment> &environments)
{
    QStringList keys;
    for (const Environment &environment : environments)
        keys.append(environment.key);
    return keys;
}

QStringList namesOf(const QList<Environment> &environments)
{
    QStringList names;
    for (const Environment &environment : environments)
        names.append(environment.name);
    return names;
}

} // namespace

class TestEnvironmentsDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void renameAndReorder();
    void addOne();
    void removeRefusedWhileOnAllowedWhenOff();
    void undoInsideTheDialog();
    void conflictWithAColleague();
    void readOnlyWorkspaceCannotManage();
    void everyControlIsNamed();
    void changesInWords_data();
    void changesInWords();
    void oneWrite();

private:
    /// Clicks the toolbar's button beside the environment selector; the dialog it opened.
    EnvironmentsDialog *openDialog();
    /// Clicks the row of an environment in the dialog's list.
    void selectEnvironment(EnvironmentsDialog *dialog, const QString &key);
    /// Clicks Save and waits for the dialog to close (written) or to show why not.
    bool saveAndWait(EnvironmentsDialog *dialog);
    QStringList selectorNames() const;
    QStringList tabNames() const;

    TestSettings m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<DatabaseUrl> m_url;
    std::unique_ptr<WorkspaceRepository> m_other;   // a colleague on the same database
    WorkspaceSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestEnvironmentsDialog::init()
{
    TestSettings::clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QString urlError;
    m_url = TestDatabase::url(*m_dir, &urlError);
    QVERIFY2(m_url, qPrintable(urlError));
    TestDatabase::reset(*m_url);
    StorageError error;
    m_other = SqlRepository::open(*m_url, &error);
    QVERIFY2(m_other, qPrintable(error.message));
    QVERIFY2(m_other->importWorkspace(sampleWorkspace(), ImportMode::Replace, false, {}, &error),
             qPrintable(error.message));

    m_session = new WorkspaceSession;
    m_window = new MainWindow(m_session);
    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    m_session->open(*m_url);
    QVERIFY(opened.wait(Wait));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestEnvironmentsDialog::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_session;
    m_session = nullptr;
    m_other.reset();
    m_dir.reset();
}

EnvironmentsDialog *TestEnvironmentsDialog::openDialog()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);   // closed ones gone
    auto *selector = m_window->findChild<EnvironmentSelector *>(u"environmentSelector"_s);
    auto *bar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
    if (!selector || !bar)
        return nullptr;
    auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(selector->manageAction()));
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    EnvironmentsDialog *dialog = m_window->findChild<EnvironmentsDialog *>();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    // The offscreen platform does not always hand the activation over to a new dialog.
    dialog->activateWindow();
    if (!QTest::qWaitFor([dialog] { return dialog->isActiveWindow(); }, Wait))
        return nullptr;
    return dialog;
}

void TestEnvironmentsDialog::selectEnvironment(EnvironmentsDialog *dialog, const QString &key)
{
    auto *list = dialog->findChild<QTreeWidget *>(u"environmentList"_s);
    QVERIFY(list);
    const QList<QTreeWidgetItem *> found = list->findItems(key, Qt::MatchExactly, 0);
    QCOMPARE(found.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(found.first()).center());
    QCOMPARE(list->currentItem(), found.first());
}

bool TestEnvironmentsDialog::saveAndWait(EnvironmentsDialog *dialog)
{
    auto *save = dialog->findChild<QPushButton *>(u"saveEnvironmentsButton"_s);
    if (!save || !save->isEnabled()) {
        qInfo("Save is disabled: %s", save ? qPrintable(save->toolTip()) : "no button");
        return false;
    }
    QSignalSpy saved(m_session, &WorkspaceSession::objectsSaved);
    QSignalSpy failed(m_session, &WorkspaceSession::objectsSaveFailed);
    QTest::mouseClick(save, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }, Wait))
        qInfo("no answer to the save");
    if (!failed.isEmpty())
        qInfo("not saved: %s", qPrintable(failed.first().at(1).value<StorageError>().message));
    return !saved.isEmpty();
}

QStringList TestEnvironmentsDialog::selectorNames() const
{
    auto *selector = m_window->findChild<EnvironmentSelector *>(u"environmentSelector"_s);
    QStringList names;
    for (int i = 0; i < selector->count(); ++i)
        names.append(selector->itemText(i));
    return names;
}

QStringList TestEnvironmentsDialog::tabNames() const
{
    auto *tabs = m_window->findChild<QTabBar *>(u"flagTabs"_s);
    QStringList names;
    for (int i = 1; i + 1 < tabs->count(); ++i)   // between General and Summary
        names.append(tabs->tabText(i));
    return names;
}

void TestEnvironmentsDialog::renameAndReorder()
{
    QCOMPARE(selectorNames(), (QStringList{u"Development"_s, u"Staging"_s, u"Production"_s, u"QA"_s}));
    EnvironmentsDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(u"environmentList"_s);
    auto *name = dialog->findChild<QLineEdit *>(u"environmentName"_s);
    auto *summary = dialog->findChild<QPlainTextEdit *>(u"environmentChanges"_s);
    auto *save = dialog->findChild<QPushButton *>(u"saveEnvironmentsButton"_s);
    QVERIFY(list && name && summary && save);
    QCOMPARE(list->topLevelItemCount(), 4);
    QCOMPARE(list->topLevelItem(2)->text(2), u"protected"_s);
    QVERIFY(!save->isEnabled());   // nothing changed yet
    QVERIFY(!save->toolTip().isEmpty());

    // Rename: the key stays.
    selectEnvironment(dialog, u"staging"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"renameEnvironmentButton"_s), Qt::LeftButton);
    QVERIFY(name->hasFocus());
    QTest::keyClicks(name, u"Pre-production"_s);
    QCOMPARE(list->currentItem()->text(0), u"staging"_s);
    QCOMPARE(list->currentItem()->text(1), u"Pre-production"_s);
    QCOMPARE(dialog->undoStack()->count(), 1);   // typing is one step

    // Reorder: production to the top with Alt+Up twice on the list.
    selectEnvironment(dialog, u"production"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(keysOf(dialog->environments()),
             (QStringList{u"production"_s, u"development"_s, u"staging"_s, u"qa"_s}));
    // And qa one up with the button, then back down with Alt+Down.
    selectEnvironment(dialog, u"qa"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"moveEnvironmentUpButton"_s), Qt::LeftButton);
    QCOMPARE(keysOf(dialog->environments()).at(2), u"qa"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(keysOf(dialog->environments()).at(3), u"qa"_s);

    const QString words = summary->toPlainText();
    QCOMPARE(words, u"Rename staging to Pre-production\nMove production to 1"_s);
    QVERIFY(save->isEnabled());

    const int windowSteps = m_session->undoStack()->count();
    QVERIFY(saveAndWait(dialog));
    QTRY_VERIFY(!dialog->isVisible());
    // The window's undo stack gets nothing: the steps were the dialog's.
    QCOMPARE(m_session->undoStack()->count(), windowSteps);

    // The toolbar's selector and the flag editor's tabs follow.
    const QStringList expected{u"Production"_s, u"Development"_s, u"Pre-production"_s, u"QA"_s};
    QTRY_COMPARE(selectorNames(), expected);
    QCOMPARE(tabNames(), expected);
    auto *selector = m_window->findChild<EnvironmentSelector *>(u"environmentSelector"_s);
    QCOMPARE(selector->menu()->actions().at(0)->text(), u"Production"_s);
    QCOMPARE(selector->menu()->actions().at(0)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));

    // A second session reads the new order and names.
    WorkspaceSession second;
    QSignalSpy opened(&second, &WorkspaceSession::opened);
    second.open(*m_url);
    QVERIFY(opened.wait(Wait));
    QCOMPARE(namesOf(second.workspace().environments), expected);
    QCOMPARE(keysOf(second.workspace().environments),
             (QStringList{u"production"_s, u"development"_s, u"staging"_s, u"qa"_s}));

    // One recorded change per environment written, with the words as the comment.
    StorageError error;
    const auto history = m_other->history({}, 2, &error);
    QVERIFY2(history, qPrintable(error.message));
    QCOMPARE(history->size(), 2);
    QStringList changed{history->at(0).key, history->at(1).key};
    changed.sort();
    QCOMPARE(changed, (QStringList{u"production"_s, u"staging"_s}));
    QCOMPARE(history->at(0).comment, words.split(u'\n').join(u"; "_s));
    QCOMPARE(history->at(0).time, history->at(1).time);
}

void TestEnvironmentsDialog::addOne()
{
    EnvironmentsDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *key = dialog->findChild<QLineEdit *>(u"newEnvironmentKey"_s);
    auto *name = dialog->findChild<QLineEdit *>(u"newEnvironmentName"_s);
    auto *add = dialog->findChild<QPushButton *>(u"addEnvironmentButton"_s);
    auto *problem = dialog->findChild<ProblemLabel *>(u"newEnvironmentKeyProblem"_s);
    QVERIFY(key && name && add && problem);
    QVERIFY(!add->isEnabled());   // no key yet

    // Checked as typed: malformed, then taken, then free.
    key->setFocus();
    QTest::keyClicks(key, QString(256, u'x'));   // longer than a key may be
    QVERIFY(!add->isEnabled());
    QVERIFY(!problem->message().isEmpty());
    key->clear();
    QTest::keyClicks(key, u"qa"_s);
    QVERIFY(!add->isEnabled());
    QVERIFY2(problem->message().contains(u"qa"_s), qPrintable(problem->message()));
    QTest::keyClicks(key, u"-perf"_s);
    QVERIFY(add->isEnabled());
    QVERIFY(problem->message().isEmpty());
    QTest::keyClicks(name, u"Performance"_s);
    QTest::keyClick(name, Qt::Key_Return);   // adds; does not save
    QVERIFY(dialog->isVisible());
    QCOMPARE(keysOf(dialog->environments()).last(), u"qa-perf"_s);
    QVERIFY(key->text().isEmpty());
    QCOMPARE(dialog->changes(), QStringList{u"Add environment qa-perf (Performance)"_s});

    QVERIFY(saveAndWait(dialog));
    QTRY_VERIFY(!dialog->isVisible());
    QTRY_COMPARE(selectorNames().last(), u"Performance"_s);
    StorageError error;
    const auto stored = m_other->load(&error);
    QVERIFY2(stored, qPrintable(error.message));
    QCOMPARE(keysOf(stored->environments).last(), u"qa-perf"_s);
    QCOMPARE(stored->environments.last().name, u"Performance"_s);
    QVERIFY(!stored->environments.last().isProtected);
}

void TestEnvironmentsDialog::removeRefusedWhileOnAllowedWhenOff()
{
    // dark-mode is on in qa: refused, naming it.
    EnvironmentsDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *notice = dialog->findChild<ProblemLabel *>(u"environmentsNotice"_s);
    auto *remove = dialog->findChild<QPushButton *>(u"removeEnvironmentButton"_s);
    QVERIFY(notice && remove);
    selectEnvironment(dialog, u"qa"_s);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY2(notice->message().contains(u"dark-mode"_s), qPrintable(notice->message()));
    QVERIFY2(notice->message().contains(u"on there"_s), qPrintable(notice->message()));
    QCOMPARE(keysOf(dialog->environments()).size(), 4);
    QVERIFY(dialog->changes().isEmpty());
    QTest::keyClick(dialog, Qt::Key_Escape);   // nothing changed: closes without asking
    QTRY_VERIFY(!dialog->isVisible());

    // Switched off there (saved), but new-checkout has unsaved changes and is configured in
    // qa: refused too, saying so.
    Flag dark = *m_session->editedFlag(u"dark-mode"_s);
    dark.environments[u"qa"_s].on = false;
    QVERIFY(m_session->editFlag(dark, u"Turn dark-mode off in QA"_s));
    QSignalSpy flagSaved(m_session, &WorkspaceSession::flagSaved);
    QVERIFY(m_session->saveDraft(u"dark-mode"_s, {}) > 0);
    QVERIFY(flagSaved.wait(Wait));
    Flag checkout = *m_session->editedFlag(u"new-checkout"_s);
    checkout.description = u"edited, not saved"_s;
    QVERIFY(m_session->editFlag(checkout, u"Describe new-checkout"_s));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    dialog = openDialog();
    QVERIFY(dialog);
    notice = dialog->findChild<ProblemLabel *>(u"environmentsNotice"_s);
    remove = dialog->findChild<QPushButton *>(u"removeEnvironmentButton"_s);
    selectEnvironment(dialog, u"qa"_s);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY2(notice->message().contains(u"unsaved changes"_s), qPrintable(notice->message()));
    QVERIFY2(notice->message().contains(u"new-checkout"_s), qPrintable(notice->message()));
    QCOMPARE(keysOf(dialog->environments()).size(), 4);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());

    // Without the draft: allowed, saying how many flags lose their configuration there.
    m_session->discardDraft(u"new-checkout"_s);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    dialog = openDialog();
    QVERIFY(dialog);
    notice = dialog->findChild<ProblemLabel *>(u"environmentsNotice"_s);
    selectEnvironment(dialog, u"qa"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"removeEnvironmentButton"_s), Qt::LeftButton);
    QVERIFY(notice->message().isEmpty());
    QCOMPARE(keysOf(dialog->environments()), (QStringList{u"development"_s, u"staging"_s, u"production"_s}));
    // (English plurals come with the translations; the test runs without them.)
    QCOMPARE(dialog->changes(), QStringList{u"Remove qa (2 flag(s) lose their configuration there)"_s});
    QVERIFY(saveAndWait(dialog));
    QTRY_VERIFY(!dialog->isVisible());
    QTRY_COMPARE(selectorNames(), (QStringList{u"Development"_s, u"Staging"_s, u"Production"_s}));
    QCOMPARE(tabNames(), (QStringList{u"Development"_s, u"Staging"_s, u"Production"_s}));

    // Gone from the database, with the flags' configuration there.
    StorageError error;
    const auto stored = m_other->load(&error);
    QVERIFY2(stored, qPrintable(error.message));
    QVERIFY(!stored->environment(u"qa"_s));
    QVERIFY(!stored->flag(u"dark-mode"_s)->environments.contains(u"qa"_s));
    QVERIFY(!stored->flag(u"new-checkout"_s)->environments.contains(u"qa"_s));
    QVERIFY(stored->flag(u"new-checkout"_s)->environments.contains(u"staging"_s));
    QVERIFY(!m_session->workspace().flag(u"dark-mode"_s)->environments.contains(u"qa"_s));
}

void TestEnvironmentsDialog::undoInsideTheDialog()
{
    EnvironmentsDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(u"environmentName"_s);
    auto *protect = dialog->findChild<QPushButton *>(u"protectEnvironmentButton"_s);
    auto *save = dialog->findChild<QPushButton *>(u"saveEnvironmentsButton"_s);
    auto *saveProblem = dialog->findChild<ProblemLabel *>(u"environmentsSaveProblem"_s);
    QVERIFY(name && protect && save && saveProblem);
    const int windowSteps = m_session->undoStack()->count();

    selectEnvironment(dialog, u"staging"_s);
    QTest::mouseClick(protect, Qt::LeftButton);
    QCOMPARE(protect->text(), u"Un&protect"_s);
    QCOMPARE(dialog->changes(), QStringList{u"Protect staging"_s});
    name->setFocus();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    // An empty name: Save refused, saying why.
    QVERIFY(!save->isEnabled());
    QVERIFY2(saveProblem->message().contains(u"name"_s), qPrintable(saveProblem->message()));
    QVERIFY(save->toolTip().contains(u"name"_s));
    QTest::keyClicks(name, u"Stage"_s);
    QVERIFY(save->isEnabled());
    QCOMPARE(dialog->undoStack()->count(), 2);
    QCOMPARE(dialog->undoStack()->undoText(), u"Rename staging to Stage"_s);

    // Ctrl+Z in the name field is the dialog's: the whole rename, then the protection.
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(name->text(), u"Staging"_s);
    QCOMPARE(dialog->changes(), QStringList{u"Protect staging"_s});
    auto *list = dialog->findChild<QTreeWidget *>(u"environmentList"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(dialog->changes().isEmpty());
    QCOMPARE(protect->text(), u"&Protect"_s);
    QVERIFY(!save->isEnabled());
    // Ctrl+Shift+Z redoes.
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(dialog->changes(), (QStringList{u"Rename staging to Stage"_s, u"Protect staging"_s}));
    // The buttons do the same, saying which step.
    auto *undoButton = dialog->findChild<QPushButton *>(u"environmentsUndoButton"_s);
    auto *redoButton = dialog->findChild<QPushButton *>(u"environmentsRedoButton"_s);
    QVERIFY2(undoButton->toolTip().contains(u"Rename staging to Stage"_s), qPrintable(undoButton->toolTip()));
    QVERIFY(!redoButton->isEnabled());
    QTest::mouseClick(undoButton, Qt::LeftButton);
    QCOMPARE(dialog->changes(), QStringList{u"Protect staging"_s});
    QVERIFY(redoButton->isEnabled());
    QTest::mouseClick(redoButton, Qt::LeftButton);
    QCOMPARE(dialog->changes(), (QStringList{u"Rename staging to Stage"_s, u"Protect staging"_s}));
    QCOMPARE(m_session->undoStack()->count(), windowSteps);

    // Cancel with changes asks first; Discard closes and writes nothing.
    QTimer::singleShot(0, this, [dialog] {
        auto *box = dialog->findChild<QMessageBox *>(u"discardEnvironmentChanges"_s);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(u"Protect staging"_s));
        QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    });
    QTest::keyClick(list, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    StorageError error;
    QCOMPARE(m_other->load(&error)->environment(u"staging"_s)->name, u"Staging"_s);
    QVERIFY(!m_other->load(&error)->environment(u"staging"_s)->isProtected);
}

void TestEnvironmentsDialog::conflictWithAColleague()
{
    EnvironmentsDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(u"environmentName"_s);
    auto *notice = dialog->findChild<ProblemLabel *>(u"environmentsNotice"_s);
    selectEnvironment(dialog, u"staging"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"renameEnvironmentButton"_s), Qt::LeftButton);
    QTest::keyClicks(name, u"Pre-production"_s);

    // Meanwhile a colleague renames the same environment.
    StorageError error;
    Environment theirs = *m_other->load(&error)->environment(u"staging"_s);
    theirs.name = u"Stage two"_s;
    QVERIFY2(m_other->saveEnvironment(theirs, theirs.version, u"theirs"_s, &error), qPrintable(error.message));

    QVERIFY(!saveAndWait(dialog));
    // Shown in the dialog, which stays open with the edits; nothing written.
    QVERIFY(dialog->isVisible());
    QVERIFY2(notice->message().contains(u"Nothing was saved"_s), qPrintable(notice->message()));
    QVERIFY2(notice->message().contains(u"staging"_s), qPrintable(notice->message()));
    QCOMPARE(dialog->changes(), QStringList{u"Rename staging to Pre-production"_s});
    QVERIFY(dialog->findChild<QPushButton *>(u"saveEnvironmentsButton"_s)->isEnabled());
    QVERIFY(name->isEnabled());
    QCOMPARE(m_other->load(&error)->environment(u"staging"_s)->name, u"Stage two"_s);
    const auto history = m_other->history(u"staging"_s, 0, &error);
    QCOMPARE(history->size(), 2);   // imported, then theirs
    QCOMPARE(history->first().comment, u"theirs"_s);

    QTimer::singleShot(0, this, [dialog] {
        auto *box = dialog->findChild<QMessageBox *>(u"discardEnvironmentChanges"_s);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    });
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    // The colleague's name reaches the window (the change watcher, or a reload).
    m_session->reload();
    QTRY_VERIFY_WITH_TIMEOUT(selectorNames().contains(u"Stage two"_s), Wait);
}

void TestEnvironmentsDialog::readOnlyWorkspaceCannotManage()
{
    m_session->openDetached(sampleWorkspace(), u"sample"_s);
    auto *selector = m_window->findChild<EnvironmentSelector *>(u"environmentSelector"_s);
    QTRY_VERIFY(!selector->manageAction()->isEnabled());
    QVERIFY(selector->menu()->actions().contains(selector->manageAction()));
    QVERIFY(!openDialog());
}

void TestEnvironmentsDialog::everyControlIsNamed()
{
    EnvironmentsDialog *dialog = openDialog();
    QVERIFY(dialog);
    QSet<QWidget *> buddies;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->buddy())
            buddies.insert(label->buddy());
    }
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel *>(widget) || !widget->isVisibleTo(dialog)
            || widget->inherits("QScrollBar") || widget->parentWidget()->inherits("QAbstractScrollArea"))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        QVERIFY2(!widget->accessibleName().isEmpty() || (button && !button->text().isEmpty()) || buddies.contains(widget),
                 qPrintable(widget->objectName() + u" ("_s + QString::fromLatin1(widget->metaObject()->className()) + u')'));
    }
    // Tab goes from the list through its buttons to the selected one's name.
    auto *list = dialog->findChild<QTreeWidget *>(u"environmentList"_s);
    list->setFocus();
    QStringList order;
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(order, (QStringList{u"renameEnvironmentButton"_s, u"moveEnvironmentDownButton"_s,
                                 u"protectEnvironmentButton"_s, u"removeEnvironmentButton"_s,
                                 u"environmentName"_s, u"newEnvironmentKey"_s}));
    QTest::keyClick(dialog, Qt::Key_Escape);
}

void TestEnvironmentsDialog::changesInWords_data()
{
    QTest::addColumn<QStringList>("order");   // the keys as edited, "key=Name" renames, "key!" protects
    QTest::addColumn<QStringList>("words");
    QTest::newRow("nothing") << QStringList{u"development"_s, u"staging"_s, u"production"_s, u"qa"_s} << QStringList{};
    QTest::newRow("last to first") << QStringList{u"qa"_s, u"development"_s, u"staging"_s, u"production"_s}
                                   << QStringList{u"Move qa to 1"_s};
    QTest::newRow("first to last") << QStringList{u"staging"_s, u"production"_s, u"qa"_s, u"development"_s}
                                   << QStringList{u"Move development to 4"_s};
    QTest::newRow("one up by one") << QStringList{u"staging"_s, u"development"_s, u"production"_s, u"qa"_s}
                                   << QStringList{u"Move staging to 1"_s};
    QTest::newRow("reversed") << QStringList{u"qa"_s, u"production"_s, u"staging"_s, u"development"_s}
                              << QStringList{u"Move qa to 1"_s, u"Move production to 2"_s, u"Move staging to 3"_s};
    QTest::newRow("renamed, protected, removed, added")
            << QStringList{u"development=Dev"_s, u"staging!"_s, u"production"_s, u"perf"_s}
            << QStringList{u"Rename development to Dev"_s, u"Protect staging"_s, u"Add environment perf"_s,
                           u"Remove qa (2 flag(s) lose their configuration there)"_s};
}

void TestEnvironmentsDialog::changesInWords()
{
    QFETCH(QStringList, order);
    QFETCH(QStringList, words);
    const Workspace stored = m_session->workspace();
    QList<Environment> edited;
    for (QString key : order) {
        const bool protect = key.endsWith(u'!');
        if (protect)
            key.chop(1);
        const QString name = key.section(u'=', 1);
        key = key.section(u'=', 0, 0);
        Environment environment = stored.environment(key) ? *stored.environment(key) : Environment{key, key, false, 0};
        if (!name.isEmpty())
            environment.name = name;
        if (protect)
            environment.isProtected = true;
        edited.append(environment);
    }
    const EnvironmentChanges changes(stored);
    QStringList sortedWords = words;
    QStringList described = changes.describe(edited);
    sortedWords.sort();
    described.sort();
    QCOMPARE(described, sortedWords);
    QCOMPARE(changes.write(edited).isEmpty(), words.isEmpty());
}

void TestEnvironmentsDialog::oneWrite()
{
    // Remove qa, move production first, rename staging: the environments written expect the
    // versions as loaded, the flags configured in qa lose it, and the order is given.
    const Workspace stored = m_session->workspace();
    QList<Environment> edited{*stored.environment(u"production"_s), *stored.environment(u"development"_s),
                              *stored.environment(u"staging"_s)};
    edited[2].name = u"Stage"_s;
    const WorkspaceWrite write = EnvironmentChanges(stored).write(edited);
    QCOMPARE(write.environmentOrder, (QStringList{u"production"_s, u"development"_s, u"staging"_s}));
    QStringList written;
    for (const ObjectWrite &object : write.objects) {
        written.append(objectKindName(object.kind) + u' ' + object.key + (object.next ? u""_s : u" deleted"_s));
        if (object.kind == ObjectKind::Flag) {
            QCOMPARE(object.expectedVersion, stored.flag(object.key)->version);
            QVERIFY(!std::get<Flag>(*object.next).environments.contains(u"qa"_s));
        } else {
            QCOMPARE(object.expectedVersion, stored.environment(object.key)->version);
        }
    }
    written.sort();
    QCOMPARE(written, (QStringList{u"environment production"_s, u"environment qa deleted"_s, u"environment staging"_s,
                                   u"flag dark-mode"_s, u"flag new-checkout"_s}));
    // Refusals: on there names the flag; a stored environment nobody uses can go.
    const EnvironmentChanges changes(stored);
    QVERIFY(changes.removalRefusal(u"production"_s, {}).contains(u"dark-mode, upload-v2"_s));
    QVERIFY(changes.removalRefusal(u"staging"_s, {}).isEmpty());
    QVERIFY(changes.removalRefusal(u"staging"_s, {*stored.flag(u"new-checkout"_s)}).contains(u"new-checkout"_s));
    QVERIFY(changes.removalRefusal(u"not-stored"_s, {}).isEmpty());
}

QTEST_MAIN(TestEnvironmentsDialog)
#include "tst_environmentsdialog.moc"
