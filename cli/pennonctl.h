// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Pennon {

/// Exit codes of pennonctl (PRODUCT.md): a stable contract.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1,   ///< runtime failure: database unreachable, I/O
    ExitBadInput = 2,  ///< usage, parse or validation error, with the place named
    ExitConflict = 3,  ///< the stored version is newer than the one given
};

/// The headless tool: parses the command line and runs one command. Links core only.
class PennonCtl final
{
    Q_DECLARE_TR_FUNCTIONS(PennonCtl)
public:
    PennonCtl(QTextStream &out, QTextStream &err);

    /// arguments[0] is the program name, as in QCoreApplication::arguments().
    int run(const QStringList &arguments);

private:
    int usage(const QString &message);
    int commandValidate(const QStringList &arguments);
    QString helpText() const;

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_db;
};

} // namespace Pennon
