// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "rulelistmodel.h"

#include "text/conditiontext.h"
#include "text/flagtext.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QMimeData>
#include <QPalette>
#include <QStyle>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

QString summary(const Rule &rule, const Workspace *context)
{
    QStringList conditions;
    for (const Condition &condition : rule.conditions)
        conditions.append(ConditionText::describe(condition, context));
    const QString when = conditions.isEmpty() ? RuleListModel::tr("everyone")
                                              : conditions.join(RuleListModel::tr(" and "));
    return RuleListModel::tr("%1 → %2").arg(when, FlagText::serveText(rule.serve));
}

} // namespace

RuleListModel::RuleListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void RuleListModel::setRules(const QList<Rule> &rules, const Workspace *context)
{
    QList<QString> texts;
    texts.reserve(rules.size());
    for (const Rule &rule : rules)
        texts.append(summary(rule, context));
    if (rules.size() != m_rules.size()) {
        beginResetModel();
        m_rules = rules;
        m_texts = texts;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (rules.at(i) == m_rules.at(i) && texts.at(i) == m_texts.at(i))
            continue;
        m_rules[i] = rules.at(i);
        m_texts[i] = texts.at(i);
        const QModelIndex changed = index(int(i));
        Q_EMIT dataChanged(changed, changed);
    }
}

void RuleListModel::setProblems(const QHash<int, QString> &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    if (!m_rules.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rules.size()) - 1), {Qt::DecorationRole, Qt::ToolTipRole, ProblemRole});
}

int RuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rule &rule = m_rules.at(index.row());
    const QString problem = m_problems.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(FlagText::ruleTitle(rule, index.row() + 1) + u'\n' + m_texts.at(index.row()));
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(FlagText::ruleTitle(rule, index.row() + 1), m_texts.at(index.row()));
    case Qt::ToolTipRole:
        if (!problem.isEmpty())
            return problem;
        return rule.disabled ? tr("Kept but skipped: no context is served by this rule.") : QVariant();
    case Qt::ForegroundRole:
        if (rule.disabled)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::DecorationRole:
        if (!problem.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case DisabledRole:
        return rule.disabled;
    case RuleIdRole:
        return rule.id;
    case ProblemRole:
        return problem;
    default:
        return {};
    }
}

Qt::ItemFlags RuleListModel::flags(const QModelIndex &index) const
{
    // Rows are dragged, and dropped between rows (the list itself takes the drop).
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

Qt::DropActions RuleListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

namespace {
const QString RuleRowType = u"application/x-pennon-rule-row"_s;
} // namespace

QStringList RuleListModel::mimeTypes() const
{
    return {RuleRowType};
}

QMimeData *RuleListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1 || !indexes.first().isValid())
        return nullptr;
    // The row, and which list it is from: a drop from another list or process is refused.
    auto *data = new QMimeData;
    data->setData(RuleRowType, QByteArray::number(QCoreApplication::applicationPid()) + ' '
                                       + QByteArray::number(quintptr(this)) + ' '
                                       + QByteArray::number(indexes.first().row()));
    return data;
}

bool RuleListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                 const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(RuleRowType))
        return false;
    const QList<QByteArray> parts = data->data(RuleRowType).split(' ');
    bool ok = parts.size() == 3 && parts.at(0) == QByteArray::number(QCoreApplication::applicationPid())
            && parts.at(1) == QByteArray::number(quintptr(this));
    const int from = ok ? parts.at(2).toInt(&ok) : -1;
    if (!ok || from < 0 || from >= m_rules.size())
        return false;
    // Dropped between rows (row), on a row (parent: before it), or below the last.
    const int to = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_rules.size());
    return moveRows({}, from, 1, {}, to);
}

bool RuleListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                             const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= m_rules.size() || destinationChild < 0 || destinationChild > m_rules.size()
        || destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild))
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    m_rules.move(sourceRow, to);
    m_texts.move(sourceRow, to);
    endMoveRows();
    // Numbers in the texts follow the positions.
    Q_EMIT dataChanged(index(0), index(int(m_rules.size()) - 1), {Qt::DisplayRole, Qt::AccessibleTextRole});
    Q_EMIT ruleMoved(sourceRow, to);
    return true;
}

} // namespace Pennon
