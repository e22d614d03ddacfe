// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Simulate ▸ Change Impact… driven like a user would, on a real SQLite copy of the demo
// workspace: the counts it shows equal a count the test makes itself (Engine::evaluate user by
// user over both configurations) and the real `pennonctl impact` on the same inputs, for a
// flag's draft, for two environments and for a shared activation used by several flags (from
// the library editor's Impact…); a sample opens as a persona; Cancel; an edit cancels the
// stale run; and the review before saving shows the impact in a protected environment.

#include "ctlrunner.h"
#include "engine/engine.h"
#include "flaglistview.h"
#include "formats/pennonjson.h"
#include "formats/workspacefile.h"
#include "impactline.h"
#include "impactwindow.h"
#include "modaltest.h"
#include "libraryeditor.h"
#include "libraryimpactdialog.h"
#include "librarytab.h"
#include "librarywindow.h"
#include "librarylistmodel.h"
#include "mainwindow.h"
#include "model/uses.h"
#include "personaeditor.h"
#include "personawindow.h"
#include "reviewdialog.h"
#include "storage/sqlrepository.h"
#include "guisession.h"
#include "testsettings.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <map>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

const QString Demo = QStringLiteral(PENNON_SOURCE_DIR "/resources/demo-workspace.json");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Workspace demoWorkspace()
{
    Problems problems, warnings;
    return WorkspaceFile::read(readFile(Demo), WorkspaceFormat::Native, QString(), &problems, &warnings)
        .value_or(Workspace());
}

/// What the test counts itself for one flag.
struct Expected {
    qint64 changed = 0;
    std::map<std::pair<QString, QString>, qint64> matrix;
    QStringList samples;
};

/// Synthetic user n: only its id.
Context synthetic(qint64 n)
{
    Context context;
    context.setString(u"userId"_s, u"user-%1"_s.arg(n));
    return context;
}

/// The CSV users of the library test: id, app version, platform.
Context csvUser(qint64 n)
{
    Context context;
    context.setString(u"userId"_s, u"user-%1"_s.arg(n));
    context.setString(u"appVersion"_s, n % 2 ? u"5.1.0"_s : u"4.0.0"_s);
    context.setString(u"platform"_s, n % 3 ? u"ios"_s : u"web"_s);
    return context;
}

Expected countUserByUser(const Engine &from, const Engine &to, const QString &flag, qint64 users,
                         const std::function<Context(qint64)> &user, std::vector<bool> *anyChanged = nullptr)
{
    Expected expected;
    for (qint64 n = 0; n < users; ++n) {
        const Context context = user(n);
        const QString before = from.variationKey(from.evaluate(flag, context));
        const QString after = to.variationKey(to.evaluate(flag, context));
        ++expected.matrix[{before, after}];
        if (before != after) {
            ++expected.changed;
            if (anyChanged)
                (*anyChanged)[size_t(n)] = true;
            if (expected.samples.size() < 10)
                expected.samples.append(u"user-%1"_s.arg(n));
        }
    }
    return expected;
}

void compareWith(const ImpactResult &shown, const Expected &expected)
{
    QCOMPARE(shown.changed, expected.changed);
    QCOMPARE(shown.samples, expected.samples);
    QCOMPARE(size_t(shown.matrix.size()), expected.matrix.size());
    for (const ImpactResult::Cell &cell : shown.matrix) {
        const auto it = expected.matrix.find({cell.from, cell.to});
        QVERIFY(it != expected.matrix.end());
        QCOMPARE(cell.count, it->second);
    }
}

/// pennonctl impact's JSON against what the window shows.
void compareWithCtl(const ImpactResult &shown, const QStringList &arguments)
{
    const CtlRun run = runPennonCtl(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value(u"users"_s).toInteger(), shown.users);
    QCOMPARE(o.value(u"changed"_s).toInteger(), shown.changed);
    const QJsonArray matrix = o.value(u"matrix"_s).toArray();
    QCOMPARE(matrix.size(), shown.matrix.size());
    for (qsizetype i = 0; i < matrix.size(); ++i) {
        const QJsonObject cell = matrix.at(i).toObject();
        QCOMPARE(cell.value(u"from"_s).toString(), shown.matrix.at(i).from);
        QCOMPARE(cell.value(u"to"_s).toString(), shown.matrix.at(i).to);
        QCOMPARE(cell.value(u"count"_s).toInteger(), shown.matrix.at(i).count);
    }
}

} // namespace

class TestImpactWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void draftEqualsOwnCountAndPennonctl();
    void environmentsEqualOwnCountAndPennonctl();
    void sharedActivationOverItsFlags();
    void sampleOpensAsPersona();
    void cancelStopsQuickly();
    void editCancelsStaleRun();
    void reviewShowsImpactInProtectedEnvironment();
    void libraryEditCancelsStaleRun();
    void libraryReviewShowsImpactInProtectedEnvironment();
    void everyControlIsNamed();
    void savesChartAndNumbers();

private:
    void activate(QWidget *window);
    void openWindow();
    void setUsers(int users);
    void runAndWait(int timeout = 60000);
    void editSearchRanking();
    /// Opens the library, selects beta-testers and types that many more ids; its editor.
    LibraryEditor *editBetaTesters(int ids);
    QString writeWorkspace(const QString &name, const Workspace &workspace);

    TestSettings m_settings;
    QTemporaryDir m_dir;
    QString m_url;
    WorkspaceSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    ImpactWindow *m_impact = nullptr;
};

void TestImpactWindow::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const Workspace demo = demoWorkspace();
    QVERIFY(!demo.flags.isEmpty());
    m_url = GuiSession::seed(m_dir, demo, &error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    QVERIFY2(GuiSession::open(m_url, u"production"_s, &m_session, &m_window, &error), qPrintable(error));
    QVERIFY(m_window->findChild<FlagListView *>()->selectFlag(u"search-ranking"_s));
}

void TestImpactWindow::cleanup()
{
    delete m_window;   // the impact window with it
    m_window = nullptr;
    m_impact = nullptr;
    delete m_session;
    m_session = nullptr;
}

void TestImpactWindow::activate(QWidget *window)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

void TestImpactWindow::openWindow()
{
    // Simulate ▸ Change Impact… by its shortcut, on the selected flag.
    activate(m_window);
    QTest::keyClick(m_window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    m_impact = m_window->findChild<ImpactWindow *>(u"impactWindow"_s);
    QVERIFY(m_impact);
    QVERIFY(QTest::qWaitForWindowExposed(m_impact));
    QCOMPARE(m_impact->mode(), ImpactWindow::CompareDraft);
    QCOMPARE(m_impact->flag(), u"search-ranking"_s);
    QCOMPARE(m_impact->environment(), u"production"_s);
    activate(m_impact);
}

void TestImpactWindow::setUsers(int users)
{
    auto *spin = m_impact->findChild<QSpinBox *>(u"impactUsers"_s);
    QVERIFY(spin);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(users));
    QTest::keyClick(spin, Qt::Key_Tab);
    QCOMPARE(spin->value(), users);
}

void TestImpactWindow::runAndWait(int timeout)
{
    QSignalSpy finished(m_impact, &ImpactWindow::runFinished);
    QTest::mouseClick(m_impact->findChild<QPushButton *>(u"impactRun"_s), Qt::LeftButton);
    QVERIFY(finished.wait(timeout));
}

void TestImpactWindow::editSearchRanking()
{
    // The default split of search-ranking in production moves from 34/33/33 to 60/20/20.
    Flag edited = *m_session->editedFlag(u"search-ranking"_s);
    Split &split = *edited.environments[u"production"_s].defaultServe.split;
    split.weights = {SplitWeight::of(u"control"_s, 60), SplitWeight::of(u"semantic"_s, 20),
                     SplitWeight::of(u"hybrid"_s, 20)};
    split.total = 100;
    QVERIFY(m_session->editFlag(edited, u"split"_s));
    QVERIFY(m_session->hasDraft(u"search-ranking"_s));
}

QString TestImpactWindow::writeWorkspace(const QString &name, const Workspace &workspace)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(PennonJson::write(workspace));
    return path;
}

void TestImpactWindow::draftEqualsOwnCountAndPennonctl()
{
    editSearchRanking();
    openWindow();
    setUsers(20'000);
    runAndWait();
    const FlagsImpact &impact = m_impact->result();
    QVERIFY(!impact.cancelled);
    QCOMPARE(impact.flags.size(), 1);
    const ImpactResult &shown = impact.flags.constFirst();
    QCOMPARE(shown.users, 20'000);

    const Workspace saved = m_session->workspace();
    const Workspace edited = m_session->editedWorkspace();
    const auto from = Engine::compile(saved, u"production"_s);
    const auto to = Engine::compile(edited, u"production"_s);
    const Expected expected = countUserByUser(*from, *to, u"search-ranking"_s, 20'000, synthetic);
    QVERIFY(expected.changed > 1000);
    compareWith(shown, expected);
    if (QTest::currentTestFailed())
        return;

    // The words, the matrix (rows before, columns after, the unchanged diagonal greyed).
    const QString summary = m_impact->findChild<QLabel *>(u"impactSummary"_s)->text();
    QVERIFY2(summary.contains(QLocale().toString(expected.changed) + u" of "_s + QLocale().toString(20'000)),
             qPrintable(summary));
    auto *matrix = m_impact->findChild<QTableWidget *>(u"impactMatrix"_s);
    QCOMPARE(matrix->rowCount(), 3);
    QCOMPARE(matrix->columnCount(), 3);
    QCOMPARE(matrix->verticalHeaderItem(0)->text(), u"control"_s);
    QCOMPARE(matrix->horizontalHeaderItem(2)->text(), u"hybrid"_s);
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            const QString before = matrix->verticalHeaderItem(row)->text();
            const QString after = matrix->horizontalHeaderItem(column)->text();
            const auto it = expected.matrix.find({before, after});
            QCOMPARE(matrix->item(row, column)->data(Qt::UserRole).toLongLong(),
                     it == expected.matrix.end() ? 0 : it->second);
            QCOMPARE(matrix->item(row, column)->foreground().color() == m_impact->palette().color(QPalette::Disabled, QPalette::Text),
                     row == column);
        }
    }

    // The real pennonctl on the same two workspaces, written to files.
    compareWithCtl(shown, {u"impact"_s, u"--from"_s, writeWorkspace(u"saved.json"_s, saved), u"--env"_s,
                           u"production"_s, u"--flag"_s, u"search-ranking"_s, u"--to"_s,
                           writeWorkspace(u"edited.json"_s, edited), u"--users"_s, u"20000"_s});
}

void TestImpactWindow::environmentsEqualOwnCountAndPennonctl()
{
    openWindow();
    // Compare: the second choice, then staging to compare with (typed into the boxes).
    auto *mode = m_impact->findChild<QComboBox *>(u"impactMode"_s);
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);
    QCOMPARE(m_impact->mode(), ImpactWindow::CompareEnvironments);
    auto *to = m_impact->findChild<QComboBox *>(u"impactToEnvironment"_s);
    QVERIFY(to->isVisible());
    to->setFocus();
    QTest::keyClicks(to, u"S"_s);
    QCOMPARE(to->currentData().toString(), u"staging"_s);
    setUsers(30'000);
    runAndWait();
    const ImpactResult &shown = m_impact->result().flags.constFirst();
    QCOMPARE(shown.users, 30'000);
    const Workspace workspace = m_session->editedWorkspace();
    const Expected expected = countUserByUser(*Engine::compile(workspace, u"production"_s),
                                              *Engine::compile(workspace, u"staging"_s), u"search-ranking"_s,
                                              30'000, synthetic);
    QVERIFY(expected.changed > 0);
    compareWith(shown, expected);
    compareWithCtl(shown, {u"--db"_s, m_url, u"impact"_s, u"--env"_s, u"production"_s, u"--flag"_s,
                           u"search-ranking"_s, u"--to-env"_s, u"staging"_s, u"--users"_s, u"30000"_s});
}

void TestImpactWindow::sharedActivationOverItsFlags()
{
    // The users: a CSV file with an app version and a platform.
    const qint64 users = 3000;
    QString text = u"userId,appVersion,platform\n"_s;
    for (qint64 n = 0; n < users; ++n) {
        const Context c = csvUser(n);
        text += c.find(u"userId")->text + u',' + c.find(u"appVersion")->text + u',' + c.find(u"platform")->text + u'\n';
    }
    const QString csv = m_dir.filePath(u"users.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    openWindow();
    auto *fromCsv = m_impact->findChild<QRadioButton *>(u"impactFromCsv"_s);
    fromCsv->setFocus(Qt::TabFocusReason);
    QTest::keyClick(fromCsv, Qt::Key_Space);
    QVERIFY(fromCsv->isChecked());
    auto *path = m_impact->findChild<QLineEdit *>(u"impactCsvPath"_s);
    path->setFocus();
    QTest::keyClicks(path, csv);

    // Edit ▸ Activations and Segments…: the beta testers get user-0 … user-39 besides.
    LibraryEditor *editor = editBetaTesters(40);
    QVERIFY(editor);
    auto *impactButton = editor->findChild<QPushButton *>(u"activationImpactButton"_s);
    const Activation edited = std::get<Activation>(editor->object().stored());
    QVERIFY(impactButton->isEnabled());

    // Impact…: the window compares at once, over every flag that uses it in production.
    QSignalSpy finished(m_impact, &ImpactWindow::runFinished);
    QTest::mouseClick(impactButton, Qt::LeftButton);
    QCOMPARE(m_impact->mode(), ImpactWindow::CompareLibrary);
    QVERIFY(m_impact->isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY(editor->isModified());   // nothing was saved
    QCOMPARE(m_session->workspace().activation(u"beta-testers"_s)->condition,
             demoWorkspace().activation(u"beta-testers"_s)->condition);

    const FlagsImpact &impact = m_impact->result();
    QVERIFY(!impact.cancelled);
    QCOMPARE(impact.users, users);
    QStringList flags;
    for (const BehaviourChange &change : WorkspaceUses(m_session->workspace()).behaviourChanges(LibraryKind::Activation, u"beta-testers"_s)) {
        if (change.environment == u"production" && !flags.contains(change.flag))
            flags.append(change.flag);
    }
    QVERIFY2(flags.size() >= 2, qPrintable(flags.join(u", ")));
    QCOMPARE(impact.flags.size(), flags.size());

    // Own count: both workspaces compiled, every flag, every user.
    const Workspace before = m_session->editedWorkspace();
    Workspace after = before;
    for (Activation &activation : after.activations) {
        if (activation.key == edited.key)
            activation = edited;
    }
    const auto fromEngine = Engine::compile(before, u"production"_s);
    const auto toEngine = Engine::compile(after, u"production"_s);
    std::vector<bool> anyChanged(size_t(users), false);
    auto *table = m_impact->findChild<QTableWidget *>(u"impactFlags"_s);
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), flags.size());
    const QString afterPath = writeWorkspace(u"library-after.json"_s, after);
    const QString beforePath = writeWorkspace(u"library-before.json"_s, before);
    for (qsizetype f = 0; f < flags.size(); ++f) {
        const ImpactResult &shown = impact.flags.at(f);
        QCOMPARE(shown.flag, flags.at(f));
        QCOMPARE(table->item(int(f), 0)->text(), flags.at(f));
        const Expected expected = countUserByUser(*fromEngine, *toEngine, flags.at(f), users, csvUser, &anyChanged);
        compareWith(shown, expected);
        QCOMPARE(table->item(int(f), 1)->data(Qt::UserRole).toLongLong(), expected.changed);
        compareWithCtl(shown, {u"impact"_s, u"--from"_s, beforePath, u"--env"_s, u"production"_s, u"--flag"_s,
                               flags.at(f), u"--to"_s, afterPath, u"--csv"_s, csv});
        if (QTest::currentTestFailed())
            return;
    }
    const qint64 expectedAny = qint64(std::count(anyChanged.cbegin(), anyChanged.cend(), true));
    QVERIFY(expectedAny > 0);
    QCOMPARE(impact.changedAny, expectedAny);
    QVERIFY(m_impact->findChild<QLabel *>(u"impactSummary"_s)->text().startsWith(QLocale().toString(expectedAny) + u" of "_s));

    // Selecting another flag shows its matrix.
    activate(m_impact);
    const int last = table->rowCount() - 1;
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(last, 0)).center());
    QCOMPARE(m_impact->shownFlag(), last);
}

void TestImpactWindow::sampleOpensAsPersona()
{
    editSearchRanking();
    openWindow();
    setUsers(5'000);
    runAndWait();
    auto *samples = m_impact->findChild<QListWidget *>(u"impactSamples"_s);
    QVERIFY(samples->count() > 1);
    const QString id = samples->item(1)->text();
    QTest::mouseClick(samples->viewport(), Qt::LeftButton, {}, samples->visualItemRect(samples->item(1)).center());
    QCOMPARE(samples->currentRow(), 1);
    QTest::keyClick(samples, Qt::Key_Return);
    auto *persona = m_window->findChild<PersonaWindow *>();
    QVERIFY(persona);
    QVERIFY(QTest::qWaitForWindowExposed(persona));
    QCOMPARE(persona->editor()->userId(), id);

    // The button does the same for another sample.
    activate(m_impact);
    const QString first = samples->item(0)->text();
    QTest::mouseClick(samples->viewport(), Qt::LeftButton, {}, samples->visualItemRect(samples->item(0)).center());
    QTest::mouseClick(m_impact->findChild<QPushButton *>(u"impactOpenSample"_s), Qt::LeftButton);
    QCOMPARE(persona->editor()->userId(), first);
}

void TestImpactWindow::cancelStopsQuickly()
{
    editSearchRanking();
    openWindow();
    setUsers(500'000'000);
    QSignalSpy finished(m_impact, &ImpactWindow::runFinished);
    QTest::mouseClick(m_impact->findChild<QPushButton *>(u"impactRun"_s), Qt::LeftButton);
    auto *progress = m_impact->findChild<QProgressBar *>(u"impactProgress"_s);
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 30000);
    QTest::mouseClick(m_impact->findChild<QPushButton *>(u"impactCancel"_s), Qt::LeftButton);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(m_impact->result().cancelled);
    QVERIFY(m_impact->result().users < 500'000'000);
    QVERIFY(m_impact->findChild<QLabel *>(u"impactStatus"_s)->text().startsWith(u"Cancelled."_s));
    QVERIFY(m_impact->findChild<QPushButton *>(u"impactRun"_s)->isEnabled());
}

void TestImpactWindow::editCancelsStaleRun()
{
    editSearchRanking();
    openWindow();
    setUsers(500'000'000);
    QSignalSpy finished(m_impact, &ImpactWindow::runFinished);
    QTest::mouseClick(m_impact->findChild<QPushButton *>(u"impactRun"_s), Qt::LeftButton);
    QVERIFY(m_impact->isRunning());
    Flag edited = *m_session->editedFlag(u"search-ranking"_s);
    edited.environments[u"production"_s].defaultServe.split->weights[0].weight = 59;
    edited.environments[u"production"_s].defaultServe.split->weights[1].weight = 21;
    QVERIFY(m_session->editFlag(edited, u"split again"_s));
    QVERIFY(finished.wait(10000));
    QVERIFY(m_impact->result().cancelled);
    QVERIFY2(m_impact->findChild<QLabel *>(u"impactStatus"_s)->text().contains(u"was edited"_s),
             qPrintable(m_impact->findChild<QLabel *>(u"impactStatus"_s)->text()));
}

void TestImpactWindow::reviewShowsImpactInProtectedEnvironment()
{
    editSearchRanking();
    activate(m_window);
    QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);   // File ▸ Save: the review
    ReviewDialog *review = nullptr;
    QTRY_VERIFY((review = qobject_cast<ReviewDialog *>(QApplication::activeModalWidget())) != nullptr);
    QCOMPARE(review->impactLines().size(), 1);
    ImpactLine *line = review->impactLines().constFirst();
    QCOMPARE(line->flag(), u"search-ranking"_s);
    QCOMPARE(line->environment(), u"production"_s);
    // Save does not wait for it.
    QVERIFY(review->findChild<QPushButton *>(u"reviewSaveButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(line->isFinished(), 60000);
    const Expected expected = countUserByUser(*Engine::compile(m_session->workspace(), u"production"_s),
                                              *Engine::compile(m_session->editedWorkspace(), u"production"_s),
                                              u"search-ranking"_s, ImpactLine::DefaultUsers, synthetic);
    QCOMPARE(line->result().changedAny, expected.changed);
    QCOMPARE(line->result().flags.constFirst().changed, expected.changed);
    const QLocale locale;
    const QString words = locale.toString(expected.changed) + u" of "_s + locale.toString(100'000) + u" users ("_s
                          + locale.toString(double(expected.changed) / 1000, 'f', 1) + u" %) would get another variation"_s;
    QVERIFY2(line->text().contains(words), qPrintable(line->text() + u" / "_s + words));
    // The saved personas that change are named: the test's own evaluation of each one.
    {
        const auto before = Engine::compile(m_session->workspace(), u"production"_s);
        const auto after = Engine::compile(m_session->editedWorkspace(), u"production"_s);
        QStringList changing;
        QVERIFY(!m_session->workspace().personas.isEmpty());
        for (const Persona &persona : m_session->workspace().personas) {
            Problems problems;
            const Context context = *Context::fromJson(persona.contextJson(), QString(), &problems);
            const EvaluationResult a = before->evaluate(before->flagIndex(u"search-ranking"_s), before->bind(context));
            const EvaluationResult b = after->evaluate(after->flagIndex(u"search-ranking"_s), after->bind(context));
            if (a.variation != b.variation)
                changing.append(persona.name);
        }
        qInfo("%s", qPrintable(line->text()));
        QCOMPARE(line->changedPersonas(), changing);
        if (changing.isEmpty())
            QVERIFY2(line->text().contains(u"None of the 3 saved personas changes."_s), qPrintable(line->text()));
        else
            QVERIFY2(line->text().contains(u"Saved personas who change: "_s + changing.constFirst()), qPrintable(line->text()));
    }

    // Details…: the impact window on it, usable while the review is open.
    QTest::mouseClick(line->findChild<QPushButton *>(u"impactLineDetails"_s), Qt::LeftButton);
    auto *details = review->findChild<ImpactWindow *>(u"impactWindow"_s);
    QVERIFY(details);
    QSignalSpy finished(details, &ImpactWindow::runFinished);
    QVERIFY(details->isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(details->mode(), ImpactWindow::CompareDraft);
    QCOMPARE(details->flag(), u"search-ranking"_s);
    QCOMPARE(details->result().flags.constFirst().changed, expected.changed);
    // No persona window can be used while the review is open: samples do not offer one.
    QVERIFY(details->findChild<QListWidget *>(u"impactSamples"_s)->count() > 0);
    QVERIFY(!details->findChild<QPushButton *>(u"impactOpenSample"_s)->isEnabled());
    review->reject();
}

LibraryEditor *TestImpactWindow::editBetaTesters(int ids)
{
    activate(m_window);
    if (QTest::currentTestFailed())
        return nullptr;
    m_window->findChild<QAction *>(u"libraryAction"_s)->trigger();
    auto *library = m_window->findChild<LibraryWindow *>(u"libraryWindow"_s);
    if (!library || !QTest::qWaitForWindowExposed(library))
        return nullptr;
    if (!QTest::qWaitFor([&] { return library->isUpToDate(); }, 10000))
        return nullptr;
    activate(library);
    LibraryTab *tab = library->activations();
    auto *list = tab->findChild<QTreeView *>(u"activationList"_s);
    const int row = tab->model()->rowOfKey(u"beta-testers"_s);
    if (row < 0)
        return nullptr;
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(tab->model()->index(row, LibraryListModel::KeyColumn)).center());
    LibraryEditor *editor = tab->editor();
    if (editor->storedKey() != u"beta-testers")
        return nullptr;
    auto *impactButton = editor->findChild<QPushButton *>(u"activationImpactButton"_s);
    if (!impactButton || impactButton->isEnabled())   // nothing edited yet
        return nullptr;
    auto *idsEdit = editor->findChild<QPlainTextEdit *>(u"userListIdsEdit"_s);
    if (!idsEdit)
        return nullptr;
    idsEdit->setFocus(Qt::TabFocusReason);
    QTest::keyClick(idsEdit, Qt::Key_End, Qt::ControlModifier);
    for (int n = 0; n < ids; ++n) {
        QTest::keyClick(idsEdit, Qt::Key_Return);
        QTest::keyClicks(idsEdit, u"user-%1"_s.arg(n));
    }
    return editor->isModified() ? editor : nullptr;
}

void TestImpactWindow::libraryEditCancelsStaleRun()
{
    openWindow();
    setUsers(500'000'000);
    LibraryEditor *editor = editBetaTesters(3);
    QVERIFY(editor);
    QSignalSpy finished(m_impact, &ImpactWindow::runFinished);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"activationImpactButton"_s), Qt::LeftButton);
    QVERIFY(m_impact->isRunning());
    QCOMPARE(m_impact->mode(), ImpactWindow::CompareLibrary);
    // Another id typed in the editor: the run of the edit before is stale.
    QTest::keyClicks(editor->findChild<QPlainTextEdit *>(u"userListIdsEdit"_s), u"9"_s);
    QVERIFY(finished.wait(10000));
    QVERIFY(m_impact->result().cancelled);
    const QString status = m_impact->findChild<QLabel *>(u"impactStatus"_s)->text();
    QVERIFY2(status.contains(u"edited again"_s), qPrintable(status));
}

void TestImpactWindow::libraryReviewShowsImpactInProtectedEnvironment()
{
    LibraryEditor *editor = editBetaTesters(40);
    QVERIFY(editor);
    const Activation edited = std::get<Activation>(editor->object().stored());
    bool shown = false;
    qsizetype lines = 0;
    QStringList lineFlags;
    QString environment;
    FlagsImpact result;
    QString text;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<LibraryImpactDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = true;
        lines = dialog->impactLines().size();
        if (lines > 0) {
            ImpactLine *line = dialog->impactLines().constFirst();
            QVERIFY(!line->findChild<QPushButton *>(u"impactLineDetails"_s)->isVisible());
            QVERIFY(QTest::qWaitFor([line] { return line->isFinished(); }, 60000));
            lineFlags = line->flags();
            environment = line->environment();
            result = line->result();
            text = line->text();
        }
        dialog->reject();
    });
    QTest::mouseClick(editor->findChild<QPushButton *>(u"activationSaveButton"_s), Qt::LeftButton);
    QVERIFY(shown);
    QCOMPARE(lines, 1);   // production is the one protected environment
    QCOMPARE(environment, u"production"_s);
    QStringList flags;
    const Workspace saved = m_session->workspace();
    for (const BehaviourChange &change : WorkspaceUses(saved).behaviourChanges(LibraryKind::Activation, u"beta-testers"_s)) {
        if (change.environment == u"production" && !flags.contains(change.flag))
            flags.append(change.flag);
    }
    QCOMPARE(lineFlags, flags);
    Workspace after = saved;
    for (Activation &activation : after.activations) {
        if (activation.key == edited.key)
            activation = edited;
    }
    const auto from = Engine::compile(saved, u"production"_s);
    const auto to = Engine::compile(after, u"production"_s);
    std::vector<bool> any(size_t(ImpactLine::DefaultUsers), false);
    for (const QString &flag : std::as_const(flags))
        countUserByUser(*from, *to, flag, ImpactLine::DefaultUsers, synthetic, &any);
    const qint64 expected = qint64(std::count(any.cbegin(), any.cend(), true));
    QVERIFY(expected > 0);
    QCOMPARE(result.changedAny, expected);
    QVERIFY2(text.contains(QLocale().toString(expected) + u" of "_s + QLocale().toString(100'000) + u" users"_s), qPrintable(text));
    QVERIFY(editor->isModified());   // cancelled: not saved
}

void TestImpactWindow::everyControlIsNamed()
{
    openWindow();
    for (QWidget *widget : m_impact->findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel *>(widget) || !widget->isVisibleTo(m_impact))
            continue;
        if (qobject_cast<QComboBox *>(widget) || qobject_cast<QPushButton *>(widget)
            || qobject_cast<QLineEdit *>(widget) || qobject_cast<QTableWidget *>(widget)
            || qobject_cast<QListWidget *>(widget) || qobject_cast<QSpinBox *>(widget)) {
            if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QSpinBox *>(widget->parentWidget()))
                continue;
            if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parentWidget()))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
}

void TestImpactWindow::savesChartAndNumbers()
{
    editSearchRanking();
    openWindow();
    setUsers(5'000);
    auto *csvButton = m_impact->findChild<QPushButton *>(u"impactSaveCsv"_s);
    QVERIFY(csvButton && !csvButton->isEnabled());   // nothing to save before a run
    runAndWait();
    const ImpactResult &shown = m_impact->result().flags.constFirst();
    const auto saveThrough = [this](const QString &button, const QString &path) {
        whenModal<QFileDialog>([path](QFileDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            name->setText(path);
            QTest::keyClick(name, Qt::Key_Return);
        });
        QTest::mouseClick(m_impact->findChild<QPushButton *>(button), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(path));
    };
    const QString png = m_dir.filePath(u"impact.png"_s);
    const QString svg = m_dir.filePath(u"impact.svg"_s);
    const QString csv = m_dir.filePath(u"impact.csv"_s);
    saveThrough(u"impactSavePng"_s, png);
    saveThrough(u"impactSaveSvg"_s, svg);
    saveThrough(u"impactSaveCsv"_s, csv);
    QFile pngFile(png);
    QVERIFY(pngFile.open(QIODevice::ReadOnly));
    QVERIFY(pngFile.read(8).startsWith("\x89PNG"));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QVERIFY(svgFile.readAll().contains("<svg"));
    // The numbers: one line per pair, summing to the users; the pairs that differ to `changed`.
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(), u"flag,from,to,count"_s);
    qint64 users = 0;
    qint64 changed = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(u',');
        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields.at(0), u"search-ranking"_s);
        users += fields.at(3).toLongLong();
        if (fields.at(1) != fields.at(2))
            changed += fields.at(3).toLongLong();
    }
    QCOMPARE(lines.size() - 1, shown.matrix.size());
    QCOMPARE(users, 5'000);
    QCOMPARE(changed, shown.changed);
    QVERIFY(changed > 0);
}

QTEST_MAIN(TestImpactWindow)
#include "tst_impactwindow.moc"
