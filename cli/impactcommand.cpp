// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "impactcommand.h"

#include "cli/commandline.h"
#include "cli/inputfile.h"
#include "cli/pennonctl.h"
#include "cli/useroptions.h"
#include "cli/workspacesource.h"
#include "engine/engine.h"
#include "engine/impact.h"
#include "formats/workspacefile.h"

#include <QCommandLineParser>

namespace Pennon {

using namespace Qt::StringLiterals;

int ImpactCommand::run(const QStringList &arguments, const QString &database, QTextStream &out,
                       QTextStream &err)
{
    CommandLine cli(u"impact"_s, out, err);
    QCommandLineParser &parser = cli.parser();
    parser.setApplicationDescription(tr("Count the users whose variation of one flag changes between the workspace and another configuration."));
    WorkspaceSource::addOptions(&parser);
    parser.addOption({u"flag"_s, tr("The flag to compare."), u"KEY"_s});
    parser.addOption({u"to"_s, tr("Compare with the workspace in FILE (- for standard input), in the same environment."), u"FILE"_s});
    parser.addOption({u"to-format"_s, tr("Format of --to: native (default), unleash or flagd."), u"FORMAT"_s, u"native"_s});
    parser.addOption({u"to-env"_s, tr("Compare with another environment of the same workspace."), u"ENV2"_s});
    parser.addOption({u"samples"_s, tr("How many ids of users that change to list (default 5)."), u"N"_s, u"5"_s});
    UserOptions::addOptions(&parser);
    if (const std::optional<int> done = cli.parse(arguments, 0))
        return *done;
    if (!parser.isSet(u"flag"_s))
        return cli.usage(tr("--flag KEY is required"));
    if (parser.isSet(u"to"_s) == parser.isSet(u"to-env"_s))
        return cli.usage(tr("give exactly one of --to FILE and --to-env ENV2"));
    bool samplesOk = false;
    const int samples = parser.value(u"samples"_s).toInt(&samplesOk);
    if (!samplesOk || samples < 0 || samples > 1000)
        return cli.usage(tr("--samples must be a whole number from 0 to 1000, not '%1'").arg(parser.value(u"samples"_s)));
    WorkspaceFormat toFormat = WorkspaceFormat::Native;
    if (!WorkspaceFile::parseFormat(parser.value(u"to-format"_s), &toFormat))
        return cli.usage(tr("unknown --to-format '%1' (expected native, unleash or flagd)").arg(parser.value(u"to-format"_s)));

    SimulationOptions options;
    if (const std::optional<int> failed = UserOptions::read(cli, parser, err, &options))
        return *failed;

    int exitCode = ExitSuccess;
    const std::optional<WorkspaceSource::Loaded> loaded = WorkspaceSource::load(parser, database, err, &exitCode);
    if (!loaded)
        return exitCode;

    WorkspaceSource::Loaded other;
    if (parser.isSet(u"to-env"_s)) {
        other.workspace = loaded->workspace;
        other.environment = parser.value(u"to-env"_s);
    } else {
        const InputFile input = InputFile::read(parser.value(u"to"_s));
        if (!input.error.isEmpty()) {
            err << tr("pennonctl: %1").arg(input.error) << '\n';
            return ExitFailure;
        }
        Problems problems;
        Problems warnings;
        std::optional<Workspace> workspace = WorkspaceFile::read(input.bytes, toFormat, loaded->environment,
                                                                 &problems, &warnings);
        for (const Problem &warning : std::as_const(warnings))
            err << input.displayName << ':' << tr("warning: %1").arg(warning.toString()) << '\n';
        if (!workspace) {
            for (const Problem &problem : std::as_const(problems))
                err << input.displayName << ':' << problem.toString() << '\n';
            return ExitBadInput;
        }
        other.workspace = std::move(*workspace);
        other.environment = loaded->environment;
    }
    if (!other.workspace.environment(other.environment)) {
        QStringList keys;
        for (const Environment &environment : std::as_const(other.workspace.environments))
            keys.append(environment.key);
        err << tr("pennonctl: the configuration compared with has no environment '%1' (it has %2)")
                   .arg(other.environment, keys.join(u", "))
            << '\n';
        return ExitBadInput;
    }

    const QString key = parser.value(u"flag"_s);
    const std::shared_ptr<const Engine> from = WorkspaceSource::compile(*loaded, err);
    const std::shared_ptr<const Engine> to = WorkspaceSource::compile(other, err);
    if (from->flagIndex(key) < 0 || to->flagIndex(key) < 0) {
        err << tr("pennonctl: no flag '%1' in %2").arg(key, from->flagIndex(key) < 0 ? tr("the workspace") : tr("the configuration compared with")) << '\n';
        return ExitBadInput;
    }
    const ImpactResult impact = ChangeImpact::compare(from, to, key, options, samples);
    if (!impact.error.isEmpty()) {
        err << tr("pennonctl: %1").arg(impact.error) << '\n';
        return ExitFailure;
    }
    out << impact.writeJson(2);
    return ExitSuccess;
}

} // namespace Pennon
