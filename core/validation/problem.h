// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Pennon {

/// One thing wrong with input: where (a JSON pointer such as
/// "/flags/3/environments/production/rules/0/serve/split") and why (translated text).
struct Problem {
    QString path;
    QString message;

    /// "path: message", or the message alone when there is no path.
    QString toString() const;
    friend bool operator==(const Problem &, const Problem &) = default;
};

using Problems = QList<Problem>;

/// Escapes one JSON-pointer reference token ("~" -> "~0", "/" -> "~1").
QString pointerToken(const QString &token);

} // namespace Pennon
