// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "cli/commandline.h"
#include "cli/pennonctl.h"
#include "cli/workspacesource.h"
#include "formats/workspaceexport.h"
#include "storage/repository.h"

#include <QCommandLineParser>
#include <QSaveFile>

namespace Pennon {

using namespace Qt::StringLiterals;

int ExportCommand::run(const QStringList &arguments, const QString &database, QTextStream &out,
                       QTextStream &err)
{
    CommandLine cli(u"export"_s, out, err);
    QCommandLineParser &parser = cli.parser();
    parser.setApplicationDescription(tr("Export the workspace. Every format is deterministic: the same workspace gives the same bytes. Pennon JSON (native) is lossless; flagd and unleash write one environment (--env, or the only one) as flagd flag definitions or an Unleash client-API feature state that flagd or an Unleash SDK evaluates exactly as Pennon does, refusing (exit 2) every flag the format cannot express, each named with the reason; csv is a summary, one row per flag and environment (all environments, or --env)."));
    WorkspaceSource::addOptions(&parser, WorkspaceSource::SourceFormatOption::FromFormat);
    parser.addOption({u"format"_s, tr("Output format: native (default), flagd, unleash or csv."), u"FORMAT"_s, u"native"_s});
    parser.addOption({u"lenient"_s, tr("flagd, unleash: leave out the flags the format cannot express exactly (listed on standard error) and export the rest.")});
    parser.addOption({u"with-versions"_s, tr("Keep the stored record versions (by default they are written as 0, so that an export holds configuration only and diffs well).")});
    parser.addOption({{u"o"_s, u"output"_s}, tr("Write to FILE (replaced only when the export is complete) instead of standard output."), u"FILE"_s});
    if (const std::optional<int> done = cli.parse(arguments, 0))
        return *done;
    ExportRequest request;
    if (!WorkspaceExport::parseFormat(parser.value(u"format"_s), &request.format))
        return cli.usage(tr("unknown export format '%1' (expected native, flagd, unleash or csv)")
                                 .arg(parser.value(u"format"_s)));
    const bool oneEnvironment = WorkspaceExport::holdsOneEnvironment(request.format);

    int exitCode = ExitSuccess;
    std::optional<WorkspaceSource::Loaded> loaded =
        WorkspaceSource::load(parser, database, err, &exitCode,
                              oneEnvironment ? WorkspaceSource::EnvironmentUse::Required
                                             : WorkspaceSource::EnvironmentUse::Optional,
                              WorkspaceSource::SourceFormatOption::FromFormat);
    if (!loaded)
        return exitCode;
    request.environment = loaded->environment;
    request.lenient = parser.isSet(u"lenient"_s);
    request.withVersions = parser.isSet(u"with-versions"_s);
    if (request.format == ExportFormat::Csv && loaded->repository) {
        StorageError error;
        const auto stamps = loaded->repository->flagStamps(&error);
        if (!stamps)
            return WorkspaceSource::reportStorageError(error, err, QString());
        request.stamps = *stamps;
    }
    const ExportResult result = WorkspaceExport::write(loaded->workspace, request);
    for (const Problem &problem : result.problems)
        err << tr("pennonctl: export: %1").arg(problem.toString()) << '\n';
    for (const Problem &problem : result.skipped)
        err << tr("pennonctl: export: skipped %1").arg(problem.toString()) << '\n';
    for (const Problem &warning : result.warnings)
        err << tr("pennonctl: export: warning: %1").arg(warning.toString()) << '\n';
    if (!result.bytes) {
        if (result.refusedFlags > 0) {
            err << tr("pennonctl: export: %n flag(s) cannot be expressed in %1 exactly; nothing written (--lenient leaves them out)",
                      nullptr, int(result.refusedFlags))
                           .arg(request.format == ExportFormat::Flagd ? u"flagd"_s : u"Unleash"_s)
                << '\n';
        }
        return ExitBadInput;
    }
    const QByteArray &bytes = *result.bytes;
    if (!parser.isSet(u"output"_s)) {
        out << QString::fromUtf8(bytes); // the stream writes UTF-8: the same bytes
        return ExitSuccess;
    }
    QSaveFile file(parser.value(u"output"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << tr("pennonctl: cannot write %1: %2").arg(parser.value(u"output"_s), file.errorString()) << '\n';
        return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace Pennon
