// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/attributevalue.h"
#include "validation/problem.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>

#include <optional>
#include <utility>

namespace Pennon {

/// An evaluation context: a flat map from attribute name to value (docs/semantics.md, "Context").
/// Well-known attributes: userId, sessionId, remoteAddress, environment, appName, currentTime.
class Context final
{
    Q_DECLARE_TR_FUNCTIONS(Context)
public:
    void set(const QString &name, const QJsonValue &value);
    void setString(const QString &name, const QString &value);
    void remove(const QString &name);
    /// The value, or nullptr when the attribute is absent.
    const AttributeValue *find(QStringView name) const;
    const QList<std::pair<QString, AttributeValue>> &entries() const { return m_entries; }

    /// A native context: a JSON object whose fields are attributes (strings, numbers,
    /// booleans, lists of strings; null means absent). Problems name paths below `path`.
    static std::optional<Context> fromJson(const QJsonValue &json, const QString &path,
                                           Problems *problems);
    /// An Unleash-shaped context: the top-level fields, then the fields of "properties"
    /// where no top-level field of that name exists (an empty string is a field), except
    /// currentTime, which Unleash SDKs read from the top level only.
    static std::optional<Context> fromUnleashJson(const QJsonValue &json, const QString &path,
                                                  Problems *problems);

    /// Fills an AttributeValue from JSON (null gives Absent); false when the type is not one
    /// a context can hold.
    static bool toAttributeValue(const QJsonValue &json, AttributeValue *out);

private:
    QList<std::pair<QString, AttributeValue>> m_entries;
};

} // namespace Pennon
