// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "cli/commandline.h"
#include "cli/pennonctl.h"
#include "cli/workspacesource.h"
#include "formats/pennonjson.h"

#include <QCommandLineParser>
#include <QSaveFile>

namespace Pennon {

using namespace Qt::StringLiterals;

int ExportCommand::run(const QStringList &arguments, const QString &database, QTextStream &out,
                       QTextStream &err)
{
    CommandLine cli(u"export"_s, out, err);
    QCommandLineParser &parser = cli.parser();
    parser.setApplicationDescription(tr("Export the workspace. Pennon JSON (native) is lossless and deterministic: the same workspace gives the same bytes."));
    WorkspaceSource::addOptions(&parser, WorkspaceSource::SourceFormatOption::FromFormat);
    parser.addOption({u"format"_s, tr("Output format: native (default)."), u"FORMAT"_s, u"native"_s});
    parser.addOption({u"with-versions"_s, tr("Keep the stored record versions (by default they are written as 0, so that an export holds configuration only and diffs well).")});
    parser.addOption({{u"o"_s, u"output"_s}, tr("Write to FILE (replaced only when the export is complete) instead of standard output."), u"FILE"_s});
    if (const std::optional<int> done = cli.parse(arguments, 0))
        return *done;
    const QString format = parser.value(u"format"_s);
    if (format != u"native" && format != u"pennon") {
        if (format == u"flagd" || format == u"unleash" || format == u"csv")
            return cli.usage(tr("exporting to %1 is not supported yet; use --format native").arg(format));
        return cli.usage(tr("unknown export format '%1' (expected native)").arg(format));
    }

    int exitCode = ExitSuccess;
    std::optional<WorkspaceSource::Loaded> loaded =
        WorkspaceSource::load(parser, database, err, &exitCode, WorkspaceSource::EnvironmentUse::Optional,
                              WorkspaceSource::SourceFormatOption::FromFormat);
    if (!loaded)
        return exitCode;
    if (!parser.isSet(u"with-versions"_s)) {
        // Versions are bookkeeping of the database, not configuration: a workspace exported,
        // imported elsewhere and exported again gives the same bytes.
        Workspace &workspace = loaded->workspace;
        for (Environment &environment : workspace.environments)
            environment.version = 0;
        for (Activation &activation : workspace.activations)
            activation.version = 0;
        for (Segment &segment : workspace.segments)
            segment.version = 0;
        for (Flag &flag : workspace.flags)
            flag.version = 0;
    }
    const QByteArray bytes = PennonJson::write(loaded->workspace);
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
