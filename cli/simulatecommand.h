// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Pennon {

/// `pennonctl simulate`: one flag over N synthetic users or a CSV of real contexts; prints
/// the observed split beside the configured one, with the goodness of fit.
class SimulateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)
public:
    static int run(const QStringList &arguments, const QString &database, QTextStream &out,
                   QTextStream &err);
};

} // namespace Pennon
