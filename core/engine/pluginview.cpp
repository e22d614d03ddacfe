// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "pluginview.h"

#include "engine.h"
#include "plan.h"

namespace Pennon {

const AttributeValue *PluginView::value(QStringView attribute) const
{
    // Attributes the plan interned (bound, possibly set by a simulation), then the rest of the
    // context the caller bound; both without allocating.
    for (qsizetype i = 0; i < m_plan.attributeNames.size(); ++i) {
        if (m_plan.attributeNames.at(i) == attribute) {
            if (const AttributeValue *value = m_context.value(int(i)))
                return value;
            break;
        }
    }
    return m_context.source() ? m_context.source()->find(attribute) : nullptr;
}

qint64 PluginView::currentTimeMs() const
{
    return m_context.currentTimeMs();
}

} // namespace Pennon
