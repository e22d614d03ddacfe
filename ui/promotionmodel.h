// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <optional>

namespace Pennon {

/// The flags a promotion would change, one row each with a tick (all ticked at first): the
/// flag, and what its target environment has now → what it would get, in the review's words
/// (worked out when a row is first shown, so that ten thousand rows fill at once).
class PromotionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int { FlagColumn, DifferenceColumn, ColumnCount };
    enum Role : int {
        FlagKeyRole = Qt::UserRole + 1,   ///< QString
        DifferenceLinesRole,              ///< QStringList: the difference, one change a line
    };

    /// One flag: as edited now, and with the source's configuration in the target.
    struct Row {
        Flag before;
        Flag after;
    };

    explicit PromotionModel(QObject *parent = nullptr);

    /// The rows, all ticked; context: the workspace whose names the words use (it must outlive
    /// the rows); target: the key of the environment changed.
    void setRows(const QList<Row> &rows, const Workspace *context, const QString &target);
    /// The flags ticked, as they would become.
    QList<Flag> checkedFlags() const;
    int checkedCount() const { return m_checkedCount; }
    void setAllChecked(bool checked);
    /// What the promotion changes in a row's flag, one line each.
    QStringList differenceLines(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedCountChanged(int count);

private:
    QList<Row> m_rows;
    QList<bool> m_checked;
    mutable QList<std::optional<QStringList>> m_differences;
    const Workspace *m_context = nullptr;
    QString m_target;
    QString m_targetName;
    int m_checkedCount = 0;
};

} // namespace Pennon
