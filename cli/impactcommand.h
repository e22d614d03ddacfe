// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Pennon {

/// `pennonctl impact`: one flag over the same users in the workspace (or --from FILE) and in
/// another configuration (--to FILE or --to-env ENV2); prints how many change variation,
/// from which to which, with sample ids (ChangeImpact).
class ImpactCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ImpactCommand)
public:
    static int run(const QStringList &arguments, const QString &database, QTextStream &out,
                   QTextStream &err);
};

} // namespace Pennon
