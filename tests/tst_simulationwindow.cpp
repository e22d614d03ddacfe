// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Simulate ▸ Many Users… driven like a user would, on a real SQLite workspace: the counts
// equal the real `pennonctl simulate` with the same options (stored, and with a draft laid
// over; with attribute generators typed in, per variation and by rule), the copied command
// run through /bin/sh gives the same counts, a bad generator is refused with the parser's
// words, Cancel stops a big run quickly while the window keeps taking events, an edit of the
// flag cancels the run it makes stale, and the chart and numbers are saved as PNG, SVG and CSV.

#include "charts/barchart.h"
#include "ctlrunner.h"
#include "flaglistview.h"
#include "formats/pennonjson.h"
#include "mainwindow.h"
#include "problemlabel.h"
#include "simulationwindow.h"
#include "storage/sqlrepository.h"
#include "guisession.h"
#include "testsettings.h"
#include "workspacesession.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

Serve splitServe(qint64 a, qint64 b, qint64 c)
{
    Split split;
    split.weights = {SplitWeight::of(u"red"_s, a), SplitWeight::of(u"green"_s, b), SplitWeight::of(u"blue"_s, c)};
    split.total = a + b + c;
    return Serve(QString(), split);
}

ConstraintActivation constraint(const QString &attribute, Operator op, const QStringList &values)
{
    ConstraintActivation c;
    c.attribute = attribute;
    c.op = op;
    c.values = values;
    return c;
}

/// pricing: rules on generated attributes (country, age, appVersion) before a default split.
Flag pricingFlag(const QList<Environment> &environments)
{
    Flag pricing;
    pricing.key = u"pricing"_s;
    pricing.type = FlagType::String;
    pricing.variations = {{u"red"_s, u"red"_s, {}}, {u"green"_s, u"green"_s, {}}, {u"blue"_s, u"blue"_s, {}}};
    for (const Environment &environment : environments) {
        EnvironmentConfig config;
        config.on = true;
        config.offVariation = u"red"_s;
        Rule germans;   // a name and an id
        germans.id = u"r-de"_s;
        germans.name = u"Germans"_s;
        germans.conditions.append(constraint(u"country"_s, Operator::In, {u"de"_s}));
        germans.serve = splitServe(50, 0, 50);
        Rule young;     // an id only
        young.id = u"r-young"_s;
        young.conditions.append(constraint(u"age"_s, Operator::NumLt, {u"30"_s}));
        young.serve.variation = u"green"_s;
        Rule recent;    // neither
        recent.conditions.append(constraint(u"appVersion"_s, Operator::SemverGte, {u"5.0.0"_s}));
        recent.serve.variation = u"blue"_s;
        config.rules = {germans, young, recent};
        config.defaultServe = splitServe(20, 30, 50);
        pricing.environments.insert(environment.key, config);
    }
    return pricing;
}

/// checkout: three variations split 20/30/50 in production; banner: a plain boolean; pricing:
/// rules on generated attributes.
Workspace sampleWorkspace()
{
    Workspace workspace;
    workspace.environments = Workspace::defaultEnvironments();
    Flag checkout;
    checkout.key = u"checkout"_s;
    checkout.type = FlagType::String;
    checkout.variations = {{u"red"_s, u"red"_s, {}}, {u"green"_s, u"green"_s, {}}, {u"blue"_s, u"blue"_s, {}}};
    for (const Environment &environment : std::as_const(workspace.environments)) {
        EnvironmentConfig config;
        config.on = true;
        config.offVariation = u"red"_s;
        config.defaultServe = splitServe(20, 30, 50);
        checkout.environments.insert(environment.key, config);
    }
    Flag banner;
    banner.key = u"banner"_s;
    banner.variations = {{u"on"_s, true, {}}, {u"off"_s, false, {}}};
    workspace.flags = {banner, checkout, pricingFlag(workspace.environments)};
    return workspace;
}

} // namespace

class TestSimulationWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void countsEqualPennonctl();
    void draftIsSimulated();
    void csvUsersEqualPennonctl();
    void patternWithoutNumberIsRefused();
    void generatorsAndByRuleEqualPennonctl();
    void copiedCommandGivesSameCounts();
    void badGeneratorIsRefused();
    void cancelStopsQuickly();
    void editCancelsStaleRun();
    void savesPngSvgAndCsv();
    void everyControlIsNamed();

private:
    void openWindow();
    void runAndWait(int timeout = 60000);
    void setUsers(int users);
    QMap<QString, qint64> shownCounts() const;
    QMap<QString, qint64> ctlCounts(const QStringList &arguments) const;
    void chooseFlag(const QString &key);
    void typeAttributes(const QStringList &specs);
    QList<QStringList> shownByRule() const;
    static QList<QStringList> jsonByRule(const QJsonObject &json);
    static QMap<QString, qint64> jsonCounts(const QJsonObject &json);
    void saveThrough(const QString &button, const QString &path);

    TestSettings m_settings;
    QTemporaryDir m_dir;
    QString m_url;
    WorkspaceSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    SimulationWindow *m_simulation = nullptr;
};

void TestSimulationWindow::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_url = GuiSession::seed(m_dir, sampleWorkspace(), &error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    QVERIFY2(GuiSession::open(m_url, u"production"_s, &m_session, &m_window, &error), qPrintable(error));
    QVERIFY(m_window->findChild<FlagListView *>()->selectFlag(u"checkout"_s));
    openWindow();
}

void TestSimulationWindow::cleanup()
{
    delete m_window;   // the simulation window with it
    m_window = nullptr;
    m_simulation = nullptr;
    delete m_session;
    m_session = nullptr;
}

void TestSimulationWindow::openWindow()
{
    // Simulate ▸ Many Users… by its shortcut, with the selected flag.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    m_simulation = m_window->findChild<SimulationWindow *>(u"simulationWindow"_s);
    QVERIFY(m_simulation);
    QVERIFY(QTest::qWaitForWindowExposed(m_simulation));
    QCOMPARE(m_simulation->flag(), u"checkout"_s);
    QCOMPARE(m_simulation->environment(), u"production"_s);
    m_simulation->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_simulation));
}

void TestSimulationWindow::setUsers(int users)
{
    auto *spin = m_simulation->findChild<QSpinBox *>(u"simulationUsers"_s);
    QVERIFY(spin);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(users));
    QTest::keyClick(spin, Qt::Key_Tab);
    QCOMPARE(spin->value(), users);
}

void TestSimulationWindow::runAndWait(int timeout)
{
    QSignalSpy finished(m_simulation, &SimulationWindow::runFinished);
    QTest::mouseClick(m_simulation->findChild<QPushButton *>(u"simulationRun"_s), Qt::LeftButton);
    QVERIFY(finished.wait(timeout));
}

QMap<QString, qint64> TestSimulationWindow::shownCounts() const
{
    QMap<QString, qint64> counts;
    auto *table = m_simulation->findChild<QTableWidget *>(u"simulationTable"_s);
    for (int row = 0; row < table->rowCount(); ++row)
        counts.insert(table->item(row, 0)->text(), table->item(row, 1)->data(Qt::UserRole).toLongLong());
    return counts;
}

QMap<QString, qint64> TestSimulationWindow::jsonCounts(const QJsonObject &json)
{
    QMap<QString, qint64> counts;
    for (const QJsonValue &row : json.value(u"variations"_s).toArray())
        counts.insert(row[u"variation"_s].toString(), row[u"count"_s].toInteger());
    return counts;
}

QMap<QString, qint64> TestSimulationWindow::ctlCounts(const QStringList &arguments) const
{
    const CtlRun run = runPennonCtl(arguments);
    if (run.exitCode != 0)
        qWarning("pennonctl: %d %s", run.exitCode, qPrintable(run.err));
    return jsonCounts(QJsonDocument::fromJson(run.out.toUtf8()).object());
}

/// pennonctl's "byRule" as rows of text: the rule's name, else its id, else "Rule N" (or
/// Default, Off, Error), its users, then its count per variation.
QList<QStringList> TestSimulationWindow::jsonByRule(const QJsonObject &json)
{
    QList<QStringList> rows;
    for (const QJsonValue &value : json.value(u"byRule"_s).toArray()) {
        const QJsonObject row = value.toObject();
        QString label;
        if (row[u"rule"_s].isString()) {
            const QString special = row[u"rule"_s].toString();
            label = special == u"default"_s ? u"Default"_s : special == u"off"_s ? u"Off"_s : u"Error"_s;
        } else {
            label = !row[u"name"_s].toString().isEmpty() ? row[u"name"_s].toString()
                  : !row[u"id"_s].toString().isEmpty()   ? row[u"id"_s].toString()
                                                         : u"Rule %1"_s.arg(row[u"rule"_s].toInt() + 1);
        }
        QStringList cells{label, QString::number(row[u"users"_s].toInteger())};
        for (const QJsonValue &variation : row[u"variations"_s].toArray())
            cells.append(QString::number(variation[u"count"_s].toInteger()));
        rows.append(cells);
    }
    return rows;
}

/// The By Rule table as the same rows (its counts, not their localized text).
QList<QStringList> TestSimulationWindow::shownByRule() const
{
    auto *table = m_simulation->findChild<QTableWidget *>(u"simulationRuleTable"_s);
    QList<QStringList> rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells{table->item(row, 0)->text(), QString::number(table->item(row, 1)->data(Qt::UserRole).toLongLong())};
        for (int column = 3; column < table->columnCount(); ++column)
            cells.append(QString::number(table->item(row, column)->data(Qt::UserRole).toLongLong()));
        rows.append(cells);
    }
    return rows;
}

void TestSimulationWindow::chooseFlag(const QString &key)
{
    // The flag box takes the key typed on it (keyboard search).
    auto *box = m_simulation->findChild<QComboBox *>(u"simulationFlag"_s);
    box->setFocus();
    QTest::keyClicks(box, key);
    QCOMPARE(m_simulation->flag(), key);
}

void TestSimulationWindow::typeAttributes(const QStringList &specs)
{
    auto *add = m_simulation->findChild<QPushButton *>(u"simulationAddAttribute"_s);
    QVERIFY(add);
    for (const QString &spec : specs) {
        const int before = int(m_simulation->findChildren<QLineEdit *>(QRegularExpression(u"^simulationAttribute\\d+$"_s)).size());
        QTest::mouseClick(add, Qt::LeftButton);
        auto *line = m_simulation->findChild<QLineEdit *>(u"simulationAttribute"_s + QString::number(before));
        QVERIFY(line);
        QVERIFY(line->isVisible());
        QCOMPARE(QApplication::focusWidget(), line);
        QTest::keyClicks(line, spec);
        QCOMPARE(line->text(), spec);
    }
}

void TestSimulationWindow::countsEqualPennonctl()
{
    setUsers(100'000);
    runAndWait();
    QVERIFY(!m_simulation->result().cancelled);
    QCOMPARE(m_simulation->result().users, 100'000);
    const QMap<QString, qint64> shown = shownCounts();
    const QMap<QString, qint64> ctl = ctlCounts({u"--db"_s, m_url, u"simulate"_s, u"--env"_s, u"production"_s,
                                                 u"--flag"_s, u"checkout"_s, u"--users"_s, u"100000"_s});
    QCOMPARE(ctl.size(), 3);
    QCOMPARE(shown, ctl);
    qint64 sum = 0;
    for (qint64 count : shown)
        sum += count;
    QCOMPARE(sum, 100'000);
    QVERIFY(m_simulation->result().pValue.has_value());
    QVERIFY(m_simulation->findChild<QLabel *>(u"simulationFit"_s)->text().contains(u"p = "_s));

    // Another id pattern and attribute, typed in.
    auto *pattern = m_simulation->findChild<QLineEdit *>(u"simulationIdPattern"_s);
    pattern->setFocus();
    pattern->selectAll();
    QTest::keyClicks(pattern, u"customer-{n}-x"_s);
    setUsers(20'000);
    runAndWait();
    QCOMPARE(shownCounts(), ctlCounts({u"--db"_s, m_url, u"simulate"_s, u"--env"_s, u"production"_s,
                                       u"--flag"_s, u"checkout"_s, u"--users"_s, u"20000"_s,
                                       u"--id-pattern"_s, u"customer-{n}-x"_s}));
}

void TestSimulationWindow::draftIsSimulated()
{
    // An unsaved edit of the flag is what is simulated: the same as pennonctl over the
    // workspace as edited, written to a file.
    Flag edited = *m_session->editedFlag(u"checkout"_s);
    edited.environments[u"production"_s].defaultServe = splitServe(70, 0, 30);
    QVERIFY(m_session->editFlag(edited, u"split"_s));
    setUsers(50'000);
    runAndWait();
    const QMap<QString, qint64> shown = shownCounts();
    QCOMPARE(shown.value(u"green"_s), 0);
    const QString file = m_dir.filePath(u"edited.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(PennonJson::write(m_session->editedWorkspace()));
    out.close();
    QCOMPARE(shown, ctlCounts({u"simulate"_s, u"--from"_s, file, u"--env"_s, u"production"_s,
                               u"--flag"_s, u"checkout"_s, u"--users"_s, u"50000"_s}));
}

void TestSimulationWindow::csvUsersEqualPennonctl()
{
    QString text = u"userId,country\n"_s;
    for (int i = 0; i < 3000; ++i)
        text += u"c%1,%2\n"_s.arg(i).arg(i % 3 ? u"DE"_s : u""_s);
    const QString csv = m_dir.filePath(u"users.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    // A click on the button's label (its middle may be past the text, where a click does not hit).
    auto *fromCsv = m_simulation->findChild<QRadioButton *>(u"simulationFromCsv"_s);
    QTest::mouseClick(fromCsv, Qt::LeftButton, {}, QPoint(fromCsv->fontMetrics().height(), fromCsv->height() / 2));
    auto *path = m_simulation->findChild<QLineEdit *>(u"simulationCsvPath"_s);
    QVERIFY(path->isEnabled());
    path->setFocus();
    QTest::keyClicks(path, csv);
    runAndWait();
    QCOMPARE(m_simulation->result().users, 3000);
    QCOMPARE(shownCounts(), ctlCounts({u"--db"_s, m_url, u"simulate"_s, u"--env"_s, u"production"_s,
                                       u"--flag"_s, u"checkout"_s, u"--csv"_s, csv}));

    // A file that is not there: said under the form, nothing counted.
    path->selectAll();
    QTest::keyClicks(path, m_dir.filePath(u"missing.csv"_s));
    runAndWait();
    QVERIFY(!m_simulation->result().error.isEmpty());
    QVERIFY(m_simulation->findChild<ProblemLabel *>(u"simulationProblem"_s)->message().contains(u"missing.csv"_s));
    QVERIFY(!m_simulation->findChild<QPushButton *>(u"simulationSaveCsv"_s)->isEnabled());
}

void TestSimulationWindow::patternWithoutNumberIsRefused()
{
    auto *pattern = m_simulation->findChild<QLineEdit *>(u"simulationIdPattern"_s);
    pattern->setFocus();
    pattern->selectAll();
    QTest::keyClicks(pattern, u"user"_s);
    QSignalSpy finished(m_simulation, &SimulationWindow::runFinished);
    QTest::mouseClick(m_simulation->findChild<QPushButton *>(u"simulationRun"_s), Qt::LeftButton);
    QVERIFY(!m_simulation->isRunning());
    QVERIFY(m_simulation->findChild<ProblemLabel *>(u"simulationProblem"_s)->message().contains(u"{n}"_s));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
}

void TestSimulationWindow::generatorsAndByRuleEqualPennonctl()
{
    chooseFlag(u"pricing"_s);
    const QStringList specs{u"country=choice(de:3,fr:1,us:2)"_s, u"age=range(18,80)"_s,
                            u"appVersion=version(4.0.0,5.2.0)"_s};
    typeAttributes(specs);
    // The first user, as the form previews it.
    const QString preview = m_simulation->findChild<QLabel *>(u"simulationAttributePreview"_s)->text();
    QVERIFY2(preview.startsWith(u"user-0: country="_s) && preview.contains(u", age="_s), qPrintable(preview));
    setUsers(100'000);
    runAndWait();
    const SimulationResult &r = m_simulation->result();
    QVERIFY(!r.cancelled);
    QCOMPARE(r.users, 100'000);

    QStringList arguments{u"--db"_s, m_url, u"simulate"_s, u"--env"_s, u"production"_s, u"--flag"_s,
                          u"pricing"_s, u"--users"_s, u"100000"_s, u"--by-rule"_s};
    for (const QString &spec : specs)
        arguments << u"--attribute"_s << spec;
    const CtlRun run = runPennonCtl(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(shownCounts(), jsonCounts(json));
    const QList<QStringList> byRule = shownByRule();
    QCOMPARE(byRule, jsonByRule(json));
    // Germans, r-young, Rule 3, Default; every rule decided for someone.
    QCOMPARE(byRule.size(), 4);
    QCOMPARE(byRule.at(0).at(0), u"Germans"_s);
    QCOMPARE(byRule.at(1).at(0), u"r-young"_s);
    QCOMPARE(byRule.at(2).at(0), u"Rule 3"_s);
    QCOMPARE(byRule.at(3).at(0), u"Default"_s);
    qint64 sum = 0;
    for (const QStringList &row : byRule) {
        QVERIFY2(row.at(1).toLongLong() > 0, qPrintable(row.join(u' ')));
        qint64 rowSum = 0;
        for (qsizetype c = 2; c < row.size(); ++c)
            rowSum += row.at(c).toLongLong();
        QCOMPARE(rowSum, row.at(1).toLongLong());
        sum += row.at(1).toLongLong();
    }
    QCOMPARE(sum, 100'000);

    // The By Rule tab shows the table and a chart with a group per row, a bar per variation.
    auto *tabs = m_simulation->findChild<QTabWidget *>(u"simulationTabs"_s);
    tabs->setFocus();
    QTest::keyClick(tabs, Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(tabs->currentIndex(), 1);
    QVERIFY(m_simulation->findChild<QTableWidget *>(u"simulationRuleTable"_s)->isVisible());
    const BarChart *chart = m_simulation->findChild<BarChart *>(u"simulationRuleChart"_s);
    QCOMPARE(chart->categories(), (QStringList{u"Germans"_s, u"r-young"_s, u"Rule 3"_s, u"Default"_s}));
    QCOMPARE(chart->series().size(), 3);
    QCOMPARE(chart->series().at(1).values.at(1), double(byRule.at(1).at(3).toLongLong()));
}

void TestSimulationWindow::copiedCommandGivesSameCounts()
{
    chooseFlag(u"pricing"_s);
    typeAttributes({u"country=choice(de:3,fr:1,us:2)"_s, u"age=range(18,80)"_s, u"note=it's {n}"_s});
    auto *pattern = m_simulation->findChild<QLineEdit *>(u"simulationIdPattern"_s);
    pattern->setFocus();
    pattern->selectAll();
    QTest::keyClicks(pattern, u"acct {n}"_s);   // a space: quoted
    setUsers(100'000);
    runAndWait();
    QVERIFY(!m_simulation->result().cancelled);

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(m_simulation->findChild<QPushButton *>(u"simulationCopyCommand"_s), Qt::LeftButton);
    const QString line = QGuiApplication::clipboard()->text();
    QVERIFY2(line.startsWith(u"pennonctl --db "_s), qPrintable(line));
    QVERIFY2(line.contains(u" --attribute 'age=range(18,80)'"_s), qPrintable(line));
    QVERIFY2(line.contains(u" --by-rule"_s), qPrintable(line));
    QVERIFY(m_simulation->findChild<QLabel *>(u"simulationStatus"_s)->text().contains(line));

    // Through /bin/sh, with pennonctl on the PATH.
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PATH"_s, QFileInfo(QStringLiteral(PENNONCTL_PATH)).absolutePath() + u':' + env.value(u"PATH"_s));
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"PENNON_PLUGIN_PATH"_s);
    shell.setProcessEnvironment(env);
    shell.start(u"/bin/sh"_s, {u"-c"_s, line});
    QVERIFY(shell.waitForFinished(120000));
    QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
    const QJsonObject json = QJsonDocument::fromJson(shell.readAllStandardOutput()).object();
    QCOMPARE(json.value(u"users"_s).toInteger(), 100'000);
    QCOMPARE(shownCounts(), jsonCounts(json));
    QCOMPARE(shownByRule(), jsonByRule(json));

    // With an unsaved edit the command cannot reproduce it: the window says so.
    Flag edited = *m_session->editedFlag(u"pricing"_s);
    edited.name = u"Pricing"_s;
    QVERIFY(m_session->editFlag(edited, u"name"_s));
    QTest::mouseClick(m_simulation->findChild<QPushButton *>(u"simulationCopyCommand"_s), Qt::LeftButton);
    QVERIFY(m_simulation->findChild<ProblemLabel *>(u"simulationNote"_s)->message().contains(u"Unsaved"_s));
}

void TestSimulationWindow::badGeneratorIsRefused()
{
    typeAttributes({u"plan=pro"_s, u"age=range(80,18)"_s});
    // Said under the line as it is typed, with the place.
    auto *problem = m_simulation->findChild<ProblemLabel *>(u"simulationAttributeProblem1"_s);
    QVERIFY(problem);
    QVERIFY2(problem->message().contains(u"character 14"_s), qPrintable(problem->message()));
    QVERIFY(m_simulation->findChild<ProblemLabel *>(u"simulationAttributeProblem0"_s)->message().isEmpty());

    QSignalSpy finished(m_simulation, &SimulationWindow::runFinished);
    QTest::mouseClick(m_simulation->findChild<QPushButton *>(u"simulationRun"_s), Qt::LeftButton);
    QVERIFY(!m_simulation->isRunning());
    const QString message = m_simulation->findChild<ProblemLabel *>(u"simulationProblem"_s)->message();
    QVERIFY2(message.contains(u"Attribute 2"_s) && message.contains(u"character 14"_s), qPrintable(message));
    QCOMPARE(QApplication::focusWidget(), m_simulation->findChild<QLineEdit *>(u"simulationAttribute1"_s));
    QTest::mouseClick(m_simulation->findChild<QPushButton *>(u"simulationCopyCommand"_s), Qt::LeftButton);
    QVERIFY(m_simulation->findChild<ProblemLabel *>(u"simulationProblem"_s)->message().contains(u"character 14"_s));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);

    // Removing the bad line: the run goes.
    QTest::mouseClick(m_simulation->findChild<QPushButton *>(u"simulationRemoveAttribute1"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_simulation->findChild<QLineEdit *>(u"simulationAttribute1"_s));
    setUsers(1000);
    runAndWait();
    QVERIFY(m_simulation->result().error.isEmpty());
    QCOMPARE(m_simulation->result().users, 1000);
}

void TestSimulationWindow::cancelStopsQuickly()
{
    setUsers(200'000'000);
    QSignalSpy finished(m_simulation, &SimulationWindow::runFinished);
    QTest::mouseClick(m_simulation->findChild<QPushButton *>(u"simulationRun"_s), Qt::LeftButton);
    auto *progress = m_simulation->findChild<QProgressBar *>(u"simulationProgress"_s);
    // The window keeps taking events while it runs: the longest gap between two 5 ms ticks.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer probe;
    probe.setInterval(5);
    connect(&probe, &QTimer::timeout, this, [&] {
        longestGap = std::max(longestGap, sinceTick.restart());
    });
    sinceTick.start();
    probe.start();
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 6, 30000);   // past a million users
    QVERIFY(m_simulation->isRunning());
    // Typing goes on during the run.
    auto *attribute = m_simulation->findChild<QLineEdit *>(u"simulationIdAttribute"_s);
    attribute->setFocus();
    QTest::keyClick(attribute, Qt::Key_End);
    QTest::keyClicks(attribute, u"Z"_s);
    QCOMPARE(attribute->text(), u"userIdZ"_s);
    QTest::keyClick(attribute, Qt::Key_Backspace);
    probe.stop();

    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(m_simulation->findChild<QPushButton *>(u"simulationCancel"_s), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    const qint64 stoppedMs = clock.elapsed();
    qInfo("Cancel stopped a %lld-user run after %lld users in %lld ms; longest event-loop gap while it ran: %lld ms",
          qint64(200'000'000), m_simulation->result().users, stoppedMs, longestGap);
    QVERIFY(m_simulation->result().cancelled);
    QVERIFY(m_simulation->result().users >= 1'000'000);
    QVERIFY(m_simulation->result().users < 200'000'000);
    // 100 ms asked. Measured on a 2-core machine at load 5–9 (other builds): stopped in 6–31 ms,
    // longest gap 10–16 ms over 10 runs; with two more busy loops beside, 14–49 ms and 19–32 ms.
    QVERIFY2(stoppedMs < 100, qPrintable(QString::number(stoppedMs)));
    QVERIFY2(longestGap < 100, qPrintable(QString::number(longestGap)));
    QVERIFY(!m_simulation->isRunning());
    QVERIFY(m_simulation->findChild<QPushButton *>(u"simulationRun"_s)->isEnabled());
}

void TestSimulationWindow::editCancelsStaleRun()
{
    setUsers(200'000'000);
    QSignalSpy finished(m_simulation, &SimulationWindow::runFinished);
    QTest::mouseClick(m_simulation->findChild<QPushButton *>(u"simulationRun"_s), Qt::LeftButton);
    auto *progress = m_simulation->findChild<QProgressBar *>(u"simulationProgress"_s);
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 1, 30000);
    // An edit of another flag leaves the run alone; one of the simulated flag cancels it.
    Flag banner = *m_session->editedFlag(u"banner"_s);
    banner.name = u"Banner"_s;
    QVERIFY(m_session->editFlag(banner, u"name"_s));
    QVERIFY(m_simulation->isRunning());
    Flag checkout = *m_session->editedFlag(u"checkout"_s);
    checkout.name = u"Checkout"_s;
    QVERIFY(m_session->editFlag(checkout, u"name"_s));
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QVERIFY(m_simulation->result().cancelled);
    const QString status = m_simulation->findChild<QLabel *>(u"simulationStatus"_s)->text();
    QVERIFY2(status.contains(u"edited"_s) && status.contains(u"stale"_s), qPrintable(status));
}

void TestSimulationWindow::saveThrough(const QString &button, const QString &path)
{
    // The save dialog: type the file name and press Enter.
    bool typed = false;
    QTimer typer;
    typer.setInterval(20);
    connect(&typer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || typed)
            return;
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        if (!name)
            return;
        typed = true;
        name->setText(path);   // typed at once: the dialog's completer pops up while typing
        QTest::keyClick(name, Qt::Key_Return);
    });
    typer.start();
    QTest::mouseClick(m_simulation->findChild<QPushButton *>(button), Qt::LeftButton);
    typer.stop();
    QVERIFY(typed);
    QTRY_VERIFY(QFile::exists(path));
}

void TestSimulationWindow::savesPngSvgAndCsv()
{
    setUsers(10'000);
    runAndWait();
    const QString png = m_dir.filePath(u"chart.png"_s);
    const QString svg = m_dir.filePath(u"chart.svg"_s);
    const QString csv = m_dir.filePath(u"numbers.csv"_s);
    saveThrough(u"simulationSavePng"_s, png);
    saveThrough(u"simulationSaveSvg"_s, svg);
    saveThrough(u"simulationSaveCsv"_s, csv);

    QFile pngFile(png);
    QVERIFY(pngFile.open(QIODevice::ReadOnly));
    QVERIFY(pngFile.readAll().startsWith("\x89PNG"));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgBytes = svgFile.readAll();
    QVERIFY(svgBytes.contains("<svg"));
    QVERIFY(svgBytes.size() > 500);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    // Two tables: per variation, then (after an empty line) by rule.
    const QStringList sections = QString::fromUtf8(csvFile.readAll()).split(u"\r\n\r\n"_s);
    QCOMPARE(sections.size(), 2);
    const QStringList lines = sections.at(0).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), u"variation,count,share,configured_share"_s);
    const SimulationResult &r = m_simulation->result();
    qint64 sum = 0;
    for (int v = 0; v < 3; ++v) {
        const QStringList cells = lines.at(v + 1).split(u',');
        QCOMPARE(cells.size(), 4);
        QCOMPARE(cells.at(0), r.variations.at(v));
        QCOMPARE(cells.at(1).toLongLong(), r.counts.at(v));
        QCOMPARE(cells.at(2).toDouble(), double(r.counts.at(v)) / 10'000.0);
        sum += cells.at(1).toLongLong();
    }
    QCOMPARE(sum, 10'000);
    QCOMPARE(lines.at(1).split(u',').at(3).toDouble(), 0.2);
    QCOMPARE(lines.at(3).split(u',').at(3).toDouble(), 0.5);
    // checkout has no rules: the default serve decided for everyone.
    const QStringList rules = sections.at(1).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.at(0), u"decided_by,id,name,users,share,red,green,blue"_s);
    QCOMPARE(rules.at(1), u"default,,,10000,1,%1,%2,%3"_s.arg(r.counts.at(0)).arg(r.counts.at(1)).arg(r.counts.at(2)));
}

void TestSimulationWindow::everyControlIsNamed()
{
    typeAttributes({u"plan=pro"_s, u"age=range(18,80)"_s});
    // Tab goes from the id attribute through each line and its Remove to Add Attribute.
    QWidget *expected[] = {m_simulation->findChild<QLineEdit *>(u"simulationAttribute0"_s),
                           m_simulation->findChild<QPushButton *>(u"simulationRemoveAttribute0"_s),
                           m_simulation->findChild<QLineEdit *>(u"simulationAttribute1"_s),
                           m_simulation->findChild<QPushButton *>(u"simulationRemoveAttribute1"_s),
                           m_simulation->findChild<QPushButton *>(u"simulationAddAttribute"_s)};
    QWidget *field = m_simulation->findChild<QLineEdit *>(u"simulationIdAttribute"_s);
    for (QWidget *next : expected) {
        QVERIFY(next);
        QCOMPARE(field->nextInFocusChain(), next);
        field = next;
    }
    const QList<QWidget *> widgets = m_simulation->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->objectName().startsWith(u"simulation"_s))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

QTEST_MAIN(TestSimulationWindow)
#include "tst_simulationwindow.moc"
