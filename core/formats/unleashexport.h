// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"
#include "validation/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Pennon {

/// Writes one environment of a workspace as an Unleash client-API feature state,
/// {"version": 2, "features": [...], "segments": [...]}, as GET /api/client/features returns
/// it, so that an Unleash SDK (unleash-client, offline bootstrap) answers isEnabled and
/// getVariant exactly as `pennonctl eval --dialect unleash` does. It is the inverse of
/// UnleashImport: importing an Unleash file, exporting it and importing the export gives the
/// same workspace (docs/unleash-export.md lists every decision and the few shapes that come
/// back in another, equivalent form).
///
/// A flag Unleash cannot express exactly is refused: each refusal is a Problem whose path is
/// the flag key and whose message says why (a rule serving the off variation before a rule
/// that serves something else, a bucketing scheme other than unleash, an operator SDKs do not
/// know, a schedule, a plugin, ...). Features are sorted by name, segments by id.
class UnleashExport final
{
    Q_DECLARE_TR_FUNCTIONS(UnleashExport)
public:
    /// The document, or nullopt when the environment does not exist or a flag was refused and
    /// lenient is false. With lenient, refused flags are left out (and so are flags that
    /// depend on them) and still listed in *refused.
    static std::optional<QByteArray> write(const Workspace &workspace, const QString &environment,
                                           bool lenient, Problems *refused);
};

} // namespace Pennon
