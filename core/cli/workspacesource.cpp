// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "workspacesource.h"

#include "cli/inputfile.h"
#include "cli/pennonctl.h"
#include "engine/engine.h"
#include "engine/pluginregistry.h"
#include "formats/workspacefile.h"

namespace Pennon {

using namespace Qt::StringLiterals;

void WorkspaceSource::addOptions(QCommandLineParser *parser, SourceFormatOption formatOption)
{
    parser->addOption({u"from"_s, tr("Read the workspace from FILE (- for standard input) instead of a database."), u"FILE"_s});
    const QString name = formatOption == SourceFormatOption::Format ? u"format"_s : u"from-format"_s;
    parser->addOption({name, tr("Format of --from: native (default), unleash or flagd."), u"FORMAT"_s, u"native"_s});
    parser->addOption({u"env"_s, tr("Environment to evaluate in (may be left out when the workspace has one)."), u"ENV"_s});
}

std::optional<WorkspaceSource::Loaded> WorkspaceSource::load(const QCommandLineParser &parser,
                                                             const QString &database,
                                                             QTextStream &err, int *exitCode,
                                                             EnvironmentUse use,
                                                             SourceFormatOption formatOption)
{
    const auto fail = [&](int code, const QString &message) {
        err << tr("pennonctl: %1").arg(message) << '\n';
        *exitCode = code;
        return std::nullopt;
    };
    if (!parser.isSet(u"from"_s)) {
        Q_UNUSED(database)
        return fail(ExitBadInput, tr("no workspace to read: give --from FILE (database workspaces arrive with storage)"));
    }
    WorkspaceFormat format = WorkspaceFormat::Native;
    // Export names its output with --format, so there the source's is --from-format.
    const QString formatName = parser.value(formatOption == SourceFormatOption::Format ? u"format"_s : u"from-format"_s);
    if (!WorkspaceFile::parseFormat(formatName, &format))
        return fail(ExitBadInput, tr("unknown format '%1' (expected native, unleash or flagd)").arg(formatName));

    const InputFile input = InputFile::read(parser.value(u"from"_s));
    if (!input.error.isEmpty())
        return fail(ExitFailure, input.error);
    const QString requested = parser.value(u"env"_s);
    Problems problems;
    Problems warnings;
    std::optional<Workspace> workspace = WorkspaceFile::read(input.bytes, format, requested, &problems, &warnings);
    for (const Problem &warning : std::as_const(warnings))
        err << input.displayName << ':' << tr("warning: %1").arg(warning.toString()) << '\n';
    if (!workspace) {
        for (const Problem &problem : std::as_const(problems))
            err << input.displayName << ':' << problem.toString() << '\n';
        *exitCode = ExitBadInput;
        return std::nullopt;
    }
    Loaded loaded;
    if (use == EnvironmentUse::Optional && requested.isEmpty()) {
        loaded.workspace = std::move(*workspace);
        return loaded;
    }
    if (requested.isEmpty()) {
        if (workspace->environments.size() != 1) {
            QStringList keys;
            for (const Environment &environment : std::as_const(workspace->environments))
                keys.append(environment.key);
            return fail(ExitBadInput, tr("the workspace has several environments; choose one with --env (%1)").arg(keys.join(u", ")));
        }
        loaded.environment = workspace->environments.first().key;
    } else {
        if (!workspace->environment(requested)) {
            QStringList keys;
            for (const Environment &environment : std::as_const(workspace->environments))
                keys.append(environment.key);
            return fail(ExitBadInput, tr("unknown environment '%1' (the workspace has %2)").arg(requested, keys.join(u", ")));
        }
        loaded.environment = requested;
    }
    loaded.workspace = std::move(*workspace);
    return loaded;
}

std::shared_ptr<const Engine> WorkspaceSource::compile(const Loaded &loaded, QTextStream &err)
{
    // Plugins stay loaded for the life of the process: their conditions live in the engine.
    static PluginRegistry *plugins = [] {
        auto *registry = new PluginRegistry;
        registry->loadFrom(PluginRegistry::defaultSearchPaths());
        return registry;
    }();
    for (const QString &error : plugins->errors())
        err << tr("pennonctl: warning: %1").arg(error) << '\n';
    std::shared_ptr<const Engine> engine = Engine::compile(loaded.workspace, loaded.environment, plugins);
    for (const Problem &problem : engine->problems())
        err << tr("pennonctl: warning: %1").arg(problem.toString()) << '\n';
    return engine;
}

} // namespace Pennon
