// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"
#include "validation/problem.h"

#include <QCoreApplication>

#include <optional>

namespace Pennon {

/// The file formats a workspace can be read from.
enum class WorkspaceFormat { Native, Unleash, Flagd };

/// Reads a whole workspace from a file's bytes in one of the formats, validated.
class WorkspaceFile final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFile)
public:
    /// "native", "unleash", "flagd".
    static bool parseFormat(const QString &name, WorkspaceFormat *out);
    /// environment names the environment formats without environments (Unleash) are
    /// imported into; empty means "default". warnings receives what was read but deserves a
    /// word (e.g. an Unleash constraint with an unknown operator, which never holds).
    static std::optional<Workspace> read(const QByteArray &bytes, WorkspaceFormat format,
                                         const QString &environment, Problems *problems,
                                         Problems *warnings = nullptr);
};

} // namespace Pennon
