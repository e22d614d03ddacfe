// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "simulationwindow.h"

#include "charts/barchart.h"
#include "charts/chartfiles.h"
#include "engine/engine.h"
#include "engine/pluginregistry.h"
#include "formats/csvexport.h"
#include "problemlabel.h"
#include "simulationcommand.h"
#include "text/flagtext.h"
#include "usersform.h"
#include "workspacesession.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

enum Column { VariationColumn, UsersColumn, ShareColumn, ConfiguredColumn, ColumnCount };
/// The by-rule table: then one column per variation, and one for no variation when needed.
enum RuleColumn { DeciderColumn, RuleUsersColumn, RuleShareColumn, RuleColumnCount };

QTableWidgetItem *countItem(qint64 count)
{
    auto *item = new QTableWidgetItem(QLocale().toString(count));
    item->setData(Qt::UserRole, count);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/// Every column as wide as its contents, the first one taking the room that is left.
void fitColumns(QTableWidget *table)
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (table->columnCount() > 0)
        header->setSectionResizeMode(0, QHeaderView::Stretch);
}

/// The rows of SimulationResult::deciders shown and written: every rule, the default serve,
/// and off and error when they decided for anyone (as pennonctl's "byRule").
QList<int> deciderRows(const SimulationResult &r)
{
    QList<int> rows;
    const int rules = int(r.ruleIds.size());
    for (int row = 0; row < rules + SimulationResult::SpecialDeciders; ++row) {
        if (row >= r.deciderRow(SimulationResult::Off)) {
            qint64 decided = 0;
            for (int v = -1; v < int(r.variations.size()); ++v)
                decided += r.deciderCount(row, v);
            if (decided == 0)
                continue;
        }
        rows.append(row);
    }
    return rows;
}

qint64 deciderUsers(const SimulationResult &r, int row)
{
    qint64 decided = 0;
    for (int v = -1; v < int(r.variations.size()); ++v)
        decided += r.deciderCount(row, v);
    return decided;
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 2) + u" %"_s;
}

} // namespace

/// What the worker prepared for a run: the engine compiled from the edited workspace and the
/// users to simulate (a CSV file is read there too).
struct SimulationWindow::Prepared {
    quint64 generation = 0;
    std::shared_ptr<const Engine> engine;
    int flagIndex = -1;
    SimulationOptions options;
    QString error;
};

SimulationWindow::SimulationWindow(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_flag(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_users(new UsersForm(u"simulation"_s, this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_problem(new ProblemLabel(this))
    , m_status(new QLabel(this))
    , m_note(new ProblemLabel(this, ProblemLabel::Role::Hint))
    , m_tabs(new QTabWidget(this))
    , m_chart(new BarChart(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_fit(new QLabel(this))
    , m_ruleChart(new BarChart(this))
    , m_ruleTable(new QTableWidget(0, RuleColumnCount, this))
    , m_copyCommand(new QPushButton(tr("Copy as Co&mmand"), this))
    , m_savePng(new QPushButton(tr("Save Chart as &PNG…"), this))
    , m_saveSvg(new QPushButton(tr("Save Chart as S&VG…"), this))
    , m_saveCsv(new QPushButton(tr("Save &Numbers as CSV…"), this))
    , m_poll(new QTimer(this))
{
    setObjectName(u"simulationWindow"_s);
    setWindowTitle(tr("Simulation — Many Users"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_flag->setObjectName(u"simulationFlag"_s);
    m_flag->setAccessibleName(tr("Flag"));
    m_environment->setObjectName(u"simulationEnvironment"_s);
    m_environment->setAccessibleName(tr("Environment"));
    m_run->setObjectName(u"simulationRun"_s);
    m_run->setAccessibleName(tr("Run the simulation"));
    m_run->setDefault(true);
    m_cancel->setObjectName(u"simulationCancel"_s);
    m_cancel->setAccessibleName(tr("Cancel the simulation"));
    m_progress->setObjectName(u"simulationProgress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setObjectName(u"simulationStatus"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_problem->setObjectName(u"simulationProblem"_s);
    m_chart->setObjectName(u"simulationChart"_s);
    m_chart->setAccessibleName(tr("Observed and configured shares"));
    m_chart->setValueAxis(tr("Share of users"), 100, u"%.0f %%"_s);
    m_table->setObjectName(u"simulationTable"_s);
    m_table->setAccessibleName(tr("Counts and shares"));
    m_table->setHorizontalHeaderLabels({tr("Variation"), tr("Users"), tr("Observed Share"), tr("Configured Share")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    fitColumns(m_table);
    m_ruleChart->setObjectName(u"simulationRuleChart"_s);
    m_ruleChart->setAccessibleName(tr("Users per rule and variation"));
    m_ruleChart->setValueAxis(tr("Users"), 0, u"%.0f"_s);
    m_ruleTable->setObjectName(u"simulationRuleTable"_s);
    m_ruleTable->setAccessibleName(tr("Users per rule"));
    m_ruleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ruleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ruleTable->verticalHeader()->hide();
    m_tabs->setObjectName(u"simulationTabs"_s);
    m_tabs->setAccessibleName(tr("Results"));
    m_note->setObjectName(u"simulationNote"_s);
    m_copyCommand->setObjectName(u"simulationCopyCommand"_s);
    m_copyCommand->setAccessibleName(tr("Copy as command"));
    m_copyCommand->setToolTip(tr("Copies the pennonctl simulate line that runs the simulation the form describes, "
                                 "by rule. It reads the database: unsaved changes are not in it (export the "
                                 "workspace and use --from FILE to simulate them)."));
    m_fit->setObjectName(u"simulationFit"_s);
    m_fit->setAccessibleName(tr("Goodness of fit"));
    m_fit->setWordWrap(true);
    m_fit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_savePng->setObjectName(u"simulationSavePng"_s);
    m_savePng->setAccessibleName(tr("Save the chart as PNG"));
    m_saveSvg->setObjectName(u"simulationSaveSvg"_s);
    m_saveSvg->setAccessibleName(tr("Save the chart as SVG"));
    m_saveCsv->setObjectName(u"simulationSaveCsv"_s);
    m_saveCsv->setAccessibleName(tr("Save the numbers as CSV"));

    // The form: what to simulate, and for whom.
    auto *what = new QGroupBox(tr("Flag"), this);
    auto *whatForm = new QFormLayout(what);
    auto *flagLabel = new QLabel(tr("&Flag:"), what);
    flagLabel->setBuddy(m_flag);
    whatForm->addRow(flagLabel, m_flag);
    auto *environmentLabel = new QLabel(tr("&Environment:"), what);
    environmentLabel->setBuddy(m_environment);
    whatForm->addRow(environmentLabel, m_environment);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);

    auto *form = new QWidget(this);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(what);
    formLayout->addWidget(m_users);
    formLayout->addLayout(runRow);
    formLayout->addWidget(m_problem);
    formLayout->addWidget(m_status);
    formLayout->addWidget(m_note);
    formLayout->addStretch(1);
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    form->setMinimumWidth(form->sizeHint().width());

    // The results in tabs: per variation, and per rule.
    auto *variations = new QWidget(m_tabs);
    auto *variationsLayout = new QVBoxLayout(variations);
    variationsLayout->addWidget(m_chart, 3);
    variationsLayout->addWidget(m_table, 1);
    variationsLayout->addWidget(m_fit);
    m_tabs->addTab(variations, tr("Variati&ons"));
    auto *byRule = new QWidget(m_tabs);
    auto *byRuleLayout = new QVBoxLayout(byRule);
    byRuleLayout->addWidget(m_ruleChart, 3);
    byRuleLayout->addWidget(m_ruleTable, 1);
    m_tabs->addTab(byRule, tr("By Ru&le"));

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_tabs, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_copyCommand);
    saveRow->addStretch(1);
    saveRow->addWidget(m_savePng);
    saveRow->addWidget(m_saveSvg);
    saveRow->addWidget(m_saveCsv);
    resultsLayout->addLayout(saveRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(formScroll);
    splitter->addWidget(results);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({460, 690});   // room for an attribute line such as country=choice(de:3,fr:1,us:2)
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    resize(1150, 700);

    setTabOrder(m_flag, m_environment);
    setTabOrder(m_environment, m_users->firstField());
    setTabOrder(m_users->lastField(), m_run);
    setTabOrder(m_run, m_cancel);
    setTabOrder(m_cancel, m_tabs);
    setTabOrder(m_tabs, m_table);
    setTabOrder(m_table, m_ruleTable);
    setTabOrder(m_ruleTable, m_copyCommand);
    setTabOrder(m_copyCommand, m_savePng);
    setTabOrder(m_savePng, m_saveSvg);
    setTabOrder(m_saveSvg, m_saveCsv);

    m_poll->setInterval(20);
    connect(m_poll, &QTimer::timeout, this, &SimulationWindow::poll);
    connect(m_run, &QPushButton::clicked, this, &SimulationWindow::run);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(tr("Cancelled.")); });
    connect(m_savePng, &QPushButton::clicked, this, [this] { saveChart(false); });
    connect(m_saveSvg, &QPushButton::clicked, this, [this] { saveChart(true); });
    connect(m_saveCsv, &QPushButton::clicked, this, &SimulationWindow::saveCsv);
    connect(m_copyCommand, &QPushButton::clicked, this, &SimulationWindow::copyCommand);

    // The workspace as edited changes: new choices, and a run made stale is cancelled.
    connect(m_session, &WorkspaceSession::workspaceReset, this, &SimulationWindow::refreshChoices);
    connect(m_session, &WorkspaceSession::environmentsChanged, this, &SimulationWindow::refreshChoices);
    connect(m_session, &WorkspaceSession::flagAdded, this, &SimulationWindow::refreshChoices);
    connect(m_session, &WorkspaceSession::flagRemoved, this, &SimulationWindow::refreshChoices);
    connect(m_session, &WorkspaceSession::flagChanged, this, &SimulationWindow::flagEdited);
    connect(m_session, &WorkspaceSession::draftChanged, this, &SimulationWindow::flagEdited);
    connect(m_session, &WorkspaceSession::draftsChanged, this, [this](const QStringList &keys) {
        if (keys.contains(m_runFlag))
            flagEdited(m_runFlag);
    });
    const auto libraryEdited = [this] {
        if (isRunning())
            cancel(tr("A shared activation or segment changed while the simulation ran, so its "
                      "result would be stale: it was cancelled. Run again to simulate the workspace as edited now."));
    };
    connect(m_session, &WorkspaceSession::activationsChanged, this, libraryEdited);
    connect(m_session, &WorkspaceSession::segmentsChanged, this, libraryEdited);

    refreshChoices();
    showResult();
}

SimulationWindow::~SimulationWindow()
{
    ++m_generation;   // a preparation still under way is dropped
    if (m_simulator)
        m_simulator->cancel();   // the Simulator's destructor waits for its threads
}

QAction *SimulationWindow::addMenuActions(QMenu *menu, WorkspaceSession *session,
                                          std::function<QString()> selectedFlag, QWidget *parent)
{
    QAction *many = menu->addAction(tr("&Many Users…"));
    many->setObjectName(u"manyUsersAction"_s);
    many->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    many->setStatusTip(tr("One flag evaluated for many synthetic or real users: the observed split "
                          "beside the configured one"));
    QObject::connect(many, &QAction::triggered, parent, [session, selectedFlag, parent] {
        auto *window = parent->findChild<SimulationWindow *>(u"simulationWindow"_s, Qt::FindDirectChildrenOnly);
        if (!window)
            window = new SimulationWindow(session, parent);
        if (!window->isRunning()) {
            const QString key = selectedFlag ? selectedFlag() : QString();
            if (!key.isEmpty())
                window->setFlag(key);
        }
        window->show();
        window->raise();
        window->activateWindow();
    });
    return many;
}

void SimulationWindow::setFlag(const QString &key)
{
    const int index = m_flag->findData(key);
    if (index >= 0)
        m_flag->setCurrentIndex(index);
}

QString SimulationWindow::flag() const
{
    return m_flag->currentData().toString();
}

QString SimulationWindow::environment() const
{
    return m_environment->currentData().toString();
}

void SimulationWindow::refreshChoices()
{
    const Workspace workspace = m_session->editedWorkspace();
    const QString flagKey = flag().isEmpty() ? m_runFlag : flag();
    QStringList keys;
    keys.reserve(workspace.flags.size());
    for (const Flag &f : workspace.flags)
        keys.append(f.key);
    keys.sort();
    m_flag->clear();
    for (const QString &key : std::as_const(keys))
        m_flag->addItem(key, key);
    setFlag(flagKey);

    const QString environmentKey = environment().isEmpty() ? m_session->currentEnvironment() : environment();
    m_environment->clear();
    for (const Environment &e : workspace.environments)
        m_environment->addItem(FlagText::environmentName(workspace, e.key), e.key);
    if (const int index = m_environment->findData(environmentKey); index >= 0)
        m_environment->setCurrentIndex(index);
    updateActions();
}

void SimulationWindow::updateActions()
{
    const bool running = isRunning();
    m_run->setEnabled(!running && m_flag->count() > 0 && m_environment->count() > 0);
    m_copyCommand->setEnabled(m_flag->count() > 0 && m_environment->count() > 0);
    m_cancel->setEnabled(running);
    const bool results = m_hasResult && !running && m_result.error.isEmpty();
    m_savePng->setEnabled(results);
    m_saveSvg->setEnabled(results);
    m_saveCsv->setEnabled(results);
}

void SimulationWindow::run()
{
    if (isRunning())
        return;
    SimulationOptions options;
    QString error;
    QWidget *field = nullptr;
    if (!m_users->options(&options, &error, &field)) {
        m_problem->showProblem(error, field);
        if (field)
            field->setFocus();
        return;
    }
    m_problem->setMessage({});
    m_note->setMessage({});
    m_hasResult = false;
    m_runFlag = flag();
    m_cancelReason.clear();
    m_preparing = true;
    m_progress->setValue(0);
    m_status->setText(tr("Preparing…"));
    updateActions();

    // The workspace as edited (a copy shares its lists) is compiled, and the CSV read, off
    // the GUI thread.
    const quint64 generation = ++m_generation;
    const Workspace workspace = m_session->editedWorkspace();
    const QString environmentKey = environment();
    const QString flagKey = m_runFlag;
    const QString csvPath = m_users->csvPath();
    const PluginRegistry *plugins = PluginRegistry::shared();
    auto *watcher = new QFutureWatcher<std::shared_ptr<Prepared>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Prepared>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const std::shared_ptr<Prepared> prepared = watcher->result();
        if (prepared->generation == m_generation)
            started(prepared);
    });
    watcher->setFuture(QtConcurrent::run([generation, workspace, environmentKey, flagKey, csvPath, options, plugins] {
        auto prepared = std::make_shared<Prepared>();
        prepared->generation = generation;
        prepared->options = options;
        if (!csvPath.isEmpty() && !UsersForm::readCsv(csvPath, &prepared->options, &prepared->error))
            return prepared;
        prepared->engine = Engine::compile(workspace, environmentKey, plugins);
        prepared->flagIndex = prepared->engine->flagIndex(flagKey);
        if (prepared->flagIndex < 0)
            prepared->error = SimulationWindow::tr("There is no flag '%1' in the workspace.").arg(flagKey);
        return prepared;
    }));
}

void SimulationWindow::started(const std::shared_ptr<Prepared> &prepared)
{
    m_preparing = false;
    if (!prepared->error.isEmpty()) {
        m_result = SimulationResult();
        m_result.error = prepared->error;
        m_hasResult = true;
        showResult();
        Q_EMIT runFinished();
        return;
    }
    m_simulator = std::make_unique<Simulator>(prepared->engine, prepared->flagIndex, prepared->options);
    m_simulator->start();
    m_status->setText(tr("Simulating…"));
    updateActions();
    m_poll->start();
}

void SimulationWindow::poll()
{
    if (!m_simulator) {
        m_poll->stop();
        return;
    }
    const qint64 total = m_simulator->total();
    if (total > 0)
        m_progress->setValue(int(std::min<qint64>(1000, m_simulator->progress() * 1000 / total)));
    if (m_simulator->isFinished())
        finish();
}

void SimulationWindow::finish()
{
    m_poll->stop();
    m_result = m_simulator->result();   // finished: does not wait
    m_simulator.reset();
    m_hasResult = true;
    if (!m_result.cancelled)
        m_progress->setValue(1000);
    showResult();
    Q_EMIT runFinished();
}

void SimulationWindow::cancel(const QString &why)
{
    m_cancelReason = why;
    if (m_preparing) {
        ++m_generation;   // its answer is dropped
        m_preparing = false;
        m_result = SimulationResult();
        m_result.cancelled = true;
        m_hasResult = true;
        showResult();
        Q_EMIT runFinished();
        return;
    }
    if (!m_simulator)
        return;
    m_simulator->cancel();
    // The workers stop within a few thousand users; the result then counts what they did.
    if (m_simulator->isFinished())
        finish();
    else
        m_status->setText(tr("Cancelling…"));
}

void SimulationWindow::flagEdited(const QString &key)
{
    if (key.isEmpty() || key != m_runFlag || !isRunning())
        return;
    cancel(tr("The flag '%1' was edited while the simulation ran, so its result would be stale: "
              "it was cancelled. Run again to simulate the flag as edited now.")
               .arg(key));
}

void SimulationWindow::showResult()
{
    updateActions();
    m_table->setRowCount(0);
    showByRule();
    if (!m_hasResult) {
        m_status->setText(tr("Choose a flag and the users, then Run."));
        m_fit->clear();
        m_chart->clear();
        return;
    }
    const SimulationResult &r = m_result;
    if (!r.error.isEmpty()) {
        m_status->clear();
        m_problem->setMessage(r.error);
        m_fit->clear();
        m_chart->clear();
        return;
    }
    const QLocale locale;
    if (r.cancelled) {
        m_status->setText(tr("%1 Counted %2 users before stopping.")
                              .arg(m_cancelReason.isEmpty() ? tr("Cancelled.") : m_cancelReason,
                                   locale.toString(r.users)));
    } else {
        m_status->setText(tr("%1 users through %2 in %3 s.")
                              .arg(locale.toString(r.users), r.flag, locale.toString(r.seconds, 'f', 2)));
    }
    const bool configured = r.decidingSplit.has_value();
    QList<double> observed;
    QList<double> expected;
    for (qsizetype v = 0; v < r.variations.size(); ++v) {
        const qint64 count = v < r.counts.size() ? r.counts.at(v) : 0;
        const double share = r.users > 0 ? double(count) / double(r.users) : 0.0;
        const bool hasWeight = v < r.configuredShares.size() && r.configuredShares.at(v).has_value();
        const double weight = hasWeight ? r.configuredShares.at(v).value() : 0.0;
        observed.append(share * 100);
        expected.append(weight * 100);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, VariationColumn, new QTableWidgetItem(r.variations.at(v)));
        m_table->setItem(row, UsersColumn, countItem(count));
        auto *shareItem = new QTableWidgetItem(percent(share));
        shareItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, ShareColumn, shareItem);
        auto *weightItem = new QTableWidgetItem(hasWeight ? percent(weight) : tr("—"));
        weightItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, ConfiguredColumn, weightItem);
    }
    if (r.unserved > 0) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, VariationColumn, new QTableWidgetItem(tr("(no variation)")));
        m_table->setItem(row, UsersColumn, countItem(r.unserved));
        m_table->setItem(row, ShareColumn, new QTableWidgetItem(percent(r.users > 0 ? double(r.unserved) / double(r.users) : 0.0)));
        m_table->setItem(row, ConfiguredColumn, new QTableWidgetItem(tr("—")));
    }

    QList<BarChart::Series> series{{tr("Observed"), observed}};
    if (configured)
        series.append({tr("Configured"), expected});
    m_chart->setTitle(tr("%1: share of %2 users per variation").arg(r.flag, locale.toString(r.users)));
    m_chart->setData(r.variations, series);

    if (r.chiSquare && r.pValue) {
        m_fit->setText(tr("Goodness of fit of the deciding split: χ² = %1 with %n degree(s) of freedom, p = %2.",
                          nullptr, r.degreesOfFreedom)
                           .arg(locale.toString(*r.chiSquare, 'g', 6), locale.toString(*r.pValue, 'g', 4)));
    } else if (configured) {
        m_fit->setText(tr("The deciding split has fewer than two variations with a weight: nothing to test."));
    } else {
        m_fit->setText(tr("No single split decides this flag's variations, so there is no configured share to compare with."));
    }
}

void SimulationWindow::showByRule()
{
    m_ruleTable->setRowCount(0);
    const SimulationResult &r = m_result;
    if (!m_hasResult || !r.error.isEmpty() || r.deciders.isEmpty()) {
        m_ruleTable->setColumnCount(RuleColumnCount);
        m_ruleTable->setHorizontalHeaderLabels({tr("Decided By"), tr("Users"), tr("Share")});
        fitColumns(m_ruleTable);
        m_ruleChart->clear();
        return;
    }
    const int variationCount = int(r.variations.size());
    const QList<int> rows = deciderRows(r);
    bool unserved = false;
    for (int row : rows)
        unserved = unserved || r.deciderCount(row, -1) > 0;
    QStringList headers{tr("Decided By"), tr("Users"), tr("Share")};
    headers += r.variations;
    if (unserved)
        headers.append(tr("(no variation)"));
    m_ruleTable->setColumnCount(int(headers.size()));
    m_ruleTable->setHorizontalHeaderLabels(headers);

    const int rules = int(r.ruleIds.size());
    QStringList categories;
    QList<BarChart::Series> series;
    for (const QString &variation : r.variations)
        series.append({variation, {}});
    for (int row : rows) {
        QString label;
        if (row < rules) {
            label = !r.ruleNames.value(row).isEmpty() ? r.ruleNames.at(row)
                  : !r.ruleIds.value(row).isEmpty()   ? r.ruleIds.at(row)
                                                      : tr("Rule %1").arg(row + 1);
        } else if (row == r.deciderRow(SimulationResult::Default)) {
            label = tr("Default");
        } else if (row == r.deciderRow(SimulationResult::Off)) {
            label = tr("Off");
        } else {
            label = tr("Error");
        }
        categories.append(label);
        const qint64 users = deciderUsers(r, row);
        const int at = m_ruleTable->rowCount();
        m_ruleTable->insertRow(at);
        auto *labelItem = new QTableWidgetItem(label);
        labelItem->setData(Qt::UserRole, row < rules ? QVariant(row) : QVariant());
        if (row < rules && !r.ruleIds.value(row).isEmpty())
            labelItem->setToolTip(tr("Rule %1, id %2").arg(row + 1).arg(r.ruleIds.at(row)));
        m_ruleTable->setItem(at, DeciderColumn, labelItem);
        m_ruleTable->setItem(at, RuleUsersColumn, countItem(users));
        auto *shareItem = new QTableWidgetItem(percent(r.users > 0 ? double(users) / double(r.users) : 0.0));
        shareItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ruleTable->setItem(at, RuleShareColumn, shareItem);
        for (int v = 0; v < variationCount; ++v) {
            m_ruleTable->setItem(at, RuleColumnCount + v, countItem(r.deciderCount(row, v)));
            series[v].values.append(double(r.deciderCount(row, v)));
        }
        if (unserved)
            m_ruleTable->setItem(at, RuleColumnCount + variationCount, countItem(r.deciderCount(row, -1)));
    }
    fitColumns(m_ruleTable);
    m_ruleChart->setTitle(tr("%1: users per rule and variation").arg(r.flag));
    m_ruleChart->setData(categories, series);
}

QString SimulationWindow::command(QString *error, QWidget **field) const
{
    SimulationOptions options;
    QString problem;
    if (!m_users->options(&options, &problem, field)) {
        if (error)
            *error = problem;
        return {};
    }
    const QString database = m_session->isWritable() ? m_session->sourceName() : QString();
    return SimulationCommand::simulateLine(database, environment(), flag(), options, m_users->csvPath(), true);
}

void SimulationWindow::copyCommand()
{
    QString error;
    QWidget *field = nullptr;
    const QString line = command(&error, &field);
    if (line.isEmpty()) {
        m_problem->showProblem(error, field);
        if (field)
            field->setFocus();
        return;
    }
    m_problem->setMessage({});
    QGuiApplication::clipboard()->setText(line);
    QStringList notes;
    if (!m_session->isWritable())
        notes.append(tr("This workspace has no database: the command simulates pennonctl's default workspace."));
    if (m_session->hasDrafts())
        notes.append(tr("Unsaved changes are not in the database: the command simulates the flags as saved "
                        "(save first, or export the workspace and run it with --from FILE)."));
    m_note->setMessage(notes.join(u'\n'));
    m_status->setText(tr("Copied: %1").arg(line));
}

QByteArray SimulationWindow::resultCsv() const
{
    QString csv = u"variation,count,share,configured_share\r\n"_s;
    const SimulationResult &r = m_result;
    for (qsizetype v = 0; v < r.variations.size(); ++v) {
        const qint64 count = v < r.counts.size() ? r.counts.at(v) : 0;
        const std::optional<double> weight = v < r.configuredShares.size() ? r.configuredShares.at(v) : std::nullopt;
        csv += CsvExport::field(r.variations.at(v)) + u',' + QString::number(count) + u','
               + QString::number(r.users > 0 ? double(count) / double(r.users) : 0.0, 'g', 10) + u','
               + (weight ? QString::number(*weight, 'g', 10) : QString()) + u"\r\n"_s;
    }
    if (r.unserved > 0) {
        csv += u"," + QString::number(r.unserved) + u','
               + QString::number(r.users > 0 ? double(r.unserved) / double(r.users) : 0.0, 'g', 10) + u",\r\n"_s;
    }
    if (!r.deciders.isEmpty()) {
        // By rule: a second table after an empty line.
        csv += u"\r\ndecided_by,id,name,users,share"_s;
        for (const QString &variation : r.variations)
            csv += u',' + CsvExport::field(variation);
        if (r.unserved > 0)
            csv += u",no_variation"_s;
        csv += u"\r\n"_s;
        const int rules = int(r.ruleIds.size());
        for (int row : deciderRows(r)) {
            const qint64 users = deciderUsers(r, row);
            csv += (row < rules ? QString::number(row)
                    : row == r.deciderRow(SimulationResult::Default) ? u"default"_s
                    : row == r.deciderRow(SimulationResult::Off)     ? u"off"_s
                                                                     : u"error"_s)
                   + u',' + CsvExport::field(r.ruleIds.value(row)) + u',' + CsvExport::field(r.ruleNames.value(row))
                   + u',' + QString::number(users) + u','
                   + QString::number(r.users > 0 ? double(users) / double(r.users) : 0.0, 'g', 10);
            for (int v = 0; v < int(r.variations.size()); ++v)
                csv += u',' + QString::number(r.deciderCount(row, v));
            if (r.unserved > 0)
                csv += u',' + QString::number(r.deciderCount(row, -1));
            csv += u"\r\n"_s;
        }
    }
    return csv.toUtf8();
}

void SimulationWindow::saveChart(bool svg)
{
    // The chart of the tab shown.
    const bool byRule = m_tabs->currentIndex() == 1;
    const BarChart *chart = byRule ? m_ruleChart : m_chart;
    const QString path = ChartFiles::saveChart(this, chart, svg, m_result.flag + (byRule ? u"-by-rule"_s : QString()));
    if (!path.isEmpty())
        m_status->setText(tr("Saved %1.").arg(path));
}

void SimulationWindow::saveCsv()
{
    const QString path = ChartFiles::saveCsv(this, tr("Save Numbers as CSV"), m_result.flag + u".csv"_s, resultCsv());
    if (!path.isEmpty())
        m_status->setText(tr("Saved %1.").arg(path));
}

} // namespace Pennon
