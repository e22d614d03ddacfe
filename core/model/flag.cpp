// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flag.h"

namespace Pennon {

bool valueMatchesType(const QJsonValue &value, FlagType type)
{
    switch (type) {
    case FlagType::Boolean: return value.isBool();
    case FlagType::String: return value.isString();
    case FlagType::Number: return value.isDouble();
    case FlagType::Json: return !value.isNull() && !value.isUndefined();
    }
    return false;
}

const Variation *Flag::variation(const QString &variationKey) const
{
    for (const Variation &v : variations) {
        if (v.key == variationKey)
            return &v;
    }
    return nullptr;
}

} // namespace Pennon
