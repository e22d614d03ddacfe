// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Bulk edits and promotion driven like a user would, on a real SQLite workspace: flags picked
// with Shift and Ctrl clicks, Edit ▸ Bulk Edit by its shortcut and the list's context menu by
// keys, each change previewed, made as one undo step, saved through the review and read back
// by a second session.

#include "bulkactions.h"
#include "bulkeditdialog.h"
#include "flagfilterbar.h"
#include "flaglistmodel.h"
#include "flaglistview.h"
#include "mainwindow.h"
#include "promotedialog.h"
#include "promotionmodel.h"
#include "reviewdialog.h"
#include "storage/sqlrepository.h"
#include "testsettings.h"
#include "workspacesession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

EnvironmentConfig config(bool on)
{
    EnvironmentConfig c;
    c.on = on;
    c.offVariation = u"off"_s;
    c.defaultServe.variation = u"on"_s;
    return c;
}

Flag booleanFlag(const QString &key, const QString &name)
{
    Flag flag;
    flag.key = key;
    flag.name = name;
    flag.variations = {{u"off"_s, false, {}}, {u"on"_s, true, {}}};
    return flag;
}

/// alpha: a rule in development; beta: on in development only, owned by ops; gamma: the same
/// everywhere; delta: only in development; old: archived.
Workspace sampleWorkspace()
{
    Workspace ws;
    ws.environments = Workspace::defaultEnvironments();   // production is protected

    Flag alpha = booleanFlag(u"alpha"_s, u"Alpha"_s);
    alpha.tags = {u"checkout"_s};
    EnvironmentConfig dev = config(true);
    Rule beta;
    beta.name = u"Beta testers"_s;
    beta.conditions = {UserListActivation{u"userId"_s, {u"alice"_s, u"bob"_s}}};
    beta.serve.variation = u"on"_s;
    dev.rules = {beta};
    dev.defaultServe.variation = u"off"_s;
    alpha.environments = {{u"development"_s, dev}, {u"staging"_s, config(false)}, {u"production"_s, config(false)}};

    Flag betaFlag = booleanFlag(u"beta"_s, u"Beta"_s);
    betaFlag.tags = {u"ui"_s};
    betaFlag.owner = u"ops@example.com"_s;
    betaFlag.environments = {{u"development"_s, config(true)}, {u"staging"_s, config(false)}, {u"production"_s, config(false)}};

    Flag gamma = booleanFlag(u"gamma"_s, u"Gamma"_s);
    gamma.environments = {{u"development"_s, config(true)}, {u"staging"_s, config(true)}, {u"production"_s, config(true)}};

    Flag delta = booleanFlag(u"delta"_s, u"Delta"_s);
    delta.environments = {{u"development"_s, config(true)}};

    Flag old = booleanFlag(u"old"_s, u"Old"_s);
    old.archived = true;
    old.environments = {{u"development"_s, config(false)}};

    ws.flags = {alpha, betaFlag, gamma, delta, old};
    return ws;
}

int viewRow(const FlagListView *view, const QString &key)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(FlagListModel::FlagKeyRole).toString() == key)
            return row;
    }
    return -1;
}

/// The visible dialog of a type, once it is open.
template<typename Dialog>
Dialog *openDialog(QWidget *window)
{
    Dialog *found = nullptr;
    (void)QTest::qWaitFor([&] {
        for (Dialog *dialog : window->findChildren<Dialog *>()) {
            if (dialog->isVisible())
                found = dialog;
        }
        return found != nullptr;
    }, 5000);
    return found;
}

/// Presses keys, one after the other, in whichever menu is open then (menus run their own
/// event loop: the keys are sent from a timer once it runs).
void pressInMenus(const QList<QKeyCombination> &keys)
{
    QTimer::singleShot(0, [keys] {
        for (const QKeyCombination key : keys) {
            if (!QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; }, 3000))
                return;
            QTest::keyClick(QApplication::activePopupWidget(), key.key(), key.keyboardModifiers());
            QTest::qWait(20);
        }
    });
}

} // namespace

class TestBulkEdit final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void threeFlagsTaggedAndUndoneInOneStep();
    void ownerSetAndSwitchedByTheContextMenu();
    void archivedByBulkAndShownOnRequest();
    void promotedWithAChoicePerFlag();
    void promoteOneFlag();

private:
    void clickRow(const QString &key, Qt::KeyboardModifiers modifiers = {});
    /// The context menu of the list, as the keyboard's menu key opens it, and keys pressed in it.
    void contextMenuKeys(const QList<QKeyCombination> &keys);
    void activateWindow();

    TestSettings m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<DatabaseUrl> m_url;
    WorkspaceSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    FlagListView *m_list = nullptr;
};

void TestBulkEdit::init()
{
    TestSettings::clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QString urlError;
    m_url = DatabaseUrl::parse(u"sqlite:"_s + m_dir->filePath(u"w.sqlite"_s), &urlError);
    QVERIFY2(m_url, qPrintable(urlError));
    {
        StorageError error;
        auto repository = SqlRepository::open(*m_url, &error);
        QVERIFY2(repository, qPrintable(error.message));
        QVERIFY2(repository->importWorkspace(sampleWorkspace(), ImportMode::Replace, false, {}, &error),
                 qPrintable(error.message));
    }
    m_session = new WorkspaceSession;
    m_window = new MainWindow(m_session);
    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    m_session->open(*m_url);
    QVERIFY(opened.wait(10000));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_list = m_window->findChild<FlagListView *>(u"flagList"_s);
    QVERIFY(m_list);
    QCOMPARE(m_list->model()->rowCount(), 4);   // the archived one hidden
}

void TestBulkEdit::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_session;
    m_session = nullptr;
}

void TestBulkEdit::clickRow(const QString &key, Qt::KeyboardModifiers modifiers)
{
    const int row = viewRow(m_list, key);
    QVERIFY2(row >= 0, qPrintable(key));
    const QRect rect = m_list->visualRect(m_list->model()->index(row, 0));
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, modifiers, rect.center());
}

void TestBulkEdit::contextMenuKeys(const QList<QKeyCombination> &keys)
{
    const QModelIndex current = m_list->currentIndex();
    const QPoint at = m_list->visualRect(current).center();
    pressInMenus(keys);
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, m_list->viewport()->mapToGlobal(at));
    QApplication::sendEvent(m_list->viewport(), &event);
}

void TestBulkEdit::activateWindow()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestBulkEdit::threeFlagsTaggedAndUndoneInOneStep()
{
    // Sorted by key: alpha, beta, delta, gamma. A click, a Shift-click and a Ctrl-click.
    clickRow(u"alpha"_s);
    clickRow(u"beta"_s, Qt::ShiftModifier);
    clickRow(u"gamma"_s, Qt::ControlModifier);
    QCOMPARE(m_list->selectedFlagKeys(), (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
    auto *summary = m_window->findChild<QLabel *>(u"selectionSummary"_s);
    QVERIFY(summary && summary->isVisible());
    QVERIFY2(summary->text().contains(u"3 flag(s) selected"_s), qPrintable(summary->text()));
    QCOMPARE(m_list->currentFlagKey(), u"gamma"_s);   // the editor shows the one clicked last

    // Edit ▸ Bulk Edit ▸ Add Tags… by its shortcut.
    const int steps = m_session->undoStack()->count();
    QTest::keyClick(m_list, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = openDialog<BulkEditDialog>(m_window);
    QVERIFY(dialog);
    auto *input = dialog->findChild<QLineEdit *>(u"bulkEditInput"_s);
    auto *ok = dialog->findChild<QPushButton *>(u"bulkEditOk"_s);
    QVERIFY(input && ok);
    QVERIFY(!ok->isEnabled());   // nothing typed yet
    QTest::keyClicks(input, u"launch, checkout"_s);
    // Flag by flag in the review's words.
    const QString preview = dialog->previewText();
    QVERIFY2(preview.contains(u"alpha (Alpha)\n  • Tags: checkout → checkout, launch"_s), qPrintable(preview));
    QVERIFY2(preview.contains(u"beta (Beta)\n  • Tags: ui → ui, launch, checkout"_s), qPrintable(preview));
    QVERIFY2(preview.contains(u"gamma (Gamma)\n  • Tags: (nothing) → launch, checkout"_s), qPrintable(preview));
    QVERIFY(dialog->findChild<QLabel *>(u"bulkEditSummary"_s)->text().contains(u"3 of the 3"_s));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QCOMPARE(m_session->drafts(), (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
    QCOMPARE(m_session->undoStack()->count(), steps + 1);
    QCOMPARE(m_session->undoStack()->undoText(), u"Add Tags to 3 Flag(s)"_s);
    QCOMPARE(m_session->editedFlag(u"beta"_s)->tags, (QStringList{u"ui"_s, u"launch"_s, u"checkout"_s}));
    // The list marks them and shows the new tags.
    const QModelIndex betaTags = m_list->model()->index(viewRow(m_list, u"beta"_s), FlagListModel::TagsColumn);
    QVERIFY(betaTags.data(FlagListModel::DraftRole).toBool());
    QVERIFY(betaTags.data().toString().contains(u"launch"_s));
    QVERIFY(!m_list->model()->index(viewRow(m_list, u"delta"_s), 0).data(FlagListModel::DraftRole).toBool());

    // One Ctrl+Z takes all three back; Ctrl+Shift+Z brings them again.
    activateWindow();
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_session->drafts().isEmpty());
    QCOMPARE(m_session->editedFlag(u"beta"_s)->tags, QStringList{u"ui"_s});
    QVERIFY(!betaTags.data().toString().contains(u"launch"_s));
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_session->drafts().size(), 3);

    // A tag some have already: they are named as unchanged.
    QTest::keyClick(m_list, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    dialog = openDialog<BulkEditDialog>(m_window);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"bulkEditInput"_s), u"ui"_s);
    QVERIFY2(dialog->previewText().contains(u"beta (Beta): unchanged"_s), qPrintable(dialog->previewText()));
    QCOMPARE(dialog->changedFlags().size(), 2);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QCOMPARE(m_session->undoStack()->count(), steps + 1);
}

void TestBulkEdit::ownerSetAndSwitchedByTheContextMenu()
{
    // Every flag listed (Ctrl+A in the list); the context menu, as the menu key opens it:
    // Bulk Edit ▸ Set Owner….
    clickRow(u"alpha"_s);
    QTest::keyClick(m_list, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_list->selectedFlagKeys().size(), 4);
    contextMenuKeys({Qt::Key_B, Qt::Key_O});
    auto *dialog = openDialog<BulkEditDialog>(m_window);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"bulkEditInput"_s), u"team@example.com"_s);
    QVERIFY2(dialog->previewText().contains(u"  • Owner: ops@example.com → team@example.com"_s), qPrintable(dialog->previewText()));
    QVERIFY2(dialog->previewText().contains(u"  • Owner: (nothing) → team@example.com"_s), qPrintable(dialog->previewText()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"bulkEditOk"_s), Qt::LeftButton);
    QCOMPARE(m_session->drafts().size(), 4);
    for (const QString &key : m_session->drafts())
        QCOMPARE(m_session->editedFlag(key)->owner, u"team@example.com"_s);
    QCOMPARE(m_session->undoStack()->undoText(), u"Set the Owner of 4 Flag(s)"_s);

    // Bulk Edit ▸ Switch Off in ▸ Production: gamma alone is on there; delta has no
    // configuration there (off already).
    activateWindow();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    contextMenuKeys({Qt::Key_B, Qt::Key_F, Qt::Key_Down, Qt::Key_Down, Qt::Key_Return});
    dialog = openDialog<BulkEditDialog>(m_window);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Switch Off 4 Flag(s) in Production"_s);
    const QString preview = dialog->previewText();
    QVERIFY2(preview.contains(u"gamma (Gamma)\n  • Production: turned off"_s), qPrintable(preview));
    QVERIFY2(preview.contains(u"alpha (Alpha): unchanged"_s), qPrintable(preview));
    QVERIFY2(preview.contains(u"delta (Delta): unchanged"_s), qPrintable(preview));
    QVERIFY2(dialog->findChild<QLabel *>(u"bulkEditSummary"_s)->text().contains(u"Production is protected"_s),
             qPrintable(dialog->findChild<QLabel *>(u"bulkEditSummary"_s)->text()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"bulkEditOk"_s), Qt::LeftButton);
    QVERIFY(!m_session->editedFlag(u"gamma"_s)->environments.value(u"production"_s).on);
    QVERIFY(!m_session->editedFlag(u"delta"_s)->environments.contains(u"production"_s));

    // Switch On in ▸ Staging for delta alone, which has no configuration there: set up as a
    // new flag starts, then on.
    activateWindow();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    clickRow(u"delta"_s);
    QCOMPARE(m_list->selectedFlagKeys(), QStringList{u"delta"_s});
    QVERIFY(!m_window->findChild<QLabel *>(u"selectionSummary"_s)->isVisible());
    contextMenuKeys({Qt::Key_B, Qt::Key_N, Qt::Key_Down, Qt::Key_Return});
    dialog = openDialog<BulkEditDialog>(m_window);
    QVERIFY(dialog);
    QVERIFY2(dialog->previewText().contains(u"Staging: not configured yet; set up as a new flag starts (off variation off"_s),
             qPrintable(dialog->previewText()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"bulkEditOk"_s), Qt::LeftButton);
    const EnvironmentConfig staging = m_session->editedFlag(u"delta"_s)->environments.value(u"staging"_s);
    QVERIFY(staging.on);
    QCOMPARE(staging.offVariation, u"off"_s);
    QCOMPARE(staging.defaultServe.variation, u"off"_s);

    // Three steps: undone one at a time.
    activateWindow();
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!m_session->editedFlag(u"delta"_s)->environments.contains(u"staging"_s));
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_session->editedFlag(u"gamma"_s)->environments.value(u"production"_s).on);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_session->drafts().isEmpty());
}

void TestBulkEdit::archivedByBulkAndShownOnRequest()
{
    clickRow(u"beta"_s);
    clickRow(u"delta"_s, Qt::ControlModifier);
    contextMenuKeys({Qt::Key_B, Qt::Key_A});
    auto *dialog = openDialog<BulkEditDialog>(m_window);
    QVERIFY(dialog);
    QVERIFY2(dialog->previewText().contains(u"beta (Beta)\n  • Archived"_s), qPrintable(dialog->previewText()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"bulkEditOk"_s), Qt::LeftButton);
    QVERIFY(m_session->editedFlag(u"beta"_s)->archived);
    QCOMPARE(m_list->model()->rowCount(), 2);   // alpha and gamma
    // The filter bar's Archived box shows them (and old), as View ▸ Show Archived Flags does.
    auto *bar = m_window->findChild<FlagFilterBar *>();
    QVERIFY(bar);
    QTest::mouseClick(bar->archivedBox(), Qt::LeftButton);
    QCOMPARE(m_list->model()->rowCount(), 5);
    QVERIFY(m_window->findChild<QAction *>(u"showArchivedAction"_s)->isChecked());
    QTest::mouseClick(bar->archivedBox(), Qt::LeftButton);
    QCOMPARE(m_list->model()->rowCount(), 2);
}

void TestBulkEdit::promotedWithAChoicePerFlag()
{
    // View ▸ Environment ▸ Promote… by its shortcut: development to production, every flag that
    // differs. gamma is the same in both; old (archived) is off in development and not in
    // production.
    QTest::keyClick(m_list, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = openDialog<PromoteDialog>(m_window);
    QVERIFY(dialog);
    auto *target = dialog->findChild<QComboBox *>(u"promoteTarget"_s);
    auto *list = dialog->findChild<QTreeView *>(u"promoteList"_s);
    auto *apply = dialog->findChild<QPushButton *>(u"promoteApply"_s);
    auto *warning = dialog->findChild<QLabel *>(u"promoteWarning"_s);
    QVERIFY(target && list && apply && warning);
    QAbstractItemModelTester tester(dialog->model());
    QCOMPARE(dialog->sourceEnvironment(), u"development"_s);
    QCOMPARE(dialog->targetEnvironment(), u"staging"_s);
    QVERIFY(!warning->isVisible());
    QTest::keyClick(target, Qt::Key_Down);
    QCOMPARE(dialog->targetEnvironment(), u"production"_s);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"Production is protected"_s), qPrintable(warning->text()));

    PromotionModel *model = dialog->model();
    QStringList keys;
    for (int row = 0; row < model->rowCount(); ++row)
        keys.append(model->index(row, 0).data(PromotionModel::FlagKeyRole).toString());
    QCOMPARE(keys, (QStringList{u"alpha"_s, u"beta"_s, u"delta"_s, u"old"_s}));
    QCOMPARE(model->checkedCount(), 4);
    const auto difference = [&](int row) { return model->index(row, PromotionModel::DifferenceColumn).data().toString(); };
    QVERIFY2(difference(0).contains(u"Production: turned on; Production: rule 1 added: when userId is one of alice, bob"_s),
             qPrintable(difference(0)));
    QVERIFY2(difference(1).contains(u"Production: turned on"_s), qPrintable(difference(1)));
    QVERIFY2(difference(2).startsWith(u"Production: not configured yet (off, as a new flag starts); Production: turned on"_s),
             qPrintable(difference(2)));
    QVERIFY(dialog->findChild<QLabel *>(u"promoteNote"_s)->text().contains(u"1 flag(s) are the same in both"_s));

    // Select None, Select All, then beta and old unticked by Space.
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"promoteSelectNone"_s), Qt::LeftButton);
    QCOMPARE(model->checkedCount(), 0);
    QVERIFY(!apply->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"promoteSelectAll"_s), Qt::LeftButton);
    QCOMPARE(model->checkedCount(), 4);
    list->setFocus();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(model->index(1, 1)).center());
    QCOMPARE(list->currentIndex().row(), 1);
    QVERIFY(dialog->findChild<QPlainTextEdit *>(u"promoteDifference"_s)->toPlainText().contains(u"Production: turned on"_s));
    QTest::keyClick(list, Qt::Key_Space);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(model->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(model->index(3, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(model->checkedCount(), 2);
    QVERIFY2(dialog->findChild<QLabel *>(u"promoteCount"_s)->text().contains(u"2 of 4"_s),
             qPrintable(dialog->findChild<QLabel *>(u"promoteCount"_s)->text()));
    const int steps = m_session->undoStack()->count();
    QTest::mouseClick(apply, Qt::LeftButton);

    // One step: alpha and delta get development's configuration in production; beta not.
    QCOMPARE(m_session->undoStack()->count(), steps + 1);
    QCOMPARE(m_session->undoStack()->undoText(), u"Promote 2 flag(s) from Development to Production"_s);
    QCOMPARE(m_session->drafts(), (QStringList{u"alpha"_s, u"delta"_s}));
    const Flag alpha = *m_session->editedFlag(u"alpha"_s);
    QCOMPARE(alpha.environments.value(u"production"_s), alpha.environments.value(u"development"_s));

    // Reviewed and saved (Save is enabled once the drafts are checked, on the next turn of
    // the event loop); a second session reads what was saved.
    activateWindow();
    QTRY_VERIFY(m_window->findChild<QAction *>(u"saveAction"_s)->isEnabled());
    QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);
    auto *review = openDialog<ReviewDialog>(m_window);
    QVERIFY(review);
    QVERIFY2(review->text().contains(u"Production: rule 1 added"_s), qPrintable(review->text()));
    QVERIFY(!review->text().contains(u"beta"_s));
    QTest::mouseClick(review->findChild<QCheckBox *>(u"reviewConfirmProtected"_s), Qt::LeftButton);
    QTest::keyClicks(review->findChild<QLineEdit *>(u"reviewComment"_s), u"promote the beta rule"_s);
    QTest::mouseClick(review->findChild<QPushButton *>(u"reviewSaveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->drafts().isEmpty() && m_session->pendingRequests() == 0, 10000);

    WorkspaceSession second;
    QSignalSpy opened(&second, &WorkspaceSession::opened);
    second.open(*m_url);
    QVERIFY(opened.wait(10000));
    const Workspace &stored = second.workspace();
    QCOMPARE(stored.flag(u"alpha"_s)->environments.value(u"production"_s),
             sampleWorkspace().flag(u"alpha"_s)->environments.value(u"development"_s));
    QCOMPARE(stored.flag(u"delta"_s)->environments.value(u"production"_s), config(true));
    QCOMPARE(stored.flag(u"beta"_s)->environments.value(u"production"_s), config(false));
    QVERIFY(!stored.flag(u"old"_s)->environments.contains(u"production"_s));
}

void TestBulkEdit::promoteOneFlag()
{
    // Edit ▸ Promote To… on beta: only beta, from the current environment (staging now).
    clickRow(u"beta"_s);
    m_session->setCurrentEnvironment(u"staging"_s);
    QAction *promoteFlag = m_window->findChild<QAction *>(u"promoteFlagAction"_s);
    QVERIFY(promoteFlag && promoteFlag->isEnabled());
    contextMenuKeys({Qt::Key_P});
    auto *dialog = openDialog<PromoteDialog>(m_window);
    QVERIFY(dialog);
    QCOMPARE(dialog->sourceEnvironment(), u"staging"_s);
    QCOMPARE(dialog->targetEnvironment(), u"production"_s);
    QVERIFY(dialog->findChild<QRadioButton *>(u"promoteOnlyFlag"_s)->isChecked());
    // Staging and production are the same for beta: nothing to do.
    QCOMPARE(dialog->model()->rowCount(), 0);
    QVERIFY(dialog->findChild<QLabel *>(u"promoteNote"_s)->text().contains(u"beta is the same in Staging and Production"_s));
    QVERIFY(!dialog->findChild<QPushButton *>(u"promoteApply"_s)->isEnabled());
    // From development (Home in the source box): one row.
    QTest::keyClick(dialog->findChild<QComboBox *>(u"promoteSource"_s), Qt::Key_Home);
    QCOMPARE(dialog->model()->rowCount(), 1);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"promoteApply"_s), Qt::LeftButton);
    QCOMPARE(m_session->drafts(), QStringList{u"beta"_s});
    QVERIFY(m_session->editedFlag(u"beta"_s)->environments.value(u"production"_s).on);
    // Every flag, from the Environment menu's action, offers the same choice of flags.
    activateWindow();
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_session->drafts().isEmpty());
}

QTEST_MAIN(TestBulkEdit)
#include "tst_bulkedit.moc"
