// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace Pennon {

/// One step of an evaluation: a rule, a condition, a split or the default, with what was
/// seen and decided. depth nests conditions under rules and segments under conditions.
struct TraceStep {
    enum class Kind : quint8 { FlagEntered, RuleEntered, ConditionChecked, SplitBucketed, DefaultServed };
    Kind kind = Kind::ConditionChecked;
    int depth = 0;
    QString what;        ///< "rule 0 (r1)", "constraint email STR_ENDS_WITH", ...
    QString attribute;   ///< attribute looked at, if any
    QString seen;        ///< the attribute's value as seen ("<absent>" when absent)
    QString detail;      ///< compared values, bucket and range, variation chosen, ...
    bool outcome = false;
    qint64 bucket = -1;  ///< for splits and percentages
};

/// Every rule and condition visited, in order; recorded only when asked for.
struct Trace {
    QList<TraceStep> steps;
    QJsonArray toJson() const;
};

} // namespace Pennon
