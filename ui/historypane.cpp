// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "historypane.h"

#include "historymodel.h"
#include "problemlabel.h"
#include "revertdialog.h"
#include "text/changetext.h"

#include <QHBoxLayout>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Pennon {

using namespace Qt::StringLiterals;

HistoryPane::HistoryPane(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new HistoryModel(session, this))
    , m_view(new QTableView(this))
    , m_diff(new QPlainTextEdit(this))
    , m_revert(new QPushButton(tr("&Revert…"), this))
    , m_done(new QLabel(this))
    , m_problem(new ProblemLabel(this))
{
    m_view->setObjectName(u"historyList"_s);
    m_view->setAccessibleName(tr("Changes"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // One line a change in the workspace's list (the flag's tab sizes rows to their words).
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().horizontalAdvance(u'M') / 2);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnHidden(HistoryModel::WordsColumn, true);
    const int em = fontMetrics().horizontalAdvance(u'M');
    // The number, or the header's word when that is wider (German: "Änderung").
    const int idHeader = m_view->horizontalHeader()->fontMetrics().horizontalAdvance(
            m_model->headerData(HistoryModel::IdColumn, Qt::Horizontal).toString());
    m_view->setColumnWidth(HistoryModel::IdColumn, std::max(em * 5, idHeader + em * 2));
    // Wide enough for a date and time in the locale's short form.
    const QString sampleTime = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    m_view->setColumnWidth(HistoryModel::TimeColumn, fontMetrics().horizontalAdvance(sampleTime) + em * 2);
    m_view->setColumnWidth(HistoryModel::ActorColumn, em * 7);
    m_view->setColumnWidth(HistoryModel::ObjectColumn, em * 17);
    m_view->setColumnWidth(HistoryModel::WhatColumn, em * 10);
    m_diff->setObjectName(u"historyDiff"_s);
    m_diff->setAccessibleName(tr("The selected change in words"));
    m_diff->setReadOnly(true);
    m_diff->setPlaceholderText(tr("Select a change to see what it changed."));
    m_revert->setObjectName(u"revertButton"_s);
    m_revert->setAccessibleName(tr("Revert the selected change"));
    m_revert->setToolTip(tr("Puts back the state before the selected change, as a change of its own"));
    m_revert->setEnabled(false);
    m_done->setObjectName(u"revertDone"_s);
    m_done->setWordWrap(true);
    m_problem->setObjectName(u"revertProblem"_s);
    m_problem->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_done, 1);
    buttons->addWidget(m_revert);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    setTabOrder(m_view, m_diff);
    setTabOrder(m_diff, m_revert);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPane::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPane::currentChanged);
    // The first page in: the newest change selected, as a list of flags selects its first.
    connect(m_model, &HistoryModel::loaded, this, [this] {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, HistoryModel::IdColumn));
    });
    connect(m_session, &WorkspaceSession::changeRead, this,
            [this](int request, const std::optional<HistoryEntry> &entry, const StorageError &error) {
                if (request != m_readRequest)
                    return;
                m_readRequest = -1;
                if (entry)
                    showEntry(*entry);
                else
                    m_diff->setPlainText(tr("This change cannot be read: %1").arg(error.message));
            });
    connect(m_revert, &QPushButton::clicked, this, &HistoryPane::askRevert);
    connect(m_session, &WorkspaceSession::changeReverted, this, [this](int request, const Change &recorded) {
        if (request != m_revertRequest)
            return;
        m_revertRequest = -1;
        m_done->setText(tr("Change %1 reverted: recorded as change %2.").arg(recorded.revertOf).arg(recorded.id));
        updateRevert();
        Q_EMIT reverted(recorded);
    });
    connect(m_session, &WorkspaceSession::revertFailed, this,
            [this](int request, qint64 changeId, const StorageError &error) {
                if (request != m_revertRequest)
                    return;
                m_revertRequest = -1;
                // A conflict's message says which change cannot be reverted and why.
                m_problem->showProblem(error.kind == StorageError::Kind::Conflict
                                           ? error.message
                                           : tr("Change %1 was not reverted: %2").arg(changeId).arg(error.message),
                                       m_revert);
                updateRevert();
            });
    // Whatever this session or another recorded appears at the top.
    connect(m_session, &WorkspaceSession::reloaded, m_model, &HistoryModel::refresh);
    connect(m_session, &WorkspaceSession::flagDeleted, m_model, &HistoryModel::refresh);
    connect(m_session, &WorkspaceSession::flagSaved, m_model, &HistoryModel::refresh);
    connect(m_session, &WorkspaceSession::importFinished, m_model, &HistoryModel::refresh);
    connect(m_session, &WorkspaceSession::changeReverted, m_model, &HistoryModel::refresh);
    connect(m_session, &WorkspaceSession::stateChanged, this, &HistoryPane::updateRevert);
}

void HistoryPane::setQuery(const ChangeQuery &query)
{
    m_flag.clear();
    m_flagPending = false;
    m_view->setColumnHidden(HistoryModel::ObjectColumn, false);
    m_view->setColumnHidden(HistoryModel::WordsColumn, true);
    m_model->setQuery(query, false);
}

void HistoryPane::showFlag(const QString &key)
{
    if (key == m_flag && (m_flagPending || m_model->isActive() || key.isEmpty()))
        return;   // shown already; what is recorded since comes with refresh()
    m_flag = key;
    m_view->setColumnHidden(HistoryModel::ObjectColumn, true);
    m_view->setColumnHidden(HistoryModel::WordsColumn, false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setWordWrap(true);
    // Read when shown: selecting flags in the list with another tab open costs nothing.
    m_flagPending = true;
    if (isVisible() || key.isEmpty())
        readPending();
}

void HistoryPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    readPending();
}

void HistoryPane::readPending()
{
    if (!m_flagPending)
        return;
    m_flagPending = false;
    if (m_flag.isEmpty() || !m_session->isWritable()) {
        m_model->clear();
        m_diff->setPlainText(m_flag.isEmpty() || m_session->state() != WorkspaceSession::State::Open
                ? QString() : tr("This workspace has no database behind it, and so no history."));
        return;
    }
    ChangeQuery query;
    query.kind = ObjectKind::Flag;
    query.key = m_flag;
    query.exactKey = true;
    m_model->setQuery(query, true);
}

void HistoryPane::currentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    m_shown.reset();
    m_readRequest = -1;
    if (!current.isValid()) {
        m_diff->clear();
        updateRevert();
        return;
    }
    const HistoryEntry &entry = m_model->entry(current.row());
    if (!entry.words.isEmpty()) {
        showEntry(entry);
        return;
    }
    // The light listing: this one change's states, read off the GUI thread.
    m_diff->setPlainText(tr("Reading change %1…").arg(entry.change.id));
    m_readRequest = m_session->readChange(entry.change.id);
    updateRevert();
}

void HistoryPane::showEntry(const HistoryEntry &entry)
{
    m_shown = entry;
    const Change &change = entry.change;
    QStringList lines;
    lines.append(tr("Change %1 · %2 %3 · %4")
                     .arg(QString::number(change.id), ChangeText::kindName(change.kind), change.key,
                          ChangeText::whatText(change)));
    lines.append(tr("%1 by %2").arg(QLocale().toString(change.time.toLocalTime(), QLocale::LongFormat), change.actor));
    if (!change.comment.isEmpty())
        lines.append(tr("Comment: %1").arg(change.comment));
    lines.append(QString());
    for (const QString &line : entry.words)
        lines.append(u"• "_s + line);
    m_diff->setPlainText(lines.join(u'\n'));
    updateRevert();
}

void HistoryPane::updateRevert()
{
    m_revert->setEnabled(m_shown.has_value() && m_revertRequest < 0 && m_session->isWritable());
}

void HistoryPane::askRevert()
{
    if (!m_shown || m_revertRequest >= 0)
        return;
    m_done->clear();
    m_problem->setMessage(QString());
    auto *dialog = new RevertDialog(m_session, *m_shown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = m_shown->change.id] {
        m_revertRequest = m_session->revertChange(id, dialog->comment());
        if (m_revertRequest >= 0)
            m_done->setText(tr("Reverting change %1…").arg(id));
        updateRevert();
    });
    dialog->open();
}

QString HistoryPane::diffText() const
{
    return m_diff->toPlainText();
}

QString HistoryPane::message() const
{
    return m_problem->message().isEmpty() ? m_done->text() : m_problem->message();
}

} // namespace Pennon
