// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flag.h"

#include <algorithm>

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

bool Serve::gives(ServeOutcome answer) const
{
    if (outcome == answer)
        return true;
    return split && std::any_of(split->weights.cbegin(), split->weights.cend(),
                                [answer](const SplitWeight &w) { return w.outcome == answer; });
}

void Flag::renameVariation(const QString &fromKey, const QString &toKey)
{
    // Copies: either may be a variation's own key, renamed on the way.
    const QString from = fromKey;
    const QString to = toKey;
    for (Variation &v : variations) {
        if (v.key == from)
            v.key = to;
    }
    const auto serve = [&](Serve &s) {
        if (s.outcome == ServeOutcome::Variation && !s.split && s.variation == from)
            s.variation = to;
        if (s.split) {
            for (SplitWeight &w : s.split->weights) {
                if (w.outcome == ServeOutcome::Variation && w.variation == from)
                    w.variation = to;
            }
        }
    };
    for (EnvironmentConfig &config : environments) {
        if (config.offVariation == from)
            config.offVariation = to;
        for (Rule &rule : config.rules)
            serve(rule.serve);
        serve(config.defaultServe);
    }
}

} // namespace Pennon
