// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"
#include "validation/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Pennon {

/// Reads an Unleash client-API feature state, {"version", "features", "segments"}, into a
/// workspace with exactly one environment, so that Pennon's engine gives every context what an
/// Unleash SDK gives it (docs/semantics.md, "Mapping to other formats → Unleash";
/// docs/unleash-import.md spells out every decision).
///
/// In short: a feature becomes a flag of type json with the variations `off` (value false,
/// served when disabled: the off variation and the default serve), `on` (value true: enabled
/// without a variant) and one variation per variant, keyed by the variant's name, whose value
/// is the variant's payload object {"type", "value"} verbatim, or {} when it has none. When a
/// variant is itself named "on" or "off", Pennon's own variation takes the first free key of
/// "on-1", "on-2", ... (resp. "off-1", ...); the off variation is always the environment's
/// offVariation and `on` the variation whose value is true, so nothing depends on those keys.
///
/// Each dependency becomes a leading rule that serves `off` when the dependency does not
/// hold; each strategy a rule, in order (preceded by the rules of its variant overrides).
/// Anything an SDK would evaluate differently from Pennon is refused, each problem naming its
/// place in the input as a JSON pointer, e.g.
/// `/features/3/strategies/0/constraints/1/operator: unknown operator "FOO"`.
class UnleashImport final
{
    Q_DECLARE_TR_FUNCTIONS(UnleashImport)
public:
    /// The workspace (validated), or nullopt with every problem found. What is imported but
    /// worth knowing (a constraint with an operator Unleash SDKs do not know, which never
    /// holds) goes to warnings.
    static std::optional<Workspace> read(const QByteArray &bytes, const QString &environment,
                                         Problems *problems, Problems *warnings = nullptr);

    /// The constraint Pennon's Unleash export adds, last, to the strategy of a disabled rule,
    /// beside "disabled": true, so that SDKs (which do not read "disabled") never enable it
    /// either: userId IN an empty list. A strategy with "disabled": true whose last constraint
    /// is this one is read as disabled rules without it; "disabled": true alone is ignored, as
    /// SDKs ignore it.
    static QJsonObject disabledGate();
};

} // namespace Pennon
