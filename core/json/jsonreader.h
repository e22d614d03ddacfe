// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "validation/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>

#include <optional>

namespace Pennon {

/// A strict JSON reader (RFC 8259) for files users hand to Pennon. Unlike QJsonDocument it
/// refuses duplicate object keys, invalid UTF-8, lone surrogates, numbers that do not fit a
/// double, and nesting deeper than a limit, and it names the place of each error: the JSON
/// pointer of the value being read and the line and column.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    struct Limits {
        int maxDepth = 64;
        qsizetype maxStringBytes = 16 * 1024 * 1024;
    };

    /// The parsed value, or nullopt with *problem set.
    static std::optional<QJsonValue> parse(const QByteArray &bytes, Problem *problem);
    static std::optional<QJsonValue> parse(const QByteArray &bytes, const Limits &limits,
                                           Problem *problem);
};

} // namespace Pennon
