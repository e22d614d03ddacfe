// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// File ▸ Export: the dialog under the offscreen platform, writing real files.

#include "exportdialog.h"
#include "formats/pennonjson.h"
#include "formats/workspaceexport.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

/// Clicks Export, as a user does: whether the file was written.
bool clickExport(ExportDialog &dialog)
{
    auto *button = dialog.findChild<QPushButton *>(u"exportButton"_s);
    if (!button)
        qFatal("no Export button");
    QSignalSpy finished(&dialog, &ExportDialog::finished);
    QTest::mouseClick(button, Qt::LeftButton);
    return finished.size() == 1 && finished.first().first().toBool();
}

Workspace demoWorkspace()
{
    QFile file(u":/pennon/demo-workspace.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("demo workspace resource missing");
    Problems problems;
    auto workspace = PennonJson::read(file.readAll(), &problems);
    if (!workspace)
        qFatal("demo workspace does not read");
    return *workspace;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void selectFormat(ExportDialog &dialog, ExportFormat format)
{
    QComboBox *box = dialog.formatBox();
    const int index = box->findData(int(format));
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

class TestExportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nativeWritesTheExportBytes();
    void controlsFollowTheFormat();
    void missingPathWritesNothing();
    void flagdRefusesThenSkips();
    void csvOfOneEnvironment();
    void menuOpensTheDialog();

private:
    QTemporaryDir m_dir;
};

void TestExportDialog::nativeWritesTheExportBytes()
{
    const Workspace demo = demoWorkspace();
    ExportDialog dialog(demo, u"production"_s);
    selectFormat(dialog, ExportFormat::Native);
    // All environments for Pennon JSON, at first.
    QCOMPARE(dialog.environmentBox()->currentData().toString(), QString());
    const QString path = m_dir.filePath(u"workspace.json"_s);
    dialog.pathEdit()->setText(path);
    QVERIFY(clickExport(dialog));
    const QByteArray written = readFile(path);
    const ExportResult expected = WorkspaceExport::write(demo, {});
    QVERIFY(expected.bytes);
    QCOMPARE(written, *expected.bytes);
    Problems problems;
    const auto back = PennonJson::read(written, &problems);
    QVERIFY(back);
    QCOMPARE(back->flags.size(), demo.flags.size());
    QVERIFY(dialog.report().contains(path));
    // PENNON_SCREENSHOTS=DIR keeps a picture of the dialog after the export, to look at.
    if (const QString shots = qEnvironmentVariable("PENNON_SCREENSHOTS"); !shots.isEmpty())
        QVERIFY(dialog.grab().save(shots + u"/export-dialog.png"_s));
}

void TestExportDialog::controlsFollowTheFormat()
{
    ExportDialog dialog(demoWorkspace(), u"staging"_s);
    dialog.pathEdit()->setText(m_dir.filePath(u"out.json"_s));
    selectFormat(dialog, ExportFormat::Native);
    QVERIFY(dialog.environmentBox()->findData(QString()) >= 0); // "All environments"
    QVERIFY(!dialog.skipBox()->isEnabled());

    selectFormat(dialog, ExportFormat::Flagd);
    QCOMPARE(dialog.environmentBox()->findData(QString()), -1); // one environment only
    QCOMPARE(dialog.environmentBox()->count(), 3);
    QCOMPARE(dialog.environmentBox()->currentData().toString(), u"staging"_s);
    QVERIFY(dialog.skipBox()->isEnabled());

    selectFormat(dialog, ExportFormat::Csv);
    QVERIFY(dialog.pathEdit()->text().endsWith(u"out.csv"_s));
    QVERIFY(!dialog.skipBox()->isEnabled());
    selectFormat(dialog, ExportFormat::Unleash);
    QVERIFY(dialog.pathEdit()->text().endsWith(u"out.json"_s));
}

void TestExportDialog::missingPathWritesNothing()
{
    ExportDialog dialog(demoWorkspace(), u"production"_s);
    dialog.pathEdit()->clear();
    QVERIFY(!clickExport(dialog));
    QVERIFY(!dialog.report().isEmpty());
    // A folder that does not exist: nothing written, the reason said.
    const QString path = m_dir.filePath(u"no/such/folder/x.json"_s);
    dialog.pathEdit()->setText(path);
    QVERIFY(!clickExport(dialog));
    QVERIFY(!QFile::exists(path));
    QVERIFY(dialog.report().contains(u"x.json"_s));
}

void TestExportDialog::flagdRefusesThenSkips()
{
    // The demo uses regexes, schedules, CIDRs and prerequisites, which flagd cannot express.
    const Workspace demo = demoWorkspace();
    ExportDialog dialog(demo, u"production"_s);
    selectFormat(dialog, ExportFormat::Flagd);
    const QString path = m_dir.filePath(u"flags.json"_s);
    dialog.pathEdit()->setText(path);
    QVERIFY(!dialog.skipBox()->isChecked());
    QVERIFY(!clickExport(dialog));
    QVERIFY(!QFile::exists(path));
    ExportRequest request;
    request.format = ExportFormat::Flagd;
    request.environment = u"production"_s;
    const ExportResult refused = WorkspaceExport::write(demo, request);
    QVERIFY(!refused.bytes);
    QVERIFY(!refused.problems.isEmpty());
    // Every refused flag is named, with its reason.
    for (const Problem &problem : refused.problems)
        QVERIFY2(dialog.report().contains(problem.toString()), qPrintable(problem.toString()));
    if (const QString shots = qEnvironmentVariable("PENNON_SCREENSHOTS"); !shots.isEmpty())
        QVERIFY(dialog.grab().save(shots + u"/export-refused.png"_s));

    dialog.skipBox()->setChecked(true);
    QVERIFY2(clickExport(dialog), qPrintable(dialog.report()));
    request.lenient = true;
    const ExportResult skipped = WorkspaceExport::write(demo, request);
    QVERIFY(skipped.bytes);
    QCOMPARE(readFile(path), *skipped.bytes);
    QVERIFY(!skipped.skipped.isEmpty());
    for (const Problem &problem : skipped.skipped)
        QVERIFY(dialog.report().contains(problem.toString()));
    // The written flags are the ones not skipped.
    QVERIFY(readFile(path).contains("\"flags\""));
}

void TestExportDialog::csvOfOneEnvironment()
{
    const Workspace demo = demoWorkspace();
    ExportDialog dialog(demo, u"staging"_s);
    selectFormat(dialog, ExportFormat::Csv);
    dialog.environmentBox()->setCurrentIndex(dialog.environmentBox()->findData(u"staging"_s));
    const QString path = m_dir.filePath(u"flags.csv"_s);
    dialog.pathEdit()->setText(path);
    QVERIFY2(clickExport(dialog), qPrintable(dialog.report()));
    const QList<QByteArray> lines = readFile(path).split('\n');
    QVERIFY(lines.first().startsWith("key,name,type,environment,state"));
    // A header and one row per flag, all of staging.
    QCOMPARE(lines.size() - 2, demo.flags.size());
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        QVERIFY(lines.at(i).contains(",staging,"));

    // With the database's stamps, the updated columns are filled.
    QHash<QString, ChangeStamp> stamps;
    stamps.insert(demo.flags.first().key, {QDateTime(QDate(2026, 11, 23), QTime(7, 0), QTimeZone::utc()), u"ana"_s});
    dialog.setStamps(stamps);
    QVERIFY(clickExport(dialog));
    QVERIFY(readFile(path).contains(",2026-11-23T07:00:00Z,ana,"));
}

void TestExportDialog::menuOpensTheDialog()
{
    WorkspaceSession session;
    MainWindow window(&session);
    session.openDetached(demoWorkspace(), u"demo"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *action = window.mainActions()->exportWorkspace();
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<ExportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->close();
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
