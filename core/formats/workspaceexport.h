// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/changestamp.h"
#include "model/workspace.h"
#include "validation/problem.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace Pennon {

/// The formats a workspace is exported to.
enum class ExportFormat { Native, Flagd, Unleash, Csv };

/// What to export and how.
struct ExportRequest {
    ExportFormat format = ExportFormat::Native;
    /// The environment for the formats that hold one (flagd, Unleash; CSV when set); empty for
    /// the only one, or for all (Pennon JSON, CSV).
    QString environment;
    /// Skip the flags the format cannot express exactly, instead of failing.
    bool lenient = false;
    /// Pennon JSON: keep the stored record versions (else written as 0).
    bool withVersions = false;
    /// CSV: when and by whom each flag was last saved (from the workspace database).
    QHash<QString, ChangeStamp> stamps;
};

/// The bytes of an export, or why there are none.
struct ExportResult {
    std::optional<QByteArray> bytes;
    /// Why the export failed: every flag the format cannot express with its reason (without
    /// lenient), or a request that does not fit the workspace (an unknown environment, ...).
    Problems problems;
    /// The flags left out (lenient), each with its reason.
    Problems skipped;
    /// What is exported but differs at the edges (flagd: NUM_* on decimal strings).
    Problems warnings;
    /// The number of flags the export could not carry (failed or skipped).
    qsizetype refusedFlags = 0;
};

/// One entry point for every export format, used by `pennonctl export` and the desktop app's
/// Export dialog alike. Deterministic: the same workspace and request give the same bytes.
class WorkspaceExport final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceExport)
public:
    /// "native" (also "pennon"), "flagd", "unleash", "csv".
    static bool parseFormat(const QString &name, ExportFormat *out);
    static QString formatName(ExportFormat format);
    /// The format as a person reads it, translated ("flagd flag definitions (OpenFeature)").
    static QString displayName(ExportFormat format);
    /// The usual file name suffix, without the dot.
    static QString fileSuffix(ExportFormat format);
    /// Whether the format holds exactly one environment.
    static bool holdsOneEnvironment(ExportFormat format);
    /// Whether the format can leave out what it cannot express (flagd, Unleash).
    static bool canBeLenient(ExportFormat format);

    static ExportResult write(const Workspace &workspace, const ExportRequest &request);
};

} // namespace Pennon
