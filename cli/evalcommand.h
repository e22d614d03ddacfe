// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Pennon {

/// `pennonctl eval`: evaluates flags for contexts, one JSON object per (context, flag) line.
class EvalCommand final
{
    Q_DECLARE_TR_FUNCTIONS(EvalCommand)
public:
    static int run(const QStringList &arguments, const QString &database, QTextStream &out,
                   QTextStream &err);
};

} // namespace Pennon
