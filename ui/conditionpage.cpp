// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conditionpage.h"

#include "conditionlistedit.h"
#include "problemlabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

/// Whether path is at or under prefix, as JSON pointers go.
bool isUnder(const QString &path, const QString &prefix)
{
    return path == prefix || (path.startsWith(prefix) && path.at(prefix.size()) == u'/');
}

} // namespace

QString keyAndName(const QString &key, const QString &name)
{
    if (name.isEmpty() || name == key)
        return key;
    return ConditionPage::tr("%1 — %2").arg(key, name);
}

ConditionPage::ConditionPage(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void ConditionPage::setContext(const ConditionContext *context)
{
    m_context = context;
}

const ConditionContext &ConditionPage::context() const
{
    static const ConditionContext none;
    return m_context ? *m_context : none;
}

QWidget *ConditionPage::addCell(QWidget *field, QWidget *cell, const QStringList &paths)
{
    // The field and, under it, its messages: hidden while there are none, taking no room.
    auto *container = new QWidget(this);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QWidget *shown = cell ? cell : field;
    shown->setParent(container);
    layout->addWidget(shown);
    auto *message = new ProblemLabel(container);
    // Named after the cell when it has a name of its own (one message for several editors).
    message->setObjectName((cell && !cell->objectName().isEmpty() ? cell->objectName() : field->objectName())
                           + u"Problem");
    layout->addWidget(message);
    m_rows.append({paths, {field}, message});
    return container;
}

QWidget *ConditionPage::addRow(const QString &label, QWidget *field, const QStringList &paths,
                               QWidget *cell)
{
    QWidget *container = addCell(field, cell, paths);
    auto *rowLabel = new QLabel(label, this);
    rowLabel->setBuddy(field);
    m_rowLabels.append(rowLabel);
    m_form->addRow(rowLabel, container);
    return container;
}

QWidget *ConditionPage::addUnlabelledRow(QWidget *field, const QStringList &paths, QWidget *cell)
{
    QWidget *container = addCell(field, cell, paths);
    m_form->addRow(static_cast<QWidget *>(nullptr), container);
    return container;
}

void ConditionPage::alsoDescribe(const QString &path, QWidget *widget)
{
    for (Row &row : m_rows) {
        if (row.paths.contains(path))
            row.described.append(widget);
    }
}

ProblemLabel *ConditionPage::addHint(QWidget *rowContainer)
{
    auto *hint = new ProblemLabel(rowContainer, ProblemLabel::Role::Hint);
    static_cast<QVBoxLayout *>(rowContainer->layout())->addWidget(hint);
    return hint;
}

void ConditionPage::setRowVisible(QWidget *rowContainer, bool visible)
{
    m_form->setRowVisible(rowContainer, visible);
}

Problems ConditionPage::showProblems(const Problems &problems)
{
    QList<QStringList> messages(m_rows.size());
    Problems unclaimed;
    for (const Problem &problem : problems) {
        // The row with the longest path at or above the problem's.
        qsizetype best = -1;
        qsizetype bestLength = -1;
        QString bestPath;
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            for (const QString &path : m_rows.at(r).paths) {
                if (isUnder(problem.path, path) && path.size() > bestLength) {
                    best = r;
                    bestLength = path.size();
                    bestPath = path;
                }
            }
        }
        if (best < 0) {
            unclaimed.append(problem);
            continue;
        }
        // A value of a list: name its line, as the list shows it.
        QString text = problem.message;
        bool isIndex = false;
        const qsizetype index = problem.path.mid(bestPath.size() + 1).toLongLong(&isIndex);
        if (isIndex) {
            for (QWidget *widget : m_rows.at(best).described) {
                const auto *list = qobject_cast<ConditionListEdit *>(widget);
                if (list && !list->isHidden() && list->lineOfValue(index) > 0) {
                    text = tr("Line %1: %2").arg(list->lineOfValue(index)).arg(problem.message);
                    break;
                }
            }
        }
        if (!messages[best].contains(text))
            messages[best].append(text);
    }
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const QString text = messages.at(r).join(u'\n');
        m_rows.at(r).message->setMessage(text);
        for (QWidget *widget : m_rows.at(r).described)
            widget->setAccessibleDescription(text);
    }
    return unclaimed;
}

} // namespace Pennon
