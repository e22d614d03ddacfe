// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "persona.h"

#include <QJsonArray>
#include <QLocale>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

const char16_t *const typeKeys[] = {u"string", u"number", u"boolean", u"version", u"date"};

} // namespace

QString PersonaAttribute::typeKey(Type type)
{
    return QString::fromUtf16(typeKeys[int(type)]);
}

std::optional<PersonaAttribute::Type> PersonaAttribute::parseType(const QString &key)
{
    for (int i = 0; i < 5; ++i) {
        if (key == QStringView(typeKeys[i]))
            return Type(i);
    }
    return std::nullopt;
}

QJsonValue PersonaAttribute::jsonValue(QString *why) const
{
    const QString text = value.trimmed();
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return QJsonValue(QJsonValue::Undefined);
    };
    switch (type) {
    case Type::String:
        return value;
    case Type::Number: {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (ok)
            return number;
        return fail(tr("\"%1\" is not a number").arg(text));
    }
    case Type::Boolean:
        if (text == u"true")
            return true;
        if (text == u"false")
            return false;
        return fail(tr("\"%1\" is neither true nor false").arg(text));
    case Type::Version:
        if (!text.isEmpty())
            return text;
        return fail(tr("a version such as 1.2.3 is needed"));
    case Type::Date:
        if (QDateTime::fromString(text, Qt::ISODateWithMs).isValid() || QDate::fromString(text, Qt::ISODate).isValid())
            return text;
        return fail(tr("\"%1\" is no date such as 2026-12-31 or 2026-12-31T09:00:00Z").arg(text));
    }
    return fail(QString());
}

QJsonObject Persona::contextJson(QStringList *problems) const
{
    QJsonObject context;
    if (!userId.isEmpty())
        context.insert(u"userId"_s, userId);
    for (const PersonaAttribute &attribute : attributes) {
        if (attribute.name.isEmpty())
            continue;
        QString why;
        const QJsonValue value = attribute.jsonValue(&why);
        if (value.isUndefined()) {
            if (problems)
                problems->append(tr("%1: %2 (left out)").arg(attribute.name, why));
            continue;
        }
        context.insert(attribute.name, value);
    }
    if (currentTime)
        context.insert(u"currentTime"_s, currentTime->toUTC().toString(Qt::ISODate));
    return context;
}

Persona Persona::fromContextJson(const QJsonObject &context, const QString &idAttribute)
{
    Persona persona;
    for (auto it = context.begin(); it != context.end(); ++it) {
        const QString name = it.key();
        const QJsonValue value = it.value();
        if (name == idAttribute && value.isString()) {
            persona.userId = value.toString();
            continue;
        }
        if (name == u"currentTime" && value.isString()) {
            const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            if (time.isValid()) {
                persona.currentTime = time.toUTC();
                continue;
            }
        }
        PersonaAttribute attribute;
        attribute.name = name;
        switch (value.type()) {
        case QJsonValue::Bool:
            attribute.type = PersonaAttribute::Type::Boolean;
            attribute.value = value.toBool() ? u"true"_s : u"false"_s;
            break;
        case QJsonValue::Double:
            attribute.type = PersonaAttribute::Type::Number;
            attribute.value = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
            break;
        case QJsonValue::Array: {
            QStringList items;
            for (const QJsonValue &item : value.toArray())
                items.append(item.toVariant().toString());
            attribute.value = items.join(u',');
            break;
        }
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            continue;
        default:
            attribute.value = value.toVariant().toString();
            break;
        }
        persona.attributes.append(attribute);
    }
    return persona;
}

} // namespace Pennon
