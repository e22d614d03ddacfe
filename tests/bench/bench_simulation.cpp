// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Simulate ▸ Many Users… with 1,000,000 synthetic users under the offscreen platform, as
// issue 13 asks: a five-rule flag on generated attributes (country, plan, age, appVersion)
// whose default serve is a split, the generators typed into the real SimulationWindow; the
// time from clicking Run until the chart shows the result, and the longest event-loop stall
// of the GUI thread meanwhile (tests/bench/stallmeter.h). The peer: the real `pennonctl
// simulate` on the same workspace and users, whose counts must be the same. Targets: within
// 1 s on 2 cores, stall under 50 ms. Prints figures; never fails on time.

#include "charts/barchart.h"
#include "simulationwindow.h"
#include "workspacesession.h"

#include "stallmeter.h"

#include "storage/sqlrepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

constexpr int Users = 1'000'000;
constexpr int Runs = 5;

const QStringList Generators{u"country=choice(de:3,fr:2,us:4,gb:1)"_s, u"plan=choice(free:6,pro:3,enterprise:1)"_s,
                             u"age=range(16,90)"_s, u"appVersion=version(4.0.0,5.2.0)"_s};

ConstraintActivation constraint(const QString &attribute, Operator op, const QStringList &values)
{
    ConstraintActivation c;
    c.attribute = attribute;
    c.op = op;
    c.values = values;
    return c;
}

Serve split(const QList<qint64> &weights)
{
    Split s;
    s.total = 0;
    const QStringList keys{u"control"_s, u"compact"_s, u"wide"_s};
    for (qsizetype i = 0; i < weights.size(); ++i) {
        s.weights.append(SplitWeight::of(keys.at(i), weights.at(i)));
        s.total += weights.at(i);
    }
    return Serve(QString(), s);
}

/// checkout-layout: five rules on generated attributes, then a 34/33/33 split.
Workspace benchWorkspace()
{
    Workspace workspace;
    workspace.environments = Workspace::defaultEnvironments();
    Flag flag;
    flag.key = u"checkout-layout"_s;
    flag.type = FlagType::String;
    flag.variations = {{u"control"_s, u"control"_s, {}}, {u"compact"_s, u"compact"_s, {}}, {u"wide"_s, u"wide"_s, {}}};
    for (const Environment &environment : std::as_const(workspace.environments)) {
        EnvironmentConfig config;
        config.on = true;
        config.offVariation = u"control"_s;
        const auto rule = [](const QString &name, QList<Condition> conditions, Serve serve) {
            Rule r;
            r.name = name;
            r.conditions = std::move(conditions);
            r.serve = std::move(serve);
            return r;
        };
        Serve wide;
        wide.variation = u"wide"_s;
        Serve compact;
        compact.variation = u"compact"_s;
        config.rules = {
            rule(u"Enterprise"_s, {constraint(u"plan"_s, Operator::In, {u"enterprise"_s})}, wide),
            rule(u"Old app"_s, {constraint(u"appVersion"_s, Operator::SemverLt, {u"4.3.0"_s})}, compact),
            rule(u"German pros"_s, {constraint(u"country"_s, Operator::In, {u"de"_s}),
                                    constraint(u"plan"_s, Operator::In, {u"pro"_s})}, split({50, 50, 0})),
            rule(u"Young"_s, {constraint(u"age"_s, Operator::NumLt, {u"25"_s})}, split({20, 80, 0})),
            rule(u"Seniors in GB and US"_s, {constraint(u"age"_s, Operator::NumGte, {u"65"_s}),
                                             constraint(u"country"_s, Operator::In, {u"gb"_s, u"us"_s})}, wide),
        };
        config.defaultServe = split({34, 33, 33});
        flag.environments.insert(environment.key, config);
    }
    workspace.flags = {flag};
    return workspace;
}

QMap<QString, qint64> countsOf(const QJsonObject &json)
{
    QMap<QString, qint64> counts;
    for (const QJsonValue &row : json.value(u"variations"_s).toArray())
        counts.insert(row[u"variation"_s].toString(), row[u"count"_s].toInteger());
    return counts;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QString urlError;
    const QString urlText = u"sqlite:"_s + dir.filePath(u"bench.sqlite"_s);
    const auto url = DatabaseUrl::parse(urlText, &urlError);
    {
        StorageError error;
        auto repository = SqlRepository::open(*url, &error);
        if (!repository || !repository->importWorkspace(benchWorkspace(), ImportMode::Replace, false, {}, &error)) {
            std::fprintf(stderr, "bench_simulation: cannot prepare the workspace: %s\n", qPrintable(error.message));
            return 1;
        }
    }
    std::printf("bench_simulation: %d synthetic users, a flag with 5 rules on generated attributes and a split, "
                "SQLite, offscreen; Qt %s, %s, %d threads\n",
                Users, qVersion(),
#if defined(__GNUC__) && !defined(__clang__)
                "GCC " __VERSION__,
#else
                "compiler ?",
#endif
                QThread::idealThreadCount());
    std::printf("  generators: %s\n", qPrintable(Generators.join(u"  "_s)));

    WorkspaceSession session;
    QSignalSpy opened(&session, &WorkspaceSession::opened);
    session.open(*url);
    if (!opened.wait(60000)) {
        std::fprintf(stderr, "bench_simulation: the workspace did not open\n");
        return 1;
    }
    session.setCurrentEnvironment(u"production"_s);
    SimulationWindow window(&session);
    window.setFlag(u"checkout-layout"_s);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        std::fprintf(stderr, "bench_simulation: the window is not active (typing may go astray)\n");

    // The form, typed.
    auto *spin = window.findChild<QSpinBox *>(u"simulationUsers"_s);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(Users));
    QTest::keyClick(spin, Qt::Key_Tab);
    auto *add = window.findChild<QPushButton *>(u"simulationAddAttribute"_s);
    for (qsizetype i = 0; i < Generators.size(); ++i) {
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::keyClicks(window.findChild<QLineEdit *>(u"simulationAttribute"_s + QString::number(i)), Generators.at(i));
    }
    if (spin->value() != Users) {
        std::fprintf(stderr, "bench_simulation: the form did not take %d users\n", Users);
        return 1;
    }

    auto *run = window.findChild<QPushButton *>(u"simulationRun"_s);
    auto *chart = window.findChild<BarChart *>(u"simulationChart"_s);
    // The peer: pennonctl on the same workspace and users, run after each window run (the
    // machine's load then weighs on both alike).
    QStringList arguments{u"--db"_s, urlText, u"simulate"_s, u"--env"_s, u"production"_s, u"--flag"_s,
                          u"checkout-layout"_s, u"--users"_s, QString::number(Users), u"--by-rule"_s};
    for (const QString &spec : Generators)
        arguments << u"--attribute"_s << spec;
    QList<double> shownMs;
    QList<double> stallMs;
    QList<double> simulatorMs;
    QList<double> ctlMs;
    QList<double> ctlSimulatorMs;
    bool same = true;
    StallMeter stalls;
    for (int i = 0; i < Runs; ++i) {
        chart->clear();
        QSignalSpy finished(&window, &SimulationWindow::runFinished);
        QElapsedTimer clock;
        stalls.start();
        clock.start();
        QTest::mouseClick(run, Qt::LeftButton);
        if (!finished.wait(120000)) {
            std::fprintf(stderr, "bench_simulation: the run did not finish\n");
            return 1;
        }
        QCoreApplication::processEvents();   // the chart painted
        shownMs.append(double(clock.nsecsElapsed()) / 1e6);
        stallMs.append(stalls.stop());
        simulatorMs.append(window.result().seconds * 1000);
        if (chart->categories().isEmpty() || window.result().users != Users) {
            std::fprintf(stderr, "bench_simulation: no result shown\n");
            return 1;
        }

        QProcess ctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        ctl.setProcessEnvironment(env);
        clock.start();
        ctl.start(QStringLiteral(PENNONCTL_PATH), arguments);
        if (!ctl.waitForFinished(120000) || ctl.exitCode() != 0) {
            std::fprintf(stderr, "bench_simulation: pennonctl failed: %s\n", ctl.readAllStandardError().constData());
            return 1;
        }
        ctlMs.append(double(clock.nsecsElapsed()) / 1e6);
        const QJsonObject json = QJsonDocument::fromJson(ctl.readAllStandardOutput()).object();
        ctlSimulatorMs.append(json.value(u"seconds"_s).toDouble() * 1000);
        // Per variation and by rule (the window's result written as pennonctl writes it).
        const QJsonObject shown = QJsonDocument::fromJson(window.result().writeJson(0, true)).object();
        same = same && countsOf(json) == countsOf(shown) && json.value(u"byRule"_s) == shown.value(u"byRule"_s);
        std::printf("  run %d: window Run clicked to chart shown %.0f ms (its simulator %.0f ms), longest stall %.1f ms; "
                    "pennonctl %.0f ms wall (its simulation %.0f ms)\n",
                    i + 1, shownMs.last(), simulatorMs.last(), stallMs.last(), ctlMs.last(), ctlSimulatorMs.last());
    }
    const double shown = median(shownMs);
    const double ctl = median(ctlMs);
    std::printf("median of %d: window Run to chart %.0f ms (target 1000), longest stall %.1f ms (target 50; worst %.1f); "
                "pennonctl simulate %.0f ms wall, %.0f ms simulating; window / pennonctl wall = %.2f, "
                "window / pennonctl simulating = %.2f; counts (per variation and by rule) equal: %s\n",
                Runs, shown, median(stallMs), *std::max_element(stallMs.cbegin(), stallMs.cend()), ctl,
                median(ctlSimulatorMs), shown / ctl, shown / median(ctlSimulatorMs), same ? "yes" : "NO");
    return 0;
}
