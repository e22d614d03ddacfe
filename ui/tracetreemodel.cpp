// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "tracetreemodel.h"

#include "engine/pluginregistry.h"

#include <algorithm>

namespace Pennon {

using namespace Qt::StringLiterals;

TraceTreeModel::TraceTreeModel(QObject *parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Step"), tr("Attribute"), tr("Value seen"), tr("Compared / detail"),
                               tr("Result"), tr("Bucket")});
}

void TraceTreeModel::setTrace(const Trace &trace, const PluginRegistry *plugins, const Problems &unknowns)
{
    removeRows(0, rowCount());
    // The parent of each depth: a step goes under the last step one level up.
    QList<QStandardItem *> parents{invisibleRootItem()};
    QList<QStandardItem *> results(trace.steps.size(), nullptr);
    QList<QStandardItem *> firsts(trace.steps.size(), nullptr);
    for (qsizetype i = 0; i < trace.steps.size(); ++i) {
        const TraceStep &step = trace.steps.at(i);
        const int depth = std::clamp(step.depth, 0, int(parents.size()) - 1);
        QStandardItem *parent = parents.at(depth);
        QString result;
        switch (step.kind) {
        case TraceStep::Kind::FlagEntered:
        case TraceStep::Kind::DefaultServed:
            break;
        case TraceStep::Kind::RuleEntered:
            // A rule entered passes when every condition under it does (set below).
            result = step.outcome ? tr("pass") : tr("skipped");
            break;
        case TraceStep::Kind::ConditionChecked:
        case TraceStep::Kind::SplitBucketed:
            result = step.outcome ? tr("pass") : tr("fail");
            break;
        }
        // A plugin that is not installed: the engine fails the condition closed; the truth is unknown.
        // Its label is "plugin TYPE", after "ACTIVATION: " when it is a shared activation.
        if (step.kind == TraceStep::Kind::ConditionChecked) {
            const qsizetype at = step.what.lastIndexOf(u"plugin ");
            if (at >= 0 && (at == 0 || QStringView(step.what).mid(0, at).endsWith(u": "))
                && (!plugins || !plugins->find(step.what.mid(at + 7))))
                result = tr("unknown");
        }
        QList<QStandardItem *> row{new QStandardItem(step.what), new QStandardItem(step.attribute),
                                   new QStandardItem(step.attribute.isEmpty() ? QString() : step.seen),
                                   new QStandardItem(step.detail), new QStandardItem(result),
                                   new QStandardItem(step.bucket >= 0 ? QString::number(step.bucket) : QString())};
        for (QStandardItem *item : row) {
            item->setEditable(false);
            item->setData(int(step.kind), KindRole);
            if (!item->text().isEmpty())
                item->setToolTip(item->text());
        }
        parent->appendRow(row);
        results[i] = row.at(ResultColumn);
        firsts[i] = row.at(StepColumn);
        parents.resize(depth + 1);
        parents.append(row.at(StepColumn));
    }
    QStandardItem *flag = invisibleRootItem()->rowCount() > 0 ? invisibleRootItem()->child(0) : invisibleRootItem();
    for (const Problem &problem : unknowns) {
        QList<QStandardItem *> row{new QStandardItem(problem.path), new QStandardItem, new QStandardItem,
                                   new QStandardItem(problem.message), new QStandardItem(tr("unknown")),
                                   new QStandardItem};
        for (QStandardItem *item : row) {
            item->setEditable(false);
            item->setData(int(TraceStep::Kind::ConditionChecked), KindRole);
        }
        row.at(DetailColumn)->setToolTip(problem.message);
        flag->appendRow(row);
    }
    // A rule's verdict from its conditions: it is entered, then each must hold.
    for (qsizetype i = 0; i < trace.steps.size(); ++i) {
        if (trace.steps.at(i).kind != TraceStep::Kind::RuleEntered || !trace.steps.at(i).outcome)
            continue;
        bool holds = true;
        QStandardItem *rule = firsts.at(i);
        for (int c = 0; c < rule->rowCount(); ++c) {
            const QString text = rule->child(c, ResultColumn)->text();
            if (text == tr("fail") || text == tr("unknown"))
                holds = false;
        }
        results.at(i)->setText(holds ? tr("pass") : tr("fail"));
    }
}

} // namespace Pennon
