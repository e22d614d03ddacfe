// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "storage/repository.h"
#include "workspacesession.h"

#include <QAbstractTableModel>
#include <QList>

namespace Pennon {

/// The recorded changes a query selects, newest first, one row each, read through the
/// session page by page: the first page when the query is set, the next one when a view
/// scrolls to the end (canFetchMore / fetchMore; the page arrives later and is appended), and
/// the changes recorded since at the top (refresh()). Rows hold the light listing (no states)
/// unless words are asked for, as the per-flag history does; a workspace with 100,000 changes
/// holds only what was scrolled to.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int {
        IdColumn,
        TimeColumn,      ///< local time
        ActorColumn,
        ObjectColumn,    ///< "Flag dark-mode"
        WhatColumn,      ///< created / deleted / versions, revert of
        CommentColumn,
        WordsColumn,     ///< the diff in words, first lines (with words only)
        ColumnCount
    };

    enum Role : int {
        ChangeIdRole = Qt::UserRole + 1,   ///< qint64
        WordsRole,                         ///< QStringList: the diff in words (with words only)
    };

    explicit HistoryModel(WorkspaceSession *session, QObject *parent = nullptr);

    /// Shows the changes the query selects (its paging fields are the model's own); withWords:
    /// each row with its diff in words. Empties the model and asks for the first page.
    void setQuery(const ChangeQuery &query, bool withWords);
    /// Empties the model and asks for nothing (no workspace, no object).
    void clear();
    /// Asks for the changes recorded since the newest row; they appear at the top.
    void refresh();
    /// Rows per page.
    void setPageSize(int rows) { m_pageSize = rows; }

    /// Whether a query is set (clear() unsets it).
    bool isActive() const { return m_active; }
    /// Whether an answer is awaited (the first page, a next one or a refresh).
    bool isLoading() const { return m_pageRequest >= 0 || m_refreshRequest >= 0; }
    const HistoryEntry &entry(int row) const { return m_entries.at(row); }
    /// The row of a change, -1 when not loaded.
    int rowOfChange(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

Q_SIGNALS:
    /// A page or a refresh arrived (rows may or may not have been added).
    void loaded();
    /// The history could not be read (the session also reports it in the status bar).
    void failed(const QString &message);

private:
    void listed(int request, const QList<HistoryEntry> &entries, const StorageError &error);

    WorkspaceSession *m_session;
    ChangeQuery m_query;
    bool m_withWords = false;
    bool m_active = false;
    QList<HistoryEntry> m_entries;
    bool m_atEnd = true;
    int m_pageSize = 200;
    int m_pageRequest = -1;
    int m_refreshRequest = -1;
    bool m_refreshAgain = false;
};

} // namespace Pennon
