// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "matrixwindow.h"

#include "engine/engine.h"
#include "matrixcelldelegate.h"
#include "matrixdetailmodel.h"
#include "personaevaluator.h"
#include "charts/chartfiles.h"
#include "problemlabel.h"
#include "text/flagtext.h"
#include "workspacesession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Pennon {

using namespace Qt::StringLiterals;

/// One attribute's row of the form: name, type, values, remove, and the problem under it.
struct MatrixWindow::Row {
    QWidget *widget = nullptr;
    QLineEdit *name = nullptr;
    QComboBox *type = nullptr;
    QLineEdit *values = nullptr;
    QToolButton *remove = nullptr;
    ProblemLabel *problem = nullptr;
};

MatrixWindow::MatrixWindow(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_rowsLayout(new QVBoxLayout)
    , m_addAttribute(new QPushButton(tr("&Add Attribute"), this))
    , m_count(new QLabel(this))
    , m_asOf(new QCheckBox(tr("Evaluate as &of:"), this))
    , m_time(new QDateTimeEdit(this))
    , m_environments(new QListWidget(this))
    , m_flagFilter(new QLineEdit(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_problem(new ProblemLabel(this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_detailTitle(new QLabel(this))
    , m_detail(new QTableView(this))
    , m_detailModel(new MatrixDetailModel(this))
    , m_openPersona(new QPushButton(tr("Open as &Persona"), this))
    , m_saveCsv(new QPushButton(tr("&Save as CSV…"), this))
    , m_poll(new QTimer(this))
{
    setObjectName(u"matrixWindow"_s);
    setWindowTitle(tr("Simulation — Matrix"));

    m_addAttribute->setObjectName(u"matrixAddAttribute"_s);
    m_addAttribute->setAccessibleName(tr("Add an attribute"));
    m_count->setObjectName(u"matrixCount"_s);
    m_count->setAccessibleName(tr("Number of combinations"));
    m_asOf->setObjectName(u"matrixAsOf"_s);
    m_asOf->setAccessibleName(tr("Evaluate as of a moment"));
    m_time->setObjectName(u"matrixTime"_s);
    m_time->setAccessibleName(tr("The moment to evaluate at (UTC)"));
    m_time->setTimeSpec(Qt::UTC);
    m_time->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
    m_time->setDateTime(QDateTime::currentDateTimeUtc());
    m_time->setEnabled(false);
    m_environments->setObjectName(u"matrixEnvironments"_s);
    m_environments->setAccessibleName(tr("Environments to include"));
    m_environments->setMaximumHeight(100);
    m_flagFilter->setObjectName(u"matrixFlagFilter"_s);
    m_flagFilter->setAccessibleName(tr("Flags whose key contains"));
    m_flagFilter->setPlaceholderText(tr("All flags"));
    m_flagFilter->setClearButtonEnabled(true);
    m_run->setObjectName(u"matrixRun"_s);
    m_run->setAccessibleName(tr("Run the matrix"));
    m_run->setDefault(true);
    m_cancel->setObjectName(u"matrixCancel"_s);
    m_cancel->setAccessibleName(tr("Cancel the matrix"));
    m_progress->setObjectName(u"matrixProgress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_problem->setObjectName(u"matrixProblem"_s);
    m_status->setObjectName(u"matrixStatus"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_table->setObjectName(u"matrixTable"_s);
    m_table->setAccessibleName(tr("Variations per flag and environment"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegate(new MatrixCellDelegate(m_table));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_detailTitle->setObjectName(u"matrixDetailTitle"_s);
    m_detailTitle->setAccessibleName(tr("Detail of the cell"));
    m_detailTitle->setWordWrap(true);
    m_detail->setObjectName(u"matrixDetail"_s);
    m_detail->setAccessibleName(tr("Combinations of the cell"));
    m_detail->setModel(m_detailModel);
    m_detail->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_detail->setSelectionMode(QAbstractItemView::SingleSelection);
    m_detail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detail->horizontalHeader()->setStretchLastSection(true);
    m_detail->verticalHeader()->setDefaultSectionSize(m_detail->fontMetrics().height() + 6);
    m_detail->horizontalHeader()->setResizeContentsPrecision(100);   // widths from the first rows: 100,000 would stall
    m_openPersona->setObjectName(u"matrixOpenPersona"_s);
    m_openPersona->setAccessibleName(tr("Open the combination as a persona"));
    m_openPersona->setToolTip(tr("Opens the selected combination in the persona window, on this flag (or double-click it)"));
    m_saveCsv->setObjectName(u"matrixSaveCsv"_s);
    m_saveCsv->setAccessibleName(tr("Save the counts as CSV"));

    // The form: the attributes, then where and what to evaluate.
    auto *attributes = new QGroupBox(tr("Attributes"), this);
    auto *attributesLayout = new QVBoxLayout(attributes);
    auto *hint = new QLabel(tr("Values: a comma-separated list (de, fr, us) or whole-number ranges "
                               "(18..80, 18..80 step 10); a backslash takes the next character as it is (a\\,b)."),
                            attributes);
    hint->setWordWrap(true);
    attributesLayout->addWidget(hint);
    auto *rowsWidget = new QWidget(attributes);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->addStretch(1);   // the rows stay at the top
    rowsWidget->setLayout(m_rowsLayout);
    auto *scroll = new QScrollArea(attributes);
    scroll->setWidget(rowsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    attributesLayout->addWidget(scroll, 1);
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_addAttribute);
    addLine->addStretch(1);
    addLine->addWidget(m_count);
    attributesLayout->addLayout(addLine);

    auto *where = new QGroupBox(tr("Evaluate"), this);
    auto *whereForm = new QFormLayout(where);
    auto *environmentsLabel = new QLabel(tr("&Environments:"), where);
    environmentsLabel->setBuddy(m_environments);
    whereForm->addRow(environmentsLabel, m_environments);
    auto *flagsLabel = new QLabel(tr("&Flags:"), where);
    flagsLabel->setBuddy(m_flagFilter);
    whereForm->addRow(flagsLabel, m_flagFilter);
    whereForm->addRow(m_asOf, m_time);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);

    auto *form = new QWidget(this);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(attributes, 1);
    formLayout->addWidget(where);
    formLayout->addLayout(runRow);
    formLayout->addWidget(m_problem);
    formLayout->addWidget(m_status);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detail, 1);
    auto *detailButtons = new QHBoxLayout;
    detailButtons->addWidget(m_openPersona);
    detailButtons->addStretch(1);
    detailButtons->addWidget(m_saveCsv);
    detailLayout->addLayout(detailButtons);

    auto *results = new QSplitter(Qt::Vertical, this);
    results->addWidget(m_table);
    results->addWidget(detail);
    results->setStretchFactor(0, 1);
    results->setStretchFactor(1, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(form);
    splitter->addWidget(results);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    resize(1100, 680);

    m_poll->setInterval(30);
    connect(m_poll, &QTimer::timeout, this, &MatrixWindow::poll);
    connect(m_addAttribute, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.last()->name->setFocus(Qt::OtherFocusReason);
    });
    connect(m_asOf, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    connect(m_asOf, &QCheckBox::toggled, this, &MatrixWindow::check);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &MatrixWindow::check);
    connect(m_environments, &QListWidget::itemChanged, this, &MatrixWindow::check);
    connect(m_flagFilter, &QLineEdit::textChanged, this, &MatrixWindow::check);
    connect(m_run, &QPushButton::clicked, this, &MatrixWindow::run);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(tr("Cancelled.")); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int column) {
        if (row >= 0 && column >= 0)
            showDetail(row, column);
    });
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (m_detailFlag != row || m_detailEnvironment != column)
            showDetail(row, column);
    });
    connect(m_detail, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { openPersona(index.row()); });
    connect(m_openPersona, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_detail->currentIndex();
        openPersona(current.isValid() ? current.row() : -1);
    });
    connect(m_saveCsv, &QPushButton::clicked, this, &MatrixWindow::saveCsv);

    // The workspace as edited changes: a shown result is stale, a run under way is cancelled.
    connect(m_session, &WorkspaceSession::workspaceReset, this, [this] {
        refreshEnvironments();
        workspaceEdited();
    });
    connect(m_session, &WorkspaceSession::environmentsChanged, this, [this] {
        refreshEnvironments();
        workspaceEdited();
    });
    for (auto signal : {&WorkspaceSession::flagAdded, &WorkspaceSession::flagChanged, &WorkspaceSession::flagRemoved,
                        &WorkspaceSession::draftChanged})
        connect(m_session, signal, this, &MatrixWindow::workspaceEdited);
    connect(m_session, &WorkspaceSession::draftsChanged, this, &MatrixWindow::workspaceEdited);
    connect(m_session, &WorkspaceSession::activationsChanged, this, &MatrixWindow::workspaceEdited);
    connect(m_session, &WorkspaceSession::segmentsChanged, this, &MatrixWindow::workspaceEdited);

    addRow(u"userId"_s, PersonaAttribute::Type::String, u"user-1"_s);
    refreshEnvironments();
    showResult();
}

MatrixWindow::~MatrixWindow()
{
    ++m_generation;
    ++m_detailGeneration;
    if (m_cancelFlag)
        *m_cancelFlag = true;
    if (m_detailCancel)
        *m_detailCancel = true;
    // The watchers are children: their futures finish on the pool and nothing is delivered.
    qDeleteAll(m_rows);
}

QAction *MatrixWindow::addMenuAction(QMenu *menu, WorkspaceSession *session, QWidget *parent,
                                     std::function<void(const Persona &, const QString &)> openPersona)
{
    QAction *action = menu->addAction(tr("Matri&x…"));
    action->setObjectName(u"matrixAction"_s);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    action->setStatusTip(tr("Several values per attribute: how many of all their combinations get each "
                            "variation, per flag and environment"));
    QObject::connect(action, &QAction::triggered, parent, [session, parent, openPersona] {
        auto *window = parent->findChild<MatrixWindow *>(u"matrixWindow"_s, Qt::FindDirectChildrenOnly);
        if (!window) {
            window = new MatrixWindow(session, parent);
            if (openPersona)
                QObject::connect(window, &MatrixWindow::personaRequested, parent, openPersona);
        }
        window->show();
        window->raise();
        window->activateWindow();
    });
    return action;
}

void MatrixWindow::addRow(const QString &name, PersonaAttribute::Type type, const QString &values)
{
    auto *row = new Row;
    row->widget = new QWidget(this);
    auto *grid = new QGridLayout(row->widget);
    grid->setContentsMargins(0, 0, 0, 0);
    row->name = new QLineEdit(name, row->widget);
    row->name->setPlaceholderText(tr("Attribute"));
    row->type = new QComboBox(row->widget);
    for (PersonaAttribute::Type t : {PersonaAttribute::Type::String, PersonaAttribute::Type::Number,
                                     PersonaAttribute::Type::Boolean, PersonaAttribute::Type::Version,
                                     PersonaAttribute::Type::Date}) {
        static const char *const names[] = {QT_TR_NOOP("string"), QT_TR_NOOP("number"), QT_TR_NOOP("boolean"),
                                            QT_TR_NOOP("version"), QT_TR_NOOP("date")};
        row->type->addItem(tr(names[int(t)]), int(t));
    }
    row->type->setCurrentIndex(row->type->findData(int(type)));
    row->values = new QLineEdit(values, row->widget);
    row->values->setPlaceholderText(tr("de, fr, us  or  18..80"));
    row->remove = new QToolButton(row->widget);
    row->remove->setText(tr("Remove"));
    row->remove->setIcon(QIcon::fromTheme(u"list-remove"_s));
    row->problem = new ProblemLabel(row->widget);
    grid->addWidget(row->name, 0, 0);
    grid->addWidget(row->type, 0, 1);
    grid->addWidget(row->values, 0, 2);
    grid->addWidget(row->remove, 0, 3);
    grid->addWidget(row->problem, 1, 0, 1, 4);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 2);
    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row->widget);
    row->widget->show();
    m_rows.append(row);

    connect(row->name, &QLineEdit::textChanged, this, &MatrixWindow::check);
    connect(row->values, &QLineEdit::textChanged, this, &MatrixWindow::check);
    connect(row->type, &QComboBox::currentIndexChanged, this, &MatrixWindow::check);
    connect(row->remove, &QToolButton::clicked, this, [this, row] { removeRow(row); });
    renumber();
    check();
}

void MatrixWindow::removeRow(Row *row)
{
    const qsizetype index = m_rows.indexOf(row);
    if (index < 0)
        return;
    m_rows.removeAt(index);
    row->widget->hide();
    for (QWidget *w : row->widget->findChildren<QWidget *>())
        w->setObjectName({});   // deleted later: no longer found by a row's name
    row->widget->disconnect();
    row->remove->disconnect();
    row->widget->deleteLater();
    delete row;
    renumber();
    check();
    if (!m_rows.isEmpty())
        m_rows.at(std::min(index, m_rows.size() - 1))->name->setFocus(Qt::OtherFocusReason);
    else
        m_addAttribute->setFocus(Qt::OtherFocusReason);
}

void MatrixWindow::renumber()
{
    // Names by position (tests and accessibility), and the tab order row by row.
    QWidget *previous = nullptr;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row *row = m_rows.at(i);
        const QString n = QString::number(i);
        row->name->setObjectName(u"matrixAttributeName"_s + n);
        row->type->setObjectName(u"matrixAttributeType"_s + n);
        row->values->setObjectName(u"matrixAttributeValues"_s + n);
        row->remove->setObjectName(u"matrixAttributeRemove"_s + n);
        row->problem->setObjectName(u"matrixAttributeProblem"_s + n);
        row->name->setAccessibleName(tr("Name of attribute %1").arg(i + 1));
        row->type->setAccessibleName(tr("Type of attribute %1").arg(i + 1));
        row->values->setAccessibleName(tr("Values of attribute %1").arg(i + 1));
        row->remove->setAccessibleName(tr("Remove attribute %1").arg(i + 1));
        for (QWidget *w : {static_cast<QWidget *>(row->name), static_cast<QWidget *>(row->type),
                           static_cast<QWidget *>(row->values), static_cast<QWidget *>(row->remove)}) {
            if (previous)
                setTabOrder(previous, w);
            previous = w;
        }
    }
    if (previous)
        setTabOrder(previous, m_addAttribute);
}

std::optional<MatrixSpec> MatrixWindow::spec(QString *error) const
{
    if (!m_spec && error)
        *error = m_problem->message();
    return m_spec;
}

void MatrixWindow::check()
{
    // Every row checked as typed: its problem under it.
    bool rowsValid = true;
    MatrixSpec checked;
    qint64 combinations = 1;
    QStringList names;
    for (Row *row : std::as_const(m_rows)) {
        const QString name = row->name->text().trimmed();
        const auto type = PersonaAttribute::Type(row->type->currentData().toInt());
        QString error;
        const auto attribute = MatrixAttribute::parse(name, type, row->values->text(), &error);
        if (name.isEmpty()) {
            row->problem->showProblem(tr("The attribute needs a name."), row->name);
            rowsValid = false;
        } else if (names.contains(name)) {
            row->problem->showProblem(tr("The attribute '%1' is there twice.").arg(name), row->name);
            rowsValid = false;
        } else if (!attribute) {
            row->problem->showProblem(error, row->values);
            rowsValid = false;
        } else {
            row->problem->setMessage({});
            row->name->setAccessibleDescription({});
            row->values->setAccessibleDescription({});
        }
        names.append(name);
        if (attribute)
            checked.attributes.append(*attribute);
        if (attribute)
            combinations = std::min<qint64>(combinations * attribute->values.size(), MatrixSpec::MaxCombinations + 1);
    }
    const QLocale locale;
    if (combinations > MatrixSpec::MaxCombinations)
        m_count->setText(tr("More than %1 combinations").arg(locale.toString(MatrixSpec::MaxCombinations)));
    else
        m_count->setText(tr("Combinations: %1").arg(locale.toString(combinations)));

    // Run: possible, or why not.
    QString why;
    QString error;
    if (!rowsValid)
        why = tr("Correct the attributes marked above to run.");
    else if (!checked.check(&error))
        why = error;
    else if (chosenEnvironments().isEmpty())
        why = tr("Choose at least one environment to run.");
    else if (chosenFlags().isEmpty())
        why = m_flagFilter->text().trimmed().isEmpty() ? tr("The workspace has no flag to evaluate.")
                                                       : tr("No flag's key contains '%1'.").arg(m_flagFilter->text().trimmed());
    if (m_asOf->isChecked())
        checked.currentTime = m_time->dateTime().toUTC();
    m_spec = rowsValid && error.isEmpty() ? std::optional<MatrixSpec>(checked) : std::nullopt;
    m_problem->setMessage(why);
    m_run->setToolTip(why);
    updateButtons();
}

void MatrixWindow::updateButtons()
{
    m_run->setEnabled(!m_running && m_spec && m_problem->message().isEmpty());
    m_cancel->setEnabled(m_running);
}

void MatrixWindow::refreshEnvironments()
{
    QSet<QString> unchecked;
    for (int i = 0; i < m_environments->count(); ++i) {
        if (m_environments->item(i)->checkState() == Qt::Unchecked)
            unchecked.insert(m_environments->item(i)->data(Qt::UserRole).toString());
    }
    const Workspace workspace = m_session->editedWorkspace();
    const QSignalBlocker blocker(m_environments);
    m_environments->clear();
    for (const Environment &environment : workspace.environments) {
        auto *item = new QListWidgetItem(FlagText::environmentName(workspace, environment.key), m_environments);
        item->setData(Qt::UserRole, environment.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(unchecked.contains(environment.key) ? Qt::Unchecked : Qt::Checked);
    }
    check();
}

QStringList MatrixWindow::chosenEnvironments() const
{
    QStringList keys;
    for (int i = 0; i < m_environments->count(); ++i) {
        if (m_environments->item(i)->checkState() == Qt::Checked)
            keys.append(m_environments->item(i)->data(Qt::UserRole).toString());
    }
    return keys;
}

QStringList MatrixWindow::chosenFlags() const
{
    const QString filter = m_flagFilter->text().trimmed();
    QStringList keys;
    for (const Flag &flag : m_session->editedWorkspace().flags) {
        if (!flag.archived && (filter.isEmpty() || flag.key.contains(filter, Qt::CaseInsensitive)))
            keys.append(flag.key);
    }
    return keys;
}

void MatrixWindow::run()
{
    if (m_running)
        return;
    QString error;
    const std::optional<MatrixSpec> matrix = spec(&error);
    if (!matrix) {
        m_problem->setMessage(error);
        return;
    }
    const QStringList environments = chosenEnvironments();
    const QStringList flags = chosenFlags();
    if (environments.isEmpty() || flags.isEmpty())
        return;
    m_running = true;
    m_cancelReason.clear();
    m_progress->setValue(0);
    m_status->setText(tr("Evaluating %1 combinations…").arg(QLocale().toString(matrix->combinations())));
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_progressCount = std::make_shared<std::atomic<qint64>>(0);
    m_total = matrix->combinations();
    updateButtons();

    const quint64 generation = ++m_generation;
    const Workspace workspace = m_session->editedWorkspace();
    const MatrixSpec runSpec = *matrix;
    m_resultSpec = runSpec;
    auto cancelFlag = m_cancelFlag;
    auto progress = m_progressCount;
    using Watcher = QFutureWatcher<std::shared_ptr<MatrixResult>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        finished(watcher->result(), generation);
    });
    watcher->setFuture(QtConcurrent::run([workspace, runSpec, environments, flags, cancelFlag, progress] {
        return std::make_shared<MatrixResult>(
            Matrix::evaluate(workspace, runSpec, environments, flags, cancelFlag.get(), progress.get()));
    }));
    m_poll->start();
}

void MatrixWindow::poll()
{
    if (!m_running || !m_progressCount) {
        m_poll->stop();
        return;
    }
    if (m_total > 0)
        m_progress->setValue(int(std::min<qint64>(1000, m_progressCount->load() * 1000 / m_total)));
}

void MatrixWindow::cancel(const QString &why)
{
    if (!m_running)
        return;
    m_cancelReason = why;
    if (m_cancelFlag)
        *m_cancelFlag = true;
    m_status->setText(tr("Cancelling…"));
}

void MatrixWindow::finished(const std::shared_ptr<MatrixResult> &result, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_poll->stop();
    m_running = false;
    if (result->cancelled) {
        m_status->setText(tr("%1 Evaluated %2 of %3 combinations before stopping; nothing is shown.")
                              .arg(m_cancelReason.isEmpty() ? tr("Cancelled.") : m_cancelReason,
                                   QLocale().toString(result->evaluated), QLocale().toString(result->combinations)));
        m_progress->setValue(0);
        updateButtons();
        Q_EMIT runFinished();
        return;
    }
    m_result = *result;
    m_hasResult = result->error.isEmpty();
    m_stale = false;
    m_progress->setValue(1000);
    showResult();
    updateButtons();
    if (!result->error.isEmpty())
        m_status->setText(result->error);
    Q_EMIT runFinished();
}

void MatrixWindow::showResult()
{
    ++m_detailGeneration;
    if (m_detailCancel)
        *m_detailCancel = true;
    m_detailBusy = false;
    m_detailModel->clear();
    m_detailTitle->setText(m_hasResult ? tr("Click a cell to list its combinations.") : QString());
    m_detailFlag = -1;
    m_detailEnvironment = -1;
    m_table->clear();
    m_saveCsv->setEnabled(m_hasResult);
    m_openPersona->setEnabled(false);
    if (!m_hasResult) {
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_status->setText(tr("Give each attribute its values, then Run."));
        return;
    }
    const MatrixResult &r = m_result;
    const QLocale locale;
    m_status->setText(tr("%1 combinations × %2 flags × %3 environments in %4 s. Cells marked ≠ differ between environments.")
                          .arg(locale.toString(r.combinations), locale.toString(r.flags.size()),
                               locale.toString(r.environments.size()), locale.toString(r.seconds, 'f', 2)));
    m_table->setRowCount(int(r.flags.size()));
    m_table->setColumnCount(int(r.environments.size()));
    m_table->setHorizontalHeaderLabels(r.environmentNames);
    m_table->setVerticalHeaderLabels(r.flags);
    for (int f = 0; f < r.flags.size(); ++f) {
        const bool differs = r.differs(f);
        for (int e = 0; e < r.environments.size(); ++e) {
            const MatrixCell &cell = r.cells.at(f).at(e);
            QVariantList counts;
            for (qint64 count : cell.counts)
                counts.append(count);
            counts.append(cell.unserved);
            counts.append(cell.errors);
            QString text = r.cellText(f, e);
            if (differs)
                text = u"≠ "_s + text;
            auto *item = new QTableWidgetItem(text);
            item->setData(MatrixCellDelegate::CountsRole, counts);
            item->setData(MatrixCellDelegate::DiffersRole, differs);
            item->setToolTip(differs ? tr("%1 in %2: %3 (differs between the environments)")
                                           .arg(r.flags.at(f), r.environmentNames.at(e), r.cellText(f, e))
                                     : tr("%1 in %2: %3").arg(r.flags.at(f), r.environmentNames.at(e), r.cellText(f, e)));
            if (differs) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(f, e, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
}

void MatrixWindow::showDetail(int flag, int environment)
{
    if (!m_hasResult || flag < 0 || flag >= m_result.flags.size() || environment < 0
        || environment >= m_result.environments.size())
        return;
    if (m_detailCancel)
        *m_detailCancel = true;
    m_detailCancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_detailGeneration;
    m_detailBusy = true;
    m_detailModel->clear();
    m_openPersona->setEnabled(false);
    m_detailFlag = flag;
    m_detailEnvironment = environment;
    m_detailTitle->setText(tr("Evaluating %1 in %2…").arg(m_result.flags.at(flag), m_result.environmentNames.at(environment)));

    // Recomputed with the result's engines, off the GUI thread, in words there too.
    const MatrixResult result = m_result;
    const MatrixSpec spec = m_resultSpec;
    auto cancelFlag = m_detailCancel;
    using Watcher = QFutureWatcher<QList<MatrixDetailModel::Row>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, generation, flag, environment] {
        watcher->deleteLater();
        if (generation != m_detailGeneration)
            return;
        m_detailBusy = false;
        QStringList names;
        for (const MatrixAttribute &attribute : std::as_const(m_resultSpec.attributes))
            names.append(attribute.name);
        QList<MatrixDetailModel::Row> rows = watcher->result();
        const qsizetype count = rows.size();
        m_detailModel->setRows(names, std::move(rows));
        m_detail->resizeColumnsToContents();
        m_detailTitle->setText(tr("%1 in %2: %3 — %n combination(s).", nullptr, int(count))
                                   .arg(m_result.flags.at(flag), m_result.environmentNames.at(environment),
                                        m_result.cellText(flag, environment)));
        m_openPersona->setEnabled(count > 0);
        Q_EMIT detailShown();
    });
    watcher->setFuture(QtConcurrent::run([result, spec, flag, environment, cancelFlag] {
        const QList<EvaluationResult> results = Matrix::detail(result, spec, flag, environment, cancelFlag.get());
        QList<MatrixDetailModel::Row> rows;
        rows.reserve(results.size());
        const Engine &engine = *result.engines.at(environment);
        const QString environmentKey = result.environments.at(environment);
        for (qsizetype n = 0; n < results.size(); ++n) {
            if ((n & 0xff) == 0 && *cancelFlag)
                return QList<MatrixDetailModel::Row>();
            MatrixDetailModel::Row row;
            for (int a = 0; a < spec.attributes.size(); ++a)
                row.values.append(spec.attributes.at(a).values.value(spec.valueIndex(n, a)));
            row.cell = PersonaEvaluator::describe(engine, results.at(n), environmentKey);
            rows.append(std::move(row));
        }
        return rows;
    }));
}

int MatrixWindow::detailRows() const
{
    return m_detailModel->rowCount();
}

void MatrixWindow::openPersona(int row)
{
    if (row < 0 || row >= m_detailModel->rowCount() || !m_hasResult || m_detailFlag < 0
        || m_detailFlag >= m_result.flags.size())
        return;
    Q_EMIT personaRequested(m_resultSpec.persona(row), m_result.flags.at(m_detailFlag));
}

void MatrixWindow::workspaceEdited()
{
    check();
    if (m_running) {
        cancel(tr("The workspace was edited while the matrix ran, so its result would be stale: it was "
                  "cancelled. Run again to evaluate the workspace as edited now."));
        return;
    }
    if (m_hasResult && !m_stale) {
        m_stale = true;
        m_status->setText(tr("The workspace was edited since this result was computed: it may be stale. "
                             "Run again to evaluate the workspace as edited now."));
    }
}

void MatrixWindow::saveCsv()
{
    if (!m_hasResult)
        return;
    const QString path = ChartFiles::saveCsv(this, tr("Save Matrix as CSV"), u"matrix.csv"_s, m_result.csv());
    if (!path.isEmpty())
        m_status->setText(tr("Saved %1.").arg(path));
}

} // namespace Pennon
