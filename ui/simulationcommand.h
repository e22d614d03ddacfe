// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/simulator.h"

#include <QString>

namespace Pennon {

/// The `pennonctl simulate` line that reproduces a simulation from the command line (README,
/// "simulate"), quoted for a POSIX shell (PersonaCommand::shellWord).
class SimulationCommand final
{
public:
    /// database: the workspace's database URL (empty: pennonctl's default workspace). The
    /// users: csvPath when it is not empty (--csv), else options' synthetic users (--users,
    /// --id-pattern, --id-attribute, one --attribute per generator, as typed). byRule adds
    /// --by-rule. options.constants and options.threads are not written (the windows set
    /// neither; the counts do not depend on the threads).
    static QString simulateLine(const QString &database, const QString &environment, const QString &flag,
                                const SimulationOptions &options, const QString &csvPath, bool byRule);
};

} // namespace Pennon
