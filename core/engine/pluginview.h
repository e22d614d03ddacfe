// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/activationplugin.h"

namespace Pennon {

struct EnginePlan;
class BoundContext;

/// A bound context as a plugin condition sees it: attributes by name, the current time.
class PluginView final : public PluginContext
{
public:
    PluginView(const EnginePlan &plan, const BoundContext &context)
        : m_plan(plan), m_context(context)
    {
    }
    const AttributeValue *value(QStringView attribute) const override;
    qint64 currentTimeMs() const override;

private:
    const EnginePlan &m_plan;
    const BoundContext &m_context;
};

} // namespace Pennon
