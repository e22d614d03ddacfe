// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "simulationwindow.h"

#include "charts/barchart.h"
#include "engine/engine.h"
#include "engine/pluginregistry.h"
#include "formats/csvexport.h"
#include "problemlabel.h"
#include "text/flagtext.h"
#include "usersform.h"
#include "workspacesession.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
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
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

enum Column { VariationColumn, UsersColumn, ShareColumn, ConfiguredColumn, ColumnCount };

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
    , m_chart(new BarChart(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_fit(new QLabel(this))
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
    m_table->horizontalHeader()->setStretchLastSection(true);
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
    formLayout->addWidget(m_table, 1);
    formLayout->addWidget(m_fit);

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_chart, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_savePng);
    saveRow->addWidget(m_saveSvg);
    saveRow->addWidget(m_saveCsv);
    resultsLayout->addLayout(saveRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(form);
    splitter->addWidget(results);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    resize(1000, 620);

    setTabOrder(m_flag, m_environment);
    setTabOrder(m_environment, m_users->firstField());
    setTabOrder(m_users->lastField(), m_run);
    setTabOrder(m_run, m_cancel);
    setTabOrder(m_cancel, m_table);
    setTabOrder(m_table, m_savePng);
    setTabOrder(m_savePng, m_saveSvg);
    setTabOrder(m_saveSvg, m_saveCsv);

    m_poll->setInterval(20);
    connect(m_poll, &QTimer::timeout, this, &SimulationWindow::poll);
    connect(m_run, &QPushButton::clicked, this, &SimulationWindow::run);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(tr("Cancelled.")); });
    connect(m_savePng, &QPushButton::clicked, this, [this] { saveChart(false); });
    connect(m_saveSvg, &QPushButton::clicked, this, [this] { saveChart(true); });
    connect(m_saveCsv, &QPushButton::clicked, this, &SimulationWindow::saveCsv);

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
        return;
    }
    m_problem->setMessage({});
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
        auto *countItem = new QTableWidgetItem(locale.toString(count));
        countItem->setData(Qt::UserRole, count);
        countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, UsersColumn, countItem);
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
        auto *countItem = new QTableWidgetItem(locale.toString(r.unserved));
        countItem->setData(Qt::UserRole, r.unserved);
        countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, UsersColumn, countItem);
        m_table->setItem(row, ShareColumn, new QTableWidgetItem(percent(r.users > 0 ? double(r.unserved) / double(r.users) : 0.0)));
        m_table->setItem(row, ConfiguredColumn, new QTableWidgetItem(tr("—")));
    }
    m_table->resizeColumnsToContents();

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
    return csv.toUtf8();
}

void SimulationWindow::saveChart(bool svg)
{
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Save Chart as SVG") : tr("Save Chart as PNG"),
        m_result.flag + (svg ? u".svg"_s : u".png"_s),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    QString error;
    if (!(svg ? m_chart->saveSvg(path, &error) : m_chart->savePng(path, &error)))
        QMessageBox::warning(this, tr("Save Chart"), error);
    else
        m_status->setText(tr("Saved %1.").arg(path));
}

void SimulationWindow::saveCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Numbers as CSV"), m_result.flag + u".csv"_s,
                                                      tr("CSV files (*.csv)"), nullptr,
                                                      QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(resultCsv()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Save Numbers as CSV"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_status->setText(tr("Saved %1.").arg(path));
}

} // namespace Pennon
