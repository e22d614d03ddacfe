// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "promotionmodel.h"

#include "newflagdialog.h"

#include "text/flagchangetext.h"
#include "text/flagtext.h"

namespace Pennon {

using namespace Qt::StringLiterals;

PromotionModel::PromotionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PromotionModel::setRows(const QList<Row> &rows, const Workspace *context, const QString &target)
{
    beginResetModel();
    m_rows = rows;
    m_checked = QList<bool>(rows.size(), true);
    m_differences = QList<std::optional<QStringList>>(rows.size());
    m_context = context;
    m_target = target;
    m_targetName = context ? FlagText::environmentName(*context, target) : target;
    m_checkedCount = int(rows.size());
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, DifferenceColumn, DifferenceColumn);
    Q_EMIT checkedCountChanged(m_checkedCount);
}

QList<Flag> PromotionModel::checkedFlags() const
{
    QList<Flag> flags;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_checked.at(row))
            flags.append(m_rows.at(row).after);
    }
    return flags;
}

void PromotionModel::setAllChecked(bool checked)
{
    if (m_rows.isEmpty())
        return;
    m_checked.fill(checked);
    m_checkedCount = checked ? int(m_rows.size()) : 0;
    Q_EMIT dataChanged(index(0, FlagColumn), index(rowCount() - 1, FlagColumn), {Qt::CheckStateRole});
    Q_EMIT checkedCountChanged(m_checkedCount);
}

QStringList PromotionModel::differenceLines(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    std::optional<QStringList> &lines = m_differences[row];
    if (!lines) {
        // A flag new to the target is off there, as a new flag starts; what it gets is said
        // against that.
        Flag before = m_rows.at(row).before;
        lines = QStringList();
        if (!before.environments.contains(m_target)) {
            before.environments.insert(m_target, NewFlagDialog::switchedOff(before));
            lines->append(tr("%1: not configured yet (off, as a new flag starts)").arg(m_targetName));
        }
        lines->append(FlagChangeText::describe(&before, m_rows.at(row).after, m_context));
    }
    return *lines;
}

int PromotionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PromotionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PromotionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == FlagColumn)
            return row.before.archived ? tr("%1 (archived)").arg(row.before.key) : row.before.key;
        return differenceLines(index.row()).join(u"; "_s);
    case Qt::ToolTipRole:
        if (index.column() == FlagColumn)
            return row.before.name;
        return differenceLines(index.row()).join(u'\n');
    case Qt::CheckStateRole:
        if (index.column() == FlagColumn)
            return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == FlagColumn)
            return m_checked.at(index.row()) ? tr("%1, chosen").arg(row.before.key) : tr("%1, not chosen").arg(row.before.key);
        return differenceLines(index.row()).join(u"; "_s);
    case FlagKeyRole:
        return row.before.key;
    case DifferenceLinesRole:
        return differenceLines(index.row());
    default:
        return {};
    }
}

bool PromotionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != FlagColumn || role != Qt::CheckStateRole)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (m_checked.at(index.row()) == checked)
        return true;
    m_checked[index.row()] = checked;
    m_checkedCount += checked ? 1 : -1;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::AccessibleTextRole});
    Q_EMIT checkedCountChanged(m_checkedCount);
    return true;
}

Qt::ItemFlags PromotionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == FlagColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant PromotionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == FlagColumn)
        return tr("Flag");
    if (section == DifferenceColumn)
        return m_targetName.isEmpty() ? tr("What changes") : tr("What changes in %1").arg(m_targetName);
    return {};
}

} // namespace Pennon
