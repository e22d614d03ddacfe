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

/// An operator's test: its result before negation. value is nullptr when the attribute is
/// absent; nowMs is the context's current time, which DATE_* compare (timeValid false:
/// currentTime is no date).
using ConstraintTest = bool (*)(const ConditionPlan &plan, const AttributeValue *value, qint64 nowMs,
                                bool timeValid);

/// The test of a compiled constraint's operator, chosen once when the flag is compiled.
ConstraintTest constraintTest(const ConditionPlan &plan);

} // namespace Pennon
