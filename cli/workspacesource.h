// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"
#include "storage/repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Pennon {

/// The workspace a command reads: `--from FILE --format native|unleash|flagd`, or the
/// database (`--db URL`, $PENNON_DB, the per-user workspace). Also resolves `--env`.
class Engine;

class WorkspaceSource final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSource)
public:
    /// How a command names the format of --from: `--format` (eval, simulate), or
    /// `--from-format` where --format names the output (export).
    enum class SourceFormatOption { Format, FromFormat };
    /// Whether the command works in one environment (eval, simulate) or takes them all
    /// (export), --env then only naming the environment an Unleash file is imported into.
    enum class EnvironmentUse { Required, Optional };

    /// Adds --from, the source format option and --env to a command's parser.
    static void addOptions(QCommandLineParser *parser,
                           SourceFormatOption formatOption = SourceFormatOption::Format);

    struct Loaded {
        Workspace workspace;
        QString environment;
        /// The database it came from; null for --from FILE.
        std::shared_ptr<WorkspaceRepository> repository;
    };

    /// Loads and validates the source and picks the environment. On failure, prints the
    /// problems to err and sets *exitCode (1 for I/O, 2 for bad input).
    static std::optional<Loaded> load(const QCommandLineParser &parser, const QString &database,
                                      QTextStream &err, int *exitCode,
                                      EnvironmentUse use = EnvironmentUse::Required,
                                      SourceFormatOption formatOption = SourceFormatOption::Format);

    /// Opens the workspace database: `--db URL` (database), else $PENNON_DB, else the
    /// per-user workspace (DefaultWorkspace::openResolved, which the desktop app shares);
    /// the schema is created or migrated on the way. On failure, prints
    /// why to err and sets *exitCode (2 for a malformed URL, 1 when it cannot be opened).
    /// displayName receives the URL without its password.
    static std::unique_ptr<WorkspaceRepository> openRepository(const QString &database, QTextStream &err,
                                                               int *exitCode, QString *displayName = nullptr);

    /// Prints a storage error to err and returns its exit code: 3 for a conflict (with who
    /// changed the object and when), 2 for invalid data (one line per problem, prefixed with
    /// inputName when given) or an unknown object, 1 for a database failure.
    static int reportStorageError(const StorageError &error, QTextStream &err,
                                  const QString &inputName = {});

    /// Compiles the loaded workspace for its environment with the activation plugins found
    /// in the default search paths (PluginRegistry::shared(), loaded once per process);
    /// problems of plugins and of compilation are printed to err as warnings.
    static std::shared_ptr<const Engine> compile(const Loaded &loaded, QTextStream &err);
};

} // namespace Pennon
