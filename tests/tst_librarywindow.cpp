// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Edit ▸ Activations and Segments… driven like a user would, on a real SQLite workspace: who
// uses what, a click that shows the flag, a shared activation edited with the flags it changes
// listed per environment, delete refused while used, a segment of two conditions, undo inside
// the editor, and a colleague's save meanwhile.

#include "conditioneditor.h"
#include "flaglistview.h"
#include "flagvariationseditor.h"
#include "libraryeditor.h"
#include "libraryimpactdialog.h"
#include "librarylistmodel.h"
#include "librarytab.h"
#include "librarywindow.h"
#include "mainwindow.h"
#include "storage/sqlrepository.h"
#include "modaltest.h"
#include "testsettings.h"
#include "workspacesession.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTabBar>
#include <QToolButton>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

Flag booleanFlag(const QString &key)
{
    Flag flag;
    flag.key = key;
    flag.variations = {{u"on"_s, true, {}}, {u"off"_s, false, {}}};
    return flag;
}

EnvironmentConfig config(bool on, const QList<Rule> &rules = {})
{
    EnvironmentConfig c;
    c.on = on;
    c.offVariation = u"off"_s;
    c.defaultServe.variation = u"off"_s;
    c.rules = rules;
    return c;
}

Rule ruleWith(const Condition &condition, const QString &name = {})
{
    Rule rule;
    rule.name = name;
    rule.conditions = {condition};
    rule.serve.variation = u"on"_s;
    return rule;
}

/// beta-users (alice) is used by checkout in development and production, and through the
/// segment insiders by search in development; unused is used by nothing; banner uses none of
/// them but has checkout as a prerequisite.
Workspace sampleWorkspace()
{
    Workspace ws;
    ws.environments = Workspace::defaultEnvironments();
    ws.activations = {{u"beta-users"_s, u"Beta users"_s, u"Who tries things first"_s,
                       UserListActivation{u"userId"_s, {u"alice"_s}}, 0},
                      {u"unused"_s, u"Nobody"_s, {}, UserListActivation{u"userId"_s, {u"zed"_s}}, 0}};
    ws.segments = {{u"insiders"_s, u"Insiders"_s, {}, {ActivationRef{u"beta-users"_s}}, 0}};
    Flag checkout = booleanFlag(u"checkout"_s);
    checkout.environments = {
        {u"development"_s, config(true, {ruleWith(ActivationRef{u"beta-users"_s}, u"Beta"_s)})},
        {u"production"_s, config(true, {ruleWith(UserListActivation{u"userId"_s, {u"ops"_s}}),
                                        ruleWith(ActivationRef{u"beta-users"_s})})},
    };
    Flag search = booleanFlag(u"search"_s);
    search.environments = {{u"development"_s, config(false, {ruleWith(SegmentActivation{u"insiders"_s})})}};
    // banner follows checkout's "on" in development by a prerequisite.
    Flag banner = booleanFlag(u"banner"_s);
    banner.environments = {{u"development"_s, config(true, {ruleWith(PrerequisiteActivation{u"checkout"_s, {u"on"_s}})})}};
    ws.flags = {checkout, search, banner};
    return ws;
}

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s", qPrintable(name));
    return found;
}

/// Clicks the button of a message box with this object name, or the one of this role.
void clickBox(QMessageBox *box, const QString &name, QMessageBox::StandardButton standard = QMessageBox::NoButton)
{
    QAbstractButton *button = name.isEmpty() ? box->button(standard) : box->findChild<QAbstractButton *>(name);
    if (!button) {
        qWarning("no button %s in the message box", qPrintable(name));
        box->reject();
        return;
    }
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestLibraryWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void usedByOpensTheFlag();
    void sharedActivationEditedListsTheFlagsItChanges();
    void deleteRefusedWhileUsed();
    void segmentWithTwoConditions();
    void undoInsideTheEditor();
    void colleaguesSaveIsAConflict();
    void everyControlIsNamed();
    void variationNamedByAPrerequisiteStays();

private:
    void openLibrary();
    void activate(QWidget *window);
    void selectRow(LibraryTab *tab, const QString &key);
    void saveAndConfirm(LibraryEditor *editor, const QString &comment, QString *review);

    TestSettings m_settings;
    QTemporaryDir m_dir;
    std::unique_ptr<SqlRepository> m_other;   // a colleague's session on the same file
    WorkspaceSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    LibraryWindow *m_library = nullptr;
};

void TestLibraryWindow::init()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"w.sqlite"_s);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
    QString urlError;
    const auto url = DatabaseUrl::parse(u"sqlite:"_s + path, &urlError);
    QVERIFY2(url, qPrintable(urlError));
    StorageError error;
    m_other = SqlRepository::open(*url, &error);
    QVERIFY2(m_other, qPrintable(error.message));
    QVERIFY2(m_other->importWorkspace(sampleWorkspace(), ImportMode::Merge, false, {}, &error),
             qPrintable(error.message));
    m_session = new WorkspaceSession;
    m_window = new MainWindow(m_session);
    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    m_session->open(*url);
    QVERIFY(opened.wait(10000));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    openLibrary();
}

void TestLibraryWindow::cleanup()
{
    delete m_window;   // the library window with it
    m_window = nullptr;
    m_library = nullptr;
    delete m_session;
    m_session = nullptr;
    m_other.reset();
}

void TestLibraryWindow::activate(QWidget *window)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

void TestLibraryWindow::openLibrary()
{
    // Edit ▸ Activations and Segments… by its shortcut.
    activate(m_window);
    QTest::keyClick(m_window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    m_library = m_window->findChild<LibraryWindow *>(u"libraryWindow"_s);
    QVERIFY(m_library);
    QVERIFY(QTest::qWaitForWindowExposed(m_library));
    QTRY_VERIFY(m_library->isUpToDate());   // who uses what is worked out off the GUI thread
    activate(m_library);
}

void TestLibraryWindow::selectRow(LibraryTab *tab, const QString &key)
{
    auto *list = tab->findChild<QTreeView *>(tab->kind() == LibraryKind::Activation ? u"activationList"_s
                                                                                  : u"segmentList"_s);
    QVERIFY(list);
    const int row = tab->model()->rowOfKey(key);
    QVERIFY2(row >= 0, qPrintable(key));
    const QRect rect = list->visualRect(tab->model()->index(row, LibraryListModel::KeyColumn));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(tab->currentKey(), key);
    QCOMPARE(tab->editor()->storedKey(), key);
}

void TestLibraryWindow::saveAndConfirm(LibraryEditor *editor, const QString &comment, QString *review)
{
    auto *save = editor->findChild<QPushButton *>(editor->kind() == LibraryKind::Activation ? u"activationSaveButton"_s
                                                                                           : u"segmentSaveButton"_s);
    QVERIFY(save);
    QVERIFY2(save->isEnabled(), qPrintable(editor->saveBlockedReason()));
    bool shown = false;
    whenModal<LibraryImpactDialog>([&](LibraryImpactDialog *dialog) {
        shown = true;
        *review = dialog->text();
        if (auto *confirm = dialog->findChild<QCheckBox *>(u"libraryImpactConfirmProtected"_s))
            QTest::mouseClick(confirm, Qt::LeftButton, {}, QPoint(4, confirm->height() / 2));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"libraryImpactComment"_s), comment);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"libraryImpactSaveButton"_s), Qt::LeftButton);
    });
    QSignalSpy saved(m_session, &WorkspaceSession::objectsSaved);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(shown);
    QVERIFY(saved.wait(10000));
    QTRY_VERIFY(!editor->isModified());
}

void TestLibraryWindow::usedByOpensTheFlag()
{
    LibraryTab *tab = m_library->activations();
    LibraryListModel *model = tab->model();
    const int row = model->rowOfKey(u"beta-users"_s);
    QVERIFY(row >= 0);
    QVERIFY2(model->index(row, LibraryListModel::UsedByColumn).data().toString().startsWith(u"used by 2 flag"_s),
             qPrintable(model->index(row, LibraryListModel::UsedByColumn).data().toString()));
    QCOMPARE(model->index(row, LibraryListModel::ConditionsColumn).data().toString(), u"userId is one of alice"_s);
    QVERIFY(model->index(model->rowOfKey(u"unused"_s), LibraryListModel::UsedByColumn).data().toString().startsWith(u"used by 0 flag"_s));

    selectRow(tab, u"beta-users"_s);
    auto *users = child<QListWidget>(tab, u"activationUsedByList"_s);
    QVERIFY(users);
    QStringList texts;
    for (int i = 0; i < users->count(); ++i)
        texts.append(users->item(i)->text());
    QCOMPARE(texts, (QStringList{u"checkout — Development: Rule 1: Beta; Production: Rule 2"_s,
                                 u"search — Development: Rule 1"_s, u"segment insiders"_s}));

    // The second flag, then Enter: the main window selects it.
    auto *list = m_window->findChild<FlagListView *>(u"flagList"_s);
    QVERIFY(list->currentFlagKey() != u"search"_s);
    QTest::mouseClick(users->viewport(), Qt::LeftButton, {}, users->visualItemRect(users->item(1)).center());
    QTest::keyClick(users, Qt::Key_Return);
    QCOMPARE(list->currentFlagKey(), u"search"_s);
    QCOMPARE(tab->currentKey(), u"beta-users"_s);   // Enter is the list's, not a default button's

    // The segment that uses it opens in its tab.
    activate(m_library);
    QTest::mouseClick(users->viewport(), Qt::LeftButton, {}, users->visualItemRect(users->item(2)).center());
    QCOMPARE(users->currentRow(), 2);
    QVERIFY(child<QPushButton>(tab, u"activationShowUserButton"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(tab, u"activationShowUserButton"_s), Qt::LeftButton);
    QCOMPARE(m_library->findChild<QTabWidget *>(u"libraryTabs"_s)->currentWidget(), static_cast<QWidget *>(m_library->segments()));
    QCOMPARE(m_library->segments()->currentKey(), u"insiders"_s);
    QVERIFY(m_library->segments()->model()->index(0, LibraryListModel::UsedByColumn).data().toString().startsWith(u"used by 1 flag"_s));
}

void TestLibraryWindow::sharedActivationEditedListsTheFlagsItChanges()
{
    LibraryTab *tab = m_library->activations();
    selectRow(tab, u"beta-users"_s);
    LibraryEditor *editor = tab->editor();
    auto *ids = child<QPlainTextEdit>(editor, u"userListIdsEdit"_s);
    QVERIFY(ids);
    ids->setFocus(Qt::TabFocusReason);
    QTest::keyClick(ids, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(ids, Qt::Key_Return);
    QTest::keyClicks(ids, u"carol"_s);
    QVERIFY(editor->isModified());
    QCOMPARE(std::get<UserListActivation>(editor->object().conditions.at(0)).values,
             (QStringList{u"alice"_s, u"carol"_s}));
    // The main window's flags are untouched: no draft, nothing on its undo stack.
    QVERIFY(m_session->drafts().isEmpty());
    QCOMPARE(m_session->undoStack()->count(), 0);

    QString review;
    saveAndConfirm(editor, u"carol joins the beta"_s, &review);
    if (QTest::currentTestFailed())
        return;
    // Per environment: each flag, the rules that reach it, on or off there; through a segment too.
    QVERIFY2(review.contains(u"condition: userId is one of alice → userId is one of alice, carol"_s), qPrintable(review));
    const QStringList lines = review.split(u'\n');
    const qsizetype development = lines.indexOf(u"Development"_s);
    const qsizetype production = lines.indexOf(u"Production"_s);
    QVERIFY2(development > 0 && production > development, qPrintable(review));
    QCOMPARE(lines.at(development + 1), u"  • checkout — Rule 1: Beta (on)"_s);
    QVERIFY2(lines.at(development + 2).startsWith(u"  • search — Rule 1 (off here"_s), qPrintable(review));
    QCOMPARE(lines.at(development + 3), u"  • banner — follows checkout by a prerequisite in Rule 1 (on)"_s);
    QCOMPARE(lines.at(production + 1), u"  • checkout — Rule 2 (on)"_s);

    // A second session reads the new condition, and the history has the change.
    StorageError error;
    const std::optional<Workspace> stored = m_other->load(&error);
    QVERIFY2(stored, qPrintable(error.message));
    QCOMPARE(std::get<UserListActivation>(stored->activation(u"beta-users"_s)->condition).values,
             (QStringList{u"alice"_s, u"carol"_s}));
    const auto history = m_other->history(u"beta-users"_s, 0, &error);
    QVERIFY2(history && !history->isEmpty(), qPrintable(error.message));
    QVERIFY(history->first().kind == ObjectKind::Activation);
    QCOMPARE(history->first().comment, u"carol joins the beta"_s);
    QCOMPARE(history->first().versionAfter, history->first().versionBefore + 1);
    // The list says it in words.
    QTRY_COMPARE(tab->model()->index(tab->model()->rowOfKey(u"beta-users"_s), LibraryListModel::ConditionsColumn).data().toString(),
                 u"userId is one of alice, carol"_s);
}

void TestLibraryWindow::deleteRefusedWhileUsed()
{
    LibraryTab *tab = m_library->activations();
    selectRow(tab, u"beta-users"_s);
    QString refused;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        refused = box->objectName() + u": "_s + box->text();
        clickBox(box, {}, QMessageBox::Ok);
    });
    QTest::mouseClick(child<QPushButton>(tab, u"activationDeleteButton"_s), Qt::LeftButton);
    QVERIFY2(refused.startsWith(u"libraryDeleteRefused: "_s), qPrintable(refused));
    QVERIFY2(refused.contains(u"checkout, search"_s) && refused.contains(u"insiders"_s), qPrintable(refused));
    QVERIFY(tab->model()->rowOfKey(u"beta-users"_s) >= 0);

    // The segment, used by search, is refused too.
    activate(m_library);
    selectRow(m_library->segments(), u"insiders"_s);
    refused.clear();
    whenModal<QMessageBox>([&](QMessageBox *box) {
        refused = box->objectName() + u": "_s + box->text();
        clickBox(box, {}, QMessageBox::Ok);
    });
    QTest::mouseClick(child<QPushButton>(m_library->segments(), u"segmentDeleteButton"_s), Qt::LeftButton);
    QVERIFY2(refused.startsWith(u"libraryDeleteRefused: "_s) && refused.contains(u"search"_s), qPrintable(refused));

    // What nothing uses goes, after a confirmation.
    activate(m_library);
    selectRow(tab, u"unused"_s);
    QString asked;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        asked = box->objectName();
        clickBox(box, u"libraryConfirmDeleteButton"_s);
    });
    QSignalSpy saved(m_session, &WorkspaceSession::objectsSaved);
    QTest::mouseClick(child<QPushButton>(tab, u"activationDeleteButton"_s), Qt::LeftButton);
    QCOMPARE(asked, u"libraryDeleteConfirmation"_s);
    QVERIFY(saved.wait(10000));
    QTRY_COMPARE(tab->model()->rowOfKey(u"unused"_s), -1);
    StorageError error;
    QVERIFY(!m_other->load(&error)->activation(u"unused"_s));
}

void TestLibraryWindow::segmentWithTwoConditions()
{
    auto *tabs = m_library->findChild<QTabWidget *>(u"libraryTabs"_s);
    QTest::keyClick(m_library, Qt::Key_E, Qt::AltModifier);   // S&egments
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(m_library->segments()));
    LibraryTab *tab = m_library->segments();
    LibraryEditor *editor = tab->editor();
    QTest::mouseClick(child<QPushButton>(tab, u"segmentNewButton"_s), Qt::LeftButton);
    QVERIFY(editor->isEditing());
    QVERIFY(editor->storedKey().isEmpty());
    auto *key = child<QLineEdit>(editor, u"segmentKeyField"_s);
    QVERIFY(!key->isReadOnly());
    // An empty key is a problem at the field, and Save says why it is disabled.
    key->setFocus(Qt::TabFocusReason);
    key->selectAll();
    QTest::keyClick(key, Qt::Key_Delete);
    auto *save = child<QPushButton>(editor, u"segmentSaveButton"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY2(!child<QLabel>(editor, u"segmentKeyProblem"_s)->isHidden(), qPrintable(editor->saveBlockedReason()));
    QVERIFY(save->toolTip().startsWith(u"Cannot be saved"_s));
    QTest::keyClicks(key, u"staff"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"segmentNameField"_s), u"Staff"_s);

    // Two conditions: a user list, then an email constraint.
    QTest::mouseClick(child<QPushButton>(editor, u"addSegmentConditionButton"_s), Qt::LeftButton);
    auto *ids = child<QPlainTextEdit>(editor, u"userListIdsEdit"_s);
    ids->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(ids, u"ann"_s);
    QTest::mouseClick(child<QPushButton>(editor, u"addSegmentConditionButton"_s), Qt::LeftButton);
    auto *conditions = child<QListWidget>(editor, u"segmentConditionList"_s);
    QCOMPARE(conditions->count(), 2);
    QCOMPARE(conditions->currentRow(), 1);
    ids->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(ids, u"bob"_s);
    QCOMPARE(editor->object().conditions.size(), 2);
    QCOMPARE(conditions->item(0)->text(), u"userId is one of ann"_s);
    QCOMPARE(conditions->item(1)->text(), u"userId is one of bob"_s);
    // Reordered: bob first.
    QTest::mouseClick(child<QToolButton>(editor, u"moveConditionUpButton"_s), Qt::LeftButton);
    QCOMPARE(conditions->item(0)->text(), u"userId is one of bob"_s);

    QString review;
    saveAndConfirm(editor, u"staff segment"_s, &review);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(review.startsWith(u"New segment staff (Staff)"_s), qPrintable(review));
    QVERIFY2(review.contains(u"changes no flag's behaviour"_s), qPrintable(review));
    QTRY_COMPARE(tab->currentKey(), u"staff"_s);
    QCOMPARE(editor->storedKey(), u"staff"_s);
    QVERIFY(child<QLineEdit>(editor, u"segmentKeyField"_s)->isReadOnly());
    StorageError error;
    const Segment *segment = m_other->load(&error)->segment(u"staff"_s);
    QVERIFY(segment);
    QCOMPARE(segment->name, u"Staff"_s);
    QCOMPARE(segment->conditions.size(), 2);
    QCOMPARE(std::get<UserListActivation>(segment->conditions.at(0)).values, QStringList{u"bob"_s});
    QCOMPARE(std::get<UserListActivation>(segment->conditions.at(1)).values, QStringList{u"ann"_s});
}

void TestLibraryWindow::undoInsideTheEditor()
{
    LibraryTab *tab = m_library->activations();
    selectRow(tab, u"beta-users"_s);
    LibraryEditor *editor = tab->editor();
    auto *name = child<QLineEdit>(editor, u"activationNameField"_s);
    name->setFocus(Qt::TabFocusReason);
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, u" group"_s);
    auto *ids = child<QPlainTextEdit>(editor, u"userListIdsEdit"_s);
    ids->setFocus(Qt::TabFocusReason);
    QTest::keyClick(ids, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(ids, Qt::Key_Return);
    QTest::keyClicks(ids, u"dan"_s);
    // Typing in one field is one step each.
    QCOMPARE(editor->undoStack()->count(), 2);
    QCOMPARE(editor->object().name, u"Beta users group"_s);

    // Ctrl+Z in the field goes to the editor's stack, not the field's own undo nor the window's.
    QTest::keyClick(ids, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(std::get<UserListActivation>(editor->object().conditions.at(0)).values, QStringList{u"alice"_s});
    QCOMPARE(ids->toPlainText(), u"alice"_s);
    QTest::keyClick(ids, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(name->text(), u"Beta users"_s);
    QVERIFY(!editor->isModified());
    QTest::keyClick(ids, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(name->text(), u"Beta users group"_s);
    QVERIFY(editor->isModified());
    QCOMPARE(m_session->undoStack()->count(), 0);

    // Revert is a step of its own.
    QTest::mouseClick(child<QPushButton>(editor, u"activationRevertButton"_s), Qt::LeftButton);
    QVERIFY(!editor->isModified());
    QCOMPARE(name->text(), u"Beta users"_s);
    activate(m_library);
    QTest::keyClick(m_library, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(name->text(), u"Beta users group"_s);
}

void TestLibraryWindow::colleaguesSaveIsAConflict()
{
    LibraryTab *tab = m_library->activations();
    selectRow(tab, u"beta-users"_s);
    LibraryEditor *editor = tab->editor();
    auto *name = child<QLineEdit>(editor, u"activationNameField"_s);
    name->setFocus(Qt::TabFocusReason);
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, u" (mine)"_s);

    // Meanwhile a colleague renames it.
    StorageError error;
    Activation theirs = *m_other->load(&error)->activation(u"beta-users"_s);
    theirs.name = u"Beta (theirs)"_s;
    QVERIFY2(m_other->saveActivation(theirs, theirs.version, u"theirs"_s, &error), qPrintable(error.message));

    QString conflict;
    whenModal<LibraryImpactDialog>([&](LibraryImpactDialog *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"libraryImpactSaveButton"_s), Qt::LeftButton);
        whenModal<QMessageBox>([&](QMessageBox *box) {
            conflict = box->objectName() + u": "_s + box->text();
            clickBox(box, u"keepMineButton"_s);
        });
    });
    QSignalSpy failed(m_session, &WorkspaceSession::objectsSaveFailed);
    QTest::mouseClick(child<QPushButton>(editor, u"activationSaveButton"_s), Qt::LeftButton);
    QVERIFY(failed.wait(10000));
    QTRY_VERIFY2(conflict.startsWith(u"libraryConflict: beta-users was changed by"_s), qPrintable(conflict));
    // Nothing written; the edit is kept, and now expects their version.
    QCOMPARE(m_other->load(&error)->activation(u"beta-users"_s)->name, u"Beta (theirs)"_s);
    QCOMPARE(editor->object().name, u"Beta users (mine)"_s);
    QTRY_COMPARE(editor->object().version, theirs.version + 1);

    activate(m_library);
    QString review;
    saveAndConfirm(editor, u"mine over theirs"_s, &review);
    QVERIFY2(review.contains(u"name: Beta (theirs) → Beta users (mine)"_s), qPrintable(review));
    QCOMPARE(m_other->load(&error)->activation(u"beta-users"_s)->name, u"Beta users (mine)"_s);
}

void TestLibraryWindow::everyControlIsNamed()
{
    // Every control a user can tab to says what it is: an accessible name, its own text, or a
    // label whose buddy it is — on both tabs, with an object selected.
    auto *tabs = m_library->findChild<QTabWidget *>(u"libraryTabs"_s);
    QStringList unnamed;
    for (int index : {0, 1}) {
        tabs->setCurrentIndex(index);
        QSet<QWidget *> buddies;
        for (QLabel *label : m_library->findChildren<QLabel *>()) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        for (QWidget *widget : m_library->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
                continue;
            // The inner line edits of spin and combo boxes speak for their box.
            if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) || qobject_cast<QComboBox *>(widget->parentWidget()))
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(widget);
            if (!widget->accessibleName().isEmpty() || (button && !button->text().isEmpty()) || buddies.contains(widget))
                continue;
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName());
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestLibraryWindow::variationNamedByAPrerequisiteStays()
{
    // banner's prerequisite names checkout's "on": renaming or removing it is refused, naming banner.
    QTest::keyClick(m_library, Qt::Key_Escape);   // nothing changed: it closes
    QVERIFY(!m_library->isVisible());
    activate(m_window);
    auto *list = m_window->findChild<FlagListView *>(u"flagList"_s);
    QVERIFY(list->selectFlag(u"checkout"_s));
    auto *flagTabs = m_window->findChild<QTabBar *>(u"flagTabs"_s);
    QTest::mouseClick(flagTabs, Qt::LeftButton, {}, flagTabs->tabRect(0).center());   // General
    auto *editor = m_window->findChild<FlagVariationsEditor *>();
    QTableWidget *table = editor->table();
    QCOMPARE(table->item(0, 0)->text(), u"on"_s);
    table->setFocus();
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_F2);
    auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(field, QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "no focus");
    field->selectAll();
    QTest::keyClicks(field, u"yes"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QTest::qWait(0);   // the delegate commits on its next turn
    QCOMPARE(editor->problem(), u"on cannot be renamed while other flags' prerequisites name it: banner (Development, rule 1)"_s);
    QVERIFY(!m_session->hasDraft(u"checkout"_s));
}

QTEST_MAIN(TestLibraryWindow)
#include "tst_librarywindow.moc"
