// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "context.h"

#include "json/jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Pennon {

using namespace Qt::StringLiterals;

bool Context::toAttributeValue(const QJsonValue &json, AttributeValue *out)
{
    *out = AttributeValue{};
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::String:
        out->kind = AttributeValue::Kind::String;
        out->text = json.toString();
        break;
    case QJsonValue::Double:
        out->kind = AttributeValue::Kind::Number;
        out->number = json.toDouble();
        out->text = QString::fromLatin1(JsonWriter::formatNumber(out->number));
        break;
    case QJsonValue::Bool:
        out->kind = AttributeValue::Kind::Boolean;
        out->boolean = json.toBool();
        out->text = out->boolean ? u"true"_s : u"false"_s;
        break;
    case QJsonValue::Array: {
        out->kind = AttributeValue::Kind::List;
        const QJsonArray array = json.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString())
                return false;
            out->list.append(item.toString());
        }
        break;
    }
    case QJsonValue::Object:
        return false;
    }
    out->utf8 = out->text.toUtf8();
    return true;
}

void Context::set(const QString &name, const QJsonValue &value)
{
    AttributeValue converted;
    toAttributeValue(value, &converted);
    for (auto &entry : m_entries) {
        if (entry.first == name) {
            entry.second = converted;
            return;
        }
    }
    m_entries.append({name, converted});
}

void Context::setString(const QString &name, const QString &value)
{
    set(name, QJsonValue(value));
}

void Context::remove(const QString &name)
{
    m_entries.removeIf([&name](const auto &entry) { return entry.first == name; });
}

const AttributeValue *Context::find(QStringView name) const
{
    for (const auto &entry : m_entries) {
        if (entry.first == name)
            return entry.second.isPresent() ? &entry.second : nullptr;
    }
    return nullptr;
}

namespace {

/// `skip`: fields not to take from this object.
bool addFields(Context *context, const QJsonObject &object, const QString &path, bool keepExisting,
               const QStringList &skip, Problems *problems)
{
    bool ok = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (keepExisting && context->find(it.key()))
            continue;
        if (skip.contains(it.key()))
            continue;
        AttributeValue value;
        if (!Context::toAttributeValue(it.value(), &value)) {
            problems->append({path + u'/' + pointerToken(it.key()),
                              Context::tr("an attribute must be a string, number, boolean, list of strings or null")});
            ok = false;
            continue;
        }
        context->set(it.key(), it.value());
    }
    return ok;
}

} // namespace

std::optional<Context> Context::fromJson(const QJsonValue &json, const QString &path,
                                         Problems *problems)
{
    if (!json.isObject()) {
        problems->append({path, tr("a context must be a JSON object")});
        return std::nullopt;
    }
    Context context;
    if (!addFields(&context, json.toObject(), path, false, {}, problems))
        return std::nullopt;
    return context;
}

std::optional<Context> Context::fromUnleashJson(const QJsonValue &json, const QString &path,
                                                Problems *problems)
{
    if (!json.isObject()) {
        problems->append({path, tr("a context must be a JSON object")});
        return std::nullopt;
    }
    QJsonObject top = json.toObject();
    const QJsonValue properties = top.take(u"properties"_s);
    Context context;
    // As Unleash SDKs look a field up (context[name] ?? properties[name]): a top-level field
    // that is present, the empty string included, hides the property of that name. An empty
    // string is a value for constraints; where SDKs test a field for truth (stickiness), the
    // unleash bucketing scheme passes it over (docs/semantics.md). SDKs read currentTime from
    // the top level only.
    bool ok = addFields(&context, top, path, false, {}, problems);
    if (properties.isObject())
        ok = addFields(&context, properties.toObject(), path + u"/properties", true, {u"currentTime"_s}, problems) && ok;
    else if (!properties.isUndefined() && !properties.isNull()) {
        problems->append({path + u"/properties", tr("\"properties\" must be an object")});
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return context;
}

} // namespace Pennon
