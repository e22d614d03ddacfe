// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace Pennon {

/// The `pennonctl eval` line that gives a persona's answer from the command line (README,
/// "eval"), quoted for a POSIX shell.
class PersonaCommand final
{
public:
    /// database: the workspace's database URL (empty: pennonctl's default workspace);
    /// flag: empty for every flag.
    static QString evalLine(const QString &database, const QString &environment, const QString &flag,
                            const QJsonObject &context);
    /// One word for a POSIX shell: as it is when it needs no quoting, else in single quotes.
    static QString shellWord(const QString &word);
};

} // namespace Pennon
