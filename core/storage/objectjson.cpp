// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "objectjson.h"

#include "formats/pennonjson.h"
#include "json/jsonreader.h"


namespace Pennon {

QByteArray ObjectJson::write(const StoredObject &object)
{
    // The same Pennon JSON as in a workspace document, one object at a time.
    if (const auto *flag = std::get_if<Flag>(&object))
        return PennonJson::writeFlag(*flag);
    if (const auto *environment = std::get_if<Environment>(&object))
        return PennonJson::writeEnvironment(*environment);
    if (const auto *activation = std::get_if<Activation>(&object))
        return PennonJson::writeActivation(*activation);
    if (const auto *persona = std::get_if<Persona>(&object))
        return PennonJson::writePersona(*persona);
    return PennonJson::writeSegment(std::get<Segment>(object));
}

std::optional<StoredObject> ObjectJson::read(ObjectKind kind, const QByteArray &text, Problems *problems)
{
    Problem problem;
    const std::optional<QJsonValue> value = JsonReader::parse(text, &problem);
    if (!value) {
        problems->append(problem);
        return std::nullopt;
    }
    const auto wrap = [](auto object) -> std::optional<StoredObject> {
        if (!object)
            return std::nullopt;
        return StoredObject(*object);
    };
    switch (kind) {
    case ObjectKind::Flag: return wrap(PennonJson::flagFromJson(*value, QString(), problems));
    case ObjectKind::Environment: return wrap(PennonJson::environmentFromJson(*value, QString(), problems));
    case ObjectKind::Activation: return wrap(PennonJson::activationFromJson(*value, QString(), problems));
    case ObjectKind::Segment: return wrap(PennonJson::segmentFromJson(*value, QString(), problems));
    case ObjectKind::Persona: return wrap(PennonJson::personaFromJson(*value, QString(), problems));
    }
    return std::nullopt;
}

ObjectKind ObjectJson::kind(const StoredObject &object)
{
    switch (object.index()) {
    case 0: return ObjectKind::Environment;
    case 1: return ObjectKind::Activation;
    case 2: return ObjectKind::Segment;
    case 4: return ObjectKind::Persona;
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
