// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "validation/problem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Pennon {

/// Typed field access for format readers. Each accessor checks presence and type, records a
/// problem with the field's JSON pointer when something is wrong, and returns a default so
/// that reading can go on and report every problem at once.
class JsonDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(JsonDecoder)
public:
    explicit JsonDecoder(Problems *problems);

    void problem(const QString &path, const QString &message);

    /// The value as an object; a problem when it is not one.
    QJsonObject object(const QJsonValue &value, const QString &path);
    /// The value as an array; a problem when it is not one.
    QJsonArray array(const QJsonValue &value, const QString &path);
    /// True when the value is not an object (object() has already reported it).
    static bool failedAt(const QJsonValue &value) { return !value.isObject(); }
    /// Reports every field of o that is not in allowed.
    void allowOnly(const QJsonObject &o, const QString &path, const QStringList &allowed);

    QString string(const QJsonObject &o, const QString &key, const QString &path,
                   const QString &defaultValue = {});
    QString requiredString(const QJsonObject &o, const QString &key, const QString &path);
    QStringList stringList(const QJsonObject &o, const QString &key, const QString &path);
    QStringList requiredStringList(const QJsonObject &o, const QString &key, const QString &path);
    bool boolean(const QJsonObject &o, const QString &key, const QString &path, bool defaultValue);
    bool requiredBoolean(const QJsonObject &o, const QString &key, const QString &path);
    /// An integral number within ±2^53 (exact in a double).
    qint64 integer(const QJsonObject &o, const QString &key, const QString &path, qint64 defaultValue);
    qint64 requiredInteger(const QJsonObject &o, const QString &key, const QString &path);
    double requiredNumber(const QJsonObject &o, const QString &key, const QString &path);
    QJsonArray requiredArray(const QJsonObject &o, const QString &key, const QString &path);

    /// "a string", "a number", ... for messages.
    static QString typeName(const QJsonValue &value);

private:
    bool present(const QJsonObject &o, const QString &key, const QString &path, bool required);
    void wrongType(const QString &path, const QString &expected, const QJsonValue &found);

    Problems *m_problems;
};

} // namespace Pennon
