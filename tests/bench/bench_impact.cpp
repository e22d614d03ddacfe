// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Simulate ▸ Change Impact… under the offscreen platform, as issue 13 asks: (i) the impact of
// one flag's draft over 1,000,000 synthetic users (target 2 s), (ii) an edited shared
// activation used by 100 flags over 100,000 users (target 5 s), each with the longest stall of
// the GUI thread's event loop (target < 50 ms); and in the same run the real `pennonctl
// impact` for (i) as the peer (its time and the window's ratio to it). Prints figures; never
// fails on time.

#include "impactwindow.h"
#include "mainwindow.h"
#include "workspacesession.h"

#include "stallmeter.h"

#include "formats/pennonjson.h"
#include "formats/workspacefile.h"
#include "storage/sqlrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

constexpr int SharedFlags = 100;

QJsonObject booleanFlag(const QString &key)
{
    QJsonObject environments;
    for (const QString &environment : {u"development"_s, u"staging"_s, u"production"_s}) {
        environments.insert(environment,
                            QJsonObject{{u"on"_s, true},
                                        {u"offVariation"_s, u"off"_s},
                                        {u"rules"_s, QJsonArray{QJsonObject{
                                                         {u"id"_s, u"shared"_s},
                                                         {u"conditions"_s, QJsonArray{QJsonObject{{u"type"_s, u"ref"_s}, {u"activation"_s, u"shared"_s}}}},
                                                         {u"serve"_s, QJsonObject{{u"variation"_s, u"on"_s}}}}}},
                                        {u"defaultServe"_s, QJsonObject{{u"variation"_s, u"off"_s}}}});
    }
    return QJsonObject{{u"key"_s, key},
                       {u"version"_s, 0},
                       {u"type"_s, u"boolean"_s},
                       {u"variations"_s, QJsonArray{QJsonObject{{u"key"_s, u"on"_s}, {u"value"_s, true}},
                                                    QJsonObject{{u"key"_s, u"off"_s}, {u"value"_s, false}}}},
                       {u"environments"_s, environments}};
}

QJsonObject splitFlag(int red, int green, int blue)
{
    const QJsonObject serve{{u"split"_s, QJsonObject{{u"weights"_s, QJsonArray{QJsonObject{{u"variation"_s, u"red"_s}, {u"weight"_s, red}},
                                                                               QJsonObject{{u"variation"_s, u"green"_s}, {u"weight"_s, green}},
                                                                               QJsonObject{{u"variation"_s, u"blue"_s}, {u"weight"_s, blue}}}}}}};
    QJsonObject environments;
    for (const QString &environment : {u"development"_s, u"staging"_s, u"production"_s})
        environments.insert(environment, QJsonObject{{u"on"_s, true}, {u"offVariation"_s, u"red"_s}, {u"rules"_s, QJsonArray()}, {u"defaultServe"_s, serve}});
    return QJsonObject{{u"key"_s, u"checkout"_s},
                       {u"version"_s, 0},
                       {u"type"_s, u"string"_s},
                       {u"variations"_s, QJsonArray{QJsonObject{{u"key"_s, u"red"_s}, {u"value"_s, u"red"_s}},
                                                    QJsonObject{{u"key"_s, u"green"_s}, {u"value"_s, u"green"_s}},
                                                    QJsonObject{{u"key"_s, u"blue"_s}, {u"value"_s, u"blue"_s}}}},
                       {u"environments"_s, environments}};
}

/// checkout split 20/30/50, and 100 flags that serve "on" to the shared activation's users.
QByteArray benchWorkspace(int red, int green, int blue, const QString &sharedPattern)
{
    QJsonArray flags{splitFlag(red, green, blue)};
    for (int i = 0; i < SharedFlags; ++i)
        flags.append(booleanFlag(u"uses-shared-%1"_s.arg(i, 3, 10, QLatin1Char('0'))));
    const QJsonObject workspace{
        {u"format"_s, u"pennon"_s},
        {u"version"_s, 1},
        {u"environments"_s, QJsonArray{QJsonObject{{u"key"_s, u"development"_s}, {u"name"_s, u"Development"_s}},
                                       QJsonObject{{u"key"_s, u"staging"_s}, {u"name"_s, u"Staging"_s}},
                                       QJsonObject{{u"key"_s, u"production"_s}, {u"name"_s, u"Production"_s}, {u"protected"_s, true}}}},
        {u"activations"_s, QJsonArray{QJsonObject{{u"key"_s, u"shared"_s}, {u"name"_s, u"Shared"_s},
                                                  {u"condition"_s, QJsonObject{{u"type"_s, u"regex"_s}, {u"attribute"_s, u"userId"_s},
                                                                               {u"pattern"_s, sharedPattern}}}}}},
        {u"segments"_s, QJsonArray()},
        {u"flags"_s, flags}};
    return QJsonDocument(workspace).toJson();
}

Workspace read(const QByteArray &bytes)
{
    Problems problems, warnings;
    std::optional<Workspace> workspace = WorkspaceFile::read(bytes, WorkspaceFormat::Native, QString(), &problems, &warnings);
    if (!workspace)
        qFatal("bench workspace: %s", problems.isEmpty() ? "?" : qPrintable(problems.constFirst().toString()));
    return *workspace;
}

} // namespace

class BenchImpact final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void impact();
};

void BenchImpact::impact()
{
    std::printf("compiler %s, Qt %s, %d threads\n", __VERSION__, qVersion(), QThread::idealThreadCount());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString url = u"sqlite:"_s + dir.filePath(u"bench.sqlite"_s);
    QString urlError;
    const auto databaseUrl = DatabaseUrl::parse(url, &urlError);
    QVERIFY(databaseUrl);
    const Workspace saved = read(benchWorkspace(20, 30, 50, u"[0-4]$"_s));
    {
        StorageError error;
        const std::unique_ptr<SqlRepository> repository = SqlRepository::open(*databaseUrl, &error);
        QVERIFY2(repository, qPrintable(error.message));
        QVERIFY2(repository->importWorkspace(saved, ImportMode::Merge, false, {}, &error), qPrintable(error.message));
    }
    WorkspaceSession session;
    MainWindow window(&session);
    QSignalSpy opened(&session, &WorkspaceSession::opened);
    session.open(*databaseUrl);
    QVERIFY(opened.wait(20000));
    session.setCurrentEnvironment(u"production"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The draft: checkout's split moves from 20/30/50 to 40/30/30.
    const Workspace edited = read(benchWorkspace(40, 30, 30, u"[0-6]$"_s));
    QVERIFY(session.editFlag(*edited.flag(u"checkout"_s), u"split"_s));

    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ImpactWindow *impact = ImpactWindow::ensure(&session, &window);
    impact->showDraft(u"checkout"_s, u"production"_s);
    impact->present(false);
    QVERIFY(QTest::qWaitForWindowExposed(impact));
    auto *users = impact->findChild<QSpinBox *>(u"impactUsers"_s);
    auto *run = impact->findChild<QPushButton *>(u"impactRun"_s);
    QVERIFY(users && run);

    const auto measure = [&](const char *what, qint64 count, double target) {
        users->setValue(int(count));
        QSignalSpy finished(impact, &ImpactWindow::runFinished);
        StallMeter stall;
        QElapsedTimer timer;
        stall.start();
        timer.start();
        QTest::mouseClick(run, Qt::LeftButton);
        const bool done = finished.wait(600000);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double stallMs = stall.stop();
        std::printf("%s: %s, %.3f s (target %.0f s), longest event-loop stall %.1f ms (target < 50 ms); "
                    "%lld flag(s), %lld users changed on any\n",
                    what, done && !impact->result().cancelled ? "done" : "NOT DONE", seconds, target, stallMs,
                    qlonglong(impact->result().flags.size()), qlonglong(impact->result().changedAny));
        std::fflush(stdout);
        return seconds;
    };

    // (i) One edit over 1,000,000 users.
    const double windowSeconds = measure("(i) draft of checkout, 1,000,000 users", 1'000'000, 2);

    // The peer: the real pennonctl impact on the same two workspaces.
    const QString savedPath = dir.filePath(u"saved.json"_s);
    const QString editedPath = dir.filePath(u"edited.json"_s);
    for (const auto &[path, workspace] : {std::pair{savedPath, session.workspace()}, std::pair{editedPath, session.editedWorkspace()}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(PennonJson::write(workspace));
    }
    QProcess ctl;
    QElapsedTimer ctlTimer;
    ctlTimer.start();
    ctl.start(QStringLiteral(PENNONCTL_PATH),
              {u"impact"_s, u"--from"_s, savedPath, u"--env"_s, u"production"_s, u"--flag"_s, u"checkout"_s,
               u"--to"_s, editedPath, u"--users"_s, u"1000000"_s});
    QVERIFY(ctl.waitForFinished(600000));
    const double ctlSeconds = double(ctlTimer.nsecsElapsed()) / 1e9;
    const QJsonObject ctlResult = QJsonDocument::fromJson(ctl.readAllStandardOutput()).object();
    std::printf("    peer: pennonctl impact, 1,000,000 users: %.3f s (exit %d; window/pennonctl %.2f); "
                "changed %lld in both: %s\n",
                ctlSeconds, ctl.exitCode(), ctlSeconds > 0 ? windowSeconds / ctlSeconds : 0.0,
                qlonglong(ctlResult.value(u"changed"_s).toInteger()),
                !impact->result().flags.isEmpty()
                        && ctlResult.value(u"changed"_s).toInteger() == impact->result().flags.constFirst().changed
                    ? "yes" : "NO");

    // (ii) The shared activation edited (ids ending 0–4 → 0–6) over the 100 flags that use it.
    impact->showLibraryEdit(*edited.activation(u"shared"_s), u"production"_s);
    measure("(ii) shared activation used by 100 flags, 100,000 users", 100'000, 5);
    std::fflush(stdout);
}

QTEST_MAIN(BenchImpact)
#include "bench_impact.moc"
