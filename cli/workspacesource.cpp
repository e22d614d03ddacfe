// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "workspacesource.h"

#include "cli/inputfile.h"
#include "cli/pennonctl.h"
#include "engine/engine.h"
#include "engine/pluginregistry.h"
#include "formats/workspacefile.h"
#include "storage/defaultworkspace.h"
#include "storage/sqlrepository.h"

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
    const QString requested = parser.value(u"env"_s);
    std::optional<Workspace> workspace;
    std::shared_ptr<WorkspaceRepository> repository;
    if (!parser.isSet(u"from"_s)) {
        repository = openRepository(database, err, exitCode);
        if (!repository)
            return std::nullopt;
        StorageError error;
        workspace = repository->load(&error);
        if (!workspace) {
            *exitCode = reportStorageError(error, err);
            return std::nullopt;
        }
    } else {
        WorkspaceFormat format = WorkspaceFormat::Native;
        // Export names its output with --format, so there the source's is --from-format.
        const QString formatName = parser.value(formatOption == SourceFormatOption::Format ? u"format"_s : u"from-format"_s);
        if (!WorkspaceFile::parseFormat(formatName, &format))
            return fail(ExitBadInput, tr("unknown format '%1' (expected native, unleash or flagd)").arg(formatName));

        const InputFile input = InputFile::read(parser.value(u"from"_s));
        if (!input.error.isEmpty())
            return fail(ExitFailure, input.error);
        Problems problems;
        Problems warnings;
        workspace = WorkspaceFile::read(input.bytes, format, requested, &problems, &warnings);
        for (const Problem &warning : std::as_const(warnings))
            err << input.displayName << ':' << tr("warning: %1").arg(warning.toString()) << '\n';
        if (!workspace) {
            for (const Problem &problem : std::as_const(problems))
                err << input.displayName << ':' << problem.toString() << '\n';
            *exitCode = ExitBadInput;
            return std::nullopt;
        }
    }
    Loaded loaded;
    loaded.repository = std::move(repository);
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

std::unique_ptr<WorkspaceRepository> WorkspaceSource::openRepository(const QString &database, QTextStream &err,
                                                                    int *exitCode, QString *displayName)
{
    StorageError error;
    QString name;
    // The per-user default workspace starts with the demo content (DefaultWorkspace).
    std::unique_ptr<SqlRepository> repository = DefaultWorkspace::openResolved(database, &error, &name);
    if (displayName)
        *displayName = name;
    if (repository)
        return repository;
    if (name.isEmpty()) { // the URL itself is malformed
        err << tr("pennonctl: %1").arg(error.message) << '\n';
        *exitCode = ExitBadInput;
        return nullptr;
    }
    const QString reason = error.message.isEmpty() ? tr("cannot open the database") : error.message;
    err << tr("pennonctl: %1: %2").arg(name, reason) << '\n';
    *exitCode = ExitFailure;
    return nullptr;
}

int WorkspaceSource::reportStorageError(const StorageError &error, QTextStream &err, const QString &inputName)
{
    switch (error.kind) {
    case StorageError::Kind::Conflict: {
        QString message = error.message.isEmpty() ? tr("conflict: the stored version is newer") : error.message;
        // Who changed the object and when, unless the storage's message says so already.
        const QString time = error.conflictTime.toUTC().toString(Qt::ISODate);
        if ((!error.conflictActor.isEmpty() || error.conflictTime.isValid())
            && !(message.contains(error.conflictActor) && message.contains(time))) {
            message += u' ' + tr("(last changed by %1 at %2, now version %3)")
                .arg(error.conflictActor.isEmpty() ? tr("unknown") : error.conflictActor, time)
                .arg(error.storedVersion);
        }
        err << tr("pennonctl: %1").arg(message) << '\n';
        return ExitConflict;
    }
    case StorageError::Kind::Invalid:
        if (!error.message.isEmpty() && error.problems.isEmpty())
            err << tr("pennonctl: %1").arg(error.message) << '\n';
        for (const Problem &problem : std::as_const(error.problems)) {
            if (inputName.isEmpty())
                err << tr("pennonctl: %1").arg(problem.toString()) << '\n';
            else
                err << inputName << ':' << problem.toString() << '\n';
        }
        return ExitBadInput;
    case StorageError::Kind::NotFound:
        err << tr("pennonctl: %1").arg(error.message.isEmpty() ? tr("not found") : error.message) << '\n';
        return ExitBadInput;
    case StorageError::Kind::None:
    case StorageError::Kind::Failure:
    case StorageError::Kind::NewerSchema:
        break;
    }
    err << tr("pennonctl: %1").arg(error.message.isEmpty() ? tr("the database failed") : error.message) << '\n';
    return ExitFailure;
}

std::shared_ptr<const Engine> WorkspaceSource::compile(const Loaded &loaded, QTextStream &err)
{
    const PluginRegistry *plugins = PluginRegistry::shared();
    for (const QString &error : plugins->errors())
        err << tr("pennonctl: warning: %1").arg(error) << '\n';
    std::shared_ptr<const Engine> engine = Engine::compile(loaded.workspace, loaded.environment, plugins);
    for (const Problem &problem : engine->problems())
        err << tr("pennonctl: warning: %1").arg(problem.toString()) << '\n';
    return engine;
}

} // namespace Pennon
