// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "historywindow.h"

#include "historymodel.h"
#include "historypane.h"
#include "text/changetext.h"
#include "workspacesession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QSet>
#include <QStringListModel>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

HistoryWindow::HistoryWindow(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_kind(new QComboBox(this))
    , m_key(new QLineEdit(this))
    , m_actor(new QLineEdit(this))
    , m_actors(new QStringListModel(this))
    , m_fromOn(new QCheckBox(tr("&From:"), this))
    , m_from(new QDateTimeEdit(this))
    , m_untilOn(new QCheckBox(tr("&Until:"), this))
    , m_until(new QDateTimeEdit(this))
    , m_count(new QLabel(this))
    , m_pane(new HistoryPane(session, this))
    , m_typing(new QTimer(this))
{
    setObjectName(u"historyWindow"_s);
    setWindowTitle(tr("History – %1").arg(session->sourceName()));

    m_kind->setObjectName(u"historyKindFilter"_s);
    m_kind->setAccessibleName(tr("Kind of object"));
    m_kind->addItem(tr("Any object"));
    for (ObjectKind kind : {ObjectKind::Flag, ObjectKind::Environment, ObjectKind::Activation, ObjectKind::Segment,
                            ObjectKind::Persona})
        m_kind->addItem(ChangeText::kindName(kind), int(kind));
    m_key->setObjectName(u"historyKeyFilter"_s);
    m_key->setAccessibleName(tr("Key contains"));
    m_key->setPlaceholderText(tr("Key contains"));
    m_key->setClearButtonEnabled(true);
    m_actor->setObjectName(u"historyActorFilter"_s);
    m_actor->setAccessibleName(tr("Who made the change"));
    m_actor->setPlaceholderText(tr("Anyone"));
    m_actor->setClearButtonEnabled(true);
    auto *completer = new QCompleter(m_actors, m_actor);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_actor->setCompleter(completer);
    for (QDateTimeEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    const QDateTime now = QDateTime::currentDateTime();
    m_from->setDateTime(QDateTime(now.date().addDays(-7), QTime(0, 0)));
    m_until->setDateTime(QDateTime(now.date().addDays(1), QTime(0, 0)));
    m_from->setObjectName(u"historyFrom"_s);
    m_from->setAccessibleName(tr("Changes from"));
    m_until->setObjectName(u"historyUntil"_s);
    m_until->setAccessibleName(tr("Changes until"));
    m_fromOn->setObjectName(u"historyFromOn"_s);
    m_fromOn->setAccessibleName(tr("Only changes from a time"));
    m_untilOn->setObjectName(u"historyUntilOn"_s);
    m_untilOn->setAccessibleName(tr("Only changes before a time"));
    m_count->setObjectName(u"historyCount"_s);

    auto *filters = new QGridLayout;
    auto *objectLabel = new QLabel(tr("&Object:"), this);
    objectLabel->setBuddy(m_kind);
    auto *actorLabel = new QLabel(tr("&Who:"), this);
    actorLabel->setBuddy(m_actor);
    filters->addWidget(objectLabel, 0, 0);
    filters->addWidget(m_kind, 0, 1);
    filters->addWidget(m_key, 0, 2);
    filters->addWidget(actorLabel, 0, 3);
    filters->addWidget(m_actor, 0, 4);
    filters->addWidget(m_fromOn, 1, 0);
    filters->addWidget(m_from, 1, 1, 1, 2);
    filters->addWidget(m_untilOn, 1, 3);
    filters->addWidget(m_until, 1, 4);
    filters->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_pane, 1);
    layout->addWidget(m_count);
    setTabOrder(m_kind, m_key);
    setTabOrder(m_key, m_actor);
    setTabOrder(m_actor, m_fromOn);
    setTabOrder(m_fromOn, m_from);
    setTabOrder(m_from, m_untilOn);
    setTabOrder(m_untilOn, m_until);
    setTabOrder(m_until, m_pane->view());

    // Typing waits for a pause; a pick applies at once.
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &HistoryWindow::apply);
    connect(m_key, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_actor, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &HistoryWindow::apply);
    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_untilOn, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_fromOn, &QCheckBox::toggled, this, &HistoryWindow::apply);
    connect(m_untilOn, &QCheckBox::toggled, this, &HistoryWindow::apply);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_until, &QDateTimeEdit::dateTimeChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_pane->model(), &HistoryModel::loaded, this, &HistoryWindow::updateCount);
    connect(m_pane->model(), &HistoryModel::loaded, this, &HistoryWindow::updateActors);
    connect(m_pane->model(), &QAbstractItemModel::modelReset, this, &HistoryWindow::updateCount);
    connect(m_pane->model(), &HistoryModel::failed, this, [this](const QString &message) {
        m_count->setText(tr("The history could not be read: %1").arg(message));
    });

    // Another workspace opened: its history.
    connect(m_session, &WorkspaceSession::opened, this, [this] {
        setWindowTitle(tr("History – %1").arg(m_session->sourceName()));
        apply();
    });

    auto *close = new QAction(this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    resize(980, 640);
    apply();
}

ChangeQuery HistoryWindow::query() const
{
    ChangeQuery query;
    if (m_kind->currentIndex() > 0)
        query.kind = ObjectKind(m_kind->currentData().toInt());
    query.key = m_key->text().trimmed();
    query.actor = m_actor->text().trimmed();
    if (m_fromOn->isChecked())
        query.from = m_from->dateTime();
    if (m_untilOn->isChecked())
        query.until = m_until->dateTime();
    return query;
}

void HistoryWindow::apply()
{
    m_typing->stop();
    if (!m_session->isWritable()) {
        m_pane->model()->clear();
        m_count->setText(tr("This workspace has no database behind it, and so no history."));
        return;
    }
    m_pane->setQuery(query());
}

void HistoryWindow::updateCount()
{
    const HistoryModel *model = m_pane->model();
    if (!m_session->isWritable())
        return;
    if (model->isLoading() && model->rowCount() == 0)
        m_count->setText(tr("Reading the history…"));
    else if (model->canFetchMore())
        m_count->setText(tr("The newest %n change(s) shown; more as you scroll", nullptr, model->rowCount()));
    else
        m_count->setText(tr("%n change(s)", nullptr, model->rowCount()));
}

} // namespace Pennon

namespace Pennon {

void HistoryWindow::updateActors()
{
    // Who made the changes read so far (a query of its own would read the whole table).
    QSet<QString> seen(m_actors->stringList().cbegin(), m_actors->stringList().cend());
    const qsizetype before = seen.size();
    const HistoryModel *model = m_pane->model();
    for (int row = 0; row < model->rowCount(); ++row)
        seen.insert(model->entry(row).change.actor);
    if (seen.size() == before)
        return;
    QStringList actors(seen.cbegin(), seen.cend());
    actors.sort(Qt::CaseInsensitive);
    m_actors->setStringList(actors);
}

} // namespace Pennon
