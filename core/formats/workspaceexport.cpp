// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "workspaceexport.h"

#include "formats/csvexport.h"
#include "formats/flagdexport.h"
#include "formats/pennonjson.h"
#include "formats/unleashexport.h"

#include <QSet>

namespace Pennon {

using namespace Qt::StringLiterals;

bool WorkspaceExport::parseFormat(const QString &name, ExportFormat *out)
{
    if (name == u"native" || name == u"pennon")
        *out = ExportFormat::Native;
    else if (name == u"flagd")
        *out = ExportFormat::Flagd;
    else if (name == u"unleash")
        *out = ExportFormat::Unleash;
    else if (name == u"csv")
        *out = ExportFormat::Csv;
    else
        return false;
    return true;
}

QString WorkspaceExport::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Native: return u"native"_s;
    case ExportFormat::Flagd: return u"flagd"_s;
    case ExportFormat::Unleash: return u"unleash"_s;
    case ExportFormat::Csv: return u"csv"_s;
    }
    return {};
}

QString WorkspaceExport::displayName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Native: return tr("Pennon JSON (complete, lossless)");
    case ExportFormat::Flagd: return tr("flagd flag definitions (OpenFeature)");
    case ExportFormat::Unleash: return tr("Unleash client API features");
    case ExportFormat::Csv: return tr("CSV summary for spreadsheets");
    }
    return {};
}

QString WorkspaceExport::fileSuffix(ExportFormat format)
{
    return format == ExportFormat::Csv ? u"csv"_s : u"json"_s;
}

bool WorkspaceExport::holdsOneEnvironment(ExportFormat format)
{
    return format == ExportFormat::Flagd || format == ExportFormat::Unleash;
}

bool WorkspaceExport::canBeLenient(ExportFormat format)
{
    return holdsOneEnvironment(format);
}

ExportResult WorkspaceExport::write(const Workspace &workspace, const ExportRequest &request)
{
    ExportResult result;
    QString environment = request.environment;
    if (!environment.isEmpty() && !workspace.environment(environment)) {
        result.problems.append({QString(), tr("there is no environment \"%1\"").arg(environment)});
        return result;
    }
    if (holdsOneEnvironment(request.format) && environment.isEmpty()) {
        if (workspace.environments.size() != 1) {
            QStringList keys;
            for (const Environment &e : workspace.environments)
                keys.append(e.key);
            result.problems.append({QString(), tr("%1 holds one environment: name one of %2")
                                                       .arg(displayName(request.format),
                                                            keys.join(u", "_s))});
            return result;
        }
        environment = workspace.environments.constFirst().key;
    }
    switch (request.format) {
    case ExportFormat::Native: {
        if (request.withVersions) {
            result.bytes = PennonJson::write(workspace);
            return result;
        }
        // Versions are bookkeeping of the database, not configuration: a workspace exported,
        // imported elsewhere and exported again gives the same bytes.
        result.bytes = PennonJson::write(workspace.withoutVersions());
        return result;
    }
    case ExportFormat::Csv:
        result.bytes = CsvExport::write(workspace, environment, request.stamps);
        return result;
    case ExportFormat::Flagd:
    case ExportFormat::Unleash: {
        Problems refused;
        const std::optional<QByteArray> document = request.format == ExportFormat::Flagd
                ? FlagdExport::write(workspace, environment, request.lenient, &refused, &result.warnings)
                : UnleashExport::write(workspace, environment, request.lenient, &refused);
        QSet<QString> flags;
        for (const Problem &problem : std::as_const(refused))
            flags.insert(problem.path);
        result.refusedFlags = flags.size();
        if (document) {
            result.bytes = document;
            result.skipped = refused;
        } else {
            result.problems = refused;
        }
        return result;
    }
    }
    return result;
}

} // namespace Pennon
