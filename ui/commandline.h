// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "storage/databaseurl.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pennon {

/// `pennon [--db URL | FILE]`, read apart from main() so that it can be tested.
struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    /// -1: start the app; else exit with it at once (0 after --help or --version, 2 after a
    /// bad argument) after printing output (to stdout) or error (to stderr).
    int exitCode = -1;
    QString output;
    QString error;
    /// The workspace named on the command line; nullopt: none was named (then $PENNON_DB,
    /// the settings' default workspace, the built-in default: AppSettings::resolveWorkspace()).
    std::optional<DatabaseUrl> url;

    /// arguments as QCoreApplication::arguments(), the program's name first.
    static CommandLine parse(const QStringList &arguments);
};

} // namespace Pennon
