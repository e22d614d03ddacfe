// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "problem.h"

namespace Pennon {

QString Problem::toString() const
{
    if (path.isEmpty())
        return message;
    return path + u": " + message;
}

QString pointerToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(u'~', QStringLiteral("~0"));
    escaped.replace(u'/', QStringLiteral("~1"));
    return escaped;
}

} // namespace Pennon
