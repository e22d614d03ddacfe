// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/trace.h"
#include "validation/problem.h"

#include <QStandardItemModel>

namespace Pennon {

class PluginRegistry;

/// The engine's trace of one evaluation as a tree: the flag, its rules under it, each rule's
/// conditions (a segment's under the segment, a prerequisite's flag under the condition), the
/// split or default served. Each row says what was looked at, the value seen, what it was
/// compared with, pass or fail (or unknown, for a plugin that is not installed) and the bucket.
class TraceTreeModel final : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, AttributeColumn, SeenColumn, DetailColumn, ResultColumn, BucketColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole };   ///< int(TraceStep::Kind)

    explicit TraceTreeModel(QObject *parent = nullptr);

    /// Shows a trace; plugins (may be nullptr) say which plugin conditions are unknown.
    /// unknowns: the engine's compile problems of the flag (a plugin that is not installed
    /// makes the whole flag an error, so the walk never reaches the condition), each shown
    /// under the flag as "unknown".
    void setTrace(const Trace &trace, const PluginRegistry *plugins, const Problems &unknowns = {});
};

} // namespace Pennon
