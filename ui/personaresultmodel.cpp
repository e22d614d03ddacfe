// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "personaresultmodel.h"

#include "problemlabel.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QPalette>

namespace Pennon {

using namespace Qt::StringLiterals;

PersonaResultModel::PersonaResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PersonaResultModel::setAnswer(std::shared_ptr<const PersonaAnswer> answer)
{
    const bool sameShape = m_answer && answer && m_answer->flags == answer->flags
        && m_answer->environments == answer->environments;
    if (sameShape) {
        m_answer = std::move(answer);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_answer = std::move(answer);
    endResetModel();
}

int PersonaResultModel::rowOfFlag(const QString &key) const
{
    return m_answer ? int(m_answer->flags.indexOf(key)) : -1;
}

int PersonaResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_answer ? 0 : int(m_answer->flags.size());
}

int PersonaResultModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return sideBySide() ? 1 + int(m_answer->environments.size()) : ColumnCount;
}

bool PersonaResultModel::differs(int row) const
{
    if (!sideBySide())
        return false;
    const PersonaCell &first = m_answer->cells.at(0).at(row);
    for (qsizetype e = 1; e < m_answer->cells.size(); ++e) {
        const PersonaCell &cell = m_answer->cells.at(e).at(row);
        if (cell.variation != first.variation || cell.value != first.value)
            return true;
    }
    return false;
}

QVariant PersonaResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_answer || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const QString &key = m_answer->flags.at(row);
    if (role == FlagKeyRole)
        return key;
    if (role == DiffersRole)
        return differs(row);
    if (index.column() == FlagColumn) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return key;
        if (role == EnvironmentRole && !sideBySide())
            return m_answer->environments.value(0);
        return {};
    }
    if (sideBySide()) {
        const int environment = index.column() - 1;
        const PersonaCell &cell = m_answer->cells.at(environment).at(row);
        const bool marked = differs(row);
        switch (role) {
        case Qt::DisplayRole: {
            const QString variation = cell.variation.isEmpty() ? tr("(none)") : cell.variation;
            return marked ? tr("≠ %1 — %2").arg(variation, cell.reason) : tr("%1 — %2").arg(variation, cell.reason);
        }
        case Qt::ToolTipRole:
            return QString((marked ? tr("The environments do not all serve the same here.") + u'\n' : QString())
                + tr("Variation: %1\nValue: %2\nReason: %3\nMatched rule: %4")
                      .arg(cell.variation, cell.value, cell.reason, cell.rule.isEmpty() ? tr("none") : cell.rule));
        case Qt::ForegroundRole:
            return marked ? QVariant(QBrush(errorColour(QApplication::palette()))) : QVariant();
        case Qt::FontRole:
            if (marked) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case Qt::AccessibleDescriptionRole:
            return marked ? tr("differs between environments") : QString();
        case EnvironmentRole:
            return m_answer->environments.at(environment);
        default:
            return {};
        }
    }
    const PersonaCell &cell = m_answer->cells.at(0).at(row);
    if (role == EnvironmentRole)
        return m_answer->environments.value(0);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case VariationColumn: return cell.variation;
    case ValueColumn: return cell.value;
    case ReasonColumn: return cell.reason;
    case RuleColumn: return cell.rule;
    default: return {};
    }
}

QVariant PersonaResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == FlagColumn)
        return tr("Flag");
    if (sideBySide())
        return m_answer->environmentNames.value(section - 1);
    switch (section) {
    case VariationColumn: return tr("Variation");
    case ValueColumn: return tr("Value");
    case ReasonColumn: return tr("Reason");
    case RuleColumn: return tr("Matched rule");
    default: return {};
    }
}

} // namespace Pennon
