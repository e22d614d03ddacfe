// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "importcommand.h"

#include "cli/inputfile.h"
#include "cli/commandline.h"
#include "cli/pennonctl.h"
#include "cli/workspacesource.h"
#include "formats/workspacefile.h"
#include "storage/repository.h"

#include <QCommandLineParser>

namespace Pennon {

using namespace Qt::StringLiterals;

int ImportCommand::run(const QStringList &arguments, const QString &database, QTextStream &out,
                       QTextStream &err)
{
    CommandLine cli(u"import"_s, out, err);
    QCommandLineParser &parser = cli.parser();
    parser.setApplicationDescription(tr("Import a workspace file into the database. The whole file is validated before anything is written; the import is one transaction."));
    parser.addOption({u"format"_s, tr("Format of FILE: native (default), unleash or flagd."), u"FORMAT"_s, u"native"_s});
    parser.addOption({u"env"_s, tr("Environment an Unleash feature state or flagd flag definitions are imported into (default: default)."), u"ENV"_s});
    parser.addOption({u"dry-run"_s, tr("Only show what would change; write nothing.")});
    parser.addOption({u"replace"_s, tr("Make the workspace exactly the file: remove what the file does not have (default: merge).")});
    parser.addOption({u"comment"_s, tr("Comment stored with the changes in the history."), u"TEXT"_s});
    parser.addPositionalArgument(u"file"_s, tr("Workspace file, or - for standard input"));
    if (const std::optional<int> done = cli.parse(arguments, CommandLine::AnyPositionals))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return cli.usage(tr("import takes exactly one FILE (or - for standard input)"));
    WorkspaceFormat format = WorkspaceFormat::Native;
    const QString formatName = parser.value(u"format"_s);
    if (!WorkspaceFile::parseFormat(formatName, &format))
        return cli.usage(tr("unknown format '%1' (expected native, unleash or flagd)").arg(formatName));

    // Everything about the file first: a bad file never touches the database.
    const InputFile input = InputFile::read(files.first());
    if (!input.error.isEmpty()) {
        err << tr("pennonctl: %1").arg(input.error) << '\n';
        return ExitFailure;
    }
    Problems problems;
    Problems warnings;
    const std::optional<Workspace> workspace =
        WorkspaceFile::read(input.bytes, format, parser.value(u"env"_s), &problems, &warnings);
    for (const Problem &warning : std::as_const(warnings))
        err << input.displayName << ':' << tr("warning: %1").arg(warning.toString()) << '\n';
    if (!workspace) {
        for (const Problem &problem : std::as_const(problems))
            err << input.displayName << ':' << problem.toString() << '\n';
        return ExitBadInput;
    }

    int exitCode = ExitSuccess;
    QString databaseName;
    std::unique_ptr<WorkspaceRepository> repository =
        WorkspaceSource::openRepository(database, err, &exitCode, &databaseName);
    if (!repository)
        return exitCode;
    const bool dryRun = parser.isSet(u"dry-run"_s);
    const ImportMode mode = parser.isSet(u"replace"_s) ? ImportMode::Replace : ImportMode::Merge;
    StorageError error;
    const std::optional<ImportSummary> summary =
        repository->importWorkspace(*workspace, mode, dryRun, parser.value(u"comment"_s), &error);
    if (!summary)
        return WorkspaceSource::reportStorageError(error, err, input.displayName);

    for (const QString &object : summary->added)
        out << (dryRun ? tr("would add %1") : tr("added %1")).arg(object) << '\n';
    for (const QString &object : summary->changed)
        out << (dryRun ? tr("would change %1") : tr("changed %1")).arg(object) << '\n';
    for (const QString &object : summary->removed)
        out << (dryRun ? tr("would remove %1") : tr("removed %1")).arg(object) << '\n';
    const QString counts = tr("%1 added, %2 changed, %3 removed, %4 unchanged")
        .arg(summary->added.size()).arg(summary->changed.size())
        .arg(summary->removed.size()).arg(summary->unchanged.size());
    if (dryRun)
        out << tr("dry run: %1 (nothing written to %2)").arg(counts, databaseName) << '\n';
    else
        out << tr("imported %1 into %2: %3").arg(input.displayName, databaseName, counts) << '\n';
    return ExitSuccess;
}

} // namespace Pennon
