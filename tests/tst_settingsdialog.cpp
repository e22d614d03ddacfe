// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Edit ▸ Settings driven like a user would, and the window's geometry kept between windows.

#include "appsettings.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "problemlabel.h"
#include "settingsdialog.h"
#include "testsettings.h"
#include "workspacesession.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTest>
#include <QFile>
#include <QPalette>
#include <QStyleFactory>

#include "formats/pennonjson.h"
#include "newflagdialog.h"
#include "environmenteditor.h"
#include "serveeditor.h"
#include "flaglistview.h"
#include "storage/sqlrepository.h"

#include <QListView>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Pennon;
using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menuOpensDialogAndOkStores();
    void cancelStoresNothing();
    void badWorkspaceShowsErrorAndDisablesOk();
    void workspaceTakesFilesAndDropsPasswords();
    void resolveOrder();
    void everyControlIsNamed();
    void geometryRestoredInNewWindow();
    void darkPalette();

private:
    SettingsDialog *openFromMenu();

    TestSettings m_settings;
    WorkspaceSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestSettingsDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(u"Pennon"_s);
    QCoreApplication::setApplicationName(u"Pennon"_s);
    qunsetenv("PENNON_DB");
}

void TestSettingsDialog::init()
{
    TestSettings::clear();
    m_session = new WorkspaceSession;
    m_window = new MainWindow(m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestSettingsDialog::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_session;
    m_session = nullptr;
}

SettingsDialog *TestSettingsDialog::openFromMenu()
{
    // Edit ▸ Settings…, as a user finds it.
    QMenu *edit = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->menu() && action->text() == u"&Edit"_s)
            edit = action->menu();
    }
    if (!edit || !edit->actions().contains(m_window->mainActions()->settings()))
        return nullptr;
    QAction *settings = m_window->mainActions()->settings();
    if (settings->menuRole() != QAction::PreferencesRole)
        return nullptr;
    settings->trigger();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    if (dialog)
        (void)QTest::qWaitForWindowExposed(dialog);
    return dialog;
}

void TestSettingsDialog::menuOpensDialogAndOkStores()
{
    QPointer<SettingsDialog> dialog = openFromMenu();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *language = dialog->findChild<QComboBox *>(u"languageCombo"_s);
    auto *stale = dialog->findChild<QSpinBox *>(u"staleDaysSpin"_s);
    auto *note = dialog->findChild<QLabel *>(u"languageNote"_s);
    QVERIFY(language && stale && note);
    QCOMPARE(language->currentData().toString(), QString());   // the system's
    QCOMPARE(stale->value(), 30);
    // Not retranslated live: the dialog says when the language changes.
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"next starts"_s));

    // The language by keys: the combo has the focus first; Down twice reaches German.
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(language));
    QTest::keyClick(language, Qt::Key_Down);
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(language->currentData().toString(), u"de"_s);

    // Tab past the workspace field and its Browse button to the days.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"defaultWorkspaceField"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"browseWorkspaceButton"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(stale));
    stale->selectAll();
    QTest::keyClicks(stale, u"45"_s);
    QCOMPARE(stale->value(), 45);

    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    QSettings settings;
    QCOMPARE(settings.value(u"list/staleDays"_s).toInt(), 45);
    QCOMPARE(settings.value(u"general/language"_s).toString(), u"de"_s);
    QVERIFY(!settings.contains(u"workspace/default"_s));
    QCOMPARE(AppSettings::staleDays(), 45);
    QCOMPARE(AppSettings::language(), u"de"_s);
    // The settings went to the test's directory, not the user's.
    QVERIFY(settings.fileName().startsWith(m_settings.path()));

    // Opened again, the dialog shows what is stored.
    dialog = openFromMenu();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox *>(u"languageCombo"_s)->currentData().toString(), u"de"_s);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"staleDaysSpin"_s)->value(), 45);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
}

void TestSettingsDialog::cancelStoresNothing()
{
    QPointer<SettingsDialog> dialog = openFromMenu();
    QVERIFY(dialog);
    auto *stale = dialog->findChild<QSpinBox *>(u"staleDaysSpin"_s);
    stale->setFocus();
    stale->selectAll();
    QTest::keyClicks(stale, u"7"_s);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(!QSettings().contains(u"list/staleDays"_s));
    QCOMPARE(AppSettings::staleDays(), 30);
}

void TestSettingsDialog::badWorkspaceShowsErrorAndDisablesOk()
{
    QPointer<SettingsDialog> dialog = openFromMenu();
    QVERIFY(dialog);
    auto *field = dialog->findChild<QLineEdit *>(u"defaultWorkspaceField"_s);
    auto *problem = dialog->findChild<ProblemLabel *>(u"defaultWorkspaceProblem"_s);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(field && problem && ok);
    QVERIFY(problem->isHidden());
    QVERIFY(ok->isEnabled());

    // DatabaseUrl's own words under the field; OK refuses.
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClicks(field, u"postgresql://db.example.com"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"database name is missing"_s), qPrintable(problem->text()));
    QCOMPARE(field->accessibleDescription(), problem->text());
    QVERIFY(!ok->isEnabled());
    QTest::keyClick(field, Qt::Key_Return);   // Enter does not get past it either
    QVERIFY(dialog);
    QVERIFY(!QSettings().contains(u"workspace/default"_s));

    // Another scheme: named as unknown.
    field->clear();
    QTest::keyClicks(field, u"mysql://h/db"_s);
    QVERIFY(problem->text().contains(u"unknown scheme"_s));
    QVERIFY(!ok->isEnabled());

    // Fixed: the error goes, OK stores the URL.
    field->clear();
    QTest::keyClicks(field, u"postgresql://ana@db.example.com/flags"_s);
    QVERIFY(problem->isHidden());
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(AppSettings::defaultWorkspace(), u"postgresql://ana@db.example.com/flags"_s);
}

void TestSettingsDialog::workspaceTakesFilesAndDropsPasswords()
{
    QString error;
    const auto file = AppSettings::parseWorkspace(u"/tmp/x/flags.sqlite"_s, &error);
    QVERIFY(file);
    QCOMPARE(file->kind, DatabaseUrl::Kind::Sqlite);
    QCOMPARE(file->path, u"/tmp/x/flags.sqlite"_s);
    const auto relative = AppSettings::parseWorkspace(u"flags.sqlite"_s, &error);
    QVERIFY(relative);
    QVERIFY(QFileInfo(relative->path).isAbsolute());

    AppSettings::setDefaultWorkspace(u"postgresql://ana:secret@db/flags"_s);
    QCOMPARE(AppSettings::defaultWorkspace(), u"postgresql://ana@db/flags"_s);
    AppSettings::setDefaultWorkspace(QString());
    QVERIFY(!QSettings().contains(u"workspace/default"_s));
}

void TestSettingsDialog::resolveOrder()
{
    QString error;
    // Nothing set: the built-in default.
    auto url = AppSettings::resolveWorkspace(&error);
    QVERIFY(url);
    QCOMPARE(url->path, DatabaseUrl::defaultWorkspace().path);
    // The setting comes before the built-in default...
    AppSettings::setDefaultWorkspace(u"sqlite:/tmp/pennon-settings-test.sqlite"_s);
    url = AppSettings::resolveWorkspace(&error);
    QVERIFY(url);
    QCOMPARE(url->path, u"/tmp/pennon-settings-test.sqlite"_s);
    // ...and after $PENNON_DB.
    qputenv("PENNON_DB", "postgresql://envhost/envdb");
    url = AppSettings::resolveWorkspace(&error);
    qunsetenv("PENNON_DB");
    QVERIFY(url);
    QCOMPARE(url->database, u"envdb"_s);
    // A setting broken by hand says where it comes from.
    QSettings().setValue(u"workspace/default"_s, u"mysql://x/y"_s);
    QVERIFY(!AppSettings::resolveWorkspace(&error));
    QVERIFY2(error.startsWith(u"Settings"_s), qPrintable(error));
}

void TestSettingsDialog::everyControlIsNamed()
{
    QPointer<SettingsDialog> dialog = openFromMenu();
    QVERIFY(dialog);
    for (QWidget *control : dialog->findChildren<QWidget *>()) {
        if (control->focusPolicy() == Qt::NoFocus || !control->isVisibleTo(dialog)
            || qobject_cast<QDialogButtonBox *>(control))
            continue;
        if (control->parentWidget() && qobject_cast<QSpinBox *>(control->parentWidget()))
            continue;   // the spin box's own line edit
        QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
    }
    // Each field's label is its buddy, with a mnemonic.
    int buddies = 0;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->buddy()) {
            QVERIFY(label->text().contains(u'&'));
            ++buddies;
        }
    }
    QCOMPARE(buddies, 3);
    dialog->reject();
}

void TestSettingsDialog::geometryRestoredInNewWindow()
{
    m_window->resize(900, 600);
    auto *splitter = qobject_cast<QSplitter *>(m_window->centralWidget());
    QVERIFY(splitter);
    splitter->setSizes({300, 600});
    QTest::qWait(20);
    const QList<int> sizes = splitter->sizes();
    const QSize size = m_window->size();
    m_window->close();
    QSettings settings;
    QVERIFY(settings.contains(u"window/geometry"_s));
    QVERIFY(settings.contains(u"window/state"_s));
    QVERIFY(settings.contains(u"window/splitter"_s));

    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), size);
    QCOMPARE(qobject_cast<QSplitter *>(window.centralWidget())->sizes(), sizes);
}

void TestSettingsDialog::darkPalette()
{
    // A dark palette as a dark desktop gives one: the window and dialog follow it, and the
    // error under the workspace field stays readable on it. With $PENNON_SHOTS set to a
    // folder, both are saved there as PNG to be looked at.
    const QPalette light = QApplication::palette();
    const QString shots = qEnvironmentVariable("PENNON_SHOTS");
    if (!shots.isEmpty()) {
        QPointer<SettingsDialog> lightDialog = openFromMenu();
        QVERIFY(lightDialog);
        QTest::keyClicks(lightDialog->findChild<QLineEdit *>(u"defaultWorkspaceField"_s), u"postgresql://db.example.com"_s);
        QVERIFY(lightDialog->grab().save(shots + u"/light-settings.png"_s));
        lightDialog->reject();
        QTRY_VERIFY(lightDialog.isNull());
    }
    QPalette dark;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::ToolTipBase, window);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    dark.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    dark.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    // A dialog open while the system switches from light to dark.
    NewFlagDialog newFlag(Workspace{}, m_window);
    newFlag.show();
    auto *key = newFlag.findChild<QLineEdit *>(u"newFlagKey"_s);
    QVERIFY(key);
    QVERIFY(QTest::qWaitForWindowExposed(&newFlag));
    QTest::keyClicks(key, QString(256, u'k'));   // too long: an error under the key
    auto *keyError = newFlag.findChild<QLabel *>(u"newFlagKeyError"_s);
    QVERIFY(keyError);
    QTRY_VERIFY(keyError->isVisibleTo(&newFlag));
    QVERIFY(keyError->palette().color(QPalette::WindowText).lightness() < 128);
    QApplication::setPalette(dark);
    QTRY_VERIFY2(keyError->palette().color(QPalette::WindowText).lightness() > 128,
                 qPrintable(keyError->palette().color(QPalette::WindowText).name()));
    newFlag.close();

    QFile demo(u":/pennon/demo-workspace.json"_s);
    QVERIFY(demo.open(QIODevice::ReadOnly));
    Problems problems;
    const std::optional<Workspace> workspace = PennonJson::read(demo.readAll(), &problems);
    QVERIFY(workspace);
    m_session->openDetached(*workspace, u"demo"_s);
    m_window->resize(1280, 760);
    QApplication::processEvents();

    QPointer<SettingsDialog> dialog = openFromMenu();
    QVERIFY(dialog);
    auto *field = dialog->findChild<QLineEdit *>(u"defaultWorkspaceField"_s);
    QTest::keyClicks(field, u"postgresql://db.example.com"_s);
    auto *problem = dialog->findChild<ProblemLabel *>(u"defaultWorkspaceProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY(problem->palette().color(QPalette::WindowText).lightness() > 128);
    QVERIFY(dialog->palette().color(QPalette::Window).lightness() < 128);

    if (!shots.isEmpty()) {
        QVERIFY(m_window->grab().save(shots + u"/dark-main-window.png"_s));
        QVERIFY(dialog->grab().save(shots + u"/dark-settings.png"_s));
    }
    dialog->reject();

    if (!shots.isEmpty()) {
        // An editable workspace: a rule's conditions, its split bar and a split that does not
        // sum, in the dark.
        QTemporaryDir dir;
        QString urlError;
        const auto url = DatabaseUrl::parse(u"sqlite:"_s + dir.filePath(u"demo.sqlite"_s), &urlError);
        QVERIFY(url);
        StorageError error;
        auto repository = SqlRepository::open(*url, &error);
        QVERIFY(repository && repository->importWorkspace(*workspace, ImportMode::Replace, false, {}, &error));
        QSignalSpy opened(m_session, &WorkspaceSession::opened);
        m_session->open(*url);
        QVERIFY(opened.wait(20000));
        m_window->resize(1280, 1000);
        m_window->findChild<FlagListView *>(u"flagList"_s)->selectFlag(u"pricing-page-copy"_s);
        auto *tabs = m_window->findChild<QTabBar *>(u"flagTabs"_s);
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabData(i).toString() == u"production")
                QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(i).center());
        }
        auto *environment = m_window->findChild<EnvironmentEditor *>();
        auto *rules = environment->ruleList();
        QTest::mouseClick(rules->viewport(), Qt::LeftButton, {}, rules->visualRect(rules->model()->index(1, 0)).center());
        if (auto *weight = environment->ruleServeEditor()->findChild<QSpinBox *>(u"splitWeightSpin:value"_s)) {
            weight->setFocus();
            QTest::keyClick(weight, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(weight, u"40"_s);
        }
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(shots + u"/dark-rules.png"_s));
        m_session->undoStack()->undo();
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
