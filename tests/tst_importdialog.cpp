// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// File ▸ Import: the dialog under the offscreen platform, on a real SQLite workspace.

#include "importdialog.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "storage/databaseurl.h"
#include "storage/sqlrepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
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
    ImportDialog dialog(repository.get(), {});
    dialog.pathEdit()->setText(Demo);
    selectFormat(dialog, WorkspaceFormat::Native);
    QVERIFY(!dialog.environmentBox()->isEnabled());
    QVERIFY2(dialog.preview(), qPrintable(dialog.report()));
    QVERIFY(dialog.report().contains(u"would add flag new-checkout"_s));
    StorageError error;
    QCOMPARE(repository->load(&error)->flags.size(), 0);

    QSignalSpy spy(&dialog, &ImportDialog::imported);
    QVERIFY2(dialog.importNow(), qPrintable(dialog.report()));
    QCOMPARE(spy.count(), 1);
    QVERIFY(dialog.report().contains(u"added flag new-checkout"_s));
    // Through a second session.
    auto reader = open();
    const auto loaded = reader->load(&error);
    QVERIFY(loaded);
    QVERIFY(loaded->flag(u"new-checkout"_s));
    QCOMPARE(loaded->environments.size(), 3);
}

void TestImportDialog::badFileNamesThePlace()
{
    auto repository = open();
    ImportDialog dialog(repository.get(), {});
    QFile demo(Demo);
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QByteArray bytes = demo.readAll();
    bytes.replace("\"SEMVER_GTE\"", "\"SEMVER_SOMETIMES\"");
    dialog.pathEdit()->setText(write(u"bad.json"_s, bytes));
    QVERIFY(!dialog.importNow());
    QVERIFY2(dialog.report().contains(u"/flags/"_s), qPrintable(dialog.report()));
    QVERIFY(dialog.report().contains(u"SEMVER_SOMETIMES"_s));
    StorageError error;
    QCOMPARE(repository->load(&error)->flags.size(), 0);

    dialog.pathEdit()->setText(m_dir.filePath(u"missing.json"_s));
    QVERIFY(!dialog.preview());
    QVERIFY(dialog.report().contains(u"missing.json"_s));
}

void TestImportDialog::unleashIntoAnEnvironment()
{
    auto repository = open();
    ImportDialog dialog(repository.get(), {});
    const QByteArray features = R"({"version": 2, "features": [
        {"name": "new-search", "enabled": true, "strategies": [
            {"name": "userWithId", "parameters": {"userIds": "u1,u2"}}]}]})";
    dialog.pathEdit()->setText(write(u"unleash.json"_s, features));
    selectFormat(dialog, WorkspaceFormat::Unleash);
    QVERIFY(dialog.environmentBox()->isEnabled());
    dialog.environmentBox()->setEditText(u"qa"_s);
    QVERIFY2(dialog.importNow(), qPrintable(dialog.report()));
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
    auto repository = open();
    MainWindow window;
    QVERIFY(!window.mainActions()->importWorkspace()->isEnabled());
    StorageError error;
    window.setWorkspace(*repository->load(&error), MainWindow::Origin::Database, m_url);
    window.setRepository(repository.get());
    QVERIFY(window.mainActions()->importWorkspace()->isEnabled());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.mainActions()->importWorkspace()->trigger();
    auto *dialog = window.findChild<ImportDialog *>();
    QVERIFY(dialog);
    dialog->pathEdit()->setText(Demo);
    QVERIFY2(dialog->importNow(), qPrintable(dialog->report()));
    // The window shows the imported workspace.
    QVERIFY(window.workspace().flag(u"new-checkout"_s));
    // PENNON_SCREENSHOTS=DIR keeps a picture of the dialog after the import, to look at.
    if (const QString shots = qEnvironmentVariable("PENNON_SCREENSHOTS"); !shots.isEmpty())
        QVERIFY(dialog->grab().save(shots + u"/import-dialog.png"_s));
    dialog->close();
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
