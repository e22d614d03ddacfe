// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "librarylistmodel.h"

#include "text/conditiontext.h"

namespace Pennon {

using namespace Qt::StringLiterals;

LibraryListModel::LibraryListModel(LibraryKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
}

QString LibraryListModel::usedByText(const WorkspaceUses &uses, LibraryKind kind, const QString &key)
{
    const QString flags = tr("used by %n flag(s)", nullptr, int(uses.flags(kind, key).size()));
    const int others = int(uses.segments(kind, key).size() + uses.activations(kind, key).size());
    if (others == 0)
        return flags;
    return tr("%1, in %n other segment(s) or activation(s)", nullptr, others).arg(flags);
}

void LibraryListModel::setContent(const Workspace &workspace, const WorkspaceUses &uses)
{
    beginResetModel();
    m_rows.clear();
    if (m_kind == LibraryKind::Activation) {
        m_rows.reserve(workspace.activations.size());
        for (const Activation &activation : workspace.activations) {
            m_rows.append({activation.key, activation.name,
                           ConditionText::describe(activation.condition, &workspace),
                           usedByText(uses, m_kind, activation.key),
                           int(uses.flags(m_kind, activation.key).size())});
        }
    } else {
        m_rows.reserve(workspace.segments.size());
        for (const Segment &segment : workspace.segments) {
            QStringList words;
            for (const Condition &condition : segment.conditions)
                words.append(ConditionText::describe(condition, &workspace));
            m_rows.append({segment.key, segment.name,
                           words.isEmpty() ? tr("everyone (no conditions)") : words.join(tr(" and ")),
                           usedByText(uses, m_kind, segment.key),
                           int(uses.flags(m_kind, segment.key).size())});
        }
    }
    endResetModel();
}

int LibraryListModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == key)
            return row;
    }
    return -1;
}

QString LibraryListModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

int LibraryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case KeyColumn: return row.key;
        case NameColumn: return row.name;
        case ConditionsColumn: return row.conditions;
        case UsedByColumn: return row.usedBy;
        }
        break;
    case KeyRole:
        return row.key;
    case FlagCountRole:
        return row.flags;
    default:
        break;
    }
    return {};
}

QVariant LibraryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case NameColumn: return tr("Name");
    case ConditionsColumn: return m_kind == LibraryKind::Activation ? tr("Holds when") : tr("Conditions");
    case UsedByColumn: return tr("Used by");
    }
    return {};
}

} // namespace Pennon
