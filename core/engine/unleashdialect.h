// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/evaluationresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Pennon {

class Engine;

/// The Unleash dialect of an evaluation: what an Unleash SDK's isEnabled and getVariant
/// answer, {"flag", "enabled", "variant": {"name", "enabled", "feature_enabled", "payload"?}}
/// (PRODUCT.md, `pennonctl eval --dialect unleash`; docs/semantics.md, "Mapping to other formats").
///
/// - `enabled`: the flag served a variation other than its off variation in the engine's
///   environment. An unknown or unconfigured flag is not enabled.
/// - The variant is {"name": "disabled", "enabled": false, "feature_enabled": enabled} when
///   the flag is not enabled or served a variation whose value is a boolean (the `on`
///   variation of a flag imported from Unleash, the true of a boolean flag). Otherwise it is
///   {"name": the variation's key, "enabled": true, "feature_enabled": true} with the payload
///   payload() finds in the variation's value, when it finds one.
class UnleashDialect final
{
    Q_DECLARE_TR_FUNCTIONS(UnleashDialect)
public:
    /// The whole answer. flagKey names the flag when the result has none (an unknown flag).
    static QJsonObject answer(const Engine &engine, const EvaluationResult &result,
                              const QString &flagKey = {});
    /// The answer as one compact JSON line (with "\n"), fields in the order above.
    static QByteArray answerLine(const Engine &engine, const EvaluationResult &result,
                                 const QString &flagKey = {});

    /// Whether the result counts as enabled (see above).
    static bool isEnabled(const Engine &engine, const EvaluationResult &result);

    /// The Unleash payload of a variation value. A flag imported from Unleash holds payloads
    /// verbatim, {"type": T, "value": V} with T and V strings, and {} for "no payload". Other
    /// values get the payload an Unleash export gives them: a string {"type": "string"}, a
    /// number {"type": "number"} in its shortest form, any other object or a list
    /// {"type": "json"} with the compact JSON text. Booleans and undefined have none.
    static std::optional<QJsonObject> payload(const QJsonValue &value);
};

} // namespace Pennon
