// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "simulatecommand.h"

#include "cli/commandline.h"
#include "cli/pennonctl.h"
#include "cli/useroptions.h"
#include "cli/workspacesource.h"
#include "engine/engine.h"
#include "engine/simulator.h"

#include <QCommandLineParser>

namespace Pennon {

using namespace Qt::StringLiterals;

int SimulateCommand::run(const QStringList &arguments, const QString &database, QTextStream &out,
                         QTextStream &err)
{
    CommandLine cli(u"simulate"_s, out, err);
    QCommandLineParser &parser = cli.parser();
    parser.setApplicationDescription(tr("Simulate one flag over many users and compare the observed split with the configured one."));
    WorkspaceSource::addOptions(&parser);
    parser.addOption({u"flag"_s, tr("The flag to simulate."), u"KEY"_s});
    UserOptions::addOptions(&parser);
    parser.addOption({u"by-rule"_s, tr("Also break the counts down by the rule that decided (or the default serve, or off).")});
    if (const std::optional<int> done = cli.parse(arguments, 0))
        return *done;
    if (!parser.isSet(u"flag"_s))
        return cli.usage(tr("--flag KEY is required"));

    SimulationOptions options;
    if (const std::optional<int> failed = UserOptions::read(cli, parser, err, &options))
        return *failed;

    int exitCode = ExitSuccess;
    const std::optional<WorkspaceSource::Loaded> loaded = WorkspaceSource::load(parser, database, err, &exitCode);
    if (!loaded)
        return exitCode;
    const std::shared_ptr<const Engine> engine = WorkspaceSource::compile(*loaded, err);
    const QString key = parser.value(u"flag"_s);
    const int flagIndex = engine->flagIndex(key);
    if (flagIndex < 0) {
        err << tr("pennonctl: no flag '%1' in the workspace").arg(key) << '\n';
        return ExitBadInput;
    }
    Simulator simulator(engine, flagIndex, options);
    const SimulationResult result = simulator.run();
    if (!result.error.isEmpty()) {
        err << tr("pennonctl: %1").arg(result.error) << '\n';
        return ExitFailure;
    }
    out << result.writeJson(2, parser.isSet(u"by-rule"_s));
    return ExitSuccess;
}

} // namespace Pennon
