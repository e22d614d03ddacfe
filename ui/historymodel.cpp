// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "historymodel.h"

#include "text/changetext.h"

#include <QLocale>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

/// How many lines of words a row shows before "…".
constexpr int WordsShown = 3;

} // namespace

HistoryModel::HistoryModel(WorkspaceSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(m_session, &WorkspaceSession::changesListed, this, &HistoryModel::listed);
    // Another workspace: nothing shown belongs to it.
    connect(m_session, &WorkspaceSession::stateChanged, this, [this] {
        if (m_session->state() != WorkspaceSession::State::Open)
            clear();
    });
}

void HistoryModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_atEnd = true;
    m_active = false;
    m_pageRequest = -1;
    m_refreshRequest = -1;
    m_refreshAgain = false;
    endResetModel();
}

void HistoryModel::setQuery(const ChangeQuery &query, bool withWords)
{
    clear();
    m_query = query;
    m_query.olderThan = 0;
    m_query.newerThan = 0;
    m_withWords = withWords;
    m_active = true;
    m_atEnd = false;
    fetchMore();
}

void HistoryModel::refresh()
{
    if (!m_active)
        return;
    if (m_entries.isEmpty()) {
        // Nothing shown yet: the first page brings the newest.
        if (m_pageRequest < 0 && m_atEnd) {
            m_atEnd = false;
            fetchMore();
        }
        return;
    }
    if (m_refreshRequest >= 0) {
        m_refreshAgain = true;   // asked while one runs: once more when it is in
        return;
    }
    ChangeQuery query = m_query;
    query.newerThan = m_entries.constFirst().change.id;
    m_refreshRequest = m_session->listChanges(query, m_withWords);
}

int HistoryModel::rowOfChange(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).change.id == id)
            return row;
    }
    return -1;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_active && !m_atEnd && m_pageRequest < 0;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ChangeQuery query = m_query;
    query.olderThan = m_entries.isEmpty() ? 0 : m_entries.constLast().change.id;
    query.limit = m_pageSize;
    m_pageRequest = m_session->listChanges(query, m_withWords);
    if (m_pageRequest < 0)
        m_atEnd = true;   // no database: nothing to page through
}

void HistoryModel::listed(int request, const QList<HistoryEntry> &entries, const StorageError &error)
{
    if (request == m_pageRequest) {
        m_pageRequest = -1;
        if (!error.ok()) {
            m_atEnd = true;
            Q_EMIT failed(error.message);
        } else {
            m_atEnd = entries.size() < m_pageSize;
            if (!entries.isEmpty()) {
                beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size() - 1));
                m_entries.append(entries);
                endInsertRows();
            }
        }
        Q_EMIT loaded();
    } else if (request == m_refreshRequest) {
        m_refreshRequest = -1;
        if (!error.ok()) {
            Q_EMIT failed(error.message);
        } else if (!entries.isEmpty()) {
            beginInsertRows({}, 0, int(entries.size() - 1));
            m_entries = entries + m_entries;
            endInsertRows();
        }
        Q_EMIT loaded();
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
        }
    }
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    const Change &change = entry.change;
    switch (role) {
    case ChangeIdRole:
        return change.id;
    case WordsRole:
        return entry.words;
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return change.id;
        case TimeColumn: return QLocale().toString(change.time.toLocalTime(), QLocale::ShortFormat);
        case ActorColumn: return change.actor;
        case ObjectColumn: return tr("%1 %2").arg(ChangeText::kindName(change.kind), change.key);
        case WhatColumn: return ChangeText::whatText(change);
        case CommentColumn: return change.comment;
        case WordsColumn: {
            if (entry.words.size() <= WordsShown)
                return entry.words.join(u'\n');
            return (entry.words.mid(0, WordsShown)
                    + QStringList{tr("… and %n more", nullptr, int(entry.words.size() - WordsShown))})
                    .join(u'\n');
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(change.time.toLocalTime(), QLocale::LongFormat);
        if (index.column() == WordsColumn || index.column() == CommentColumn)
            return index.column() == WordsColumn ? entry.words.join(u'\n') : change.comment;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return int(Qt::AlignRight | Qt::AlignTop);
        return int(Qt::AlignLeft | Qt::AlignTop);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Change");
    case TimeColumn: return tr("Time");
    case ActorColumn: return tr("Who");
    case ObjectColumn: return tr("Object");
    case WhatColumn: return tr("What");
    case CommentColumn: return tr("Comment");
    case WordsColumn: return tr("Changes");
    }
    return {};
}

} // namespace Pennon
