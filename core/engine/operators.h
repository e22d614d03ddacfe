// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

// Constraint operators (docs/semantics.md, "Constraint operators"), one place for all of them.

#include "engine/attributevalue.h"

namespace Pennon {

struct ConditionPlan;

/// The operator's result before negation. value is nullptr when the attribute is absent;
/// nowMs is the context's current time, used by DATE_* on the currentTime attribute.
bool constraintHolds(const ConditionPlan &plan, const AttributeValue *value, qint64 nowMs,
                     bool isCurrentTime);

} // namespace Pennon
