// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"
#include "validation/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Pennon {

/// Reads a flagd flag-definition file ({"flags", "$evaluators", "metadata"}, schema
/// https://flagd.dev/schema/v0/flags.json) into a workspace with exactly one environment, so
/// that Pennon's engine serves every context the variant flagd's own evaluator
/// (@openfeature/flagd-core) serves it (docs/semantics.md, "Mapping to other formats → flagd";
/// docs/flagd.md, "Import", spells out every decision).
///
/// In short: a flag keeps its key and its variants (the flag type follows their JSON types);
/// `defaultVariant` is the off variation and what is served when targeting gives nothing;
/// `state` DISABLED turns the flag off. The targeting's `if` chain becomes rules in order,
/// each branch's condition in disjunctive normal form (an `or`, or a negated `and`, gives
/// several rules serving the same thing); `fractional` becomes a split with scheme flagd.
/// A flag whose behaviour Pennon cannot reproduce is refused with the JSON pointer of the
/// part and the reason, e.g. `/flags/new-ui/targeting/if/0/</0: ...`; then nothing is read.
/// Broken data that flagd-core evaluates to a variant for every context (a malformed
/// `fractional`, a `sem_ver` with an unknown operator, ...) is imported as the rules that
/// give the same answers, with a warning (docs/flagd.md, "Broken data").
class FlagdImport final
{
    Q_DECLARE_TR_FUNCTIONS(FlagdImport)
public:
    /// The workspace (validated), or nullopt with every problem found. What is imported but
    /// worth knowing (a sem_ver comparison, whose lenient reading of context values Pennon
    /// does not share; an attribute as a condition, whose truthiness Pennon reads from its
    /// text; weights flagd never serves from; broken data read as flagd-core reads it) goes
    /// to warnings.
    static std::optional<Workspace> read(const QByteArray &bytes, const QString &environment,
                                         Problems *problems, Problems *warnings = nullptr);
};

} // namespace Pennon
