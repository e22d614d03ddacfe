// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "matrixdetailmodel.h"

namespace Pennon {

MatrixDetailModel::MatrixDetailModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MatrixDetailModel::setRows(const QStringList &attributes, QList<Row> rows)
{
    beginResetModel();
    m_attributes = attributes;
    m_rows = std::move(rows);
    endResetModel();
}

void MatrixDetailModel::clear()
{
    setRows({}, {});
}

int MatrixDetailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MatrixDetailModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || (m_attributes.isEmpty() && m_rows.isEmpty()))
        return 0;
    return int(m_attributes.size()) + ColumnCount;
}

QVariant MatrixDetailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (column < m_attributes.size())
        return row.values.value(column);
    switch (column - int(m_attributes.size())) {
    case VariationColumn:
        return row.cell.variation.isEmpty() ? tr("(none)") : row.cell.variation;
    case ReasonColumn:
        return row.cell.reason;
    case RuleColumn:
        return row.cell.rule;
    default:
        return {};
    }
}

QVariant MatrixDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < m_attributes.size())
        return m_attributes.value(section);
    switch (section - int(m_attributes.size())) {
    case VariationColumn:
        return tr("Variation");
    case ReasonColumn:
        return tr("Reason");
    case RuleColumn:
        return tr("Rule");
    default:
        return {};
    }
}

} // namespace Pennon
