// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "impactwindow.h"

#include "charts/barchart.h"
#include "charts/chartfiles.h"
#include "formats/csvexport.h"
#include "engine/engine.h"
#include "engine/pluginregistry.h"
#include "impactline.h"
#include "model/uses.h"
#include "problemlabel.h"
#include "text/flagtext.h"
#include "usersform.h"
#include "workspacesession.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMetaMethod>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

QString percent(qint64 part, qint64 whole)
{
    return QLocale().toString(whole > 0 ? double(part) * 100 / double(whole) : 0.0, 'f', 1) + u" %"_s;
}

QString variationName(const QString &key)
{
    return key.isEmpty() ? ImpactWindow::tr("(no variation)") : key;
}

QStringList variationsOf(const Engine &engine, const QString &flagKey)
{
    QStringList keys;
    if (const int index = engine.flagIndex(flagKey); index >= 0) {
        for (const Variation &variation : engine.flag(index).variations)
            keys.append(variation.key);
    }
    return keys;
}

QString objectId(LibraryKind kind, const QString &key)
{
    return (kind == LibraryKind::Activation ? u"a:"_s : u"s:"_s) + key;
}

} // namespace

/// Shared by the GUI and the worker of one run: cancel, and how far it is.
struct ImpactWindow::RunState {
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
};

/// What a run found, with the users it compared (to open a sample as a persona).
struct ImpactWindow::Outcome {
    quint64 generation = 0;
    FlagsImpact impact;
    SimulationOptions options;
    QString environment;
    QString toEnvironment;
    QString error;
    bool library = false;                ///< an activation or segment over the flags that use it
    QList<QStringList> fromVariations;   ///< per flag compared
    QList<QStringList> toVariations;
};

ImpactWindow::ImpactWindow(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_mode(new QComboBox(this))
    , m_flag(new QComboBox(this))
    , m_object(new QComboBox(this))
    , m_objectState(new QLabel(this))
    , m_environment(new QComboBox(this))
    , m_toEnvironment(new QComboBox(this))
    , m_flagLabel(new QLabel(tr("&Flag:"), this))
    , m_objectLabel(new QLabel(tr("&Activation or segment:"), this))
    , m_toLabel(new QLabel(tr("Compared &with:"), this))
    , m_users(new UsersForm(u"impact"_s, this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_problem(new ProblemLabel(this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_flags(new QTableWidget(0, 3, this))
    , m_matrix(new QTableWidget(this))
    , m_chart(new BarChart(this))
    , m_samples(new QListWidget(this))
    , m_openSample(new QPushButton(tr("Open as &Persona"), this))
    , m_savePng(new QPushButton(tr("Save Chart as PN&G…"), this))
    , m_saveSvg(new QPushButton(tr("Save Chart as S&VG…"), this))
    , m_saveCsv(new QPushButton(tr("Save &Numbers as CSV…"), this))
    , m_poll(new QTimer(this))
{
    setObjectName(u"impactWindow"_s);
    setWindowTitle(tr("Change Impact"));

    m_mode->setObjectName(u"impactMode"_s);
    m_mode->setAccessibleName(tr("What to compare"));
    m_mode->addItem(tr("A flag: saved vs as edited"), CompareDraft);
    m_mode->addItem(tr("A flag: one environment vs another"), CompareEnvironments);
    m_mode->addItem(tr("An activation or segment: saved vs as edited"), CompareLibrary);
    m_flag->setObjectName(u"impactFlag"_s);
    m_flag->setAccessibleName(tr("Flag"));
    m_object->setObjectName(u"impactObject"_s);
    m_object->setAccessibleName(tr("Activation or segment"));
    m_objectState->setObjectName(u"impactObjectState"_s);
    m_objectState->setWordWrap(true);
    m_environment->setObjectName(u"impactEnvironment"_s);
    m_environment->setAccessibleName(tr("Environment"));
    m_toEnvironment->setObjectName(u"impactToEnvironment"_s);
    m_toEnvironment->setAccessibleName(tr("Environment compared with"));
    m_flagLabel->setBuddy(m_flag);
    m_objectLabel->setBuddy(m_object);
    m_toLabel->setBuddy(m_toEnvironment);
    m_run->setObjectName(u"impactRun"_s);
    m_run->setAccessibleName(tr("Run the comparison"));
    m_run->setDefault(true);
    m_cancel->setObjectName(u"impactCancel"_s);
    m_cancel->setAccessibleName(tr("Cancel the comparison"));
    m_progress->setObjectName(u"impactProgress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_problem->setObjectName(u"impactProblem"_s);
    m_status->setObjectName(u"impactStatus"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_summary->setObjectName(u"impactSummary"_s);
    m_summary->setAccessibleName(tr("Users who change"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_flags->setObjectName(u"impactFlags"_s);
    m_flags->setAccessibleName(tr("Flags that use it, with the users who change"));
    m_flags->setHorizontalHeaderLabels({tr("Flag"), tr("Users Who Change"), tr("Share")});
    m_flags->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_flags->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flags->setSelectionMode(QAbstractItemView::SingleSelection);
    m_flags->verticalHeader()->hide();
    m_flags->horizontalHeader()->setStretchLastSection(true);
    m_matrix->setObjectName(u"impactMatrix"_s);
    m_matrix->setAccessibleName(tr("Users by variation before (rows) and after (columns)"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chart->setObjectName(u"impactChart"_s);
    m_chart->setAccessibleName(tr("Users per change of variation"));
    m_chart->setValueAxis(tr("Users"), 0, u"%.0f"_s);
    m_samples->setObjectName(u"impactSamples"_s);
    m_samples->setAccessibleName(tr("Sample users who change"));
    m_openSample->setObjectName(u"impactOpenSample"_s);
    m_openSample->setAccessibleName(tr("Open the sample user as a persona"));
    m_savePng->setObjectName(u"impactSavePng"_s);
    m_savePng->setAccessibleName(tr("Save the chart as PNG"));
    m_saveSvg->setObjectName(u"impactSaveSvg"_s);
    m_saveSvg->setAccessibleName(tr("Save the chart as SVG"));
    m_saveCsv->setObjectName(u"impactSaveCsv"_s);
    m_saveCsv->setAccessibleName(tr("Save the numbers as CSV"));

    auto *what = new QGroupBox(tr("Compare"), this);
    auto *whatForm = new QFormLayout(what);
    auto *modeLabel = new QLabel(tr("C&ompare:"), what);
    modeLabel->setBuddy(m_mode);
    whatForm->addRow(modeLabel, m_mode);
    whatForm->addRow(m_flagLabel, m_flag);
    whatForm->addRow(m_objectLabel, m_object);
    whatForm->addRow(QString(), m_objectState);
    auto *environmentLabel = new QLabel(tr("&Environment:"), what);
    environmentLabel->setBuddy(m_environment);
    whatForm->addRow(environmentLabel, m_environment);
    whatForm->addRow(m_toLabel, m_toEnvironment);

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
    formLayout->addWidget(m_summary);
    formLayout->addWidget(m_flags, 100);
    formLayout->addStretch(1);   // the space of the flags table while it is hidden

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    auto *matrixLabel = new QLabel(tr("&Before (rows) → after (columns):"), results);
    matrixLabel->setBuddy(m_matrix);
    resultsLayout->addWidget(matrixLabel);
    resultsLayout->addWidget(m_matrix, 1);
    resultsLayout->addWidget(m_chart, 2);
    auto *samplesLabel = new QLabel(tr("Sa&mple users who change (double-click or Enter opens one as a persona):"), results);
    samplesLabel->setBuddy(m_samples);
    samplesLabel->setWordWrap(true);
    resultsLayout->addWidget(samplesLabel);
    auto *sampleRow = new QHBoxLayout;
    sampleRow->addWidget(m_samples, 1);
    sampleRow->addWidget(m_openSample, 0, Qt::AlignTop);
    resultsLayout->addLayout(sampleRow);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_savePng);
    saveRow->addWidget(m_saveSvg);
    saveRow->addWidget(m_saveCsv);
    resultsLayout->addLayout(saveRow);
    m_samples->setMaximumHeight(m_samples->fontMetrics().height() * 7);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(form);
    splitter->addWidget(results);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    resize(1100, 700);

    setTabOrder(m_mode, m_flag);
    setTabOrder(m_flag, m_object);
    setTabOrder(m_object, m_environment);
    setTabOrder(m_environment, m_toEnvironment);
    setTabOrder(m_toEnvironment, m_users->firstField());
    setTabOrder(m_users->lastField(), m_run);
    setTabOrder(m_run, m_cancel);
    setTabOrder(m_cancel, m_flags);
    setTabOrder(m_flags, m_matrix);
    setTabOrder(m_matrix, m_samples);
    setTabOrder(m_samples, m_openSample);
    setTabOrder(m_openSample, m_savePng);
    setTabOrder(m_savePng, m_saveSvg);
    setTabOrder(m_saveSvg, m_saveCsv);

    m_poll->setInterval(20);
    connect(m_poll, &QTimer::timeout, this, &ImpactWindow::poll);
    connect(m_run, &QPushButton::clicked, this, &ImpactWindow::run);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(tr("Cancelled.")); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ImpactWindow::updateMode);
    connect(m_object, &QComboBox::currentIndexChanged, this, &ImpactWindow::updateMode);
    connect(m_flags, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0)
            showFlag(m_flags->item(row, 0)->data(Qt::UserRole).toInt());
    });
    connect(m_samples, &QListWidget::itemActivated, this, &ImpactWindow::openSample);
    connect(m_samples, &QListWidget::currentRowChanged, this, &ImpactWindow::updateActions);
    connect(m_openSample, &QPushButton::clicked, this, &ImpactWindow::openSample);
    const auto baseName = [this] {
        return m_outcome && !m_outcome->impact.flags.isEmpty() ? m_outcome->impact.flags.constFirst().flag + u"-impact"_s
                                                                 : u"impact"_s;
    };
    const auto saveChart = [this, baseName](bool svg) {
        const QString path = ChartFiles::saveChart(this, m_chart, svg, baseName());
        if (!path.isEmpty())
            m_status->setText(tr("Saved %1.").arg(path));
    };
    connect(m_savePng, &QPushButton::clicked, this, [saveChart] { saveChart(false); });
    connect(m_saveSvg, &QPushButton::clicked, this, [saveChart] { saveChart(true); });
    connect(m_saveCsv, &QPushButton::clicked, this, [this, baseName] {
        const QString path = ChartFiles::saveCsv(this, tr("Save Numbers as CSV"), baseName() + u".csv"_s, resultCsv());
        if (!path.isEmpty())
            m_status->setText(tr("Saved %1.").arg(path));
    });

    // The workspace as edited changes: new choices, and a run made stale is cancelled.
    connect(m_session, &WorkspaceSession::workspaceReset, this, &ImpactWindow::refreshChoices);
    connect(m_session, &WorkspaceSession::environmentsChanged, this, &ImpactWindow::refreshChoices);
    connect(m_session, &WorkspaceSession::flagAdded, this, &ImpactWindow::refreshChoices);
    connect(m_session, &WorkspaceSession::flagRemoved, this, &ImpactWindow::refreshChoices);
    connect(m_session, &WorkspaceSession::flagChanged, this, &ImpactWindow::flagEdited);
    connect(m_session, &WorkspaceSession::draftChanged, this, &ImpactWindow::flagEdited);
    connect(m_session, &WorkspaceSession::draftsChanged, this, [this](const QStringList &keys) {
        for (const QString &key : keys)
            flagEdited(key);
    });
    const auto libraryEdited = [this] {
        refreshChoices();
        if (m_running)
            cancel(tr("A shared activation or segment was saved while the comparison ran, so its result "
                      "would be stale: it was cancelled. Run again to compare the workspace as it is now."));
    };
    connect(m_session, &WorkspaceSession::activationsChanged, this, libraryEdited);
    connect(m_session, &WorkspaceSession::segmentsChanged, this, libraryEdited);

    refreshChoices();
    updateMode();
    showResult();
}

ImpactWindow::~ImpactWindow()
{
    ++m_generation;   // a run still under way is dropped ...
    if (m_state)
        m_state->cancel = true;   // ... and stops soon (it holds what it needs)
}

ImpactWindow *ImpactWindow::ensure(WorkspaceSession *session, QWidget *parent,
                                   const std::function<void(ImpactWindow *)> &created)
{
    auto *window = parent->findChild<ImpactWindow *>(u"impactWindow"_s, Qt::FindDirectChildrenOnly);
    if (!window) {
        window = new ImpactWindow(session, parent);
        if (created)
            created(window);
    }
    return window;
}

QAction *ImpactWindow::addMenuAction(QMenu *menu)
{
    QAction *action = menu->addAction(tr("Change &Impact…"));
    action->setObjectName(u"changeImpactAction"_s);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    action->setStatusTip(tr("How many users would get another variation when a change is saved, "
                            "or between two environments"));
    return action;
}

const FlagsImpact &ImpactWindow::result() const
{
    static const FlagsImpact none;
    return m_outcome ? m_outcome->impact : none;
}

ImpactWindow::Mode ImpactWindow::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

QString ImpactWindow::flag() const
{
    return m_flag->currentData().toString();
}

QString ImpactWindow::environment() const
{
    return m_environment->currentData().toString();
}

void ImpactWindow::showDraft(const QString &flagKey, const QString &environment)
{
    m_mode->setCurrentIndex(m_mode->findData(CompareDraft));
    if (const int index = m_flag->findData(flagKey); index >= 0)
        m_flag->setCurrentIndex(index);
    if (const int index = m_environment->findData(environment); index >= 0)
        m_environment->setCurrentIndex(index);
}

void ImpactWindow::showEnvironments(const QString &flagKey, const QString &from, const QString &to)
{
    m_mode->setCurrentIndex(m_mode->findData(CompareEnvironments));
    if (const int index = m_flag->findData(flagKey); index >= 0)
        m_flag->setCurrentIndex(index);
    if (const int index = m_environment->findData(from); index >= 0)
        m_environment->setCurrentIndex(index);
    if (const int index = m_toEnvironment->findData(to); index >= 0)
        m_toEnvironment->setCurrentIndex(index);
}

void ImpactWindow::showLibraryEdit(const Activation &edited, const QString &environment)
{
    setLibraryEdit(objectId(LibraryKind::Activation, edited.key), edited, environment);
}

void ImpactWindow::showLibraryEdit(const Segment &edited, const QString &environment)
{
    setLibraryEdit(objectId(LibraryKind::Segment, edited.key), edited, environment);
}

void ImpactWindow::updateLibraryEdit(const Activation &edited)
{
    replaceLibraryEdit(objectId(LibraryKind::Activation, edited.key), edited);
}

void ImpactWindow::updateLibraryEdit(const Segment &edited)
{
    replaceLibraryEdit(objectId(LibraryKind::Segment, edited.key), edited);
}

void ImpactWindow::replaceLibraryEdit(const QString &id, const std::variant<Activation, Segment> &edited)
{
    if (!m_libraryEdits.contains(id))
        return;   // not one this window compares
    m_libraryEdits.insert(id, edited);
    if (m_running && m_runObject == id) {
        cancel(tr("The %1 was edited again while the comparison ran, so its result would be stale: it was "
                  "cancelled. Run again to compare it as edited now.").arg(id.mid(2)));
    }
}

void ImpactWindow::setLibraryEdit(const QString &id, const std::variant<Activation, Segment> &edited,
                                  const QString &environment)
{
    m_libraryEdits.insert(id, edited);
    // A new edit of the object being compared makes the running comparison stale.
    if (m_running && m_runObject == id) {
        cancel(tr("The %1 was edited again while the comparison ran, so its result would be stale: it was "
                  "cancelled.").arg(id.mid(2)));
    }
    refreshChoices();
    m_mode->setCurrentIndex(m_mode->findData(CompareLibrary));
    if (const int index = m_object->findData(id); index >= 0)
        m_object->setCurrentIndex(index);
    if (const int index = m_environment->findData(environment); index >= 0)
        m_environment->setCurrentIndex(index);
    updateMode();
}

void ImpactWindow::present(bool runNow)
{
    show();
    raise();
    activateWindow();
    if (!runNow)
        return;
    if (m_running) {
        // What runs is stale now: it stops, and the comparison asked for starts after it.
        cancel(tr("A new comparison was asked for."));
        m_rerun = true;
    } else {
        run();
    }
}

void ImpactWindow::refreshChoices()
{
    const Workspace workspace = m_session->editedWorkspace();
    const QString flagKey = flag();
    QStringList keys;
    keys.reserve(workspace.flags.size());
    for (const Flag &f : workspace.flags)
        keys.append(f.key);
    keys.sort();
    {
        const QSignalBlocker blocker(m_flag);
        m_flag->clear();
        for (const QString &key : std::as_const(keys))
            m_flag->addItem(key, key);
        if (const int index = m_flag->findData(flagKey); index >= 0)
            m_flag->setCurrentIndex(index);
    }

    const QString objectKey = m_object->currentData().toString();
    {
        const QSignalBlocker blocker(m_object);
        m_object->clear();
        const Workspace &saved = m_session->workspace();
        for (const Activation &activation : saved.activations)
            m_object->addItem(tr("Activation %1").arg(activation.key), objectId(LibraryKind::Activation, activation.key));
        for (const Segment &segment : saved.segments)
            m_object->addItem(tr("Segment %1").arg(segment.key), objectId(LibraryKind::Segment, segment.key));
        if (const int index = m_object->findData(objectKey); index >= 0)
            m_object->setCurrentIndex(index);
    }

    for (QComboBox *box : {m_environment, m_toEnvironment}) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        for (const Environment &e : workspace.environments)
            box->addItem(FlagText::environmentName(workspace, e.key), e.key);
        const QString wanted = !current.isEmpty() ? current
                               : box == m_environment ? m_session->currentEnvironment()
                                                      : QString();
        if (const int index = box->findData(wanted); index >= 0)
            box->setCurrentIndex(index);
        else if (box == m_toEnvironment && box->count() > 1)
            box->setCurrentIndex(box->currentIndex() == m_environment->currentIndex() ? 1 : box->currentIndex());
    }
    updateMode();
}

void ImpactWindow::updateMode()
{
    const Mode m = mode();
    m_flagLabel->setVisible(m != CompareLibrary);
    m_flag->setVisible(m != CompareLibrary);
    m_objectLabel->setVisible(m == CompareLibrary);
    m_object->setVisible(m == CompareLibrary);
    m_objectState->setVisible(m == CompareLibrary);
    m_toLabel->setVisible(m == CompareEnvironments);
    m_toEnvironment->setVisible(m == CompareEnvironments);
    if (m == CompareLibrary) {
        m_objectState->setText(m_libraryEdits.contains(m_object->currentData().toString())
                                   ? tr("Compared as edited in the library editor (not saved yet) with its saved state, "
                                        "over every flag that uses it.")
                                   : tr("No unsaved edit of it: use Impact… in its library editor to compare an edit."));
    }
    updateActions();
}

void ImpactWindow::updateActions()
{
    const Mode m = mode();
    const bool ready = m_environment->count() > 0
                       && (m == CompareLibrary ? m_object->count() > 0 : m_flag->count() > 0);
    m_run->setEnabled(!m_running && ready);
    m_cancel->setEnabled(m_running);
    // A sample opens as a persona where someone shows personas (not in the review's own window).
    m_openSample->setEnabled(m_samples->currentRow() >= 0
                             && isSignalConnected(QMetaMethod::fromSignal(&ImpactWindow::personaRequested)));
    const bool results = !m_running && m_outcome && m_outcome->error.isEmpty() && !m_outcome->impact.flags.isEmpty();
    m_savePng->setEnabled(results);
    m_saveSvg->setEnabled(results);
    m_saveCsv->setEnabled(results);
}

QByteArray ImpactWindow::resultCsv() const
{
    QString csv = u"flag,from,to,count\r\n"_s;
    if (m_outcome) {
        for (const ImpactResult &r : m_outcome->impact.flags) {
            for (const ImpactResult::Cell &cell : r.matrix) {
                csv += CsvExport::field(r.flag) + u',' + CsvExport::field(cell.from) + u',' + CsvExport::field(cell.to)
                       + u',' + QString::number(cell.count) + u"\r\n"_s;
            }
        }
    }
    return csv.toUtf8();
}

void ImpactWindow::run()
{
    if (m_running)
        return;
    SimulationOptions options;
    QString error;
    QWidget *field = nullptr;
    if (!m_users->options(&options, &error, &field)) {
        m_problem->showProblem(error, field);
        return;
    }
    m_problem->setMessage({});
    const Mode m = mode();
    const QString environmentKey = environment();
    const QString toEnvironmentKey = m == CompareEnvironments ? m_toEnvironment->currentData().toString() : environmentKey;

    // The two configurations (copies share their lists; the work on them is the worker's).
    Workspace from;
    Workspace to;
    std::optional<std::pair<LibraryKind, QString>> object;
    m_runObject.clear();
    m_runFlags.clear();
    if (m == CompareDraft) {
        from = m_session->workspace();
        to = m_session->editedWorkspace();
        m_runFlags = {flag()};
    } else if (m == CompareEnvironments) {
        from = m_session->editedWorkspace();
        to = from;
        m_runFlags = {flag()};
    } else {
        m_runObject = m_object->currentData().toString();
        const LibraryKind kind = m_runObject.startsWith(u"a:") ? LibraryKind::Activation : LibraryKind::Segment;
        object = std::make_pair(kind, m_runObject.mid(2));
        from = m_session->editedWorkspace();
        const auto edit = m_libraryEdits.constFind(m_runObject);
        to = edit != m_libraryEdits.cend() ? ImpactLine::withObject(from, *edit) : from;
    }

    m_running = true;
    m_cancelReason.clear();
    m_progress->setValue(0);
    m_status->setText(tr("Preparing…"));
    updateActions();

    const quint64 generation = ++m_generation;
    m_state = std::make_shared<RunState>();
    const std::shared_ptr<RunState> state = m_state;
    const QStringList flags = m_runFlags;
    const QString csvPath = m_users->csvPath();
    const PluginRegistry *plugins = PluginRegistry::shared();
    auto *watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const std::shared_ptr<Outcome> outcome = watcher->result();
        if (outcome->generation == m_generation)
            finished(outcome);
    });
    watcher->setFuture(QtConcurrent::run([=] {
        auto outcome = std::make_shared<Outcome>();
        outcome->generation = generation;
        outcome->options = options;
        outcome->environment = environmentKey;
        outcome->toEnvironment = toEnvironmentKey;
        if (!csvPath.isEmpty() && !UsersForm::readCsv(csvPath, &outcome->options, &outcome->error))
            return outcome;
        QStringList keys = flags;
        outcome->library = object.has_value();
        if (object) {
            // Every flag whose behaviour there changes with the object, directly or by a prerequisite.
        // (Who uses it does not depend on the edit: flags name the object by its key.)
            for (const BehaviourChange &change : WorkspaceUses(from).behaviourChanges(object->first, object->second)) {
                if (change.environment == environmentKey && !keys.contains(change.flag))
                    keys.append(change.flag);
            }
        }
        if (state->cancel)
            return outcome;
        const std::shared_ptr<const Engine> fromEngine = Engine::compile(from, environmentKey, plugins);
        const std::shared_ptr<const Engine> toEngine = Engine::compile(to, toEnvironmentKey, plugins);
        for (const QString &key : std::as_const(keys)) {
            outcome->fromVariations.append(variationsOf(*fromEngine, key));
            outcome->toVariations.append(variationsOf(*toEngine, key));
        }
        outcome->impact = ChangeImpact::compareFlags(fromEngine, toEngine, keys, outcome->options, 10, &state->cancel,
                                                     [state](qint64 done, qint64 total) {
                                                         state->total.store(total, std::memory_order_relaxed);
                                                         state->done.store(done, std::memory_order_relaxed);
                                                     });
        return outcome;
    }));
    m_poll->start();
}

void ImpactWindow::poll()
{
    if (!m_state)
        return;
    const qint64 total = m_state->total.load(std::memory_order_relaxed);
    if (total > 0) {
        m_progress->setValue(int(std::min<qint64>(1000, m_state->done.load(std::memory_order_relaxed) * 1000 / total)));
        if (!m_state->cancel)
            m_status->setText(tr("Comparing…"));
    }
}

void ImpactWindow::cancel(const QString &why)
{
    if (!m_running)
        return;
    m_cancelReason = why;
    m_state->cancel = true;
    m_status->setText(tr("Cancelling…"));
    // The workers stop within a few thousand users; finished() then shows what they counted.
}

void ImpactWindow::finished(const std::shared_ptr<Outcome> &outcome)
{
    m_poll->stop();
    m_running = false;
    m_state.reset();
    if (!outcome->impact.cancelled && outcome->error.isEmpty() && m_cancelReason.isEmpty())
        m_progress->setValue(1000);
    if (!m_cancelReason.isEmpty())
        outcome->impact.cancelled = true;
    m_outcome = outcome;
    showResult();
    Q_EMIT runFinished();
    if (std::exchange(m_rerun, false))
        run();
}

void ImpactWindow::flagEdited(const QString &key)
{
    if (key.isEmpty() || !m_running || !m_runFlags.contains(key))
        return;
    cancel(tr("The flag '%1' was edited while the comparison ran, so its result would be stale: it was "
              "cancelled. Run again to compare the flag as edited now.")
               .arg(key));
}

void ImpactWindow::showResult()
{
    updateActions();
    m_flags->setRowCount(0);
    m_flags->setVisible(m_outcome && m_outcome->library && !m_outcome->impact.flags.isEmpty());
    m_shown = -1;
    if (!m_outcome) {
        m_status->setText(tr("Choose what to compare and the users, then Run."));
        m_summary->clear();
        showFlag(-1);
        return;
    }
    const Outcome &o = *m_outcome;
    const FlagsImpact &impact = o.impact;
    const QLocale locale;
    if (!o.error.isEmpty()) {
        m_status->clear();
        m_summary->clear();
        m_problem->setMessage(o.error);
        showFlag(-1);
        return;
    }
    if (impact.cancelled) {
        m_status->setText(tr("%1 Counted %2 users before stopping.")
                              .arg(m_cancelReason.isEmpty() ? tr("Cancelled.") : m_cancelReason,
                                   locale.toString(impact.users)));
    } else {
        m_status->setText(tr("%1 users compared in %2 s.")
                              .arg(locale.toString(impact.users), locale.toString(impact.seconds, 'f', 2)));
    }
    if (o.library) {
        if (impact.flags.isEmpty()) {
            m_summary->setText(tr("No flag uses %1 in this environment: nobody changes.").arg(m_runObject.mid(2)));
        } else {
            m_summary->setText(tr("%1 of %2 users (%3) would get another variation of at least one of %n flag(s).",
                                  nullptr, int(impact.flags.size()))
                                   .arg(locale.toString(impact.changedAny), locale.toString(impact.users),
                                        percent(impact.changedAny, impact.users)));
        }
        for (qsizetype f = 0; f < impact.flags.size(); ++f) {
            const ImpactResult &r = impact.flags.at(f);
            const int row = m_flags->rowCount();
            m_flags->insertRow(row);
            auto *key = new QTableWidgetItem(r.flag);
            key->setData(Qt::UserRole, int(f));
            m_flags->setItem(row, 0, key);
            auto *changed = new QTableWidgetItem(r.error.isEmpty() ? locale.toString(r.changed) : r.error);
            changed->setData(Qt::UserRole, r.changed);
            changed->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_flags->setItem(row, 1, changed);
            auto *share = new QTableWidgetItem(percent(r.changed, r.users));
            share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_flags->setItem(row, 2, share);
        }
        m_flags->resizeColumnsToContents();
        if (m_flags->rowCount() > 0)
            m_flags->setCurrentCell(0, 0);
        else
            showFlag(-1);
        return;
    }
    if (!impact.flags.isEmpty()) {
        const ImpactResult &r = impact.flags.constFirst();
        if (!r.error.isEmpty()) {
            m_summary->clear();
            m_problem->setMessage(r.error);
            showFlag(-1);
            return;
        }
        m_summary->setText(tr("%1 of %2 users (%3) would get another variation of %4.")
                               .arg(locale.toString(r.changed), locale.toString(r.users),
                                    percent(r.changed, r.users), r.flag));
    }
    showFlag(impact.flags.isEmpty() ? -1 : 0);
}

void ImpactWindow::showFlag(int index)
{
    m_shown = index;
    m_matrix->clear();
    m_matrix->setRowCount(0);
    m_matrix->setColumnCount(0);
    m_samples->clear();
    if (!m_outcome || index < 0 || index >= m_outcome->impact.flags.size()
        || !m_outcome->impact.flags.at(index).error.isEmpty()) {
        m_chart->clear();
        updateActions();
        return;
    }
    const ImpactResult &r = m_outcome->impact.flags.at(index);
    QStringList rows = m_outcome->fromVariations.value(index);
    QStringList columns = m_outcome->toVariations.value(index);
    for (const ImpactResult::Cell &cell : r.matrix) {
        // "No variation" (e.g. an unknown flag there) only where someone got it.
        if (cell.from.isEmpty() && !rows.contains(QString()))
            rows.prepend(QString());
        if (cell.to.isEmpty() && !columns.contains(QString()))
            columns.prepend(QString());
    }
    QStringList rowNames;
    QStringList columnNames;
    for (const QString &key : std::as_const(rows))
        rowNames.append(variationName(key));
    for (const QString &key : std::as_const(columns))
        columnNames.append(variationName(key));
    m_matrix->setRowCount(int(rows.size()));
    m_matrix->setColumnCount(int(columns.size()));
    m_matrix->setVerticalHeaderLabels(rowNames);
    m_matrix->setHorizontalHeaderLabels(columnNames);
    const QLocale locale;
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    const QBrush greyBackground = palette().brush(QPalette::AlternateBase);
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < columns.size(); ++column) {
            qint64 count = 0;
            for (const ImpactResult::Cell &cell : r.matrix) {
                if (cell.from == rows.at(row) && cell.to == columns.at(column))
                    count = cell.count;
            }
            auto *item = new QTableWidgetItem(locale.toString(count));
            item->setData(Qt::UserRole, count);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (rows.at(row) == columns.at(column)) {
                item->setForeground(grey);   // unchanged
                item->setBackground(greyBackground);
                item->setToolTip(tr("Unchanged: %1").arg(rowNames.at(row)));
            } else {
                item->setToolTip(tr("%1 → %2").arg(rowNames.at(row), columnNames.at(column)));
            }
            m_matrix->setItem(row, column, item);
        }
    }
    m_matrix->resizeColumnsToContents();

    QStringList categories;
    QList<double> values;
    for (const ImpactResult::Cell &cell : r.matrix) {
        if (cell.from != cell.to && cell.count > 0) {
            categories.append(tr("%1 → %2").arg(variationName(cell.from), variationName(cell.to)));
            values.append(double(cell.count));
        }
    }
    if (categories.isEmpty()) {
        m_chart->clear();
        m_chart->setTitle(tr("%1: nobody changes").arg(r.flag));
    } else {
        m_chart->setTitle(tr("%1: users per change of variation").arg(r.flag));
        m_chart->setData(categories, {{tr("Users"), values}});
    }

    for (qsizetype s = 0; s < r.samples.size(); ++s) {
        auto *item = new QListWidgetItem(r.samples.at(s), m_samples);
        item->setData(Qt::UserRole, r.sampleUsers.value(s));
    }
    if (m_samples->count() > 0)
        m_samples->setCurrentRow(0);
    updateActions();
}

void ImpactWindow::openSample()
{
    const QListWidgetItem *item = m_samples->currentItem();
    if (!item || !m_outcome || m_shown < 0)
        return;
    const qint64 user = item->data(Qt::UserRole).toLongLong();
    const QJsonObject context = ChangeImpact::userContextJson(m_outcome->options, user);
    Q_EMIT personaRequested(Persona::fromContextJson(context, m_outcome->options.idAttribute),
                            m_outcome->impact.flags.at(m_shown).flag);
}

} // namespace Pennon
