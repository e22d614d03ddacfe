// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pennon {

/// One typed attribute of a persona. The value is kept as typed, so that a row whose value
/// does not fit its type is kept (and named) rather than lost.
struct PersonaAttribute {
    Q_DECLARE_TR_FUNCTIONS(PersonaAttribute)
public:
    enum class Type { String, Number, Boolean, Version, Date };
    QString name;
    Type type = Type::String;
    QString value;

    /// "string", "number", "boolean", "version", "date".
    static QString typeKey(Type type);
    static std::optional<Type> parseType(const QString &key);
    /// The value as the context holds it, or an undefined one with *why (translated) when the
    /// text does not fit the type.
    QJsonValue jsonValue(QString *why = nullptr) const;
    friend bool operator==(const PersonaAttribute &, const PersonaAttribute &) = default;
};

/// A named context saved in the workspace (Simulate ▸ Persona…): a user id, typed attributes
/// and an optional currentTime ("evaluate as of").
struct Persona {
    Q_DECLARE_TR_FUNCTIONS(Persona)
public:
    QString key;
    QString name;
    QString description;
    QString userId;
    QList<PersonaAttribute> attributes;
    std::optional<QDateTime> currentTime;   ///< UTC
    qint64 version = 0;

    /// The persona as a native context object (what `pennonctl eval --context` takes): userId,
    /// the attributes whose values fit their types (a later one of the same name wins), and
    /// currentTime. *problems gets one line per attribute left out.
    QJsonObject contextJson(QStringList *problems = nullptr) const;
    /// A persona from a native context object (a JSONL line, a CSV row, a sample user): the
    /// id attribute becomes the user id, currentTime the moment, every other field an
    /// attribute typed by its JSON type (a string that reads as a date or a version stays a
    /// string; lists become their comma-joined text).
    static Persona fromContextJson(const QJsonObject &context,
                                   const QString &idAttribute = QStringLiteral("userId"));
    friend bool operator==(const Persona &, const Persona &) = default;
};

} // namespace Pennon
