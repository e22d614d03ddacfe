// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

// Constraint operators (docs/semantics.md, "Constraint operators"), one place for all of them.

#include "engine/attributevalue.h"
#include "values/cidr.h"

#include <QList>

namespace Pennon {

struct ConditionPlan;

/// Whether the value is an IP address inside one of the ranges (IN_CIDR, IP/CIDR conditions).
bool inRanges(const QList<Cidr> &cidrs, const AttributeValue *value);

/// The operator's result before negation. value is nullptr when the attribute is absent;
/// nowMs is the context's current time, which DATE_* compare (timeValid false: currentTime
/// is no date).
bool constraintHolds(const ConditionPlan &plan, const AttributeValue *value, qint64 nowMs,
                     bool timeValid);

} // namespace Pennon
