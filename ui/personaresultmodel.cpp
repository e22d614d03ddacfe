// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "personaresultmodel.h"

#include "problemlabel.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QThreadPool>

namespace Pennon {

using namespace Qt::StringLiterals;

PersonaResultModel::PersonaResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PersonaResultModel::setAnswer(std::shared_ptr<const PersonaAnswer> answer)
{
    // The answer replaced is let go of off the GUI thread: for 10,000 flags its engines and
    // cells take tens of ms to free.
    struct Release {
        std::shared_ptr<const PersonaAnswer> old;
        ~Release()
        {
            if (old && old.use_count() == 1)
                QThreadPool::globalInstance()->start([gone = std::move(old)]() mutable { gone.reset(); });
        }
    } release{m_answer};
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
    refilter();
    endResetModel();
}

void PersonaResultModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    refilter();
    endResetModel();
}

void PersonaResultModel::refilter()
{
    m_rows.clear();
    if (!m_answer)
        return;
    m_rows.reserve(m_answer->flags.size());
    for (qsizetype i = 0; i < m_answer->flags.size(); ++i) {
        if (m_filter.isEmpty() || m_answer->flags.at(i).contains(m_filter, Qt::CaseInsensitive))
            m_rows.append(int(i));
    }
}

int PersonaResultModel::rowOfFlag(const QString &key) const
{
    return m_answer ? int(m_rows.indexOf(int(m_answer->flags.indexOf(key)))) : -1;
}

int PersonaResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_answer ? 0 : int(m_rows.size());
}

int PersonaResultModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return sideBySide() ? 1 + int(m_answer->environments.size()) : ColumnCount;
}

bool PersonaResultModel::differs(int flag) const
{
    if (!sideBySide())
        return false;
    const PersonaCell &first = m_answer->cells.at(0).at(flag);
    for (qsizetype e = 1; e < m_answer->cells.size(); ++e) {
        const PersonaCell &cell = m_answer->cells.at(e).at(flag);
        if (cell.variation != first.variation || cell.value != first.value)
            return true;
    }
    return false;
}

QVariant PersonaResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_answer || index.row() >= rowCount())
        return {};
    const int row = m_rows.at(index.row());   // the flag's index in the answer
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
