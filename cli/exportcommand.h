// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Pennon {

/// `pennonctl export`: writes the workspace in a format for services or people, to standard
/// output or, all or nothing, to a file.
class ExportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    static int run(const QStringList &arguments, const QString &database, QTextStream &out,
                   QTextStream &err);
};

} // namespace Pennon
