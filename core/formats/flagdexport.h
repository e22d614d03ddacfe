// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"
#include "validation/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Pennon {

/// Writes one environment of a workspace as a flagd flag-definition file
/// (https://flagd.dev/schema/v0/flags.json) that flagd's evaluator (@openfeature/flagd-core)
/// answers exactly as Pennon does (docs/semantics.md, "Mapping to other formats → flagd";
/// docs/flagd.md, "Export", spells out every decision and every quirk guarded against).
///
/// Flags are written sorted by key. A flag flagd cannot express exactly (another bucketing
/// scheme, REGEX, IN_CIDR, DATE_*, SEMVER_*, schedules, plugins, prerequisites, the `random`
/// absence policy, case-insensitive matching of cased text, ...) is refused: each refusal is
/// a Problem whose path is "/flags/KEY" (a JSON pointer into the Pennon workspace) and whose
/// message says why.
class FlagdExport final
{
    Q_DECLARE_TR_FUNCTIONS(FlagdExport)
public:
    /// The document, or nullopt when the environment does not exist or a flag was refused and
    /// lenient is false. With lenient, refused flags are left out of the document and still
    /// listed in *refused. refused receives every refusal in both cases (or the unknown
    /// environment). warnings, when given, receives what is exported but differs at the edges
    /// (NUM_* operators: Pennon also compares decimal strings such as "17", flagd only JSON
    /// numbers), one per exported flag concerned.
    static std::optional<QByteArray> write(const Workspace &workspace, const QString &environment,
                                           bool lenient, Problems *refused,
                                           Problems *warnings = nullptr);

    /// The targeting write() gives a configuration that is on (segments and library
    /// references resolved in workspace), or an undefined value when the export refuses it.
    /// The flagd import regenerates its reading of a targeting with it to recognise the
    /// export's own forms exactly.
    static QJsonValue targetingJson(const Workspace &workspace, const Flag &flag,
                                    const EnvironmentConfig &config);
};

} // namespace Pennon
