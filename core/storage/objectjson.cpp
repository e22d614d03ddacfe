// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "objectjson.h"

#include "formats/pennonjson.h"
#include "json/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pennon {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray ObjectJson::write(const StoredObject &object)
{
    if (const auto *flag = std::get_if<Flag>(&object))
        return PennonJson::writeFlag(*flag);
    if (const auto *environment = std::get_if<Environment>(&object)) {
        return compact({{QStringLiteral("key"), environment->key},
                        {QStringLiteral("name"), environment->name},
                        {QStringLiteral("protected"), environment->isProtected},
                        {QStringLiteral("version"), environment->version}});
    }
    if (const auto *activation = std::get_if<Activation>(&object)) {
        return compact({{QStringLiteral("key"), activation->key},
                        {QStringLiteral("name"), activation->name},
                        {QStringLiteral("description"), activation->description},
                        {QStringLiteral("condition"), PennonJson::conditionToJson(activation->condition)},
                        {QStringLiteral("version"), activation->version}});
    }
    const auto &segment = std::get<Segment>(object);
    QJsonArray conditions;
    for (const Condition &condition : segment.conditions)
        conditions.append(PennonJson::conditionToJson(condition));
    return compact({{QStringLiteral("key"), segment.key},
                    {QStringLiteral("name"), segment.name},
                    {QStringLiteral("description"), segment.description},
                    {QStringLiteral("conditions"), conditions},
                    {QStringLiteral("version"), segment.version}});
}

std::optional<StoredObject> ObjectJson::read(ObjectKind kind, const QByteArray &text, Problems *problems)
{
    Problem problem;
    const std::optional<QJsonValue> value = JsonReader::parse(text, &problem);
    if (!value) {
        problems->append(problem);
        return std::nullopt;
    }
    if (kind == ObjectKind::Flag) {
        if (auto flag = PennonJson::flagFromJson(*value, QString(), problems))
            return StoredObject(*flag);
        return std::nullopt;
    }
    const QJsonObject o = value->toObject();
    const QString key = o.value(QStringLiteral("key")).toString();
    const QString name = o.value(QStringLiteral("name")).toString();
    const QString description = o.value(QStringLiteral("description")).toString();
    const qint64 version = o.value(QStringLiteral("version")).toInteger();
    switch (kind) {
    case ObjectKind::Environment:
        return StoredObject(Environment{key, name, o.value(QStringLiteral("protected")).toBool(), version});
    case ObjectKind::Activation: {
        auto condition = PennonJson::conditionFromJson(o.value(QStringLiteral("condition")),
                                                       QStringLiteral("/condition"), problems);
        if (!condition)
            return std::nullopt;
        return StoredObject(Activation{key, name, description, *condition, version});
    }
    case ObjectKind::Segment: {
        Segment segment{key, name, description, {}, version};
        const QJsonArray conditions = o.value(QStringLiteral("conditions")).toArray();
        for (qsizetype i = 0; i < conditions.size(); ++i) {
            auto condition = PennonJson::conditionFromJson(
                    conditions.at(i), QStringLiteral("/conditions/") + QString::number(i), problems);
            if (!condition)
                return std::nullopt;
            segment.conditions.append(*condition);
        }
        return StoredObject(segment);
    }
    case ObjectKind::Flag:
        break;
    }
    return std::nullopt;
}

ObjectKind ObjectJson::kind(const StoredObject &object)
{
    switch (object.index()) {
    case 0: return ObjectKind::Environment;
    case 1: return ObjectKind::Activation;
    case 2: return ObjectKind::Segment;
    default: return ObjectKind::Flag;
    }
}

QString ObjectJson::key(const StoredObject &object)
{
    return std::visit([](const auto &o) { return o.key; }, object);
}

qint64 ObjectJson::version(const StoredObject &object)
{
    return std::visit([](const auto &o) { return o.version; }, object);
}

void ObjectJson::setVersion(StoredObject *object, qint64 version)
{
    std::visit([version](auto &o) { o.version = version; }, *object);
}

} // namespace Pennon
