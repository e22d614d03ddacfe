// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Pennon {

/// The workspace database itself: `pennonctl init`, `history` and `revert`.
class DbCommands final
{
    Q_DECLARE_TR_FUNCTIONS(DbCommands)
public:
    static int init(const QStringList &arguments, const QString &database, QTextStream &out,
                    QTextStream &err);
    static int history(const QStringList &arguments, const QString &database, QTextStream &out,
                       QTextStream &err);
    static int revert(const QStringList &arguments, const QString &database, QTextStream &out,
                      QTextStream &err);
};

} // namespace Pennon
