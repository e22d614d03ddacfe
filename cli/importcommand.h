// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Pennon {

/// `pennonctl import`: reads a whole workspace file, validates all of it, and writes it into
/// the database in one transaction (or, for a dry run, only says what it would change).
class ImportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    static int run(const QStringList &arguments, const QString &database, QTextStream &out,
                   QTextStream &err);
};

} // namespace Pennon
