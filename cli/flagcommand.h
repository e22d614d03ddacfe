// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Pennon {

/// `pennonctl flag list|get|put`: one flag at a time in the workspace database.
class FlagCommand final
{
    Q_DECLARE_TR_FUNCTIONS(FlagCommand)
public:
    static int run(const QStringList &arguments, const QString &database, QTextStream &out,
                   QTextStream &err);

private:
    static int list(const QStringList &arguments, const QString &database, QTextStream &out,
                    QTextStream &err);
    static int get(const QStringList &arguments, const QString &database, QTextStream &out,
                   QTextStream &err);
    static int put(const QStringList &arguments, const QString &database, QTextStream &out,
                   QTextStream &err);
};

} // namespace Pennon
