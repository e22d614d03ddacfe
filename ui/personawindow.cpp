// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "personawindow.h"

#include "engine/engine.h"
#include "engine/pluginregistry.h"
#include "personacommand.h"
#include "personaeditor.h"
#include "personaresultmodel.h"
#include "problemlabel.h"
#include "savedpersonas.h"
#include "text/flagtext.h"
#include "tracetreemodel.h"
#include "workspacesession.h"

#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {
const auto personaKey = "persona/last";
}

PersonaWindow::PersonaWindow(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_editor(new PersonaEditor(this))
    , m_saved(new SavedPersonas(session, m_editor, this))
    , m_environment(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_model(new PersonaResultModel(this))
    , m_table(new QTableView(this))
    , m_traceTitle(new QLabel(this))
    , m_trace(new TraceTreeModel(this))
    , m_traceView(new QTreeView(this))
    , m_copy(new QPushButton(tr("Copy as &Command"), this))
    , m_copyAll(new QPushButton(tr("Copy Command for A&ll Flags"), this))
    , m_status(new QLabel(this))
    , m_note(new ProblemLabel(this, ProblemLabel::Role::Hint))
    , m_timer(new QTimer(this))
    , m_evaluator(new PersonaEvaluator(this))
{
    setObjectName(u"personaWindow"_s);
    setWindowTitle(tr("Persona – %1").arg(session->sourceName()));
    m_editor->setObjectName(u"personaEditor"_s);
    m_environment->setObjectName(u"personaEnvironment"_s);
    m_environment->setAccessibleName(tr("Environment"));
    m_filter->setObjectName(u"personaFilter"_s);
    m_filter->setAccessibleName(tr("Filter flags"));
    m_filter->setPlaceholderText(tr("Filter flags"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(u"personaResults"_s);
    m_table->setAccessibleName(tr("What the persona gets"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_traceTitle->setObjectName(u"traceTitle"_s);
    m_traceView->setObjectName(u"personaTrace"_s);
    m_traceView->setAccessibleName(tr("Trace of the selected flag"));
    m_traceView->setModel(m_trace);
    m_traceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_traceView->setAlternatingRowColors(true);
    m_copy->setObjectName(u"copyCommand"_s);
    m_copy->setAccessibleName(tr("Copy as command"));
    m_copy->setToolTip(tr("Copies the pennonctl eval line that gives the selected flag's answer"));
    m_copyAll->setObjectName(u"copyAllCommand"_s);
    m_copyAll->setAccessibleName(tr("Copy command for all flags"));
    m_status->setObjectName(u"personaStatus"_s);
    m_note->setObjectName(u"personaNote"_s);
    m_note->setWordWrap(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);   // edits of one event-loop turn are evaluated once

    auto *top = new QFormLayout;
    top->addRow(tr("&Environment:"), m_environment);
    top->addRow(tr("&Flags:"), m_filter);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_copyAll);
    buttons->addStretch(1);
    auto *tracePane = new QWidget(this);
    auto *traceLayout = new QVBoxLayout(tracePane);
    traceLayout->setContentsMargins(0, 0, 0, 0);
    traceLayout->addWidget(m_traceTitle);
    traceLayout->addWidget(m_traceView);
    auto *results = new QSplitter(Qt::Vertical, this);
    results->addWidget(m_table);
    results->addWidget(tracePane);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(top);
    rightLayout->addWidget(results, 1);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_note);
    rightLayout->addWidget(m_status);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_saved);
    leftLayout->addWidget(m_editor, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    resize(1100, 700);
    setTabOrder(m_saved, m_editor);
    setTabOrder(m_editor, m_environment);
    setTabOrder(m_environment, m_filter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_traceView);
    setTabOrder(m_traceView, m_copy);
    setTabOrder(m_copy, m_copyAll);

    const QJsonObject last = QJsonDocument::fromJson(QSettings().value(QLatin1StringView(personaKey)).toString().toUtf8()).object();
    m_editor->restore(last);
    m_saved->chooseIfSame(last.value(u"key"_s).toString());
    fillEnvironments();

    connect(m_timer, &QTimer::timeout, this, &PersonaWindow::evaluate);
    connect(m_evaluator, &PersonaEvaluator::evaluated, this, &PersonaWindow::showAnswer);
    connect(m_editor, &PersonaEditor::changed, this, &PersonaWindow::schedule);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &PersonaWindow::schedule);
    connect(m_filter, &QLineEdit::textChanged, m_model, &PersonaResultModel::setFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &PersonaWindow::updateTrace);
    connect(m_copy, &QPushButton::clicked, this, [this] { copyCommand(false); });
    connect(m_copyAll, &QPushButton::clicked, this, [this] { copyCommand(true); });
    // The workspace as edited: stored flags, drafts, shared activations and segments.
    for (auto signal : {&WorkspaceSession::workspaceReset, &WorkspaceSession::flagsReordered,
                        &WorkspaceSession::activationsChanged, &WorkspaceSession::segmentsChanged})
        connect(session, signal, this, &PersonaWindow::schedule);
    for (auto signal : {&WorkspaceSession::flagAdded, &WorkspaceSession::flagChanged,
                        &WorkspaceSession::flagRemoved, &WorkspaceSession::draftChanged})
        connect(session, signal, this, &PersonaWindow::schedule);
    connect(session, &WorkspaceSession::draftsChanged, this, &PersonaWindow::schedule);
    // The toolbar's environment is followed (unless all are shown side by side).
    connect(session, &WorkspaceSession::currentEnvironmentChanged, this, [this](const QString &key) {
        if (m_environment->currentData().toString() == u"*")
            return;
        if (const int index = m_environment->findData(key); index >= 0)
            m_environment->setCurrentIndex(index);
    });
    connect(session, &WorkspaceSession::environmentsChanged, this, [this] {
        fillEnvironments();
        schedule();
    });
    schedule();
}

PersonaWindow::~PersonaWindow()
{
    QSettings().setValue(QLatin1StringView(personaKey),
                         QString::fromUtf8(QJsonDocument(m_editor->save()).toJson(QJsonDocument::Compact)));
}

void PersonaWindow::fillEnvironments()
{
    const QString current = m_environment->count() > 0 ? m_environment->currentData().toString()
                                                       : m_session->currentEnvironment();
    const QSignalBlocker blocker(m_environment);
    m_environment->clear();
    const Workspace &workspace = m_session->workspace();
    for (const Environment &environment : workspace.environments)
        m_environment->addItem(FlagText::environmentName(workspace, environment.key), environment.key);
    m_environment->addItem(tr("All environments, side by side"), u"*"_s);
    const int index = m_environment->findData(current);
    m_environment->setCurrentIndex(index >= 0 ? index : 0);
}

void PersonaWindow::showFlag(const QString &key)
{
    m_wantedFlag = key;
    m_filter->clear();
    const int row = m_model->rowOfFlag(key);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, PersonaResultModel::FlagColumn));
        m_table->scrollTo(m_table->currentIndex());
        m_wantedFlag.clear();
    }
}

bool PersonaWindow::isUpToDate() const
{
    return !m_timer->isActive() && !m_evaluator->isBusy() && m_model->answer();
}

void PersonaWindow::schedule()
{
    m_timer->start();
}

void PersonaWindow::evaluate()
{
    QElapsedTimer timer;
    timer.start();
    QStringList environments;
    const QString chosen = m_environment->currentData().toString();
    if (chosen == u"*") {
        for (const Environment &environment : m_session->workspace().environments)
            environments.append(environment.key);
    } else if (!chosen.isEmpty()) {
        environments.append(chosen);
    }
    m_evaluator->evaluate(m_session->editedWorkspace(), m_editor->context(), environments);
    m_lastStartMs = timer.elapsed();
}

void PersonaWindow::showAnswer(std::shared_ptr<const PersonaAnswer> answer)
{
    QElapsedTimer timer;
    timer.start();
    const QString selected = m_wantedFlag.isEmpty() ? selectedFlag() : m_wantedFlag;
    const int column = m_table->currentIndex().column();
    m_model->setAnswer(answer);
    if (!selected.isEmpty() && m_wantedFlag.isEmpty() && selectedFlag() == selected) {
        updateTrace();   // same row: its trace is evaluated anew
    } else if (!selected.isEmpty()) {
        m_wantedFlag = selected;
        showFlag(selected);
        if (column > 0)
            m_table->setCurrentIndex(m_table->currentIndex().siblingAtColumn(column));
    }
    m_status->setText(tr("%n flag(s) evaluated in %1 ms", nullptr, int(answer->flags.size()) * int(answer->environments.size()))
                          .arg(answer->elapsedMs));
    m_lastShowMs = timer.elapsed();
}

QString PersonaWindow::selectedFlag() const
{
    return m_table->currentIndex().data(PersonaResultModel::FlagKeyRole).toString();
}

int PersonaWindow::selectedEnvironment() const
{
    const QModelIndex current = m_table->currentIndex();
    if (m_model->sideBySide() && current.column() > 0)
        return current.column() - 1;
    return 0;
}

void PersonaWindow::updateTrace()
{
    const std::shared_ptr<const PersonaAnswer> answer = m_model->answer();
    const QString key = selectedFlag();
    const int environment = selectedEnvironment();
    if (!answer || key.isEmpty() || environment >= answer->engines.size()) {
        m_trace->setTrace({}, nullptr);
        m_traceTitle->setText(tr("Select a flag to see how its answer was reached."));
        return;
    }
    // One flag traced on the GUI thread: the engine is compiled already, the walk takes microseconds.
    const Engine &engine = *answer->engines.at(environment);
    Trace trace;
    const int flag = engine.flagIndex(key);
    EvaluationResult result;
    if (flag >= 0)
        result = engine.evaluate(flag, engine.bind(answer->context), &trace);
    // A plugin that is not installed stops the flag before its walk: the engine's own
    // problems of this flag say which condition it is.
    Problems unknowns;
    if (flag >= 0 && result.error == ErrorCode::PluginError) {
        const QString prefix = u"/flags/"_s + QString::number(flag) + u'/';
        for (const Problem &problem : engine.problems()) {
            if (problem.path.startsWith(prefix))
                unknowns.append(problem);
        }
    }
    m_trace->setTrace(trace, PluginRegistry::shared(), unknowns);
    m_traceView->expandAll();
    for (int c = 0; c < TraceTreeModel::ColumnCount; ++c)
        m_traceView->resizeColumnToContents(c);
    m_traceTitle->setText(tr("Trace of %1 in %2:").arg(key, answer->environmentNames.at(environment)));
}

void PersonaWindow::copyCommand(bool allFlags)
{
    const std::shared_ptr<const PersonaAnswer> answer = m_model->answer();
    const QString flag = allFlags ? QString() : selectedFlag();
    if (!answer || answer->environments.isEmpty() || (!allFlags && flag.isEmpty())) {
        m_note->setMessage(tr("Select a flag first."));
        return;
    }
    const QString environment = answer->environments.at(selectedEnvironment());
    const QString database = m_session->isWritable() ? m_session->sourceName() : QString();
    const QString line = PersonaCommand::evalLine(database, environment, flag, m_editor->contextJson());
    QGuiApplication::clipboard()->setText(line);
    QStringList notes;
    if (database.isEmpty())
        notes.append(tr("This workspace has no database: the command evaluates pennonctl's default workspace."));
    if (allFlags ? m_session->hasDrafts() : m_session->hasDraft(flag))
        notes.append(tr("Unsaved changes are not in the database: the command evaluates the flags as saved."));
    if (!m_editor->currentTime())
        notes.append(tr("Without \"Evaluate as of\", the command evaluates as of the moment it runs."));
    m_note->setMessage(notes.join(u'\n'));
    m_status->setText(tr("Copied: %1").arg(line));
}

} // namespace Pennon
