// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "unleashdialect.h"

#include "engine/engine.h"
#include "json/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

/// The answer's parts, in the order they are written.
struct Answer {
    QString flag;
    bool enabled = false;
    QString variant = u"disabled"_s;
    bool variantEnabled = false;
    std::optional<QJsonObject> payload;
};

const Variation *servedVariation(const Engine &engine, const EvaluationResult &result)
{
    if (result.flag < 0 || result.flag >= engine.flagCount() || result.variation < 0)
        return nullptr;
    const Flag &flag = engine.flag(result.flag);
    return result.variation < flag.variations.size() ? &flag.variations.at(result.variation)
                                                     : nullptr;
}

Answer answerOf(const Engine &engine, const EvaluationResult &result, const QString &flagKey)
{
    Answer answer;
    answer.flag = result.flag >= 0 && result.flag < engine.flagCount()
            ? engine.flag(result.flag).key
            : flagKey;
    answer.enabled = UnleashDialect::isEnabled(engine, result);
    if (!answer.enabled)
        return answer;
    const Variation *variation = servedVariation(engine, result);
    if (variation->value.isBool())
        return answer; // enabled without a variant
    answer.variant = variation->key;
    answer.variantEnabled = true;
    answer.payload = UnleashDialect::payload(variation->value);
    return answer;
}

} // namespace

bool UnleashDialect::isEnabled(const Engine &engine, const EvaluationResult &result)
{
    const Variation *variation = servedVariation(engine, result);
    if (!variation)
        return false;
    const Flag &flag = engine.flag(result.flag);
    const auto config = flag.environments.constFind(engine.environment());
    return config != flag.environments.cend() && variation->key != config->offVariation;
}

std::optional<QJsonObject> UnleashDialect::payload(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QJsonObject{{u"type"_s, u"string"_s}, {u"value"_s, value.toString()}};
    case QJsonValue::Double:
        return QJsonObject{{u"type"_s, u"number"_s},
                           {u"value"_s, QString::fromLatin1(JsonWriter::formatNumber(value.toDouble()))}};
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.isEmpty())
            return std::nullopt;
        if (o.size() == 2 && o.value(u"type"_s).isString() && o.value(u"value"_s).isString())
            return o;
        return QJsonObject{{u"type"_s, u"json"_s},
                           {u"value"_s, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))}};
    }
    case QJsonValue::Array:
        return QJsonObject{{u"type"_s, u"json"_s},
                           {u"value"_s, QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))}};
    case QJsonValue::Null:
    case QJsonValue::Bool:
    case QJsonValue::Undefined:
        break;
    }
    return std::nullopt;
}

QJsonObject UnleashDialect::answer(const Engine &engine, const EvaluationResult &result,
                                   const QString &flagKey)
{
    const Answer a = answerOf(engine, result, flagKey);
    QJsonObject variant{{u"name"_s, a.variant},
                        {u"enabled"_s, a.variantEnabled},
                        {u"feature_enabled"_s, a.enabled}};
    if (a.payload)
        variant.insert(u"payload"_s, *a.payload);
    return QJsonObject{{u"flag"_s, a.flag}, {u"enabled"_s, a.enabled}, {u"variant"_s, variant}};
}

QByteArray UnleashDialect::answerLine(const Engine &engine, const EvaluationResult &result,
                                      const QString &flagKey)
{
    const Answer a = answerOf(engine, result, flagKey);
    JsonWriter w(JsonWriter::Compact);
    w.beginObject();
    w.key(u"flag");
    w.string(a.flag);
    w.key(u"enabled");
    w.boolean(a.enabled);
    w.key(u"variant");
    w.beginObject();
    w.key(u"name");
    w.string(a.variant);
    w.key(u"enabled");
    w.boolean(a.variantEnabled);
    w.key(u"feature_enabled");
    w.boolean(a.enabled);
    if (a.payload) {
        w.key(u"payload");
        w.beginObject();
        w.key(u"type");
        w.string(a.payload->value(u"type"_s).toString());
        w.key(u"value");
        w.string(a.payload->value(u"value"_s).toString());
        w.endObject();
    }
    w.endObject();
    w.endObject();
    return w.finish();
}

} // namespace Pennon
