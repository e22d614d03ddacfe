// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// File ▸ Import: the dialog under the offscreen platform, on a real SQLite workspace opened by
// a session, driven by clicks on its buttons.

#include "importdialog.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "storage/databaseurl.h"
#include "storage/sqlrepository.h"
#include "workspacesession.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

const QString Demo = QStringLiteral(PENNON_SOURCE_DIR "/resources/demo-workspace.json");

void selectFormat(ImportDialog &dialog, WorkspaceFormat format)
{
    QComboBox *box = dialog.formatBox();
    box->setCurrentIndex(box->findData(int(format)));
}

/// Clicks the dialog's button and waits for its answer: whether it succeeded.
bool click(ImportDialog &dialog, const char *button)
{
    auto *pushButton = dialog.findChild<QPushButton *>(QString::fromLatin1(button));
    if (!pushButton || !pushButton->isEnabled())
        qFatal("no enabled button %s", button);
    QSignalSpy finished(&dialog, &ImportDialog::finished);
    QTest::mouseClick(pushButton, Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(10000))
        qFatal("the dialog did not finish");
    return finished.first().first().toBool();
}

} // namespace

class TestImportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void previewWritesNothingImportWrites();
    void badFileNamesThePlace();
    void unleashIntoAnEnvironment();
    void menuImportsAndReloads();

private:
    std::unique_ptr<SqlRepository> open();
    /// A session on the test's workspace, opened.
    std::unique_ptr<WorkspaceSession> session();
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    int m_round = 0;
    QString m_url;
};

void TestImportDialog::init()
{
    m_url = u"sqlite:"_s + m_dir.filePath(u"w%1.sqlite"_s.arg(++m_round));
}

void TestImportDialog::cleanup() {}

std::unique_ptr<SqlRepository> TestImportDialog::open()
{
    QString urlError;
    const auto url = DatabaseUrl::parse(m_url, &urlError);
    if (!url)
        qFatal("url: %s", qPrintable(urlError));
    StorageError error;
    auto repository = SqlRepository::open(*url, &error);
    if (!repository)
        qFatal("open: %s", qPrintable(error.message));
    return repository;
}

std::unique_ptr<WorkspaceSession> TestImportDialog::session()
{
    QString urlError;
    const auto url = DatabaseUrl::parse(m_url, &urlError);
    auto session = std::make_unique<WorkspaceSession>();
    QSignalSpy opened(session.get(), &WorkspaceSession::opened);
    session->open(*url);
    if (!opened.wait(10000))
        qFatal("the session did not open %s", qPrintable(m_url));
    return session;
}

QString TestImportDialog::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImportDialog::previewWritesNothingImportWrites()
{
    auto repository = open();
    auto workspace = session();
    ImportDialog dialog(workspace.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.pathEdit(), Demo);
    selectFormat(dialog, WorkspaceFormat::Native);
    QVERIFY(!dialog.environmentBox()->isEnabled());
    QVERIFY2(click(dialog, "previewButton"), qPrintable(dialog.report()));
    QVERIFY(dialog.report().contains(u"would add flag new-checkout"_s));
    StorageError error;
    QCOMPARE(repository->load(&error)->flags.size(), 0);

    QSignalSpy spy(&dialog, &ImportDialog::imported);
    QVERIFY2(click(dialog, "importButton"), qPrintable(dialog.report()));
    QCOMPARE(spy.count(), 1);
    QVERIFY(dialog.report().contains(u"added flag new-checkout"_s));
    // The session has it, and so has a second one.
    QVERIFY(workspace->workspace().flag(u"new-checkout"_s));
    auto reader = open();
    const auto loaded = reader->load(&error);
    QVERIFY(loaded);
    QVERIFY(loaded->flag(u"new-checkout"_s));
    QCOMPARE(loaded->environments.size(), 3);
}

void TestImportDialog::badFileNamesThePlace()
{
    auto repository = open();
    auto workspace = session();
    ImportDialog dialog(workspace.get());
    dialog.show();
    QFile demo(Demo);
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QByteArray bytes = demo.readAll();
    bytes.replace("\"SEMVER_GTE\"", "\"SEMVER_SOMETIMES\"");
    dialog.pathEdit()->setText(write(u"bad.json"_s, bytes));
    QVERIFY(!click(dialog, "importButton"));
    QVERIFY2(dialog.report().contains(u"/flags/"_s), qPrintable(dialog.report()));
    QVERIFY(dialog.report().contains(u"SEMVER_SOMETIMES"_s));
    StorageError error;
    QCOMPARE(repository->load(&error)->flags.size(), 0);

    dialog.pathEdit()->setText(m_dir.filePath(u"missing.json"_s));
    QVERIFY(!click(dialog, "previewButton"));
    QVERIFY(dialog.report().contains(u"missing.json"_s));
}

void TestImportDialog::unleashIntoAnEnvironment()
{
    auto repository = open();
    auto workspace = session();
    ImportDialog dialog(workspace.get());
    dialog.show();
    const QByteArray features = R"({"version": 2, "features": [
        {"name": "new-search", "enabled": true, "strategies": [
            {"name": "userWithId", "parameters": {"userIds": "u1,u2"}}]}]})";
    dialog.pathEdit()->setText(write(u"unleash.json"_s, features));
    selectFormat(dialog, WorkspaceFormat::Unleash);
    QVERIFY(dialog.environmentBox()->isEnabled());
    dialog.environmentBox()->setEditText(u"qa"_s);
    QVERIFY2(click(dialog, "importButton"), qPrintable(dialog.report()));
    StorageError error;
    const auto loaded = repository->load(&error);
    QVERIFY(loaded);
    const Flag *flag = loaded->flag(u"new-search"_s);
    QVERIFY(flag);
    QVERIFY(flag->environments.contains(u"qa"_s));
    QVERIFY(loaded->environment(u"qa"_s));
}

void TestImportDialog::menuImportsAndReloads()
{
    WorkspaceSession detached;
    MainWindow demo(&detached);
    detached.openDetached({}, u"demo"_s);
    QVERIFY(!demo.mainActions()->importWorkspace()->isEnabled());   // nothing to write to

    auto workspace = session();
    MainWindow window(workspace.get());
    QVERIFY(window.mainActions()->importWorkspace()->isEnabled());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.mainActions()->importWorkspace()->trigger();
    auto *dialog = window.findChild<ImportDialog *>();
    QVERIFY(dialog);
    dialog->pathEdit()->setText(Demo);
    QVERIFY2(click(*dialog, "importButton"), qPrintable(dialog->report()));
    // The window shows the imported workspace, row by row.
    QVERIFY(workspace->workspace().flag(u"new-checkout"_s));
    const QList<Flag> &flags = workspace->workspace().flags;
    const int shown = int(std::count_if(flags.begin(), flags.end(), [](const Flag &f) { return !f.archived; }));
    QTRY_COMPARE(window.findChild<QAbstractItemView *>(u"flagList"_s)->model()->rowCount(), shown);
    // PENNON_SCREENSHOTS=DIR keeps a picture of the dialog after the import, to look at.
    if (const QString shots = qEnvironmentVariable("PENNON_SCREENSHOTS"); !shots.isEmpty())
        QVERIFY(dialog->grab().save(shots + u"/import-dialog.png"_s));
    dialog->close();
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
