// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace Pennon {

class CommandLine;

/// The users `simulate` and `impact` evaluate: --users N (synthetic ids from --id-pattern into
/// --id-attribute) or --csv FILE, with --attributes JSON constants, --attribute NAME=GENERATOR
/// (repeatable; AttributeGenerator) and --threads T.
class UserOptions final
{
    Q_DECLARE_TR_FUNCTIONS(UserOptions)
public:
    static void addOptions(QCommandLineParser *parser);
    /// Reads the options into *options. Returns the exit code to end with on a problem
    /// (reported to err: 2 for bad input, 1 when the CSV file cannot be read), else nullopt.
    static std::optional<int> read(const CommandLine &cli, const QCommandLineParser &parser,
                                   QTextStream &err, SimulationOptions *options);
};

} // namespace Pennon
